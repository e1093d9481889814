#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace infopunt {

class Store;

// Every case number ever given, kept by the advisers in the office compartment (case_numbers):
// the main compartment holds numbers sealed (CaseFacts) and the audit log names cases by row
// id (CaseLog), so this is where a new number is counted from, and where an adviser reads the
// number of a case that was deleted since.
class CaseNumbers {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseNumbers)
public:
    // The next number of the year: one past the highest ever given, also to cases deleted since,
    // so that a number never names two cases. Needs the office key (advisers register).
    static Result<QString> next(const Store& store, int year);
    // Records that `caseId` has `number`; part of the office compartment's own write.
    static Result<void> remember(QSqlDatabase office, qint64 caseId, const QString& number);
    // Case id to number, of every case the office compartment knows; empty without its key.
    static Result<QHash<qint64, QString>> all(const Store& store);
};

} // namespace infopunt
