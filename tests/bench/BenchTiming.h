#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <algorithm>
#include <cmath>
#include <functional>

namespace infopunt::bench {

inline double milliseconds(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The times of several runs of one workload.
struct Samples {
    QList<double> ms;

    double median() const { return rank(0.5); }
    double p95() const { return rank(0.95); }
    // Nearest rank: with 9 runs the 95th percentile is the slowest.
    double rank(double fraction) const {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<qsizetype>(std::ceil(fraction * sorted.size())) - 1;
        return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
    }
};

// Runs `work` `runs` times, each after `before` (not timed); a run that returns false stops
// the measurement.
inline bool sample(int runs, const std::function<bool()>& work, Samples& samples,
                   const std::function<void()>& before = {}) {
    for (int i = 0; i < runs; ++i) {
        if (before)
            before();
        bool ok = true;
        samples.ms.append(milliseconds([&] { ok = work(); }));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace infopunt::bench
