#include "CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <cstring>

namespace infopunt {

namespace {

bool isOneOf(const char* argument, std::initializer_list<const char*> candidates) {
    for (const char* candidate : candidates) {
        if (std::strcmp(argument, candidate) == 0)
            return true;
    }
    return false;
}

} // namespace

bool CommandLine::wantsGui(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const char* argument = argv[i];
        if (isOneOf(argument, {"--store", "--user", "--passphrase-fd", "--size", "--seed"})) {
            ++i; // skip the option's value
            continue;
        }
        if (isOneOf(argument, {"-h", "--help", "--help-all", "-v", "--version"}))
            return false;
        if (argument[0] != '-')
            return false; // a command word (or a stray argument that parse() will reject)
    }
    return true;
}

bool CommandLine::displayAvailable() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool needsWindowSystem =
        platform.isEmpty() || platform.startsWith("xcb") || platform.startsWith("wayland");
    return !needsWindowSystem || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

Result<Invocation> CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Infopunt: the integrity office's registration of reports, counselling, audits, "
           "risks and annual plans, in an encrypted store.\n\n"
           "Commands:\n"
           "  (none)   start the application window\n"
           "  demo     create a demo store filled with invented data (--store; --size N for N "
           "generated reports, --seed S)\n"
           "  info     print a summary of a store (--store, --user)\n"
           "  verify   check a store's encryption, integrity and audit log (--store, --user)\n\n"
           "info and verify read the passphrase from the file descriptor given with "
           "--passphrase-fd (its first line), else from the environment variable "
           "INFOPUNT_PASSPHRASE, else they ask for it when run in a terminal. Prefer "
           "--passphrase-fd in scripts: other programs of the same user can read a process's "
           "environment (on Linux in /proc/PID/environ), and so can the administrator (root); "
           "on Windows every program of the same user can. After a wrong passphrase the next "
           "attempt for that store and user must wait, as in the window."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"), tr("The store's folder."), tr("PATH"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The user name to sign in with."),
                                  tr("NAME"));
    const QCommandLineOption passphraseFd(
        QStringLiteral("passphrase-fd"),
        tr("Read the passphrase from the first line of this open file descriptor (for "
           "scripts; info and verify)."),
        tr("N"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        tr("demo: generate this many invented reports over ten years in place of the demo "
           "cases."),
        tr("N"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        tr("demo --size: the seed of the generated reports; the same seed gives the same "
           "reports (default 1)."),
        tr("S"));
    parser.addOption(store);
    parser.addOption(user);
    parser.addOption(passphraseFd);
    parser.addOption(size);
    parser.addOption(seed);
    parser.addPositionalArgument(tr("command"), tr("demo, info or verify."), tr("[command]"));

    if (!parser.parse(arguments))
        return makeError(ErrorCode::InvalidInput, parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Unexpected argument: %1.").arg(positional.at(1)));
    }
    Invocation invocation;
    const QString command = positional.value(0);
    if (command == QLatin1String("demo"))
        invocation.command = Invocation::Command::Demo;
    else if (command == QLatin1String("info"))
        invocation.command = Invocation::Command::Info;
    else if (command == QLatin1String("verify"))
        invocation.command = Invocation::Command::Verify;
    else if (!command.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            tr("Unknown command: %1. The commands are demo, info and verify.").arg(command));

    if (parser.isSet(store)) {
        if (parser.value(store).trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("--store needs the store's folder."));
        invocation.storeFolder = QDir(parser.value(store)).absolutePath();
    }
    invocation.userName = parser.value(user);

    const bool needsUser = invocation.command == Invocation::Command::Info ||
                           invocation.command == Invocation::Command::Verify;
    if (invocation.command != Invocation::Command::Gui && invocation.storeFolder.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("%1 needs --store PATH.").arg(command));
    if (needsUser && invocation.userName.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("%1 needs --user NAME.").arg(command));
    if (!needsUser && parser.isSet(user))
        return makeError(ErrorCode::InvalidInput,
                         tr("--user is only used by the info and verify commands."));
    if (parser.isSet(passphraseFd)) {
        bool isNumber = false;
        invocation.passphraseFd = parser.value(passphraseFd).toInt(&isNumber);
        if (!isNumber || invocation.passphraseFd < 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("--passphrase-fd needs the number of an open file descriptor."));
        if (!needsUser)
            return makeError(ErrorCode::InvalidInput,
                             tr("--passphrase-fd is only used by the info and verify commands."));
    }
    const bool demo = invocation.command == Invocation::Command::Demo;
    if (parser.isSet(size)) {
        bool isNumber = false;
        invocation.demoSize = parser.value(size).toInt(&isNumber);
        if (!isNumber || invocation.demoSize <= 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("--size needs the number of reports to generate, a whole number "
                                "greater than 0."));
        if (!demo)
            return makeError(ErrorCode::InvalidInput,
                             tr("--size is only used by the demo command."));
    }
    if (parser.isSet(seed)) {
        bool isNumber = false;
        invocation.demoSeed = parser.value(seed).toUInt(&isNumber);
        if (!isNumber)
            return makeError(ErrorCode::InvalidInput,
                             tr("--seed needs a whole number from 0 to 4294967295."));
        if (!demo || !parser.isSet(size))
            return makeError(ErrorCode::InvalidInput, tr("--seed is only used with demo --size."));
    }
    return invocation;
}

} // namespace infopunt
