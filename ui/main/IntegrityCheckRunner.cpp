#include "main/IntegrityCheckRunner.h"

#include "common/BackgroundJobs.h"
#include "storage/IntegrityCheck.h"
#include "storage/Store.h"

#include <memory>
#include <optional>

namespace infopunt::ui {

IntegrityCheckRunner::IntegrityCheckRunner(QObject* parent)
    : QObject(parent)
    , m_jobs(new BackgroundJobs(this)) {}

bool IntegrityCheckRunner::isRunning() const {
    return m_jobs->isRunning();
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
    m_jobs->drop();
    m_store = &store;
    m_jobs->run(
        [this, jobs]() -> BackgroundJobs::Answer {
            std::optional<Error> damage;
            for (Job& job : *jobs) {
                const Result<void> checked = IntegrityCheck::readInSteps(job.path, job.key);
                if (!checked && !damage)
                    damage = checked.error();
            }
            return [this, jobs, damage] {
                if (damage && !keysUnchanged(*m_store, *jobs)) {
                    start(*m_store);
                    return;
                }
                emit finished(!damage.has_value(), damage ? damage->message : QString());
            };
        },
        QThread::LowPriority);
}

void IntegrityCheckRunner::discard() {
    m_jobs->drop();
}

} // namespace infopunt::ui
