#include "cases/CaseQuery.h"

#include "cases/CaseKeys.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CodeLists.h"
#include "cases/SearchWords.h"
#include "storage/SqlCipher.h"
#include "storage/Store.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <utility>

namespace infopunt {

namespace {

// Up to this many full-text matches are written into the statement as an IN list.
constexpr qsizetype maximumInlineIds = 1000;

// Separates the user names that group_concat joins; a control character no user name holds.
const QChar nameSeparator(0x1f);

QDate dateOf(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<QDate> optionalDate(const QVariant& value) {
    const QDate date = dateOf(value);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// A WHERE clause collected condition by condition, with the values for its named placeholders.
class Conditions {
public:
    using Values = QList<QPair<QString, QVariant>>;

    void add(const QString& condition, const Values& values = {}) {
        m_sql.append(condition);
        m_values.append(values);
    }
    QString where() const {
        return QStringLiteral(" WHERE ") + m_sql.join(QStringLiteral(" AND "));
    }
    void bind(QSqlQuery& query) const {
        for (const auto& [placeholder, value] : m_values)
            query.bindValue(placeholder, value);
    }

private:
    QStringList m_sql;
    Values m_values;
};

// The condition on cases.state that keeps the open (or the closed) cases.
QString openCondition(bool open) {
    return QStringLiteral("cases.state %1 IN ('%2', '%3')")
        .arg(open ? QStringLiteral("NOT") : QString(), CaseWorkflow::stateCode(CaseState::Closed),
             CaseWorkflow::stateCode(CaseState::Evaluated));
}

// Stored codes back to enums, looked up once per query rather than once per row.
class CodeCache {
public:
    CaseState state(const QString& code) {
        auto found = m_states.constFind(code);
        if (found == m_states.constEnd())
            found = m_states.insert(
                code, CaseWorkflow::stateFromCode(code).value_or(CaseState::Registered));
        return *found;
    }
    Channel channel(const QString& code) {
        auto found = m_channels.constFind(code);
        if (found == m_channels.constEnd())
            found = m_channels.insert(code,
                                      CaseTerms::channelFromCode(code).value_or(Channel::Adviser));
        return *found;
    }
    // The office's name of a violation type: as renamed, or the shipped entry's translation.
    QString violationType(const QString& code, const QVariant& storedName) {
        if (!storedName.isNull())
            return storedName.toString();
        auto found = m_violationTypes.constFind(code);
        if (found == m_violationTypes.constEnd())
            found = m_violationTypes.insert(
                code, CodeLists::shippedName(CodeLists::List::ViolationType, code));
        return *found;
    }

private:
    QHash<QString, CaseState> m_states;
    QHash<QString, Channel> m_channels;
    QHash<QString, QString> m_violationTypes;
};

// The columns the deadline computations read, selected right after one another.
const QString deadlineColumns =
    QStringLiteral("cases.received_on, cases.acknowledged_on, cases.feedback_on,"
                   " cases.feedback_extended_to, cases.feedback_extension_reason");

// The record fields legalDeadlines() needs, from deadlineColumns starting at column `first`
// (the case's id in column 0).
CaseRecord deadlineDates(const QSqlQuery& query, int first, const CaseKeys& keys) {
    CaseRecord record;
    record.id = query.value(0).toLongLong();
    record.receivedOn = dateOf(query.value(first));
    record.acknowledgedOn = optionalDate(query.value(first + 1));
    record.feedbackOn = optionalDate(query.value(first + 2));
    record.feedbackExtendedTo = optionalDate(query.value(first + 3));
    record.feedbackExtensionReason =
        keys.text(record.id, sealed::caseExtensionReason, query.value(first + 4));
    return record;
}

namespace ListColumn {
enum : int {
    Id,
    Number,
    Title,
    State,
    ChannelCode,
    TypeId,
    TypeCode,
    TypeName,
    ThemeNumber,
    ThemeName,
    BlockLetter,
    BlockName,
    Assignees,
    CustomDue,
    CustomLabel,
    DeadlineDates, // deadlineColumns, received_on first
};
} // namespace ListColumn

// One row per case, with its classification's names, its assignees and its earliest custom
// deadline that is not met; the columns as ListColumn numbers them.
const QString listSelect =
    QStringLiteral("SELECT cases.id, cases.number, cases.title, cases.state, cases.channel,"
                   " cases.violation_type_id, code_lists.code, code_lists.name,"
                   " themes.number, themes.name, building_blocks.letter, building_blocks.name,"
                   " assigned.names, custom.due_on, custom.label, ") +
    deadlineColumns +
    QStringLiteral(" FROM cases"
                   " LEFT JOIN code_lists ON code_lists.id = cases.violation_type_id"
                   " LEFT JOIN building_blocks ON building_blocks.id = cases.building_block_id"
                   " LEFT JOIN themes ON themes.id = building_blocks.theme_id"
                   " LEFT JOIN (SELECT case_id, group_concat(user_name, char(31)) AS names"
                   "   FROM case_assignments GROUP BY case_id) AS assigned"
                   "   ON assigned.case_id = cases.id"
                   // SQLite takes the bare column `label` from the row that holds min(due_on).
                   " LEFT JOIN (SELECT case_id, min(due_on) AS due_on, label FROM case_deadlines"
                   "   WHERE met_on IS NULL GROUP BY case_id) AS custom"
                   "   ON custom.case_id = cases.id");

// The SQL side of `filter`: everything but the deadline status, which is computed per row.
Conditions listConditions(const CaseFilter& filter, const std::optional<QSet<qint64>>& matching,
                          const CaseAccess& access) {
    Conditions conditions;
    conditions.add(access.visibilityCondition());
    // A few matches also narrow the SQL, so that a rare word reads only its cases; many are
    // filtered while reading, which keeps the statement short however large the store grows.
    if (matching && matching->size() <= maximumInlineIds) {
        QStringList ids;
        for (const qint64 id : *matching)
            ids.append(QString::number(id));
        conditions.add(QStringLiteral("cases.id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    if (filter.state)
        conditions.add(QStringLiteral("cases.state = :state"),
                       {{QStringLiteral(":state"), CaseWorkflow::stateCode(*filter.state)}});
    if (filter.open)
        conditions.add(openCondition(*filter.open));
    if (filter.violationTypeId)
        conditions.add(QStringLiteral("cases.violation_type_id = :type"),
                       {{QStringLiteral(":type"), *filter.violationTypeId}});
    if (filter.themeNumber)
        conditions.add(QStringLiteral("themes.number = :theme"),
                       {{QStringLiteral(":theme"), *filter.themeNumber}});
    if (filter.year) {
        // A range on the indexed ISO date rather than a function of it.
        conditions.add(QStringLiteral("cases.received_on >= :year_start"
                                      " AND cases.received_on < :year_end"),
                       {{QStringLiteral(":year_start"), QDate(*filter.year, 1, 1)},
                        {QStringLiteral(":year_end"), QDate(*filter.year + 1, 1, 1)}});
    }
    if (!filter.assignee.isEmpty())
        conditions.add(QStringLiteral("cases.id IN (SELECT case_id FROM case_assignments"
                                      " WHERE user_name = :assignee)"),
                       {{QStringLiteral(":assignee"), filter.assignee}});
    return conditions; // the quick text is matched while reading: the title is sealed
}

// One row of the list from the current row of a listSelect query.
CaseListRow listRow(const QSqlQuery& query, CodeCache& codes, const CaseKeys& keys, QDate today) {
    using namespace ListColumn;
    CaseListRow row;
    row.id = query.value(Id).toLongLong();
    row.number = query.value(Number).toString();
    row.receivedOn = dateOf(query.value(DeadlineDates));
    row.title = keys.text(row.id, sealed::caseTitle, query.value(Title));
    row.state = codes.state(query.value(State).toString());
    row.channel = codes.channel(query.value(ChannelCode).toString());
    if (!query.value(TypeId).isNull()) {
        row.violationTypeId = query.value(TypeId).toLongLong();
        row.violationType =
            codes.violationType(query.value(TypeCode).toString(), query.value(TypeName));
    }
    if (!query.value(ThemeNumber).isNull()) {
        row.themeNumber = query.value(ThemeNumber).toInt();
        row.themeName = query.value(ThemeName).toString();
        row.buildingBlock = QString::number(row.themeNumber) + query.value(BlockLetter).toString() +
                            QLatin1Char(' ') + query.value(BlockName).toString();
    }
    if (const QString names = query.value(Assignees).toString(); !names.isEmpty()) {
        row.assignees = names.split(nameSeparator);
        row.assignees.sort(Qt::CaseInsensitive);
    }

    if (!CaseWorkflow::isOpen(row.state))
        return row; // nothing is due any more
    QList<Deadline> pending;
    for (const Deadline& deadline :
         CaseQuery::legalDeadlines(deadlineDates(query, DeadlineDates, keys))) {
        if (!deadline.met)
            pending.append(deadline);
    }
    if (const QDate due = dateOf(query.value(CustomDue)); due.isValid())
        pending.append(Deadlines::custom(
            keys.text(row.id, sealed::deadlineLabel, query.value(CustomLabel)), due));
    if (!pending.isEmpty()) {
        row.nextDeadline =
            *std::min_element(pending.cbegin(), pending.cend(), Deadlines::comesBefore);
        row.deadlineStatus = Deadlines::status(*row.nextDeadline, today);
    }
    return row;
}

} // namespace

QList<Deadline> CaseQuery::legalDeadlines(const CaseRecord& record) {
    const QDateTime received(record.receivedOn, QTime(12, 0), Deadlines::officeTimeZone());
    std::optional<DeadlineExtension> extension;
    if (record.feedbackExtendedTo)
        extension = DeadlineExtension{*record.feedbackExtendedTo, record.feedbackExtensionReason,
                                      QString()};
    return {Deadlines::acknowledgement(received, record.acknowledgedOn),
            Deadlines::feedback(received, record.acknowledgedOn, record.feedbackOn, extension)};
}

Result<QList<CaseListRow>> CaseQuery::list(const CaseFilter& filter, QDate today) const {
    QList<CaseListRow> rows;
    if (!m_access.seesCases())
        return rows;

    // Full text first: when nothing matches there is nothing to read.
    std::optional<QSet<qint64>> matching;
    if (!SearchWords(filter.searchText).isEmpty()) {
        auto ids = CaseSearchIndex::matchingCases(m_store, filter.searchText);
        if (!ids)
            return ids.error();
        if (ids.value().isEmpty())
            return rows;
        matching = QSet<qint64>(ids.value().cbegin(), ids.value().cend());
    }

    const Conditions conditions = listConditions(filter, matching, m_access);
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(listSelect + conditions.where() +
                  QStringLiteral(" ORDER BY cases.received_on DESC, cases.number DESC"));
    conditions.bind(query);
    m_access.bindVisibility(query);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("reading the case list"));

    const CaseKeys keys(m_store);
    if (auto loaded = keys.preload(); !loaded)
        return loaded.error();
    const QString quick = filter.quickText.trimmed();
    CodeCache codes;
    while (query.next()) {
        if (matching && !matching->contains(query.value(ListColumn::Id).toLongLong()))
            continue;
        CaseListRow row = listRow(query, codes, keys, today);
        if (filter.deadlineStatus && row.deadlineStatus != *filter.deadlineStatus)
            continue;
        if (!quick.isEmpty() && !row.number.contains(quick, Qt::CaseInsensitive) &&
            !row.title.contains(quick, Qt::CaseInsensitive))
            continue;
        rows.append(std::move(row));
    }
    if (auto opened = keys.checked(); !opened)
        return opened.error();
    return rows;
}

Result<QList<DeadlineRow>> CaseQuery::openDeadlines(QDate today) const {
    QList<DeadlineRow> rows;
    if (!m_access.seesCases())
        return rows;
    const QString where = QStringLiteral(" WHERE ") + openCondition(true) +
                          QStringLiteral(" AND ") + m_access.visibilityCondition();
    const CaseKeys keys(m_store);
    if (auto loaded = keys.preload(); !loaded)
        return loaded.error();
    const auto addRow = [&rows, &keys, today](const QSqlQuery& query, const Deadline& deadline) {
        DeadlineRow row;
        row.caseId = query.value(0).toLongLong();
        row.caseNumber = query.value(1).toString();
        row.caseTitle = keys.text(row.caseId, sealed::caseTitle, query.value(2));
        row.deadline = deadline;
        row.status = Deadlines::status(deadline, today);
        row.daysLeft = Deadlines::daysLeft(deadline, today);
        rows.append(std::move(row));
    };

    QSqlQuery legal(m_store.database());
    legal.setForwardOnly(true);
    legal.prepare(QStringLiteral("SELECT cases.id, cases.number, cases.title, ") + deadlineColumns +
                  QStringLiteral(" FROM cases") + where);
    m_access.bindVisibility(legal);
    if (!legal.exec())
        return SqlCipher::toError(legal.lastError(), tr("reading the deadlines"));
    while (legal.next()) {
        for (const Deadline& deadline : legalDeadlines(deadlineDates(legal, 3, keys))) {
            if (!deadline.met)
                addRow(legal, deadline);
        }
    }

    QSqlQuery custom(m_store.database());
    custom.setForwardOnly(true);
    custom.prepare(
        QStringLiteral("SELECT cases.id, cases.number, cases.title,"
                       " case_deadlines.label, case_deadlines.due_on"
                       " FROM case_deadlines JOIN cases ON cases.id = case_deadlines.case_id") +
        where + QStringLiteral(" AND case_deadlines.met_on IS NULL"));
    m_access.bindVisibility(custom);
    if (!custom.exec())
        return SqlCipher::toError(custom.lastError(), tr("reading the deadlines"));
    while (custom.next())
        addRow(custom, Deadlines::custom(keys.text(custom.value(0).toLongLong(),
                                                   sealed::deadlineLabel, custom.value(3)),
                                         dateOf(custom.value(4))));
    if (auto opened = keys.checked(); !opened)
        return opened.error();

    // Earliest due first, as Deadlines::sortEarliestFirst orders them; a tie by case number.
    std::sort(rows.begin(), rows.end(), [](const DeadlineRow& a, const DeadlineRow& b) {
        if (Deadlines::comesBefore(a.deadline, b.deadline))
            return true;
        if (Deadlines::comesBefore(b.deadline, a.deadline))
            return false;
        return a.caseNumber < b.caseNumber;
    });
    return rows;
}

Result<QList<QPair<CaseState, qint64>>> CaseQuery::countsPerState() const {
    QHash<QString, qint64> counted;
    if (m_access.seesCases()) {
        QSqlQuery query(m_store.database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT state, count(*) FROM cases WHERE ") +
                      m_access.visibilityCondition() + QStringLiteral(" GROUP BY state"));
        m_access.bindVisibility(query);
        if (!query.exec())
            return SqlCipher::toError(query.lastError(), tr("counting the cases"));
        while (query.next())
            counted.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    QList<QPair<CaseState, qint64>> counts;
    for (const CaseState state : CaseWorkflow::allStates())
        counts.append({state, counted.value(CaseWorkflow::stateCode(state))});
    return counts;
}

Result<CaseQuery::DeadlineCounts> CaseQuery::deadlineCounts(QDate today) const {
    auto deadlines = openDeadlines(today);
    if (!deadlines)
        return deadlines.error();
    DeadlineCounts counts;
    for (const DeadlineRow& row : deadlines.value()) {
        if (row.status == DeadlineStatus::DueSoon)
            ++counts.dueSoon;
        else if (row.status == DeadlineStatus::Overdue)
            ++counts.overdue;
    }
    return counts;
}

Result<QList<int>> CaseQuery::years() const {
    QList<int> years;
    if (!m_access.seesCases())
        return years;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT substr(received_on, 1, 4) AS year FROM cases"
                                 " WHERE ") +
                  m_access.visibilityCondition() + QStringLiteral(" ORDER BY year DESC"));
    m_access.bindVisibility(query);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("reading the years"));
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

} // namespace infopunt
