#include "models/DeadlinesModel.h"

#include "models/DeadlineLook.h"
#include "pages/cases/CaseDisplay.h"

namespace infopunt::ui {

DeadlinesModel::DeadlinesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DeadlinesModel::setRows(const QList<DeadlineRow>& rows, QDate today) {
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

const DeadlineRow* DeadlinesModel::row(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DeadlinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeadlinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlinesModel::data(const QModelIndex& index, int role) const {
    const DeadlineRow* item = row(index.row());
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*item, index.column());
    case CaseIdRole:
        return item->caseId;
    case Qt::BackgroundRole:
        return DeadlineLook::background(item->status);
    case Qt::ForegroundRole:
        return DeadlineLook::foreground(item->status);
    case Qt::ToolTipRole:
        if (!item->deadline.extensionReason.isEmpty())
            return tr("Extended from %1: %2")
                .arg(CaseDisplay::date(item->deadline.originalDue), item->deadline.extensionReason);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DeadlinesModel::display(const DeadlineRow& row, int column) const {
    switch (column) {
    case NumberColumn:
        return row.caseNumber;
    case TitleColumn:
        return row.caseTitle;
    case DeadlineColumn:
        return row.deadline.label;
    case DueColumn:
        return CaseDisplay::date(row.deadline.due);
    case DaysLeftColumn:
        return CaseDisplay::daysLeft(row.deadline, m_today);
    case StatusColumn:
        return Deadlines::statusName(row.status);
    default:
        return {};
    }
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Case");
    case TitleColumn:
        return tr("Title");
    case DeadlineColumn:
        return tr("Deadline");
    case DueColumn:
        return tr("Due");
    case DaysLeftColumn:
        return tr("Days left");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace infopunt::ui
