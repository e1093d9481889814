#pragma once

#include "cases/CaseWorkflow.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace infopunt {

class Store;

// The demo store's reports and investigations: invented cases across three years, in every
// state of the protocol, registered and steered through CaseService as an adviser would, with
// a second adviser approving the closures and working-group members reviewing.
class DemoCases {
    Q_DECLARE_TR_FUNCTIONS(infopunt::DemoCases)
public:
    // `adviser` is the signed-in first Adviser; the second Adviser and the working-group
    // members sign in to `folder` with the given passphrases to approve and review.
    static Result<void> add(Store& adviser, const QString& secondAdviserName,
                            const QString& secondAdviserPassphrase, const QString& reviewerName,
                            const QString& reviewerPassphrase);

    // How many cases add() creates; `infopunt demo` and the tests check against it.
    static int count();

    // The note an adviser writes when a case reaches `state` (at Evaluated: the lessons learned).
    static QString stepNote(CaseState state);
    // The states from Registered to `target` that a case passes, following the decided kind.
    static QList<CaseState> pathTo(CaseState target, InvestigationKind kind);
};

} // namespace infopunt
