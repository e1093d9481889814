#include "common/ModalDialogs.h"

#include <QApplication>
#include <QDialog>

namespace infopunt::ui {

int ModalDialogs::s_depth = 0;

int ModalDialogs::exec(QDialog& dialog) {
    ++s_depth;
    const int result = dialog.exec();
    --s_depth;
    return result;
}

int ModalDialogs::depth() {
    return s_depth;
}

void ModalDialogs::rejectAll() {
    const QWidgetList topLevels = QApplication::topLevelWidgets();
    for (QWidget* widget : topLevels) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        // done(), not reject(): a changed form would ask whether to save, but the window is
        // locking and has kept the form as a draft already.
        if (dialog && dialog->isVisible() && dialog->isModal())
            dialog->done(QDialog::Rejected);
    }
}

} // namespace infopunt::ui
