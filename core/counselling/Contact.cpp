#include "counselling/Contact.h"

#include "counselling/CounsellingCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace infopunt {

namespace {

using List = CounsellingCodes::List;

QString day(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dayFrom(const QJsonValue& value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QJsonArray textArray(const QStringList& list) {
    QJsonArray array;
    for (const QString& text : list)
        array.append(text);
    return array;
}

QStringList textList(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

bool Conversation::operator==(const Conversation& other) const {
    return date == other.date && minutes == other.minutes && form == other.form;
}

bool Reminder::operator==(const Reminder& other) const {
    return due == other.due && text == other.text && done == other.done;
}

QStringList Contact::standIns() const {
    QStringList others = holders;
    others.removeIf(
        [this](const QString& h) { return h.compare(owner, Qt::CaseInsensitive) == 0; });
    return others;
}

QList<Reminder> Contact::dueReminders(const QDate& today) const {
    QList<Reminder> due;
    for (const Reminder& reminder : reminders)
        if (!reminder.done && reminder.due.isValid() && reminder.due <= today)
            due.append(reminder);
    return due;
}

QList<DueReminder> dueReminders(const QList<Contact>& contacts, const QDate& day) {
    QList<DueReminder> due;
    for (const Contact& contact : contacts)
        for (const Reminder& reminder : contact.dueReminders(day))
            due.append({contact.id, contact.pseudonym, reminder});
    std::stable_sort(due.begin(), due.end(), [](const DueReminder& a, const DueReminder& b) {
        return a.reminder.due < b.reminder.due;
    });
    return due;
}

QByteArray ContactCodec::toJson(const Contact& contact) {
    QJsonArray conversations;
    for (const Conversation& c : contact.conversations)
        conversations.append(QJsonObject{
            {QStringLiteral("date"), day(c.date)},
            {QStringLiteral("minutes"), c.minutes},
            {QStringLiteral("form"), c.form},
        });
    QJsonArray reminders;
    for (const Reminder& r : contact.reminders)
        reminders.append(QJsonObject{
            {QStringLiteral("due"), day(r.due)},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("done"), r.done},
        });
    const QJsonObject object{
        {QStringLiteral("v"), 1},
        {QStringLiteral("pseudonym"), contact.pseudonym},
        {QStringLiteral("personName"), contact.personName},
        {QStringLiteral("personContact"), contact.personContact},
        {QStringLiteral("firstContact"), day(contact.firstContact)},
        {QStringLiteral("kind"), contact.kind},
        {QStringLiteral("category"), contact.category},
        {QStringLiteral("cameVia"), contact.cameVia},
        {QStringLiteral("personRole"), contact.personRole},
        {QStringLiteral("orgUnit"), contact.orgUnit},
        {QStringLiteral("conversations"), conversations},
        {QStringLiteral("actions"), textArray(contact.actions)},
        {QStringLiteral("referrals"), textArray(contact.referrals)},
        {QStringLiteral("outcome"), contact.outcome},
        {QStringLiteral("closedOn"), day(contact.closedOn)},
        {QStringLiteral("reminders"), reminders},
        {QStringLiteral("notes"), contact.notes},
        {QStringLiteral("handoverId"), QString::number(contact.handoverId)},
        {QStringLiteral("handedOverOn"), day(contact.handedOverOn)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool ContactCodec::fromJson(const QByteArray& json, Contact& contact) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject o = document.object();
    if (!document.isObject() || o.value(QStringLiteral("v")).toInt() != 1)
        return false;
    contact.pseudonym = o.value(QStringLiteral("pseudonym")).toString();
    contact.personName = o.value(QStringLiteral("personName")).toString();
    contact.personContact = o.value(QStringLiteral("personContact")).toString();
    contact.firstContact = dayFrom(o.value(QStringLiteral("firstContact")));
    contact.kind = o.value(QStringLiteral("kind")).toString();
    contact.category = o.value(QStringLiteral("category")).toString();
    contact.cameVia = o.value(QStringLiteral("cameVia")).toString();
    contact.personRole = o.value(QStringLiteral("personRole")).toString();
    contact.orgUnit = o.value(QStringLiteral("orgUnit")).toString();
    contact.conversations.clear();
    for (const QJsonValue& value : o.value(QStringLiteral("conversations")).toArray()) {
        const QJsonObject c = value.toObject();
        contact.conversations.append({dayFrom(c.value(QStringLiteral("date"))),
                                      c.value(QStringLiteral("minutes")).toInt(),
                                      c.value(QStringLiteral("form")).toString()});
    }
    contact.actions = textList(o.value(QStringLiteral("actions")));
    contact.referrals = textList(o.value(QStringLiteral("referrals")));
    contact.outcome = o.value(QStringLiteral("outcome")).toString();
    contact.closedOn = dayFrom(o.value(QStringLiteral("closedOn")));
    contact.reminders.clear();
    for (const QJsonValue& value : o.value(QStringLiteral("reminders")).toArray()) {
        const QJsonObject r = value.toObject();
        contact.reminders.append({dayFrom(r.value(QStringLiteral("due"))),
                                  r.value(QStringLiteral("text")).toString(),
                                  r.value(QStringLiteral("done")).toBool()});
    }
    contact.notes = o.value(QStringLiteral("notes")).toString();
    contact.handoverId = o.value(QStringLiteral("handoverId")).toString().toLongLong();
    contact.handedOverOn = dayFrom(o.value(QStringLiteral("handedOverOn")));
    return true;
}

FieldErrors ContactCodec::validate(const Contact& c, const QDate& today) {
    FieldErrors errors;
    const auto add = [&errors](const char* field, const QString& message) {
        errors.append({QString::fromLatin1(field), message});
    };
    const QString pseudonym = c.pseudonym.trimmed();
    if (pseudonym.isEmpty())
        add("pseudonym", tr("Enter a code for the person, for example their initials and a "
                            "number. Their name is optional."));
    else if (pseudonym.size() > 40)
        add("pseudonym", tr("The person's code can have at most 40 characters."));
    if (!c.firstContact.isValid())
        add("firstContact", tr("Enter the date of the first contact."));
    else if (c.firstContact > today)
        add("firstContact", tr("The first contact cannot be in the future."));
    if (!CounsellingCodes::contains(List::Kind, c.kind))
        add("kind", tr("Choose whether the contact is about integrity or undesirable behaviour."));
    else if (CounsellingCodes::kindOf(c.category) != c.kind)
        add("category", tr("Choose a category that belongs to the kind of contact."));
    if (!CounsellingCodes::contains(List::CameVia, c.cameVia))
        add("cameVia", tr("Choose how the person came in."));
    if (!CounsellingCodes::contains(List::PersonRole, c.personRole))
        add("personRole", tr("Choose the person's position."));
    for (const Conversation& conversation : c.conversations) {
        if (!conversation.date.isValid() || conversation.date > today ||
            (c.firstContact.isValid() && conversation.date < c.firstContact)) {
            add("conversations", tr("Every conversation needs a date between the first contact "
                                    "and today."));
            break;
        }
        if (conversation.minutes <= 0 || conversation.minutes > maxConversationMinutes ||
            !CounsellingCodes::contains(List::Form, conversation.form)) {
            add("conversations", tr("Every conversation needs a duration in minutes (at most a "
                                    "day) and a form."));
            break;
        }
    }
    for (const QString& action : c.actions)
        if (!CounsellingCodes::contains(List::Action, action)) {
            add("actions", tr("An action is not one of the list."));
            break;
        }
    const bool referred = c.actions.contains(CounsellingCodes::referralAction);
    if (referred && c.referrals.isEmpty())
        add("referrals", tr("Choose to whom the person was referred."));
    else if (!referred && !c.referrals.isEmpty())
        add("referrals", tr("Tick \"Referral\" among the actions, or clear the referrals."));
    for (const QString& referral : c.referrals)
        if (!CounsellingCodes::contains(List::Referral, referral)) {
            add("referrals", tr("A referral is not one of the list."));
            break;
        }
    if (!CounsellingCodes::contains(List::Outcome, c.outcome))
        add("outcome", tr("Choose the outcome."));
    if (c.closedOn.isValid()) {
        if (c.closedOn > today || (c.firstContact.isValid() && c.closedOn < c.firstContact))
            add("closedOn", tr("The closing date must lie between the first contact and today."));
        else if (c.outcome == QLatin1String("open"))
            add("outcome", tr("A closed contact needs an outcome other than \"Still open\"."));
    }
    for (const Reminder& reminder : c.reminders)
        if (!reminder.due.isValid() || reminder.text.trimmed().isEmpty()) {
            add("reminders", tr("Every reminder needs a date and a text."));
            break;
        }
    if (c.notes.size() > maxNotes)
        add("notes", tr("The notes can have at most %1 characters.").arg(maxNotes));
    return errors;
}

} // namespace infopunt
