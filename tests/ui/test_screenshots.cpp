// Not a test but a look: renders every screen offscreen to PNG files for a person to review.
// Hidden from the normal run; start it with `infopunt_ui_tests "[.screenshots]"`. The files go
// to $INFOPUNT_SCREENSHOT_DIR, else to infopunt-screenshots in the temporary folder.
#include "StoreFixture.h"
#include "UiTestSupport.h"
#include "accounts/AccountService.h"
#include "cases/CaseFiles.h"
#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "demo/DemoStore.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/FirstRunWizard.h"
#include "dialogs/ForgotPassphraseDialog.h"
#include "dialogs/UnlockDialog.h"
#include "main/MainWindow.h"
#include "models/CaseListModel.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/CasesPage.h"
#include "pages/cases/DeadlineDialogs.h"
#include "pages/cases/DocumentViewer.h"
#include "pages/cases/RegisterReportDialog.h"
#include "pages/cases/StepDialogs.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QWizard>

using namespace infopunt;
using namespace infopunt::test;

namespace {

QString screenshotFolder() {
    QString folder = qEnvironmentVariable("INFOPUNT_SCREENSHOT_DIR");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("infopunt-screenshots"));
    QDir().mkpath(folder);
    return folder;
}

void save(QWidget& widget, const QString& name) {
    QCoreApplication::processEvents();
    const QString path = QDir(screenshotFolder()).filePath(name + QStringLiteral(".png"));
    CHECK(widget.grab().save(path));
}

} // namespace

TEST_CASE("Screenshots of every screen", "[.screenshots]") {
    prepareUiTest();
    TempFolder temp;
    {
        ui::FirstRunWizard wizard(temp.file(QStringLiteral("store")));
        wizard.show();
        save(wizard, QStringLiteral("01-wizard-welcome"));
        wizard.next();
        child<QLineEdit>(&wizard, QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("bjansen"));
        child<QLineEdit>(&wizard, QStringLiteral("displayNameEdit"))
            ->setText(QStringLiteral("Bram Jansen"));
        child<QLineEdit>(&wizard, QStringLiteral("newPassphraseEdit"))
            ->setText(QStringLiteral("bjansen2024aa"));
        child<QLineEdit>(&wizard, QStringLiteral("newRepeatEdit"))
            ->setText(QStringLiteral("bjansen2024a"));
        save(wizard, QStringLiteral("02-wizard-account-weak"));
        const QString good = QStringLiteral("Wilgenlaan-Vijver-3095");
        child<QLineEdit>(&wizard, QStringLiteral("newPassphraseEdit"))->setText(good);
        child<QLineEdit>(&wizard, QStringLiteral("newRepeatEdit"))->setText(good);
        save(wizard, QStringLiteral("03-wizard-account"));
        wizard.button(QWizard::CommitButton)->click();
        REQUIRE(waitFor([&wizard] { return wizard.storeCreated(); }, 10000));
        save(wizard, QStringLiteral("04-wizard-recovery-key"));
        child<QCheckBox>(&wizard, QStringLiteral("storedCheckBox"))->setChecked(true);
        wizard.button(QWizard::FinishButton)->click();
    }

    StoreFixture fixture;
    REQUIRE(fixture.store);
    {
        ui::UnlockDialog dialog(fixture.folder);
        dialog.show();
        save(dialog, QStringLiteral("05-unlock"));
        child<QLineEdit>(&dialog, QStringLiteral("userNameEdit"))->setText(adviserName);
        child<QLineEdit>(&dialog, QStringLiteral("passphraseEdit"))
            ->setText(QStringLiteral("wrong passphrase"));
        child<QPushButton>(&dialog, QStringLiteral("unlockButton"))->click();
        REQUIRE(waitFor([&] { return !dialog.isUnlocking(); }, 10000));
        save(dialog, QStringLiteral("06-unlock-wrong"));
        ui::ForgotPassphraseDialog forgot(fixture.folder, adviserName);
        forgot.show();
        save(forgot, QStringLiteral("07-forgot-passphrase"));
    }
    {
        ui::ChangePassphraseDialog change(*fixture.store,
                                          ui::ChangePassphraseDialog::Mode::Required);
        change.show();
        save(change, QStringLiteral("08-change-passphrase"));
        ui::AddUserDialog add(*fixture.store);
        add.show();
        save(add, QStringLiteral("09-add-user"));
    }

    ui::MainWindow window(std::move(fixture.store));
    window.show();
    waitFor([] { return false; }, 1500); // the integrity check
    save(window, QStringLiteral("10-dashboard"));
    window.showModule(Module::Audits);
    save(window, QStringLiteral("11-module-unavailable"));
    window.showModule(Module::Administration);
    auto* tabs = child<QTabWidget>(&window, QStringLiteral("administrationTabs"));
    const QStringList tabNames = {
        QStringLiteral("12-admin-users"), QStringLiteral("13-admin-catalogue"),
        QStringLiteral("14-admin-audit-log"), QStringLiteral("15-admin-settings")};
    for (int i = 0; i < tabs->count() && i < tabNames.size(); ++i) {
        tabs->setCurrentIndex(i);
        save(window, tabNames[i]);
    }
    window.lock();
    save(window, QStringLiteral("16-locked"));
}

namespace {

// A case with something on every tab: classified, steered to the final report of an internal
// investigation, with parties, journal entries, documents, a deadline of its own, an assigned
// member's review and a pending deletion request.
CaseRecord screenshotCase(Store& adviser, Store& member) {
    CaseService cases(adviser);
    const auto blocks = Catalogue(adviser).blocks(false).value();
    const auto types = CodeLists(adviser).entries(CodeLists::List::ViolationType, false).value();
    NewCase report;
    report.receivedOn = Deadlines::today().addDays(-75);
    report.channel = Channel::ConfidentialCounsellor;
    report.reporter = {QStringLiteral("Jolanda Vermeulen"), QStringLiteral("06-12345678"), 0};
    report.title = QStringLiteral("Gift from supplier");
    report.description = QStringLiteral(
        "A supplier of office furniture offered a buyer of the purchasing department a weekend "
        "away in a holiday home, shortly before a tender. The buyer did not report the offer.");
    for (const BuildingBlock& block : blocks) {
        if (block.code() == QStringLiteral("3c"))
            report.buildingBlockId = block.id;
    }
    report.violationTypeId = types.value(2).id;
    CaseParty subject;
    subject.name = QStringLiteral("Pieter de Graaf");
    subject.function = QStringLiteral("Senior buyer");
    subject.orgUnit = QStringLiteral("Purchasing");
    report.subjects = {subject};
    CaseRecord record = cases.registerReport(report).value();

    CaseParty witness;
    witness.caseId = record.id;
    witness.kind = PartyKind::Witness;
    witness.name = QStringLiteral("Marieke Jansen");
    witness.function = QStringLiteral("Team lead");
    witness.orgUnit = QStringLiteral("Purchasing");
    witness.note = QStringLiteral("Was present when the offer was made.");
    REQUIRE(cases.addParty(witness).ok());

    const QList<CaseState> path = {CaseState::Acknowledged,         CaseState::PreliminaryInquiry,
                                   CaseState::InvestigationDecided, CaseState::InvestigationPlanned,
                                   CaseState::Interviews,           CaseState::Hearing,
                                   CaseState::DraftReport,          CaseState::SubjectResponse,
                                   CaseState::FinalReport};
    const QStringList notes = {
        QStringLiteral("Receipt acknowledged by letter."),
        QStringLiteral("Spoke with the manager; the offer is confirmed by e-mail."),
        QStringLiteral("The municipal secretary decided on an internal investigation."),
        QStringLiteral("Plan: three interviews, review of the tender file."),
        QStringLiteral("Interviewed the witness and the team lead."),
        QStringLiteral("The subject was heard on 12 May."),
        QStringLiteral("Draft report sent to the subject."),
        QStringLiteral("The subject responded in writing."),
        QStringLiteral("Final report delivered to the municipal secretary.")};
    QDate date = report.receivedOn.addDays(3);
    for (int i = 0; i < path.size(); ++i) {
        StepRequest step;
        step.to = path[i];
        step.date = date;
        step.note = notes[i];
        if (step.to == CaseState::InvestigationDecided)
            step.investigationKind = InvestigationKind::Internal;
        record = cases.takeStep(record.id, record.rowVersion, step).value();
        date = date.addDays(6);
    }
    REQUIRE(cases
                .addDeadline(record.id, QStringLiteral("Decision by the municipal secretary"),
                             Deadlines::today().addDays(2))
                .ok());

    CaseJournal journal(adviser);
    REQUIRE(journal
                .add(record.id, report.receivedOn.addDays(1), JournalKind::Call,
                     QStringLiteral("Call with the confidential counsellor who passed the report "
                                    "on. The reporter wants to stay out of sight."))
                .ok());
    const auto meeting =
        journal.add(record.id, report.receivedOn.addDays(20), JournalKind::Meeting,
                    QStringLiteral("Meeting with the manager of Purchasing about the tender "
                                   "procedure and the gifts register."));
    REQUIRE(meeting.ok());
    CaseDocuments documents(adviser);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(18);
        painter.setFont(font);
        painter.drawText(QPointF(600, 900), QStringLiteral("Interview report"));
        font.setPointSize(11);
        painter.setFont(font);
        painter.drawText(QPointF(600, 1500), QStringLiteral("Witness: team lead, Purchasing."));
    }
    REQUIRE(documents.addBytes(record.id, QStringLiteral("interview-report.pdf"), pdf).ok());
    REQUIRE(documents
                .addBytes(record.id, QStringLiteral("offer-email.txt"),
                          QByteArrayLiteral("From: sales@example.org\nSubject: A weekend away\n\n"
                                            "Dear Pieter, as thanks for our cooperation..."),
                          QStringLiteral("Forwarded by the reporter"))
                .ok());

    REQUIRE(cases.assign(record.id, member.user().userName).ok());
    REQUIRE(CaseService(member)
                .addReview(record.id, ReviewKind::Advice,
                           QStringLiteral("Ask the subject about earlier contacts with this "
                                          "supplier before the decision."))
                .ok());
    REQUIRE(cases
                .requestApproval(record.id, ApprovalAction::DeleteJournalEntry, meeting.value().id,
                                 QStringLiteral("Entered twice."))
                .ok());
    return cases.get(record.id).value();
}

} // namespace

TEST_CASE("Screenshots of the case file", "[.screenshots]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(AccountService(*fixture.store)
                .add({QStringLiteral("jurist"), QStringLiteral("Fatima El Amrani"),
                      QStringLiteral("Wetboek-Molen-Tulp-83")},
                     Role::WorkingGroupMember)
                .ok());
    auto member = fixture.unlock(QStringLiteral("jurist"), QStringLiteral("Wetboek-Molen-Tulp-83"));
    REQUIRE(member);
    const CaseRecord record = screenshotCase(*fixture.store, *member);

    ui::CaseFileWidget widget(*fixture.store, nullptr);
    widget.resize(1100, 760);
    widget.show();
    save(widget, QStringLiteral("30-case-file-empty"));
    REQUIRE(widget.openCase(record.id));
    auto* tabs = child<QTabWidget>(&widget, QStringLiteral("caseFileTabs"));
    const QStringList names = {
        QStringLiteral("31-case-overview"),  QStringLiteral("32-case-parties"),
        QStringLiteral("33-case-steps"),     QStringLiteral("34-case-journal"),
        QStringLiteral("35-case-documents"), QStringLiteral("36-case-review"),
        QStringLiteral("37-case-history")};
    for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        if (auto* list = tabs->currentWidget()->findChild<QTreeWidget*>())
            list->setCurrentItem(list->topLevelItem(0));
        save(widget, names[i]);
    }
    tabs->setCurrentIndex(0);
    child<QPushButton>(&widget, QStringLiteral("editOverviewButton"))->click();
    save(widget, QStringLiteral("38-case-overview-edit"));
    child<QPushButton>(&widget, QStringLiteral("cancelOverviewButton"))->click();

    CaseService cases(*fixture.store);
    {
        ui::StepDialog step(*fixture.store, cases, record, CaseState::Decided, nullptr);
        step.show();
        save(step, QStringLiteral("39-step-dialog"));
        ui::StepDialog close(*fixture.store, cases, record, CaseState::Closed, nullptr);
        close.show();
        save(close, QStringLiteral("40-close-request-dialog"));
        const auto steps = cases.steps(record.id).value();
        QList<CaseState> history;
        for (const CaseStep& s : steps)
            history.append(s.to);
        ui::ReopenDialog reopen(*fixture.store, cases, record, history, nullptr);
        reopen.show();
        save(reopen, QStringLiteral("41-reopen-dialog"));
        const auto deadlines = cases.deadlines(record.id).value();
        for (const Deadline& deadline : deadlines) {
            if (deadline.kind != Deadline::Kind::Feedback)
                continue;
            ui::ExtendFeedbackDialog extend(cases, record, deadline, nullptr);
            extend.show();
            child<QDateEdit>(&extend, QStringLiteral("extensionDateEdit"))
                ->setDate(deadline.due.addMonths(4));
            child<QPlainTextEdit>(&extend, QStringLiteral("extensionReasonEdit"))
                ->setPlainText(QStringLiteral("The external interviews take longer."));
            save(extend, QStringLiteral("42-extend-feedback-dialog"));
        }
    }
    {
        CaseDocuments documents(*fixture.store);
        const auto list = documents.list(record.id).value();
        for (const DocumentInfo& info : list) {
            if (!ui::DocumentViewer::isPdf(info.mimeType))
                continue;
            ui::DocumentViewer viewer(info.fileName, info.mimeType,
                                      documents.content(info.id).value(), nullptr);
            viewer.show();
            waitFor([&] { return viewer.pdfDocument()->status() == QPdfDocument::Status::Ready; });
            waitFor([] { return false; }, 300);
            save(viewer, QStringLiteral("43-document-viewer"));
        }
    }

    ui::CaseFileWidget memberWidget(*member, nullptr);
    memberWidget.resize(1100, 760);
    memberWidget.show();
    REQUIRE(memberWidget.openCase(record.id));
    save(memberWidget, QStringLiteral("44-case-overview-member"));
    auto* memberTabs = child<QTabWidget>(&memberWidget, QStringLiteral("caseFileTabs"));
    memberTabs->setCurrentIndex(2);
    save(memberWidget, QStringLiteral("45-case-steps-member"));
}

TEST_CASE("Screenshots of the cases module on the demo store", "[.screenshots]") {
    prepareUiTest();
    TempFolder temp;
    const QString folder = temp.file(QStringLiteral("demo"));
    REQUIRE(DemoStore::create(folder).ok());
    const QList<DemoAccount> accounts = DemoStore::accounts();
    const auto signIn = [&](Role role) {
        for (const DemoAccount& account : accounts) {
            if (account.role == role) {
                auto store = Store::unlock(folder, account.userName, account.passphrase);
                REQUIRE(store.ok());
                return std::move(store).value();
            }
        }
        FAIL("no demo account with this role");
        return std::unique_ptr<Store>();
    };

    {
        ui::MainWindow window(signIn(Role::Adviser));
        window.resize(1400, 860);
        window.show();
        save(window, QStringLiteral("20-dashboard-deadlines"));
        window.showModule(Module::Cases);
        auto* page = child<ui::CasesPage>(&window, QStringLiteral("casesPage"));
        save(window, QStringLiteral("21-cases-list"));
        auto* table = child<QTableView>(page, QStringLiteral("caseTable"));
        REQUIRE(table->model()->rowCount() > 0);
        page->openCase(
            table->model()->index(0, 0).data(ui::CaseListModel::CaseIdRole).toLongLong());
        save(window, QStringLiteral("22-cases-open"));
        auto* state = child<QComboBox>(page, QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findText(QStringLiteral("All open cases")));
        auto* deadline = child<QComboBox>(page, QStringLiteral("deadlineFilter"));
        deadline->setCurrentIndex(1);
        save(window, QStringLiteral("23-cases-filtered"));
        child<QTabWidget>(page, QStringLiteral("casesTabs"))->setCurrentIndex(1);
        save(window, QStringLiteral("24-cases-deadlines"));

        ui::RegisterReportDialog dialog(*window.store());
        dialog.show();
        save(dialog, QStringLiteral("25-register-report"));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        save(dialog, QStringLiteral("26-register-report-error"));
    }
    {
        ui::MainWindow window(signIn(Role::WorkingGroupMember));
        window.resize(1400, 860);
        window.show();
        window.showModule(Module::Cases);
        save(window, QStringLiteral("27-cases-member"));
    }
}
