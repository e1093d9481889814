#pragma once

#include "common/Result.h"
#include "risks/RiskMatrix.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace infopunt {

class Store;
class WriteTransaction;

// One score of a risk on the matrix it was made on.
struct Assessment {
    qint64 id = 0;
    qint64 riskId = 0;
    QString kind; // LoopCodes::AssessmentKind: "inherent" or "residual"
    qint64 matrixId = 0;
    int likelihood = 0; // 1..matrix size
    int impact = 0;
    QDate assessedOn;
    QString assessedBy;
    QString note;
    qint64 findingId = 0; // the audit finding that caused it, 0 if none
    QString level;        // RiskLevel code on its own matrix (read only)
    int score() const { return likelihood * impact; }
};

// A risk in the register (risicoregister).
struct Risk {
    qint64 id = 0;
    QString title;
    QString description;
    QString process; // where it lives: a process, a function, an organisation unit
    QString functionName;
    QString unit;
    QString owner; // a person or function of the organisation
    QDate nextReview;
    QString status = QStringLiteral("open"); // LoopCodes::RiskStatus
    QList<qint64> themeIds;
    QList<qint64> blockIds;
    QDateTime createdAt;
    QString createdBy;
    qint64 rowVersion = 0;
    // Read only: the newest assessment of each kind, and an approved acceptance's expiry.
    std::optional<Assessment> inherent;
    std::optional<Assessment> residual;
    QDate acceptedUntil;

    // Whether the review date has passed (closed risks are never due).
    bool reviewDue(const QDate& today) const;
};

class RiskRegister {
    Q_DECLARE_TR_FUNCTIONS(infopunt::RiskRegister)
public:
    explicit RiskRegister(Store& store)
        : m_store(store) {}

    Result<QList<Risk>> risks() const;
    Result<Risk> risk(qint64 id) const;
    // "title", "owner", "status", "next_review", "blocks" (a retired block newly linked).
    FieldErrors validate(const Risk& risk) const;
    // Advisers only. A new risk is open; "accepted" is reached through RiskAcceptances only.
    Result<qint64> add(const Risk& risk);
    Result<void> update(const Risk& risk); // StaleEdit when rowVersion is not current

    // Scores the risk on the current matrix ("likelihood", "impact", "assessed_on" errors).
    Result<qint64> assess(Assessment assessment);
    // Every assessment of the risk, oldest first, each with the level on its own matrix.
    Result<QList<Assessment>> history(qint64 riskId) const;
    Result<QList<Assessment>> assessments() const; // of every risk, oldest first

    // Part of a begun write (an audit finding's effect): validates and records `assessment` on
    // the current matrix with its audit entry. Does not commit.
    Result<qint64> assessIn(WriteTransaction& write, Assessment assessment);

private:
    Result<QList<Risk>> read(const QString& where, const QVariantList& values) const;
    Result<QList<Assessment>> withLevels(const QString& sql, const QVariantList& values) const;
    Result<void> checkWriter() const;
    Result<void> saveLinks(qint64 riskId, const Risk& risk);

    Store& m_store;
};

} // namespace infopunt
