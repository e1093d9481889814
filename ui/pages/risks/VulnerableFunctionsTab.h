#pragma once

#include "risks/RiskRegister.h"
#include "risks/VulnerableFunctions.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// The vulnerable functions: name, unit, reasons, screening and when last assessed (due again
// after VulnerableFunctions::reassessAfterYears); New…, Edit… (double-click too), Remove….
class VulnerableFunctionsTab : public QWidget {
    Q_OBJECT
public:
    VulnerableFunctionsTab(Store& store, QWidget* parent);
    void setRisks(const QList<Risk>& risks); // reloads the functions

signals:
    void changed();

private:
    void edit(const VulnerableFunction& function);
    void editSelected();
    void removeSelected();
    const VulnerableFunction* selected() const;
    void updateButtons();

    Store& m_store;
    QList<Risk> m_risks;
    QList<VulnerableFunction> m_functions;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace infopunt::ui
