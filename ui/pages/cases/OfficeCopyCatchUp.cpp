#include "pages/cases/OfficeCopyCatchUp.h"

#include "cases/CaseSearchIndex.h"
#include "cases/MemberCopy.h"
#include "common/Result.h"
#include "storage/Store.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace infopunt::ui {

namespace {

// A chunk is resized after each turn to take about this long: short enough for the window to
// answer between chunks, long enough not to spend the time on each chunk's own overhead.
constexpr qint64 chunkTargetMs = 40;
constexpr int firstChunk = 50; // about 25 ms at 0.5 ms a case; then sized to the target
constexpr int smallestChunk = 20;
constexpr int largestChunk = 5000;

} // namespace

OfficeCopyCatchUp::OfficeCopyCatchUp(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_listWaits(store.holds(Compartment::Office))
    , m_timer(new QTimer(this))
    , m_chunk(firstChunk) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(0); // the next turn of the event loop, after input and painting
    connect(m_timer, &QTimer::timeout, this, &OfficeCopyCatchUp::next);
    MemberCopy::open(store);
}

bool OfficeCopyCatchUp::run() {
    if (isRunning())
        return !m_listWaits;
    m_done = 0;
    m_total = 0;
    // A failure ends it too: the page shows problem(), and the next run() tries again.
    if (step() || !m_problem.isEmpty())
        return true;
    m_timer->start();
    emit progressed();
    return !m_listWaits;
}

bool OfficeCopyCatchUp::holdsList() const {
    return m_listWaits && isRunning();
}

bool OfficeCopyCatchUp::isRunning() const {
    return m_timer->isActive();
}

QString OfficeCopyCatchUp::progressText() const {
    const QLocale locale;
    return tr("Bringing the case list up to date: %1 of %2 cases…")
        .arg(locale.toString(m_done), locale.toString(m_total));
}

bool OfficeCopyCatchUp::step() {
    QElapsedTimer clock;
    clock.start();
    const auto result = CaseSearchIndex::catchUp(m_store, m_chunk);
    if (!result) {
        m_problem = result.error().message;
        return false;
    }
    m_problem.clear();
    m_done += result.value().updated;
    m_total = m_done + result.value().remaining;
    const qint64 elapsed = clock.elapsed();
    if (elapsed < chunkTargetMs / 2)
        m_chunk = std::min(m_chunk * 2, largestChunk);
    else if (elapsed > chunkTargetMs * 3 / 2)
        m_chunk = std::max(m_chunk / 2, smallestChunk);
    return result.value().remaining == 0;
}

void OfficeCopyCatchUp::next() {
    if (!step() && m_problem.isEmpty()) {
        m_timer->start();
        emit progressed();
        return;
    }
    emit finished();
}

} // namespace infopunt::ui
