#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace infopunt {

class Store;

// A vulnerable function (kwetsbare functie, Ambtenarenwet art. 5 lid 1 sub d): a function the
// employer designates, why it is vulnerable, the screening it requires, the risks it carries and
// when it was last assessed.
struct VulnerableFunction {
    qint64 id = 0;
    QString name;
    QString unit;
    QStringList reasons;   // LoopCodes::VulnerabilityReason, at least one
    QStringList screening; // LoopCodes::Screening
    QDate lastAssessed;
    QString note;
    QList<qint64> riskIds;
    qint64 rowVersion = 0;
};

class VulnerableFunctions {
    Q_DECLARE_TR_FUNCTIONS(infopunt::VulnerableFunctions)
public:
    explicit VulnerableFunctions(Store& store)
        : m_store(store) {}

    // Functions not assessed for this long are due (dashboard).
    static constexpr int reassessAfterYears = 3;

    Result<QList<VulnerableFunction>> functions() const;             // by name
    static FieldErrors validate(const VulnerableFunction& function); // "name", "reasons", ...
    Result<qint64> add(const VulnerableFunction& function);          // advisers only
    Result<void> update(const VulnerableFunction& function);
    Result<void> remove(qint64 id);

private:
    Result<void> saveRisks(qint64 id, const QList<qint64>& riskIds);
    Store& m_store;
};

} // namespace infopunt
