#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

namespace infopunt {

class Store;

// An action of the annual integrity plan (jaarplan): what is done in a year, for which theme and
// building block, where it comes from, who does it and by when.
struct PlanAction {
    qint64 id = 0;
    int year = 0;
    QString title;
    QString description;
    qint64 themeId = 0;
    qint64 blockId = 0;
    QString source = QStringLiteral("development"); // LoopCodes::PlanSource
    qint64 findingId = 0;                           // required for source "audit"
    QString owner;
    QDate dueOn;
    QString status = QStringLiteral("planned"); // LoopCodes::PlanStatus
    QDate createdOn;                            // read only
    QString createdBy;
    qint64 carriedFrom = 0; // the action of the year before it continues, 0 if none
    qint64 rowVersion = 0;
};

// A progress note on a plan action; notes are only ever added.
struct PlanNote {
    qint64 id = 0;
    qint64 actionId = 0;
    QDateTime writtenAt;
    QString author;
    QString text;
};

class AnnualPlan {
    Q_DECLARE_TR_FUNCTIONS(infopunt::AnnualPlan)
public:
    explicit AnnualPlan(Store& store)
        : m_store(store) {}

    Result<QList<PlanAction>> actions(int year) const; // by due date
    Result<QList<PlanAction>> allActions() const;      // every year
    Result<PlanAction> action(qint64 id) const;
    Result<QList<int>> years() const; // the years with actions, newest first
    // "title", "year", "source", "finding", "owner", "due_on", "status", "block" (retired or
    // of another theme).
    FieldErrors validate(const PlanAction& action) const;
    Result<qint64> add(const PlanAction& action); // advisers only
    Result<void> update(const PlanAction& action); // StaleEdit when rowVersion is not current

    Result<QList<PlanNote>> notes(qint64 actionId) const; // oldest first
    Result<qint64> addNote(qint64 actionId, const QString& text);

    // Copies every unfinished (planned, in progress) action of `fromYear` to the year after, in
    // one write: the copy keeps title, theme, block, source, finding and owner and points to its
    // original; the original becomes "carried over" and keeps its notes. The due date moves by a
    // year. Running it again carries nothing twice. Returns the number of actions carried.
    Result<int> carryOver(int fromYear);

    // Unfinished actions due within `horizonDays` of `today` or overdue (dashboard).
    Result<QList<PlanAction>> due(const QDate& today, int horizonDays) const;

private:
    Result<QList<PlanAction>> read(const QString& where, const QVariantList& values) const;

    Store& m_store;
};

} // namespace infopunt
