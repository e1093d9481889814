#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace infopunt {

class Store;

// One due or overdue item of the control loop, for the dashboard.
struct AgendaItem {
    enum class Kind {
        RiskReview,           // a risk's review date
        AcceptanceExpiry,     // an accepted risk's acceptance ends
        FunctionReassessment, // a vulnerable function's assessment is old
        FindingAction,        // an audit finding's follow-up action
        PlanAction,           // an annual plan action
    };
    Kind kind = Kind::RiskReview;
    QDate due;
    QString what;  // translated: "Review risk …"
    qint64 id = 0; // the risk, function, action
    bool overdue(const QDate& today) const { return due < today; }
};

// The risk register's due items: reviews due within `horizonDays` or overdue, acceptances that
// expire within it, vulnerable functions whose last assessment is older than
// VulnerableFunctions::reassessAfterYears.
class RiskAgenda {
    Q_DECLARE_TR_FUNCTIONS(infopunt::RiskAgenda)
public:
    static constexpr int horizonDays = 14;
    static Result<QList<AgendaItem>> due(Store& store, const QDate& today);
};

} // namespace infopunt
