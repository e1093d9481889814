#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace infopunt {

class Store;

// A request to accept a risk as it is (risicoacceptatie): four eyes. An adviser asks, with a
// reason and an expiry date; another person (an adviser or a working-group member) approves or
// declines; the requester may withdraw while it waits. An approved acceptance makes the risk
// "accepted" until it expires; then expire() puts the risk back to review.
struct Acceptance {
    qint64 id = 0;
    qint64 riskId = 0;
    QString riskTitle; // read only
    QString requestedBy;
    QDateTime requestedAt; // UTC
    QString reason;
    QDate expiresOn;
    QString decision; // LoopCodes::AcceptanceDecision; "" while waiting
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionNote;
    qint64 rowVersion = 0;

    bool waiting() const { return decision.isEmpty(); }
};

class RiskAcceptances {
    Q_DECLARE_TR_FUNCTIONS(infopunt::RiskAcceptances)
public:
    explicit RiskAcceptances(Store& store)
        : m_store(store) {}

    static constexpr int maxYears = 3; // an acceptance is looked at again within three years

    // "reason", "expires_on". A closed or accepted risk, or one with a request waiting, is refused.
    Result<qint64> request(qint64 riskId, const QString& reason, const QDate& expiresOn);
    // By someone other than the requester; approving makes the risk accepted until the expiry,
    // which becomes its review date.
    Result<void> decide(qint64 acceptanceId, bool approve, const QString& note);
    Result<void> withdraw(qint64 acceptanceId); // the requester only

    Result<QList<Acceptance>> ofRisk(qint64 riskId) const; // newest first
    // Requests waiting for a decision that the signed-in user may take (not their own).
    Result<QList<Acceptance>> waitingForMe() const;
    // Approved acceptances of accepted risks that end on or before `until`.
    Result<QList<Acceptance>> expiring(const QDate& until) const;
    // Puts every accepted risk whose acceptance ended before today back to review (status open,
    // review due today), one audit entry each; how many. Advisers only; 0 for others.
    Result<int> expire();

private:
    Result<QList<Acceptance>> read(const QString& where, const QVariantList& values) const;
    Store& m_store;
};

} // namespace infopunt
