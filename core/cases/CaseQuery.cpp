#include "cases/CaseQuery.h"

#include "cases/CaseKeys.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CodeLists.h"
#include "cases/SearchWords.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <map>
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

// The states of the cases that are no longer open.
const QStringList& closedStateCodes() {
    static const QStringList codes{CaseWorkflow::stateCode(CaseState::Closed),
                                   CaseWorkflow::stateCode(CaseState::Evaluated)};
    return codes;
}

// What the list is filtered on among a case's facts. The theme is the building blocks of it.
struct FactFilter {
    std::optional<CaseState> state;
    std::optional<bool> open;
    std::optional<qint64> violationTypeId;
    std::optional<QSet<qint64>> buildingBlocks;
    std::optional<int> year;

    bool matches(const CaseFacts& facts) const {
        return (!state || facts.state == *state) &&
               (!open || CaseWorkflow::isOpen(facts.state) == *open) &&
               (!violationTypeId || facts.violationTypeId == violationTypeId) &&
               (!buildingBlocks ||
                (facts.buildingBlockId && buildingBlocks->contains(*facts.buildingBlockId))) &&
               (!year || facts.receivedOn.year() == *year);
    }

    // The same conditions on the office compartment's case_facts.
    Conditions conditions() const {
        Conditions conditions;
        conditions.add(QStringLiteral("1 = 1"));
        if (state)
            conditions.add(QStringLiteral("state = :state"),
                           {{QStringLiteral(":state"), CaseWorkflow::stateCode(*state)}});
        if (open)
            conditions.add(QStringLiteral("state %1 IN ('%2')")
                               .arg(*open ? QStringLiteral("NOT") : QString(),
                                    closedStateCodes().join(QStringLiteral("', '"))));
        if (violationTypeId)
            conditions.add(QStringLiteral("violation_type_id = :type"),
                           {{QStringLiteral(":type"), *violationTypeId}});
        if (buildingBlocks) {
            QStringList ids{QStringLiteral("0")}; // no block has id 0: an empty theme
            for (const qint64 id : *buildingBlocks)
                ids.append(QString::number(id));
            conditions.add(
                QStringLiteral("building_block_id IN (%1)").arg(ids.join(QLatin1Char(','))));
        }
        if (year) {
            // A range on the indexed ISO date rather than a function of it.
            conditions.add(QStringLiteral("received_on >= :year_start AND received_on < :year_end"),
                           {{QStringLiteral(":year_start"), QDate(*year, 1, 1)},
                            {QStringLiteral(":year_end"), QDate(*year + 1, 1, 1)}});
        }
        return conditions;
    }
};

// Newest received first, then the highest number: the list's order.
bool listedBefore(const CaseFacts& a, const CaseFacts& b) {
    if (a.receivedOn != b.receivedOn)
        return a.receivedOn > b.receivedOn;
    return a.number > b.number;
}

// The facts of the cases the signed-in user may see that `filter` keeps, in list order. An
// adviser's come from the office compartment's plain copy, brought up to date first, with the
// conditions in SQL; a member's are opened from the sealed facts of the cases assigned to them
// (a few) and filtered here: their keys open no other case's.
Result<QList<CaseFacts>> visibleFacts(const Store& store, const CaseAccess& access,
                                      const CaseKeys& keys, const FactFilter& filter) {
    QList<CaseFacts> facts;
    if (!access.seesCases())
        return facts;
    if (store.holds(Compartment::Office)) {
        if (auto refreshed = CaseSearchIndex::refresh(store); !refreshed)
            return refreshed.error();
        const Conditions conditions = filter.conditions();
        QSqlQuery query(store.database(Compartment::Office));
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT case_id, ") + CaseFactsCodec::columns() +
                      QStringLiteral(" FROM case_facts") + conditions.where() +
                      QStringLiteral(" ORDER BY received_on DESC, number DESC"));
        conditions.bind(query);
        if (!query.exec())
            return SqlCipher::toError(query.lastError(), CaseQuery::tr("reading the case list"));
        while (query.next())
            facts.append(CaseFactsCodec::fromColumns(query.value(0).toLongLong(), query, 1));
        return facts;
    }
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT cases.id, ") +
                  CaseFactsCodec::mainColumns(QStringLiteral("cases")) +
                  QStringLiteral(" FROM cases WHERE ") + access.visibilityCondition());
    access.bindVisibility(query);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), CaseQuery::tr("reading the case list"));
    while (query.next()) {
        CaseFacts opened = CaseFactsCodec::fromMainRow(query.value(0).toLongLong(), query, 1, keys);
        if (filter.matches(opened))
            facts.append(std::move(opened));
    }
    if (auto checked = keys.checked(); !checked)
        return checked.error();
    std::sort(facts.begin(), facts.end(), listedBefore);
    return facts;
}

// The names a list row shows for a violation type and a building block, read once per query.
class Classifications {
public:
    struct Block {
        int themeNumber = 0;
        QString themeName;
        QString label; // "3c Geschenken, ..."
    };

    Result<void> load(QSqlDatabase db) {
        auto types = sql::execute(
            db,
            QStringLiteral("SELECT id, code, name FROM code_lists WHERE list = 'violation_type'"),
            {}, CaseQuery::tr("reading the case list"));
        if (!types)
            return types.error();
        while (types.value().next()) {
            const QVariant name = types.value().value(2);
            m_types.insert(types.value().value(0).toLongLong(),
                           name.isNull() ? CodeLists::shippedName(CodeLists::List::ViolationType,
                                                                  types.value().value(1).toString())
                                         : name.toString());
        }
        auto blocks = sql::execute(
            db,
            QStringLiteral("SELECT building_blocks.id, themes.number, themes.name, "
                           "building_blocks.letter, building_blocks.name FROM building_blocks "
                           "JOIN themes ON themes.id = building_blocks.theme_id"),
            {}, CaseQuery::tr("reading the case list"));
        if (!blocks)
            return blocks.error();
        while (blocks.value().next()) {
            const QSqlQuery& row = blocks.value();
            const int theme = row.value(1).toInt();
            m_blocks.insert(row.value(0).toLongLong(),
                            {theme, row.value(2).toString(),
                             QString::number(theme) + row.value(3).toString() + QLatin1Char(' ') +
                                 row.value(4).toString()});
        }
        return {};
    }
    QString violationType(std::optional<qint64> id) const {
        return id ? m_types.value(*id) : QString();
    }
    const Block* block(std::optional<qint64> id) const {
        const auto found = id ? m_blocks.constFind(*id) : m_blocks.constEnd();
        return found == m_blocks.constEnd() ? nullptr : &*found;
    }
    QSet<qint64> blocksOfTheme(int theme) const {
        QSet<qint64> ids;
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
            if (it->themeNumber == theme)
                ids.insert(it.key());
        }
        return ids;
    }

private:
    QHash<qint64, QString> m_types;
    QHash<qint64, Block> m_blocks;
};

// What a list row takes from the main compartment: the sealed title and extension reason, the
// assignees and the earliest custom deadline that is not met.
struct MainPart {
    QString title;
    QString extensionReason;
    QStringList assignees;
    QDate customDue;
    QString customLabel;
};

const QString mainSelect =
    QStringLiteral("SELECT cases.id, cases.title, cases.feedback_extension_reason,"
                   " assigned.names, custom.due_on, custom.label"
                   " FROM cases"
                   " LEFT JOIN (SELECT case_id, group_concat(user_name, char(31)) AS names"
                   "   FROM case_assignments GROUP BY case_id) AS assigned"
                   "   ON assigned.case_id = cases.id"
                   // SQLite takes the bare column `label` from the row that holds min(due_on).
                   " LEFT JOIN (SELECT case_id, min(due_on) AS due_on, label FROM case_deadlines"
                   "   WHERE met_on IS NULL GROUP BY case_id) AS custom"
                   "   ON custom.case_id = cases.id");

// The main part of every visible case `conditions` keeps, by case id.
Result<QHash<qint64, MainPart>> mainParts(const Store& store, const CaseAccess& access,
                                          const CaseKeys& keys, const Conditions& conditions) {
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(mainSelect + conditions.where());
    conditions.bind(query);
    access.bindVisibility(query);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), CaseQuery::tr("reading the case list"));
    QHash<qint64, MainPart> parts;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        MainPart part;
        part.title = keys.text(id, sealed::caseTitle, query.value(1));
        part.extensionReason = keys.text(id, sealed::caseExtensionReason, query.value(2));
        if (const QString names = query.value(3).toString(); !names.isEmpty()) {
            part.assignees = names.split(nameSeparator);
            part.assignees.sort(Qt::CaseInsensitive);
        }
        part.customDue = dateOf(query.value(4));
        if (part.customDue.isValid())
            part.customLabel = keys.text(id, sealed::deadlineLabel, query.value(5));
        parts.insert(id, std::move(part));
    }
    if (auto checked = keys.checked(); !checked)
        return checked.error();
    return parts;
}

// The record fields legalDeadlines() needs.
CaseRecord deadlineRecord(const CaseFacts& facts, const QString& extensionReason) {
    CaseRecord record;
    static_cast<CaseFacts&>(record) = facts;
    record.feedbackExtensionReason = extensionReason;
    return record;
}

// One row of the list.
CaseListRow listRow(const CaseFacts& facts, const MainPart& part,
                    const Classifications& classifications, QDate today) {
    CaseListRow row;
    row.id = facts.id;
    row.number = facts.number;
    row.receivedOn = facts.receivedOn;
    row.title = part.title;
    row.state = facts.state;
    row.channel = facts.channel;
    if (facts.violationTypeId) {
        row.violationTypeId = facts.violationTypeId;
        row.violationType = classifications.violationType(facts.violationTypeId);
    }
    if (const auto* block = classifications.block(facts.buildingBlockId)) {
        row.themeNumber = block->themeNumber;
        row.themeName = block->themeName;
        row.buildingBlock = block->label;
    }
    row.assignees = part.assignees;

    if (!CaseWorkflow::isOpen(row.state))
        return row; // nothing is due any more
    QList<Deadline> pending;
    for (const Deadline& deadline :
         CaseQuery::legalDeadlines(deadlineRecord(facts, part.extensionReason))) {
        if (!deadline.met)
            pending.append(deadline);
    }
    if (part.customDue.isValid())
        pending.append(Deadlines::custom(part.customLabel, part.customDue));
    if (!pending.isEmpty()) {
        row.nextDeadline =
            *std::min_element(pending.cbegin(), pending.cend(), Deadlines::comesBefore);
        row.deadlineStatus = Deadlines::status(*row.nextDeadline, today);
    }
    return row;
}

// A case number that sorts by year, then by sequence as a number: "2026-9" before "2026-10".
QString numberSortKey(const QString& number) {
    const qsizetype dash = number.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return number;
    return number.left(dash) + QLatin1Char('-') + number.mid(dash + 1).rightJustified(8, u'0');
}

// How `a` compares to `b` on `key` alone: negative, 0 or positive.
int compareOn(CaseOrder::Key key, const CaseListRow& a, const CaseListRow& b) {
    const auto compare = [](const auto& x, const auto& y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    switch (key) {
    case CaseOrder::Key::Number:
        return numberSortKey(a.number).compare(numberSortKey(b.number));
    case CaseOrder::Key::Received:
        return compare(a.receivedOn, b.receivedOn);
    case CaseOrder::Key::Title:
        return a.title.compare(b.title, Qt::CaseInsensitive);
    case CaseOrder::Key::State:
        return compare(static_cast<int>(a.state), static_cast<int>(b.state));
    case CaseOrder::Key::Deadline: {
        // Cases without an open deadline go after every dated one.
        const QDate none(9999, 12, 31);
        return compare(a.nextDeadline ? a.nextDeadline->due : none,
                       b.nextDeadline ? b.nextDeadline->due : none);
    }
    case CaseOrder::Key::Type:
        return a.violationType.compare(b.violationType, Qt::CaseInsensitive);
    case CaseOrder::Key::Theme:
        if (const int theme = compare(a.themeNumber, b.themeNumber); theme != 0)
            return theme;
        return a.buildingBlock.compare(b.buildingBlock, Qt::CaseInsensitive);
    case CaseOrder::Key::Assigned:
        return a.assignees.join(nameSeparator)
            .compare(b.assignees.join(nameSeparator), Qt::CaseInsensitive);
    }
    return 0;
}

} // namespace

bool CaseOrder::before(const CaseListRow& a, const CaseListRow& b) const {
    const int order = compareOn(key, a, b);
    if (order != 0)
        return direction == Qt::AscendingOrder ? order < 0 : order > 0;
    // The list's own order: newest received first, then the highest number.
    if (a.receivedOn != b.receivedOn)
        return a.receivedOn > b.receivedOn;
    return numberSortKey(a.number) > numberSortKey(b.number);
}

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

    Classifications classifications;
    if (auto loaded = classifications.load(m_store.database()); !loaded)
        return loaded.error();
    FactFilter factFilter{filter.state, filter.open, filter.violationTypeId, std::nullopt,
                          filter.year};
    if (filter.themeNumber)
        factFilter.buildingBlocks = classifications.blocksOfTheme(*filter.themeNumber);

    const CaseKeys keys(m_store);
    if (auto loaded = keys.preload(); !loaded)
        return loaded.error();
    auto facts = visibleFacts(m_store, m_access, keys, factFilter);
    if (!facts)
        return facts.error();

    Conditions conditions;
    conditions.add(m_access.visibilityCondition());
    // A few matches also narrow the SQL, so that a rare word reads only its cases; many are
    // filtered while merging, which keeps the statement short however large the store grows.
    if (matching && matching->size() <= maximumInlineIds) {
        QStringList ids;
        for (const qint64 id : *matching)
            ids.append(QString::number(id));
        conditions.add(QStringLiteral("cases.id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    if (!filter.assignee.isEmpty())
        conditions.add(QStringLiteral("cases.id IN (SELECT case_id FROM case_assignments"
                                      " WHERE user_name = :assignee)"),
                       {{QStringLiteral(":assignee"), filter.assignee}});
    auto parts = mainParts(m_store, m_access, keys, conditions);
    if (!parts)
        return parts.error();

    const QString quick = filter.quickText.trimmed();
    for (const CaseFacts& caseFacts : std::as_const(facts.value())) {
        const auto part = parts.value().constFind(caseFacts.id);
        if (part == parts.value().constEnd() || (matching && !matching->contains(caseFacts.id)))
            continue;
        CaseListRow row = listRow(caseFacts, *part, classifications, today);
        if (filter.deadlineStatus && row.deadlineStatus != *filter.deadlineStatus)
            continue;
        if (!quick.isEmpty() && !row.number.contains(quick, Qt::CaseInsensitive) &&
            !row.title.contains(quick, Qt::CaseInsensitive))
            continue;
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<CaseListRow>> CaseQuery::page(const CaseFilter& filter, const CaseOrder& order,
                                           qsizetype offset, qsizetype limit, QDate today) const {
    auto rows = list(filter, today);
    if (!rows)
        return rows.error();
    std::stable_sort(
        rows.value().begin(), rows.value().end(),
        [&order](const CaseListRow& a, const CaseListRow& b) { return order.before(a, b); });
    return rows.value().mid(offset, limit);
}

Result<qsizetype> CaseQuery::count(const CaseFilter& filter, QDate today) const {
    auto rows = list(filter, today);
    if (!rows)
        return rows.error();
    return rows.value().size();
}

Result<std::optional<qsizetype>> CaseQuery::position(const CaseFilter& filter,
                                                     const CaseOrder& order, qint64 caseId,
                                                     QDate today) const {
    auto rows = page(filter, order, 0, -1, today);
    if (!rows)
        return rows.error();
    for (qsizetype i = 0; i < rows.value().size(); ++i) {
        if (rows.value().at(i).id == caseId)
            return std::optional<qsizetype>(i);
    }
    return std::optional<qsizetype>();
}

Result<QList<DeadlineRow>> CaseQuery::openDeadlines(QDate today) const {
    QList<DeadlineRow> rows;
    if (!m_access.seesCases())
        return rows;
    const CaseKeys keys(m_store);
    if (auto loaded = keys.preload(); !loaded)
        return loaded.error();
    FactFilter open;
    open.open = true;
    auto facts = visibleFacts(m_store, m_access, keys, open);
    if (!facts)
        return facts.error();
    Conditions visible;
    visible.add(m_access.visibilityCondition());
    auto parts = mainParts(m_store, m_access, keys, visible);
    if (!parts)
        return parts.error();

    QHash<qint64, const CaseFacts*> openCases;
    const auto addRow = [&rows, &parts, today](const CaseFacts& caseFacts,
                                               const Deadline& deadline) {
        DeadlineRow row;
        row.caseId = caseFacts.id;
        row.caseNumber = caseFacts.number;
        row.caseTitle = parts.value().value(caseFacts.id).title;
        row.deadline = deadline;
        row.status = Deadlines::status(deadline, today);
        row.daysLeft = Deadlines::daysLeft(deadline, today);
        rows.append(std::move(row));
    };
    for (const CaseFacts& caseFacts : std::as_const(facts.value())) {
        const auto part = parts.value().constFind(caseFacts.id);
        if (part == parts.value().constEnd())
            continue;
        openCases.insert(caseFacts.id, &caseFacts);
        for (const Deadline& deadline :
             legalDeadlines(deadlineRecord(caseFacts, part->extensionReason))) {
            if (!deadline.met)
                addRow(caseFacts, deadline);
        }
    }

    QSqlQuery custom(m_store.database());
    custom.setForwardOnly(true);
    custom.prepare(QStringLiteral("SELECT case_deadlines.case_id, case_deadlines.label,"
                                  " case_deadlines.due_on FROM case_deadlines"
                                  " JOIN cases ON cases.id = case_deadlines.case_id WHERE ") +
                   m_access.visibilityCondition() +
                   QStringLiteral(" AND case_deadlines.met_on IS NULL"));
    m_access.bindVisibility(custom);
    if (!custom.exec())
        return SqlCipher::toError(custom.lastError(), tr("reading the deadlines"));
    while (custom.next()) {
        const qint64 caseId = custom.value(0).toLongLong();
        if (const CaseFacts* caseFacts = openCases.value(caseId))
            addRow(*caseFacts,
                   Deadlines::custom(keys.text(caseId, sealed::deadlineLabel, custom.value(1)),
                                     dateOf(custom.value(2))));
    }
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
    const CaseKeys keys(m_store);
    auto facts = visibleFacts(m_store, m_access, keys, {});
    if (!facts)
        return facts.error();
    std::map<CaseState, qint64> counted;
    for (const CaseFacts& caseFacts : std::as_const(facts.value()))
        ++counted[caseFacts.state];
    QList<QPair<CaseState, qint64>> counts;
    for (const CaseState state : CaseWorkflow::allStates())
        counts.append({state, counted[state]});
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
    const CaseKeys keys(m_store);
    auto facts = visibleFacts(m_store, m_access, keys, {});
    if (!facts)
        return facts.error();
    QList<int> years;
    for (const CaseFacts& caseFacts : std::as_const(facts.value())) {
        const int year = caseFacts.receivedOn.year();
        if (years.isEmpty() || years.constLast() != year)
            years.append(year); // newest first, as the facts are
    }
    return years;
}

} // namespace infopunt
