// The risk register: scores on a settable matrix whose changes never rewrite history, the
// heatmap, controls and their judgements, vulnerable functions, and four-eyes acceptance that
// expires.
#include "CaseFixtures.h"
#include "StoreFixture.h"
#include "audit/AuditLog.h"
#include "audit/AuditSummaries.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "risks/Controls.h"
#include "risks/Heatmap.h"
#include "risks/LoopCodes.h"
#include "risks/RiskAcceptances.h"
#include "risks/RiskMatrix.h"
#include "risks/RiskRegister.h"
#include "risks/VulnerableFunctions.h"
#include "storage/Store.h"

#include <QSqlQuery>

using namespace infopunt;
using namespace infopunt::test;

namespace {

Risk sampleRisk(const QString& title, const QString& unit = QStringLiteral("Vergunningen")) {
    Risk r;
    r.title = title;
    r.description = QStringLiteral("Aanvragers bieden geschenken aan behandelaars aan.");
    r.process = QStringLiteral("Vergunningverlening");
    r.unit = unit;
    r.owner = QStringLiteral("Afdelingshoofd Vergunningen");
    r.nextReview = QDate::currentDate().addMonths(6);
    return r;
}

qint64 addRisk(Store& store, const Risk& risk) {
    auto added = RiskRegister(store).add(risk);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    return added.value();
}

Assessment score(qint64 risk, int likelihood, int impact,
                 const QString& kind = QStringLiteral("residual"),
                 QDate on = QDate::currentDate()) {
    Assessment a;
    a.riskId = risk;
    a.kind = kind;
    a.likelihood = likelihood;
    a.impact = impact;
    a.assessedOn = on;
    return a;
}

QStringList fieldsOf(const Error& error) {
    QStringList fields;
    for (const FieldError& e : error.fieldErrors)
        fields.append(e.field);
    return fields;
}

BuildingBlock blockByCode(Store& store, const QString& code) {
    auto blocks = Catalogue(store).blocks(true);
    REQUIRE(blocks);
    for (const BuildingBlock& b : blocks.value())
        if (b.code() == code)
            return b;
    FAIL("no block " << code.toStdString());
    return {};
}

QHash<qint64, qint64> themesOfBlocks(Store& store) {
    QHash<qint64, qint64> themes;
    for (const BuildingBlock& b : Catalogue(store).blocks(true).value())
        themes.insert(b.id, b.themeId);
    return themes;
}

} // namespace

TEST_CASE("the standard matrix has the policy's labels and levels rising with the score",
          "[risks]") {
    const RiskMatrix five = RiskMatrix::standard();
    CHECK(five.size == 5);
    CHECK(five.likelihoodLabel(1) == QStringLiteral("very small"));
    CHECK(five.likelihoodLabel(5) == QStringLiteral("very large"));
    CHECK(five.impactLabel(1) == QStringLiteral("very minor"));
    CHECK(five.impactLabel(3) == QStringLiteral("moderate"));
    CHECK(five.level(1, 3) == QStringLiteral("low"));
    CHECK(five.level(2, 3) == QStringLiteral("medium"));
    CHECK(five.level(3, 4) == QStringLiteral("high"));
    CHECK(five.level(5, 3) == QStringLiteral("very_high"));
    CHECK(five.level(6, 1).isEmpty());
    CHECK(five.validate().isEmpty());

    for (int size = RiskMatrix::minSize; size <= RiskMatrix::maxSize; ++size) {
        const RiskMatrix m = RiskMatrix::standard(size);
        INFO("size " << size);
        CHECK(m.validate().isEmpty());
        CHECK(m.level(1, 1) == QStringLiteral("low"));
        CHECK(m.level(size, size) == QStringLiteral("very_high"));
        CHECK_FALSE(m.likelihoodLabel(size).isEmpty());
        CHECK(m.likelihoodLabel(size + 1).isEmpty());
    }

    RiskMatrix bad = RiskMatrix::standard(4);
    bad.likelihoodLabels = {QStringLiteral("laag"), QStringLiteral("hoog")};
    bad.levels[3][3] = 0; // lower than its neighbours
    const FieldErrors errors = bad.validate();
    QStringList fields;
    for (const FieldError& e : errors)
        fields.append(e.field);
    CHECK(fields == QStringList{QStringLiteral("likelihood_labels"), QStringLiteral("levels")});
    RiskMatrix big = RiskMatrix::standard(5);
    big.size = 8;
    CHECK(big.validate().first().field == QStringLiteral("size"));
}

TEST_CASE("a risk is registered, scored inside the matrix only, and its history kept", "[risks]") {
    StoreFixture f;
    RiskRegister register_(*f.store);
    Risk incomplete = sampleRisk(QString());
    incomplete.owner.clear();
    incomplete.status = QStringLiteral("accepted");
    const auto refused = register_.add(incomplete);
    REQUIRE_FALSE(refused);
    CHECK(fieldsOf(refused.error()) ==
          QStringList{QStringLiteral("title"), QStringLiteral("owner")});

    const qint64 id = addRisk(*f.store, sampleRisk(QStringLiteral("Geschenken bij vergunningen")));
    auto outside = register_.assess(score(id, 6, 2));
    REQUIRE_FALSE(outside);
    CHECK(fieldsOf(outside.error()) == QStringList{QStringLiteral("likelihood")});
    auto future = register_.assess(
        score(id, 2, 2, QStringLiteral("residual"), QDate::currentDate().addDays(1)));
    REQUIRE_FALSE(future);
    CHECK(fieldsOf(future.error()) == QStringList{QStringLiteral("assessed_on")});

    REQUIRE(register_.assess(
        score(id, 4, 4, QStringLiteral("inherent"), QDate::currentDate().addYears(-1))));
    REQUIRE(register_.assess(
        score(id, 3, 3, QStringLiteral("residual"), QDate::currentDate().addYears(-1))));
    REQUIRE(register_.assess(score(id, 2, 3)));
    auto risk = register_.risk(id);
    REQUIRE(risk);
    REQUIRE(risk.value().inherent);
    REQUIRE(risk.value().residual);
    CHECK(risk.value().inherent->level == QStringLiteral("very_high"));
    CHECK(risk.value().residual->score() == 6);
    CHECK(risk.value().residual->level == QStringLiteral("medium"));
    auto history = register_.history(id);
    REQUIRE(history);
    CHECK(history.value().size() == 3);

    // Typing "accepted" is refused: only the four-eyes acceptance gets there.
    Risk edited = risk.value();
    edited.status = QStringLiteral("accepted");
    const auto typed = register_.update(edited);
    REQUIRE_FALSE(typed);
    CHECK(fieldsOf(typed.error()) == QStringList{QStringLiteral("status")});
    edited.status = QStringLiteral("in_treatment");
    REQUIRE(register_.update(edited));
    const auto stale = register_.update(edited);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::StaleEdit);

    const auto latest = AuditLog::latest(f.store->database(), 1);
    REQUIRE(latest);
    CHECK(latest.value().first().action == QStringLiteral("risk.update"));
    CHECK(AuditSummaries::text(latest.value().first().summaryOf()) ==
          QStringLiteral("Risk Geschenken bij vergunningen edited; status from Open to In "
                         "treatment"));
}

TEST_CASE("a new matrix keeps the old assessments on theirs and asks first", "[risks]") {
    StoreFixture f;
    RiskRegister register_(*f.store);
    RiskMatrices matrices(*f.store);
    const qint64 a = addRisk(*f.store, sampleRisk(QStringLiteral("Belangenverstrengeling")));
    const qint64 b = addRisk(*f.store, sampleRisk(QStringLiteral("Lekken van gegevens")));
    REQUIRE(register_.assess(score(a, 5, 5)));
    REQUIRE(register_.assess(score(b, 1, 2)));
    const qint64 firstMatrix = register_.risk(a).value().residual->matrixId;
    CHECK(firstMatrix != 0);

    RiskMatrix three = RiskMatrix::standard(3);
    three.likelihoodLabels = {QStringLiteral("laag"), QStringLiteral("middel"),
                              QStringLiteral("hoog")};
    const auto asked = matrices.set(three, false);
    REQUIRE_FALSE(asked);
    CHECK(asked.error().code == ErrorCode::InvalidInput);
    CHECK(asked.error().message.contains(QStringLiteral("2 risk")));
    CHECK(matrices.current().value().size == 5);
    REQUIRE(matrices.set(three, true));
    CHECK(matrices.current().value().size == 3);
    CHECK(matrices.current().value().likelihoodLabel(3) == QStringLiteral("hoog"));
    CHECK(matrices.risksOnOlderMatrices().value() == 2);

    // The old scores stand as made: 5 × 5 on the 5×5 matrix, still "very high".
    auto before = register_.risk(a);
    REQUIRE(before);
    CHECK(before.value().residual->matrixId == firstMatrix);
    CHECK(before.value().residual->level == QStringLiteral("very_high"));
    // A score that fitted the old matrix does not fit the new one.
    CHECK_FALSE(register_.assess(score(a, 5, 5)));
    REQUIRE(register_.assess(score(a, 3, 2)));
    CHECK(matrices.risksOnOlderMatrices().value() == 1);
    auto history = register_.history(a);
    REQUIRE(history);
    REQUIRE(history.value().size() == 2);
    CHECK(history.value().at(0).level == QStringLiteral("very_high"));
    CHECK(history.value().at(1).matrixId != firstMatrix);

    const QDate today = QDate::currentDate();
    const Heatmap map = Heatmap::build(register_.risks().value(), register_.assessments().value(),
                                       matrices.current().value(), QStringLiteral("residual"), {},
                                       themesOfBlocks(*f.store), today);
    CHECK(map.total() == 1);
    CHECK(map.risksAt(3, 2) == QList<qint64>{a});
    CHECK(map.onEarlierMatrix() == QList<qint64>{b});
}

TEST_CASE("the heatmap counts per cell, filters by theme and unit and shows last year's moves",
          "[risks]") {
    StoreFixture f;
    RiskRegister register_(*f.store);
    const BuildingBlock gifts = blockByCode(*f.store, QStringLiteral("3c"));
    const BuildingBlock security = blockByCode(*f.store, QStringLiteral("5a"));
    Risk giftRisk = sampleRisk(QStringLiteral("Geschenken"), QStringLiteral("Vergunningen"));
    giftRisk.blockIds = {gifts.id};
    Risk leakRisk = sampleRisk(QStringLiteral("Datalek"), QStringLiteral("ICT"));
    leakRisk.blockIds = {security.id};
    Risk closedRisk = sampleRisk(QStringLiteral("Oud risico"));
    const qint64 g = addRisk(*f.store, giftRisk);
    const qint64 l = addRisk(*f.store, leakRisk);
    const qint64 c = addRisk(*f.store, closedRisk);
    const qint64 n = addRisk(*f.store, sampleRisk(QStringLiteral("Nog niet beoordeeld")));
    const QDate lastYear = QDate::currentDate().addYears(-1);
    REQUIRE(register_.assess(score(g, 4, 4, QStringLiteral("residual"), lastYear)));
    REQUIRE(register_.assess(score(g, 2, 4)));
    REQUIRE(register_.assess(score(l, 2, 4)));
    REQUIRE(register_.assess(score(c, 2, 4)));
    REQUIRE(register_.assess(score(g, 5, 5, QStringLiteral("inherent"))));
    Risk closing = register_.risk(c).value();
    closing.status = QStringLiteral("closed");
    REQUIRE(register_.update(closing));

    const auto risks = register_.risks().value();
    const auto history = register_.assessments().value();
    const RiskMatrix matrix = RiskMatrices(*f.store).current().value();
    const auto themes = themesOfBlocks(*f.store);
    const QDate today = QDate::currentDate();
    const Heatmap residual =
        Heatmap::build(risks, history, matrix, QStringLiteral("residual"), {}, themes, today);
    CHECK(residual.count(2, 4) == 2); // the closed one is left out
    CHECK(residual.total() == 2);
    CHECK(residual.notAssessed() == QList<qint64>{n});
    REQUIRE(residual.movements().size() == 1);
    CHECK(residual.movements().first().riskId == g);
    CHECK(residual.movements().first().fromLikelihood == 4);
    CHECK(residual.movements().first().toLikelihood == 2);

    const Heatmap inherent =
        Heatmap::build(risks, history, matrix, QStringLiteral("inherent"), {}, themes, today);
    CHECK(inherent.total() == 1);
    CHECK(inherent.count(5, 5) == 1);

    const Heatmap theme3 = Heatmap::build(risks, history, matrix, QStringLiteral("residual"),
                                          {gifts.themeId, {}}, themes, today);
    CHECK(theme3.risksAt(2, 4) == QList<qint64>{g});
    const Heatmap ict = Heatmap::build(risks, history, matrix, QStringLiteral("residual"),
                                       {0, QStringLiteral("ict")}, themes, today);
    CHECK(ict.risksAt(2, 4) == QList<qint64>{l});
}

TEST_CASE("a retired building block cannot be newly linked; an old link stays", "[risks]") {
    StoreFixture f;
    const BuildingBlock block = blockByCode(*f.store, QStringLiteral("3a"));
    Risk risk = sampleRisk(QStringLiteral("Nevenwerkzaamheden niet gemeld"));
    risk.blockIds = {block.id};
    const qint64 id = addRisk(*f.store, risk);
    REQUIRE(Catalogue(*f.store).retire(block.id, block.rowVersion));

    Risk other = sampleRisk(QStringLiteral("Ander risico"));
    other.blockIds = {block.id};
    const auto refused = RiskRegister(*f.store).add(other);
    REQUIRE_FALSE(refused);
    CHECK(fieldsOf(refused.error()) == QStringList{QStringLiteral("blocks")});

    Risk kept = RiskRegister(*f.store).risk(id).value();
    kept.description = QStringLiteral("Aangescherpt");
    REQUIRE(RiskRegister(*f.store).update(kept));
    CHECK(RiskRegister(*f.store).risk(id).value().blockIds == QList<qint64>{block.id});

    Control control;
    control.blockId = block.id;
    control.owner = QStringLiteral("HRM");
    const auto retiredControl = Controls(*f.store).add(control);
    REQUIRE_FALSE(retiredControl);
    CHECK(fieldsOf(retiredControl.error()) == QStringList{QStringLiteral("block")});
}

TEST_CASE("controls are judged by hand with a history, named after their building block",
          "[risks]") {
    StoreFixture f;
    const qint64 risk = addRisk(*f.store, sampleRisk(QStringLiteral("Geschenken")));
    const BuildingBlock gifts = blockByCode(*f.store, QStringLiteral("3c"));
    Controls controls(*f.store);
    Control control;
    control.blockId = gifts.id;
    control.owner = QStringLiteral("Afdelingshoofd Vergunningen");
    control.riskIds = {risk};
    auto added = controls.add(control);
    REQUIRE(added);
    auto ofRisk = controls.ofRisk(risk);
    REQUIRE(ofRisk);
    REQUIRE(ofRisk.value().size() == 1);
    CHECK(ofRisk.value().first().title == QStringLiteral("3c ") + gifts.name);
    CHECK(ofRisk.value().first().effectiveness == QStringLiteral("not_tested"));

    Judgement judgement;
    judgement.controlId = added.value();
    judgement.effectiveness = QStringLiteral("partly");
    judgement.judgedOn = QDate::currentDate();
    judgement.note = QStringLiteral("Register wordt niet overal bijgehouden");
    REQUIRE(controls.judge(judgement));
    judgement.effectiveness = QStringLiteral("sometimes");
    const auto bad = controls.judge(judgement);
    REQUIRE_FALSE(bad);
    CHECK(fieldsOf(bad.error()) == QStringList{QStringLiteral("effectiveness")});
    CHECK(controls.ofRisk(risk).value().first().effectiveness == QStringLiteral("partly"));
    auto judgements = controls.judgements(added.value());
    REQUIRE(judgements);
    REQUIRE(judgements.value().size() == 1);
    CHECK(judgements.value().first().judgedBy == adviserName);

    Control custom;
    custom.owner = QStringLiteral("Inkoop");
    const auto untitled = controls.add(custom);
    REQUIRE_FALSE(untitled);
    CHECK(fieldsOf(untitled.error()) == QStringList{QStringLiteral("title")});
}

TEST_CASE("accepting a risk takes four eyes, a reason and an expiry, and expires back to review",
          "[risks]") {
    StoreFixture f;
    auto second = signIn(f, secondAdviser, Role::Adviser);
    auto juristSession = signIn(f, member, Role::WorkingGroupMember);
    const qint64 id = addRisk(*f.store, sampleRisk(QStringLiteral("Restrisico kasgeld")));
    RiskAcceptances mine(*f.store);

    const auto empty = mine.request(id, QString(), QDate());
    REQUIRE_FALSE(empty);
    CHECK(fieldsOf(empty.error()) ==
          QStringList{QStringLiteral("reason"), QStringLiteral("expires_on")});
    const auto tooLong =
        mine.request(id, QStringLiteral("Klein bedrag"), QDate::currentDate().addYears(4));
    REQUIRE_FALSE(tooLong);
    CHECK(fieldsOf(tooLong.error()) == QStringList{QStringLiteral("expires_on")});
    const auto member_ = RiskAcceptances(*juristSession)
                             .request(id, QStringLiteral("x"), QDate::currentDate().addDays(9));
    REQUIRE_FALSE(member_);
    CHECK(member_.error().code == ErrorCode::NotPermitted);

    const QDate until = QDate::currentDate().addMonths(6);
    auto requested = mine.request(id, QStringLiteral("Kasgeld is beperkt tot 200 euro"), until);
    REQUIRE(requested);
    CHECK_FALSE(mine.request(id, QStringLiteral("nog een keer"), until));
    CHECK(mine.waitingForMe().value().isEmpty());
    const auto ownApproval = mine.decide(requested.value(), true, {});
    REQUIRE_FALSE(ownApproval);
    CHECK(ownApproval.error().code == ErrorCode::NotPermitted);
    CHECK(RiskRegister(*f.store).risk(id).value().status == QStringLiteral("open"));

    // A working-group member sees the request and may give the second signature.
    REQUIRE(RiskAcceptances(*juristSession).waitingForMe().value().size() == 1);
    REQUIRE(
        RiskAcceptances(*juristSession).decide(requested.value(), true, QStringLiteral("Akkoord")));
    auto accepted = RiskRegister(*f.store).risk(id);
    REQUIRE(accepted);
    CHECK(accepted.value().status == QStringLiteral("accepted"));
    CHECK(accepted.value().acceptedUntil == until);
    CHECK(accepted.value().nextReview == until);
    CHECK(mine.expiring(until).value().size() == 1);
    CHECK(RiskAcceptances(*second).expire().value() == 0); // not expired yet

    // The acceptance ran out (as if time passed): the risk goes back to review.
    QSqlQuery(f.store->database())
        .exec(QStringLiteral("UPDATE risk_acceptances SET expires_on = '%1'")
                  .arg(QDate::currentDate().addDays(-2).toString(Qt::ISODate)));
    CHECK(RiskAcceptances(*juristSession).expire().value() == 0); // advisers only
    CHECK(RiskAcceptances(*second).expire().value() == 1);
    auto reviewed = RiskRegister(*f.store).risk(id);
    REQUIRE(reviewed);
    CHECK(reviewed.value().status == QStringLiteral("open"));
    CHECK(reviewed.value().reviewDue(QDate::currentDate()));
    CHECK(RiskAcceptances(*second).expire().value() == 0);

    // A second request is declined by the other adviser; withdrawing then is refused.
    auto again = mine.request(id, QStringLiteral("Opnieuw bekeken"), until);
    REQUIRE(again);
    REQUIRE(RiskAcceptances(*second).decide(again.value(), false, QStringLiteral("Nee")));
    CHECK(RiskRegister(*f.store).risk(id).value().status == QStringLiteral("open"));
    CHECK(mine.withdraw(again.value()).error().code == ErrorCode::StaleEdit);
    auto third = mine.request(id, QStringLiteral("Derde poging"), until);
    REQUIRE(third);
    CHECK(RiskAcceptances(*second).withdraw(third.value()).error().code == ErrorCode::NotPermitted);
    REQUIRE(mine.withdraw(third.value()));
    CHECK(mine.ofRisk(id).value().size() == 3);

    QStringList actions;
    for (const AuditEntry& e : AuditLog::latest(f.store->database(), 8).value())
        actions.append(e.action);
    CHECK(actions.contains(QStringLiteral("risk.acceptance_approve")));
    CHECK(actions.contains(QStringLiteral("risk.acceptance_expired")));
    CHECK(actions.contains(QStringLiteral("risk.acceptance_withdraw")));
}

TEST_CASE("vulnerable functions are designated with reasons, screening and linked risks",
          "[risks]") {
    StoreFixture f;
    const qint64 risk = addRisk(*f.store, sampleRisk(QStringLiteral("Omkoping bij handhaving")));
    VulnerableFunctions functions(*f.store);
    VulnerableFunction function;
    function.name = QStringLiteral("Handhaver openbare ruimte");
    function.unit = QStringLiteral("Toezicht en Handhaving");
    const auto noReason = functions.add(function);
    REQUIRE_FALSE(noReason);
    CHECK(fieldsOf(noReason.error()) == QStringList{QStringLiteral("reasons")});
    function.reasons = {QStringLiteral("enforcement"), QStringLiteral("money")};
    function.screening = {QStringLiteral("vog")};
    function.lastAssessed = QDate::currentDate().addYears(-1);
    function.riskIds = {risk};
    auto added = functions.add(function);
    REQUIRE(added);
    auto listed = functions.functions();
    REQUIRE(listed);
    REQUIRE(listed.value().size() == 1);
    VulnerableFunction stored = listed.value().first();
    CHECK(stored.reasons == function.reasons);
    CHECK(stored.screening == QStringList{QStringLiteral("vog")});
    CHECK(stored.riskIds == QList<qint64>{risk});
    stored.screening.append(QStringLiteral("periodic"));
    REQUIRE(functions.update(stored));
    CHECK(functions.update(stored).error().code == ErrorCode::StaleEdit);
    REQUIRE(functions.remove(stored.id));
    CHECK(functions.functions().value().isEmpty());

    auto juristSession = signIn(f, member, Role::WorkingGroupMember);
    CHECK(VulnerableFunctions(*juristSession).add(function).error().code ==
          ErrorCode::NotPermitted);
}
