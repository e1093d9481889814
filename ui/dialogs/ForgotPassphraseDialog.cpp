#include "dialogs/ForgotPassphraseDialog.h"

#include "common/BusyCursor.h"
#include "common/KeyDerivation.h"
#include "common/UiHelpers.h"
#include "crypto/SecureBytes.h"
#include "dialogs/MessageBox.h"
#include "storage/PassphraseKeys.h"
#include "storage/Store.h"
#include "widgets/PassphraseFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace infopunt::ui {

ForgotPassphraseDialog::ForgotPassphraseDialog(const QString& folder, const QString& userName,
                                               QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_userName(new QLineEdit(userName, this))
    , m_recoveryKey(new QLineEdit(this))
    , m_passphrase(new PassphraseFields(this))
    , m_error(makeErrorLabel(this))
    , m_derivation(new KeyDerivation(this)) {
    setObjectName(QStringLiteral("forgotPassphraseDialog"));
    setWindowTitle(tr("Forgot passphrase"));
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    makeMonospace(m_recoveryKey);
    m_recoveryKey->setMinimumWidth(
        m_recoveryKey->fontMetrics().horizontalAdvance(m_recoveryKey->placeholderText()) + 24);

    auto* intro = new QLabel(tr("Enter the store's recovery key to choose a new passphrase. "
                                "Ask the person who keeps the recovery key if you do not have it."),
                             this);
    intro->setWordWrap(true);

    auto* form = makeFormLayout();
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Recovery key:"), m_recoveryKey);
    m_passphrase->addRowsTo(form, tr("New passphrase:"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set passphrase"));

    setMinimumWidth(dialogMinimumWidth);
    auto* layout = makeDialogLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ForgotPassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ForgotPassphraseDialog::reject);
    connect(m_userName, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_passphrase->setUserName(text.trimmed());
        updateButtons();
    });
    connect(m_recoveryKey, &QLineEdit::textChanged, this, &ForgotPassphraseDialog::updateButtons);
    connect(m_passphrase, &PassphraseFields::changed, this, &ForgotPassphraseDialog::updateButtons);
    m_passphrase->setUserName(userName);
    updateButtons();
    (userName.isEmpty() ? m_userName : m_recoveryKey)->setFocus();
}

ForgotPassphraseDialog::~ForgotPassphraseDialog() {
    QString key = m_recoveryKey->text();
    wipeString(key);
    m_passphrase->clear();
}

QString ForgotPassphraseDialog::userName() const {
    return m_userName->text().trimmed();
}

void ForgotPassphraseDialog::accept() {
    if (m_derivation->isRunning() || !m_ok->isEnabled() || !m_passphrase->confirmWarnings(this))
        return;
    setBusy(true);
    m_derivation->startFresh(m_passphrase->passphrase(), [this](const PassphraseKeys& keys) {
        setBusy(false);
        reset(keys);
    });
}

void ForgotPassphraseDialog::reject() {
    m_derivation->cancel(); // nothing is set once the dialog is left
    setBusy(false);
    QDialog::reject();
}

bool ForgotPassphraseDialog::isSetting() const {
    return m_derivation->isRunning();
}

void ForgotPassphraseDialog::reset(const PassphraseKeys& keys) {
    QString recoveryKey = m_recoveryKey->text();
    QString passphrase = m_passphrase->passphrase();
    const auto reset = [&] {
        BusyCursor busy;
        return Store::resetAccessWithRecoveryKey(m_folder, userName(), recoveryKey, passphrase,
                                                 keys);
    }();
    wipeString(recoveryKey);
    wipeString(passphrase);
    if (!reset) {
        showErrorText(m_error, reset.error().message);
        return;
    }
    m_passphrase->clear();
    m_recoveryKey->clear();
    MessageBox::information(this, windowTitle(),
                            tr("The new passphrase is set. Sign in with it now."));
    QDialog::accept();
}

void ForgotPassphraseDialog::setBusy(bool busy) {
    m_userName->setEnabled(!busy);
    m_recoveryKey->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_ok->setText(busy ? tr("Setting the passphrase…") : tr("Set passphrase"));
    if (!busy)
        updateButtons();
}

void ForgotPassphraseDialog::updateButtons() {
    showErrorText(m_error, {});
    QString reason;
    if (userName().isEmpty())
        reason = tr("Enter your user name.");
    else if (m_recoveryKey->text().trimmed().isEmpty())
        reason = tr("Enter the recovery key.");
    else
        reason = m_passphrase->problem();
    setEnabledWithReason(m_ok, reason.isEmpty(), reason);
}

} // namespace infopunt::ui
