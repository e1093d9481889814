#pragma once

#include <QVariantMap>

class QWidget;

namespace infopunt::ui {

// What a user has typed or chosen in a form: the values of the named input widgets below a
// root (line and text edits, combo boxes, date edits, check boxes, spin boxes), keyed by their
// object names. Comparing two captures tells whether a form has unsaved changes; applying one
// puts a kept draft back. Password fields are never captured.
class FormState {
public:
    static QVariantMap capture(const QWidget* root);
    // Sets every widget named in `values`; names that no longer exist are skipped.
    static void apply(QWidget* root, const QVariantMap& values);
};

} // namespace infopunt::ui
