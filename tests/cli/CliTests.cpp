// Runs the built `infopunt` as a user would and checks what it prints, its exit codes and the
// files it leaves, partly with independent tools (the sqlcipher shell).

#include "CaseFixtures.h"
#include "Insider.h"
#include "TempFolder.h"
#include "accounts/Role.h"
#include "accounts/UnlockAttempts.h"
#include "audit/AuditLog.h"
#include "cases/CaseFiles.h"
#include "cases/CaseQuery.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "cases/CaseWorkflow.h"
#include "catch.h"
#include "common/LogFilter.h"
#include "crypto/PassphrasePolicy.h"
#include "demo/DemoCases.h"
#include "demo/DemoStore.h"
#include "storage/Migrations.h"
#include "storage/Store.h"
#include "storage/StoreSettings.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <memory>

using namespace infopunt;
using infopunt::test::TempFolder;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// English output and settings of our own, whatever the machine's.
QProcessEnvironment cleanEnvironment() {
    static const TempFolder config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("INFOPUNT_PASSPHRASE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), config.path()); // what SeenLog remembers
    return env;
}

// Where `infopunt` keeps its records of wrong passphrases under a data home (AppLocalData).
QString unlockRecords(const QString& dataHome) {
    return QDir(dataHome).filePath(QStringLiteral("Infopunt/Infopunt/unlock-attempts"));
}

// A data home of its own, so that wrong passphrases tried here do not slow other tests.
QProcessEnvironment withDataHome(QProcessEnvironment env, const QString& dataHome) {
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return env;
}

QProcessEnvironment withPassphrase(const QString& passphrase) {
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("INFOPUNT_PASSPHRASE"), passphrase);
    return env;
}

// stdin is a pipe that gets `input` and is then closed: there is no terminal to prompt on.
Run run(const QString& program, const QStringList& arguments,
        const QProcessEnvironment& env = cleanEnvironment(), const QByteArray& input = {}) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run runInfopunt(const QStringList& arguments, const QProcessEnvironment& env = cleanEnvironment(),
                const QByteArray& input = {}) {
    return run(QStringLiteral(INFOPUNT_EXECUTABLE), arguments, env, input);
}

const DemoAccount& demoAccount(Role role) {
    static const QList<DemoAccount> accounts = DemoStore::accounts();
    for (const DemoAccount& account : accounts) {
        if (account.role == role)
            return account;
    }
    FAIL("the demo has no account with this role");
    return accounts.constFirst();
}

// Every file of a store (recursively), by relative path.
QMap<QString, QByteArray> snapshot(const QString& folder) {
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), test::readAll(path));
    }
    return files;
}

bool copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    const auto files = snapshot(from);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!test::writeAll(QDir(to).filePath(it.key()), it.value()))
            return false;
    }
    return true;
}

// One demo store for all tests that only read it: creating it costs several Argon2id runs.
struct Demo {
    TempFolder parent;
    QString folder = parent.file(QStringLiteral("demo-store"));
    Run created = runInfopunt({QStringLiteral("demo"), QStringLiteral("--store"), folder});
};

const Demo& demo() {
    static const std::unique_ptr<Demo> instance = std::make_unique<Demo>();
    return *instance;
}

QStringList lines(const QString& text) {
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("--version, --help and usage errors") {
    const Run version = runInfopunt({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("Infopunt " INFOPUNT_VERSION)));
    CHECK(runInfopunt({QStringLiteral("-v")}).out == version.out);

    const Run help = runInfopunt({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* word : {"demo", "info", "verify", "--store", "--user", "INFOPUNT_PASSPHRASE",
                             "--passphrase-fd", "/proc/PID/environ"})
        CHECK(help.out.contains(QLatin1String(word)));

    for (const QStringList& wrong :
         {QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("info")},
          QStringList{QStringLiteral("demo")}, QStringList{QStringLiteral("--no-such-option")},
          QStringList{QStringLiteral("info"), QStringLiteral("--store"), QStringLiteral("x")}}) {
        const Run usage = runInfopunt(wrong);
        INFO(wrong.join(QLatin1Char(' ')).toStdString());
        CHECK(usage.exitCode == 2);
        CHECK(usage.out.isEmpty());
        CHECK_FALSE(usage.err.isEmpty());
    }
}

TEST_CASE("the GUI without a display says so instead of aborting") {
    QProcessEnvironment env = cleanEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const TempFolder folder;
    const Run gui = runInfopunt({QStringLiteral("--store"), folder.path()}, env);
    CHECK(gui.exitCode == 3);
    CHECK(gui.err.contains(QStringLiteral("display")));
    CHECK(QDir(folder.path()).isEmpty());
}

TEST_CASE("demo creates a store and prints its accounts as ROLE USER PASSPHRASE") {
    const Run& created = demo().created;
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);

    static const QRegularExpression accountLine(
        QStringLiteral("^(Adviser|WorkingGroupMember|ConfidentialCounsellor) (\\S+) (\\S+)$"));
    QSet<QString> roles;
    QMap<QString, QString> printed; // user -> passphrase
    for (const QString& line : lines(created.out)) {
        const auto match = accountLine.match(line);
        if (match.hasMatch()) {
            roles.insert(match.captured(1));
            printed.insert(match.captured(2), match.captured(3));
        }
    }
    CHECK(roles.size() == 3);
    const QList<DemoAccount> accounts = DemoStore::accounts();
    CHECK(printed.size() == accounts.size());
    for (const DemoAccount& account : accounts) {
        INFO(account.userName.toStdString());
        CHECK(printed.value(account.userName) == account.passphrase);
        const auto assessment = PassphrasePolicy::assess(account.passphrase, account.userName);
        CHECK(assessment.acceptable);
        CHECK(assessment.warnings.isEmpty());
    }
    CHECK(created.out.contains(QDir::toNativeSeparators(demo().folder)));
    CHECK(QFileInfo::exists(demo().folder + QStringLiteral("/infopunt.db")));
    CHECK(QFileInfo::exists(demo().folder + QStringLiteral("/counselling.db")));
    CHECK(QFileInfo::exists(demo().folder + QStringLiteral("/keyring.json")));
}

TEST_CASE("demo refuses a folder that is not empty") {
    const TempFolder folder;
    REQUIRE(test::writeAll(folder.file(QStringLiteral("notes.txt")), "mine"));
    const Run refused =
        runInfopunt({QStringLiteral("demo"), QStringLiteral("--store"), folder.path()});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(refused.err.isEmpty());
    CHECK(refused.out.isEmpty());
    const auto files = snapshot(folder.path());
    CHECK(files.size() == 1);
    CHECK(files.value(QStringLiteral("notes.txt")) == "mine");
}

#ifndef Q_OS_WIN
TEST_CASE("a demo that fails half-way removes what it made and keeps the user's empty folder") {
    const TempFolder parent;
    const QString folder = parent.file(QStringLiteral("mine"));
    REQUIRE(QDir().mkpath(folder));
    // A file size limit, with SIGXFSZ ignored, makes a write fail once the store has grown
    // (as a full disk would) after the demo has created its files.
    const QString script =
        QStringLiteral("trap '' XFSZ; ulimit -f 250; exec \"$0\" demo --store \"$1\"");
    const Run failed =
        run(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), script, QStringLiteral(INFOPUNT_EXECUTABLE), folder});
    INFO(failed.err.toStdString());
    CHECK(failed.exitCode == 1);
    CHECK(failed.out.isEmpty());
    CHECK(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("mine")});
    CHECK(QFileInfo(folder).isDir());
    CHECK(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST_CASE("a demo killed half-way leaves no half-made store and the next demo succeeds") {
    const TempFolder parent;
    const QString folder = parent.file(QStringLiteral("demo"));
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(QStringLiteral(INFOPUNT_EXECUTABLE),
                  {QStringLiteral("demo"), QStringLiteral("--store"), folder});
    REQUIRE(process.waitForStarted());
    // Kill it once the store exists in its building folder, before the cases are added.
    const QString prefix = QFileInfo(DemoStore::buildingPrefix(folder)).fileName();
    QString building;
    for (int i = 0; i < 3000 && building.isEmpty(); ++i) {
        const auto found =
            QDir(parent.path())
                .entryInfoList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden);
        if (!found.isEmpty() &&
            QFileInfo::exists(
                QDir(found.first().filePath()).filePath(QStringLiteral("keyring.json"))))
            building = found.first().absoluteFilePath();
        else
            QThread::msleep(10);
    }
    REQUIRE_FALSE(building.isEmpty());
    process.kill();
    REQUIRE(process.waitForFinished());
    CHECK(process.exitStatus() == QProcess::CrashExit);
    CHECK_FALSE(QFileInfo::exists(folder));

    const Run again = runInfopunt({QStringLiteral("demo"), QStringLiteral("--store"), folder});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("keyring.json"))));
    CHECK(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("demo")});
}

TEST_CASE("a demo store's folder is 0700 and its files 0600") {
    const QFile::Permissions groupOrOthers = QFile::ReadGroup | QFile::WriteGroup |
                                             QFile::ExeGroup | QFile::ReadOther |
                                             QFile::WriteOther | QFile::ExeOther;
    REQUIRE(demo().created.exitCode == 0);
    CHECK((QFileInfo(demo().folder).permissions() & groupOrOthers) == 0);
    const auto files = snapshot(demo().folder);
    REQUIRE_FALSE(files.isEmpty());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK((QFileInfo(QDir(demo().folder).filePath(it.key())).permissions() & groupOrOthers) ==
              0);
    }
}
#endif

TEST_CASE("info prints the schema version, the accounts and the record counts") {
    const DemoAccount& adviser = demoAccount(Role::Adviser);
    const Run info = runInfopunt({QStringLiteral("info"), QStringLiteral("--store"), demo().folder,
                                  QStringLiteral("--user"), adviser.userName},
                                 withPassphrase(adviser.passphrase));
    INFO(info.out.toStdString() + info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(
        QStringLiteral("Schema version: %1").arg(Migrations::latest(Compartment::Main))));
    CHECK(info.out.contains(QStringLiteral("SQLCipher version: ")));
    const QStringList out = lines(info.out);
    for (const DemoAccount& account : DemoStore::accounts()) {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        bool listed = false;
        for (const QString& line : out) {
            const QStringList fields = line.trimmed().split(spaces);
            listed = listed || (fields.size() >= 3 && fields.at(0) == account.userName &&
                                fields.at(1) == Roles::code(account.role) &&
                                fields.at(2) == QLatin1String("enabled"));
        }
        INFO(account.userName.toStdString());
        CHECK(listed);
    }
    CHECK(info.out.contains(
        QRegularExpression(QStringLiteral("oud-controller\\s+WorkingGroupMember\\s+disabled"))));
    // The shipped 8 themes and 45 building blocks; the demo adds one and retires one.
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("Themes:\\s+8\\n"))));
    CHECK(info.out.contains(
        QRegularExpression(QStringLiteral("Building blocks \\(in use\\):\\s+45\\n"))));
    CHECK(info.out.contains(
        QRegularExpression(QStringLiteral("Building blocks \\(retired\\):\\s+1\\n"))));
    CHECK(
        info.out.contains(QRegularExpression(QStringLiteral("Accounts \\(disabled\\):\\s+1\\n"))));
}

TEST_CASE("info counts the cases per state and the deadlines the user may see") {
    const auto countOf = [](const QString& out, const QString& label) {
        const QRegularExpression line(QStringLiteral("\\n\\s+") +
                                      QRegularExpression::escape(label) +
                                      QStringLiteral(":\\s+(\\d+)\\n"));
        const auto match = line.match(out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    };
    const DemoAccount& adviser = demoAccount(Role::Adviser);
    const Run info = runInfopunt({QStringLiteral("info"), QStringLiteral("--store"), demo().folder,
                                  QStringLiteral("--user"), adviser.userName},
                                 withPassphrase(adviser.passphrase));
    INFO(info.out.toStdString() + info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    REQUIRE(info.out.contains(QStringLiteral("Reports and investigations per state:")));
    int total = 0;
    for (const CaseState state : CaseWorkflow::allStates()) {
        const int count = countOf(info.out, CaseWorkflow::stateName(state));
        INFO(CaseWorkflow::stateCode(state).toStdString());
        CHECK(count >= 1); // the demo holds a case in every state
        total += count;
    }
    CHECK(total == DemoCases::count());
    CHECK(countOf(info.out, QStringLiteral("Reports and investigations")) == DemoCases::count());
    CHECK(countOf(info.out, QStringLiteral("Overdue")) >= 1);
    CHECK(countOf(info.out, QStringLiteral("Due soon")) >= 0);

    // A working-group member counts only the cases assigned to them.
    const DemoAccount& member = demoAccount(Role::WorkingGroupMember);
    const Run memberInfo = runInfopunt({QStringLiteral("info"), QStringLiteral("--store"),
                                        demo().folder, QStringLiteral("--user"), member.userName},
                                       withPassphrase(member.passphrase));
    REQUIRE(memberInfo.exitCode == 0);
    const int memberTotal = countOf(memberInfo.out, QStringLiteral("Reports and investigations"));
    CHECK(memberTotal >= 1);
    CHECK(memberTotal < DemoCases::count());

    // A counsellor sees no cases at all.
    const DemoAccount& counsellor = demoAccount(Role::ConfidentialCounsellor);
    const Run counsellorInfo =
        runInfopunt({QStringLiteral("info"), QStringLiteral("--store"), demo().folder,
                     QStringLiteral("--user"), counsellor.userName},
                    withPassphrase(counsellor.passphrase));
    REQUIRE(counsellorInfo.exitCode == 0);
    CHECK_FALSE(counsellorInfo.out.contains(QStringLiteral("per state")));
}

TEST_CASE("info with a wrong passphrase fails on stderr and changes nothing") {
    const auto before = snapshot(demo().folder);
    const TempFolder dataHome;
    const Run wrong = runInfopunt(
        {QStringLiteral("info"), QStringLiteral("--store"), demo().folder, QStringLiteral("--user"),
         demoAccount(Role::Adviser).userName},
        withDataHome(withPassphrase(QStringLiteral("Not-The-Right-One-99")), dataHome.path()));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out.isEmpty());
    CHECK(wrong.err.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive));
    CHECK(snapshot(demo().folder) == before);
}

TEST_CASE("after wrong passphrases the next run must wait, remembered across runs") {
    const TempFolder dataHome;
    const DemoAccount& member = demoAccount(Role::WorkingGroupMember);
    const QStringList info{QStringLiteral("info"), QStringLiteral("--store"), demo().folder,
                           QStringLiteral("--user"), member.userName};
    const QProcessEnvironment wrongEnv =
        withDataHome(withPassphrase(QStringLiteral("Not-The-Right-One-99")), dataHome.path());
    const UnlockAttempts record(unlockRecords(dataHome.path()), demo().folder, member.userName);
    const auto before = snapshot(demo().folder);

    const Run first = runInfopunt(info, wrongEnv);
    CHECK(first.exitCode == 1);
    CHECK(first.err.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive));
    CHECK(record.failures() == 1);

    // The wait doubles with every wrong passphrase (1, 2, 4 ... s), so one of the next runs
    // starts within it, however slow this machine is.
    static const QRegularExpression tryAgain(QStringLiteral("Try again in \\d+ seconds?"));
    Run refused;
    for (int attempt = 2; attempt <= 6; ++attempt) {
        const int failuresBefore = record.failures();
        const Run next = runInfopunt(info, wrongEnv);
        CHECK(next.exitCode == 1);
        if (next.err.contains(tryAgain)) {
            refused = next;
            CHECK(record.failures() == failuresBefore); // a refused run tries nothing
            break;
        }
        CHECK(record.failures() == failuresBefore + 1);
    }
    INFO(refused.err.toStdString());
    REQUIRE(refused.err.contains(tryAgain));
    CHECK(refused.out.isEmpty());

    // While waiting even the right passphrase is not tried (the record asks for 30 s now).
    UnlockAttempts seeded(unlockRecords(dataHome.path()), demo().folder, member.userName);
    for (int i = 0; i < 6; ++i)
        seeded.registerFailure();
    const QProcessEnvironment rightEnv =
        withDataHome(withPassphrase(member.passphrase), dataHome.path());
    const Run waiting = runInfopunt(info, rightEnv);
    CHECK(waiting.exitCode == 1);
    CHECK(waiting.err.contains(tryAgain));
    CHECK(waiting.out.isEmpty());

    // Once the wait is over (the last failure an hour ago) it opens and clears the record.
    seeded.registerFailure(QDateTime::currentDateTimeUtc().addSecs(-3600));
    const Run opened = runInfopunt(info, rightEnv);
    INFO(opened.err.toStdString());
    CHECK(opened.exitCode == 0);
    CHECK(record.failures() == 0);
    CHECK(snapshot(demo().folder) == before); // the record lives outside the store
}

TEST_CASE("--passphrase-fd reads the first line of a pipe") {
    const TempFolder dataHome;
    const DemoAccount& adviser = demoAccount(Role::Adviser);
    const QStringList verify{
        QStringLiteral("verify"), QStringLiteral("--store"), demo().folder,
        QStringLiteral("--user"), adviser.userName,          QStringLiteral("--passphrase-fd"),
        QStringLiteral("0")};
    const QProcessEnvironment env = withDataHome(cleanEnvironment(), dataHome.path());
    const Run piped = runInfopunt(verify, env, adviser.passphrase.toUtf8() + "\nsecond line\n");
    INFO(piped.err.toStdString());
    CHECK(piped.exitCode == 0);
    CHECK(piped.out.contains(QStringLiteral("checks passed")));

    // The descriptor wins over the environment variable, and only its first line counts.
    const Run both = runInfopunt(
        verify,
        withDataHome(withPassphrase(QStringLiteral("Not-The-Right-One-99")), dataHome.path()),
        adviser.passphrase.toUtf8() + "\r\n");
    CHECK(both.exitCode == 0);

    QStringList closed = verify;
    closed.last() = QStringLiteral("9");
    const Run notOpen = runInfopunt(closed, env);
    CHECK(notOpen.exitCode == 2);
    CHECK(notOpen.err.contains(QStringLiteral("file descriptor 9")));
    const Run empty = runInfopunt(verify, env, "\n");
    CHECK(empty.exitCode == 2);
    QStringList notANumber = verify;
    notANumber.last() = QStringLiteral("stdin");
    CHECK(runInfopunt(notANumber, env).exitCode == 2);

    const Run secondLine =
        runInfopunt(verify, env, "Not-The-Right-One-99\n" + adviser.passphrase.toUtf8() + "\n");
    CHECK(secondLine.exitCode == 1);
}

TEST_CASE("info without a passphrase and without a terminal is an error") {
    const Run none = runInfopunt({QStringLiteral("info"), QStringLiteral("--store"), demo().folder,
                                  QStringLiteral("--user"), demoAccount(Role::Adviser).userName});
    CHECK(none.exitCode == 2);
    CHECK(none.out.isEmpty());
    CHECK(none.err.contains(QStringLiteral("INFOPUNT_PASSPHRASE")));
}

TEST_CASE("verify passes on the demo store for each role") {
    for (const Role role : Roles::all()) {
        const DemoAccount& account = demoAccount(role);
        const Run verify = runInfopunt({QStringLiteral("verify"), QStringLiteral("--store"),
                                        demo().folder, QStringLiteral("--user"), account.userName},
                                       withPassphrase(account.passphrase));
        INFO(account.userName.toStdString() + "\n" + verify.out.toStdString() +
             verify.err.toStdString());
        CHECK(verify.exitCode == 0);
        // The files the role holds, the hash chain, and the ledger's triggers, pending changes
        // and rows; only an adviser (who holds the office file) checks the signatures.
        const bool adviser = role == Role::Adviser;
        const bool counsellor = role == Role::ConfidentialCounsellor;
        const int files = adviser || counsellor ? 2 : 1;
        // And that the store holds every audit entry this workstation saw (no rollback); an
        // adviser also checks the office copy's kept counts and grams, a counsellor the
        // counselling log's chain and signatures.
        const int expectedOk = files + 1 + 3 + (adviser ? 2 : 0) + (counsellor ? 1 : 0) + 1;
        CHECK(verify.out.contains(QStringLiteral("OK       counselling log: hash chain and "
                                                 "signatures")) == counsellor);
        CHECK(verify.out.contains(QStringLiteral("OK       office copy: the cases per state")) ==
              adviser);
        CHECK(verify.out.count(QRegularExpression(QStringLiteral("(^|\\n)OK "))) == expectedOk);
        CHECK_FALSE(verify.out.contains(QStringLiteral("FAILED")));
        CHECK(verify.out.contains(QStringLiteral("SKIPPED  audit log: signatures")) == !adviser);
        CHECK(verify.out.contains(QStringLiteral("This was not the full check")) == !adviser);
        CHECK(verify.out.contains(QStringLiteral("OK       audit log: holds every entry this "
                                                 "workstation saw")));
        CHECK(verify.out.contains(QRegularExpression(
            QStringLiteral("\\nAudit log up to entry \\d+ \\(head [0-9a-f]{16}…\\), "))));
    }
}

namespace {

// The value of one SQL query in the store's compartment, read with the session's key.
qint64 scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

Run verifyAs(const QString& folder, const QString& user, const QString& passphrase,
             const QProcessEnvironment& env = cleanEnvironment()) {
    QProcessEnvironment withIt = env;
    withIt.insert(QStringLiteral("INFOPUNT_PASSPHRASE"), passphrase);
    return runInfopunt({QStringLiteral("verify"), QStringLiteral("--store"), folder,
                        QStringLiteral("--user"), user},
                       withIt);
}

} // namespace

TEST_CASE("info and verify print the audit log's head as a printed report carries it") {
    const DemoAccount& adviser = demoAccount(Role::Adviser);
    auto store = Store::unlock(demo().folder, adviser.userName, adviser.passphrase);
    REQUIRE(store);
    const AuditEntry newest = AuditLog::latest(store.value()->database(), 1).value().constFirst();
    store.value().reset();
    const QString line =
        QStringLiteral("Audit log up to entry %1 (head %2…), ")
            .arg(QLocale::c().toString(newest.id), QString::fromLatin1(newest.hash.left(16)));
    for (const char* command : {"info", "verify"}) {
        const Run run = runInfopunt({QLatin1String(command), QStringLiteral("--store"),
                                     demo().folder, QStringLiteral("--user"), adviser.userName},
                                    withPassphrase(adviser.passphrase));
        INFO(command << "\n" << run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("\n") + line));
    }
}

TEST_CASE("verify and info report a store put back from an older copy as a whole",
          "[security][attack]") {
    const TempFolder temp;
    const QString folder = temp.file(QStringLiteral("store"));
    const TempFolder dataHome; // what this "workstation" remembers of the log
    const QProcessEnvironment env = withDataHome(cleanEnvironment(), dataHome.path());
    {
        auto created = Store::create(
            folder, {test::adviserName, QStringLiteral("Anna de Vries"), test::adviserPassphrase});
        REQUIRE(created);
    }
    REQUIRE(verifyAs(folder, test::adviserName, test::adviserPassphrase, env).exitCode == 0);
    const auto older = snapshot(folder);
    {
        auto store = Store::unlock(folder, test::adviserName, test::adviserPassphrase);
        REQUIRE(store);
        REQUIRE(StoreSettings(*store.value()).setIdleLockMinutes(7).ok());
    }
    // The command line sees the newer log and remembers it.
    REQUIRE(verifyAs(folder, test::adviserName, test::adviserPassphrase, env).exitCode == 0);
    for (auto it = older.cbegin(); it != older.cend(); ++it)
        REQUIRE(test::writeAll(QDir(folder).filePath(it.key()), it.value()));

    const Run verify = verifyAs(folder, test::adviserName, test::adviserPassphrase, env);
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 1);
    CHECK(verify.out.contains(QStringLiteral("FAILED   audit log: holds every entry this "
                                             "workstation saw: This store is older than what "
                                             "this workstation saw")));
    // The files themselves agree with their log: every other check passes.
    CHECK(verify.out.count(QStringLiteral("FAILED")) == 1);
    CHECK(verify.err.contains(QStringLiteral("accept it as it is in the Infopunt window")));

    QProcessEnvironment infoEnv = env;
    infoEnv.insert(QStringLiteral("INFOPUNT_PASSPHRASE"), test::adviserPassphrase);
    const Run info = runInfopunt({QStringLiteral("info"), QStringLiteral("--store"), folder,
                                  QStringLiteral("--user"), test::adviserName},
                                 infoEnv);
    CHECK(info.exitCode == 0);
    CHECK(info.err.contains(QStringLiteral("This store is older than what this workstation saw")));

    // Another workstation never saw the newer log: nothing to report there.
    CHECK(verifyAs(folder, test::adviserName, test::adviserPassphrase).exitCode == 0);
}

TEST_CASE("verify does not take an office search index a member's writes left behind for damage") {
    const TempFolder temp;
    const QString folder = temp.file(QStringLiteral("store"));
    qint64 caseId = 0;
    {
        auto created = Store::create(
            folder, {test::adviserName, QStringLiteral("Anna de Vries"), test::adviserPassphrase});
        REQUIRE(created);
        Store& adviser = *created.value().store;
        REQUIRE(AccountService(adviser)
                    .add({test::member.name, test::member.displayName, test::member.passphrase},
                         Role::WorkingGroupMember)
                    .ok());
        caseId = test::registerCase(adviser).id;
        REQUIRE(CaseService(adviser).assign(caseId, test::member.name).ok());
        REQUIRE(CaseSearchIndex::refresh(adviser).ok()); // the index is up to date
    }
    {
        auto member = Store::unlock(folder, test::member.name, test::member.passphrase);
        REQUIRE(member);
        REQUIRE(CaseJournal(*member.value())
                    .add(caseId, QDate::currentDate(), JournalKind::Note,
                         QStringLiteral("Getuige gehoord over de schenking."))
                    .ok());
    }
    const QString textVersion =
        QStringLiteral("SELECT version FROM case_text_versions WHERE case_id = %1").arg(caseId);
    const QString indexedVersion = QStringLiteral("SELECT coalesce(max(version), 0) FROM "
                                                  "case_search_versions WHERE case_id = %1")
                                       .arg(caseId);

    SECTION("behind the case's text") {}
    SECTION("missing altogether") {
        auto adviser = Store::unlock(folder, test::adviserName, test::adviserPassphrase);
        REQUIRE(adviser);
        QSqlQuery clear(adviser.value()->database(Compartment::Office));
        for (const char* table : {"case_search", "case_search_items", "case_search_versions"})
            REQUIRE(clear.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    }
    {
        auto adviser = Store::unlock(folder, test::adviserName, test::adviserPassphrase);
        REQUIRE(adviser);
        REQUIRE(scalar(adviser.value()->database(Compartment::Office), indexedVersion) <
                scalar(adviser.value()->database(), textVersion));
    }
    const QByteArray office = test::readAll(Store::compartmentPath(folder, Compartment::Office));
    for (const test::TestUser& user :
         {test::TestUser{test::adviserName, {}, test::adviserPassphrase}, test::member}) {
        const Run verify = verifyAs(folder, user.name, user.passphrase);
        INFO(user.name.toStdString() + "\n" + verify.out.toStdString() + verify.err.toStdString());
        CHECK(verify.exitCode == 0);
        CHECK_FALSE(verify.out.contains(QStringLiteral("FAILED")));
        CHECK(verify.out.contains(QStringLiteral("All ")));
    }
    // Verify only reads: the index is brought up to date by the next adviser's search.
    CHECK(test::readAll(Store::compartmentPath(folder, Compartment::Office)) == office);
}

TEST_CASE("verify names a case row an adviser's key changed with the sqlcipher shell") {
    const TempFolder copy;
    REQUIRE(copyFolder(demo().folder, copy.path()));
    const DemoAccount& adviser = demoAccount(Role::Adviser);
    const QByteArray key = test::Insider::keys(copy.path(), adviser.userName, adviser.passphrase)
                               .value(QStringLiteral("main"));
    REQUIRE_FALSE(key.isEmpty());
    const QString db = copy.file(QStringLiteral("infopunt.db"));
    // The number is sealed with the case's facts: the shell sees a placeholder.
    CHECK(test::Insider::shell(db, key, QStringLiteral("SELECT number FROM cases WHERE id = 1;"))
              .trimmed() == QStringLiteral("#1"));
    REQUIRE(test::Insider::shell(db, key,
                                 QStringLiteral("UPDATE cases SET verdict = 'unfounded' WHERE "
                                                "id = 1; DELETE FROM ledger_pending;"))
                .isEmpty());

    const Run verify = runInfopunt({QStringLiteral("verify"), QStringLiteral("--store"),
                                    copy.path(), QStringLiteral("--user"), adviser.userName},
                                   withPassphrase(adviser.passphrase));
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 1);
    CHECK(verify.out.contains(QStringLiteral("FAILED   ledger: ")));
    // The adviser's verify opens the facts and names the case by its number.
    CHECK(verify.out.contains(QRegularExpression(QStringLiteral(
        "cases row 1 \\(case 20\\d\\d-\\d{3}\\) is not what the audit log last recorded: it was "
        "changed outside Infopunt"))));
    CHECK(verify.err.contains(QStringLiteral("tampered with")));
}

TEST_CASE("verify reports a flipped byte and leaves the file as it is") {
    const TempFolder copy;
    REQUIRE(copyFolder(demo().folder, copy.path()));
    const QString db = copy.file(QStringLiteral("infopunt.db"));
    QByteArray bytes = test::readAll(db);
    REQUIRE(bytes.size() > 4096);
    const qsizetype middle = bytes.size() / 2 + 100;
    bytes[middle] = static_cast<char>(bytes.at(middle) ^ 0x01);
    REQUIRE(test::writeAll(db, bytes));
    const auto before = snapshot(copy.path());

    const DemoAccount& adviser = demoAccount(Role::Adviser);
    const Run verify = runInfopunt({QStringLiteral("verify"), QStringLiteral("--store"),
                                    copy.path(), QStringLiteral("--user"), adviser.userName},
                                   withPassphrase(adviser.passphrase));
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 1);
    CHECK((verify.out + verify.err).contains(QStringLiteral("damaged"), Qt::CaseInsensitive));
    CHECK(snapshot(copy.path()) == before);
}

TEST_CASE("info and verify refuse an empty or foreign infopunt.db and leave it as it is") {
    const DemoAccount& adviser = demoAccount(Role::Adviser);
    const QList<QPair<const char*, QByteArray>> variants{
        {"a zero-byte file", QByteArray()},
        {"random bytes", QByteArray::fromHex("8f3a19c2d4e5f60718293a4b5c6d7e8f").repeated(512)},
        {"a keyring without infopunt.db", QByteArray()},
    };
    for (const auto& [name, bytes] : variants) {
        const TempFolder copy;
        REQUIRE(copyFolder(demo().folder, copy.path()));
        const QString db = copy.file(QStringLiteral("infopunt.db"));
        if (QByteArray(name).startsWith("a keyring"))
            REQUIRE(QFile::remove(db));
        else
            REQUIRE(test::writeAll(db, bytes));
        const auto before = snapshot(copy.path());
        for (const char* command : {"info", "verify"}) {
            INFO(std::string(name) + ", " + command);
            const TempFolder dataHome;
            const Run refused =
                runInfopunt({QLatin1String(command), QStringLiteral("--store"), copy.path(),
                             QStringLiteral("--user"), adviser.userName},
                            withDataHome(withPassphrase(adviser.passphrase), dataHome.path()));
            INFO(refused.err.toStdString());
            CHECK(refused.exitCode == 1);
            CHECK(refused.out.isEmpty());
            CHECK(refused.err.contains(QStringLiteral("not an Infopunt store")));
            CHECK(refused.err.contains(QStringLiteral("nothing was changed")));
            CHECK(snapshot(copy.path()) == before);
        }
    }
}

TEST_CASE("independent tools see no plaintext in the store") {
    const QString sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    INFO("the sqlcipher shell is missing: installer/debian/deps.sh installs it");
    REQUIRE_FALSE(sqlcipher.isEmpty());

    const TempFolder copy; // the shell opens files read-write: let it see a copy
    REQUIRE(copyFolder(demo().folder, copy.path()));
    for (const char* name : {"infopunt.db", "counselling.db"}) {
        const QString file = copy.file(QLatin1String(name));
        INFO(name);
        CHECK_FALSE(test::readAll(file).startsWith("SQLite format 3"));
        const Run shell =
            run(sqlcipher, {file, QStringLiteral("select count(*) from sqlite_master;")});
        CHECK(shell.exitCode != 0);
        CHECK(shell.err.contains(QStringLiteral("file is encrypted or is not a database")));
    }

    const auto files = snapshot(demo().folder);
    REQUIRE_FALSE(files.isEmpty());
    for (const DemoAccount& account : DemoStore::accounts()) {
        const QString surname = account.displayName.section(QLatin1Char(','), 0, 0);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            INFO(it.key().toStdString() + ": " + surname.toStdString());
            CHECK_FALSE(it.value().contains(account.displayName.toUtf8()));
            CHECK_FALSE(it.value().contains(surname.toUtf8()));
            CHECK_FALSE(it.value().contains(account.passphrase.toUtf8()));
        }
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK_FALSE(it.value().contains("Werving en selectie"));
        CHECK_FALSE(it.value().contains("Moreel beraad"));
    }
}

TEST_CASE("the README and run-demo.sh give the demo accounts the demo creates") {
    const QString readme =
        QString::fromUtf8(test::readAll(QStringLiteral(INFOPUNT_SOURCE_DIR "/README.md")));
    REQUIRE_FALSE(readme.isEmpty());
    for (const DemoAccount& account : DemoStore::accounts()) {
        INFO(account.userName.toStdString());
        CHECK(readme.contains(QRegularExpression(
            QStringLiteral("\\|\\s*`?%1`?\\s*\\|\\s*`?%2`?\\s*\\|\\s*`%3`\\s*\\|")
                .arg(QRegularExpression::escape(Roles::code(account.role)),
                     QRegularExpression::escape(account.userName),
                     QRegularExpression::escape(account.passphrase)))));
    }
    const QString script = QString::fromUtf8(
        test::readAll(QStringLiteral(INFOPUNT_SOURCE_DIR "/installer/debian/run-demo.sh")));
    const DemoAccount& adviser = demoAccount(Role::Adviser);
    CHECK(script.contains(adviser.userName));
    CHECK(script.contains(adviser.passphrase));
}

TEST_CASE("with every Qt logging rule on, no record text and no Qt message is printed",
          "[hardening]") {
    // What the demo store holds, read with the adviser's key as the window would show it.
    const DemoAccount& adviser = demoAccount(Role::Adviser);
    auto store = Store::unlock(demo().folder, adviser.userName, adviser.passphrase);
    REQUIRE(store);
    QStringList records;
    const auto rows = CaseQuery(*store.value()).list({}, QDate::currentDate());
    REQUIRE(rows);
    const CaseService cases(*store.value());
    for (const CaseListRow& row : rows.value()) {
        records << row.title << cases.get(row.id).value().description;
        if (const auto reporter = cases.reporter(row.id);
            reporter && !reporter.value().name.isEmpty())
            records << reporter.value().name;
    }
    store.value().reset();
    REQUIRE(records.size() > DemoCases::count() * 2);

    QProcessEnvironment env = withPassphrase(adviser.passphrase);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
    QStringList printed;
    for (const char* command : {"info", "verify"}) {
        const Run run = runInfopunt({QString::fromLatin1(command), QStringLiteral("--store"),
                                     demo().folder, QStringLiteral("--user"), adviser.userName},
                                    env);
        CHECK(run.exitCode == 0);
        CHECK(run.err.isEmpty());
        printed << run.out << run.err;
    }

    // The window, up to its sign-in dialog: Qt loads its platform and style plugins and, with
    // these rules, would tell about each of them.
    QProcess window;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(INFOPUNT_EXECUTABLE), {QStringLiteral("--store"), demo().folder});
    REQUIRE(window.waitForStarted());
    window.waitForFinished(4000); // the dialog waits for a passphrase
    window.kill();
    window.waitForFinished();
    const QString windowErr = QString::fromUtf8(window.readAllStandardError());
    printed << QString::fromUtf8(window.readAllStandardOutput()) << windowErr;
    if (LogFilter::releaseBuild)
        CHECK(windowErr.toStdString() == "");
    for (const QString& line : lines(windowErr))
        CHECK(line.endsWith(QStringLiteral("(the text is not shown: messages from outside "
                                           "Infopunt can quote record content)")));

    const QString all = printed.join(QLatin1Char('\n'));
    for (const QString& text : std::as_const(records)) {
        INFO(text.toStdString());
        CHECK_FALSE(all.contains(text));
    }
}

TEST_CASE("demo --size generates that many reports, prints its progress, and verify passes") {
    const TempFolder parent;
    const QString folder = parent.file(QStringLiteral("generated"));
    const Run created = runInfopunt({QStringLiteral("demo"), QStringLiteral("--store"), folder,
                                     QStringLiteral("--size"), QStringLiteral("30"),
                                     QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.err.contains(QStringLiteral("30 generated reports (seed 7)")));
    CHECK(created.err.contains(
        QRegularExpression(QStringLiteral("30 of 30 reports generated \\(\\d+ s\\)"))));
    CHECK(created.out.contains(QStringLiteral("Recovery key of this demo store: ")));

    const DemoAccount& adviser = demoAccount(Role::Adviser);
    const QStringList store{QStringLiteral("--store"), folder, QStringLiteral("--user"),
                            adviser.userName};
    const Run verify = runInfopunt(QStringList{QStringLiteral("verify")} + store,
                                   withPassphrase(adviser.passphrase));
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK_FALSE(verify.out.contains(QStringLiteral("FAILED")));
    const Run info = runInfopunt(QStringList{QStringLiteral("info")} + store,
                                 withPassphrase(adviser.passphrase));
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(
        QRegularExpression(QStringLiteral("Reports and investigations: +30\\n"))));
}

TEST_CASE("demo refuses a --size that is not a positive number, and --size or --seed elsewhere") {
    const TempFolder parent;
    const QString folder = parent.file(QStringLiteral("never"));
    for (const QString& size : {QStringLiteral("many"), QStringLiteral("-5"), QStringLiteral("0"),
                                QStringLiteral("1.5"), QString()}) {
        const Run refused = runInfopunt({QStringLiteral("demo"), QStringLiteral("--store"), folder,
                                         QStringLiteral("--size"), size});
        INFO(size.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK(
            refused.err.contains(QStringLiteral("--size needs the number of reports to generate")));
    }
    const Run badSeed = runInfopunt({QStringLiteral("demo"), QStringLiteral("--store"), folder,
                                     QStringLiteral("--size"), QStringLiteral("5"),
                                     QStringLiteral("--seed"), QStringLiteral("x")});
    CHECK(badSeed.exitCode == 2);
    CHECK(badSeed.err.contains(QStringLiteral("--seed needs a whole number")));
    const Run seedAlone = runInfopunt({QStringLiteral("demo"), QStringLiteral("--store"), folder,
                                       QStringLiteral("--seed"), QStringLiteral("3")});
    CHECK(seedAlone.exitCode == 2);
    CHECK(seedAlone.err.contains(QStringLiteral("--seed is only used with demo --size")));
    const Run elsewhere = runInfopunt({QStringLiteral("info"), QStringLiteral("--store"), folder,
                                       QStringLiteral("--user"), QStringLiteral("x"),
                                       QStringLiteral("--size"), QStringLiteral("5")});
    CHECK(elsewhere.exitCode == 2);
    CHECK(elsewhere.err.contains(QStringLiteral("--size is only used by the demo command")));
    CHECK_FALSE(QFileInfo::exists(folder));
}
