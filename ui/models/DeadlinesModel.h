#pragma once

#include "cases/CaseQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace infopunt::ui {

// Open deadlines (CaseQuery::openDeadlines) as a table, in the order given (earliest first),
// each row tinted by its status: case number, title, deadline, due date, days left, status.
class DeadlinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TitleColumn,
        DeadlineColumn,
        DueColumn,
        DaysLeftColumn,
        StatusColumn,
        ColumnCount
    };
    enum DataRole { CaseIdRole = Qt::UserRole };

    explicit DeadlinesModel(QObject* parent = nullptr);

    void setRows(const QList<DeadlineRow>& rows, QDate today);
    const DeadlineRow* row(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DeadlineRow& row, int column) const;

    QList<DeadlineRow> m_rows;
    QDate m_today;
};

} // namespace infopunt::ui
