#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace infopunt {

// Translated names for the codes the audit log stores: actions ("user.add") and record types
// ("building_block"). The log keeps the codes, so that its hash chain does not depend on the
// language; these names are for display only.
class AuditActions {
    Q_DECLARE_TR_FUNCTIONS(infopunt::AuditActions)
public:
    // Translated; the code itself for a code this version does not know.
    static QString displayName(const QString& actionCode);
    static QString recordTypeName(const QString& recordTypeCode);

    static QStringList knownCodes();
    static QStringList knownRecordTypes();
};

} // namespace infopunt
