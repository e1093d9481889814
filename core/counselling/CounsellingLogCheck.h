#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace infopunt {

class Store;

// `verify` for the counselling compartment's own log (CounsellingWrite), in a counsellor's
// session: the hash chain unbroken, and every entry signed by the counsellor it names, with the
// key that counsellor pinned in the compartment at first use (not the keyring's).
class CounsellingLogCheck {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CounsellingLogCheck)
public:
    // The number of entries checked; Damaged with what was found.
    static Result<qint64> run(const Store& store);
};

} // namespace infopunt
