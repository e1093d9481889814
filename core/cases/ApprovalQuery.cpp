#include "cases/ApprovalQuery.h"

#include "cases/CaseKeys.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

// Pending, on a visible case, asked by someone else: what CaseService::decide accepts from
// this user. User names are unique regardless of case (CaseWorkflow::checkFourEyes).
const QString waitingCondition = QStringLiteral("case_approvals.decision IS NULL AND "
                                                "lower(case_approvals.requested_by) <> lower(:me)");

const QString fromApprovalsOnCases =
    QStringLiteral(" FROM case_approvals JOIN cases ON cases.id = case_approvals.case_id ");

QDateTime momentAt(const QSqlQuery& row, int column) {
    return QDateTime::fromString(row.value(column).toString(), Qt::ISODateWithMs);
}

// The stored form of a moment ("…T10:15:00.000Z"), which sorts and compares as text.
QString momentText(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

ApprovalRow approvalRowFrom(const QSqlQuery& row, const CaseKeys& keys) {
    constexpr int first = ApprovalQuery::payloadColumn + 1;
    ApprovalRow approval;
    approval.request = ApprovalQuery::requestFrom(row, keys);
    approval.caseTitle = keys.text(approval.request.caseId, sealed::caseTitle, row.value(first));
    const auto nameAt = [&row](int column, const QString& userName) {
        const QString name = row.value(column).toString();
        return name.isEmpty() ? userName : name;
    };
    approval.requestedByName = nameAt(first + 1, approval.request.requestedBy);
    approval.decidedByName = nameAt(first + 2, approval.request.decidedBy);
    approval.caseNumber =
        CaseFactsCodec::fromMainRow(approval.request.caseId, row, first + 3, keys).number;
    return approval;
}

} // namespace

QString ApprovalQuery::requestColumns() {
    return QStringLiteral(
        "case_approvals.id, case_approvals.case_id, case_approvals.action, "
        "case_approvals.target_id, case_approvals.reason, case_approvals.requested_by, "
        "case_approvals.requested_at, case_approvals.decision, case_approvals.decided_by, "
        "case_approvals.decided_at, case_approvals.decision_note, case_approvals.payload");
}

ApprovalRequest ApprovalQuery::requestFrom(const QSqlQuery& row, const CaseKeys& keys) {
    ApprovalRequest request;
    request.id = row.value(0).toLongLong();
    request.caseId = row.value(1).toLongLong();
    request.action = CaseTerms::approvalActionFromCode(row.value(2).toString())
                         .value_or(ApprovalAction::CloseCase);
    if (!row.isNull(3))
        request.targetId = row.value(3).toLongLong();
    request.reason = keys.text(request.caseId, sealed::approvalReason, row.value(4));
    request.requestedBy = row.value(5).toString();
    request.requestedAt = momentAt(row, 6);
    request.decision = CaseTerms::approvalDecisionFromCode(row.value(7).toString());
    request.decidedBy = row.value(8).toString();
    request.decidedAt = momentAt(row, 9);
    request.decisionNote = keys.text(request.caseId, sealed::approvalNote, row.value(10));
    return request;
}

Result<QList<ApprovalRow>> ApprovalQuery::waitingForMe() const {
    // In the order they came in, along the index of the requests waiting (mainV11).
    return rows(
        chosen(waitingCondition, QStringLiteral("case_approvals.requested_at, case_approvals.id")),
        QStringLiteral("case_approvals.requested_at, case_approvals.id"), {});
}

Result<int> ApprovalQuery::countWaitingForMe() const {
    if (!m_access.seesCases())
        return 0;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT COUNT(*)") + fromApprovalsOnCases +
                  QStringLiteral("WHERE ") + waitingCondition + QStringLiteral(" AND ") +
                  m_access.visibilityCondition());
    query.bindValue(QStringLiteral(":me"), m_store.user().userName);
    m_access.bindVisibility(query);
    if (!query.exec() || !query.next())
        return SqlCipher::toError(query.lastError(), tr("counting the requests waiting for you"));
    return query.value(0).toInt();
}

Result<QList<ApprovalRow>> ApprovalQuery::myRequests(const QDateTime& now, int limit) const {
    // The open ones first, then the recently decided, newest first: each part walks the
    // requester's index (mainV11) and stops at the limit, however many requests a user made.
    const QString mine = QStringLiteral("lower(case_approvals.requested_by) = lower(:me) AND ");
    return rows(chosen(mine + QStringLiteral("case_approvals.decided_at IS NULL AND "
                                             "case_approvals.decision IS NULL"),
                       QStringLiteral("case_approvals.id DESC")) +
                    QStringLiteral(" UNION ALL ") +
                    chosen(mine + QStringLiteral("case_approvals.decided_at >= :since"),
                           QStringLiteral("case_approvals.decided_at DESC, "
                                          "case_approvals.id DESC")),
                QStringLiteral("case_approvals.decision IS NULL DESC, "
                               "case_approvals.decided_at DESC, case_approvals.id DESC"),
                now.addDays(-recentDays), limit);
}

QString ApprovalQuery::chosen(const QString& condition, const QString& order) const {
    return QStringLiteral("SELECT id FROM (SELECT case_approvals.id") + fromApprovalsOnCases +
           QStringLiteral("WHERE ") + condition + QStringLiteral(" AND ") +
           m_access.visibilityCondition() + QStringLiteral(" ORDER BY ") + order +
           QStringLiteral(" LIMIT :limit) AS chosen");
}

Result<QList<ApprovalRow>> ApprovalQuery::rows(const QString& ids, const QString& order,
                                               const QDateTime& since, int limit) const {
    if (!m_access.seesCases())
        return QList<ApprovalRow>();
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // The requests are chosen by their ids first, so that no sort carries sealed texts, then
    // read in full.
    query.prepare(QStringLiteral("SELECT ") + requestColumns() +
                  QStringLiteral(", cases.title, requester.display_name, "
                                 "decider.display_name, ") +
                  CaseFactsCodec::mainColumns(QStringLiteral("cases")) + fromApprovalsOnCases +
                  QStringLiteral("LEFT JOIN users AS requester "
                                 "ON requester.user_name = case_approvals.requested_by "
                                 "LEFT JOIN users AS decider "
                                 "ON decider.user_name = case_approvals.decided_by "
                                 "WHERE case_approvals.id IN (") +
                  ids + QStringLiteral(") ORDER BY ") + order + QStringLiteral(" LIMIT :limit"));
    query.bindValue(QStringLiteral(":me"), m_store.user().userName);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (since.isValid())
        query.bindValue(QStringLiteral(":since"), momentText(since));
    m_access.bindVisibility(query);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("reading the requests"));
    const CaseKeys keys(m_store);
    auto rows = sql::rows(Result<QSqlQuery>(std::move(query)),
                          [&keys](const QSqlQuery& row) { return approvalRowFrom(row, keys); });
    if (auto opened = keys.checked(); rows && !opened)
        return opened.error();
    return rows;
}

} // namespace infopunt
