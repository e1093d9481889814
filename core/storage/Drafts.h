#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace infopunt {

class Store;

// An edit the user had not saved when Infopunt locked by itself: kept in the encrypted store
// (never in a file of its own) so that it can be offered back after unlocking. Where it was
// is opaque to the store: the ui names the module, the record, the view and the form.
struct Draft {
    qint64 id = 0;
    QString module;      // the ui's module code, e.g. "cases"
    qint64 recordId = 0; // e.g. the case's id; 0 for a new record
    QString recordLabel; // e.g. the case number, shown when offering the draft back
    QString view;        // e.g. the case file tab
    QString form;        // which form on that view, e.g. "overview", "addEntry"
    qint64 argument = 0; // what the form was opened on (an entry's id, a state)
    QVariantMap fields;  // the form's values as the user left them
    QDateTime savedAt;   // UTC
};

// The signed-in user's drafts. Only the user who made a draft ever reads it.
class Drafts {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Drafts)
public:
    explicit Drafts(Store& store)
        : m_store(store) {}

    // Keeps all of them in one transaction: all are kept, or none.
    Result<void> keep(const QList<Draft>& drafts);
    // Oldest first.
    Result<QList<Draft>> mine() const;
    // Removes one of the user's drafts once it was restored or discarded.
    Result<void> remove(qint64 draftId, bool restored);

private:
    Store& m_store;
};

} // namespace infopunt
