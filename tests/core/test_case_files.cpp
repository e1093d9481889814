#include "CaseFixtures.h"
#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "accounts/PersonNames.h"
#include "audit/AuditLog.h"
#include "audit/AuditSummaries.h"
#include "cases/CaseFiles.h"
#include "cases/CaseKeys.h"
#include "cases/CaseSearchIndex.h"
#include "cases/Deadlines.h"
#include "cases/DocumentText.h"
#include "catch.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace infopunt;
using namespace infopunt::test;

namespace {

const QString memberName = QStringLiteral("werkgroeplid");
const QString memberPassphrase = QStringLiteral("Werkgroep-Advies-2026");

void assign(Store& store, qint64 caseId, const QString& userName) {
    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral("INSERT INTO case_assignments (case_id, user_name, assigned_by, "
                                  "assigned_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(caseId);
    insert.addBindValue(userName);
    insert.addBindValue(adviserName);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    REQUIRE(insert.exec());
    // As CaseService::assign does: the member gets the case key, which opens its content.
    REQUIRE(CaseKeys(store).grant(caseId, userName).ok());
}

std::unique_ptr<Store> addMember(StoreFixture& f) {
    REQUIRE(AccountService(*f.store)
                .add({memberName, QStringLiteral("Karin Bos"), memberPassphrase},
                     Role::WorkingGroupMember)
                .ok());
    auto member = f.unlock(memberName, memberPassphrase);
    REQUIRE(member);
    return member;
}

// ok(), and the error's message in the report when not.
template <typename T> bool succeeded(const Result<T>& result) {
    if (!result.ok())
        UNSCOPED_INFO(result.error().message.toStdString());
    return result.ok();
}

qint64 count(Store& store, const QString& sql) {
    QSqlQuery query(store.database());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

qint64 auditCount(Store& store) {
    return count(store, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
}

AuditEntry lastAudit(Store& store) {
    const QList<AuditEntry> latest = openedAuditLog(store, 1);
    REQUIRE(!latest.isEmpty());
    return latest.first();
}

bool found(Store& store, const QString& words, qint64 caseId) {
    const auto matching = CaseSearchIndex::matchingCases(store, words);
    REQUIRE(succeeded(matching));
    return matching.value().contains(caseId);
}

// A one-page PDF with `text` in the standard Helvetica font, uncompressed. Written by hand:
// QPdfWriter needs a QGuiApplication for fonts, and the core tests run without one.
QByteArray minimalPdf(const QByteArray& text) {
    const QByteArray content = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void put16(QByteArray& bytes, quint32 value) {
    bytes.append(static_cast<char>(value & 0xFF));
    bytes.append(static_cast<char>((value >> 8) & 0xFF));
}

void put32(QByteArray& bytes, quint32 value) {
    put16(bytes, value & 0xFFFF);
    put16(bytes, value >> 16);
}

quint32 crc32(const QByteArray& data) {
    quint32 crc = 0xFFFFFFFF;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320 & (0U - (crc & 1)));
    }
    return ~crc;
}

// A ZIP archive with deflated entries, as Word writes a .docx.
QByteArray zipArchive(const QList<QPair<QByteArray, QByteArray>>& files) {
    QByteArray archive;
    QByteArray central;
    for (const auto& [name, data] : files) {
        // qCompress: a 4-byte length, a 2-byte zlib header, raw deflate, a 4-byte checksum.
        const QByteArray deflated = qCompress(data).mid(6).chopped(4);
        const quint32 offset = static_cast<quint32>(archive.size());
        const auto common = [&](QByteArray& to) {
            put16(to, 20); // version needed
            put16(to, 0);  // flags
            put16(to, 8);  // deflate
            put32(to, 0);  // time and date
            put32(to, crc32(data));
            put32(to, static_cast<quint32>(deflated.size()));
            put32(to, static_cast<quint32>(data.size()));
            put16(to, static_cast<quint32>(name.size()));
            put16(to, 0); // extra field
        };
        put32(archive, 0x04034b50);
        common(archive);
        archive += name + deflated;
        put32(central, 0x02014b50);
        put16(central, 20); // made by
        common(central);
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += name;
    }
    const quint32 centralOffset = static_cast<quint32>(archive.size());
    archive += central;
    put32(archive, 0x06054b50);
    put32(archive, 0); // disk numbers
    put16(archive, static_cast<quint32>(files.size()));
    put16(archive, static_cast<quint32>(files.size()));
    put32(archive, static_cast<quint32>(central.size()));
    put32(archive, centralOffset);
    put16(archive, 0); // comment
    return archive;
}

QByteArray minimalDocx(const QByteArray& paragraphsXml) {
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>" +
        paragraphsXml + "</w:body></w:document>";
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    return zipArchive({{"[Content_Types].xml", contentTypes}, {"word/document.xml", document}});
}

const QByteArray sampleEmail =
    "From: Melder <melder@example.org>\r\n"
    "To: integriteit@example.org\r\n"
    "Subject: =?utf-8?Q?Vermoeden_van_belangenverstrengeling_=E2=80=93?=\r\n"
    " =?utf-8?Q?_inkoop?=\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/alternative; boundary=\"grens-1\"\r\n"
    "\r\n"
    "Dit is een bericht in MIME-formaat.\r\n"
    "--grens-1\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "De leverancier gaf de inkoper een cadeau=\r\n"
    "bon van 500 euro, na een lunch in het caf=C3=A9.\r\n"
    "--grens-1\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "\r\n"
    "<p>Alleen-in-HTML</p>\r\n"
    "--grens-1--\r\n";

QStringList filesIn(const QString& folder) {
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// Points QDir::tempPath() (and SQLite's and every library's TMPDIR) at `path` while alive.
class TempPathOverride {
public:
    explicit TempPathOverride(const QString& path)
        : m_had(qEnvironmentVariableIsSet("TMPDIR"))
        , m_old(qgetenv("TMPDIR")) {
        qputenv("TMPDIR", QFile::encodeName(path));
    }
    ~TempPathOverride() {
        if (m_had)
            qputenv("TMPDIR", m_old);
        else
            qunsetenv("TMPDIR");
    }

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

// --- journal ------------------------------------------------------------------------------

TEST_CASE("journal entries are listed oldest first and found by their words", "[cases]") {
    StoreFixture f;
    const QDate today = Deadlines::today();
    const qint64 caseId = insertPlainCase(*f.store, QStringLiteral("2026-001"), today.addDays(-30));
    CaseJournal journal(*f.store);

    auto call = journal.add(caseId, today.addDays(-2), JournalKind::Call,
                            QStringLiteral("  Gesprek met de leidinggevende over de offerte.  "));
    REQUIRE(succeeded(call));
    CHECK(call.value().caseId == caseId);
    CHECK(call.value().kind == JournalKind::Call);
    CHECK(call.value().text == QStringLiteral("Gesprek met de leidinggevende over de offerte."));
    CHECK(call.value().author == adviserName);
    CHECK(call.value().rowVersion == 1);
    CHECK(call.value().recordedAt.isValid());
    const AuditEntry audit = lastAudit(*f.store);
    CHECK(audit.action == QStringLiteral("case.journal_add"));
    CHECK(audit.recordType == QStringLiteral("case"));
    CHECK(audit.recordId == QStringLiteral("2026-001"));
    CHECK(audit.summaryCode == QStringLiteral("case.journal_add"));
    CHECK(audit.summaryOf().params.value(QStringLiteral("kind")).toString() ==
          QStringLiteral("call"));
    CHECK(AuditSummaries::text(audit, PersonNames()) ==
          QStringLiteral("Journal entry added (Phone call, dated %1)")
              .arg(QLocale().toString(today.addDays(-2), QLocale::ShortFormat)));
    CHECK_FALSE(audit.summaryParams.contains(QStringLiteral("leidinggevende")));

    REQUIRE(
        journal.add(caseId, today.addDays(-30), JournalKind::Note, QStringLiteral("Intake")).ok());
    const auto entries = journal.entries(caseId);
    REQUIRE(succeeded(entries));
    REQUIRE(entries.value().size() == 2);
    CHECK(entries.value().at(0).text == QStringLiteral("Intake"));
    CHECK(entries.value().at(1).id == call.value().id);

    CHECK(found(*f.store, QStringLiteral("leidinggevende"), caseId));
    CHECK_FALSE(found(*f.store, QStringLiteral("aanbesteding"), caseId));
}

TEST_CASE("a journal entry with a missing or impossible date or no text is refused at its field",
          "[cases][bad-input]") {
    StoreFixture f;
    const QDate today = Deadlines::today();
    const qint64 caseId = insertPlainCase(*f.store, QStringLiteral("2026-002"), today.addDays(-10));
    CaseJournal journal(*f.store);
    const qint64 auditBefore = auditCount(*f.store);
    const QString text = QStringLiteral("Notitie");

    struct Bad {
        QDate date;
        QString text;
        QString field;
    };
    const Bad cases[] = {
        {QDate(), text, QStringLiteral("date")},
        {today.addDays(1), text, QStringLiteral("date")},
        {today.addDays(-11), text, QStringLiteral("date")},
        {today, QStringLiteral("   "), QStringLiteral("text")},
    };
    for (const Bad& bad : cases) {
        CAPTURE(bad.date.toString(Qt::ISODate), bad.text);
        auto added = journal.add(caseId, bad.date, JournalKind::Note, bad.text);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::InvalidInput);
        CHECK(added.error().field == bad.field);
        CHECK_FALSE(added.error().message.isEmpty());
    }
    CHECK(journal.add(caseId, today.addDays(-10), JournalKind::Note, text).ok());
    CHECK(journal.add(caseId, today, JournalKind::Note, text).ok());
    CHECK(count(*f.store, QStringLiteral("SELECT COUNT(*) FROM case_journal")) == 2);
    CHECK(auditCount(*f.store) == auditBefore + 2);
}

TEST_CASE("a journal edit is saved once; an edit of an older version is refused",
          "[cases][bad-input]") {
    StoreFixture f;
    const QDate today = Deadlines::today();
    const qint64 caseId = insertPlainCase(*f.store, QStringLiteral("2026-003"), today.addDays(-5));
    CaseJournal journal(*f.store);
    const JournalEntry original =
        journal.add(caseId, today, JournalKind::Meeting, QStringLiteral("Overleg over kasgeld"))
            .value();

    JournalEntry edited = original;
    edited.text = QStringLiteral("Overleg over de bedrijfsauto");
    edited.kind = JournalKind::Email;
    REQUIRE(journal.update(edited).ok());
    const JournalEntry saved = journal.entries(caseId).value().first();
    CHECK(saved.text == edited.text);
    CHECK(saved.kind == JournalKind::Email);
    CHECK(saved.rowVersion == original.rowVersion + 1);
    CHECK(found(*f.store, QStringLiteral("bedrijfsauto"), caseId));
    CHECK_FALSE(found(*f.store, QStringLiteral("kasgeld"), caseId));
    CHECK(lastAudit(*f.store).action == QStringLiteral("case.journal_edit"));
    CHECK(lastAudit(*f.store).summaryCode == QStringLiteral("case.journal_edit"));
    CHECK_FALSE(lastAudit(*f.store).summaryParams.contains(QStringLiteral("bedrijfsauto")));

    JournalEntry stale = original; // still the version loaded before the edit
    stale.text = QStringLiteral("Iets anders");
    auto refused = journal.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::StaleEdit);
    CHECK(journal.entries(caseId).value().first().text == edited.text);

    JournalEntry empty = saved;
    empty.text.clear();
    auto invalid = journal.update(empty);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().field == QStringLiteral("text"));
}

TEST_CASE("only whoever sees the case reads and writes its journal and documents", "[cases]") {
    StoreFixture f;
    const QDate today = Deadlines::today();
    const qint64 caseId = insertPlainCase(*f.store, QStringLiteral("2026-004"), today.addDays(-3));
    const qint64 documentId =
        CaseDocuments(*f.store)
            .addBytes(caseId, QStringLiteral("notitie.txt"), QByteArrayLiteral("Vertrouwelijk"))
            .value()
            .id;
    auto member = addMember(f);
    CaseJournal memberJournal(*member);
    CaseDocuments memberDocuments(*member);

    CHECK(memberJournal.add(caseId, today, JournalKind::Note, QStringLiteral("x")).error().code ==
          ErrorCode::NotFound);
    CHECK(memberJournal.entries(caseId).error().code == ErrorCode::NotFound);
    CHECK(memberDocuments.list(caseId).error().code == ErrorCode::NotFound);
    CHECK(memberDocuments.content(documentId).error().code == ErrorCode::NotFound);
    CHECK(memberDocuments.addBytes(caseId, QStringLiteral("a.txt"), "a").error().code ==
          ErrorCode::NotFound);

    assign(*f.store, caseId, memberName);
    auto added = memberJournal.add(caseId, today, JournalKind::Note, QStringLiteral("Advies"));
    REQUIRE(succeeded(added));
    CHECK(added.value().author == memberName);
    CHECK(memberDocuments.content(documentId).value() == QByteArrayLiteral("Vertrouwelijk"));
    CHECK(memberDocuments.list(caseId).value().size() == 1);
}

TEST_CASE("deleting a journal entry removes it and its search text", "[cases]") {
    StoreFixture f;
    const QDate today = Deadlines::today();
    const qint64 caseId = insertPlainCase(*f.store, QStringLiteral("2026-005"), today);
    CaseJournal journal(*f.store);
    const qint64 id =
        journal.add(caseId, today, JournalKind::Call, QStringLiteral("Telefoon over reiskosten"))
            .value()
            .id;
    REQUIRE(found(*f.store, QStringLiteral("reiskosten"), caseId));
    {
        WriteTransaction write(*f.store);
        REQUIRE(write.begin().ok());
        REQUIRE(CaseJournal::deleteWithin(f.store->database(), id).ok());
        REQUIRE(write.commit().ok());
    }
    CHECK(journal.entries(caseId).value().isEmpty());
    CHECK_FALSE(found(*f.store, QStringLiteral("reiskosten"), caseId));

    WriteTransaction again(*f.store);
    REQUIRE(again.begin().ok());
    CHECK(CaseJournal::deleteWithin(f.store->database(), id).error().code == ErrorCode::NotFound);
}

// --- documents ----------------------------------------------------------------------------

namespace {

// Binary content that no MIME sniffer recognises: every byte value many times over behind a
// prefix of no known format (random bytes were now and then taken for a known type).
QByteArray unsniffableBytes(qsizetype size) {
    QByteArray bytes("\x01\x7fINFOPUNT-BINARY\x00\xfe", 19);
    for (int i = 0; bytes.size() < size; ++i)
        bytes.append(static_cast<char>((i * 37 + i / 256) & 0xff));
    return bytes;
}

} // namespace

TEST_CASE("a binary document round-trips byte for byte", "[cases]") {
    StoreFixture f;
    const qint64 caseId =
        insertPlainCase(*f.store, QStringLiteral("2026-010"), Deadlines::today().addDays(-1));
    CaseDocuments documents(*f.store);
    const QByteArray bytes = unsniffableBytes(200 * 1024);

    auto added = documents.addBytes(caseId, QStringLiteral("bewijs.bin"), bytes,
                                    QStringLiteral("Van de melder"));
    REQUIRE(succeeded(added));
    const DocumentInfo& info = added.value();
    CHECK(info.caseId == caseId);
    CHECK(info.fileName == QStringLiteral("bewijs.bin"));
    CHECK(info.sizeBytes == bytes.size());
    CHECK(info.sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(info.mimeType == QStringLiteral("application/octet-stream"));
    CHECK(info.note == QStringLiteral("Van de melder"));
    CHECK(info.addedBy == adviserName);
    CHECK_FALSE(info.hasText);
    AuditEntry audit = lastAudit(*f.store);
    CHECK(audit.action == QStringLiteral("case.document_add"));
    CHECK(audit.recordId == QStringLiteral("2026-010"));
    // The file name is sealed with the case; the log, readable with the main key, names the
    // document by its number.
    CHECK(audit.summaryOf().params.value(QStringLiteral("document")).toInteger() == info.id);
    CHECK_FALSE(audit.summaryParams.contains(QStringLiteral("bewijs")));
    CHECK(AuditSummaries::text(audit, PersonNames())
              .startsWith(QStringLiteral("Document no. %1 added (").arg(info.id)));

    auto content = documents.content(info.id);
    REQUIRE(succeeded(content));
    CHECK(content.value() == bytes);
    audit = lastAudit(*f.store);
    CHECK(audit.action == QStringLiteral("case.document_open"));
    CHECK(audit.recordId == QStringLiteral("2026-010"));

    const auto listed = documents.list(caseId);
    REQUIRE(succeeded(listed));
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().first().sha256 == info.sha256);
    CHECK(documents.content(info.id + 1).error().code == ErrorCode::NotFound);
}

TEST_CASE("a PDF's text is extracted in memory and can be searched", "[cases]") {
    StoreFixture f;
    TempFolder source;
    const qint64 caseId =
        insertPlainCase(*f.store, QStringLiteral("2026-011"), Deadlines::today().addDays(-1));
    const QByteArray pdf = minimalPdf("Verslag over de aanbesteding van schoonmaakdiensten");
    const QString path = source.file(QStringLiteral("verslag.pdf"));
    REQUIRE(writeAll(path, pdf));

    CaseDocuments documents(*f.store);
    auto added = documents.addFile(caseId, path);
    REQUIRE(succeeded(added));
    CHECK(added.value().fileName == QStringLiteral("verslag.pdf"));
    CHECK(added.value().mimeType == QStringLiteral("application/pdf"));
    CHECK(added.value().hasText);
    CHECK(found(*f.store, QStringLiteral("schoonmaakdiensten"), caseId));
    CHECK(found(*f.store, QStringLiteral("verslag aanbesteding"), caseId));
    CHECK(documents.content(added.value().id).value() == pdf);

    // A damaged PDF is stored all the same, without text.
    auto damaged = documents.addBytes(caseId, QStringLiteral("kapot.pdf"), "%PDF-1.4\nkapot");
    REQUIRE(succeeded(damaged));
    CHECK_FALSE(damaged.value().hasText);
}

TEST_CASE("e-mail, Word and plain-text documents give searchable text", "[cases]") {
    SECTION("an e-mail's subject and plain body, decoded; not its addresses or HTML part") {
        const QString text = DocumentText::fromEmail(sampleEmail);
        CHECK(text.startsWith(
            QStringLiteral("Vermoeden van belangenverstrengeling \u2013 inkoop\n\n")));
        CHECK(text.contains(QStringLiteral("cadeaubon van 500 euro")));
        CHECK(text.contains(QStringLiteral("caf\u00e9")));
        CHECK_FALSE(text.contains(QStringLiteral("melder@example.org")));
        CHECK_FALSE(text.contains(QStringLiteral("Alleen-in-HTML")));
    }
    SECTION("a single-part e-mail in base64") {
        const QByteArray mail =
            "Subject: Kort\nContent-Type: text/plain; charset=iso-8859-1\n"
            "Content-Transfer-Encoding: base64\n\n" +
            QByteArray("Reiskosten gedeclareerd voor \xe9\xe9n rit.").toBase64() + "\n";
        CHECK(DocumentText::fromEmail(mail) ==
              QStringLiteral("Kort\n\nReiskosten gedeclareerd voor \u00e9\u00e9n rit."));
    }
    SECTION("a Word document's paragraphs") {
        const QByteArray docx =
            minimalDocx("<w:p><w:r><w:t>Verslag van het hoor</w:t></w:r><w:r>"
                        "<w:t xml:space=\"preserve\">gesprek met </w:t></w:r><w:r><w:t>"
                        "betrokkene</w:t></w:r></w:p><w:p><w:r><w:t>Tweede</w:t><w:tab/>"
                        "<w:t>alinea &amp; meer</w:t></w:r></w:p>");
        CHECK(DocumentText::fromDocx(docx) ==
              QStringLiteral("Verslag van het hoorgesprek met betrokkene\nTweede\talinea & meer"));
        CHECK(DocumentText::fromDocx(docx.left(docx.size() / 2)).isEmpty());
        CHECK(DocumentText::fromDocx(QByteArray("PK")).isEmpty());
    }
    SECTION("stored documents of each kind are found by their words") {
        StoreFixture f;
        const qint64 caseId =
            insertPlainCase(*f.store, QStringLiteral("2026-012"), Deadlines::today().addDays(-1));
        CaseDocuments documents(*f.store);
        auto mail = documents.addBytes(caseId, QStringLiteral("melding.eml"), sampleEmail);
        REQUIRE(succeeded(mail));
        CHECK(mail.value().mimeType == QStringLiteral("message/rfc822"));
        CHECK(mail.value().hasText);
        CHECK(found(*f.store, QStringLiteral("cadeaubon"), caseId));

        auto word = documents.addBytes(
            caseId, QStringLiteral("hoorverslag.docx"),
            minimalDocx("<w:p><w:r><w:t>Hoorzitting over nevenwerkzaamheden</w:t></w:r></w:p>"));
        REQUIRE(succeeded(word));
        CHECK(word.value().mimeType ==
              QStringLiteral(
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        CHECK(word.value().hasText);
        CHECK(found(*f.store, QStringLiteral("nevenwerkzaamheden"), caseId));

        auto text = documents.addBytes(caseId, QStringLiteral("aantekening.txt"),
                                       QByteArray("Declaratie van \xe9\xe9n diner")); // Latin-1
        REQUIRE(succeeded(text));
        CHECK(text.value().hasText);
        CHECK(found(*f.store, QStringLiteral("declaratie diner"), caseId));

        auto image = documents.addBytes(caseId, QStringLiteral("foto.png"),
                                        QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
        REQUIRE(succeeded(image));
        CHECK(image.value().mimeType == QStringLiteral("image/png"));
        CHECK_FALSE(image.value().hasText);
        CHECK(found(*f.store, QStringLiteral("foto"), caseId)); // by its file name
    }
}

TEST_CASE("documents appear nowhere on disk in clear and nothing is written outside the store",
          "[cases][security]") {
    StoreFixture f;
    TempFolder source;
    TempFolder watched;
    const qint64 caseId =
        insertPlainCase(*f.store, QStringLiteral("2026-013"), Deadlines::today().addDays(-1));
    const QByteArray marker = "DOCUMENTMARKERQ7Z3";
    const QString textPath = source.file(QStringLiteral("notitie.txt"));
    REQUIRE(writeAll(textPath, "Aantekening " + marker + " over de melding"));
    const QStringList storeFilesBefore = filesIn(f.folder);

    {
        const TempPathOverride redirect(watched.path());
        REQUIRE(QFileInfo(QDir::tempPath()).canonicalFilePath() ==
                QFileInfo(watched.path()).canonicalFilePath());
        CaseDocuments documents(*f.store);
        auto text = documents.addFile(caseId, textPath);
        REQUIRE(succeeded(text));
        CHECK(text.value().hasText);
        auto pdf = documents.addBytes(caseId, QStringLiteral("marker.pdf"),
                                      minimalPdf("Rapport " + marker + " definitief"));
        REQUIRE(succeeded(pdf));
        CHECK(pdf.value().hasText);
        REQUIRE(CaseJournal(*f.store)
                    .add(caseId, Deadlines::today(), JournalKind::Note,
                         QStringLiteral("Journaal ") + QString::fromLatin1(marker))
                    .ok());
        CHECK(documents.content(text.value().id).value().contains(marker));
        CHECK(documents.content(pdf.value().id).value().contains(marker));
        CHECK(found(*f.store, QString::fromLatin1(marker), caseId));
    }

    CHECK(QDir(watched.path())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
              .isEmpty());
    CHECK(filesIn(f.folder) == storeFilesBefore);
    const QByteArray utf16(reinterpret_cast<const char*>(QString::fromLatin1(marker).utf16()),
                           marker.size() * 2);
    for (const QString& file : filesIn(f.folder)) {
        CAPTURE(file);
        const QByteArray bytes = readAll(file);
        CHECK_FALSE(bytes.contains(marker));
        CHECK_FALSE(bytes.contains(utf16));
    }
}

TEST_CASE("an over-size, empty or unreadable file is refused and nothing is saved",
          "[cases][bad-input]") {
    StoreFixture f;
    TempFolder source;
    const qint64 caseId =
        insertPlainCase(*f.store, QStringLiteral("2026-014"), Deadlines::today().addDays(-1));
    CaseDocuments documents(*f.store);
    const qint64 auditBefore = auditCount(*f.store);
    const qint64 searchBefore =
        count(*f.store, QStringLiteral("SELECT TOTAL(version) FROM case_text_versions"));

    const auto refused = [&](const Result<DocumentInfo>& added) {
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::InvalidInput);
        CHECK(added.error().field == QStringLiteral("file"));
        return added.error().message;
    };

    SECTION("over the size limit") {
        const QString path = source.file(QStringLiteral("groot.zip"));
        QFile big(path);
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(CaseDocuments::maximumBytes + 1)); // sparse: no 50 MB written
        big.close();
        const QString message = refused(documents.addFile(caseId, path));
        CHECK(message.contains(QStringLiteral("groot.zip")));
        CHECK(message.contains(QLocale().formattedDataSize(CaseDocuments::maximumBytes, 1,
                                                           QLocale::DataSizeTraditionalFormat)));
        refused(documents.addBytes(caseId, QStringLiteral("groot.zip"),
                                   QByteArray(CaseDocuments::maximumBytes + 1, 'x')));
    }
    SECTION("empty") {
        const QString path = source.file(QStringLiteral("leeg.txt"));
        REQUIRE(writeAll(path, {}));
        CHECK(refused(documents.addFile(caseId, path)).contains(QStringLiteral("leeg.txt")));
        refused(documents.addBytes(caseId, QStringLiteral("leeg.txt"), {}));
    }
    SECTION("missing, a folder, or without a name") {
        refused(documents.addFile(caseId, source.file(QStringLiteral("bestaat-niet.pdf"))));
        refused(documents.addFile(caseId, source.path()));
        refused(documents.addBytes(caseId, QString(), "inhoud"));
    }
#ifdef Q_OS_UNIX
    SECTION("without permission to read") {
        if (geteuid() == 0) {
            WARN("skipped: file permissions do not bind root");
            return;
        }
        const QString path = source.file(QStringLiteral("geheim.txt"));
        REQUIRE(writeAll(path, "geheim"));
        REQUIRE(QFile::setPermissions(path, QFileDevice::WriteOwner));
        CHECK(refused(documents.addFile(caseId, path)).contains(QStringLiteral("geheim.txt")));
    }
#endif
    CHECK(count(*f.store, QStringLiteral("SELECT COUNT(*) FROM case_documents")) == 0);
    CHECK(count(*f.store, QStringLiteral("SELECT TOTAL(version) FROM case_text_versions")) ==
          searchBefore);
    CHECK(auditCount(*f.store) == auditBefore);
}

TEST_CASE("exporting a copy writes exactly the document's bytes where the user chose", "[cases]") {
    StoreFixture f;
    TempFolder target;
    const qint64 caseId =
        insertPlainCase(*f.store, QStringLiteral("2026-015"), Deadlines::today().addDays(-1));
    CaseDocuments documents(*f.store);
    const QByteArray bytes = unsniffableBytes(64 * 1024);
    const qint64 id = documents.addBytes(caseId, QStringLiteral("bijlage.bin"), bytes).value().id;

    const QString path = target.file(QStringLiteral("kopie.bin"));
    REQUIRE(documents.exportCopy(id, path).ok());
    CHECK(readAll(path) == bytes);
    const AuditEntry audit = lastAudit(*f.store);
    CHECK(audit.action == QStringLiteral("case.document_export"));
    CHECK_FALSE(audit.summaryParams.contains(QStringLiteral("bijlage")));
    CHECK(AuditSummaries::text(audit, PersonNames()) ==
          QStringLiteral("Copy of document no. %1 saved outside the store").arg(id));

    const qint64 auditBefore = auditCount(*f.store);
    auto noFolder = documents.exportCopy(id, target.file(QStringLiteral("weg/kopie.bin")));
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().code == ErrorCode::InvalidInput);
    CHECK(noFolder.error().field == QStringLiteral("target"));
    auto isFolder = documents.exportCopy(id, target.path());
    REQUIRE_FALSE(isFolder.ok());
    CHECK(isFolder.error().field == QStringLiteral("target"));
#ifdef Q_OS_LINUX
    // /proc takes no new files, not even from root: a read-only place.
    auto readOnly = documents.exportCopy(id, QStringLiteral("/proc/infopunt-kopie.bin"));
    REQUIRE_FALSE(readOnly.ok());
    CHECK(readOnly.error().code == ErrorCode::ReadOnly);
    CHECK(readOnly.error().message.contains(QStringLiteral("/proc/infopunt-kopie.bin")));
    CHECK_FALSE(QFile::exists(QStringLiteral("/proc/infopunt-kopie.bin")));
#endif
    CHECK(auditCount(*f.store) == auditBefore);
}

TEST_CASE("deleting a document removes its content and its search text", "[cases]") {
    StoreFixture f;
    const qint64 caseId =
        insertPlainCase(*f.store, QStringLiteral("2026-016"), Deadlines::today().addDays(-1));
    CaseDocuments documents(*f.store);
    const qint64 id = documents
                          .addBytes(caseId, QStringLiteral("memo.txt"),
                                    QByteArrayLiteral("Memo over dienstreizen"))
                          .value()
                          .id;
    REQUIRE(found(*f.store, QStringLiteral("dienstreizen"), caseId));
    {
        WriteTransaction write(*f.store);
        REQUIRE(write.begin().ok());
        REQUIRE(CaseDocuments::deleteWithin(f.store->database(), id).ok());
        REQUIRE(write.commit().ok());
    }
    CHECK(documents.list(caseId).value().isEmpty());
    CHECK(documents.content(id).error().code == ErrorCode::NotFound);
    CHECK_FALSE(found(*f.store, QStringLiteral("dienstreizen"), caseId));
    CHECK_FALSE(found(*f.store, QStringLiteral("memo"), caseId));
}
