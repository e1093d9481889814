#pragma once

#include "accounts/Role.h"
#include "crypto/SecureBytes.h"

#include <QObject>
#include <QString>
#include <vector>

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class BackgroundJobs;

// Runs IntegrityCheck over every compartment the signed-in user holds, on a worker thread with
// its own copies of the keys, and reports the outcome on the GUI thread. The store itself is
// not touched by the worker, so it may be locked meanwhile; discard() drops a pending result.
// A check that fails while this session replaced the store's keys (disabling an account
// rekeys the files) read with keys that no longer fit: it runs again with the new keys.
class IntegrityCheckRunner : public QObject {
    Q_OBJECT
public:
    explicit IntegrityCheckRunner(QObject* parent = nullptr);

    void start(const Store& store);
    void discard();
    bool isRunning() const;

signals:
    void finished(bool intact, const QString& message);

private:
    struct Job {
        QString path;
        Compartment compartment;
        SecureBytes key;
    };

    // Whether the store still has the keys `jobs` were given.
    static bool keysUnchanged(const Store& store, const std::vector<Job>& jobs);

    const Store* m_store = nullptr; // valid while no newer start() or discard() came
    BackgroundJobs* m_jobs;         // waits for a running check when the runner goes
};

} // namespace infopunt::ui
