#include "pages/cases/ApprovalsView.h"

#include "cases/ApprovalQuery.h"
#include "common/UiHelpers.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/cases/ReviewTab.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace infopunt::ui {

namespace {

constexpr int caseIdRole = Qt::UserRole;
constexpr int maxColumnCharacters = 24;

// The columns of each scope; the last one stretches.
enum WaitingColumn { WaitCase, WaitTitle, WaitRequest, WaitRequestedBy, WaitRequested, WaitReason };
enum MineColumn {
    MineCase,
    MineTitle,
    MineRequest,
    MineRequested,
    MineOutcome,
    MineDecidedBy,
    MineDecided,
    MineNote
};
// Both start with the case, its title and the request.
static_assert(int(WaitCase) == int(MineCase) && int(WaitTitle) == int(MineTitle) &&
              int(WaitRequest) == int(MineRequest));

void setPerson(QTreeWidgetItem* item, int column, const QString& displayName,
               const QString& userName) {
    item->setText(column, displayName);
    item->setToolTip(column, userName);
}

void setLongText(QTreeWidgetItem* item, int column, const QString& text) {
    item->setText(column, text.simplified());
    item->setToolTip(column, text);
}

void setColoured(QTreeWidgetItem* item, int column, const QColor& colour, bool bold) {
    item->setForeground(column, colour);
    QFont font = item->font(column);
    font.setBold(bold);
    item->setFont(column, font);
}

} // namespace

ApprovalsView::ApprovalsView(Store& store, Scope scope, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_scope(scope)
    , m_error(makeErrorLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this)) {
    const bool waiting = scope == Scope::WaitingForMe;
    setObjectName(waiting ? QStringLiteral("waitingForYouView") : QStringLiteral("myRequestsView"));
    m_list->setObjectName(waiting ? QStringLiteral("waitingForYouList")
                                  : QStringLiteral("myRequestsList"));
    m_empty->setObjectName(waiting ? QStringLiteral("waitingForYouEmptyLabel")
                                   : QStringLiteral("myRequestsEmptyLabel"));

    applyTableStyle(m_list);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    // The title takes the room that is left; the other columns fit their contents.
    m_list->header()->setStretchLastSection(false);
    m_list->setHeaderLabels(waiting ? QStringList{tr("Case"), tr("Title"), tr("Request"),
                                                  tr("Requested by"), tr("Requested"), tr("Reason")}
                                    : QStringList{tr("Case"), tr("Title"), tr("Request"),
                                                  tr("Requested"), tr("Outcome"), tr("Decided by"),
                                                  tr("Decided"), tr("Note")});
    m_list->header()->setSectionResizeMode(WaitTitle, QHeaderView::Stretch);
    m_list->setToolTip(waiting ? tr("Double-click a request or press Enter to open the case on "
                                    "its Review tab, where you approve or reject it.")
                               : tr("Double-click a request or press Enter to open its case."));
    // Every row is shown: the dashboard scrolls as a whole.
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(waiting ? tr("No request waits for your decision.")
                             : tr("You have no open requests, and none of yours was decided in "
                                  "the last %1 days.")
                                   .arg(ApprovalQuery::recentDays));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);

    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit openCaseRequested(index.siblingAtColumn(0).data(caseIdRole).toLongLong(),
                               ReviewTab::tabObjectName());
    });
}

void ApprovalsView::refresh() {
    const ApprovalQuery query(m_store);
    const auto rows = m_scope == Scope::WaitingForMe ? query.waitingForMe() : query.myRequests();
    showErrorText(m_error, rows ? QString() : rows.error().message);
    m_list->clear();
    if (rows) {
        for (const ApprovalRow& row : rows.value())
            addRow(row);
    }
    // Long names, reasons and notes are cut short (their tooltips hold the rest), so that every
    // column fits next to the sidebar on a 1280 pixels wide screen.
    const int widest = m_list->fontMetrics().averageCharWidth() * maxColumnCharacters;
    for (int column = 0; column < m_list->columnCount(); ++column) {
        if (column == WaitTitle)
            continue;
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, std::min(m_list->columnWidth(column), widest));
    }
    // Either the list or the empty state: a hidden one takes no height on the dashboard.
    const bool empty = m_list->topLevelItemCount() == 0;
    m_list->setHidden(empty);
    m_empty->setHidden(!empty);
}

int ApprovalsView::rowCount() const {
    return m_list->topLevelItemCount();
}

void ApprovalsView::addRow(const ApprovalRow& row) {
    const ApprovalRequest& request = row.request;
    auto* item = new QTreeWidgetItem(m_list);
    item->setData(0, caseIdRole, request.caseId);
    item->setText(WaitCase, row.caseNumber);
    setLongText(item, WaitTitle, row.caseTitle);
    item->setText(WaitRequest, CaseTerms::name(request.action));
    if (m_scope == Scope::WaitingForMe) {
        setPerson(item, WaitRequestedBy, row.requestedByName, request.requestedBy);
        item->setText(WaitRequested, CaseDisplay::moment(request.requestedAt));
        setLongText(item, WaitReason, request.reason);
        return;
    }
    item->setText(MineRequested, CaseDisplay::moment(request.requestedAt));
    if (!request.decision) {
        item->setText(MineOutcome, tr("Pending"));
        item->setToolTip(MineOutcome, tr("Waiting for a second person's decision"));
        setColoured(item, MineOutcome, CaseDisplay::deadlineColour(DeadlineStatus::DueSoon), true);
        return;
    }
    const bool approved = *request.decision == ApprovalDecision::Approved;
    item->setText(MineOutcome, CaseTerms::name(*request.decision));
    setColoured(
        item, MineOutcome,
        CaseDisplay::deadlineColour(approved ? DeadlineStatus::Met : DeadlineStatus::Overdue),
        !approved);
    setPerson(item, MineDecidedBy, row.decidedByName, request.decidedBy);
    item->setText(MineDecided, CaseDisplay::moment(request.decidedAt));
    setLongText(item, MineNote, request.decisionNote);
}

} // namespace infopunt::ui
