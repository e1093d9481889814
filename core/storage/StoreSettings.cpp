#include "storage/StoreSettings.h"

#include "storage/SqlCipher.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {
const QString idleLockKey = QStringLiteral("idle_lock_minutes");
}

int StoreSettings::idleLockMinutes() const {
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(idleLockKey);
    if (!query.exec() || !query.next())
        return defaultIdleLockMinutes;
    bool ok = false;
    const int minutes = query.value(0).toInt(&ok);
    return ok ? qBound(minimumIdleLockMinutes, minutes, maximumIdleLockMinutes)
              : defaultIdleLockMinutes;
}

Result<void> StoreSettings::setIdleLockMinutes(int minutes) {
    if (!Roles::managesSettings(m_store.user().role))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser can change the settings."));
    if (minutes < minimumIdleLockMinutes || minutes > maximumIdleLockMinutes)
        return makeError(ErrorCode::InvalidInput,
                         tr("The idle time before locking is between %1 and %2 minutes.")
                             .arg(minimumIdleLockMinutes)
                             .arg(maximumIdleLockMinutes),
                         QStringLiteral("idleLockMinutes"));
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    // SQLite 3.15 has no UPSERT: replace the row, keeping its version count.
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value, row_version) VALUES (?, ?, "
                       "COALESCE((SELECT row_version FROM settings WHERE key = ?), 0) + 1)"));
    query.addBindValue(idleLockKey);
    query.addBindValue(QString::number(minutes));
    query.addBindValue(idleLockKey);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("saving the settings"));
    write.audit(QStringLiteral("settings.change"), QStringLiteral("setting"), idleLockKey,
                {QStringLiteral("settings.idle_lock"), {{QStringLiteral("minutes"), minutes}}});
    return write.commit();
}

} // namespace infopunt
