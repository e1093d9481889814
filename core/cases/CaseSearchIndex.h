#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace infopunt {

class Store;

// The full-text search over a case's searchable text: its title and description, journal
// entries and the name, note and extracted text of its documents. The reporter's identity is
// never indexed.
//
// The index lives in the office compartment, which only advisers hold, so that a member's keys
// read no case's text from it. Nobody writes it as part of a case's write: triggers in the main
// compartment raise a version of the case's text in the same transaction as the text
// (case_text_versions), and an adviser's session brings the index up to that version before it
// searches (refresh). A kill between the two commits, a write by a member, an office file older
// than the main one or a store from before version 7 all leave cases whose version the index
// has not recorded, which the next refresh reindexes from the decrypted text: nothing depends on
// two files committing together. A member searches the same index in their own copy of their
// cases (MemberCopy), brought up to date the same way; until it is filled, in memory over the
// text of the cases assigned to them, with the index's rules (SearchWords).
class CaseSearchIndex {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseSearchIndex)
public:
    enum class Source { Overview, Journal, Document };

    // Advisers (a member: their own copy, see catchUp): brings the office compartment's copy of
    // every case up to date: for each case whose version changed since it last saw it, the text
    // index, the plain copy of its facts and list columns (case_facts and CaseListCopy: what the
    // advisers' lists, deadline views and counts read) and its number (CaseNumbers); removes the
    // cases that are gone from the index and the copy. Returns how many cases it updated; 0
    // without the office key and without a copy of one's own.
    static Result<int> refresh(const Store& store);

    // refresh() in steps: brings at most `maxCases` of the cases whose version changed up to
    // date and says how many are left, so that a session can copy a whole store (after an
    // upgrade every case is copied again) a step at a time between other work.
    struct CatchUp {
        int updated = 0;
        int remaining = 0;
    };
    // A member's own copy (MemberCopy) is brought up to date alike, with the cases they see;
    // should that fail, the copy is dropped for the session and nothing is left to do.
    static Result<CatchUp> catchUp(const Store& store, int maxCases);

    // The ids of the cases the signed-in user may see whose text matches every word of `words`
    // (prefixes match: "omkop" finds "omkoping"; accents are ignored). Words are taken
    // literally, never as query syntax. Empty when `words` has no word characters.
    static Result<QList<qint64>> matchingCases(const Store& store, const QString& words);

    // The office compartment's SQL for the ids of the cases whose indexed text matches every
    // word of `words` (as matchingCases), to use as `IN (sql)`, with the values of its named
    // placeholders; an empty statement when `words` has no word characters.
    struct Matching {
        QString sql;
        QList<QPair<QString, QVariant>> values;
    };
    static Matching matching(const QString& words);

    // The same rules applied in memory to the text of `caseIds`, which the signed-in user must
    // hold the keys of: a member's search, and what the tests hold the index's results to.
    static Result<QList<qint64>> matchingInMemory(const Store& store, const QString& words,
                                                  const QList<qint64>& caseIds);

private:
    // catchUp() on `copy`, the office compartment or a member's copy.
    static Result<CatchUp> catchUp(const Store& store, QSqlDatabase copy, int maxCases);
};

} // namespace infopunt
