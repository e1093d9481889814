#include "main/OlderStoreBanner.h"

#include "common/Icons.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "storage/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace infopunt::ui {

OlderStoreBanner::OlderStoreBanner(Store& store, QWidget* parent)
    : QFrame(parent)
    , m_store(store) {
    setObjectName(QStringLiteral("olderStoreBanner"));
    const QColor colour = errorColour();
    setStyleSheet(
        QStringLiteral("QFrame#olderStoreBanner { background: %1;"
                       " border-bottom: 2px solid %2; }"
                       "QFrame#olderStoreBanner QLabel { color: %3; }")
            .arg(QColor(0xfc, 0xe8, 0xe6).name(), colour.name(), QColor(0x5f, 0x12, 0x0e).name()));

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::get(QStringLiteral("warning"), colour).pixmap(24, 24));
    icon->setAlignment(Qt::AlignTop);

    const bool adviser = m_store.mayAcceptOlderStore();
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("olderStoreWarning"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(m_store.rollbackWarning() + QLatin1Char(' ') +
                  (adviser ? tr("When you have checked the store and know why it is older, "
                                "accept it as it is.")
                           : tr("Tell the integrity adviser; only an adviser can accept the "
                                "store after checking it.")));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(pageMargin, controlSpacing * 2, pageMargin, controlSpacing * 2);
    layout->setSpacing(labelSpacing);
    layout->addWidget(icon);
    auto* column = new QVBoxLayout;
    column->setSpacing(controlSpacing);
    column->addWidget(text);
    if (adviser) {
        auto* acceptButton =
            new QPushButton(tr("I have checked this store: accept it as it is…"), this);
        acceptButton->setObjectName(QStringLiteral("acceptOlderStoreButton"));
        connect(acceptButton, &QPushButton::clicked, this, &OlderStoreBanner::accept);
        column->addWidget(acceptButton, 0, Qt::AlignLeft);
    }
    layout->addLayout(column, 1);
}

void OlderStoreBanner::accept() {
    const auto answer = MessageBox::question(
        window(), tr("Accept the older store"),
        tr("Accept this store as it is?\n\nThis workstation then forgets that it saw the audit "
           "log up to a newer entry, and no longer warns about it for any account: what is "
           "missing now can then no longer be found this way. Do this only when you have "
           "checked the store (infopunt verify) and know why it is older, for instance because "
           "a backup was put back on purpose. The acceptance is recorded in the audit log."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto done = m_store.acceptOlderStore(); !done) {
        MessageBox::showError(window(), done.error());
        return;
    }
    hide();
    emit accepted();
}

} // namespace infopunt::ui
