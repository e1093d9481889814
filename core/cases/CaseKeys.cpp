#include "cases/CaseKeys.h"

#include "cases/MemberCopy.h"
#include "crypto/Identity.h"
#include "crypto/KeyWrap.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QtEndian>
#include <algorithm>
#include <optional>
#include <thread>
#include <tuple>
#include <vector>

namespace infopunt {

namespace {

const QString advisersHolder = QStringLiteral("advisers");
const QByteArray sealedMagic = QByteArrayLiteral("IPC1");
constexpr int headerBytes = 8; // magic, then the key generation (big-endian)

Error noKey() {
    return makeError(ErrorCode::NotPermitted,
                     CaseKeys::tr("You hold no key to this case: it is not assigned to you, or "
                                  "an integrity adviser has not yet given you access to it."));
}

Error damagedValue() {
    return makeError(ErrorCode::Damaged,
                     CaseKeys::tr("A sealed value of this case does not open: it was changed "
                                  "outside Infopunt or moved from another case. Ask the "
                                  "integrity adviser to run verify."));
}

} // namespace

CaseKey::CaseKey(QString storeId, qint64 caseId, int generation, SecureBytes key)
    : m_storeId(std::move(storeId))
    , m_caseId(caseId)
    , m_generation(generation)
    , m_key(std::move(key)) {}

QByteArray CaseKey::context(const QString& column, int generation) const {
    return QStringLiteral("infopunt-case-v1|%1|%2|%3|%4")
        .arg(m_storeId)
        .arg(m_caseId)
        .arg(generation)
        .arg(column)
        .toUtf8();
}

QByteArray CaseKey::seal(const QString& column, const QString& text) const {
    return sealBytes(column, text.toUtf8());
}

QByteArray CaseKey::sealBytes(const QString& column, const QByteArray& bytes) const {
    // A leading byte so that an empty text still has something to seal.
    const QByteArray plain = QByteArrayLiteral("\x01") + bytes;
    QByteArray header = sealedMagic;
    header.resize(headerBytes);
    qToBigEndian<quint32>(static_cast<quint32>(m_generation), header.data() + sealedMagic.size());
    return header +
           wrapKey(m_key,
                   SecureBytes::fromRaw(plain.constData(), static_cast<std::size_t>(plain.size())),
                   context(column, m_generation));
}

QString CaseKeys::adviserContext(qint64 caseId, int generation) const {
    return QStringLiteral("infopunt-casekey-v1|%1|%2|%3|%4")
        .arg(m_store.storeId())
        .arg(caseId)
        .arg(generation)
        .arg(advisersHolder);
}

QString CaseKeys::memberContext(qint64 caseId, int generation, const QString& userName) const {
    return QStringLiteral("infopunt-casekey-v1|%1|%2|%3|member|%4")
        .arg(m_store.storeId())
        .arg(caseId)
        .arg(generation)
        .arg(userName.toLower());
}

Result<void> CaseKeys::create(qint64 caseId) const {
    if (!m_store.holds(Compartment::Office))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser can give a case its key."));
    return store(caseId, 1, advisersHolder, SecureBytes::random(32));
}

Result<void> CaseKeys::store(qint64 caseId, int generation, const QString& holder,
                             const SecureBytes& key) const {
    QByteArray sealed;
    if (holder == advisersHolder) {
        sealed = wrapKey(m_store.key(Compartment::Office), key,
                         adviserContext(caseId, generation).toUtf8());
    } else {
        auto member = m_store.pinnedIdentity(holder);
        if (!member)
            return makeError(ErrorCode::NotPermitted,
                             tr("No keys were recorded for %1, so the case cannot be shared with "
                                "them. Reset their access in Administration first.")
                                 .arg(holder),
                             QStringLiteral("userName"));
        sealed = Identity::seal(member.value().box, key,
                                memberContext(caseId, generation, holder).toUtf8());
    }
    return sql::run(m_store.database(),
                    QStringLiteral("INSERT OR REPLACE INTO case_keys (case_id, generation, "
                                   "holder, sealed) VALUES (?, ?, ?, ?)"),
                    {caseId, generation, holder, sealed}, tr("sharing the case"));
}

QString CaseKeys::holder() const {
    return m_store.holds(Compartment::Office) ? advisersHolder : m_store.user().userName;
}

Result<CaseKey> CaseKeys::unwrap(qint64 caseId, int generation, const QByteArray& sealed) const {
    std::optional<SecureBytes> key =
        m_store.holds(Compartment::Office)
            ? unwrapKey(m_store.key(Compartment::Office), sealed,
                        adviserContext(caseId, generation).toUtf8())
            : m_store.identity().open(
                  sealed, memberContext(caseId, generation, m_store.user().userName).toUtf8());
    if (!key)
        return damagedValue();
    return CaseKey(m_store.storeId(), caseId, generation, std::move(*key));
}

Result<const CaseKey*> CaseKeys::key(qint64 caseId, int generation) const {
    if (const auto cached = m_keys.find({caseId, generation}); cached != m_keys.end())
        return &cached->second;
    auto query = sql::execute(m_store.database(),
                              QStringLiteral("SELECT sealed FROM case_keys WHERE case_id = ? AND "
                                             "generation = ? AND holder = ?"),
                              {caseId, generation, holder()}, tr("opening the case"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return noKey();
    auto key = unwrap(caseId, generation, query.value().value(0).toByteArray());
    if (!key)
        return key.error();
    return &m_keys.insert_or_assign({caseId, generation}, std::move(key.value())).first->second;
}

Result<void> CaseKeys::preload() const {
    auto query = sql::execute(m_store.database(),
                              QStringLiteral("SELECT case_id, generation, sealed FROM case_keys "
                                             "WHERE holder = ?"),
                              {holder()}, tr("opening the cases"));
    if (!query)
        return query.error();
    struct Sealed {
        qint64 caseId;
        int generation;
        QByteArray sealed;
        std::optional<Result<CaseKey>> opened;
    };
    std::vector<Sealed> all;
    while (query.value().next())
        all.push_back({query.value().value(0).toLongLong(), query.value().value(1).toInt(),
                       query.value().value(2).toByteArray(), std::nullopt});
    // A member's keys are each one X25519 operation to open (thousands for a long-serving
    // member): shared out over the processor's cores. unwrap() reads only what does not change
    // meanwhile (the store's identity and keys) and libsodium is thread-safe.
    const std::size_t threads =
        all.size() < 64 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    const auto openRange = [this, &all, threads](std::size_t part) {
        for (std::size_t i = part; i < all.size(); i += threads)
            all[i].opened = unwrap(all[i].caseId, all[i].generation, all[i].sealed);
    };
    std::vector<std::thread> helpers;
    for (std::size_t part = 1; part < threads; ++part)
        helpers.emplace_back(openRange, part);
    openRange(0);
    for (std::thread& helper : helpers)
        helper.join();
    for (Sealed& each : all) {
        if (!*each.opened)
            return each.opened->error();
        m_keys.insert_or_assign({each.caseId, each.generation}, std::move(each.opened->value()));
    }
    return {};
}

Result<const CaseKey*> CaseKeys::keyForWriting(qint64 caseId) const {
    auto newest = sql::execute(m_store.database(),
                               QStringLiteral("SELECT max(generation) FROM case_keys "
                                              "WHERE case_id = ? AND holder = ?"),
                               {caseId, holder()}, tr("opening the case"));
    if (!newest)
        return newest.error();
    const QVariant generation = newest.value().next() ? newest.value().value(0) : QVariant();
    if (!generation.isNull())
        return key(caseId, generation.toInt());
    if (!m_store.holds(Compartment::Office))
        return noKey();
    if (auto created = create(caseId); !created)
        return created.error();
    return key(caseId, 1);
}

Result<QByteArray> CaseKeys::seal(qint64 caseId, const QString& column, const QString& text) const {
    auto key = keyForWriting(caseId);
    if (!key)
        return key.error();
    return key.value()->seal(column, text);
}

Result<void> CaseKeys::grant(qint64 caseId, const QString& userName) const {
    auto newest = keyForWriting(caseId);
    if (!newest)
        return newest.error();
    for (int generation = 1; generation <= newest.value()->m_generation; ++generation) {
        auto caseKey = key(caseId, generation);
        if (!caseKey)
            return caseKey.error();
        if (auto stored = store(caseId, generation, userName, caseKey.value()->m_key); !stored)
            return stored;
    }
    return {};
}

Result<void> CaseKeys::revoke(qint64 caseId, const QString& userName) const {
    if (auto revoked =
            sql::run(m_store.database(),
                     QStringLiteral("DELETE FROM case_keys WHERE case_id = ? AND holder = ?"),
                     {caseId, userName}, tr("unsharing the case"));
        !revoked)
        return revoked;
    // Their own copy of the case list holds the case too: its key goes with the case's.
    return MemberCopy::forget(m_store.database(), userName);
}

Result<void> CaseKeys::renew(qint64 caseId) const {
    auto newest = keyForWriting(caseId);
    if (!newest)
        return newest.error();
    if (!m_store.holds(Compartment::Office))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser can give a case its key."));
    const int generation = newest.value()->m_generation + 1;
    SecureBytes fresh = SecureBytes::random(32);
    if (auto stored = store(caseId, generation, advisersHolder, fresh); !stored)
        return stored;
    auto members =
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT user_name FROM case_assignments WHERE case_id = ?"),
                     {caseId}, tr("sharing the case"));
    if (!members)
        return members.error();
    while (members.value().next()) {
        if (auto stored = store(caseId, generation, members.value().value(0).toString(), fresh);
            !stored)
            return stored;
    }
    m_keys.insert_or_assign({caseId, generation},
                            CaseKey(m_store.storeId(), caseId, generation, std::move(fresh)));
    return {};
}

Result<void> CaseKeys::rewrapForAdvisers(const SecureBytes& oldOfficeKey,
                                         const SecureBytes& newOfficeKey) const {
    auto rows =
        sql::rows(sql::execute(m_store.database(),
                               QStringLiteral("SELECT case_id, generation, sealed FROM case_keys "
                                              "WHERE holder = ?"),
                               {advisersHolder}, tr("protecting the cases")),
                  [](const QSqlQuery& row) {
                      return std::make_tuple(row.value(0).toLongLong(), row.value(1).toInt(),
                                             row.value(2).toByteArray());
                  });
    if (!rows)
        return rows.error();
    for (const auto& [caseId, generation, sealed] : rows.value()) {
        const QByteArray context = adviserContext(caseId, generation).toUtf8();
        const auto key = unwrapKey(oldOfficeKey, sealed, context);
        if (!key)
            return damagedValue();
        if (auto updated =
                sql::run(m_store.database(),
                         QStringLiteral("UPDATE case_keys SET sealed = ? WHERE "
                                        "case_id = ? AND generation = ? AND holder = ?"),
                         {wrapKey(newOfficeKey, *key, context), caseId, generation, advisersHolder},
                         tr("protecting the cases"));
            !updated)
            return updated;
    }
    return {};
}

bool CaseKeys::isSealed(const QVariant& stored) {
    return stored.typeId() == QMetaType::QByteArray && stored.toByteArray().startsWith(sealedMagic);
}

Result<SecureBytes> CaseKeys::openPlain(qint64 caseId, const QString& column,
                                        const QByteArray& stored) const {
    if (stored.size() <= headerBytes || !stored.startsWith(sealedMagic))
        return damagedValue();
    const int generation =
        static_cast<int>(qFromBigEndian<quint32>(stored.constData() + sealedMagic.size()));
    auto key = this->key(caseId, generation);
    if (!key)
        return key.error();
    auto plain = unwrapKey(key.value()->m_key, stored.mid(headerBytes),
                           key.value()->context(column, generation));
    if (!plain || plain->isEmpty())
        return damagedValue();
    return std::move(*plain);
}

Result<QByteArray> CaseKeys::openBytes(qint64 caseId, const QString& column,
                                       const QByteArray& stored) const {
    auto plain = openPlain(caseId, column, stored);
    if (!plain)
        return plain.error();
    return QByteArray(reinterpret_cast<const char*>(plain.value().data()) + 1,
                      static_cast<int>(plain.value().size()) - 1);
}

Result<QString> CaseKeys::open(qint64 caseId, const QString& column, const QVariant& stored) const {
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString(); // written before case keys
    // Decoded from the wiped memory: no unwiped copy of the UTF-8 text is left behind.
    auto plain = openPlain(caseId, column, stored.toByteArray());
    if (!plain)
        return plain.error();
    return QString::fromUtf8(reinterpret_cast<const char*>(plain.value().data()) + 1,
                             static_cast<qsizetype>(plain.value().size()) - 1);
}

QString CaseKeys::text(qint64 caseId, const QString& column, const QVariant& stored) const {
    auto opened = open(caseId, column, stored);
    if (opened)
        return opened.value();
    if (!m_failure)
        m_failure = opened.error();
    return {};
}

Result<void> CaseKeys::checked() const {
    if (!m_failure)
        return {};
    const Error failure = *m_failure;
    m_failure.reset();
    return failure;
}

} // namespace infopunt
