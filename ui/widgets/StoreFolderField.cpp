#include "widgets/StoreFolderField.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace infopunt::ui {

StoreFolderField::StoreFolderField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this)) {
    m_edit->setObjectName(QStringLiteral("folderEdit"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_edit->setMinimumWidth(320);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &StoreFolderField::changed);
    connect(m_browse, &QPushButton::clicked, this, &StoreFolderField::browse);
}

QString StoreFolderField::folder() const {
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void StoreFolderField::setFolder(const QString& folder) {
    m_edit->setText(QDir::toNativeSeparators(folder));
}

void StoreFolderField::browse() {
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Choose the store folder"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

} // namespace infopunt::ui
