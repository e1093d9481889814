#include "plan/LoopAgenda.h"

#include <algorithm>

namespace infopunt {

Result<QList<AgendaItem>> LoopAgenda::due(Store& store, const QDate& today) {
    auto items = RiskAgenda::due(store, today);
    if (!items)
        return items;
    QList<AgendaItem> all = items.value();
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
