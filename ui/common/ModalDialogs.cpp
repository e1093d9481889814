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
        if (dialog && dialog->isVisible() && dialog->isModal())
            dialog->reject();
    }
}

} // namespace infopunt::ui
