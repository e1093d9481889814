#pragma once

#include "dialogs/ActionDialog.h"
#include "risks/RiskRegister.h"
#include "risks/VulnerableFunctions.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// A vulnerable function to add or edit: its name and unit, why it is vulnerable, the screening
// it requires, when it was last assessed, a note and the risks it carries.
class VulnerableFunctionDialog : public ActionDialog {
    Q_OBJECT
public:
    VulnerableFunctionDialog(Store& store, const VulnerableFunction& function,
                             const QList<Risk>& risks, QWidget* parent);
    VulnerableFunction function() const; // the form's values on the function given
    void accept() override;

protected:
    QVariantMap draftContext() const override { return versionContext(m_function.rowVersion); }
    void restoreDraftContext(const QVariantMap& context) override {
        m_function.rowVersion = versionFrom(context, m_function.rowVersion);
    }

private:
    Store& m_store;
    VulnerableFunction m_function;
    QLineEdit* m_name;
    QLineEdit* m_unit;
    QListWidget* m_reasons;
    QListWidget* m_screening;
    QCheckBox* m_assessed;
    QDateEdit* m_lastAssessed;
    QPlainTextEdit* m_note;
    QListWidget* m_risks;
};

} // namespace infopunt::ui
