#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace infopunt {

class Identity;
class Keyring;

// Against a store rolled back as a whole (every file put back from an older copy, which the
// ledger cannot see: the log and the rows go back together). Each workstation remembers, per
// store and per account, the newest audit entry it saw (id and hash), signed with that account's
// Ed25519 key, in a small file of its own (QStandardPaths::AppLocalDataLocation). At unlock the
// store's log must still hold every remembered entry whose signature matches the account's key
// in the keyring; a record that does not verify is ignored, so a forged file raises no alarm.
class SeenLog {
    Q_DECLARE_TR_FUNCTIONS(infopunt::SeenLog)
public:
    // The furthest entry this workstation saw that the store's log no longer holds as it was.
    struct Lost {
        qint64 entry = 0;
        QString seenBy; // the account whose session saw it
        QDateTime seenAt;
        qint64 newest = 0; // where the store's log ends now (0 when empty)
    };

    static QString path(const QString& storeId);
    // Set when the log no longer holds an entry this workstation saw.
    static std::optional<Lost> check(QSqlDatabase db, const Keyring& keyring);
    static QString warning(const Lost& lost); // translated, for every role
    // Remembers the log's newest entry as seen by `userName`, signed by `identity`.
    static void remember(QSqlDatabase db, const Keyring& keyring, const QString& userName,
                         const Identity& identity);
    static void forget(const QString& storeId); // every account's record of this store
};

} // namespace infopunt
