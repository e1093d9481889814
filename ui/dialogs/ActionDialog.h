#pragma once

#include "common/Result.h"

#include <QDialog>
#include <functional>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace infopunt::ui {

class FormErrors;

// Base of the dialogs that carry out their action when OK is pressed: an Error is shown in the
// dialog, at its fields when it names fields of fieldErrors(), except a stale edit, which closes
// it with `Stale` so the caller can say so and reload its view. OK stays enabled; accept()
// starts with fieldErrors().check(), which shows every field problem at once.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    enum ResultCode { Stale = QDialog::Accepted + 1 };

    explicit ActionDialog(QWidget* parent);
    const std::optional<Error>& staleError() const { return m_stale; }

protected:
    // Lays out: content, the error label, the OK / Cancel buttons.
    void setContent(QLayout* content, const QString& okText);
    // For dialogs that add or rename something: adds the row "Name:" with `name` (field
    // "name", checked by `validateName`) to `form` and lays the dialog out.
    void setNameContent(QFormLayout* form, QLineEdit* name,
                        std::function<FieldErrors(const QString&)> validateName,
                        const QString& okText);
    FormErrors& fieldErrors() { return *m_fieldErrors; }
    // For an action that cannot be taken at all (not for a field problem: those show at the field).
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
    FormErrors* m_fieldErrors;
    QPushButton* m_ok = nullptr;
    std::optional<Error> m_stale;
};

} // namespace infopunt::ui
