// The case list over 10,000 reports: a generated store (inserted with SQL in one transaction,
// which is much faster than registering each report through CaseService), then every kind of
// filter, type-ahead and full-text search, and the deadline view. Prints the first run (right
// after unlocking, so pages come from the file) and the median of all runs.

#include "CaseBench.h"

#include "BenchTiming.h"
#include "audit/AuditLog.h"
#include "audit/LedgerCheck.h"
#include "cases/CaseQuery.h"
#include "cases/CaseSearchIndex.h"
#include "storage/Ledger.h"
#include "storage/SqlCipher.h"
#include "storage/Store.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cstdio>

namespace infopunt::bench {

namespace {

constexpr int caseCount = 10000;
constexpr int runs = 7;
const QString adviserName = QStringLiteral("bench");
const QString adviserPassphrase = QStringLiteral("Rijnkade-Lantaarn-42");
const QStringList members{QStringLiteral("jurist"), QStringLiteral("controller")};

// Neutral labels as an adviser would write them: never a name.
const QStringList titles{
    QStringLiteral("Geschenk van leverancier"),
    QStringLiteral("Nevenwerkzaamheden niet gemeld"),
    QStringLiteral("Onheuse bejegening op de afdeling"),
    QStringLiteral("Privégebruik van dienstauto"),
    QStringLiteral("Vertrouwelijke stukken gelekt"),
    QStringLiteral("Belangenverstrengeling bij aanbesteding"),
    QStringLiteral("Onjuiste declaratie reiskosten"),
    QStringLiteral("Ongewenst gedrag tijdens teamuitje"),
    QStringLiteral("Laptop gebruikt voor privézaken"),
    QStringLiteral("Urenregistratie klopt niet"),
    QStringLiteral("Vermoeden van omkoping bij vergunning"),
    QStringLiteral("Privacy-incident bij Burgerzaken"),
    QStringLiteral("Pesten op de werkvloer"),
    QStringLiteral("Misbruik van bevoegdheden bij handhaving"),
    QStringLiteral("Vermissing uit het magazijn"),
    QStringLiteral("Financiële belangen niet gemeld"),
    QStringLiteral("Uitnodiging voor congres in het buitenland"),
    QStringLiteral("Familielid aangenomen zonder procedure"),
};
const QStringList units{
    QStringLiteral("Vergunningen"),
    QStringLiteral("Burgerzaken"),
    QStringLiteral("Inkoop"),
    QStringLiteral("Openbare ruimte"),
    QStringLiteral("Werk en inkomen"),
    QStringLiteral("Financiën"),
    QStringLiteral("ICT"),
    QStringLiteral("Handhaving"),
    QStringLiteral("Sport en cultuur"),
    QStringLiteral("Wijkteams"),
};
const QStringList sentences{
    QStringLiteral("De melder heeft gezien dat een medewerker van %1 regelmatig cadeaus aanneemt."),
    QStringLiteral("Volgens de leidinggevende van %1 is de procedure niet gevolgd."),
    QStringLiteral("Er zijn zorgen over de financiële administratie van %1."),
    QStringLiteral("Een collega van %1 zou vertrouwelijke informatie hebben gedeeld met een "
                   "externe partij."),
    QStringLiteral("De facturen van de leverancier wijken af van de geleverde diensten bij %1."),
    QStringLiteral("Medewerkers van %1 voelen zich niet veilig om dit bespreekbaar te maken."),
    QStringLiteral("De melding betreft het gebruik van gemeentelijke middelen buiten werktijd."),
    QStringLiteral("Het team %1 is niet geïnformeerd over de regeling nevenwerkzaamheden."),
    QStringLiteral("Er is sprake van een mogelijke relatie tussen de aanvrager en een "
                   "beoordelaar bij %1."),
    QStringLiteral("De melder vraagt om vertrouwelijke behandeling en wil eerst advies."),
    QStringLiteral("Er bestaan verschillende ideeën over wat op de afdeling %1 gebruikelijk is."),
    QStringLiteral("Bij een controle zijn onregelmatigheden in de kasadministratie gevonden."),
};
const QStringList journalTexts{
    QStringLiteral("Telefonisch contact met de melder: aanvullende informatie ontvangen."),
    QStringLiteral("Gesprek met de leidinggevende van %1 over de feiten en de planning."),
    QStringLiteral("E-mail van HR ontvangen met het personeelsdossier en de functiebeschrijving."),
    QStringLiteral("Overleg met de jurist over hoor en wederhoor; vervolgafspraak gemaakt."),
    QStringLiteral("Dossierstukken van %1 opgevraagd bij het archief."),
    QStringLiteral("Werkgroep geïnformeerd over de voortgang van het vooronderzoek."),
};
// Occurs in only a handful of cases: the rare word of the full-text benchmark.
const QString rareSentence =
    QStringLiteral("Het zwembadabonnement van de afdeling werd privé gebruikt.");

bool failed(const QSqlQuery& query) {
    std::fprintf(stderr, "%s\n",
                 SqlCipher::toError(query.lastError()).message.toUtf8().constData());
    return false;
}

// Fills a store with `caseCount` reports over three years, in every state.
class CaseGenerator {
public:
    CaseGenerator(QSqlDatabase db, QDate today)
        : m_db(db)
        , m_today(today) {}

    bool run() {
        if (!loadIds() || !m_db.transaction())
            return false;
        QList<QDate> received;
        for (int i = 0; i < caseCount; ++i)
            received.append(m_today.addDays(-m_random.bounded(3 * 365)));
        std::sort(received.begin(), received.end());
        int sequence = 0;
        for (int i = 0; i < caseCount; ++i) {
            sequence = (i > 0 && received[i].year() == received[i - 1].year()) ? sequence + 1 : 1;
            if (!insertCase(received[i], sequence, i % 2000 == 7)) {
                m_db.rollback();
                return false;
            }
        }
        return m_db.commit();
    }

    qint64 someViolationType() const { return m_typeIds.value(2); }

private:
    bool loadIds() {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id FROM building_blocks")))
            return failed(query);
        while (query.next())
            m_blockIds.append(query.value(0).toLongLong());
        if (!query.exec(QStringLiteral("SELECT id FROM code_lists WHERE list = 'violation_type'")))
            return failed(query);
        while (query.next())
            m_typeIds.append(query.value(0).toLongLong());
        return !m_blockIds.isEmpty() && !m_typeIds.isEmpty();
    }

    const QString& pick(const QStringList& list) {
        return list[m_random.bounded(static_cast<int>(list.size()))];
    }
    qint64 pickId(const QList<qint64>& ids) {
        return ids[m_random.bounded(static_cast<int>(ids.size()))];
    }
    bool chance(int percent) { return m_random.bounded(100) < percent; }
    // A date `minDays` to `maxDays` after `from`, but never after today.
    QDate after(QDate from, int minDays, int maxDays) {
        return std::min(m_today, from.addDays(m_random.bounded(minDays, maxDays + 1)));
    }
    QString withUnit(const QString& text) {
        return text.contains(QLatin1String("%1")) ? text.arg(pick(units)) : text;
    }

    QString description(bool rare) {
        QStringList parts;
        const int count = m_random.bounded(3, 7);
        for (int i = 0; i < count; ++i)
            parts.append(withUnit(pick(sentences)));
        if (rare)
            parts.append(rareSentence);
        return parts.join(QLatin1Char(' '));
    }

    // Older reports are further along the protocol; every state occurs.
    CaseState stateFor(QDate received) {
        const double age = static_cast<double>(received.daysTo(m_today)) / (3 * 365);
        const int index = std::clamp(static_cast<int>(age * 36) + m_random.bounded(-4, 5), 0,
                                     static_cast<int>(CaseState::Evaluated));
        return static_cast<CaseState>(index);
    }

    bool insertCase(QDate received, int sequence, bool rare) {
        const CaseState state = stateFor(received);
        const auto reached = [state](CaseState s) {
            return state >= s;
        };
        const Channel channel = CaseTerms::channels()[m_random.bounded(5)];
        const bool anonymous = channel == Channel::Anonymous;
        // Two thirds acknowledged within the legal week, the rest a little late.
        const QDate acknowledged = after(received, 1, chance(66) ? 7 : 12);
        const QDate feedback = after(acknowledged, 20, 100);
        const QDate closed = after(feedback, 1, 30);
        const bool extended = reached(CaseState::PreliminaryInquiry) && chance(10);
        const QString title = pick(titles) + QStringLiteral(" (") + pick(units) + QLatin1Char(')');
        const QString text = description(rare);

        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO cases (number, received_on, channel, anonymous, title, description,"
            " building_block_id, violation_type_id, state, state_since, investigation_kind,"
            " verdict, acknowledged_on, feedback_on, feedback_extended_to,"
            " feedback_extension_reason, lessons_learned, closed_on, created_by, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QVariant none;
        const auto dateIf = [&none](bool condition, QDate date) {
            return condition ? QVariant(date) : none;
        };
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        insert.addBindValue(
            QStringLiteral("%1-%2").arg(received.year()).arg(sequence, 3, 10, QLatin1Char('0')));
        insert.addBindValue(received);
        insert.addBindValue(CaseTerms::code(channel));
        insert.addBindValue(anonymous ? 1 : 0);
        insert.addBindValue(title);
        insert.addBindValue(text);
        insert.addBindValue(chance(90) ? QVariant(pickId(m_blockIds)) : none);
        insert.addBindValue(chance(85) ? QVariant(pickId(m_typeIds)) : none);
        insert.addBindValue(CaseWorkflow::stateCode(state));
        insert.addBindValue(received);
        insert.addBindValue(reached(CaseState::InvestigationDecided)
                                ? QVariant(CaseWorkflow::kindCode(InvestigationKind::Internal))
                                : none);
        insert.addBindValue(reached(CaseState::Decided)
                                ? QVariant(CaseWorkflow::verdictCode(Verdict::Unfounded))
                                : none);
        insert.addBindValue(dateIf(reached(CaseState::Acknowledged), acknowledged));
        insert.addBindValue(dateIf(reached(CaseState::ReporterInformed), feedback));
        insert.addBindValue(dateIf(extended, acknowledged.addMonths(5)));
        insert.addBindValue(extended ? QVariant(QStringLiteral("Extern onderzoeksbureau nodig."))
                                     : none);
        insert.addBindValue(reached(CaseState::Evaluated)
                                ? QVariant(QStringLiteral("Regeling beter uitleggen."))
                                : none);
        insert.addBindValue(dateIf(reached(CaseState::Closed), closed));
        insert.addBindValue(adviserName);
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec())
            return failed(insert);
        const qint64 caseId = insert.lastInsertId().toLongLong();

        return addReporter(caseId, anonymous) && addJournal(caseId, received) &&
               addAssignments(caseId) && addDeadline(caseId, received, CaseWorkflow::isOpen(state));
    }

    bool addReporter(qint64 caseId, bool anonymous) {
        if (anonymous)
            return true;
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO case_reporters (case_id, name, contact) VALUES (?, ?, ?)"));
        insert.addBindValue(caseId);
        insert.addBindValue(QStringLiteral("Melder %1").arg(caseId));
        insert.addBindValue(QStringLiteral("06-%1").arg(10000000 + caseId));
        return insert.exec() || failed(insert);
    }

    bool addJournal(qint64 caseId, QDate received) {
        const int entries = chance(40) ? m_random.bounded(1, 5) : 0;
        for (int i = 0; i < entries; ++i) {
            const QString text = withUnit(pick(journalTexts));
            QSqlQuery insert(m_db);
            insert.prepare(QStringLiteral("INSERT INTO case_journal (case_id, entry_date, kind,"
                                          " text, author, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(caseId);
            insert.addBindValue(after(received, 0, 120));
            insert.addBindValue(CaseTerms::code(CaseTerms::journalKinds()[m_random.bounded(4)]));
            insert.addBindValue(text);
            insert.addBindValue(adviserName);
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!insert.exec())
                return failed(insert);
        }
        return true;
    }

    bool addAssignments(qint64 caseId) {
        if (!chance(30))
            return true;
        for (const QString& member : members) {
            if (member != members.first() && !chance(50))
                continue;
            QSqlQuery insert(m_db);
            insert.prepare(QStringLiteral("INSERT INTO case_assignments (case_id, user_name,"
                                          " assigned_by, assigned_at) VALUES (?, ?, ?, ?)"));
            insert.addBindValue(caseId);
            insert.addBindValue(member);
            insert.addBindValue(adviserName);
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!insert.exec())
                return failed(insert);
        }
        return true;
    }

    bool addDeadline(qint64 caseId, QDate received, bool open) {
        if (!chance(15))
            return true;
        const QDate due = open ? m_today.addDays(m_random.bounded(-20, 40)) : received.addDays(30);
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO case_deadlines (case_id, label, due_on, met_on,"
                                      " created_by) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(caseId);
        insert.addBindValue(QStringLiteral("Conceptrapport bespreken"));
        insert.addBindValue(due);
        insert.addBindValue(open && chance(70) ? QVariant() : QVariant(due));
        insert.addBindValue(adviserName);
        return insert.exec() || failed(insert);
    }

    QSqlDatabase m_db;
    QDate m_today;
    QRandomGenerator m_random{2024};
    QList<qint64> m_blockIds;
    QList<qint64> m_typeIds;
};

// Runs `work` (which returns the number of rows, or -1 on an error) `runs` times and prints
// the row count, the first run and the median.
template <typename Work> bool measure(const QString& what, Work work) {
    QList<double> times;
    qsizetype rows = 0;
    for (int i = 0; i < runs; ++i)
        times.append(milliseconds([&] { rows = work(); }));
    if (rows < 0) {
        std::fprintf(stderr, "%s failed\n", what.toUtf8().constData());
        return false;
    }
    const double first = times.first();
    std::sort(times.begin(), times.end());
    std::printf("%-46s %6lld rows  first %7.1f ms  median %7.1f ms\n", what.toUtf8().constData(),
                static_cast<long long>(rows), first, times[runs / 2]);
    return true;
}

bool measureQueries(const Store& store, QDate today, qint64 violationTypeId) {
    const CaseQuery query(store);
    const auto list = [&query, today](const CaseFilter& filter) {
        return [&query, today, filter] {
            auto rows = query.list(filter, today);
            return rows ? rows.value().size() : qsizetype(-1);
        };
    };
    CaseFilter byState;
    byState.state = CaseState::Interviews;
    CaseFilter open;
    open.open = true;
    CaseFilter byType;
    byType.violationTypeId = violationTypeId;
    CaseFilter byTheme;
    byTheme.themeNumber = 3;
    CaseFilter byYear;
    byYear.year = today.year() - 1;
    CaseFilter byAssignee;
    byAssignee.assignee = members.first();
    CaseFilter overdue;
    overdue.deadlineStatus = DeadlineStatus::Overdue;
    CaseFilter quickTitle;
    quickTitle.quickText = QStringLiteral("dienstauto");
    CaseFilter quickNumber;
    quickNumber.quickText = QStringLiteral("%1-12").arg(today.year() - 1);
    CaseFilter commonWord;
    commonWord.searchText = QStringLiteral("leidinggevende");
    CaseFilter rareWord;
    rareWord.searchText = QStringLiteral("zwembad");
    CaseFilter twoWords;
    twoWords.searchText = QStringLiteral("geinformeerd nevenwerk");
    CaseFilter combined = open;
    combined.themeNumber = 3;
    combined.searchText = QStringLiteral("financiele");

    return measure(QStringLiteral("list, no filter"), list(CaseFilter())) &&
           measure(QStringLiteral("list, state = Interviews"), list(byState)) &&
           measure(QStringLiteral("list, open cases"), list(open)) &&
           measure(QStringLiteral("list, violation type"), list(byType)) &&
           measure(QStringLiteral("list, theme 3"), list(byTheme)) &&
           measure(QStringLiteral("list, year %1").arg(*byYear.year), list(byYear)) &&
           measure(QStringLiteral("list, assignee"), list(byAssignee)) &&
           measure(QStringLiteral("list, deadline overdue"), list(overdue)) &&
           measure(QStringLiteral("list, type-ahead title \"dienstauto\""), list(quickTitle)) &&
           measure(QStringLiteral("list, type-ahead number \"%1\"").arg(quickNumber.quickText),
                   list(quickNumber)) &&
           measure(QStringLiteral("list, full text common \"leidinggevende\""), list(commonWord)) &&
           measure(QStringLiteral("list, full text rare \"zwembad\""), list(rareWord)) &&
           measure(QStringLiteral("list, full text \"geinformeerd nevenwerk\""), list(twoWords)) &&
           measure(QStringLiteral("list, open + theme 3 + full text"), list(combined)) &&
           measure(QStringLiteral("openDeadlines"),
                   [&query, today] {
                       auto rows = query.openDeadlines(today);
                       return rows ? rows.value().size() : qsizetype(-1);
                   }) &&
           measure(QStringLiteral("deadlineCounts"),
                   [&query, today] {
                       auto counts = query.deadlineCounts(today);
                       return counts ? qsizetype(counts.value().dueSoon + counts.value().overdue)
                                     : qsizetype(-1);
                   }) &&
           measure(QStringLiteral("countsPerState"), [&query] {
               auto counts = query.countsPerState();
               return counts ? counts.value().size() : qsizetype(-1);
           });
}

// What the search index costs once the store is full: building it from every case's text (the
// first adviser session after the upgrade to version 7), and bringing it up to date after a save
// changed one case's text (what the next search pays).
bool measureIndexRefresh(Store& store) {
    Result<int> rebuilt = 0;
    print(QStringLiteral("CaseSearchIndex::refresh, the whole index from the cases' text"),
          milliseconds([&] { rebuilt = CaseSearchIndex::refresh(store); }));
    if (!rebuilt || rebuilt.value() != caseCount)
        return false;
    constexpr int writes = 20;
    bool ok = true;
    const double ms = milliseconds([&] {
        for (int id = 1; ok && id <= writes; ++id) {
            QSqlQuery edit(store.database());
            auto refreshed = edit.exec(QStringLiteral("UPDATE cases SET description = "
                                                      "'Bijgewerkte omschrijving' WHERE id = %1")
                                           .arg(id))
                                 ? CaseSearchIndex::refresh(store)
                                 : Result<int>(0);
            ok = refreshed && refreshed.value() == 1;
        }
    });
    print(QStringLiteral("CaseSearchIndex::refresh after one case changed, per save"), ms / writes);
    return ok;
}

// The generated rows, inserted with SQL, recorded in the ledger by one signed entry as a commit
// would record them, so that verify below checks a store whose every row is in the log.
bool recordGenerated(const Store& store) {
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return false;
    auto rows = Ledger::collect(db, 0, 0, 0);
    const AuditSigner signer{adviserName, &store.identity(), store.keyring().storeId()};
    const bool appended =
        rows &&
        AuditLog::append(db, adviserName, QStringLiteral("bench.generate"), QStringLiteral("store"),
                         signer.storeId, {QStringLiteral("bench.generate")}, rows.value(), &signer)
            .ok();
    if (!appended) {
        db.rollback();
        return false;
    }
    return db.commit();
}

// `infopunt verify`'s checks of the log and the ledger over the full store.
bool measureVerify(const Store& store) {
    bool intact = false;
    print(QStringLiteral("verify: hash chain, signatures and every ledgered row"),
          milliseconds([&] {
              intact = AuditLog::verify(store.database()).intact;
              for (const LedgerCheck::Check& check : LedgerCheck::run(store))
                  intact = intact && check.status == LedgerCheck::Status::Passed;
          }));
    if (!intact)
        std::fprintf(stderr, "verify found the generated store changed\n");
    return intact;
}

} // namespace

bool benchmarkCaseQueries(const QString& folder) {
    const QDate today = Deadlines::today();
    qint64 violationTypeId = 0;
    {
        auto created = Store::create(
            folder, {adviserName, QStringLiteral("Bench Adviser"), adviserPassphrase});
        if (!created) {
            std::fprintf(stderr, "%s\n", created.error().message.toUtf8().constData());
            return false;
        }
        CaseGenerator generator(created.value().store->database(), today);
        bool generated = false;
        print(QStringLiteral("%1 reports with journal, one transaction").arg(caseCount),
              milliseconds([&] { generated = generator.run(); }));
        if (!generated || !recordGenerated(*created.value().store))
            return false;
        violationTypeId = generator.someViolationType();
    } // closed, so that the queries below start from the file with an empty page cache
    std::printf("(store file: %lld KiB)\n",
                QFileInfo(Store::compartmentPath(folder, Compartment::Main)).size() / 1024);

    auto store = Store::unlock(folder, adviserName, adviserPassphrase);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.toUtf8().constData());
        return false;
    }
    return measureIndexRefresh(*store.value()) &&
           measureQueries(*store.value(), today, violationTypeId) && measureVerify(*store.value());
}

} // namespace infopunt::bench
