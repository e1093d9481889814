#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace infopunt {

// The full-text index over a case's searchable text: its title and description, journal
// entries and the text extracted from documents. Behind this class so that the FTS4 table
// (SQLCipher on Debian has no FTS5) can be swapped without touching its users. Writes happen
// inside the caller's WriteTransaction. The reporter's identity is never indexed.
class CaseSearchIndex {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseSearchIndex)
public:
    enum class Source { Overview, Journal, Document };

    // Replaces the indexed text of one source item (for Overview, sourceId is the case id).
    static Result<void> put(QSqlDatabase db, qint64 caseId, Source source, qint64 sourceId,
                            const QString& text);
    static Result<void> remove(QSqlDatabase db, Source source, qint64 sourceId);
    static Result<void> removeCase(QSqlDatabase db, qint64 caseId);

    // The ids of the cases whose text matches every word of `words` (prefixes match: "omkop"
    // finds "omkoping"; accents are ignored). Words are taken literally, never as query syntax.
    // Empty when `words` has no word characters.
    static Result<QList<qint64>> matchingCases(QSqlDatabase db, const QString& words);

    // The MATCH expression for `words`, or empty: each word quoted with its prefix star inside
    // the quotes (FTS4 ignores a star after the closing quote).
    static QString matchExpression(const QString& words);
};

} // namespace infopunt
