#pragma once

#include "common/Result.h"
#include "storage/Drafts.h"

#include <QDialog>
#include <QVariantMap>
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
// starts with fieldErrors().check(), which shows every field problem at once. Typed work is
// never thrown away silently: Esc, Cancel or closing a changed dialog asks to save, discard or
// go back; when the window locks by itself, the changes are kept as a draft (see draft()) and
// put back by restoreOnNextShow() after unlocking.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    enum ResultCode { Stale = QDialog::Accepted + 1 };

    explicit ActionDialog(QWidget* parent);
    const std::optional<Error>& staleError() const { return m_stale; }

    // Where a draft of this dialog is reopened: set by whoever opens the dialog (a label left
    // empty becomes what()). Without one, the dialog still asks before discarding but keeps no
    // draft.
    void setDraftOrigin(const Draft& origin) { m_origin = origin; }
    // Changed since it was shown (or since a draft was put back)?
    bool hasUnsavedChanges() const;
    // The origin with the dialog's current values; none without an origin or changes.
    std::optional<Draft> draft() const;
    // The dialog as the unsaved-changes question and a draft name it: its title in quotes.
    QString what() const;
    // The next ActionDialog to be shown starts with these values (a draft's fields).
    static void restoreOnNextShow(const std::optional<QVariantMap>& fields);

    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    // What a draft keeps besides the visible fields, e.g. the row version an edit started from,
    // so that a restored draft still meets the stale-edit check.
    virtual QVariantMap draftContext() const { return {}; }
    virtual void restoreDraftContext(const QVariantMap& context) { Q_UNUSED(context) }
    // Values the dialog itself saved count as unchanged (a step saved from within the dialog
    // that also shows in its fields, such as a risk's status after an approved acceptance).
    void takeShownAsSaved();
    // The context of a dialog that edits a record with a row version.
    static QVariantMap versionContext(qint64 rowVersion);
    static qint64 versionFrom(const QVariantMap& context, qint64 fallback);

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
    std::optional<Draft> m_origin;
    std::optional<QVariantMap> m_baseline; // the values when shown
    static std::optional<QVariantMap> s_restore;
};

} // namespace infopunt::ui
