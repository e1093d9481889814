#include "HeadlessCommands.h"

#include "Console.h"
#include "ExitCode.h"
#include "accounts/UnlockAttempts.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogHead.h"
#include "audit/LedgerCheck.h"
#include "cases/CaseListCopy.h"
#include "counselling/CounsellingLogCheck.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoStore.h"
#include "storage/IntegrityCheck.h"
#include "storage/StoreSummary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>

namespace infopunt {

namespace {

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// Room for the widest cell and two spaces: columns then line up whatever the language.
qsizetype columnWidth(const QStringList& cells) {
    qsizetype widest = 0;
    for (const QString& cell : cells)
        widest = std::max(widest, cell.size());
    return widest + 2;
}

// Prints rows of equally many cells, indented, every column but the last padded to its width.
void printTable(const QList<QStringList>& rows) {
    const qsizetype columns = rows.isEmpty() ? 0 : rows.constFirst().size();
    QList<qsizetype> widths;
    for (qsizetype column = 0; column + 1 < columns; ++column) {
        QStringList cells;
        for (const QStringList& row : rows)
            cells.append(row.at(column));
        widths.append(columnWidth(cells));
    }
    for (const QStringList& row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype column = 0; column + 1 < columns; ++column)
            line += row.at(column).leftJustified(widths.at(column));
        Console::out(line + row.constLast());
    }
}

// "label:  number" lines, the numbers in one column.
void printCounts(const QList<QPair<QString, qint64>>& counts) {
    QList<QStringList> rows;
    for (const auto& [label, count] : counts)
        rows.append({label + QLatin1Char(':'), QString::number(count)});
    printTable(rows);
}

} // namespace

std::unique_ptr<Store> HeadlessCommands::unlock(const QString& folder, const QString& userName,
                                                int passphraseFd, int& exitCode) {
    UnlockAttempts attempts(UnlockAttempts::defaultRecordFolder(), folder, userName);
    if (auto allowed = attempts.checkAllowed(); !allowed) {
        Console::err(allowed.error().message);
        exitCode = ExitFailed;
        return nullptr;
    }
    auto passphrase = Console::passphrase(userName, passphraseFd);
    if (!passphrase) {
        Console::err(passphrase.error().message);
        exitCode = ExitUsage;
        return nullptr;
    }
    auto store = attempts.unlock(passphrase.value());
    wipeString(passphrase.value());
    if (!store) {
        Console::err(store.error().message);
        exitCode = ExitFailed;
        return nullptr;
    }
    return std::move(store.value());
}

int HeadlessCommands::demo(const QString& folder, int generatedReports, quint32 seed) {
    Result<QString> created = QString();
    if (generatedReports <= 0) {
        Console::err(tr("Creating the demo store in %1 (this takes a few seconds)...")
                         .arg(nativePath(folder)));
        created = DemoStore::create(folder);
    } else {
        Console::err(tr("Creating a demo store of %n generated reports (seed %1) in %2...", nullptr,
                        generatedReports)
                         .arg(seed)
                         .arg(nativePath(folder)));
        QElapsedTimer timer;
        timer.start();
        int lastShown = 0;
        created = DemoStore::create(folder, generatedReports, seed,
                                    [&timer, &lastShown](int done, int total) {
                                        // A line every thousand reports or so, and at the end.
                                        if (done - lastShown < 1000 && done < total)
                                            return;
                                        lastShown = done;
                                        Console::err(tr("%1 of %2 reports generated (%3 s)")
                                                         .arg(done)
                                                         .arg(total)
                                                         .arg(timer.elapsed() / 1000));
                                    });
    }
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

int HeadlessCommands::info(const QString& folder, const QString& userName, int passphraseFd) {
    int exitCode = ExitOk;
    const auto store = unlock(folder, userName, passphraseFd, exitCode);
    if (!store)
        return exitCode;
    if (!store->rollbackWarning().isEmpty())
        Console::err(store->rollbackWarning());
    auto summary = StoreSummary::collect(*store);
    if (!summary) {
        Console::err(summary.error().message);
        return ExitFailed;
    }
    const StoreSummary& s = summary.value();
    Console::out(tr("Store: %1").arg(nativePath(folder)));
    Console::out(tr("Schema version: %1").arg(s.schemaVersion));
    Console::out(tr("SQLCipher version: %1").arg(s.cipherVersion));
    Console::out(s.logHead.colophon());
    Console::out(tr("Accounts:"));
    QList<QStringList> accounts;
    for (const Account& account : s.accounts) {
        accounts.append({account.userName, Roles::code(account.role),
                         account.disabled ? tr("disabled") : tr("enabled"), account.displayName});
    }
    printTable(accounts);
    Console::out(tr("Records:"));
    printCounts(s.counts);
    if (!s.caseStates.isEmpty()) {
        Console::out(tr("Reports and investigations per state:"));
        printCounts(s.caseStates);
        Console::out(tr("Deadlines of open cases:"));
        printCounts({{tr("Due soon"), s.deadlinesDueSoon}, {tr("Overdue"), s.deadlinesOverdue}});
    }
    return ExitOk;
}

int HeadlessCommands::verify(const QString& folder, const QString& userName, int passphraseFd) {
    int exitCode = ExitOk;
    const auto store = unlock(folder, userName, passphraseFd, exitCode);
    if (!store)
        return exitCode;

    // One line per check, the status in a column of its own: "OK  what", "FAILED  what: why".
    // The checks are printed as they finish, so the column fits every status there could be.
    const QString passed = tr("OK");
    const QString failed = tr("FAILED");
    const QString skipped = tr("SKIPPED");
    const qsizetype statusWidth = columnWidth({passed, failed, skipped});
    const auto printCheck = [statusWidth](const QString& status, const QString& what) {
        Console::out(status.leftJustified(statusWidth) + what);
    };

    int checks = 0;
    int failures = 0;
    const auto report = [&](const QString& what, const Result<void>& outcome) {
        ++checks;
        if (outcome) {
            printCheck(passed, what);
        } else {
            ++failures;
            printCheck(failed, what + QStringLiteral(": ") + outcome.error().message);
        }
    };

    for (const Compartment compartment : Compartments::all()) {
        const QString file = Compartments::fileName(compartment);
        if (!store->holds(compartment)) {
            printCheck(skipped, tr("%1: this account does not hold its key").arg(file));
            continue;
        }
        report(tr("%1: page authentication (HMAC) and database integrity").arg(file),
               IntegrityCheck::run(Store::compartmentPath(folder, compartment),
                                   store->key(compartment)));
    }

    if (store->holds(Compartment::Office))
        report(tr("office copy: the cases per state and the type-ahead's grams"),
               CaseListCopy::check(store->database(Compartment::Office)));

    const AuditLog::Verification audit = AuditLog::verify(store->database(Compartment::Main));
    report(tr("audit log: hash chain over %n entries", nullptr, static_cast<int>(audit.entries)),
           audit.intact ? Result<void>()
                        : Result<void>(makeError(ErrorCode::Damaged, audit.message)));

    if (store->holds(Compartment::Counselling)) {
        const auto counselling = CounsellingLogCheck::run(*store);
        report(tr("counselling log: hash chain and signatures over %n entries", nullptr,
                  static_cast<int>(counselling ? counselling.value() : 0)),
               withoutValue(counselling));
    }

    bool incomplete = false;
    const QList<LedgerCheck::Check> ledger = LedgerCheck::run(*store);
    for (const LedgerCheck::Check& check : ledger) {
        if (check.status == LedgerCheck::Status::Skipped) {
            incomplete = true;
            printCheck(skipped, check.what + QStringLiteral(": ") + check.detail);
            continue;
        }
        report(check.detail.isEmpty() || check.status == LedgerCheck::Status::Failed
                   ? check.what
                   : check.what + QStringLiteral(" (") + check.detail + QLatin1Char(')'),
               check.status == LedgerCheck::Status::Passed
                   ? Result<void>()
                   : Result<void>(makeError(ErrorCode::Damaged, check.detail)));
    }

    // A store put back from an older copy as a whole: its log and rows agree, so only what
    // this workstation saw of the log tells (SeenLog).
    const QString rollback = store->rollbackWarning();
    report(tr("audit log: holds every entry this workstation saw"),
           rollback.isEmpty() ? Result<void>()
                              : Result<void>(makeError(ErrorCode::Damaged, rollback)));

    if (auto head = AuditLogHead::read(store->database()); head)
        Console::out(head.value().colophon());
    else
        Console::err(head.error().message);
    if (failures > 0) {
        if (!rollback.isEmpty())
            Console::err(tr("If the older store was put back on purpose, an integrity adviser who "
                            "has checked it can accept it as it is in the Infopunt window."));
        Console::err(tr("%1 of %n checks failed: the store is damaged or has been tampered with. "
                        "Its files were not changed.",
                        nullptr, checks)
                         .arg(failures));
        return ExitFailed;
    }
    Console::out(tr("All %n checks passed.", nullptr, checks));
    if (incomplete)
        Console::out(tr("This was not the full check: the audit log's signatures can only be "
                        "checked with an integrity adviser's account."));
    return ExitOk;
}

} // namespace infopunt
