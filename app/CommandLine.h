#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace infopunt {

// What the user asked for on the command line.
struct Invocation {
    enum class Command { Gui, Demo, Info, Verify };
    Command command = Command::Gui;
    QString storeFolder; // absolute; empty when not given
    QString userName;
    int passphraseFd = -1; // --passphrase-fd N: read the passphrase from this descriptor
    int demoSize = 0;      // demo --size N: N generated reports in place of the demo cases
    quint32 demoSeed = 1;  // demo --seed S
};

// The command line, the same on every platform:
//   infopunt [--store PATH]                       the application window
//   infopunt demo --store PATH [--size N [--seed S]]
//                                                 create a demo store (N generated reports)
//   infopunt info|verify --store PATH --user NAME [--passphrase-fd N]
//                                                 a summary / the integrity checks
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Cli)
public:
    // Decided from the raw arguments before any application object exists, because the GUI
    // needs a QApplication and the headless commands must not: true when there is no command
    // word and no --help/--version.
    static bool wantsGui(int argc, char** argv);

    // False on Linux/BSD when the GUI would need a window system that is not there (neither
    // DISPLAY nor WAYLAND_DISPLAY, and no QT_QPA_PLATFORM such as offscreen that needs none).
    static bool displayAvailable();

    // Prints help or the version and exits for --help / --version; an InvalidInput error
    // carries a usage message.
    static Result<Invocation> parse(const QStringList& arguments);
};

} // namespace infopunt
