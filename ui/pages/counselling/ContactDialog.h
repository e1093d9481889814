#pragma once

#include "counselling/Contact.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace infopunt::ui {

// A counselling contact to register or edit: the person's code (name and contact details
// optional), the kind and category, how they came in, the conversations, what the counsellor
// did and to whom they referred, the outcome, follow-up reminders and the notes. The core checks
// the rules.
class ContactDialog : public QDialog {
    Q_OBJECT
public:
    ContactDialog(const Contact& contact, QWidget* parent);
    Contact contact() const; // the form's values on the contact given

private:
    void fillCategories();
    void addConversation(const Conversation& conversation);
    void addReminder(const Reminder& reminder);

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
