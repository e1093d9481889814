#include "main/IntegrityCheckRunner.h"

#include "storage/IntegrityCheck.h"
#include "storage/Store.h"

#include <QThread>
#include <memory>
#include <optional>

namespace infopunt::ui {

IntegrityCheckRunner::IntegrityCheckRunner(QObject* parent)
    : QObject(parent) {}

IntegrityCheckRunner::~IntegrityCheckRunner() {
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

bool IntegrityCheckRunner::keysUnchanged(const Store& store, const std::vector<Job>& jobs) {
    for (const Job& job : jobs) {
        if (!store.holds(job.compartment) || !store.key(job.compartment).equals(job.key))
            return false;
    }
    return true;
}

void IntegrityCheckRunner::start(const Store& store) {
    auto jobs = std::make_shared<std::vector<Job>>();
    for (const Compartment compartment : Compartments::all()) {
        if (store.holds(compartment))
            jobs->push_back({Store::compartmentPath(store.folder(), compartment), compartment,
                             store.key(compartment).copy()});
    }
    const quint64 generation = ++m_generation;
    m_store = &store;

    QThread* thread = QThread::create([this, jobs, generation] {
        std::optional<Error> damage;
        for (Job& job : *jobs) {
            const Result<void> checked = IntegrityCheck::run(job.path, job.key);
            if (!checked && !damage)
                damage = checked.error();
        }
        QMetaObject::invokeMethod(
            this,
            [this, jobs, generation, damage] {
                if (generation != m_generation)
                    return;
                if (damage && !keysUnchanged(*m_store, *jobs)) {
                    start(*m_store);
                    return;
                }
                emit finished(!damage.has_value(), damage ? damage->message : QString());
            },
            Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void IntegrityCheckRunner::discard() {
    ++m_generation;
}

} // namespace infopunt::ui
