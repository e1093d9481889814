#include "accounts/Role.h"

namespace infopunt {

QList<Role> Roles::all() {
    return {Role::Adviser, Role::WorkingGroupMember, Role::ConfidentialCounsellor};
}

QString Roles::code(Role role) {
    switch (role) {
    case Role::Adviser:
        return QStringLiteral("Adviser");
    case Role::WorkingGroupMember:
        return QStringLiteral("WorkingGroupMember");
    case Role::ConfidentialCounsellor:
        return QStringLiteral("ConfidentialCounsellor");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString& code) {
    for (const Role role : all()) {
        if (Roles::code(role) == code)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role) {
    switch (role) {
    case Role::Adviser:
        return tr("Integrity adviser");
    case Role::WorkingGroupMember:
        return tr("Working group member");
    case Role::ConfidentialCounsellor:
        return tr("Confidential counsellor");
    }
    return {};
}

QList<Compartment> Roles::compartments(Role role) {
    switch (role) {
    case Role::Adviser:
        return {Compartment::Main, Compartment::Office};
    case Role::WorkingGroupMember:
        return {Compartment::Main};
    case Role::ConfidentialCounsellor:
        return {Compartment::Main, Compartment::Counselling};
    }
    return {};
}

QList<Module> Roles::modules(Role role) {
    // Only the modules in which the role has work (DOMAIN.md), so nobody meets a dead end.
    switch (role) {
    case Role::Adviser:
        // Owns the system: the reports, audits, risks, plan and report, and the accounts. Not
        // Counselling: the counsellors' notes are for counsellors only.
        return {Module::Dashboard,  Module::Cases,        Module::Audits,        Module::Risks,
                Module::AnnualPlan, Module::AnnualReport, Module::Administration};
    case Role::WorkingGroupMember:
        // Reviews the investigations assigned to them; plans, audits and risks are the
        // adviser's.
        return {Module::Dashboard, Module::Cases};
    case Role::ConfidentialCounsellor:
        // Keeps the counselling register and sees no cases; their yearly figures reach the
        // annual report from the Counselling module.
        return {Module::Dashboard, Module::Counselling};
    }
    return {};
}

bool Roles::managesUsers(Role role) {
    return role == Role::Adviser;
}

bool Roles::managesCatalogue(Role role) {
    return role == Role::Adviser;
}

bool Roles::managesSettings(Role role) {
    return role == Role::Adviser;
}

bool Roles::readsAuditLog(Role role) {
    return role == Role::Adviser;
}

QList<Compartment> Compartments::all() {
    return {Compartment::Main, Compartment::Office, Compartment::Counselling};
}

QString Compartments::code(Compartment compartment) {
    switch (compartment) {
    case Compartment::Main:
        return QStringLiteral("main");
    case Compartment::Office:
        return QStringLiteral("office");
    case Compartment::Counselling:
        return QStringLiteral("counselling");
    }
    return {};
}

QString Compartments::fileName(Compartment compartment) {
    return code(compartment) == QStringLiteral("main") ? QStringLiteral("infopunt.db")
                                                       : code(compartment) + QStringLiteral(".db");
}

QString Modules::code(Module module) {
    switch (module) {
    case Module::Dashboard:
        return QStringLiteral("dashboard");
    case Module::Cases:
        return QStringLiteral("cases");
    case Module::Counselling:
        return QStringLiteral("counselling");
    case Module::Audits:
        return QStringLiteral("audits");
    case Module::Risks:
        return QStringLiteral("risks");
    case Module::AnnualPlan:
        return QStringLiteral("annual_plan");
    case Module::AnnualReport:
        return QStringLiteral("annual_report");
    case Module::Administration:
        return QStringLiteral("administration");
    }
    return {};
}

QString Modules::displayName(Module module) {
    switch (module) {
    case Module::Dashboard:
        return tr("Dashboard");
    case Module::Cases:
        return tr("Reports & investigations");
    case Module::Counselling:
        return tr("Counselling");
    case Module::Audits:
        return tr("Audits");
    case Module::Risks:
        return tr("Risks");
    case Module::AnnualPlan:
        return tr("Annual plan");
    case Module::AnnualReport:
        return tr("Annual report");
    case Module::Administration:
        return tr("Administration");
    }
    return {};
}

QString Modules::description(Module module) {
    switch (module) {
    case Module::Dashboard:
        return tr("What needs your attention today, and the state of the store.");
    case Module::Cases:
        return tr("Register reports of suspected integrity violations and steer the investigations "
                  "that follow.");
    case Module::Counselling:
        return tr("Confidential notes of contacts with employees, readable by counsellors only.");
    case Module::Audits:
        return tr("Plan and record audits of the integrity instruments, with findings and "
                  "recommendations.");
    case Module::Risks:
        return tr("The integrity risk register, vulnerable functions and their controls.");
    case Module::AnnualPlan:
        return tr("The yearly actions of the integrity plan and where each comes from.");
    case Module::AnnualReport:
        return tr("The public annual integrity report with its figures and charts, as a PDF.");
    case Module::Administration:
        return tr("Accounts, the building-block catalogue, the audit log and settings.");
    }
    return {};
}

} // namespace infopunt
