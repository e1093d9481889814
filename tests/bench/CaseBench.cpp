#include "CaseBench.h"

#include "SqlReplay.h"
#include "audit/AuditLog.h"
#include "audit/LedgerCheck.h"
#include "cases/ApprovalQuery.h"
#include "cases/CaseFiles.h"
#include "cases/CaseQuery.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "cases/MemberCopy.h"
#include "demo/DemoStore.h"
#include "demo/DemoVolume.h"
#include "storage/IntegrityCheck.h"
#include "storage/Store.h"
#include "storage/StoreSummary.h"

#include <QFile>
#include <QProcess>
#include <algorithm>
#include <cstdio>

namespace infopunt::bench {

namespace {

constexpr int firstScreen = 200;
const QString section = QStringLiteral("cases");

// A workload's result: its row count (for the note), or -1 on failure.
using Work = std::function<qsizetype()>;

class CaseWorkloads {
public:
    CaseWorkloads(const BenchContext& context, BenchReport& report, Store& store,
                  const PlainCopy* plain)
        : m_context(context)
        , m_report(report)
        , m_store(store)
        , m_plain(plain)
        , m_query(store)
        , m_today(Deadlines::today()) {}

    // Times `work` and, with a plain copy, the SQL it runs replayed encrypted and plain.
    // Times `work`, each run after `before` (not timed).
    bool measure(const QString& workload, const Work& work, bool replaySql = true,
                 const std::function<void()>& before = {}) {
        if (!m_context.wants(workload))
            return true;
        BenchReport::Row row{section, workload, m_context.size, {}, {}, {}, {}};
        qsizetype rows = 0;
        const bool ran = sample(
            m_context.runs, [&] { return (rows = work()) >= 0; }, row.samples, before);
        if (!ran) {
            std::fprintf(stderr, "%s failed\n", workload.toUtf8().constData());
            return false;
        }
        row.note = QStringLiteral("%1 rows").arg(rows);
        if (replaySql && m_plain) {
            QList<CapturedStatement> statements;
            {
                SqlCapture capture(m_store);
                work();
                statements = capture.statements();
            }
            Samples encrypted, plain;
            const auto onStore = [this](Compartment c) {
                return rawConnection(m_store, c);
            };
            const auto onPlain = [this](Compartment c) {
                return m_plain->connection(c);
            };
            const bool replayed =
                sample(
                    m_context.runs, [&] { return replay(statements, onStore) >= 0; }, encrypted) &&
                sample(
                    m_context.runs, [&] { return replay(statements, onPlain) >= 0; }, plain);
            if (replayed) {
                row.sqlEncryptedMs = encrypted.median();
                row.sqlPlainMs = plain.median();
            }
            row.note += QStringLiteral(", %1 statements").arg(statements.size());
        }
        m_report.add(row);
        return true;
    }

    Work page(const CaseFilter& filter, const CaseOrder& order = {}) const {
        return [this, filter, order]() -> qsizetype {
            auto rows = m_query.page(filter, order, 0, firstScreen, m_today);
            return rows ? rows.value().size() : -1;
        };
    }
    Work count(const CaseFilter& filter) const {
        return [this, filter]() -> qsizetype {
            auto counted = m_query.count(filter, m_today);
            return counted ? counted.value() : -1;
        };
    }

    // The window's count: prepared here, taken on a connection of its own (a cold cache).
    Work ownCount(const CaseFilter& filter) const {
        return [this, filter]() -> qsizetype {
            auto counter = CaseCount::prepare(m_store, filter, m_today);
            if (!counter || !counter.value())
                return -1;
            auto counted = counter.value()->run();
            return counted ? counted.value() : -1;
        };
    }

    bool listAndCount(const QString& name, const CaseFilter& filter) {
        return measure(QStringLiteral("first screen, %1").arg(name), page(filter)) &&
               measure(QStringLiteral("count, %1").arg(name), count(filter));
    }

    bool filters() {
        CaseFilter byState;
        byState.state = CaseState::Interviews;
        CaseFilter open;
        open.open = true;
        CaseFilter byType;
        if (auto types = CodeLists(m_store).entries(CodeLists::List::ViolationType);
            types && !types.value().isEmpty())
            byType.violationTypeId = types.value().constFirst().id;
        CaseFilter byTheme;
        byTheme.themeNumber = 3;
        CaseFilter byYear;
        byYear.year = m_today.year() - 1;
        CaseFilter overdue;
        overdue.deadlineStatus = DeadlineStatus::Overdue;
        CaseFilter assignee;
        assignee.assignee = QStringLiteral("jurist");
        return listAndCount(QStringLiteral("no filter"), CaseFilter{}) &&
               listAndCount(QStringLiteral("state Interviews"), byState) &&
               listAndCount(QStringLiteral("open cases"), open) &&
               listAndCount(QStringLiteral("violation type"), byType) &&
               listAndCount(QStringLiteral("theme 3"), byTheme) &&
               listAndCount(QStringLiteral("year %1").arg(*byYear.year), byYear) &&
               listAndCount(QStringLiteral("deadline overdue"), overdue) &&
               listAndCount(QStringLiteral("assignee jurist"), assignee);
    }

    bool typeAhead() {
        // Ending with a number typed whole: few cases hold its grams.
        const QStringList keystrokes{QStringLiteral("G"), QStringLiteral("Ge"),
                                     QStringLiteral("Gesch"),
                                     QStringLiteral("%1-0").arg(m_today.year() - 5),
                                     QStringLiteral("%1-471").arg(m_today.year() - 5)};
        for (const QString& text : keystrokes) {
            CaseFilter filter;
            filter.quickText = text;
            if (!listAndCount(QStringLiteral("type-ahead \"%1\"").arg(text), filter))
                return false;
        }
        CaseFilter typed;
        typed.quickText = keystrokes.at(2);
        return measure(QStringLiteral("count on a connection of its own, type-ahead \"%1\"")
                           .arg(typed.quickText),
                       ownCount(typed));
    }

    bool fullText() {
        CaseFilter common;
        common.searchText = DemoVolume::commonWord();
        CaseFilter rare;
        rare.searchText = DemoVolume::rareWord();
        return listAndCount(QStringLiteral("full text common \"%1\"").arg(common.searchText),
                            common) &&
               listAndCount(QStringLiteral("full text rare \"%1\"").arg(rare.searchText), rare);
    }

    bool sorting() {
        using Key = CaseOrder::Key;
        const QList<QPair<Key, QString>> keys{{Key::Number, QStringLiteral("number")},
                                              {Key::Received, QStringLiteral("received")},
                                              {Key::Title, QStringLiteral("title")},
                                              {Key::State, QStringLiteral("state")},
                                              {Key::Deadline, QStringLiteral("deadline")},
                                              {Key::Type, QStringLiteral("type")},
                                              {Key::Theme, QStringLiteral("theme")},
                                              {Key::Assigned, QStringLiteral("assigned")}};
        for (const auto& [key, name] : keys) {
            if (!measure(QStringLiteral("first screen sorted by %1").arg(name),
                         page(CaseFilter{}, CaseOrder{key, Qt::AscendingOrder})) ||
                !measure(QStringLiteral("first screen sorted by %1, descending").arg(name),
                         page(CaseFilter{}, CaseOrder{key, Qt::DescendingOrder})))
                return false;
        }
        return true;
    }

    bool dashboard() {
        return measure(QStringLiteral("openDeadlines"),
                       [this]() -> qsizetype {
                           auto rows = m_query.openDeadlines(m_today);
                           return rows ? rows.value().size() : -1;
                       }) &&
               measure(QStringLiteral("deadlineCounts"),
                       [this]() -> qsizetype {
                           auto counts = m_query.deadlineCounts(m_today);
                           return counts ? counts.value().dueSoon + counts.value().overdue : -1;
                       }) &&
               measure(QStringLiteral("countsPerState"),
                       [this]() -> qsizetype {
                           auto counts = m_query.countsPerState();
                           return counts ? counts.value().size() : -1;
                       }) &&
               measure(QStringLiteral("years"),
                       [this]() -> qsizetype {
                           auto years = m_query.years();
                           return years ? years.value().size() : -1;
                       }) &&
               measure(QStringLiteral("StoreSummary::collect"),
                       [this]() -> qsizetype {
                           auto summary = StoreSummary::collect(m_store);
                           return summary ? 1 : -1;
                       }) &&
               measure(QStringLiteral("requests waiting for me (count)"),
                       [this]() -> qsizetype {
                           auto count = ApprovalQuery(m_store).countWaitingForMe();
                           return count ? count.value() : -1;
                       }) &&
               measure(QStringLiteral("requests waiting for me"),
                       [this]() -> qsizetype {
                           auto rows = ApprovalQuery(m_store).waitingForMe();
                           return rows ? rows.value().size() : -1;
                       }) &&
               measure(QStringLiteral("my requests (the dashboard's list)"), [this]() -> qsizetype {
                   auto rows = ApprovalQuery(m_store).myRequests(QDateTime::currentDateTimeUtc(),
                                                                 ApprovalQuery::listedRequests);
                   return rows ? rows.value().size() : -1;
               });
    }

    // A session of the demo's working-group member "jurist"; none when it does not unlock.
    std::unique_ptr<Store> jurist() const {
        const QList<DemoAccount> accounts = DemoStore::accounts();
        const auto account = std::find_if(accounts.cbegin(), accounts.cend(), [](const auto& a) {
            return a.userName == QStringLiteral("jurist");
        });
        if (account == accounts.cend())
            return nullptr;
        auto unlocked = Store::unlock(m_context.folder, account->userName, account->passphrase);
        if (!unlocked) {
            std::fprintf(stderr, "member: %s\n", unlocked.error().message.toUtf8().constData());
            return nullptr;
        }
        return std::move(unlocked.value());
    }

    // A working-group member's first session: their cases' facts are read from the main file
    // and opened with their keys, while their own copy is being made.
    bool member() {
        const QString first = QStringLiteral("member jurist: first screen, no filter");
        const QString count = QStringLiteral("member jurist: count");
        const QString changed =
            QStringLiteral("member jurist: first screen after a change elsewhere");
        if (!m_context.wants(first) && !m_context.wants(count) && !m_context.wants(changed))
            return true;
        const std::unique_ptr<Store> session = jurist();
        if (!session)
            return false;
        const CaseQuery query(*session);
        const auto firstScreenOf = [&]() -> qsizetype {
            auto rows = query.page(CaseFilter{}, CaseOrder{}, 0, firstScreen, m_today);
            return rows ? rows.value().size() : -1;
        };
        if (!measure(first, firstScreenOf, /*replaySql=*/false) ||
            !measure(
                count,
                [&]() -> qsizetype {
                    auto rows = query.count(CaseFilter{}, m_today);
                    return rows ? rows.value() : -1;
                },
                /*replaySql=*/false))
            return false;
        // An adviser writes in one of the member's cases: the member's list reads that case again.
        auto mine = query.page(CaseFilter{}, CaseOrder{}, 0, 1, m_today);
        if (!mine || mine.value().isEmpty())
            return false;
        const qint64 caseId = mine.value().constFirst().id;
        return measure(changed, firstScreenOf, /*replaySql=*/false, [&] {
            if (!CaseJournal(m_store).add(caseId, m_today, JournalKind::Note,
                                          QStringLiteral("Telefonisch contact met de melder.")))
                std::fprintf(stderr, "member: the change elsewhere failed\n");
        });
    }

    // The member's own copy (MemberCopy): made and filled once, in their first session's
    // background; every later session's lists read it.
    bool memberCopy() {
        const QString fill = QStringLiteral("member jurist: making own copy (first session)");
        const QString later = QStringLiteral("member jurist: first screen, later session (copy)");
        if (!m_context.wants(fill) && !m_context.wants(later))
            return true;
        std::unique_ptr<Store> session = jurist();
        if (!session)
            return false;
        // From an empty file, also when a run before left a copy in the kept store.
        MemberCopy::open(*session);
        const QString path = MemberCopy::path(*session);
        MemberCopy::drop(*session);
        QFile::remove(path);
        MemberCopy::open(*session);
        if (!MemberCopy::opened(*session))
            return false;
        BenchReport::Row filled{section, fill, m_context.size, {}, {}, {}, {}};
        Result<int> copied = 0;
        filled.samples.ms.append(
            milliseconds([&] { copied = CaseSearchIndex::refresh(*session); }));
        if (!copied)
            return false;
        filled.note = QStringLiteral("%1 cases").arg(copied.value());
        if (m_context.wants(fill))
            m_report.add(filled);
        // Signing in is not timed; opening the copy is, as the window does it.
        return measure(
            later,
            [&]() -> qsizetype {
                if (!session)
                    return -1;
                MemberCopy::open(*session);
                auto rows =
                    CaseQuery(*session).page(CaseFilter{}, CaseOrder{}, 0, firstScreen, m_today);
                return rows && MemberCopy::opened(*session) ? rows.value().size() : -1;
            },
            /*replaySql=*/false, [&] { session = jurist(); });
    }

    // Everything the case file's tabs read.
    bool openCase() {
        auto first = m_query.page(CaseFilter{}, CaseOrder{}, 0, 1, m_today);
        if (!first || first.value().isEmpty())
            return false;
        const qint64 caseId = first.value().constFirst().id;
        return measure(QStringLiteral("open one case (record and every tab)"),
                       [this, caseId]() -> qsizetype {
                           CaseService cases(m_store);
                           const bool read = cases.get(caseId) && cases.reporter(caseId) &&
                                             cases.parties(caseId) && cases.steps(caseId) &&
                                             cases.deadlines(caseId) && cases.assignments(caseId) &&
                                             cases.reviews(caseId) && cases.approvals(caseId) &&
                                             CaseJournal(m_store).entries(caseId) &&
                                             CaseDocuments(m_store).list(caseId);
                           return read ? 1 : -1;
                       });
    }

    // A save (a journal entry, untimed) and the refresh the next list pays for it.
    bool refreshAfterSave() {
        const QString workload = QStringLiteral("office copy refresh after one save");
        if (!m_context.wants(workload))
            return true;
        auto first = m_query.page(CaseFilter{}, CaseOrder{}, 0, 1, m_today);
        if (!first || first.value().isEmpty())
            return false;
        const qint64 caseId = first.value().constFirst().id;
        BenchReport::Row row{section,
                             QStringLiteral("office copy refresh after one save"),
                             m_context.size,
                             {},
                             {},
                             {},
                             {}};
        for (int i = 0; i < m_context.runs; ++i) {
            if (!CaseJournal(m_store).add(caseId, m_today, JournalKind::Note,
                                          QStringLiteral("Benchmark: notitie %1").arg(i)))
                return false;
            Result<int> refreshed = 0;
            row.samples.ms.append(
                milliseconds([&] { refreshed = CaseSearchIndex::refresh(m_store); }));
            if (!refreshed)
                return false;
            row.note = QStringLiteral("%1 cases copied").arg(refreshed.value());
        }
        m_report.add(row);
        return true;
    }

    // `infopunt verify`'s checks: the files' integrity, the hash chain, signatures and ledger.
    bool verify() {
        const QString workload = QStringLiteral("verify (integrity, log, ledger)");
        if (!m_context.wants(workload))
            return true;
        const int runs = m_context.size >= 100000 ? 1 : 3;
        BenchReport::Row row{
            section, QStringLiteral("verify (integrity, log, ledger)"), m_context.size, {}, {}, {},
            {}};
        const bool ran = sample(
            runs,
            [this] {
                bool intact = AuditLog::verify(m_store.database()).intact;
                for (const Compartment c : {Compartment::Main, Compartment::Office})
                    intact =
                        intact && IntegrityCheck::run(Store::compartmentPath(m_store.folder(), c),
                                                      m_store.key(c))
                                      .ok();
                for (const LedgerCheck::Check& check : LedgerCheck::run(m_store))
                    intact = intact && check.status != LedgerCheck::Status::Failed;
                return intact;
            },
            row.samples);
        if (!ran)
            std::fprintf(stderr, "verify found the store changed\n");
        m_report.add(row);
        return ran;
    }

private:
    const BenchContext& m_context;
    BenchReport& m_report;
    Store& m_store;
    const PlainCopy* m_plain;
    const CaseQuery m_query;
    QDate m_today;
};

// The first screen in a new process: this executable in its --cold mode, several times.
bool coldStarts(const BenchContext& context, BenchReport& report) {
    BenchReport::Row start{
        section, QStringLiteral("cold: new process to first screen"), context.size, {}, {}, {}, {}};
    BenchReport::Row firstPage{
        section, QStringLiteral("cold: first screen after unlock"), context.size, {}, {}, {}, {}};
    const int runs = std::min(context.runs, 5);
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INFOPUNT_PASSPHRASE"), context.passphrase);
        child.setProcessEnvironment(env);
        QString out;
        start.samples.ms.append(milliseconds([&] {
            child.start(context.program,
                        {QStringLiteral("--cold"), context.folder, context.userName});
            child.waitForFinished(300000);
            out = QString::fromUtf8(child.readAllStandardOutput());
        }));
        const QStringList parts = out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (child.exitCode() != 0 || parts.size() != 4) {
            std::fprintf(stderr, "cold start failed: %s\n",
                         child.readAllStandardError().constData());
            return false;
        }
        firstPage.samples.ms.append(parts.at(3).toDouble());
    }
    start.note = QStringLiteral("includes the Argon2id unlock");
    report.add(start);
    report.add(firstPage);
    return true;
}

} // namespace

int coldStart(const QString& folder, const QString& userName, const QString& passphrase) {
    Result<std::unique_ptr<Store>> store = std::unique_ptr<Store>();
    const double unlockMs =
        milliseconds([&] { store = Store::unlock(folder, userName, passphrase); });
    if (!store)
        return 1;
    Result<QList<CaseListRow>> rows = QList<CaseListRow>();
    const double pageMs = milliseconds([&] {
        rows = CaseQuery(*store.value())
                   .page(CaseFilter{}, CaseOrder{}, 0, firstScreen, Deadlines::today());
    });
    if (!rows)
        return 1;
    std::printf("unlock %.2f first-page %.2f\n", unlockMs, pageMs);
    return 0;
}

bool benchmarkCases(const BenchContext& context, BenchReport& report) {
    BenchReport::Row unlock{
        section, QStringLiteral("unlock (Argon2id, keys, open)"), context.size, {}, {}, {}, {}};
    std::unique_ptr<Store> store;
    const bool unlocked = sample(
        std::min(context.runs, 5),
        [&] {
            store.reset();
            auto opened = Store::unlock(context.folder, context.userName, context.passphrase);
            if (opened)
                store = std::move(opened.value());
            return store != nullptr;
        },
        unlock.samples);
    if (!unlocked) {
        std::fprintf(stderr, "cannot unlock the store in %s\n",
                     context.folder.toUtf8().constData());
        return false;
    }
    if (context.wants(unlock.workload))
        report.add(unlock);
    if (context.wants(QStringLiteral("cold:")) && !coldStarts(context, report))
        return false;

    // `--skip "plain copy"` saves exporting the whole store (minutes at 100,000 reports).
    const std::unique_ptr<PlainCopy> plain =
        context.skips(QStringLiteral("plain copy")) ? nullptr : PlainCopy::make(*store);
    if (!plain)
        std::fprintf(stderr, "no plain copy: the encrypted/plain ratio is left out\n");
    CaseWorkloads workloads(context, report, *store, plain.get());
    return workloads.filters() && workloads.typeAhead() && workloads.fullText() &&
           workloads.sorting() && workloads.dashboard() && workloads.member() &&
           workloads.memberCopy() && workloads.openCase() && workloads.refreshAfterSave() &&
           workloads.verify();
}

} // namespace infopunt::bench
