#include "counselling/CounsellingKeys.h"

#include "accounts/AccountService.h"
#include "crypto/Identity.h"
#include "crypto/KeyWrap.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QDateTime>

namespace infopunt {

namespace {

Error damaged() {
    return makeError(ErrorCode::Damaged,
                     CounsellingKeys::tr("A contact in the counselling register does not open "
                                         "with your key: it was changed outside Infopunt."));
}

} // namespace

QByteArray CounsellingKeys::keyContext(qint64 contactId, int generation,
                                       const QString& holder) const {
    return QStringLiteral("infopunt-contact-key-v1|%1|%2|%3|%4")
        .arg(m_store.storeId())
        .arg(contactId)
        .arg(generation)
        .arg(holder.toCaseFolded())
        .toUtf8();
}

QByteArray CounsellingKeys::contentContext(qint64 contactId, int generation) const {
    return QStringLiteral("infopunt-contact-v1|%1|%2|%3")
        .arg(m_store.storeId())
        .arg(contactId)
        .arg(generation)
        .toUtf8();
}

Result<bool> CounsellingKeys::pinOwn(QSqlDatabase db) const {
    const PublicIdentity& own = m_store.identity().publicKeys();
    const QString user = m_store.user().userName;
    auto pinned = sql::execute(
        db,
        QStringLiteral("SELECT box_public, sign_public FROM counsellor_keys WHERE user_name = ?"),
        {user}, tr("reading the counsellors' keys"));
    if (!pinned)
        return pinned.error();
    if (pinned.value().next()) {
        const PublicIdentity recorded{pinned.value().value(0).toByteArray(),
                                      pinned.value().value(1).toByteArray()};
        if (recorded == own)
            return false;
        return makeError(ErrorCode::Damaged,
                         tr("The counselling register holds other keys for %1 than yours: it "
                            "was changed outside Infopunt. Nothing was changed.")
                             .arg(user));
    }
    auto inserted = sql::run(
        db,
        QStringLiteral("INSERT INTO counsellor_keys (user_name, box_public, sign_public, "
                       "pinned_at) VALUES (?, ?, ?, ?)"),
        {user, own.box, own.sign, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        tr("recording your key"));
    if (!inserted)
        return inserted.error();
    return true;
}

Result<QStringList> CounsellingKeys::fellows() const {
    auto names = sql::rows(sql::execute(m_store.database(Compartment::Counselling),
                                        QStringLiteral("SELECT user_name FROM counsellor_keys "
                                                       "WHERE user_name <> ? ORDER BY user_name"),
                                        {m_store.user().userName}, tr("reading the counsellors")),
                           [](const QSqlQuery& row) { return row.value(0).toString(); });
    if (!names)
        return names.error();
    // The accounts table, not this session's keyring, which predates a counsellor added or
    // disabled since sign-in.
    auto current = AccountService(m_store).enabledNames(Role::ConfidentialCounsellor);
    if (!current)
        return current.error();
    QStringList enabled;
    for (const QString& name : names.value()) {
        if (current.value().contains(name, Qt::CaseInsensitive))
            enabled.append(name);
    }
    return enabled;
}

Result<SecureBytes> CounsellingKeys::issue(QSqlDatabase db, qint64 contactId, int generation,
                                           const QStringList& holders) const {
    if (auto cleared = sql::run(db, QStringLiteral("DELETE FROM contact_keys WHERE contact_id = ?"),
                                {contactId}, tr("saving the contact's key"));
        !cleared)
        return cleared.error();
    SecureBytes key = SecureBytes::random(32);
    for (const QString& holder : holders)
        if (auto granted = grant(db, contactId, generation, holder, key); !granted)
            return granted.error();
    return key;
}

Result<void> CounsellingKeys::grant(QSqlDatabase db, qint64 contactId, int generation,
                                    const QString& holder, const SecureBytes& key) const {
    auto pinned = sql::execute(
        db, QStringLiteral("SELECT user_name, box_public FROM counsellor_keys WHERE user_name = ?"),
        {holder}, tr("reading the counsellors' keys"));
    if (!pinned)
        return pinned.error();
    if (!pinned.value().next())
        return makeError(ErrorCode::NotFound,
                         tr("%1 has not used the counselling register yet, so no key of theirs "
                            "is known. They can be given contacts after their first sign-in.")
                             .arg(holder),
                         QStringLiteral("counsellor"));
    const QString name = pinned.value().value(0).toString();
    const QByteArray sealed = Identity::seal(pinned.value().value(1).toByteArray(), key,
                                             keyContext(contactId, generation, name));
    return sql::run(db,
                    QStringLiteral("INSERT OR REPLACE INTO contact_keys (contact_id, holder, "
                                   "sealed_key) VALUES (?, ?, ?)"),
                    {contactId, name, sealed}, tr("saving the contact's key"));
}

Result<SecureBytes> CounsellingKeys::open(qint64 contactId, int generation,
                                          const QByteArray& sealedKey) const {
    std::optional<SecureBytes> key = m_store.identity().open(
        sealedKey, keyContext(contactId, generation, m_store.user().userName));
    if (!key)
        return damaged();
    return std::move(*key);
}

QByteArray CounsellingKeys::sealContent(const SecureBytes& key, qint64 contactId, int generation,
                                        const QByteArray& json) const {
    const SecureBytes plain = SecureBytes::fromRaw(json.constData(), json.size());
    return wrapKey(key, plain, contentContext(contactId, generation));
}

Result<QByteArray> CounsellingKeys::openContent(const SecureBytes& key, qint64 contactId,
                                                int generation, const QByteArray& sealed) const {
    const std::optional<SecureBytes> plain =
        unwrapKey(key, sealed, contentContext(contactId, generation));
    if (!plain)
        return damaged();
    return QByteArray(reinterpret_cast<const char*>(plain->data()),
                      static_cast<qsizetype>(plain->size()));
}

} // namespace infopunt
