#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>

namespace infopunt {

class Store;

// Wrong passphrases for one user of one store, remembered across processes, so that the
// command line backs off like the unlock window does (RetryDelay: 1 s, 2 s, 4 s ... 30 s).
//
// The record is a small file in the OS user's own application data (QStandardPaths
// AppLocalDataLocation), not in the store's folder: the store stays unchanged by a failed
// attempt and may be read-only, and one colleague's typing errors do not slow the others on
// the share. Whoever runs the program as that OS user can delete the record; that is accepted:
// it slows down guessing through the program, while someone with a copy of the keyring can
// run Argon2id themselves, and only its cost protects against them.
class UnlockAttempts {
    Q_DECLARE_TR_FUNCTIONS(infopunt::UnlockAttempts)
public:
    UnlockAttempts(const QString& recordFolder, const QString& storeFolder,
                   const QString& userName);
    static QString defaultRecordFolder(); // <AppLocalData>/unlock-attempts

    int failures() const;
    // Whole seconds until the next attempt may be made; 0 when it may be made now.
    qint64 secondsToWait(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    void registerFailure(const QDateTime& now = QDateTime::currentDateTimeUtc());
    void reset();

    // An error telling how long to wait, or nothing when an attempt may be made now.
    Result<void> checkAllowed() const;
    // Store::unlock after checkAllowed(); a wrong passphrase is counted, a success clears the
    // record.
    Result<std::unique_ptr<Store>> unlock(const QString& passphrase);

    QString recordPath() const { return m_path; }

private:
    struct Record {
        int failures = 0;
        QDateTime lastFailure;
    };
    Record read() const;
    void write(const Record& record) const;

    QString m_recordFolder;
    QString m_storeFolder;
    QString m_userName;
    QString m_path;
};

} // namespace infopunt
