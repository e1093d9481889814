#include "counselling/CounsellingCodes.h"

#include <iterator>

namespace infopunt {

namespace {

struct Entry {
    const char* code;
    const char* name; // source text in the infopunt::CounsellingCodes context
};

constexpr Entry kinds[] = {
    {"integrity", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Integrity")},
    {"behaviour", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Undesirable behaviour")},
};
constexpr Entry integrityCategories[] = {
    {"question", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Question or dilemma")},
    {"violation", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Suspected integrity violation")},
    {"wrongdoing", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Suspected wrongdoing")},
    {"integrity_other", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Other integrity matter")},
};
constexpr Entry behaviourCategories[] = {
    {"sexual_harassment", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Sexual harassment")},
    {"aggression", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Aggression and violence")},
    {"bullying", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Bullying")},
    {"discrimination", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Discrimination")},
    {"behaviour_other",
     QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Other undesirable behaviour")},
};
constexpr Entry cameVia[] = {
    {"self", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "On their own initiative")},
    {"manager", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Via a manager")},
    {"hr", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Via HR")},
    {"company_doctor", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Via the company doctor")},
    {"colleague", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Via a colleague")},
    {"other", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Other way")},
};
constexpr Entry personRoles[] = {
    {"employee", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Employee")},
    {"manager", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Manager")},
    {"temp", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Temporary or hired staff")},
    {"intern", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Intern or trainee")},
    {"other", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Other position")},
};
constexpr Entry forms[] = {
    {"in_person", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "In person")},
    {"phone", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "By phone")},
    {"video", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "By video call")},
};
constexpr Entry actions[] = {
    {"support", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Listening and support")},
    {"advice", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Advice")},
    {"mediation", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Mediation arranged")},
    {"referral", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Referral")},
};
constexpr Entry referrals[] = {
    {"manager", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Manager")},
    {"hr", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "HR")},
    {"company_doctor", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Company doctor")},
    {"lkog", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "LKOG complaints committee")},
    {"adviser",
     QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Integrity adviser (formal report)")},
    {"whistleblowers", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Huis voor Klokkenluiders")},
    {"police", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Police")},
    {"other", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Other")},
};
constexpr Entry outcomes[] = {
    {"open", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Still open")},
    {"resolved", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Resolved informally")},
    {"referred", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Referred on")},
    {"formal_report", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Formal report made")},
    {"complaint", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Complaint lodged")},
    {"no_action",
     QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "No further steps (person's choice)")},
    {"unknown", QT_TRANSLATE_NOOP("infopunt::CounsellingCodes", "Not known")},
};

template <std::size_t N> QList<CounsellingCodes::Code> listOf(const Entry (&entries)[N]) {
    QList<CounsellingCodes::Code> codes;
    for (const Entry& entry : entries)
        codes.append({QString::fromLatin1(entry.code), CounsellingCodes::tr(entry.name)});
    return codes;
}

} // namespace

QList<CounsellingCodes::Code> CounsellingCodes::codes(List list) {
    switch (list) {
    case List::Kind:
        return listOf(kinds);
    case List::Category:
        return listOf(integrityCategories) + listOf(behaviourCategories);
    case List::CameVia:
        return listOf(cameVia);
    case List::PersonRole:
        return listOf(personRoles);
    case List::Form:
        return listOf(forms);
    case List::Action:
        return listOf(actions);
    case List::Referral:
        return listOf(referrals);
    case List::Outcome:
        break;
    }
    return listOf(outcomes);
}

QList<CounsellingCodes::Code> CounsellingCodes::categoriesOf(const QString& kind) {
    if (kind == integrity)
        return listOf(integrityCategories);
    if (kind == behaviour)
        return listOf(behaviourCategories);
    return {};
}

bool CounsellingCodes::contains(List list, const QString& code) {
    for (const Code& entry : codes(list))
        if (entry.code == code)
            return true;
    return false;
}

QString CounsellingCodes::name(List list, const QString& code) {
    for (const Code& entry : codes(list))
        if (entry.code == code)
            return entry.name;
    return code;
}

QString CounsellingCodes::kindOf(const QString& category) {
    for (const QString& kind : {integrity, behaviour})
        for (const Code& entry : categoriesOf(kind))
            if (entry.code == category)
                return kind;
    return {};
}

} // namespace infopunt
