#include "dialogs/AddUserDialog.h"

#include "accounts/AccountService.h"
#include "common/BusyCursor.h"
#include "common/UiHelpers.h"
#include "crypto/SecureBytes.h"
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
    , m_recoveryNote(new QLabel(this)) {
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

    auto* form = makeFormLayout();
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Display name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    m_passphrase->addRowsTo(form, tr("Initial passphrase:"));
    form->addRow(m_recoveryLabel, m_recoveryKey);
    form->addRow(QString(), m_recoveryNote);

    auto* note = new QLabel(tr("The user chooses an own passphrase at the first sign-in."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    setContent(form, tr("Add user"));

    connect(m_userName, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_passphrase->setUserName(text.trimmed()); });
    connect(m_userName, &QLineEdit::textChanged, this, &AddUserDialog::updateFields);
    connect(m_displayName, &QLineEdit::textChanged, this, &AddUserDialog::updateFields);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateFields);
    connect(m_recoveryKey, &QLineEdit::textChanged, this, &AddUserDialog::updateFields);
    connect(m_passphrase, &PassphraseFields::changed, this, &AddUserDialog::updateFields);
    updateFields();
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
    clearError();
    const bool needsKey = needsRecoveryKey();
    m_recoveryLabel->setVisible(needsKey);
    m_recoveryKey->setVisible(needsKey);
    m_recoveryNote->setVisible(needsKey);

    QString reason;
    if (m_userName->text().trimmed().isEmpty())
        reason = tr("Enter a user name.");
    else if (m_displayName->text().trimmed().isEmpty())
        reason = tr("Enter a display name.");
    else if (!m_passphrase->isAcceptable())
        reason = m_passphrase->problem();
    else if (needsKey && m_recoveryKey->text().trimmed().isEmpty())
        reason = tr("Enter the recovery key.");
    setOkEnabled(reason);
    adjustSize();
}

void AddUserDialog::accept() {
    if (!isOkEnabled() || !m_passphrase->confirmWarnings(this))
        return;
    Store::NewAccount account{m_userName->text().trimmed(), m_displayName->text().trimmed(),
                              m_passphrase->passphrase()};
    QString recoveryKey = needsRecoveryKey() ? m_recoveryKey->text() : QString();
    auto added = [&] {
        BusyCursor busy;
        return AccountService(m_store).add(account, role(), recoveryKey);
    }();
    wipeString(account.passphrase);
    wipeString(recoveryKey);
    if (!added) {
        showError(added.error());
        return;
    }
    m_added = added.value();
    QDialog::accept();
}

} // namespace infopunt::ui
