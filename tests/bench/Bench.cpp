// The benchmark: generated stores of 1,000 and 10,000 reports (100,000 when asked), made by the
// real generator (DemoVolume, as `infopunt demo --size N`), and for each the workloads of the
// sections below, printed as a table (median, p95 and the encrypted/plain ratio of the SQL) and
// written as JSON. Asserts nothing.
//
//   infopunt_bench [--sizes 1000,10000] [--seed S] [--runs R] [--stores DIR] [--json FILE]
//                  [--only TEXT] [--skip TEXT,TEXT]
//
// --stores keeps the generated stores in DIR (store-N-seedS) and reuses them next time; the
// workloads always run on a copy, which is removed afterwards.

#include "BenchContext.h"
#include "BenchReport.h"
#include "CaseBench.h"
#include "UiBench.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoStore.h"
#include "storage/SqlCipher.h"
#include "storage/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace infopunt;
using namespace infopunt::bench;

namespace {

// Every section runs on every size, in this order.
// The longest stall of the event loop per user action, driving the real main window (last: it
// edits the working copy).
bool benchmarkUi(const BenchContext& context, BenchReport& report) {
    if (!context.wants(QStringLiteral("ui")))
        return true;
    const auto stalls = benchmarkUiStalls(context.folder, context.userName, context.passphrase);
    if (!stalls)
        return false;
    for (const UiStall& stall : stalls->actions) {
        BenchReport::Row row{QStringLiteral("ui"), stall.action, context.size, {}, {}, {}, {}};
        row.samples.ms.append(stall.longestMs);
        row.note = QStringLiteral("longest stall");
        report.add(row);
    }
    return true;
}

const QList<QPair<QString, Section>>& sections() {
    static const QList<QPair<QString, Section>> all{
        {QStringLiteral("cases"), benchmarkCases},
        {QStringLiteral("ui"), benchmarkUi},
    };
    return all;
}

// The generated store of `size` reports for `seed` in `folder`, made when missing.
bool ensureStore(const QString& folder, int size, quint32 seed, BenchReport& report) {
    if (Store::isStore(folder))
        return true;
    std::printf("generating %d reports (seed %u) in %s\n", size, seed,
                QDir::toNativeSeparators(folder).toUtf8().constData());
    std::fflush(stdout);
    BenchReport::Row row{QStringLiteral("generate"),
                         QStringLiteral("demo --size (whole store)"),
                         size,
                         {},
                         {},
                         {},
                         {}};
    Result<QString> created = QString();
    const std::clock_t cpuBefore = std::clock();
    row.samples.ms.append(milliseconds([&] {
        created = DemoStore::create(folder, size, seed, [](int done, int total) {
            if (done % 5000 == 0 || done == total) {
                std::printf("  %d of %d\n", done, total);
                std::fflush(stdout);
            }
        });
    }));
    if (!created) {
        std::fprintf(stderr, "%s\n", created.error().message.toUtf8().constData());
        return false;
    }
    wipeString(created.value());
    // The machine may be shared: the CPU time tells what the generator itself took.
    const double cpuSeconds = static_cast<double>(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    row.note = QStringLiteral("%1 s per 1,000 reports, CPU %2 s per 1,000")
                   .arg(row.samples.median() / size, 0, 'f', 1)
                   .arg(cpuSeconds * 1000 / size, 0, 'f', 1);
    report.add(row);
    return true;
}

bool copyFiles(const QString& from, const QString& to) {
    if (!QDir().mkpath(to))
        return false;
    const QFileInfoList files = QDir(from).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : files) {
        if (file.fileName() == QLatin1String("writer.lock"))
            continue;
        if (!QFile::copy(file.absoluteFilePath(), QDir(to).filePath(file.fileName())))
            return false;
    }
    return true;
}

QList<QPair<QString, qint64>> fileSizes(const QString& folder) {
    QList<QPair<QString, qint64>> sizes;
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files, QDir::Name))
        sizes.append({file.fileName(), file.size()});
    return sizes;
}

} // namespace

int main(int argc, char** argv) {
    // What this workstation saw of each store is remembered under the data home: a copy taken
    // again from the kept store must not look like a store put back from an older copy.
    QTemporaryDir dataHome;
    if (!(argc >= 2 && qstrcmp(argv[1], "--cold") == 0))
        qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    // The UI section drives real widgets, without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (!initSodium() || !SqlCipher::selfTest()) {
        std::fprintf(stderr, "SQLCipher or libsodium is not usable in this process\n");
        return 3;
    }
    const DemoAccount adviser = DemoStore::accounts().constFirst();
    if (argc == 4 && qstrcmp(argv[1], "--cold") == 0)
        return coldStart(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                         qEnvironmentVariable("INFOPUNT_PASSPHRASE"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Store sizes."),
                                         QStringLiteral("N,N"), QStringLiteral("1000,10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per workload."), QStringLiteral("R"),
                                        QStringLiteral("9"));
    const QCommandLineOption storesOption(QStringLiteral("stores"),
                                          QStringLiteral("Keep and reuse generated stores here."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also write the figures as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Only the workloads whose name contains TEXT."),
        QStringLiteral("TEXT"));
    const QCommandLineOption skipOption(
        QStringLiteral("skip"),
        QStringLiteral("Leave out the workloads whose name contains one of these (comma "
                       "separated), e.g. verify at 100,000 reports."),
        QStringLiteral("TEXTS"));
    parser.addOptions(
        {sizesOption, seedOption, runsOption, storesOption, jsonOption, onlyOption, skipOption});
    parser.process(app);

    QList<int> sizes;
    for (const QString& text :
         parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size <= 0) {
            std::fprintf(stderr, "--sizes takes positive numbers separated by commas\n");
            return 2;
        }
        sizes.append(size);
    }
    const quint32 seed = parser.value(seedOption).toUInt();
    QTemporaryDir scratch;
    const QString storesDir = parser.isSet(storesOption)
                                  ? parser.value(storesOption)
                                  : scratch.filePath(QStringLiteral("stores"));
    std::printf("SQLCipher %s\n", SqlCipher::selfTest().value().toUtf8().constData());

    BenchReport report;
    bool ok = true;
    for (const int size : sizes) {
        const QString kept =
            QDir(storesDir).filePath(QStringLiteral("store-%1-seed%2").arg(size).arg(seed));
        if (!QDir().mkpath(storesDir) || !ensureStore(kept, size, seed, report)) {
            ok = false;
            continue;
        }
        QTemporaryDir work;
        const QString folder = work.filePath(QStringLiteral("store"));
        if (!copyFiles(kept, folder)) {
            std::fprintf(stderr, "cannot copy %s\n", kept.toUtf8().constData());
            ok = false;
            continue;
        }
        const BenchContext context{
            folder,
            size,
            adviser.userName,
            adviser.passphrase,
            QCoreApplication::applicationFilePath(),
            std::max(1, parser.value(runsOption).toInt()),
            parser.value(onlyOption),
            parser.value(skipOption).split(QLatin1Char(','), Qt::SkipEmptyParts)};
        report.printHeader();
        for (const auto& [name, run] : sections()) {
            if (!run(context, report)) {
                std::fprintf(stderr, "section %s stopped at N = %d\n", name.toUtf8().constData(),
                             size);
                ok = false;
            }
        }
        // The files as the workloads left them: the copies they made included.
        report.add(BenchReport::Memory{size, peakResidentKiB(), fileSizes(folder)});
    }
    if (parser.isSet(jsonOption) && !report.writeJson(parser.value(jsonOption))) {
        std::fprintf(stderr, "cannot write %s\n", parser.value(jsonOption).toUtf8().constData());
        return 1;
    }
    return ok ? 0 : 1;
}
