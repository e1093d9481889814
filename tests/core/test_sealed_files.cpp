// The journal and documents of a case sealed with its case key: what an insider with a member's
// account, its passphrase and a copy of the files reads of them with the sqlcipher shell, and
// what becomes of a sealed value they move (Insider.h).

#include "CaseFixtures.h"
#include "Insider.h"
#include "StoreFixture.h"
#include "cases/CaseFiles.h"
#include "catch.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace infopunt;
using namespace infopunt::test;

namespace {

// What one case's journal and document say, each marker distinctive enough to search for.
struct Markers {
    QString journal;
    QString fileName;
    QString content;
    QString note;

    static Markers of(const QString& prefix) {
        return {prefix + QStringLiteral(" belde over de offerte van Bouwbedrijf Zwaluw"),
                prefix + QStringLiteral("-verslag-gesprek.txt"),
                prefix + QStringLiteral(" verklaart dat de aannemer de keuken betaalde."),
                prefix + QStringLiteral(" notitie: aangeleverd door de melder")};
    }
    QStringList all() const { return {journal, fileName, content, note}; }
};

struct SealedFilesFixture : StoreFixture {
    SealedFilesFixture() { signIn(*this, member, Role::WorkingGroupMember); }

    QString mainFile() const { return Store::compartmentPath(folder, Compartment::Main); }
    QString shell(const TestUser& user, const QString& sql) const {
        return Insider::shell(
            mainFile(),
            Insider::keys(folder, user.name, user.passphrase).value(QStringLiteral("main")), sql);
    }
    // The `.dump` of every table but the full-text index and the audit log, which hold some of
    // this text too and are kept from members by other means (the index is the advisers' alone;
    // the audit log names documents): the case file's own rows are under test here.
    QString caseFileDump(const TestUser& user) const {
        const QStringList tables =
            shell(user, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'case_search%' AND name <> 'audit_log';"))
                .split(QLatin1Char('\n'));
        REQUIRE(tables.contains(QStringLiteral("case_journal")));
        REQUIRE(tables.contains(QStringLiteral("case_documents")));
        QString dump;
        for (const QString& table : tables)
            dump += shell(user, QStringLiteral(".dump ") + table);
        return dump;
    }
    QString adviserShell(const QString& sql) const {
        return Insider::shell(
            mainFile(),
            Insider::keys(folder, adviserName, adviserPassphrase).value(QStringLiteral("main")),
            sql);
    }
};

// A journal entry and a text/plain document with a note on the case, added by `store`'s user.
qint64 addFiles(Store& store, qint64 caseId, const Markers& markers) {
    REQUIRE(CaseJournal(store)
                .add(caseId, Deadlines::today(), JournalKind::Call, markers.journal)
                .ok());
    auto added = CaseDocuments(store).addBytes(caseId, markers.fileName, markers.content.toUtf8(),
                                               markers.note);
    REQUIRE(added.ok());
    CHECK(added.value().mimeType == QStringLiteral("text/plain"));
    return added.value().id;
}

// Whether `text` is in a dump, as text or as the hex the shell writes a BLOB in.
bool shows(const QString& dump, const QString& text) {
    return dump.contains(text) ||
           dump.contains(QString::fromLatin1(text.toUtf8().toHex()), Qt::CaseInsensitive);
}

} // namespace

TEST_CASE("a member's keys open the journal and documents of an assigned case only",
          "[cases][security][attack]") {
    SealedFilesFixture f;
    const CaseRecord assigned = registerCase(*f.store);
    const CaseRecord other = registerCase(*f.store);
    REQUIRE(CaseService(*f.store).assign(assigned.id, member.name).ok());
    const Markers assignedMarkers = Markers::of(QStringLiteral("Toegewezen-Wijnands"));
    const Markers otherMarkers = Markers::of(QStringLiteral("Verborgen-Kalkhoven"));
    const qint64 otherDocument = addFiles(*f.store, other.id, otherMarkers);
    const Markers memberMarkers = Markers::of(QStringLiteral("Lid-Overbeek"));

    // Through the program: the member reads and adds to the assigned case as before, and the
    // advisers read what they added; of the other case they get nothing.
    {
        auto session = f.unlock(member.name, member.passphrase);
        REQUIRE(session);
        const qint64 memberDocument = addFiles(*session, assigned.id, memberMarkers);
        auto entries = CaseJournal(*session).entries(assigned.id);
        REQUIRE(entries.ok());
        REQUIRE(entries.value().size() == 1);
        CHECK(entries.value().first().text == memberMarkers.journal);
        CHECK(CaseDocuments(*session).content(memberDocument).value() ==
              memberMarkers.content.toUtf8());
        CHECK(CaseDocuments(*session).content(otherDocument).error().code == ErrorCode::NotFound);
        CHECK(CaseJournal(*session).entries(other.id).error().code == ErrorCode::NotFound);
    }
    auto documents = CaseDocuments(*f.store).list(assigned.id);
    REQUIRE(documents.ok());
    REQUIRE(documents.value().size() == 1);
    const DocumentInfo& document = documents.value().first();
    CHECK(document.fileName == memberMarkers.fileName);
    CHECK(document.note == memberMarkers.note);
    CHECK(document.hasText);
    CHECK(document.sha256 ==
          QString::fromLatin1(
              QCryptographicHash::hash(memberMarkers.content.toUtf8(), QCryptographicHash::Sha256)
                  .toHex()));

    // With the member's own keys and the sqlcipher shell: neither case's journal text, document
    // name, content, note or hash is in the decrypted main file.
    const QString rows = f.caseFileDump(member);
    REQUIRE(rows.contains(QStringLiteral("CREATE TABLE case_documents")));
    for (const Markers& markers : {otherMarkers, memberMarkers}) {
        for (const QString& marker : markers.all()) {
            INFO(marker.toStdString());
            CHECK_FALSE(shows(rows, marker));
        }
    }
    CHECK_FALSE(rows.contains(document.sha256, Qt::CaseInsensitive));
    const QString hexContent = f.shell(member, QStringLiteral("SELECT hex(content) FROM "
                                                              "case_documents;"));
    REQUIRE_FALSE(hexContent.isEmpty());
    REQUIRE_FALSE(hexContent.startsWith(QStringLiteral("error:")));
    CHECK_FALSE(shows(hexContent, otherMarkers.content));
    CHECK_FALSE(shows(hexContent, memberMarkers.content));
    // Every sealed column is a BLOB; the type and size stay plain.
    CHECK(f.shell(member, QStringLiteral("SELECT DISTINCT typeof(file_name) || typeof(sha256) || "
                                         "typeof(content) || typeof(extracted_text) || "
                                         "typeof(note) || typeof(mime_type) FROM case_documents; "
                                         "SELECT DISTINCT typeof(text) FROM case_journal;")) ==
          QStringLiteral("blobblobblobblobblobtext\nblob"));

    // The check can fail: a row as written before case keys shows in the same dump.
    const QString plainMarker = QStringLiteral("Onversleuteld-Van-Vroeger");
    REQUIRE(f.adviserShell(QStringLiteral("INSERT INTO case_journal (case_id, entry_date, kind, "
                                          "text, author, recorded_at) VALUES (%1, '2026-01-05', "
                                          "'note', '%2', 'adviseur', '2026-01-05T10:00:00Z');")
                               .arg(other.id)
                               .arg(plainMarker))
                .isEmpty());
    CHECK(shows(f.caseFileDump(member), plainMarker));
}

TEST_CASE("journal entries and documents from before case keys still read", "[cases][security]") {
    SealedFilesFixture f;
    const CaseRecord record = registerCase(*f.store);
    const QByteArray bytes = QByteArrayLiteral("Verslag van voor de zaaksleutels.");
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    REQUIRE(
        f.adviserShell(QStringLiteral(
                           "INSERT INTO case_journal (case_id, entry_date, kind, text, author, "
                           "recorded_at) VALUES (%1, '%5', 'note', 'Oude notitie', 'adviseur', "
                           "'2026-01-05T10:00:00Z'); "
                           "INSERT INTO case_documents (case_id, file_name, mime_type, size_bytes, "
                           "sha256, content, extracted_text, note, added_by, added_at) VALUES (%1, "
                           "'oud.txt', 'text/plain', %2, '%3', X'%4', 'Verslag', 'Oude bijlage', "
                           "'adviseur', '2026-01-05T10:00:00Z');")
                           .arg(record.id)
                           .arg(bytes.size())
                           .arg(hash, QString::fromLatin1(bytes.toHex()))
                           .arg(Deadlines::today().toString(Qt::ISODate)))
            .isEmpty());
    REQUIRE(CaseService(*f.store).assign(record.id, member.name).ok());

    auto session = f.unlock(member.name, member.passphrase);
    REQUIRE(session);
    CaseJournal journal(*session);
    auto entries = journal.entries(record.id);
    REQUIRE(entries.ok());
    REQUIRE(entries.value().size() == 1);
    CHECK(entries.value().first().text == QStringLiteral("Oude notitie"));
    auto documents = CaseDocuments(*session).list(record.id);
    REQUIRE(documents.ok());
    REQUIRE(documents.value().size() == 1);
    const DocumentInfo& document = documents.value().first();
    CHECK(document.fileName == QStringLiteral("oud.txt"));
    CHECK(document.note == QStringLiteral("Oude bijlage"));
    CHECK(document.sha256 == hash);
    CHECK(document.hasText);
    CHECK(CaseDocuments(*session).content(document.id).value() == bytes);

    // Edited, an old entry is sealed from then on.
    JournalEntry edited = entries.value().first();
    edited.text = QStringLiteral("Oude notitie, aangevuld");
    auto updated = journal.update(edited);
    INFO((updated.ok() ? std::string() : updated.error().message.toStdString()));
    REQUIRE(updated.ok());
    CHECK(journal.entries(record.id).value().first().text == edited.text);
    CHECK(f.adviserShell(QStringLiteral("SELECT typeof(text) FROM case_journal;")) ==
          QStringLiteral("blob"));
}

TEST_CASE("a sealed journal text or document moved to another row or case does not open",
          "[cases][security][attack]") {
    SealedFilesFixture f;
    const CaseRecord first = registerCase(*f.store);
    const CaseRecord second = registerCase(*f.store);
    const qint64 firstDocument = addFiles(*f.store, first.id, Markers::of(QStringLiteral("Een")));
    const qint64 secondDocument =
        addFiles(*f.store, second.id, Markers::of(QStringLiteral("Twee")));
    REQUIRE(CaseJournal(*f.store)
                .add(first.id, Deadlines::today(), JournalKind::Note, QStringLiteral("Tweede"))
                .ok());
    const QList<JournalEntry> before = CaseJournal(*f.store).entries(first.id).value();
    REQUIRE(before.size() == 2);
    const auto damaged = [](const auto& result) {
        return !result.ok() && result.error().code == ErrorCode::Damaged;
    };
    const auto run = [&f](const QString& sql) {
        REQUIRE(f.adviserShell(sql).isEmpty());
    };

    SECTION("a journal text onto another entry of the same case") {
        run(QStringLiteral("UPDATE case_journal SET text = (SELECT text FROM case_journal WHERE "
                           "id = %1) WHERE id = %2;")
                .arg(before[0].id)
                .arg(before[1].id));
        CHECK(damaged(CaseJournal(*f.store).entries(first.id)));
    }
    SECTION("a journal entry onto another case") {
        run(QStringLiteral("UPDATE case_journal SET case_id = %1 WHERE id = %2;")
                .arg(second.id)
                .arg(before[0].id));
        CHECK(damaged(CaseJournal(*f.store).entries(second.id)));
    }
    SECTION("a document's content onto another document of the same case") {
        const qint64 copy =
            CaseDocuments(*f.store)
                .addBytes(first.id, QStringLiteral("ander.txt"), QByteArrayLiteral("Ander stuk"))
                .value()
                .id;
        run(QStringLiteral("UPDATE case_documents SET content = (SELECT content FROM "
                           "case_documents WHERE id = %1) WHERE id = %2;")
                .arg(firstDocument)
                .arg(copy));
        CHECK(damaged(CaseDocuments(*f.store).content(copy)));
        CHECK(CaseDocuments(*f.store).content(firstDocument).ok());
    }
    SECTION("a document's name and note onto a document of another case") {
        run(QStringLiteral("UPDATE case_documents SET file_name = (SELECT file_name FROM "
                           "case_documents WHERE id = %1), note = (SELECT note FROM "
                           "case_documents WHERE id = %1) WHERE id = %2;")
                .arg(firstDocument)
                .arg(secondDocument));
        CHECK(damaged(CaseDocuments(*f.store).list(second.id)));
        CHECK(damaged(CaseDocuments(*f.store).content(secondDocument)));
    }
    SECTION("a whole document row onto another case") {
        run(QStringLiteral("UPDATE case_documents SET case_id = %1 WHERE id = %2;")
                .arg(second.id)
                .arg(firstDocument));
        CHECK(damaged(CaseDocuments(*f.store).list(second.id)));
        CHECK(damaged(CaseDocuments(*f.store).content(firstDocument)));
    }
    SECTION("a plain hash put over a sealed one, to pass the sealed content off as plain") {
        run(QStringLiteral("UPDATE case_documents SET sha256 = '%1' WHERE id = %2;")
                .arg(QString(64, QLatin1Char('0')))
                .arg(firstDocument));
        CHECK(damaged(CaseDocuments(*f.store).content(firstDocument)));
    }
}
