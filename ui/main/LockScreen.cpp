#include "main/LockScreen.h"

#include "common/UiHelpers.h"
#include "crypto/SecureBytes.h"
#include "widgets/PadlockIcon.h"
#include "widgets/RetryCountdown.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace infopunt::ui {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_user(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_error(makeErrorLabel(this))
    , m_wait(new QLabel(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_countdown(new RetryCountdown(this)) {
    setObjectName(QStringLiteral("lockScreen"));
    m_user->setObjectName(QStringLiteral("lockedUserLabel"));
    m_passphrase->setObjectName(QStringLiteral("lockPassphraseEdit"));
    m_unlock->setObjectName(QStringLiteral("lockUnlockButton"));
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    m_wait->setObjectName(QStringLiteral("lockWaitLabel"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setMinimumWidth(300);
    m_unlock->setDefault(true);
    m_user->setAlignment(Qt::AlignCenter);
    m_error->setAlignment(Qt::AlignCenter);
    m_wait->setAlignment(Qt::AlignCenter);
    m_wait->setVisible(false);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(460);

    auto* icon = new PadlockIcon(card);
    QLabel* title = makeTitleLabel(tr("Infopunt is locked"), card);
    title->setAlignment(Qt::AlignCenter);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(icon, 0, Qt::AlignHCenter);
    cardLayout->addWidget(title);
    cardLayout->addWidget(m_user);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_passphrase);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_wait);
    cardLayout->addSpacing(4);
    cardLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_passphrase, &QLineEdit::textChanged, this, &LockScreen::updateButtons);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::requestUnlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::requestUnlock);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    connect(m_countdown, &RetryCountdown::changed, this, &LockScreen::updateButtons);
    updateButtons();
}

void LockScreen::prepare(const QString& displayName, const QString& userName) {
    m_user->setText(tr("%1 (%2)").arg(displayName, userName));
    m_passphrase->clear();
    showErrorText(m_error, {});
    m_passphrase->setFocus();
}

void LockScreen::showUnlockError(const Error& error) {
    showErrorText(m_error, error.message);
    if (error.code == ErrorCode::WrongPassphrase)
        m_countdown->registerFailure();
    m_passphrase->setFocus();
}

void LockScreen::showNotice(const QString& text) {
    showErrorText(m_error, text);
}

void LockScreen::unlocked() {
    m_countdown->reset();
    showErrorText(m_error, {});
}

void LockScreen::setUnlocking(bool unlocking) {
    m_unlocking = unlocking;
    m_passphrase->setEnabled(!unlocking);
    updateButtons();
    if (!unlocking)
        m_passphrase->setFocus();
}

void LockScreen::requestUnlock() {
    if (!m_unlock->isEnabled())
        return;
    QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    emit unlockRequested(passphrase);
    wipeString(passphrase);
}

void LockScreen::updateButtons() {
    const bool waiting = m_countdown->isRunning();
    const QString wait = m_unlocking ? tr("Unlocking…") : m_countdown->remainingText();
    setEnabledWithReason(m_unlock, !m_unlocking && !waiting && !m_passphrase->text().isEmpty(),
                         m_unlocking || waiting ? wait : tr("Enter your passphrase."));
    m_wait->setText(wait);
    m_wait->setVisible(m_unlocking || waiting);
}

} // namespace infopunt::ui
