#include "plan/LoopAgenda.h"

#include "audits/Findings.h"
#include "plan/AnnualPlan.h"

#include <algorithm>

namespace infopunt {

Result<QList<AgendaItem>> LoopAgenda::due(Store& store, const QDate& today) {
    auto items = RiskAgenda::due(store, today);
    if (!items)
        return items;
    QList<AgendaItem> all = items.value();
    const QDate horizon = today.addDays(RiskAgenda::horizonDays);
    auto actions = Findings(store).openActions();
    if (!actions)
        return actions.error();
    for (const FindingAction& a : actions.value())
        if (a.dueOn <= horizon)
            all.append({AgendaItem::Kind::FindingAction, a.dueOn,
                        tr("Follow-up action \"%1\" (%2)").arg(a.title, a.owner), a.findingId});
    auto planned = AnnualPlan(store).due(today, RiskAgenda::horizonDays);
    if (!planned)
        return planned.error();
    for (const PlanAction& a : planned.value())
        all.append({AgendaItem::Kind::PlanAction, a.dueOn,
                    tr("Plan action \"%1\" (%2)").arg(a.title, a.owner), a.id});
    std::stable_sort(all.begin(), all.end(),
                     [](const AgendaItem& a, const AgendaItem& b) { return a.due < b.due; });
    return all;
}

Module LoopAgenda::moduleOf(AgendaItem::Kind kind) {
    switch (kind) {
    case AgendaItem::Kind::FindingAction:
        return Module::Audits;
    case AgendaItem::Kind::PlanAction:
        return Module::AnnualPlan;
    case AgendaItem::Kind::RiskReview:
    case AgendaItem::Kind::AcceptanceExpiry:
    case AgendaItem::Kind::FunctionReassessment:
        break;
    }
    return Module::Risks;
}

} // namespace infopunt
