#pragma once

#include "common/Result.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace infopunt {

// The commands that run without a window. Each returns the process exit code (ExitCode.h);
// results go to stdout, errors to stderr.
class HeadlessCommands {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Cli)
public:
    // `generatedReports` > 0: that many generated reports (DemoVolume) in place of the demo cases.
    static int demo(const QString& folder, int generatedReports = 0, quint32 seed = 1);
    // `passphraseFd`: the file descriptor to read the passphrase from, or -1.
    static int info(const QString& folder, const QString& userName, int passphraseFd);
    static int verify(const QString& folder, const QString& userName, int passphraseFd);

private:
    // Refuses while a back-off after wrong passphrases runs (UnlockAttempts), then reads the
    // passphrase (descriptor, environment or terminal) and unlocks; prints the error and sets
    // `exitCode` on failure.
    static std::unique_ptr<Store> unlock(const QString& folder, const QString& userName,
                                         int passphraseFd, int& exitCode);
};

} // namespace infopunt
