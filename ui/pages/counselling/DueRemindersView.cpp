#include "pages/counselling/DueRemindersView.h"

#include "counselling/CounsellingService.h"

#include <QLocale>

namespace infopunt::ui {

DueRemindersView::DueRemindersView(Store& store, QWidget* parent)
    : DashboardList(QStringLiteral("dueRemindersTable"), {tr("Due"), tr("Code"), tr("What")},
                    tr("No follow-up is due."), tr("Double-click to open the contact."), parent)
    , m_store(store) {
    setObjectName(QStringLiteral("dueRemindersView"));
    connect(this, &DashboardList::rowActivated, this, [this](int row) {
        if (row >= 0 && row < m_contactIds.size())
            emit openContactRequested(m_contactIds.at(row));
    });
}

void DueRemindersView::refresh() {
    auto contacts = CounsellingService(m_store).contacts();
    const QList<DueReminder> due =
        contacts ? dueReminders(contacts.value(), QDate::currentDate()) : QList<DueReminder>();
    const QLocale locale;
    QList<QStringList> rows;
    m_contactIds.clear();
    for (const DueReminder& item : due) {
        rows.append({locale.toString(item.reminder.due, QLocale::ShortFormat), item.pseudonym,
                     item.reminder.text});
        m_contactIds.append(item.contactId);
    }
    showRows(rows, contacts ? QString() : contacts.error().message);
}

} // namespace infopunt::ui
