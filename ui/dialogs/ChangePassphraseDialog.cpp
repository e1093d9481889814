#include "dialogs/ChangePassphraseDialog.h"

#include "accounts/AccountService.h"
#include "common/KeyDerivation.h"
#include "common/UiHelpers.h"
#include "crypto/SecureBytes.h"
#include "storage/PassphraseKeys.h"
#include "storage/Store.h"
#include "widgets/PassphraseFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace infopunt::ui {

ChangePassphraseDialog::ChangePassphraseDialog(Store& store, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_current(new QLineEdit(this))
    , m_passphrase(new PassphraseFields(this))
    , m_error(makeErrorLabel(this))
    , m_derivation(new KeyDerivation(this)) {
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    m_current->setObjectName(QStringLiteral("currentPassphraseEdit"));
    m_current->setEchoMode(QLineEdit::Password);
    m_passphrase->setUserName(store.user().userName);

    auto* form = makeFormLayout();
    form->addRow(tr("Current passphrase:"), m_current);
    m_passphrase->addRowsTo(form, tr("New passphrase:"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Change passphrase"));

    setMinimumWidth(dialogMinimumWidth);
    auto* layout = makeDialogLayout(this);
    if (mode == Mode::Required) {
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Sign out"));
        auto* intro = new QLabel(tr("You signed in with an initial passphrase. Choose your own "
                                    "passphrase now; only you should know it."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        layout->addSpacing(8);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateButtons);
    connect(m_passphrase, &PassphraseFields::changed, this, &ChangePassphraseDialog::updateButtons);
    updateButtons();
}

ChangePassphraseDialog::~ChangePassphraseDialog() {
    QString current = m_current->text();
    wipeString(current);
    m_passphrase->clear();
}

void ChangePassphraseDialog::accept() {
    if (m_derivation->isRunning() || !m_ok->isEnabled() || !m_passphrase->confirmWarnings(this))
        return;
    // Both keys (the current passphrase's to check it, the new one's with fresh parameters) are
    // derived on a worker thread; the fields stay as they are meanwhile.
    auto current = std::make_shared<PassphraseKeys>(m_current->text());
    auto next = std::make_shared<PassphraseKeys>(m_passphrase->passphrase());
    setBusy(true);
    m_derivation->start(
        [current, next, folder = m_store.folder(), userName = m_store.user().userName] {
            current->derive(folder, userName);
            next->deriveFresh();
        },
        [this, current, next] {
            setBusy(false);
            change(*current, *next);
        });
}

void ChangePassphraseDialog::reject() {
    m_derivation->cancel();
    setBusy(false);
    QDialog::reject();
}

bool ChangePassphraseDialog::isChanging() const {
    return m_derivation->isRunning();
}

void ChangePassphraseDialog::change(const PassphraseKeys& currentKeys,
                                    const PassphraseKeys& newKeys) {
    QString current = m_current->text();
    QString passphrase = m_passphrase->passphrase();
    const auto changed =
        AccountService(m_store).changeOwnPassphrase(current, passphrase, currentKeys, newKeys);
    wipeString(current);
    wipeString(passphrase);
    if (!changed) {
        showErrorText(m_error, changed.error().message);
        return;
    }
    m_store.reloadUser();
    QDialog::accept();
}

void ChangePassphraseDialog::setBusy(bool busy) {
    m_current->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_ok->setText(busy ? tr("Changing…") : tr("Change passphrase"));
    if (!busy)
        updateButtons();
}

void ChangePassphraseDialog::updateButtons() {
    showErrorText(m_error, {});
    const QString reason = m_current->text().isEmpty() ? tr("Enter your current passphrase.")
                                                       : m_passphrase->problem();
    setEnabledWithReason(m_ok, reason.isEmpty(), reason);
}

} // namespace infopunt::ui
