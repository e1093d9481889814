#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace infopunt {

// One deadline of a report: one of the two the whistleblower law sets, or one a user set on a step.
struct Deadline {
    enum class Kind { Acknowledgement, Feedback, Custom };

    Kind kind = Kind::Custom;
    QString label; // translated for the legal deadlines, as entered for custom ones
    QDate due;     // a date in the office's calendar (Europe/Amsterdam)
    std::optional<QDate> met;
    QDate originalDue;       // before any extension; equals due when not extended
    QString extensionReason; // why the due date was extended; empty when not extended
};

enum class DeadlineStatus {
    Open,    // not met, more than the warning period left
    DueSoon, // not met, due within the warning period (or today)
    Overdue, // not met, the due date has passed
    Met,     // met on or before the due date
    MetLate, // met after the due date
};

// A justified extension of the feedback deadline, checked by Deadlines::makeExtension.
struct DeadlineExtension {
    QDate due;
    QString reason;
    QString warning; // translated; non-empty when the extension goes beyond what the law allows
};

// Deadline rules of the Dutch whistleblower law (Wet bescherming klokkenluiders, EU directive
// 2019/1937), counted in calendar days (weekends and holidays count) in the office's calendar.
class Deadlines {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Deadlines)
public:
    static constexpr int acknowledgementDays = 7;
    static constexpr int feedbackMonths = 3;
    static constexpr int maximumExtensionMonths = 3;

    // How many days before the due date a deadline that is not met counts as due soon.
    static constexpr int acknowledgementWarnDays = 2;
    static constexpr int feedbackWarnDays = 14;
    static constexpr int customWarnDays = 3;

    static QTimeZone officeTimeZone(); // Europe/Amsterdam
    // The office's calendar date of a moment given in any time zone; null for an invalid moment.
    static QDate localDate(const QDateTime& moment);
    static QDate today(); // the office's current date

    static Deadline acknowledgement(const QDateTime& received,
                                    std::optional<QDate> acknowledged = std::nullopt);
    static Deadline feedback(const QDateTime& received, std::optional<QDate> acknowledged,
                             std::optional<QDate> feedbackGiven = std::nullopt,
                             const std::optional<DeadlineExtension>& extension = std::nullopt);
    static Deadline custom(const QString& label, QDate due,
                           std::optional<QDate> met = std::nullopt);

    // Checks an extension of `feedback` (as computed by feedback()) to `newDue`. Errors are
    // InvalidInput with field "extensionDate" or "extensionReason", all at once in
    // validateExtension.
    static FieldErrors validateExtension(const Deadline& feedback, QDate newDue,
                                         const QString& reason);
    static Result<DeadlineExtension> makeExtension(const Deadline& feedback, QDate newDue,
                                                   const QString& reason);

    // The translated name of a legal deadline; empty for a custom one, which the user names.
    static QString legalLabel(Deadline::Kind kind);
    static int warnDays(Deadline::Kind kind);
    static DeadlineStatus status(const Deadline& deadline, QDate today);
    static QString statusName(DeadlineStatus status); // translated
    // Calendar days from today to the due date: 0 on the due day, negative once it has passed.
    static int daysLeft(const Deadline& deadline, QDate today);

    // Open deadlines before met ones, each group by due date (so overdue ones come first).
    static bool comesBefore(const Deadline& a, const Deadline& b);
    static void sortEarliestFirst(QList<Deadline>& deadlines);
};

} // namespace infopunt
