// Test helper: unlocks a store, starts a keyring change and, at the given step of committing
// it, prints "AT_STEP" and waits to be killed. Usage (passphrase in INFOPUNT_PASSPHRASE):
//   crash_keyring FOLDER USER staged|committed change-passphrase NEW_PASSPHRASE
//   crash_keyring FOLDER USER staged|committed|placed disable TARGET_USER
// (placed: a key rotation's new keyring is in place, the office compartment not re-encrypted)
#include "accounts/AccountService.h"
#include "crypto/SecureBytes.h"
#include "storage/PendingKeyring.h"
#include "storage/SqlCipher.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

namespace {

using infopunt::PendingKeyring;

PendingKeyring::Step crashAt = PendingKeyring::Step::Staged;

void waitToBeKilled(PendingKeyring::Step step) {
    if (step != crashAt)
        return;
    std::printf("AT_STEP\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    using namespace infopunt;
    if (argc != 6 || !initSodium() || !SqlCipher::selfTest())
        return 2;
    const QString step = QString::fromLocal8Bit(argv[3]);
    const QString action = QString::fromLocal8Bit(argv[4]);
    const QString argument = QString::fromLocal8Bit(argv[5]);
    crashAt = step == QStringLiteral("committed") ? PendingKeyring::Step::Committed
              : step == QStringLiteral("placed")  ? PendingKeyring::Step::KeyringPlaced
                                                  : PendingKeyring::Step::Staged;
    auto store = Store::unlock(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                               qEnvironmentVariable("INFOPUNT_PASSPHRASE"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    PendingKeyring::setStepObserverForTests(waitToBeKilled);
    AccountService accounts(*store.value());
    Result<void> done = makeError(ErrorCode::InvalidInput, QStringLiteral("unknown action"));
    if (action == QStringLiteral("change-passphrase")) {
        done = accounts.changeOwnPassphrase(qEnvironmentVariable("INFOPUNT_PASSPHRASE"), argument);
    } else if (action == QStringLiteral("disable")) {
        for (const Account& account : accounts.list().value()) {
            if (account.userName == argument)
                done = accounts.disable(account.id, account.rowVersion);
        }
    }
    // Reaching this line means the crash point was never reached.
    std::fprintf(stderr, "%s\n",
                 done ? "finished without crashing" : qPrintable(done.error().message));
    return 1;
}
