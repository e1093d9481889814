#include "dialogs/AddUserDialog.h"

#include "accounts/AccountService.h"
#include "common/FormErrors.h"
#include "common/KeyDerivation.h"
#include "common/UiHelpers.h"
#include "crypto/SecureBytes.h"
#include "storage/PassphraseKeys.h"
#include "widgets/PassphraseFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>

namespace infopunt::ui {

AddUserDialog::AddUserDialog(Store& store, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_userName(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_passphrase(new PassphraseFields(this))
    , m_recoveryLabel(new QLabel(tr("Recovery key:"), this))
    , m_recoveryKey(new QLineEdit(this))
    , m_recoveryNote(new QLabel(this))
    , m_derivation(new KeyDerivation(this)) {
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    makeMonospace(m_recoveryKey);
    m_recoveryNote->setWordWrap(true);
    m_recoveryNote->setText(tr("This role keeps data that you cannot open yourself. The "
                               "store's recovery key gives the new account its key."));
    for (const Role role : Roles::all())
        m_role->addItem(Roles::displayName(role), static_cast<int>(role));

    FormErrors& fields = fieldErrors();
    auto* form = makeFormLayout();
    form->addRow(tr("User name:"), fields.wrap(m_userName, QStringLiteral("userName")));
    form->addRow(tr("Display name:"), fields.wrap(m_displayName, QStringLiteral("displayName")));
    form->addRow(tr("Role:"), m_role);
    m_passphrase->addRowsTo(form, tr("Initial passphrase:"));
    m_passphrase->addTo(fields, form);
    m_recoveryBox = fields.wrap(m_recoveryKey, QStringLiteral("recoveryKey"));
    form->addRow(m_recoveryLabel, m_recoveryBox);
    form->addRow(QString(), m_recoveryNote);

    auto* note = new QLabel(tr("The user chooses an own passphrase at the first sign-in."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    setContent(form, tr("Add user"));

    connect(m_userName, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_passphrase->setUserName(text.trimmed()); });
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateFields);
    fields.watch(m_role);
    fields.setValidator([this] { return validate(); });
    updateFields();
}

FieldErrors AddUserDialog::validate() const {
    FieldErrors errors;
    // The passphrase is checked by PassphraseFields (with the core's PassphrasePolicy), so no
    // copy of it is made here.
    const Store::NewAccount account{m_userName->text().trimmed(), m_displayName->text().trimmed(),
                                    QString()};
    for (const FieldError& error : AccountService::validateNewAccount(account)) {
        if (error.field != QLatin1String("passphrase"))
            errors.append(error);
    }
    errors.append(m_passphrase->fieldErrors());
    if (needsRecoveryKey())
        errors.append(AccountService::validateRecoveryKey(m_recoveryKey->text()));
    return errors;
}

AddUserDialog::~AddUserDialog() {
    QString key = m_recoveryKey->text();
    wipeString(key);
    m_passphrase->clear();
}

Role AddUserDialog::role() const {
    return static_cast<Role>(m_role->currentData().toInt());
}

bool AddUserDialog::needsRecoveryKey() const {
    const QList<Compartment> compartments = Roles::compartments(role());
    return std::any_of(compartments.begin(), compartments.end(),
                       [this](Compartment c) { return !m_store.holds(c); });
}

void AddUserDialog::updateFields() {
    const bool needsKey = needsRecoveryKey();
    m_recoveryLabel->setVisible(needsKey);
    m_recoveryBox->setVisible(needsKey);
    m_recoveryNote->setVisible(needsKey);
    adjustSize();
}

void AddUserDialog::accept() {
    if (m_derivation->isRunning())
        return;
    clearError();
    if (!fieldErrors().check() || !m_passphrase->confirmWarnings(this))
        return;
    // The initial passphrase's key is derived on a worker thread; the fields wait meanwhile.
    setBusy(true);
    m_derivation->startFresh(m_passphrase->passphrase(), [this](const PassphraseKeys& keys) {
        setBusy(false);
        add(keys);
    });
}

void AddUserDialog::reject() {
    m_derivation->cancel(); // nothing is added once the dialog is left
    setBusy(false);
    ActionDialog::reject();
}

bool AddUserDialog::isAdding() const {
    return m_derivation->isRunning();
}

void AddUserDialog::add(const PassphraseKeys& keys) {
    Store::NewAccount account{m_userName->text().trimmed(), m_displayName->text().trimmed(),
                              m_passphrase->passphrase()};
    QString recoveryKey = needsRecoveryKey() ? m_recoveryKey->text() : QString();
    const auto added = AccountService(m_store).add(account, role(), recoveryKey, keys);
    wipeString(account.passphrase);
    wipeString(recoveryKey);
    if (!added) {
        showError(added.error());
        return;
    }
    m_added = added.value();
    QDialog::accept();
}

void AddUserDialog::setBusy(bool busy) {
    for (QWidget* field : {static_cast<QWidget*>(m_userName), static_cast<QWidget*>(m_displayName),
                           static_cast<QWidget*>(m_role), static_cast<QWidget*>(m_recoveryKey)})
        field->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    setOkEnabled(busy ? tr("Adding the account…") : QString());
}

} // namespace infopunt::ui
