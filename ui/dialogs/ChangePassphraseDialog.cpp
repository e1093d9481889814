#include "dialogs/ChangePassphraseDialog.h"

#include "accounts/AccountService.h"
#include "common/BusyCursor.h"
#include "common/UiHelpers.h"
#include "crypto/SecureBytes.h"
#include "storage/Store.h"
#include "widgets/PassphraseFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace infopunt::ui {

ChangePassphraseDialog::ChangePassphraseDialog(Store& store, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_current(new QLineEdit(this))
    , m_passphrase(new PassphraseFields(this))
    , m_error(makeErrorLabel(this)) {
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
    if (!m_ok->isEnabled() || !m_passphrase->confirmWarnings(this))
        return;
    QString current = m_current->text();
    QString passphrase = m_passphrase->passphrase();
    const auto changed = [&] {
        BusyCursor busy;
        return AccountService(m_store).changeOwnPassphrase(current, passphrase);
    }();
    wipeString(current);
    wipeString(passphrase);
    if (!changed) {
        showErrorText(m_error, changed.error().message);
        return;
    }
    m_store.reloadUser();
    QDialog::accept();
}

void ChangePassphraseDialog::updateButtons() {
    showErrorText(m_error, {});
    const QString reason = m_current->text().isEmpty() ? tr("Enter your current passphrase.")
                                                       : m_passphrase->problem();
    setEnabledWithReason(m_ok, reason.isEmpty(), reason);
}

} // namespace infopunt::ui
