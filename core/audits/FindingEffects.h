#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace infopunt {

class Store;

// What an audit finding changes in the register: a control's effectiveness and a risk's
// residual score, both recorded as caused by the finding.
struct FindingEffect {
    qint64 findingId = 0;
    QDate on; // the day of the judgement and the assessment
    QString note;
    qint64 controlId = 0; // 0: no control judged
    QString effectiveness;
    qint64 riskId = 0; // 0: no risk reassessed
    int likelihood = 0;
    int impact = 0;
};

// Applies a finding's effect in one write: the judgement, the residual assessment on the current
// matrix and a "finding.apply" entry in the audit log, or nothing at all.
class FindingEffects {
    Q_DECLARE_TR_FUNCTIONS(infopunt::FindingEffects)
public:
    explicit FindingEffects(Store& store)
        : m_store(store) {}

    // "effect" when neither part is given; else the fields of Controls::judgeIn and
    // RiskRegister::assessIn.
    Result<void> apply(const FindingEffect& effect);

private:
    Store& m_store;
};

} // namespace infopunt
