#pragma once

#include "pages/Page.h"
#include "risks/RiskRegister.h"

#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class ControlsTab;
class RiskHeatmapTab;
class VulnerableFunctionsTab;

// The Risks module: the risk register (search and filters, a sortable table with the levels and
// the review dates, New risk…, Open…, Risk matrix…), the heatmap, the controls and the
// vulnerable functions. Each refresh first puts expired acceptances back to review.
class RisksPage : public Page {
    Q_OBJECT
public:
    RisksPage(Store& store, QWidget* parent);
    void refresh() override;
    void openRisk(qint64 riskId); // the risk dialog for the risk

private:
    QWidget* makeRegister();
    void showRegister();
    void fillFilters();
    bool passes(const Risk& risk) const;
    void edit(const Risk& risk);
    void openSelected();
    void editMatrix();

    Store& m_store;
    QList<Risk> m_risks;
    QHash<qint64, qint64> m_themeOfBlock;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_theme;
    QComboBox* m_unit;
    QTableWidget* m_table;
    QLabel* m_count;
    QPushButton* m_open;
    RiskHeatmapTab* m_heatmap;
    ControlsTab* m_controls;
    VulnerableFunctionsTab* m_functions;
};

} // namespace infopunt::ui
