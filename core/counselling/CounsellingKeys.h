#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace infopunt {

class Store;

// Need-to-know inside the counselling compartment. Every counsellor holds the compartment's
// key, so each contact is sealed again under a random key of its own (XChaCha20-Poly1305),
// and that key is sealed to the public key of each counsellor who may read it: the one who made
// it, a stand-in it was shared with, a successor it was transferred to. A fellow counsellor's,
// an adviser's or anyone else's keys open the file but not the contact.
// The public keys sealed to are the ones each counsellor pinned for themselves in the
// compartment at first use (their passphrase had just proved them), not the keyring's, which
// anyone with the files can edit. Taking a holder away starts a new generation of the key.
class CounsellingKeys {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CounsellingKeys)
public:
    explicit CounsellingKeys(Store& store)
        : m_store(store) {}

    // Inside a CounsellingWrite: records the signed-in counsellor's public keys at first use;
    // Damaged if the compartment already holds other keys for them. Returns whether it pinned.
    Result<bool> pinOwn(QSqlDatabase db) const;
    // The counsellors (other than the signed-in one) whose keys are pinned and whose account is
    // enabled: those a contact can be shared with or transferred to.
    Result<QStringList> fellows() const;

    // Inside a write: a new random key for generation `generation` of `contactId`, sealed to
    // each of `holders` (replacing every earlier key row of the contact).
    Result<SecureBytes> issue(QSqlDatabase db, qint64 contactId, int generation,
                              const QStringList& holders) const;
    // Inside a write: `key` sealed to one more holder.
    Result<void> grant(QSqlDatabase db, qint64 contactId, int generation, const QString& holder,
                       const SecureBytes& key) const;
    // The signed-in counsellor's key of `contactId` from its sealed row.
    Result<SecureBytes> open(qint64 contactId, int generation, const QByteArray& sealedKey) const;

    QByteArray sealContent(const SecureBytes& key, qint64 contactId, int generation,
                           const QByteArray& json) const;
    Result<QByteArray> openContent(const SecureBytes& key, qint64 contactId, int generation,
                                   const QByteArray& sealed) const;

private:
    QByteArray keyContext(qint64 contactId, int generation, const QString& holder) const;
    QByteArray contentContext(qint64 contactId, int generation) const;

    Store& m_store;
};

} // namespace infopunt
