#include "Console.h"

#include "crypto/SecureBytes.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace infopunt {

namespace {

constexpr int maximumPassphraseBytes = 1024;

void write(std::FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

#ifndef Q_OS_WIN
// Restores echo when the user presses Ctrl+C at the prompt, so the terminal is not left silent.
termios savedTerminal;

extern "C" void restoreTerminalAndExit(int signalNumber) {
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}
#endif

} // namespace

void Console::init() {
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
}

void Console::out(const QString& line) {
    write(stdout, line + QLatin1Char('\n'));
}

void Console::err(const QString& line) {
    write(stderr, line + QLatin1Char('\n'));
}

Result<QString> Console::passphrase(const QString& userName, int fd) {
    if (fd >= 0) {
        qunsetenv("INFOPUNT_PASSPHRASE");
        return readLineFrom(fd);
    }
    if (qEnvironmentVariableIsSet("INFOPUNT_PASSPHRASE")) {
        QString fromEnvironment = qEnvironmentVariable("INFOPUNT_PASSPHRASE");
        qunsetenv("INFOPUNT_PASSPHRASE"); // not inherited by anything this process starts
        if (fromEnvironment.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("INFOPUNT_PASSPHRASE is empty."));
        return fromEnvironment;
    }
    QString typed;
    if (!readWithoutEcho(tr("Passphrase for %1: ").arg(userName), typed)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("No passphrase given. Set the environment variable "
                            "INFOPUNT_PASSPHRASE, or run the command in a terminal to type it."));
    }
    if (typed.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No passphrase given."));
    return typed;
}

// Byte by byte up to the first newline, so that nothing after the line is taken from a pipe
// that the caller may go on using, and no stdio buffer keeps a copy.
Result<QString> Console::readLineFrom(int fd) {
    QByteArray line(maximumPassphraseBytes, '\0');
    qsizetype length = 0;
    for (;;) {
        char byte = 0;
#ifdef Q_OS_WIN
        const int count = ::_read(fd, &byte, 1);
#else
        const ssize_t count = ::read(fd, &byte, 1);
        if (count < 0 && errno == EINTR)
            continue;
#endif
        if (count < 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            wipeBytes(line);
            return makeError(ErrorCode::InvalidInput,
                             tr("The passphrase cannot be read from file descriptor %1: %2")
                                 .arg(fd)
                                 .arg(reason));
        }
        if (count == 0 || byte == '\n')
            break;
        if (length == line.size()) {
            wipeBytes(line);
            return makeError(
                ErrorCode::InvalidInput,
                tr("The passphrase read from file descriptor %1 is too long.").arg(fd));
        }
        line[length++] = byte;
    }
    if (length > 0 && line.at(length - 1) == '\r')
        --length;
    QString text = QString::fromUtf8(line.constData(), length);
    wipeBytes(line);
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No passphrase given."));
    return text;
}

#ifdef Q_OS_WIN

bool Console::readWithoutEcho(const QString& prompt, QString& text) {
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return false; // not a console
    write(stderr, prompt);
    SetConsoleMode(input, (mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT);
    wchar_t buffer[maximumPassphraseBytes];
    DWORD count = 0;
    const BOOL read = ReadConsoleW(input, buffer, maximumPassphraseBytes - 1, &count, nullptr);
    SetConsoleMode(input, mode);
    write(stderr, QStringLiteral("\n"));
    if (read)
        text = QString::fromWCharArray(buffer, static_cast<qsizetype>(count));
    SecureZeroMemory(buffer, sizeof buffer);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return read != 0;
}

#else

bool Console::readWithoutEcho(const QString& prompt, QString& text) {
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return false;
    write(stderr, prompt);
    termios silent = savedTerminal;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    const auto previousInterrupt = std::signal(SIGINT, restoreTerminalAndExit);
    const auto previousTerminate = std::signal(SIGTERM, restoreTerminalAndExit);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);

    // read(2), not stdio, so that no library buffer keeps a copy of the line.
    QByteArray line(maximumPassphraseBytes, '\0');
    const ssize_t count = ::read(STDIN_FILENO, line.data(), static_cast<std::size_t>(line.size()));

    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(SIGINT, previousInterrupt);
    std::signal(SIGTERM, previousTerminate);
    write(stderr, QStringLiteral("\n"));
    if (count < 0) {
        wipeBytes(line);
        return false;
    }
    qsizetype length = count;
    while (length > 0 && (line.at(length - 1) == '\n' || line.at(length - 1) == '\r'))
        --length;
    text = QString::fromUtf8(line.constData(), length);
    wipeBytes(line);
    return true;
}

#endif

} // namespace infopunt
