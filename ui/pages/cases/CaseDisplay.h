#pragma once

#include "cases/CaseRecords.h"
#include "cases/CodeLists.h"
#include "cases/Deadlines.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QLabel;

namespace infopunt::ui {

// How the case file shows dates, sizes, states and deadlines, so that every tab and the case
// list look the same.
class CaseDisplay {
    Q_DECLARE_TR_FUNCTIONS(infopunt::ui::CaseDisplay)
public:
    static QString date(QDate date);            // short locale format; "—" when invalid
    static QString moment(const QDateTime& at); // local date and time
    static QString size(qint64 bytes);          // "12.3 KB"

    // The colour of a state chip: open cases blue, closed grey, evaluated green.
    static QColor stateColour(CaseState state);
    // Shows `state` in `label` as a coloured chip.
    static void showStateChip(QLabel* label, CaseState state);

    static QColor deadlineColour(DeadlineStatus status);
    // "3 days left", "due today", "2 days overdue", "met on …".
    static QString daysLeft(const Deadline& deadline, QDate today);

    // The name of a code-list entry (measure, violation type) by id; empty when none.
    static QString entryName(const QList<CodeListEntry>& entries, std::optional<qint64> id);
    // The extra data a step recorded: investigation kind, verdict, measure.
    static QString stepData(const CaseStep& step, const QList<CodeListEntry>& measures);
};

} // namespace infopunt::ui
