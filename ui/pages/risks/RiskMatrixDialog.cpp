#include "pages/risks/RiskMatrixDialog.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "pages/risks/RiskLook.h"
#include "risks/LoopCodes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

void tint(QComboBox* box) {
    const QColor colour = RiskLook::levelColour(box->currentData().toString());
    box->setStyleSheet(QStringLiteral("QComboBox { background: %1; color: %2; }")
                           .arg(colour.name(), RiskLook::levelTextColour().name()));
}

} // namespace

RiskMatrixDialog::RiskMatrixDialog(Store& store, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store) {
    setObjectName(QStringLiteral("riskMatrixDialog"));
    setWindowTitle(tr("Risk matrix"));
    auto* layout = new QVBoxLayout;
    auto* intro = new QLabel(
        tr("Likelihood from low (bottom) to high (top), impact from low (left) to high (right). "
           "Leave a label empty for the standard one. A new matrix does not change earlier "
           "assessments: a risk moves to it when it is assessed again."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = makeFormLayout();
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("matrixSize"));
    m_size->setRange(RiskMatrix::minSize, RiskMatrix::maxSize);
    form->addRow(tr("Size"), fieldErrors().wrap(m_size, QStringLiteral("size")));
    layout->addLayout(form);
    m_grid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fieldErrors().wrap(m_grid, QStringLiteral("levels")), 1);
    setContent(layout, tr("Save matrix"));

    auto current = RiskMatrices(store).current();
    if (!current)
        showError(current.error());
    const RiskMatrix start = current ? current.value() : RiskMatrix::standard();
    m_size->setValue(start.size);
    showMatrix(start);
    // A new size starts from the standard matrix of that size.
    connect(m_size, &QSpinBox::valueChanged, this,
            [this](int size) { showMatrix(RiskMatrix::standard(size)); });
    fieldErrors().setValidator([this] { return matrix().validate(); });
}

void RiskMatrixDialog::showMatrix(const RiskMatrix& matrix) {
    while (QLayoutItem* item = m_gridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_likelihoodLabels.clear();
    m_impactLabels.clear();
    m_levels.clear();
    const RiskMatrix standard = RiskMatrix::standard(matrix.size);
    const QList<LoopCodes::Code> levels = LoopCodes::codes(LoopCodes::List::RiskLevel);
    // Row 0 names the likelihood column, the last row holds the impact labels.
    m_gridLayout->addWidget(new QLabel(tr("Likelihood ↑"), m_grid), 0, 0);
    m_gridLayout->addWidget(new QLabel(tr("Impact →"), m_grid), matrix.size + 2, 1);
    for (int likelihood = 1; likelihood <= matrix.size; ++likelihood) {
        const int row = matrix.size - likelihood + 1; // the highest likelihood at the top
        auto* label = new QLineEdit(m_grid);
        label->setObjectName(QStringLiteral("likelihoodLabel%1").arg(likelihood));
        label->setPlaceholderText(standard.likelihoodLabel(likelihood));
        if (!matrix.likelihoodLabels.isEmpty())
            label->setText(matrix.likelihoodLabel(likelihood));
        m_gridLayout->addWidget(label, row, 0);
        m_likelihoodLabels.append(label);
        QList<QComboBox*> cells;
        for (int impact = 1; impact <= matrix.size; ++impact) {
            auto* cell = new QComboBox(m_grid);
            cell->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            cell->setObjectName(QStringLiteral("level%1x%2").arg(likelihood).arg(impact));
            for (const auto& level : levels)
                cell->addItem(level.name, level.code);
            cell->setCurrentIndex(qMax(0, matrix.levelIndex(likelihood, impact)));
            tint(cell);
            connect(cell, &QComboBox::currentIndexChanged, cell, [cell] { tint(cell); });
            m_gridLayout->addWidget(cell, row, impact);
            cells.append(cell);
        }
        m_levels.append(cells);
    }
    for (int impact = 1; impact <= matrix.size; ++impact) {
        auto* label = new QLineEdit(m_grid);
        label->setObjectName(QStringLiteral("impactLabel%1").arg(impact));
        label->setPlaceholderText(standard.impactLabel(impact));
        if (!matrix.impactLabels.isEmpty())
            label->setText(matrix.impactLabel(impact));
        m_gridLayout->addWidget(label, matrix.size + 1, impact);
        m_impactLabels.append(label);
    }
    adjustSize();
    resize(qMax(width(), 760), height());
}

RiskMatrix RiskMatrixDialog::matrix() const {
    RiskMatrix m;
    m.size = static_cast<int>(m_levels.size());
    const RiskMatrix standard = RiskMatrix::standard(m.size);
    // Labels left empty are the standard ones; all empty keeps the list empty (standard).
    const auto labels = [](const QList<QLineEdit*>& edits, auto standardLabel) {
        QStringList texts;
        bool any = false;
        for (int step = 1; step <= edits.size(); ++step) {
            const QString text = edits.at(step - 1)->text().trimmed();
            any = any || !text.isEmpty();
            texts.append(text.isEmpty() ? standardLabel(step) : text);
        }
        return any ? texts : QStringList();
    };
    m.likelihoodLabels =
        labels(m_likelihoodLabels, [&](int step) { return standard.likelihoodLabel(step); });
    m.impactLabels = labels(m_impactLabels, [&](int step) { return standard.impactLabel(step); });
    for (const QList<QComboBox*>& row : m_levels) {
        QList<int> levels;
        for (const QComboBox* cell : row)
            levels.append(cell->currentIndex());
        m.levels.append(levels);
    }
    return m;
}

void RiskMatrixDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    RiskMatrices matrices(m_store);
    const RiskMatrix edited = matrix();
    auto saved = matrices.set(edited, false);
    // Refused only because assessments exist: the message says what happens; ask, then confirm.
    if (!saved && saved.error().code == ErrorCode::InvalidInput &&
        saved.error().fieldErrors.isEmpty()) {
        if (MessageBox::question(this, tr("Set a new matrix"),
                                 saved.error().message + QStringLiteral("\n\n") +
                                     tr("Set the new matrix anyway?")) != QMessageBox::Yes)
            return;
        saved = matrices.set(edited, true);
    }
    acceptOrShow(saved);
}

} // namespace infopunt::ui
