#include "common/ProcessHardening.h"

#include "common/LogFilter.h"
#include "storage/SqliteMemory.h"

#include <QtGlobal>
#include <array>
#include <cstdlib>
#include <sodium.h>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace infopunt {

namespace {

#if defined(__GLIBC__)
// What free() writes over a freed block (malloc fills new blocks with its complement).
constexpr int freedByte = 0x5a;
// glibc's per-thread cache keeps up to 7 freed blocks (the default of the
// glibc.malloc.tcache_count tunable) of each of 64 sizes, the largest 1032 bytes.
constexpr std::size_t smallestCachedBlock = 24;
constexpr std::size_t cachedSizeStep = 16;
constexpr int cachedSizes = 64;
constexpr int blocksPerSize = 16; // more than the cache holds, so every cached one comes back
#endif

} // namespace

void ProcessHardening::apply() {
    disableCoreDumps();
    wipeFreedMemory();
    LogFilter::install();
}

bool ProcessHardening::disableCoreDumps() {
#if defined(Q_OS_WIN)
    // SEM_NOGPFAULTERRORBOX: "the system does not invoke Windows Error Reporting", which is
    // what writes crash dumps (LocalDumps); inherited by child processes.
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    return true;
#else
    const rlimit noCore{0, 0};
    bool disabled = setrlimit(RLIMIT_CORE, &noCore) == 0;
#if defined(Q_OS_LINUX)
    disabled = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && disabled;
#endif
    return disabled;
#endif
}

bool ProcessHardening::wipeFreedMemory() {
    const bool sqlite = SqliteMemory::wipeOnFree();
#if defined(__GLIBC__)
    return mallopt(M_PERTURB, freedByte) == 1 && sqlite;
#else
    return false;
#endif
}

void ProcessHardening::scrubFreedMemory() {
#if defined(__GLIBC__)
    // malloc hands out the cached blocks first, with what they held: zero them and give them
    // back.
    std::array<void*, blocksPerSize> blocks{};
    for (int sizeClass = 0; sizeClass < cachedSizes; ++sizeClass) {
        const std::size_t size = smallestCachedBlock + cachedSizeStep * sizeClass;
        for (void*& block : blocks) {
            block = std::malloc(size);
            if (block)
                sodium_memzero(block, malloc_usable_size(block));
        }
        for (void* block : blocks)
            std::free(block);
    }
#endif
}

} // namespace infopunt
