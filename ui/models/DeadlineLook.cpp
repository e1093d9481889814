#include "models/DeadlineLook.h"

#include "pages/cases/CaseDisplay.h"

#include <QBrush>
#include <QColor>

namespace infopunt::ui {

namespace {

bool isTinted(DeadlineStatus status) {
    return status == DeadlineStatus::Overdue || status == DeadlineStatus::DueSoon;
}

} // namespace

QVariant DeadlineLook::background(DeadlineStatus status) {
    if (!isTinted(status))
        return {};
    // A quarter of the colour over white.
    const QColor colour = CaseDisplay::deadlineColour(status);
    const auto mix = [](int channel) {
        return 255 - (255 - channel) / 4;
    };
    return QBrush(QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue())));
}

QVariant DeadlineLook::foreground(DeadlineStatus status) {
    if (!isTinted(status))
        return {};
    return QBrush(CaseDisplay::deadlineColour(status).darker(170));
}

} // namespace infopunt::ui
