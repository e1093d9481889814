#pragma once

#include "cases/Deadlines.h"

#include <QVariant>

namespace infopunt::ui {

// The tint of an overdue or due-soon deadline in a list: a light shade of the deadline's colour
// (CaseDisplay::deadlineColour) behind a dark shade of it, readable in a dark theme too. Lists
// always show the status as text as well: colour is never the only sign.
class DeadlineLook {
public:
    static QVariant background(DeadlineStatus status); // a QBrush, or invalid for no tint
    static QVariant foreground(DeadlineStatus status); // a QBrush, or invalid for the default
};

} // namespace infopunt::ui
