#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// Brings the advisers' office copy of the cases (their list, counts and full-text index) up to
// date a chunk at a time, one chunk per turn of the event loop, so that the window stays
// responsive while thousands of cases are copied (every case after an upgrade: 100,000 take
// most of a minute). A chunk is sized to take a few tens of milliseconds. Without the office
// key there is nothing to copy.
class OfficeCopyCatchUp : public QObject {
    Q_OBJECT
public:
    OfficeCopyCatchUp(const Store& store, QObject* parent);

    // Copies a first chunk now; true when the copy is then up to date (a save leaves one case
    // to copy) or copying failed (problem()). Otherwise the rest follows from a timer, with
    // progressed() after each chunk and finished() at the end; while that runs, this returns
    // false at once.
    bool run();
    bool isRunning() const;
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

    const Store& m_store;
    QTimer* m_timer;
    int m_chunk;
    int m_done = 0;
    int m_total = 0;
    QString m_problem;
};

} // namespace infopunt::ui
