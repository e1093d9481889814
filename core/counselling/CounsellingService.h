#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"
#include "counselling/Contact.h"
#include "counselling/CounsellingKeys.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace infopunt {

class CounsellingWrite;
class Store;

// The counselling register of the signed-in confidential counsellor: the contacts whose key they
// hold (CounsellingKeys), sharing with a stand-in, transferring to a successor. Every change and
// every opening of a contact is recorded in the compartment's own log (CounsellingWrite), with
// ids and user names only. Only a counsellor's session holds the compartment.
class CounsellingService {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CounsellingService)
public:
    explicit CounsellingService(Store& store);

    // Records the counsellor's own public key at first use (a counsellor's session does this at
    // sign-in), so that fellows can share contacts with them.
    Result<void> pinOwnKey();

    // Every contact the counsellor holds a key for, oldest first contact first.
    Result<QList<Contact>> contacts() const;
    // One contact, for showing it: its opening is logged.
    Result<Contact> open(qint64 contactId);
    // One contact, for the program's own use (nothing is shown, nothing logged).
    Result<Contact> read(qint64 contactId) const;

    // `contact`'s id, owner and holders are ignored; returns the new id.
    Result<qint64> registerContact(const Contact& contact);
    // Saves every sealed field of `contact`; StaleEdit unless contact.rowVersion is current.
    Result<void> update(const Contact& contact);
    // Records in `contact` (as read, with its row version) that it was handed over as formal
    // report `handoverId` today, referred to the integrity adviser (CounsellingHandovers).
    Result<void> linkHandover(const Contact& contact, qint64 handoverId);

    // The counsellors a contact can be shared with or transferred to.
    Result<QStringList> fellows() const;
    // Gives `fellow` (a stand-in) the contact's key. Only the contact's owner shares.
    Result<void> share(qint64 contactId, const QString& fellow);
    // Takes a stand-in's key away: the contact gets a new key, sealed to those who remain.
    Result<void> unshare(qint64 contactId, const QString& fellow);
    // Hands every contact the counsellor owns to `successor`, who becomes its owner; the
    // counsellor keeps no key of them. Returns how many.
    Result<int> transferAll(const QString& successor);

    // Destroys the counsellor's own contacts `contactIds`, each of them due
    // (CounsellingRetention): content and keys deleted (the file overwrites deleted pages), a
    // tombstone with the contact's year only and a log line without content kept. All or none;
    // returns how many.
    Result<int> destroy(const QList<qint64>& contactIds);

    // The compartment's log, newest first: what was done with the counsellor's contacts and by
    // them.
    Result<QList<AuditEntry>> log(int limit = 500) const;

private:
    struct Row {
        qint64 id = 0;
        QString owner;
        int generation = 1;
        QByteArray content;
        qint64 rowVersion = 0;
        QByteArray sealedKey;
    };
    Result<void> requireCounsellor() const;
    // Saves every sealed field of `contact`, logged as `action`.
    Result<void> save(const Contact& contact, const QString& action);
    Result<QList<Row>> rows(const QString& where, const QVariantList& values) const;
    Result<Row> row(qint64 contactId) const;
    Result<Contact> decode(const Row& row) const;
    Result<QStringList> holders(qint64 contactId) const;
    // Inside `write`: the counsellor's own key pinned, so that a first write also records it.
    Result<void> pinIn(CounsellingWrite& write) const;

    Store& m_store;
    CounsellingKeys m_keys;
};

} // namespace infopunt
