#pragma once

#include "common/Result.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace infopunt::ui {

// Base of the administration dialogs that carry out their action when OK is pressed: an
// Error is shown in the dialog, except a stale edit, which closes it with `Stale` so the
// caller can say so and reload its view.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    enum ResultCode { Stale = QDialog::Accepted + 1 };

    explicit ActionDialog(QWidget* parent);
    const std::optional<Error>& staleError() const { return m_stale; }

protected:
    // Lays out: content, the error label, the OK / Cancel buttons.
    void setContent(QLayout* content, const QString& okText);
    // For dialogs that add or rename something: adds the row "Name:" with `name` to `form`,
    // lays the dialog out, and enables OK only for a name that is filled in and, when
    // renaming, differs from `oldName`.
    void setNameContent(QFormLayout* form, QLineEdit* name, const std::optional<QString>& oldName,
                        const QString& okText);
    bool isOkEnabled() const;
    void setOkEnabled(const QString& reasonWhenDisabled); // empty reason: enabled
    void showError(const Error& error);
    void clearError();
    // The end of accept(): closes the dialog when the action succeeded, else shows its error
    // (showError).
    template <typename T> void acceptOrShow(const Result<T>& done) {
        if (done)
            QDialog::accept();
        else
            showError(done.error());
    }

private:
    QLabel* m_error;
    QPushButton* m_ok = nullptr;
    std::optional<Error> m_stale;
};

} // namespace infopunt::ui
