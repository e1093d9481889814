#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace infopunt {

class Store;

// Settings that are office policy and so live in the store (changed by an Adviser, audited).
// Per-workstation preferences such as the language live in QSettings in the app instead.
class StoreSettings {
    Q_DECLARE_TR_FUNCTIONS(infopunt::StoreSettings)
public:
    explicit StoreSettings(Store& store)
        : m_store(store) {}

    static constexpr int defaultIdleLockMinutes = 10;
    static constexpr int minimumIdleLockMinutes = 1;
    static constexpr int maximumIdleLockMinutes = 240;

    int idleLockMinutes() const;
    Result<void> setIdleLockMinutes(int minutes);

private:
    Store& m_store;
};

} // namespace infopunt
