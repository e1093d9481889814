// Test helper: opens a store as the application would, reads every case it may see with its
// reporter and holds the text as a window shows it, then locks (drops the text and destroys
// the Store), writes an image of its own memory to IMAGE, prints "LOCKED" and waits until its
// stdin closes (so that a test may also take a gcore of it). It never learns which text the
// test looks for. Usage: memory_probe FOLDER USER IMAGE [--unprotected | --sqlite-only]; the
// passphrase in INFOPUNT_PASSPHRASE. --unprotected leaves out ProcessHardening, to prove the
// test can fail; --sqlite-only takes only the measure that also works on Windows (SQLite's
// memory wiped), which glibc's M_PERTURB would otherwise cover as well.
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "common/ProcessHardening.h"
#include "crypto/SecureBytes.h"
#include "storage/SqlCipher.h"
#include "storage/SqliteMemory.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <array>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

using namespace infopunt;

namespace {

// What the window holds for the cases it shows: the list's rows and, per case file, the
// labels' texts and the values the form would edit.
struct Screen {
    QList<CaseListRow> rows;
    QList<CaseRecord> records;
    QList<CaseReporter> reporters;
    QStringList labels;
    QVariantList values;
};

bool show(Store& store, Screen& screen) {
    auto rows = CaseQuery(store).list({}, QDate::currentDate());
    if (!rows)
        return false;
    screen.rows = rows.value();
    const CaseService cases(store);
    for (const CaseListRow& row : std::as_const(screen.rows)) {
        auto record = cases.get(row.id);
        auto reporter = cases.reporter(row.id);
        if (!record || !reporter)
            return false;
        screen.records.append(record.value());
        screen.reporters.append(reporter.value());
        screen.labels << record.value().title << record.value().description
                      << QStringLiteral("%1\n%2").arg(reporter.value().name,
                                                      reporter.value().contact);
        screen.values << QVariant(reporter.value().name) << QVariant(record.value().title);
    }
    return !screen.rows.isEmpty();
}

// A buffer outside the heap, so that copying memory into it allocates nothing.
std::array<char, 1 << 20> chunk;

// Copies every readable region that can hold data of this process (writable ones, and
// anonymous ones such as the heap and stacks; read-only file mappings are the files on disk)
// into `path`. process_vm_readv on our own pid works while the process is not dumpable,
// where /proc/self/mem belongs to root; it fails on unreadable pages, which are skipped.
bool writeMemoryImage(const char* path) {
    const int maps = ::open("/proc/self/maps", O_RDONLY);
    QByteArray regions;
    for (ssize_t n; maps >= 0 && (n = ::read(maps, chunk.data(), chunk.size())) > 0;)
        regions.append(chunk.data(), n);
    if (maps >= 0)
        ::close(maps);
    const int image = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (image < 0 || regions.isEmpty())
        return false;
    for (const QByteArray& line : regions.split('\n')) {
        unsigned long start = 0;
        unsigned long end = 0;
        char permissions[5] = {};
        unsigned long offset = 0;
        char device[16] = {};
        unsigned long inode = 0;
        if (std::sscanf(line.constData(), "%lx-%lx %4s %lx %15s %lu", &start, &end, permissions,
                        &offset, device, &inode) != 6)
            continue;
        if (permissions[0] != 'r' || (permissions[1] != 'w' && inode != 0))
            continue;
        for (unsigned long at = start; at < end;) {
            const std::size_t wanted = std::min<std::size_t>(chunk.size(), end - at);
            iovec local{chunk.data(), wanted};
            iovec remote{reinterpret_cast<void*>(at), wanted};
            const ssize_t read = process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
            if (read <= 0) {
                at += static_cast<unsigned long>(sysconf(_SC_PAGESIZE));
                continue;
            }
            if (::write(image, chunk.data(), static_cast<std::size_t>(read)) != read)
                return false;
            at += static_cast<unsigned long>(read);
        }
    }
    return ::close(image) == 0;
}

} // namespace

int main(int argc, char** argv) {
    const char* mode = argc == 5 ? argv[4] : "";
    const bool protect = std::strcmp(mode, "") == 0;
    if (protect)
        ProcessHardening::apply(); // as app/main.cpp, before anything else
    else if (std::strcmp(mode, "--sqlite-only") == 0)
        SqliteMemory::wipeOnFree();
    QCoreApplication app(argc, argv);
    if ((argc != 4 && argc != 5) || !initSodium() || !SqlCipher::selfTest())
        return 2;
    {
        QString passphrase = qEnvironmentVariable("INFOPUNT_PASSPHRASE");
        auto store = Store::unlock(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                                   passphrase);
        wipeString(passphrase);
        if (!store)
            return 1;
        Screen screen;
        if (!show(*store.value(), screen))
            return 1;
        // Locking: the window drops its pages, then the Store.
    }
    if (protect)
        ProcessHardening::scrubFreedMemory(); // as MainWindow does after locking
    if (!writeMemoryImage(argv[3]))
        return 1;
    std::printf("LOCKED\n");
    std::fflush(stdout);
    while (::read(STDIN_FILENO, chunk.data(), chunk.size()) > 0) {
    }
    return 0;
}
