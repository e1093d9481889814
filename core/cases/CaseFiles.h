#pragma once

#include "cases/CaseAccess.h"
#include "cases/CaseRecords.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace infopunt {

class Store;

// The chronological journal of a case: notes, calls, meetings, e-mails. Visible to whoever
// sees the case; written by Advisers and assigned working-group members. Deleting an entry
// needs four eyes (CaseService::requestApproval), which calls deleteWithin.
class CaseJournal {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseJournal)
public:
    explicit CaseJournal(Store& store)
        : m_store(store)
        , m_access(store) {}

    Result<QList<JournalEntry>> entries(qint64 caseId) const; // oldest first
    // Field errors: "date" (missing, in the future, before the report was received), "text";
    // validate() finds them all at once, for the service and for the form.
    static FieldErrors validate(QDate date, const QString& text, QDate receivedOn, QDate today);
    Result<JournalEntry> add(qint64 caseId, QDate date, JournalKind kind, const QString& text);
    Result<void> update(const JournalEntry& entry); // row version checked

    // Inside the caller's transaction: removes the entry and its search text.
    static Result<void> deleteWithin(QSqlDatabase db, qint64 entryId);

private:
    Store& m_store;
    CaseAccess m_access;
};

// Documents of a case, stored encrypted inside the store as BLOBs, read back into memory only.
// Nothing is ever written to a temporary file; exporting a copy is the user's explicit act.
class CaseDocuments {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseDocuments)
public:
    static constexpr qint64 maximumBytes = 50 * 1024 * 1024;

    explicit CaseDocuments(Store& store)
        : m_store(store)
        , m_access(store) {}

    Result<QList<DocumentInfo>> list(qint64 caseId) const;
    // Reads the file, checks size (InvalidInput, field "file", over maximumBytes or empty) and
    // readability, detects the type from the content, extracts searchable text where it can
    // (plain text, PDF via QtPdf from memory, .docx, .eml), and stores it in one transaction.
    Result<DocumentInfo> addFile(qint64 caseId, const QString& path, const QString& note = {});
    Result<DocumentInfo> addBytes(qint64 caseId, const QString& fileName, const QByteArray& bytes,
                                  const QString& note = {});
    // The content, from the store into memory; the access is recorded in the audit log.
    Result<QByteArray> content(qint64 documentId) const;
    // Writes a copy where the user chose; audited, as the copy leaves the encrypted store.
    Result<void> exportCopy(qint64 documentId, const QString& targetPath) const;

    static Result<void> deleteWithin(QSqlDatabase db, qint64 documentId);

private:
    Store& m_store;
    CaseAccess m_access;
};

} // namespace infopunt
