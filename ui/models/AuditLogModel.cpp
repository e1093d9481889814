#include "models/AuditLogModel.h"

#include "audit/AuditActions.h"
#include "audit/AuditSummaries.h"
#include "common/PersonCell.h"

#include <QLocale>

namespace infopunt::ui {

namespace {

QString record(const QString& type, const QString& id) {
    return id.isEmpty() ? type : QStringLiteral("%1 %2").arg(type, id);
}

} // namespace

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AuditLogModel::setEntries(const QList<AuditEntry>& entries, const PersonNames& people) {
    beginResetModel();
    m_entries = entries;
    m_people = people;
    m_summaries.clear();
    for (const AuditEntry& entry : entries)
        m_summaries.append(AuditSummaries::text(entry, people));
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    if (index.row() < 0 || index.row() >= m_entries.size())
        return {};
    const AuditEntry& entry = m_entries[index.row()];
    if (index.column() == UserColumn)
        return PersonCell::data(m_people, entry.actor, role);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime local = entry.at.toLocalTime();
            return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                   local.time().toString(QStringLiteral("HH:mm:ss"));
        }
        case ActionColumn:
            return AuditActions::displayName(entry.action);
        case RecordColumn:
            return record(AuditActions::recordTypeName(entry.recordType), entry.recordId);
        case SummaryColumn:
            return m_summaries[index.row()];
        default:
            return {};
        }
    }
    // The codes as stored, for whoever compares the display with the raw log.
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return entry.action;
    if (role == Qt::ToolTipRole && index.column() == RecordColumn)
        return record(entry.recordType, entry.recordId);
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return m_summaries[index.row()];
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace infopunt::ui
