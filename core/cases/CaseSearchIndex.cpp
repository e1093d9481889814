#include "cases/CaseSearchIndex.h"

#include "storage/SqlCipher.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

QString sourceCode(CaseSearchIndex::Source source) {
    switch (source) {
    case CaseSearchIndex::Source::Overview:
        return QStringLiteral("overview");
    case CaseSearchIndex::Source::Journal:
        return QStringLiteral("journal");
    case CaseSearchIndex::Source::Document:
        return QStringLiteral("document");
    }
    return {};
}

// Each indexed item has a docid of its own, derived from its source and id, so that replacing
// or removing it is a rowid lookup instead of a scan of the whole index.
qint64 docid(CaseSearchIndex::Source source, qint64 sourceId) {
    return sourceId * 4 + static_cast<qint64>(source);
}

Result<void> exec(QSqlQuery& query) {
    if (!query.exec())
        return SqlCipher::toError(query.lastError(),
                                  CaseSearchIndex::tr("updating the search index"));
    return {};
}

} // namespace

Result<void> CaseSearchIndex::put(QSqlDatabase db, qint64 caseId, Source source, qint64 sourceId,
                                  const QString& text) {
    if (auto removed = remove(db, source, sourceId); !removed)
        return removed;
    if (text.trimmed().isEmpty())
        return {};
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO case_search (docid, case_id, source, source_id, "
                                  "body) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(docid(source, sourceId));
    insert.addBindValue(caseId);
    insert.addBindValue(sourceCode(source));
    insert.addBindValue(sourceId);
    insert.addBindValue(text);
    return exec(insert);
}

Result<void> CaseSearchIndex::remove(QSqlDatabase db, Source source, qint64 sourceId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM case_search WHERE docid = ?"));
    query.addBindValue(docid(source, sourceId));
    return exec(query);
}

Result<void> CaseSearchIndex::removeCase(QSqlDatabase db, qint64 caseId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM case_search WHERE case_id = ?"));
    query.addBindValue(caseId);
    return exec(query);
}

QString CaseSearchIndex::matchExpression(const QString& words) {
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString& word : words.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("*\""));
    return terms.join(QLatin1Char(' '));
}

Result<QList<qint64>> CaseSearchIndex::matchingCases(QSqlDatabase db, const QString& words) {
    const QString expression = matchExpression(words);
    QList<qint64> ids;
    if (expression.isEmpty())
        return ids;
    // All words must occur in one case, not necessarily in one indexed item: intersect per word.
    QStringList perWord;
    const QStringList terms = expression.split(QLatin1Char(' '));
    for (int i = 0; i < terms.size(); ++i)
        perWord.append(QStringLiteral("SELECT case_id FROM case_search WHERE case_search MATCH ?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT case_id FROM (") +
                  perWord.join(QStringLiteral(" INTERSECT ")) + QStringLiteral(")"));
    for (const QString& term : terms)
        query.addBindValue(term);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("searching"));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace infopunt
