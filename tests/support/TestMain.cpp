// Shared main for the Catch2 test programs: a Q(Core)Application must exist before Qt SQL,
// translations or widgets are used.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include "crypto/SecureBytes.h"
#include "storage/SqlCipher.h"

#ifdef INFOPUNT_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QStandardPaths>
#include <cstdio>

int main(int argc, char** argv) {
#ifdef INFOPUNT_TEST_WIDGETS
    qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    // What a store remembers on this workstation (SeenLog) goes to Qt's test folders.
    QStandardPaths::setTestModeEnabled(true);
    if (!infopunt::initSodium() || !infopunt::SqlCipher::selfTest().ok()) {
        std::fprintf(stderr, "SQLCipher or libsodium is not usable in this process\n");
        return 2;
    }
    return Catch::Session().run(argc, argv);
}
