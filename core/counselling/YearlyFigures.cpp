#include "counselling/YearlyFigures.h"

#include "counselling/CounsellingCodes.h"

#include <QJsonArray>
#include <QSet>

namespace infopunt {

namespace {

using List = CounsellingCodes::List;

const QString categoryPrefix = QStringLiteral("category.");

// The buckets of the number of conversations a contact had.
const QStringList conversationBuckets{QStringLiteral("1"), QStringLiteral("2"),
                                      QStringLiteral("3-5"), QStringLiteral("6+")};

QString bucketOf(qsizetype conversations) {
    if (conversations <= 1)
        return conversationBuckets.at(0);
    if (conversations == 2)
        return conversationBuckets.at(1);
    return conversations <= 5 ? conversationBuckets.at(2) : conversationBuckets.at(3);
}

FigureTable tableOf(const QString& dimension, const QStringList& codes, bool additive) {
    FigureTable table;
    table.dimension = dimension;
    table.additive = additive;
    table.total.code = QStringLiteral("total");
    for (const QString& code : codes)
        table.cells.append({code, 0, FigureCell::Shown::Count});
    return table;
}

QStringList codesOf(const QList<CounsellingCodes::Code>& list) {
    QStringList codes;
    for (const auto& entry : list)
        codes.append(entry.code);
    return codes;
}

void add(FigureTable& table, const QString& code) {
    for (FigureCell& cell : table.cells)
        if (cell.code == code) {
            ++cell.count;
            return;
        }
}

const char* shownCode(FigureCell::Shown shown) {
    switch (shown) {
    case FigureCell::Shown::Small:
        return "small";
    case FigureCell::Shown::Complement:
        return "complement";
    case FigureCell::Shown::Count:
        break;
    }
    return "";
}

QJsonObject cellJson(const FigureCell& cell) {
    QJsonObject object{{QStringLiteral("code"), cell.code}};
    if (cell.hidden())
        object.insert(QStringLiteral("suppressed"), QString::fromLatin1(shownCode(cell.shown)));
    else
        object.insert(QStringLiteral("count"), cell.count);
    return object;
}

FigureCell cellFrom(const QJsonObject& object) {
    FigureCell cell;
    cell.code = object.value(QStringLiteral("code")).toString();
    const QString suppressed = object.value(QStringLiteral("suppressed")).toString();
    if (suppressed == QLatin1String("small"))
        cell.shown = FigureCell::Shown::Small;
    else if (suppressed == QLatin1String("complement"))
        cell.shown = FigureCell::Shown::Complement;
    else
        cell.count = object.value(QStringLiteral("count")).toInt();
    return cell;
}

} // namespace

QString FigureCell::text(int threshold) const {
    switch (shown) {
    case Shown::Small:
        return YearlyFigures::tr("< %1").arg(threshold);
    case Shown::Complement:
        return QStringLiteral("×");
    case Shown::Count:
        break;
    }
    return QString::number(count);
}

void SmallCounts::suppress(FigureCell& cell, int threshold) {
    if (cell.count > 0 && cell.count < threshold)
        cell.shown = FigureCell::Shown::Small;
}

void SmallCounts::suppress(FigureTable& table, int threshold) {
    for (FigureCell& cell : table.cells)
        suppress(cell, threshold);
    if (!table.additive)
        return;
    if (!table.total.hidden())
        suppress(table.total, threshold);
    if (table.total.hidden())
        return; // the cells cannot be worked out from a total nobody sees
    qsizetype hidden = 0;
    FigureCell* smallestShown = nullptr;
    for (FigureCell& cell : table.cells) {
        if (cell.hidden())
            ++hidden;
        else if (cell.count > 0 && (!smallestShown || cell.count < smallestShown->count))
            smallestShown = &cell;
    }
    if (hidden == 1 && smallestShown)
        smallestShown->shown = FigureCell::Shown::Complement;
}

YearlyFigures YearlyFigures::count(const QList<Contact>& all, const QString& owner, int year,
                                   int threshold) {
    YearlyFigures figures;
    figures.year = year;
    figures.threshold = threshold;
    figures.contacts.code = QStringLiteral("contacts");
    figures.conversations.code = QStringLiteral("conversations");

    FigureTable kinds =
        tableOf(QStringLiteral("kind"), codesOf(CounsellingCodes::codes(List::Kind)), true);
    QList<FigureTable> categories;
    for (const QString& kind : {CounsellingCodes::integrity, CounsellingCodes::behaviour})
        categories.append(
            tableOf(categoryPrefix + kind, codesOf(CounsellingCodes::categoriesOf(kind)), true));
    FigureTable cameVia =
        tableOf(QStringLiteral("cameVia"), codesOf(CounsellingCodes::codes(List::CameVia)), true);
    FigureTable roles = tableOf(QStringLiteral("personRole"),
                                codesOf(CounsellingCodes::codes(List::PersonRole)), true);
    FigureTable actions =
        tableOf(QStringLiteral("actions"), codesOf(CounsellingCodes::codes(List::Action)), false);
    FigureTable referrals = tableOf(QStringLiteral("referrals"),
                                    codesOf(CounsellingCodes::codes(List::Referral)), false);
    FigureTable outcomes =
        tableOf(QStringLiteral("outcome"), codesOf(CounsellingCodes::codes(List::Outcome)), true);
    FigureTable talks =
        tableOf(QStringLiteral("conversationsPerContact"), conversationBuckets, true);

    for (const Contact& contact : all) {
        if (contact.owner.compare(owner, Qt::CaseInsensitive) != 0 ||
            contact.firstContact.year() != year)
            continue;
        ++figures.contacts.count;
        for (const Conversation& conversation : contact.conversations)
            if (conversation.date.year() == year)
                ++figures.conversations.count;
        add(kinds, contact.kind);
        for (FigureTable& table : categories)
            if (table.dimension == categoryPrefix + contact.kind) {
                add(table, contact.category);
                ++table.total.count;
            }
        add(cameVia, contact.cameVia);
        add(roles, contact.personRole);
        for (const QString& action : QSet<QString>(contact.actions.begin(), contact.actions.end()))
            add(actions, action);
        for (const QString& referral :
             QSet<QString>(contact.referrals.begin(), contact.referrals.end()))
            add(referrals, referral);
        add(outcomes, contact.outcome);
        add(talks, bucketOf(contact.conversations.size()));
    }

    // Every additive table adds up to the contacts, except the categories (to their kind).
    for (FigureTable* table : {&kinds, &cameVia, &roles, &outcomes, &talks})
        table->total.count = figures.contacts.count;
    SmallCounts::suppress(figures.contacts, threshold);
    // Conversations are not persons, but a year with few contacts would give them away.
    figures.conversations.shown =
        figures.contacts.hidden() ? FigureCell::Shown::Small : FigureCell::Shown::Count;
    if (figures.contacts.hidden() && figures.conversations.count == 0)
        figures.conversations.shown = FigureCell::Shown::Count;
    SmallCounts::suppress(kinds, threshold);
    for (FigureTable& table : categories) {
        // A category table's total is its kind's cell, shown as that is.
        for (const FigureCell& kind : kinds.cells)
            if (categoryPrefix + kind.code == table.dimension)
                table.total.shown = kind.shown;
        SmallCounts::suppress(table, threshold);
    }
    for (FigureTable* table : {&cameVia, &roles, &actions, &referrals, &outcomes, &talks})
        SmallCounts::suppress(*table, threshold);
    figures.tables = {kinds};
    figures.tables += categories;
    figures.tables += {cameVia, roles, actions, referrals, outcomes, talks};
    return figures;
}

const FigureTable* YearlyFigures::table(const QString& dimension) const {
    for (const FigureTable& t : tables)
        if (t.dimension == dimension)
            return &t;
    return nullptr;
}

QString YearlyFigures::dimensionName(const QString& dimension) {
    if (dimension == QLatin1String("kind"))
        return tr("Kind of contact");
    if (dimension == categoryPrefix + CounsellingCodes::integrity)
        return tr("Integrity: category");
    if (dimension == categoryPrefix + CounsellingCodes::behaviour)
        return tr("Undesirable behaviour: category");
    if (dimension == QLatin1String("cameVia"))
        return tr("How people came in");
    if (dimension == QLatin1String("personRole"))
        return tr("Position of the person");
    if (dimension == QLatin1String("actions"))
        return tr("What the counsellor did");
    if (dimension == QLatin1String("referrals"))
        return tr("Referred to");
    if (dimension == QLatin1String("outcome"))
        return tr("Outcome");
    if (dimension == QLatin1String("conversationsPerContact"))
        return tr("Conversations per contact");
    return dimension;
}

QString YearlyFigures::cellName(const QString& dimension, const QString& code) {
    if (code == QLatin1String("total"))
        return tr("Total");
    if (dimension == QLatin1String("kind"))
        return CounsellingCodes::name(List::Kind, code);
    if (dimension.startsWith(categoryPrefix))
        return CounsellingCodes::name(List::Category, code);
    if (dimension == QLatin1String("cameVia"))
        return CounsellingCodes::name(List::CameVia, code);
    if (dimension == QLatin1String("personRole"))
        return CounsellingCodes::name(List::PersonRole, code);
    if (dimension == QLatin1String("actions"))
        return CounsellingCodes::name(List::Action, code);
    if (dimension == QLatin1String("referrals"))
        return CounsellingCodes::name(List::Referral, code);
    if (dimension == QLatin1String("outcome"))
        return CounsellingCodes::name(List::Outcome, code);
    if (code == QLatin1String("1"))
        return tr("One conversation");
    if (code == QLatin1String("6+"))
        return tr("6 or more conversations");
    return tr("%1 conversations").arg(code == QLatin1String("3-5") ? tr("3 to 5") : code);
}

QJsonObject YearlyFigures::toJson() const {
    QJsonArray tableArray;
    for (const FigureTable& t : tables) {
        QJsonArray cells;
        for (const FigureCell& cell : t.cells)
            cells.append(cellJson(cell));
        QJsonObject object{{QStringLiteral("dimension"), t.dimension},
                           {QStringLiteral("additive"), t.additive},
                           {QStringLiteral("cells"), cells}};
        if (t.additive)
            object.insert(QStringLiteral("total"), cellJson(t.total));
        tableArray.append(object);
    }
    return {{QStringLiteral("v"), 1},
            {QStringLiteral("year"), year},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("contacts"), cellJson(contacts)},
            {QStringLiteral("conversations"), cellJson(conversations)},
            {QStringLiteral("tables"), tableArray}};
}

std::optional<YearlyFigures> YearlyFigures::fromJson(const QJsonObject& object) {
    if (object.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    YearlyFigures figures;
    figures.year = object.value(QStringLiteral("year")).toInt();
    figures.threshold = object.value(QStringLiteral("threshold")).toInt();
    figures.contacts = cellFrom(object.value(QStringLiteral("contacts")).toObject());
    figures.conversations = cellFrom(object.value(QStringLiteral("conversations")).toObject());
    for (const QJsonValue& value : object.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = value.toObject();
        FigureTable table;
        table.dimension = t.value(QStringLiteral("dimension")).toString();
        table.additive = t.value(QStringLiteral("additive")).toBool();
        if (table.additive)
            table.total = cellFrom(t.value(QStringLiteral("total")).toObject());
        for (const QJsonValue& cell : t.value(QStringLiteral("cells")).toArray())
            table.cells.append(cellFrom(cell.toObject()));
        figures.tables.append(table);
    }
    return figures;
}

} // namespace infopunt
