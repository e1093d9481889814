#pragma once

#include "accounts/RetryDelay.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace infopunt::ui {

// Runs the pause after a wrong passphrase and tells, once a second, how long is left.
class RetryCountdown : public QObject {
    Q_OBJECT
public:
    explicit RetryCountdown(QObject* parent = nullptr);

    void registerFailure(); // starts the next, longer pause
    void reset();           // after a success
    bool isRunning() const { return m_running; }
    QString remainingText() const; // translated, empty when not running

signals:
    void changed(); // started, a second passed, or finished

private:
    void tick();

    RetryDelay m_delay;
    QTimer m_timer;
    QDeadlineTimer m_deadline;
    bool m_running = false;
};

} // namespace infopunt::ui
