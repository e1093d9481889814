#pragma once

#include "risks/RiskMatrix.h"
#include "risks/RiskRegister.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace infopunt {

// Which risks a heatmap counts: all open ones, or those of one theme (linked directly or through
// a building block) and/or one organisation unit.
struct HeatmapFilter {
    qint64 themeId = 0; // 0: every theme
    QString unit;       // "": every unit
};

// A risk that moved on the matrix since the end of last year.
struct HeatMovement {
    qint64 riskId = 0;
    int fromLikelihood = 0, fromImpact = 0;
    int toLikelihood = 0, toImpact = 0;
};

// The heatmap of the current matrix: per cell the risks whose newest assessment of `kind` lies
// there. Risks whose newest assessment was made on an earlier matrix are counted apart (they
// are not mapped onto the new one: that would rewrite history); closed risks are left out.
class Heatmap {
public:
    static Heatmap build(const QList<Risk>& risks, const QList<Assessment>& history,
                         const RiskMatrix& matrix, const QString& kind, const HeatmapFilter& filter,
                         const QHash<qint64, qint64>& themeOfBlock, const QDate& today);

    const RiskMatrix& matrix() const { return m_matrix; }
    QString kind() const { return m_kind; }
    int count(int likelihood, int impact) const { return risksAt(likelihood, impact).size(); }
    QList<qint64> risksAt(int likelihood, int impact) const;
    int total() const;
    QList<qint64> onEarlierMatrix() const { return m_earlier; }
    QList<qint64> notAssessed() const { return m_unassessed; }
    // Where each moved risk stood at the end of last year (on this matrix) and stands now.
    QList<HeatMovement> movements() const { return m_movements; }

    // Whether `risk` passes `filter`.
    static bool matches(const Risk& risk, const HeatmapFilter& filter,
                        const QHash<qint64, qint64>& themeOfBlock);

private:
    RiskMatrix m_matrix;
    QString m_kind;
    QHash<int, QList<qint64>> m_cells; // key (likelihood - 1) * size + impact - 1
    QList<qint64> m_earlier;
    QList<qint64> m_unassessed;
    QList<HeatMovement> m_movements;
};

} // namespace infopunt
