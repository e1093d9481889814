#include "cases/CaseRecords.h"

namespace infopunt {

namespace {

// The value whose stored code is `code`, if any.
template <typename T, typename CodeOf>
std::optional<T> fromCode(const QList<T>& values, const QString& code, CodeOf codeOf) {
    for (const T value : values) {
        if (codeOf(value) == code)
            return value;
    }
    return std::nullopt;
}

QList<ReviewKind> reviewKinds() {
    return {ReviewKind::Comment, ReviewKind::Advice};
}

QList<ApprovalAction> approvalActions() {
    return {ApprovalAction::CloseCase, ApprovalAction::DeleteCase, ApprovalAction::DeleteDocument,
            ApprovalAction::DeleteJournalEntry};
}

QList<ApprovalDecision> approvalDecisions() {
    return {ApprovalDecision::Approved, ApprovalDecision::Rejected};
}

} // namespace

QList<Channel> CaseTerms::channels() {
    return {Channel::ConfidentialCounsellor, Channel::Manager, Channel::Adviser, Channel::Anonymous,
            Channel::External};
}

QString CaseTerms::code(Channel channel) {
    switch (channel) {
    case Channel::ConfidentialCounsellor:
        return QStringLiteral("confidential_counsellor");
    case Channel::Manager:
        return QStringLiteral("manager");
    case Channel::Adviser:
        return QStringLiteral("adviser");
    case Channel::Anonymous:
        return QStringLiteral("anonymous");
    case Channel::External:
        return QStringLiteral("external");
    }
    return {};
}

QString CaseTerms::name(Channel channel) {
    switch (channel) {
    case Channel::ConfidentialCounsellor:
        return tr("Via a confidential counsellor");
    case Channel::Manager:
        return tr("Via a manager");
    case Channel::Adviser:
        return tr("Directly to the integrity adviser");
    case Channel::Anonymous:
        return tr("Anonymous");
    case Channel::External:
        return tr("External (Huis voor Klokkenluiders)");
    }
    return {};
}

std::optional<Channel> CaseTerms::channelFromCode(const QString& code) {
    return fromCode(channels(), code, [](Channel c) { return CaseTerms::code(c); });
}

QList<PartyKind> CaseTerms::partyKinds() {
    return {PartyKind::Subject, PartyKind::Witness, PartyKind::Other};
}

QString CaseTerms::code(PartyKind kind) {
    switch (kind) {
    case PartyKind::Subject:
        return QStringLiteral("subject");
    case PartyKind::Witness:
        return QStringLiteral("witness");
    case PartyKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString CaseTerms::name(PartyKind kind) {
    switch (kind) {
    case PartyKind::Subject:
        return tr("Subject");
    case PartyKind::Witness:
        return tr("Witness");
    case PartyKind::Other:
        return tr("Other party");
    }
    return {};
}

std::optional<PartyKind> CaseTerms::partyKindFromCode(const QString& code) {
    return fromCode(partyKinds(), code, [](PartyKind k) { return CaseTerms::code(k); });
}

QList<JournalKind> CaseTerms::journalKinds() {
    return {JournalKind::Note, JournalKind::Call, JournalKind::Meeting, JournalKind::Email};
}

QString CaseTerms::code(JournalKind kind) {
    switch (kind) {
    case JournalKind::Note:
        return QStringLiteral("note");
    case JournalKind::Call:
        return QStringLiteral("call");
    case JournalKind::Meeting:
        return QStringLiteral("meeting");
    case JournalKind::Email:
        return QStringLiteral("email");
    }
    return {};
}

QString CaseTerms::name(JournalKind kind) {
    switch (kind) {
    case JournalKind::Note:
        return tr("Note");
    case JournalKind::Call:
        return tr("Phone call");
    case JournalKind::Meeting:
        return tr("Meeting");
    case JournalKind::Email:
        return tr("E-mail");
    }
    return {};
}

std::optional<JournalKind> CaseTerms::journalKindFromCode(const QString& code) {
    return fromCode(journalKinds(), code, [](JournalKind k) { return CaseTerms::code(k); });
}

QString CaseTerms::code(ReviewKind kind) {
    switch (kind) {
    case ReviewKind::Comment:
        return QStringLiteral("comment");
    case ReviewKind::Advice:
        return QStringLiteral("advice");
    }
    return {};
}

QString CaseTerms::name(ReviewKind kind) {
    switch (kind) {
    case ReviewKind::Comment:
        return tr("Review comment");
    case ReviewKind::Advice:
        return tr("Advice");
    }
    return {};
}

std::optional<ReviewKind> CaseTerms::reviewKindFromCode(const QString& code) {
    return fromCode(reviewKinds(), code, [](ReviewKind k) { return CaseTerms::code(k); });
}

QString CaseTerms::code(ApprovalAction action) {
    switch (action) {
    case ApprovalAction::CloseCase:
        return QStringLiteral("close_case");
    case ApprovalAction::DeleteCase:
        return QStringLiteral("delete_case");
    case ApprovalAction::DeleteDocument:
        return QStringLiteral("delete_document");
    case ApprovalAction::DeleteJournalEntry:
        return QStringLiteral("delete_journal_entry");
    }
    return {};
}

QString CaseTerms::name(ApprovalAction action) {
    switch (action) {
    case ApprovalAction::CloseCase:
        return tr("Close the case");
    case ApprovalAction::DeleteCase:
        return tr("Delete the case");
    case ApprovalAction::DeleteDocument:
        return tr("Delete a document");
    case ApprovalAction::DeleteJournalEntry:
        return tr("Delete a journal entry");
    }
    return {};
}

std::optional<ApprovalAction> CaseTerms::approvalActionFromCode(const QString& code) {
    return fromCode(approvalActions(), code, [](ApprovalAction a) { return CaseTerms::code(a); });
}

QString CaseTerms::code(ApprovalDecision decision) {
    switch (decision) {
    case ApprovalDecision::Approved:
        return QStringLiteral("approved");
    case ApprovalDecision::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString CaseTerms::name(ApprovalDecision decision) {
    switch (decision) {
    case ApprovalDecision::Approved:
        return tr("Approved");
    case ApprovalDecision::Rejected:
        return tr("Rejected");
    }
    return {};
}

std::optional<ApprovalDecision> CaseTerms::approvalDecisionFromCode(const QString& code) {
    return fromCode(approvalDecisions(), code,
                    [](ApprovalDecision d) { return CaseTerms::code(d); });
}

} // namespace infopunt
