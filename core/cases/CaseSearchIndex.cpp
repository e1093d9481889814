#include "cases/CaseSearchIndex.h"

#include "cases/CaseAccess.h"
#include "cases/CaseFacts.h"
#include "cases/CaseKeys.h"
#include "cases/CaseListCopy.h"
#include "cases/CaseNumbers.h"
#include "cases/MemberCopy.h"
#include "cases/SearchWords.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

using Source = CaseSearchIndex::Source;

struct Item {
    Source source;
    qint64 sourceId;
    QString text;
};

QString sourceCode(Source source) {
    switch (source) {
    case Source::Overview:
        return QStringLiteral("overview");
    case Source::Journal:
        return QStringLiteral("journal");
    case Source::Document:
        return QStringLiteral("document");
    }
    return {};
}

// Each indexed item has a docid of its own: its case's id and its place among the case's items,
// so that a match gives its case without reading the index's text (docid >> itemBits).
constexpr int itemBits = 20;
qint64 docid(qint64 caseId, qsizetype item) {
    return (caseId << itemBits) + item;
}

QString reading() {
    return CaseSearchIndex::tr("reading the text to search");
}

QString updating() {
    return CaseSearchIndex::tr("updating the search index");
}

// The searchable text of one case, decrypted with the case's key (rows from before case keys
// are plain text, which CaseKeys::open returns as it is). The column names are the ones the
// values are sealed for.
Result<QList<Item>> caseItems(QSqlDatabase db, const CaseKeys& keys, qint64 caseId) {
    QList<Item> items;
    auto overview =
        sql::execute(db, QStringLiteral("SELECT title, description FROM cases WHERE id = ?"),
                     {caseId}, reading());
    if (!overview)
        return overview.error();
    if (!overview.value().next())
        return items;
    auto title = keys.open(caseId, sealed::caseTitle, overview.value().value(0));
    auto description = keys.open(caseId, sealed::caseDescription, overview.value().value(1));
    if (!title)
        return title.error();
    if (!description)
        return description.error();
    items.append(
        {Source::Overview, caseId, title.value() + QLatin1Char('\n') + description.value()});

    auto journal =
        sql::execute(db, QStringLiteral("SELECT id, text FROM case_journal WHERE case_id = ?"),
                     {caseId}, reading());
    if (!journal)
        return journal.error();
    while (journal.value().next()) {
        const qint64 entryId = journal.value().value(0).toLongLong();
        auto text = keys.open(caseId, sealed::ofRow(sealed::journalText, entryId),
                              journal.value().value(1));
        if (!text)
            return text.error();
        items.append({Source::Journal, entryId, text.value()});
    }

    // The name and note find a document too, also when no text could be extracted.
    auto documents = sql::execute(db,
                                  QStringLiteral("SELECT id, file_name, note, extracted_text "
                                                 "FROM case_documents WHERE case_id = ?"),
                                  {caseId}, reading());
    if (!documents)
        return documents.error();
    const QStringList columns = {sealed::documentName, sealed::documentNote, sealed::documentText};
    while (documents.value().next()) {
        const qint64 documentId = documents.value().value(0).toLongLong();
        QStringList parts;
        for (int i = 0; i < columns.size(); ++i) {
            auto part = keys.open(caseId, sealed::ofRow(columns[i], documentId),
                                  documents.value().value(i + 1));
            if (!part)
                return part.error();
            parts.append(part.value());
        }
        items.append({Source::Document, documentId, parts.join(QLatin1Char('\n'))});
    }
    return items;
}

Result<QHash<qint64, qint64>> versions(
    QSqlDatabase db, const QString& select, const CaseListCopy::Bind& bind = [](QSqlQuery&) {}) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(select);
    bind(query);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), reading());
    QHash<qint64, qint64> byCase;
    while (query.next())
        byCase.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return byCase;
}

// Removes what the office index holds of `caseId`.
Result<void> removeCase(QSqlDatabase office, qint64 caseId) {
    for (const QString& sql :
         {QStringLiteral("DELETE FROM case_search WHERE docid IN "
                         "(SELECT docid FROM case_search_items WHERE case_id = ?)"),
          QStringLiteral("DELETE FROM case_search_items WHERE case_id = ?"),
          QStringLiteral("DELETE FROM case_facts WHERE case_id = ?"),
          QStringLiteral("DELETE FROM case_search_versions WHERE case_id = ?")}) {
        if (auto done = sql::run(office, sql, {caseId}, updating()); !done)
            return done;
    }
    return CaseListCopy::remove(office, caseId);
}

Result<void> indexCase(QSqlDatabase office, const CaseFacts& facts, const CaseListParts& parts,
                       qint64 version, const QList<Item>& items) {
    const qint64 caseId = facts.id;
    if (auto removed = removeCase(office, caseId); !removed)
        return removed;
    if (auto remembered = CaseNumbers::remember(office, caseId, facts.number); !remembered)
        return remembered;
    if (auto copied = CaseFactsCodec::insertCopy(office, facts); !copied)
        return copied;
    if (auto listed = CaseListCopy::insert(office, facts, parts); !listed)
        return listed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        if (item.text.trimmed().isEmpty())
            continue;
        const qint64 id = docid(caseId, i);
        if (auto put = sql::run(office,
                                QStringLiteral("INSERT INTO case_search (docid, case_id, source, "
                                               "source_id, body) VALUES (?, ?, ?, ?, ?)"),
                                {id, caseId, sourceCode(item.source), item.sourceId, item.text},
                                updating());
            !put)
            return put;
        if (auto listed = sql::run(office,
                                   QStringLiteral("INSERT INTO case_search_items (docid, case_id) "
                                                  "VALUES (?, ?)"),
                                   {id, caseId}, updating());
            !listed)
            return listed;
    }
    return sql::run(office,
                    QStringLiteral("INSERT INTO case_search_versions (case_id, version) "
                                   "VALUES (?, ?)"),
                    {caseId, version}, updating());
}

Result<QList<qint64>> indexMatches(QSqlDatabase office, const QString& words) {
    const CaseSearchIndex::Matching matching = CaseSearchIndex::matching(words);
    QSqlQuery query(office);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT case_id FROM (") + matching.sql + QLatin1Char(')'));
    for (const auto& [placeholder, value] : matching.values)
        query.bindValue(placeholder, value);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), CaseSearchIndex::tr("searching"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

// The newest version the main compartment raised: every change the office copy follows, a
// case's deletion included, takes the store's next version (Migrations::textVersionTriggers).
Result<qint64> newestVersion(QSqlDatabase main) {
    return sql::firstRow(
        sql::execute(main,
                     QStringLiteral("SELECT COALESCE(max(version), 0) FROM case_text_versions"), {},
                     reading()),
        [](const QSqlQuery& row) { return row.value(0).toLongLong(); }, Error{});
}

// The office meta value that says up to which version the copy holds every case.
const QString copiedVersionKey = QStringLiteral("copied_version");

// The version the copy holds every case up to; none when it does not know (a new or upgraded
// office compartment).
Result<std::optional<qint64>> copiedVersion(QSqlDatabase office) {
    auto query = sql::execute(office, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                              {copiedVersionKey}, reading());
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value().value(0).toLongLong());
}

// A case to bring up to date, at the version of the main compartment it is brought to.
struct Stale {
    qint64 caseId;
    qint64 version;
};

// The cases whose version is newer than `copied`, oldest change first, through the index on
// versions: what changed since the copy last looked. At most `limit` (all when negative).
Result<QList<Stale>> changedSince(QSqlDatabase main, qint64 copied, int limit) {
    return sql::rows(sql::execute(main,
                                  QStringLiteral("SELECT case_id, version FROM case_text_versions "
                                                 "WHERE version > ? ORDER BY version LIMIT ?"),
                                  {copied, limit}, reading()),
                     [](const QSqlQuery& row) {
                         return Stale{row.value(0).toLongLong(), row.value(1).toLongLong()};
                     });
}

// How many versions are newer than `version`, from the index.
Result<int> changedCount(QSqlDatabase main, qint64 version) {
    return sql::firstRow(
        sql::execute(main,
                     QStringLiteral("SELECT count(*) FROM case_text_versions WHERE version > ?"),
                     {version}, reading()),
        [](const QSqlQuery& row) { return row.value(0).toInt(); }, Error{});
}

// Every case the copy holds that the main compartment no longer does (with version 0, first)
// and every case whose version the copy has not recorded, by comparing each case's version:
// when the copy does not know up to where it is, or the main compartment is older than the copy
// (restored from a backup). Only the cases `access` sees count as held: a member's copy
// (MemberCopy) holds no other.
Result<QList<Stale>> comparedCases(QSqlDatabase main, QSqlDatabase office,
                                   const CaseAccess& access) {
    auto current = versions(main,
                            QStringLiteral("SELECT cases.id, COALESCE(v.version, 0) FROM "
                                           "cases LEFT JOIN case_text_versions v "
                                           "ON v.case_id = cases.id WHERE ") +
                                access.visibilityCondition(),
                            [&access](QSqlQuery& query) { access.bindVisibility(query); });
    if (!current)
        return current.error();
    auto indexed =
        versions(office, QStringLiteral("SELECT case_id, version FROM case_search_versions"));
    if (!indexed)
        return indexed.error();
    QList<Stale> stale;
    for (auto it = indexed.value().cbegin(); it != indexed.value().cend(); ++it) {
        if (!current.value().contains(it.key()))
            stale.append({it.key(), 0});
    }
    for (auto it = current.value().cbegin(); it != current.value().cend(); ++it) {
        if (indexed.value().value(it.key(), -1) != it.value())
            stale.append({it.key(), it.value()});
    }
    std::sort(stale.begin(), stale.end(),
              [](const Stale& a, const Stale& b) { return a.version < b.version; });
    return stale;
}

// Copies one case, or removes it from the copy when the main compartment no longer holds it or
// `access` does not see it (a member's copy).
Result<void> copyCase(QSqlDatabase main, QSqlDatabase office, const CaseKeys& keys,
                      const CaseAccess& access, const Stale& stale) {
    const qint64 caseId = stale.caseId;
    if (!access.isAdviser()) {
        if (auto visible = access.requireVisible(caseId); !visible)
            return visible.error().code == ErrorCode::NotFound ? removeCase(office, caseId)
                                                               : visible;
    }
    auto facts = CaseFactsCodec::read(main, keys, caseId, reading());
    if (!facts && facts.error().code == ErrorCode::NotFound)
        return removeCase(office, caseId);
    if (!facts)
        return facts.error();
    auto items = caseItems(main, keys, caseId);
    if (!items)
        return items.error();
    auto parts = CaseListCopy::readParts(
        main, keys, QStringLiteral("cases.id = :case"),
        [caseId](QSqlQuery& query) { query.bindValue(QStringLiteral(":case"), caseId); });
    if (!parts)
        return parts.error();
    return indexCase(office, facts.value(), parts.value().value(caseId), stale.version,
                     items.value());
}

} // namespace

Result<int> CaseSearchIndex::refresh(const Store& store) {
    auto caughtUp = catchUp(store, -1);
    if (!caughtUp)
        return caughtUp.error();
    return caughtUp.value().updated;
}

Result<CaseSearchIndex::CatchUp> CaseSearchIndex::catchUp(const Store& store, int maxCases) {
    if (store.holds(Compartment::Office))
        return catchUp(store, store.database(Compartment::Office), maxCases);
    const std::optional<QSqlDatabase> copy = MemberCopy::opened(store);
    if (!copy)
        return CatchUp{};
    auto caughtUp = catchUp(store, *copy, maxCases);
    if (caughtUp)
        return caughtUp;
    // A cache: the member's lists read the main file instead.
    MemberCopy::drop(store);
    return CatchUp{};
}

Result<CaseSearchIndex::CatchUp> CaseSearchIndex::catchUp(const Store& store, QSqlDatabase office,
                                                          int maxCases) {
    QSqlDatabase main = store.database();
    const CaseAccess access(store);
    // Read first, like the versions: a change made after it is seen by the next catch-up. The
    // text is read after its version: text newer than the version read here is only copied
    // again next time, whereas older text recorded at a newer version would stay.
    auto newest = newestVersion(main);
    if (!newest)
        return newest.error();
    auto copied = copiedVersion(office);
    if (!copied)
        return copied.error();
    if (copied.value() == newest.value())
        return CatchUp{}; // every list and count asks: most of the time nothing changed
    const bool knowsChanges = copied.value() && *copied.value() < newest.value();
    // What changed since the copy last looked is read a step at a time (one more than the step
    // tells whether any remain); without that, every case is compared.
    const int readLimit = knowsChanges && maxCases >= 0 ? maxCases + 1 : -1;
    auto stale = knowsChanges ? changedSince(main, *copied.value(), readLimit)
                              : comparedCases(main, office, access);
    if (!stale)
        return stale.error();
    // The cases that are gone (version 0, first) are removed in any step; of the others, the
    // step takes the oldest changes first.
    QList<Stale> now = stale.value();
    const auto gone =
        std::find_if(now.cbegin(), now.cend(), [](const Stale& each) { return each.version > 0; }) -
        now.cbegin();
    CatchUp progress;
    // Up to where the copy holds every case once this step is done: versions are unique and
    // taken in order, so every case at or below the last one taken is copied.
    qint64 reached = newest.value();
    if (maxCases >= 0 && now.size() - gone > maxCases) {
        progress.remaining = static_cast<int>(now.size() - gone) - maxCases;
        now.resize(gone + maxCases);
        reached = now.size() > gone ? now.constLast().version : copied.value().value_or(0);
        if (knowsChanges) {
            auto left = changedCount(main, reached);
            if (!left)
                return left.error();
            progress.remaining = left.value();
        }
    }
    progress.updated = static_cast<int>(now.size() - gone);

    const CaseKeys keys(store);
    if (!office.transaction())
        return SqlCipher::toError(office.lastError(), updating());
    const Result<void> done = [&]() -> Result<void> {
        for (const Stale& each : std::as_const(now)) {
            if (auto put = copyCase(main, office, keys, access, each); !put)
                return put;
        }
        if (progress.remaining > 0 && now.size() == gone)
            return {}; // nothing taken (a step of 0): the copy is no further
        return sql::run(office,
                        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                        {copiedVersionKey, reached}, updating());
    }();
    if (!done) {
        office.rollback();
        return done.error();
    }
    if (!office.commit())
        return SqlCipher::toError(office.lastError(), updating());
    return progress;
}

Result<QList<qint64>> CaseSearchIndex::matchingCases(const Store& store, const QString& words) {
    const SearchWords search(words);
    if (search.isEmpty())
        return QList<qint64>();
    if (store.holds(Compartment::Office)) {
        if (auto refreshed = refresh(store); !refreshed)
            return refreshed.error();
        return indexMatches(store.database(Compartment::Office), words);
    }
    if (const std::optional<QSqlDatabase> copy = MemberCopy::current(store))
        return indexMatches(*copy, words);
    // Without the office key: the cases this user may see, which they hold the keys of.
    const CaseAccess access(store);
    QSqlQuery visible(store.database());
    visible.setForwardOnly(true);
    visible.prepare(QStringLiteral("SELECT cases.id FROM cases WHERE ") +
                    access.visibilityCondition());
    access.bindVisibility(visible);
    if (!visible.exec())
        return SqlCipher::toError(visible.lastError(), tr("searching"));
    QList<qint64> caseIds;
    while (visible.next())
        caseIds.append(visible.value(0).toLongLong());
    return matchingInMemory(store, words, caseIds);
}

CaseSearchIndex::Matching CaseSearchIndex::matching(const QString& words) {
    // All words must occur in one case, not necessarily in one indexed item: intersect per word.
    Matching matching;
    QStringList perWord;
    const QStringList expressions = SearchWords(words).matchExpressions();
    for (qsizetype i = 0; i < expressions.size(); ++i) {
        const QString placeholder = QStringLiteral(":match%1").arg(i);
        perWord.append(QStringLiteral("SELECT docid >> %1 AS case_id FROM case_search WHERE "
                                      "case_search MATCH %2")
                           .arg(itemBits)
                           .arg(placeholder));
        matching.values.append({placeholder, expressions[i]});
    }
    matching.sql = perWord.join(QStringLiteral(" INTERSECT "));
    return matching;
}

Result<QList<qint64>> CaseSearchIndex::matchingInMemory(const Store& store, const QString& words,
                                                        const QList<qint64>& caseIds) {
    const SearchWords search(words);
    QList<qint64> ids;
    if (search.isEmpty())
        return ids;
    const CaseKeys keys(store);
    for (const qint64 caseId : caseIds) {
        auto items = caseItems(store.database(), keys, caseId);
        if (!items)
            return items.error();
        QList<QStringList> tokens;
        for (const Item& item : std::as_const(items.value()))
            tokens.append(SearchWords::tokens(item.text));
        if (search.matches(tokens))
            ids.append(caseId);
    }
    return ids;
}

} // namespace infopunt
