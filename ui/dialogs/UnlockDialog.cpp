#include "dialogs/UnlockDialog.h"

#include "common/BackgroundUnlock.h"
#include "common/ModalDialogs.h"
#include "common/UiHelpers.h"
#include "crypto/SecureBytes.h"
#include "dialogs/ForgotPassphraseDialog.h"
#include "widgets/RetryCountdown.h"
#include "widgets/StoreFolderField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace infopunt::ui {

UnlockDialog::UnlockDialog(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(new StoreFolderField(this))
    , m_userName(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_error(makeErrorLabel(this))
    , m_wait(new QLabel(this))
    , m_countdown(new RetryCountdown(this))
    , m_unlocker(new BackgroundUnlock(this)) {
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Infopunt — Sign in"));
    m_folder->setFolder(folder);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_wait->setObjectName(QStringLiteral("waitLabel"));
    m_wait->setVisible(false);

    auto* form = makeFormLayout();
    form->addRow(tr("Store folder:"), m_folder);
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Passphrase:"), m_passphrase);

    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_forgot = new QPushButton(tr("Forgot passphrase…"), this);
    m_forgot->setObjectName(QStringLiteral("forgotButton"));
    m_forgot->setAutoDefault(false);
    buttons->addButton(m_forgot, QDialogButtonBox::ResetRole);

    auto* layout = makeDialogLayout(this);
    layout->addWidget(makeTitleLabel(tr("Sign in to Infopunt"), this));
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_wait);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_forgot, &QPushButton::clicked, this, &UnlockDialog::forgotPassphrase);
    connect(m_countdown, &RetryCountdown::changed, this, &UnlockDialog::updateButtons);
    connect(m_folder, &StoreFolderField::changed, this, &UnlockDialog::updateButtons);
    connect(m_userName, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    updateButtons();

    if (!folder.isEmpty())
        m_userName->setFocus();
}

UnlockDialog::~UnlockDialog() {
    QString typed = m_passphrase->text();
    wipeString(typed);
}

void UnlockDialog::setUserName(const QString& userName) {
    m_userName->setText(userName);
    m_passphrase->setFocus();
}

std::unique_ptr<Store> UnlockDialog::takeStore() {
    return std::move(m_store);
}

QString UnlockDialog::folder() const {
    return m_folder->folder();
}

bool UnlockDialog::isUnlocking() const {
    return m_unlocker->isRunning();
}

void UnlockDialog::accept() {
    if (!m_unlock->isEnabled())
        return;
    QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    m_unlocker->start(
        folder(), m_userName->text().trimmed(), passphrase,
        [this](Result<std::unique_ptr<Store>> unlocked) { unlockFinished(std::move(unlocked)); });
    wipeString(passphrase);
    showErrorText(m_error, {});
    updateButtons();
}

void UnlockDialog::reject() {
    m_unlocker->cancel();
    QDialog::reject();
}

void UnlockDialog::unlockFinished(Result<std::unique_ptr<Store>> unlocked) {
    updateButtons();
    if (!unlocked) {
        showErrorText(m_error, unlocked.error().message);
        if (unlocked.error().code == ErrorCode::WrongPassphrase)
            m_countdown->registerFailure();
        m_passphrase->setFocus();
        return;
    }
    m_countdown->reset();
    m_store = std::move(unlocked).value();
    QDialog::accept();
}

void UnlockDialog::forgotPassphrase() {
    ForgotPassphraseDialog dialog(folder(), m_userName->text().trimmed(), this);
    if (ModalDialogs::exec(dialog) != QDialog::Accepted)
        return;
    showErrorText(m_error, {});
    setUserName(dialog.userName());
}

void UnlockDialog::updateButtons() {
    const bool unlocking = m_unlocker->isRunning();
    const bool filled = !folder().isEmpty() && !m_userName->text().trimmed().isEmpty() &&
                        !m_passphrase->text().isEmpty();
    const bool waiting = m_countdown->isRunning();
    const QString wait = unlocking ? tr("Unlocking…") : m_countdown->remainingText();
    m_folder->setEnabled(!unlocking);
    m_userName->setEnabled(!unlocking);
    m_passphrase->setEnabled(!unlocking);
    setEnabledWithReason(
        m_unlock, filled && !waiting && !unlocking,
        waiting || unlocking ? wait : tr("Fill in the store folder, user name and passphrase."));
    m_wait->setText(wait);
    m_wait->setVisible(waiting || unlocking);
    setEnabledWithReason(m_forgot, !folder().isEmpty() && !unlocking,
                         unlocking ? wait : tr("Fill in the store folder first."));
}

} // namespace infopunt::ui
