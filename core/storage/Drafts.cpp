#include "storage/Drafts.h"

#include "crypto/Identity.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QDataStream>
#include <QIODevice>

namespace infopunt {

namespace {

const QString draftRecordType = QStringLiteral("draft");

// The draft's label (a case number, a user name) is sealed with its values under this key:
// in plain it would tell every account which record someone was editing.
const QString labelField = QStringLiteral("infopunt.label");

QString recordIdOf(qint64 draftId) {
    return QLatin1Char('#') + QString::number(draftId);
}

// QDataStream keeps each value's type (a date stays a date, an id stays an integer).
QByteArray encode(const QVariantMap& fields) {
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << fields;
    return bytes;
}

// The values as kept: sealed to the writer's own key, so that nobody else holding the main key
// reads an unsaved edit (which may be a case's text).
QByteArray context(const Store& store) {
    return QStringLiteral("infopunt-draft-v1|%1|%2")
        .arg(store.storeId(), store.user().userName.toLower())
        .toUtf8();
}

QByteArray seal(const Store& store, const QVariantMap& fields) {
    const QByteArray bytes = encode(fields);
    return Identity::seal(
        store.identity().publicKeys().box,
        SecureBytes::fromRaw(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        context(store));
}

QVariantMap decode(const QByteArray& bytes) {
    QVariantMap fields;
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_0);
    stream >> fields;
    return stream.status() == QDataStream::Ok ? fields : QVariantMap();
}

} // namespace

Result<void> Drafts::keep(const QList<Draft>& drafts) {
    if (drafts.isEmpty())
        return {};
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const Draft& draft : drafts) {
        QVariantMap sealedFields = draft.fields;
        sealedFields.insert(labelField, draft.recordLabel);
        auto inserted = sql::execute(
            m_store.database(),
            QStringLiteral("INSERT INTO drafts (user_name, module, record_id, record_label, view, "
                           "form, argument, fields, saved_at) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?)"),
            {m_store.user().userName, draft.module, draft.recordId, draft.view, draft.form,
             draft.argument, seal(m_store, sealedFields), now},
            tr("keeping your unsaved edit"));
        if (!inserted)
            return inserted.error();
        write.audit(QStringLiteral("draft.keep"), draftRecordType,
                    recordIdOf(inserted.value().lastInsertId().toLongLong()),
                    {QStringLiteral("draft.keep")});
    }
    return write.commit();
}

Result<QList<Draft>> Drafts::mine() const {
    return sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT id, module, record_id, record_label, view, form, "
                                    "argument, fields, saved_at FROM drafts WHERE user_name = ? "
                                    "ORDER BY id"),
                     {m_store.user().userName}, tr("reading your drafts")),
        [this](const QSqlQuery& row) {
            Draft draft;
            draft.id = row.value(0).toLongLong();
            draft.module = row.value(1).toString();
            draft.recordId = row.value(2).toLongLong();
            draft.recordLabel = row.value(3).toString();
            draft.view = row.value(4).toString();
            draft.form = row.value(5).toString();
            draft.argument = row.value(6).toLongLong();
            // A draft that no longer opens (the account's keys were reset) comes back empty.
            const auto opened =
                m_store.identity().open(row.value(7).toByteArray(), context(m_store));
            if (opened)
                draft.fields = decode(QByteArray(reinterpret_cast<const char*>(opened->data()),
                                                 static_cast<int>(opened->size())));
            // A draft from before labels were sealed has its label in plain.
            draft.recordLabel = draft.fields.contains(labelField)
                                    ? draft.fields.take(labelField).toString()
                                    : draft.recordLabel;
            draft.savedAt = QDateTime::fromString(row.value(8).toString(), Qt::ISODateWithMs);
            draft.savedAt.setTimeSpec(Qt::UTC);
            return draft;
        });
}

Result<void> Drafts::remove(qint64 draftId, bool restored) {
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto found = sql::firstRow(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT id FROM drafts WHERE id = ? AND user_name = ?"),
                     {draftId, m_store.user().userName}, tr("reading your drafts")),
        [](const QSqlQuery& row) { return row.value(0).toLongLong(); },
        makeError(ErrorCode::NotFound, tr("This draft no longer exists.")));
    if (!found)
        return found.error();
    if (auto removed =
            sql::run(m_store.database(), QStringLiteral("DELETE FROM drafts WHERE id = ?"),
                     {draftId}, tr("removing your draft"));
        !removed)
        return removed;
    const QString action =
        restored ? QStringLiteral("draft.restore") : QStringLiteral("draft.discard");
    write.audit(action, draftRecordType, recordIdOf(draftId), {action});
    return write.commit();
}

} // namespace infopunt
