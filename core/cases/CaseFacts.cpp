#include "cases/CaseFacts.h"

#include "cases/CaseAccess.h"
#include "cases/CaseKeys.h"
#include "cases/CaseRecords.h"
#include "storage/SqlQueries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace infopunt {

namespace {

QVariant dateValue(const std::optional<QDate>& date) {
    return date && date->isValid() ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

QVariant idValue(const std::optional<qint64>& id) {
    return id ? QVariant(*id) : QVariant();
}

std::optional<QDate> optionalDate(const QVariant& value) {
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<qint64> optionalId(const QVariant& value) {
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

// The facts from values in columns() order.
CaseFacts fromValues(qint64 id, const QVariantList& v) {
    CaseFacts facts;
    facts.id = id;
    facts.number = v.value(0).toString();
    facts.receivedOn = QDate::fromString(v.value(1).toString(), Qt::ISODate);
    facts.channel = CaseTerms::channelFromCode(v.value(2).toString()).value_or(Channel::Adviser);
    facts.anonymous = v.value(3).toBool();
    facts.buildingBlockId = optionalId(v.value(4));
    facts.violationTypeId = optionalId(v.value(5));
    facts.state =
        CaseWorkflow::stateFromCode(v.value(6).toString()).value_or(CaseState::Registered);
    facts.stateSince = QDate::fromString(v.value(7).toString(), Qt::ISODate);
    facts.investigationKind = CaseWorkflow::kindFromCode(v.value(8).toString());
    facts.verdict = CaseWorkflow::verdictFromCode(v.value(9).toString());
    facts.measureId = optionalId(v.value(10));
    facts.acknowledgedOn = optionalDate(v.value(11));
    facts.feedbackOn = optionalDate(v.value(12));
    facts.feedbackExtendedTo = optionalDate(v.value(13));
    facts.closedOn = optionalDate(v.value(14));
    return facts;
}

const QStringList& columnNames() {
    static const QStringList names{QStringLiteral("number"),
                                   QStringLiteral("received_on"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("anonymous"),
                                   QStringLiteral("building_block_id"),
                                   QStringLiteral("violation_type_id"),
                                   QStringLiteral("state"),
                                   QStringLiteral("state_since"),
                                   QStringLiteral("investigation_kind"),
                                   QStringLiteral("verdict"),
                                   QStringLiteral("measure_id"),
                                   QStringLiteral("acknowledged_on"),
                                   QStringLiteral("feedback_on"),
                                   QStringLiteral("feedback_extended_to"),
                                   QStringLiteral("closed_on")};
    return names;
}

} // namespace

const QString& CaseFactsCodec::columns() {
    static const QString joined = columnNames().join(QStringLiteral(", "));
    return joined;
}

CaseFacts CaseFactsCodec::fromColumns(qint64 id, const QSqlQuery& query, int first) {
    QVariantList values;
    for (int i = 0; i < columnNames().size(); ++i)
        values.append(query.value(first + i));
    return fromValues(id, values);
}

QVariantList CaseFactsCodec::values(const CaseFacts& facts) {
    return {facts.number,
            dateValue(facts.receivedOn),
            CaseTerms::code(facts.channel),
            facts.anonymous ? 1 : 0,
            idValue(facts.buildingBlockId),
            idValue(facts.violationTypeId),
            CaseWorkflow::stateCode(facts.state),
            dateValue(facts.stateSince),
            facts.investigationKind ? QVariant(CaseWorkflow::kindCode(*facts.investigationKind))
                                    : QVariant(),
            facts.verdict ? QVariant(CaseWorkflow::verdictCode(*facts.verdict)) : QVariant(),
            idValue(facts.measureId),
            dateValue(facts.acknowledgedOn),
            dateValue(facts.feedbackOn),
            dateValue(facts.feedbackExtendedTo),
            dateValue(facts.closedOn)};
}

QString CaseFactsCodec::blankedColumns() {
    return QStringLiteral(
        "number = '#' || id, received_on = '', channel = '', anonymous = 0, "
        "building_block_id = NULL, violation_type_id = NULL, state = '', state_since = '', "
        "investigation_kind = NULL, verdict = NULL, measure_id = NULL, acknowledged_on = NULL, "
        "feedback_on = NULL, feedback_extended_to = NULL, closed_on = NULL");
}

QString CaseFactsCodec::mainColumns(const QString& table) {
    QStringList qualified{table + QStringLiteral(".facts")};
    for (const QString& name : columnNames())
        qualified.append(table + QLatin1Char('.') + name);
    return qualified.join(QStringLiteral(", "));
}

CaseFacts CaseFactsCodec::fromMainRow(qint64 id, const QSqlQuery& query, int first,
                                      const CaseKeys& keys) {
    if (query.isNull(first))
        return fromColumns(id, query, first + 1);
    const QString json = keys.text(id, sealed::caseFacts, query.value(first));
    CaseFacts facts = fromJson(id, json).value_or(CaseFacts{});
    facts.id = id;
    return facts;
}

Result<void> CaseFactsCodec::insertCopy(QSqlDatabase office, const CaseFacts& facts) {
    const QVariantList values = QVariantList{facts.id} + CaseFactsCodec::values(facts);
    const QStringList placeholders(values.size(), QStringLiteral("?"));
    return sql::run(office,
                    QStringLiteral("INSERT INTO case_facts (case_id, ") + columns() +
                        QStringLiteral(") VALUES (") + placeholders.join(QLatin1Char(',')) +
                        QLatin1Char(')'),
                    values, tr("updating the copy of the case facts"));
}

Result<CaseFacts> CaseFactsCodec::read(QSqlDatabase db, const CaseKeys& keys, qint64 caseId,
                                       const QString& what) {
    auto facts = sql::firstRow(
        sql::execute(db,
                     QStringLiteral("SELECT ") + mainColumns(QStringLiteral("cases")) +
                         QStringLiteral(" FROM cases WHERE id = ?"),
                     {caseId}, what),
        [&keys, caseId](const QSqlQuery& row) { return fromMainRow(caseId, row, 0, keys); },
        CaseAccess::notFound());
    if (auto opened = keys.checked(); facts && !opened)
        return opened.error();
    return facts;
}

QString CaseFactsCodec::toJson(const CaseFacts& facts) {
    QJsonObject object;
    const QVariantList values = CaseFactsCodec::values(facts);
    for (int i = 0; i < columnNames().size(); ++i) {
        if (!values[i].isNull())
            object.insert(columnNames()[i], QJsonValue::fromVariant(values[i]));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<CaseFacts> CaseFactsCodec::fromJson(qint64 id, const QString& json) {
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("number")).isString() ||
        !object.value(QStringLiteral("state")).isString())
        return std::nullopt;
    QVariantList values;
    for (const QString& name : columnNames()) {
        const QJsonValue value = object.value(name);
        values.append(value.isUndefined() || value.isNull() ? QVariant() : value.toVariant());
    }
    return fromValues(id, values);
}

} // namespace infopunt
