#include "cases/CaseLog.h"

#include "cases/CaseKeys.h"
#include "cases/CaseNumbers.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace infopunt {

namespace {

const QString caseRecordType = QStringLiteral("case");

QJsonObject parsed(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString CaseLog::recordId(qint64 caseId) {
    return QLatin1Char('#') + QString::number(caseId);
}

Result<void> CaseLog::record(WriteTransaction& write, const CaseKeys& keys, qint64 caseId,
                             const QString& number, const QString& action,
                             const AuditSummary& summary) {
    const QJsonObject inner{{QStringLiteral("action"), action},
                            {QStringLiteral("number"), number},
                            {QStringLiteral("code"), summary.code},
                            {QStringLiteral("params"), summary.params}};
    auto sealedEntry = keys.seal(caseId, sealed::auditEntry, compact(inner));
    if (!sealedEntry)
        return sealedEntry.error();
    write.audit(
        sealedAction, caseRecordType, recordId(caseId),
        {sealedCode,
         {{QStringLiteral("case"), caseId},
          {QStringLiteral("sealed"), QString::fromLatin1(sealedEntry.value().toBase64())}}});
    return {};
}

void CaseLog::recordDeletion(WriteTransaction& write, qint64 caseId, const AuditSummary& summary) {
    write.audit(QStringLiteral("case.delete"), caseRecordType, recordId(caseId), summary);
}

void CaseLog::open(const CaseKeys& keys, AuditEntry& entry) {
    if (entry.summaryCode != sealedCode)
        return;
    const QJsonObject outer = parsed(entry.summaryParams);
    const qint64 caseId = outer.value(QStringLiteral("case")).toInteger();
    const QByteArray sealedEntry =
        QByteArray::fromBase64(outer.value(QStringLiteral("sealed")).toString().toLatin1());
    auto json = keys.open(caseId, sealed::auditEntry, QVariant(sealedEntry));
    if (!json)
        return;
    const QJsonObject inner = parsed(json.value());
    entry.action = inner.value(QStringLiteral("action")).toString();
    entry.recordId = inner.value(QStringLiteral("number")).toString();
    entry.summaryCode = inner.value(QStringLiteral("code")).toString();
    entry.summaryParams = compact(inner.value(QStringLiteral("params")).toObject());
}

Result<QList<AuditEntry>> CaseLog::opened(const Store& store, QList<AuditEntry> entries) {
    const CaseKeys keys(store);
    auto known = CaseNumbers::all(store);
    if (!known)
        return known.error();
    const QHash<qint64, QString>& numbers = known.value();
    for (AuditEntry& entry : entries) {
        open(keys, entry);
        // Not opened (a deleted case's, or one this user holds no key of): its number, if known.
        if (entry.recordType == caseRecordType && entry.recordId.startsWith(QLatin1Char('#'))) {
            const QString number = numbers.value(entry.recordId.mid(1).toLongLong());
            if (!number.isEmpty())
                entry.recordId = number;
        }
    }
    return entries;
}

} // namespace infopunt
