#pragma once

#include "dialogs/ActionDialog.h"
#include "risks/RiskMatrix.h"

#include <QList>

class QComboBox;
class QGridLayout;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// Sets a new risk matrix: its size (3–7), a label per likelihood and impact step (empty: the
// standard label) and the level of every cell. Saving while assessments exist asks first: risks
// keep their old matrix until they are assessed again.
class RiskMatrixDialog : public ActionDialog {
    Q_OBJECT
public:
    RiskMatrixDialog(Store& store, QWidget* parent);
    RiskMatrix matrix() const; // the form's values
    void accept() override;

private:
    // Lays the grid out for `matrix` (its size, labels and levels).
    void showMatrix(const RiskMatrix& matrix);

    Store& m_store;
    QSpinBox* m_size;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    QList<QLineEdit*> m_likelihoodLabels; // lowest first
    QList<QLineEdit*> m_impactLabels;
    QList<QList<QComboBox*>> m_levels; // [likelihood - 1][impact - 1]
};

} // namespace infopunt::ui
