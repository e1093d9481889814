#pragma once

#include "accounts/Role.h"
#include "storage/Drafts.h"

#include <QString>

class QWidget;

namespace infopunt::ui {

// A view whose dialogs can be opened again from a kept draft: the dialog's draft origin
// (ActionDialog::setDraftOrigin) names the view, the opener (`form`) and what it was opened on
// (`argument`), and reopenForm() runs that opener again.
class FormReopener {
public:
    virtual ~FormReopener() = default;
    // Opens the dialog `form` on `argument` and runs it; false when there is no such form or it
    // cannot be opened any more.
    virtual bool reopenForm(const QString& form, qint64 argument) = 0;

    // reopenForm() with the draft's values put into the dialog it opens.
    static bool reopen(FormReopener& view, const Draft& draft);
    // The origin of a dialog opened by `form` on `argument` in `view` (found again by its object
    // name); `label` names it when the draft is offered back ("2026-005").
    static Draft origin(const QWidget& view, Module module, const QString& form, qint64 argument,
                        const QString& label);
};

} // namespace infopunt::ui
