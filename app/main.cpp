// Infopunt's entry point: hardens the process, picks the application object, loads the
// translation, checks that the process runs on SQLCipher, then starts the window or a headless
// command.

#include "CommandLine.h"
#include "Console.h"
#include "ExitCode.h"
#include "GuiController.h"
#include "HeadlessCommands.h"
#include "Translations.h"
#include "common/ProcessHardening.h"
#include "crypto/SecureBytes.h"
#include "storage/SqlCipher.h"

#include <QApplication>
#include <memory>

using namespace infopunt;

int main(int argc, char** argv) {
    // Before any key or record is in memory, and before SQLite is first used.
    ProcessHardening::apply();
    // A QApplication needs a window system and aborts without one; the headless commands
    // must also run where there is none, so they get a QCoreApplication.
    const bool gui = CommandLine::wantsGui(argc, argv) && CommandLine::displayAvailable();
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Infopunt"));
    QCoreApplication::setApplicationName(QStringLiteral("Infopunt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INFOPUNT_VERSION));
    Console::init();
    Translations::install();

    if (!initSodium()) {
        Console::err(CommandLine::tr("The cryptography library (libsodium) cannot start."));
        return ExitEnvironment;
    }
    if (auto cipher = SqlCipher::selfTest(); !cipher) {
        Console::err(cipher.error().message);
        return ExitEnvironment;
    }

    auto invocation = CommandLine::parse(QCoreApplication::arguments());
    if (!invocation) {
        Console::err(invocation.error().message);
        Console::err(CommandLine::tr("Run \"infopunt --help\" for the commands and options."));
        return ExitUsage;
    }
    const Invocation& what = invocation.value();
    switch (what.command) {
    case Invocation::Command::Demo:
        return HeadlessCommands::demo(what.storeFolder, what.demoSize, what.demoSeed);
    case Invocation::Command::Info:
        return HeadlessCommands::info(what.storeFolder, what.userName, what.passphraseFd);
    case Invocation::Command::Verify:
        return HeadlessCommands::verify(what.storeFolder, what.userName, what.passphraseFd);
    case Invocation::Command::Gui:
        break;
    }
    if (!gui) {
        Console::err(CommandLine::tr(
            "There is no display to show the application window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Run it in a desktop session, or use the headless "
            "commands: infopunt --help."));
        return ExitEnvironment;
    }
    return ui::runGui(what.storeFolder.isEmpty() ? ui::defaultStoreFolder() : what.storeFolder);
}
