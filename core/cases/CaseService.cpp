#include "cases/CaseService.h"

#include "cases/ApprovalQuery.h"
#include "cases/CaseFiles.h"
#include "cases/CaseKeys.h"
#include "cases/CaseLog.h"
#include "cases/CaseNumbers.h"
#include "cases/CaseQuery.h"
#include "cases/CaseSearchIndex.h"
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

const QString selectCase = QStringLiteral("SELECT id, ") +
                           CaseFactsCodec::mainColumns(QStringLiteral("cases")) +
                           QStringLiteral(", title, description, feedback_extension_reason, "
                                          "lessons_learned, created_by, created_at, updated_at, "
                                          "row_version FROM cases ");

CaseRecord caseFrom(const QSqlQuery& query, const CaseKeys& keys) {
    CaseRecord record;
    const qint64 id = query.value(0).toLongLong();
    static_cast<CaseFacts&>(record) = CaseFactsCodec::fromMainRow(id, query, 1, keys);
    constexpr int next = 2 + 15; // id, facts and the plain fact columns
    record.title = keys.text(id, sealed::caseTitle, query.value(next));
    record.description = keys.text(id, sealed::caseDescription, query.value(next + 1));
    record.feedbackExtensionReason =
        keys.text(id, sealed::caseExtensionReason, query.value(next + 2));
    record.lessonsLearned = keys.text(id, sealed::caseLessons, query.value(next + 3));
    record.createdBy = query.value(next + 4).toString();
    record.createdAt = momentAt(query, next + 5);
    record.updatedAt = momentAt(query, next + 6);
    record.rowVersion = query.value(next + 7).toLongLong();
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

// Saves `after`'s facts sealed, and `assignments` ("column = ?, ...", bound to `values`; may
// be empty), on the case row with a new updated_at and row version; StaleEdit unless the row
// is still at `rowVersion`. A row from before sealed facts gets them sealed now.
Result<void> updateCase(QSqlDatabase db, const CaseKeys& keys, const CaseFacts& after,
                        qint64 rowVersion, const QString& assignments, QVariantList values,
                        const QString& what) {
    auto facts = keys.seal(after.id, sealed::caseFacts, CaseFactsCodec::toJson(after));
    if (!facts)
        return facts.error();
    values.prepend(facts.value());
    values << nowText() << after.id << rowVersion;
    QSqlQuery update = sql::prepared(
        db,
        QStringLiteral("UPDATE cases SET facts = ?, ") + CaseFactsCodec::blankedColumns() +
            (assignments.isEmpty() ? QString() : QStringLiteral(", ") + assignments) +
            QStringLiteral(", updated_at = ?, row_version = row_version + 1 WHERE id = ? AND "
                           "row_version = ?"),
        values);
    return RowVersion::execUpdate(update, what);
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

// The case after `step`: in the step's state, with the data the step records, or, for a
// reopen, with the data of the states after it cleared. The lessons learned (Evaluated) are a
// sealed column of their own: moveCase writes them.
CaseFacts factsAfter(CaseFacts facts, const CaseStep& step) {
    facts.state = step.to;
    facts.stateSince = step.date;
    if (step.reopen) {
        const auto clearedAfter = [&step](CaseState state) {
            return state > step.to;
        };
        if (clearedAfter(CaseState::Acknowledged))
            facts.acknowledgedOn.reset();
        if (clearedAfter(CaseState::InvestigationDecided))
            facts.investigationKind.reset();
        if (clearedAfter(CaseState::Decided))
            facts.verdict.reset();
        if (clearedAfter(CaseState::MeasureDetermined))
            facts.measureId.reset();
        if (clearedAfter(CaseState::Closed))
            facts.closedOn.reset();
        return facts;
    }
    switch (step.to) {
    case CaseState::Acknowledged:
        facts.acknowledgedOn = step.date;
        break;
    case CaseState::InvestigationDecided:
        facts.investigationKind = step.investigationKind;
        break;
    case CaseState::Decided:
        facts.verdict = step.verdict;
        break;
    case CaseState::MeasureDetermined:
        facts.measureId = step.measureId;
        break;
    case CaseState::ReporterInformed:
        // The legal feedback may have been given before this step (recordFeedback); the first
        // date stands, and a reopen does not undo that the reporter was told.
        if (!facts.feedbackOn)
            facts.feedbackOn = step.date;
        break;
    case CaseState::Closed:
        facts.closedOn = step.date;
        break;
    default:
        break;
    }
    return facts;
}

// Moves the case to the step's state (factsAfter); StaleEdit unless the row is still at the
// version `current` was read at.
Result<void> moveCase(QSqlDatabase db, const CaseKeys& keys, const CaseRecord& current,
                      const CaseStep& step) {
    QString lessons;
    QVariantList values;
    if (step.reopen && CaseState::Evaluated > step.to) {
        lessons = QStringLiteral("lessons_learned = NULL");
    } else if (!step.reopen && step.to == CaseState::Evaluated) {
        auto sealedLessons = keys.seal(step.caseId, sealed::caseLessons, text(step.note));
        if (!sealedLessons)
            return sealedLessons.error();
        lessons = QStringLiteral("lessons_learned = ?");
        values.append(sealedLessons.value());
    }
    return updateCase(db, keys, factsAfter(current, step), current.rowVersion, lessons, values,
                      CaseService::tr("recording the step"));
}

QString stepKindCode(const CaseStep& step) {
    if (!step.from)
        return QStringLiteral("registration");
    return step.reopen ? QStringLiteral("reopen") : QStringLiteral("step");
}

// A step's facts as sealed in case_steps.facts (main version 9): its kind, states, date and
// decision. The plain columns keep placeholders.
QString stepFactsJson(const CaseStep& step) {
    QJsonObject object{{QStringLiteral("kind"), stepKindCode(step)},
                       {QStringLiteral("to"), CaseWorkflow::stateCode(step.to)},
                       {QStringLiteral("date"), dateText(step.date)}};
    if (step.from)
        object.insert(QStringLiteral("from"), CaseWorkflow::stateCode(*step.from));
    if (step.investigationKind)
        object.insert(QStringLiteral("investigation_kind"),
                      CaseWorkflow::kindCode(*step.investigationKind));
    if (step.verdict)
        object.insert(QStringLiteral("verdict"), CaseWorkflow::verdictCode(*step.verdict));
    if (step.measureId)
        object.insert(QStringLiteral("measure_id"), *step.measureId);
    if (!step.approvedBy.isEmpty())
        object.insert(QStringLiteral("approved_by"), step.approvedBy);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void applyStepFacts(CaseStep& step, const QString& json) {
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto textOf = [&object](const char* name) {
        return object.value(QLatin1String(name)).toString();
    };
    step.reopen = textOf("kind") == QLatin1String("reopen");
    step.from = CaseWorkflow::stateFromCode(textOf("from"));
    step.to = CaseWorkflow::stateFromCode(textOf("to")).value_or(CaseState::Registered);
    step.date = QDate::fromString(textOf("date"), Qt::ISODate);
    step.investigationKind = CaseWorkflow::kindFromCode(textOf("investigation_kind"));
    step.verdict = CaseWorkflow::verdictFromCode(textOf("verdict"));
    const QJsonValue measure = object.value(QStringLiteral("measure_id"));
    step.measureId =
        measure.isDouble() ? std::optional<qint64>(measure.toInteger()) : std::optional<qint64>();
    step.approvedBy = textOf("approved_by");
}

// The placeholders a sealed step's plain columns hold.
const QString blankedStep = QStringLiteral("kind = '', from_state = NULL, to_state = '', "
                                           "step_date = '', investigation_kind = NULL, "
                                           "verdict = NULL, measure_id = NULL, approved_by = NULL");

Result<void> insertStep(QSqlDatabase db, const CaseKeys& keys, const CaseStep& step) {
    auto note = keys.seal(step.caseId, sealed::stepNote, text(step.note));
    if (!note)
        return note.error();
    auto facts = keys.seal(step.caseId, sealed::stepFacts, stepFactsJson(step));
    if (!facts)
        return facts.error();
    return sql::run(db,
                    QStringLiteral("INSERT INTO case_steps (case_id, kind, to_state, step_date, "
                                   "actor, note, facts, recorded_at) "
                                   "VALUES (?, '', '', '', ?, ?, ?, ?)"),
                    {step.caseId, step.actor, note.value(), facts.value(), nowText()},
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
    if (auto moved = moveCase(db, keys, current, step); !moved)
        return moved;
    if (auto inserted = insertStep(db, keys, step); !inserted)
        return inserted;
    if (auto logged =
            CaseLog::record(write, keys, current.id, current.number, QStringLiteral("case.step"),
                            {QStringLiteral("case.step"),
                             {{QStringLiteral("from"), CaseWorkflow::stateCode(current.state)},
                              {QStringLiteral("to"), CaseWorkflow::stateCode(step.to)},
                              {QStringLiteral("date"), dateText(step.date)}}});
        !logged)
        return logged.error();
    return {};
}

Error closingNeedsApproval() {
    return makeError(ErrorCode::NotPermitted,
                     CaseService::tr("Closing a case needs a second person's approval (four "
                                     "eyes). Request the approval; the case is closed when "
                                     "another adviser or an assigned working-group member "
                                     "approves."));
}

const QString selectSteps =
    QStringLiteral("SELECT id, case_id, kind, from_state, to_state, step_date, actor, note, "
                   "investigation_kind, verdict, measure_id, approved_by, recorded_at, facts "
                   "FROM case_steps ");

CaseStep stepFrom(const QSqlQuery& query, const CaseKeys& keys) {
    CaseStep step;
    step.id = query.value(0).toLongLong();
    step.caseId = query.value(1).toLongLong();
    step.actor = query.value(6).toString();
    step.note = keys.text(step.caseId, sealed::stepNote, query.value(7));
    step.recordedAt = momentAt(query, 12);
    if (!query.isNull(13)) {
        applyStepFacts(step, keys.text(step.caseId, sealed::stepFacts, query.value(13)));
        return step;
    }
    // A step recorded before steps' facts were sealed.
    step.reopen = query.value(2).toString() == QLatin1String("reopen");
    step.from = CaseWorkflow::stateFromCode(query.value(3).toString());
    step.to =
        CaseWorkflow::stateFromCode(query.value(4).toString()).value_or(CaseState::Registered);
    step.date = dateAt(query, 5);
    step.investigationKind = CaseWorkflow::kindFromCode(query.value(8).toString());
    step.verdict = CaseWorkflow::verdictFromCode(query.value(9).toString());
    step.measureId = optionalIdAt(query, 10);
    step.approvedBy = query.value(11).toString();
    return step;
}

Result<QList<CaseStep>> loadSteps(const CaseKeys& keys, QSqlDatabase db, qint64 caseId) {
    return checkedBy(
        keys,
        sql::rows(sql::execute(db, selectSteps + QStringLiteral("WHERE case_id = ? ORDER BY id"),
                               {caseId}, CaseService::tr("reading the steps")),
                  openedBy(keys, stepFrom)));
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
// `targetId` 0: none chosen.
Result<void> checkTarget(QSqlDatabase db, qint64 caseId, ApprovalAction action, qint64 targetId) {
    const bool document = action == ApprovalAction::DeleteDocument;
    const Error missing = makeError(ErrorCode::InvalidInput,
                                    document ? CaseService::tr("Choose the document to delete.")
                                             : CaseService::tr("Choose the journal entry to "
                                                               "delete."),
                                    QStringLiteral("target"));
    if (targetId == 0)
        return missing;
    const QString table =
        document ? QStringLiteral("case_documents") : QStringLiteral("case_journal");
    auto query = sql::execute(db,
                              QStringLiteral("SELECT 1 FROM ") + table +
                                  QStringLiteral(" WHERE id = ? AND case_id = ?"),
                              {targetId, caseId}, CaseService::tr("reading the case"));
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
        if (auto logged =
                CaseLog::record(write, keys, record.id, record.number, QStringLiteral("case.close"),
                                {QStringLiteral("case.close"),
                                 {{QStringLiteral("date"), dateText(close.date)},
                                  {QStringLiteral("requested_by"), request.requestedBy},
                                  {QStringLiteral("approved_by"), approver}}});
            !logged)
            return logged.error();
        return {};
    }
    case ApprovalAction::DeleteCase:
        // The case's rows in every other table go with it (ON DELETE CASCADE).
        if (auto deleted = sql::run(db, QStringLiteral("DELETE FROM cases WHERE id = ?"),
                                    {record.id}, CaseService::tr("deleting the case"));
            !deleted)
            return deleted;
        CaseLog::recordDeletion(write, record.id,
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

    // The office's list of numbers given is up to date with every case in the store.
    if (auto refreshed = CaseSearchIndex::refresh(m_store); !refreshed)
        return refreshed.error();
    QSqlDatabase db = m_store.database();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    if (auto classified = checkClassification(db, report.buildingBlockId, report.violationTypeId);
        !classified)
        return classified.error();
    auto number = CaseNumbers::next(m_store, report.receivedOn.year());
    if (!number)
        return number.error();

    const bool anonymous = isAnonymous(report);
    const QString now = nowText();
    // The row first, with placeholders: the key and the seals need the case's id.
    auto inserted = sql::execute(
        db,
        QStringLiteral("INSERT INTO cases (number, received_on, channel, title, description, "
                       "state, state_since, created_by, created_at, updated_at) "
                       "VALUES (lower(hex(randomblob(16))), '', '', '', '', '', '', ?, ?, ?)"),
        {m_store.user().userName, now, now}, tr("registering the report"));
    if (!inserted)
        return inserted.error();
    const qint64 caseId = inserted.value().lastInsertId().toLongLong();
    auto key = m_keys.keyForWriting(caseId);
    if (!key)
        return key.error();

    CaseFacts facts;
    facts.id = caseId;
    facts.number = number.value();
    facts.receivedOn = report.receivedOn;
    facts.channel = report.channel;
    facts.anonymous = anonymous;
    facts.buildingBlockId = report.buildingBlockId;
    facts.violationTypeId = report.violationTypeId;
    facts.state = CaseState::Registered;
    facts.stateSince = report.receivedOn;
    if (auto sealedOverview = sql::run(
            db,
            QStringLiteral("UPDATE cases SET facts = ?, ") + CaseFactsCodec::blankedColumns() +
                QStringLiteral(", title = ?, description = ? WHERE id = ?"),
            {key.value()->seal(sealed::caseFacts, CaseFactsCodec::toJson(facts)),
             key.value()->seal(sealed::caseTitle, report.title.trimmed()),
             key.value()->seal(sealed::caseDescription, report.description.trimmed()), caseId},
            tr("registering the report"));
        !sealedOverview)
        return sealedOverview.error();

    CaseStep registration;
    registration.caseId = caseId;
    registration.to = CaseState::Registered;
    registration.date = report.receivedOn;
    registration.actor = m_store.user().userName;
    if (auto step = insertStep(db, m_keys, registration); !step)
        return step.error();
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

    if (auto logged =
            CaseLog::record(write, m_keys, caseId, number.value(), QStringLiteral("case.register"),
                            {anonymous ? QStringLiteral("case.register.anonymous")
                                       : QStringLiteral("case.register"),
                             {{QStringLiteral("received"), dateText(report.receivedOn)},
                              {QStringLiteral("channel"), CaseTerms::code(report.channel)}}});
        !logged)
        return logged.error();
    if (auto committed = write.commit(); !committed)
        return committed.error();
    // Two files do not commit together: should this fail, the next adviser's list records the
    // number from the sealed facts (CaseSearchIndex::refresh), as long as the case exists.
    static_cast<void>(
        CaseNumbers::remember(m_store.database(Compartment::Office), caseId, number.value()));
    return loadCase(m_keys, db, caseId);
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
    auto steps = loadSteps(m_keys, db, edited.id);
    if (!steps)
        return steps.error();
    std::optional<QDate> firstStep;
    for (const CaseStep& step : std::as_const(steps.value())) {
        if (step.from && (!firstStep || step.date < *firstStep))
            firstStep = step.date;
    }
    if (firstStep && edited.receivedOn > *firstStep)
        return makeError(ErrorCode::InvalidInput,
                         tr("The report cannot have been received after its first step, on %1.")
                             .arg(QLocale().toString(*firstStep, QLocale::ShortFormat)),
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
    CaseFacts after = before;
    after.channel = edited.channel;
    after.receivedOn = edited.receivedOn;
    after.buildingBlockId = edited.buildingBlockId;
    after.violationTypeId = edited.violationTypeId;
    if (after.state == CaseState::Registered)
        after.stateSince = edited.receivedOn;
    if (auto updated = updateCase(db, m_keys, after, edited.rowVersion,
                                  QStringLiteral("title = ?, description = ?"),
                                  {title.value(), description.value()}, what);
        !updated)
        return updated.error();
    for (CaseStep step : std::as_const(steps.value())) {
        if (step.from)
            continue;
        step.date = edited.receivedOn;
        auto facts = m_keys.seal(edited.id, sealed::stepFacts, stepFactsJson(step));
        if (!facts)
            return facts.error();
        if (auto registration = sql::run(db,
                                         QStringLiteral("UPDATE case_steps SET facts = ?, ") +
                                             blankedStep + QStringLiteral(" WHERE id = ?"),
                                         {facts.value(), step.id}, what);
            !registration)
            return registration.error();
    }
    if (auto logged =
            CaseLog::record(write, m_keys, before.id, before.number, QStringLiteral("case.update"),
                            {QStringLiteral("case.update"),
                             {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}}});
        !logged)
        return logged.error();
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
        CaseFacts after = record.value();
        after.anonymous = anonymous;
        if (auto updated = updateCase(db, m_keys, after, record.value().rowVersion, {}, {}, what);
            !updated)
            return updated;
    }
    if (auto logged = CaseLog::record(write, m_keys, record.value().id, record.value().number,
                                      QStringLiteral("case.reporter_change"),
                                      {anonymous ? QStringLiteral("case.reporter.anonymous")
                                                 : QStringLiteral("case.reporter.identity")});
        !logged)
        return logged.error();
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
    if (auto logged = CaseLog::record(write, m_keys, record.value().id, record.value().number,
                                      QStringLiteral("case.party_add"),
                                      {QStringLiteral("case.party_add"),
                                       {{QStringLiteral("kind"), CaseTerms::code(party.kind)}}});
        !logged)
        return logged.error();
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
    if (auto logged = CaseLog::record(write, m_keys, record.value().id, record.value().number,
                                      QStringLiteral("case.party_update"),
                                      {QStringLiteral("case.party_update"),
                                       {{QStringLiteral("kind"), CaseTerms::code(party.kind)}}});
        !logged)
        return logged.error();
    return write.commit();
}

// ---- the protocol ------------------------------------------------------------------------

Result<QList<CaseStep>> CaseService::steps(qint64 caseId) const {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    return loadSteps(m_keys, m_store.database(), caseId);
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

    auto passed = loadSteps(m_keys, db, caseId);
    if (!passed)
        return passed.error();
    QList<CaseState> history;
    for (const CaseStep& passedStep : std::as_const(passed.value()))
        history.append(passedStep.to);
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
    if (auto moved = moveCase(db, m_keys, record, step); !moved)
        return moved.error();
    if (auto inserted = insertStep(db, m_keys, step); !inserted)
        return inserted.error();
    if (auto logged =
            CaseLog::record(write, m_keys, record.id, record.number, QStringLiteral("case.reopen"),
                            {QStringLiteral("case.reopen"),
                             {{QStringLiteral("from"), CaseWorkflow::stateCode(record.state)},
                              {QStringLiteral("to"), CaseWorkflow::stateCode(to)},
                              {QStringLiteral("date"), dateText(date)}}});
        !logged)
        return logged.error();
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
    if (auto logged = CaseLog::record(
            write, m_keys, record.value().id, record.value().number,
            QStringLiteral("case.deadline_add"),
            {QStringLiteral("case.deadline_add"), {{QStringLiteral("due"), dateText(due)}}});
        !logged)
        return logged.error();
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
    auto owner = sql::execute(db, QStringLiteral("SELECT case_id FROM case_deadlines WHERE id = ?"),
                              {deadlineId}, what);
    if (!owner)
        return owner.error();
    if (!owner.value().next())
        return CaseAccess::notFound();
    const qint64 caseId = owner.value().value(0).toLongLong();
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible;
    auto facts = CaseFactsCodec::read(db, m_keys, caseId, what);
    if (!facts)
        return facts.error();
    const QString number = facts.value().number;
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
    if (auto logged = CaseLog::record(
            write, m_keys, caseId, number, QStringLiteral("case.deadline_met"),
            met.isValid() ? AuditSummary{QStringLiteral("case.deadline_met"),
                                         {{QStringLiteral("deadline"), deadlineId},
                                          {QStringLiteral("date"), dateText(met)}}}
                          : AuditSummary{QStringLiteral("case.deadline_unmet"),
                                         {{QStringLiteral("deadline"), deadlineId}}});
        !logged)
        return logged.error();
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
    CaseFacts after = current.value();
    after.feedbackExtendedTo = extension.value().due;
    if (auto updated = updateCase(db, m_keys, after, expectedRowVersion,
                                  QStringLiteral("feedback_extension_reason = ?"),
                                  {reasonSealed.value()}, what);
        !updated)
        return updated.error();
    if (auto logged = CaseLog::record(write, m_keys, current.value().id, current.value().number,
                                      QStringLiteral("case.extend_feedback"),
                                      {QStringLiteral("case.extend_feedback"),
                                       {{QStringLiteral("from"), dateText(feedback.due)},
                                        {QStringLiteral("to"), dateText(extension.value().due)}}});
        !logged)
        return logged.error();
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
    CaseFacts after = record;
    after.feedbackOn = date;
    if (auto updated = updateCase(db, m_keys, after, expectedRowVersion, {}, {}, what); !updated)
        return updated.error();
    if (auto logged = CaseLog::record(
            write, m_keys, record.id, record.number, QStringLiteral("case.feedback"),
            {QStringLiteral("case.feedback"), {{QStringLiteral("date"), dateText(date)}}});
        !logged)
        return logged.error();
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
    if (auto logged = CaseLog::record(
            write, m_keys, record.value().id, record.value().number, QStringLiteral("case.assign"),
            {QStringLiteral("case.assign"), {{QStringLiteral("member"), member}}});
        !logged)
        return logged.error();
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
    if (auto logged = CaseLog::record(
            write, m_keys, record.value().id, record.value().number,
            QStringLiteral("case.unassign"),
            {QStringLiteral("case.unassign"), {{QStringLiteral("member"), userName.trimmed()}}});
        !logged)
        return logged.error();
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
    if (auto logged = CaseLog::record(
            write, m_keys, record.value().id, record.value().number, QStringLiteral("case.review"),
            {QStringLiteral("case.review"), {{QStringLiteral("kind"), CaseTerms::code(kind)}}});
        !logged)
        return logged.error();
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
    // Row ids start at 1: 0 is no target (GCC 12 warns falsely on a copied std::optional).
    const qint64 target = deletesPart ? targetId.value_or(0) : 0;
    const QVariant targetValue = target ? QVariant(target) : QVariant();
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
        if (auto checked = checkTarget(db, caseId, action, target); !checked)
            return checked.error();
    }

    auto pending =
        sql::execute(db,
                     QStringLiteral("SELECT 1 FROM case_approvals WHERE case_id = ? AND "
                                    "action = ? AND target_id IS ? AND decision IS NULL"),
                     {caseId, CaseTerms::code(action), targetValue}, what);
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
    auto inserted =
        sql::execute(db,
                     QStringLiteral("INSERT INTO case_approvals (case_id, action, "
                                    "target_id, reason, payload, requested_by, "
                                    "requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {caseId, CaseTerms::code(action), targetValue, sealedReason.value(),
                      sealedPayload.value(), m_store.user().userName, nowText()},
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
    if (auto logged =
            CaseLog::record(write, m_keys, record.value().id, record.value().number,
                            QStringLiteral("case.approval_request"),
                            {QStringLiteral("case.approval_request"), approvalParams(request)});
        !logged)
        return logged.error();
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
    if (auto logged = CaseLog::record(write, m_keys, record.value().id, record.value().number,
                                      action, {action, params});
        !logged)
        return logged.error();
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
    if (auto logged = CaseLog::record(
            write, m_keys, record.value().id, record.value().number, QStringLiteral("case.view"),
            openedAt.isValid() ? AuditSummary{QStringLiteral("case.view.later"),
                                              {{QStringLiteral("opened_at"),
                                                openedAt.toUTC().toString(Qt::ISODate)}}}
                               : AuditSummary{QStringLiteral("case.view")});
        !logged)
        return logged.error();
    return write.commit();
}

Result<QList<CaseView>> CaseService::views(qint64 caseId) const {
    if (auto allowed = m_access.requireAdviser(caseId); !allowed)
        return allowed.error();
    auto record = loadCase(m_keys, m_store.database(), caseId);
    if (!record)
        return record.error();
    // Entries from before sealed entries name the case by number, sealed ones by row id.
    auto rows = sql::execute(
        m_store.database(),
        QStringLiteral("SELECT actor, at, action, summary_code, summary_params FROM audit_log "
                       "WHERE record_type = ? AND record_id IN (?, ?) ORDER BY id DESC"),
        {caseRecordType, record.value().number, CaseLog::recordId(caseId)},
        tr("reading the access log"));
    if (!rows)
        return rows.error();
    QList<CaseView> views;
    while (rows.value().next()) {
        AuditEntry entry;
        entry.action = rows.value().value(2).toString();
        entry.summaryCode = rows.value().value(3).toString();
        entry.summaryParams = rows.value().value(4).toString();
        CaseLog::open(m_keys, entry);
        if (entry.action == QLatin1String("case.view"))
            views.append({rows.value().value(0).toString(), momentAt(rows.value(), 1)});
    }
    return views;
}

} // namespace infopunt
