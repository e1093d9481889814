#include "cases/CaseFiles.h"

#include "cases/CaseFacts.h"
#include "cases/CaseKeys.h"
#include "cases/CaseLog.h"
#include "cases/Deadlines.h"
#include "cases/DocumentText.h"
#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timestampFrom(const QVariant& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs); // stored with "Z": UTC
}

// The columns sealed with the case key. Each seal's associated data names the column and the
// row, so that a value copied to another column, row or case does not open. mime_type and
// size_bytes stay plain: lists show them without opening anything, and they tell no content.
using sealed::documentContent;
using sealed::documentHash;
using sealed::documentName;
using sealed::documentNote;
using sealed::documentText;
using sealed::journalText;

// The id the next row of `table` gets, so that its values can be sealed for it before the
// insert. Inside a write: the writer lock keeps other workstations from taking it meanwhile.
Result<qint64> nextId(QSqlDatabase db, const QString& table, const QString& what) {
    auto query = sql::execute(
        db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table), {}, what);
    if (!query)
        return query.error();
    query.value().next(); // an aggregate: always one row
    return query.value().value(0).toLongLong();
}

// Every row of an executed query, each opened by `open(row)` (a Result); the first failure
// fails them all.
template <typename T, typename Open> Result<QList<T>> openRows(Result<QSqlQuery> query, Open open) {
    if (!query)
        return query.error();
    QList<T> values;
    while (query.value().next()) {
        auto value = open(query.value());
        if (!value)
            return value.error();
        values.append(std::move(value).value());
    }
    return values;
}

// The first row of an executed query, opened by `open(row)`; `none` when there is no row.
template <typename Open>
auto openFirstRow(Result<QSqlQuery> query, Open open, const Error& none)
    -> std::invoke_result_t<Open, const QSqlQuery&> {
    if (!query)
        return query.error();
    if (!query.value().next())
        return none;
    return open(query.value());
}

// Removes a journal entry or document (row `id` of `table`); the search index follows (see
// CaseSearchIndex).
Result<void> deletePart(QSqlDatabase db, const QString& table, qint64 id, const QString& what,
                        const QString& goneMessage) {
    auto deleted =
        sql::execute(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, what);
    if (!deleted)
        return deleted.error();
    if (deleted.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, goneMessage);
    return {};
}

// --- journal ------------------------------------------------------------------------------

const QString selectEntries =
    QStringLiteral("SELECT id, case_id, entry_date, kind, text, author, recorded_at, row_version "
                   "FROM case_journal ");

Result<JournalEntry> entryFrom(const CaseKeys& keys, const QSqlQuery& query) {
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.caseId = query.value(1).toLongLong();
    entry.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    entry.kind =
        CaseTerms::journalKindFromCode(query.value(3).toString()).value_or(JournalKind::Note);
    auto text = keys.open(entry.caseId, sealed::ofRow(journalText, entry.id), query.value(4));
    if (!text)
        return text.error();
    entry.text = text.value();
    entry.author = query.value(5).toString();
    entry.recordedAt = timestampFrom(query.value(6));
    entry.rowVersion = query.value(7).toLongLong();
    return entry;
}

Result<JournalEntry> readEntry(QSqlDatabase db, const CaseKeys& keys, qint64 entryId) {
    return openFirstRow(
        sql::execute(db, selectEntries + QStringLiteral("WHERE id = ?"), {entryId},
                     CaseJournal::tr("reading the journal")),
        [&keys](const QSqlQuery& row) { return entryFrom(keys, row); },
        makeError(ErrorCode::NotFound, CaseJournal::tr("This journal entry no longer exists.")));
}

// --- documents ----------------------------------------------------------------------------

// An empty extracted text is stored as '' rather than sealed, so that the list can tell
// whether there is text without opening it (the type of the document tells as much).
const QString selectDocuments = QStringLiteral(
    "SELECT id, case_id, file_name, mime_type, size_bytes, sha256, note, added_by, added_at, "
    "extracted_text <> '' FROM case_documents ");

Result<DocumentInfo> documentFrom(const CaseKeys& keys, const QSqlQuery& query) {
    DocumentInfo info;
    info.id = query.value(0).toLongLong();
    info.caseId = query.value(1).toLongLong();
    auto name = keys.open(info.caseId, sealed::ofRow(documentName, info.id), query.value(2));
    auto hash = keys.open(info.caseId, sealed::ofRow(documentHash, info.id), query.value(5));
    auto note = keys.open(info.caseId, sealed::ofRow(documentNote, info.id), query.value(6));
    for (const Result<QString>* opened : {&name, &hash, &note}) {
        if (!*opened)
            return opened->error();
    }
    info.fileName = name.value();
    info.mimeType = query.value(3).toString();
    info.sizeBytes = query.value(4).toLongLong();
    info.sha256 = hash.value();
    info.note = note.value();
    info.addedBy = query.value(7).toString();
    info.addedAt = timestampFrom(query.value(8));
    info.hasText = query.value(9).toBool();
    return info;
}

QString readableSize(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Result<void> checkSize(const QString& fileName, qint64 size) {
    if (size <= 0)
        return makeError(
            ErrorCode::InvalidInput,
            CaseDocuments::tr("The file %1 is empty; there is nothing to add.").arg(fileName),
            QStringLiteral("file"));
    if (size > CaseDocuments::maximumBytes)
        return makeError(
            ErrorCode::InvalidInput,
            CaseDocuments::tr("The file %1 is %2; a document can be at most %3.")
                .arg(fileName, readableSize(size), readableSize(CaseDocuments::maximumBytes)),
            QStringLiteral("file"));
    return {};
}

// A document and its case, for opening or exporting it.
struct DocumentPlace {
    qint64 caseId = 0;
    QString caseNumber;
    QString fileName;
};

Error documentNotFound() {
    return makeError(ErrorCode::NotFound,
                     CaseDocuments::tr("This document does not exist or you have no access "
                                       "to it."));
}

Result<DocumentInfo> readDocument(QSqlDatabase db, const CaseKeys& keys, qint64 documentId) {
    return openFirstRow(
        sql::execute(db, selectDocuments + QStringLiteral("WHERE id = ?"), {documentId},
                     CaseDocuments::tr("reading the documents")),
        [&keys](const QSqlQuery& row) { return documentFrom(keys, row); }, documentNotFound());
}

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A document from before case keys whose content no longer matches its hash; also what an
// insider gets who puts a plain hash over a sealed one to have the content read as plain.
Error changedDocument() {
    return makeError(ErrorCode::Damaged,
                     CaseDocuments::tr("This document was changed outside Infopunt: its content "
                                       "does not match what was stored. Ask the integrity "
                                       "adviser to run verify."));
}

struct OpenedDocument {
    DocumentPlace place;
    QByteArray content;
};

// A document the user may see, with its content, read into memory. A row from before case
// keys has its hash as plain text, and then its content is plain too; a sealed row has both
// sealed.
Result<OpenedDocument> openDocument(QSqlDatabase db, const CaseAccess& access, const CaseKeys& keys,
                                    qint64 documentId) {
    const QString what = CaseDocuments::tr("opening the document");
    auto found = sql::execute(db,
                              QStringLiteral("SELECT case_id, file_name, sha256 "
                                             "FROM case_documents WHERE id = ?"),
                              {documentId}, what);
    if (!found)
        return found.error();
    QSqlQuery& row = found.value();
    if (!row.next())
        return documentNotFound();
    DocumentPlace place{row.value(0).toLongLong(), {}, {}};
    // Nothing is opened or read before the visibility check: an unassigned member learns only
    // that there is nothing for them, as for a document that does not exist.
    if (auto visible = access.requireVisible(place.caseId); !visible)
        return visible.error();
    auto facts = CaseFactsCodec::read(db, keys, place.caseId, what);
    if (!facts)
        return facts.error();
    place.caseNumber = facts.value().number;
    auto name = keys.open(place.caseId, sealed::ofRow(documentName, documentId), row.value(1));
    if (!name)
        return name.error();
    place.fileName = name.value();
    const QVariant hash = row.value(2);
    auto content = sql::firstRow(
        sql::execute(db, QStringLiteral("SELECT content FROM case_documents WHERE id = ?"),
                     {documentId}, what),
        [](const QSqlQuery& stored) { return stored.value(0).toByteArray(); }, documentNotFound());
    if (!content)
        return content.error();
    if (!CaseKeys::isSealed(hash)) {
        if (sha256Hex(content.value()) != hash.toString())
            return changedDocument();
        return OpenedDocument{place, content.value()};
    }
    auto opened =
        keys.openBytes(place.caseId, sealed::ofRow(documentContent, documentId), content.value());
    if (!opened)
        return opened.error();
    return OpenedDocument{place, opened.value()};
}

Error exportError(const QFileDevice& file, const QString& targetPath) {
    const QString target = QDir::toNativeSeparators(targetPath);
    switch (file.error()) {
    case QFileDevice::ResourceError:
        return makeError(ErrorCode::DiskFull,
                         CaseDocuments::tr("There is not enough space to write %1. Free some "
                                           "space or choose another place; no copy was made.")
                             .arg(target),
                         QStringLiteral("target"));
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        return makeError(ErrorCode::ReadOnly,
                         CaseDocuments::tr("%1 cannot be written: the folder is read-only or you "
                                           "may not write there (%2). Choose another place; no "
                                           "copy was made.")
                             .arg(target, file.errorString()),
                         QStringLiteral("target"));
    default:
        return makeError(ErrorCode::Io,
                         CaseDocuments::tr("The copy could not be written to %1 (%2); no copy "
                                           "was made.")
                             .arg(target, file.errorString()),
                         QStringLiteral("target"));
    }
}

// All or nothing: QSaveFile writes beside the target and renames only when complete.
Result<void> writeCopy(const QByteArray& bytes, const QString& targetPath) {
    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly))
        return exportError(file, targetPath);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const Error error = exportError(file, targetPath);
        file.cancelWriting();
        return error;
    }
    return {};
}

} // namespace

// --- CaseJournal --------------------------------------------------------------------------

Result<QList<JournalEntry>> CaseJournal::entries(qint64 caseId) const {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    const CaseKeys keys(m_store);
    return openRows<JournalEntry>(
        sql::execute(m_store.database(),
                     selectEntries + QStringLiteral("WHERE case_id = ? ORDER BY entry_date, id"),
                     {caseId}, tr("reading the journal")),
        [&keys](const QSqlQuery& row) { return entryFrom(keys, row); });
}

FieldErrors CaseJournal::validate(QDate date, const QString& text, QDate receivedOn, QDate today) {
    FieldErrors errors;
    const QString dateField = QStringLiteral("date");
    if (!date.isValid())
        errors.append({dateField, tr("Enter the date of the journal entry.")});
    else if (date > today)
        errors.append({dateField, tr("The date of a journal entry cannot be in the future.")});
    else if (receivedOn.isValid() && date < receivedOn)
        errors.append({dateField, tr("The date cannot be before the report was received (%1).")
                                      .arg(QLocale().toString(receivedOn, QLocale::ShortFormat))});
    if (text.trimmed().isEmpty())
        errors.append({QStringLiteral("text"), tr("Enter the text of the journal entry.")});
    return errors;
}

Result<JournalEntry> CaseJournal::add(qint64 caseId, QDate date, JournalKind kind,
                                      const QString& text) {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    QSqlDatabase db = m_store.database();
    const QString what = tr("adding the journal entry");
    const CaseKeys keys(m_store);
    auto facts = CaseFactsCodec::read(db, keys, caseId, what);
    if (!facts)
        return facts.error();
    if (auto valid =
            checkFields(validate(date, text, facts.value().receivedOn, Deadlines::today()));
        !valid)
        return valid.error();

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto key = keys.keyForWriting(caseId);
    if (!key)
        return key.error();
    auto next = nextId(db, QStringLiteral("case_journal"), what);
    if (!next)
        return next.error();
    const qint64 id = next.value();
    if (auto inserted = sql::run(
            db,
            QStringLiteral("INSERT INTO case_journal (id, case_id, entry_date, kind, text, author, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, caseId, date.toString(Qt::ISODate), CaseTerms::code(kind),
             key.value()->seal(sealed::ofRow(journalText, id), text.trimmed()),
             m_store.user().userName, nowText()},
            what);
        !inserted)
        return inserted.error();
    if (auto logged = CaseLog::record(
            write, keys, caseId, facts.value().number,
            QStringLiteral("case.journal_add"), // The kind and date only: journal text never goes
                                                // into the audit log.
            {QStringLiteral("case.journal_add"),
             {{QStringLiteral("kind"), CaseTerms::code(kind)},
              {QStringLiteral("date"), date.toString(Qt::ISODate)}}});
        !logged)
        return logged.error();
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return readEntry(db, keys, id);
}

Result<void> CaseJournal::update(const JournalEntry& entry) {
    QSqlDatabase db = m_store.database();
    const CaseKeys keys(m_store);
    auto current = readEntry(db, keys, entry.id);
    if (!current)
        return current.error();
    const qint64 caseId = current.value().caseId;
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible;
    const QString what = tr("editing the journal entry");
    auto facts = CaseFactsCodec::read(db, keys, caseId, what);
    if (!facts)
        return facts.error();
    if (auto valid = checkFields(
            validate(entry.date, entry.text, facts.value().receivedOn, Deadlines::today()));
        !valid)
        return valid;

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto key = keys.keyForWriting(caseId);
    if (!key)
        return key.error();
    QSqlQuery update = sql::prepared(
        db,
        QStringLiteral("UPDATE case_journal SET entry_date = ?, kind = ?, text = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {entry.date.toString(Qt::ISODate), CaseTerms::code(entry.kind),
         key.value()->seal(sealed::ofRow(journalText, entry.id), entry.text.trimmed()), entry.id,
         entry.rowVersion});
    if (auto updated = RowVersion::execUpdate(update, what); !updated)
        return updated;
    if (auto logged = CaseLog::record(
            write, keys, caseId, facts.value().number, QStringLiteral("case.journal_edit"),
            {QStringLiteral("case.journal_edit"),
             {{QStringLiteral("kind"), CaseTerms::code(entry.kind)},
              {QStringLiteral("date"), entry.date.toString(Qt::ISODate)}}});
        !logged)
        return logged.error();
    return write.commit();
}

Result<void> CaseJournal::deleteWithin(QSqlDatabase db, qint64 entryId) {
    return deletePart(db, QStringLiteral("case_journal"), entryId, tr("deleting the journal entry"),
                      tr("This journal entry no longer exists."));
}

// --- CaseDocuments ------------------------------------------------------------------------

Result<QList<DocumentInfo>> CaseDocuments::list(qint64 caseId) const {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    const CaseKeys keys(m_store);
    return openRows<DocumentInfo>(
        sql::execute(m_store.database(),
                     selectDocuments + QStringLiteral("WHERE case_id = ? ORDER BY added_at, id"),
                     {caseId}, tr("reading the documents")),
        [&keys](const QSqlQuery& row) { return documentFrom(keys, row); });
}

Result<DocumentInfo> CaseDocuments::addFile(qint64 caseId, const QString& path,
                                            const QString& note) {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!info.exists() || !info.isFile())
        return makeError(ErrorCode::InvalidInput,
                         tr("The file %1 cannot be found. Choose an existing file.").arg(shownPath),
                         QStringLiteral("file"));
    // Checked before reading, so that a huge file is never loaded.
    if (auto fits = checkSize(info.fileName(), info.size()); !fits)
        return fits.error();
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (!file.isOpen() || file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::InvalidInput,
                         tr("The file %1 cannot be read (%2). Check that you may read it and "
                            "that no other program holds it.")
                             .arg(shownPath, file.errorString()),
                         QStringLiteral("file"));
    return addBytes(caseId, info.fileName(), bytes, note);
}

Result<DocumentInfo> CaseDocuments::addBytes(qint64 caseId, const QString& fileName,
                                             const QByteArray& bytes, const QString& note) {
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible.error();
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The document needs a file name."),
                         QStringLiteral("file"));
    if (auto fits = checkSize(name, bytes.size()); !fits)
        return fits.error();

    QSqlDatabase db = m_store.database();
    const QString what = tr("adding the document");
    const CaseKeys keys(m_store);
    auto facts = CaseFactsCodec::read(db, keys, caseId, what);
    if (!facts)
        return facts.error();
    const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(name, bytes);
    const QString text = DocumentText::extract(bytes, type);

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto key = keys.keyForWriting(caseId);
    if (!key)
        return key.error();
    auto next = nextId(db, QStringLiteral("case_documents"), what);
    if (!next)
        return next.error();
    const qint64 id = next.value();
    const CaseKey& caseKey = *key.value();
    const QString hash = sha256Hex(bytes);
    const QVariant sealedText = text.isEmpty()
                                    ? QVariant(QStringLiteral(""))
                                    : QVariant(caseKey.seal(sealed::ofRow(documentText, id), text));
    if (auto inserted = sql::run(
            db,
            QStringLiteral("INSERT INTO case_documents (id, case_id, file_name, mime_type, "
                           "size_bytes, sha256, content, extracted_text, note, added_by, "
                           "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, caseId, caseKey.seal(sealed::ofRow(documentName, id), name), type.name(),
             static_cast<qint64>(bytes.size()), caseKey.seal(sealed::ofRow(documentHash, id), hash),
             caseKey.sealBytes(sealed::ofRow(documentContent, id), bytes), sealedText,
             caseKey.seal(sealed::ofRow(documentNote, id), note.trimmed()), m_store.user().userName,
             nowText()},
            what);
        !inserted)
        return inserted.error();
    if (auto logged = CaseLog::record(
            write, keys, caseId, facts.value().number, QStringLiteral("case.document_add"),
            {QStringLiteral("case.document_added"),
             {{QStringLiteral("document"), id},
              {QStringLiteral("size"), static_cast<qint64>(bytes.size())}}});
        !logged)
        return logged.error();
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return readDocument(db, keys, id);
}

Result<QByteArray> CaseDocuments::content(qint64 documentId) const {
    // Reading is recorded in the audit log in the same transaction.
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    const CaseKeys keys(m_store);
    auto document = openDocument(m_store.database(), m_access, keys, documentId);
    if (!document)
        return document.error();
    const DocumentPlace& place = document.value().place;
    if (auto logged = CaseLog::record(
            write, keys, place.caseId, place.caseNumber, QStringLiteral("case.document_open"),
            {QStringLiteral("case.document_opened"), {{QStringLiteral("document"), documentId}}});
        !logged)
        return logged.error();
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return document.value().content;
}

Result<void> CaseDocuments::exportCopy(qint64 documentId, const QString& targetPath) const {
    const QString targetField = QStringLiteral("target");
    if (targetPath.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose where to save the copy."),
                         targetField);
    const QFileInfo target(targetPath);
    if (target.isDir())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is a folder. Choose a file name for the copy.")
                             .arg(QDir::toNativeSeparators(targetPath)),
                         targetField);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::InvalidInput,
                         tr("The folder %1 does not exist. Choose another place for the copy.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())),
                         targetField);
    const CaseKeys keys(m_store);
    auto document = openDocument(m_store.database(), m_access, keys, documentId);
    if (!document)
        return document.error();
    // The copy is written before the store is locked for the audit entry: writing up to the
    // size limit to a slow drive must not hold up the other workstations.
    if (auto written = writeCopy(document.value().content, targetPath); !written)
        return written;
    const DocumentPlace& place = document.value().place;
    WriteTransaction write(m_store);
    Result<void> audited = write.begin();
    if (audited) {
        if (auto logged = CaseLog::record(write, keys, place.caseId, place.caseNumber,
                                          QStringLiteral("case.document_export"),
                                          {QStringLiteral("case.document_exported"),
                                           {{QStringLiteral("document"), documentId}}});
            !logged)
            return logged.error();
        audited = write.commit();
    }
    if (!audited) {
        // An export the audit log does not show must not exist.
        QFile::remove(targetPath);
        return audited;
    }
    return {};
}

Result<void> CaseDocuments::deleteWithin(QSqlDatabase db, qint64 documentId) {
    return deletePart(db, QStringLiteral("case_documents"), documentId, tr("deleting the document"),
                      tr("This document no longer exists."));
}

} // namespace infopunt
