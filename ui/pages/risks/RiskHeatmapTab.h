#pragma once

#include "risks/Heatmap.h"
#include "risks/RiskRegister.h"

#include <QList>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// The heatmap of the current matrix: likelihood rows from high (top) to low, impact columns
// from low (left) to high, each cell in its level's colour with its count and how many risks
// came in or went out since the end of last year; inherent or residual, per theme and unit.
// Clicking a cell lists its risks below; a double-click opens one.
class RiskHeatmapTab : public QWidget {
    Q_OBJECT
public:
    RiskHeatmapTab(Store& store, QWidget* parent);
    // The register's risks and the units they name; reloads the matrix and the assessments.
    void setRisks(const QList<Risk>& risks);

signals:
    void openRiskRequested(qint64 riskId);

private:
    void showMap();
    void showCell(int row, int column);
    QString titleOf(qint64 riskId) const;

    Store& m_store;
    QList<Risk> m_risks;
    QList<Assessment> m_history;
    RiskMatrix m_matrix;
    QHash<qint64, qint64> m_themeOfBlock;
    std::optional<Heatmap> m_map;
    QComboBox* m_kind;
    QComboBox* m_theme;
    QComboBox* m_unit;
    QTableWidget* m_grid;
    QLabel* m_apart;
    QLabel* m_movements;
    QLabel* m_cellTitle;
    QTableWidget* m_cellRisks;
};

} // namespace infopunt::ui
