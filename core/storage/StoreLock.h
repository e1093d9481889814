#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QString>
#include <optional>

namespace infopunt {

// The writer lock file of a store on a shared folder. SQLite's own locking keeps the file
// consistent; this file names who is writing, so a second workstation can tell its user
// "the store is being changed by X on computer Y" instead of a bare "database is locked".
// Created with exclusive create, removed after the write; a lock older than `staleAfter`
// (a crashed writer) is taken over, and so is one dated more than `futureToleranceSeconds`
// ahead (a clock running ahead). A writer.lock that is not a regular file (a folder, a link)
// is never removed by Infopunt: saving refuses with a message that says what to remove.
class StoreLock {
    Q_DECLARE_TR_FUNCTIONS(infopunt::StoreLock)
public:
    struct Holder {
        QString userName;
        QString hostName;
        qint64 processId = 0;
        QDateTime since;
    };

    StoreLock(QString lockFilePath, QString userName);
    ~StoreLock();

    // Waits up to timeoutMs for another holder to finish. Re-entrant for this object.
    static constexpr int defaultWaitMs = 5000;
    Result<void> acquire(int timeoutMs = defaultWaitMs);
    void release();
    bool isHeld() const { return m_depth > 0; }

    std::optional<Holder> currentHolder() const;
    static std::optional<Holder> readHolder(const QString& lockFilePath);
    static QString busyMessage(const std::optional<Holder>& holder); // translated

    static constexpr int staleAfterSeconds = 120;
    // A lock dated more than this ahead of the clock is taken over (a clock running ahead).
    static constexpr int futureToleranceSeconds = 300;

private:
    // writer.lock is a folder or a link: say what to remove; never remove it ourselves.
    static Error notAFileError(const QFileInfo& existing);

    QString m_path;
    QString m_userName;
    int m_depth = 0;
};

} // namespace infopunt
