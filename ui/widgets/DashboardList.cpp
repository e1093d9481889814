#include "widgets/DashboardList.h"

#include "common/UiHelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace infopunt::ui {

DashboardList::DashboardList(const QString& tableObjectName, const QStringList& headers,
                             const QString& emptyText, const QString& rowToolTip, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, static_cast<int>(headers.size()), this))
    , m_empty(new QLabel(emptyText, this))
    , m_error(makeErrorLabel(this)) {
    m_table->setObjectName(tableObjectName);
    applyTableStyle(m_table);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setToolTip(rowToolTip);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { emit rowActivated(row); });
}

void DashboardList::showRows(const QList<QStringList>& rows, const QString& error) {
    m_table->setRowCount(0);
    showErrorText(m_error, error);
    for (const QStringList& cells : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!rows.isEmpty());
    m_empty->setVisible(rows.isEmpty() && error.isEmpty());
    fitTableToRows(m_table, static_cast<int>(std::min<qsizetype>(rows.size(), 8)));
}

} // namespace infopunt::ui
