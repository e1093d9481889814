#include "pages/risks/RiskHeatmapTab.h"

#include "catalogue/Catalogue.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "pages/risks/RiskLook.h"
#include "risks/LoopCodes.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

// Cells as high as fits a 7×7 matrix on a 720 px high window.
int cellHeight(int size) {
    return size >= 7 ? 30 : size == 6 ? 36 : 44;
}

QLabel* legendEntry(const QString& levelCode, QWidget* parent) {
    auto* label = new QLabel(RiskLook::levelName(levelCode), parent);
    label->setAutoFillBackground(true);
    label->setMargin(3);
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, RiskLook::levelColour(levelCode));
    palette.setColor(QPalette::WindowText, RiskLook::levelTextColour());
    label->setPalette(palette);
    return label;
}

} // namespace

RiskHeatmapTab::RiskHeatmapTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store) {
    setObjectName(QStringLiteral("riskHeatmapTab"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("heatmapKind"));
    for (const auto& code : LoopCodes::codes(LoopCodes::List::AssessmentKind))
        m_kind->addItem(code.name, code.code);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(QStringLiteral("residual"))));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("heatmapTheme"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("heatmapUnit"));
    bar->addWidget(new QLabel(tr("Risk"), this));
    bar->addWidget(m_kind);
    bar->addWidget(new QLabel(tr("Theme"), this));
    bar->addWidget(m_theme, 1);
    bar->addWidget(new QLabel(tr("Unit"), this));
    bar->addWidget(m_unit);
    bar->addSpacing(sectionSpacing);
    bar->addWidget(new QLabel(tr("Level:"), this));
    for (const QString& code : LoopCodes::codeList(LoopCodes::List::RiskLevel))
        bar->addWidget(legendEntry(code, this));
    layout->addLayout(bar);

    auto* axes = new QLabel(tr("Rows: likelihood, the highest at the top. Columns: impact, the "
                               "highest at the right."),
                            this);
    axes->setWordWrap(true);
    layout->addWidget(axes);
    auto* middle = new QHBoxLayout;
    m_grid = new QTableWidget(this);
    m_grid->setObjectName(QStringLiteral("heatmapGrid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->setToolTip(tr("Likelihood upwards, impact to the right. ▲ came into the cell, ▼ left "
                          "it since the end of last year."));
    middle->addWidget(m_grid, 2);
    auto* side = new QVBoxLayout;
    m_apart = new QLabel(this);
    m_apart->setObjectName(QStringLiteral("heatmapApart"));
    m_apart->setWordWrap(true);
    side->addWidget(m_apart);
    m_movements = new QLabel(this);
    m_movements->setObjectName(QStringLiteral("heatmapMovements"));
    m_movements->setWordWrap(true);
    m_movements->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    side->addWidget(m_movements, 1);
    middle->addLayout(side, 1);
    layout->addLayout(middle);

    m_cellTitle = new QLabel(tr("Click a cell to list its risks."), this);
    m_cellTitle->setObjectName(QStringLiteral("heatmapCellTitle"));
    layout->addWidget(m_cellTitle);
    m_cellRisks = RiskLook::makeTable({tr("Title"), tr("Unit"), tr("Owner"), tr("Status")},
                                      QStringLiteral("heatmapRisks"), this);
    m_cellRisks->setSortingEnabled(true);
    m_cellRisks->setMinimumHeight(80);
    layout->addWidget(m_cellRisks, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RiskHeatmapTab::showMap);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &RiskHeatmapTab::showMap);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RiskHeatmapTab::showMap);
    connect(m_grid, &QTableWidget::cellClicked, this, &RiskHeatmapTab::showCell);
    connect(m_cellRisks, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit openRiskRequested(m_cellRisks->item(row, 0)->data(SortedItem::idRole).toLongLong());
    });
}

void RiskHeatmapTab::setRisks(const QList<Risk>& risks) {
    m_risks = risks;
    auto matrix = RiskMatrices(m_store).current();
    auto history = RiskRegister(m_store).assessments();
    auto blocks = Catalogue(m_store).blocks(true);
    auto themes = Catalogue(m_store).themes();
    for (const Error* error :
         {matrix ? nullptr : &matrix.error(), history ? nullptr : &history.error(),
          blocks ? nullptr : &blocks.error(), themes ? nullptr : &themes.error()})
        if (error) {
            MessageBox::showError(this, *error);
            return;
        }
    m_matrix = matrix.value();
    m_history = history.value();
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
    showMap();
}

void RiskHeatmapTab::showMap() {
    const HeatmapFilter filter{m_theme->currentData().toLongLong(),
                               m_unit->currentData().toString()};
    m_map = Heatmap::build(m_risks, m_history, m_matrix, m_kind->currentData().toString(), filter,
                           m_themeOfBlock, QDate::currentDate());
    const int size = m_matrix.size;
    m_grid->clear();
    m_grid->setRowCount(size);
    m_grid->setColumnCount(size);
    QStringList rows, columns;
    for (int step = size; step >= 1; --step)
        rows.append(QStringLiteral("%1 %2").arg(step).arg(m_matrix.likelihoodLabel(step)));
    for (int step = 1; step <= size; ++step)
        columns.append(QStringLiteral("%1\n%2").arg(step).arg(m_matrix.impactLabel(step)));
    m_grid->setVerticalHeaderLabels(rows);
    m_grid->setHorizontalHeaderLabels(columns);
    // As tall as its rows: the list of a clicked cell gets the rest.
    m_grid->verticalHeader()->setDefaultSectionSize(cellHeight(size));
    m_grid->setFixedHeight(m_grid->horizontalHeader()->sizeHint().height() +
                           size * cellHeight(size) + 2 * m_grid->frameWidth());

    // Per cell: how many moved in and out since the end of last year.
    QHash<int, int> cameIn, wentOut;
    const auto key = [size](int likelihood, int impact) {
        return likelihood * (size + 1) + impact;
    };
    QStringList moves;
    for (const HeatMovement& move : m_map->movements()) {
        cameIn[key(move.toLikelihood, move.toImpact)]++;
        wentOut[key(move.fromLikelihood, move.fromImpact)]++;
        moves.append(tr("%1: %2×%3 → %4×%5")
                         .arg(titleOf(move.riskId))
                         .arg(move.fromLikelihood)
                         .arg(move.fromImpact)
                         .arg(move.toLikelihood)
                         .arg(move.toImpact));
    }
    for (int likelihood = 1; likelihood <= size; ++likelihood)
        for (int impact = 1; impact <= size; ++impact) {
            const QString level = m_matrix.level(likelihood, impact);
            QString text = QString::number(m_map->count(likelihood, impact));
            const int in = cameIn.value(key(likelihood, impact));
            const int out = wentOut.value(key(likelihood, impact));
            if (in)
                text += QStringLiteral("  ▲%1").arg(in);
            if (out)
                text += QStringLiteral("  ▼%1").arg(out);
            auto* cell = new QTableWidgetItem(text);
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setBackground(RiskLook::levelColour(level));
            cell->setForeground(RiskLook::levelTextColour());
            QFont font = cell->font();
            font.setBold(m_map->count(likelihood, impact) > 0);
            cell->setFont(font);
            cell->setToolTip(tr("%1 × %2: %3")
                                 .arg(m_matrix.likelihoodLabel(likelihood),
                                      m_matrix.impactLabel(impact), RiskLook::levelName(level)));
            cell->setData(Qt::UserRole, likelihood);
            cell->setData(Qt::UserRole + 1, impact);
            m_grid->setItem(size - likelihood, impact - 1, cell);
        }

    QStringList apart{tr("%n risk(s) on the map.", nullptr, m_map->total())};
    if (!m_map->onEarlierMatrix().isEmpty())
        apart.append(tr("%n risk(s) assessed on an earlier matrix only: assess them again to "
                        "place them.",
                        nullptr, static_cast<int>(m_map->onEarlierMatrix().size())));
    if (!m_map->notAssessed().isEmpty())
        apart.append(tr("%n risk(s) not assessed yet.", nullptr,
                        static_cast<int>(m_map->notAssessed().size())));
    m_apart->setText(apart.join(QLatin1Char('\n')));
    m_movements->setText(moves.isEmpty()
                             ? tr("No risk moved since the end of last year.")
                             : tr("Moved since the end of last year (likelihood × impact):") +
                                   QStringLiteral("\n") + moves.join(QLatin1Char('\n')));
    m_cellRisks->setRowCount(0);
    m_cellTitle->setText(tr("Click a cell to list its risks."));
}

void RiskHeatmapTab::showCell(int row, int column) {
    const QTableWidgetItem* cell = m_grid->item(row, column);
    if (!cell || !m_map)
        return;
    const int likelihood = cell->data(Qt::UserRole).toInt();
    const int impact = cell->data(Qt::UserRole + 1).toInt();
    const QList<qint64> ids = m_map->risksAt(likelihood, impact);
    m_cellTitle->setText(
        tr("Likelihood %1 × impact %2 (%3): %n risk(s)", nullptr, static_cast<int>(ids.size()))
            .arg(m_matrix.likelihoodLabel(likelihood), m_matrix.impactLabel(impact),
                 RiskLook::levelName(m_matrix.level(likelihood, impact))));
    m_cellRisks->setSortingEnabled(false);
    m_cellRisks->setRowCount(0);
    for (const Risk& risk : m_risks) {
        if (!ids.contains(risk.id))
            continue;
        const int at = m_cellRisks->rowCount();
        m_cellRisks->insertRow(at);
        RiskLook::setRow(m_cellRisks, at,
                         {risk.title, risk.unit, risk.owner,
                          LoopCodes::name(LoopCodes::List::RiskStatus, risk.status)});
        m_cellRisks->setItem(at, 0, new SortedItem(risk.title, risk.title, risk.id));
    }
    m_cellRisks->setSortingEnabled(true);
    m_cellRisks->resizeColumnsToContents();
}

QString RiskHeatmapTab::titleOf(qint64 riskId) const {
    for (const Risk& risk : m_risks)
        if (risk.id == riskId)
            return risk.title;
    return QString::number(riskId);
}

} // namespace infopunt::ui
