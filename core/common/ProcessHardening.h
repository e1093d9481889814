#pragma once

namespace infopunt {

// What the process does so that no key or record outlives its use in memory or leaves the
// process in a dump. apply() runs first thing in main(), before the application object exists
// and before SQLite is first used, so before any key or record is in memory.
class ProcessHardening {
public:
    // Every measure below, and the one message handler (LogFilter).
    static void apply();

    // Linux: not dumpable (no core file, whatever the core pattern; no ptrace attach and no
    // /proc/<pid>/mem for other processes of the same user) and RLIMIT_CORE 0 (inherited by
    // child processes). Windows: Windows Error Reporting is not invoked for a crash, so it
    // writes no dump. False when the system refused.
    static bool disableCoreDumps();

    // Freed memory is overwritten: SQLite's blocks are zeroed (SqliteMemory), and with glibc
    // free() fills every freed heap block (mallopt M_PERTURB) except those it keeps in its
    // per-thread cache, which scrubFreedMemory() clears. False when part of it is not possible
    // here (SQLite already in use, or another C library).
    static bool wipeFreedMemory();

    // After locking (Store destroyed, pages gone): zeroes the small freed blocks that glibc
    // keeps in this thread's cache for quick reuse, which M_PERTURB does not overwrite. Does
    // nothing with other C libraries.
    static void scrubFreedMemory();
};

} // namespace infopunt
