#include "dialogs/FirstRunWizard.h"

#include "accounts/AccountService.h"
#include "common/BusyCursor.h"
#include "common/KeyDerivation.h"
#include "common/SecretClipboard.h"
#include "common/UiHelpers.h"
#include "crypto/SecureBytes.h"
#include "storage/PassphraseKeys.h"
#include "widgets/PassphraseFields.h"
#include "widgets/StoreFolderField.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

QLabel* makeIntroLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// Page 1: what this is, and where the store goes.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    WelcomePage(const QString& suggestedFolder, QWidget* parent)
        : QWizardPage(parent)
        , m_folder(new StoreFolderField(this))
        , m_error(makeErrorLabel(this)) {
        setTitle(tr("Welcome to Infopunt"));
        setSubTitle(tr("Infopunt keeps the integrity office's reports, counselling notes, audits, "
                       "risks and plans in one encrypted store."));
        m_folder->setFolder(suggestedFolder);

        auto* form = makeFormLayout();
        form->addRow(tr("Store folder:"), m_folder);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(makeIntroLabel(
            tr("Choose the folder for the new store. It must be empty or not exist yet; "
               "Infopunt creates it. To share the store with colleagues, choose a folder on "
               "a network share that only the integrity office can reach."),
            this));
        layout->addSpacing(sectionSpacing);
        layout->addLayout(form);
        layout->addWidget(m_error);
        layout->addStretch(1);
        connect(m_folder, &StoreFolderField::changed, this, [this] {
            showErrorText(m_error, {});
            emit completeChanged();
        });
    }

    QString folder() const { return m_folder->folder(); }
    bool isComplete() const override { return !folder().isEmpty(); }

    bool validatePage() override {
        const QFileInfo info(folder());
        QString problem;
        if (info.exists() && !info.isDir())
            problem = tr("This is a file, not a folder. Choose a folder.");
        else if (info.exists() && !QDir(folder()).isEmpty(QDir::AllEntries | QDir::Hidden |
                                                          QDir::System | QDir::NoDotAndDotDot))
            problem = tr("This folder is not empty. Choose an empty folder or a new one.");
        showErrorText(m_error, problem);
        return problem.isEmpty();
    }

private:
    StoreFolderField* m_folder;
    QLabel* m_error;
};

// Page 2: the first Adviser account; finishing it creates the store.
class AccountPage : public QWizardPage {
    Q_OBJECT
public:
    AccountPage(FirstRunWizard* wizard, WelcomePage* welcome)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_welcome(welcome)
        , m_userName(new QLineEdit(this))
        , m_displayName(new QLineEdit(this))
        , m_passphrase(new PassphraseFields(this))
        , m_error(makeErrorLabel(this))
        , m_derivation(new KeyDerivation(this)) {
        setTitle(tr("Your account"));
        setSubTitle(tr("You become the store's first Adviser: you manage the users and the "
                       "building blocks."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("Create store"));

        m_userName->setObjectName(QStringLiteral("userNameEdit"));
        m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
        m_userName->setPlaceholderText(tr("e.g. jdevries"));
        m_displayName->setPlaceholderText(tr("e.g. Jan de Vries"));

        auto* form = makeFormLayout();
        form->addRow(tr("User name:"), m_userName);
        form->addRow(tr("Display name:"), m_displayName);
        m_passphrase->addRowsTo(form, tr("Passphrase:"));

        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(makeIntroLabel(
            tr("The passphrase protects the store's keys. Nobody can recover it for you: "
               "the next page shows a recovery key for the case that it is lost."),
            this));
        layout->addWidget(m_error);
        layout->addStretch(1);

        connect(m_userName, &QLineEdit::textChanged, this, [this](const QString& text) {
            m_passphrase->setUserName(text.trimmed());
            changed();
        });
        connect(m_displayName, &QLineEdit::textChanged, this, &AccountPage::changed);
        connect(m_passphrase, &PassphraseFields::changed, this, &AccountPage::changed);
    }

    bool isComplete() const override {
        return !m_userName->text().trimmed().isEmpty() &&
               !m_displayName->text().trimmed().isEmpty() && m_passphrase->isAcceptable() &&
               !m_derivation->isRunning();
    }

    // Starts creating the store and stays on the page: the passphrase's key is derived on a
    // worker thread (Argon2id), then the store is created and the wizard goes on by itself.
    bool validatePage() override {
        if (m_wizard->storeCreated())
            return true;
        if (m_derivation->isRunning())
            return false;
        const QString userName = m_userName->text().trimmed();
        if (const auto valid = AccountService::validateUserName(userName); !valid) {
            showErrorText(m_error, valid.error().message);
            m_userName->setFocus();
            return false;
        }
        if (!m_passphrase->confirmWarnings(this))
            return false;
        m_derivation->startFresh(m_passphrase->passphrase(), [this](const PassphraseKeys& keys) {
            setBusy(false);
            create(keys);
        });
        setBusy(true); // after start(): isComplete() asks whether it runs
        return false;
    }

    // Back or Cancel while the key is derived: no store is created.
    void cleanupPage() override {
        cancel();
        QWizardPage::cleanupPage();
    }
    void cancel() {
        m_derivation->cancel();
        setBusy(false);
    }

private:
    void create(const PassphraseKeys& keys) {
        Store::NewAccount account{m_userName->text().trimmed(), m_displayName->text().trimmed(),
                                  m_passphrase->passphrase()};
        auto created = [&] {
            BusyCursor busy;
            return Store::create(m_welcome->folder(), account, keys);
        }();
        wipeString(account.passphrase);
        if (!created) {
            showErrorText(m_error, created.error().message);
            return;
        }
        m_passphrase->clear();
        m_wizard->setCreated(std::move(created).value());
        m_wizard->next();
    }

    void setBusy(bool busy) {
        m_userName->setEnabled(!busy);
        m_displayName->setEnabled(!busy);
        m_passphrase->setEnabled(!busy);
        setButtonText(QWizard::CommitButton, busy ? tr("Creating the store…") : tr("Create store"));
        emit completeChanged();
    }

    void changed() {
        showErrorText(m_error, {});
        emit completeChanged();
    }

    FirstRunWizard* m_wizard;
    WelcomePage* m_welcome;
    QLineEdit* m_userName;
    QLineEdit* m_displayName;
    PassphraseFields* m_passphrase;
    QLabel* m_error;
    KeyDerivation* m_derivation;
};

// Page 3: the recovery key, shown once.
class RecoveryKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryKeyPage(FirstRunWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_key(new QLineEdit(this))
        , m_copy(new QPushButton(tr("Copy"), this))
        , m_stored(new QCheckBox(tr("I have stored the recovery key in a safe place"), this)) {
        setTitle(tr("Your recovery key"));
        setSubTitle(tr("The store has been created. This key is shown only now."));

        m_key->setObjectName(QStringLiteral("recoveryKeyEdit"));
        m_key->setReadOnly(true);
        m_key->setAlignment(Qt::AlignCenter);
        makeMonospace(m_key, 1.4);
        m_key->setMinimumHeight(m_key->sizeHint().height() + 12);
        m_copy->setObjectName(QStringLiteral("copyButton"));
        m_copy->setToolTip(tr("Copies the key; the clipboard is cleared again after one minute."));
        m_stored->setObjectName(QStringLiteral("storedCheckBox"));

        auto* keyRow = new QHBoxLayout;
        keyRow->addWidget(m_key, 1);
        keyRow->addWidget(m_copy);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(makeIntroLabel(
            tr("With the recovery key an Adviser can give a user who forgot the passphrase new "
               "access, and add confidential counsellors. Print it or write it down and keep it "
               "in a safe place, away from this computer. Whoever has it can open the whole "
               "store."),
            this));
        layout->addSpacing(sectionSpacing);
        layout->addLayout(keyRow);
        layout->addSpacing(sectionSpacing);
        layout->addWidget(m_stored);
        layout->addStretch(1);

        connect(m_copy, &QPushButton::clicked, this,
                [this] { SecretClipboard::instance().copy(m_wizard->recoveryKeyText()); });
        connect(m_stored, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }

    void initializePage() override { m_key->setText(m_wizard->recoveryKeyText()); }
    bool isComplete() const override { return m_stored->isChecked(); }
    void clearKey() { m_key->clear(); }

private:
    FirstRunWizard* m_wizard;
    QLineEdit* m_key;
    QPushButton* m_copy;
    QCheckBox* m_stored;
};

} // namespace

FirstRunWizard::FirstRunWizard(const QString& suggestedFolder, QWidget* parent)
    : QWizard(parent) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Infopunt — New store"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage |
               QWizard::NoBackButtonOnStartPage);
    auto* welcome = new WelcomePage(suggestedFolder, this);
    setPage(WelcomePageId, welcome);
    setPage(AccountPageId, new AccountPage(this, welcome));
    setPage(RecoveryKeyPageId, new RecoveryKeyPage(this));
    setMinimumSize(640, 520);
}

FirstRunWizard::~FirstRunWizard() {
    if (auto* recoveryPage = qobject_cast<RecoveryKeyPage*>(page(RecoveryKeyPageId)))
        recoveryPage->clearKey();
    wipeString(m_recoveryKey);
}

std::unique_ptr<Store> FirstRunWizard::takeStore() {
    return std::move(m_store);
}

void FirstRunWizard::setCreated(Store::Created created) {
    m_store = std::move(created.store);
    m_recoveryKey = std::move(created.recoveryKeyText);
}

void FirstRunWizard::reject() {
    if (m_store)
        return;
    if (auto* account = qobject_cast<AccountPage*>(page(AccountPageId)))
        account->cancel();
    QWizard::reject();
}

} // namespace infopunt::ui

#include "FirstRunWizard.moc"
