#pragma once

#include <QDate>

class QDateEdit;

namespace infopunt::ui {

// A date field for a day that has happened (received on, a step, a journal entry). The
// calendar popup offers only days up to today (and not before `earliest`, when given): the
// others look disabled and cannot be picked. A date typed in is not clamped: the core's
// validation names the problem at the field instead of the field silently changing it.
void allowPastDatesOnly(QDateEdit* edit, QDate earliest = {});

} // namespace infopunt::ui
