#include "audits/FindingEffects.h"

#include "audits/AuditPlan.h"
#include "audits/Findings.h"
#include "risks/Controls.h"
#include "risks/RiskRegister.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

namespace infopunt {

Result<void> FindingEffects::apply(const FindingEffect& effect) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed;
    if (effect.controlId == 0 && effect.riskId == 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("Choose a control to judge or a risk to assess again, or both."),
                         QStringLiteral("effect"));
    auto finding = Findings(m_store).finding(effect.findingId);
    if (!finding)
        return finding.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QJsonObject params{{QStringLiteral("title"), finding.value().title}};
    if (effect.controlId != 0) {
        Judgement judgement;
        judgement.controlId = effect.controlId;
        judgement.effectiveness = effect.effectiveness;
        judgement.judgedOn = effect.on;
        judgement.note = effect.note;
        judgement.findingId = effect.findingId;
        if (auto judged = Controls(m_store).judgeIn(write, judgement); !judged)
            return judged.error();
        params.insert(QStringLiteral("effectiveness"), effect.effectiveness);
    }
    if (effect.riskId != 0) {
        Assessment assessment;
        assessment.riskId = effect.riskId;
        assessment.kind = QStringLiteral("residual");
        assessment.likelihood = effect.likelihood;
        assessment.impact = effect.impact;
        assessment.assessedOn = effect.on;
        assessment.note = effect.note;
        assessment.findingId = effect.findingId;
        if (auto assessed = RiskRegister(m_store).assessIn(write, assessment); !assessed)
            return assessed.error();
        params.insert(QStringLiteral("score"),
                      QStringLiteral("%1 × %2").arg(effect.likelihood).arg(effect.impact));
    }
    write.audit(QStringLiteral("finding.apply"), QStringLiteral("finding"),
                QString::number(effect.findingId), {QStringLiteral("finding.apply"), params});
    return write.commit();
}

} // namespace infopunt
