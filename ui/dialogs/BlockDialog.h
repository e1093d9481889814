#pragma once

#include "catalogue/Catalogue.h"
#include "dialogs/ActionDialog.h"

class QComboBox;
class QLineEdit;

namespace infopunt::ui {

// Adds a building block to a theme, or renames one (Catalogue::addBlock / rename).
class BlockDialog : public ActionDialog {
    Q_OBJECT
public:
    // Add: the theme is preselected and can be changed.
    BlockDialog(Catalogue& catalogue, const QList<Theme>& themes, qint64 themeId,
                QWidget* parent = nullptr);
    // Rename.
    BlockDialog(Catalogue& catalogue, const BuildingBlock& block, QWidget* parent = nullptr);

    void accept() override;

private:
    void build(const QString& okText);

    Catalogue& m_catalogue;
    std::optional<BuildingBlock> m_block; // set when renaming
    QComboBox* m_theme = nullptr;
    QLineEdit* m_name;
};

} // namespace infopunt::ui
