#pragma once

#include <QObject>
#include <QTimer>

namespace infopunt::ui {

// Application-wide idle detection: an event filter on the application restarts a single-shot
// timer on every key, mouse, wheel or touch input; `idle` fires when the interval passes
// without input.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace infopunt::ui
