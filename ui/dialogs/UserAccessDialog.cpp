#include "dialogs/UserAccessDialog.h"

#include "accounts/AccountService.h"
#include "common/BusyCursor.h"
#include "common/FormErrors.h"
#include "common/KeyDerivation.h"
#include "common/UiHelpers.h"
#include "crypto/SecureBytes.h"
#include "storage/PassphraseKeys.h"
#include "widgets/PassphraseFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>

namespace infopunt::ui {

UserAccessDialog::UserAccessDialog(Store& store, const Account& account, Action action,
                                   QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_account(account)
    , m_action(action)
    , m_passphrase(new PassphraseFields(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_derivation(new KeyDerivation(this)) {
    const bool enable = action == Action::Enable;
    setObjectName(enable ? QStringLiteral("enableUserDialog")
                         : QStringLiteral("resetAccessDialog"));
    setWindowTitle(enable ? tr("Enable user") : tr("Reset access"));
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    makeMonospace(m_recoveryKey);
    m_passphrase->setUserName(account.userName);

    auto* intro = new QLabel(
        enable ? tr("%1 (%2) can sign in again with the initial passphrase you set here, and "
                    "then chooses an own passphrase.")
                     .arg(account.displayName, account.userName)
               : tr("%1 (%2) gets a new initial passphrase and chooses an own passphrase at "
                    "the next sign-in. Resetting access needs the store's recovery key.")
                     .arg(account.displayName, account.userName),
        this);
    intro->setWordWrap(true);

    auto* form = makeFormLayout();
    form->addRow(intro);
    FormErrors& fields = fieldErrors();
    if (needsRecoveryKey())
        form->addRow(tr("Recovery key:"),
                     fields.wrap(m_recoveryKey, QStringLiteral("recoveryKey")));
    else
        m_recoveryKey->setVisible(false);
    m_passphrase->addRowsTo(form, tr("Initial passphrase:"));
    m_passphrase->addTo(fields, form);
    setContent(form, enable ? tr("Enable") : tr("Reset access"));
    fields.setValidator([this] {
        FieldErrors errors;
        if (needsRecoveryKey())
            errors.append(AccountService::validateRecoveryKey(m_recoveryKey->text()));
        errors.append(m_passphrase->fieldErrors());
        return errors;
    });
}

UserAccessDialog::~UserAccessDialog() {
    QString key = m_recoveryKey->text();
    wipeString(key);
    m_passphrase->clear();
}

bool UserAccessDialog::needsRecoveryKey() const {
    if (m_action == Action::ResetAccess)
        return true;
    const QList<Compartment> compartments = Roles::compartments(m_account.role);
    return std::any_of(compartments.begin(), compartments.end(),
                       [this](Compartment c) { return !m_store.holds(c); });
}

void UserAccessDialog::accept() {
    if (m_derivation->isRunning())
        return;
    clearError();
    if (!fieldErrors().check() || !m_passphrase->confirmWarnings(this))
        return;
    setBusy(true);
    m_derivation->startFresh(m_passphrase->passphrase(), [this](const PassphraseKeys& keys) {
        setBusy(false);
        give(keys);
    });
}

void UserAccessDialog::reject() {
    m_derivation->cancel(); // nothing is changed once the dialog is left
    setBusy(false);
    ActionDialog::reject();
}

bool UserAccessDialog::isGiving() const {
    return m_derivation->isRunning();
}

void UserAccessDialog::give(const PassphraseKeys& keys) {
    QString passphrase = m_passphrase->passphrase();
    QString recoveryKey = needsRecoveryKey() ? m_recoveryKey->text() : QString();
    const auto done = [&] {
        BusyCursor busy;
        AccountService service(m_store);
        return m_action == Action::Enable
                   ? service.enable(m_account.id, m_account.rowVersion, passphrase, recoveryKey,
                                    keys)
                   : service.resetAccess(m_account.id, recoveryKey, passphrase, keys);
    }();
    wipeString(passphrase);
    wipeString(recoveryKey);
    acceptOrShow(done);
}

void UserAccessDialog::setBusy(bool busy) {
    m_recoveryKey->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    setOkEnabled(busy ? (m_action == Action::Enable ? tr("Enabling the account…")
                                                    : tr("Resetting the access…"))
                      : QString());
}

} // namespace infopunt::ui
