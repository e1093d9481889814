// The full-text search: the index in the advisers' office compartment, brought up to date from
// the cases' text versions; a member's search, in memory or in their own copy, with the same
// rules; what an insider with a member's keys finds of it.

#include "CaseFixtures.h"
#include "CrashWriter.h"
#include "Insider.h"
#include "StoreFixture.h"
#include "cases/CaseFiles.h"
#include "cases/CaseQuery.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "cases/MemberCopy.h"
#include "cases/SearchWords.h"
#include "catch.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace infopunt;
using namespace infopunt::test;

namespace {

QSet<qint64> asSet(const QList<qint64>& ids) {
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QSet<qint64> found(const Store& store, const QString& words) {
    const auto matching = CaseSearchIndex::matchingCases(store, words);
    if (!matching)
        UNSCOPED_INFO(matching.error().message.toStdString());
    REQUIRE(matching.ok());
    return asSet(matching.value());
}

qint64 scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QByteArray fileHash(const QString& path) {
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

qint64 registerText(Store& store, const QString& title, const QString& description) {
    NewCase report = sampleReport();
    report.title = title;
    report.description = description;
    return registerCase(store, report).id;
}

void addNote(Store& store, qint64 caseId, const QString& text) {
    const auto added = CaseJournal(store).add(caseId, Deadlines::today(), JournalKind::Note, text);
    if (!added)
        UNSCOPED_INFO(added.error().message.toStdString());
    REQUIRE(added.ok());
}

// Six cases whose text has what tells tokenizers apart: accents, hyphens, digits with
// punctuation, underscores, capitals, words that are query syntax in FTS, quotes and stars.
struct SearchFixture : StoreFixture {
    QList<qint64> cases;
    std::unique_ptr<Store> jurist = signIn(*this, member, Role::WorkingGroupMember);

    SearchFixture() {
        cases << registerText(*store, QStringLiteral("Omkoping bij de inkoop"),
                              QStringLiteral("Een leverancier bood een cadeaubon aan."));
        addNote(*store, cases[0], QStringLiteral("Gesprek met de wethouder in het café."));
        cases << registerText(*store, QStringLiteral("Nevenfunctie van een beleidsmedewerker"),
                              QStringLiteral("Ze is ook directeur-eigenaar van een adviesbureau "
                                             "(ingeschreven 2019)."));
        REQUIRE(CaseDocuments(*store)
                    .addBytes(cases[1], QStringLiteral("verslag.txt"),
                              QByteArrayLiteral("Financiële belangen: aandelen in Bouwbedrijf "
                                                "Noord B.V."),
                              QStringLiteral("Notulen"))
                    .ok());
        cases << registerText(
            *store, QStringLiteral("Misbruik van bevoegdheden"),
            QStringLiteral("Een ambtenaar keek in het dossier van zijn buurman."));
        addNote(*store, cases[2],
                QStringLiteral("E-mail van de teamleider: 'niet doen', een naïeve reactie."));
        cases << registerText(*store, QStringLiteral("Fraude met declaraties"),
                              QStringLiteral("Reiskosten dubbel gedeclareerd: €1.250,00 in 2025."));
        cases << registerText(*store, QStringLiteral("Ongewenst gedrag"),
                              QStringLiteral("Intimidatie tijdens het overleg; OR, NEAR en AND "
                                             "zijn hier gewone woorden."));
        cases << registerText(*store, QStringLiteral("Zoektekens in de tekst"),
                              QStringLiteral("Sterretjes* en \"aanhalingstekens\" en -min- tekens, "
                                             "foo_bar en ÉÉN hoofdletter, Ærø en ǖ."));
        CaseService service(*store);
        for (const int i : {0, 2, 5})
            REQUIRE(service.assign(cases[i], member.name).ok());
    }
};

const QStringList queries = {
    QStringLiteral("omkop"),
    QStringLiteral("OMKOPING"),
    QStringLiteral("cafe"),
    QStringLiteral("café"),
    QStringLiteral("naive"),
    QStringLiteral("naieve"),
    QStringLiteral("naïef"),
    QStringLiteral("e-mail"),
    QStringLiteral("mail"),
    QStringLiteral("e-ma"),
    QStringLiteral("directeur eigenaar"),
    QStringLiteral("eigenaar-directeur"),
    QStringLiteral("directeur-eig"),
    QStringLiteral("2019"),
    QStringLiteral("20"),
    QStringLiteral("1.250"),
    QStringLiteral("1,25"),
    QStringLiteral("250 00"),
    QStringLiteral("€"),
    QStringLiteral("OR"),
    QStringLiteral("NEAR"),
    QStringLiteral("and"),
    QStringLiteral("-min"),
    QStringLiteral("sterretjes*"),
    QStringLiteral("\"aanhalingstekens"),
    QStringLiteral("foo_bar"),
    QStringLiteral("foo_b"),
    QStringLiteral("bar"),
    QStringLiteral("één"),
    QStringLiteral("een"),
    QStringLiteral("aero"),
    QStringLiteral("ærø"),
    QStringLiteral("u"),
    QStringLiteral("ǖ"),
    QStringLiteral("leverancier cadeaubon"),
    QStringLiteral("leverancier intimidatie"),
    QStringLiteral("wethouder bood"),
    QStringLiteral("notulen"),
    QStringLiteral("verslag.txt"),
    QStringLiteral("noord b.v"),
    QStringLiteral("financiele bouwbedrijf"),
    QStringLiteral("ambtenaar dossier buurman"),
    QStringLiteral("x"),
    QStringLiteral("!!!"),
    QStringLiteral(""),
};

} // namespace

TEST_CASE("the search words are taken apart as the index takes text apart", "[cases][search]") {
    CHECK(SearchWords::tokens(QStringLiteral("Één e-mail, café's foo_bar €1.250")) ==
          QStringList{QStringLiteral("een"), QStringLiteral("e"), QStringLiteral("mail"),
                      QStringLiteral("cafe"), QStringLiteral("s"), QStringLiteral("foo"),
                      QStringLiteral("bar"), QStringLiteral("1"), QStringLiteral("250")});
    CHECK(SearchWords(QStringLiteral("foo_bar e-mail")).matchExpressions() ==
          QStringList{QStringLiteral("\"foo bar*\""), QStringLiteral("\"e*\""),
                      QStringLiteral("\"mail*\"")});
    CHECK(SearchWords(QStringLiteral(" -*\"() ")).isEmpty());
    const QList<QStringList> items = {SearchWords::tokens(QStringLiteral("Omkoping bij inkoop")),
                                      SearchWords::tokens(QStringLiteral("foo_bar e-mail"))};
    CHECK(SearchWords(QStringLiteral("omkop e-m")).matches(items));
    CHECK_FALSE(SearchWords(QStringLiteral("koping")).matches(items));
    CHECK(SearchWords(QStringLiteral("foo_b")).matches(items));
    CHECK_FALSE(SearchWords(QStringLiteral("bar_foo")).matches(items));
}

TEST_CASE("a search in memory, or in a member's own copy, finds what the advisers' index finds",
          "[cases][search]") {
    SearchFixture f;
    const QSet<qint64> assigned = {f.cases[0], f.cases[2], f.cases[5]};
    const bool ownCopy = GENERATE(false, true);
    if (ownCopy)
        MemberCopy::open(*f.jurist);
    int nonEmpty = 0, narrowed = 0;
    for (const QString& words : queries) {
        INFO(words.toStdString());
        const QSet<qint64> index = found(*f.store, words);
        const auto inMemory = CaseSearchIndex::matchingInMemory(*f.store, words, f.cases);
        REQUIRE(inMemory.ok());
        CHECK(asSet(inMemory.value()) == index);
        // The member searches their own cases, in memory or in their copy's index: the same,
        // limited to those.
        CHECK(found(*f.jurist, words) == (index & assigned));
        nonEmpty += index.isEmpty() ? 0 : 1;
        narrowed += !index.isEmpty() && index.size() < f.cases.size() ? 1 : 0;
    }
    // The comparison means something: most words find some cases and not all.
    CHECK(nonEmpty > 25);
    CHECK(narrowed > 25);
    CHECK(found(*f.store, QStringLiteral("omkop")) == QSet<qint64>{f.cases[0]});
    CHECK(found(*f.store, QStringLiteral("naieve")) == QSet<qint64>{f.cases[2]});
    CHECK(found(*f.store, QStringLiteral("wethouder bood")) == QSet<qint64>{f.cases[0]});

    // The list filter uses it for both roles.
    CaseFilter filter;
    filter.searchText = QStringLiteral("e-mail");
    const auto memberList = CaseQuery(*f.jurist).list(filter, Deadlines::today());
    REQUIRE(memberList.ok());
    REQUIRE(memberList.value().size() == 1);
    CHECK(memberList.value()[0].id == f.cases[2]);
    CHECK(MemberCopy::current(*f.jurist).has_value() == ownCopy);
}

TEST_CASE("a member's writes are indexed by the next adviser search; the member never writes the "
          "office compartment",
          "[cases][search][security]") {
    SearchFixture f;
    REQUIRE(CaseSearchIndex::refresh(*f.store).ok());
    CHECK(CaseSearchIndex::refresh(*f.store).value() == 0);
    const QString office = Store::compartmentPath(f.folder, Compartment::Office);
    const QByteArray before = fileHash(office);

    CHECK_FALSE(f.jurist->holds(Compartment::Office));
    addNote(*f.jurist, f.cases[0], QStringLiteral("Getuige gehoord over de schenking."));
    CHECK(CaseSearchIndex::refresh(*f.jurist).value() == 0);
    CHECK(found(*f.jurist, QStringLiteral("schenking")) == QSet<qint64>{f.cases[0]});
    CHECK(fileHash(office) == before);

    // The adviser's next search reindexes that one case and finds the member's words.
    CHECK(found(*f.store, QStringLiteral("schenking getuige")) == QSet<qint64>{f.cases[0]});
    CHECK(fileHash(office) != before);
    CHECK(CaseSearchIndex::refresh(*f.store).value() == 0);

    // An edit and a deletion by the member are followed too.
    auto entries = CaseJournal(*f.jurist).entries(f.cases[0]).value();
    JournalEntry edited = entries.last();
    edited.text = QStringLiteral("Getuige gehoord over de gift.");
    REQUIRE(CaseJournal(*f.jurist).update(edited).ok());
    CHECK(CaseSearchIndex::refresh(*f.store).value() == 1);
    CHECK(found(*f.store, QStringLiteral("schenking")).isEmpty());
    CHECK(found(*f.store, QStringLiteral("gift getuige")) == QSet<qint64>{f.cases[0]});
}

TEST_CASE("the upgrade to version 7 drops the index from the main compartment and the first "
          "adviser session rebuilds it in the office compartment",
          "[cases][search][migrations]") {
    StoreFixture f(6);
    // A case and a journal entry as version 6 wrote them: plain text in the main compartment.
    const qint64 caseId = insertPlainCase(
        *f.store, QStringLiteral("2026-001"), Deadlines::today().addDays(-3),
        QStringLiteral("Gift from supplier"), QStringLiteral("A weekend away for a buyer."));
    QSqlQuery old(f.store->database());
    REQUIRE(old.exec(QStringLiteral("INSERT INTO case_journal (case_id, entry_date, kind, text, "
                                    "author, recorded_at) VALUES (%1, '2026-01-05', 'note', "
                                    "'Offerte van het reisbureau opgevraagd.', 'adviseur', "
                                    "'2026-01-05T10:00:00.000Z')")
                         .arg(caseId)));
    // What version 6 kept in the main compartment, readable with every account's key.
    REQUIRE(old.exec(QStringLiteral("INSERT INTO case_search (case_id, source, source_id, body) "
                                    "VALUES (%1, 'overview', %1, 'weekend away')")
                         .arg(caseId)));
    f.store.reset();

    auto upgraded = f.unlock();
    REQUIRE(upgraded);
    CHECK(Migrations::version(upgraded->database()).value() ==
          Migrations::latest(Compartment::Main));
    CHECK(scalar(upgraded->database(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                                      "name LIKE 'case_search%'")) == 0);
    CHECK(scalar(upgraded->database(Compartment::Office),
                 QStringLiteral("SELECT COUNT(*) FROM case_search")) == 0);
    CHECK(found(*upgraded, QStringLiteral("weekend")) == QSet<qint64>{caseId});
    CHECK(found(*upgraded, QStringLiteral("reisbureau")) == QSet<qint64>{caseId});
    CHECK(scalar(upgraded->database(Compartment::Office),
                 QStringLiteral("SELECT COUNT(*) FROM case_search")) == 2);
}

TEST_CASE("a kill between the case's commit and the index's leaves nothing the next adviser "
          "session does not put right",
          "[cases][search][store]") {
    StoreFixture f;
    const qint64 caseId = registerCase(*f.store).id;
    REQUIRE(found(*f.store, QStringLiteral("weekend")) == QSet<qint64>{caseId});
    f.store.reset();

    QProcess writer;
    startCrashWriter(writer, f.folder,
                     {QStringLiteral("journal"), QString::number(caseId),
                      QStringLiteral("Bonnetjes van het diner opgevraagd.")});
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(30000));
    REQUIRE(writer.readAllStandardOutput().contains("IN_TRANSACTION"));
    const QString office = Store::compartmentPath(f.folder, Compartment::Office);
    CHECK(QFile::exists(office + QStringLiteral("-journal")));
    writer.kill();
    REQUIRE(writer.waitForFinished());

    auto opened = f.unlock();
    REQUIRE(opened);
    // The office file rolled back to the index before the entry; the entry's version tells
    // the index that this case changed.
    CHECK(found(*opened, QStringLiteral("bonnetjes diner")) == QSet<qint64>{caseId});
    CHECK(found(*opened, QStringLiteral("weekend")) == QSet<qint64>{caseId});
    CHECK(CaseSearchIndex::refresh(*opened).value() == 0);
}

TEST_CASE("with a member's keys the main file holds no search index and the office file does "
          "not open",
          "[cases][search][security][attack]") {
    SearchFixture f;
    REQUIRE(found(*f.store, QStringLiteral("omkop")) == QSet<qint64>{f.cases[0]});
    f.store.reset();
    f.jurist.reset();

    const auto keys = Insider::keys(f.folder, member.name, member.passphrase);
    REQUIRE(keys.contains(QStringLiteral("main")));
    const QString dump =
        Insider::shell(Store::compartmentPath(f.folder, Compartment::Main),
                       keys.value(QStringLiteral("main")), QStringLiteral(".dump"));
    REQUIRE(dump.contains(QStringLiteral("CREATE TABLE cases")));
    CHECK_FALSE(dump.contains(QStringLiteral("case_search")));
    CHECK_FALSE(dump.contains(QStringLiteral("fts4"), Qt::CaseInsensitive));
    const QString office = Store::compartmentPath(f.folder, Compartment::Office);
    CHECK(Insider::shell(office, keys.value(QStringLiteral("main")),
                         QStringLiteral("SELECT count(*) FROM case_search;"))
              .startsWith(QStringLiteral("error:")));

    // The index is there, for the advisers' key.
    const auto adviser = Insider::keys(f.folder, adviserName, adviserPassphrase);
    CHECK(Insider::shell(office, adviser.value(QStringLiteral("office")),
                         QStringLiteral("SELECT count(*) FROM case_search WHERE body LIKE "
                                        "'%cadeaubon%';")) == QStringLiteral("1"));
}
