#include "pages/risks/ControlsTab.h"

#include "catalogue/Catalogue.h"
#include "common/ModalDialogs.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "pages/risks/ControlDialog.h"
#include "pages/risks/RiskLook.h"
#include "pages/risks/RiskStepDialogs.h"
#include "risks/LoopCodes.h"
#include "storage/Store.h"

#include <QHBoxLayout>
#include <QHash>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

ControlsTab::ControlsTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store) {
    setObjectName(QStringLiteral("controlsTab"));
    auto* layout = new QVBoxLayout(this);
    m_table = RiskLook::makeTable(
        {tr("Control"), tr("Building block"), tr("Owner"), tr("Effectiveness"), tr("Risks")},
        QStringLiteral("controlTable"), this);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    auto* bar = new QHBoxLayout;
    bar->addStretch();
    auto* add = new QPushButton(tr("New control…"), this);
    add->setObjectName(QStringLiteral("newControl"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editControl"));
    m_judge = new QPushButton(tr("Judge…"), this);
    m_judge->setObjectName(QStringLiteral("judgeControl"));
    for (QPushButton* button : {add, m_edit, m_judge})
        bar->addWidget(button);
    layout->addLayout(bar);
    setEnabledWithReason(add, m_store.user().role == Role::Adviser,
                         tr("Only an integrity adviser adds controls."));
    connect(add, &QPushButton::clicked, this, [this] { edit(Control()); });
    connect(m_edit, &QPushButton::clicked, this, &ControlsTab::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ControlsTab::editSelected);
    connect(m_judge, &QPushButton::clicked, this, &ControlsTab::judgeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ControlsTab::updateButtons);
    updateButtons();
}

void ControlsTab::setRisks(const QList<Risk>& risks) {
    m_risks = risks;
    auto controls = Controls(m_store).controls();
    auto blocks = Catalogue(m_store).blocks(true);
    if (!controls || !blocks) {
        MessageBox::showError(this, controls ? blocks.error() : controls.error());
        return;
    }
    m_controls = controls.value();
    QHash<qint64, QString> blockName;
    for (const BuildingBlock& block : blocks.value())
        blockName.insert(block.id, block.title());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const Control& control : m_controls) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        RiskLook::setRow(m_table, row,
                         {QString(),
                          control.blockId ? blockName.value(control.blockId) : tr("Custom"),
                          control.owner,
                          LoopCodes::name(LoopCodes::List::Effectiveness, control.effectiveness)});
        m_table->setItem(row, 0, new SortedItem(control.title, control.title, control.id));
        m_table->setItem(row, 4,
                         new SortedItem(QString::number(control.riskIds.size()),
                                        static_cast<int>(control.riskIds.size())));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    updateButtons();
}

const Control* ControlsTab::selected() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qint64 id = m_table->item(items.first()->row(), 0)->data(SortedItem::idRole).toLongLong();
    for (const Control& control : m_controls)
        if (control.id == id)
            return &control;
    return nullptr;
}

void ControlsTab::updateButtons() {
    const bool adviser = m_store.user().role == Role::Adviser;
    const bool chosen = selected() != nullptr;
    const QString reason = adviser ? tr("Choose a control in the list.")
                                   : tr("Only an integrity adviser changes controls.");
    setEnabledWithReason(m_edit, adviser && chosen, reason);
    setEnabledWithReason(m_judge, adviser && chosen, reason);
}

void ControlsTab::edit(const Control& control) {
    ControlDialog dialog(m_store, control, m_risks, this);
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        MessageBox::showError(this, *dialog.staleError());
    if (result != QDialog::Rejected)
        emit changed();
}

void ControlsTab::editSelected() {
    if (const Control* control = selected())
        edit(*control);
}

void ControlsTab::judgeSelected() {
    const Control* control = selected();
    if (!control)
        return;
    JudgeDialog dialog(m_store, control->id, control->title, control->effectiveness, this);
    if (ModalDialogs::exec(dialog) == QDialog::Accepted)
        emit changed();
}

} // namespace infopunt::ui
