#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "audit/LedgerCheck.h"
#include "cases/CaseFiles.h"
#include "cases/CaseListCopy.h"
#include "cases/CaseQuery.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "cases/MemberCopy.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "storage/Migrations.h"
#include "storage/StoreSummary.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <thread>

using namespace infopunt;
using namespace infopunt::test;
using S = CaseState;

namespace {

const QDate today = Deadlines::today();
// Distinctive, so that finding them anywhere in a list is no coincidence.
const QString reporterName = QStringLiteral("Wilhelmina Klokkenluider-Zoutelande");
const QString reporterContact = QStringLiteral("w.zoutelande@example.org");
const QString subjectName = QStringLiteral("Bartholomeus Onderwerp-Hazelhoff");

struct User {
    QString name;
    QString passphrase;
};
const User member{QStringLiteral("jurist"), QStringLiteral("Wetboek-Molen-Tulp-83")};
const User otherMember{QStringLiteral("controller"), QStringLiteral("Balans-Kompas-Haven-29")};
const User secondAdviser{QStringLiteral("adviseur2"), QStringLiteral("Sonsbeek-Fietspad-17")};
const User counsellor{QStringLiteral("vp-integriteit"), QStringLiteral("Luisteren-Eikenboom-56")};

// Adds an account and signs it in, in a session of its own.
std::unique_ptr<Store> signIn(StoreFixture& f, const User& user, Role role) {
    auto added = AccountService(*f.store).add(
        {user.name, user.name + QStringLiteral(" (test)"), user.passphrase}, role,
        role == Role::ConfidentialCounsellor ? f.recoveryKey : QString());
    REQUIRE(added.ok());
    auto session = f.unlock(user.name, user.passphrase);
    REQUIRE(session);
    return session;
}

NewCase report(QDate received, const QString& title, const QString& description) {
    NewCase report;
    report.receivedOn = received;
    report.channel = Channel::Manager;
    report.reporter = {reporterName, reporterContact, 0};
    report.title = title;
    report.description = description;
    CaseParty subject;
    subject.name = subjectName;
    subject.orgUnit = QStringLiteral("Inkoop");
    report.subjects = {subject};
    return report;
}

CaseRecord registerCase(Store& store, const NewCase& newCase) {
    auto registered = CaseService(store).registerReport(newCase);
    if (!registered)
        FAIL(registered.error().message.toStdString());
    return registered.value();
}

CaseRecord registerCase(Store& store, QDate received, const QString& title,
                        const QString& description = QStringLiteral("Een melding.")) {
    return registerCase(store, report(received, title, description));
}

StepRequest stepTo(S to, QDate date) {
    StepRequest request;
    request.to = to;
    request.date = date;
    request.note = QStringLiteral("Stap naar ") + CaseWorkflow::stateCode(to);
    if (to == S::InvestigationDecided)
        request.investigationKind = InvestigationKind::None;
    if (to == S::Decided)
        request.verdict = Verdict::Unfounded;
    return request;
}

// Walks a case the short way (no investigation) up to `target`, every step dated `date`.
// Closing needs a second adviser's approval, given in the `approver` session.
CaseRecord advance(Store& store, CaseRecord record, S target, QDate date,
                   Store* approver = nullptr) {
    CaseService service(store);
    while (record.state < target) {
        const QList<S> next = CaseWorkflow::nextStates(record.state, record.investigationKind);
        REQUIRE_FALSE(next.isEmpty());
        const S to = next.last(); // after no investigation: straight to the decision
        if (to == S::Closed) {
            REQUIRE(approver);
            auto request =
                service.requestApproval(record.id, ApprovalAction::CloseCase, std::nullopt,
                                        QStringLiteral("Afgerond"), stepTo(S::Closed, date));
            REQUIRE(request.ok());
            REQUIRE(CaseService(*approver)
                        .decide(request.value().id, ApprovalDecision::Approved, {})
                        .ok());
            auto closed = service.get(record.id);
            REQUIRE(closed.ok());
            record = closed.value();
            continue;
        }
        auto taken = service.takeStep(record.id, record.rowVersion, stepTo(to, date));
        if (!taken)
            FAIL(taken.error().message.toStdString());
        record = taken.value();
    }
    REQUIRE(record.state == target);
    return record;
}

QList<CaseListRow> listOf(const Store& store, const CaseFilter& filter = {}) {
    auto rows = CaseQuery(store).list(filter, today);
    if (!rows)
        FAIL(rows.error().message.toStdString());
    return rows.value();
}

qint64 scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QSet<qint64> idsOf(const QList<CaseListRow>& rows) {
    QSet<qint64> ids;
    for (const CaseListRow& row : rows)
        ids.insert(row.id);
    REQUIRE(ids.size() == rows.size()); // no case twice
    return ids;
}

QSet<qint64> idsOf(const Store& store, const CaseFilter& filter) {
    return idsOf(listOf(store, filter));
}

QSet<qint64> searchIds(const Store& store, const QString& words) {
    CaseFilter filter;
    filter.searchText = words;
    return idsOf(store, filter);
}

QList<DeadlineRow> deadlinesOf(const Store& store) {
    auto rows = CaseQuery(store).openDeadlines(today);
    if (!rows)
        FAIL(rows.error().message.toStdString());
    return rows.value();
}

qint64 blockIdOfTheme(Store& store, int themeNumber) {
    auto blocks = Catalogue(store).blocks(false);
    REQUIRE(blocks.ok());
    for (const BuildingBlock& block : blocks.value()) {
        if (block.themeNumber == themeNumber)
            return block.id;
    }
    FAIL("no building block in theme " << themeNumber);
    return 0;
}

qint64 violationTypeId(Store& store, const QString& code) {
    auto entries = CodeLists(store).entries(CodeLists::List::ViolationType);
    REQUIRE(entries.ok());
    for (const CodeListEntry& entry : entries.value()) {
        if (entry.code == code)
            return entry.id;
    }
    FAIL("no violation type " << code.toStdString());
    return 0;
}

QStringList stringsOf(const Deadline& deadline) {
    return {deadline.label, deadline.extensionReason};
}

// Every text a list row carries, to look for what must never be there.
QStringList stringsOf(const CaseListRow& row) {
    QStringList strings{row.number,    row.title,         row.violationType,
                        row.themeName, row.buildingBlock, row.assignees.join(QLatin1Char(' '))};
    if (row.nextDeadline)
        strings += stringsOf(*row.nextDeadline);
    return strings;
}

QStringList stringsOf(const DeadlineRow& row) {
    return QStringList{row.caseNumber, row.caseTitle} + stringsOf(row.deadline);
}

bool mentionsAnyone(const QStringList& strings) {
    return std::any_of(strings.cbegin(), strings.cend(), [](const QString& text) {
        for (const QString& secret : {reporterName, reporterContact, subjectName,
                                      QStringLiteral("Klokkenluider"), QStringLiteral("Hazelhoff")})
            if (text.contains(secret, Qt::CaseInsensitive))
                return true;
        return false;
    });
}

} // namespace

TEST_CASE("each filter of the case list narrows to the cases that match", "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    auto approver = signIn(f, secondAdviser, Role::Adviser);
    signIn(f, member, Role::WorkingGroupMember);
    const int oldYear = today.year() - 2;

    NewCase giftReport =
        report(QDate(oldYear, 5, 12), QStringLiteral("Gift from supplier"),
               QStringLiteral("Een leverancier bood een weekend weg aan bij de aanbesteding."));
    giftReport.buildingBlockId = blockIdOfTheme(store, 3);
    giftReport.violationTypeId = violationTypeId(store, QStringLiteral("corruption"));
    CaseRecord gift = registerCase(store, giftReport);
    gift = advance(store, gift, S::PreliminaryInquiry, QDate(oldYear, 5, 14));

    NewCase leakReport =
        report(QDate(oldYear + 1, 2, 3), QStringLiteral("100% leak of minutes"),
               QStringLiteral("Notulen van het college stonden op een openbare website."));
    leakReport.buildingBlockId = blockIdOfTheme(store, 5);
    leakReport.violationTypeId = violationTypeId(store, QStringLiteral("information"));
    CaseRecord leak = registerCase(store, leakReport);
    leak = advance(store, leak, S::Acknowledged, QDate(oldYear + 1, 2, 4));
    REQUIRE(CaseService(store).assign(leak.id, member.name).ok());

    const CaseRecord fresh = registerCase(store, today.addDays(-1), QStringLiteral("Side job"),
                                          QStringLiteral("Nevenwerk bij een aannemer."));

    CaseRecord closed = registerCase(store, QDate(oldYear, 9, 1), QStringLiteral("Car misuse"),
                                     QStringLiteral("Dienstauto in het weekend gebruikt."));
    closed = advance(store, closed, S::Closed, QDate(oldYear, 10, 1), approver.get());

    const QSet<qint64> all{gift.id, leak.id, fresh.id, closed.id};
    CHECK(idsOf(store, {}) == all);

    CaseFilter filter;
    filter.state = S::PreliminaryInquiry;
    CHECK(idsOf(store, filter) == QSet<qint64>{gift.id});
    filter.state = S::Evaluated;
    CHECK(idsOf(store, filter).isEmpty());

    filter = {};
    filter.open = true;
    CHECK(idsOf(store, filter) == QSet<qint64>{gift.id, leak.id, fresh.id});
    filter.open = false;
    CHECK(idsOf(store, filter) == QSet<qint64>{closed.id});

    filter = {};
    filter.violationTypeId = *leakReport.violationTypeId;
    CHECK(idsOf(store, filter) == QSet<qint64>{leak.id});

    filter = {};
    filter.themeNumber = 3;
    CHECK(idsOf(store, filter) == QSet<qint64>{gift.id});
    filter.themeNumber = 8;
    CHECK(idsOf(store, filter).isEmpty());

    filter = {};
    filter.year = oldYear;
    CHECK(idsOf(store, filter) == QSet<qint64>{gift.id, closed.id});
    filter.year = oldYear - 1;
    CHECK(idsOf(store, filter).isEmpty());

    filter = {};
    filter.assignee = member.name;
    CHECK(idsOf(store, filter) == QSet<qint64>{leak.id});
    filter.assignee = otherMember.name;
    CHECK(idsOf(store, filter).isEmpty());

    filter = {};
    filter.quickText = QStringLiteral("SUPPL"); // title, any case
    CHECK(idsOf(store, filter) == QSet<qint64>{gift.id});
    filter.quickText = closed.number;
    CHECK(idsOf(store, filter) == QSet<qint64>{closed.id});
    filter.quickText = QStringLiteral("%"); // a LIKE wildcard is taken literally
    CHECK(idsOf(store, filter) == QSet<qint64>{leak.id});
    filter.quickText = QStringLiteral("_");
    CHECK(idsOf(store, filter).isEmpty());

    filter = {};
    filter.searchText = QStringLiteral("weekend");
    CHECK(idsOf(store, filter) == QSet<qint64>{gift.id, closed.id});

    // Every member that is set must hold.
    filter.open = true;
    CHECK(idsOf(store, filter) == QSet<qint64>{gift.id});
    filter.year = oldYear + 1;
    CHECK(idsOf(store, filter).isEmpty());

    // The row's columns.
    const QList<CaseListRow> rows = listOf(store);
    REQUIRE(rows.size() == 4);
    CHECK(rows.first().id == fresh.id); // newest first
    const auto giftRow = std::find_if(rows.cbegin(), rows.cend(),
                                      [&](const CaseListRow& r) { return r.id == gift.id; });
    REQUIRE(giftRow != rows.cend());
    CHECK(giftRow->number == gift.number);
    CHECK(giftRow->receivedOn == gift.receivedOn);
    CHECK(giftRow->title == QStringLiteral("Gift from supplier"));
    CHECK(giftRow->state == S::PreliminaryInquiry);
    CHECK(giftRow->channel == Channel::Manager);
    CHECK(giftRow->violationTypeId == giftReport.violationTypeId);
    CHECK(giftRow->violationType ==
          CodeLists::shippedName(CodeLists::List::ViolationType, QStringLiteral("corruption")));
    CHECK(giftRow->themeNumber == 3);
    CHECK_FALSE(giftRow->themeName.isEmpty());
    CHECK(giftRow->buildingBlock.startsWith(QStringLiteral("3")));
    const auto leakRow = std::find_if(rows.cbegin(), rows.cend(),
                                      [&](const CaseListRow& r) { return r.id == leak.id; });
    REQUIRE(leakRow != rows.cend());
    CHECK(leakRow->assignees == QStringList{member.name});
    const auto freshRow = std::find_if(rows.cbegin(), rows.cend(),
                                       [&](const CaseListRow& r) { return r.id == fresh.id; });
    REQUIRE(freshRow != rows.cend());
    CHECK(freshRow->violationType.isEmpty());
    CHECK_FALSE(freshRow->violationTypeId);
    CHECK(freshRow->themeNumber == 0);
    CHECK(freshRow->buildingBlock.isEmpty());

    auto years = CaseQuery(store).years();
    REQUIRE(years.ok());
    QList<int> expectedYears{fresh.receivedOn.year(), oldYear + 1, oldYear};
    expectedYears.erase(std::unique(expectedYears.begin(), expectedYears.end()),
                        expectedYears.end());
    CHECK(years.value() == expectedYears);

    // A member's list filters the facts opened in memory, an adviser's the office copy in SQL:
    // over the same cases they agree.
    for (const CaseRecord& record : {gift, fresh, closed})
        REQUIRE(CaseService(store).assign(record.id, member.name).ok());
    auto memberSession = f.unlock(member.name, member.passphrase);
    REQUIRE(memberSession);
    QList<CaseFilter> filters(9);
    filters[1].state = S::PreliminaryInquiry;
    filters[2].open = true;
    filters[3].open = false;
    filters[4].violationTypeId = *leakReport.violationTypeId;
    filters[5].themeNumber = 3;
    filters[6].year = oldYear;
    filters[7].year = oldYear + 1;
    filters[7].open = true;
    filters[8].deadlineStatus = DeadlineStatus::Overdue;
    for (const CaseFilter& each : std::as_const(filters)) {
        const auto adviserRows = listOf(store, each);
        const auto memberRows = listOf(*memberSession, each);
        QList<qint64> adviserIds, memberIds;
        for (const CaseListRow& row : adviserRows)
            adviserIds.append(row.id);
        for (const CaseListRow& row : memberRows)
            memberIds.append(row.id);
        CHECK(memberIds == adviserIds); // the same order too
    }
    CHECK(CaseQuery(*memberSession).years().value() == expectedYears);
    CHECK(CaseQuery(*memberSession).countsPerState().value() ==
          CaseQuery(store).countsPerState().value());
    CHECK(deadlinesOf(*memberSession).size() == deadlinesOf(store).size());
}

TEST_CASE("the type-ahead's grams are the runs of three characters, each once", "[cases]") {
    CHECK(CaseListCopy::quickGrams(QStringLiteral("auto")) ==
          QStringList{QStringLiteral("aut"), QStringLiteral("uto")});
    // A space, a dash, a dot is written as 'z' (one token for the index); accents are kept,
    // as the text is compared as it is.
    CHECK(CaseListCopy::quickGrams(QStringLiteral("2021-0")) ==
          QStringList{QStringLiteral("202"), QStringLiteral("021"), QStringLiteral("21z"),
                      QStringLiteral("1z0")});
    CHECK(CaseListCopy::quickGrams(QStringLiteral("b. privé")) ==
          QStringList{QStringLiteral("bzz"), QStringLiteral("zzp"), QStringLiteral("zpr"),
                      QStringLiteral("pri"), QStringLiteral("riv"), QStringLiteral("ivé")});
    CHECK(CaseListCopy::quickGrams(QStringLiteral("aaaa")) == QStringList{QStringLiteral("aaa")});
    CHECK(CaseListCopy::quickGrams(QStringLiteral("ab")).isEmpty());
}

TEST_CASE("type-ahead finds every number and title that contains the text, whether few or many "
          "cases hold its grams",
          "[cases]") {
    StoreFixture f;
    const CaseRecord car =
        registerCase(*f.store, today.addDays(-3), QStringLiteral("Dienstauto privé gebruikt"));
    const CaseRecord service =
        registerCase(*f.store, today.addDays(-2), QStringLiteral("Auto-onderhoud zonder offerte"));
    const CaseRecord gift =
        registerCase(*f.store, today.addDays(-1), QStringLiteral("Gift van een leverancier"));
    const auto typed = [&f](const QString& text) {
        CaseFilter filter;
        filter.quickText = text;
        const QSet<qint64> ids = idsOf(*f.store, filter);
        auto counted = CaseQuery(*f.store).count(filter, today);
        REQUIRE(counted.ok());
        CHECK(counted.value() == ids.size());
        return ids;
    };
    const auto everyText = [&] {
        CHECK(typed(QStringLiteral("dienstauto")) == QSet<qint64>{car.id});
        CHECK(typed(QStringLiteral("AUTO")) == QSet<qint64>{car.id, service.id});
        CHECK(typed(QStringLiteral("auto pr")) == QSet<qint64>{car.id}); // across a space
        CHECK(typed(QStringLiteral("auto-o")) == QSet<qint64>{service.id});
        CHECK(typed(QStringLiteral("PRIVÉ")) == QSet<qint64>{car.id});
        CHECK(typed(QStringLiteral("prive")).isEmpty());                        // the accent counts
        CHECK(typed(QStringLiteral("au")) == QSet<qint64>{car.id, service.id}); // no gram
        CHECK(typed(QStringLiteral("o-o")) == QSet<qint64>{service.id});
        CHECK(typed(gift.number) == QSet<qint64>{gift.id});
        CHECK(typed(QStringLiteral("autox")).isEmpty());
        CHECK(typed(QStringLiteral("gebruikt auto")).isEmpty()); // every gram, not in order
    };
    everyText();
    CHECK(scalar(f.store->database(Compartment::Office),
                 QStringLiteral("SELECT count(*) FROM case_quick")) == 3);

    // A new title replaces the old one's grams.
    CaseRecord edited = CaseService(*f.store).get(car.id).value();
    edited.title = QStringLiteral("Fietsvergoeding dubbel");
    REQUIRE(CaseService(*f.store).updateOverview(edited).ok());
    CHECK(typed(QStringLiteral("dienstauto")).isEmpty());
    CHECK(typed(QStringLiteral("AUTO")) == QSet<qint64>{service.id});
    CHECK(typed(QStringLiteral("fietsverg")) == QSet<qint64>{car.id});
    edited = CaseService(*f.store).get(car.id).value();
    edited.title = QStringLiteral("Dienstauto privé gebruikt");
    REQUIRE(CaseService(*f.store).updateOverview(edited).ok());

    // Many cases hold the grams of "auto" (rows of cases the copy does not list): the list
    // then compares along its order index instead, with the same answers.
    QSqlDatabase office = f.store->database(Compartment::Office);
    REQUIRE(office.transaction());
    QSqlQuery insert(office);
    REQUIRE(insert.prepare(
        QStringLiteral("INSERT INTO case_quick (docid, grams) VALUES (?, 'aut uto toz ozp zpr "
                       "ozo pri riv')")));
    for (int i = 0; i < 2100; ++i) {
        insert.addBindValue(1000000 + i);
        REQUIRE(insert.exec());
    }
    REQUIRE(office.commit());
    everyText();
}

TEST_CASE("the window's count, taken on a worker thread's own connection, is the session's",
          "[cases]") {
    StoreFixture f;
    NewCase gift = report(today.addDays(-20), QStringLiteral("Gift van een leverancier"),
                          QStringLiteral("Een weekend weg voor de inkoper."));
    gift.buildingBlockId = blockIdOfTheme(*f.store, 3);
    registerCase(*f.store, gift);
    registerCase(*f.store, today.addDays(-2), QStringLiteral("Dienstauto privé gebruikt"));
    registerCase(*f.store, today.addDays(-1), QStringLiteral("Auto-onderhoud"),
                 QStringLiteral("Geen offerte, wel een weekend."));
    QList<CaseFilter> filters(5);
    filters[1].quickText = QStringLiteral("auto");
    filters[2].searchText = QStringLiteral("weekend");
    filters[3].themeNumber = 3;
    filters[4].open = false;
    for (const CaseFilter& filter : std::as_const(filters)) {
        auto session = CaseQuery(*f.store).count(filter, today);
        REQUIRE(session.ok());
        auto counter = CaseCount::prepare(*f.store, filter, today);
        REQUIRE(counter.ok());
        REQUIRE(counter.value());
        std::optional<Result<qsizetype>> counted;
        std::thread worker([&] { counted = counter.value()->run(); });
        worker.join();
        REQUIRE(counted);
        REQUIRE(counted->ok());
        CHECK(counted->value() == session.value());
    }
    CHECK(CaseQuery(*f.store).count(filters[1], today).value() == 2);

    // A member holds no office key: their count is the session's own, in memory.
    auto jurist = signIn(f, member, Role::WorkingGroupMember);
    auto none = CaseCount::prepare(*jurist, {}, today);
    REQUIRE(none.ok());
    CHECK_FALSE(none.value());
}

TEST_CASE("an office copy from before version 7 is copied again on the upgrade, with the "
          "type-ahead's grams and the counts per state",
          "[cases][migrations]") {
    StoreFixture f;
    const CaseRecord car =
        registerCase(*f.store, today.addDays(-2), QStringLiteral("Dienstauto privé gebruikt"));
    registerCase(*f.store, today.addDays(-1), QStringLiteral("Gift van een leverancier"));
    REQUIRE(listOf(*f.store).size() == 2); // the copy is up to date, as version 6 kept it
    {
        QSqlQuery older(f.store->database(Compartment::Office));
        for (const QString& dropped :
             {QStringLiteral("TABLE case_quick"), QStringLiteral("TABLE case_state_counts"),
              QStringLiteral("TRIGGER case_state_counts_added"),
              QStringLiteral("TRIGGER case_state_counts_removed"),
              QStringLiteral("TRIGGER case_state_counts_moved")})
            REQUIRE(older.exec(QStringLiteral("DROP ") + dropped));
        REQUIRE(older.exec(QStringLiteral("PRAGMA user_version = 6")));
    }
    f.store.reset();

    auto upgraded = f.unlock();
    REQUIRE(upgraded);
    CHECK(Migrations::version(upgraded->database(Compartment::Office)).value() ==
          Migrations::latest(Compartment::Office));
    CaseFilter typed;
    typed.quickText = QStringLiteral("dienstauto");
    CHECK(idsOf(*upgraded, typed) == QSet<qint64>{car.id});
    CHECK(scalar(upgraded->database(Compartment::Office),
                 QStringLiteral("SELECT count(*) FROM case_quick")) == 2);
    const auto registered = [&upgraded] {
        for (const auto& [state, n] : CaseQuery(*upgraded).countsPerState().value()) {
            if (state == S::Registered)
                return n;
        }
        return qint64(-1);
    };
    CHECK(registered() == 2);
    // The counts follow the copy as it changes.
    registerCase(*upgraded, today, QStringLiteral("Derde melding"));
    CHECK(registered() == 3);
}

TEST_CASE("verify finds counts per state or grams that differ from the copy's cases", "[cases]") {
    StoreFixture f;
    auto approver = signIn(f, secondAdviser, Role::Adviser);
    advance(*f.store, registerCase(*f.store, today.addDays(-9), QStringLiteral("Gift")),
            S::Evaluated, today.addDays(-8), approver.get());
    registerCase(*f.store, today.addDays(-2), QStringLiteral("Dienstauto privé gebruikt"));
    REQUIRE(listOf(*f.store).size() == 2);
    QSqlDatabase office = f.store->database(Compartment::Office);
    CHECK(CaseListCopy::check(office).ok());

    QSqlQuery tamper(office);
    REQUIRE(tamper.exec(QStringLiteral("UPDATE case_state_counts SET cases = cases + 1 "
                                       "WHERE state_rank = 0")));
    auto counts = CaseListCopy::check(office);
    REQUIRE_FALSE(counts.ok());
    CHECK(counts.error().code == ErrorCode::Damaged);
    CHECK(counts.error().message.contains(QStringLiteral("per state")));
    REQUIRE(tamper.exec(QStringLiteral("UPDATE case_state_counts SET cases = cases - 1 "
                                       "WHERE state_rank = 0")));
    CHECK(CaseListCopy::check(office).ok());

    REQUIRE(tamper.exec(QStringLiteral("UPDATE case_quick SET grams = 'gif ift' WHERE docid = "
                                       "(SELECT max(case_id) FROM case_facts)")));
    auto grams = CaseListCopy::check(office);
    REQUIRE_FALSE(grams.ok());
    CHECK(grams.error().message.contains(QStringLiteral("grams of 1 case")));
}

TEST_CASE("a renamed violation type shows its new name in the list", "[cases]") {
    StoreFixture f;
    const qint64 typeId = violationTypeId(*f.store, QStringLiteral("fraud"));
    NewCase newCase = report(today.addDays(-3), QStringLiteral("Expense claim"),
                             QStringLiteral("Declaratie dubbel ingediend."));
    newCase.violationTypeId = typeId;
    const CaseRecord renamed = registerCase(*f.store, newCase);
    NewCase other = newCase;
    other.violationTypeId = violationTypeId(*f.store, QStringLiteral("information"));
    const CaseRecord kept = registerCase(*f.store, other);
    const auto firstByType = [&f] {
        auto rows =
            CaseQuery(*f.store).page({}, {CaseOrder::Key::Type, Qt::AscendingOrder}, 0, 1, today);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 1);
        return rows.value().first().id;
    };
    // The shipped Dutch names: "Fraude ..." comes before "Informatie ...".
    REQUIRE(firstByType() == renamed.id);
    auto entries = CodeLists(*f.store).entries(CodeLists::List::ViolationType);
    REQUIRE(entries.ok());
    const auto fraud = std::find_if(entries.value().cbegin(), entries.value().cend(),
                                    [typeId](const CodeListEntry& e) { return e.id == typeId; });
    REQUIRE(fraud != entries.value().cend());
    REQUIRE(CodeLists(*f.store)
                .rename(typeId, fraud->rowVersion, QStringLiteral("Verduistering en fraude"))
                .ok());
    const QList<CaseListRow> rows = listOf(*f.store);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].id == renamed.id);
    CHECK(rows[1].violationType == QStringLiteral("Verduistering en fraude"));
    // Sorting on the type follows the new name.
    CHECK(firstByType() == kept.id);
}

TEST_CASE("full-text search finds description and journal words, by prefix and without accents",
          "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    const CaseRecord bribe =
        registerCase(store, today.addDays(-10), QStringLiteral("Gift from supplier"),
                     QStringLiteral("Vermoeden van omkoping; de afdeling is niet geïnformeerd."));
    const CaseRecord other =
        registerCase(store, today.addDays(-9), QStringLiteral("Bullying"),
                     QStringLiteral("Pesten op de werkvloer, de leidinggevende grijpt niet in."));
    REQUIRE(CaseJournal(store)
                .add(other.id, today.addDays(-2), JournalKind::Call,
                     QStringLiteral("Gebeld over het zwembadabonnement van de afdeling."))
                .ok());

    CHECK(searchIds(store, QStringLiteral("omkoping")) == QSet<qint64>{bribe.id});
    CHECK(searchIds(store, QStringLiteral("omkop")) == QSet<qint64>{bribe.id});        // prefix
    CHECK(searchIds(store, QStringLiteral("geinformeerd")) == QSet<qint64>{bribe.id}); // accent
    CHECK(searchIds(store, QStringLiteral("GEÏNFO")) == QSet<qint64>{bribe.id});
    CHECK(searchIds(store, QStringLiteral("zwembadabonnement")) == QSet<qint64>{other.id});
    CHECK(searchIds(store, QStringLiteral("zwembad")) == QSet<qint64>{other.id}); // journal
    CHECK(searchIds(store, QStringLiteral("afdeling")) == QSet<qint64>{bribe.id, other.id});
    // Every word must occur in the case, not necessarily in one item.
    CHECK(searchIds(store, QStringLiteral("pesten zwembad")) == QSet<qint64>{other.id});
    CHECK(searchIds(store, QStringLiteral("omkoping zwembad")).isEmpty());
    CHECK(searchIds(store, QStringLiteral("fietsendiefstal")).isEmpty());
    // Query syntax is taken literally, and the reporter's identity is never indexed.
    CHECK(searchIds(store, QStringLiteral("omkoping OR pesten")).isEmpty());
    CHECK(searchIds(store, QStringLiteral("Zoutelande")).isEmpty());
    // No word at all: no full-text condition.
    CHECK(searchIds(store, QStringLiteral(" ?! ")) == QSet<qint64>{bribe.id, other.id});

    // A word in many indexed items of cases the copy does not list (an item left behind): only
    // listed cases are found.
    QSqlDatabase office = store.database(Compartment::Office);
    REQUIRE(office.transaction());
    QSqlQuery insert(office);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO case_search (docid, case_id, source, "
                                          "source_id, body) VALUES (?, 0, 0, 0, "
                                          "'de afdeling en het zwembad')")));
    for (int i = 0; i < 2100; ++i) {
        insert.addBindValue(qint64(1) << 40 | i);
        REQUIRE(insert.exec());
    }
    REQUIRE(office.commit());
    CHECK(searchIds(store, QStringLiteral("afdeling")) == QSet<qint64>{bribe.id, other.id});
    CHECK(searchIds(store, QStringLiteral("zwembad")) == QSet<qint64>{other.id});
    CHECK(searchIds(store, QStringLiteral("afdeling omkoping")) == QSet<qint64>{bribe.id});
}

TEST_CASE("the list shows a working-group member only the assigned cases, a counsellor none",
          "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    auto memberSession = signIn(f, member, Role::WorkingGroupMember);
    auto otherSession = signIn(f, otherMember, Role::WorkingGroupMember);
    auto counsellorSession = signIn(f, counsellor, Role::ConfidentialCounsellor);

    const CaseRecord assigned = registerCase(store, today.addDays(-20), QStringLiteral("Assigned"),
                                             QStringLiteral("Gedeelde tekst."));
    const CaseRecord unassigned = registerCase(
        store, today.addDays(-20), QStringLiteral("Unassigned"), QStringLiteral("Gedeelde tekst."));
    REQUIRE(CaseService(store).assign(assigned.id, member.name).ok());

    CHECK(idsOf(store, {}) == QSet<qint64>{assigned.id, unassigned.id});
    CHECK(idsOf(*memberSession, {}) == QSet<qint64>{assigned.id});
    CHECK(searchIds(*memberSession, QStringLiteral("gedeelde")) == QSet<qint64>{assigned.id});
    CaseFilter byState;
    byState.state = S::Registered;
    CHECK(idsOf(*memberSession, byState) == QSet<qint64>{assigned.id});
    CHECK(idsOf(*otherSession, {}).isEmpty());
    CHECK(idsOf(*counsellorSession, {}).isEmpty());
    CHECK(searchIds(*counsellorSession, QStringLiteral("gedeelde")).isEmpty());

    const auto caseIds = [](const QList<DeadlineRow>& rows) {
        QSet<qint64> ids;
        for (const DeadlineRow& row : rows)
            ids.insert(row.caseId);
        return ids;
    };
    CHECK(caseIds(deadlinesOf(*memberSession)) == QSet<qint64>{assigned.id});
    CHECK(deadlinesOf(*otherSession).isEmpty());
    CHECK(deadlinesOf(*counsellorSession).isEmpty());

    const auto total = [](const Store& session) {
        auto counts = CaseQuery(session).countsPerState();
        REQUIRE(counts.ok());
        qint64 sum = 0;
        for (const auto& [state, n] : counts.value())
            sum += n;
        return sum;
    };
    CHECK(total(store) == 2);
    CHECK(total(*memberSession) == 1);
    CHECK(total(*counsellorSession) == 0);
    auto counsellorYears = CaseQuery(*counsellorSession).years();
    REQUIRE(counsellorYears.ok());
    CHECK(counsellorYears.value().isEmpty());
}

TEST_CASE("a member's list, read once for the session, follows every change made elsewhere",
          "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    auto memberSession = signIn(f, member, Role::WorkingGroupMember);
    // Read from the main file, or from the member's own copy, kept up to date as it is read.
    const bool ownCopy = GENERATE(false, true);
    if (ownCopy)
        MemberCopy::open(*memberSession);
    const CaseRecord first = registerCase(store, today.addDays(-30), QStringLiteral("Eerste zaak"),
                                          QStringLiteral("Tekst."));
    const CaseRecord second = registerCase(store, today.addDays(-10), QStringLiteral("Tweede zaak"),
                                           QStringLiteral("Tekst."));
    REQUIRE(CaseService(store).assign(first.id, member.name).ok());
    CHECK(idsOf(*memberSession, {}) == QSet<qint64>{first.id});

    // Assigned in another session (another workstation): the list shows it at once.
    REQUIRE(CaseService(store).assign(second.id, member.name).ok());
    CHECK(idsOf(*memberSession, {}) == QSet<qint64>{first.id, second.id});

    // A new title, also when the member only types ahead in what was read already.
    CaseRecord renamed = CaseService(store).get(first.id).value();
    renamed.title = QStringLiteral("Hernoemde zaak");
    REQUIRE(CaseService(store).updateOverview(renamed).ok());
    CaseFilter typed;
    typed.quickText = QStringLiteral("hernoemd");
    CHECK(idsOf(*memberSession, typed) == QSet<qint64>{first.id});
    typed.quickText = QStringLiteral("eerste");
    CHECK(idsOf(*memberSession, typed).isEmpty());

    // A custom deadline shows in the deadline view; unassigned, the case leaves the list.
    REQUIRE(CaseService(store)
                .addDeadline(second.id, QStringLiteral("Hoorzitting"), today.addDays(3))
                .ok());
    const auto labels = [&memberSession] {
        QStringList found;
        for (const DeadlineRow& row : deadlinesOf(*memberSession))
            found << row.deadline.label;
        return found;
    };
    CHECK(labels().contains(QStringLiteral("Hoorzitting")));
    REQUIRE(CaseService(store).unassign(first.id, member.name).ok());
    CHECK(idsOf(*memberSession, {}) == QSet<qint64>{second.id});
    auto counted = CaseQuery(*memberSession).count({}, today);
    REQUIRE(counted.ok());
    CHECK(counted.value() == 1);
    CHECK(MemberCopy::current(*memberSession).has_value() == ownCopy);
}

TEST_CASE("a member assigned to many cases opens each of theirs and no other", "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    auto memberSession = signIn(f, member, Role::WorkingGroupMember);
    // More than the keys opened on one thread: CaseKeys::preload shares them out.
    QHash<qint64, QString> assigned;
    for (int i = 0; i < 80; ++i) {
        const QString title = QStringLiteral("Zaak %1").arg(i);
        const CaseRecord record = registerCase(store, today.addDays(-1 - i % 20), title);
        if (i % 8 != 0) {
            REQUIRE(CaseService(store).assign(record.id, member.name).ok());
            assigned.insert(record.id, title);
        }
    }
    REQUIRE(assigned.size() == 70);
    auto rows = CaseQuery(*memberSession).page({}, CaseOrder{}, 0, -1, today);
    REQUIRE(rows.ok());
    QHash<qint64, QString> seen;
    for (const CaseListRow& row : rows.value())
        seen.insert(row.id, row.title);
    CHECK(seen == assigned);
}

TEST_CASE("a member's list, read and sorted once, shows a violation type renamed elsewhere",
          "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    auto memberSession = signIn(f, member, Role::WorkingGroupMember);
    NewCase gift = report(today.addDays(-5), QStringLiteral("Geschenk"), QStringLiteral("Tekst."));
    const qint64 typeId = violationTypeId(store, QStringLiteral("corruption"));
    gift.violationTypeId = typeId;
    const CaseRecord record = registerCase(store, gift);
    REQUIRE(CaseService(store).assign(record.id, member.name).ok());
    const auto typeShown = [&memberSession] {
        auto rows = CaseQuery(*memberSession).page({}, CaseOrder{}, 0, 10, today);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 1);
        return rows.value().constFirst().violationType;
    };
    const QString before = typeShown();
    CHECK_FALSE(before.isEmpty());

    CodeListEntry entry;
    for (const CodeListEntry& e :
         CodeLists(store).entries(CodeLists::List::ViolationType).value()) {
        if (e.id == typeId)
            entry = e;
    }
    REQUIRE(CodeLists(store).rename(typeId, entry.rowVersion, QStringLiteral("Omkoping")).ok());
    CHECK(typeShown() == QStringLiteral("Omkoping"));
}

TEST_CASE("no list row and no deadline row carries the reporter's or a party's name", "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    signIn(f, member, Role::WorkingGroupMember);
    CaseService service(store);
    const CaseRecord first = registerCase(store, today.addDays(-12), QStringLiteral("Gift"),
                                          QStringLiteral("Een geschenk van een leverancier."));
    REQUIRE(service.assign(first.id, member.name).ok());
    CaseRecord second = registerCase(store, today.addDays(-40), QStringLiteral("Leak"),
                                     QStringLiteral("Vertrouwelijke stukken gedeeld."));
    second = advance(store, second, S::PreliminaryInquiry, today.addDays(-35));
    REQUIRE(service.addDeadline(second.id, QStringLiteral("Interview"), today.addDays(5)).ok());
    REQUIRE(service
                .extendFeedback(second.id, second.rowVersion, today.addMonths(4),
                                QStringLiteral("Extern bureau"))
                .ok());

    const QList<CaseListRow> rows = listOf(store);
    REQUIRE(rows.size() == 2);
    for (const CaseListRow& row : rows) {
        INFO(row.number.toStdString());
        CHECK_FALSE(mentionsAnyone(stringsOf(row)));
    }
    const QList<DeadlineRow> deadlines = deadlinesOf(store);
    REQUIRE(deadlines.size() == 4); // first: both legal ones; second: the feedback and its own
    for (const DeadlineRow& row : deadlines) {
        INFO(row.caseNumber.toStdString() + " " + row.deadline.label.toStdString());
        CHECK_FALSE(mentionsAnyone(stringsOf(row)));
    }
    // The check itself finds a name where there is one.
    CaseListRow planted = rows.first();
    planted.title = reporterName;
    CHECK(mentionsAnyone(stringsOf(planted)));
}

TEST_CASE("deadline statuses, the next deadline per case, and the deadline view's order",
          "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    auto approver = signIn(f, secondAdviser, Role::Adviser);
    CaseService service(store);

    // Received 20 days ago and never acknowledged: the acknowledgement is 13 days overdue.
    const CaseRecord late = registerCase(store, today.addDays(-20), QStringLiteral("Late"));
    // Received 6 days ago: the acknowledgement is due tomorrow.
    const CaseRecord soon = registerCase(store, today.addDays(-6), QStringLiteral("Soon"));
    // Acknowledged; a step of its own is due in two days, long before the feedback.
    CaseRecord planned = registerCase(store, today.addDays(-2), QStringLiteral("Planned"));
    planned = advance(store, planned, S::Acknowledged, today.addDays(-1));
    auto custom = service.addDeadline(planned.id, QStringLiteral("Interview"), today.addDays(2));
    REQUIRE(custom.ok());
    // Closed: nothing is due any more, even with a deadline of its own left open.
    CaseRecord done = registerCase(store, today.addDays(-60), QStringLiteral("Done"));
    REQUIRE(service.addDeadline(done.id, QStringLiteral("Archive"), today.addDays(-30)).ok());
    done = advance(store, done, S::Closed, today.addDays(-55), approver.get());

    const QList<CaseListRow> rows = listOf(store);
    const auto rowOf = [&rows](qint64 id) {
        const auto found = std::find_if(rows.cbegin(), rows.cend(),
                                        [id](const CaseListRow& row) { return row.id == id; });
        REQUIRE(found != rows.cend());
        return *found;
    };
    const CaseListRow lateRow = rowOf(late.id);
    REQUIRE(lateRow.nextDeadline);
    CHECK(lateRow.nextDeadline->kind == Deadline::Kind::Acknowledgement);
    CHECK(lateRow.nextDeadline->due == today.addDays(-13));
    CHECK(lateRow.deadlineStatus == DeadlineStatus::Overdue);
    const CaseListRow soonRow = rowOf(soon.id);
    REQUIRE(soonRow.nextDeadline);
    CHECK(soonRow.nextDeadline->kind == Deadline::Kind::Acknowledgement);
    CHECK(soonRow.deadlineStatus == DeadlineStatus::DueSoon);
    const CaseListRow plannedRow = rowOf(planned.id);
    REQUIRE(plannedRow.nextDeadline);
    CHECK(plannedRow.nextDeadline->kind == Deadline::Kind::Custom);
    CHECK(plannedRow.nextDeadline->label == QStringLiteral("Interview"));
    CHECK(plannedRow.deadlineStatus == DeadlineStatus::DueSoon);
    const CaseListRow doneRow = rowOf(done.id);
    CHECK_FALSE(doneRow.nextDeadline);
    CHECK(doneRow.deadlineStatus == DeadlineStatus::Met);

    CaseFilter filter;
    filter.deadlineStatus = DeadlineStatus::Overdue;
    CHECK(idsOf(store, filter) == QSet<qint64>{late.id});
    filter.deadlineStatus = DeadlineStatus::DueSoon;
    CHECK(idsOf(store, filter) == QSet<qint64>{soon.id, planned.id});
    filter.deadlineStatus = DeadlineStatus::Met;
    CHECK(idsOf(store, filter) == QSet<qint64>{done.id});
    filter.deadlineStatus = DeadlineStatus::Open;
    CHECK(idsOf(store, filter).isEmpty());

    // The deadline view: every deadline not met of the open cases, overdue first, then by date.
    const QList<DeadlineRow> deadlines = deadlinesOf(store);
    REQUIRE(deadlines.size() == 6); // late 2, soon 2, planned: feedback and the interview
    CHECK(deadlines[0].caseId == late.id);
    CHECK(deadlines[0].deadline.kind == Deadline::Kind::Acknowledgement);
    CHECK(deadlines[0].status == DeadlineStatus::Overdue);
    CHECK(deadlines[0].daysLeft == -13);
    CHECK(deadlines[0].caseNumber == late.number);
    CHECK(deadlines[0].caseTitle == QStringLiteral("Late"));
    CHECK(deadlines[1].caseId == soon.id);
    CHECK(deadlines[1].status == DeadlineStatus::DueSoon);
    CHECK(deadlines[1].daysLeft == 1);
    CHECK(deadlines[2].caseId == planned.id);
    CHECK(deadlines[2].deadline.kind == Deadline::Kind::Custom);
    CHECK(deadlines[2].daysLeft == 2);
    for (qsizetype i = 1; i < deadlines.size(); ++i)
        CHECK(deadlines[i - 1].deadline.due <= deadlines[i].deadline.due);
    for (const DeadlineRow& row : deadlines) {
        CHECK(row.caseId != done.id);
        CHECK_FALSE(row.deadline.met);
        CHECK(row.status == Deadlines::status(row.deadline, today));
        CHECK(row.daysLeft == Deadlines::daysLeft(row.deadline, today));
    }

    auto counts = CaseQuery(store).deadlineCounts(today);
    REQUIRE(counts.ok());
    CHECK(counts.value().overdue == 1);
    CHECK(counts.value().dueSoon == 2);

    // The dashboard's rows: the overdue and due-soon ones of that list, in its order, at most as
    // many as asked for; the same from a member's list of the same cases.
    auto memberSession = signIn(f, member, Role::WorkingGroupMember);
    for (const CaseRecord& record : {late, soon, planned, done})
        REQUIRE(service.assign(record.id, member.name).ok());
    const auto keys = [](const QList<DeadlineRow>& rows) {
        QStringList found;
        for (const DeadlineRow& row : rows)
            found << QStringLiteral("%1 %2").arg(row.caseId).arg(row.deadline.label);
        return found.join(QStringLiteral(" | ")).toStdString();
    };
    for (const Store* session : {&store, memberSession.get()}) {
        const auto urgent = CaseQuery(*session).urgentDeadlines(today, 10);
        REQUIRE(urgent.ok());
        CHECK(keys(urgent.value()) == keys(deadlines.mid(0, 3)));
        const auto first = CaseQuery(*session).urgentDeadlines(today, 2);
        REQUIRE(first.ok());
        CHECK(keys(first.value()) == keys(deadlines.mid(0, 2)));
    }

    // Meeting the interview leaves the feedback, months away, as the case's next deadline.
    REQUIRE(service.setDeadlineMet(custom.value().id, custom.value().rowVersion, today).ok());
    const QList<CaseListRow> after = listOf(store);
    const auto plannedAfter = std::find_if(
        after.cbegin(), after.cend(), [&](const CaseListRow& r) { return r.id == planned.id; });
    REQUIRE(plannedAfter != after.cend());
    REQUIRE(plannedAfter->nextDeadline);
    CHECK(plannedAfter->nextDeadline->kind == Deadline::Kind::Feedback);
    CHECK(plannedAfter->nextDeadline->due == today.addDays(-1).addMonths(3));
    CHECK(plannedAfter->deadlineStatus == DeadlineStatus::Open);
    CHECK(deadlinesOf(store).size() == 5);
}

TEST_CASE("cases per state come in protocol order, with the empty states", "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    auto approver = signIn(f, secondAdviser, Role::Adviser);
    registerCase(store, today.addDays(-6), QStringLiteral("One"));  // acknowledgement due soon
    registerCase(store, today.addDays(-10), QStringLiteral("Two")); // acknowledgement overdue
    advance(store, registerCase(store, today.addDays(-5), QStringLiteral("Three")),
            S::PreliminaryInquiry, today.addDays(-4));
    advance(store, registerCase(store, today.addDays(-9), QStringLiteral("Four")), S::Evaluated,
            today.addDays(-8), approver.get());

    auto counts = CaseQuery(store).countsPerState();
    REQUIRE(counts.ok());
    REQUIRE(counts.value().size() == CaseWorkflow::allStates().size());
    for (qsizetype i = 0; i < counts.value().size(); ++i) {
        const auto& [state, n] = counts.value()[i];
        CHECK(state == CaseWorkflow::allStates()[i]);
        const qint64 expected = state == S::Registered           ? 2
                                : state == S::PreliminaryInquiry ? 1
                                : state == S::Evaluated          ? 1
                                                                 : 0;
        INFO(CaseWorkflow::stateCode(state).toStdString());
        CHECK(n == expected);
    }

    // `infopunt info` shows the same.
    auto summary = StoreSummary::collect(store);
    REQUIRE(summary.ok());
    REQUIRE(summary.value().caseStates.size() == counts.value().size());
    CHECK(summary.value().caseStates[0] ==
          qMakePair(CaseWorkflow::stateName(S::Registered), qint64(2)));
    const auto cases = std::find_if(
        summary.value().counts.cbegin(), summary.value().counts.cend(), [](const auto& count) {
            return count.first == StoreSummary::tr("Reports and investigations");
        });
    REQUIRE(cases != summary.value().counts.cend());
    CHECK(cases->second == 4);
    CHECK(summary.value().deadlinesDueSoon == 1);
    CHECK(summary.value().deadlinesOverdue == 1);

    // A role that sees no cases gets no case figures at all.
    auto counsellorSession = signIn(f, counsellor, Role::ConfidentialCounsellor);
    auto hidden = StoreSummary::collect(*counsellorSession);
    REQUIRE(hidden.ok());
    CHECK(hidden.value().caseStates.isEmpty());
    CHECK(hidden.value().deadlinesDueSoon == 0);
    CHECK(hidden.value().deadlinesOverdue == 0);
    for (const auto& [label, n] : hidden.value().counts)
        CHECK(label != StoreSummary::tr("Reports and investigations"));
}

TEST_CASE("a page of the list in any order is that part of the whole list, for every path",
          "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    signIn(f, member, Role::WorkingGroupMember);
    signIn(f, otherMember, Role::WorkingGroupMember);
    CaseService service(store);
    // Titles that differ in case and accents, dates that tie, every column set on some.
    const QStringList titles{
        QStringLiteral("beta"),   QStringLiteral("Alpha"),   QStringLiteral("Écluse"),
        QStringLiteral("alpha"),  QStringLiteral("Delta"),   QStringLiteral("Ceder"),
        QStringLiteral("Zuidas"), QStringLiteral("epsilon"), QStringLiteral("Gamma"),
        QStringLiteral("Bèta"),   QStringLiteral("Haven"),   QStringLiteral("Ijzer")};
    const QList<qint64> types{violationTypeId(store, QStringLiteral("corruption")),
                              violationTypeId(store, QStringLiteral("information")),
                              violationTypeId(store, QStringLiteral("fraud"))};
    QList<CaseRecord> cases;
    for (int i = 0; i < titles.size(); ++i) {
        NewCase newCase = report(today.addDays(-(i / 3) * 4), titles[i], QStringLiteral("Tekst."));
        if (i % 4 != 0) {
            newCase.violationTypeId = types[i % types.size()];
            newCase.buildingBlockId = blockIdOfTheme(store, 1 + i % 8);
        }
        CaseRecord record = registerCase(store, newCase);
        if (i % 3 == 1)
            record = advance(store, record, S::Acknowledged, record.receivedOn);
        if (i % 5 == 2)
            REQUIRE(service.addDeadline(record.id, QStringLiteral("Gesprek"), today.addDays(i - 4))
                        .ok());
        REQUIRE(service.assign(record.id, member.name).ok());
        if (i % 2 == 0)
            REQUIRE(service.assign(record.id, otherMember.name).ok());
        cases.append(record);
    }
    auto memberSession = f.unlock(member.name, member.passphrase);
    REQUIRE(memberSession);
    // The member's path: the main file, or their own copy.
    const bool ownCopy = GENERATE(false, true);
    if (ownCopy)
        MemberCopy::open(*memberSession);

    const auto idsIn = [](const QList<CaseListRow>& rows) {
        QList<qint64> ids;
        for (const CaseListRow& row : rows)
            ids.append(row.id);
        return ids;
    };
    const auto pageOf = [](const Store& session, const CaseFilter& filter, const CaseOrder& order,
                           qsizetype offset, qsizetype limit) {
        auto rows = CaseQuery(session).page(filter, order, offset, limit, today);
        if (!rows)
            FAIL(rows.error().message.toStdString());
        return rows.value();
    };
    CaseFilter acknowledged;
    acknowledged.state = S::Acknowledged;
    for (const CaseFilter& filter : {CaseFilter{}, acknowledged}) {
        const QList<CaseListRow> all = listOf(store, filter);
        REQUIRE(all.size() == (filter.state ? 4 : titles.size()));
        for (const auto key :
             {CaseOrder::Key::Number, CaseOrder::Key::Received, CaseOrder::Key::Title,
              CaseOrder::Key::State, CaseOrder::Key::Deadline, CaseOrder::Key::Type,
              CaseOrder::Key::Theme, CaseOrder::Key::Assigned}) {
            QList<qint64> ascending;
            for (const auto direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const CaseOrder order{key, direction};
                INFO("order " << static_cast<int>(key) << " " << static_cast<int>(direction));
                // The office copy's SQL sorts as the rule in C++ does, and as the member's path.
                QList<CaseListRow> expected = all;
                std::stable_sort(expected.begin(), expected.end(),
                                 [&order](const CaseListRow& a, const CaseListRow& b) {
                                     return order.before(a, b);
                                 });
                const QList<CaseListRow> whole = pageOf(store, filter, order, 0, -1);
                CHECK(idsIn(whole) == idsIn(expected));
                // A descending order is the ascending one reversed, ties included.
                if (direction == Qt::AscendingOrder)
                    ascending = idsIn(whole);
                else
                    CHECK(idsIn(whole) == QList<qint64>(ascending.crbegin(), ascending.crend()));
                CHECK(idsIn(pageOf(*memberSession, filter, order, 0, -1)) == idsIn(whole));
                // Pages of five put together are the whole list.
                QList<CaseListRow> paged;
                for (qsizetype offset = 0; offset < whole.size() + 5; offset += 5)
                    paged += pageOf(store, filter, order, offset, 5);
                CHECK(idsIn(paged) == idsIn(whole));
                for (qsizetype i = 0; i < whole.size(); ++i) {
                    auto at = CaseQuery(store).position(filter, order, whole[i].id, today);
                    REQUIRE(at.ok());
                    CHECK(at.value() == std::optional<qsizetype>(i));
                    auto memberAt =
                        CaseQuery(*memberSession).position(filter, order, whole[i].id, today);
                    REQUIRE(memberAt.ok());
                    CHECK(memberAt.value() == std::optional<qsizetype>(i));
                }
            }
        }
        CHECK(CaseQuery(store).count(filter, today).value() == all.size());
        CHECK(CaseQuery(*memberSession).count(filter, today).value() == all.size());
    }
    // A case the filter leaves out has no position.
    auto absent = CaseQuery(store).position(acknowledged, CaseOrder{}, cases.first().id, today);
    REQUIRE(absent.ok());
    CHECK_FALSE(absent.value());
    CHECK(MemberCopy::current(*memberSession).has_value() == ownCopy);
}

TEST_CASE("the advisers' list follows assignments and custom deadlines as they change", "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    signIn(f, member, Role::WorkingGroupMember);
    CaseService service(store);
    const CaseRecord record = registerCase(store, today.addDays(-2), QStringLiteral("Volg mij"));
    const auto rowOf = [&store, &record] {
        const QList<CaseListRow> rows = listOf(store);
        REQUIRE(rows.size() == 1);
        REQUIRE(rows.first().id == record.id);
        return rows.first();
    };
    REQUIRE(rowOf().nextDeadline);
    CHECK(rowOf().nextDeadline->kind == Deadline::Kind::Acknowledgement);
    CHECK(rowOf().assignees.isEmpty());

    REQUIRE(service.assign(record.id, member.name).ok());
    CHECK(rowOf().assignees == QStringList{member.name});
    CaseFilter byMember;
    byMember.assignee = member.name;
    CHECK(listOf(store, byMember).size() == 1);

    auto custom = service.addDeadline(record.id, QStringLiteral("Eerste gesprek"), today);
    REQUIRE(custom.ok());
    REQUIRE(rowOf().nextDeadline);
    CHECK(rowOf().nextDeadline->label == QStringLiteral("Eerste gesprek"));
    CHECK(rowOf().deadlineStatus == DeadlineStatus::DueSoon);
    CaseFilter dueSoon;
    dueSoon.deadlineStatus = DeadlineStatus::DueSoon;
    CHECK(listOf(store, dueSoon).size() == 1);
    CHECK(deadlinesOf(store).size() == 3);

    REQUIRE(service.setDeadlineMet(custom.value().id, custom.value().rowVersion, today).ok());
    CHECK(rowOf().nextDeadline->kind == Deadline::Kind::Acknowledgement);
    CHECK(deadlinesOf(store).size() == 2);

    REQUIRE(service.unassign(record.id, member.name).ok());
    CHECK(rowOf().assignees.isEmpty());
    CHECK(listOf(store, byMember).isEmpty());
}

TEST_CASE("the office copy can be brought up to date a few cases at a time", "[cases]") {
    StoreFixture f;
    Store& store = *f.store;
    for (int i = 0; i < 7; ++i)
        registerCase(store, today.addDays(-i), QStringLiteral("Zaak %1").arg(i));
    const QList<CaseListRow> before = listOf(store);
    REQUIRE(before.size() == 7);

    // As after an upgrade: the copy has recorded no case's version.
    QSqlQuery forget(store.database(Compartment::Office));
    REQUIRE(forget.exec(QStringLiteral("DELETE FROM case_search_versions")));
    REQUIRE(forget.exec(QStringLiteral("DELETE FROM meta WHERE key = 'copied_version'")));
    QList<int> remaining;
    while (true) {
        auto step = CaseSearchIndex::catchUp(store, 3);
        REQUIRE(step.ok());
        remaining.append(step.value().remaining);
        if (step.value().remaining == 0)
            break;
        CHECK(step.value().updated == 3);
    }
    CHECK(remaining == QList<int>{4, 1, 0});
    auto done = CaseSearchIndex::catchUp(store, 3);
    REQUIRE(done.ok());
    CHECK(done.value().updated == 0);
    CHECK(done.value().remaining == 0);
    const QList<CaseListRow> after = listOf(store);
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        CHECK(after[i].id == before[i].id);
        CHECK(after[i].title == before[i].title);
    }

    // Once it knows up to where it is, it takes what changed since, oldest change first.
    for (const CaseListRow& row : after.mid(0, 5))
        REQUIRE(CaseService(store).addDeadline(row.id, QStringLiteral("Gesprek"), today).ok());
    remaining.clear();
    int updated = 0;
    while (true) {
        auto step = CaseSearchIndex::catchUp(store, 2);
        REQUIRE(step.ok());
        updated += step.value().updated;
        remaining.append(step.value().remaining);
        if (step.value().remaining == 0)
            break;
    }
    CHECK(remaining == QList<int>{3, 1, 0});
    CHECK(updated == 5);
    for (const CaseListRow& row : listOf(store).mid(0, 5)) {
        REQUIRE(row.nextDeadline);
        CHECK(row.nextDeadline->label == QStringLiteral("Gesprek"));
    }
}

TEST_CASE("a store from before the list copy is upgraded with its list, deadlines and ledger",
          "[cases][migrations]") {
    StoreFixture f(9);
    signIn(f, member, Role::WorkingGroupMember);
    CaseService service(*f.store);
    const CaseRecord first = registerCase(*f.store, today.addDays(-3), QStringLiteral("Eerste"));
    const CaseRecord second = registerCase(*f.store, today.addDays(-1), QStringLiteral("Tweede"));
    // Version 9 raised no version for these: the copy learns them from the upgrade.
    REQUIRE(service.assign(first.id, member.name).ok());
    REQUIRE(service.addDeadline(second.id, QStringLiteral("Gesprek"), today).ok());
    registerCase(*f.store, today, QStringLiteral("Derde"));
    f.store.reset();

    auto upgraded = f.unlock();
    REQUIRE(upgraded);
    CHECK(Migrations::version(upgraded->database()).value() ==
          Migrations::latest(Compartment::Main));
    const QList<CaseListRow> rows = listOf(*upgraded);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].id == second.id);
    REQUIRE(rows[1].nextDeadline);
    CHECK(rows[1].nextDeadline->label == QStringLiteral("Gesprek"));
    CHECK(rows[2].id == first.id);
    CHECK(rows[2].assignees == QStringList{member.name});
    CHECK(deadlinesOf(*upgraded).size() == 3 * 2 + 1);
    // The replaced triggers are the ones verify expects.
    for (const LedgerCheck::Check& check : LedgerCheck::run(*upgraded)) {
        INFO(check.what.toStdString() << ": " << check.detail.toStdString());
        CHECK(check.status != LedgerCheck::Status::Failed);
    }
    // After the upgrade every change takes the store's next version, and the copy follows.
    REQUIRE(CaseService(*upgraded).unassign(first.id, member.name).ok());
    CHECK(listOf(*upgraded)[2].assignees.isEmpty());
}
