#pragma once

#include "cases/CaseService.h"

#include <QDateTime>
#include <QList>

namespace infopunt {

// Records the opening of case files in the access log without making the user wait for
// another workstation's save: when the store is busy, the entry is kept in memory with the
// moment of opening and written by retry() once the store is free, at the latest by flush()
// when the session ends (the window locks or closes).
class CaseViewLog {
public:
    explicit CaseViewLog(Store& store)
        : m_cases(store) {}
    ~CaseViewLog() { static_cast<void>(flush()); } // what still fails is lost with the session
    CaseViewLog(const CaseViewLog&) = delete;
    CaseViewLog& operator=(const CaseViewLog&) = delete;

    // An error only when the case may not be opened (not found, not visible); a busy store
    // only postpones the entry.
    Result<void> record(qint64 caseId);
    // Writes what is pending while the store is free; waits for nobody.
    void retry();
    // Writes what is pending, waiting as a save does; what still fails stays pending.
    Result<void> flush();
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

private:
    struct PendingView {
        qint64 caseId;
        QDateTime openedAt;
    };
    Result<void> writePending(int lockWaitMs);

    CaseService m_cases;
    QList<PendingView> m_pending;
};

} // namespace infopunt
