#pragma once

#include "crypto/SecureBytes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <vector>

class QThread;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// Runs IntegrityCheck over every compartment the signed-in user holds, on a worker thread with
// its own copies of the keys, and reports the outcome on the GUI thread. The store itself is
// not touched by the worker, so it may be locked meanwhile; discard() drops a pending result.
class IntegrityCheckRunner : public QObject {
    Q_OBJECT
public:
    explicit IntegrityCheckRunner(QObject* parent = nullptr);
    ~IntegrityCheckRunner() override; // waits for a running check

    void start(const Store& store);
    void discard();
    bool isRunning() const { return !m_threads.isEmpty(); }

signals:
    void finished(bool intact, const QString& message);

private:
    struct Job {
        QString path;
        SecureBytes key;
    };

    QList<QThread*> m_threads;
    quint64 m_generation = 0;
};

} // namespace infopunt::ui
