#pragma once

#include "common/Result.h"
#include "storage/SqlQueries.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

namespace infopunt {

class Store;

// Who may see which case. Advisers see every case; working-group members see only the cases
// they are assigned to; confidential counsellors see none. Whoever may see a case may also see
// its reporter's identity (Advisers and assigned members), but never in a list.
class CaseAccess {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseAccess)
public:
    explicit CaseAccess(const Store& store)
        : m_store(store) {}

    bool seesCases() const; // the role may open the case module at all
    bool isAdviser() const;

    // NotFound for a case that does not exist or that this user may not see: the two are not
    // told apart, so that an unassigned member cannot learn which case numbers exist.
    Result<void> requireVisible(qint64 caseId) const;
    // requireVisible, then NotPermitted unless the user is an Adviser.
    Result<void> requireAdviser(qint64 caseId) const;

    // requireVisible, then the rows `select` finds with the case id bound to its one
    // placeholder, each read by `from(row)`.
    template <typename From>
    auto visibleRows(qint64 caseId, const QString& select, const QString& what, From from) const
        -> Result<QList<std::invoke_result_t<From, const QSqlQuery&>>> {
        if (auto visible = requireVisible(caseId); !visible)
            return visible.error();
        return sql::rows(sql::execute(database(), select, {caseId}, what), from);
    }

    // A condition on `cases.id` for WHERE clauses that keeps the visible cases; binds nothing
    // itself: call bindVisibility() on the prepared query afterwards.
    QString visibilityCondition() const;
    void bindVisibility(QSqlQuery& query) const;

    Error notPermitted() const; // translated "your role may not do this" error
    // The NotFound of requireVisible, for a case that is gone or hidden alike.
    static Error notFound();

private:
    QSqlDatabase database() const;

    const Store& m_store;
};

} // namespace infopunt
