#include "cases/Deadlines.h"
#include "catch.h"

#include <string>

using namespace infopunt;

namespace {

QDate day(int year, int month, int dayOfMonth) {
    return QDate(year, month, dayOfMonth);
}

// ISO text so that a failing check prints readable dates.
std::string iso(QDate date) {
    return date.toString(Qt::ISODate).toStdString();
}

QDateTime utc(const char* isoMoment) {
    QDateTime moment = QDateTime::fromString(QString::fromLatin1(isoMoment), Qt::ISODate);
    moment.setTimeZone(QTimeZone::utc());
    return moment;
}

// Noon UTC is the same calendar day in Amsterdam all year round.
QDateTime receivedOn(int year, int month, int dayOfMonth) {
    return QDateTime(day(year, month, dayOfMonth), QTime(12, 0), QTimeZone::utc());
}

} // namespace

TEST_CASE("the acknowledgement is due 7 calendar days after receipt", "[cases][deadlines]") {
    SECTION("across a weekend and a month end") {
        // Friday 30 January 2026 -> Friday 6 February 2026: the weekend counts.
        const Deadline ack = Deadlines::acknowledgement(receivedOn(2026, 1, 30));
        CHECK(ack.kind == Deadline::Kind::Acknowledgement);
        CHECK_FALSE(ack.label.isEmpty());
        CHECK(iso(ack.due) == "2026-02-06");
        CHECK(ack.originalDue == ack.due);
        CHECK_FALSE(ack.met);
    }
    SECTION("across a year end and the Christmas holidays") {
        CHECK(iso(Deadlines::acknowledgement(receivedOn(2025, 12, 27)).due) == "2026-01-03");
    }
    SECTION("received on a Saturday") {
        CHECK(iso(Deadlines::acknowledgement(receivedOn(2026, 2, 28)).due) == "2026-03-07");
    }
    SECTION("the acknowledgement date is recorded as met") {
        const Deadline ack = Deadlines::acknowledgement(receivedOn(2026, 1, 30), day(2026, 2, 2));
        CHECK(ack.met == day(2026, 2, 2));
    }
}

TEST_CASE("receipt is counted on the Amsterdam calendar", "[cases][deadlines]") {
    SECTION("UTC just before and at midnight in winter (UTC+1)") {
        CHECK(iso(Deadlines::localDate(utc("2026-01-30T22:59:59Z"))) == "2026-01-30");
        CHECK(iso(Deadlines::localDate(utc("2026-01-30T23:00:00Z"))) == "2026-01-31");
        CHECK(iso(Deadlines::acknowledgement(utc("2026-01-30T22:59:59Z")).due) == "2026-02-06");
        CHECK(iso(Deadlines::acknowledgement(utc("2026-01-30T23:00:00Z")).due) == "2026-02-07");
    }
    SECTION("UTC just before midnight in summer (UTC+2)") {
        CHECK(iso(Deadlines::localDate(utc("2026-07-14T21:59:00Z"))) == "2026-07-14");
        CHECK(iso(Deadlines::localDate(utc("2026-07-14T22:00:00Z"))) == "2026-07-15");
    }
    SECTION("the night summer time starts (Sunday 29 March 2026)") {
        // 23:30 UTC on Saturday is 00:30 CET on Sunday.
        CHECK(iso(Deadlines::localDate(utc("2026-03-28T23:30:00Z"))) == "2026-03-29");
        CHECK(iso(Deadlines::acknowledgement(utc("2026-03-28T23:30:00Z")).due) == "2026-04-05");
        // At the end of that Sunday the offset is already +2: 22:30 UTC is 00:30 on Monday.
        CHECK(iso(Deadlines::localDate(utc("2026-03-29T21:59:00Z"))) == "2026-03-29");
        CHECK(iso(Deadlines::localDate(utc("2026-03-29T22:30:00Z"))) == "2026-03-30");
    }
    SECTION("the night summer time ends (Sunday 25 October 2026)") {
        CHECK(iso(Deadlines::localDate(utc("2026-10-24T22:30:00Z"))) == "2026-10-25");
        // Back at +1: 22:30 UTC is still Sunday 23:30, 23:30 UTC is Monday 00:30.
        CHECK(iso(Deadlines::localDate(utc("2026-10-25T22:30:00Z"))) == "2026-10-25");
        CHECK(iso(Deadlines::localDate(utc("2026-10-25T23:30:00Z"))) == "2026-10-26");
        CHECK(iso(Deadlines::acknowledgement(utc("2026-10-25T23:30:00Z")).due) == "2026-11-02");
    }
    SECTION("a moment given in another zone") {
        // 20:00 in New York (UTC-5) is 02:00 the next day in Amsterdam.
        const QDateTime newYork(day(2026, 1, 30), QTime(20, 0), QTimeZone("America/New_York"));
        REQUIRE(newYork.isValid());
        CHECK(iso(Deadlines::localDate(newYork)) == "2026-01-31");
    }
    SECTION("an invalid moment has no date") {
        CHECK(Deadlines::localDate(QDateTime()).isNull());
        CHECK(Deadlines::acknowledgement(QDateTime()).due.isNull());
    }
    CHECK(Deadlines::today().isValid());
}

TEST_CASE("feedback is due 3 months after the acknowledgement", "[cases][deadlines]") {
    const QDateTime received = receivedOn(2025, 11, 25);
    const auto feedbackDue = [&](QDate acknowledged) {
        return iso(Deadlines::feedback(received, acknowledged).due);
    };

    SECTION("the same day of the month three months later") {
        const Deadline feedback = Deadlines::feedback(received, day(2025, 11, 27));
        CHECK(feedback.kind == Deadline::Kind::Feedback);
        CHECK_FALSE(feedback.label.isEmpty());
        CHECK(iso(feedback.due) == "2026-02-27");
        CHECK(feedback.originalDue == feedback.due);
        CHECK(feedback.extensionReason.isEmpty());
        CHECK_FALSE(feedback.met);
    }
    SECTION("clamped to the end of a shorter month") {
        CHECK(feedbackDue(day(2025, 11, 30)) == "2026-02-28");
        CHECK(feedbackDue(day(2025, 10, 31)) == "2026-01-31");
        CHECK(feedbackDue(day(2026, 3, 31)) == "2026-06-30");
    }
    SECTION("leap years") {
        CHECK(feedbackDue(day(2027, 11, 30)) == "2028-02-29");
        CHECK(feedbackDue(day(2027, 11, 29)) == "2028-02-29");
        CHECK(feedbackDue(day(2028, 2, 29)) == "2028-05-29");
    }
    SECTION("counted from the acknowledgement's due date while none was sent") {
        // Received 30 January 2026, acknowledgement due 6 February, feedback due 6 May.
        CHECK(iso(Deadlines::feedback(receivedOn(2026, 1, 30), std::nullopt).due) == "2026-05-06");
        // In Amsterdam this receipt falls on 31 January: one day later throughout.
        CHECK(iso(Deadlines::feedback(utc("2026-01-30T23:30:00Z"), std::nullopt).due) ==
              "2026-05-07");
    }
    SECTION("a late acknowledgement still starts the three months") {
        CHECK(iso(Deadlines::feedback(receivedOn(2026, 1, 30), day(2026, 2, 10)).due) ==
              "2026-05-10");
    }
    SECTION("the feedback date is recorded as met") {
        CHECK(Deadlines::feedback(received, day(2025, 11, 27), day(2026, 1, 15)).met ==
              day(2026, 1, 15));
    }
}

TEST_CASE("each status at its boundaries", "[cases][deadlines]") {
    const QDate due = day(2026, 6, 15);
    const auto status = [](const Deadline& deadline, QDate today) {
        return Deadlines::status(deadline, today);
    };

    SECTION("acknowledgement: warned 2 days ahead") {
        const Deadline ack = Deadlines::acknowledgement(receivedOn(2026, 6, 8));
        REQUIRE(ack.due == due);
        CHECK(status(ack, due.addDays(-3)) == DeadlineStatus::Open);
        CHECK(status(ack, due.addDays(-2)) == DeadlineStatus::DueSoon);
        CHECK(status(ack, due) == DeadlineStatus::DueSoon);
        CHECK(status(ack, due.addDays(1)) == DeadlineStatus::Overdue);
    }
    SECTION("feedback: warned 14 days ahead") {
        const Deadline feedback = Deadlines::feedback(receivedOn(2026, 3, 1), day(2026, 3, 15));
        REQUIRE(feedback.due == due);
        CHECK(status(feedback, due.addDays(-15)) == DeadlineStatus::Open);
        CHECK(status(feedback, due.addDays(-14)) == DeadlineStatus::DueSoon);
        CHECK(status(feedback, due) == DeadlineStatus::DueSoon);
        CHECK(status(feedback, due.addDays(1)) == DeadlineStatus::Overdue);
    }
    SECTION("custom: warned 3 days ahead") {
        const Deadline custom = Deadlines::custom(QStringLiteral("Draft report"), due);
        CHECK(custom.kind == Deadline::Kind::Custom);
        CHECK(custom.label == QStringLiteral("Draft report"));
        CHECK(status(custom, due.addDays(-4)) == DeadlineStatus::Open);
        CHECK(status(custom, due.addDays(-3)) == DeadlineStatus::DueSoon);
        CHECK(status(custom, due) == DeadlineStatus::DueSoon);
        CHECK(status(custom, due.addDays(1)) == DeadlineStatus::Overdue);
        CHECK(status(custom, due.addDays(100)) == DeadlineStatus::Overdue);
    }
    SECTION("met on or before the due day, or late, whatever today is") {
        const QString label = QStringLiteral("Plan");
        for (const QDate today : {due.addDays(-30), due, due.addDays(30)}) {
            CHECK(status(Deadlines::custom(label, due, due.addDays(-5)), today) ==
                  DeadlineStatus::Met);
            CHECK(status(Deadlines::custom(label, due, due), today) == DeadlineStatus::Met);
            CHECK(status(Deadlines::custom(label, due, due.addDays(1)), today) ==
                  DeadlineStatus::MetLate);
        }
    }
    SECTION("days left") {
        const Deadline custom = Deadlines::custom(QStringLiteral("Plan"), due);
        CHECK(Deadlines::daysLeft(custom, due.addDays(-3)) == 3);
        CHECK(Deadlines::daysLeft(custom, due) == 0);
        CHECK(Deadlines::daysLeft(custom, due.addDays(1)) == -1);
    }
    SECTION("every status has its own name") {
        QStringList names;
        for (const DeadlineStatus s :
             {DeadlineStatus::Open, DeadlineStatus::DueSoon, DeadlineStatus::Overdue,
              DeadlineStatus::Met, DeadlineStatus::MetLate})
            names << Deadlines::statusName(s);
        CHECK_FALSE(names.contains(QString()));
        CHECK(names.removeDuplicates() == 0);
    }
    CHECK(Deadlines::warnDays(Deadline::Kind::Acknowledgement) == 2);
    CHECK(Deadlines::warnDays(Deadline::Kind::Feedback) == 14);
    CHECK(Deadlines::warnDays(Deadline::Kind::Custom) == 3);
}

TEST_CASE("the feedback deadline can be extended with a reason", "[cases][deadlines]") {
    const QDateTime received = receivedOn(2026, 1, 5);
    const QDate acknowledged = day(2026, 1, 8);
    const Deadline feedback = Deadlines::feedback(received, acknowledged);
    REQUIRE(iso(feedback.due) == "2026-04-08");
    const QString reason = QStringLiteral("  External investigator needs more time.  ");

    SECTION("a later date with a reason is accepted and applied") {
        const auto extension = Deadlines::makeExtension(feedback, day(2026, 5, 20), reason);
        REQUIRE(extension.ok());
        CHECK(iso(extension.value().due) == "2026-05-20");
        CHECK(extension.value().reason == QStringLiteral("External investigator needs more time."));
        CHECK(extension.value().warning.isEmpty());

        const Deadline extended =
            Deadlines::feedback(received, acknowledged, std::nullopt, extension.value());
        CHECK(iso(extended.due) == "2026-05-20");
        CHECK(iso(extended.originalDue) == "2026-04-08");
        CHECK(extended.extensionReason == extension.value().reason);
        CHECK(Deadlines::status(extended, day(2026, 4, 20)) == DeadlineStatus::Open);
    }
    SECTION("exactly three months is lawful, one day more gets a warning") {
        const auto atLimit = Deadlines::makeExtension(feedback, day(2026, 7, 8), reason);
        REQUIRE(atLimit.ok());
        CHECK(atLimit.value().warning.isEmpty());
        const auto beyond = Deadlines::makeExtension(feedback, day(2026, 7, 9), reason);
        REQUIRE(beyond.ok());
        CHECK_FALSE(beyond.value().warning.isEmpty());
    }
    SECTION("a second extension is measured against the legal due date") {
        const auto first = Deadlines::makeExtension(feedback, day(2026, 6, 1), reason);
        REQUIRE(first.ok());
        const Deadline extended =
            Deadlines::feedback(received, acknowledged, std::nullopt, first.value());
        const auto second = Deadlines::makeExtension(extended, day(2026, 7, 15), reason);
        REQUIRE(second.ok());
        CHECK_FALSE(second.value().warning.isEmpty());
        CHECK_FALSE(Deadlines::makeExtension(extended, day(2026, 5, 1), reason).ok());
    }
    SECTION("refused without a later date or a reason") {
        const auto sameDay = Deadlines::makeExtension(feedback, feedback.due, reason);
        REQUIRE_FALSE(sameDay.ok());
        CHECK(sameDay.error().code == ErrorCode::InvalidInput);
        CHECK(sameDay.error().field == QStringLiteral("extensionDate"));
        CHECK_FALSE(sameDay.error().message.isEmpty());

        const auto earlier = Deadlines::makeExtension(feedback, day(2026, 3, 1), reason);
        REQUIRE_FALSE(earlier.ok());
        CHECK(earlier.error().field == QStringLiteral("extensionDate"));

        const auto noDate = Deadlines::makeExtension(feedback, QDate(), reason);
        REQUIRE_FALSE(noDate.ok());
        CHECK(noDate.error().field == QStringLiteral("extensionDate"));

        const auto blank = Deadlines::makeExtension(feedback, day(2026, 5, 1), QStringLiteral(" "));
        REQUIRE_FALSE(blank.ok());
        CHECK(blank.error().code == ErrorCode::InvalidInput);
        CHECK(blank.error().field == QStringLiteral("extensionReason"));
    }
    SECTION("refused once feedback has been given") {
        const Deadline given = Deadlines::feedback(received, acknowledged, day(2026, 3, 1));
        const auto extension = Deadlines::makeExtension(given, day(2026, 5, 1), reason);
        REQUIRE_FALSE(extension.ok());
        CHECK(extension.error().field == QStringLiteral("extensionDate"));
    }
    SECTION("an extension overtaken by a later acknowledgement no longer applies") {
        // Extended while counting from the acknowledgement's due date (12 January -> 12 April).
        const Deadline provisional = Deadlines::feedback(received, std::nullopt);
        REQUIRE(iso(provisional.due) == "2026-04-12");
        const auto extension = Deadlines::makeExtension(provisional, day(2026, 4, 30), reason);
        REQUIRE(extension.ok());
        // The acknowledgement is sent on 1 February: the legal due date 1 May is later.
        const Deadline counted =
            Deadlines::feedback(received, day(2026, 2, 1), std::nullopt, extension.value());
        CHECK(iso(counted.due) == "2026-05-01");
        CHECK(counted.extensionReason.isEmpty());
    }
}

TEST_CASE("deadlines sort open before met, earliest first", "[cases][deadlines]") {
    const QDate today = day(2026, 6, 15);
    QList<Deadline> deadlines{
        Deadlines::custom(QStringLiteral("met early"), day(2026, 6, 1), day(2026, 5, 30)),
        Deadlines::custom(QStringLiteral("open"), day(2026, 7, 1)),
        Deadlines::custom(QStringLiteral("due soon"), day(2026, 6, 16)),
        Deadlines::custom(QStringLiteral("overdue recently"), day(2026, 6, 10)),
        Deadlines::custom(QStringLiteral("met late"), day(2026, 5, 1), day(2026, 5, 3)),
        Deadlines::custom(QStringLiteral("overdue long"), day(2026, 4, 1)),
        Deadlines::custom(QStringLiteral("due today"), today),
    };
    Deadlines::sortEarliestFirst(deadlines);

    QStringList labels;
    for (const Deadline& deadline : deadlines)
        labels << deadline.label;
    CHECK(labels.join(QLatin1Char(',')).toStdString() ==
          "overdue long,overdue recently,due today,due soon,open,met late,met early");
    CHECK(Deadlines::status(deadlines.first(), today) == DeadlineStatus::Overdue);

    SECTION("equal due dates keep their order") {
        QList<Deadline> same{Deadlines::custom(QStringLiteral("a"), today),
                             Deadlines::custom(QStringLiteral("b"), today)};
        Deadlines::sortEarliestFirst(same);
        CHECK(same.first().label == QStringLiteral("a"));
    }
}
