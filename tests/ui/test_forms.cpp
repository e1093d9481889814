// Forms show every field problem at once, each at its field, and a message goes away as soon
// as its field is right (FormErrors over the core's validate functions).

#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "cases/CaseQuery.h"
#include "catch.h"
#include "pages/cases/PartyDialog.h"
#include "pages/cases/RegisterReportDialog.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCharFormat>

using namespace infopunt;
using namespace infopunt::test;

namespace {

void pressOk(QDialog& dialog) {
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

// Opens the calendar popup of `edit` as a click on its arrow does.
QCalendarWidget* openCalendar(QDateEdit* edit) {
    const QPointF arrow(edit->width() - 5, edit->height() / 2.0);
    QMouseEvent press(QEvent::MouseButtonPress, arrow, edit->mapToGlobal(arrow), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(edit, &press);
    QCalendarWidget* calendar = edit->calendarWidget();
    REQUIRE(calendar);
    REQUIRE(calendar->isVisible());
    return calendar;
}

// The red frames shown over fields in error.
int framesShown(const QWidget& form) {
    int shown = 0;
    const QList<QWidget*> frames = form.findChildren<QWidget*>(QStringLiteral("fieldErrorFrame"));
    for (const QWidget* frame : frames)
        shown += frame->isVisible() ? 1 : 0;
    return shown;
}

} // namespace

TEST_CASE("The intake form shows every field error at its field and clears each when fixed",
          "[ui][forms]") {
    prepareUiTest();
    StoreFixture fixture;
    Store& store = *fixture.store;
    ui::RegisterReportDialog dialog(store);
    dialog.show();
    auto* receivedOn = child<QDateEdit>(&dialog, QStringLiteral("receivedOnEdit"));
    auto* title = child<QLineEdit>(&dialog, QStringLiteral("titleEdit"));
    child<QPlainTextEdit>(&dialog, QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("A buyer accepted a case of wine."));
    child<QLineEdit>(&dialog, QStringLiteral("reporterNameEdit"))->setText(reporterName);

    // Two fields wrong: no title, and a date received in the future (typed in: the field
    // takes it, the core names the problem).
    receivedOn->setDate(Deadlines::today().addDays(3));
    CHECK(receivedOn->date() == Deadlines::today().addDays(3));
    CHECK(fieldError(&dialog, QStringLiteral("title")).isEmpty()); // not touched, not pressed
    pressOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(fieldError(&dialog, QStringLiteral("receivedOn")) ==
          QStringLiteral("The date received cannot be in the future."));
    CHECK_FALSE(fieldError(&dialog, QStringLiteral("title")).isEmpty());
    CHECK(fieldError(&dialog, QStringLiteral("description")).isEmpty());
    CHECK(framesShown(dialog) == 2);
    CHECK(dialog.focusWidget() == receivedOn); // the first field in error
    CHECK(CaseQuery(store).list({}, Deadlines::today()).value().isEmpty());

    // Each message sits directly under its own field.
    auto* titleError = child<QLabel>(&dialog, QStringLiteral("titleError"));
    CHECK(titleError->parentWidget() == title->parentWidget());
    CHECK(titleError->geometry().top() >= title->geometry().bottom());

    // Fixing the title clears its message at once; the date's message stays.
    title->setText(QStringLiteral("Gift from a supplier"));
    CHECK(fieldError(&dialog, QStringLiteral("title")).isEmpty());
    CHECK_FALSE(fieldError(&dialog, QStringLiteral("receivedOn")).isEmpty());
    CHECK(framesShown(dialog) == 1);

    // Breaking it again shows the message again while typing.
    title->clear();
    CHECK_FALSE(fieldError(&dialog, QStringLiteral("title")).isEmpty());
    title->setText(QStringLiteral("Gift from a supplier"));

    receivedOn->setDate(Deadlines::today().addDays(-2));
    CHECK(fieldError(&dialog, QStringLiteral("receivedOn")).isEmpty());
    CHECK(framesShown(dialog) == 0);
    pressOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(CaseQuery(store).list({}, Deadlines::today()).value().size() == 1);
}

TEST_CASE("A future date received gives a message at the field as soon as it is entered",
          "[ui][forms]") {
    prepareUiTest();
    StoreFixture fixture;
    ui::RegisterReportDialog dialog(*fixture.store);
    dialog.show();
    auto* receivedOn = child<QDateEdit>(&dialog, QStringLiteral("receivedOnEdit"));
    receivedOn->setDate(Deadlines::today().addDays(1));
    CHECK(fieldError(&dialog, QStringLiteral("receivedOn")) ==
          QStringLiteral("The date received cannot be in the future."));
    // Only that field: the others were not touched yet.
    CHECK(fieldError(&dialog, QStringLiteral("title")).isEmpty());
}

TEST_CASE("The calendar of a date received offers no future day", "[ui][forms]") {
    prepareUiTest();
    StoreFixture fixture;
    ui::RegisterReportDialog dialog(*fixture.store);
    dialog.show();
    auto* receivedOn = child<QDateEdit>(&dialog, QStringLiteral("receivedOnEdit"));
    QCalendarWidget* calendar = openCalendar(receivedOn);
    const QDate today = Deadlines::today();
    CHECK(calendar->maximumDate() == today);
    const QColor disabled = calendar->palette().color(QPalette::Disabled, QPalette::Text);
    CHECK(calendar->dateTextFormat(today.addDays(1)).foreground().color() == disabled);
    CHECK(calendar->dateTextFormat(today).foreground().color() != disabled);
    calendar->window()->hide();
    // Opening the calendar does not change a (future) date typed into the field.
    receivedOn->setDate(today.addDays(2));
    openCalendar(receivedOn);
    CHECK(receivedOn->date() == today.addDays(2));
    calendar->window()->hide();
}

TEST_CASE("The party dialog refuses an empty name at the field and saves when fixed",
          "[ui][forms]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    CaseService cases(*fixture.store);
    CaseParty party;
    party.caseId = report.id;
    party.kind = PartyKind::Witness;
    ui::PartyDialog dialog(cases, party, nullptr);
    dialog.show();
    const int before = cases.parties(report.id).value().size();
    pressOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(fieldError(&dialog, QStringLiteral("name")) == QStringLiteral("Enter the party's name."));
    CHECK(cases.parties(report.id).value().size() == before);
    child<QLineEdit>(&dialog, QStringLiteral("partyNameEdit"))
        ->setText(QStringLiteral("A. Getuige"));
    CHECK(fieldError(&dialog, QStringLiteral("name")).isEmpty());
    pressOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(cases.parties(report.id).value().size() == before + 1);
}
