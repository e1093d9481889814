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
    static int demo(const QString& folder);
    static int info(const QString& folder, const QString& userName);
    static int verify(const QString& folder, const QString& userName);

private:
    // Reads the passphrase (environment or terminal) and unlocks; prints the error and sets
    // `exitCode` on failure.
    static std::unique_ptr<Store> unlock(const QString& folder, const QString& userName,
                                         int& exitCode);
};

} // namespace infopunt
