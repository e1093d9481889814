#include "HeadlessCommands.h"

#include "Console.h"
#include "ExitCode.h"
#include "audit/AuditLog.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoStore.h"
#include "storage/IntegrityCheck.h"
#include "storage/StoreSummary.h"

#include <QDir>

namespace infopunt {

namespace {

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// "OK      what" / "FAILED  what: why": the status in a column of its own.
QString checkLine(const QString& status, const QString& text) {
    return status.leftJustified(7) + QLatin1Char(' ') + text;
}

} // namespace

std::unique_ptr<Store> HeadlessCommands::unlock(const QString& folder, const QString& userName,
                                                int& exitCode) {
    auto passphrase = Console::passphrase(userName);
    if (!passphrase) {
        Console::err(passphrase.error().message);
        exitCode = ExitUsage;
        return nullptr;
    }
    auto store = Store::unlock(folder, userName, passphrase.value());
    wipeString(passphrase.value());
    if (!store) {
        Console::err(store.error().message);
        exitCode = ExitFailed;
        return nullptr;
    }
    return std::move(store.value());
}

int HeadlessCommands::demo(const QString& folder) {
    Console::err(
        tr("Creating the demo store in %1 (this takes a few seconds)...").arg(nativePath(folder)));
    auto created = DemoStore::create(folder);
    if (!created) {
        Console::err(created.error().message);
        return ExitFailed;
    }
    // One line per account, ROLE USER PASSPHRASE, for people and scripts alike.
    const QList<DemoAccount> accounts = DemoStore::accounts();
    for (const DemoAccount& account : accounts) {
        Console::out(Roles::code(account.role) + QLatin1Char(' ') + account.userName +
                     QLatin1Char(' ') + account.passphrase);
    }
    Console::out(tr("Recovery key of this demo store: %1").arg(created.value()));
    wipeString(created.value());
    Console::out(tr("Demo store created in %1").arg(nativePath(folder)));
    return ExitOk;
}

int HeadlessCommands::info(const QString& folder, const QString& userName) {
    int exitCode = ExitOk;
    const auto store = unlock(folder, userName, exitCode);
    if (!store)
        return exitCode;
    auto summary = StoreSummary::collect(*store);
    if (!summary) {
        Console::err(summary.error().message);
        return ExitFailed;
    }
    const StoreSummary& s = summary.value();
    Console::out(tr("Store: %1").arg(nativePath(folder)));
    Console::out(tr("Schema version: %1").arg(s.schemaVersion));
    Console::out(tr("SQLCipher version: %1").arg(s.cipherVersion));
    Console::out(tr("Accounts:"));
    for (const Account& account : s.accounts) {
        Console::out(QStringLiteral("  %1 %2 %3 %4")
                         .arg(account.userName, -18)
                         .arg(Roles::code(account.role), -24)
                         .arg(account.disabled ? tr("disabled") : tr("enabled"), -9)
                         .arg(account.displayName));
    }
    Console::out(tr("Records:"));
    for (const auto& count : s.counts)
        Console::out(
            QStringLiteral("  %1 %2").arg(count.first + QLatin1Char(':'), -40).arg(count.second));
    return ExitOk;
}

int HeadlessCommands::verify(const QString& folder, const QString& userName) {
    int exitCode = ExitOk;
    const auto store = unlock(folder, userName, exitCode);
    if (!store)
        return exitCode;

    int checks = 0;
    int failures = 0;
    const auto report = [&](const QString& what, const Result<void>& outcome) {
        ++checks;
        if (outcome) {
            Console::out(checkLine(tr("OK"), what));
        } else {
            ++failures;
            Console::out(
                checkLine(tr("FAILED"), what + QStringLiteral(": ") + outcome.error().message));
        }
    };

    for (const Compartment compartment : Compartments::all()) {
        const QString file = Compartments::fileName(compartment);
        if (!store->holds(compartment)) {
            Console::out(
                checkLine(tr("SKIPPED"), tr("%1: this account does not hold its key").arg(file)));
            continue;
        }
        report(tr("%1: page authentication (HMAC) and database integrity").arg(file),
               IntegrityCheck::run(Store::compartmentPath(folder, compartment),
                                   store->key(compartment)));
    }

    const AuditLog::Verification audit = AuditLog::verify(store->database(Compartment::Main));
    report(tr("audit log: hash chain over %1 entries").arg(audit.entries),
           audit.intact ? Result<void>()
                        : Result<void>(makeError(ErrorCode::Damaged, audit.message)));

    if (failures > 0) {
        Console::err(tr("%1 of %2 checks failed: the store is damaged or has been tampered with. "
                        "Its files were not changed.")
                         .arg(failures)
                         .arg(checks));
        return ExitFailed;
    }
    Console::out(tr("All %1 checks passed.").arg(checks));
    return ExitOk;
}

} // namespace infopunt
