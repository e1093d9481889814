#pragma once

#include "cases/CaseService.h"
#include "dialogs/ActionDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace infopunt::ui {

// Adds a party to a case (id 0) or edits one (CaseService::addParty / updateParty).
class PartyDialog : public ActionDialog {
    Q_OBJECT
public:
    PartyDialog(CaseService& cases, const CaseParty& party, QWidget* parent);

    void accept() override;

protected:
    // A restored draft keeps the version the edit started from (the stale-edit check).
    QVariantMap draftContext() const override { return versionContext(m_party.rowVersion); }
    void restoreDraftContext(const QVariantMap& context) override {
        m_party.rowVersion = versionFrom(context, m_party.rowVersion);
    }

private:
    CaseParty party() const; // as filled in

    CaseService& m_cases;
    CaseParty m_party;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_function;
    QLineEdit* m_orgUnit;
    QPlainTextEdit* m_note;
};

} // namespace infopunt::ui
