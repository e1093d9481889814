#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace infopunt {

class Store;

// The demo store's counselling registers: invented contacts of one confidential counsellor
// over the current and the two previous years, registered through CounsellingService as the
// counsellor would (conversations, referrals, closings, follow-up reminders, a few due now),
// with the yearly figures of the two previous years published.
class DemoCounselling {
    Q_DECLARE_TR_FUNCTIONS(infopunt::DemoCounselling)
public:
    // `counsellor` is signed in; `seed` varies the register between counsellors.
    static Result<void> add(Store& counsellor, quint32 seed);
};

} // namespace infopunt
