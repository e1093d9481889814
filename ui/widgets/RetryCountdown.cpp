#include "widgets/RetryCountdown.h"

namespace infopunt::ui {

namespace {
constexpr int tickMs = 250;
}

RetryCountdown::RetryCountdown(QObject* parent)
    : QObject(parent) {
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &RetryCountdown::tick);
}

void RetryCountdown::registerFailure() {
    m_deadline.setRemainingTime(m_delay.registerFailure());
    m_running = true;
    m_timer.start();
    emit changed();
}

void RetryCountdown::reset() {
    m_delay.reset();
    m_running = false;
    m_timer.stop();
    emit changed();
}

QString RetryCountdown::remainingText() const {
    if (!isRunning())
        return {};
    const int seconds = static_cast<int>((m_deadline.remainingTime() + 999) / 1000);
    return tr("You can try again in %n second(s).", nullptr, seconds);
}

void RetryCountdown::tick() {
    if (m_deadline.hasExpired()) {
        m_running = false;
        m_timer.stop();
    }
    emit changed();
}

} // namespace infopunt::ui
