#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace infopunt {

class Store;

// The demo store's risk register: invented integrity risks of a municipality with their
// building blocks, inherent and residual assessments over the current and the two previous
// years, controls with judgements, vulnerable functions, and one risk accepted with four eyes.
class DemoRisks {
    Q_DECLARE_TR_FUNCTIONS(infopunt::DemoRisks)
public:
    // `adviser` registers; `second` (another adviser) approves the acceptance.
    static Result<void> add(Store& adviser, Store& second);
};

} // namespace infopunt
