#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// Brings the copy of the cases that the lists, counts and full-text search read up to date a
// chunk at a time, one chunk per turn of the event loop, so that the window stays responsive
// while thousands of cases are copied (every case after an upgrade: 100,000 take a few minutes).
// A chunk is sized to take a few tens of milliseconds. An adviser's is the office copy, which
// the case list waits for. A working-group member's is their own copy (MemberCopy), opened or
// made here; their list reads the main file until it is filled, so it does not wait.
class OfficeCopyCatchUp : public QObject {
    Q_OBJECT
public:
    OfficeCopyCatchUp(Store& store, QObject* parent);

    // Copies a first chunk now; true when the copy is then up to date (a save leaves one case
    // to copy), copying failed (problem()) or the list does not wait for it. Otherwise the rest
    // follows from a timer, with progressed() after each chunk and finished() at the end; while
    // that runs, this returns false at once.
    bool run();
    // Chunks are being copied and the case list waits for them.
    bool holdsList() const;
    // "Bringing the case list up to date: 12,000 of 100,000 cases…"
    QString progressText() const;
    int done() const { return m_done; }
    int total() const { return m_total; }
    // Why the last chunk failed; empty when it did not.
    const QString& problem() const { return m_problem; }

signals:
    void progressed();
    void finished();

private:
    // Copies one chunk; false when cases remain (or it failed).
    bool step();
    void next();

    bool isRunning() const;

    const Store& m_store;
    bool m_listWaits; // an adviser's list waits for the office copy
    QTimer* m_timer;
    int m_chunk;
    int m_done = 0;
    int m_total = 0;
    QString m_problem;
};

} // namespace infopunt::ui
