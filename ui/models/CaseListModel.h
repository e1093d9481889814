#pragma once

#include "cases/CaseQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class BackgroundJobs;

// The case list as a table, a window at a time: it holds the rows of CaseQuery::page read so
// far for one filter and order, and reads the next page when the view scrolls to the end of
// them (canFetchMore/fetchMore), so that a list of 100,000 cases costs what one screen costs.
// The order is the store's (CaseOrder, in SQL), set through sort(). The rows hold no reporter or
// party data, so neither does this model.
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
    enum DataRole { CaseIdRole = Qt::UserRole };
    // Rows read at a time.
    static constexpr int pageSize = 200;
    // How far down the list rowFor() reads to reach a case: beyond that its row is not shown
    // rather than the window held up reading thousands of rows.
    static constexpr int maximumReach = 2000;

    CaseListModel(const Store& store, QObject* parent);

    // Starts the list again from the top for `filter` in the current order: reads the first
    // page. False when it could not be read (problem() says why; the list is then empty).
    bool load(const CaseFilter& filter, QDate today);
    const CaseFilter& filter() const { return m_filter; }
    const CaseOrder& order() const { return m_order; }
    // How many cases the filter keeps: known at once when the first page held them all,
    // otherwise after countAll().
    std::optional<qsizetype> total() const { return m_total; }
    // Counts the cases the filter keeps: an adviser's on a worker thread (CaseCount), a
    // member's here. totalChanged() says when total() is known; a load or a refreshed case
    // before that drops the count (its answer would be for an older list).
    void countAll();
    bool isCounting() const;
    // Why the rows or the count could not be read; empty when they could.
    const QString& problem() const { return m_problem; }

    // After case `caseId` was saved or removed: its row shows what is stored now. When the case
    // came into the list, left it or moved in the order, the rows read so far are read again
    // (one query), so the selection must be set again; the count follows in both cases.
    // Returns whether the rows were read again.
    bool refreshCase(qint64 caseId);

    // User name -> display name, for the Assigned column; unknown names are shown as they are.
    void setDisplayNames(const QHash<QString, QString>& displayNames);
    const CaseListRow* row(int row) const;
    int rowOf(qint64 caseId) const; // among the rows read so far; -1 if absent
    // The row of `caseId`, reading the rows down to it when it is further down the list (up to
    // maximumReach rows); -1 when the filter does not keep it, or it is further down than that.
    int rowFor(qint64 caseId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sets the order of the list (a header click); the rows are not read again here: whoever
    // loaded the list loads it again on orderChanged(), keeping its selection.
    void sort(int column, Qt::SortOrder order) override;
    static CaseOrder::Key keyOf(int column);

signals:
    void orderChanged();
    void totalChanged();
    // Reading rows or the count failed, or the next load cleared the problem: problem() says.
    void problemChanged();

private:
    // The next `limit` rows after those read so far, appended; false on an error.
    bool fetch(qsizetype limit);
    // The `limit` rows from `offset` on, or none with m_problem set.
    std::optional<QList<CaseListRow>> read(qsizetype offset, qsizetype limit);
    // The answer of countAll(): the total, or the problem.
    void takeCount(const Result<qsizetype>& counted);
    void setProblem(const QString& problem);
    QVariant display(const CaseListRow& row, int column) const;
    QVariant toolTip(const CaseListRow& row, int column) const;
    QString assignees(const CaseListRow& row) const;

    const Store& m_store;
    CaseFilter m_filter;
    CaseOrder m_order;
    QDate m_today;
    bool m_loaded = false;
    bool m_complete = true; // every row the filter keeps has been read
    std::optional<qsizetype> m_total;
    QString m_problem;
    QList<CaseListRow> m_rows;
    QHash<QString, QString> m_displayNames;
    BackgroundJobs* m_counts;
};

} // namespace infopunt::ui
