#include "storage/KeyRotation.h"

#include "crypto/KeyWrap.h"
#include "storage/PendingKeyring.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QStringList>
#include <QUuid>

namespace infopunt {

namespace {

// Adding keys to meta is not a schema change: the table exists since version 1.
QString recordKey(Compartment compartment) {
    return QStringLiteral("rekey_from_") + Compartments::code(compartment);
}

QString owedKey(Compartment compartment) {
    return QStringLiteral("rekey_owed_") + Compartments::code(compartment);
}

QByteArray recordContext(const QString& storeId, Compartment compartment) {
    return QStringLiteral("infopunt-rekey-v1|%1|%2")
        .arg(storeId, Compartments::code(compartment))
        .toUtf8();
}

Result<bool> hasMeta(QSqlDatabase db, const QString& key) {
    auto query = sql::execute(db, QStringLiteral("SELECT 1 FROM meta WHERE key = ?"), {key},
                              KeyRotation::tr("reading the store's keys"));
    if (!query)
        return query.error();
    return query.value().next();
}

Result<void> setMeta(QSqlDatabase db, const QString& key, const QVariant& value) {
    // SQLite 3.15 (Debian's SQLCipher 3.4) has no UPSERT.
    return sql::run(db, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                    {key, value}, KeyRotation::tr("changing the store's keys"));
}

Result<void> deleteMeta(QSqlDatabase db, const QString& key) {
    return sql::run(db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {key},
                    KeyRotation::tr("changing the store's keys"));
}

// The old key of `compartment` from its rekey record, if there is one and `newKey` opens it.
Result<std::optional<SecureBytes>> recordedOldKey(const Store& store, Compartment compartment,
                                                  const SecureBytes& newKey) {
    auto query =
        sql::execute(store.database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                     {recordKey(compartment)}, KeyRotation::tr("reading the store's keys"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<SecureBytes>();
    return unwrapKey(newKey, QByteArray::fromBase64(query.value().value(0).toString().toLatin1()),
                     recordContext(store.storeId(), compartment));
}

} // namespace

Result<void> KeyRotation::prepare(WriteTransaction& write, const QList<Compartment>& compartments) {
    Q_UNUSED(write); // proves the caller holds the writer lock and an open transaction
    Keyring& keyring = m_store.keyring();
    for (const Compartment c : compartments) {
        Q_ASSERT(m_store.holds(c));
        m_old[c] = m_store.key(c).copy();
        m_new[c] = SecureBytes::random(32);
        for (const Keyring::Account& account : keyring.accounts()) {
            if (account.disabled || !Roles::compartments(account.role).contains(c))
                continue;
            if (auto granted = keyring.grantKey(account.userName, c, m_new.at(c)); !granted)
                return granted;
        }
        keyring.grantRecoveryKey(c, m_new.at(c));
        if (auto done = deleteMeta(m_store.database(), owedKey(c)); !done)
            return done;
        if (c == Compartment::Main)
            continue; // main's new key is the decision itself
        const QByteArray record =
            wrapKey(m_new.at(c), m_old.at(c), recordContext(m_store.storeId(), c));
        if (auto done =
                setMeta(m_store.database(), recordKey(c), QString::fromLatin1(record.toBase64()));
            !done)
            return done;
    }
    return {};
}

Result<void> KeyRotation::owe(Compartment compartment) {
    return setMeta(m_store.database(), owedKey(compartment), 1);
}

Result<void> KeyRotation::commit(WriteTransaction& write) {
    if (auto staged = m_store.stageKeyring(write); !staged)
        return staged;
    const auto main = m_new.find(Compartment::Main);
    if (auto committed =
            m_store.commitWithKeyring(write, main == m_new.end() ? nullptr : &main->second);
        !committed)
        return committed;
    // Committed: what follows is finished by the next session if it does not happen here.
    for (const auto& [compartment, key] : m_new) {
        if (compartment == Compartment::Main)
            continue;
        PendingKeyring::reached(PendingKeyring::Step::KeyringPlaced);
        if (auto rekeyed = m_store.rekeyCompartment(compartment, key); !rekeyed)
            return rekeyed;
        if (auto locked = m_store.writerLock().acquire(); !locked)
            return {}; // the record stays: it is removed at the next sign-in
        (void)deleteMeta(m_store.database(), recordKey(compartment));
        m_store.writerLock().release();
    }
    return {};
}

Result<void> KeyRotation::rotateOwed(Store& store) {
    QList<Compartment> owed;
    QStringList codes;
    for (const Compartment c : Compartments::all()) {
        if (c == Compartment::Main || !store.holds(c))
            continue;
        auto marked = hasMeta(store.database(), owedKey(c));
        if (!marked)
            return marked.error();
        if (marked.value()) {
            owed.append(c);
            codes.append(Compartments::code(c));
        }
    }
    if (owed.isEmpty())
        return {};
    WriteTransaction write(store);
    if (auto begun = write.begin(); !begun)
        return begun;
    if (auto reloaded = store.reloadKeyring(); !reloaded)
        return reloaded;
    KeyRotation rotation(store);
    if (auto prepared = rotation.prepare(write, owed); !prepared)
        return prepared;
    write.audit(QStringLiteral("store.rekey"), QStringLiteral("store"), store.storeId(),
                {QStringLiteral("store.rekey"),
                 {{QStringLiteral("compartments"), codes.join(QStringLiteral(", "))}}});
    return rotation.commit(write);
}

Result<void> KeyRotation::finishInterrupted(Store& store, Compartment compartment,
                                            const SecureBytes& key) {
    auto oldKey = recordedOldKey(store, compartment, key);
    if (!oldKey)
        return oldKey.error();
    if (!oldKey.value())
        return {}; // no record, or one for another key: the file opens as it is, or not at all
    if (auto locked = store.writerLock().acquire(30000); !locked)
        return locked;
    const QString path = Store::compartmentPath(store.folder(), compartment);
    auto done = [&]() -> Result<void> {
        auto rekeyed = SqlCipher::rekeyTookEffect(path, key);
        if (!rekeyed)
            return rekeyed.error();
        if (!rekeyed.value()) {
            const QString name = QStringLiteral("infopunt_rekey_") +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces);
            const Result<void> reencrypted = [&]() -> Result<void> {
                auto old = SqlCipher::open(path, name, *oldKey.value());
                if (!old)
                    return old.error();
                SqlCipher::rekey(old.value(), key);
                return {};
            }();
            SqlCipher::close(name);
            if (!reencrypted)
                return reencrypted; // neither key opens it: reported when it is opened
            rekeyed = SqlCipher::rekeyTookEffect(path, key);
            if (!rekeyed || !rekeyed.value())
                return rekeyed ? makeError(ErrorCode::Io,
                                           tr("The store's keys could not be changed. Try again; "
                                              "nothing was lost."))
                               : Result<void>(rekeyed.error());
        }
        return deleteMeta(store.database(), recordKey(compartment));
    }();
    store.writerLock().release();
    return done;
}

} // namespace infopunt
