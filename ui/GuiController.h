#pragma once

#include <QObject>
#include <QString>

namespace infopunt::ui {

// The GUI's entry point, called by app/main.cpp once the QApplication and translations are
// set up: shows the first-run wizard (no store yet) or the unlock dialog, then the main
// window; handles lock / unlock and sign-out. Returns the application's exit code.
int runGui(const QString& storeFolder);

// Where the GUI looks for the store when none is given: the last one used (QSettings), else
// the platform's per-user data folder + "/store".
QString defaultStoreFolder();

} // namespace infopunt::ui
