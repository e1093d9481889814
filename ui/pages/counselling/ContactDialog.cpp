#include "pages/counselling/ContactDialog.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"
#include "counselling/CounsellingCodes.h"
#include "counselling/CounsellingService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

using List = CounsellingCodes::List;

void fill(QComboBox* box, const QList<CounsellingCodes::Code>& codes, const QString& current) {
    box->clear();
    for (const auto& code : codes)
        box->addItem(code.name, code.code);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

QDateEdit* dateEdit(const QDate& date, QWidget* parent) {
    auto* edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(QDate::currentDate());
    return edit;
}

QList<QCheckBox*> checkBoxes(const QList<CounsellingCodes::Code>& codes, const QStringList& ticked,
                             QGroupBox* group) {
    auto* grid = new QGridLayout(group);
    QList<QCheckBox*> boxes;
    for (const auto& code : codes) {
        auto* box = new QCheckBox(code.name, group);
        box->setProperty("code", code.code);
        box->setChecked(ticked.contains(code.code));
        grid->addWidget(box, static_cast<int>(boxes.size() / 2),
                        static_cast<int>(boxes.size() % 2));
        boxes.append(box);
    }
    return boxes;
}

QStringList tickedCodes(const QList<QCheckBox*>& boxes) {
    QStringList codes;
    for (const QCheckBox* box : boxes)
        if (box->isChecked())
            codes.append(box->property("code").toString());
    return codes;
}

} // namespace

ContactDialog::ContactDialog(Store& store, const Contact& contact, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_contact(contact) {
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.id ? tr("Contact %1").arg(contact.pseudonym) : tr("New contact"));
    auto* form = new QWidget(this);
    auto* fields = makeFormLayout(form);

    m_pseudonym = new QLineEdit(contact.pseudonym, form);
    m_pseudonym->setObjectName(QStringLiteral("pseudonym"));
    m_pseudonym->setPlaceholderText(tr("A code you choose, e.g. initials and a number"));
    fields->addRow(tr("Person's code"),
                   fieldErrors().wrap(m_pseudonym, QStringLiteral("pseudonym")));
    m_personName = new QLineEdit(contact.personName, form);
    m_personName->setPlaceholderText(tr("Optional; shown only on this contact"));
    fields->addRow(tr("Name"), m_personName);
    m_personContact = new QLineEdit(contact.personContact, form);
    m_personContact->setPlaceholderText(tr("Optional: phone or e-mail"));
    fields->addRow(tr("Contact details"), m_personContact);
    m_firstContact = dateEdit(contact.firstContact, form);
    m_firstContact->setObjectName(QStringLiteral("firstContact"));
    fields->addRow(tr("First contact"),
                   fieldErrors().wrap(m_firstContact, QStringLiteral("firstContact")));
    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("kind"));
    fill(m_kind, CounsellingCodes::codes(List::Kind), contact.kind);
    fields->addRow(tr("Kind"), m_kind);
    m_category = new QComboBox(form);
    m_category->setObjectName(QStringLiteral("category"));
    fields->addRow(tr("Category"), fieldErrors().wrap(m_category, QStringLiteral("category")));
    fillCategories();
    m_category->setCurrentIndex(qMax(0, m_category->findData(contact.category)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ContactDialog::fillCategories);
    m_cameVia = new QComboBox(form);
    fill(m_cameVia, CounsellingCodes::codes(List::CameVia), contact.cameVia);
    fields->addRow(tr("Came in"), m_cameVia);
    m_personRole = new QComboBox(form);
    fill(m_personRole, CounsellingCodes::codes(List::PersonRole), contact.personRole);
    fields->addRow(tr("Position"), m_personRole);
    m_orgUnit = new QLineEdit(contact.orgUnit, form);
    m_orgUnit->setPlaceholderText(tr("Optional, coarse: e.g. Ruimte"));
    fields->addRow(tr("Organisation unit"), m_orgUnit);

    m_conversations = new QTableWidget(0, 3, form);
    m_conversations->setObjectName(QStringLiteral("conversations"));
    m_conversations->setHorizontalHeaderLabels({tr("Date"), tr("Minutes"), tr("Form")});
    m_conversations->horizontalHeader()->setStretchLastSection(true);
    m_conversations->verticalHeader()->hide();
    m_conversations->setMinimumHeight(110);
    for (const Conversation& conversation : contact.conversations)
        addConversation(conversation);
    auto* conversationButtons = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("Add conversation"), form);
    addButton->setObjectName(QStringLiteral("addConversation"));
    auto* removeButton = new QPushButton(tr("Remove conversation"), form);
    connect(addButton, &QPushButton::clicked, this, [this] {
        addConversation({QDate::currentDate(), 45, QStringLiteral("in_person")});
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_conversations->currentRow() >= 0)
            m_conversations->removeRow(m_conversations->currentRow());
    });
    conversationButtons->addWidget(addButton);
    conversationButtons->addWidget(removeButton);
    conversationButtons->addStretch();
    auto* conversationBox = new QVBoxLayout;
    conversationBox->addWidget(
        fieldErrors().wrap(m_conversations, QStringLiteral("conversations")));
    conversationBox->addLayout(conversationButtons);
    fields->addRow(tr("Conversations"), conversationBox);

    auto* actions = new QGroupBox(tr("What you did"), form);
    m_actions = checkBoxes(CounsellingCodes::codes(List::Action), contact.actions, actions);
    fields->addRow(fieldErrors().wrap(actions, QStringLiteral("actions")));
    auto* referrals = new QGroupBox(tr("Referred to"), form);
    m_referrals = checkBoxes(CounsellingCodes::codes(List::Referral), contact.referrals, referrals);
    fields->addRow(fieldErrors().wrap(referrals, QStringLiteral("referrals")));

    m_outcome = new QComboBox(form);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    fill(m_outcome, CounsellingCodes::codes(List::Outcome), contact.outcome);
    fields->addRow(tr("Outcome"), fieldErrors().wrap(m_outcome, QStringLiteral("outcome")));
    auto* closedBox = new QWidget(form);
    auto* closedRow = new QHBoxLayout(closedBox);
    closedRow->setContentsMargins(0, 0, 0, 0);
    m_closed = new QCheckBox(tr("Closed on"), closedBox);
    m_closed->setObjectName(QStringLiteral("closed"));
    m_closed->setChecked(contact.isClosed());
    m_closedOn = dateEdit(contact.closedOn, closedBox);
    m_closedOn->setEnabled(contact.isClosed());
    connect(m_closed, &QCheckBox::toggled, m_closedOn, &QWidget::setEnabled);
    closedRow->addWidget(m_closed);
    closedRow->addWidget(m_closedOn);
    closedRow->addStretch();
    fields->addRow(tr("Closed"), fieldErrors().wrap(closedBox, QStringLiteral("closedOn")));
    m_reminders = new QTableWidget(0, 3, form);
    m_reminders->setObjectName(QStringLiteral("reminders"));
    m_reminders->setHorizontalHeaderLabels({tr("Due"), tr("What"), tr("Done")});
    m_reminders->horizontalHeader()->setStretchLastSection(false);
    m_reminders->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reminders->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_reminders->verticalHeader()->hide();
    m_reminders->setMinimumHeight(90);
    for (const Reminder& reminder : contact.reminders)
        addReminder(reminder);
    auto* reminderButtons = new QHBoxLayout;
    auto* addReminderButton = new QPushButton(tr("Add reminder"), form);
    addReminderButton->setObjectName(QStringLiteral("addReminder"));
    auto* removeReminderButton = new QPushButton(tr("Remove reminder"), form);
    connect(addReminderButton, &QPushButton::clicked, this, [this] {
        addReminder({QDate::currentDate().addDays(14), {}, false});
    });
    connect(removeReminderButton, &QPushButton::clicked, this, [this] {
        if (m_reminders->currentRow() >= 0)
            m_reminders->removeRow(m_reminders->currentRow());
    });
    reminderButtons->addWidget(addReminderButton);
    reminderButtons->addWidget(removeReminderButton);
    reminderButtons->addStretch();
    auto* reminderBox = new QVBoxLayout;
    reminderBox->addWidget(fieldErrors().wrap(m_reminders, QStringLiteral("reminders")));
    reminderBox->addLayout(reminderButtons);
    fields->addRow(tr("Follow-up"), reminderBox);

    m_notes = new QPlainTextEdit(contact.notes, form);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMinimumHeight(100);
    fields->addRow(tr("Notes"), fieldErrors().wrap(m_notes, QStringLiteral("notes")));

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    auto* content = new QVBoxLayout;
    content->addWidget(scroll, 1);
    setContent(content, contact.id ? tr("Save") : tr("Register"));
    fieldErrors().setValidator(
        [this] { return ContactCodec::validate(this->contact(), QDate::currentDate()); });
    resize(640, 640);
}

void ContactDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    CounsellingService service(m_store);
    const Contact edited = contact();
    if (edited.id)
        acceptOrShow(service.update(edited));
    else
        acceptOrShow(service.registerContact(edited));
}

void ContactDialog::fillCategories() {
    fill(m_category, CounsellingCodes::categoriesOf(m_kind->currentData().toString()), {});
}

void ContactDialog::addConversation(const Conversation& conversation) {
    const int row = m_conversations->rowCount();
    m_conversations->insertRow(row);
    m_conversations->setCellWidget(row, 0, dateEdit(conversation.date, m_conversations));
    auto* minutes = new QSpinBox(m_conversations);
    minutes->setRange(1, ContactCodec::maxConversationMinutes);
    minutes->setValue(qMax(1, conversation.minutes));
    m_conversations->setCellWidget(row, 1, minutes);
    auto* form = new QComboBox(m_conversations);
    fill(form, CounsellingCodes::codes(List::Form), conversation.form);
    m_conversations->setCellWidget(row, 2, form);
}

void ContactDialog::addReminder(const Reminder& reminder) {
    const int row = m_reminders->rowCount();
    m_reminders->insertRow(row);
    auto* due =
        new QDateEdit(reminder.due.isValid() ? reminder.due : QDate::currentDate(), m_reminders);
    due->setCalendarPopup(true); // a reminder lies ahead: no upper bound
    m_reminders->setCellWidget(row, 0, due);
    auto* text = new QLineEdit(reminder.text, m_reminders);
    text->setPlaceholderText(tr("e.g. call back after the talk with the manager"));
    m_reminders->setCellWidget(row, 1, text);
    auto* done = new QCheckBox(m_reminders);
    done->setChecked(reminder.done);
    m_reminders->setCellWidget(row, 2, done);
}

Contact ContactDialog::contact() const {
    Contact c = m_contact;
    c.pseudonym = m_pseudonym->text().trimmed();
    c.personName = m_personName->text().trimmed();
    c.personContact = m_personContact->text().trimmed();
    c.firstContact = m_firstContact->date();
    c.kind = m_kind->currentData().toString();
    c.category = m_category->currentData().toString();
    c.cameVia = m_cameVia->currentData().toString();
    c.personRole = m_personRole->currentData().toString();
    c.orgUnit = m_orgUnit->text().trimmed();
    c.conversations.clear();
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        const auto* date = qobject_cast<QDateEdit*>(m_conversations->cellWidget(row, 0));
        const auto* minutes = qobject_cast<QSpinBox*>(m_conversations->cellWidget(row, 1));
        const auto* form = qobject_cast<QComboBox*>(m_conversations->cellWidget(row, 2));
        if (date && minutes && form) // a row being added has no editors yet
            c.conversations.append(
                {date->date(), minutes->value(), form->currentData().toString()});
    }
    c.actions = tickedCodes(m_actions);
    c.referrals = tickedCodes(m_referrals);
    c.outcome = m_outcome->currentData().toString();
    c.closedOn = m_closed->isChecked() ? m_closedOn->date() : QDate();
    c.reminders.clear();
    for (int row = 0; row < m_reminders->rowCount(); ++row) {
        const auto* due = qobject_cast<QDateEdit*>(m_reminders->cellWidget(row, 0));
        const auto* text = qobject_cast<QLineEdit*>(m_reminders->cellWidget(row, 1));
        const auto* done = qobject_cast<QCheckBox*>(m_reminders->cellWidget(row, 2));
        if (due && text && done)
            c.reminders.append({due->date(), text->text().trimmed(), done->isChecked()});
    }
    c.notes = m_notes->toPlainText();
    return c;
}

} // namespace infopunt::ui
