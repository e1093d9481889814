#pragma once

#include "common/Result.h"

#include <QObject>
#include <functional>
#include <memory>

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class KeyDerivation;

// Signs in without freezing the window: the passphrase's keys are derived on a worker thread
// (Argon2id, PassphraseKeys), then the store is unlocked on the GUI thread, where its
// connections must live, and handed to `done`. The wait cursor shows meanwhile.
class BackgroundUnlock : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(Result<std::unique_ptr<Store>>)>;

    explicit BackgroundUnlock(QObject* parent);
    ~BackgroundUnlock() override;

    // Copies `passphrase` (the copy is wiped once the keys are made).
    void start(const QString& folder, const QString& userName, const QString& passphrase,
               Done done);
    // `done` of a running unlock is not called.
    void cancel();
    bool isRunning() const;

private:
    KeyDerivation* m_derivation;
};

} // namespace infopunt::ui
