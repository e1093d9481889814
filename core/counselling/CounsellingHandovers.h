#pragma once

#include "cases/CaseService.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace infopunt {

class Store;

// A formal report a confidential counsellor hands over to the integrity advisers, with the
// person's consent: only what the counsellor ticked passes (a neutral title and a description
// the counsellor writes for it always; the person's name and contact details and the
// organisation unit when ticked).
struct Handover {
    qint64 id = 0;
    QString counsellor;
    QDateTime sentAt;  // UTC
    qint64 caseId = 0; // the report an adviser registered from it; 0 while it waits

    QString title;
    QString description;
    QString reporterName; // empty unless ticked
    QString reporterContact;
    QString orgUnit;

    // The intake an adviser starts from: received on the day it was handed over, through the
    // confidential counsellor, anonymous unless the person's name passed.
    NewCase intake() const;
};

// The way a formal report crosses from the counselling compartment, which advisers do not
// hold, to the cases module, which counsellors do not see. The handover is sealed under a
// random key of its own, sealed to each enabled adviser's public key, in the shared main
// compartment; the counselling side keeps only the link in the contact. The advisers' keys are
// the ones the counsellors recorded in their compartment the first time they sealed to them
// (trust on first use): an adviser whose keyring entry shows another key since (their access
// was reset, or the keyring was edited) is left out and named, never sealed to blindly.
class CounsellingHandovers {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CounsellingHandovers)
public:
    explicit CounsellingHandovers(Store& store)
        : m_store(store) {}

    struct Sent {
        qint64 id = 0;
        QStringList advisers; // who can open it
        QStringList leftOut;  // advisers whose key changed since it was recorded
    };

    // Field errors: "consent", "title", "description". Counsellors only, for a contact they are
    // responsible for that was not handed over before.
    static FieldErrors validate(const Handover& handover, bool consent);
    Result<Sent> send(qint64 contactId, const Handover& handover, bool consent);
    // Records the key `adviser` has in the keyring now as the one to seal to, in place of the
    // one recorded before: after their access was reset (which gives them new keys), once the
    // counsellor has made sure of it with the adviser. Logged in the compartment.
    Result<void> trustAgain(const QString& adviser);

    // The handovers waiting for an adviser to register them, oldest first (advisers only).
    Result<QList<Handover>> waiting() const;
    // Records that `caseId` was registered from the handover (advisers only).
    Result<void> markRegistered(qint64 handoverId, qint64 caseId);

    // The enabled advisers whose keyring key is not the one recorded for them (their access was
    // reset, or the keyring was edited): a handover leaves them out until trustAgain().
    Result<QStringList> changedKeys() const;

private:
    struct AdviserKey {
        QString adviser;
        QByteArray keyring;  // the box key in this session's keyring
        QByteArray recorded; // the one recorded in the compartment; empty when none yet
    };
    // Every enabled adviser in this session's keyring, with both keys.
    Result<QList<AdviserKey>> recordedKeys(QSqlDatabase counselling) const;
    // Inside a compartment write of its own: the keys to seal to, recording first-seen ones.
    Result<QList<std::pair<QString, QByteArray>>> adviserKeys(Sent& sent);

    Store& m_store;
};

} // namespace infopunt
