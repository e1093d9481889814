#include "cases/CaseViewLog.h"

namespace infopunt {

Result<void> CaseViewLog::record(qint64 caseId) {
    // Older entries first, so the log keeps the order of opening.
    retry();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_pending.isEmpty()) {
        if (auto visible = m_cases.get(caseId); !visible)
            return visible.error();
        m_pending.append({caseId, now});
        return {};
    }
    auto recorded = m_cases.recordView(caseId, {}, 0);
    if (!recorded && recorded.error().code == ErrorCode::Busy) {
        m_pending.append({caseId, now});
        return {};
    }
    return recorded;
}

void CaseViewLog::retry() {
    static_cast<void>(writePending(0)); // busy: stays pending for the next try
}

Result<void> CaseViewLog::flush() {
    return writePending(StoreLock::defaultWaitMs);
}

Result<void> CaseViewLog::writePending(int lockWaitMs) {
    while (!m_pending.isEmpty()) {
        const PendingView& view = m_pending.constFirst();
        auto written = m_cases.recordView(view.caseId, view.openedAt, lockWaitMs);
        if (!written && written.error().code == ErrorCode::Busy)
            return written;
        // Written, or no longer possible (the case was deleted meanwhile): done with it.
        m_pending.removeFirst();
    }
    return {};
}

} // namespace infopunt
