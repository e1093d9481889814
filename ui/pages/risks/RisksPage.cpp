#include "pages/risks/RisksPage.h"

#include "catalogue/Catalogue.h"
#include "common/ModalDialogs.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "models/DeadlineLook.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/risks/ControlsTab.h"
#include "pages/risks/RiskDialog.h"
#include "pages/risks/RiskHeatmapTab.h"
#include "pages/risks/RiskLook.h"
#include "pages/risks/RiskMatrixDialog.h"
#include "pages/risks/VulnerableFunctionsTab.h"
#include "risks/Heatmap.h"
#include "risks/LoopCodes.h"
#include "risks/RiskAcceptances.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

enum Column {
    TitleColumn,
    UnitColumn,
    OwnerColumn,
    StatusColumn,
    InherentColumn,
    ResidualColumn,
    ReviewColumn,
    ColumnCount
};

// A level cell: its name and score, tinted in its colour, sorted by level and then score.
QTableWidgetItem* levelItem(const std::optional<Assessment>& assessment) {
    if (!assessment)
        return new SortedItem(QStringLiteral("—"), -1);
    const int rank = static_cast<int>(
        LoopCodes::codeList(LoopCodes::List::RiskLevel).indexOf(assessment->level));
    auto* item = new SortedItem(QStringLiteral("%1 · %2×%3")
                                    .arg(RiskLook::levelName(assessment->level))
                                    .arg(assessment->likelihood)
                                    .arg(assessment->impact),
                                rank * 100 + assessment->score());
    item->setBackground(RiskLook::levelColour(assessment->level));
    item->setForeground(RiskLook::levelTextColour());
    return item;
}

} // namespace

RisksPage::RisksPage(Store& store, QWidget* parent)
    : Page(Module::Risks, parent)
    , m_store(store) {
    setObjectName(QStringLiteral("risksPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("risksTabs"));
    m_tabs->addTab(makeRegister(), tr("Register"));
    m_heatmap = new RiskHeatmapTab(store, m_tabs);
    m_tabs->addTab(m_heatmap, tr("Heatmap"));
    m_controls = new ControlsTab(store, m_tabs);
    m_tabs->addTab(m_controls, tr("Controls"));
    m_functions = new VulnerableFunctionsTab(store, m_tabs);
    m_tabs->addTab(m_functions, tr("Vulnerable functions"));
    contentLayout()->addWidget(m_tabs, 1);
    connect(m_heatmap, &RiskHeatmapTab::openRiskRequested, this, &RisksPage::openRisk);
    connect(m_controls, &ControlsTab::changed, this, &RisksPage::refresh);
    connect(m_functions, &VulnerableFunctionsTab::changed, this, &RisksPage::refresh);
    refresh();
}

QWidget* RisksPage::makeRegister() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("riskSearch"));
    m_search->setPlaceholderText(tr("Find by title, description or owner"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("riskStatusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const auto& code : LoopCodes::codes(LoopCodes::List::RiskStatus))
        m_status->addItem(code.name, code.code);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("riskThemeFilter"));
    m_theme->setMaximumWidth(260);
    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("riskUnitFilter"));
    auto* add = new QPushButton(tr("New risk…"), page);
    add->setObjectName(QStringLiteral("newRisk"));
    setEnabledWithReason(add, m_store.user().role == Role::Adviser,
                         tr("Only an integrity adviser adds risks."));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_theme);
    bar->addWidget(m_unit);
    bar->addWidget(add);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, ColumnCount, page);
    m_table->setObjectName(QStringLiteral("riskTable"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Unit"), tr("Owner"), tr("Status"),
                                        tr("Inherent"), tr("Residual"), tr("Next review")});
    applyTableStyle(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewColumn, Qt::AscendingOrder); // the first review due on top
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("riskCount"));
    m_open = new QPushButton(tr("Open…"), page);
    m_open->setObjectName(QStringLiteral("openRisk"));
    auto* matrix = new QPushButton(tr("Risk matrix…"), page);
    matrix->setObjectName(QStringLiteral("riskMatrix"));
    setEnabledWithReason(matrix, m_store.user().role == Role::Adviser,
                         tr("Only an integrity adviser sets the risk matrix."));
    actions->addWidget(m_count, 1);
    actions->addWidget(m_open);
    actions->addWidget(matrix);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, &RisksPage::showRegister);
    for (QComboBox* filter : {m_status, m_theme, m_unit})
        connect(filter, &QComboBox::currentIndexChanged, this, &RisksPage::showRegister);
    connect(add, &QPushButton::clicked, this, [this] { edit(Risk()); });
    connect(m_open, &QPushButton::clicked, this, &RisksPage::openSelected);
    connect(matrix, &QPushButton::clicked, this, &RisksPage::editMatrix);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RisksPage::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        setEnabledWithReason(m_open, !m_table->selectedItems().isEmpty(),
                             tr("Choose a risk in the list."));
    });
    return page;
}

void RisksPage::refresh() {
    if (auto expired = RiskAcceptances(m_store).expire(); !expired)
        MessageBox::showError(this, expired.error());
    auto risks = RiskRegister(m_store).risks();
    if (!risks) {
        MessageBox::showError(this, risks.error());
        return;
    }
    m_risks = risks.value();
    fillFilters();
    showRegister();
    m_heatmap->setRisks(m_risks);
    m_controls->setRisks(m_risks);
    m_functions->setRisks(m_risks);
}

void RisksPage::fillFilters() {
    Catalogue catalogue(m_store);
    auto themes = catalogue.themes();
    auto blocks = catalogue.blocks(true);
    if (!themes || !blocks) {
        MessageBox::showError(this, themes ? blocks.error() : themes.error());
        return;
    }
    m_themeOfBlock.clear();
    for (const BuildingBlock& block : blocks.value())
        m_themeOfBlock.insert(block.id, block.themeId);
    // The filters keep their choice while it still exists.
    const QSignalBlocker themeBlocker(m_theme), unitBlocker(m_unit);
    const qint64 theme = m_theme->currentData().toLongLong();
    m_theme->clear();
    m_theme->addItem(tr("All themes"), 0);
    for (const Theme& t : themes.value())
        m_theme->addItem(QStringLiteral("%1. %2").arg(t.number).arg(t.name), t.id);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(theme)));
    const QString unit = m_unit->currentData().toString();
    QStringList units;
    for (const Risk& risk : m_risks)
        if (!risk.unit.isEmpty() && !units.contains(risk.unit))
            units.append(risk.unit);
    units.sort(Qt::CaseInsensitive);
    m_unit->clear();
    m_unit->addItem(tr("All units"), QString());
    for (const QString& u : units)
        m_unit->addItem(u, u);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unit)));
}

bool RisksPage::passes(const Risk& risk) const {
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty() && risk.status != status)
        return false;
    if (!Heatmap::matches(risk,
                          {m_theme->currentData().toLongLong(), m_unit->currentData().toString()},
                          m_themeOfBlock))
        return false;
    const QString text = m_search->text().trimmed();
    return text.isEmpty() || risk.title.contains(text, Qt::CaseInsensitive) ||
           risk.description.contains(text, Qt::CaseInsensitive) ||
           risk.owner.contains(text, Qt::CaseInsensitive);
}

void RisksPage::showRegister() {
    const QDate today = QDate::currentDate();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const Risk& risk : m_risks) {
        if (!passes(risk))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, TitleColumn,
                         new SortedItem(risk.title, risk.title.toLower(), risk.id));
        m_table->setItem(row, UnitColumn, new QTableWidgetItem(risk.unit));
        m_table->setItem(row, OwnerColumn, new QTableWidgetItem(risk.owner));
        QString status = LoopCodes::name(LoopCodes::List::RiskStatus, risk.status);
        if (risk.acceptedUntil.isValid())
            status = tr("%1 until %2").arg(status, CaseDisplay::date(risk.acceptedUntil));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(status));
        m_table->setItem(row, InherentColumn, levelItem(risk.inherent));
        m_table->setItem(row, ResidualColumn, levelItem(risk.residual));
        // An overdue review looks like an overdue deadline in the case list, in words too.
        const bool due = risk.reviewDue(today);
        const QString review =
            risk.nextReview.isValid() ? CaseDisplay::date(risk.nextReview) : QStringLiteral("—");
        auto* reviewItem = new SortedItem(
            due ? tr("%1 · %2").arg(review, Deadlines::statusName(DeadlineStatus::Overdue))
                : review,
            risk.nextReview);
        if (due) {
            reviewItem->setData(Qt::BackgroundRole,
                                DeadlineLook::background(DeadlineStatus::Overdue));
            reviewItem->setData(Qt::ForegroundRole,
                                DeadlineLook::foreground(DeadlineStatus::Overdue));
        }
        m_table->setItem(row, ReviewColumn, reviewItem);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_count->setText(
        tr("%n of %1 risk(s) shown.", nullptr, m_table->rowCount()).arg(m_risks.size()));
    setEnabledWithReason(m_open, !m_table->selectedItems().isEmpty(),
                         tr("Choose a risk in the list."));
}

void RisksPage::openSelected() {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    openRisk(
        m_table->item(items.first()->row(), TitleColumn)->data(SortedItem::idRole).toLongLong());
}

void RisksPage::openRisk(qint64 riskId) {
    auto risk = RiskRegister(m_store).risk(riskId);
    if (!risk) {
        MessageBox::showError(this, risk.error());
        return;
    }
    edit(risk.value());
}

void RisksPage::edit(const Risk& risk) {
    RiskDialog dialog(m_store, risk, this);
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        MessageBox::showError(this, *dialog.staleError());
    if (result != QDialog::Rejected || dialog.changedRecords())
        refresh();
}

void RisksPage::editMatrix() {
    RiskMatrixDialog dialog(m_store, this);
    if (ModalDialogs::exec(dialog) == QDialog::Accepted)
        refresh();
}

} // namespace infopunt::ui
