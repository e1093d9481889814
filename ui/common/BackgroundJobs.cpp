#include "common/BackgroundJobs.h"

namespace infopunt::ui {

BackgroundJobs::BackgroundJobs(QObject* parent)
    : QObject(parent) {}

BackgroundJobs::~BackgroundJobs() {
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void BackgroundJobs::run(Work work, QThread::Priority priority) {
    const quint64 generation = m_generation;
    QThread* thread = QThread::create([this, work = std::move(work), generation] {
        Answer answer = work();
        QMetaObject::invokeMethod(
            this,
            [this, answer = std::move(answer), generation] {
                if (generation == m_generation && answer)
                    answer();
            },
            Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(priority);
}

void BackgroundJobs::drop() {
    ++m_generation;
}

} // namespace infopunt::ui
