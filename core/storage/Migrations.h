#pragma once

#include "accounts/Role.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace infopunt {

// Numbered schema migrations per compartment, recorded in PRAGMA user_version. Each step runs
// in its own transaction; a failing step leaves the store at the version before it.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Migrations)
public:
    static int latest(Compartment compartment);
    static Result<int> version(QSqlDatabase db);
    // Brings `db` to `target` (-1: latest). NewerSchema error when the file is newer.
    static Result<void> migrate(QSqlDatabase db, Compartment compartment, int target = -1);
    // The triggers (name, SQL as sqlite_master keeps it) that raise a case's text version for
    // the search index (version 7), so that verify knows them as the program's own.
    static QList<QPair<QString, QString>> textVersionTriggers();
};

} // namespace infopunt
