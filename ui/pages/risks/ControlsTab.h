#pragma once

#include "risks/Controls.h"
#include "risks/RiskRegister.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// The controls (beheersmaatregelen): title, building block, owner, effectiveness and how many
// risks each treats; New…, Edit… (double-click too) and Judge….
class ControlsTab : public QWidget {
    Q_OBJECT
public:
    ControlsTab(Store& store, QWidget* parent);
    void setRisks(const QList<Risk>& risks); // reloads the controls

signals:
    void changed();

private:
    void edit(const Control& control);
    void editSelected();
    void judgeSelected();
    const Control* selected() const;
    void updateButtons();

    Store& m_store;
    QList<Risk> m_risks;
    QList<Control> m_controls;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_judge;
};

} // namespace infopunt::ui
