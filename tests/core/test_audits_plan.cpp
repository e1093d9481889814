// The control loop closed: an audit's finding judges a control and rescores a risk in one write,
// the follow-up and plan actions it raises, the carry-over of unfinished plan actions and the
// activities the annual report counts.
#include "CaseFixtures.h"
#include "StoreFixture.h"
#include "audit/AuditLog.h"
#include "audit/AuditSummaries.h"
#include "audits/AuditPlan.h"
#include "audits/FindingEffects.h"
#include "audits/Findings.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "plan/Activities.h"
#include "plan/AnnualPlan.h"
#include "plan/LoopAgenda.h"
#include "risks/Controls.h"
#include "risks/RiskRegister.h"
#include "storage/Store.h"

using namespace infopunt;
using namespace infopunt::test;

namespace {

QStringList fieldsOf(const Error& error) {
    QStringList fields;
    for (const FieldError& e : error.fieldErrors)
        fields.append(e.field);
    if (fields.isEmpty())
        fields.append(error.field);
    return fields;
}

template <typename T> T required(Result<T> result) {
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result);
    return std::move(result).value();
}

BuildingBlock blockByCode(Store& store, const QString& code) {
    for (const BuildingBlock& b : Catalogue(store).blocks(true).value())
        if (b.code() == code)
            return b;
    FAIL("no block " << code.toStdString());
    return {};
}

// A risk scored 4 × 4 residual, treated by a custom control not yet tested.
struct TreatedRisk {
    qint64 risk = 0;
    qint64 control = 0;
};

TreatedRisk treatedRisk(Store& store) {
    Risk r;
    r.title = QStringLiteral("Aannemen van geschenken bij vergunningverlening");
    r.owner = QStringLiteral("Afdelingshoofd VTH");
    r.nextReview = QDate::currentDate().addMonths(6);
    TreatedRisk t;
    t.risk = required(RiskRegister(store).add(r));
    Assessment a;
    a.riskId = t.risk;
    a.kind = QStringLiteral("residual");
    a.likelihood = 4;
    a.impact = 4;
    a.assessedOn = QDate::currentDate().addYears(-1);
    required(RiskRegister(store).assess(a));
    Control c;
    c.title = QStringLiteral("Geschenkenregister met meldplicht");
    c.owner = QStringLiteral("Teamleider Vergunningen");
    c.riskIds = {t.risk};
    t.control = required(Controls(store).add(c));
    return t;
}

Audit sampleAudit(Store& store) {
    Audit a;
    a.year = QDate::currentDate().year();
    a.title = QStringLiteral("Werking geschenkenregeling VTH");
    a.subjectKind = QStringLiteral("block");
    a.blockId = blockByCode(store, QStringLiteral("3c")).id;
    a.auditorKind = QStringLiteral("internal");
    a.plannedStart = QDate::currentDate().addDays(-40);
    a.plannedEnd = QDate::currentDate().addDays(-10);
    return a;
}

PlanAction sampleAction(int year, const QString& title) {
    PlanAction a;
    a.year = year;
    a.title = title;
    a.owner = QStringLiteral("Integriteitsadviseur");
    a.source = QStringLiteral("policy_review");
    a.dueOn = QDate::currentDate().addMonths(2);
    return a;
}

} // namespace

TEST_CASE("an audit is planned with consistent dates and a subject that can be linked",
          "[audits]") {
    StoreFixture f;
    AuditPlan plan(*f.store);
    Audit bad = sampleAudit(*f.store);
    bad.title.clear();
    bad.plannedEnd = bad.plannedStart.addDays(-1);
    bad.status = QStringLiteral("done");
    auto refused = plan.add(bad);
    REQUIRE_FALSE(refused);
    CHECK(fieldsOf(refused.error()) == QStringList{QStringLiteral("title"),
                                                    QStringLiteral("planned_end"),
                                                    QStringLiteral("actual_end")});
    Audit noProcess = sampleAudit(*f.store);
    noProcess.subjectKind = QStringLiteral("process");
    CHECK(fieldsOf(plan.add(noProcess).error()) == QStringList{QStringLiteral("process")});

    const BuildingBlock retired = blockByCode(*f.store, QStringLiteral("5a"));
    REQUIRE(Catalogue(*f.store).retire(retired.id, retired.rowVersion));
    Audit onRetired = sampleAudit(*f.store);
    onRetired.blockId = retired.id;
    CHECK(fieldsOf(plan.add(onRetired).error()) == QStringList{QStringLiteral("block")});

    const qint64 id = required(plan.add(sampleAudit(*f.store)));
    Audit stored = required(plan.audit(id));
    CHECK(stored.status == QStringLiteral("planned"));
    CHECK(required(plan.subjectOf(stored)).startsWith(QStringLiteral("3c ")));
    stored.status = QStringLiteral("done");
    stored.actualStart = QDate::currentDate().addDays(-30);
    stored.actualEnd = QDate::currentDate().addDays(-5);
    REQUIRE(plan.update(stored));
    CHECK(plan.update(stored).error().code == ErrorCode::StaleEdit);
    CHECK(required(plan.years()) == QList<int>{QDate::currentDate().year()});

    const auto latest = AuditLog::latest(f.store->database(), 1);
    REQUIRE(latest);
    CHECK(AuditSummaries::text(latest.value().first().summaryOf()) ==
          QStringLiteral("Audit Werking geschenkenregeling VTH edited, now: Done"));

    // Audits are the adviser's: a working-group member cannot plan one.
    auto member = signIn(f, test::member, Role::WorkingGroupMember);
    CHECK(AuditPlan(*member).add(sampleAudit(*member)).error().code == ErrorCode::NotPermitted);
}

TEST_CASE("a finding judges a control and rescores a risk, each shown as caused by it",
          "[audits]") {
    StoreFixture f;
    const TreatedRisk t = treatedRisk(*f.store);
    const qint64 audit = required(AuditPlan(*f.store).add(sampleAudit(*f.store)));
    Findings findings(*f.store);
    Finding loose;
    loose.auditId = audit;
    loose.title = QStringLiteral("Register niet bijgehouden");
    CHECK(fieldsOf(findings.add(loose).error()) == QStringList{QStringLiteral("concerns")});
    loose.controlId = t.control;
    loose.recommendation = QStringLiteral("Maak de registratie maandelijks verplicht.");
    const qint64 finding = required(findings.add(loose));
    CHECK(required(findings.describe(finding)) ==
          QStringLiteral("Werking geschenkenregeling VTH — Register niet bijgehouden"));

    // A score outside the matrix saves nothing at all, not even the judgement before it.
    FindingEffect effect;
    effect.findingId = finding;
    effect.on = QDate::currentDate();
    effect.controlId = t.control;
    effect.effectiveness = QStringLiteral("partly");
    effect.riskId = t.risk;
    effect.likelihood = 9;
    effect.impact = 3;
    FindingEffects effects(*f.store);
    auto outside = effects.apply(effect);
    REQUIRE_FALSE(outside);
    CHECK(fieldsOf(outside.error()) == QStringList{QStringLiteral("likelihood")});
    CHECK(required(Controls(*f.store).judgements(t.control)).isEmpty());
    CHECK(required(Controls(*f.store).controls()).first().effectiveness ==
          QStringLiteral("not_tested"));
    FindingEffect nothing;
    nothing.findingId = finding;
    nothing.on = QDate::currentDate();
    CHECK(fieldsOf(effects.apply(nothing).error()) == QStringList{QStringLiteral("effect")});

    effect.likelihood = 2;
    REQUIRE(effects.apply(effect));
    const Control judged = required(Controls(*f.store).controls()).first();
    CHECK(judged.effectiveness == QStringLiteral("partly"));
    const QList<Judgement> judgements = required(Controls(*f.store).judgements(t.control));
    REQUIRE(judgements.size() == 1);
    CHECK(judgements.first().findingId == finding);
    const Risk risk = required(RiskRegister(*f.store).risk(t.risk));
    REQUIRE(risk.residual);
    CHECK(risk.residual->score() == 6);
    CHECK(risk.residual->findingId == finding);
    const QList<Assessment> history = required(RiskRegister(*f.store).history(t.risk));
    REQUIRE(history.size() == 2);
    CHECK(history.first().findingId == 0);
    CHECK(history.first().score() == 16); // the score before the finding stays in the history

    const auto latest = AuditLog::latest(f.store->database(), 3);
    REQUIRE(latest);
    QStringList actions;
    for (const AuditEntry& e : latest.value())
        actions.append(e.action);
    CHECK(actions == QStringList{QStringLiteral("finding.apply"), QStringLiteral("risk.assess"),
                                 QStringLiteral("control.judge")});
    CHECK(AuditSummaries::text(latest.value().at(1).summaryOf()) ==
          QStringLiteral("Residual risk of Aannemen van geschenken bij vergunningverlening "
                         "scored after audit finding no. %1")
              .arg(finding));

    // The finding raises a plan action that names it.
    PlanAction followUp = sampleAction(QDate::currentDate().year() + 1,
                                       QStringLiteral("Geschenkenregister maandelijks"));
    followUp.source = QStringLiteral("audit");
    CHECK(fieldsOf(AnnualPlan(*f.store).add(followUp).error()) ==
          QStringList{QStringLiteral("finding")});
    followUp.findingId = finding;
    const qint64 action = required(AnnualPlan(*f.store).add(followUp));
    CHECK(required(AnnualPlan(*f.store).action(action)).findingId == finding);
}

TEST_CASE("a finding on a retired block is refused; follow-up actions need an owner and a due "
          "date from today on",
          "[audits]") {
    StoreFixture f;
    const qint64 audit = required(AuditPlan(*f.store).add(sampleAudit(*f.store)));
    const BuildingBlock retired = blockByCode(*f.store, QStringLiteral("2b"));
    REQUIRE(Catalogue(*f.store).retire(retired.id, retired.rowVersion));
    Findings findings(*f.store);
    Finding onRetired;
    onRetired.auditId = audit;
    onRetired.title = QStringLiteral("Geen vertrouwenspersoon bekend");
    onRetired.blockId = retired.id;
    CHECK(fieldsOf(findings.add(onRetired).error()) == QStringList{QStringLiteral("block")});
    onRetired.blockId = blockByCode(*f.store, QStringLiteral("2a")).id;
    const qint64 finding = required(findings.add(onRetired));

    FindingAction action;
    action.findingId = finding;
    action.title = QStringLiteral("Intranetpagina bijwerken");
    action.dueOn = QDate::currentDate().addDays(-1);
    CHECK(fieldsOf(findings.addAction(action).error()) ==
          QStringList{QStringLiteral("owner"), QStringLiteral("due_on")});
    action.owner = QStringLiteral("Communicatie");
    action.dueOn = QDate::currentDate().addDays(5);
    const qint64 id = required(findings.addAction(action));
    const QList<AgendaItem> due = required(LoopAgenda::due(*f.store, QDate::currentDate()));
    REQUIRE(due.size() == 1);
    CHECK(due.first().kind == AgendaItem::Kind::FindingAction);
    CHECK(LoopAgenda::moduleOf(due.first().kind) == Module::Audits);

    FindingAction done = required(findings.actions(finding)).first();
    CHECK(done.id == id);
    done.status = QStringLiteral("done");
    REQUIRE(findings.updateAction(done));
    CHECK(required(findings.actions(finding)).first().doneOn == QDate::currentDate());
    CHECK(required(findings.openActions()).isEmpty());
    CHECK(required(LoopAgenda::due(*f.store, QDate::currentDate())).isEmpty());
}

TEST_CASE("unfinished plan actions carry over to next year once, keeping their history",
          "[plan]") {
    StoreFixture f;
    AnnualPlan plan(*f.store);
    const int year = QDate::currentDate().year();
    PlanAction bad = sampleAction(year, QStringLiteral("Dilemmatraining"));
    bad.owner.clear();
    bad.dueOn = QDate::currentDate().addDays(-3);
    bad.status = QStringLiteral("carried_over");
    CHECK(fieldsOf(plan.add(bad).error()) == QStringList{QStringLiteral("owner"),
                                                          QStringLiteral("due_on"),
                                                          QStringLiteral("status")});
    PlanAction otherTheme = sampleAction(year, QStringLiteral("Gedragscode herzien"));
    otherTheme.blockId = blockByCode(*f.store, QStringLiteral("1a")).id;
    otherTheme.themeId = blockByCode(*f.store, QStringLiteral("2a")).themeId;
    CHECK(fieldsOf(plan.add(otherTheme).error()) == QStringList{QStringLiteral("block")});
    otherTheme.themeId = 0; // the block's theme is taken
    const qint64 planned = required(plan.add(otherTheme));
    CHECK(required(plan.action(planned)).themeId ==
          blockByCode(*f.store, QStringLiteral("1a")).themeId);

    PlanAction started = sampleAction(year, QStringLiteral("Moreel beraad in elk team"));
    started.status = QStringLiteral("in_progress");
    const qint64 inProgress = required(plan.add(started));
    PlanAction finished = sampleAction(year, QStringLiteral("Ambtseed nieuwe medewerkers"));
    finished.status = QStringLiteral("done");
    required(plan.add(finished));
    required(plan.addNote(inProgress, QStringLiteral("Vier van de tien teams geweest.")));
    CHECK(fieldsOf(plan.addNote(inProgress, QStringLiteral("  ")).error()) ==
          QStringList{QStringLiteral("note")});

    CHECK(required(plan.carryOver(year)) == 2);
    CHECK(required(plan.carryOver(year)) == 0);
    const QList<PlanAction> next = required(plan.actions(year + 1));
    REQUIRE(next.size() == 2);
    QList<qint64> origins;
    for (const PlanAction& a : next) {
        origins.append(a.carriedFrom);
        CHECK(a.dueOn > QDate::currentDate());
    }
    std::sort(origins.begin(), origins.end());
    CHECK(origins == QList<qint64>{planned, inProgress});
    const PlanAction original = required(plan.action(inProgress));
    CHECK(original.status == QStringLiteral("carried_over"));
    CHECK(required(plan.notes(inProgress)).size() == 1);
    const auto copy = std::find_if(next.cbegin(), next.cend(), [&](const PlanAction& a) {
        return a.carriedFrom == inProgress;
    });
    CHECK(copy->status == QStringLiteral("in_progress"));
    CHECK(required(plan.years()) == QList<int>{year + 1, year});

    const auto latest = AuditLog::latest(f.store->database(), 1);
    REQUIRE(latest);
    CHECK(latest.value().first().action == QStringLiteral("plan.carry_over"));

    // Two workstations editing the same action: the second edit is refused, not merged.
    PlanAction first = *copy;
    first.owner = QStringLiteral("Afdeling HRM");
    REQUIRE(plan.update(first));
    PlanAction second = *copy;
    second.title = QStringLiteral("Moreel beraad");
    CHECK(plan.update(second).error().code == ErrorCode::StaleEdit);
}

TEST_CASE("activities are recorded and counted per kind and year", "[plan]") {
    StoreFixture f;
    Activities activities(*f.store);
    Activity bad;
    bad.kind = QStringLiteral("party");
    bad.participants = -2;
    CHECK(fieldsOf(activities.add(bad).error()) ==
          QStringList{QStringLiteral("held_on"), QStringLiteral("kind"), QStringLiteral("title"),
                      QStringLiteral("participants")});
    const int year = QDate::currentDate().year();
    const auto add = [&](const QString& kind, QDate on, int participants) {
        Activity a;
        a.kind = kind;
        a.heldOn = on;
        a.title = QStringLiteral("Sessie");
        a.participants = participants;
        return required(activities.add(a));
    };
    add(QStringLiteral("training"), QDate(year, 3, 4), 18);
    add(QStringLiteral("training"), QDate(year, 9, 12), 22);
    const qint64 oath = add(QStringLiteral("oath"), QDate(year, 2, 1), 7);
    add(QStringLiteral("training"), QDate(year - 1, 11, 2), 30);
    const auto totals = required(activities.totals(year));
    CHECK(totals.value(QStringLiteral("training")).activities == 2);
    CHECK(totals.value(QStringLiteral("training")).participants == 40);
    CHECK(totals.value(QStringLiteral("oath")).participants == 7);
    CHECK(required(activities.activities(year)).size() == 3);
    CHECK(required(activities.activities(0)).size() == 4);
    REQUIRE(activities.remove(oath));
    CHECK_FALSE(required(activities.totals(year)).contains(QStringLiteral("oath")));
}
