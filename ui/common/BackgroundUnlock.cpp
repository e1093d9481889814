#include "common/BackgroundUnlock.h"

#include "common/BackgroundJobs.h"
#include "storage/PassphraseKeys.h"
#include "storage/Store.h"

#include <QApplication>
#include <QCursor>

namespace infopunt::ui {

BackgroundUnlock::BackgroundUnlock(QObject* parent)
    : QObject(parent)
    , m_jobs(new BackgroundJobs(this)) {}

BackgroundUnlock::~BackgroundUnlock() {
    cancel();
}

void BackgroundUnlock::start(const QString& folder, const QString& userName,
                             const QString& passphrase, Done done) {
    cancel();
    m_running = true;
    QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    auto keys = std::make_shared<PassphraseKeys>(passphrase);
    m_jobs->run([this, keys, folder, userName, done = std::move(done)]() -> BackgroundJobs::Answer {
        keys->derive(folder, userName);
        return [this, keys, folder, userName, done] {
            stopped();
            done(Store::unlock(folder, userName, *keys));
        };
    });
}

void BackgroundUnlock::cancel() {
    m_jobs->drop();
    stopped();
}

void BackgroundUnlock::stopped() {
    if (!m_running)
        return;
    m_running = false;
    QApplication::restoreOverrideCursor();
}

} // namespace infopunt::ui
