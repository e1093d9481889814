#include "storage/StoreSummary.h"

#include "accounts/AccountService.h"
#include "cases/CaseQuery.h"
#include "storage/Migrations.h"
#include "storage/SqlCipher.h"

#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

Result<qint64> count(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return SqlCipher::toError(query.lastError(), StoreSummary::tr("counting the records"));
    return query.value(0).toLongLong();
}

} // namespace

Result<StoreSummary> StoreSummary::collect(Store& store) {
    StoreSummary summary;
    QSqlDatabase db = store.database();
    auto version = Migrations::version(db);
    if (!version)
        return version.error();
    summary.schemaVersion = version.value();
    auto cipher = SqlCipher::selfTest();
    summary.cipherVersion = cipher ? cipher.value() : QString();
    auto accounts = AccountService(store).list();
    if (!accounts)
        return accounts.error();
    summary.accounts = accounts.value();

    const QList<QPair<QString, QString>> kinds{
        {tr("Accounts (enabled)"), QStringLiteral("SELECT count(*) FROM users WHERE disabled = 0")},
        {tr("Accounts (disabled)"),
         QStringLiteral("SELECT count(*) FROM users WHERE disabled = 1")},
        {tr("Themes"), QStringLiteral("SELECT count(*) FROM themes")},
        {tr("Building blocks (in use)"),
         QStringLiteral("SELECT count(*) FROM building_blocks WHERE retired = 0")},
        {tr("Building blocks (retired)"),
         QStringLiteral("SELECT count(*) FROM building_blocks WHERE retired = 1")},
        // The log is append-only (its triggers refuse deletions) and numbered from 1 without
        // gaps, so its highest id is its size, read from the index rather than by counting
        // every entry; `verify` finds a log that was cut.
        {tr("Audit log entries"), QStringLiteral("SELECT COALESCE(max(id), 0) FROM audit_log")},
        // What everyone may know of the counselling register: that the counsellors published
        // figures (CounsellingFigures), never anything of the register itself.
        {tr("Published counselling figures"), // sets: one per counsellor and year
         QStringLiteral("SELECT count(*) FROM counselling_figures WHERE replaced_by IS NULL")},
    };
    for (const auto& [label, sql] : kinds) {
        auto n = count(db, sql);
        if (!n)
            return n.error();
        summary.counts.append({label, n.value()});
    }
    auto head = AuditLogHead::read(db);
    if (!head)
        return head.error();
    summary.logHead = head.value();
    if (auto cases = collectCases(store, summary); !cases)
        return cases.error();
    return summary;
}

Result<void> StoreSummary::collectCases(const Store& store, StoreSummary& summary) {
    if (!CaseAccess(store).seesCases())
        return {};
    const CaseQuery query(store);
    auto perState = query.countsPerState();
    if (!perState)
        return perState.error();
    qint64 total = 0;
    for (const auto& [state, n] : perState.value()) {
        summary.caseStates.append({CaseWorkflow::stateName(state), n});
        total += n;
    }
    summary.counts.append({tr("Reports and investigations"), total});
    auto deadlines = query.deadlineCounts(Deadlines::today());
    if (!deadlines)
        return deadlines.error();
    summary.deadlinesDueSoon = deadlines.value().dueSoon;
    summary.deadlinesOverdue = deadlines.value().overdue;
    return {};
}

} // namespace infopunt
