#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace infopunt {

class Store;

// A case's own data key, unwrapped for the signed-in user, and what it seals.
class CaseKey {
public:
    CaseKey(QString storeId, qint64 caseId, int generation, SecureBytes key);

    // `text` sealed (XChaCha20-Poly1305) for the column `column` of this case: a BLOB that names
    // the key generation, so a value moved to another case or column does not open.
    QByteArray seal(const QString& column, const QString& text) const;

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
class CaseKeys {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseKeys)
public:
    explicit CaseKeys(const Store& store)
        : m_store(store) {}

    // Inside the caller's write: a new key for a new case (or for a case from before case keys),
    // wrapped for the advisers. Only an adviser holds the office key that requires.
    Result<void> create(qint64 caseId) const;
    // The key of `caseId` for the signed-in user; NotPermitted if they hold none.
    Result<CaseKey> key(qint64 caseId) const;
    // The adviser's key, created first for a case from before case keys.
    Result<CaseKey> keyForWriting(qint64 caseId) const;
    // Inside the caller's write: seals the case key to `userName`'s pinned public key, or takes
    // their copies away (their copies of the key are gone from the store; what they saw
    // before, they may have kept).
    Result<void> grant(qint64 caseId, const QString& userName) const;
    Result<void> revoke(qint64 caseId, const QString& userName) const;

    // A column value as stored: a sealed BLOB opened with `key`, or the plain text of a row
    // written before case keys (which `key` may then be empty for).
    Result<QString> open(const Result<CaseKey>& key, const QString& column,
                         const QVariant& stored) const;

private:
    QString adviserContext(qint64 caseId, int generation) const;
    QString memberContext(qint64 caseId, int generation, const QString& userName) const;

    const Store& m_store;
};

} // namespace infopunt
