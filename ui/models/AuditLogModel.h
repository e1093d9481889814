#pragma once

#include "accounts/PersonNames.h"
#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace infopunt::ui {

// Audit log entries (newest first) as a table: local time, user (display name, the user name in
// the tooltip), action, record, and the summary in the reader's language (AuditSummaries).
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, SummaryColumn, ColumnCount };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries, const PersonNames& people);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QStringList m_summaries; // per entry, made once when the entries are set
    PersonNames m_people;
};

} // namespace infopunt::ui
