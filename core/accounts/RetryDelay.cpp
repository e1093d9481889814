#include "accounts/RetryDelay.h"

#include <algorithm>

namespace infopunt {

int RetryDelay::registerFailure() {
    ++m_failures;
    return delayAfter(m_failures);
}

int RetryDelay::delayAfter(int failures) {
    if (failures <= 0)
        return 0;
    long long delay = firstDelayMs;
    for (int i = 1; i < failures && delay < maximumDelayMs; ++i)
        delay *= 2;
    return static_cast<int>(std::min<long long>(delay, maximumDelayMs));
}

} // namespace infopunt
