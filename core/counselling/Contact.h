#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace infopunt {

struct Conversation {
    QDate date;
    int minutes = 0;
    QString form; // CounsellingCodes::List::Form
    bool operator==(const Conversation& other) const;
};

struct Reminder {
    QDate due;
    QString text;
    bool done = false;
    bool operator==(const Reminder& other) const;
};

// A confidential counsellor's contact with one person (CounsellingContact in DOMAIN.md). All of
// it is sealed under the contact's own key (CounsellingKeys); the store sees only the id, the
// responsible counsellor and the key generation. Codes come from CounsellingCodes.
struct Contact {
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString owner;       // the counsellor responsible for it (user name)
    QStringList holders; // every counsellor holding its key: the owner and stand-ins

    QString pseudonym;     // the code the counsellor chose for the person
    QString personName;    // optional; shown only on the contact itself
    QString personContact; // optional
    QDate firstContact;
    QString kind;
    QString category;
    QString cameVia;
    QString personRole;
    QString orgUnit; // coarse, optional
    QList<Conversation> conversations;
    QStringList actions;   // what the counsellor did
    QStringList referrals; // to whom, when actions holds "referral"
    QString outcome = QStringLiteral("open");
    QDate closedOn; // null while the contact is open
    QList<Reminder> reminders;
    QString notes;
    // The formal report handed over from it (CounsellingHandovers); 0 while none was.
    qint64 handoverId = 0;
    QDate handedOverOn;

    bool isClosed() const { return closedOn.isValid(); }
    // The holders other than the owner: those it is shared with.
    QStringList standIns() const;
    // The undone reminders due on or before `day`.
    QList<Reminder> dueReminders(const QDate& day) const;
};

// A reminder that is due, with the contact it belongs to, for the counsellor's dashboard.
struct DueReminder {
    qint64 contactId = 0;
    QString pseudonym;
    Reminder reminder;
};
// The undone reminders of `contacts` due on or before `day`, earliest first.
QList<DueReminder> dueReminders(const QList<Contact>& contacts, const QDate& day);

// The sealed part of a contact as JSON, and the rules a contact must meet.
class ContactCodec {
    Q_DECLARE_TR_FUNCTIONS(infopunt::ContactCodec)
public:
    static QByteArray toJson(const Contact& contact); // everything from pseudonym on
    // Fills the sealed fields of `contact`; false when `json` is not a contact document.
    static bool fromJson(const QByteArray& json, Contact& contact);

    static constexpr int maxNotes = 100000;
    static constexpr int maxConversationMinutes = 24 * 60;
    // Every problem at once, at the field it belongs to: "pseudonym", "firstContact", "kind",
    // "category", "cameVia", "personRole", "conversations", "actions", "referrals", "outcome",
    // "closedOn", "reminders", "notes". `today` bounds the dates.
    static FieldErrors validate(const Contact& contact, const QDate& today);
};

} // namespace infopunt
