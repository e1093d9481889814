#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace infopunt {

// The fixed lists a counselling contact is recorded with (issue "Confidential counsellors"):
// stable codes, stored in the sealed contact and in the published figures, and their translated
// names. The yearly figures count per code, so a code is never renamed or reused.
class CounsellingCodes {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CounsellingCodes)
public:
    enum class List {
        Kind,       // integrity / undesirable behaviour
        Category,   // per kind: categoriesOf()
        CameVia,    // how the person came in
        PersonRole, // the person's position
        Form,       // of a conversation
        Action,     // what the counsellor did
        Referral,   // to whom the person was referred
        Outcome,
    };
    struct Code {
        QString code;
        QString name; // translated
    };

    static inline const QString integrity = QStringLiteral("integrity");
    static inline const QString behaviour = QStringLiteral("behaviour");
    static inline const QString referralAction = QStringLiteral("referral");
    // The referral that hands a formal report to the integrity adviser, with consent.
    static inline const QString adviserReferral = QStringLiteral("adviser");

    static QList<Code> codes(List list); // for Category: every kind's, integrity first
    static QList<Code> categoriesOf(const QString& kind);
    static bool contains(List list, const QString& code);
    static QString name(List list, const QString& code); // the code itself if unknown
    // The kind a category belongs to ("" if none).
    static QString kindOf(const QString& category);
};

} // namespace infopunt
