#pragma once

#include <QElapsedTimer>
#include <QString>
#include <cstdio>
#include <functional>

namespace infopunt::bench {

inline double milliseconds(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

inline void print(const QString& what, double ms) {
    std::printf("%-62s %10.1f ms\n", what.toUtf8().constData(), ms);
}

} // namespace infopunt::bench
