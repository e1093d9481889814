#include "cases/CaseFiles.h"

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

// What the journal and document rules need to know about their case.
struct CaseFacts {
    QString number;
    QDate receivedOn;
};

Result<CaseFacts> caseFacts(QSqlDatabase db, qint64 caseId, const QString& what) {
    return sql::firstRow(
        sql::execute(db, QStringLiteral("SELECT number, received_on FROM cases WHERE id = ?"),
                     {caseId}, what),
        [](const QSqlQuery& row) {
            return CaseFacts{row.value(0).toString(),
                             QDate::fromString(row.value(1).toString(), Qt::ISODate)};
        },
        CaseAccess::notFound());
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

JournalEntry entryFrom(const QSqlQuery& query) {
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.caseId = query.value(1).toLongLong();
    entry.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    entry.kind =
        CaseTerms::journalKindFromCode(query.value(3).toString()).value_or(JournalKind::Note);
    entry.text = query.value(4).toString();
    entry.author = query.value(5).toString();
    entry.recordedAt = timestampFrom(query.value(6));
    entry.rowVersion = query.value(7).toLongLong();
    return entry;
}

Result<JournalEntry> readEntry(QSqlDatabase db, qint64 entryId) {
    return sql::firstRow(
        sql::execute(db, selectEntries + QStringLiteral("WHERE id = ?"), {entryId},
                     CaseJournal::tr("reading the journal")),
        entryFrom,
        makeError(ErrorCode::NotFound, CaseJournal::tr("This journal entry no longer exists.")));
}

// --- documents ----------------------------------------------------------------------------

const QString selectDocuments = QStringLiteral(
    "SELECT id, case_id, file_name, mime_type, size_bytes, sha256, note, added_by, added_at, "
    "extracted_text <> '' FROM case_documents ");

DocumentInfo documentFrom(const QSqlQuery& query) {
    DocumentInfo info;
    info.id = query.value(0).toLongLong();
    info.caseId = query.value(1).toLongLong();
    info.fileName = query.value(2).toString();
    info.mimeType = query.value(3).toString();
    info.sizeBytes = query.value(4).toLongLong();
    info.sha256 = query.value(5).toString();
    info.note = query.value(6).toString();
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

Result<DocumentPlace> locate(QSqlDatabase db, const CaseAccess& access, qint64 documentId) {
    auto place = sql::firstRow(
        sql::execute(db,
                     QStringLiteral("SELECT d.case_id, c.number, d.file_name FROM case_documents d "
                                    "JOIN cases c ON c.id = d.case_id WHERE d.id = ?"),
                     {documentId}, CaseDocuments::tr("opening the document")),
        [](const QSqlQuery& row) {
            return DocumentPlace{row.value(0).toLongLong(), row.value(1).toString(),
                                 row.value(2).toString()};
        },
        documentNotFound());
    if (!place)
        return place.error();
    if (auto visible = access.requireVisible(place.value().caseId); !visible)
        return visible.error();
    return place;
}

struct OpenedDocument {
    DocumentPlace place;
    QByteArray content;
};

// A document the user may see, with its content, read into memory.
Result<OpenedDocument> openDocument(QSqlDatabase db, const CaseAccess& access, qint64 documentId) {
    auto place = locate(db, access, documentId);
    if (!place)
        return place.error();
    auto content = sql::firstRow(
        sql::execute(db, QStringLiteral("SELECT content FROM case_documents WHERE id = ?"),
                     {documentId}, CaseDocuments::tr("opening the document")),
        [](const QSqlQuery& row) { return row.value(0).toByteArray(); }, documentNotFound());
    if (!content)
        return content.error();
    return OpenedDocument{place.value(), content.value()};
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
    return m_access.visibleRows(
        caseId, selectEntries + QStringLiteral("WHERE case_id = ? ORDER BY entry_date, id"),
        tr("reading the journal"), entryFrom);
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
    auto facts = caseFacts(db, caseId, what);
    if (!facts)
        return facts.error();
    if (auto valid =
            checkFields(validate(date, text, facts.value().receivedOn, Deadlines::today()));
        !valid)
        return valid.error();

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto inserted =
        sql::execute(db,
                     QStringLiteral("INSERT INTO case_journal (case_id, entry_date, kind, "
                                    "text, author, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {caseId, date.toString(Qt::ISODate), CaseTerms::code(kind), text.trimmed(),
                      m_store.user().userName, nowText()},
                     what);
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("case.journal_add"), QStringLiteral("case"), facts.value().number,
                // The kind and date only: journal text never goes into the audit log.
                {QStringLiteral("case.journal_add"),
                 {{QStringLiteral("kind"), CaseTerms::code(kind)},
                  {QStringLiteral("date"), date.toString(Qt::ISODate)}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return readEntry(db, id);
}

Result<void> CaseJournal::update(const JournalEntry& entry) {
    QSqlDatabase db = m_store.database();
    auto current = readEntry(db, entry.id);
    if (!current)
        return current.error();
    const qint64 caseId = current.value().caseId;
    if (auto visible = m_access.requireVisible(caseId); !visible)
        return visible;
    const QString what = tr("editing the journal entry");
    auto facts = caseFacts(db, caseId, what);
    if (!facts)
        return facts.error();
    if (auto valid = checkFields(
            validate(entry.date, entry.text, facts.value().receivedOn, Deadlines::today()));
        !valid)
        return valid;

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery update = sql::prepared(
        db,
        QStringLiteral("UPDATE case_journal SET entry_date = ?, kind = ?, text = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {entry.date.toString(Qt::ISODate), CaseTerms::code(entry.kind), entry.text.trimmed(),
         entry.id, entry.rowVersion});
    if (auto updated = RowVersion::execUpdate(update, what); !updated)
        return updated;
    write.audit(QStringLiteral("case.journal_edit"), QStringLiteral("case"), facts.value().number,
                {QStringLiteral("case.journal_edit"),
                 {{QStringLiteral("kind"), CaseTerms::code(entry.kind)},
                  {QStringLiteral("date"), entry.date.toString(Qt::ISODate)}}});
    return write.commit();
}

Result<void> CaseJournal::deleteWithin(QSqlDatabase db, qint64 entryId) {
    return deletePart(db, QStringLiteral("case_journal"), entryId, tr("deleting the journal entry"),
                      tr("This journal entry no longer exists."));
}

// --- CaseDocuments ------------------------------------------------------------------------

Result<QList<DocumentInfo>> CaseDocuments::list(qint64 caseId) const {
    return m_access.visibleRows(
        caseId, selectDocuments + QStringLiteral("WHERE case_id = ? ORDER BY added_at, id"),
        tr("reading the documents"), documentFrom);
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
    auto facts = caseFacts(db, caseId, what);
    if (!facts)
        return facts.error();
    const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(name, bytes);
    const QString text = DocumentText::extract(bytes, type);

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    // COALESCE: an empty text or note may be a null QString, which binds as NULL.
    auto inserted = sql::execute(
        db,
        QStringLiteral("INSERT INTO case_documents (case_id, file_name, mime_type, size_bytes, "
                       "sha256, content, extracted_text, note, added_by, added_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?)"),
        {caseId, name, type.name(), static_cast<qint64>(bytes.size()),
         QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
         bytes, text, note.trimmed(), m_store.user().userName, nowText()},
        what);
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("case.document_add"), QStringLiteral("case"), facts.value().number,
                {QStringLiteral("case.document_add"),
                 {{QStringLiteral("file"), name},
                  {QStringLiteral("size"), static_cast<qint64>(bytes.size())}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();

    return sql::firstRow(sql::execute(db, selectDocuments + QStringLiteral("WHERE id = ?"), {id},
                                      tr("reading the documents")),
                         documentFrom, documentNotFound());
}

Result<QByteArray> CaseDocuments::content(qint64 documentId) const {
    // Reading is recorded in the audit log in the same transaction.
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto document = openDocument(m_store.database(), m_access, documentId);
    if (!document)
        return document.error();
    const DocumentPlace& place = document.value().place;
    write.audit(QStringLiteral("case.document_open"), QStringLiteral("case"), place.caseNumber,
                {QStringLiteral("case.document_open"), {{QStringLiteral("file"), place.fileName}}});
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
    auto document = openDocument(m_store.database(), m_access, documentId);
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
        write.audit(
            QStringLiteral("case.document_export"), QStringLiteral("case"), place.caseNumber,
            {QStringLiteral("case.document_export"), {{QStringLiteral("file"), place.fileName}}});
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
