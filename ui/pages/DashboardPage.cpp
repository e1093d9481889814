#include "pages/DashboardPage.h"

#include "cases/CaseAccess.h"
#include "common/UiHelpers.h"
#include "pages/LoopAgendaView.h"
#include "pages/cases/ApprovalsView.h"
#include "pages/cases/DeadlinesView.h"
#include "pages/counselling/DueRemindersView.h"
#include "pages/counselling/HandoversView.h"
#include "storage/Store.h"
#include "storage/StoreSummary.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace infopunt::ui {

DashboardPage::DashboardPage(Store& store, QWidget* parent)
    : Page(Module::Dashboard, parent)
    , m_store(store)
    , m_welcome(new QLabel(this))
    , m_role(new QLabel(this))
    , m_summary(makeFormLayout())
    , m_summaryError(makeErrorLabel(this))
    , m_integrity(new QLabel(this)) {
    setObjectName(QStringLiteral("dashboardPage"));
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    QFont welcomeFont = m_welcome->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.15);
    m_welcome->setFont(welcomeFont);
    m_integrity->setObjectName(QStringLiteral("integrityLabel"));
    m_integrity->setWordWrap(true);
    m_integrity->setTextFormat(Qt::PlainText);

    auto* storeBox = new QGroupBox(tr("Store"), this);
    auto* storeLayout = new QVBoxLayout(storeBox);
    storeLayout->addLayout(m_summary);
    storeLayout->addWidget(m_summaryError);

    auto* integrityBox = new QGroupBox(tr("Integrity check"), this);
    auto* integrityLayout = new QVBoxLayout(integrityBox);
    integrityLayout->addWidget(m_integrity);

    // Everything scrolls together, so that no list is squeezed on a small screen.
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(contentLayout()->spacing());
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    contentLayout()->addWidget(scroll, 1);

    layout->addWidget(m_welcome);
    layout->addWidget(m_role);
    layout->addSpacing(sectionSpacing);
    const CaseAccess access(store);
    if (access.seesCases()) {
        m_waiting = new ApprovalsView(store, ApprovalsView::Scope::WaitingForMe, content);
        layout->addWidget(
            box(QStringLiteral("waitingForYouBox"), tr("Waiting for you"), m_waiting));
        connect(m_waiting, &ApprovalsView::openCaseRequested, this,
                &DashboardPage::openCaseRequested);

        m_deadlines = new DeadlinesView(store, DeadlinesView::Scope::Urgent, content);
        layout->addWidget(box(QStringLiteral("deadlinesBox"), tr("Deadlines"), m_deadlines));
        connect(m_deadlines, &DeadlinesView::openCaseRequested, this,
                [this](qint64 caseId) { emit openCaseRequested(caseId, {}); });
    }
    if (access.isAdviser()) {
        m_handovers = new HandoversView(store, content);
        layout->addWidget(
            box(QStringLiteral("handoversBox"), tr("Handed over by a counsellor"), m_handovers));
        connect(m_handovers, &HandoversView::registerRequested, this,
                &DashboardPage::registerHandoverRequested);
        m_agenda = new LoopAgendaView(store, content);
        layout->addWidget(
            box(QStringLiteral("loopAgendaBox"), tr("Risks, audits and plan: due"), m_agenda));
        connect(m_agenda, &LoopAgendaView::openModuleRequested, this,
                &DashboardPage::openModuleRequested);
        m_myRequests = new ApprovalsView(store, ApprovalsView::Scope::MyRequests, content);
        layout->addWidget(box(QStringLiteral("myRequestsBox"), tr("Your requests"), m_myRequests));
        connect(m_myRequests, &ApprovalsView::openCaseRequested, this,
                &DashboardPage::openCaseRequested);
    }
    if (store.user().role != Role::ConfidentialCounsellor) {
        m_acceptances = new AcceptanceRequestsView(store, content);
        layout->addWidget(box(QStringLiteral("acceptanceRequestsBox"),
                              tr("Risk acceptances waiting for your decision"), m_acceptances));
        connect(m_acceptances, &AcceptanceRequestsView::decided, this, [this] {
            if (m_agenda)
                m_agenda->refresh();
        });
    }
    if (store.user().role == Role::ConfidentialCounsellor) {
        m_reminders = new DueRemindersView(store, content);
        layout->addWidget(box(QStringLiteral("dueRemindersBox"), tr("Follow-up due"), m_reminders));
        connect(m_reminders, &DueRemindersView::openContactRequested, this,
                &DashboardPage::openContactRequested);
    }
    layout->addWidget(storeBox);
    layout->addWidget(integrityBox);
    layout->addStretch(1);
    setIntegrityState(IntegrityState::Checking);
}

QGroupBox* DashboardPage::box(const QString& objectName, const QString& title, QWidget* view) {
    auto* group = new QGroupBox(title, view->parentWidget());
    group->setObjectName(objectName);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(view);
    return group;
}

void DashboardPage::refreshApprovals() {
    if (m_waiting)
        m_waiting->refresh();
    if (m_myRequests)
        m_myRequests->refresh();
}

void DashboardPage::refresh() {
    refreshApprovals();
    if (m_deadlines)
        m_deadlines->refresh();
    if (m_reminders)
        m_reminders->refresh();
    if (m_handovers)
        m_handovers->refresh();
    if (m_agenda)
        m_agenda->refresh();
    if (m_acceptances)
        m_acceptances->refresh();
    const Account& user = m_store.user();
    m_welcome->setText(tr("Welcome, %1").arg(user.displayName));
    m_role->setText(
        tr("You are signed in as %1 (%2).").arg(Roles::displayName(user.role), user.userName));
    showSummary();
    emit refreshed();
}

void DashboardPage::showSummary() {
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    const auto summary = StoreSummary::collect(m_store);
    showErrorText(m_summaryError, summary ? QString() : summary.error().message);
    if (!summary)
        return;
    const QLocale locale;
    auto* folder = new QLabel(QDir::toNativeSeparators(m_store.folder()), this);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->addRow(tr("Folder:"), folder);
    for (const auto& [kind, number] : summary.value().counts)
        m_summary->addRow(kind + QLatin1Char(':'), new QLabel(locale.toString(number), this));
    m_summary->addRow(tr("Schema version:"),
                      new QLabel(QString::number(summary.value().schemaVersion), this));
    // The line a printed report carries, to hold a page against the store.
    auto* head = new QLabel(summary.value().logHead.colophon(), this);
    head->setObjectName(QStringLiteral("logHeadLabel"));
    head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head->setToolTip(tr("Printed reports carry this line, so that a page can be compared with "
                        "the store it was printed from."));
    m_summary->addRow(head);
}

void DashboardPage::setIntegrityState(IntegrityState state, const QString& message) {
    switch (state) {
    case IntegrityState::Checking:
        m_integrity->setText(tr("Checking the store…"));
        m_integrity->setStyleSheet({});
        break;
    case IntegrityState::Intact:
        m_integrity->setText(tr("Store checked: no damage found."));
        m_integrity->setStyleSheet(QStringLiteral("QLabel { color: #1e7d32; }"));
        break;
    case IntegrityState::Damaged:
        m_integrity->setText(message);
        m_integrity->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
        break;
    }
}

} // namespace infopunt::ui
