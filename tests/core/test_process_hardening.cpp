// Process hardening: no core dump, and no record text left in memory after locking, proved
// against a real store by a helper process that shows a case and locks, and an image of its
// memory (its own /proc route, and gcore where gdb is installed).

#include "CaseFixtures.h"
#include "StoreFixture.h"
#include "catch.h"
#include "common/ProcessHardening.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace infopunt;
using namespace infopunt::test;

#if defined(Q_OS_LINUX)

namespace {

// A word no store, library or test holds by chance.
QString marker(const char* prefix) {
    QString word = QString::fromLatin1(prefix);
    for (int i = 0; i < 24; ++i)
        word += QLatin1Char(char('a' + QRandomGenerator::global()->bounded(26)));
    return word;
}

// Each marker as UTF-8 (what SQLite holds) and as UTF-16 (what a QString holds), by a name
// for the report.
QMap<QString, QByteArray> utf8(const QStringList& markers) {
    QMap<QString, QByteArray> needles;
    for (const QString& text : markers)
        needles.insert(text + QStringLiteral(" (UTF-8)"), text.toUtf8());
    return needles;
}

QMap<QString, QByteArray> utf8AndUtf16(const QStringList& markers) {
    QMap<QString, QByteArray> needles = utf8(markers);
    for (const QString& text : markers) {
        needles.insert(text + QStringLiteral(" (UTF-16)"),
                       QByteArray(reinterpret_cast<const char*>(text.utf16()),
                                  text.size() * qsizetype(sizeof(char16_t))));
    }
    return needles;
}

// The needles found in the file, read in pieces that overlap by the longest needle.
QStringList foundIn(const QString& path, const QMap<QString, QByteArray>& needles) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("(no image at %1)").arg(path)};
    qsizetype longest = 0;
    for (const QByteArray& needle : needles)
        longest = std::max(longest, needle.size());
    QStringList found;
    QByteArray carried;
    while (!file.atEnd()) {
        const QByteArray piece = carried + file.read(64 << 20);
        for (auto it = needles.cbegin(); it != needles.cend(); ++it) {
            if (!found.contains(it.key()) && piece.contains(it.value()))
                found.append(it.key());
        }
        carried = piece.right(longest);
    }
    return found;
}

std::string names(const QStringList& found) {
    return found.join(QStringLiteral(", ")).toStdString();
}

struct Probe {
    TempFolder temp;
    QString image = temp.file(QStringLiteral("memory.image"));
    QString core; // a gcore of the process, when one was taken
    bool locked = false;
};

enum class Measures { None, SqliteOnly, All };

// Runs the helper until it has locked and written its memory image; with all measures also
// takes a gcore of it at that moment where gdb is installed (gdb attaches to a process that is
// not dumpable only as root).
std::unique_ptr<Probe> runProbe(const StoreFixture& fixture, Measures measures) {
    auto probe = std::make_unique<Probe>();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INFOPUNT_PASSPHRASE"), adviserPassphrase);
    process.setProcessEnvironment(env);
    QStringList arguments{fixture.folder, adviserName, probe->image};
    if (measures == Measures::None)
        arguments << QStringLiteral("--unprotected");
    if (measures == Measures::SqliteOnly)
        arguments << QStringLiteral("--sqlite-only");
    process.start(QStringLiteral(INFOPUNT_MEMORY_PROBE), arguments);
    process.waitForStarted();
    while (!process.canReadLine() && process.state() == QProcess::Running)
        process.waitForReadyRead(120000);
    probe->locked = process.readLine().trimmed() == "LOCKED";
    const QString gcore = QStandardPaths::findExecutable(QStringLiteral("gcore"));
    if (probe->locked && measures == Measures::All && !gcore.isEmpty()) {
        const QString prefix = probe->temp.file(QStringLiteral("core"));
        const QString pid = QString::number(process.processId());
        QProcess gdb;
        gdb.setStandardOutputFile(QProcess::nullDevice());
        gdb.setStandardErrorFile(QProcess::nullDevice());
        gdb.start(gcore, {QStringLiteral("-o"), prefix, pid});
        gdb.waitForFinished(300000);
        if (QFileInfo::exists(prefix + QLatin1Char('.') + pid))
            probe->core = prefix + QLatin1Char('.') + pid;
    }
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return probe;
}

} // namespace

TEST_CASE("After start-up the process cannot be dumped", "[hardening]") {
    // In a child, so that this test program itself stays as it was.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const bool disabled = ProcessHardening::disableCoreDumps();
        rlimit limit{};
        const bool noCore =
            getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
        _exit(disabled && noCore && prctl(PR_GET_DUMPABLE) == 0 ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(prctl(PR_GET_DUMPABLE) == 1); // the test program itself was left dumpable
}

TEST_CASE("After locking, the memory holds no record text that was shown", "[hardening]") {
    StoreFixture fixture;
    const QString reporter = marker("Reporter");
    const QString contact = marker("contact");
    const QString title = marker("title");
    const QString description = marker("description");
    NewCase report = sampleReport();
    report.reporter = {reporter, contact, 0};
    report.title = title;
    report.description = QStringLiteral("Reported: ") + description;
    const CaseRecord registered = registerCase(*fixture.store, report);
    // The title and description as a store from before case keys holds them: plain text, read
    // through SQLite's page cache like every unsealed value.
    QSqlQuery legacy(fixture.store->database());
    legacy.prepare(QStringLiteral("UPDATE cases SET title = ?, description = ? WHERE id = ?"));
    legacy.addBindValue(title);
    legacy.addBindValue(report.description);
    legacy.addBindValue(registered.id);
    REQUIRE(legacy.exec());
    fixture.store.reset();
    const QStringList markers{reporter, contact, title, description};
    const auto needles = utf8AndUtf16(markers);

    // Without the measures the text stays, so this test can see it. The reporter's fields are
    // sealed with the case key and opened in wiped key memory, so they need not linger even
    // then; the plain title and description prove that the image shows what stays.
    const auto unprotected = runProbe(fixture, Measures::None);
    REQUIRE(unprotected->locked);
    const QStringList leftUnprotected = foundIn(unprotected->image, needles);
    for (const QString& text : {title, description})
        CHECK(leftUnprotected.filter(text).size() > 0);

    // SQLite's memory alone (the measure Windows has too): its UTF-8 copies are gone.
    const auto sqliteOnly = runProbe(fixture, Measures::SqliteOnly);
    REQUIRE(sqliteOnly->locked);
    INFO(names(foundIn(sqliteOnly->image, utf8(markers))));
    CHECK(names(foundIn(sqliteOnly->image, utf8(markers))).empty());

    const auto hardened = runProbe(fixture, Measures::All);
    REQUIRE(hardened->locked);
    CHECK(names(foundIn(hardened->image, needles)).empty());
    if (hardened->core.isEmpty()) {
        CHECK(
            (QStandardPaths::findExecutable(QStringLiteral("gcore")).isEmpty() || geteuid() != 0));
        WARN("no gcore could be taken (gdb missing, or not root): only the memory image from "
             "/proc was checked");
    } else {
        CHECK(names(foundIn(hardened->core, needles)).empty());
    }
}

#endif
