#include "counselling/CounsellingHandovers.h"

#include "accounts/AccountService.h"
#include "counselling/CounsellingService.h"
#include "counselling/CounsellingWrite.h"
#include "crypto/Identity.h"
#include "crypto/KeyWrap.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace infopunt {

namespace {

const QString handoverType = QStringLiteral("handover");

QByteArray contentContext(const QString& storeId, qint64 id) {
    return QStringLiteral("infopunt-handover-v1|%1|%2").arg(storeId).arg(id).toUtf8();
}

QByteArray keyContext(const QString& storeId, qint64 id, const QString& adviser) {
    return QStringLiteral("infopunt-handover-key-v1|%1|%2|%3")
        .arg(storeId)
        .arg(id)
        .arg(adviser.toCaseFolded())
        .toUtf8();
}

QByteArray toJson(const Handover& h) {
    return QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("description"), h.description},
                                     {QStringLiteral("reporterName"), h.reporterName},
                                     {QStringLiteral("reporterContact"), h.reporterContact},
                                     {QStringLiteral("orgUnit"), h.orgUnit}})
        .toJson(QJsonDocument::Compact);
}

bool fromJson(const QByteArray& json, Handover& h) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject o = document.object();
    if (!document.isObject() || o.value(QStringLiteral("v")).toInt() != 1)
        return false;
    h.title = o.value(QStringLiteral("title")).toString();
    h.description = o.value(QStringLiteral("description")).toString();
    h.reporterName = o.value(QStringLiteral("reporterName")).toString();
    h.reporterContact = o.value(QStringLiteral("reporterContact")).toString();
    h.orgUnit = o.value(QStringLiteral("orgUnit")).toString();
    return true;
}

} // namespace

NewCase Handover::intake() const {
    NewCase report;
    report.receivedOn = sentAt.toLocalTime().date();
    report.channel = Channel::ConfidentialCounsellor;
    report.anonymous = reporterName.isEmpty();
    report.reporter = {reporterName, reporterContact, 0};
    report.title = title;
    report.description = description;
    if (!orgUnit.isEmpty())
        report.description +=
            (report.description.isEmpty() ? QString() : QStringLiteral("\n\n")) +
            CounsellingHandovers::tr("Organisation unit of the reporter: %1").arg(orgUnit);
    return report;
}

FieldErrors CounsellingHandovers::validate(const Handover& handover, bool consent) {
    FieldErrors errors;
    if (!consent)
        errors.append({QStringLiteral("consent"),
                       tr("A formal report is handed over only with the person's consent: "
                          "record it first.")});
    if (handover.title.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("title"), tr("Give the report a neutral title, without names.")});
    if (handover.description.trimmed().isEmpty())
        errors.append({QStringLiteral("description"),
                       tr("Describe what the report is about, as the person agreed it may be "
                          "passed on.")});
    return errors;
}

Result<QList<CounsellingHandovers::AdviserKey>>
CounsellingHandovers::recordedKeys(QSqlDatabase counselling) const {
    auto enabled = AccountService(m_store).enabledNames(Role::Adviser);
    if (!enabled)
        return enabled.error();
    QList<AdviserKey> keys;
    for (const QString& adviser : enabled.value()) {
        const Keyring::Account* account = m_store.keyring().account(adviser);
        if (!account || account->disabled || account->identity.box.isEmpty())
            continue; // added after this session signed in: not in its keyring yet
        auto pinned = sql::execute(counselling,
                                   QStringLiteral("SELECT box_public FROM trusted_advisers WHERE "
                                                  "user_name = ?"),
                                   {adviser}, tr("reading the advisers"));
        if (!pinned)
            return pinned.error();
        keys.append({adviser, account->identity.box,
                     pinned.value().next() ? pinned.value().value(0).toByteArray() : QByteArray()});
    }
    return keys;
}

Result<QStringList> CounsellingHandovers::changedKeys() const {
    if (m_store.user().role != Role::ConfidentialCounsellor)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only a confidential counsellor hands over a formal report."));
    auto keys = recordedKeys(m_store.database(Compartment::Counselling));
    if (!keys)
        return keys.error();
    QStringList changed;
    for (const AdviserKey& key : keys.value())
        if (!key.recorded.isEmpty() && key.recorded != key.keyring)
            changed.append(key.adviser);
    return changed;
}

Result<QList<std::pair<QString, QByteArray>>> CounsellingHandovers::adviserKeys(Sent& sent) {
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto recorded = recordedKeys(write.database());
    if (!recorded)
        return recorded.error();
    QList<std::pair<QString, QByteArray>> keys;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const AdviserKey& key : recorded.value()) {
        if (key.recorded.isEmpty()) {
            if (auto pinning =
                    sql::run(write.database(),
                             QStringLiteral("INSERT INTO trusted_advisers (user_name, "
                                            "box_public, pinned_at) VALUES (?, ?, ?)"),
                             {key.adviser, key.keyring, now}, tr("recording the adviser's key"));
                !pinning)
                return pinning.error();
            write.audit(QStringLiteral("adviser.pin"), QStringLiteral("user"), key.adviser,
                        {QStringLiteral("adviser.pin"),
                         QJsonObject{{QStringLiteral("adviser"), key.adviser}}});
        } else if (key.recorded != key.keyring) {
            sent.leftOut.append(key.adviser);
            continue;
        }
        keys.append({key.adviser, key.keyring});
        sent.advisers.append(key.adviser);
    }
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return keys;
}

Result<void> CounsellingHandovers::trustAgain(const QString& adviser) {
    if (m_store.user().role != Role::ConfidentialCounsellor)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only a confidential counsellor hands over a formal report."));
    const Keyring::Account* account = m_store.keyring().account(adviser);
    if (!account || account->disabled || account->role != Role::Adviser)
        return makeError(
            ErrorCode::NotFound,
            tr("%1 is not an integrity adviser with an enabled account.").arg(adviser));
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    if (auto saved = sql::run(write.database(),
                              QStringLiteral("INSERT OR REPLACE INTO trusted_advisers (user_name, "
                                             "box_public, pinned_at) VALUES (?, ?, ?)"),
                              {account->userName, account->identity.box,
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                              tr("recording the adviser's key"));
        !saved)
        return saved;
    write.audit(QStringLiteral("adviser.repin"), QStringLiteral("user"), account->userName,
                {QStringLiteral("adviser.repin"),
                 QJsonObject{{QStringLiteral("adviser"), account->userName}}});
    return write.commit();
}

Result<CounsellingHandovers::Sent>
CounsellingHandovers::send(qint64 contactId, const Handover& handover, bool consent) {
    if (m_store.user().role != Role::ConfidentialCounsellor)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only a confidential counsellor hands over a formal report."));
    if (auto valid = checkFields(validate(handover, consent)); !valid)
        return valid.error();
    CounsellingService counselling(m_store);
    auto contact = counselling.read(contactId); // NotFound when not in the register
    if (!contact)
        return contact.error();
    const Contact& found = contact.value();
    if (!m_store.user().is(found.owner))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only the counsellor responsible for the contact hands it over."));
    if (found.handoverId)
        return makeError(ErrorCode::InvalidInput,
                         tr("A formal report was handed over from this contact on %1 already.")
                             .arg(QLocale().toString(found.handedOverOn, QLocale::ShortFormat)));
    Sent sent;
    auto keys = adviserKeys(sent);
    if (!keys)
        return keys.error();
    if (keys.value().isEmpty())
        return makeError(ErrorCode::NotPermitted,
                         tr("No integrity adviser can receive the report: the keys of %1 changed "
                            "since they were recorded. Ask an adviser to check the store; nothing "
                            "was handed over.")
                             .arg(sent.leftOut.join(QStringLiteral(", "))));

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    QSqlDatabase db = m_store.database();
    // The row first, so that its id binds the seal.
    auto inserted = sql::execute(
        db,
        QStringLiteral("INSERT INTO handovers (counsellor, sent_at, "
                       "content) VALUES (?, ?, x'')"),
        {m_store.user().userName, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        tr("handing over the report"));
    if (!inserted)
        return inserted.error();
    sent.id = inserted.value().lastInsertId().toLongLong();
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray json = toJson(handover);
    const SecureBytes plain = SecureBytes::fromRaw(json.constData(), json.size());
    if (auto sealed =
            sql::run(db, QStringLiteral("UPDATE handovers SET content = ? WHERE id = ?"),
                     {wrapKey(key, plain, contentContext(m_store.storeId(), sent.id)), sent.id},
                     tr("handing over the report"));
        !sealed)
        return sealed.error();
    for (const auto& [adviser, box] : keys.value()) {
        if (auto granted = sql::run(
                db,
                QStringLiteral("INSERT INTO handover_keys (handover_id, adviser, "
                               "sealed_key) VALUES (?, ?, ?)"),
                {sent.id, adviser,
                 Identity::seal(box, key, keyContext(m_store.storeId(), sent.id, adviser))},
                tr("handing over the report"));
            !granted)
            return granted.error();
    }
    write.audit(QStringLiteral("handover.send"), handoverType, QString::number(sent.id),
                {QStringLiteral("handover.send")});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    // The compartment keeps the link; should this fail, the report has still passed.
    if (auto linked = counselling.linkHandover(found, sent.id); !linked)
        return linked.error();
    return sent;
}

Result<QList<Handover>> CounsellingHandovers::waiting() const {
    if (m_store.user().role != Role::Adviser)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser receives handed-over reports."));
    auto rows = sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT h.id, h.counsellor, h.sent_at, h.content, "
                                    "k.sealed_key FROM handovers h JOIN handover_keys k ON "
                                    "k.handover_id = h.id AND k.adviser = ? WHERE h.case_id IS "
                                    "NULL ORDER BY h.id"),
                     {m_store.user().userName}, tr("reading the handed-over reports")),
        [](const QSqlQuery& q) {
            return std::make_tuple(q.value(0).toLongLong(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toByteArray(),
                                   q.value(4).toByteArray());
        });
    if (!rows)
        return rows.error();
    QList<Handover> list;
    for (const auto& [id, counsellor, sentAt, content, sealedKey] : rows.value()) {
        const auto key = m_store.identity().open(
            sealedKey, keyContext(m_store.storeId(), id, m_store.user().userName));
        const auto plain =
            key ? unwrapKey(*key, content, contentContext(m_store.storeId(), id)) : std::nullopt;
        Handover handover;
        if (!plain || !fromJson(QByteArray(reinterpret_cast<const char*>(plain->data()),
                                           static_cast<qsizetype>(plain->size())),
                                handover))
            return makeError(ErrorCode::Damaged,
                             tr("A handed-over report does not open with your key: it was "
                                "changed outside Infopunt."));
        handover.id = id;
        handover.counsellor = counsellor;
        handover.sentAt = QDateTime::fromString(sentAt, Qt::ISODateWithMs);
        list.append(handover);
    }
    return list;
}

Result<void> CounsellingHandovers::markRegistered(qint64 handoverId, qint64 caseId) {
    if (m_store.user().role != Role::Adviser)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser registers handed-over reports."));
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto marked =
        sql::execute(m_store.database(),
                     QStringLiteral("UPDATE handovers SET case_id = ?, registered_by = "
                                    "?, registered_at = ? WHERE id = ? AND case_id IS "
                                    "NULL"),
                     {caseId, m_store.user().userName,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), handoverId},
                     tr("recording the registered report"));
    if (!marked)
        return marked.error();
    if (marked.value().numRowsAffected() != 1)
        return makeError(ErrorCode::StaleEdit,
                         tr("This handed-over report was registered already, by another "
                            "adviser or elsewhere."));
    write.audit(QStringLiteral("handover.register"), handoverType, QString::number(handoverId),
                {QStringLiteral("handover.register")});
    return write.commit();
}

} // namespace infopunt
