#pragma once

#include "dialogs/ActionDialog.h"
#include "risks/Controls.h"
#include "risks/RiskRegister.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// A control to add or edit: a building block of the catalogue or a custom title, the owner, a
// description and the risks it treats; for a stored control the history of its judgements.
class ControlDialog : public ActionDialog {
    Q_OBJECT
public:
    ControlDialog(Store& store, const Control& control, const QList<Risk>& risks, QWidget* parent);
    Control control() const; // the form's values on the control given
    void accept() override;

protected:
    QVariantMap draftContext() const override { return versionContext(m_control.rowVersion); }
    void restoreDraftContext(const QVariantMap& context) override {
        m_control.rowVersion = versionFrom(context, m_control.rowVersion);
    }

private:
    QWidget* makeJudgements();

    Store& m_store;
    Control m_control;
    QComboBox* m_block;
    QLineEdit* m_title;
    QLineEdit* m_owner;
    QPlainTextEdit* m_description;
    QListWidget* m_risks;
};

} // namespace infopunt::ui
