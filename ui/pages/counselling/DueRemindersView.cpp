#include "pages/counselling/DueRemindersView.h"

#include "common/UiHelpers.h"
#include "counselling/CounsellingService.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

DueRemindersView::DueRemindersView(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 3, this))
    , m_empty(new QLabel(tr("No follow-up is due."), this))
    , m_error(makeErrorLabel(this)) {
    setObjectName(QStringLiteral("dueRemindersView"));
    m_table->setObjectName(QStringLiteral("dueRemindersTable"));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Code"), tr("What")});
    applyTableStyle(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setToolTip(tr("Double-click to open the contact."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit openContactRequested(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
}

void DueRemindersView::refresh() {
    m_table->setRowCount(0);
    auto contacts = CounsellingService(m_store).contacts();
    showErrorText(m_error, contacts ? QString() : contacts.error().message);
    const QList<DueReminder> due =
        contacts ? dueReminders(contacts.value(), QDate::currentDate()) : QList<DueReminder>();
    const QLocale locale;
    for (const DueReminder& item : due) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{locale.toString(item.reminder.due, QLocale::ShortFormat),
                                item.pseudonym, item.reminder.text};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, item.contactId);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!due.isEmpty());
    m_empty->setVisible(due.isEmpty() && contacts.ok());
    // As tall as its rows, up to eight; the dashboard scrolls as a whole.
    fitTableToRows(m_table, static_cast<int>(std::min<qsizetype>(due.size(), 8)));
}

} // namespace infopunt::ui
