#pragma once

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace infopunt {

class PersonNames;

// The sentences of the audit log, made when an entry is shown, in the reader's language: a
// summary code and its parameters become e.g. "Step from Registered to Acknowledged, dated
// 3-2-2026". Parameters that are codes (states, roles, channels, kinds, actions) are shown by
// their translated names and user names by the person's display name, so no stored code
// reaches the screen.
class AuditSummaries {
    Q_DECLARE_TR_FUNCTIONS(infopunt::AuditSummaries)
public:
    // An entry from before summary codes shows the sentence it was written with.
    static QString text(const AuditEntry& entry, const PersonNames& people);
    static QString text(const AuditSummary& summary, const PersonNames& people);
    static QString text(const AuditSummary& summary); // user names as they are

    // Every summary code this version writes and can show.
    static QStringList knownCodes();
};

} // namespace infopunt
