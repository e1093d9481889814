#include "common/KeyDerivation.h"

#include "common/BackgroundJobs.h"
#include "storage/PassphraseKeys.h"

#include <QApplication>
#include <QCursor>
#include <memory>

namespace infopunt::ui {

KeyDerivation::KeyDerivation(QObject* parent)
    : QObject(parent)
    , m_jobs(new BackgroundJobs(this)) {}

KeyDerivation::~KeyDerivation() {
    cancel();
}

void KeyDerivation::start(std::function<void()> derive, std::function<void()> done) {
    cancel();
    m_running = true;
    QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    m_jobs->run(
        [this, derive = std::move(derive), done = std::move(done)]() -> BackgroundJobs::Answer {
            derive();
            return [this, done] {
                stopped();
                done();
            };
        });
}

void KeyDerivation::startFresh(const QString& passphrase,
                               std::function<void(const PassphraseKeys&)> done) {
    auto keys = std::make_shared<PassphraseKeys>(passphrase);
    start([keys] { keys->deriveFresh(); }, [keys, done = std::move(done)] { done(*keys); });
}

void KeyDerivation::cancel() {
    m_jobs->drop();
    stopped();
}

void KeyDerivation::stopped() {
    if (!m_running)
        return;
    m_running = false;
    QApplication::restoreOverrideCursor();
}

} // namespace infopunt::ui
