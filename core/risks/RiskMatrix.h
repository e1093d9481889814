#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace infopunt {

class Store;
class WriteTransaction;

// A likelihood × impact matrix (kans × impact) of size 3–7 with a label per row and column and
// a risk level (LoopCodes::RiskLevel) per cell. Every assessment keeps the matrix it was made
// on, so a new matrix never rewrites history: it is a new row of risk_matrices.
struct RiskMatrix {
    qint64 id = 0; // 0: the standard 5×5 matrix, not stored yet
    int size = 5;
    QStringList likelihoodLabels; // `size` labels, lowest first; empty: the standard ones
    QStringList impactLabels;
    QList<QList<int>> levels; // [likelihood - 1][impact - 1]: index into the RiskLevel codes
    QDateTime setAt;          // UTC
    QString setBy;

    static constexpr int minSize = 3;
    static constexpr int maxSize = 7;
    // The standard matrix of `size`: translated labels ("zeer klein" … "zeer groot"; for 5 the
    // policy's own five), levels by bands of likelihood × impact.
    static RiskMatrix standard(int size = 5);
    static QList<QList<int>> standardLevels(int size);

    bool contains(int likelihood, int impact) const;
    QString level(int likelihood, int impact) const;  // RiskLevel code; "" outside the matrix
    int levelIndex(int likelihood, int impact) const; // -1 outside the matrix
    QString likelihoodLabel(int likelihood) const;    // translated standard label if unset
    QString impactLabel(int impact) const;
    // "size", "likelihood_labels", "impact_labels", "levels".
    FieldErrors validate() const;
};

// The matrices as set over time in the main compartment.
class RiskMatrices {
    Q_DECLARE_TR_FUNCTIONS(infopunt::RiskMatrices)
public:
    explicit RiskMatrices(Store& store)
        : m_store(store) {}

    // The newest stored matrix; the standard one (id 0) while none is stored.
    Result<RiskMatrix> current() const;
    Result<RiskMatrix> byId(qint64 id) const; // id 0: the standard one
    Result<QList<RiskMatrix>> all() const;    // stored ones, oldest first
    // Sets a new current matrix (advisers only). While assessments exist, InvalidInput with a
    // message that says how many risks keep their old matrix until assessed again, unless
    // `confirmed`: the caller asked the user and they agreed.
    Result<qint64> set(const RiskMatrix& matrix, bool confirmed);
    // How many risks have their newest assessment on another matrix than the current one.
    Result<int> risksOnOlderMatrices() const;

    // Part of a begun write: the id of the current matrix, stored first if it is the standard.
    Result<qint64> storedCurrent(WriteTransaction& write);

private:
    Result<qint64> insert(WriteTransaction& write, const RiskMatrix& matrix);

    Store& m_store;
};

} // namespace infopunt
