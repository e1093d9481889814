#include "pages/admin/UsersTab.h"

#include "accounts/AccountService.h"
#include "common/ModalDialogs.h"
#include "common/UiHelpers.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/UserAccessDialog.h"
#include "models/UsersModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace infopunt::ui {

UsersTab::UsersTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new UsersModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add user…"), this))
    , m_disable(new QPushButton(tr("Disable"), this))
    , m_enable(new QPushButton(tr("Enable…"), this))
    , m_reset(new QPushButton(tr("Reset access…"), this)) {
    setObjectName(QStringLiteral("usersTab"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_disable->setObjectName(QStringLiteral("disableUserButton"));
    m_enable->setObjectName(QStringLiteral("enableUserButton"));
    m_reset->setObjectName(QStringLiteral("resetAccessButton"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    applyTableStyle(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_enable);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersTab::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersTab::disableUser);
    connect(m_enable, &QPushButton::clicked, this, &UsersTab::enableUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersTab::resetAccess);
    refresh();
}

void UsersTab::refresh() {
    const Account* selected = selectedAccount();
    const qint64 selectedId = selected ? selected->id : 0;
    const auto accounts = AccountService(m_store).list();
    if (!accounts) {
        m_model->setAccounts({});
        MessageBox::showError(this, accounts.error());
    } else {
        m_model->setAccounts(accounts.value());
    }
    m_table->resizeColumnsToContents();
    if (const int row = m_model->rowOf(selectedId); row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

const Account* UsersTab::selectedAccount() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->account(rows.first().row());
}

void UsersTab::updateButtons() {
    const Account* account = selectedAccount();
    const QString selectFirst = tr("Select a user first.");
    setEnabledWithReason(m_disable, account && !account->disabled,
                         account ? tr("This account is already disabled.") : selectFirst,
                         tr("The user can no longer sign in. Nothing the user recorded is lost."));
    setEnabledWithReason(m_enable, account && account->disabled,
                         account ? tr("This account is not disabled.") : selectFirst,
                         tr("Lets the user sign in again with a new initial passphrase."));
    setEnabledWithReason(m_reset, account && !account->disabled,
                         account ? tr("Enable the account instead.") : selectFirst,
                         tr("Gives a user who forgot the passphrase a new initial passphrase."));
}

void UsersTab::addUser() {
    AddUserDialog dialog(m_store, this);
    // The passphrase fields are never kept in a draft; the names are.
    dialog.setDraftOrigin(origin(*this, Module::Administration, QStringLiteral("addUser"), 0, {}));
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale) {
        showErrorAndReload(*dialog.staleError());
        return;
    }
    if (result != QDialog::Accepted)
        return;
    const qint64 addedId = dialog.addedAccount().id;
    refresh();
    if (const int row = m_model->rowOf(addedId); row >= 0)
        m_table->selectRow(row);
}

void UsersTab::disableUser() {
    const Account* selected = selectedAccount();
    if (!selected)
        return;
    const Account account = *selected;
    const auto answer = MessageBox::question(
        this, tr("Disable user"),
        tr("Disable the account of %1 (%2)? The user can no longer sign in; an Adviser can "
           "enable the account again.")
            .arg(account.displayName, account.userName));
    if (answer != QMessageBox::Yes)
        return;
    const auto disabled = AccountService(m_store).disable(account.id, account.rowVersion);
    if (!disabled) {
        showErrorAndReload(disabled.error());
        return;
    }
    refresh();
}

bool UsersTab::reopenForm(const QString& form, qint64 argument) {
    Q_UNUSED(argument)
    if (form != QLatin1String("addUser") || !m_add->isEnabled())
        return false;
    addUser();
    return true;
}

void UsersTab::enableUser() {
    const Account* selected = selectedAccount();
    if (!selected)
        return;
    UserAccessDialog dialog(m_store, *selected, UserAccessDialog::Action::Enable, this);
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        showErrorAndReload(*dialog.staleError());
    else if (result == QDialog::Accepted)
        refresh();
}

void UsersTab::resetAccess() {
    const Account* selected = selectedAccount();
    if (!selected)
        return;
    UserAccessDialog dialog(m_store, *selected, UserAccessDialog::Action::ResetAccess, this);
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        showErrorAndReload(*dialog.staleError());
    else if (result == QDialog::Accepted)
        refresh();
}

void UsersTab::showErrorAndReload(const Error& error) {
    MessageBox::showError(this, error);
    if (error.code == ErrorCode::StaleEdit)
        refresh();
}

} // namespace infopunt::ui
