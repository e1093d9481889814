#include "cases/CaseService.h"

#include "cases/ApprovalQuery.h"
#include "cases/CaseFiles.h"
#include "cases/CaseKeys.h"
#include "cases/CaseQuery.h"
#include "storage/RowVersion.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

// Every audit entry of the case file has this record type and the case number as record id.
const QString caseRecordType = QStringLiteral("case");

// ---- values as stored: dates "yyyy-MM-dd", moments ISO UTC with milliseconds --------------

QString dateText(QDate date) {
    return date.toString(Qt::ISODate);
}

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; NOT NULL text columns get "" instead.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalDateValue(const std::optional<QDate>& date) {
    return date && date->isValid() ? QVariant(dateText(*date)) : QVariant();
}

QVariant optionalIdValue(const std::optional<qint64>& id) {
    return id ? QVariant(*id) : QVariant();
}

QDate dateAt(const QSqlQuery& query, int column) {
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

std::optional<QDate> optionalDateAt(const QSqlQuery& query, int column) {
    if (query.isNull(column))
        return std::nullopt;
    return dateAt(query, column);
}

std::optional<qint64> optionalIdAt(const QSqlQuery& query, int column) {
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong();
}

QDateTime momentAt(const QSqlQuery& query, int column) {
    return QDateTime::fromString(query.value(column).toString(), Qt::ISODateWithMs);
}

bool isBlank(const QString& value) {
    return value.trimmed().isEmpty();
}

// ---- cases -------------------------------------------------------------------------------

// A row mapper that opens sealed columns with `keys`, for sql::rows and friends.
template <typename Row>
auto openedBy(const CaseKeys& keys, Row (*from)(const QSqlQuery&, const CaseKeys&)) {
    return [&keys, from](const QSqlQuery& row) {
        return from(row, keys);
    };
}

// `rows` as read, or the first sealed value that did not open.
template <typename T> Result<T> checkedBy(const CaseKeys& keys, Result<T> rows) {
    if (auto opened = keys.checked(); rows && !opened)
        return opened.error();
    return rows;
}

const QString selectCase = QStringLiteral(
    "SELECT id, number, received_on, channel, anonymous, title, description, building_block_id, "
    "violation_type_id, state, state_since, investigation_kind, verdict, measure_id, "
    "acknowledged_on, feedback_on, feedback_extended_to, feedback_extension_reason, "
    "lessons_learned, closed_on, created_by, created_at, updated_at, row_version FROM cases ");

CaseRecord caseFrom(const QSqlQuery& query, const CaseKeys& keys) {
    CaseRecord record;
    record.id = query.value(0).toLongLong();
    record.number = query.value(1).toString();
    record.receivedOn = dateAt(query, 2);
    record.channel =
        CaseTerms::channelFromCode(query.value(3).toString()).value_or(Channel::Adviser);
    record.anonymous = query.value(4).toBool();
    record.title = keys.text(record.id, sealed::caseTitle, query.value(5));
    record.description = keys.text(record.id, sealed::caseDescription, query.value(6));
    record.buildingBlockId = optionalIdAt(query, 7);
    record.violationTypeId = optionalIdAt(query, 8);
    record.state =
        CaseWorkflow::stateFromCode(query.value(9).toString()).value_or(CaseState::Registered);
    record.stateSince = dateAt(query, 10);
    record.investigationKind = CaseWorkflow::kindFromCode(query.value(11).toString());
    record.verdict = CaseWorkflow::verdictFromCode(query.value(12).toString());
    record.measureId = optionalIdAt(query, 13);
    record.acknowledgedOn = optionalDateAt(query, 14);
    record.feedbackOn = optionalDateAt(query, 15);
    record.feedbackExtendedTo = optionalDateAt(query, 16);
    record.feedbackExtensionReason =
        keys.text(record.id, sealed::caseExtensionReason, query.value(17));
    record.lessonsLearned = keys.text(record.id, sealed::caseLessons, query.value(18));
    record.closedOn = optionalDateAt(query, 19);
    record.createdBy = query.value(20).toString();
    record.createdAt = momentAt(query, 21);
    record.updatedAt = momentAt(query, 22);
    record.rowVersion = query.value(23).toLongLong();
    return record;
}

Result<CaseRecord> loadCase(const CaseKeys& keys, QSqlDatabase db, qint64 caseId) {
    auto record = sql::firstRow(
        sql::execute(db, selectCase + QStringLiteral("WHERE id = ?"), {caseId},
                     CaseService::tr("reading the case")),
        [&keys](const QSqlQuery& row) { return caseFrom(row, keys); }, CaseAccess::notFound());
    if (auto opened = keys.checked(); record && !opened)
        return opened.error();
    return record;
}

// Begins `write` and loads the case inside it: every change of a case file starts here.
Result<CaseRecord> beginOnCase(const CaseKeys& keys, WriteTransaction& write, QSqlDatabase db,
                               qint64 caseId) {
    if (auto begun = write.begin(); !begun)
        return begun.error();
    return loadCase(keys, db, caseId);
}

// The same for an edit of the case row: StaleEdit unless nobody saved the case since the user
// loaded version `expectedRowVersion`.
Result<CaseRecord> beginEdit(const CaseKeys& keys, WriteTransaction& write, QSqlDatabase db,
                             qint64 caseId, qint64 expectedRowVersion, const QString& what) {
    auto record = beginOnCase(keys, write, db, caseId);
    if (record && record.value().rowVersion != expectedRowVersion)
        return RowVersion::staleEdit(what);
    return record;
}

// Commits, then reads the case back as saved.
Result<CaseRecord> commitAndLoad(const CaseKeys& keys, WriteTransaction& write, QSqlDatabase db,
                                 qint64 caseId) {
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return loadCase(keys, db, caseId);
}

// Sets `assignments` ("column = ?, ...", bound to `values`) on the case row with a new
// updated_at and row version; StaleEdit unless the row is still at `rowVersion`.
Result<void> updateCase(QSqlDatabase db, qint64 caseId, qint64 rowVersion,
                        const QString& assignments, QVariantList values, const QString& what) {
    values << nowText() << caseId << rowVersion;
    QSqlQuery update = sql::prepared(db,
                                     QStringLiteral("UPDATE cases SET ") + assignments +
                                         QStringLiteral(", updated_at = ?, row_version = "
                                                        "row_version + 1 WHERE id = ? AND "
                                                        "row_version = ?"),
                                     values);
    return RowVersion::execUpdate(update, what);
}

// The next number of the year: one past the highest ever given, also to cases deleted since
// (the audit log keeps their numbers), so that a number never names two cases in the log.
Result<QString> nextCaseNumber(QSqlDatabase db, int year) {
    const QString pattern = QString::number(year) + QStringLiteral("-%");
    auto query =
        sql::execute(db,
                     QStringLiteral("SELECT MAX(CAST(substr(number, 6) AS INTEGER)) FROM ("
                                    " SELECT number FROM cases WHERE number LIKE ?"
                                    " UNION ALL SELECT record_id FROM audit_log"
                                    " WHERE record_type = ? AND record_id LIKE ?)"),
                     {pattern, caseRecordType, pattern}, CaseService::tr("numbering the case"));
    if (!query)
        return query.error();
    const qint64 highest = query.value().next() ? query.value().value(0).toLongLong() : 0;
    return QStringLiteral("%1-%2").arg(year).arg(highest + 1, 3, 10, QLatin1Char('0'));
}

// Whether the classification `retired` reads (a building block or violation type) exists and
// is in use; a retired one may stay on the case that has it already (`kept`).
Result<void> checkInUse(Result<QSqlQuery> retired, bool kept, const QString& field,
                        const QString& missing, const QString& retiredMessage) {
    auto isRetired = sql::firstRow(
        std::move(retired), [](const QSqlQuery& row) { return row.value(0).toBool(); },
        makeError(ErrorCode::InvalidInput, missing, field));
    if (!isRetired)
        return isRetired.error();
    if (isRetired.value() && !kept)
        return makeError(ErrorCode::InvalidInput, retiredMessage, field);
    return {};
}

// A building block or violation type must exist and be in use; one that was retired after
// the case was classified with it may stay.
Result<void> checkClassification(QSqlDatabase db, std::optional<qint64> buildingBlockId,
                                 std::optional<qint64> violationTypeId,
                                 const CaseRecord* current = nullptr) {
    if (buildingBlockId) {
        if (auto block = checkInUse(
                sql::execute(db, QStringLiteral("SELECT retired FROM building_blocks WHERE id = ?"),
                             {*buildingBlockId}, CaseService::tr("reading the catalogue")),
                current && current->buildingBlockId == buildingBlockId,
                QStringLiteral("buildingBlock"),
                CaseService::tr("This building block does not exist."),
                CaseService::tr("This building block has been retired; choose another one."));
            !block)
            return block;
    }
    if (violationTypeId) {
        return checkInUse(
            sql::execute(db,
                         QStringLiteral("SELECT retired FROM code_lists "
                                        "WHERE id = ? AND list = 'violation_type'"),
                         {*violationTypeId}, CaseService::tr("reading the violation types")),
            current && current->violationTypeId == violationTypeId, QStringLiteral("violationType"),
            CaseService::tr("This violation type does not exist."),
            CaseService::tr("This violation type is no longer in use; choose another one."));
    }
    return {};
}

// The fields the intake form and the Overview tab share.
FieldErrors validateReportFields(QDate receivedOn, const QString& title, const QString& description,
                                 QDate today) {
    FieldErrors errors;
    const QString dateField = QStringLiteral("receivedOn");
    if (!receivedOn.isValid())
        errors.append({dateField, CaseService::tr("Enter the date the report was received.")});
    else if (receivedOn > today)
        errors.append({dateField, CaseService::tr("The date received cannot be in the future.")});
    if (isBlank(title))
        errors.append({QStringLiteral("title"),
                       CaseService::tr("Enter a short, neutral title for the report, without "
                                       "names.")});
    if (isBlank(description))
        errors.append(
            {QStringLiteral("description"), CaseService::tr("Describe what was reported.")});
    return errors;
}

FieldErrors validateReporterName(const CaseReporter& reporter, bool anonymous) {
    if (anonymous || !isBlank(reporter.name))
        return {};
    return {{QStringLiteral("reporterName"),
             CaseService::tr("Enter the reporter's name, or mark the report as anonymous.")}};
}

// A report that came in through the anonymous channel has no identity to record either.
bool isAnonymous(const NewCase& report) {
    return report.anonymous || report.channel == Channel::Anonymous;
}

// ---- steps -------------------------------------------------------------------------------

// The case column each state's step fills in. Reopening at an earlier state clears the columns
// of the states after it.
struct StateColumn {
    CaseState state;
    const char* column;
};

constexpr StateColumn stateColumns[] = {
    {CaseState::Acknowledged, "acknowledged_on"},
    {CaseState::InvestigationDecided, "investigation_kind"},
    {CaseState::Decided, "verdict"},
    {CaseState::MeasureDetermined, "measure_id"},
    {CaseState::Closed, "closed_on"},
    {CaseState::Evaluated, "lessons_learned"},
};

Result<QVariant> stepData(const CaseKeys& keys, const CaseStep& step) {
    switch (step.to) {
    case CaseState::InvestigationDecided:
        return step.investigationKind ? QVariant(CaseWorkflow::kindCode(*step.investigationKind))
                                      : QVariant();
    case CaseState::Decided:
        return step.verdict ? QVariant(CaseWorkflow::verdictCode(*step.verdict)) : QVariant();
    case CaseState::MeasureDetermined:
        return optionalIdValue(step.measureId);
    case CaseState::Evaluated: {
        auto lessons = keys.seal(step.caseId, sealed::caseLessons, text(step.note));
        if (!lessons)
            return lessons.error();
        return QVariant(lessons.value());
    }
    default:
        return QVariant(dateText(step.date));
    }
}

// Moves the case to the step's state, with the data the step records (or, for a reopen, with
// the data of the later states cleared); StaleEdit unless the row is still `rowVersion`.
Result<void> moveCase(QSqlDatabase db, const CaseKeys& keys, qint64 caseId, qint64 rowVersion,
                      const CaseStep& step) {
    QStringList assignments = {QStringLiteral("state = ?"), QStringLiteral("state_since = ?")};
    QVariantList values = {CaseWorkflow::stateCode(step.to), dateText(step.date)};
    for (const StateColumn& entry : stateColumns) {
        const QString column = QLatin1String(entry.column);
        if (step.reopen && entry.state > step.to) {
            assignments.append(column + QStringLiteral(" = NULL"));
        } else if (!step.reopen && entry.state == step.to) {
            assignments.append(column + QStringLiteral(" = ?"));
            auto data = stepData(keys, step);
            if (!data)
                return data.error();
            values.append(data.value());
        }
    }
    // The legal feedback may have been given before this step (recordFeedback); the first date
    // stands, and a reopen does not undo that the reporter was told.
    if (!step.reopen && step.to == CaseState::ReporterInformed) {
        assignments.append(QStringLiteral("feedback_on = COALESCE(feedback_on, ?)"));
        values.append(dateText(step.date));
    }
    return updateCase(db, caseId, rowVersion, assignments.join(QStringLiteral(", ")), values,
                      CaseService::tr("recording the step"));
}

QString stepKindCode(const CaseStep& step) {
    if (!step.from)
        return QStringLiteral("registration");
    return step.reopen ? QStringLiteral("reopen") : QStringLiteral("step");
}

Result<void> insertStep(QSqlDatabase db, const CaseKeys& keys, const CaseStep& step) {
    auto note = keys.seal(step.caseId, sealed::stepNote, text(step.note));
    if (!note)
        return note.error();
    return sql::run(
        db,
        QStringLiteral("INSERT INTO case_steps (case_id, kind, from_state, to_state, "
                       "step_date, actor, note, investigation_kind, verdict, measure_id, "
                       "approved_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {step.caseId, stepKindCode(step),
         step.from ? QVariant(CaseWorkflow::stateCode(*step.from)) : QVariant(),
         CaseWorkflow::stateCode(step.to), dateText(step.date), step.actor, note.value(),
         step.investigationKind ? QVariant(CaseWorkflow::kindCode(*step.investigationKind))
                                : QVariant(),
         step.verdict ? QVariant(CaseWorkflow::verdictCode(*step.verdict)) : QVariant(),
         optionalIdValue(step.measureId),
         step.approvedBy.isEmpty() ? QVariant() : QVariant(step.approvedBy), nowText()},
        CaseService::tr("recording the step"));
}

CaseStep forwardStep(const CaseRecord& current, const StepRequest& request,
                     std::optional<qint64> measureId) {
    CaseStep step;
    step.caseId = current.id;
    step.from = current.state;
    step.to = request.to;
    step.date = request.date;
    step.actor = request.actor;
    step.note = request.note.trimmed();
    step.investigationKind = request.investigationKind;
    step.verdict = request.verdict;
    step.measureId = measureId;
    step.approvedBy = request.approvedBy.trimmed();
    return step;
}

// The id of the measure a step names by code; none for "no measure".
Result<std::optional<qint64>> measureIdFor(QSqlDatabase db, const QString& code) {
    if (code.isEmpty())
        return std::optional<qint64>();
    auto query = sql::execute(db,
                              QStringLiteral("SELECT id FROM code_lists "
                                             "WHERE list = 'measure' AND code = ? AND retired = 0"),
                              {code}, CaseService::tr("reading the measures"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return makeError(ErrorCode::InvalidInput,
                         CaseService::tr("This measure is not in the list of measures."),
                         QStringLiteral("measure"));
    return std::optional<qint64>(query.value().value(0).toLongLong());
}

// Records a forward step that CaseWorkflow::check has allowed.
Result<void> recordStep(QSqlDatabase db, const CaseKeys& keys, WriteTransaction& write,
                        const CaseRecord& current, const CaseStep& step) {
    if (auto moved = moveCase(db, keys, current.id, current.rowVersion, step); !moved)
        return moved;
    if (auto inserted = insertStep(db, keys, step); !inserted)
        return inserted;
    write.audit(QStringLiteral("case.step"), caseRecordType, current.number,
                {QStringLiteral("case.step"),
                 {{QStringLiteral("from"), CaseWorkflow::stateCode(current.state)},
                  {QStringLiteral("to"), CaseWorkflow::stateCode(step.to)},
                  {QStringLiteral("date"), dateText(step.date)}}});
    return {};
}

Error closingNeedsApproval() {
    return makeError(ErrorCode::NotPermitted,
                     CaseService::tr("Closing a case needs a second person's approval (four "
                                     "eyes). Request the approval; the case is closed when "
                                     "another adviser or an assigned working-group member "
                                     "approves."));
}

CaseStep stepFrom(const QSqlQuery& query, const CaseKeys& keys) {
    CaseStep step;
    step.id = query.value(0).toLongLong();
    step.caseId = query.value(1).toLongLong();
    step.reopen = query.value(2).toString() == QLatin1String("reopen");
    step.from = CaseWorkflow::stateFromCode(query.value(3).toString());
    step.to =
        CaseWorkflow::stateFromCode(query.value(4).toString()).value_or(CaseState::Registered);
    step.date = dateAt(query, 5);
    step.actor = query.value(6).toString();
    step.note = keys.text(step.caseId, sealed::stepNote, query.value(7));
    step.investigationKind = CaseWorkflow::kindFromCode(query.value(8).toString());
    step.verdict = CaseWorkflow::verdictFromCode(query.value(9).toString());
    step.measureId = optionalIdAt(query, 10);
    step.approvedBy = query.value(11).toString();
    step.recordedAt = momentAt(query, 12);
    return step;
}

// ---- deadlines ---------------------------------------------------------------------------

Deadline feedbackDeadline(const CaseRecord& record) {
    return CaseQuery::legalDeadlines(record).constLast(); // {acknowledgement, feedback}
}

CaseDeadline deadlineFrom(const QSqlQuery& query, const CaseKeys& keys) {
    CaseDeadline deadline;
    deadline.id = query.value(0).toLongLong();
    deadline.caseId = query.value(1).toLongLong();
    deadline.label = keys.text(deadline.caseId, sealed::deadlineLabel, query.value(2));
    deadline.due = dateAt(query, 3);
    deadline.met = optionalDateAt(query, 4);
    deadline.createdBy = query.value(5).toString();
    deadline.rowVersion = query.value(6).toLongLong();
    return deadline;
}

const QString selectDeadlines = QStringLiteral(
    "SELECT id, case_id, label, due_on, met_on, created_by, row_version FROM case_deadlines ");

// ---- parties, reviews, approvals ----------------------------------------------------------

const QString selectParties = QStringLiteral(
    "SELECT id, case_id, kind, name, function, org_unit, note, row_version FROM case_parties ");

CaseParty partyFrom(const QSqlQuery& query, const CaseKeys& keys) {
    CaseParty party;
    party.id = query.value(0).toLongLong();
    party.caseId = query.value(1).toLongLong();
    party.kind = CaseTerms::partyKindFromCode(query.value(2).toString()).value_or(PartyKind::Other);
    party.name = keys.text(party.caseId, sealed::partyName, query.value(3));
    party.function = keys.text(party.caseId, sealed::partyFunction, query.value(4));
    party.orgUnit = keys.text(party.caseId, sealed::partyOrgUnit, query.value(5));
    party.note = keys.text(party.caseId, sealed::partyNote, query.value(6));
    party.rowVersion = query.value(7).toLongLong();
    return party;
}

// The party's name, function, unit and note sealed with the case key, in that order.
Result<QVariantList> sealedParty(const CaseKeys& keys, qint64 caseId, const CaseParty& party) {
    QVariantList values;
    const QList<QPair<QString, QString>> fields{
        {sealed::partyName, party.name.trimmed()},
        {sealed::partyFunction, text(party.function.trimmed())},
        {sealed::partyOrgUnit, text(party.orgUnit.trimmed())},
        {sealed::partyNote, text(party.note)}};
    for (const auto& [column, value] : fields) {
        auto sealedValue = keys.seal(caseId, column, value);
        if (!sealedValue)
            return sealedValue.error();
        values.append(sealedValue.value());
    }
    return values;
}

Result<qint64> insertParty(QSqlDatabase db, const CaseKeys& keys, qint64 caseId,
                           const CaseParty& party) {
    auto values = sealedParty(keys, caseId, party);
    if (!values)
        return values.error();
    auto insert =
        sql::execute(db,
                     QStringLiteral("INSERT INTO case_parties (case_id, kind, name, "
                                    "function, org_unit, note) VALUES (?, ?, ?, ?, ?, ?)"),
                     QVariantList{caseId, CaseTerms::code(party.kind)} + values.value(),
                     CaseService::tr("saving the party"));
    if (!insert)
        return insert.error();
    return insert.value().lastInsertId().toLongLong();
}

CaseAssignment assignmentFrom(const QSqlQuery& row) {
    return CaseAssignment{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                          momentAt(row, 3)};
}

ReviewNote reviewFrom(const QSqlQuery& row, const CaseKeys& keys) {
    return ReviewNote{
        row.value(0).toLongLong(),
        row.value(1).toLongLong(),
        CaseTerms::reviewKindFromCode(row.value(2).toString()).value_or(ReviewKind::Comment),
        keys.text(row.value(1).toLongLong(), sealed::reviewText, row.value(3)),
        row.value(4).toString(),
        momentAt(row, 5)};
}

// Every read of an approval; ApprovalQuery maps the row.
const QString selectApprovals = QStringLiteral("SELECT ") + ApprovalQuery::requestColumns() +
                                QStringLiteral(" FROM case_approvals ");

// What an approval is about, for the audit log: the action's code and the target's id.
QJsonObject approvalParams(const ApprovalRequest& request) {
    QJsonObject params{{QStringLiteral("action"), CaseTerms::code(request.action)}};
    if (request.targetId)
        params.insert(QStringLiteral("target"), *request.targetId);
    return params;
}

// The closing step waits in the request's payload until it is approved.
QString closingPayload(const StepRequest& close) {
    QJsonObject object;
    object.insert(QStringLiteral("date"), dateText(close.date));
    object.insert(QStringLiteral("note"), close.note);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StepRequest closingStep(const QString& payload, const QString& requester, const QString& approver) {
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    StepRequest close;
    close.to = CaseState::Closed;
    close.date = QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
    close.note = object.value(QStringLiteral("note")).toString();
    close.actor = requester;
    close.actorRole = Role::Adviser; // only an Adviser requests approvals
    close.approvedBy = approver;
    return close;
}

// Whether a document or journal entry to delete belongs to the case.
Result<void> checkTarget(QSqlDatabase db, qint64 caseId, ApprovalAction action,
                         std::optional<qint64> targetId) {
    const bool document = action == ApprovalAction::DeleteDocument;
    const Error missing = makeError(ErrorCode::InvalidInput,
                                    document ? CaseService::tr("Choose the document to delete.")
                                             : CaseService::tr("Choose the journal entry to "
                                                               "delete."),
                                    QStringLiteral("target"));
    if (!targetId)
        return missing;
    const QString table =
        document ? QStringLiteral("case_documents") : QStringLiteral("case_journal");
    auto query = sql::execute(db,
                              QStringLiteral("SELECT 1 FROM ") + table +
                                  QStringLiteral(" WHERE id = ? AND case_id = ?"),
                              {*targetId, caseId}, CaseService::tr("reading the case"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return missing;
    return {};
}

// Carries out an approved request inside the deciding transaction.
Result<void> carryOut(QSqlDatabase db, const CaseKeys& keys, WriteTransaction& write,
                      const CaseRecord& record, const ApprovalRequest& request,
                      const QString& payload, const QString& approver) {
    switch (request.action) {
    case ApprovalAction::CloseCase: {
        // The case may have changed since the request: the protocol decides again, now.
        const StepRequest close = closingStep(payload, request.requestedBy, approver);
        if (auto allowed = CaseWorkflow::check(record.state, record.investigationKind,
                                               record.stateSince, Deadlines::today(), close);
            !allowed)
            return allowed;
        if (auto recorded = recordStep(db, keys, write, record, forwardStep(record, close, {}));
            !recorded)
            return recorded;
        write.audit(QStringLiteral("case.close"), caseRecordType, record.number,
                    {QStringLiteral("case.close"),
                     {{QStringLiteral("date"), dateText(close.date)},
                      {QStringLiteral("requested_by"), request.requestedBy},
                      {QStringLiteral("approved_by"), approver}}});
        return {};
    }
    case ApprovalAction::DeleteCase:
        // The case's rows in every other table go with it (ON DELETE CASCADE).
        if (auto deleted = sql::run(db, QStringLiteral("DELETE FROM cases WHERE id = ?"),
                                    {record.id}, CaseService::tr("deleting the case"));
            !deleted)
            return deleted;
        write.audit(QStringLiteral("case.delete"), caseRecordType, record.number,
                    {QStringLiteral("case.delete"),
                     {{QStringLiteral("requested_by"), request.requestedBy},
                      {QStringLiteral("approved_by"), approver}}});
        return {};
    case ApprovalAction::DeleteDocument:
        return CaseDocuments::deleteWithin(db, request.targetId.value_or(0));
    case ApprovalAction::DeleteJournalEntry:
        return CaseJournal::deleteWithin(db, request.targetId.value_or(0));
    }
    return {};
}

} // namespace

CaseService::CaseService(Store& store)
    : m_store(store)
    , m_access(store)
    , m_keys(store) {}

// ---- registering and the overview --------------------------------------------------------

FieldErrors CaseService::validate(const NewCase& report, QDate today) {
    FieldErrors errors =
        validateReportFields(report.receivedOn, report.title, report.description, today);
    errors.append(validateReporterName(report.reporter, isAnonymous(report)));
    for (const CaseParty& subject : report.subjects) {
        if (isBlank(subject.name)) {
            errors.append(
                {QStringLiteral("subjects"), tr("Enter a name for every subject of the report.")});
            break;
        }
    }
    return errors;
}

FieldErrors CaseService::validateOverview(const CaseRecord& edited, QDate today) {
    return validateReportFields(edited.receivedOn, edited.title, edited.description, today);
}

FieldErrors CaseService::validateReporter(const CaseReporter& reporter, bool anonymous) {
    return validateReporterName(reporter, anonymous);
}

FieldErrors CaseService::validateParty(const CaseParty& party) {
    if (!isBlank(party.name))
        return {};
    return {{QStringLiteral("name"), tr("Enter the party's name.")}};
}

FieldErrors CaseService::validateReview(const QString& text) {
    if (!isBlank(text))
        return {};
    return {{QStringLiteral("text"), tr("Write the comment or advice.")}};
}

FieldErrors CaseService::validateDeletionReason(const QString& reason) {
    if (!isBlank(reason))
        return {};
    return {{QStringLiteral("reason"), tr("Give the reason for deleting.")}};
}

FieldErrors CaseService::validateDeadline(const QString& label, QDate due) {
    FieldErrors errors;
    if (isBlank(label))
        errors.append({QStringLiteral("label"), tr("Say what is due.")});
    if (!due.isValid())
        errors.append({QStringLiteral("due"), tr("Enter the due date.")});
    return errors;
}

FieldErrors CaseService::validateDeadlineMet(QDate met, QDate today) {
    // An invalid date takes a mistaken "met" back.
    if (!met.isValid() || met <= today)
        return {};
    return {{QStringLiteral("met"), tr("A deadline cannot have been met on a day in the future.")}};
}

Result<CaseRecord> CaseService::registerReport(const NewCase& report) {
    if (auto permitted = CaseWorkflow::checkMayRegister(m_store.user().role); !permitted)
        return permitted.error();
    if (auto valid = checkFields(validate(report, Deadlines::today())); !valid)
        return valid.error();

    QSqlDatabase db = m_store.database();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    if (auto classified = checkClassification(db, report.buildingBlockId, report.violationTypeId);
        !classified)
        return classified.error();
    auto number = nextCaseNumber(db, report.receivedOn.year());
    if (!number)
        return number.error();

    const bool anonymous = isAnonymous(report);
    const QString now = nowText();
    auto inserted = sql::execute(
        db,
        QStringLiteral("INSERT INTO cases (number, received_on, channel, anonymous, title, "
                       "description, building_block_id, violation_type_id, state, state_since, "
                       "created_by, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {number.value(), dateText(report.receivedOn), CaseTerms::code(report.channel),
         anonymous ? 1 : 0, QStringLiteral(""), QStringLiteral(""),
         optionalIdValue(report.buildingBlockId), optionalIdValue(report.violationTypeId),
         CaseWorkflow::stateCode(CaseState::Registered), dateText(report.receivedOn),
         m_store.user().userName, now, now},
        tr("registering the report"));
    if (!inserted)
        return inserted.error();
    const qint64 caseId = inserted.value().lastInsertId().toLongLong();

    CaseStep registration;
    registration.caseId = caseId;
    registration.to = CaseState::Registered;
    registration.date = report.receivedOn;
    registration.actor = m_store.user().userName;
    if (auto step = insertStep(db, m_keys, registration); !step)
        return step.error();
    // The key needs the case's id: the title and description are sealed once the row exists.
    auto key = m_keys.keyForWriting(caseId);
    if (!key)
        return key.error();
    if (auto sealedOverview = sql::run(
            db, QStringLiteral("UPDATE cases SET title = ?, description = ? WHERE id = ?"),
            {key.value()->seal(sealed::caseTitle, report.title.trimmed()),
             key.value()->seal(sealed::caseDescription, report.description.trimmed()), caseId},
            tr("registering the report"));
        !sealedOverview)
        return sealedOverview.error();
    if (!anonymous) {
        if (auto reporter = sql::run(
                db,
                QStringLiteral("INSERT INTO case_reporters (case_id, name, "
                               "contact) VALUES (?, ?, ?)"),
                {caseId, key.value()->seal(sealed::reporterName, report.reporter.name.trimmed()),
                 key.value()->seal(sealed::reporterContact, report.reporter.contact.trimmed())},
                tr("registering the report"));
            !reporter)
            return reporter.error();
    }
    for (CaseParty subject : report.subjects) {
        subject.kind = PartyKind::Subject;
        if (auto party = insertParty(db, m_keys, caseId, subject); !party)
            return party.error();
    }

    write.audit(
        QStringLiteral("case.register"), caseRecordType, number.value(),
        {anonymous ? QStringLiteral("case.register.anonymous") : QStringLiteral("case.register"),
         {{QStringLiteral("received"), dateText(report.receivedOn)},
          {QStringLiteral("channel"), CaseTerms::code(report.channel)}}});
    return commitAndLoad(m_keys, write, db, caseId);
}

Result<CaseRecord> CaseService::get(qint64 caseId) const {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    return loadCase(m_keys, m_store.database(), caseId);
}

Result<CaseRecord> CaseService::updateOverview(const CaseRecord& edited) {
    if (auto allowed = m_access.requireAdviser(edited.id); !allowed)
        return allowed.error();
    if (auto valid = checkFields(validateOverview(edited, Deadlines::today())); !valid)
        return valid.error();

    QSqlDatabase db = m_store.database();
    const QString what = tr("saving the overview");
    WriteTransaction write(m_store);
    auto current = beginEdit(m_keys, write, db, edited.id, edited.rowVersion, what);
    if (!current)
        return current.error();
    const CaseRecord& before = current.value();
    if (auto classified =
            checkClassification(db, edited.buildingBlockId, edited.violationTypeId, &before);
        !classified)
        return classified.error();

    // The registration step is dated the day of receipt, and no later step may precede it.
    auto firstStep = sql::execute(db,
                                  QStringLiteral("SELECT MIN(step_date) FROM case_steps "
                                                 "WHERE case_id = ? AND from_state IS NOT NULL"),
                                  {edited.id}, what);
    if (!firstStep)
        return firstStep.error();
    if (firstStep.value().next() && !firstStep.value().isNull(0) &&
        edited.receivedOn > dateAt(firstStep.value(), 0))
        return makeError(
            ErrorCode::InvalidInput,
            tr("The report cannot have been received after its first step, on %1.")
                .arg(QLocale().toString(dateAt(firstStep.value(), 0), QLocale::ShortFormat)),
            QStringLiteral("receivedOn"));

    QStringList changed;
    if (edited.title.trimmed() != before.title)
        changed.append(QStringLiteral("title"));
    if (edited.description.trimmed() != before.description)
        changed.append(QStringLiteral("description"));
    if (edited.channel != before.channel)
        changed.append(QStringLiteral("channel"));
    if (edited.receivedOn != before.receivedOn)
        changed.append(QStringLiteral("received_on"));
    if (edited.buildingBlockId != before.buildingBlockId)
        changed.append(QStringLiteral("building_block"));
    if (edited.violationTypeId != before.violationTypeId)
        changed.append(QStringLiteral("violation_type"));

    auto title = m_keys.seal(edited.id, sealed::caseTitle, edited.title.trimmed());
    auto description =
        m_keys.seal(edited.id, sealed::caseDescription, edited.description.trimmed());
    if (!title)
        return title.error();
    if (!description)
        return description.error();
    if (auto updated = updateCase(
            db, edited.id, edited.rowVersion,
            QStringLiteral("title = ?, description = ?, channel = ?, received_on = ?, "
                           "building_block_id = ?, violation_type_id = ?, "
                           "state_since = CASE WHEN state = ? THEN ? ELSE state_since END"),
            {title.value(), description.value(), CaseTerms::code(edited.channel),
             dateText(edited.receivedOn), optionalIdValue(edited.buildingBlockId),
             optionalIdValue(edited.violationTypeId),
             CaseWorkflow::stateCode(CaseState::Registered), dateText(edited.receivedOn)},
            what);
        !updated)
        return updated.error();
    if (auto registration = sql::run(db,
                                     QStringLiteral("UPDATE case_steps SET step_date = ? "
                                                    "WHERE case_id = ? AND from_state IS NULL"),
                                     {dateText(edited.receivedOn), edited.id}, what);
        !registration)
        return registration.error();
    write.audit(QStringLiteral("case.update"), caseRecordType, before.number,
                {QStringLiteral("case.update"),
                 {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}}});
    return commitAndLoad(m_keys, write, db, edited.id);
}

// ---- the reporter and the parties ---------------------------------------------------------

Result<CaseReporter> CaseService::reporter(qint64 caseId) const {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    auto query = sql::execute(
        m_store.database(),
        QStringLiteral("SELECT name, contact, row_version FROM case_reporters WHERE case_id = ?"),
        {caseId}, tr("reading the reporter"));
    if (!query)
        return query.error();
    CaseReporter reporter;
    if (query.value().next()) {
        auto name = m_keys.open(caseId, sealed::reporterName, query.value().value(0));
        auto contact = m_keys.open(caseId, sealed::reporterContact, query.value().value(1));
        if (!name)
            return name.error();
        if (!contact)
            return contact.error();
        reporter.name = name.value();
        reporter.contact = contact.value();
        reporter.rowVersion = query.value().value(2).toLongLong();
    }
    return reporter;
}

Result<void> CaseService::setReporter(qint64 caseId, const CaseReporter& reporter, bool anonymous) {
    if (auto allowed = m_access.requireAdviser(caseId); !allowed)
        return allowed;
    if (auto valid = checkFields(validateReporter(reporter, anonymous)); !valid)
        return valid;

    QSqlDatabase db = m_store.database();
    const QString what = tr("saving the reporter");
    WriteTransaction write(m_store);
    auto record = beginOnCase(m_keys, write, db, caseId);
    if (!record)
        return record.error();

    auto key = m_keys.keyForWriting(caseId);
    if (!key)
        return key.error();
    const QByteArray sealedName = key.value()->seal(sealed::reporterName, reporter.name.trimmed());
    const QByteArray sealedContact =
        key.value()->seal(sealed::reporterContact, reporter.contact.trimmed());

    // reporter.rowVersion is the version the user loaded; 0 means no identity was recorded.
    std::optional<QSqlQuery> change;
    if (reporter.rowVersion == 0) {
        auto existing = sql::execute(
            db, QStringLiteral("SELECT 1 FROM case_reporters WHERE case_id = ?"), {caseId}, what);
        if (!existing)
            return existing.error();
        if (existing.value().next())
            return RowVersion::staleEdit(what);
        if (!anonymous)
            change =
                sql::prepared(db,
                              QStringLiteral("INSERT INTO case_reporters (case_id, name, contact) "
                                             "VALUES (?, ?, ?)"),
                              {caseId, sealedName, sealedContact});
    } else if (anonymous) {
        change = sql::prepared(
            db, QStringLiteral("DELETE FROM case_reporters WHERE case_id = ? AND row_version = ?"),
            {caseId, reporter.rowVersion});
    } else {
        change = sql::prepared(db,
                               QStringLiteral("UPDATE case_reporters SET name = ?, contact = ?, "
                                              "row_version = row_version + 1 "
                                              "WHERE case_id = ? AND row_version = ?"),
                               {sealedName, sealedContact, caseId, reporter.rowVersion});
    }
    if (change) {
        if (auto changed = RowVersion::execUpdate(*change, what); !changed)
            return changed;
    }
    // The anonymous flag is part of the overview: a change makes open copies of it stale.
    if (record.value().anonymous != anonymous) {
        if (auto updated = updateCase(db, caseId, record.value().rowVersion,
                                      QStringLiteral("anonymous = ?"), {anonymous ? 1 : 0}, what);
            !updated)
            return updated;
    }
    write.audit(QStringLiteral("case.reporter_change"), caseRecordType, record.value().number,
                {anonymous ? QStringLiteral("case.reporter.anonymous")
                           : QStringLiteral("case.reporter.identity")});
    return write.commit();
}

Result<QList<CaseParty>> CaseService::parties(qint64 caseId) const {
    return checkedBy(m_keys,
                     m_access.visibleRows(
                         caseId, selectParties + QStringLiteral("WHERE case_id = ? ORDER BY id"),
                         tr("reading the parties"), openedBy(m_keys, partyFrom)));
}

Result<CaseParty> CaseService::addParty(const CaseParty& party) {
    if (auto allowed = m_access.requireAdviser(party.caseId); !allowed)
        return allowed.error();
    if (auto valid = checkFields(validateParty(party)); !valid)
        return valid.error();
    QSqlDatabase db = m_store.database();
    WriteTransaction write(m_store);
    auto record = beginOnCase(m_keys, write, db, party.caseId);
    if (!record)
        return record.error();
    auto id = insertParty(db, m_keys, party.caseId, party);
    if (!id)
        return id.error();
    write.audit(QStringLiteral("case.party_add"), caseRecordType, record.value().number,
                {QStringLiteral("case.party_add"),
                 {{QStringLiteral("kind"), CaseTerms::code(party.kind)}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return checkedBy(m_keys,
                     sql::firstRow(sql::execute(db, selectParties + QStringLiteral("WHERE id = ?"),
                                                {id.value()}, tr("reading the parties")),
                                   openedBy(m_keys, partyFrom), CaseAccess::notFound()));
}

Result<void> CaseService::updateParty(const CaseParty& party) {
    if (auto allowed = m_access.requireAdviser(party.caseId); !allowed)
        return allowed;
    if (auto valid = checkFields(validateParty(party)); !valid)
        return valid;
    QSqlDatabase db = m_store.database();
    WriteTransaction write(m_store);
    auto record = beginOnCase(m_keys, write, db, party.caseId);
    if (!record)
        return record.error();
    auto values = sealedParty(m_keys, party.caseId, party);
    if (!values)
        return values.error();
    QSqlQuery update =
        sql::prepared(db,
                      QStringLiteral("UPDATE case_parties SET kind = ?, name = ?, "
                                     "function = ?, org_unit = ?, note = ?, "
                                     "row_version = row_version + 1 "
                                     "WHERE id = ? AND case_id = ? AND row_version = ?"),
                      QVariantList{CaseTerms::code(party.kind)} + values.value() +
                          QVariantList{party.id, party.caseId, party.rowVersion});
    if (auto updated = RowVersion::execUpdate(update, tr("saving the party")); !updated)
        return updated;
    write.audit(QStringLiteral("case.party_update"), caseRecordType, record.value().number,
                {QStringLiteral("case.party_update"),
                 {{QStringLiteral("kind"), CaseTerms::code(party.kind)}}});
    return write.commit();
}

// ---- the protocol ------------------------------------------------------------------------

Result<QList<CaseStep>> CaseService::steps(qint64 caseId) const {
    return checkedBy(
        m_keys,
        m_access.visibleRows(caseId,
                             QStringLiteral("SELECT id, case_id, kind, from_state, to_state, "
                                            "step_date, actor, note, investigation_kind, verdict, "
                                            "measure_id, approved_by, recorded_at FROM case_steps "
                                            "WHERE case_id = ? ORDER BY id"),
                             tr("reading the steps"), openedBy(m_keys, stepFrom)));
}

Result<void> CaseService::canTakeStep(const CaseRecord& record, CaseState to) const {
    if (auto allowed = CaseWorkflow::checkTransition(record.state, record.investigationKind, to,
                                                     m_store.user().role);
        !allowed)
        return allowed;
    if (to == CaseState::Closed)
        return closingNeedsApproval();
    return {};
}

Result<CaseRecord> CaseService::takeStep(qint64 caseId, qint64 expectedRowVersion,
                                         const StepRequest& request) {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    StepRequest step = request;
    step.actor = m_store.user().userName;
    step.actorRole = m_store.user().role;

    QSqlDatabase db = m_store.database();
    WriteTransaction write(m_store);
    auto current =
        beginEdit(m_keys, write, db, caseId, expectedRowVersion, tr("recording the step"));
    if (!current)
        return current.error();
    const CaseRecord& record = current.value();
    if (auto allowed = canTakeStep(record, step.to); !allowed)
        return allowed.error();
    if (auto checked = CaseWorkflow::check(record.state, record.investigationKind,
                                           record.stateSince, Deadlines::today(), step);
        !checked)
        return checked.error();
    auto measureId = measureIdFor(db, step.measure.trimmed());
    if (!measureId)
        return measureId.error();
    if (auto recorded =
            recordStep(db, m_keys, write, record, forwardStep(record, step, measureId.value()));
        !recorded)
        return recorded.error();
    return commitAndLoad(m_keys, write, db, caseId);
}

Result<CaseRecord> CaseService::reopen(qint64 caseId, qint64 expectedRowVersion, CaseState to,
                                       QDate date, const QString& reason) {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    QSqlDatabase db = m_store.database();
    const QString what = tr("reopening the case");
    WriteTransaction write(m_store);
    auto current = beginEdit(m_keys, write, db, caseId, expectedRowVersion, what);
    if (!current)
        return current.error();
    const CaseRecord& record = current.value();

    auto passed = sql::execute(db,
                               QStringLiteral("SELECT to_state FROM case_steps WHERE case_id = ? "
                                              "ORDER BY id"),
                               {caseId}, what);
    if (!passed)
        return passed.error();
    QList<CaseState> history;
    while (passed.value().next()) {
        if (auto state = CaseWorkflow::stateFromCode(passed.value().value(0).toString()))
            history.append(*state);
    }
    if (auto allowed =
            CaseWorkflow::checkReopen(record.state, to, history, m_store.user().role, reason);
        !allowed)
        return allowed.error();
    if (auto dated = CaseWorkflow::checkStepDate(date, record.stateSince, Deadlines::today());
        !dated)
        return dated.error();

    CaseStep step;
    step.caseId = caseId;
    step.reopen = true;
    step.from = record.state;
    step.to = to;
    step.date = date;
    step.actor = m_store.user().userName;
    step.note = reason.trimmed();
    if (auto moved = moveCase(db, m_keys, caseId, record.rowVersion, step); !moved)
        return moved.error();
    if (auto inserted = insertStep(db, m_keys, step); !inserted)
        return inserted.error();
    write.audit(QStringLiteral("case.reopen"), caseRecordType, record.number,
                {QStringLiteral("case.reopen"),
                 {{QStringLiteral("from"), CaseWorkflow::stateCode(record.state)},
                  {QStringLiteral("to"), CaseWorkflow::stateCode(to)},
                  {QStringLiteral("date"), dateText(date)}}});
    return commitAndLoad(m_keys, write, db, caseId);
}

// ---- deadlines ---------------------------------------------------------------------------

Result<QList<Deadline>> CaseService::deadlines(qint64 caseId) const {
    auto record = get(caseId);
    if (!record)
        return record.error();
    auto custom = customDeadlines(caseId);
    if (!custom)
        return custom.error();
    QList<Deadline> deadlines = CaseQuery::legalDeadlines(record.value());
    for (const CaseDeadline& deadline : custom.value())
        deadlines.append(Deadlines::custom(deadline.label, deadline.due, deadline.met));
    Deadlines::sortEarliestFirst(deadlines);
    return deadlines;
}

Result<QList<CaseDeadline>> CaseService::customDeadlines(qint64 caseId) const {
    return checkedBy(m_keys,
                     m_access.visibleRows(
                         caseId,
                         selectDeadlines + QStringLiteral("WHERE case_id = ? ORDER BY due_on, id"),
                         tr("reading the deadlines"), openedBy(m_keys, deadlineFrom)));
}

Result<CaseDeadline> CaseService::addDeadline(qint64 caseId, const QString& label, QDate due) {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    if (auto valid = checkFields(validateDeadline(label, due)); !valid)
        return valid.error();
    QSqlDatabase db = m_store.database();
    WriteTransaction write(m_store);
    auto record = beginOnCase(m_keys, write, db, caseId);
    if (!record)
        return record.error();
    auto sealedLabel = m_keys.seal(caseId, sealed::deadlineLabel, label.trimmed());
    if (!sealedLabel)
        return sealedLabel.error();
    auto inserted =
        sql::execute(db,
                     QStringLiteral("INSERT INTO case_deadlines (case_id, label, due_on, "
                                    "created_by) VALUES (?, ?, ?, ?)"),
                     {caseId, sealedLabel.value(), dateText(due), m_store.user().userName},
                     tr("saving the deadline"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("case.deadline_add"), caseRecordType, record.value().number,
                {QStringLiteral("case.deadline_add"), {{QStringLiteral("due"), dateText(due)}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return checkedBy(
        m_keys, sql::firstRow(sql::execute(db, selectDeadlines + QStringLiteral("WHERE id = ?"),
                                           {id}, tr("reading the deadlines")),
                              openedBy(m_keys, deadlineFrom), CaseAccess::notFound()));
}

Result<void> CaseService::setDeadlineMet(qint64 deadlineId, qint64 expectedRowVersion, QDate met) {
    QSqlDatabase db = m_store.database();
    const QString what = tr("saving the deadline");
    auto owner = sql::execute(db,
                              QStringLiteral("SELECT d.case_id, c.number FROM case_deadlines d "
                                             "JOIN cases c ON c.id = d.case_id WHERE d.id = ?"),
                              {deadlineId}, what);
    if (!owner)
        return owner.error();
    if (!owner.value().next())
        return CaseAccess::notFound();
    const qint64 caseId = owner.value().value(0).toLongLong();
    const QString number = owner.value().value(1).toString();
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible;
    if (auto valid = checkFields(validateDeadlineMet(met, Deadlines::today())); !valid)
        return valid;

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery update = sql::prepared(db,
                                     QStringLiteral("UPDATE case_deadlines SET met_on = ?, "
                                                    "row_version = row_version + 1 "
                                                    "WHERE id = ? AND row_version = ?"),
                                     {optionalDateValue(met), deadlineId, expectedRowVersion});
    if (auto updated = RowVersion::execUpdate(update, what); !updated)
        return updated;
    write.audit(QStringLiteral("case.deadline_met"), caseRecordType, number,
                met.isValid() ? AuditSummary{QStringLiteral("case.deadline_met"),
                                             {{QStringLiteral("deadline"), deadlineId},
                                              {QStringLiteral("date"), dateText(met)}}}
                              : AuditSummary{QStringLiteral("case.deadline_unmet"),
                                             {{QStringLiteral("deadline"), deadlineId}}});
    return write.commit();
}

Result<CaseRecord> CaseService::extendFeedback(qint64 caseId, qint64 expectedRowVersion,
                                               QDate newDue, const QString& reason) {
    if (auto allowed = m_access.requireAdviser(caseId); !allowed)
        return allowed.error();
    QSqlDatabase db = m_store.database();
    const QString what = tr("extending the feedback deadline");
    WriteTransaction write(m_store);
    auto current = beginEdit(m_keys, write, db, caseId, expectedRowVersion, what);
    if (!current)
        return current.error();
    const Deadline feedback = feedbackDeadline(current.value());
    auto extension = Deadlines::makeExtension(feedback, newDue, reason);
    if (!extension)
        return extension.error();
    auto reasonSealed = m_keys.seal(caseId, sealed::caseExtensionReason, extension.value().reason);
    if (!reasonSealed)
        return reasonSealed.error();
    if (auto updated =
            updateCase(db, caseId, expectedRowVersion,
                       QStringLiteral("feedback_extended_to = ?, feedback_extension_reason = ?"),
                       {dateText(extension.value().due), reasonSealed.value()}, what);
        !updated)
        return updated.error();
    write.audit(QStringLiteral("case.extend_feedback"), caseRecordType, current.value().number,
                {QStringLiteral("case.extend_feedback"),
                 {{QStringLiteral("from"), dateText(feedback.due)},
                  {QStringLiteral("to"), dateText(extension.value().due)}}});
    return commitAndLoad(m_keys, write, db, caseId);
}

Result<CaseRecord> CaseService::recordFeedback(qint64 caseId, qint64 expectedRowVersion,
                                               QDate date) {
    if (auto allowed = m_access.requireAdviser(caseId); !allowed)
        return allowed.error();
    QSqlDatabase db = m_store.database();
    const QString what = tr("recording the feedback to the reporter");
    WriteTransaction write(m_store);
    auto current = beginEdit(m_keys, write, db, caseId, expectedRowVersion, what);
    if (!current)
        return current.error();
    const CaseRecord& record = current.value();
    if (!record.acknowledgedOn)
        return makeError(ErrorCode::InvalidInput,
                         tr("Acknowledge the report first: the feedback period starts with the "
                            "acknowledgement."),
                         QStringLiteral("date"));
    if (record.feedbackOn)
        return makeError(ErrorCode::InvalidInput,
                         tr("Feedback to the reporter was already recorded on %1.")
                             .arg(QLocale().toString(*record.feedbackOn, QLocale::ShortFormat)),
                         QStringLiteral("date"));
    if (auto dated = CaseWorkflow::checkStepDate(date, *record.acknowledgedOn, Deadlines::today());
        !dated)
        return dated.error();
    if (auto updated = updateCase(db, caseId, expectedRowVersion, QStringLiteral("feedback_on = ?"),
                                  {dateText(date)}, what);
        !updated)
        return updated.error();
    write.audit(QStringLiteral("case.feedback"), caseRecordType, record.number,
                {QStringLiteral("case.feedback"), {{QStringLiteral("date"), dateText(date)}}});
    return commitAndLoad(m_keys, write, db, caseId);
}

// ---- the working group -------------------------------------------------------------------

Result<QList<CaseAssignment>> CaseService::assignments(qint64 caseId) const {
    return m_access.visibleRows(
        caseId,
        QStringLiteral("SELECT a.user_name, u.display_name, a.assigned_by, "
                       "a.assigned_at FROM case_assignments a "
                       "LEFT JOIN users u ON u.user_name = a.user_name "
                       "WHERE a.case_id = ? ORDER BY u.display_name, a.user_name"),
        tr("reading the assignments"), assignmentFrom);
}

Result<void> CaseService::assign(qint64 caseId, const QString& userName) {
    if (auto allowed = m_access.requireAdviser(caseId); !allowed)
        return allowed;
    QSqlDatabase db = m_store.database();
    const QString what = tr("assigning the member");
    WriteTransaction write(m_store);
    auto record = beginOnCase(m_keys, write, db, caseId);
    if (!record)
        return record.error();
    auto user = sql::execute(db,
                             QStringLiteral("SELECT user_name, role, disabled FROM users "
                                            "WHERE user_name = ?"),
                             {userName.trimmed()}, what);
    if (!user)
        return user.error();
    const QString field = QStringLiteral("userName");
    if (!user.value().next())
        return makeError(ErrorCode::InvalidInput,
                         tr("There is no user named %1.").arg(userName.trimmed()), field);
    const QString member = user.value().value(0).toString();
    if (Roles::fromCode(user.value().value(1).toString()) != Role::WorkingGroupMember)
        return makeError(ErrorCode::InvalidInput,
                         tr("Only members of the working group are assigned to a case; %1 is "
                            "not one.")
                             .arg(member),
                         field);
    if (user.value().value(2).toBool())
        return makeError(ErrorCode::InvalidInput, tr("The account of %1 is disabled.").arg(member),
                         field);
    auto assigned = sql::execute(
        db, QStringLiteral("SELECT 1 FROM case_assignments WHERE case_id = ? AND user_name = ?"),
        {caseId, member}, what);
    if (!assigned)
        return assigned.error();
    if (assigned.value().next())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is already assigned to this case.").arg(member), field);
    if (auto inserted = sql::run(db,
                                 QStringLiteral("INSERT INTO case_assignments (case_id, user_name, "
                                                "assigned_by, assigned_at) VALUES (?, ?, ?, ?)"),
                                 {caseId, member, m_store.user().userName, nowText()}, what);
        !inserted)
        return inserted;
    if (auto shared = CaseKeys(m_store).grant(caseId, member); !shared)
        return shared;
    write.audit(QStringLiteral("case.assign"), caseRecordType, record.value().number,
                {QStringLiteral("case.assign"), {{QStringLiteral("member"), member}}});
    return write.commit();
}

Result<void> CaseService::unassign(qint64 caseId, const QString& userName) {
    if (auto allowed = m_access.requireAdviser(caseId); !allowed)
        return allowed;
    QSqlDatabase db = m_store.database();
    WriteTransaction write(m_store);
    auto record = beginOnCase(m_keys, write, db, caseId);
    if (!record)
        return record.error();
    auto deleted = sql::execute(
        db, QStringLiteral("DELETE FROM case_assignments WHERE case_id = ? AND user_name = ?"),
        {caseId, userName.trimmed()}, tr("unassigning the member"));
    if (!deleted)
        return deleted.error();
    if (deleted.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         tr("%1 is not assigned to this case.").arg(userName.trimmed()),
                         QStringLiteral("userName"));
    if (auto unshared = CaseKeys(m_store).revoke(caseId, userName.trimmed()); !unshared)
        return unshared;
    // What is written from now on is sealed with a key the member never held.
    if (auto renewed = m_keys.renew(caseId); !renewed)
        return renewed;
    write.audit(
        QStringLiteral("case.unassign"), caseRecordType, record.value().number,
        {QStringLiteral("case.unassign"), {{QStringLiteral("member"), userName.trimmed()}}});
    return write.commit();
}

Result<QList<ReviewNote>> CaseService::reviews(qint64 caseId) const {
    return checkedBy(
        m_keys,
        m_access.visibleRows(caseId,
                             QStringLiteral("SELECT id, case_id, kind, text, author, recorded_at "
                                            "FROM case_reviews WHERE case_id = ? ORDER BY id"),
                             tr("reading the review"), openedBy(m_keys, reviewFrom)));
}

Result<ReviewNote> CaseService::addReview(qint64 caseId, ReviewKind kind, const QString& text) {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    if (auto valid = checkFields(validateReview(text)); !valid)
        return valid.error();
    QSqlDatabase db = m_store.database();
    WriteTransaction write(m_store);
    auto record = beginOnCase(m_keys, write, db, caseId);
    if (!record)
        return record.error();
    ReviewNote note{
        0, caseId, kind, text.trimmed(), m_store.user().userName, QDateTime::currentDateTimeUtc()};
    auto sealedText = m_keys.seal(caseId, sealed::reviewText, note.text);
    if (!sealedText)
        return sealedText.error();
    auto inserted = sql::execute(db,
                                 QStringLiteral("INSERT INTO case_reviews (case_id, kind, text, "
                                                "author, recorded_at) VALUES (?, ?, ?, ?, ?)"),
                                 {caseId, CaseTerms::code(kind), sealedText.value(), note.author,
                                  note.recordedAt.toString(Qt::ISODateWithMs)},
                                 tr("saving the review"));
    if (!inserted)
        return inserted.error();
    note.id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("case.review"), caseRecordType, record.value().number,
                {QStringLiteral("case.review"), {{QStringLiteral("kind"), CaseTerms::code(kind)}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return note;
}

// ---- four eyes ---------------------------------------------------------------------------

Result<ApprovalRequest> CaseService::requestApproval(qint64 caseId, ApprovalAction action,
                                                     std::optional<qint64> targetId,
                                                     const QString& reason,
                                                     const std::optional<StepRequest>& close) {
    if (auto allowed = m_access.requireAdviser(caseId); !allowed)
        return allowed.error();
    const bool deletesPart =
        action == ApprovalAction::DeleteDocument || action == ApprovalAction::DeleteJournalEntry;
    if (!deletesPart)
        targetId.reset();
    if (action != ApprovalAction::CloseCase) {
        if (auto valid = checkFields(validateDeletionReason(reason)); !valid)
            return valid.error();
    }
    if (action == ApprovalAction::CloseCase && !close)
        return makeError(ErrorCode::InvalidInput,
                         tr("Enter the closing step: its date and a note."),
                         QStringLiteral("date"));

    QSqlDatabase db = m_store.database();
    const QString what = tr("requesting the approval");
    WriteTransaction write(m_store);
    auto record = beginOnCase(m_keys, write, db, caseId);
    if (!record)
        return record.error();

    QString payload;
    if (action == ApprovalAction::CloseCase) {
        StepRequest closing = *close;
        closing.to = CaseState::Closed;
        closing.actor = m_store.user().userName;
        closing.actorRole = m_store.user().role;
        closing.approvedBy.clear();
        // Everything is checked now except the approver, who is only known when someone approves.
        auto checked = CaseWorkflow::check(record.value().state, record.value().investigationKind,
                                           record.value().stateSince, Deadlines::today(), closing);
        if (!checked && checked.error().field != QLatin1String("approvedBy"))
            return checked.error();
        payload = closingPayload(closing);
    } else if (deletesPart) {
        if (auto target = checkTarget(db, caseId, action, targetId); !target)
            return target.error();
    }

    auto pending =
        sql::execute(db,
                     QStringLiteral("SELECT 1 FROM case_approvals WHERE case_id = ? AND "
                                    "action = ? AND target_id IS ? AND decision IS NULL"),
                     {caseId, CaseTerms::code(action), optionalIdValue(targetId)}, what);
    if (!pending)
        return pending.error();
    if (pending.value().next())
        return makeError(ErrorCode::InvalidInput,
                         tr("This is already waiting for a second person's approval."));

    auto sealedReason = m_keys.seal(caseId, sealed::approvalReason, text(reason.trimmed()));
    auto sealedPayload = m_keys.seal(caseId, sealed::approvalPayload, text(payload));
    if (!sealedReason)
        return sealedReason.error();
    if (!sealedPayload)
        return sealedPayload.error();
    auto inserted = sql::execute(db,
                                 QStringLiteral("INSERT INTO case_approvals (case_id, action, "
                                                "target_id, reason, payload, requested_by, "
                                                "requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {caseId, CaseTerms::code(action), optionalIdValue(targetId),
                                  sealedReason.value(), sealedPayload.value(),
                                  m_store.user().userName, nowText()},
                                 what);
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    auto requested = checkedBy(
        m_keys,
        sql::firstRow(sql::execute(db,
                                   selectApprovals + QStringLiteral("WHERE case_approvals.id = ?"),
                                   {id}, what),
                      openedBy(m_keys, ApprovalQuery::requestFrom), CaseAccess::notFound()));
    if (!requested)
        return requested.error();
    const ApprovalRequest& request = requested.value();
    write.audit(QStringLiteral("case.approval_request"), caseRecordType, record.value().number,
                {QStringLiteral("case.approval_request"), approvalParams(request)});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return request;
}

Result<QList<ApprovalRequest>> CaseService::approvals(qint64 caseId) const {
    return checkedBy(
        m_keys,
        m_access.visibleRows(
            caseId,
            selectApprovals + QStringLiteral("WHERE case_id = ? ORDER BY case_approvals.id"),
            tr("reading the approvals"), openedBy(m_keys, ApprovalQuery::requestFrom)));
}

Result<QList<ApprovalRequest>> CaseService::pendingApprovalsForMe() const {
    auto waiting = ApprovalQuery(m_store).waitingForMe();
    if (!waiting)
        return waiting.error();
    QList<ApprovalRequest> requests;
    for (const ApprovalRow& row : waiting.value())
        requests.append(row.request);
    return requests;
}

Result<void> CaseService::decide(qint64 approvalId, ApprovalDecision decision,
                                 const QString& note) {
    QSqlDatabase db = m_store.database();
    const QString what = tr("deciding on the request");
    auto owner = sql::execute(db, QStringLiteral("SELECT case_id FROM case_approvals WHERE id = ?"),
                              {approvalId}, what);
    if (!owner)
        return owner.error();
    if (!owner.value().next())
        return CaseAccess::notFound();
    // Whoever sees the case may decide: another Adviser or an assigned working-group member.
    if (auto visible = m_access.requireVisible(owner.value().value(0).toLongLong()); !visible)
        return visible;

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto loaded = sql::execute(db, selectApprovals + QStringLiteral("WHERE case_approvals.id = ?"),
                               {approvalId}, what);
    if (!loaded)
        return loaded.error();
    if (!loaded.value().next())
        return CaseAccess::notFound();
    const ApprovalRequest request = ApprovalQuery::requestFrom(loaded.value(), m_keys);
    const QString payload = m_keys.text(request.caseId, sealed::approvalPayload,
                                        loaded.value().value(ApprovalQuery::payloadColumn));
    if (auto opened = m_keys.checked(); !opened)
        return opened;
    if (request.decision)
        return RowVersion::staleEdit(what);
    const QString me = m_store.user().userName;
    if (auto fourEyes = CaseWorkflow::checkFourEyes(request.requestedBy, me); !fourEyes)
        return fourEyes;
    auto record = loadCase(m_keys, db, request.caseId);
    if (!record)
        return record.error();

    auto sealedNote = m_keys.seal(request.caseId, sealed::approvalNote, text(note.trimmed()));
    if (!sealedNote)
        return sealedNote.error();
    QSqlQuery update =
        sql::prepared(db,
                      QStringLiteral("UPDATE case_approvals SET decision = ?, "
                                     "decided_by = ?, decided_at = ?, "
                                     "decision_note = ? "
                                     "WHERE id = ? AND decision IS NULL"),
                      {CaseTerms::code(decision), me, nowText(), sealedNote.value(), approvalId});
    if (auto updated = RowVersion::execUpdate(update, what); !updated)
        return updated;
    const bool approved = decision == ApprovalDecision::Approved;
    const QString action =
        approved ? QStringLiteral("case.approve") : QStringLiteral("case.reject");
    QJsonObject params = approvalParams(request);
    params.insert(QStringLiteral("requested_by"), request.requestedBy);
    write.audit(action, caseRecordType, record.value().number, {action, params});
    if (approved) {
        if (auto done = carryOut(db, m_keys, write, record.value(), request, payload, me); !done)
            return done;
    }
    return write.commit();
}

// ---- the access log ----------------------------------------------------------------------

Result<void> CaseService::recordView(qint64 caseId, const QDateTime& openedAt, int lockWaitMs) {
    auto record = get(caseId);
    if (!record)
        return record.error();
    WriteTransaction write(m_store, lockWaitMs);
    if (auto begun = write.begin(); !begun)
        return begun;
    write.audit(QStringLiteral("case.view"), caseRecordType, record.value().number,
                openedAt.isValid() ? AuditSummary{QStringLiteral("case.view.later"),
                                                  {{QStringLiteral("opened_at"),
                                                    openedAt.toUTC().toString(Qt::ISODate)}}}
                                   : AuditSummary{QStringLiteral("case.view")});
    return write.commit();
}

Result<QList<CaseView>> CaseService::views(qint64 caseId) const {
    if (auto allowed = m_access.requireAdviser(caseId); !allowed)
        return allowed.error();
    auto record = loadCase(m_keys, m_store.database(), caseId);
    if (!record)
        return record.error();
    return sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT actor, at FROM audit_log WHERE action = ? AND "
                                    "record_type = ? AND record_id = ? ORDER BY id DESC"),
                     {QStringLiteral("case.view"), caseRecordType, record.value().number},
                     tr("reading the access log")),
        [](const QSqlQuery& row) {
            return CaseView{row.value(0).toString(), momentAt(row, 1)};
        });
}

} // namespace infopunt
