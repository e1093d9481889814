#include "accounts/UnlockAttempts.h"

#include "accounts/RetryDelay.h"
#include "storage/OwnerOnly.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace infopunt {

namespace {

// The same store reached by another spelling of its path shares the record.
QString canonicalFolder(const QString& folder) {
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

UnlockAttempts::UnlockAttempts(const QString& recordFolder, const QString& storeFolder,
                               const QString& userName)
    : m_recordFolder(recordFolder)
    , m_storeFolder(storeFolder)
    , m_userName(userName) {
    // Hashed: the record folder does not list which stores and users this computer opens.
    const QByteArray key =
        (canonicalFolder(storeFolder) + QLatin1Char('\n') + userName.toLower()).toUtf8();
    m_path = QDir(recordFolder)
                 .filePath(QString::fromLatin1(
                               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()) +
                           QStringLiteral(".json"));
}

QString UnlockAttempts::defaultRecordFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("unlock-attempts"));
}

int UnlockAttempts::failures() const {
    return read().failures;
}

qint64 UnlockAttempts::secondsToWait(const QDateTime& now) const {
    const Record record = read();
    if (record.failures <= 0 || !record.lastFailure.isValid())
        return 0;
    const qint64 delayMs = RetryDelay::delayAfter(record.failures);
    const qint64 sinceMs = record.lastFailure.msecsTo(now);
    if (sinceMs < -delayMs)
        return 0; // dated further ahead than any wait: the clock was set back since
    const qint64 remainingMs = delayMs - std::max<qint64>(0, sinceMs);
    return remainingMs <= 0 ? 0 : (remainingMs + 999) / 1000;
}

void UnlockAttempts::registerFailure(const QDateTime& now) {
    Record record = read();
    ++record.failures;
    record.lastFailure = now.toUTC();
    write(record);
}

void UnlockAttempts::reset() {
    QFile::remove(m_path);
}

Result<void> UnlockAttempts::checkAllowed() const {
    const qint64 seconds = secondsToWait();
    if (seconds <= 0)
        return {};
    return makeError(
        ErrorCode::NotPermitted,
        tr("After a wrong passphrase for %1 the next attempt must wait. Try again in %n "
           "seconds; the store was not opened.",
           nullptr, static_cast<int>(seconds))
            .arg(m_userName));
}

Result<std::unique_ptr<Store>> UnlockAttempts::unlock(const QString& passphrase) {
    if (auto allowed = checkAllowed(); !allowed)
        return allowed.error();
    auto store = Store::unlock(m_storeFolder, m_userName, passphrase);
    if (store)
        reset();
    else if (store.error().code == ErrorCode::WrongPassphrase)
        registerFailure();
    return store;
}

UnlockAttempts::Record UnlockAttempts::read() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.read(4096)).object();
    Record record;
    record.failures = std::max(0, root.value(QStringLiteral("failures")).toInt());
    record.lastFailure =
        QDateTime::fromString(root.value(QStringLiteral("lastFailure")).toString(), Qt::ISODate);
    return record;
}

// Best effort: a record that cannot be written only means no back-off on this computer.
void UnlockAttempts::write(const Record& record) const {
    if (!OwnerOnly::makeFolder(m_recordFolder))
        return;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("failures"), record.failures},
                                         {QStringLiteral("lastFailure"),
                                          record.lastFailure.toString(Qt::ISODateWithMs)}})
                   .toJson(QJsonDocument::Compact));
    if (file.commit())
        OwnerOnly::restrict(m_path);
}

} // namespace infopunt
