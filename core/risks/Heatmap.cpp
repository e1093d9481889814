#include "risks/Heatmap.h"

namespace infopunt {

bool Heatmap::matches(const Risk& risk, const HeatmapFilter& filter,
                      const QHash<qint64, qint64>& themeOfBlock) {
    if (!filter.unit.isEmpty() && risk.unit.compare(filter.unit, Qt::CaseInsensitive) != 0)
        return false;
    if (filter.themeId == 0 || risk.themeIds.contains(filter.themeId))
        return true;
    for (const qint64 block : risk.blockIds)
        if (themeOfBlock.value(block) == filter.themeId)
            return true;
    return false;
}

Heatmap Heatmap::build(const QList<Risk>& risks, const QList<Assessment>& history,
                       const RiskMatrix& matrix, const QString& kind, const HeatmapFilter& filter,
                       const QHash<qint64, qint64>& themeOfBlock, const QDate& today) {
    Heatmap map;
    map.m_matrix = matrix;
    map.m_kind = kind;
    const QDate yearStart(today.year(), 1, 1);
    // The newest assessment of `kind` of each risk before this year (history is oldest first).
    QHash<qint64, Assessment> lastYear;
    for (const Assessment& a : history)
        if (a.kind == kind && a.assessedOn < yearStart)
            lastYear.insert(a.riskId, a);
    for (const Risk& risk : risks) {
        if (risk.status == QStringLiteral("closed") || !matches(risk, filter, themeOfBlock))
            continue;
        const std::optional<Assessment>& now =
            kind == QStringLiteral("inherent") ? risk.inherent : risk.residual;
        if (!now) {
            map.m_unassessed.append(risk.id);
            continue;
        }
        if (now->matrixId != matrix.id || !matrix.contains(now->likelihood, now->impact)) {
            map.m_earlier.append(risk.id);
            continue;
        }
        map.m_cells[(now->likelihood - 1) * matrix.size + now->impact - 1].append(risk.id);
        const auto before = lastYear.constFind(risk.id);
        if (before != lastYear.cend() && before->matrixId == matrix.id &&
            (before->likelihood != now->likelihood || before->impact != now->impact))
            map.m_movements.append(
                {risk.id, before->likelihood, before->impact, now->likelihood, now->impact});
    }
    return map;
}

QList<qint64> Heatmap::risksAt(int likelihood, int impact) const {
    if (!m_matrix.contains(likelihood, impact))
        return {};
    return m_cells.value((likelihood - 1) * m_matrix.size + impact - 1);
}

int Heatmap::total() const {
    int sum = 0;
    for (const QList<qint64>& cell : m_cells)
        sum += cell.size();
    return sum;
}

} // namespace infopunt
