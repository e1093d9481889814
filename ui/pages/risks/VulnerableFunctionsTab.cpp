#include "pages/risks/VulnerableFunctionsTab.h"

#include "common/ModalDialogs.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "models/DeadlineLook.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/risks/RiskLook.h"
#include "pages/risks/VulnerableFunctionDialog.h"
#include "risks/LoopCodes.h"
#include "storage/Store.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

QString names(LoopCodes::List list, const QStringList& codes) {
    QStringList shown;
    for (const QString& code : codes)
        shown.append(LoopCodes::name(list, code));
    return shown.join(QStringLiteral(", "));
}

} // namespace

VulnerableFunctionsTab::VulnerableFunctionsTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store) {
    setObjectName(QStringLiteral("vulnerableFunctionsTab"));
    auto* layout = new QVBoxLayout(this);
    m_table = RiskLook::makeTable({tr("Function"), tr("Unit"), tr("Vulnerable because"),
                                   tr("Screening"), tr("Last assessed")},
                                  QStringLiteral("functionTable"), this);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    auto* bar = new QHBoxLayout;
    bar->addStretch();
    auto* add = new QPushButton(tr("New function…"), this);
    add->setObjectName(QStringLiteral("newFunction"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editFunction"));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeFunction"));
    for (QPushButton* button : {add, m_edit, m_remove})
        bar->addWidget(button);
    layout->addLayout(bar);
    setEnabledWithReason(add, m_store.user().role == Role::Adviser,
                         tr("Only an integrity adviser records vulnerable functions."));
    connect(add, &QPushButton::clicked, this, [this] { edit(VulnerableFunction()); });
    connect(m_edit, &QPushButton::clicked, this, &VulnerableFunctionsTab::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &VulnerableFunctionsTab::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &VulnerableFunctionsTab::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &VulnerableFunctionsTab::updateButtons);
    updateButtons();
}

void VulnerableFunctionsTab::setRisks(const QList<Risk>& risks) {
    m_risks = risks;
    auto functions = VulnerableFunctions(m_store).functions();
    if (!functions) {
        MessageBox::showError(this, functions.error());
        return;
    }
    m_functions = functions.value();
    const QDate dueBefore = QDate::currentDate().addYears(-VulnerableFunctions::reassessAfterYears);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const VulnerableFunction& f : m_functions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        RiskLook::setRow(m_table, row,
                         {QString(), f.unit, names(LoopCodes::List::VulnerabilityReason, f.reasons),
                          names(LoopCodes::List::Screening, f.screening)});
        m_table->setItem(row, 0, new SortedItem(f.name, f.name.toLower(), f.id));
        const bool due = !f.lastAssessed.isValid() || f.lastAssessed < dueBefore;
        const QString when =
            f.lastAssessed.isValid() ? CaseDisplay::date(f.lastAssessed) : tr("Never");
        auto* assessed =
            new SortedItem(due ? tr("%1 · due again").arg(when) : when, f.lastAssessed);
        if (due) {
            assessed->setData(Qt::BackgroundRole,
                              DeadlineLook::background(DeadlineStatus::Overdue));
            assessed->setData(Qt::ForegroundRole,
                              DeadlineLook::foreground(DeadlineStatus::Overdue));
        }
        m_table->setItem(row, 4, assessed);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    updateButtons();
}

const VulnerableFunction* VulnerableFunctionsTab::selected() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qint64 id = m_table->item(items.first()->row(), 0)->data(SortedItem::idRole).toLongLong();
    for (const VulnerableFunction& f : m_functions)
        if (f.id == id)
            return &f;
    return nullptr;
}

void VulnerableFunctionsTab::updateButtons() {
    const bool adviser = m_store.user().role == Role::Adviser;
    const bool chosen = selected() != nullptr;
    const QString reason = adviser ? tr("Choose a function in the list.")
                                   : tr("Only an integrity adviser changes vulnerable functions.");
    setEnabledWithReason(m_edit, adviser && chosen, reason);
    setEnabledWithReason(m_remove, adviser && chosen, reason);
}

void VulnerableFunctionsTab::edit(const VulnerableFunction& function) {
    VulnerableFunctionDialog dialog(m_store, function, m_risks, this);
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        MessageBox::showError(this, *dialog.staleError());
    if (result != QDialog::Rejected)
        emit changed();
}

void VulnerableFunctionsTab::editSelected() {
    if (const VulnerableFunction* function = selected())
        edit(*function);
}

void VulnerableFunctionsTab::removeSelected() {
    const VulnerableFunction* function = selected();
    if (!function)
        return;
    if (MessageBox::question(
            this, tr("Remove vulnerable function"),
            tr("Remove “%1” from the vulnerable functions?").arg(function->name)) !=
        QMessageBox::Yes)
        return;
    if (auto removed = VulnerableFunctions(m_store).remove(function->id); !removed)
        MessageBox::showError(this, removed.error());
    emit changed();
}

} // namespace infopunt::ui
