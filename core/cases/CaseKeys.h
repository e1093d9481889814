#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <map>
#include <optional>

namespace infopunt {

class Store;

// The sealed columns, named as in their seal's associated data.
namespace sealed {
// The case's statistics facts as JSON (CaseFactsCodec): number, dates, state, outcome.
inline const QString caseFacts = QStringLiteral("cases.facts");
inline const QString stepFacts = QStringLiteral("case_steps.facts");
// An audit entry about the case: what was done, the number and the parameters (CaseLog).
inline const QString auditEntry = QStringLiteral("audit_log.entry");
inline const QString caseTitle = QStringLiteral("cases.title");
inline const QString caseDescription = QStringLiteral("cases.description");
inline const QString caseExtensionReason = QStringLiteral("cases.feedback_extension_reason");
inline const QString caseLessons = QStringLiteral("cases.lessons_learned");
inline const QString reporterName = QStringLiteral("case_reporters.name");
inline const QString reporterContact = QStringLiteral("case_reporters.contact");
inline const QString partyName = QStringLiteral("case_parties.name");
inline const QString partyFunction = QStringLiteral("case_parties.function");
inline const QString partyOrgUnit = QStringLiteral("case_parties.org_unit");
inline const QString partyNote = QStringLiteral("case_parties.note");
inline const QString stepNote = QStringLiteral("case_steps.note");
inline const QString deadlineLabel = QStringLiteral("case_deadlines.label");
inline const QString reviewText = QStringLiteral("case_reviews.text");
inline const QString approvalReason = QStringLiteral("case_approvals.reason");
inline const QString approvalPayload = QStringLiteral("case_approvals.payload");
inline const QString approvalNote = QStringLiteral("case_approvals.decision_note");
inline const QString journalText = QStringLiteral("case_journal.text");
inline const QString documentName = QStringLiteral("case_documents.file_name");
inline const QString documentContent = QStringLiteral("case_documents.content");
inline const QString documentText = QStringLiteral("case_documents.extracted_text");
inline const QString documentNote = QStringLiteral("case_documents.note");
// Sealed too: a plain hash of the content would let anyone confirm a guessed document.
inline const QString documentHash = QStringLiteral("case_documents.sha256");
// A column whose seal also names the row (journal entries and documents), so that a value
// copied to another row of the same case does not open either.
inline QString ofRow(const QString& column, qint64 rowId) {
    return column + QLatin1Char('#') + QString::number(rowId);
}
} // namespace sealed

// A case's own data key, unwrapped for the signed-in user, and what it seals.
class CaseKey {
public:
    CaseKey(QString storeId, qint64 caseId, int generation, SecureBytes key);

    // `text` sealed (XChaCha20-Poly1305) for the column `column` of this case: a BLOB that names
    // the key generation, so a value moved to another case or column does not open.
    QByteArray seal(const QString& column, const QString& text) const;
    QByteArray sealBytes(const QString& column, const QByteArray& bytes) const;

private:
    friend class CaseKeys;
    QByteArray context(const QString& column, int generation) const;

    QString m_storeId;
    qint64 m_caseId = 0;
    int m_generation = 1;
    SecureBytes m_key;
};

// Need-to-know by keys: every case has a random data key; its content is sealed with it inside
// the main compartment, which every account can decrypt. The case key is kept in `case_keys`
// wrapped for the advisers under the office key, and sealed to the pinned public key of each
// working-group member assigned to the case. A member's keys therefore open the cases assigned
// to them and no other, whatever a copy of the files is opened with.
// Unassigning a member starts a new generation of the case's key, for the advisers and the
// members still assigned: what is written afterwards is sealed with it, and each sealed value
// names its generation, so what was written before opens with the generation it was sealed
// with.
class CaseKeys {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseKeys)
public:
    explicit CaseKeys(const Store& store)
        : m_store(store) {}

    // Inside the caller's write: a new key for a new case (or for a case from before case keys),
    // wrapped for the advisers. Only an adviser holds the office key that requires.
    Result<void> create(qint64 caseId) const;
    // The key of `caseId`'s `generation` for the signed-in user; NotPermitted if they hold none.
    // Keys are kept for the life of this object: preload() fetches all of the user's at once,
    // for lists. The pointer is valid while this object lives: keep it named, not temporary.
    Result<const CaseKey*> key(qint64 caseId, int generation) const;
    Result<void> preload() const;
    // The newest generation's key (read from the store each time: another service may have
    // started a generation since); an adviser's is created first for a case from before case
    // keys.
    Result<const CaseKey*> keyForWriting(qint64 caseId) const;
    // `text` sealed for `column` of `caseId` with keyForWriting's key.
    Result<QByteArray> seal(qint64 caseId, const QString& column, const QString& text) const;
    // Inside the caller's write: seals the case key to `userName`'s pinned public key, or takes
    // their copies away (their copies of the key are gone from the store; what they saw
    // before, they may have kept). revoke() also takes the key of their own copy of the case
    // list (MemberCopy) away.
    // A member is given every generation, so that they read the whole case.
    Result<void> grant(qint64 caseId, const QString& userName) const;
    Result<void> revoke(qint64 caseId, const QString& userName) const;
    // Inside the caller's write, after revoke(): a new generation of the case's key, wrapped for
    // the advisers and sealed to every member still assigned (an adviser's action).
    Result<void> renew(qint64 caseId) const;
    // Inside the caller's write, when the office key is replaced (KeyRotation): the advisers'
    // copy of every generation of every case key wrapped again under the new office key.
    Result<void> rewrapForAdvisers(const SecureBytes& oldOfficeKey,
                                   const SecureBytes& newOfficeKey) const;

    // A column value of `caseId` as stored: a sealed BLOB opened with the case's key, or the
    // plain text of a row written before case keys.
    Result<QString> open(qint64 caseId, const QString& column, const QVariant& stored) const;
    // The same for binary content; `stored` must be a sealed value.
    Result<QByteArray> openBytes(qint64 caseId, const QString& column,
                                 const QByteArray& stored) const;
    static bool isSealed(const QVariant& stored);
    // For row mappers, which return no errors: the opened text, or "" with the first failure
    // kept; checked() then gives it (once). Call checked() after mapping the rows.
    QString text(qint64 caseId, const QString& column, const QVariant& stored) const;
    Result<void> checked() const;

private:
    QString adviserContext(qint64 caseId, int generation) const;
    QString memberContext(qint64 caseId, int generation, const QString& userName) const;
    QString holder() const;
    Result<CaseKey> unwrap(qint64 caseId, int generation, const QByteArray& sealed) const;
    // A sealed value opened: its leading byte, then the content, in wiped memory.
    Result<SecureBytes> openPlain(qint64 caseId, const QString& column,
                                  const QByteArray& stored) const;
    // Inside the caller's write: `key` as `generation` of `caseId` for `holder` (the advisers,
    // wrapped under the office key, or a member, sealed to their pinned public key).
    Result<void> store(qint64 caseId, int generation, const QString& holder,
                       const SecureBytes& key) const;

    const Store& m_store;
    mutable std::map<std::pair<qint64, int>, CaseKey> m_keys; // (case, generation)
    mutable std::optional<Error> m_failure;
};

} // namespace infopunt
