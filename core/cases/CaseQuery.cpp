#include "cases/CaseQuery.h"

#include "cases/CaseKeys.h"
#include "cases/CaseListCopy.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CodeLists.h"
#include "cases/MemberCopy.h"
#include "cases/SearchWords.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <map>
#include <memory>
#include <utility>

namespace infopunt {

namespace {

QString readingList() {
    return CaseQuery::tr("reading the case list");
}

QString readingDeadlines() {
    return CaseQuery::tr("reading the deadlines");
}

QDate dateOf(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString isoDate(QDate date) {
    return date.toString(Qt::ISODate);
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
        return m_sql.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + m_sql.join(QStringLiteral(" AND "));
    }
    void bind(QSqlQuery& query) const { bind(query, m_values); }
    static void bind(QSqlQuery& query, const Values& values) {
        for (const auto& [placeholder, value] : values)
            query.bindValue(placeholder, value);
    }

private:
    QStringList m_sql;
    Values m_values;
};

// The names a list row shows for a violation type and a building block, read once per query.
class Classifications {
public:
    struct Block {
        int themeNumber = 0;
        QString themeName;
        QString label; // "3c Geschenken, ..."

        bool operator==(const Block& other) const {
            return themeNumber == other.themeNumber && themeName == other.themeName &&
                   label == other.label;
        }
    };

    // Whether both give every type and block the same name.
    bool operator==(const Classifications& other) const {
        return m_types == other.m_types && m_blocks == other.m_blocks;
    }

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
    // The violation types' ids in the order of their names.
    QList<qint64> typesInOrder() const {
        QList<QPair<QString, qint64>> names;
        for (auto it = m_types.cbegin(); it != m_types.cend(); ++it)
            names.append({it.value().toCaseFolded(), it.key()});
        std::sort(names.begin(), names.end());
        QList<qint64> ids;
        for (const auto& name : std::as_const(names))
            ids.append(name.second);
        return ids;
    }
    // The building blocks' ids in the order of their themes and labels.
    QList<qint64> blocksInOrder() const {
        QList<QPair<QPair<int, QString>, qint64>> labels;
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it)
            labels.append({{it->themeNumber, it->label.toCaseFolded()}, it.key()});
        std::sort(labels.begin(), labels.end());
        QList<qint64> ids;
        for (const auto& label : std::as_const(labels))
            ids.append(label.second);
        return ids;
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

// One row of the list: its facts, its parts from the main compartment (or the office copy's
// list columns) and the names of its classification.
CaseListRow listRow(const CaseFacts& facts, const QString& title, const QStringList& assignees,
                    const std::optional<Deadline>& next, const Classifications& classifications,
                    QDate today) {
    CaseListRow row;
    row.id = facts.id;
    row.number = facts.number;
    row.receivedOn = facts.receivedOn;
    row.title = title;
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
    row.assignees = assignees;
    if (next) {
        row.nextDeadline = next;
        row.deadlineStatus = Deadlines::status(*next, today);
    }
    return row;
}

// One line of the deadline view.
DeadlineRow deadlineRow(qint64 caseId, const QString& number, const QString& title,
                        const Deadline& deadline, QDate today) {
    DeadlineRow row;
    row.caseId = caseId;
    row.caseNumber = number;
    row.caseTitle = title;
    row.deadline = deadline;
    row.status = Deadlines::status(deadline, today);
    row.daysLeft = Deadlines::daysLeft(deadline, today);
    return row;
}

// A member's cases: their facts and parts opened with the keys of the cases assigned to them (a
// few; their keys open no other case's), filtered and sorted here with the rules the office copy's
// SQL follows for an adviser.
class MemberCases {
public:
    MemberCases(const Store& store, const CaseAccess& access)
        : m_store(store)
        , m_access(access)
        , m_keys(store) {}

    // Every visible case `filter` keeps, in `order`.
    Result<QList<CaseListRow>> rows(const CaseFilter& filter, const CaseOrder& order, QDate today) {
        if (auto loaded = load(); !loaded)
            return loaded.error();
        // The page, its count and a position ask for the same rows one after the other; the
        // names of types and building blocks are not part of the version.
        Classifications classifications;
        if (auto loaded = classifications.load(m_store.database()); !loaded)
            return loaded.error();
        MemberList::Kept& kept = m_list->kept;
        if (!kept.rows || !(kept.filter == filter) || kept.today != today ||
            !(kept.classifications == classifications)) {
            auto rows = filtered(filter, classifications, today);
            if (!rows)
                return rows;
            kept = {filter, CaseOrder{}, today, std::move(classifications),
                    std::move(rows.value())};
            sortKept(order);
        }
        if (!(kept.order == order))
            sortKept(order);
        return *kept.rows;
    }

    // How many visible cases `filter` keeps.
    Result<qsizetype> count(const CaseFilter& filter, QDate today) {
        if (auto loaded = load(); !loaded)
            return loaded.error();
        auto rows = this->rows(filter, m_list->kept.rows ? m_list->kept.order : CaseOrder{}, today);
        if (!rows)
            return rows.error();
        return rows.value().size();
    }

    // The deadlines of the visible open cases that are not met, unsorted.
    Result<QList<DeadlineRow>> openDeadlines(QDate today) {
        if (auto loaded = load(); !loaded)
            return loaded.error();
        QList<DeadlineRow> rows;
        for (const CaseFacts& facts : std::as_const(m_list->facts)) {
            const CaseListParts& part = m_list->parts[facts.id];
            for (const Deadline& deadline : CaseListCopy::openDeadlines(facts, part))
                rows.append(deadlineRow(facts.id, facts.number, part.title, deadline, today));
        }
        return rows;
    }

    Result<QList<CaseFacts>> facts() {
        if (auto loaded = load(); !loaded)
            return loaded.error();
        return m_list->facts;
    }

private:
    // Every visible case `filter` keeps, in no particular order.
    Result<QList<CaseListRow>> filtered(const CaseFilter& filter,
                                        const Classifications& classifications, QDate today) const {
        std::optional<QSet<qint64>> matching;
        if (!SearchWords(filter.searchText).isEmpty()) {
            auto ids = CaseSearchIndex::matchingInMemory(m_store, filter.searchText, m_list->ids);
            if (!ids)
                return ids.error();
            matching = QSet<qint64>(ids.value().cbegin(), ids.value().cend());
        }
        std::optional<QSet<qint64>> blocks;
        if (filter.themeNumber)
            blocks = classifications.blocksOfTheme(*filter.themeNumber);
        const QString quick = CaseListCopy::foldedText(filter.quickText.trimmed());

        QList<CaseListRow> rows;
        for (const CaseFacts& facts : std::as_const(m_list->facts)) {
            const CaseListParts& part = m_list->parts[facts.id];
            if ((filter.state && facts.state != *filter.state) ||
                (filter.open && CaseWorkflow::isOpen(facts.state) != *filter.open) ||
                (filter.violationTypeId && facts.violationTypeId != filter.violationTypeId) ||
                (blocks && !(facts.buildingBlockId && blocks->contains(*facts.buildingBlockId))) ||
                (filter.year && facts.receivedOn.year() != *filter.year) ||
                (!filter.assignee.isEmpty() && !part.assignees.contains(filter.assignee)) ||
                (matching && !matching->contains(facts.id)))
                continue;
            if (!quick.isEmpty() && !facts.number.toCaseFolded().contains(quick) &&
                !CaseListCopy::foldedText(part.title).contains(quick))
                continue;
            CaseListRow row =
                listRow(facts, part.title, part.assignees,
                        CaseListCopy::nextDeadline(CaseListCopy::openDeadlines(facts, part)),
                        classifications, today);
            if (filter.deadlineStatus && row.deadlineStatus != *filter.deadlineStatus)
                continue;
            rows.append(std::move(row));
        }
        return rows;
    }

    void sortKept(const CaseOrder& order) {
        MemberList::Kept& kept = m_list->kept;
        // A total order (numbers are unique): no need for a stable sort.
        std::sort(
            kept.rows->begin(), kept.rows->end(),
            [&order](const CaseListRow& a, const CaseListRow& b) { return order.before(a, b); });
        kept.order = order;
    }

    // The member's cases as read at one version of the store (the highest in
    // case_text_versions, raised by every change the list shows): kept for the session, so that
    // the page, its count and a position read them once, not once each.
    struct MemberList {
        qint64 version = -1;
        QList<CaseFacts> facts;
        QList<qint64> ids;
        QHash<qint64, CaseListParts> parts;
        // The rows last asked for, in the order last asked for.
        struct Kept {
            CaseFilter filter;
            CaseOrder order;
            QDate today;
            Classifications classifications;
            std::optional<QList<CaseListRow>> rows;
        };
        mutable Kept kept;
    };

    Result<void> load() {
        if (m_list)
            return {};
        if (!m_access.seesCases()) {
            m_list = std::make_shared<MemberList>();
            return {};
        }
        const auto version = sql::firstRow(
            sql::execute(m_store.database(),
                         QStringLiteral("SELECT COALESCE(max(version), 0) FROM case_text_versions"),
                         {}, readingList()),
            [](const QSqlQuery& row) { return row.value(0).toLongLong(); }, Error{});
        if (!version)
            return version.error();
        std::shared_ptr<void>& kept = m_store.sessionCache(QStringLiteral("cases.memberList"));
        const auto earlier = std::static_pointer_cast<const MemberList>(kept);
        if (earlier && earlier->version == version.value()) {
            m_list = earlier;
            return {};
        }
        kept.reset();
        auto list = std::make_shared<MemberList>();
        list->version = version.value();
        if (auto read = earlier ? update(*earlier, *list) : readAll(*list); !read)
            return read;
        for (const CaseFacts& facts : std::as_const(list->facts))
            list->ids.append(facts.id);
        kept = list;
        m_list = std::move(list);
        return {};
    }

    Result<void> readAll(MemberList& list) {
        if (auto preloaded = m_keys.preload(); !preloaded)
            return preloaded;
        return read(list, m_access.visibilityCondition(),
                    [this](QSqlQuery& query) { m_access.bindVisibility(query); });
    }

    // The list read at an earlier version, brought up to `list`'s: the cases changed since then
    // read again, the others kept as they were. Every change the list shows raises the case's
    // version, an assignment and its removal too, so a case that is no longer visible
    // (unassigned, deleted) is among them and is left out.
    Result<void> update(const MemberList& earlier, MemberList& list) {
        auto changedIds =
            sql::execute(m_store.database(),
                         QStringLiteral("SELECT case_id FROM case_text_versions WHERE version > ?"),
                         {earlier.version}, readingList());
        if (!changedIds)
            return changedIds.error();
        QSet<qint64> changed;
        QStringList literals;
        while (changedIds.value().next()) {
            const qint64 id = changedIds.value().value(0).toLongLong();
            changed.insert(id);
            literals.append(QString::number(id));
        }
        // Many changes (an import, a long absence): reading everything is as quick.
        if (changed.size() > earlier.facts.size() / 4 + 100)
            return readAll(list);
        // Which of them the member still sees, then those read by their ids alone: with the
        // visibility's own subquery beside the ids, SQLite reads every assignment.
        QSqlQuery visible(m_store.database());
        visible.setForwardOnly(true);
        visible.prepare(QStringLiteral("SELECT cases.id FROM cases WHERE %1 AND cases.id IN (%2)")
                            .arg(m_access.visibilityCondition(), literals.join(QLatin1Char(','))));
        m_access.bindVisibility(visible);
        if (!visible.exec())
            return SqlCipher::toError(visible.lastError(), readingList());
        QStringList seen;
        while (visible.next())
            seen.append(QString::number(visible.value(0).toLongLong()));
        if (!seen.isEmpty()) {
            if (auto read = this->read(
                    list, QStringLiteral("cases.id IN (%1)").arg(seen.join(QLatin1Char(','))),
                    [](QSqlQuery&) {});
                !read)
                return read;
        }
        for (const CaseFacts& facts : earlier.facts) {
            if (!changed.contains(facts.id)) {
                list.facts.append(facts);
                list.parts.insert(facts.id, earlier.parts.value(facts.id));
            }
        }
        return {};
    }

    // Adds the facts and parts of the cases that `condition` (on `cases`, its values bound by
    // `bind`) keeps.
    Result<void> read(MemberList& list, const QString& condition, const CaseListCopy::Bind& bind) {
        QSqlQuery query(m_store.database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT cases.id, ") +
                      CaseFactsCodec::mainColumns(QStringLiteral("cases")) +
                      QStringLiteral(" FROM cases WHERE ") + condition);
        bind(query);
        if (!query.exec())
            return SqlCipher::toError(query.lastError(), readingList());
        while (query.next())
            list.facts.append(
                CaseFactsCodec::fromMainRow(query.value(0).toLongLong(), query, 1, m_keys));
        if (auto checked = m_keys.checked(); !checked)
            return checked;
        auto parts = CaseListCopy::readParts(m_store.database(), m_keys, condition, bind);
        if (!parts)
            return parts.error();
        list.parts.insert(parts.value());
        return {};
    }

    const Store& m_store;
    const CaseAccess& m_access;
    CaseKeys m_keys;
    std::shared_ptr<const MemberList> m_list;
};

// An adviser's list, read from the office compartment's plain copy of every case (brought up to
// date first), or a member's from their own copy of their cases (MemberCopy): the filter is a
// WHERE clause on indexed columns, the order an ORDER BY, and a screen of rows is what the
// statement reads.
class OfficeCases {
public:
    OfficeCases(const Store& store, QSqlDatabase copy)
        : m_store(&store)
        , m_office(std::move(copy)) {}
    // On a connection of its own (a worker thread's, CaseCount), with the names the session
    // loaded; prepare() is not called.
    OfficeCases(QSqlDatabase office, Classifications classifications)
        : m_office(std::move(office))
        , m_classifications(std::move(classifications)) {}

    // Brings the copy up to date and loads the names the rows show; first, before anything else.
    Result<void> prepare() {
        if (auto refreshed = CaseSearchIndex::refresh(*m_store); !refreshed)
            return refreshed.error();
        if (auto loaded = m_classifications.load(m_store->database()); !loaded)
            return loaded;
        return CaseListCopy::keepOrder(office(), m_classifications.typesInOrder(),
                                       m_classifications.blocksInOrder());
    }

    Result<QList<CaseListRow>> page(const CaseFilter& filter, const CaseOrder& order,
                                    qsizetype offset, qsizetype limit, QDate today) const {
        const Conditions where = conditions(filter, today);
        QSqlQuery query(office());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT case_id, ") + CaseFactsCodec::columns() +
                      QStringLiteral(", title, assignees, next_kind, next_label, deadline_key, "
                                     "next_original_due, next_extension_reason FROM case_facts") +
                      where.where() + orderBy(order) +
                      QStringLiteral(" LIMIT :limit OFFSET :offset"));
        where.bind(query);
        query.bindValue(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
        query.bindValue(QStringLiteral(":offset"), offset);
        if (!query.exec())
            return SqlCipher::toError(query.lastError(), readingList());
        const int listed = static_cast<int>(CaseFactsCodec::columns().count(QLatin1Char(','))) + 2;
        QList<CaseListRow> rows;
        while (query.next()) {
            const CaseFacts facts =
                CaseFactsCodec::fromColumns(query.value(0).toLongLong(), query, 1);
            rows.append(listRow(facts, query.value(listed).toString(),
                                CaseListCopy::splitNames(query.value(listed + 1).toString()),
                                deadline(query, listed + 2), m_classifications, today));
        }
        return rows;
    }

    Result<qsizetype> count(const CaseFilter& filter, QDate today) const {
        const Conditions where = conditions(filter, today);
        QSqlQuery query(office());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT count(*) FROM case_facts") + where.where());
        where.bind(query);
        if (!query.exec() || !query.next())
            return SqlCipher::toError(query.lastError(), readingList());
        return static_cast<qsizetype>(query.value(0).toLongLong());
    }

    // How many rows `filter` keeps that come before the case in `order`, by comparing each
    // row's sort key and the list's own order with the case's.
    Result<std::optional<qsizetype>> position(const CaseFilter& filter, const CaseOrder& order,
                                              qint64 caseId, QDate today) const {
        Conditions where = conditions(filter, today);
        const QString key = orderKey(order.key);
        QSqlQuery target(office());
        target.setForwardOnly(true);
        Conditions own = where;
        own.add(QStringLiteral("case_id = :target"), {{QStringLiteral(":target"), caseId}});
        target.prepare(QStringLiteral("SELECT ") + key +
                       QStringLiteral(", received_on, number_key FROM case_facts") + own.where());
        own.bind(target);
        if (!target.exec())
            return SqlCipher::toError(target.lastError(), readingList());
        if (!target.next())
            return std::optional<qsizetype>();
        const auto comesBefore = [](bool descending) {
            return descending ? QStringLiteral(">") : QStringLiteral("<");
        };
        where.add(QStringLiteral("(%1 %2 :key OR (%1 = :key AND (received_on %3 :received OR "
                                 "(received_on = :received AND number_key %3 :number))))")
                      .arg(key, comesBefore(order.direction == Qt::DescendingOrder),
                           comesBefore(order.tiesNewestFirst())),
                  {{QStringLiteral(":key"), target.value(0)},
                   {QStringLiteral(":received"), target.value(1)},
                   {QStringLiteral(":number"), target.value(2)}});
        QSqlQuery before(office());
        before.setForwardOnly(true);
        before.prepare(QStringLiteral("SELECT count(*) FROM case_facts") + where.where());
        where.bind(before);
        if (!before.exec() || !before.next())
            return SqlCipher::toError(before.lastError(), readingList());
        return std::optional<qsizetype>(before.value(0).toLongLong());
    }

    // Every open deadline that is not met, or with `urgentOnly` the overdue and due-soon ones,
    // earliest first, ties by case number, at most `limit` (-1: all).
    Result<QList<DeadlineRow>> openDeadlines(QDate today, bool urgentOnly = false,
                                             qsizetype limit = -1) const {
        QVariantList values;
        if (urgentOnly)
            values << isoDate(today) << isoDate(today);
        values << limit;
        auto query = sql::execute(
            office(),
            QStringLiteral("SELECT d.case_id, f.number, f.title, d.kind, d.label, d.due_on, "
                           "d.original_due, d.extension_reason FROM case_open_deadlines d "
                           "JOIN case_facts f ON f.case_id = d.case_id ") +
                (urgentOnly ? QStringLiteral("WHERE d.due_on < ? OR d.warn_from <= ? ")
                            : QString()) +
                QStringLiteral("ORDER BY d.due_on, f.number_key, d.id LIMIT ?"),
            values, readingDeadlines());
        if (!query)
            return query.error();
        QList<DeadlineRow> rows;
        while (query.value().next()) {
            const QSqlQuery& row = query.value();
            rows.append(deadlineRow(row.value(0).toLongLong(), row.value(1).toString(),
                                    row.value(2).toString(), *deadline(row, 3), today));
        }
        return rows;
    }

    Result<CaseQuery::DeadlineCounts> deadlineCounts(QDate today) const {
        auto query = sql::execute(
            office(),
            QStringLiteral("SELECT total(due_on < ?), total(due_on >= ? AND warn_from <= ?) "
                           "FROM case_open_deadlines"),
            {isoDate(today), isoDate(today), isoDate(today)}, readingDeadlines());
        if (!query)
            return query.error();
        CaseQuery::DeadlineCounts counts;
        if (query.value().next()) {
            counts.overdue = query.value().value(0).toLongLong();
            counts.dueSoon = query.value().value(1).toLongLong();
        }
        return counts;
    }

    Result<std::map<CaseState, qint64>> countsPerState() const {
        auto query = sql::execute(
            office(),
            // Kept by the copy's triggers (office schema 7): no scan of every case.
            QStringLiteral("SELECT state_rank, cases FROM case_state_counts WHERE cases > 0"), {},
            readingList());
        if (!query)
            return query.error();
        std::map<CaseState, qint64> counts;
        while (query.value().next())
            counts[static_cast<CaseState>(query.value().value(0).toInt())] =
                query.value().value(1).toLongLong();
        return counts;
    }

    // Newest first: one step down the index of received dates per year.
    Result<QList<int>> years() const {
        QList<int> years;
        QString below = QStringLiteral("9999-12-31");
        while (true) {
            auto query = sql::execute(
                office(),
                QStringLiteral("SELECT max(received_on) FROM case_facts WHERE received_on < ?"),
                {below}, readingList());
            if (!query)
                return query.error();
            const QDate latest = query.value().next() ? dateOf(query.value().value(0)) : QDate();
            if (!latest.isValid())
                return years;
            years.append(latest.year());
            below = isoDate(QDate(latest.year(), 1, 1));
        }
    }

    const Classifications& classifications() const { return m_classifications; }

private:
    QSqlDatabase office() const { return m_office; }

    // The deadline of the columns kind, label, due, original due and extension reason from
    // `first`; none when there is none.
    static std::optional<Deadline> deadline(const QSqlQuery& row, int first) {
        if (row.value(first).isNull())
            return std::nullopt;
        Deadline deadline;
        deadline.kind = static_cast<Deadline::Kind>(row.value(first).toInt());
        deadline.label = deadline.kind == Deadline::Kind::Custom
                             ? row.value(first + 1).toString()
                             : Deadlines::legalLabel(deadline.kind);
        deadline.due = dateOf(row.value(first + 2));
        deadline.originalDue = dateOf(row.value(first + 3));
        deadline.extensionReason = row.value(first + 4).toString();
        return deadline;
    }

    Conditions conditions(const CaseFilter& filter, QDate today) const {
        Conditions where;
        if (filter.state)
            where.add(QStringLiteral("state_rank = :state"),
                      {{QStringLiteral(":state"), static_cast<int>(*filter.state)}});
        if (filter.open)
            where.add(QStringLiteral("state_rank %1 IN (%2, %3)")
                          .arg(*filter.open ? QStringLiteral("NOT") : QString())
                          .arg(static_cast<int>(CaseState::Closed))
                          .arg(static_cast<int>(CaseState::Evaluated)));
        if (filter.violationTypeId)
            where.add(QStringLiteral("violation_type_id = :type"),
                      {{QStringLiteral(":type"), *filter.violationTypeId}});
        if (filter.themeNumber) {
            QStringList ids{QStringLiteral("0")}; // no block has id 0: an empty theme
            for (const qint64 id : m_classifications.blocksOfTheme(*filter.themeNumber))
                ids.append(QString::number(id));
            where.add(QStringLiteral("building_block_id IN (%1)").arg(ids.join(QLatin1Char(','))));
        }
        if (filter.year)
            // A range on the indexed ISO date rather than a function of it.
            where.add(QStringLiteral("received_on >= :year_start AND received_on < :year_end"),
                      {{QStringLiteral(":year_start"), isoDate(QDate(*filter.year, 1, 1))},
                       {QStringLiteral(":year_end"), isoDate(QDate(*filter.year + 1, 1, 1))}});
        if (filter.deadlineStatus)
            addDeadlineStatus(where, *filter.deadlineStatus, today);
        if (!filter.assignee.isEmpty())
            where.add(QStringLiteral("instr(char(31) || assignees || char(31), "
                                     "char(31) || :assignee || char(31)) > 0"),
                      {{QStringLiteral(":assignee"), filter.assignee}});
        if (const QString quick = CaseListCopy::foldedText(filter.quickText.trimmed());
            !quick.isEmpty()) {
            // A number holds digits and a dash only: folding would not change it.
            where.add(QStringLiteral("(instr(title_key, :quick) > 0 OR "
                                     "instr(number, :quick) > 0)"),
                      {{QStringLiteral(":quick"), quick}});
            addQuickCandidates(where, quick);
        }
        addSearch(where, filter.searchText);
        return where;
    }

    // At most this many cases that hold a typed-ahead text's grams are read by their ids and
    // sorted; more are compared along the list's order index, which then reaches a screen of
    // matches soon.
    static constexpr int fewCandidates = 2000;
    // Grams of a typed-ahead text looked up at most: a long text's first ones narrow the cases
    // enough, and each one more is another list of cases to intersect.
    static constexpr qsizetype maximumQuickGrams = 16;

    // Whether the statement `sql` for case ids gives at most fewCandidates rows.
    bool few(const QString& sql, const Conditions::Values& values) const {
        QSqlQuery query(office());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM (") + sql +
                      QStringLiteral(") LIMIT %1)").arg(fewCandidates + 1));
        Conditions::bind(query, values);
        // On a failure the list's own statement fails too, and reports it.
        return query.exec() && query.next() && query.value(0).toInt() <= fewCandidates;
    }

    // Few cases hold every gram of the typed-ahead text: only those are compared. When many
    // do, comparing along the order index finds a screen of them sooner than reading them all.
    void addQuickCandidates(Conditions& where, const QString& quick) const {
        const QStringList grams = CaseListCopy::quickGrams(quick).mid(0, maximumQuickGrams);
        if (grams.isEmpty())
            return;
        const QString sql =
            QStringLiteral("SELECT docid FROM case_quick WHERE case_quick MATCH :grams");
        const Conditions::Values values{{QStringLiteral(":grams"), grams.join(QLatin1Char(' '))}};
        if (few(sql, values))
            where.add(QStringLiteral("case_id IN (") + sql + QLatin1Char(')'), values);
    }

    // The status of the next deadline, from its due date and the day its warning starts.
    static void addDeadlineStatus(Conditions& where, DeadlineStatus status, QDate today) {
        const Conditions::Values day{{QStringLiteral(":today"), isoDate(today)}};
        switch (status) {
        case DeadlineStatus::Overdue:
            where.add(QStringLiteral("deadline_key < :today"), day);
            return;
        case DeadlineStatus::DueSoon:
            where.add(QStringLiteral("deadline_key >= :today AND next_warn_from <= :today"), day);
            return;
        case DeadlineStatus::Open:
            where.add(QStringLiteral("next_warn_from > :today"), day);
            return;
        case DeadlineStatus::Met:
        case DeadlineStatus::MetLate:
            // A case without an open deadline has the status Met (nothing is due).
            where.add(status == DeadlineStatus::Met ? QStringLiteral("next_kind IS NULL")
                                                    : QStringLiteral("0"));
            return;
        }
    }

    // The index gives the matching cases; the list's order comes from the copy's index, which
    // the `+` keeps SQLite to (else it reads every match by its id and sorts them all). Unlike
    // the type-ahead's, the matches are not first counted to choose: for a common word that
    // count reads every match once more (about 20 ms at 100,000 cases), which costs more than
    // reading the index to its end costs a rare word.
    static void addSearch(Conditions& where, const QString& text) {
        const CaseSearchIndex::Matching matching = CaseSearchIndex::matching(text);
        if (!matching.sql.isEmpty())
            where.add(QStringLiteral("+case_id IN (") + matching.sql + QLatin1Char(')'),
                      matching.values);
    }

    // The value each row is sorted on for `key`; never NULL, so that comparisons hold.
    QString orderKey(CaseOrder::Key key) const {
        switch (key) {
        case CaseOrder::Key::Number:
            return QStringLiteral("number_key");
        case CaseOrder::Key::Received:
            return QStringLiteral("received_on");
        case CaseOrder::Key::Title:
            return QStringLiteral("title_key");
        case CaseOrder::Key::State:
            return QStringLiteral("state_rank");
        case CaseOrder::Key::Deadline:
            // Cases without an open deadline go after every dated one.
            return QStringLiteral("deadline_key");
        case CaseOrder::Key::Type:
            return QStringLiteral("type_rank");
        case CaseOrder::Key::Theme:
            return QStringLiteral("block_rank");
        case CaseOrder::Key::Assigned:
            return QStringLiteral("assignees COLLATE NOCASE");
        }
        return QStringLiteral("received_on");
    }

    // As CaseOrder::before sorts; each key's index holds the ties in the list's own order
    // (received_on DESC, number_key DESC), so that a screen of rows is read from it in either
    // direction and none are sorted.
    QString orderBy(const CaseOrder& order) const {
        const auto direction = [](bool descending) {
            return descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        };
        QString sql = QStringLiteral(" ORDER BY ") + orderKey(order.key) +
                      direction(order.direction == Qt::DescendingOrder);
        if (order.key == CaseOrder::Key::Number) // numbers are unique: no ties
            return sql;
        const QString ties = direction(order.tiesNewestFirst());
        if (order.key != CaseOrder::Key::Received)
            sql += QStringLiteral(", received_on") + ties;
        return sql + QStringLiteral(", number_key") + ties;
    }

    const Store* m_store = nullptr; // none on a worker's connection
    QSqlDatabase m_office;
    Classifications m_classifications;
};

// How `a` compares to `b` on `key` alone: negative, 0 or positive; as OfficeCases sorts.
int compareOn(CaseOrder::Key key, const CaseListRow& a, const CaseListRow& b) {
    const auto compare = [](const auto& x, const auto& y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    const auto folded = [](const QString& x, const QString& y) {
        return x.toCaseFolded().compare(y.toCaseFolded());
    };
    switch (key) {
    case CaseOrder::Key::Number:
        return CaseListCopy::numberKey(a.number).compare(CaseListCopy::numberKey(b.number));
    case CaseOrder::Key::Received:
        return compare(a.receivedOn, b.receivedOn);
    case CaseOrder::Key::Title:
        return folded(a.title, b.title);
    case CaseOrder::Key::State:
        return compare(static_cast<int>(a.state), static_cast<int>(b.state));
    case CaseOrder::Key::Deadline: {
        // Cases without an open deadline go after every dated one.
        const QDate none(9999, 12, 31);
        return compare(a.nextDeadline ? a.nextDeadline->due : none,
                       b.nextDeadline ? b.nextDeadline->due : none);
    }
    case CaseOrder::Key::Type:
        return folded(a.violationType, b.violationType);
    case CaseOrder::Key::Theme:
        if (const int theme = compare(a.themeNumber, b.themeNumber); theme != 0)
            return theme;
        return folded(a.buildingBlock, b.buildingBlock);
    case CaseOrder::Key::Assigned:
        return folded(CaseListCopy::joinedNames(a.assignees),
                      CaseListCopy::joinedNames(b.assignees));
    }
    return 0;
}

// The copy the signed-in user's lists read, brought up to date: the office compartment's for an
// adviser; a member's own (MemberCopy) once it holds every case they see. None otherwise: a
// member's cases are then read from the main file (MemberCases), as they are when their copy
// fails, which is dropped for the session.
Result<std::optional<OfficeCases>> listCopy(const Store& store) {
    const bool adviser = store.holds(Compartment::Office);
    const std::optional<QSqlDatabase> copy =
        adviser ? std::optional<QSqlDatabase>(store.database(Compartment::Office))
                : MemberCopy::current(store);
    if (!copy)
        return std::optional<OfficeCases>();
    OfficeCases cases(store, *copy);
    if (auto prepared = cases.prepare(); !prepared) {
        if (adviser)
            return prepared.error();
        MemberCopy::drop(store);
        return std::optional<OfficeCases>();
    }
    return std::optional<OfficeCases>(std::move(cases));
}

} // namespace

bool CaseOrder::before(const CaseListRow& a, const CaseListRow& b) const {
    const int order = compareOn(key, a, b);
    if (order != 0)
        return direction == Qt::AscendingOrder ? order < 0 : order > 0;
    // Ties in the list's own order, newest received first and then the highest number, or the
    // other way round: a descending order is the ascending one reversed.
    const bool newestFirst = tiesNewestFirst();
    if (a.receivedOn != b.receivedOn)
        return (a.receivedOn > b.receivedOn) == newestFirst;
    const QString numberA = CaseListCopy::numberKey(a.number);
    const QString numberB = CaseListCopy::numberKey(b.number);
    return numberA != numberB && (numberA > numberB) == newestFirst;
}

bool CaseOrder::tiesNewestFirst() const {
    // Received and number are the tie-breakers themselves: they follow the chosen direction.
    if (key == Key::Received || key == Key::Number)
        return direction == Qt::DescendingOrder;
    return direction == Qt::AscendingOrder;
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
    return page(filter, CaseOrder{}, 0, -1, today);
}

Result<QList<CaseListRow>> CaseQuery::page(const CaseFilter& filter, const CaseOrder& order,
                                           qsizetype offset, qsizetype limit, QDate today) const {
    if (!m_access.seesCases())
        return QList<CaseListRow>();
    auto copied = listCopy(m_store);
    if (!copied)
        return copied.error();
    if (copied.value())
        return copied.value()->page(filter, order, offset, limit, today);
    auto rows = MemberCases(m_store, m_access).rows(filter, order, today);
    if (!rows)
        return rows.error();
    return rows.value().mid(offset, limit);
}

Result<qsizetype> CaseQuery::count(const CaseFilter& filter, QDate today) const {
    if (!m_access.seesCases())
        return 0;
    auto copied = listCopy(m_store);
    if (!copied)
        return copied.error();
    if (copied.value())
        return copied.value()->count(filter, today);
    return MemberCases(m_store, m_access).count(filter, today);
}

Result<std::optional<qsizetype>> CaseQuery::position(const CaseFilter& filter,
                                                     const CaseOrder& order, qint64 caseId,
                                                     QDate today) const {
    if (!m_access.seesCases())
        return std::optional<qsizetype>();
    auto copied = listCopy(m_store);
    if (!copied)
        return copied.error();
    if (copied.value())
        return copied.value()->position(filter, order, caseId, today);
    auto rows = MemberCases(m_store, m_access).rows(filter, order, today);
    if (!rows)
        return rows.error();
    for (qsizetype i = 0; i < rows.value().size(); ++i) {
        if (rows.value().at(i).id == caseId)
            return std::optional<qsizetype>(i);
    }
    return std::optional<qsizetype>();
}

struct CaseCount::Job {
    QString path;
    SecureBytes key;
    CaseFilter filter;
    QDate today;
    Classifications classifications;
};

Result<std::optional<CaseCount>> CaseCount::prepare(const Store& store, const CaseFilter& filter,
                                                    QDate today) {
    auto copied = listCopy(store);
    if (!copied)
        return copied.error();
    if (!copied.value())
        return std::optional<CaseCount>();
    const bool adviser = store.holds(Compartment::Office);
    return std::optional<CaseCount>(CaseCount(std::make_shared<const Job>(
        Job{adviser ? Store::compartmentPath(store.folder(), Compartment::Office)
                    : MemberCopy::path(store),
            (adviser ? store.key(Compartment::Office) : MemberCopy::key(store)).copy(), filter,
            today, copied.value()->classifications()})));
}

Result<qsizetype> CaseCount::run() const {
    const QString name =
        QStringLiteral("infopunt_count_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqlCipher::OpenOptions options;
    options.readOnly = true;
    // A count reads an index once, beside the session's own connection and its large cache.
    options.cacheSizeKib = 8192;
    Result<qsizetype> counted = [&]() -> Result<qsizetype> {
        auto opened = SqlCipher::open(m_job->path, name, m_job->key, options);
        if (!opened)
            return opened.error();
        return OfficeCases(opened.value(), m_job->classifications)
            .count(m_job->filter, m_job->today);
    }();
    SqlCipher::close(name);
    return counted;
}

Result<QList<DeadlineRow>> CaseQuery::openDeadlines(QDate today) const {
    return deadlines(today, false, -1);
}

Result<QList<DeadlineRow>> CaseQuery::urgentDeadlines(QDate today, qsizetype limit) const {
    return deadlines(today, true, limit);
}

Result<QList<DeadlineRow>> CaseQuery::deadlines(QDate today, bool urgentOnly,
                                                qsizetype limit) const {
    if (!m_access.seesCases())
        return QList<DeadlineRow>();
    auto copied = listCopy(m_store);
    if (!copied)
        return copied.error();
    if (copied.value())
        return copied.value()->openDeadlines(today, urgentOnly, limit);
    auto rows = MemberCases(m_store, m_access).openDeadlines(today);
    if (!rows)
        return rows.error();
    if (urgentOnly)
        rows.value().removeIf([](const DeadlineRow& row) {
            return row.status != DeadlineStatus::Overdue && row.status != DeadlineStatus::DueSoon;
        });
    // Earliest due first, as the office copy orders them; a tie by case number.
    std::stable_sort(
        rows.value().begin(), rows.value().end(), [](const DeadlineRow& a, const DeadlineRow& b) {
            if (a.deadline.due != b.deadline.due)
                return a.deadline.due < b.deadline.due;
            return CaseListCopy::numberKey(a.caseNumber) < CaseListCopy::numberKey(b.caseNumber);
        });
    if (limit >= 0 && rows.value().size() > limit)
        rows.value().resize(limit);
    return rows;
}

Result<QList<QPair<CaseState, qint64>>> CaseQuery::countsPerState() const {
    std::map<CaseState, qint64> counted;
    auto copied = listCopy(m_store);
    if (!copied)
        return copied.error();
    if (copied.value() && m_access.seesCases()) {
        auto counts = copied.value()->countsPerState();
        if (!counts)
            return counts.error();
        counted = std::move(counts.value());
    } else if (m_access.seesCases()) {
        auto facts = MemberCases(m_store, m_access).facts();
        if (!facts)
            return facts.error();
        for (const CaseFacts& caseFacts : std::as_const(facts.value()))
            ++counted[caseFacts.state];
    }
    QList<QPair<CaseState, qint64>> counts;
    for (const CaseState state : CaseWorkflow::allStates())
        counts.append({state, counted[state]});
    return counts;
}

Result<CaseQuery::DeadlineCounts> CaseQuery::deadlineCounts(QDate today) const {
    auto copied = listCopy(m_store);
    if (!copied)
        return copied.error();
    if (copied.value() && m_access.seesCases()) {
        return copied.value()->deadlineCounts(today);
    }
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
    if (!m_access.seesCases())
        return QList<int>();
    auto copied = listCopy(m_store);
    if (!copied)
        return copied.error();
    if (copied.value())
        return copied.value()->years();
    auto facts = MemberCases(m_store, m_access).facts();
    if (!facts)
        return facts.error();
    QList<int> years;
    for (const CaseFacts& caseFacts : std::as_const(facts.value()))
        years.append(caseFacts.receivedOn.year());
    std::sort(years.begin(), years.end(), std::greater<int>());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace infopunt
