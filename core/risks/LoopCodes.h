#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace infopunt {

// The fixed lists of the control loop (risks, audits, the annual plan): stable codes, stored in
// the main compartment and in the audit log, and their translated names. A code is never renamed
// or reused; the annual report counts per code.
class LoopCodes {
    Q_DECLARE_TR_FUNCTIONS(infopunt::LoopCodes)
public:
    enum class List {
        RiskStatus,          // open, in_treatment, accepted, closed
        AssessmentKind,      // inherent, residual
        RiskLevel,           // low, medium, high, very_high
        Effectiveness,       // of a control: effective, partly, not_effective, not_tested
        AcceptanceDecision,  // approved, declined, withdrawn ("" while requested)
        VulnerabilityReason, // why a function is vulnerable
        Screening,           // what screening the function requires
        AuditSubject,        // block, process, risk
        AuditorKind,         // internal, risk_management, accountant, rekenkamer, external
        AuditStatus,         // planned, in_progress, done, cancelled
        Severity,            // of a finding: low, medium, high
        FindingActionStatus, // open, done
        PlanSource,          // where a plan action comes from
        PlanStatus,          // planned, in_progress, done, cancelled, carried_over
        ActivityKind,        // training, moral_deliberation, oath, onboarding, dilemma, other
    };
    struct Code {
        QString code;
        QString name; // translated
    };

    static QList<Code> codes(List list);
    static QStringList codeList(List list);
    static bool contains(List list, const QString& code);
    static QString name(List list, const QString& code); // the code itself if unknown
};

} // namespace infopunt
