#pragma once

#include "common/Result.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace infopunt {

// What `infopunt info` prints and the dashboard shows: schema version, accounts and the
// number of records of each kind. Later modules add their kinds and states here.
struct StoreSummary {
    Q_DECLARE_TR_FUNCTIONS(infopunt::StoreSummary)
public:
    int schemaVersion = 0;
    QString cipherVersion;
    QList<Account> accounts;
    QList<QPair<QString, qint64>> counts; // (translated kind, number), in display order

    static Result<StoreSummary> collect(Store& store);
};

} // namespace infopunt
