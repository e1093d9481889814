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

// One audit of the yearly audit plan: what is audited (a building block, a process or a risk),
// its scope, who audits, the planned and actual dates and how far it is.
struct Audit {
    qint64 id = 0;
    int year = 0;
    QString title;
    QString subjectKind = QStringLiteral("block"); // LoopCodes::AuditSubject
    qint64 blockId = 0;                            // subject "block"
    qint64 riskId = 0;                             // subject "risk"
    QString process;                               // subject "process"
    QString scope;
    QString auditorKind = QStringLiteral("internal"); // LoopCodes::AuditorKind
    QString auditorName;
    QDate plannedStart;
    QDate plannedEnd;
    QDate actualStart;
    QDate actualEnd;
    QString status = QStringLiteral("planned"); // LoopCodes::AuditStatus
    QDateTime createdAt;
    QString createdBy;
    qint64 rowVersion = 0;
};

// The audit plan (auditplan): the adviser plans and records the audits of the integrity
// instruments, year by year.
class AuditPlan {
    Q_DECLARE_TR_FUNCTIONS(infopunt::AuditPlan)
public:
    explicit AuditPlan(Store& store)
        : m_store(store) {}

    Result<QList<Audit>> audits() const; // every year, newest year first, then by planned start
    Result<Audit> audit(qint64 id) const;
    Result<QList<int>> years() const; // the years with audits, newest first
    // "title", "year", "subject", "block", "risk", "process", "auditor", "planned_end",
    // "actual_start", "actual_end", "status".
    FieldErrors validate(const Audit& audit) const;
    Result<qint64> add(const Audit& audit); // advisers only
    Result<void> update(const Audit& audit); // StaleEdit when rowVersion is not current

    // Audits, their findings and actions are the adviser's (DOMAIN.md).
    static Result<void> checkWriter(const Store& store);

    // The subject in words: "3c Integriteitsparagraaf …", the risk's title or the process.
    Result<QString> subjectOf(const Audit& audit) const;

private:
    Result<QList<Audit>> read(const QString& where, const QVariantList& values) const;
    QVariantList values(const Audit& audit) const;

    Store& m_store;
};

} // namespace infopunt
