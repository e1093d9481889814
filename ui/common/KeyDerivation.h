#pragma once

#include <QObject>
#include <functional>

class QString;

namespace infopunt {
class PassphraseKeys;
}

namespace infopunt::ui {

class BackgroundJobs;

// Derives passphrase keys (Argon2id, PassphraseKeys::derive() and deriveFresh(), a noticeable
// fraction of a second each) on a worker thread with the wait cursor showing, then goes on on
// the GUI thread: signing in, unlocking, changing a passphrase, adding an account.
class KeyDerivation : public QObject {
    Q_OBJECT
public:
    explicit KeyDerivation(QObject* parent);
    ~KeyDerivation() override;

    // `derive` runs on the worker and may touch only what it was given (PassphraseKeys, paths);
    // `done` runs here afterwards. A running derivation is dropped first.
    void start(std::function<void()> derive, std::function<void()> done);
    // A new passphrase's keys with fresh parameters (PassphraseKeys::deriveFresh()), handed to
    // `done` here: what a dialog that sets a passphrase needs.
    void startFresh(const QString& passphrase, std::function<void(const PassphraseKeys&)> done);
    // `done` of a running derivation is not called.
    void cancel();
    bool isRunning() const { return m_running; }

private:
    void stopped();

    BackgroundJobs* m_jobs;
    bool m_running = false;
};

} // namespace infopunt::ui
