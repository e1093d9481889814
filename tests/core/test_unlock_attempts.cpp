// The command line's back-off after wrong passphrases: remembered in a record outside the
// store, per store and user, the same schedule as the unlock window.

#include "StoreFixture.h"
#include "accounts/RetryDelay.h"
#include "accounts/UnlockAttempts.h"
#include "catch.h"

#include <QDir>
#include <QFileInfo>

using namespace infopunt;
using namespace infopunt::test;

TEST_CASE("wrong passphrases are remembered and the wait grows like the window's",
          "[accounts][unlock-attempts]") {
    TempFolder records;
    const QString store = records.file(QStringLiteral("some-store"));
    UnlockAttempts attempts(records.path(), store, adviserName);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    CHECK(attempts.failures() == 0);
    CHECK(attempts.secondsToWait(t0) == 0);
    CHECK(attempts.checkAllowed().ok());

    attempts.registerFailure(t0);
    CHECK(attempts.failures() == 1);
    CHECK(attempts.secondsToWait(t0) == RetryDelay::delayAfter(1) / 1000);
    CHECK(attempts.secondsToWait(t0.addMSecs(RetryDelay::delayAfter(1))) == 0);

    // Another process (another object on the same record) sees the same count.
    UnlockAttempts again(records.path(), store, adviserName.toUpper());
    again.registerFailure(t0);
    CHECK(attempts.failures() == 2);
    CHECK(attempts.secondsToWait(t0) == 2);
    for (int i = 0; i < 10; ++i)
        attempts.registerFailure(t0);
    CHECK(attempts.secondsToWait(t0) == RetryDelay::maximumDelayMs / 1000);
    // A clock set back does not make the wait longer than the delay itself, nor endless.
    CHECK(attempts.secondsToWait(t0.addSecs(-10)) == RetryDelay::maximumDelayMs / 1000);
    CHECK(attempts.secondsToWait(t0.addSecs(-3600)) == 0);

    // Other users and other stores have records of their own.
    CHECK(UnlockAttempts(records.path(), store, QStringLiteral("jurist")).failures() == 0);
    CHECK(UnlockAttempts(records.path(), records.file(QStringLiteral("other")), adviserName)
              .failures() == 0);
    CHECK_FALSE(attempts.recordPath().contains(adviserName));
#ifndef Q_OS_WIN
    CHECK((QFileInfo(attempts.recordPath()).permissions() &
           (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0);
#endif

    attempts.reset();
    CHECK(attempts.failures() == 0);
    CHECK(attempts.secondsToWait(t0) == 0);
}

TEST_CASE("unlocking through the record counts wrong passphrases and refuses while waiting",
          "[accounts][unlock-attempts]") {
    StoreFixture f;
    f.store.reset();
    TempFolder records;
    UnlockAttempts attempts(records.path(), f.folder, adviserName);

    auto wrong = attempts.unlock(QStringLiteral("Niet-Het-Goede-Woord-1"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
    CHECK(attempts.failures() == 1);

    // Within the wait even the right passphrase is not tried, and the refusal is not counted.
    for (int i = 0; i < 9; ++i)
        attempts.registerFailure();
    REQUIRE(attempts.failures() == 10);
    auto refused = attempts.unlock(adviserPassphrase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotPermitted);
    CHECK(refused.error().message.contains(adviserName));
    CHECK(refused.error().message.contains(QStringLiteral("Try again in ")));
    CHECK(attempts.failures() == 10);

    // Once the wait is over the right passphrase opens the store and clears the record.
    attempts.reset();
    attempts.registerFailure(QDateTime::currentDateTimeUtc().addSecs(-60));
    auto opened = attempts.unlock(adviserPassphrase);
    REQUIRE(opened.ok());
    CHECK(attempts.failures() == 0);
    CHECK_FALSE(QFileInfo::exists(attempts.recordPath()));
}
