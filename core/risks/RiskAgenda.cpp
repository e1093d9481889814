#include "risks/RiskAgenda.h"

#include "risks/RiskAcceptances.h"
#include "risks/RiskRegister.h"
#include "risks/VulnerableFunctions.h"

namespace infopunt {

Result<QList<AgendaItem>> RiskAgenda::due(Store& store, const QDate& today) {
    const QDate horizon = today.addDays(horizonDays);
    QList<AgendaItem> items;
    auto risks = RiskRegister(store).risks();
    if (!risks)
        return risks.error();
    for (const Risk& r : risks.value())
        if (r.status != QStringLiteral("accepted") && r.reviewDue(horizon))
            items.append({AgendaItem::Kind::RiskReview, r.nextReview,
                          tr("Review risk \"%1\"").arg(r.title), r.id});
    auto expiring = RiskAcceptances(store).expiring(horizon);
    if (!expiring)
        return expiring.error();
    for (const Acceptance& a : expiring.value())
        items.append({AgendaItem::Kind::AcceptanceExpiry, a.expiresOn,
                      tr("Acceptance of risk \"%1\" ends").arg(a.riskTitle), a.riskId});
    auto functions = VulnerableFunctions(store).functions();
    if (!functions)
        return functions.error();
    for (const VulnerableFunction& f : functions.value()) {
        const QDate next = f.lastAssessed.isValid()
                               ? f.lastAssessed.addYears(VulnerableFunctions::reassessAfterYears)
                               : today;
        if (next <= horizon)
            items.append({AgendaItem::Kind::FunctionReassessment, next,
                          tr("Assess vulnerable function \"%1\" again").arg(f.name), f.id});
    }
    return items;
}

} // namespace infopunt
