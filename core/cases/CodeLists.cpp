#include "cases/CodeLists.h"

#include "cases/CaseAccess.h"
#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

struct ShippedEntry {
    const char* code;
    const char* name; // source text, translated in the context infopunt::CodeLists
};

// The starting set the store is created with (Migrations, mainV3), in the same order.
const ShippedEntry shippedViolationTypes[] = {
    {"corruption", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Corruption / bribery")},
    {"fraud", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Fraud / theft")},
    {"conflict_of_interest", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Conflict of interest")},
    {"misuse_of_powers", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Misuse of powers")},
    {"information", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Misuse or leaking of information")},
    {"undesirable_behaviour", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Undesirable behaviour")},
    {"misuse_of_resources", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Misuse of resources")},
    {"private_misconduct", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Misconduct in private time")},
    {"other", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Other")},
};

const ShippedEntry shippedMeasures[] = {
    {"written_reprimand", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Written reprimand")},
    {"fine", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Fine")},
    {"salary_reduction", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Salary reduction")},
    {"no_salary_increase",
     QT_TRANSLATE_NOOP("infopunt::CodeLists", "Withholding a salary increase")},
    {"disciplinary_transfer", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Disciplinary transfer")},
    {"suspension", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Suspension")},
    {"dismissal", QT_TRANSLATE_NOOP("infopunt::CodeLists", "Disciplinary dismissal")},
};

constexpr int maximumNameLength = 200;

const QString selectEntries =
    QStringLiteral("SELECT id, code, name, retired, row_version, list FROM code_lists ");

// What an update needs: the entry as stored, and which list it belongs to.
struct StoredEntry {
    CodeListEntry entry;
    CodeLists::List list = CodeLists::List::ViolationType;
    QString ownName; // the name the office gave it; empty for a shipped entry not renamed
};

StoredEntry entryFrom(const QSqlQuery& query) {
    StoredEntry stored;
    stored.list = query.value(5).toString() == CodeLists::listCode(CodeLists::List::Measure)
                      ? CodeLists::List::Measure
                      : CodeLists::List::ViolationType;
    CodeListEntry& entry = stored.entry;
    entry.id = query.value(0).toLongLong();
    entry.code = query.value(1).toString();
    stored.ownName = query.value(2).toString();
    entry.name = stored.ownName;
    if (entry.name.isEmpty())
        entry.name = CodeLists::shippedName(stored.list, entry.code);
    if (entry.name.isEmpty())
        entry.name = entry.code;
    entry.retired = query.value(3).toBool();
    entry.rowVersion = query.value(4).toLongLong();
    return stored;
}

Result<StoredEntry> findEntry(QSqlDatabase db, qint64 id) {
    return sql::firstRow(
        sql::execute(db, selectEntries + QStringLiteral("WHERE id = ?"), {id},
                     CodeLists::tr("reading the list")),
        entryFrom,
        makeError(ErrorCode::NotFound, CodeLists::tr("This list entry no longer exists.")));
}

// The audit parameters naming `stored`: its list and code, and under `nameKey` the office's own
// name (a shipped entry is shown by its translated name, in the reader's language).
QJsonObject auditParams(const StoredEntry& stored, const QString& nameKey,
                        QJsonObject params = {}) {
    params.insert(QStringLiteral("list"), CodeLists::listCode(stored.list));
    params.insert(QStringLiteral("entry"), stored.entry.code);
    if (!stored.ownName.isEmpty())
        params.insert(nameKey, stored.ownName);
    return params;
}

// Only an Adviser changes the lists: begins `write` for one.
Result<void> beginChange(Store& store, WriteTransaction& write) {
    if (const CaseAccess access(store); !access.isAdviser())
        return access.notPermitted();
    return write.begin();
}

// The same, and reads the entry to change inside the transaction.
Result<StoredEntry> beginChange(Store& store, WriteTransaction& write, qint64 id) {
    if (auto begun = beginChange(store, write); !begun)
        return begun.error();
    return findEntry(store.database(), id);
}

// Sets one column of the entry; StaleEdit unless it is still at `expectedRowVersion`.
Result<void> updateEntry(QSqlDatabase db, qint64 id, qint64 expectedRowVersion,
                         const QString& assignment, const QVariant& value, const QString& what) {
    QSqlQuery update = sql::prepared(db,
                                     QStringLiteral("UPDATE code_lists SET ") + assignment +
                                         QStringLiteral(", row_version = row_version + 1 "
                                                        "WHERE id = ? AND row_version = ?"),
                                     {value, id, expectedRowVersion});
    return RowVersion::execUpdate(update, what);
}

// A usable name that no other entry of the list (retired ones included) shows already.
} // namespace

FieldErrors CodeLists::validateName(const QString& name) {
    const QString field = QStringLiteral("name");
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return {{field, tr("Enter a name.")}};
    if (simplified.size() > maximumNameLength)
        return {{field, tr("A name has at most %1 characters.").arg(maximumNameLength)}};
    return {};
}

namespace {

Result<QString> validName(const QList<CodeListEntry>& entries, CodeLists::List list,
                          const QString& name, qint64 ownId) {
    const QString field = QStringLiteral("name");
    if (auto valid = checkFields(CodeLists::validateName(name)); !valid)
        return valid.error();
    const QString simplified = name.simplified();
    for (const CodeListEntry& entry : entries) {
        if (entry.id == ownId || entry.name.compare(simplified, Qt::CaseInsensitive) != 0)
            continue;
        const QString message =
            entry.retired
                ? CodeLists::tr("The list of %1 already has \"%2\", retired; restore it "
                                "or choose another name.")
                : CodeLists::tr("The list of %1 already has \"%2\". Choose another name.");
        return makeError(ErrorCode::InvalidInput,
                         message.arg(CodeLists::listName(list), entry.name), field);
    }
    return simplified;
}

} // namespace

QString CodeLists::listCode(List list) {
    return list == List::Measure ? QStringLiteral("measure") : QStringLiteral("violation_type");
}

QString CodeLists::listName(List list) {
    return list == List::Measure ? tr("disciplinary measures") : tr("violation types");
}

QString CodeLists::shippedName(List list, const QString& code) {
    const auto find = [&code](const auto& shipped) -> QString {
        for (const ShippedEntry& entry : shipped) {
            if (code == QLatin1String(entry.code))
                return tr(entry.name);
        }
        return {};
    };
    return list == List::Measure ? find(shippedMeasures) : find(shippedViolationTypes);
}

Result<QList<CodeListEntry>> CodeLists::entries(List list, bool includeRetired) const {
    return sql::rows(
        sql::execute(m_store.database(),
                     selectEntries +
                         (includeRetired ? QStringLiteral("WHERE list = ? ")
                                         : QStringLiteral("WHERE list = ? AND retired = 0 ")) +
                         QStringLiteral("ORDER BY sort_order, id"),
                     {listCode(list)}, tr("reading the list")),
        [](const QSqlQuery& row) { return entryFrom(row).entry; });
}

Result<CodeListEntry> CodeLists::add(List list, const QString& name) {
    WriteTransaction write(m_store);
    if (auto begun = beginChange(m_store, write); !begun)
        return begun.error();
    auto current = entries(list);
    if (!current)
        return current.error();
    auto valid = validName(current.value(), list, name, 0);
    if (!valid)
        return valid.error();

    QSqlDatabase db = m_store.database();
    const QString what = tr("adding to the list");
    // The code is "custom_<id>", known once the row exists.
    auto inserted =
        sql::execute(db,
                     QStringLiteral("INSERT INTO code_lists (list, code, name, sort_order) "
                                    "VALUES (?, '', ?, (SELECT COALESCE(MAX(sort_order), "
                                    "0) + 1 FROM code_lists WHERE list = ?))"),
                     {listCode(list), valid.value(), listCode(list)}, what);
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    if (auto coded = sql::run(
            db, QStringLiteral("UPDATE code_lists SET code = 'custom_' || id WHERE id = ?"), {id},
            what);
        !coded)
        return coded.error();
    auto added = findEntry(db, id);
    if (!added)
        return added.error();
    write.audit(
        QStringLiteral("code_list.add"), QStringLiteral("code_list"), added.value().entry.code,
        {QStringLiteral("code_list.add"),
         {{QStringLiteral("list"), listCode(list)}, {QStringLiteral("name"), valid.value()}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return added.value().entry;
}

Result<void> CodeLists::rename(qint64 id, qint64 expectedRowVersion, const QString& name) {
    WriteTransaction write(m_store);
    auto stored = beginChange(m_store, write, id);
    if (!stored)
        return stored.error();
    auto current = entries(stored.value().list);
    if (!current)
        return current.error();
    auto valid = validName(current.value(), stored.value().list, name, id);
    if (!valid)
        return valid.error();
    if (auto updated =
            updateEntry(m_store.database(), id, expectedRowVersion, QStringLiteral("name = ?"),
                        valid.value(), tr("renaming the list entry"));
        !updated)
        return updated;
    write.audit(
        QStringLiteral("code_list.rename"), QStringLiteral("code_list"), stored.value().entry.code,
        {QStringLiteral("code_list.rename"), auditParams(stored.value(), QStringLiteral("from"),
                                                         {{QStringLiteral("to"), valid.value()}})});
    return write.commit();
}

Result<void> CodeLists::setRetired(qint64 id, qint64 expectedRowVersion, bool retired) {
    WriteTransaction write(m_store);
    auto stored = beginChange(m_store, write, id);
    if (!stored)
        return stored.error();
    if (auto updated =
            updateEntry(m_store.database(), id, expectedRowVersion, QStringLiteral("retired = ?"),
                        retired ? 1 : 0,
                        retired ? tr("retiring the list entry") : tr("restoring the list entry"));
        !updated)
        return updated;
    const QString action =
        retired ? QStringLiteral("code_list.retire") : QStringLiteral("code_list.restore");
    write.audit(action, QStringLiteral("code_list"), stored.value().entry.code,
                {action, auditParams(stored.value(), QStringLiteral("name"))});
    return write.commit();
}

} // namespace infopunt
