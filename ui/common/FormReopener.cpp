#include "common/FormReopener.h"

#include "dialogs/ActionDialog.h"

#include <QWidget>

namespace infopunt::ui {

bool FormReopener::reopen(FormReopener& view, const Draft& draft) {
    // reopenForm() runs the dialog to its end, so the values cannot reach any other dialog.
    ActionDialog::restoreOnNextShow(draft.fields);
    const bool reopened = view.reopenForm(draft.form, draft.argument);
    ActionDialog::restoreOnNextShow(std::nullopt);
    return reopened;
}

Draft FormReopener::origin(const QWidget& view, Module module, const QString& form, qint64 argument,
                           const QString& label) {
    Draft draft;
    draft.module = Modules::code(module);
    draft.view = view.objectName();
    draft.form = form;
    draft.argument = argument;
    draft.recordLabel = label;
    return draft;
}

} // namespace infopunt::ui
