#include "accounts/RetryDelay.h"
#include "accounts/Role.h"
#include "catch.h"

using namespace infopunt;

TEST_CASE("role codes round-trip and each role sees its own modules", "[roles]") {
    for (const Role role : Roles::all())
        CHECK(Roles::fromCode(Roles::code(role)) == role);
    CHECK_FALSE(Roles::fromCode(QStringLiteral("Administrator")));

    // Each role sees only the modules it has work in, in sidebar order.
    CHECK(Roles::modules(Role::Adviser) ==
          QList<Module>{Module::Dashboard, Module::Cases, Module::Audits, Module::Risks,
                        Module::AnnualPlan, Module::AnnualReport, Module::Administration});
    CHECK(Roles::modules(Role::WorkingGroupMember) ==
          QList<Module>{Module::Dashboard, Module::Cases});
    CHECK(Roles::modules(Role::ConfidentialCounsellor) ==
          QList<Module>{Module::Dashboard, Module::Counselling});
    // The counsellors' notes are theirs alone; a counsellor sees no cases; the plan, audits,
    // risks, annual report and administration are the adviser's.
    for (const Role role : Roles::all()) {
        CHECK(Roles::modules(role).contains(Module::Counselling) ==
              (role == Role::ConfidentialCounsellor));
        CHECK(Roles::modules(role).contains(Module::Cases) !=
              (role == Role::ConfidentialCounsellor));
        for (const Module module : {Module::Audits, Module::Risks, Module::AnnualPlan,
                                    Module::AnnualReport, Module::Administration})
            CHECK(Roles::modules(role).contains(module) == (role == Role::Adviser));
    }
    // Every module is some role's.
    QList<Module> shown;
    for (const Role role : Roles::all()) {
        for (const Module module : Roles::modules(role)) {
            if (!shown.contains(module))
                shown.append(module);
        }
    }
    CHECK(shown.size() == 8);
    CHECK(Roles::compartments(Role::ConfidentialCounsellor).contains(Compartment::Counselling));
    CHECK_FALSE(Roles::compartments(Role::Adviser).contains(Compartment::Counselling));
    CHECK_FALSE(Roles::compartments(Role::WorkingGroupMember).contains(Compartment::Counselling));
    CHECK(Roles::managesUsers(Role::Adviser));
    CHECK_FALSE(Roles::managesUsers(Role::WorkingGroupMember));
    CHECK_FALSE(Roles::managesUsers(Role::ConfidentialCounsellor));
}

TEST_CASE("roles, compartments and modules have names", "[roles]") {
    QStringList names;
    for (const Role role : Roles::all())
        names << Roles::displayName(role);
    CHECK(names.size() == 3);
    CHECK(names.removeDuplicates() == 0);
    CHECK_FALSE(names.contains(QString()));
    CHECK(Compartments::code(Compartment::Main) == QStringLiteral("main"));
    CHECK(Compartments::code(Compartment::Counselling) == QStringLiteral("counselling"));
    CHECK(Compartments::fileName(Compartment::Main) == QStringLiteral("infopunt.db"));
    CHECK(Compartments::fileName(Compartment::Counselling) == QStringLiteral("counselling.db"));
    for (const Module module :
         {Module::Dashboard, Module::Cases, Module::Counselling, Module::Audits, Module::Risks,
          Module::AnnualPlan, Module::AnnualReport, Module::Administration}) {
        CHECK_FALSE(Modules::displayName(module).isEmpty());
        CHECK(Modules::description(module).endsWith(QLatin1Char('.')));
    }
    for (const Role role : {Role::WorkingGroupMember, Role::ConfidentialCounsellor}) {
        CHECK_FALSE(Roles::managesCatalogue(role));
        CHECK_FALSE(Roles::managesSettings(role));
        CHECK_FALSE(Roles::readsAuditLog(role));
    }
}

TEST_CASE("each wrong passphrase doubles the pause, up to 30 seconds", "[accounts]") {
    RetryDelay delay;
    CHECK(delay.registerFailure() == 1000);
    CHECK(delay.registerFailure() == 2000);
    CHECK(delay.registerFailure() == 4000);
    for (int i = 0; i < 40; ++i)
        delay.registerFailure();
    CHECK(delay.registerFailure() == RetryDelay::maximumDelayMs);
    delay.reset();
    CHECK(delay.registerFailure() == 1000);
}
