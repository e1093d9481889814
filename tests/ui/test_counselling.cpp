// The Counselling module as a confidential counsellor uses it: registering a contact in the
// dialog, publishing the yearly figures, sharing with a stand-in, the due follow-up on the
// dashboard and destroying what is due.
#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "catch.h"
#include "counselling/CounsellingCodes.h"
#include "counselling/CounsellingFigures.h"
#include "counselling/CounsellingHandovers.h"
#include "counselling/CounsellingService.h"
#include "counselling/CounsellingSettings.h"
#include "main/MainWindow.h"
#include "pages/cases/RegisterReportDialog.h"
#include "pages/counselling/ContactDialog.h"
#include "pages/counselling/HandoverDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTreeWidget>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;

namespace {

const TestUser standIn{QStringLiteral("vp-extern"), QStringLiteral("Ruud Jansen"),
                       QStringLiteral("Walnoot-Brug-6614")};

Contact closedContact(const QString& pseudonym, const QDate& first) {
    Contact c;
    c.pseudonym = pseudonym;
    c.firstContact = first;
    c.kind = CounsellingCodes::behaviour;
    c.category = QStringLiteral("bullying");
    c.cameVia = QStringLiteral("self");
    c.personRole = QStringLiteral("employee");
    c.conversations = {{first, 45, QStringLiteral("in_person")}};
    c.actions = {QStringLiteral("support")};
    c.outcome = QStringLiteral("resolved");
    c.closedOn = first.addDays(10);
    c.notes = QStringLiteral("Gesprek over pesterijen in het team.");
    return c;
}

QDate lastYear(int month) {
    return QDate(QDate::currentDate().year() - 1, month, 3);
}

void clickOk(QDialog* dialog) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
}

QTableWidget* contactTable(const MainWindow& window) {
    auto* table = child<QTableWidget>(&window, QStringLiteral("contactTable"));
    REQUIRE(table);
    return table;
}

} // namespace

TEST_CASE(
    "A counsellor registers a contact in the dialog; what the rules refuse shows at its field",
    "[ui][counselling]") {
    prepareUiTest();
    StoreFixture fixture;
    auto session = signIn(fixture, counsellor, Role::ConfidentialCounsellor);
    MainWindow window(std::move(session));
    window.show();
    window.showModule(Module::Counselling);
    REQUIRE(contactTable(window)->rowCount() == 0);

    QString refused;
    whenModalShown<ui::ContactDialog>([&](ui::ContactDialog* dialog) {
        // First without a code: the dialog stays open and says so at the field.
        clickOk(dialog);
        refused = fieldError(dialog, QStringLiteral("pseudonym"));
        child<QLineEdit>(dialog, QStringLiteral("pseudonym"))->setText(QStringLiteral("KL-07"));
        child<QPushButton>(dialog, QStringLiteral("addConversation"))->click();
        child<QPushButton>(dialog, QStringLiteral("addReminder"))->click();
        auto* reminders = child<QTableWidget>(dialog, QStringLiteral("reminders"));
        qobject_cast<QLineEdit*>(reminders->cellWidget(0, 1))->setText(QStringLiteral("Nabellen"));
        clickOk(dialog);
    });
    child<QPushButton>(&window, QStringLiteral("newContact"))->click();
    REQUIRE(waitFor([&] { return contactTable(window)->rowCount() == 1; }));
    CHECK(refused.contains(QStringLiteral("code for the person")));
    CHECK(contactTable(window)->item(0, 0)->text() == QStringLiteral("KL-07"));

    // It is sealed in the register, with the conversation and the reminder entered.
    const auto contacts =
        CounsellingService(*fixture.unlock(counsellor.name, counsellor.passphrase)).contacts();
    REQUIRE(contacts);
    REQUIRE(contacts.value().size() == 1);
    CHECK(contacts.value().first().conversations.size() == 1);
    REQUIRE(contacts.value().first().reminders.size() == 1);
    CHECK(contacts.value().first().reminders.first().text == QStringLiteral("Nabellen"));
}

TEST_CASE("The yearly figures are published after a question, then offered for replacing",
          "[ui][counselling]") {
    prepareUiTest();
    StoreFixture fixture;
    auto session = signIn(fixture, counsellor, Role::ConfidentialCounsellor);
    for (int month = 1; month <= 7; ++month)
        REQUIRE(CounsellingService(*session).registerContact(
            closedContact(QStringLiteral("AB-%1").arg(month), lastYear(month))));
    MainWindow window(std::move(session));
    window.show();
    window.showModule(Module::Counselling);
    auto* year = child<QSpinBox>(&window, QStringLiteral("figuresYear"));
    year->setValue(lastYear(1).year());
    auto* preview = child<QTreeWidget>(&window, QStringLiteral("figuresPreview"));
    REQUIRE(preview->topLevelItemCount() > 2);
    CHECK(preview->topLevelItem(0)->text(1) == QStringLiteral("7"));
    auto* publish = child<QPushButton>(&window, QStringLiteral("publishFigures"));

    // Declined: nothing is published.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    publish->click();
    CHECK(CounsellingFigures(*fixture.store).current(year->value()).value().isEmpty());

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    publish->click();
    const auto sets = CounsellingFigures(*fixture.store).current(year->value());
    REQUIRE(sets);
    REQUIRE(sets.value().size() == 1);
    CHECK(sets.value().first().figures.contacts.count == 7);
    CHECK(child<QLabel>(&window, QStringLiteral("publicationState"))
              ->text()
              .startsWith(QStringLiteral("Published on")));
    CHECK(publish->text().startsWith(QStringLiteral("Replace")));
}

TEST_CASE("A contact is shared with a stand-in picked from the fellow counsellors, and no longer",
          "[ui][counselling]") {
    prepareUiTest();
    StoreFixture fixture;
    auto session = signIn(fixture, counsellor, Role::ConfidentialCounsellor);
    auto fellow = signIn(fixture, standIn, Role::ConfidentialCounsellor);
    REQUIRE(CounsellingService(*fellow).pinOwnKey());
    const auto id = CounsellingService(*session).registerContact(
        closedContact(QStringLiteral("CD-1"), lastYear(2)));
    REQUIRE(id);
    MainWindow window(std::move(session));
    window.show();
    window.showModule(Module::Counselling);
    contactTable(window)->selectRow(0);
    whenModalShown<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(standIn.name);
        dialog->accept();
    });
    ui::MessageBox::clearShownForTesting();
    child<QPushButton>(&window, QStringLiteral("shareContact"))->click();
    QString messages;
    for (const auto& shown : ui::MessageBox::shownForTesting())
        messages += shown.text;
    INFO(messages.toStdString());
    REQUIRE(waitFor([&] { return contactTable(window)->item(0, 6)->text() == standIn.name; }));
    // The stand-in reads it now.
    const auto theirs = CounsellingService(*fellow).contacts();
    REQUIRE(theirs);
    REQUIRE(theirs.value().size() == 1);
    CHECK(theirs.value().first().id == id.value());

    // The log tab tells it, from the counsellors' own log.
    auto* log = child<QTableWidget>(&window, QStringLiteral("counsellingLog"));
    REQUIRE(log->rowCount() > 0);
    CHECK(log->item(0, 2)->text() == QStringLiteral("CD-1"));
    CHECK(log->item(0, 3)->text().startsWith(QStringLiteral("Contact shared with")));

    // Sharing ends the same way; the stand-in reads it no more.
    contactTable(window)->selectRow(0);
    auto* unshare = child<QPushButton>(&window, QStringLiteral("unshareContact"));
    REQUIRE(unshare->isEnabled());
    whenModalShown<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(standIn.name);
        dialog->accept();
    });
    unshare->click();
    REQUIRE(waitFor([&] { return contactTable(window)->item(0, 6)->text().isEmpty(); }));
    CHECK(CounsellingService(*fellow).contacts().value().isEmpty());
    contactTable(window)->selectRow(0);
    CHECK_FALSE(unshare->isEnabled());
}

TEST_CASE("Due follow-up shows on the counsellor's dashboard and opens its contact",
          "[ui][counselling]") {
    prepareUiTest();
    StoreFixture fixture;
    auto session = signIn(fixture, counsellor, Role::ConfidentialCounsellor);
    Contact open = closedContact(QStringLiteral("EF-3"), QDate::currentDate().addDays(-20));
    open.closedOn = {};
    open.outcome = QStringLiteral("open");
    open.reminders = {{QDate::currentDate().addDays(-1), QStringLiteral("Terugbellen"), false},
                      {QDate::currentDate().addDays(5), QStringLiteral("Later"), false}};
    REQUIRE(CounsellingService(*session).registerContact(open));
    MainWindow window(std::move(session));
    window.show();
    window.showModule(Module::Dashboard);
    auto* due = child<QTableWidget>(&window, QStringLiteral("dueRemindersTable"));
    REQUIRE(due);
    REQUIRE(due->rowCount() == 1); // the later one is not due yet
    CHECK(due->item(0, 1)->text() == QStringLiteral("EF-3"));
    CHECK(due->item(0, 2)->text() == QStringLiteral("Terugbellen"));

    QString opened;
    whenModalShown<ui::ContactDialog>([&](ui::ContactDialog* dialog) {
        opened = dialog->windowTitle();
        dialog->reject();
    });
    doubleClick(due, due->model()->index(0, 0));
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }));
    CHECK(opened.contains(QStringLiteral("EF-3")));
}

TEST_CASE("Contacts due for destruction are destroyed on confirmation; the figures stay",
          "[ui][counselling]") {
    prepareUiTest();
    StoreFixture fixture;
    auto session = signIn(fixture, counsellor, Role::ConfidentialCounsellor);
    CounsellingService service(*session);
    for (int month = 1; month <= 5; ++month)
        REQUIRE(service.registerContact(
            closedContact(QStringLiteral("GH-%1").arg(month), lastYear(month))));
    CounsellingFigures figures(*session);
    REQUIRE(figures.publish(figures.preview(service.contacts().value(), lastYear(1).year(), 5)));
    REQUIRE(CounsellingSettings(*session).setRetentionMonths(0));
    MainWindow window(std::move(session));
    window.show();
    window.showModule(Module::Counselling);
    auto* destroy = child<QPushButton>(&window, QStringLiteral("destroyDue"));
    REQUIRE(destroy->isEnabled());
    CHECK(child<QLabel>(&window, QStringLiteral("retentionState"))
              ->text()
              .startsWith(QStringLiteral("5 contact")));

    ui::MessageBox::setNextAnswer(QMessageBox::No);
    destroy->click();
    CHECK(contactTable(window)->rowCount() == 5);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    destroy->click();
    CHECK(contactTable(window)->rowCount() == 0);
    CHECK_FALSE(destroy->isEnabled());
    const auto sets = CounsellingFigures(*fixture.store).current(lastYear(1).year()).value();
    REQUIRE(sets.size() == 1);
    CHECK(sets.first().figures.contacts.count == 5);
}

TEST_CASE("A report handed over by a counsellor reaches the adviser's dashboard and is "
          "registered from it",
          "[ui][counselling][handover]") {
    prepareUiTest();
    StoreFixture fixture;
    auto session = signIn(fixture, counsellor, Role::ConfidentialCounsellor);
    Contact contact = closedContact(QStringLiteral("IJ-5"), lastYear(5));
    contact.personName = QStringLiteral("Henk Visser");
    contact.personContact = QStringLiteral("06-12345678");
    contact.orgUnit = QStringLiteral("Publiekszaken");
    REQUIRE(CounsellingService(*session).registerContact(contact));
    {
        MainWindow window(std::move(session));
        window.show();
        window.showModule(Module::Counselling);
        contactTable(window)->selectRow(0);
        auto* handOver = child<QPushButton>(&window, QStringLiteral("handoverContact"));
        REQUIRE(handOver->isEnabled());
        QString withoutConsent;
        QString summary;
        whenModalShown<ui::HandoverDialog>([&](ui::HandoverDialog* dialog) {
            child<QLineEdit>(dialog, QStringLiteral("handoverTitle"))
                ->setText(QStringLiteral("Vermoeden van misbruik van bevoegdheid"));
            clickOk(dialog);
            withoutConsent = fieldError(dialog, QStringLiteral("consent"));
            child<QCheckBox>(dialog, QStringLiteral("consent"))->setChecked(true);
            child<QPlainTextEdit>(dialog, QStringLiteral("handoverDescription"))
                ->setPlainText(QStringLiteral("Een leidinggevende zou vergunningen sneller "
                                              "afgeven aan bekenden."));
            child<QCheckBox>(dialog, QStringLiteral("includeIdentity"))->setChecked(true);
            summary = child<QLabel>(dialog, QStringLiteral("handoverSummary"))->text();
            clickOk(dialog);
        });
        ui::MessageBox::clearShownForTesting();
        handOver->click();
        REQUIRE(waitFor([] { return !ui::MessageBox::shownForTesting().isEmpty(); }));
        CHECK(withoutConsent.contains(QStringLiteral("consent")));
        CHECK(summary.contains(QStringLiteral("the person's name")));
        CHECK_FALSE(summary.contains(QStringLiteral("organisation unit")));
        CHECK(ui::MessageBox::shownForTesting().first().text.contains(adviserName));
        contactTable(window)->selectRow(0);
        CHECK_FALSE(handOver->isEnabled()); // once per contact
    }

    MainWindow adviser(std::move(fixture.store));
    adviser.show();
    adviser.showModule(Module::Dashboard);
    auto* waiting = child<QTableWidget>(&adviser, QStringLiteral("handoversTable"));
    REQUIRE(waiting);
    REQUIRE(waiting->rowCount() == 1);
    CHECK(waiting->item(0, 2)->text() == QStringLiteral("Vermoeden van misbruik van bevoegdheid"));
    QString title, reporter, refusal;
    whenModalShown<ui::RegisterReportDialog>([&](ui::RegisterReportDialog* dialog) {
        title = child<QLineEdit>(dialog, QStringLiteral("titleEdit"))->text();
        reporter = child<QLineEdit>(dialog, QStringLiteral("reporterNameEdit"))->text();
        clickOk(dialog);
        if (dialog->isVisible()) { // refused: say why instead of hanging
            refusal = shownErrors(dialog);
            dialog->done(QDialog::Rejected);
        }
    });
    doubleClick(waiting, waiting->model()->index(0, 0));
    REQUIRE(waitFor([&] { return !title.isEmpty(); }));
    INFO(refusal.toStdString());
    CHECK(refusal.isEmpty());
    CHECK(title == QStringLiteral("Vermoeden van misbruik van bevoegdheid"));
    CHECK(reporter == QStringLiteral("Henk Visser"));
    // Registered, the handover names its case and waits no more.
    const auto remaining = CounsellingHandovers(*fixture.unlock()).waiting();
    REQUIRE(remaining);
    CHECK(remaining.value().isEmpty());
    adviser.showModule(Module::Dashboard);
    CHECK(child<QTableWidget>(&adviser, QStringLiteral("handoversTable"))->rowCount() == 0);
}

TEST_CASE("An adviser's changed key is taken over only when the counsellor confirms it",
          "[ui][counselling][handover]") {
    prepareUiTest();
    StoreFixture fixture;
    auto session = signIn(fixture, counsellor, Role::ConfidentialCounsellor);
    CounsellingService service(*session);
    Handover first;
    first.title = QStringLiteral("Eerdere melding");
    first.description = QStringLiteral("Eerder overgedragen.");
    REQUIRE(CounsellingHandovers(*session).send(
        service.registerContact(closedContact(QStringLiteral("KL-1"), lastYear(2))).value(), first,
        true));
    REQUIRE(service.registerContact(closedContact(QStringLiteral("KL-2"), lastYear(3))));
    // As after the adviser's access was reset: the recorded key is not the keyring's.
    REQUIRE(QSqlQuery(session->database(Compartment::Counselling))
                .exec(QStringLiteral("UPDATE trusted_advisers SET box_public = randomblob(32)")));
    MainWindow window(std::move(session));
    window.show();
    window.showModule(Module::Counselling);
    const auto rowOf = [&](const QString& code) {
        auto* table = contactTable(window);
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == code)
                return row;
        return -1;
    };
    contactTable(window)->selectRow(rowOf(QStringLiteral("KL-2")));
    const auto handOverWith = [&](QMessageBox::StandardButton answer) {
        whenModalShown<ui::HandoverDialog>([&, answer](ui::HandoverDialog* dialog) {
            child<QCheckBox>(dialog, QStringLiteral("consent"))->setChecked(true);
            child<QLineEdit>(dialog, QStringLiteral("handoverTitle"))
                ->setText(QStringLiteral("Tweede melding"));
            child<QPlainTextEdit>(dialog, QStringLiteral("handoverDescription"))
                ->setPlainText(QStringLiteral("Nog een melding."));
            ui::MessageBox::setNextAnswer(answer);
            clickOk(dialog);
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        ui::MessageBox::clearShownForTesting();
        child<QPushButton>(&window, QStringLiteral("handoverContact"))->click();
    };
    // Not confirmed: the only adviser cannot receive it, and nothing passes.
    handOverWith(QMessageBox::No);
    CHECK(CounsellingHandovers(*fixture.unlock()).waiting().value().size() == 1);
    // Confirmed: the new key is recorded and the report passes.
    contactTable(window)->selectRow(rowOf(QStringLiteral("KL-2")));
    handOverWith(QMessageBox::Yes);
    CHECK(CounsellingHandovers(*fixture.unlock()).waiting().value().size() == 2);
}
