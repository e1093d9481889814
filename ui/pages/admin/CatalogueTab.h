#pragma once

#include "catalogue/Catalogue.h"
#include "common/FormReopener.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace infopunt::ui {

// Administration › Building blocks: the themes with their blocks; add, rename, retire and
// restore blocks.
class CatalogueTab : public QWidget, public FormReopener {
    Q_OBJECT
public:
    CatalogueTab(Store& store, QWidget* parent);
    void refresh();
    bool reopenForm(const QString& form, qint64 argument) override;

private:
    std::optional<BuildingBlock> selectedBlock() const;
    qint64 selectedThemeId() const; // the theme of the selected theme or block, 0 if none
    void updateButtons();
    void addBlock();
    void renameBlock();
    void setRetired(bool retired);
    void showErrorAndReload(const Error& error);
    void select(qint64 blockId, qint64 themeId);

    Catalogue m_catalogue;
    QList<Theme> m_themes;
    QList<BuildingBlock> m_blocks;
    QCheckBox* m_showRetired;
    QTreeWidget* m_tree;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_retire;
    QPushButton* m_restore;
};

} // namespace infopunt::ui
