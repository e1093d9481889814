#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

namespace infopunt {

class Store;

// A finding (bevinding) of an audit: how severe, which building block or control it concerns,
// the auditor's recommendation and the management's response.
struct Finding {
    qint64 id = 0;
    qint64 auditId = 0;
    QString title;
    QString description;
    QString severity = QStringLiteral("medium"); // LoopCodes::Severity
    qint64 blockId = 0;                          // at least one of blockId and controlId
    qint64 controlId = 0;
    QString recommendation;
    QString managementResponse;
    QDateTime createdAt;
    QString createdBy;
    qint64 rowVersion = 0;
};

// A follow-up action of a finding, with an owner and a due date.
struct FindingAction {
    qint64 id = 0;
    qint64 findingId = 0;
    QString title;
    QString owner;
    QDate dueOn;
    QString status = QStringLiteral("open"); // LoopCodes::FindingActionStatus
    QDate doneOn;
    QDate createdOn; // read only: set on saving
    qint64 rowVersion = 0;
};

class Findings {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Findings)
public:
    explicit Findings(Store& store)
        : m_store(store) {}

    Result<QList<Finding>> ofAudit(qint64 auditId) const; // oldest first
    Result<QList<Finding>> findings() const;              // of every audit
    Result<Finding> finding(qint64 id) const;
    // "title", "severity", "concerns" (neither block nor control), "block" (retired), "control".
    FieldErrors validate(const Finding& finding) const;
    Result<qint64> add(const Finding& finding); // advisers only
    Result<void> update(const Finding& finding);
    // "Audit title — finding title", as the risk's history and the plan show the cause.
    Result<QString> describe(qint64 findingId) const;

    Result<QList<FindingAction>> actions(qint64 findingId) const; // by due date
    Result<QList<FindingAction>> openActions() const;             // of every finding
    // "title", "owner", "due_on" (before the day it was created), "status".
    FieldErrors validate(const FindingAction& action) const;
    Result<qint64> addAction(const FindingAction& action);
    Result<void> updateAction(const FindingAction& action); // done: doneOn today if not given

private:
    Result<QList<Finding>> read(const QString& where, const QVariantList& values) const;
    Result<QList<FindingAction>> readActions(const QString& where,
                                             const QVariantList& values) const;

    Store& m_store;
};

} // namespace infopunt
