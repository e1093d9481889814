#include "pages/cases/ReviewTab.h"

#include "accounts/AccountService.h"
#include "common/PersonCell.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/cases/FourEyesDialogs.h"
#include "pages/cases/ReviewDialogs.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

constexpr int idRole = Qt::UserRole;

QTreeWidget* makeList(const QString& objectName, const QStringList& headers, QWidget* parent) {
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    applyTableStyle(list);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

void fitColumns(QTreeWidget* list) {
    for (int column = 0; column + 1 < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
}

} // namespace

ReviewTab::ReviewTab(Store& store, QWidget* parent)
    : CaseTab(store, parent)
    , m_cases(store)
    , m_journal(store)
    , m_documents(store) {
    setObjectName(tabObjectName());
    m_deleteCase = new QPushButton(tr("Request deletion of this case…"), this);
    m_deleteCase->setObjectName(QStringLiteral("deleteCaseButton"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildAssignments());
    splitter->addWidget(buildReviews());
    splitter->addWidget(buildApprovals());

    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_deleteCase);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    connect(m_deleteCase, &QPushButton::clicked, this, &ReviewTab::requestCaseDeletion);
}

QWidget* ReviewTab::buildAssignments() {
    auto* box = new QGroupBox(tr("Assigned working-group members"), this);
    m_members = makeList(QStringLiteral("membersList"),
                         {tr("Member"), tr("Assigned by"), tr("Assigned")}, box);
    m_assign = new QPushButton(tr("Assign…"), box);
    m_unassign = new QPushButton(tr("Unassign"), box);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_unassign->setObjectName(QStringLiteral("unassignButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addStretch(1);
    buttons->addWidget(m_unassign);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_members, 1);
    layout->addLayout(buttons);
    connect(m_members, &QTreeWidget::itemSelectionChanged, this, &ReviewTab::updateButtons);
    connect(m_assign, &QPushButton::clicked, this, &ReviewTab::assign);
    connect(m_unassign, &QPushButton::clicked, this, &ReviewTab::unassign);
    return box;
}

QWidget* ReviewTab::buildReviews() {
    auto* box = new QGroupBox(tr("Review comments and advice"), this);
    m_reviews = makeList(QStringLiteral("reviewsList"),
                         {tr("When"), tr("Kind"), tr("Author"), tr("Text")}, box);
    m_reviews->setSelectionMode(QAbstractItemView::NoSelection);
    m_reviews->setWordWrap(true);
    m_reviews->setUniformRowHeights(false);
    m_addReview = new QPushButton(tr("Add comment or advice…"), box);
    m_addReview->setObjectName(QStringLiteral("addReviewButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addReview);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_reviews, 1);
    layout->addLayout(buttons);
    connect(m_addReview, &QPushButton::clicked, this, &ReviewTab::addReview);
    return box;
}

QWidget* ReviewTab::buildApprovals() {
    auto* box = new QGroupBox(tr("Four-eyes requests"), this);
    m_approvals = makeList(QStringLiteral("approvalsList"),
                           {tr("Requested"), tr("Request"), tr("Concerns"), tr("Requested by"),
                            tr("Status"), tr("Reason")},
                           box);
    m_approve = new QPushButton(tr("Approve…"), box);
    m_reject = new QPushButton(tr("Reject…"), box);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_approvals, 1);
    layout->addLayout(buttons);
    connect(m_approvals, &QTreeWidget::itemSelectionChanged, this, &ReviewTab::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(ApprovalDecision::Approved); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(ApprovalDecision::Rejected); });
    return box;
}

void ReviewTab::reload() {
    showAssignments();
    showReviews();
    showApprovals();
    updateButtons();
}

void ReviewTab::showAssignments() {
    m_members->clear();
    m_assignments.clear();
    const auto assignments = m_cases.assignments(record().id);
    if (loaded(assignments))
        m_assignments = assignments.value();
    for (const CaseAssignment& assignment : std::as_const(m_assignments)) {
        auto* item = new QTreeWidgetItem(
            m_members, {QString(), QString(), CaseDisplay::moment(assignment.assignedAt)});
        PersonCell::show(item, 0, people(), assignment.userName);
        PersonCell::show(item, 1, people(), assignment.assignedBy);
        item->setData(0, idRole, assignment.userName);
    }
    fitColumns(m_members);
}

void ReviewTab::showReviews() {
    m_reviews->clear();
    const auto reviews = m_cases.reviews(record().id);
    if (!loaded(reviews))
        return;
    for (const ReviewNote& note : reviews.value()) {
        auto* item =
            new QTreeWidgetItem(m_reviews, {CaseDisplay::moment(note.recordedAt),
                                            CaseTerms::name(note.kind), QString(), note.text});
        PersonCell::show(item, 2, people(), note.author);
        item->setToolTip(3, note.text);
    }
    fitColumns(m_reviews);
}

void ReviewTab::showApprovals() {
    const auto selected = selectedRequest();
    m_approvals->clear();
    m_requests.clear();
    const auto requests = m_cases.approvals(record().id);
    if (loaded(requests))
        m_requests = requests.value();
    // The names of what a deletion request concerns.
    const auto documents = m_documents.list(record().id);
    m_documentList = documents ? documents.value() : QList<DocumentInfo>();
    const auto entries = m_journal.entries(record().id);
    m_journalEntries = entries ? entries.value() : QList<JournalEntry>();

    const QColor pendingColour = CaseDisplay::deadlineColour(DeadlineStatus::DueSoon);
    for (const ApprovalRequest& request : std::as_const(m_requests)) {
        QString status = tr("Waiting for a second person");
        if (request.decision) {
            status = tr("%1 by %2 on %3")
                         .arg(CaseTerms::name(*request.decision), people().name(request.decidedBy),
                              CaseDisplay::moment(request.decidedAt));
        }
        auto* item = new QTreeWidgetItem(
            m_approvals, {CaseDisplay::moment(request.requestedAt), CaseTerms::name(request.action),
                          concerns(request), QString(), status, request.reason.simplified()});
        PersonCell::show(item, 3, people(), request.requestedBy);
        item->setData(0, idRole, request.id);
        item->setToolTip(5, request.reason);
        if (!request.decisionNote.isEmpty())
            item->setToolTip(4, request.decisionNote);
        if (!request.decision) {
            item->setForeground(4, pendingColour);
            QFont bold = item->font(4);
            bold.setBold(true);
            item->setFont(4, bold);
        }
        if (selected && selected->id == request.id)
            m_approvals->setCurrentItem(item);
    }
    fitColumns(m_approvals);
}

QString ReviewTab::concerns(const ApprovalRequest& request) const {
    switch (request.action) {
    case ApprovalAction::CloseCase:
    case ApprovalAction::DeleteCase:
        return record().number;
    case ApprovalAction::DeleteDocument:
        for (const DocumentInfo& document : m_documentList) {
            if (request.targetId && document.id == *request.targetId)
                return document.fileName;
        }
        break;
    case ApprovalAction::DeleteJournalEntry:
        for (const JournalEntry& entry : m_journalEntries) {
            if (request.targetId && entry.id == *request.targetId)
                return tr("Journal entry of %1").arg(CaseDisplay::date(entry.date));
        }
        break;
    }
    return tr("(deleted)");
}

std::optional<ApprovalRequest> ReviewTab::selectedRequest() const {
    const QList<QTreeWidgetItem*> items = m_approvals->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.first()->data(0, idRole).toLongLong();
    for (const ApprovalRequest& request : m_requests) {
        if (request.id == id)
            return request;
    }
    return std::nullopt;
}

void ReviewTab::updateButtons() {
    const QString adviserOnly = tr("Only an integrity adviser assigns working-group members.");
    setEnabledWithReason(m_assign, isAdviser(), adviserOnly,
                         tr("Give a working-group member access to this case for review."));
    if (!isAdviser())
        setEnabledWithReason(m_unassign, false, adviserOnly);
    else
        setEnabledWithReason(m_unassign, !m_members->selectedItems().isEmpty(),
                             tr("Select a member first."));
    setEnabledWithReason(m_addReview, true, {},
                         tr("Record a review comment or advice on this case."));

    const auto request = selectedRequest();
    QString decideReason;
    if (!request)
        decideReason = tr("Select a request first.");
    else if (request->decision)
        decideReason = tr("This request has been decided.");
    else if (request->requestedBy.compare(userName(), Qt::CaseInsensitive) == 0)
        decideReason = tr("You requested this; a second person must decide.");
    setEnabledWithReason(m_approve, decideReason.isEmpty(), decideReason);
    setEnabledWithReason(m_reject, decideReason.isEmpty(), decideReason);

    setEnabledWithReason(m_deleteCase, isAdviser(),
                         tr("Only an integrity adviser can ask for a case to be deleted."),
                         tr("Deleting a case needs a second person's approval."));
}

void ReviewTab::assign() {
    const auto accounts = AccountService(store()).list();
    if (!loaded(accounts))
        return;
    QList<Account> candidates;
    for (const Account& account : accounts.value()) {
        if (account.role != Role::WorkingGroupMember || account.disabled)
            continue;
        const bool assigned =
            std::any_of(m_assignments.cbegin(), m_assignments.cend(),
                        [&](const CaseAssignment& a) { return a.userName == account.userName; });
        if (!assigned)
            candidates.append(account);
    }
    AssignMemberDialog dialog(m_cases, record(), candidates, this);
    runDialog(dialog, QStringLiteral("assign"));
}

void ReviewTab::unassign() {
    const QList<QTreeWidgetItem*> items = m_members->selectedItems();
    if (items.isEmpty())
        return;
    const QString member = items.first()->data(0, idRole).toString();
    const auto answer = MessageBox::question(
        this, tr("Unassign"),
        tr("%1 will no longer see case %2. Unassign?").arg(member, record().number));
    if (answer != QMessageBox::Yes)
        return;
    if (const auto done = m_cases.unassign(record().id, member); !done) {
        showError(done.error());
        return;
    }
    emit saved();
}

void ReviewTab::addReview() {
    ReviewNoteDialog dialog(m_cases, record(), this);
    runDialog(dialog, QStringLiteral("addReview"));
}

void ReviewTab::decide(ApprovalDecision decision) {
    const auto request = selectedRequest();
    if (!request)
        return;
    DecisionDialog dialog(m_cases, *request, decision, record().number,
                          people().name(request->requestedBy), this);
    runDialog(dialog,
              decision == ApprovalDecision::Approved ? QStringLiteral("approve")
                                                     : QStringLiteral("reject"),
              request->id);
}

void ReviewTab::requestCaseDeletion() {
    DeletionRequestDialog dialog(m_cases, record().id, ApprovalAction::DeleteCase, std::nullopt,
                                 tr("case %1 with all its records").arg(record().number), this);
    runDialog(dialog, QStringLiteral("requestCaseDeletion"));
}

bool ReviewTab::reopenForm(const QString& form, qint64 argument) {
    if (form == QLatin1String("assign") && m_assign->isEnabled()) {
        assign();
    } else if (form == QLatin1String("addReview") && m_addReview->isEnabled()) {
        addReview();
    } else if (form == QLatin1String("requestCaseDeletion") && m_deleteCase->isEnabled()) {
        requestCaseDeletion();
    } else if (form == QLatin1String("approve") || form == QLatin1String("reject")) {
        // Only while the request still waits and this user may still decide it.
        if (!selectItemWithId(m_approvals, 0, idRole, argument) || !m_approve->isEnabled())
            return false;
        decide(form == QLatin1String("approve") ? ApprovalDecision::Approved
                                                : ApprovalDecision::Rejected);
    } else {
        return false;
    }
    return true;
}

} // namespace infopunt::ui
