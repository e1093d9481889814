#include "common/BackgroundUnlock.h"

#include "common/KeyDerivation.h"
#include "storage/PassphraseKeys.h"
#include "storage/Store.h"

namespace infopunt::ui {

BackgroundUnlock::BackgroundUnlock(QObject* parent)
    : QObject(parent)
    , m_derivation(new KeyDerivation(this)) {}

BackgroundUnlock::~BackgroundUnlock() = default;

void BackgroundUnlock::start(const QString& folder, const QString& userName,
                             const QString& passphrase, Done done) {
    auto keys = std::make_shared<PassphraseKeys>(passphrase);
    m_derivation->start([keys, folder, userName] { keys->derive(folder, userName); },
                        [keys, folder, userName, done = std::move(done)] {
                            done(Store::unlock(folder, userName, *keys));
                        });
}

void BackgroundUnlock::cancel() {
    m_derivation->cancel();
}

bool BackgroundUnlock::isRunning() const {
    return m_derivation->isRunning();
}

} // namespace infopunt::ui
