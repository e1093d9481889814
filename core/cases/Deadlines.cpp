#include "cases/Deadlines.h"

#include <QLocale>
#include <algorithm>

namespace infopunt {

namespace {

Deadline makeDeadline(Deadline::Kind kind, const QString& label, QDate due,
                      std::optional<QDate> met) {
    Deadline deadline;
    deadline.kind = kind;
    deadline.label = label;
    deadline.due = due;
    deadline.originalDue = due;
    deadline.met = met;
    return deadline;
}

} // namespace

QTimeZone Deadlines::officeTimeZone() {
    // A system without the IANA database (unusual) falls back to its own zone, which on the
    // office's workstations is the same.
    static const QTimeZone zone = [] {
        const QTimeZone amsterdam("Europe/Amsterdam");
        return amsterdam.isValid() ? amsterdam : QTimeZone::systemTimeZone();
    }();
    return zone;
}

QDate Deadlines::localDate(const QDateTime& moment) {
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(officeTimeZone()).date();
}

QDate Deadlines::today() {
    return localDate(QDateTime::currentDateTimeUtc());
}

Deadline Deadlines::acknowledgement(const QDateTime& received, std::optional<QDate> acknowledged) {
    // Calendar days: a report received on a Friday is due the next Friday, holidays included.
    const QDate due = localDate(received).addDays(acknowledgementDays);
    return makeDeadline(Deadline::Kind::Acknowledgement,
                        legalLabel(Deadline::Kind::Acknowledgement), due, acknowledged);
}

Deadline Deadlines::feedback(const QDateTime& received, std::optional<QDate> acknowledged,
                             std::optional<QDate> feedbackGiven,
                             const std::optional<DeadlineExtension>& extension) {
    // The law counts from the acknowledgement. Until one is sent we count from the latest day it
    // could lawfully have been sent (its own due date), so the feedback deadline is never later
    // than the law allows.
    const QDate start = acknowledged ? *acknowledged : acknowledgement(received).due;
    // QDate::addMonths keeps the day of the month and clamps it to the end of a shorter month:
    // 30 November + 3 months is 28 February (29 in a leap year), 31 March + 3 months is 30 June.
    const QDate legalDue = start.addMonths(feedbackMonths);

    Deadline deadline = makeDeadline(Deadline::Kind::Feedback, legalLabel(Deadline::Kind::Feedback),
                                     legalDue, feedbackGiven);
    // An extension only ever moves the deadline later; one that a later acknowledgement date
    // has overtaken no longer applies.
    if (extension && extension->due > legalDue) {
        deadline.due = extension->due;
        deadline.extensionReason = extension->reason;
    }
    return deadline;
}

Deadline Deadlines::custom(const QString& label, QDate due, std::optional<QDate> met) {
    return makeDeadline(Deadline::Kind::Custom, label, due, met);
}

FieldErrors Deadlines::validateExtension(const Deadline& feedback, QDate newDue,
                                         const QString& reason) {
    FieldErrors errors;
    const QString dateField = QStringLiteral("extensionDate");
    if (feedback.met)
        errors.append(
            {dateField, tr("Feedback has already been given; the deadline cannot be extended.")});
    else if (!newDue.isValid())
        errors.append({dateField, tr("Enter the new due date.")});
    else if (newDue <= feedback.due)
        errors.append(
            {dateField, tr("The new due date must be later than the current one (%1).")
                            .arg(QLocale().toString(feedback.due, QLocale::ShortFormat))});
    if (reason.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("extensionReason"), tr("Give the reason for the extension.")});
    return errors;
}

Result<DeadlineExtension> Deadlines::makeExtension(const Deadline& feedback, QDate newDue,
                                                   const QString& reason) {
    if (auto valid = checkFields(validateExtension(feedback, newDue, reason)); !valid)
        return valid.error();
    const QString trimmedReason = reason.trimmed();

    // The law allows a reasonable extension of at most three months. We count them from the
    // legal due date, not from an earlier extension, and warn rather than refuse: the adviser
    // may have a reason the application does not know, and the warning makes it a conscious
    // choice.
    QString warning;
    const QDate latestLawful = feedback.originalDue.addMonths(maximumExtensionMonths);
    if (newDue > latestLawful)
        warning = tr("The new due date is more than three months after the legal deadline of "
                     "%1. The law allows an extension of at most three months (until %2).")
                      .arg(QLocale().toString(feedback.originalDue, QLocale::ShortFormat),
                           QLocale().toString(latestLawful, QLocale::ShortFormat));
    return DeadlineExtension{newDue, trimmedReason, warning};
}

QString Deadlines::legalLabel(Deadline::Kind kind) {
    switch (kind) {
    case Deadline::Kind::Acknowledgement:
        return tr("Acknowledgement of receipt");
    case Deadline::Kind::Feedback:
        return tr("Feedback to the reporter");
    case Deadline::Kind::Custom:
        break;
    }
    return {};
}

int Deadlines::warnDays(Deadline::Kind kind) {
    switch (kind) {
    case Deadline::Kind::Acknowledgement:
        return acknowledgementWarnDays;
    case Deadline::Kind::Feedback:
        return feedbackWarnDays;
    case Deadline::Kind::Custom:
        return customWarnDays;
    }
    return customWarnDays;
}

DeadlineStatus Deadlines::status(const Deadline& deadline, QDate today) {
    if (deadline.met)
        return *deadline.met <= deadline.due ? DeadlineStatus::Met : DeadlineStatus::MetLate;
    const int left = daysLeft(deadline, today);
    if (left < 0)
        return DeadlineStatus::Overdue;
    if (left <= warnDays(deadline.kind))
        return DeadlineStatus::DueSoon;
    return DeadlineStatus::Open;
}

QString Deadlines::statusName(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Open:
        return tr("Open");
    case DeadlineStatus::DueSoon:
        return tr("Due soon");
    case DeadlineStatus::Overdue:
        return tr("Overdue");
    case DeadlineStatus::Met:
        return tr("Met");
    case DeadlineStatus::MetLate:
        return tr("Met late");
    }
    return {};
}

int Deadlines::daysLeft(const Deadline& deadline, QDate today) {
    return static_cast<int>(today.daysTo(deadline.due));
}

bool Deadlines::comesBefore(const Deadline& a, const Deadline& b) {
    const bool aMet = a.met.has_value();
    const bool bMet = b.met.has_value();
    if (aMet != bMet)
        return !aMet;
    return a.due < b.due;
}

void Deadlines::sortEarliestFirst(QList<Deadline>& deadlines) {
    std::stable_sort(deadlines.begin(), deadlines.end(), comesBefore);
}

} // namespace infopunt
