#pragma once

#include "counselling/Contact.h"
#include "dialogs/ActionDialog.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// A counselling contact to register or edit: the person's code (name and contact details
// optional), the kind and category, how they came in, the conversations, what the counsellor
// did and to whom they referred, the outcome, follow-up reminders and the notes. The core's
// rules show at their fields; OK registers or saves it in the counsellor's register. No draft is
// kept when the window locks (drafts live in the shared compartment); closing a changed form
// asks first.
class ContactDialog : public ActionDialog {
    Q_OBJECT
public:
    // A contact without an id is registered, one with an id saved.
    ContactDialog(Store& store, const Contact& contact, QWidget* parent);
    Contact contact() const; // the form's values on the contact given
    void accept() override;

private:
    void fillCategories();
    void addConversation(const Conversation& conversation);
    void addReminder(const Reminder& reminder);

    Store& m_store;
    Contact m_contact;
    QLineEdit* m_pseudonym;
    QLineEdit* m_personName;
    QLineEdit* m_personContact;
    QDateEdit* m_firstContact;
    QComboBox* m_kind;
    QComboBox* m_category;
    QComboBox* m_cameVia;
    QComboBox* m_personRole;
    QLineEdit* m_orgUnit;
    QTableWidget* m_conversations;
    QList<QCheckBox*> m_actions;
    QList<QCheckBox*> m_referrals;
    QComboBox* m_outcome;
    QCheckBox* m_closed;
    QDateEdit* m_closedOn;
    QTableWidget* m_reminders;
    QPlainTextEdit* m_notes;
};

} // namespace infopunt::ui
