#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace infopunt::ui {

// Audit log entries (newest first) as a table: local time, user, action, record, summary.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, SummaryColumn, ColumnCount };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace infopunt::ui
