#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "accounts/AccountService.h"
#include "cases/CaseFiles.h"
#include "cases/CaseService.h"
#include "catch.h"
#include "dialogs/FileDialogs.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/DeadlineDialogs.h"
#include "pages/cases/DocumentViewer.h"
#include "pages/cases/FourEyesDialogs.h"
#include "pages/cases/JournalEntryDialog.h"
#include "pages/cases/ReporterDialog.h"
#include "pages/cases/ReviewDialogs.h"
#include "pages/cases/StepDialogs.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::CaseFileWidget;

namespace {

void prepare() {
    prepareUiTest();
    ui::FileDialogs::setTestMode(true);
}

QString stateShown(const CaseFileWidget& widget) {
    return child<QLabel>(&widget, QStringLiteral("caseStateLabel"))->text();
}

QPushButton* okButton(QDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

QPushButton* stepButton(const CaseFileWidget& widget, CaseState to) {
    return child<QPushButton>(&widget, QStringLiteral("stepButton_") + CaseWorkflow::stateCode(to));
}

// Clicks the step button for `to` and fills the step dialog: a note, then `fill` for the data
// the target needs. Returns the error the dialog showed, if it stayed open.
QString takeStep(CaseFileWidget& widget, CaseState to,
                 const std::function<void(ui::StepDialog*)>& fill = {}) {
    QPushButton* button = stepButton(widget, to);
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QString error;
    whenModalShown<ui::StepDialog>([&](ui::StepDialog* dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("stepNoteEdit"))
            ->setPlainText(QStringLiteral("Step note"));
        if (fill)
            fill(dialog);
        okButton(dialog)->click();
        if (dialog->isVisible()) {
            error = shownErrors(dialog);
            dialog->done(QDialog::Rejected); // gives up, unasked
        }
    });
    button->click();
    return error;
}

void choose(QComboBox* combo, int data) {
    REQUIRE(combo);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void selectFirst(QTreeWidget* list) {
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() > 0);
    list->setCurrentItem(list->topLevelItem(0));
}

// Approves the first request on the Review tab through the decision dialog.
void approveFirstRequest(CaseFileWidget& widget) {
    selectFirst(child<QTreeWidget>(&widget, QStringLiteral("approvalsList")));
    auto* approve = child<QPushButton>(&widget, QStringLiteral("approveButton"));
    REQUIRE(approve->isEnabled());
    whenModalShown<ui::DecisionDialog>([](ui::DecisionDialog* dialog) {
        okButton(dialog)->click();
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected); // gives up, unasked
    });
    approve->click();
}

QByteArray onePagePdf() {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(QPointF(100, 100), QStringLiteral("Interview report"));
    painter.end();
    return bytes;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("An adviser walks a report to closure through the case file; a second adviser approves",
          "[ui][cases-ui]") {
    prepare();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    auto second = signIn(fixture, secondAdviser, Role::Adviser);

    CaseFileWidget widget(*fixture.store, nullptr);
    int changes = 0;
    QObject::connect(&widget, &CaseFileWidget::caseChanged, &widget, [&](qint64 id) {
        CHECK(id == report.id);
        ++changes;
    });
    widget.show();
    CHECK(child<QLabel>(&widget, QStringLiteral("emptyStateLabel"))->isVisible());
    REQUIRE(widget.openCase(report.id));
    CHECK(widget.currentCaseId() == report.id);
    CHECK(child<QLabel>(&widget, QStringLiteral("caseNumberLabel"))->text() == report.number);
    CHECK(child<QLabel>(&widget, QStringLiteral("caseTitleLabel"))->text() == report.title);
    CHECK(stateShown(widget) == CaseWorkflow::stateName(CaseState::Registered));
    CHECK(child<QLabel>(&widget, QStringLiteral("nextDeadlineLabel"))
              ->text()
              .contains(Deadlines::acknowledgement(report.receivedOn.startOfDay()).label));

    // Only the step the protocol allows next is offered.
    CHECK(stepButton(widget, CaseState::PreliminaryInquiry) == nullptr);
    CHECK(takeStep(widget, CaseState::Acknowledged).isEmpty());
    CHECK(stateShown(widget) == CaseWorkflow::stateName(CaseState::Acknowledged));
    CHECK(changes == 1);
    CHECK(takeStep(widget, CaseState::PreliminaryInquiry).isEmpty());

    // Deciding on the investigation needs its kind: without one the dialog says so.
    CHECK_FALSE(takeStep(widget, CaseState::InvestigationDecided).isEmpty());
    CHECK(stateShown(widget) == CaseWorkflow::stateName(CaseState::PreliminaryInquiry));
    CHECK(takeStep(widget, CaseState::InvestigationDecided, [](ui::StepDialog* dialog) {
              choose(child<QComboBox>(dialog, QStringLiteral("investigationKindCombo")),
                     static_cast<int>(InvestigationKind::None));
          }).isEmpty());
    CHECK(takeStep(widget, CaseState::Decided, [](ui::StepDialog* dialog) {
              choose(child<QComboBox>(dialog, QStringLiteral("verdictCombo")),
                     static_cast<int>(Verdict::Unfounded));
          }).isEmpty());
    CHECK(child<QLabel>(&widget, QStringLiteral("verdictLabel"))->text() ==
          CaseWorkflow::verdictName(Verdict::Unfounded));
    CHECK(takeStep(widget, CaseState::MeasureDetermined, [](ui::StepDialog* dialog) {
              // "No measure" is the first choice.
              CHECK(child<QComboBox>(dialog, QStringLiteral("measureCombo"))->currentIndex() == 0);
          }).isEmpty());
    CHECK(takeStep(widget, CaseState::ReporterInformed).isEmpty());
    CHECK(stateShown(widget) == CaseWorkflow::stateName(CaseState::ReporterInformed));

    // Closing: the dialog explains the four eyes and records a request; the case stays open.
    bool explained = false;
    CHECK(takeStep(widget, CaseState::Closed, [&](ui::StepDialog* dialog) {
              for (const QLabel* label : dialog->findChildren<QLabel*>())
                  explained = explained || label->text().contains(QStringLiteral("four eyes"));
          }).isEmpty());
    CHECK(explained);
    CHECK(stateShown(widget) == CaseWorkflow::stateName(CaseState::ReporterInformed));
    QPushButton* close = stepButton(widget, CaseState::Closed);
    CHECK_FALSE(close->isEnabled());
    CHECK(close->toolTip().contains(QStringLiteral("approval")));
    auto* approvals = child<QTreeWidget>(&widget, QStringLiteral("approvalsList"));
    REQUIRE(approvals->topLevelItemCount() == 1);
    selectFirst(approvals);
    auto* approve = child<QPushButton>(&widget, QStringLiteral("approveButton"));
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip() == QStringLiteral("You requested this; a second person must decide."));

    // The second adviser opens the same case in a session of their own and approves.
    CaseFileWidget secondWidget(*second, nullptr);
    secondWidget.show();
    REQUIRE(secondWidget.openCase(report.id));
    approveFirstRequest(secondWidget);
    CHECK(stateShown(secondWidget) == CaseWorkflow::stateName(CaseState::Closed));
    CHECK(stepButton(secondWidget, CaseState::Evaluated)->isEnabled());

    // The first adviser sees the closure, and who approved it, when the case is opened again.
    REQUIRE(widget.openCase(report.id));
    CHECK(stateShown(widget) == CaseWorkflow::stateName(CaseState::Closed));
    auto* timeline = child<QTreeWidget>(&widget, QStringLiteral("stepsTimeline"));
    REQUIRE(timeline->topLevelItemCount() == 8);
    // People by display name, with the login in the tooltip.
    CHECK(timeline->topLevelItem(7)->text(4) == secondAdviser.displayName);
    CHECK(timeline->topLevelItem(7)->toolTip(4) == secondAdviser.name);
    CHECK(timeline->topLevelItem(7)->text(2) == QStringLiteral("Anna de Vries"));
    CHECK(timeline->topLevelItem(7)->toolTip(2) == adviserName);
    auto* history = child<QTreeWidget>(&widget, QStringLiteral("historyTimeline"));
    REQUIRE(history->topLevelItemCount() == 8);
    CHECK(history->topLevelItem(7)->text(4) == secondAdviser.displayName);
    // Both openings of each adviser are in the access log.
    auto* views = child<QTreeWidget>(&widget, QStringLiteral("viewsList"));
    REQUIRE(views->topLevelItemCount() == 3);
    QStringList viewers;
    for (int row = 0; row < views->topLevelItemCount(); ++row)
        viewers.append(views->topLevelItem(row)->text(1) + QLatin1Char('/') +
                       views->topLevelItem(row)->toolTip(1));
    CHECK(viewers.contains(QStringLiteral("Anna de Vries/") + adviserName));
    CHECK(viewers.contains(secondAdviser.displayName + QLatin1Char('/') + secondAdviser.name));

    CHECK(takeStep(widget, CaseState::Evaluated).isEmpty());
    CHECK(stateShown(widget) == CaseWorkflow::stateName(CaseState::Evaluated));
    CHECK(child<QLabel>(&widget, QStringLiteral("lessonsLabel"))->text() ==
          QStringLiteral("Step note"));
    // A closed case is really reopened, and the button says so.
    CHECK(child<QPushButton>(&widget, QStringLiteral("reopenButton"))->isEnabled());
    CHECK(child<QPushButton>(&widget, QStringLiteral("reopenButton"))->text() ==
          QStringLiteral("Reopen…"));
    widget.clear();
    CHECK(widget.currentCaseId() == 0);
    CHECK(child<QLabel>(&widget, QStringLiteral("emptyStateLabel"))->isVisible());
}

TEST_CASE("Stepping back an open case goes to an earlier step with a reason", "[ui][cases-ui]") {
    prepare();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    CaseFileWidget widget(*fixture.store, nullptr);
    widget.show();
    REQUIRE(widget.openCase(report.id));
    auto* reopen = child<QPushButton>(&widget, QStringLiteral("reopenButton"));
    CHECK_FALSE(reopen->isEnabled()); // only registered: nothing to go back to
    CHECK_FALSE(reopen->toolTip().isEmpty());
    REQUIRE(takeStep(widget, CaseState::Acknowledged).isEmpty());
    REQUIRE(takeStep(widget, CaseState::PreliminaryInquiry).isEmpty());
    REQUIRE(reopen->isEnabled());
    // On an open case the button is named for what it does.
    CHECK(reopen->text() == QStringLiteral("Step back…"));

    bool okWithoutReason = true;
    QString title;
    QString okText;
    whenModalShown<ui::ReopenDialog>([&](ui::ReopenDialog* dialog) {
        title = dialog->windowTitle();
        okText = okButton(dialog)->text();
        auto* target = child<QComboBox>(dialog, QStringLiteral("reopenTargetCombo"));
        CHECK(target->count() == 2); // Acknowledged, Registered
        choose(target, static_cast<int>(CaseState::Acknowledged));
        okButton(dialog)->click(); // without a reason: the message shows at the field
        okWithoutReason =
            !dialog->isVisible() || fieldError(dialog, QStringLiteral("reason")).isEmpty();
        child<QPlainTextEdit>(dialog, QStringLiteral("reopenReasonEdit"))
            ->setPlainText(QStringLiteral("The acknowledgement went to the wrong address."));
        okButton(dialog)->click();
    });
    reopen->click();
    CHECK(title == QStringLiteral("Step back %1").arg(report.number));
    CHECK(okText == QStringLiteral("Step back"));
    CHECK_FALSE(okWithoutReason);
    CHECK(stateShown(widget) == CaseWorkflow::stateName(CaseState::Acknowledged));
    auto* timeline = child<QTreeWidget>(&widget, QStringLiteral("stepsTimeline"));
    REQUIRE(timeline->topLevelItemCount() == 4);
    CHECK(timeline->topLevelItem(3)->text(1).startsWith(QStringLiteral("Reopened")));
    CHECK(timeline->topLevelItem(3)->font(1).italic());
}

TEST_CASE("A working-group member sees an assigned case without the adviser's actions",
          "[ui][cases-ui]") {
    prepare();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    auto jurist = signIn(fixture, member, Role::WorkingGroupMember);
    auto other = signIn(fixture, otherMember, Role::WorkingGroupMember);

    // The adviser assigns the member through the picker, which offers both members.
    {
        CaseFileWidget adviser(*fixture.store, nullptr);
        adviser.show();
        REQUIRE(adviser.openCase(report.id));
        int offered = 0;
        whenModalShown<ui::AssignMemberDialog>([&](ui::AssignMemberDialog* dialog) {
            auto* combo = child<QComboBox>(dialog, QStringLiteral("memberCombo"));
            offered = combo->count();
            combo->setCurrentIndex(combo->findData(member.name));
            okButton(dialog)->click();
        });
        child<QPushButton>(&adviser, QStringLiteral("assignButton"))->click();
        CHECK(offered == 2);
        CHECK(child<QTreeWidget>(&adviser, QStringLiteral("membersList"))->topLevelItemCount() ==
              1);
    }

    CaseFileWidget widget(*jurist, nullptr);
    widget.show();
    REQUIRE(widget.openCase(report.id));
    // No editing of the overview, no steps; the reason is in the tooltip.
    CHECK(child<QPushButton>(&widget, QStringLiteral("editOverviewButton"))->isHidden());
    QPushButton* acknowledge = stepButton(widget, CaseState::Acknowledged);
    CHECK_FALSE(acknowledge->isEnabled());
    CHECK(acknowledge->toolTip().contains(QStringLiteral("adviser")));
    auto* reopen = child<QPushButton>(&widget, QStringLiteral("reopenButton"));
    CHECK_FALSE(reopen->isEnabled());
    CHECK_FALSE(reopen->toolTip().isEmpty());
    for (const char* name : {"addPartyButton", "assignButton", "deleteCaseButton",
                             "extendFeedbackButton", "deleteJournalButton"}) {
        auto* button = child<QPushButton>(&widget, QString::fromLatin1(name));
        INFO(name);
        CHECK_FALSE(button->isEnabled());
        CHECK_FALSE(button->toolTip().isEmpty());
    }
    // An assigned member may see the reporter's identity.
    CHECK_FALSE(child<QGroupBox>(&widget, QStringLiteral("reporterBox"))->isHidden());
    CHECK(child<QLabel>(&widget, QStringLiteral("reporterLabel"))->text().contains(reporterName));
    // Only advisers see who opened the case.
    CHECK(child<QTreeWidget>(&widget, QStringLiteral("viewsList"))->isHidden());
    CHECK_FALSE(child<QLabel>(&widget, QStringLiteral("viewsNoteLabel"))->text().isEmpty());

    // The member reviews: comments and advice are open to them.
    whenModalShown<ui::ReviewNoteDialog>([](ui::ReviewNoteDialog* dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("reviewTextEdit"))
            ->setPlainText(QStringLiteral("Check the supplier's other contracts."));
        okButton(dialog)->click();
    });
    child<QPushButton>(&widget, QStringLiteral("addReviewButton"))->click();
    CHECK(child<QTreeWidget>(&widget, QStringLiteral("reviewsList"))->topLevelItemCount() == 1);

    // A member who is not assigned cannot open the case: a message, and the empty state.
    ui::MessageBox::clearShownForTesting();
    CaseFileWidget unassigned(*other, nullptr);
    unassigned.show();
    CHECK_FALSE(unassigned.openCase(report.id));
    CHECK(unassigned.currentCaseId() == 0);
    CHECK(ui::MessageBox::shownForTesting().size() == 1);
    CHECK(child<QLabel>(&unassigned, QStringLiteral("emptyStateLabel"))->isVisible());
}

TEST_CASE("The overview is edited in place; a stale edit says so and reloads", "[ui][cases-ui]") {
    prepare();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    CaseFileWidget widget(*fixture.store, nullptr);
    int changes = 0;
    QObject::connect(&widget, &CaseFileWidget::caseChanged, &widget, [&] { ++changes; });
    widget.show();
    REQUIRE(widget.openCase(report.id));
    CHECK(child<QLabel>(&widget, QStringLiteral("reporterLabel"))->text().contains(reporterName));

    auto* edit = child<QPushButton>(&widget, QStringLiteral("editOverviewButton"));
    auto* save = child<QPushButton>(&widget, QStringLiteral("saveOverviewButton"));
    auto* title = child<QLineEdit>(&widget, QStringLiteral("titleEdit"));
    REQUIRE(edit->isVisible());
    edit->click();
    CHECK(save->isVisible());
    CHECK(title->isVisible());

    // A required field left empty: the message shows, nothing is saved.
    title->clear();
    save->click();
    CHECK_FALSE(fieldError(&widget, QStringLiteral("title")).isEmpty());
    CHECK(changes == 0);

    title->setText(QStringLiteral("Weekend away offered"));
    save->click();
    CHECK(changes == 1);
    CHECK_FALSE(save->isVisible());
    CHECK(child<QLabel>(&widget, QStringLiteral("caseTitleLabel"))->text() ==
          QStringLiteral("Weekend away offered"));

    // Someone else saves while this user edits.
    edit->click();
    title->setText(QStringLiteral("My version"));
    CaseService elsewhere(*fixture.store);
    CaseRecord theirs = elsewhere.get(report.id).value();
    theirs.title = QStringLiteral("Their version");
    REQUIRE(elsewhere.updateOverview(theirs).ok());
    ui::MessageBox::clearShownForTesting();
    save->click();
    REQUIRE(ui::MessageBox::shownForTesting().size() == 1);
    CHECK(ui::MessageBox::shownForTesting().first().title == QStringLiteral("The case changed"));
    CHECK_FALSE(save->isVisible());
    CHECK(child<QLabel>(&widget, QStringLiteral("caseTitleLabel"))->text() ==
          QStringLiteral("Their version"));
}

TEST_CASE("An overview edit ends when another case is opened; nothing lands on the wrong case",
          "[ui][cases-ui]") {
    prepare();
    StoreFixture fixture;
    const CaseRecord first = registerCase(*fixture.store);
    const CaseRecord second = registerCase(*fixture.store);
    CaseFileWidget widget(*fixture.store, nullptr);
    widget.show();
    REQUIRE(widget.openCase(first.id));
    child<QPushButton>(&widget, QStringLiteral("editOverviewButton"))->click();
    auto* title = child<QLineEdit>(&widget, QStringLiteral("titleEdit"));
    auto* save = child<QPushButton>(&widget, QStringLiteral("saveOverviewButton"));
    REQUIRE(save->isVisible());
    title->setText(QStringLiteral("Typed while looking at the first case"));

    REQUIRE(widget.openCase(second.id));
    CHECK_FALSE(save->isVisible());
    CHECK(child<QPushButton>(&widget, QStringLiteral("editOverviewButton"))->isVisible());
    CaseService cases(*fixture.store);
    CHECK(cases.get(first.id).value().title == first.title);
    CHECK(cases.get(second.id).value().title == second.title);
}

TEST_CASE("Documents are added, shown from memory and exported only after a warning",
          "[ui][cases-ui]") {
    prepare();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    CaseFileWidget widget(*fixture.store, nullptr);
    widget.show();
    REQUIRE(widget.openCase(report.id));
    auto* table = child<QTreeWidget>(&widget, QStringLiteral("documentsTable"));
    auto* add = child<QPushButton>(&widget, QStringLiteral("addDocumentButton"));
    auto* view = child<QPushButton>(&widget, QStringLiteral("viewDocumentButton"));
    auto* exportButton = child<QPushButton>(&widget, QStringLiteral("exportDocumentButton"));
    CHECK_FALSE(view->isEnabled());
    CHECK_FALSE(view->toolTip().isEmpty());

    // A file that cannot be read: the message says so, nothing is added.
    ui::MessageBox::clearShownForTesting();
    ui::FileDialogs::queueAnswerForTesting(fixture.temp.file(QStringLiteral("missing.pdf")));
    add->click();
    CHECK(ui::MessageBox::shownForTesting().size() == 1);
    CHECK(table->topLevelItemCount() == 0);

    // A file over the size limit (sparse, so the test stays quick).
    const QString large = fixture.temp.file(QStringLiteral("large.bin"));
    {
        QFile file(large);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(CaseDocuments::maximumBytes + 1));
    }
    ui::MessageBox::clearShownForTesting();
    ui::FileDialogs::queueAnswerForTesting(large);
    add->click();
    REQUIRE(ui::MessageBox::shownForTesting().size() == 1);
    CHECK(ui::MessageBox::shownForTesting().first().text.contains(QStringLiteral("at most")));
    CHECK(table->topLevelItemCount() == 0);

    const QByteArray pdf = onePagePdf();
    const QString pdfPath = fixture.temp.file(QStringLiteral("interview.pdf"));
    writeFile(pdfPath, pdf);
    ui::FileDialogs::queueAnswerForTesting(pdfPath);
    add->click();
    REQUIRE(table->topLevelItemCount() == 1);
    CHECK(table->topLevelItem(0)->text(0) == QStringLiteral("interview.pdf"));

    selectFirst(table);
    REQUIRE(view->isEnabled());
    int pages = 0;
    whenModalShown<ui::DocumentViewer>([&](ui::DocumentViewer* viewer) {
        QPdfDocument* document = viewer->pdfDocument();
        REQUIRE(document);
        waitFor([&] { return document->status() == QPdfDocument::Status::Ready; });
        pages = document->pageCount();
        viewer->reject();
    });
    view->click();
    CHECK(pages == 1);

    // Export: a warning first; declining writes nothing, accepting writes the same bytes.
    const QString copy = fixture.temp.file(QStringLiteral("copy.pdf"));
    ui::MessageBox::clearShownForTesting();
    ui::FileDialogs::queueAnswerForTesting(copy);
    exportButton->click();
    REQUIRE(ui::MessageBox::shownForTesting().size() == 1);
    CHECK(ui::MessageBox::shownForTesting().first().text.contains(QStringLiteral("encrypted")));
    CHECK_FALSE(QFile::exists(copy));
    ui::MessageBox::setNextAnswer(QMessageBox::Save);
    exportButton->click(); // the queued path is still unused
    QFile exported(copy);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(exported.readAll() == pdf);
    ui::FileDialogs::setTestMode(true); // forget any unused answer

    // Text is shown in a read-only text view.
    const QString notePath = fixture.temp.file(QStringLiteral("call.txt"));
    writeFile(notePath, QByteArrayLiteral("Called the manager on Monday."));
    ui::FileDialogs::queueAnswerForTesting(notePath);
    add->click();
    REQUIRE(table->topLevelItemCount() == 2);
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        if (table->topLevelItem(row)->text(0) == QStringLiteral("call.txt"))
            table->setCurrentItem(table->topLevelItem(row));
    }
    QString shown;
    whenModalShown<ui::DocumentViewer>([&](ui::DocumentViewer* viewer) {
        shown = child<QPlainTextEdit>(viewer, QStringLiteral("textView"))->toPlainText();
        viewer->reject();
    });
    view->click();
    CHECK(shown == QStringLiteral("Called the manager on Monday."));
}

TEST_CASE("Deleting a journal entry and deleting a case need a second adviser", "[ui][cases-ui]") {
    prepare();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    auto second = signIn(fixture, secondAdviser, Role::Adviser);
    CaseFileWidget widget(*fixture.store, nullptr);
    widget.show();
    REQUIRE(widget.openCase(report.id));

    whenModalShown<ui::JournalEntryDialog>([](ui::JournalEntryDialog* dialog) {
        okButton(dialog)->click(); // no text yet: the dialog says so at the field and stays
        CHECK(dialog->isVisible());
        CHECK_FALSE(fieldError(dialog, QStringLiteral("text")).isEmpty());
        child<QPlainTextEdit>(dialog, QStringLiteral("journalTextEdit"))
            ->setPlainText(QStringLiteral("Phoned the reporter."));
        okButton(dialog)->click();
    });
    child<QPushButton>(&widget, QStringLiteral("addJournalButton"))->click();
    auto* journal = child<QTreeWidget>(&widget, QStringLiteral("journalList"));
    REQUIRE(journal->topLevelItemCount() == 1);

    selectFirst(journal);
    whenModalShown<ui::DeletionRequestDialog>([](ui::DeletionRequestDialog* dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("deletionReasonEdit"))
            ->setPlainText(QStringLiteral("Entered in the wrong case."));
        okButton(dialog)->click();
    });
    child<QPushButton>(&widget, QStringLiteral("deleteJournalButton"))->click();
    CHECK(journal->topLevelItemCount() == 1); // still there until approved

    whenModalShown<ui::DeletionRequestDialog>([](ui::DeletionRequestDialog* dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("deletionReasonEdit"))
            ->setPlainText(QStringLiteral("Registered twice."));
        okButton(dialog)->click();
    });
    child<QPushButton>(&widget, QStringLiteral("deleteCaseButton"))->click();

    CaseFileWidget secondWidget(*second, nullptr);
    qint64 deleted = 0;
    QObject::connect(&secondWidget, &CaseFileWidget::caseDeleted, &secondWidget,
                     [&](qint64 id) { deleted = id; });
    secondWidget.show();
    REQUIRE(secondWidget.openCase(report.id));
    auto* approvals = child<QTreeWidget>(&secondWidget, QStringLiteral("approvalsList"));
    REQUIRE(approvals->topLevelItemCount() == 2);
    approveFirstRequest(secondWidget); // the journal entry
    CHECK(child<QTreeWidget>(&secondWidget, QStringLiteral("journalList"))->topLevelItemCount() ==
          0);
    CHECK(deleted == 0);
    approvals->setCurrentItem(approvals->topLevelItem(1));
    whenModalShown<ui::DecisionDialog>(
        [](ui::DecisionDialog* dialog) { okButton(dialog)->click(); });
    child<QPushButton>(&secondWidget, QStringLiteral("approveButton"))->click();
    CHECK(deleted == report.id);
    CHECK(secondWidget.currentCaseId() == 0);
    CHECK_FALSE(CaseService(*fixture.store).get(report.id).ok());
}

TEST_CASE("Deadlines are set, met and the feedback deadline extended with a reason",
          "[ui][cases-ui]") {
    prepare();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    CaseFileWidget widget(*fixture.store, nullptr);
    widget.show();
    REQUIRE(widget.openCase(report.id));
    auto* table = child<QTreeWidget>(&widget, QStringLiteral("deadlinesTable"));
    REQUIRE(table->topLevelItemCount() == 2); // acknowledgement and feedback

    whenModalShown<ui::AddDeadlineDialog>([](ui::AddDeadlineDialog* dialog) {
        child<QLineEdit>(dialog, QStringLiteral("deadlineLabelEdit"))
            ->setText(QStringLiteral("Ask the manager for the tender file"));
        child<QDateEdit>(dialog, QStringLiteral("deadlineDueEdit"))
            ->setDate(Deadlines::today().addDays(1));
        okButton(dialog)->click();
    });
    child<QPushButton>(&widget, QStringLiteral("addDeadlineButton"))->click();
    REQUIRE(table->topLevelItemCount() == 3);

    // The acknowledgement is met by its step, not by hand.
    auto* markMet = child<QPushButton>(&widget, QStringLiteral("markMetButton"));
    QTreeWidgetItem* own = nullptr;
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = table->topLevelItem(row);
        if (item->text(0) == QStringLiteral("Ask the manager for the tender file"))
            own = item;
        else if (item->text(0) == Deadlines::acknowledgement(QDateTime::currentDateTime()).label)
            table->setCurrentItem(item);
    }
    REQUIRE(own);
    CHECK_FALSE(markMet->isEnabled());
    CHECK_FALSE(markMet->toolTip().isEmpty());
    table->setCurrentItem(own);
    REQUIRE(markMet->isEnabled());
    whenModalShown<ui::MarkDeadlineMetDialog>(
        [](ui::MarkDeadlineMetDialog* dialog) { okButton(dialog)->click(); });
    markMet->click();
    bool met = false;
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = table->topLevelItem(row);
        if (item->text(0) == QStringLiteral("Ask the manager for the tender file"))
            met = item->text(2) == Deadlines::statusName(DeadlineStatus::Met);
    }
    CHECK(met);

    // Extending: a reason is required, and going beyond the law's three months warns.
    bool okWithoutReason = true;
    bool warned = false;
    whenModalShown<ui::ExtendFeedbackDialog>([&](ui::ExtendFeedbackDialog* dialog) {
        auto* date = child<QDateEdit>(dialog, QStringLiteral("extensionDateEdit"));
        date->setDate(date->date().addMonths(4));
        okButton(dialog)->click();
        okWithoutReason =
            !dialog->isVisible() || fieldError(dialog, QStringLiteral("extensionReason")).isEmpty();
        child<QPlainTextEdit>(dialog, QStringLiteral("extensionReasonEdit"))
            ->setPlainText(QStringLiteral("The external bureau needs more time."));
        warned = child<QLabel>(dialog, QStringLiteral("extensionWarningLabel"))->isVisible();
        okButton(dialog)->click();
    });
    child<QPushButton>(&widget, QStringLiteral("extendFeedbackButton"))->click();
    CHECK_FALSE(okWithoutReason);
    CHECK(warned);
    bool extended = false;
    for (int row = 0; row < table->topLevelItemCount(); ++row)
        extended = extended || table->topLevelItem(row)->text(4).contains(
                                   QStringLiteral("The external bureau needs more time."));
    CHECK(extended);
}

TEST_CASE("An anonymous report shows no identity", "[ui][cases-ui]") {
    prepare();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    CaseFileWidget widget(*fixture.store, nullptr);
    widget.show();
    REQUIRE(widget.openCase(report.id));
    whenModalShown<ui::ReporterDialog>([](ui::ReporterDialog* dialog) {
        child<QCheckBox>(dialog, QStringLiteral("anonymousCheckBox"))->setChecked(true);
        okButton(dialog)->click();
    });
    child<QPushButton>(&widget, QStringLiteral("editReporterButton"))->click();
    CHECK(child<QLabel>(&widget, QStringLiteral("reporterLabel"))->text() ==
          QStringLiteral("Anonymous report"));
}
