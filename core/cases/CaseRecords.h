#pragma once

#include "cases/CaseFacts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace infopunt {

// Who a party of a case is. The reporter is not a party: their identity is protected and kept
// apart (CaseReporter).
enum class PartyKind { Subject, Witness, Other };

enum class JournalKind { Note, Call, Meeting, Email };

enum class ReviewKind { Comment, Advice };

// What a four-eyes approval request asks for.
enum class ApprovalAction { CloseCase, DeleteCase, DeleteDocument, DeleteJournalEntry };

enum class ApprovalDecision { Approved, Rejected };

// Stored codes and translated names of the enums above.
class CaseTerms {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseTerms)
public:
    static QList<Channel> channels();
    static QString code(Channel channel);
    static QString name(Channel channel);
    static std::optional<Channel> channelFromCode(const QString& code);

    static QList<PartyKind> partyKinds();
    static QString code(PartyKind kind);
    static QString name(PartyKind kind);
    static std::optional<PartyKind> partyKindFromCode(const QString& code);

    static QList<JournalKind> journalKinds();
    static QString code(JournalKind kind);
    static QString name(JournalKind kind);
    static std::optional<JournalKind> journalKindFromCode(const QString& code);

    static QString code(ReviewKind kind);
    static QString name(ReviewKind kind);
    static std::optional<ReviewKind> reviewKindFromCode(const QString& code);

    static QString code(ApprovalAction action);
    static QString name(ApprovalAction action);
    static std::optional<ApprovalAction> approvalActionFromCode(const QString& code);

    static QString code(ApprovalDecision decision);
    static QString name(ApprovalDecision decision);
    static std::optional<ApprovalDecision> approvalDecisionFromCode(const QString& code);
};

// The overview of a case: everything but the protected reporter identity and the children.
struct CaseRecord : CaseFacts {
    QString title; // a short neutral label, e.g. "Gift from supplier"; never a name
    QString description;
    QString feedbackExtensionReason;
    QString lessonsLearned;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;
};

// The reporter's identity: shown only to Advisers and to working-group members assigned to the
// case; never in a list, export, report or log line.
struct CaseReporter {
    QString name;
    QString contact;
    qint64 rowVersion = 0; // 0 when no identity is recorded
};

struct CaseParty {
    qint64 id = 0;
    qint64 caseId = 0;
    PartyKind kind = PartyKind::Subject;
    QString name;
    QString function;
    QString orgUnit;
    QString note;
    qint64 rowVersion = 0;
};

// One recorded step of the protocol, forward or a reopen.
struct CaseStep {
    qint64 id = 0;
    qint64 caseId = 0;
    bool reopen = false;
    std::optional<CaseState> from; // none for the registration
    CaseState to = CaseState::Registered;
    QDate date;
    QString actor;
    QString note; // for a reopen: the reason
    std::optional<InvestigationKind> investigationKind;
    std::optional<Verdict> verdict;
    std::optional<qint64> measureId;
    QString approvedBy;
    QDateTime recordedAt;
};

// A deadline a user set on a case, next to the two legal ones.
struct CaseDeadline {
    qint64 id = 0;
    qint64 caseId = 0;
    QString label;
    QDate due;
    std::optional<QDate> met;
    QString createdBy;
    qint64 rowVersion = 0;
};

struct JournalEntry {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate date;
    JournalKind kind = JournalKind::Note;
    QString text;
    QString author;
    QDateTime recordedAt;
    qint64 rowVersion = 0;
};

// A document's description; the content is loaded separately and only on request.
struct DocumentInfo {
    qint64 id = 0;
    qint64 caseId = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256; // hex
    QString note;
    QString addedBy;
    QDateTime addedAt;
    bool hasText = false; // searchable text could be extracted
};

struct CaseAssignment {
    QString userName;
    QString displayName;
    QString assignedBy;
    QDateTime assignedAt;
};

struct ReviewNote {
    qint64 id = 0;
    qint64 caseId = 0;
    ReviewKind kind = ReviewKind::Comment;
    QString text;
    QString author;
    QDateTime recordedAt;
};

struct ApprovalRequest {
    qint64 id = 0;
    qint64 caseId = 0;
    ApprovalAction action = ApprovalAction::CloseCase;
    std::optional<qint64> targetId; // the document or journal entry to delete
    QString reason;
    QString requestedBy;
    QDateTime requestedAt;
    std::optional<ApprovalDecision> decision; // none while pending
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionNote;
};

// One opening of a case file, read from the audit log.
struct CaseView {
    QString userName;
    QDateTime viewedAt;
};

} // namespace infopunt
