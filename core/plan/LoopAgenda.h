#pragma once

#include "accounts/Role.h"
#include "common/Result.h"
#include "risks/RiskAgenda.h"

#include <QCoreApplication>
#include <QList>

namespace infopunt {

class Store;

// Everything of the control loop that is due within RiskAgenda::horizonDays or overdue, for an
// adviser's dashboard, soonest first: the risk register's items (RiskAgenda), the open follow-up
// actions of audit findings and the unfinished annual plan actions.
class LoopAgenda {
    Q_DECLARE_TR_FUNCTIONS(infopunt::LoopAgenda)
public:
    static Result<QList<AgendaItem>> due(Store& store, const QDate& today);
    static Module moduleOf(AgendaItem::Kind kind);
};

} // namespace infopunt
