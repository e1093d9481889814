#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace infopunt {

class Store;

// The counsellors' shared rules, kept in the counselling compartment (every counsellor holds
// it, nobody else): the suppression threshold of the yearly figures and how long a closed
// contact is kept after the figures that count it are published. A change is recorded in the
// compartment's log.
class CounsellingSettings {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CounsellingSettings)
public:
    static constexpr int defaultThreshold = 5;
    static constexpr int minThreshold = 2;
    static constexpr int maxThreshold = 20;
    static constexpr int defaultRetentionMonths = 12;
    static constexpr int maxRetentionMonths = 120;

    explicit CounsellingSettings(Store& store)
        : m_store(store) {}

    // A count below it is published as "< threshold".
    Result<int> threshold() const;
    Result<void> setThreshold(int threshold);
    // 0: a closed contact may be destroyed as soon as its figures are published.
    Result<int> retentionMonths() const;
    Result<void> setRetentionMonths(int months);

private:
    Result<int> read(const QString& key, int fallback) const;
    Result<void> write(const QString& key, int value, const QString& summaryCode,
                       const QString& param);

    Store& m_store;
};

} // namespace infopunt
