#include "counselling/CounsellingService.h"

#include "counselling/CounsellingCodes.h"
#include "counselling/CounsellingRetention.h"
#include "counselling/CounsellingSettings.h"
#include "counselling/CounsellingWrite.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace infopunt {

namespace {

const QString contactType = QStringLiteral("contact");

const QString selectRows =
    QStringLiteral("SELECT c.id, c.owner, c.generation, c.content, c.row_version, k.sealed_key "
                   "FROM contacts c JOIN contact_keys k ON k.contact_id = c.id AND k.holder = ? ");

AuditSummary about(const QString& code, const QString& counsellor = {}) {
    QJsonObject params;
    if (!counsellor.isEmpty())
        params.insert(QStringLiteral("counsellor"), counsellor);
    return {code, params};
}

Error notHeld() {
    return makeError(ErrorCode::NotFound,
                     CounsellingService::tr("This contact is not in your register (any more)."));
}

} // namespace

CounsellingService::CounsellingService(Store& store)
    : m_store(store)
    , m_keys(store) {}

Result<void> CounsellingService::requireCounsellor() const {
    if (!m_store.holds(Compartment::Counselling) ||
        m_store.user().role != Role::ConfidentialCounsellor)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only a confidential counsellor has a counselling register."));
    return {};
}

Result<void> CounsellingService::pinIn(CounsellingWrite& write) const {
    auto pinned = m_keys.pinOwn(write.database());
    if (!pinned)
        return pinned.error();
    if (pinned.value())
        write.audit(QStringLiteral("counsellor.pin"), QStringLiteral("user"),
                    m_store.user().userName, {QStringLiteral("counsellor.pin")});
    return {};
}

Result<void> CounsellingService::pinOwnKey() {
    if (auto allowed = requireCounsellor(); !allowed)
        return allowed;
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    if (auto pinned = pinIn(write); !pinned)
        return pinned;
    return write.commit();
}

Result<QList<CounsellingService::Row>> CounsellingService::rows(const QString& where,
                                                                const QVariantList& values) const {
    if (auto allowed = requireCounsellor(); !allowed)
        return allowed.error();
    return sql::rows(sql::execute(m_store.database(Compartment::Counselling), selectRows + where,
                                  QVariantList{m_store.user().userName} + values,
                                  tr("reading the counselling register")),
                     [](const QSqlQuery& q) {
                         return Row{q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toInt(),      q.value(3).toByteArray(),
                                    q.value(4).toLongLong(), q.value(5).toByteArray()};
                     });
}

Result<CounsellingService::Row> CounsellingService::row(qint64 contactId) const {
    auto found = rows(QStringLiteral("WHERE c.id = ?"), {contactId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return notHeld();
    return found.value().first();
}

Result<Contact> CounsellingService::decode(const Row& row) const {
    auto key = m_keys.open(row.id, row.generation, row.sealedKey);
    if (!key)
        return key.error();
    auto json = m_keys.openContent(key.value(), row.id, row.generation, row.content);
    if (!json)
        return json.error();
    Contact contact;
    if (!ContactCodec::fromJson(json.value(), contact))
        return makeError(ErrorCode::Damaged,
                         tr("A contact in the counselling register cannot be read."));
    contact.id = row.id;
    contact.owner = row.owner;
    contact.rowVersion = row.rowVersion;
    return contact;
}

Result<QStringList> CounsellingService::holders(qint64 contactId) const {
    return sql::rows(sql::execute(m_store.database(Compartment::Counselling),
                                  QStringLiteral("SELECT holder FROM contact_keys WHERE "
                                                 "contact_id = ? ORDER BY holder"),
                                  {contactId}, tr("reading the counselling register")),
                     [](const QSqlQuery& q) { return q.value(0).toString(); });
}

Result<QList<Contact>> CounsellingService::contacts() const {
    auto found = rows({}, {});
    if (!found)
        return found.error();
    // Who holds each of them, in one read.
    auto held = sql::execute(m_store.database(Compartment::Counselling),
                             QStringLiteral("SELECT k.contact_id, k.holder FROM contact_keys k "
                                            "JOIN contact_keys mine ON mine.contact_id = "
                                            "k.contact_id AND mine.holder = ? ORDER BY k.holder"),
                             {m_store.user().userName}, tr("reading the counselling register"));
    if (!held)
        return held.error();
    QHash<qint64, QStringList> holdersOf;
    while (held.value().next())
        holdersOf[held.value().value(0).toLongLong()].append(held.value().value(1).toString());
    QList<Contact> contacts;
    contacts.reserve(found.value().size());
    for (const Row& r : found.value()) {
        auto contact = decode(r);
        if (!contact)
            return contact.error();
        contact.value().holders = holdersOf.value(r.id);
        contacts.append(std::move(contact).value());
    }
    std::stable_sort(contacts.begin(), contacts.end(), [](const Contact& a, const Contact& b) {
        return a.firstContact != b.firstContact ? a.firstContact < b.firstContact : a.id < b.id;
    });
    return contacts;
}

Result<Contact> CounsellingService::read(qint64 contactId) const {
    auto found = row(contactId);
    if (!found)
        return found.error();
    auto contact = decode(found.value());
    if (!contact)
        return contact.error();
    auto holding = holders(contactId);
    if (!holding)
        return holding.error();
    contact.value().holders = holding.value();
    return contact;
}

Result<Contact> CounsellingService::open(qint64 contactId) {
    auto contact = read(contactId);
    if (!contact)
        return contact.error();
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    write.audit(QStringLiteral("contact.view"), contactType, QString::number(contactId),
                {QStringLiteral("contact.view")});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return contact;
}

Result<qint64> CounsellingService::registerContact(const Contact& contact) {
    if (auto allowed = requireCounsellor(); !allowed)
        return allowed.error();
    if (auto valid = checkFields(ContactCodec::validate(contact, QDate::currentDate())); !valid)
        return valid.error();
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    if (auto pinned = pinIn(write); !pinned)
        return pinned.error();
    QSqlDatabase db = write.database();
    // The row first, so that its id binds the seal; its content follows in the same write.
    auto inserted = sql::execute(db,
                                 QStringLiteral("INSERT INTO contacts (owner, generation, content) "
                                                "VALUES (?, 1, x'')"),
                                 {m_store.user().userName}, tr("saving the contact"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    auto key = m_keys.issue(db, id, 1, {m_store.user().userName});
    if (!key)
        return key.error();
    if (auto sealed =
            sql::run(db, QStringLiteral("UPDATE contacts SET content = ? WHERE id = ?"),
                     {m_keys.sealContent(key.value(), id, 1, ContactCodec::toJson(contact)), id},
                     tr("saving the contact"));
        !sealed)
        return sealed.error();
    write.audit(QStringLiteral("contact.register"), contactType, QString::number(id),
                {QStringLiteral("contact.register")});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> CounsellingService::update(const Contact& contact) {
    return save(contact, QStringLiteral("contact.update"));
}

Result<void> CounsellingService::linkHandover(const Contact& contact, qint64 handoverId) {
    Contact linked = contact;
    linked.handoverId = handoverId;
    linked.handedOverOn = QDate::currentDate();
    if (!linked.actions.contains(CounsellingCodes::referralAction))
        linked.actions.append(CounsellingCodes::referralAction);
    if (!linked.referrals.contains(CounsellingCodes::adviserReferral))
        linked.referrals.append(CounsellingCodes::adviserReferral);
    return save(linked, QStringLiteral("contact.handover"));
}

Result<void> CounsellingService::save(const Contact& contact, const QString& action) {
    if (auto valid = checkFields(ContactCodec::validate(contact, QDate::currentDate())); !valid)
        return valid;
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto found = row(contact.id);
    if (!found)
        return found.error();
    if (found.value().rowVersion != contact.rowVersion)
        return makeError(ErrorCode::StaleEdit,
                         tr("This contact was changed since you opened it (by you elsewhere or by "
                            "a stand-in). Open it again and make your change once more."));
    auto key = m_keys.open(contact.id, found.value().generation, found.value().sealedKey);
    if (!key)
        return key.error();
    const int generation = found.value().generation;
    if (auto saved = sql::run(
            write.database(),
            QStringLiteral("UPDATE contacts SET content = ?, row_version = "
                           "row_version + 1 WHERE id = ?"),
            {m_keys.sealContent(key.value(), contact.id, generation, ContactCodec::toJson(contact)),
             contact.id},
            tr("saving the contact"));
        !saved)
        return saved;
    write.audit(action, contactType, QString::number(contact.id), {action});
    return write.commit();
}

Result<QStringList> CounsellingService::fellows() const {
    if (auto allowed = requireCounsellor(); !allowed)
        return allowed.error();
    return m_keys.fellows();
}

Result<void> CounsellingService::share(qint64 contactId, const QString& fellow) {
    auto candidates = fellows();
    if (!candidates)
        return candidates.error();
    if (!candidates.value().contains(fellow, Qt::CaseInsensitive))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not a fellow counsellor who can be given contacts.").arg(fellow),
                         QStringLiteral("counsellor"));
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto found = row(contactId);
    if (!found)
        return found.error();
    if (!m_store.user().is(found.value().owner))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only the counsellor responsible for a contact can share it."));
    auto key = m_keys.open(contactId, found.value().generation, found.value().sealedKey);
    if (!key)
        return key.error();
    if (auto granted = m_keys.grant(write.database(), contactId, found.value().generation, fellow,
                                    key.value());
        !granted)
        return granted;
    write.audit(QStringLiteral("contact.share"), contactType, QString::number(contactId),
                about(QStringLiteral("contact.share"), fellow));
    return write.commit();
}

Result<void> CounsellingService::unshare(qint64 contactId, const QString& fellow) {
    if (m_store.user().is(fellow))
        return makeError(ErrorCode::InvalidInput,
                         tr("You cannot take your own key of a contact away; transfer your "
                            "contacts to a successor instead."),
                         QStringLiteral("counsellor"));
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto found = row(contactId);
    if (!found)
        return found.error();
    const Row& current = found.value();
    if (!m_store.user().is(current.owner))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only the counsellor responsible for a contact can stop sharing it."));
    auto holding = holders(contactId);
    if (!holding)
        return holding.error();
    QStringList remaining = holding.value();
    if (remaining.removeIf(
            [&](const QString& h) { return h.compare(fellow, Qt::CaseInsensitive) == 0; }) == 0)
        return makeError(ErrorCode::NotFound, tr("%1 holds no key of this contact.").arg(fellow),
                         QStringLiteral("counsellor"));
    auto contact = decode(current);
    if (!contact)
        return contact.error();
    // A new generation: the key the stand-in may have kept opens nothing written from now on,
    // and the content is sealed again at once.
    const int generation = current.generation + 1;
    auto key = m_keys.issue(write.database(), contactId, generation, remaining);
    if (!key)
        return key.error();
    if (auto saved = sql::run(write.database(),
                              QStringLiteral("UPDATE contacts SET generation = ?, content = ?, "
                                             "row_version = row_version + 1 WHERE id = ?"),
                              {generation,
                               m_keys.sealContent(key.value(), contactId, generation,
                                                  ContactCodec::toJson(contact.value())),
                               contactId},
                              tr("saving the contact"));
        !saved)
        return saved;
    write.audit(QStringLiteral("contact.unshare"), contactType, QString::number(contactId),
                about(QStringLiteral("contact.unshare"), fellow));
    return write.commit();
}

Result<int> CounsellingService::transferAll(const QString& successor) {
    auto candidates = fellows();
    if (!candidates)
        return candidates.error();
    if (!candidates.value().contains(successor, Qt::CaseInsensitive))
        return makeError(
            ErrorCode::InvalidInput,
            tr("%1 is not a fellow counsellor who can take over contacts.").arg(successor),
            QStringLiteral("counsellor"));
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto owned = rows(QStringLiteral("WHERE c.owner = ?"), {m_store.user().userName});
    if (!owned)
        return owned.error();
    QSqlDatabase db = write.database();
    for (const Row& r : owned.value()) {
        auto key = m_keys.open(r.id, r.generation, r.sealedKey);
        if (!key)
            return key.error();
        if (auto granted = m_keys.grant(db, r.id, r.generation, successor, key.value()); !granted)
            return granted.error();
        if (auto moved = sql::run(db,
                                  QStringLiteral("UPDATE contacts SET owner = ?, row_version = "
                                                 "row_version + 1 WHERE id = ?"),
                                  {successor, r.id}, tr("transferring the contacts"));
            !moved)
            return moved.error();
        if (auto dropped =
                sql::run(db,
                         QStringLiteral("DELETE FROM contact_keys WHERE contact_id = ? "
                                        "AND holder = ?"),
                         {r.id, m_store.user().userName}, tr("transferring the contacts"));
            !dropped)
            return dropped.error();
        write.audit(QStringLiteral("contact.transfer"), contactType, QString::number(r.id),
                    about(QStringLiteral("contact.transfer"), successor));
    }
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return static_cast<int>(owned.value().size());
}

Result<int> CounsellingService::destroy(const QList<qint64>& contactIds) {
    if (auto allowed = requireCounsellor(); !allowed)
        return allowed.error();
    CounsellingRetention retention(m_store);
    auto published = retention.publishedYears();
    if (!published)
        return published.error();
    auto months = CounsellingSettings(m_store).retentionMonths();
    if (!months)
        return months.error();
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    QSqlDatabase db = write.database();
    const QDate today = QDate::currentDate();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const qint64 id : contactIds) {
        auto found = row(id);
        if (!found)
            return found.error();
        if (!m_store.user().is(found.value().owner))
            return makeError(ErrorCode::NotPermitted,
                             tr("Only the counsellor responsible for a contact destroys it."));
        auto contact = decode(found.value());
        if (!contact)
            return contact.error();
        const int year = contact.value().firstContact.year();
        const QDate due = CounsellingRetention::dueOn(
            contact.value(), published.value().value(year), months.value());
        if (!due.isValid() || due > today)
            return makeError(ErrorCode::InvalidInput,
                             tr("Contact %1 is not due for destruction: it is destroyed only "
                                "once it is closed, its figures are published and its retention "
                                "period has passed.")
                                 .arg(contact.value().pseudonym));
        for (const QString& statement :
             {QStringLiteral("DELETE FROM contact_keys WHERE contact_id = ?"),
              QStringLiteral("DELETE FROM contacts WHERE id = ?")}) {
            if (auto deleted = sql::run(db, statement, {id}, tr("destroying the contact"));
                !deleted)
                return deleted.error();
        }
        if (auto kept =
                sql::run(db,
                         QStringLiteral("INSERT INTO destroyed_contacts (contact_id, "
                                        "owner, year, destroyed_at) VALUES (?, ?, ?, ?)"),
                         {id, found.value().owner, year, now}, tr("destroying the contact"));
            !kept)
            return kept.error();
        write.audit(QStringLiteral("contact.destroy"), contactType, QString::number(id),
                    {QStringLiteral("contact.destroy")});
    }
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return static_cast<int>(contactIds.size());
}

Result<QList<AuditEntry>> CounsellingService::log(int limit) const {
    if (auto allowed = requireCounsellor(); !allowed)
        return allowed.error();
    auto held = sql::rows(sql::execute(m_store.database(Compartment::Counselling),
                                       QStringLiteral("SELECT contact_id FROM contact_keys "
                                                      "WHERE holder = ?"),
                                       {m_store.user().userName}, tr("reading the log")),
                          [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!held)
        return held.error();
    const QSet<QString> mine(held.value().begin(), held.value().end());
    QList<AuditEntry> entries;
    // Fellow counsellors' entries about contacts this counsellor does not hold are theirs.
    const auto visit = [&](const AuditEntry& entry) {
        if (m_store.user().is(entry.actor) ||
            (entry.recordType == contactType && mine.contains(entry.recordId)))
            entries.prepend(entry);
    };
    if (auto read = AuditLog::forEach(m_store.database(Compartment::Counselling), visit); !read)
        return read.error();
    if (entries.size() > limit)
        entries.resize(limit);
    return entries;
}

} // namespace infopunt
