#pragma once

#include <QList>
#include <QObject>
#include <QThread>
#include <functional>

namespace infopunt::ui {

// Runs work on worker threads so that the window stays responsive, and what the work found
// back on this object's (the GUI) thread. drop() keeps the answers of the work still running
// from arriving: a newer request replaced it, or the window locked. The work must not touch
// widgets or the store's connections (they belong to the GUI thread): it gets copies of what
// it needs, e.g. keys and paths. The destructor waits for running work.
class BackgroundJobs : public QObject {
    Q_OBJECT
public:
    using Answer = std::function<void()>; // runs on the GUI thread
    using Work = std::function<Answer()>; // runs on a worker thread

    explicit BackgroundJobs(QObject* parent = nullptr);
    ~BackgroundJobs() override;

    void run(Work work, QThread::Priority priority = QThread::InheritPriority);
    void drop();
    bool isRunning() const { return !m_threads.isEmpty(); }

private:
    QList<QThread*> m_threads;
    quint64 m_generation = 0;
};

} // namespace infopunt::ui
