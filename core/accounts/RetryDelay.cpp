#include "accounts/RetryDelay.h"

#include <algorithm>

namespace infopunt {

int RetryDelay::registerFailure() {
    ++m_failures;
    long long delay = firstDelayMs;
    for (int i = 1; i < m_failures && delay < maximumDelayMs; ++i)
        delay *= 2;
    return static_cast<int>(std::min<long long>(delay, maximumDelayMs));
}

} // namespace infopunt
