#include "common/PastDateEdit.h"

#include "cases/Deadlines.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QPalette>
#include <QTextCharFormat>

namespace infopunt::ui {

namespace {

// A calendar page shows at most six weeks, so the days this far past either end of the range
// are all the out-of-range days a page can show.
constexpr int pageDays = 42;

// Sets the popup's range each time it opens: QDateEdit hands the calendar its own (open) range
// just before it shows it.
class PastOnlyCalendar : public QObject {
public:
    PastOnlyCalendar(QCalendarWidget* calendar, QDate earliest)
        : QObject(calendar)
        , m_earliest(earliest) {
        calendar->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Show)
            limit(static_cast<QCalendarWidget*>(watched));
        return QObject::eventFilter(watched, event);
    }

private:
    void limit(QCalendarWidget* calendar) const {
        const QDate today = Deadlines::today();
        const QDate earliest =
            m_earliest.isValid() && m_earliest <= today ? m_earliest : calendar->minimumDate();
        {
            // Clamping the calendar's selection must not change the date in the field.
            const QSignalBlocker blocker(calendar);
            calendar->setDateRange(earliest, today);
        }
        // Out-of-range days are not selectable; grey text makes them look so, too.
        QTextCharFormat disabled;
        disabled.setForeground(calendar->palette().brush(QPalette::Disabled, QPalette::Text));
        for (int day = 1; day <= pageDays; ++day) {
            calendar->setDateTextFormat(today.addDays(day), disabled);
            if (m_earliest.isValid())
                calendar->setDateTextFormat(earliest.addDays(-day), disabled);
        }
    }

    QDate m_earliest;
};

} // namespace

void allowPastDatesOnly(QDateEdit* edit, QDate earliest) {
    edit->setCalendarPopup(true);
    new PastOnlyCalendar(edit->calendarWidget(), earliest);
}

} // namespace infopunt::ui
