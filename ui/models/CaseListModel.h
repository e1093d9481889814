#pragma once

#include "cases/CaseQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace infopunt::ui {

// The rows of CaseQuery::list as a table. The rows hold no reporter or party data, so neither
// does this model. Sort through a QSortFilterProxyModel on SortRole: dates sort as dates, the
// state in protocol order, case numbers by year and sequence.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ReceivedColumn,
        TitleColumn,
        StateColumn,
        DeadlineColumn, // before the classification: it says what needs doing
        TypeColumn,
        ThemeColumn,
        AssignedColumn,
        ColumnCount
    };
    enum DataRole { CaseIdRole = Qt::UserRole, SortRole };

    explicit CaseListModel(QObject* parent = nullptr);

    void setRows(const QList<CaseListRow>& rows);
    // User name -> display name, for the Assigned column; unknown names are shown as they are.
    void setDisplayNames(const QHash<QString, QString>& displayNames);
    const CaseListRow* row(int row) const;
    int rowOf(qint64 caseId) const; // -1 if absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CaseListRow& row, int column) const;
    QVariant sortKey(const CaseListRow& row, int column) const;
    QVariant toolTip(const CaseListRow& row, int column) const;
    QString assignees(const CaseListRow& row) const;

    QList<CaseListRow> m_rows;
    QHash<QString, QString> m_displayNames;
};

} // namespace infopunt::ui
