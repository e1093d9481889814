#include "dialogs/UnsavedChanges.h"

#include "dialogs/MessageBox.h"

namespace infopunt::ui {

UnsavedChanges::Answer UnsavedChanges::ask(QWidget* parent, const QString& what) {
    const auto answer = MessageBox::warning(
        parent, tr("Unsaved changes"),
        tr("You have changed %1 and not saved it yet.\n\nSave the changes, discard them, or "
           "go back to the form?")
            .arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Cancel;
    }
}

bool UnsavedChanges::resolve(QWidget* parent, const QString& what,
                             const std::function<bool()>& save,
                             const std::function<void()>& discard) {
    switch (ask(parent, what)) {
    case Answer::Save:
        return save();
    case Answer::Discard:
        discard();
        return true;
    case Answer::Cancel:
        break;
    }
    return false;
}

bool UnsavedChanges::resolveIfAny(QWidget* parent, const std::optional<QString>& what,
                                  const std::function<bool()>& save,
                                  const std::function<void()>& discard) {
    return !what || resolve(parent, *what, save, discard);
}

} // namespace infopunt::ui
