#include "cases/CaseListCopy.h"

#include "cases/CaseKeys.h"
#include "cases/CaseQuery.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"

#include <QVariant>
#include <algorithm>

namespace infopunt {

namespace {

// Separates the user names of the copy's assignees; a control character no user name holds.
const QChar nameSeparator(0x1f);

QString reading() {
    return CaseListCopy::tr("reading the case list");
}

QString updating() {
    return CaseListCopy::tr("updating the copy of the case list");
}

QVariant dateValue(QDate date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Runs `select` (its condition `caseCondition` on `cases`) and hands every row to `take`.
Result<void> eachRow(QSqlDatabase main, const QString& select, const CaseListCopy::Bind& bind,
                     const std::function<void(const QSqlQuery&)>& take) {
    QSqlQuery query(main);
    query.setForwardOnly(true);
    query.prepare(select);
    bind(query);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), reading());
    while (query.next())
        take(query);
    return {};
}

// The ranks of a copied case's violation type and building block in the order keepOrder keeps;
// -1 for none.
const QString rankColumns = QStringLiteral(
    "type_rank = COALESCE((SELECT rank FROM type_order WHERE id = violation_type_id), -1), "
    "block_rank = COALESCE((SELECT rank FROM block_order WHERE id = building_block_id), -1)");

// What a case without an open deadline is sorted on: after every dated one.
const QString noDeadlineKey = QStringLiteral("9999-12-31");

QString isoDate(QDate date) {
    return date.toString(Qt::ISODate);
}

// A case's grams as the copy keeps them, from its number and title (not folded yet).
QString gramsOf(const QString& number, const QString& title) {
    QStringList grams = CaseListCopy::quickGrams(CaseListCopy::foldedText(number));
    grams.append(CaseListCopy::quickGrams(CaseListCopy::foldedText(title)));
    grams.removeDuplicates();
    return grams.join(QLatin1Char(' '));
}

// Text for a NOT NULL column: Qt binds a null QString as NULL.
QString notNull(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

Result<QHash<qint64, CaseListParts>> CaseListCopy::readParts(QSqlDatabase main,
                                                             const CaseKeys& keys,
                                                             const QString& caseCondition,
                                                             const Bind& bind) {
    QHash<qint64, CaseListParts> parts;
    auto cases = eachRow(
        main,
        QStringLiteral("SELECT cases.id, cases.title, cases.feedback_extension_reason FROM cases "
                       "WHERE ") +
            caseCondition,
        bind, [&](const QSqlQuery& row) {
            const qint64 id = row.value(0).toLongLong();
            CaseListParts& part = parts[id];
            part.title = keys.text(id, sealed::caseTitle, row.value(1));
            part.extensionReason = keys.text(id, sealed::caseExtensionReason, row.value(2));
        });
    if (!cases)
        return cases.error();
    auto assigned = eachRow(main,
                            QStringLiteral("SELECT case_assignments.case_id, "
                                           "case_assignments.user_name FROM case_assignments "
                                           "JOIN cases ON cases.id = case_assignments.case_id "
                                           "WHERE ") +
                                caseCondition,
                            bind, [&parts](const QSqlQuery& row) {
                                const auto part = parts.find(row.value(0).toLongLong());
                                if (part != parts.end())
                                    part->assignees.append(row.value(1).toString());
                            });
    if (!assigned)
        return assigned.error();
    auto custom = eachRow(
        main,
        QStringLiteral("SELECT case_deadlines.case_id, case_deadlines.label, "
                       "case_deadlines.due_on FROM case_deadlines JOIN cases "
                       "ON cases.id = case_deadlines.case_id WHERE case_deadlines.met_on IS NULL "
                       "AND ") +
            caseCondition,
        bind, [&parts, &keys](const QSqlQuery& row) {
            const qint64 id = row.value(0).toLongLong();
            const auto part = parts.find(id);
            if (part != parts.end())
                part->customDeadlines.append(
                    Deadlines::custom(keys.text(id, sealed::deadlineLabel, row.value(1)),
                                      QDate::fromString(row.value(2).toString(), Qt::ISODate)));
        });
    if (!custom)
        return custom.error();
    for (CaseListParts& part : parts)
        part.assignees.sort(Qt::CaseInsensitive);
    if (auto checked = keys.checked(); !checked)
        return checked.error();
    return parts;
}

QList<Deadline> CaseListCopy::openDeadlines(const CaseFacts& facts, const CaseListParts& parts) {
    QList<Deadline> open;
    if (!CaseWorkflow::isOpen(facts.state))
        return open;
    CaseRecord record;
    static_cast<CaseFacts&>(record) = facts;
    record.feedbackExtensionReason = parts.extensionReason;
    for (const Deadline& deadline : CaseQuery::legalDeadlines(record)) {
        if (!deadline.met)
            open.append(deadline);
    }
    for (const Deadline& deadline : parts.customDeadlines) {
        if (!deadline.met)
            open.append(deadline);
    }
    return open;
}

std::optional<Deadline> CaseListCopy::nextDeadline(const QList<Deadline>& open) {
    if (open.isEmpty())
        return std::nullopt;
    return *std::min_element(open.cbegin(), open.cend(), Deadlines::comesBefore);
}

Result<void> CaseListCopy::insert(QSqlDatabase office, const CaseFacts& facts,
                                  const CaseListParts& parts) {
    const QList<Deadline> open = openDeadlines(facts, parts);
    const std::optional<Deadline> next = nextDeadline(open);
    const QVariant none;
    auto listed = sql::run(
        office,
        QStringLiteral("UPDATE case_facts SET title = ?, title_key = ?, number_key = ?, "
                       "state_rank = ?, assignees = ?, next_kind = ?, next_label = ?, "
                       "next_warn_from = ?, next_original_due = ?, "
                       "next_extension_reason = ?, deadline_key = ?, ") +
            rankColumns + QStringLiteral(" WHERE case_id = ?"),
        {notNull(parts.title), notNull(foldedText(parts.title)), notNull(numberKey(facts.number)),
         static_cast<int>(facts.state), notNull(joinedNames(parts.assignees)),
         next ? QVariant(static_cast<int>(next->kind)) : none,
         next && next->kind == Deadline::Kind::Custom ? QVariant(next->label) : none,
         next ? dateValue(next->due.addDays(-Deadlines::warnDays(next->kind))) : none,
         next ? dateValue(next->originalDue) : none, next ? QVariant(next->extensionReason) : none,
         next ? isoDate(next->due) : noDeadlineKey, facts.id},
        updating());
    if (!listed)
        return listed;
    if (const QString grams = gramsOf(facts.number, parts.title); !grams.isEmpty()) {
        if (auto indexed = sql::run(
                office, QStringLiteral("INSERT INTO case_quick (docid, grams) VALUES (?, ?)"),
                {facts.id, grams}, updating());
            !indexed)
            return indexed;
    }
    for (const Deadline& deadline : open) {
        if (auto put = sql::run(
                office,
                QStringLiteral("INSERT INTO case_open_deadlines (case_id, kind, label, due_on, "
                               "warn_from, original_due, extension_reason) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {facts.id, static_cast<int>(deadline.kind),
                 deadline.kind == Deadline::Kind::Custom ? QVariant(deadline.label) : none,
                 dateValue(deadline.due),
                 dateValue(deadline.due.addDays(-Deadlines::warnDays(deadline.kind))),
                 dateValue(deadline.originalDue), notNull(deadline.extensionReason)},
                updating());
            !put)
            return put;
    }
    return {};
}

Result<void> CaseListCopy::remove(QSqlDatabase office, qint64 caseId) {
    if (auto grams = sql::run(office, QStringLiteral("DELETE FROM case_quick WHERE docid = ?"),
                              {caseId}, updating());
        !grams)
        return grams;
    return sql::run(office, QStringLiteral("DELETE FROM case_open_deadlines WHERE case_id = ?"),
                    {caseId}, updating());
}

Result<void> CaseListCopy::check(QSqlDatabase office) {
    const auto perState = [&office](const QString& sql) {
        return sql::rows(sql::execute(office, sql, {}, reading()), [](const QSqlQuery& row) {
            return qMakePair(row.value(0).toInt(), row.value(1).toLongLong());
        });
    };
    auto kept = perState(QStringLiteral(
        "SELECT state_rank, cases FROM case_state_counts WHERE cases <> 0 ORDER BY state_rank"));
    if (!kept)
        return kept.error();
    auto counted = perState(QStringLiteral(
        "SELECT state_rank, count(*) FROM case_facts GROUP BY state_rank ORDER BY state_rank"));
    if (!counted)
        return counted.error();
    QStringList differences;
    if (kept.value() != counted.value())
        differences.append(tr("the cases per state"));

    auto cases = sql::execute(office,
                              QStringLiteral("SELECT f.number, f.title, q.grams FROM case_facts f "
                                             "LEFT JOIN case_quick q ON q.docid = f.case_id"),
                              {}, reading());
    if (!cases)
        return cases.error();
    int wrong = 0;
    while (cases.value().next()) {
        const QSqlQuery& row = cases.value();
        if (row.value(2).toString() != gramsOf(row.value(0).toString(), row.value(1).toString()))
            ++wrong;
    }
    auto orphans = sql::firstRow(
        sql::execute(office,
                     QStringLiteral("SELECT count(*) FROM case_quick WHERE docid NOT IN "
                                    "(SELECT case_id FROM case_facts)"),
                     {}, reading()),
        [](const QSqlQuery& row) { return row.value(0).toInt(); }, Error{});
    if (!orphans)
        return orphans.error();
    if (const int grams = wrong + orphans.value(); grams > 0)
        differences.append(tr("the type-ahead's grams of %n case(s)", nullptr, grams));
    if (differences.isEmpty())
        return {};
    return makeError(ErrorCode::Damaged,
                     tr("The advisers' copy of the case list differs from its own cases in %1; "
                        "the cases themselves are kept in the main file.")
                         .arg(differences.join(QStringLiteral(", "))));
}

Result<void> CaseListCopy::keepOrder(QSqlDatabase office, const QList<qint64>& types,
                                     const QList<qint64>& blocks) {
    const auto held = [&office](const QString& table) {
        return sql::rows(sql::execute(office,
                                      QStringLiteral("SELECT id FROM %1 ORDER BY rank").arg(table),
                                      {}, reading()),
                         [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    };
    auto heldTypes = held(QStringLiteral("type_order"));
    if (!heldTypes)
        return heldTypes.error();
    auto heldBlocks = held(QStringLiteral("block_order"));
    if (!heldBlocks)
        return heldBlocks.error();
    if (heldTypes.value() == types && heldBlocks.value() == blocks)
        return {};

    if (!office.transaction())
        return SqlCipher::toError(office.lastError(), updating());
    const Result<void> done = [&]() -> Result<void> {
        for (const auto& [table, ids] : {qMakePair(QStringLiteral("type_order"), types),
                                         qMakePair(QStringLiteral("block_order"), blocks)}) {
            if (auto emptied =
                    sql::run(office, QStringLiteral("DELETE FROM ") + table, {}, updating());
                !emptied)
                return emptied;
            for (qsizetype rank = 0; rank < ids.size(); ++rank) {
                if (auto put = sql::run(
                        office,
                        QStringLiteral("INSERT INTO %1 (id, rank) VALUES (?, ?)").arg(table),
                        {ids[rank], rank}, updating());
                    !put)
                    return put;
            }
        }
        return sql::run(office, QStringLiteral("UPDATE case_facts SET ") + rankColumns, {},
                        updating());
    }();
    if (!done) {
        office.rollback();
        return done;
    }
    if (!office.commit())
        return SqlCipher::toError(office.lastError(), updating());
    return {};
}

QString CaseListCopy::foldedText(const QString& text) {
    return text.toCaseFolded();
}

QStringList CaseListCopy::quickGrams(const QString& folded) {
    // The index's tokenizer (FTS4 simple) splits words at every ASCII character that is not a
    // letter or digit: each such character is written as a 'z', so that a gram is always one
    // token, and never query syntax. Two characters written alike only add cases to compare.
    QString written = folded;
    for (QChar& each : written) {
        if (!each.isLetterOrNumber())
            each = QLatin1Char('z');
    }
    QStringList grams;
    for (qsizetype i = 0; i + 3 <= written.size(); ++i)
        grams.append(written.mid(i, 3));
    grams.removeDuplicates();
    return grams;
}

QString CaseListCopy::numberKey(const QString& number) {
    const qsizetype dash = number.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return number;
    return number.left(dash) + QLatin1Char('-') + number.mid(dash + 1).rightJustified(8, u'0');
}

QString CaseListCopy::joinedNames(const QStringList& assignees) {
    return assignees.join(nameSeparator);
}

QStringList CaseListCopy::splitNames(const QString& joined) {
    return joined.isEmpty() ? QStringList() : joined.split(nameSeparator);
}

} // namespace infopunt
