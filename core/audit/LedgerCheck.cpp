#include "audit/LedgerCheck.h"

#include "audit/AuditLog.h"
#include "cases/CaseFacts.h"
#include "cases/CaseKeys.h"
#include "storage/Ledger.h"
#include "storage/Migrations.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlRecord>

namespace infopunt {

namespace {

using Status = LedgerCheck::Status;
using Check = LedgerCheck::Check;

constexpr int shownFindings = 10;
const QString recoverySigner = QStringLiteral("recovery");

// Findings joined into one message; past the first few, only how many more there are.
class Findings {
public:
    void add(const QString& finding) {
        if (m_shown.size() < shownFindings)
            m_shown.append(finding);
        ++m_count;
    }
    bool isEmpty() const { return m_count == 0; }
    QString text() const {
        QString joined = m_shown.join(QStringLiteral("; "));
        if (m_count > m_shown.size())
            joined += LedgerCheck::tr(" (and %n more)", nullptr,
                                      static_cast<int>(m_count - m_shown.size()));
        return joined;
    }

private:
    QStringList m_shown;
    qint64 m_count = 0;
};

Check failed(const QString& what, const QString& detail) {
    return {Status::Failed, what, detail};
}

// table -> rowid -> the row's hash (raw) as the log last recorded it.
using RecordedRows = QHash<QString, QHash<qint64, QByteArray>>;

// Every signing key an adviser ever pinned per account (lower-case user name), so that an entry
// signed before an access reset is checked against the key of its time.
Result<QMultiHash<QString, QByteArray>> pinnedSigningKeys(const Store& store) {
    auto keys = sql::rows(sql::execute(store.database(Compartment::Office),
                                       QStringLiteral("SELECT user_name, sign_public FROM "
                                                      "account_key_history UNION SELECT "
                                                      "user_name, sign_public FROM account_keys"),
                                       {}, LedgerCheck::tr("reading the accounts' keys")),
                          [](const QSqlQuery& row) {
                              return qMakePair(row.value(0).toString().toLower(),
                                               row.value(1).toByteArray());
                          });
    if (!keys)
        return keys.error();
    QMultiHash<QString, QByteArray> byUser;
    for (const auto& [user, key] : keys.value())
        byUser.insert(user, key);
    return byUser;
}

struct LogPass {
    qint64 entries = 0;
    qint64 unsignedBefore = 0; // unsigned entries before the first signed one
    qint64 signedEntries = 0;
    Findings signatureFindings;
    RecordedRows rows;
};

LogPass readLog(const Store& store, const QMultiHash<QString, QByteArray>* keys,
                const QByteArray& recoveryKey, Error* error) {
    LogPass pass;
    const QString storeId = store.keyring().storeId();
    auto read = AuditLog::forEach(store.database(), [&](const AuditEntry& entry) {
        ++pass.entries;
        if (entry.signer.isEmpty()) {
            if (pass.signedEntries == 0)
                ++pass.unsignedBefore;
            else
                pass.signatureFindings.add(
                    LedgerCheck::tr("entry %1 is not signed although signed entries precede it: "
                                    "it was written outside Infopunt")
                        .arg(entry.id));
        } else {
            ++pass.signedEntries;
            if (keys) {
                const bool recovery = entry.signer == recoverySigner;
                const QList<QByteArray> candidates = recovery
                                                         ? QList<QByteArray>{recoveryKey}
                                                         : keys->values(entry.signer.toLower());
                const QByteArray message = AuditLog::signedMessage(storeId, entry.hash);
                const QByteArray signature = QByteArray::fromHex(entry.signature);
                const bool matches =
                    std::any_of(candidates.cbegin(), candidates.cend(), [&](const QByteArray& key) {
                        return Identity::verify(key, message, signature);
                    });
                if (!recovery && entry.signer.compare(entry.actor, Qt::CaseInsensitive) != 0)
                    pass.signatureFindings.add(
                        LedgerCheck::tr("entry %1 names %2 as its writer but is signed by %3")
                            .arg(entry.id)
                            .arg(entry.actor, entry.signer));
                else if (!matches)
                    pass.signatureFindings.add(
                        LedgerCheck::tr("the signature of entry %1 does not match the key of %2")
                            .arg(entry.id)
                            .arg(entry.signer));
            }
        }
        const QList<Ledger::RowState> states = Ledger::parse(entry.rowHashes);
        for (const Ledger::RowState& state : states) {
            if (state.hash.isEmpty())
                pass.rows[state.table].remove(state.rowId);
            else
                pass.rows[state.table].insert(state.rowId, QByteArray::fromHex(state.hash));
        }
    });
    if (!read)
        *error = read.error();
    return pass;
}

Check signatureCheck(const LogPass& pass, bool keysHeld) {
    const QString what = LedgerCheck::tr("audit log: signatures of %n entries", nullptr,
                                         static_cast<int>(pass.signedEntries));
    if (!pass.signatureFindings.isEmpty())
        return failed(what, pass.signatureFindings.text());
    if (pass.signedEntries == 0 && pass.entries > 0)
        return failed(what, LedgerCheck::tr("no entry is signed: the signatures were removed"));
    const QString older =
        pass.unsignedBefore == 0
            ? QString()
            : LedgerCheck::tr("%n older entries are unsigned (written before version 8 of the "
                              "store)",
                              nullptr, static_cast<int>(pass.unsignedBefore));
    if (!keysHeld)
        return {Status::Skipped, what,
                LedgerCheck::tr("only an integrity adviser can check the signatures: the "
                                "accounts' trusted keys are in the office compartment, which "
                                "this account does not hold. Run verify as an adviser for the "
                                "full check.")};
    return {Status::Passed, what, older};
}

Check triggerCheck(QSqlDatabase db) {
    // The ledger's and the search index's (which notes text versions on case tables).
    const QList<QPair<QString, QString>> expected =
        Ledger::triggers() + Migrations::textVersionTriggers();
    const QString what = LedgerCheck::tr("audit log and ledger: %n triggers", nullptr,
                                         static_cast<int>(expected.size()));
    auto present =
        sql::rows(sql::execute(db,
                               QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master "
                                              "WHERE type = 'trigger'"),
                               {}, LedgerCheck::tr("reading the triggers")),
                  [](const QSqlQuery& row) {
                      return QStringList{row.value(0).toString(), row.value(1).toString(),
                                         row.value(2).toString()};
                  });
    if (!present)
        return failed(what, present.error().message);
    QHash<QString, QString> sqlByName;
    Findings findings;
    QSet<QString> watched(Ledger::tables().cbegin(), Ledger::tables().cend());
    watched << QStringLiteral("audit_log") << QStringLiteral("ledger_pending");
    QSet<QString> known;
    for (const auto& [name, sql] : expected)
        known.insert(name);
    for (const QStringList& trigger : present.value()) {
        sqlByName.insert(trigger[0], trigger[2]);
        // A trigger of someone else's on these tables could change a row as it is recorded.
        if (!known.contains(trigger[0]) && watched.contains(trigger[1]))
            findings.add(LedgerCheck::tr("an unknown trigger %1 on %2 was added")
                             .arg(trigger[0], trigger[1]));
    }
    for (const auto& [name, sql] : expected) {
        const auto found = sqlByName.constFind(name);
        if (found == sqlByName.cend())
            findings.add(LedgerCheck::tr("the trigger %1 is missing").arg(name));
        else if (found.value() != sql)
            findings.add(LedgerCheck::tr("the trigger %1 was changed").arg(name));
    }
    return findings.isEmpty() ? Check{Status::Passed, what, {}} : failed(what, findings.text());
}

Check pendingCheck(QSqlDatabase db) {
    const QString what = LedgerCheck::tr("ledger: no change waits unrecorded");
    auto installed = Ledger::installed(db);
    if (!installed)
        return failed(what, installed.error().message);
    if (!installed.value())
        return failed(what, LedgerCheck::tr("the ledger's table of pending changes is missing"));
    auto pending =
        sql::rows(sql::execute(db,
                               QStringLiteral("SELECT DISTINCT tbl, row_id FROM ledger_pending "
                                              "ORDER BY tbl, row_id"),
                               {}, LedgerCheck::tr("reading the ledger")),
                  [](const QSqlQuery& row) {
                      return LedgerCheck::tr("%1 row %2")
                          .arg(row.value(0).toString())
                          .arg(row.value(1).toLongLong());
                  });
    if (!pending)
        return failed(what, pending.error().message);
    if (pending.value().isEmpty())
        return {Status::Passed, what, {}};
    Findings findings;
    for (const QString& row : pending.value())
        findings.add(row);
    return failed(what, LedgerCheck::tr("changed outside Infopunt and not in the audit log: %1")
                            .arg(findings.text()));
}

// The finding for one row, with the case number where it is known.
QString rowFinding(const QString& table, qint64 rowId, const QString& caseNumber,
                   const char* withCase, const char* withoutCase) {
    return caseNumber.isEmpty() ? LedgerCheck::tr(withoutCase).arg(table).arg(rowId)
                                : LedgerCheck::tr(withCase).arg(table).arg(rowId).arg(caseNumber);
}

// A case's number for a finding: from its sealed facts where the verifier holds the case's key,
// else as the row stores it ("#" and the row id once the facts are sealed).
QString caseNumberOf(const CaseKeys& keys, qint64 caseId, const QVariant& sealedFacts,
                     const QString& storedNumber) {
    if (sealedFacts.isNull())
        return storedNumber;
    if (auto json = keys.open(caseId, sealed::caseFacts, sealedFacts); json) {
        if (auto facts = CaseFactsCodec::fromJson(caseId, json.value()))
            return facts->number;
    }
    return storedNumber;
}

Check rowCheck(const Store& store, RecordedRows recorded) {
    QSqlDatabase db = store.database();
    const CaseKeys keys(store);
    static const char* changedWithCase = QT_TRANSLATE_NOOP(
        "infopunt::LedgerCheck",
        "%1 row %2 (case %3) is not what the audit log last recorded: it was changed outside "
        "Infopunt");
    static const char* changed =
        QT_TRANSLATE_NOOP("infopunt::LedgerCheck",
                          "%1 row %2 is not what the audit log last recorded: it was changed "
                          "outside Infopunt");
    static const char* addedWithCase =
        QT_TRANSLATE_NOOP("infopunt::LedgerCheck",
                          "%1 row %2 (case %3) is not in the audit log: it was added outside "
                          "Infopunt");
    static const char* added =
        QT_TRANSLATE_NOOP("infopunt::LedgerCheck",
                          "%1 row %2 is not in the audit log: it was added outside Infopunt");
    static const char* deletedWithCase = QT_TRANSLATE_NOOP(
        "infopunt::LedgerCheck", "%1 row %2 (case %3) is missing: it was deleted outside Infopunt");
    static const char* deleted = QT_TRANSLATE_NOOP(
        "infopunt::LedgerCheck", "%1 row %2 is missing: it was deleted outside Infopunt");

    Findings findings;
    qint64 checked = 0;
    QHash<qint64, QString> caseNumbers; // case id -> number, from the cases table
    for (const QString& table : Ledger::tables()) {
        const QStringList columns = Ledger::columnsOf(db, table);
        if (columns.isEmpty()) {
            findings.add(LedgerCheck::tr("the table %1 is missing").arg(table));
            continue;
        }
        const bool isCases = table == QLatin1String("cases");
        // The row's case: its own number, its case_id, or (case_reporters) its rowid.
        const qsizetype numberColumn = isCases ? columns.indexOf(QStringLiteral("number")) : -1;
        const qsizetype factsColumn = isCases ? columns.indexOf(QStringLiteral("facts")) : -1;
        const qsizetype caseColumn = columns.indexOf(QStringLiteral("case_id"));
        const bool rowIdIsCase = table == QLatin1String("case_reporters");
        QHash<qint64, QByteArray> expected = recorded.take(table);

        auto rows = sql::execute(db, QStringLiteral("SELECT rowid, * FROM %1").arg(table), {},
                                 LedgerCheck::tr("reading %1").arg(table));
        if (!rows) {
            findings.add(rows.error().message);
            continue;
        }
        QSqlQuery& row = rows.value();
        while (row.next()) {
            ++checked;
            const qint64 rowId = row.value(0).toLongLong();
            if (isCases && numberColumn >= 0)
                caseNumbers.insert(
                    rowId,
                    caseNumberOf(keys, rowId,
                                 factsColumn >= 0 ? row.value(int(factsColumn) + 1) : QVariant(),
                                 row.value(int(numberColumn) + 1).toString()));
            const QByteArray hash = QByteArray::fromHex(Ledger::rowHash(table, row, columns));
            const auto found = expected.constFind(rowId);
            if (found != expected.cend() && found.value() == hash) {
                expected.erase(found);
                continue;
            }
            const QString caseNumber =
                caseColumn >= 0 ? caseNumbers.value(row.value(int(caseColumn) + 1).toLongLong())
                                : caseNumbers.value(rowId);
            if (found == expected.cend()) {
                findings.add(rowFinding(table, rowId, caseNumber, addedWithCase, added));
            } else {
                expected.erase(found);
                findings.add(rowFinding(table, rowId, caseNumber, changedWithCase, changed));
            }
        }
        QList<qint64> missing = expected.keys();
        std::sort(missing.begin(), missing.end());
        for (const qint64 rowId : std::as_const(missing)) {
            const QString caseNumber =
                (isCases || rowIdIsCase) ? caseNumbers.value(rowId) : QString();
            findings.add(rowFinding(table, rowId, caseNumber, deletedWithCase, deleted));
        }
    }
    const QString what = LedgerCheck::tr("ledger: %n rows equal what the audit log recorded",
                                         nullptr, static_cast<int>(checked));
    return findings.isEmpty() ? Check{Status::Passed, what, {}} : failed(what, findings.text());
}

} // namespace

QList<Check> LedgerCheck::run(const Store& store) {
    const bool keysHeld = store.holds(Compartment::Office);
    QMultiHash<QString, QByteArray> keys;
    QList<Check> checks;
    if (keysHeld) {
        auto pinned = pinnedSigningKeys(store);
        if (!pinned)
            checks.append(failed(tr("audit log: signatures"), pinned.error().message));
        else
            keys = pinned.value();
    }
    // Entries signed as "recovery" are checked against the recovery key an adviser's session
    // recorded, not against the keyring beside the store (which anyone with the files can edit).
    QByteArray recoveryKey = store.keyring().recoveryIdentity().sign;
    if (keysHeld) {
        auto pinned = store.pinnedRecoverySignKey();
        if (pinned && pinned.value() != recoveryKey)
            checks.append(failed(tr("audit log: signatures"),
                                 tr("the recovery key in the keyring is not the one an integrity "
                                    "adviser recorded: the keyring has been tampered with")));
        if (pinned)
            recoveryKey = pinned.value();
    }
    Error error;
    LogPass pass = readLog(store, keysHeld ? &keys : nullptr, recoveryKey, &error);
    if (!error.message.isEmpty()) {
        checks.append(failed(tr("audit log: signatures"), error.message));
        return checks;
    }
    if (checks.isEmpty())
        checks.append(signatureCheck(pass, keysHeld));
    checks.append(triggerCheck(store.database()));
    checks.append(pendingCheck(store.database()));
    checks.append(rowCheck(store, std::move(pass.rows)));
    return checks;
}

} // namespace infopunt
