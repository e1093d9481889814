#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace infopunt {

enum class Role { Adviser, WorkingGroupMember, ConfidentialCounsellor };

// A store compartment is an SQLCipher file with its own random data key. Everyone holds the
// main key; the office compartment (the accounts' pinned public keys, what only advisers may
// read) is the advisers'; confidential counsellors' notes live in the counselling compartment,
// whose key only counsellors hold.
enum class Compartment { Main, Office, Counselling };

// The application's modules, in sidebar order.
enum class Module {
    Dashboard,
    Cases,
    Counselling,
    Audits,
    Risks,
    AnnualPlan,
    AnnualReport,
    Administration
};

class Roles {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Roles)
public:
    static QList<Role> all();
    static QString code(Role role); // "Adviser", as in DOMAIN.md and the CLI
    static std::optional<Role> fromCode(const QString& code);
    static QString displayName(Role role);             // translated
    static QList<Compartment> compartments(Role role); // which data keys the role holds
    static QList<Module> modules(Role role);           // what the sidebar shows
    static bool managesUsers(Role role);
    static bool managesCatalogue(Role role);
    static bool managesSettings(Role role);
    static bool readsAuditLog(Role role);
};

class Compartments {
public:
    static QList<Compartment> all();
    static QString code(Compartment compartment);     // "main", "office", "counselling"
    static QString fileName(Compartment compartment); // "infopunt.db", "office.db", ...
};

class Modules {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Modules)
public:
    static QString code(Module module);        // "cases": stable, for drafts and settings
    static QString displayName(Module module); // translated
    static QString description(Module module); // translated, one sentence
};

} // namespace infopunt
