#pragma once

#include "StoreFixture.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace infopunt::test {

// Starts the crash writer (crash_writer.cpp) on the store in `folder`, signed in as the
// fixture's adviser, with `args` after the folder and user name. It prints IN_TRANSACTION once
// it is inside its write, to be killed there.
inline void startCrashWriter(QProcess& writer, const QString& folder,
                             const QStringList& args = {}) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INFOPUNT_PASSPHRASE"), adviserPassphrase);
    writer.setProcessEnvironment(env);
    writer.start(QStringLiteral(INFOPUNT_CRASH_WRITER), QStringList{folder, adviserName} + args);
}

} // namespace infopunt::test
