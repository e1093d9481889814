#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace infopunt {

class Store;

// An awareness activity: a training, a moral deliberation session (moreel beraad), an oath
// ceremony (ambtseed), an onboarding day or a dilemma session, with its participants.
struct Activity {
    qint64 id = 0;
    QDate heldOn;
    QString kind = QStringLiteral("training"); // LoopCodes::ActivityKind
    QString title;
    QString unit;
    int participants = 0;
    qint64 rowVersion = 0;
};

// What the annual report counts of one kind of activity in a year.
struct ActivityTotal {
    int activities = 0;
    int participants = 0;
};

class Activities {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Activities)
public:
    explicit Activities(Store& store)
        : m_store(store) {}

    Result<QList<Activity>> activities(int year) const; // 0: every year; newest first
    // "held_on", "kind", "title", "participants".
    static FieldErrors validate(const Activity& activity);
    Result<qint64> add(const Activity& activity); // advisers only
    Result<void> update(const Activity& activity);
    Result<void> remove(qint64 id);
    // Per kind code, the activities held in `year` and their participants.
    Result<QMap<QString, ActivityTotal>> totals(int year) const;

private:
    Store& m_store;
};

} // namespace infopunt
