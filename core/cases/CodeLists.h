#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace infopunt {

class Store;

// The office's editable lists with a shipped starting set: violation types and disciplinary
// measures. Shipped entries show a translated name until the Adviser renames them; entries
// are retired, never deleted, so old cases keep their classification.
struct CodeListEntry {
    qint64 id = 0;
    QString code; // stable, e.g. "conflict_of_interest"; "custom_<n>" for added entries
    QString name; // the display name (translated for a shipped entry that was not renamed)
    bool retired = false;
    qint64 rowVersion = 0;
};

class CodeLists {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CodeLists)
public:
    enum class List { ViolationType, Measure };

    explicit CodeLists(Store& store)
        : m_store(store) {}

    Result<QList<CodeListEntry>> entries(List list, bool includeRetired = true) const;
    Result<CodeListEntry> add(List list, const QString& name); // Adviser only
    Result<void> rename(qint64 id, qint64 expectedRowVersion, const QString& name);
    Result<void> setRetired(qint64 id, qint64 expectedRowVersion, bool retired);

    // The name's own rules ("name": filled in, not too long), for the form while the user types;
    // add and rename check these and that no other entry of the list has the name.
    static FieldErrors validateName(const QString& name);
    static QString shippedName(List list, const QString& code); // translated; empty if unknown
    static QString listCode(List list);                         // "violation_type", "measure"
    static QString listName(List list); // translated, e.g. "disciplinary measures"

private:
    Store& m_store;
};

} // namespace infopunt
