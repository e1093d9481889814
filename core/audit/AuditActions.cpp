#include "audit/AuditActions.h"

#include <cstddef>

namespace infopunt {

namespace {

struct CodeName {
    const char* code;
    const char* name; // source text in the infopunt::AuditActions context
};

// One line per code: a new action or record type is a new line here.
constexpr CodeName actionNames[] = {
    {"store.create", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Store created")},
    {"user.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "User added")},
    {"user.disable", QT_TRANSLATE_NOOP("infopunt::AuditActions", "User disabled")},
    {"user.enable", QT_TRANSLATE_NOOP("infopunt::AuditActions", "User enabled")},
    {"user.reset_access", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Access reset")},
    {"user.change_passphrase", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Passphrase changed")},
    {"catalogue.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block added")},
    {"catalogue.rename", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block renamed")},
    {"catalogue.retire", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block retired")},
    {"catalogue.restore", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block restored")},
    {"settings.change", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Setting changed")},
};

constexpr CodeName recordTypeNames[] = {
    {"store", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Store")},
    {"user", QT_TRANSLATE_NOOP("infopunt::AuditActions", "User")},
    {"building_block", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block")},
    {"setting", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Setting")},
};

template <std::size_t N> const char* nameOf(const CodeName (&table)[N], const QString& code) {
    for (const CodeName& entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.name;
    }
    return nullptr;
}

template <std::size_t N> QStringList codesOf(const CodeName (&table)[N]) {
    QStringList codes;
    for (const CodeName& entry : table)
        codes.append(QLatin1String(entry.code));
    return codes;
}

} // namespace

QString AuditActions::displayName(const QString& actionCode) {
    const char* name = nameOf(actionNames, actionCode);
    return name ? tr(name) : actionCode;
}

QString AuditActions::recordTypeName(const QString& recordTypeCode) {
    const char* name = nameOf(recordTypeNames, recordTypeCode);
    return name ? tr(name) : recordTypeCode;
}

QStringList AuditActions::knownCodes() {
    return codesOf(actionNames);
}

QStringList AuditActions::knownRecordTypes() {
    return codesOf(recordTypeNames);
}

} // namespace infopunt
