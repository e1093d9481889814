#include "dialogs/BlockDialog.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace infopunt::ui {

BlockDialog::BlockDialog(Catalogue& catalogue, const QList<Theme>& themes, qint64 themeId,
                         QWidget* parent)
    : ActionDialog(parent)
    , m_catalogue(catalogue)
    , m_theme(new QComboBox(this))
    , m_name(new QLineEdit(this)) {
    setObjectName(QStringLiteral("addBlockDialog"));
    setWindowTitle(tr("Add building block"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (const Theme& theme : themes) {
        m_theme->addItem(QStringLiteral("%1. %2").arg(theme.number).arg(theme.name), theme.id);
        if (theme.id == themeId)
            m_theme->setCurrentIndex(m_theme->count() - 1);
    }
    build(tr("Add"));
}

BlockDialog::BlockDialog(Catalogue& catalogue, const BuildingBlock& block, QWidget* parent)
    : ActionDialog(parent)
    , m_catalogue(catalogue)
    , m_block(block)
    , m_name(new QLineEdit(block.name, this)) {
    setObjectName(QStringLiteral("renameBlockDialog"));
    setWindowTitle(tr("Rename building block"));
    build(tr("Rename"));
    m_name->selectAll();
}

void BlockDialog::build(const QString& okText) {
    auto* form = makeFormLayout();
    if (m_block)
        form->addRow(tr("Building block:"), new QLabel(m_block->code(), this));
    else
        form->addRow(tr("Theme:"), m_theme);
    setNameContent(form, m_name, &Catalogue::validateName, okText);
}

void BlockDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    const QString name = m_name->text().trimmed();
    if (m_block && name == m_block->name)
        QDialog::accept(); // nothing to rename
    else if (m_block)
        acceptOrShow(m_catalogue.rename(m_block->id, m_block->rowVersion, name));
    else
        acceptOrShow(m_catalogue.addBlock(m_theme->currentData().toLongLong(), name));
}

} // namespace infopunt::ui
