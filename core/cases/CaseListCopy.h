#pragma once

#include "cases/CaseFacts.h"
#include "cases/Deadlines.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <functional>

namespace infopunt {

class CaseKeys;

// What a row of the case list shows beyond a case's facts, as the main compartment holds it:
// the sealed title and extension reason, the assigned members and the custom deadlines that are
// not met.
struct CaseListParts {
    QString title;
    QString extensionReason;
    QStringList assignees; // user names, sorted
    QList<Deadline> customDeadlines;
};

// The advisers' list columns of the office compartment's plain copy (case_facts: title, the
// keys it is sorted and typed-ahead on, the assignees and the next deadline), the grams of each
// case's number and title (case_quick) and the deadlines of open cases that are not met
// (case_open_deadlines), kept with the case's facts by
// CaseSearchIndex: what the list, its filters and sorting, the deadline view and the dashboard
// read, as indexed columns, instead of deriving them for every case on every read.
class CaseListCopy {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseListCopy)
public:
    using Bind = std::function<void(QSqlQuery&)>;

    // The parts of the cases of the main compartment `caseCondition` keeps: a condition on
    // `cases` whose named placeholders `bind` binds. Seals that do not open give empty text and
    // are reported by keys.checked().
    static Result<QHash<qint64, CaseListParts>> readParts(QSqlDatabase main, const CaseKeys& keys,
                                                          const QString& caseCondition,
                                                          const Bind& bind);

    // The deadlines of a case that are not met, the legal ones first; none once it is closed
    // (nothing is due any more).
    static QList<Deadline> openDeadlines(const CaseFacts& facts, const CaseListParts& parts);
    // The most urgent of them; none when there is none.
    static std::optional<Deadline> nextDeadline(const QList<Deadline>& open);

    // Inside the caller's write to the office compartment, after CaseFactsCodec::insertCopy:
    // the list columns of the case's copy and its open deadlines.
    static Result<void> insert(QSqlDatabase office, const CaseFacts& facts,
                               const CaseListParts& parts);
    static Result<void> remove(QSqlDatabase office, qint64 caseId);
    // What `verify` holds the copy's kept state to: the counts per state are its cases counted
    // again, and each case's grams are those of its number and title. Damaged, saying what
    // differs, when they are not.
    static Result<void> check(QSqlDatabase office);

    // Keeps the copy sorted on violation type and theme as their names are: `types` and
    // `blocks` are the ids in that order. When it differs from the order the copy holds (a
    // rename, a new entry, the first session), every case's rank is set again.
    static Result<void> keepOrder(QSqlDatabase office, const QList<qint64>& types,
                                  const QList<qint64>& blocks);

    // What the title is sorted and typed-ahead on: case-folded, so that a comparison in SQL
    // matches QString's case-insensitive one.
    static QString foldedText(const QString& text);
    // The grams of `folded` (foldedText) that the copy indexes a case's number and title by
    // (case_quick) and the type-ahead looks its text up with: every run of three characters,
    // each once, in the order they first come, a character other than a letter or digit
    // written as 'z' ("2021-0" gives "202", "021", "21z", "1z0"). A number or title that
    // contains the text holds every gram of the text, so the index narrows the cases to compare
    // and never drops one that matches. Changing this rule needs an office migration that
    // copies every case again: check() holds the kept grams to it.
    static QStringList quickGrams(const QString& folded);
    // A case number that sorts by year, then by sequence as a number: "2026-9" before "2026-10".
    static QString numberKey(const QString& number);
    // The user names of `assignees` as the copy joins them.
    static QString joinedNames(const QStringList& assignees);
    static QStringList splitNames(const QString& joined);
};

} // namespace infopunt
