#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace infopunt {

// The terminal side of the headless commands: UTF-8 output lines and reading a passphrase.
class Console {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Cli)
public:
    static void init(); // UTF-8 console output on Windows
    static void out(const QString& line);
    static void err(const QString& line);

    // The passphrase for `userName`: the first line read from file descriptor `fd` when it is
    // not -1, else from INFOPUNT_PASSPHRASE (then removed from this process's environment),
    // else typed on the terminal without echo. Never from the command line. InvalidInput
    // error when none is possible.
    static Result<QString> passphrase(const QString& userName, int fd = -1);

private:
    static bool readWithoutEcho(const QString& prompt, QString& text);
    static Result<QString> readLineFrom(int fd);
};

} // namespace infopunt
