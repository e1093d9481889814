#include "pages/admin/CatalogueTab.h"

#include "common/ModalDialogs.h"
#include "common/UiHelpers.h"
#include "dialogs/BlockDialog.h"
#include "dialogs/MessageBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {
// Item data: the theme id on theme rows, the block id on block rows.
constexpr int themeIdRole = Qt::UserRole;
constexpr int blockIdRole = Qt::UserRole + 1;
} // namespace

CatalogueTab::CatalogueTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(store)
    , m_showRetired(new QCheckBox(tr("Show retired"), this))
    , m_tree(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add block…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_retire(new QPushButton(tr("Retire"), this))
    , m_restore(new QPushButton(tr("Restore"), this)) {
    setObjectName(QStringLiteral("catalogueTab"));
    m_showRetired->setObjectName(QStringLiteral("showRetiredCheckBox"));
    m_tree->setObjectName(QStringLiteral("catalogueTree"));
    m_add->setObjectName(QStringLiteral("addBlockButton"));
    m_rename->setObjectName(QStringLiteral("renameBlockButton"));
    m_retire->setObjectName(QStringLiteral("retireBlockButton"));
    m_restore->setObjectName(QStringLiteral("restoreBlockButton"));

    m_showRetired->setChecked(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Code"), tr("Name")});
    applyTableStyle(m_tree);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);

    auto* note = new QLabel(tr("Retired building blocks can no longer be chosen for new records; "
                               "records that use them keep them."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->addWidget(note, 1);
    top->addWidget(m_showRetired);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_retire);
    buttons->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_showRetired, &QCheckBox::toggled, this, &CatalogueTab::refresh);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CatalogueTab::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_rename->isEnabled())
            renameBlock();
    });
    connect(m_add, &QPushButton::clicked, this, &CatalogueTab::addBlock);
    connect(m_rename, &QPushButton::clicked, this, &CatalogueTab::renameBlock);
    connect(m_retire, &QPushButton::clicked, this, [this] { setRetired(true); });
    connect(m_restore, &QPushButton::clicked, this, [this] { setRetired(false); });
    refresh();
}

void CatalogueTab::refresh() {
    const auto selected = selectedBlock();
    const qint64 selectedTheme = selectedThemeId();
    m_tree->clear();
    m_themes.clear();
    m_blocks.clear();

    const auto themes = m_catalogue.themes();
    const auto blocks = m_catalogue.blocks(m_showRetired->isChecked());
    if (!themes || !blocks) {
        MessageBox::showError(this, !themes ? themes.error() : blocks.error());
        updateButtons();
        return;
    }
    m_themes = themes.value();
    m_blocks = blocks.value();

    const QBrush retiredBrush = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const Theme& theme : std::as_const(m_themes)) {
        auto* themeItem = new QTreeWidgetItem(m_tree, {QString::number(theme.number), theme.name});
        themeItem->setData(0, themeIdRole, theme.id);
        QFont bold = themeItem->font(1);
        bold.setBold(true);
        themeItem->setFont(0, bold);
        themeItem->setFont(1, bold);
        for (const BuildingBlock& block : std::as_const(m_blocks)) {
            if (block.themeId != theme.id)
                continue;
            const QString name = block.retired ? tr("%1 (retired)").arg(block.name) : block.name;
            auto* item = new QTreeWidgetItem(themeItem, {block.code(), name});
            item->setData(0, themeIdRole, theme.id);
            item->setData(0, blockIdRole, block.id);
            if (block.retired) {
                item->setForeground(0, retiredBrush);
                item->setForeground(1, retiredBrush);
            }
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    select(selected ? selected->id : 0, selectedTheme);
    updateButtons();
}

std::optional<BuildingBlock> CatalogueTab::selectedBlock() const {
    const QList<QTreeWidgetItem*> items = m_tree->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 blockId = items.first()->data(0, blockIdRole).toLongLong();
    for (const BuildingBlock& block : m_blocks) {
        if (block.id == blockId)
            return block;
    }
    return std::nullopt;
}

qint64 CatalogueTab::selectedThemeId() const {
    const QList<QTreeWidgetItem*> items = m_tree->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, themeIdRole).toLongLong();
}

void CatalogueTab::select(qint64 blockId, qint64 themeId) {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* themeItem = m_tree->topLevelItem(i);
        for (int j = 0; j < themeItem->childCount(); ++j) {
            QTreeWidgetItem* item = themeItem->child(j);
            if (blockId != 0 && item->data(0, blockIdRole).toLongLong() == blockId) {
                m_tree->setCurrentItem(item);
                return;
            }
        }
        if (blockId == 0 && themeId != 0 &&
            themeItem->data(0, themeIdRole).toLongLong() == themeId) {
            m_tree->setCurrentItem(themeItem);
            return;
        }
    }
}

void CatalogueTab::updateButtons() {
    const auto block = selectedBlock();
    const QString selectFirst = tr("Select a building block first.");
    setEnabledWithReason(m_add, !m_themes.isEmpty(), tr("The catalogue could not be read."),
                         tr("Adds a building block to the selected theme."));
    setEnabledWithReason(m_rename, block.has_value(), selectFirst);
    setEnabledWithReason(m_retire, block && !block->retired,
                         block ? tr("This building block is already retired.") : selectFirst);
    setEnabledWithReason(m_restore, block && block->retired,
                         block ? tr("This building block is in use.") : selectFirst);
}

void CatalogueTab::addBlock() {
    BlockDialog dialog(m_catalogue, m_themes, selectedThemeId(), this);
    dialog.setDraftOrigin(origin(*this, Module::Administration, QStringLiteral("addBlock"), 0, {}));
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        showErrorAndReload(*dialog.staleError());
    else if (result == QDialog::Accepted)
        refresh();
}

void CatalogueTab::renameBlock() {
    const auto block = selectedBlock();
    if (!block)
        return;
    BlockDialog dialog(m_catalogue, *block, this);
    dialog.setDraftOrigin(
        origin(*this, Module::Administration, QStringLiteral("renameBlock"), block->id, {}));
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        showErrorAndReload(*dialog.staleError());
    else if (result == QDialog::Accepted)
        refresh();
}

bool CatalogueTab::reopenForm(const QString& form, qint64 argument) {
    if (form == QLatin1String("addBlock") && m_add->isEnabled()) {
        addBlock();
        return true;
    }
    for (const BuildingBlock& block : std::as_const(m_blocks)) {
        if (form == QLatin1String("renameBlock") && block.id == argument) {
            select(block.id, block.themeId);
            renameBlock();
            return true;
        }
    }
    return false;
}

void CatalogueTab::setRetired(bool retired) {
    const auto block = selectedBlock();
    if (!block)
        return;
    const auto done = retired ? m_catalogue.retire(block->id, block->rowVersion)
                              : m_catalogue.restore(block->id, block->rowVersion);
    if (!done) {
        showErrorAndReload(done.error());
        return;
    }
    refresh();
}

void CatalogueTab::showErrorAndReload(const Error& error) {
    MessageBox::showError(this, error);
    if (error.code == ErrorCode::StaleEdit)
        refresh();
}

} // namespace infopunt::ui
