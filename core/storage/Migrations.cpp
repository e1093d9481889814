#include "storage/Migrations.h"

#include "storage/Ledger.h"
#include "storage/SqlCipher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <vector>

namespace infopunt {

namespace {

using Step = std::function<Result<void>(QSqlDatabase&)>;

// The trigger that raises a case's version when its sealed facts change (version 9).
const QString factsTrigger = QStringLiteral("case_facts_edited");
// The triggers that raise it when its assignees or custom deadlines change (version 10).
const QStringList listTriggers{
    QStringLiteral("case_list_assignment_added"), QStringLiteral("case_list_assignment_removed"),
    QStringLiteral("case_list_deadline_added"), QStringLiteral("case_list_deadline_edited"),
    QStringLiteral("case_list_deadline_deleted")};

Result<void> execAll(QSqlDatabase& db, const QStringList& statements) {
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return SqlCipher::toError(query.lastError(), Migrations::tr("upgrading the store"));
    }
    return {};
}

// Version 1: store identity, accounts, the audit log and office settings.
Result<void> mainV1(QSqlDatabase& db) {
    return execAll(
        db, {
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE users ("
                               " id INTEGER PRIMARY KEY,"
                               " user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                               " display_name TEXT NOT NULL,"
                               " role TEXT NOT NULL,"
                               " disabled INTEGER NOT NULL DEFAULT 0,"
                               " must_change_passphrase INTEGER NOT NULL DEFAULT 0,"
                               " created_at TEXT NOT NULL,"
                               " row_version INTEGER NOT NULL DEFAULT 1)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " at TEXT NOT NULL,"
                               " actor TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " record_type TEXT NOT NULL,"
                               " record_id TEXT NOT NULL,"
                               " summary TEXT NOT NULL,"
                               " previous_hash TEXT NOT NULL,"
                               " hash TEXT NOT NULL)"),
                // The log is append-only: the database itself refuses edits and deletions.
                Ledger::appendOnlyTriggerSql().at(0),
                Ledger::appendOnlyTriggerSql().at(1),
                QStringLiteral("CREATE TABLE settings ("
                               " key TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL,"
                               " row_version INTEGER NOT NULL DEFAULT 1)"),
            });
}

// Version 2: the building-block catalogue, seeded with the shipped bijlage 1.
Result<void> mainV2(QSqlDatabase& db) {
    auto created =
        execAll(db, {
                        QStringLiteral("CREATE TABLE themes ("
                                       " id INTEGER PRIMARY KEY,"
                                       " number INTEGER NOT NULL UNIQUE,"
                                       " name TEXT NOT NULL)"),
                        QStringLiteral("CREATE TABLE building_blocks ("
                                       " id INTEGER PRIMARY KEY,"
                                       " theme_id INTEGER NOT NULL REFERENCES themes(id),"
                                       " letter TEXT NOT NULL,"
                                       " name TEXT NOT NULL,"
                                       " retired INTEGER NOT NULL DEFAULT 0,"
                                       " row_version INTEGER NOT NULL DEFAULT 1,"
                                       " UNIQUE (theme_id, letter))"),
                    });
    if (!created)
        return created;

    QFile file(QStringLiteral(":/infopunt/catalogue/building_blocks.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal,
                         Migrations::tr("The shipped building-block catalogue is missing."));
    const QJsonArray themes =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("themes")).toArray();
    if (themes.isEmpty())
        return makeError(ErrorCode::Internal,
                         Migrations::tr("The shipped building-block catalogue is empty."));

    QSqlQuery theme(db);
    theme.prepare(QStringLiteral("INSERT INTO themes (number, name) VALUES (?, ?)"));
    QSqlQuery block(db);
    block.prepare(
        QStringLiteral("INSERT INTO building_blocks (theme_id, letter, name) VALUES (?, ?, ?)"));
    for (const QJsonValue& t : themes) {
        const QJsonObject themeObject = t.toObject();
        theme.addBindValue(themeObject.value(QStringLiteral("number")).toInt());
        theme.addBindValue(themeObject.value(QStringLiteral("name")).toString());
        if (!theme.exec())
            return SqlCipher::toError(theme.lastError(), Migrations::tr("upgrading the store"));
        const qint64 themeId = theme.lastInsertId().toLongLong();
        const QJsonArray blocks = themeObject.value(QStringLiteral("blocks")).toArray();
        for (const QJsonValue& b : blocks) {
            block.addBindValue(themeId);
            block.addBindValue(b.toObject().value(QStringLiteral("letter")).toString());
            block.addBindValue(b.toObject().value(QStringLiteral("name")).toString());
            if (!block.exec())
                return SqlCipher::toError(block.lastError(), Migrations::tr("upgrading the store"));
        }
    }
    return {};
}

// Version 3: reports and investigations (the case file). The reporter's identity has a table of
// its own so that no list query can select it by accident; search text lived in an FTS4 index
// (SQLCipher 3.4 on Debian has FTS4, not FTS5) until version 7 moved it to the office compartment.
Result<void> mainV3(QSqlDatabase& db) {
    auto created = execAll(
        db,
        {
            // Editable lists of the office: "violation_type" and "measure". A NULL name means the
            // shipped entry, shown translated from its code; renaming stores the name.
            QStringLiteral("CREATE TABLE code_lists ("
                           " id INTEGER PRIMARY KEY,"
                           " list TEXT NOT NULL,"
                           " code TEXT NOT NULL,"
                           " name TEXT,"
                           " sort_order INTEGER NOT NULL,"
                           " retired INTEGER NOT NULL DEFAULT 0,"
                           " row_version INTEGER NOT NULL DEFAULT 1,"
                           " UNIQUE (list, code))"),
            QStringLiteral("CREATE TABLE cases ("
                           " id INTEGER PRIMARY KEY,"
                           " number TEXT NOT NULL UNIQUE,"
                           " received_on TEXT NOT NULL,"
                           " channel TEXT NOT NULL,"
                           " anonymous INTEGER NOT NULL DEFAULT 0,"
                           " title TEXT NOT NULL,"
                           " description TEXT NOT NULL,"
                           " building_block_id INTEGER REFERENCES building_blocks(id),"
                           " violation_type_id INTEGER REFERENCES code_lists(id),"
                           " state TEXT NOT NULL,"
                           " state_since TEXT NOT NULL,"
                           " investigation_kind TEXT,"
                           " verdict TEXT,"
                           " measure_id INTEGER REFERENCES code_lists(id),"
                           " acknowledged_on TEXT,"
                           " feedback_on TEXT,"
                           " feedback_extended_to TEXT,"
                           " feedback_extension_reason TEXT,"
                           " lessons_learned TEXT,"
                           " closed_on TEXT,"
                           " created_by TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " row_version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX cases_state ON cases (state)"),
            QStringLiteral("CREATE INDEX cases_received ON cases (received_on)"),
            QStringLiteral("CREATE TABLE case_reporters ("
                           " case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL,"
                           " contact TEXT NOT NULL DEFAULT '',"
                           " row_version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE case_parties ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " function TEXT NOT NULL DEFAULT '',"
                           " org_unit TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " row_version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX case_parties_case ON case_parties (case_id)"),
            QStringLiteral("CREATE TABLE case_steps ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL,"
                           " from_state TEXT,"
                           " to_state TEXT NOT NULL,"
                           " step_date TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " investigation_kind TEXT,"
                           " verdict TEXT,"
                           " measure_id INTEGER REFERENCES code_lists(id),"
                           " approved_by TEXT,"
                           " recorded_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX case_steps_case ON case_steps (case_id)"),
            QStringLiteral("CREATE TABLE case_deadlines ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " label TEXT NOT NULL,"
                           " due_on TEXT NOT NULL,"
                           " met_on TEXT,"
                           " created_by TEXT NOT NULL,"
                           " row_version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX case_deadlines_case ON case_deadlines (case_id)"),
            QStringLiteral("CREATE TABLE case_journal ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " entry_date TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " author TEXT NOT NULL,"
                           " recorded_at TEXT NOT NULL,"
                           " row_version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX case_journal_case ON case_journal (case_id)"),
            QStringLiteral("CREATE TABLE case_documents ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " file_name TEXT NOT NULL,"
                           " mime_type TEXT NOT NULL,"
                           " size_bytes INTEGER NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " content BLOB NOT NULL,"
                           " extracted_text TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " added_by TEXT NOT NULL,"
                           " added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX case_documents_case ON case_documents (case_id)"),
            QStringLiteral("CREATE TABLE case_assignments ("
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " user_name TEXT NOT NULL COLLATE NOCASE,"
                           " assigned_by TEXT NOT NULL,"
                           " assigned_at TEXT NOT NULL,"
                           " PRIMARY KEY (case_id, user_name))"),
            QStringLiteral("CREATE INDEX case_assignments_user ON case_assignments (user_name)"),
            QStringLiteral("CREATE TABLE case_reviews ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " author TEXT NOT NULL,"
                           " recorded_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX case_reviews_case ON case_reviews (case_id)"),
            // Four eyes: an action waits here until a second person approves or rejects it.
            QStringLiteral("CREATE TABLE case_approvals ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " action TEXT NOT NULL,"
                           " target_id INTEGER,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " payload TEXT NOT NULL DEFAULT '',"
                           " requested_by TEXT NOT NULL,"
                           " requested_at TEXT NOT NULL,"
                           " decision TEXT,"
                           " decided_by TEXT,"
                           " decided_at TEXT,"
                           " decision_note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX case_approvals_case ON case_approvals (case_id)"),
            // Who opened which case is read from the audit log ("case.view" entries).
            QStringLiteral("CREATE INDEX audit_log_record ON audit_log (record_type, record_id)"),
            QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts4("
                           "case_id, source, source_id, body,"
                           " notindexed=case_id, notindexed=source, notindexed=source_id,"
                           " tokenize=unicode61 \"remove_diacritics=1\")"),
        });
    if (!created)
        return created;

    struct Seed {
        const char* list;
        QStringList codes;
    };
    const Seed seeds[] = {
        {"violation_type",
         {QStringLiteral("corruption"), QStringLiteral("fraud"),
          QStringLiteral("conflict_of_interest"), QStringLiteral("misuse_of_powers"),
          QStringLiteral("information"), QStringLiteral("undesirable_behaviour"),
          QStringLiteral("misuse_of_resources"), QStringLiteral("private_misconduct"),
          QStringLiteral("other")}},
        {"measure",
         {QStringLiteral("written_reprimand"), QStringLiteral("fine"),
          QStringLiteral("salary_reduction"), QStringLiteral("no_salary_increase"),
          QStringLiteral("disciplinary_transfer"), QStringLiteral("suspension"),
          QStringLiteral("dismissal")}},
    };
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO code_lists (list, code, sort_order) VALUES (?, ?, ?)"));
    for (const Seed& seed : seeds) {
        for (int i = 0; i < seed.codes.size(); ++i) {
            insert.addBindValue(QString::fromLatin1(seed.list));
            insert.addBindValue(seed.codes[i]);
            insert.addBindValue(i + 1);
            if (!insert.exec())
                return SqlCipher::toError(insert.lastError(),
                                          Migrations::tr("upgrading the store"));
        }
    }
    return {};
}

// Version 4: audit entries store a summary code and parameters instead of a sentence in the
// writer's language. Existing entries keep their sentence (and so their hash): the append-only
// triggers refuse updates, and ADD COLUMN changes no row.
Result<void> mainV4(QSqlDatabase& db) {
    return execAll(
        db, {
                QStringLiteral(
                    "ALTER TABLE audit_log ADD COLUMN summary_code TEXT NOT NULL DEFAULT ''"),
                QStringLiteral(
                    "ALTER TABLE audit_log ADD COLUMN summary_params TEXT NOT NULL DEFAULT ''"),
            });
}

// Version 5: drafts, the unsaved edits kept when Infopunt locked by itself (user, where, the
// form's values), so that they are never written anywhere outside the encrypted store.
Result<void> mainV5(QSqlDatabase& db) {
    return execAll(db, {QStringLiteral("CREATE TABLE drafts ("
                                       " id INTEGER PRIMARY KEY,"
                                       " user_name TEXT NOT NULL,"
                                       " module TEXT NOT NULL,"
                                       " record_id INTEGER NOT NULL,"
                                       " record_label TEXT NOT NULL,"
                                       " view TEXT NOT NULL,"
                                       " form TEXT NOT NULL,"
                                       " argument INTEGER NOT NULL,"
                                       " fields BLOB NOT NULL,"
                                       " saved_at TEXT NOT NULL)"),
                        QStringLiteral("CREATE INDEX drafts_by_user ON drafts (user_name)")});
}

// Version 6: a data key per case (CaseKeys), wrapped for the advisers and sealed to each
// assigned member; the case's content is sealed with it. Rows written before stay as they were
// until they are saved again.
Result<void> mainV6(QSqlDatabase& db) {
    return execAll(
        db, {QStringLiteral("CREATE TABLE case_keys ("
                            " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                            " generation INTEGER NOT NULL,"
                            " holder TEXT NOT NULL COLLATE NOCASE,"
                            " sealed BLOB NOT NULL,"
                            " PRIMARY KEY (case_id, generation, holder))")});
}

// Version 7: the full-text index leaves the main compartment, which every account can decrypt,
// for the office compartment (officeV2), which only advisers hold. What stays here is a version
// of each case's searchable text, raised by triggers in the same transaction as the text itself,
// whoever writes it: an adviser's session reindexes in the office compartment every case whose
// version the index has not recorded (CaseSearchIndex::refresh), so no index write has to be
// atomic with the case's, and a member, who holds no office key, never writes the index.
Result<void> mainV7(QSqlDatabase& db) {
    QStringList statements{QStringLiteral("DROP TABLE case_search"),
                           QStringLiteral("CREATE TABLE case_text_versions ("
                                          " case_id INTEGER PRIMARY KEY,"
                                          " version INTEGER NOT NULL)")};
    for (const auto& [name, sql] : Migrations::textVersionTriggers()) {
        if (name != factsTrigger && !listTriggers.contains(name)) // versions 9 and 10
            statements.append(sql);
    }
    return execAll(db, statements);
}

// Version 8: the ledger. Each audit entry is signed by its writer (the signer: the account's user
// name, or "recovery" for a session opened with the recovery key; the Ed25519 signature over the
// entry's hash) and lists the hashes of the rows its write created, changed or deleted. Entries
// from before keep their hash and stay unsigned. Every existing row is noted as pending, so that
// the first signed entry after the upgrade records it (Store::open).
Result<void> mainV8(QSqlDatabase& db) {
    auto added = execAll(
        db,
        {
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN signer TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN signature TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN row_hashes TEXT NOT NULL DEFAULT ''"),
        });
    return added ? Ledger::install(db) : added;
}

// Version 9: a case's statistics facts (number, dates, channel, classification, state, outcome)
// and a step's (its kind, states, date and decision) are sealed with the case key in a `facts`
// column, so that a member's keys count no case they are not assigned to; the plain columns keep
// placeholders (CaseFactsCodec::blankedColumns). Advisers list, filter and count from the office
// compartment's plain copy (officeV4), kept up to date through the case's version, which the
// facts raise as the text does. Rows written before stay as they were until they are saved
// again. Adding a column changes every row's ledger hash: the rows are noted for the first
// signed entry after the upgrade.
Result<void> mainV9(QSqlDatabase& db) {
    QStringList statements{
        QStringLiteral("ALTER TABLE cases ADD COLUMN facts BLOB"),
        QStringLiteral("ALTER TABLE case_steps ADD COLUMN facts BLOB"),
        // They would index placeholders only.
        QStringLiteral("DROP INDEX cases_state"), QStringLiteral("DROP INDEX cases_received"),
        QStringLiteral("INSERT INTO ledger_pending (tbl, row_id) SELECT 'cases', rowid FROM cases"),
        QStringLiteral(
            "INSERT INTO ledger_pending (tbl, row_id) SELECT 'case_steps', rowid FROM case_steps")};
    for (const auto& [name, sql] : Migrations::textVersionTriggers()) {
        if (name == factsTrigger)
            statements.append(sql);
    }
    return execAll(db, statements);
}

// Version 10: a case's version is also raised when its assignees or custom deadlines change, as
// the advisers' copy of the case list holds them (officeV5), and when it is deleted. Every
// raise takes the next version of the whole store rather than the next of the case, so that the
// copy finds what changed since it last looked through an index, not by comparing every case.
Result<void> mainV10(QSqlDatabase& db) {
    QStringList statements;
    for (const auto& [name, sql] : Migrations::textVersionTriggers()) {
        if (!listTriggers.contains(name))
            statements.append(QStringLiteral("DROP TRIGGER ") + name);
        statements.append(sql);
    }
    // Versions so far counted per case; from here on each is unique, which the copy relies on
    // to take changes in order (CaseSearchIndex::catchUp). Every case gets one.
    statements << QStringLiteral("INSERT OR IGNORE INTO case_text_versions (case_id, version) "
                                 "SELECT id, 0 FROM cases")
               << QStringLiteral("UPDATE case_text_versions SET version = case_id")
               << QStringLiteral("CREATE UNIQUE INDEX case_text_versions_by_version ON "
                                 "case_text_versions (version)");
    return execAll(db, statements);
}

// Version 11: the four-eyes requests are found through indexes. The requests waiting for a
// decision (the dashboard, the sidebar's badge every minute) in the order they came in, and a
// user's own requests by requester and decision, instead of reading and sorting every request
// ever made.
Result<void> mainV11(QSqlDatabase& db) {
    return execAll(db, {QStringLiteral("CREATE INDEX case_approvals_waiting ON case_approvals "
                                       "(requested_at, id) WHERE decision IS NULL"),
                        QStringLiteral("CREATE INDEX case_approvals_requester ON case_approvals "
                                       "(lower(requested_by), decided_at)")});
}

// Version 12: the key of each working-group member's own copy of their case list
// (MemberCopy), sealed to the member. Not ledgered: the copy is derived from the case tables
// and rebuilt from them. An adviser's write that takes a member off a case deletes the member's
// row, as does disabling the account, so that the copy no longer opens with their keys.
Result<void> mainV12(QSqlDatabase& db) {
    return execAll(db, {QStringLiteral("CREATE TABLE member_copies ("
                                       " user_name TEXT PRIMARY KEY COLLATE NOCASE,"
                                       " file_id TEXT NOT NULL,"
                                       " sealed_key BLOB NOT NULL)")});
}

// Version 1 of the counselling compartment: its identity only; the counselling module adds
// its tables in later versions.
Result<void> counsellingV1(QSqlDatabase& db) {
    return execAll(
        db, {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")});
}

// Version 13: the counsellors' published yearly figures (CounsellingFigures): anonymised
// counts, small ones already suppressed, one set per counsellor and year; replacing a set keeps
// the old one, marked with its successor. Ledgered, so that a set changed outside Infopunt
// shows in verify.
Result<void> mainV13(QSqlDatabase& db) {
    auto created =
        execAll(db, {QStringLiteral("CREATE TABLE counselling_figures ("
                                    " id INTEGER PRIMARY KEY,"
                                    " year INTEGER NOT NULL,"
                                    " counsellor TEXT NOT NULL COLLATE NOCASE,"
                                    " published_at TEXT NOT NULL,"
                                    " threshold INTEGER NOT NULL,"
                                    " figures TEXT NOT NULL,"
                                    " reason TEXT NOT NULL DEFAULT '',"
                                    " replaced_by INTEGER REFERENCES counselling_figures(id))"),
                     QStringLiteral("CREATE INDEX counselling_figures_year ON counselling_figures "
                                    "(year, counsellor)")});
    return created ? Ledger::addTable(db, QStringLiteral("counselling_figures")) : created;
}

// Version 14: formal reports a confidential counsellor hands over, with the person's consent,
// for an adviser to register (CounsellingHandovers): each sealed under a key of its own that is
// sealed to every adviser's public key, so that neither other counsellors nor the members read
// it; once registered it names its case. Ledgered.
Result<void> mainV14(QSqlDatabase& db) {
    auto created = execAll(
        db, {QStringLiteral("CREATE TABLE handovers ("
                            " id INTEGER PRIMARY KEY,"
                            " counsellor TEXT NOT NULL COLLATE NOCASE,"
                            " sent_at TEXT NOT NULL,"
                            " content BLOB NOT NULL,"
                            " case_id INTEGER REFERENCES cases(id),"
                            " registered_by TEXT NOT NULL DEFAULT '',"
                            " registered_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE handover_keys ("
                            " handover_id INTEGER NOT NULL REFERENCES handovers(id) ON DELETE "
                            "CASCADE,"
                            " adviser TEXT NOT NULL COLLATE NOCASE,"
                            " sealed_key BLOB NOT NULL,"
                            " PRIMARY KEY (handover_id, adviser))")});
    for (const QString& table : {QStringLiteral("handovers"), QStringLiteral("handover_keys")})
        if (created)
            created = Ledger::addTable(db, table);
    return created;
}

// Version 15: the control loop (core/risks, core/audits, core/plan). The risk matrices as set
// over time (an assessment keeps the one it was made on), the risk register with its links to the
// catalogue, its assessments, acceptances and controls, the vulnerable functions; the audit plan
// with findings and follow-up actions; the annual plan's actions with progress notes, and the
// awareness activities. Dates are ISO days, moments ISO UTC. Owners are people or functions of
// the organisation, not necessarily accounts, so they are text. Every table is ledgered.
Result<void> mainV15(QSqlDatabase& db) {
    auto created = execAll(
        db,
        {QStringLiteral("CREATE TABLE risk_matrices ("
                        " id INTEGER PRIMARY KEY,"
                        " size INTEGER NOT NULL,"
                        " likelihood_labels TEXT NOT NULL,"
                        " impact_labels TEXT NOT NULL,"
                        " levels TEXT NOT NULL,"
                        " set_at TEXT NOT NULL,"
                        " set_by TEXT NOT NULL COLLATE NOCASE)"),
         QStringLiteral("CREATE TABLE risks ("
                        " id INTEGER PRIMARY KEY,"
                        " title TEXT NOT NULL,"
                        " description TEXT NOT NULL DEFAULT '',"
                        " process TEXT NOT NULL DEFAULT '',"
                        " function_name TEXT NOT NULL DEFAULT '',"
                        " unit TEXT NOT NULL DEFAULT '',"
                        " owner TEXT NOT NULL,"
                        " next_review TEXT NOT NULL DEFAULT '',"
                        " status TEXT NOT NULL,"
                        " created_at TEXT NOT NULL,"
                        " created_by TEXT NOT NULL COLLATE NOCASE,"
                        " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE TABLE risk_blocks ("
                        " risk_id INTEGER NOT NULL REFERENCES risks(id) ON DELETE CASCADE,"
                        " block_id INTEGER NOT NULL REFERENCES building_blocks(id),"
                        " PRIMARY KEY (risk_id, block_id))"),
         QStringLiteral("CREATE TABLE risk_themes ("
                        " risk_id INTEGER NOT NULL REFERENCES risks(id) ON DELETE CASCADE,"
                        " theme_id INTEGER NOT NULL REFERENCES themes(id),"
                        " PRIMARY KEY (risk_id, theme_id))"),
         QStringLiteral("CREATE TABLE risk_assessments ("
                        " id INTEGER PRIMARY KEY,"
                        " risk_id INTEGER NOT NULL REFERENCES risks(id) ON DELETE CASCADE,"
                        " kind TEXT NOT NULL,"
                        " matrix_id INTEGER NOT NULL REFERENCES risk_matrices(id),"
                        " likelihood INTEGER NOT NULL,"
                        " impact INTEGER NOT NULL,"
                        " assessed_on TEXT NOT NULL,"
                        " assessed_by TEXT NOT NULL COLLATE NOCASE,"
                        " note TEXT NOT NULL DEFAULT '',"
                        " finding_id INTEGER REFERENCES findings(id))"),
         QStringLiteral("CREATE INDEX risk_assessments_risk ON risk_assessments (risk_id)"),
         QStringLiteral("CREATE TABLE risk_acceptances ("
                        " id INTEGER PRIMARY KEY,"
                        " risk_id INTEGER NOT NULL REFERENCES risks(id) ON DELETE CASCADE,"
                        " requested_by TEXT NOT NULL COLLATE NOCASE,"
                        " requested_at TEXT NOT NULL,"
                        " reason TEXT NOT NULL,"
                        " expires_on TEXT NOT NULL,"
                        " decision TEXT NOT NULL DEFAULT '',"
                        " decided_by TEXT NOT NULL DEFAULT '' COLLATE NOCASE,"
                        " decided_at TEXT NOT NULL DEFAULT '',"
                        " decision_note TEXT NOT NULL DEFAULT '',"
                        " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE INDEX risk_acceptances_risk ON risk_acceptances (risk_id)"),
         QStringLiteral("CREATE TABLE controls ("
                        " id INTEGER PRIMARY KEY,"
                        " title TEXT NOT NULL,"
                        " description TEXT NOT NULL DEFAULT '',"
                        " block_id INTEGER REFERENCES building_blocks(id),"
                        " owner TEXT NOT NULL,"
                        " effectiveness TEXT NOT NULL,"
                        " created_at TEXT NOT NULL,"
                        " created_by TEXT NOT NULL COLLATE NOCASE,"
                        " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE TABLE control_risks ("
                        " control_id INTEGER NOT NULL REFERENCES controls(id) ON DELETE CASCADE,"
                        " risk_id INTEGER NOT NULL REFERENCES risks(id) ON DELETE CASCADE,"
                        " PRIMARY KEY (control_id, risk_id))"),
         QStringLiteral("CREATE TABLE control_judgements ("
                        " id INTEGER PRIMARY KEY,"
                        " control_id INTEGER NOT NULL REFERENCES controls(id) ON DELETE CASCADE,"
                        " effectiveness TEXT NOT NULL,"
                        " judged_on TEXT NOT NULL,"
                        " judged_by TEXT NOT NULL COLLATE NOCASE,"
                        " note TEXT NOT NULL DEFAULT '',"
                        " finding_id INTEGER REFERENCES findings(id))"),
         QStringLiteral("CREATE INDEX control_judgements_control ON control_judgements "
                        "(control_id)"),
         QStringLiteral("CREATE TABLE vulnerable_functions ("
                        " id INTEGER PRIMARY KEY,"
                        " name TEXT NOT NULL,"
                        " unit TEXT NOT NULL DEFAULT '',"
                        " reasons TEXT NOT NULL,"
                        " screening TEXT NOT NULL DEFAULT '',"
                        " last_assessed TEXT NOT NULL DEFAULT '',"
                        " note TEXT NOT NULL DEFAULT '',"
                        " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE TABLE vulnerable_function_risks ("
                        " function_id INTEGER NOT NULL REFERENCES vulnerable_functions(id) ON "
                        "DELETE CASCADE,"
                        " risk_id INTEGER NOT NULL REFERENCES risks(id) ON DELETE CASCADE,"
                        " PRIMARY KEY (function_id, risk_id))"),
         QStringLiteral("CREATE TABLE audits ("
                        " id INTEGER PRIMARY KEY,"
                        " year INTEGER NOT NULL,"
                        " title TEXT NOT NULL,"
                        " subject_kind TEXT NOT NULL,"
                        " block_id INTEGER REFERENCES building_blocks(id),"
                        " risk_id INTEGER REFERENCES risks(id),"
                        " process TEXT NOT NULL DEFAULT '',"
                        " scope TEXT NOT NULL DEFAULT '',"
                        " auditor_kind TEXT NOT NULL,"
                        " auditor_name TEXT NOT NULL DEFAULT '',"
                        " planned_start TEXT NOT NULL DEFAULT '',"
                        " planned_end TEXT NOT NULL DEFAULT '',"
                        " actual_start TEXT NOT NULL DEFAULT '',"
                        " actual_end TEXT NOT NULL DEFAULT '',"
                        " status TEXT NOT NULL,"
                        " created_at TEXT NOT NULL,"
                        " created_by TEXT NOT NULL COLLATE NOCASE,"
                        " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE INDEX audits_year ON audits (year)"),
         QStringLiteral("CREATE TABLE findings ("
                        " id INTEGER PRIMARY KEY,"
                        " audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,"
                        " title TEXT NOT NULL,"
                        " description TEXT NOT NULL DEFAULT '',"
                        " severity TEXT NOT NULL,"
                        " block_id INTEGER REFERENCES building_blocks(id),"
                        " control_id INTEGER REFERENCES controls(id),"
                        " recommendation TEXT NOT NULL DEFAULT '',"
                        " management_response TEXT NOT NULL DEFAULT '',"
                        " created_at TEXT NOT NULL,"
                        " created_by TEXT NOT NULL COLLATE NOCASE,"
                        " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE INDEX findings_audit ON findings (audit_id)"),
         QStringLiteral("CREATE TABLE finding_actions ("
                        " id INTEGER PRIMARY KEY,"
                        " finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,"
                        " title TEXT NOT NULL,"
                        " owner TEXT NOT NULL,"
                        " due_on TEXT NOT NULL,"
                        " status TEXT NOT NULL,"
                        " done_on TEXT NOT NULL DEFAULT '',"
                        " created_on TEXT NOT NULL,"
                        " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE INDEX finding_actions_finding ON finding_actions (finding_id)"),
         QStringLiteral("CREATE TABLE plan_actions ("
                        " id INTEGER PRIMARY KEY,"
                        " year INTEGER NOT NULL,"
                        " title TEXT NOT NULL,"
                        " description TEXT NOT NULL DEFAULT '',"
                        " theme_id INTEGER REFERENCES themes(id),"
                        " block_id INTEGER REFERENCES building_blocks(id),"
                        " source TEXT NOT NULL,"
                        " finding_id INTEGER REFERENCES findings(id),"
                        " owner TEXT NOT NULL,"
                        " due_on TEXT NOT NULL,"
                        " status TEXT NOT NULL,"
                        " created_on TEXT NOT NULL,"
                        " created_by TEXT NOT NULL COLLATE NOCASE,"
                        " carried_from INTEGER REFERENCES plan_actions(id),"
                        " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE INDEX plan_actions_year ON plan_actions (year)"),
         QStringLiteral("CREATE TABLE plan_action_notes ("
                        " id INTEGER PRIMARY KEY,"
                        " action_id INTEGER NOT NULL REFERENCES plan_actions(id) ON DELETE "
                        "CASCADE,"
                        " written_at TEXT NOT NULL,"
                        " author TEXT NOT NULL COLLATE NOCASE,"
                        " text TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX plan_action_notes_action ON plan_action_notes "
                        "(action_id)"),
         QStringLiteral("CREATE TABLE activities ("
                        " id INTEGER PRIMARY KEY,"
                        " held_on TEXT NOT NULL,"
                        " kind TEXT NOT NULL,"
                        " title TEXT NOT NULL,"
                        " unit TEXT NOT NULL DEFAULT '',"
                        " participants INTEGER NOT NULL,"
                        " created_by TEXT NOT NULL COLLATE NOCASE,"
                        " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE INDEX activities_held_on ON activities (held_on)")});
    for (const QString& table : Ledger::controlLoopTables())
        if (created)
            created = Ledger::addTable(db, table);
    return created;
}

// Version 2 of the counselling compartment: the contacts, each sealed under a key of its own
// that is sealed to the public key of each counsellor who holds it (CounsellingKeys); the
// counsellors' public keys as each pinned their own at first use; and the compartment's own
// hash-chained, signed audit log, so that nothing of a contact reaches the shared one; and a
// the advisers' public keys as a counsellor first sealed a handover to them (CounsellingHandovers);
// a tombstone per destroyed contact (its year only, so that figures already published from it are
// not recounted without it). The settings live in meta.
Result<void> counsellingV2(QSqlDatabase& db) {
    const QStringList appendOnly = Ledger::appendOnlyTriggerSql();
    return execAll(db, {QStringLiteral("CREATE TABLE audit_log ("
                                       " id INTEGER PRIMARY KEY,"
                                       " at TEXT NOT NULL,"
                                       " actor TEXT NOT NULL,"
                                       " action TEXT NOT NULL,"
                                       " record_type TEXT NOT NULL,"
                                       " record_id TEXT NOT NULL,"
                                       " summary TEXT NOT NULL,"
                                       " previous_hash TEXT NOT NULL,"
                                       " hash TEXT NOT NULL,"
                                       " summary_code TEXT NOT NULL DEFAULT '',"
                                       " summary_params TEXT NOT NULL DEFAULT '',"
                                       " signer TEXT NOT NULL DEFAULT '',"
                                       " signature TEXT NOT NULL DEFAULT '',"
                                       " row_hashes TEXT NOT NULL DEFAULT '')"),
                        appendOnly.at(0), appendOnly.at(1),
                        QStringLiteral("CREATE TABLE counsellor_keys ("
                                       " user_name TEXT PRIMARY KEY COLLATE NOCASE,"
                                       " box_public BLOB NOT NULL,"
                                       " sign_public BLOB NOT NULL,"
                                       " pinned_at TEXT NOT NULL)"),
                        QStringLiteral("CREATE TABLE contacts ("
                                       " id INTEGER PRIMARY KEY,"
                                       " owner TEXT NOT NULL COLLATE NOCASE,"
                                       " generation INTEGER NOT NULL DEFAULT 1,"
                                       " content BLOB NOT NULL,"
                                       " row_version INTEGER NOT NULL DEFAULT 1)"),
                        QStringLiteral("CREATE TABLE contact_keys ("
                                       " contact_id INTEGER NOT NULL REFERENCES contacts(id) "
                                       "ON DELETE CASCADE,"
                                       " holder TEXT NOT NULL COLLATE NOCASE,"
                                       " sealed_key BLOB NOT NULL,"
                                       " PRIMARY KEY (contact_id, holder))"),
                        QStringLiteral("CREATE INDEX contact_keys_holder ON contact_keys "
                                       "(holder)"),
                        QStringLiteral("CREATE TABLE trusted_advisers ("
                                       " user_name TEXT PRIMARY KEY COLLATE NOCASE,"
                                       " box_public BLOB NOT NULL,"
                                       " pinned_at TEXT NOT NULL)"),
                        QStringLiteral("CREATE TABLE destroyed_contacts ("
                                       " contact_id INTEGER PRIMARY KEY,"
                                       " owner TEXT NOT NULL COLLATE NOCASE,"
                                       " year INTEGER NOT NULL,"
                                       " destroyed_at TEXT NOT NULL)")});
}

// Version 1 of the office compartment, which only advisers hold: its identity, and the public
// keys of every account as an adviser recorded them when the account was made or its access was
// reset. The keyring beside the store is writable by anyone with the files; these are the keys
// an adviser trusts when checking a signature or sealing a key to an account.
Result<void> officeV1(QSqlDatabase& db) {
    return execAll(db,
                   {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE account_keys ("
                                   " user_name TEXT PRIMARY KEY COLLATE NOCASE,"
                                   " role TEXT NOT NULL,"
                                   " box_public BLOB NOT NULL,"
                                   " sign_public BLOB NOT NULL,"
                                   " pinned_by TEXT NOT NULL,"
                                   " pinned_at TEXT NOT NULL)")});
}

// Version 2 of the office compartment: the full-text index over the cases' searchable text
// (FTS4: SQLCipher 3.4 on Debian has no FTS5), moved here from the main compartment, its items
// per case, and per case the text version (main compartment, case_text_versions) it indexed. Filled
// by the first adviser session after the upgrade (CaseSearchIndex::refresh).
Result<void> officeV2(QSqlDatabase& db) {
    return execAll(
        db, {QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts4("
                            "case_id, source, source_id, body,"
                            " notindexed=case_id, notindexed=source,"
                            " notindexed=source_id,"
                            " tokenize=unicode61 \"remove_diacritics=1\")"),
             // Which indexed items belong to a case, to replace them by docid.
             QStringLiteral("CREATE TABLE case_search_items ("
                            " docid INTEGER PRIMARY KEY,"
                            " case_id INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX case_search_items_case ON case_search_items (case_id)"),
             QStringLiteral("CREATE TABLE case_search_versions ("
                            " case_id INTEGER PRIMARY KEY,"
                            " version INTEGER NOT NULL)")});
}

// Version 3 of the office compartment: every public key ever pinned for an account, so that
// `verify` checks an entry signed before an access reset against the key of its time.
Result<void> officeV3(QSqlDatabase& db) {
    const QString record = QStringLiteral(
        "INSERT INTO account_key_history (user_name, sign_public, box_public, pinned_by, "
        "pinned_at) VALUES (NEW.user_name, NEW.sign_public, NEW.box_public, NEW.pinned_by, "
        "NEW.pinned_at); ");
    return execAll(
        db, {QStringLiteral("CREATE TABLE account_key_history ("
                            " id INTEGER PRIMARY KEY,"
                            " user_name TEXT NOT NULL COLLATE NOCASE,"
                            " sign_public BLOB NOT NULL,"
                            " box_public BLOB NOT NULL,"
                            " pinned_by TEXT NOT NULL,"
                            " pinned_at TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO account_key_history (user_name, sign_public, box_public, "
                            "pinned_by, pinned_at) SELECT user_name, sign_public, box_public, "
                            "pinned_by, pinned_at FROM account_keys"),
             QStringLiteral("CREATE TRIGGER account_keys_history_insert AFTER INSERT ON "
                            "account_keys BEGIN ") +
                 record + QStringLiteral("END"),
             QStringLiteral("CREATE TRIGGER account_keys_history_update AFTER UPDATE ON "
                            "account_keys BEGIN ") +
                 record + QStringLiteral("END")});
}

// Version 4 of the office compartment: the advisers' plain copy of every case's facts, which
// the main compartment holds sealed (mainV9), for the case list, its filters and the counts,
// and every case number given (the audit log names cases by row id since main version 9).
// Emptying the recorded versions makes the next adviser session copy every case.
Result<void> officeV4(QSqlDatabase& db) {
    return execAll(db, {QStringLiteral("CREATE TABLE case_facts ("
                                       " case_id INTEGER PRIMARY KEY,"
                                       " number TEXT NOT NULL,"
                                       " received_on TEXT NOT NULL,"
                                       " channel TEXT NOT NULL,"
                                       " anonymous INTEGER NOT NULL,"
                                       " building_block_id INTEGER,"
                                       " violation_type_id INTEGER,"
                                       " state TEXT NOT NULL,"
                                       " state_since TEXT NOT NULL,"
                                       " investigation_kind TEXT,"
                                       " verdict TEXT,"
                                       " measure_id INTEGER,"
                                       " acknowledged_on TEXT,"
                                       " feedback_on TEXT,"
                                       " feedback_extended_to TEXT,"
                                       " closed_on TEXT)"),
                        QStringLiteral("CREATE INDEX case_facts_received ON case_facts "
                                       "(received_on, number)"),
                        QStringLiteral("CREATE INDEX case_facts_state ON case_facts (state)"),
                        QStringLiteral("CREATE INDEX case_facts_type ON case_facts "
                                       "(violation_type_id)"),
                        // Every number given, kept when its case is deleted (CaseNumbers).
                        QStringLiteral("CREATE TABLE case_numbers ("
                                       " case_id INTEGER PRIMARY KEY,"
                                       " number TEXT NOT NULL)"),
                        QStringLiteral("DELETE FROM case_search_versions")});
}

// Version 5 of the office compartment: what a row of the case list shows and is sorted and
// filtered on, kept in the copy with the facts (CaseListCopy) so that a screen of the list is
// one indexed query however many cases the store holds, and the deadlines of open cases that
// are not met, for the deadline view and the dashboard. Every case is copied again.
Result<void> officeV5(QSqlDatabase& db) {
    QStringList statements;
    for (const QString& column :
         {QStringLiteral("title TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("title_key TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("number_key TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("state_rank INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("assignees TEXT NOT NULL DEFAULT ''"), QStringLiteral("next_kind INTEGER"),
          QStringLiteral("next_label TEXT"), QStringLiteral("next_warn_from TEXT"),
          QStringLiteral("next_original_due TEXT"), QStringLiteral("next_extension_reason TEXT"),
          // The next deadline's due date, or after every date when there is none: what the list
          // sorts and filters on.
          QStringLiteral("deadline_key TEXT NOT NULL DEFAULT '9999-12-31'"),
          // The place of its violation type and building block in the order of their names
          // (type_order, block_order); -1 for none.
          QStringLiteral("type_rank INTEGER NOT NULL DEFAULT -1"),
          QStringLiteral("block_rank INTEGER NOT NULL DEFAULT -1")})
        statements.append(QStringLiteral("ALTER TABLE case_facts ADD COLUMN ") + column);
    statements << QStringLiteral("DROP INDEX case_facts_received")
               << QStringLiteral("DROP INDEX case_facts_state")
               << QStringLiteral("DROP INDEX case_facts_type");
    // The list's own order, and each equality filter followed by it, so that a screen of rows
    // is read in order from an index and the reading stops after it. The first also covers
    // what type-ahead compares, which it then reads from the index alone.
    statements << QStringLiteral("CREATE INDEX case_facts_by_received ON case_facts "
                                 "(received_on, number_key, title_key, number)");
    for (const QString& prefix :
         {QStringLiteral("state_rank, "), QStringLiteral("violation_type_id, "),
          QStringLiteral("building_block_id, ")}) {
        QString name = prefix;
        name.remove(QStringLiteral(", "));
        statements.append(QStringLiteral("CREATE INDEX case_facts_by_%1_received ON case_facts "
                                         "(%2received_on, number_key)")
                              .arg(name, prefix));
    }
    statements << QStringLiteral("CREATE INDEX case_facts_by_deadline ON case_facts (deadline_key)")
               << QStringLiteral("CREATE INDEX case_facts_by_type ON case_facts (type_rank)")
               << QStringLiteral("CREATE INDEX case_facts_by_theme ON case_facts (block_rank)")
               << QStringLiteral("CREATE INDEX case_facts_by_assignees ON case_facts "
                                 "(assignees COLLATE NOCASE)")
               << QStringLiteral("CREATE TABLE type_order (id INTEGER PRIMARY KEY, "
                                 "rank INTEGER NOT NULL)")
               << QStringLiteral("CREATE TABLE block_order (id INTEGER PRIMARY KEY, "
                                 "rank INTEGER NOT NULL)")
               << QStringLiteral("CREATE INDEX case_facts_by_number ON case_facts (number_key)")
               << QStringLiteral("CREATE INDEX case_facts_by_title ON case_facts (title_key)")
               << QStringLiteral("CREATE TABLE case_open_deadlines ("
                                 " id INTEGER PRIMARY KEY,"
                                 " case_id INTEGER NOT NULL,"
                                 " kind INTEGER NOT NULL,"
                                 " label TEXT,"
                                 " due_on TEXT NOT NULL,"
                                 " warn_from TEXT NOT NULL,"
                                 " original_due TEXT NOT NULL,"
                                 " extension_reason TEXT NOT NULL DEFAULT '')")
               << QStringLiteral("CREATE INDEX case_open_deadlines_case ON case_open_deadlines "
                                 "(case_id)")
               << QStringLiteral("CREATE INDEX case_open_deadlines_due ON case_open_deadlines "
                                 "(due_on)")
               << QStringLiteral("DELETE FROM case_search_versions")
               << QStringLiteral("DELETE FROM meta WHERE key = 'copied_main_state'");
    return execAll(db, statements);
}

// Version 6 of the office compartment: each sort key's index goes on with the list's own order
// (received_on DESC, number_key DESC), so that sorting by a key many cases share (a state, a
// type, the same assignees, no open deadline) reads its first screen from the index in either
// direction instead of sorting every case of the first group. The state's also serves the state
// filter in the list's own order.
Result<void> officeV6(QSqlDatabase& db) {
    QStringList statements;
    for (const auto& [name, key] :
         {std::pair{QStringLiteral("state_rank_received"), QStringLiteral("state_rank")},
          std::pair{QStringLiteral("deadline"), QStringLiteral("deadline_key")},
          std::pair{QStringLiteral("type"), QStringLiteral("type_rank")},
          std::pair{QStringLiteral("theme"), QStringLiteral("block_rank")},
          std::pair{QStringLiteral("assignees"), QStringLiteral("assignees COLLATE NOCASE")},
          std::pair{QStringLiteral("title"), QStringLiteral("title_key")}}) {
        statements << QStringLiteral("DROP INDEX case_facts_by_%1").arg(name)
                   << QStringLiteral("CREATE INDEX case_facts_by_%1 ON case_facts "
                                     "(%2, received_on DESC, number_key DESC)")
                          .arg(name, key);
    }
    return execAll(db, statements);
}

// Version 7 of the office compartment: the grams of every case's number and title
// (CaseListCopy::quickGrams), so that the type-ahead compares only the cases that hold all of
// its text's grams when few do, instead of every case; and the number of cases in each state,
// kept by triggers as the copy changes, for the dashboard's counts without a scan. Every case is
// copied again: without a version copied up to and with no case's version recorded, the next
// adviser session compares every case (CaseSearchIndex::catchUp).
Result<void> officeV7(QSqlDatabase& db) {
    const QString add = QStringLiteral(
        "INSERT OR IGNORE INTO case_state_counts (state_rank, cases) VALUES (NEW.state_rank, 0); "
        "UPDATE case_state_counts SET cases = cases + 1 WHERE state_rank = NEW.state_rank; ");
    const QString remove = QStringLiteral("UPDATE case_state_counts SET cases = cases - 1 WHERE "
                                          "state_rank = OLD.state_rank; ");
    return execAll(
        db, {QStringLiteral("CREATE VIRTUAL TABLE case_quick USING fts4(grams, tokenize=simple)"),
             QStringLiteral("CREATE TABLE case_state_counts (state_rank INTEGER PRIMARY KEY, "
                            "cases INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO case_state_counts (state_rank, cases) "
                            "SELECT state_rank, count(*) FROM case_facts GROUP BY state_rank"),
             QStringLiteral("CREATE TRIGGER case_state_counts_added AFTER INSERT ON case_facts "
                            "BEGIN ") +
                 add + QStringLiteral("END"),
             QStringLiteral("CREATE TRIGGER case_state_counts_removed AFTER DELETE ON case_facts "
                            "BEGIN ") +
                 remove + QStringLiteral("END"),
             QStringLiteral("CREATE TRIGGER case_state_counts_moved AFTER UPDATE OF state_rank "
                            "ON case_facts BEGIN ") +
                 remove + add + QStringLiteral("END"),
             QStringLiteral("DELETE FROM case_search_versions"),
             QStringLiteral("DELETE FROM meta WHERE key = 'copied_version'")});
}

const std::vector<Step>& steps(Compartment compartment) {
    static const std::vector<Step> main{mainV1,  mainV2,  mainV3,  mainV4,  mainV5,
                                        mainV6,  mainV7,  mainV8,  mainV9,  mainV10,
                                        mainV11, mainV12, mainV13, mainV14, mainV15};
    static const std::vector<Step> office{officeV1, officeV2, officeV3, officeV4,
                                          officeV5, officeV6, officeV7};
    static const std::vector<Step> counselling{counsellingV1, counsellingV2};
    switch (compartment) {
    case Compartment::Main:
        return main;
    case Compartment::Office:
        return office;
    case Compartment::Counselling:
        break;
    }
    return counselling;
}

} // namespace

QList<QPair<QString, QString>> Migrations::textVersionTriggers() {
    // No foreign key: the version of a deleted case may outlive it, and is ignored.
    // The store's next version, whichever case it is for (mainV10).
    const auto bump = [](const QString& caseId) {
        return QStringLiteral("INSERT OR REPLACE INTO case_text_versions (case_id, version) "
                              "VALUES (%1, COALESCE((SELECT max(version) FROM "
                              "case_text_versions), 0) + 1);")
            .arg(caseId);
    };
    QList<QPair<QString, QString>> triggers;
    const auto add = [&triggers](const QString& name, const QString& event, const QString& body) {
        triggers.append(
            {name,
             QStringLiteral("CREATE TRIGGER %1 AFTER %2 BEGIN %3 END").arg(name, event, body)});
    };
    add(QStringLiteral("case_text_case_added"), QStringLiteral("INSERT ON cases"),
        bump(QStringLiteral("NEW.id")));
    add(QStringLiteral("case_text_case_edited"),
        QStringLiteral("UPDATE OF title, description ON cases"), bump(QStringLiteral("NEW.id")));
    add(factsTrigger, QStringLiteral("UPDATE OF facts ON cases"), bump(QStringLiteral("NEW.id")));
    add(QStringLiteral("case_text_case_deleted"), QStringLiteral("DELETE ON cases"),
        bump(QStringLiteral("OLD.id")));
    add(QStringLiteral("case_list_assignment_added"), QStringLiteral("INSERT ON case_assignments"),
        bump(QStringLiteral("NEW.case_id")));
    add(QStringLiteral("case_list_assignment_removed"),
        QStringLiteral("DELETE ON case_assignments"), bump(QStringLiteral("OLD.case_id")));
    add(QStringLiteral("case_list_deadline_added"), QStringLiteral("INSERT ON case_deadlines"),
        bump(QStringLiteral("NEW.case_id")));
    add(QStringLiteral("case_list_deadline_edited"), QStringLiteral("UPDATE ON case_deadlines"),
        bump(QStringLiteral("NEW.case_id")));
    add(QStringLiteral("case_list_deadline_deleted"), QStringLiteral("DELETE ON case_deadlines"),
        bump(QStringLiteral("OLD.case_id")));
    add(QStringLiteral("case_text_journal_added"), QStringLiteral("INSERT ON case_journal"),
        bump(QStringLiteral("NEW.case_id")));
    add(QStringLiteral("case_text_journal_edited"),
        QStringLiteral("UPDATE OF text ON case_journal"), bump(QStringLiteral("NEW.case_id")));
    add(QStringLiteral("case_text_journal_deleted"), QStringLiteral("DELETE ON case_journal"),
        bump(QStringLiteral("OLD.case_id")));
    add(QStringLiteral("case_text_document_added"), QStringLiteral("INSERT ON case_documents"),
        bump(QStringLiteral("NEW.case_id")));
    add(QStringLiteral("case_text_document_edited"),
        QStringLiteral("UPDATE OF file_name, note, extracted_text ON case_documents"),
        bump(QStringLiteral("NEW.case_id")));
    add(QStringLiteral("case_text_document_deleted"), QStringLiteral("DELETE ON case_documents"),
        bump(QStringLiteral("OLD.case_id")));
    return triggers;
}

int Migrations::latest(Compartment compartment) {
    return static_cast<int>(steps(compartment).size());
}

Result<int> Migrations::version(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return SqlCipher::toError(query.lastError(), tr("reading the store's version"));
    return query.value(0).toInt();
}

Result<void> Migrations::migrate(QSqlDatabase db, Compartment compartment, int target) {
    const int newest = latest(compartment);
    if (target < 0)
        target = newest;
    auto current = version(db);
    if (!current)
        return current.error();
    if (current.value() > newest) {
        return makeError(ErrorCode::NewerSchema,
                         tr("This store was made by a newer version of Infopunt (store version %1, "
                            "this program knows up to %2). Install the newer version to open it; "
                            "the store has not been changed.")
                             .arg(current.value())
                             .arg(newest));
    }
    for (int next = current.value() + 1; next <= target; ++next) {
        if (!db.transaction())
            return SqlCipher::toError(db.lastError(), tr("upgrading the store"));
        // Rows a step changes in ledgered tables are recorded by the first signed entry after
        // the upgrade (Store::open); rows noted before the step are not the step's.
        auto head = Ledger::pendingHead(db);
        Result<void> applied = head ? Result<void>() : Result<void>(head.error());
        if (applied)
            applied = steps(compartment)[static_cast<std::size_t>(next - 1)](db);
        if (applied && compartment == Compartment::Main)
            applied = Ledger::markMigrated(db, head.value(), next);
        if (applied) {
            QSqlQuery pragma(db);
            if (!pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)))
                applied = SqlCipher::toError(pragma.lastError(), tr("upgrading the store"));
        }
        if (!applied) {
            db.rollback();
            return applied;
        }
        if (!db.commit()) {
            const Error error = SqlCipher::toError(db.lastError(), tr("upgrading the store"));
            db.rollback();
            return error;
        }
    }
    return {};
}

} // namespace infopunt
