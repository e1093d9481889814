#pragma once

#include "cases/CaseAccess.h"
#include "cases/CaseRecords.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QSqlQuery;

namespace infopunt {

class CaseKeys;
class Store;

// A four-eyes request as the dashboard lists it: the request, the case it is on and the display
// names of the people in it (the user name when the account no longer exists).
struct ApprovalRow {
    ApprovalRequest request;
    QString caseNumber;
    QString caseTitle;
    QString requestedByName;
    QString decidedByName; // empty while pending
};

// Reading four-eyes requests across cases, for the dashboard and the sidebar badge. Only the
// cases the signed-in user may see (CaseAccess). CaseService writes and decides the requests.
class ApprovalQuery {
    Q_DECLARE_TR_FUNCTIONS(infopunt::ApprovalQuery)
public:
    // How long a decided request stays in the requester's list.
    static constexpr int recentDays = 30;

    explicit ApprovalQuery(const Store& store)
        : m_store(store)
        , m_access(store) {}

    // The pending requests this user may decide (CaseService::decide would accept): on a case
    // they see (an Adviser every case, a working-group member the cases assigned to them) and
    // asked by someone else. Oldest first.
    Result<QList<ApprovalRow>> waitingForMe() const;
    // The number of waitingForMe() rows, without reading them.
    Result<int> countWaitingForMe() const;
    // How many of their own requests the dashboard shows a user at most.
    static constexpr int listedRequests = 50;
    // This user's own requests: the pending ones first, then those decided in the `recentDays`
    // before `now`, the latest decision first; at most `limit` (a busy office decides hundreds a
    // month, and each row opens its case's key).
    Result<QList<ApprovalRow>> myRequests(const QDateTime& now = QDateTime::currentDateTimeUtc(),
                                          int limit = listedRequests) const;

    // The columns of case_approvals that every read of the table selects (the last one, at
    // `payloadColumn`, is the payload of a closing request), and the request they make.
    static QString requestColumns();
    static constexpr int payloadColumn = 11;
    // Sealed values are opened with `keys` (check keys.checked() after mapping).
    static ApprovalRequest requestFrom(const QSqlQuery& row, const CaseKeys& keys);

private:
    // The ids of the requests that meet `condition` and the visibility, the first `:limit` in
    // `order`: a SELECT to combine.
    QString chosen(const QString& condition, const QString& order) const;
    // The requests whose ids `ids` selects, in `order`, at most `limit`.
    Result<QList<ApprovalRow>> rows(const QString& ids, const QString& order,
                                    const QDateTime& since, int limit = -1) const;

    const Store& m_store;
    CaseAccess m_access;
};

} // namespace infopunt
