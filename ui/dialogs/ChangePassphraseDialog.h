#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class PassphraseFields;

// Changes the signed-in user's own passphrase (AccountService::changeOwnPassphrase). In the
// required mode, after signing in with an initial passphrase, the only other way out is
// signing out.
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Optional, Required };

    ChangePassphraseDialog(Store& store, Mode mode, QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    void accept() override;

private:
    void updateButtons();

    Store& m_store;
    QLineEdit* m_current;
    PassphraseFields* m_passphrase;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace infopunt::ui
