// The generated demo store (`infopunt demo --size N`): real cases made through the services,
// every state, verifiable, and the same for the same seed.

#include "TempFolder.h"
#include "audit/AuditLog.h"
#include "audit/LedgerCheck.h"
#include "cases/CaseFiles.h"
#include "cases/CaseQuery.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "catch.h"
#include "demo/DemoStore.h"
#include "demo/DemoVolume.h"
#include "storage/Store.h"

#include <QSet>
#include <algorithm>
#include <tuple>

using namespace infopunt;
using namespace infopunt::test;

namespace {

constexpr int reports = 60;

struct Generated {
    TempFolder temp;
    QString folder = temp.file(QStringLiteral("generated"));
    QList<std::pair<int, int>> progress;
    Result<QString> created = QString();

    explicit Generated(quint32 seed) {
        created = DemoStore::create(folder, reports, seed, [this](int done, int total) {
            progress.append({done, total});
        });
    }

    std::unique_ptr<Store> signIn(const QString& userName = QStringLiteral("adviseur")) const {
        for (const DemoAccount& account : DemoStore::accounts()) {
            if (account.userName == userName) {
                auto store = Store::unlock(folder, userName, account.passphrase);
                REQUIRE(store.ok());
                return std::move(store.value());
            }
        }
        FAIL("no such demo account");
        return nullptr;
    }
};

const Generated& seven() {
    static const std::unique_ptr<Generated> instance = std::make_unique<Generated>(7);
    return *instance;
}

using Fingerprint = std::tuple<QString, QString, CaseState, QDate, Channel>;

QList<Fingerprint> fingerprint(const Generated& generated) {
    auto store = generated.signIn();
    auto rows = CaseQuery(*store).list(CaseFilter{}, Deadlines::today());
    REQUIRE(rows.ok());
    QList<Fingerprint> prints;
    for (const CaseListRow& row : rows.value())
        prints.append({row.number, row.title, row.state, row.receivedOn, row.channel});
    std::sort(prints.begin(), prints.end());
    return prints;
}

} // namespace

TEST_CASE("a generated store holds the reports asked for, in every state, over ten years",
          "[demo][volume]") {
    const Generated& generated = seven();
    INFO((generated.created.ok() ? QString() : generated.created.error().message).toStdString());
    REQUIRE(generated.created.ok());
    CHECK_FALSE(generated.created.value().isEmpty()); // the recovery key
    REQUIRE_FALSE(generated.progress.isEmpty());
    CHECK(generated.progress.constLast() == std::pair<int, int>{reports, reports});

    auto adviser = generated.signIn();
    const QDate today = Deadlines::today();
    const CaseQuery query(*adviser);
    auto rows = query.list(CaseFilter{}, today);
    REQUIRE(rows.ok());
    CHECK(rows.value().size() == reports);
    QSet<CaseState> states;
    QSet<Channel> channels;
    QSet<int> years;
    int classified = 0;
    for (const CaseListRow& row : rows.value()) {
        states.insert(row.state);
        channels.insert(row.channel);
        years.insert(row.receivedOn.year());
        classified += row.violationTypeId ? 1 : 0;
    }
    CHECK(states.size() == CaseWorkflow::allStates().size());
    CHECK(channels.size() == CaseTerms::channels().size());
    CHECK(years.size() >= 8);
    CHECK(classified > reports / 2);

    // The office copy is up to date: the first list does not rebuild it.
    CHECK(CaseSearchIndex::refresh(*adviser).value() == 0);
    // A rare word in a few cases, a common one in most.
    CaseFilter rare;
    rare.searchText = DemoVolume::rareWord();
    CaseFilter common;
    common.searchText = DemoVolume::commonWord();
    const qsizetype rareCount = query.count(rare, today).value();
    const qsizetype commonCount = query.count(common, today).value();
    CHECK(rareCount >= 1);
    CHECK(rareCount <= 3);
    CHECK(commonCount > reports / 2);

    // Closures went through four eyes, investigations have reviews by assigned members,
    // journals and documents were written through the services.
    CaseService cases(*adviser);
    int approved = 0, reviewed = 0, journals = 0, documents = 0, witnesses = 0;
    for (const CaseListRow& row : rows.value()) {
        const auto steps = cases.steps(row.id);
        REQUIRE(steps.ok());
        for (const CaseStep& step : steps.value())
            approved += step.to == CaseState::Closed && !step.approvedBy.isEmpty() &&
                        step.approvedBy != step.actor;
        reviewed += cases.reviews(row.id).value().isEmpty() ? 0 : 1;
        journals += CaseJournal(*adviser).entries(row.id).value().isEmpty() ? 0 : 1;
        documents += CaseDocuments(*adviser).list(row.id).value().isEmpty() ? 0 : 1;
        for (const CaseParty& party : cases.parties(row.id).value())
            witnesses += party.kind == PartyKind::Witness;
    }
    const auto closed = std::count_if(rows.value().cbegin(), rows.value().cend(),
                                      [](const auto& r) { return !CaseWorkflow::isOpen(r.state); });
    CHECK(approved == closed);
    CHECK(reviewed > 0);
    CHECK(journals > reports / 2);
    CHECK(documents > 0);
    CHECK(witnesses > 0);
    CHECK(query.openDeadlines(today).value().size() > 0);

    // The assigned jurist sees only the cases assigned to them.
    auto jurist = generated.signIn(QStringLiteral("jurist"));
    const auto juristCount = CaseQuery(*jurist).count(CaseFilter{}, today);
    REQUIRE(juristCount.ok());
    CHECK(juristCount.value() > 0);
    CHECK(juristCount.value() < reports);
}

TEST_CASE("a generated store passes verify: the hash chain, the signatures and every ledgered row",
          "[demo][volume][ledger]") {
    auto adviser = seven().signIn();
    CHECK(AuditLog::verify(adviser->database()).intact);
    const auto checks = LedgerCheck::run(*adviser);
    REQUIRE_FALSE(checks.isEmpty());
    for (const LedgerCheck::Check& check : checks) {
        INFO(check.what.toStdString() << ": " << check.detail.toStdString());
        CHECK(check.status == LedgerCheck::Status::Passed);
    }
}

TEST_CASE("the same seed generates the same cases; another seed others", "[demo][volume]") {
    const QList<Fingerprint> first = fingerprint(seven());
    const Generated again(7);
    REQUIRE(again.created.ok());
    CHECK(fingerprint(again) == first);
    const Generated other(8);
    REQUIRE(other.created.ok());
    const QList<Fingerprint> different = fingerprint(other);
    CHECK(different.size() == first.size());
    CHECK(different != first);
}

TEST_CASE("generating refuses a size that is not positive", "[demo][volume]") {
    TempFolder temp;
    const QString folder = temp.file(QStringLiteral("none"));
    const auto refused = DemoStore::create(folder, 0, 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(QFileInfo::exists(folder));
}
