#pragma once

#include "counselling/Contact.h"
#include "counselling/CounsellingHandovers.h"
#include "dialogs/ActionDialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// Hands a formal report over from a contact to the integrity advisers, with the person's
// consent: a neutral title, a description the counsellor writes for the report, and, only when
// ticked, the person's name and contact details and their organisation unit. The summary at the
// bottom shows exactly what will pass; nothing else of the contact does.
class HandoverDialog : public ActionDialog {
    Q_OBJECT
public:
    HandoverDialog(Store& store, const Contact& contact, QWidget* parent);
    Handover handover() const; // what passes, as the form stands
    const CounsellingHandovers::Sent& sent() const { return m_sent; }
    void accept() override;

private:
    void showSummary();

    Store& m_store;
    Contact m_contact;
    QCheckBox* m_consent;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QCheckBox* m_identity;
    QCheckBox* m_orgUnit;
    QLabel* m_summary;
    CounsellingHandovers::Sent m_sent;
};

} // namespace infopunt::ui
