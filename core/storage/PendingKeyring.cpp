#include "storage/PendingKeyring.h"

#include "storage/Keyring.h"
#include "storage/SqlCipher.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

// Adding a key to meta is not a schema change: the table exists since version 1.
const QString hashKey = QStringLiteral("keyring_sha256");

PendingKeyring::StepObserver stepObserver = nullptr;

QString sha256Hex(const QByteArray& content) {
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<QString> committedHash(QSqlDatabase db) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(hashKey);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), PendingKeyring::tr("reading the keyring"));
    return query.next() ? query.value(0).toString() : QString();
}

// The pending file's content; empty when it cannot be read or exceeds a keyring's size.
QByteArray readPending(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > Keyring::maxFileSize)
        return {};
    return file.read(Keyring::maxFileSize);
}

// Writes the pending content over keyring.json (atomic), then removes the pending file and
// what older versions kept.
Result<void> moveIntoPlace(const QString& folder, const QByteArray& content) {
    if (auto written = Keyring::writeFile(Store::keyringPath(folder), content); !written)
        return written;
    QFile::remove(PendingKeyring::path(folder));
    QFile::remove(PendingKeyring::legacyBackupPath(folder));
    return {};
}

} // namespace

QString PendingKeyring::path(const QString& folder) {
    return Store::keyringPath(folder) + QStringLiteral(".pending");
}

QString PendingKeyring::legacyBackupPath(const QString& folder) {
    return Store::keyringPath(folder) + QStringLiteral(".bak");
}

Result<void> PendingKeyring::stage(const QString& folder, const Keyring& keyring, QSqlDatabase db) {
    const QByteArray content = keyring.toJson();
    if (auto written = Keyring::writeFile(path(folder), content); !written)
        return written;
    // SQLite 3.15 (Debian's SQLCipher 3.4) has no UPSERT.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(hashKey);
    query.addBindValue(sha256Hex(content));
    if (!query.exec()) {
        discard(folder);
        return SqlCipher::toError(query.lastError(), tr("saving the keyring"));
    }
    return {};
}

void PendingKeyring::complete(const QString& folder) {
    const QByteArray content = readPending(path(folder));
    if (!content.isEmpty())
        (void)moveIntoPlace(folder, content);
}

void PendingKeyring::discard(const QString& folder) {
    QFile::remove(path(folder));
}

Result<void> PendingKeyring::settle(const QString& folder, QSqlDatabase db) {
    if (!QFileInfo::exists(path(folder)))
        return {};
    auto committed = committedHash(db);
    if (!committed)
        return committed.error();
    const QByteArray content = readPending(path(folder));
    if (!content.isEmpty() && !committed.value().isEmpty() &&
        sha256Hex(content) == committed.value())
        return moveIntoPlace(folder, content); // committed: the crash came before the move
    discard(folder); // never committed: the change it belonged to was rolled back
    return {};
}

void PendingKeyring::setStepObserverForTests(StepObserver observer) {
    stepObserver = observer;
}

void PendingKeyring::reached(Step step) {
    if (stepObserver)
        stepObserver(step);
}

} // namespace infopunt
