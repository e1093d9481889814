#include "models/CaseListModel.h"

#include "models/DeadlineLook.h"
#include "pages/cases/CaseDisplay.h"

namespace infopunt::ui {

namespace {

// "2026-014" sorts after "2026-009" and "2026-1000" after "2026-999".
QString numberSortKey(const QString& number) {
    const qsizetype dash = number.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return number;
    return number.left(dash) + QLatin1Char('-') + number.mid(dash + 1).rightJustified(8, u'0');
}

QString themeText(const CaseListRow& row) {
    if (row.themeNumber == 0)
        return {};
    return QStringLiteral("%1. %2").arg(row.themeNumber).arg(row.themeName);
}

} // namespace

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CaseListModel::setRows(const QList<CaseListRow>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void CaseListModel::setDisplayNames(const QHash<QString, QString>& displayNames) {
    m_displayNames = displayNames;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AssignedColumn), index(rowCount() - 1, AssignedColumn));
}

const CaseListRow* CaseListModel::row(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CaseListModel::rowOf(qint64 caseId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == caseId)
            return row;
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    const CaseListRow* item = row(index.row());
    if (!item)
        return {};
    const bool deadlineCell = index.column() == DeadlineColumn && item->nextDeadline;
    switch (role) {
    case Qt::DisplayRole:
        return display(*item, index.column());
    case Qt::ToolTipRole:
        return toolTip(*item, index.column());
    case CaseIdRole:
        return item->id;
    case SortRole:
        return sortKey(*item, index.column());
    case Qt::BackgroundRole:
        return deadlineCell ? DeadlineLook::background(item->deadlineStatus) : QVariant();
    case Qt::ForegroundRole:
        return deadlineCell ? DeadlineLook::foreground(item->deadlineStatus) : QVariant();
    default:
        return {};
    }
}

QVariant CaseListModel::display(const CaseListRow& row, int column) const {
    switch (column) {
    case NumberColumn:
        return row.number;
    case ReceivedColumn:
        return CaseDisplay::date(row.receivedOn);
    case TitleColumn:
        return row.title;
    case StateColumn:
        return CaseWorkflow::stateName(row.state);
    case TypeColumn:
        return row.violationType;
    case ThemeColumn:
        return themeText(row);
    case DeadlineColumn:
        if (!row.nextDeadline)
            return {};
        return tr("%1 · %2").arg(CaseDisplay::date(row.nextDeadline->due),
                                 Deadlines::statusName(row.deadlineStatus));
    case AssignedColumn:
        return assignees(row);
    default:
        return {};
    }
}

QVariant CaseListModel::sortKey(const CaseListRow& row, int column) const {
    switch (column) {
    case NumberColumn:
        return numberSortKey(row.number);
    case ReceivedColumn:
        return row.receivedOn;
    case StateColumn:
        return static_cast<int>(row.state);
    case ThemeColumn:
        return row.themeNumber;
    case DeadlineColumn:
        // Cases without an open deadline go after every dated one.
        return row.nextDeadline ? row.nextDeadline->due : QDate(9999, 12, 31);
    default:
        return display(row, column);
    }
}

QVariant CaseListModel::toolTip(const CaseListRow& row, int column) const {
    switch (column) {
    case ThemeColumn:
        return row.buildingBlock;
    case DeadlineColumn:
        if (!row.nextDeadline)
            return tr("No open deadline.");
        return tr("%1, due %2: %3")
            .arg(row.nextDeadline->label, CaseDisplay::date(row.nextDeadline->due),
                 Deadlines::statusName(row.deadlineStatus));
    default:
        return {};
    }
}

QString CaseListModel::assignees(const CaseListRow& row) const {
    QStringList names;
    for (const QString& userName : row.assignees)
        names.append(m_displayNames.value(userName, userName));
    return names.join(QStringLiteral(", "));
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ReceivedColumn:
        return tr("Received");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case TypeColumn:
        return tr("Type");
    case ThemeColumn:
        return tr("Theme");
    case DeadlineColumn:
        return tr("Next deadline");
    case AssignedColumn:
        return tr("Assigned");
    default:
        return {};
    }
}

} // namespace infopunt::ui
