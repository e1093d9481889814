#include "pages/cases/CaseFileWidget.h"

#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/cases/DocumentsTab.h"
#include "pages/cases/HistoryTab.h"
#include "pages/cases/JournalTab.h"
#include "pages/cases/OverviewTab.h"
#include "pages/cases/PartiesTab.h"
#include "pages/cases/ReviewTab.h"
#include "pages/cases/StepsTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {
// How often views that found the store busy are tried again.
constexpr int viewRetryMs = 2000;
} // namespace

CaseFileWidget::CaseFileWidget(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_cases(store)
    , m_views(store)
    , m_viewRetry(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(m_stack))
    , m_number(new QLabel(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_nextDeadline(new QLabel(this))
    , m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("caseFileWidget"));
    m_number->setObjectName(QStringLiteral("caseNumberLabel"));
    m_title->setObjectName(QStringLiteral("caseTitleLabel"));
    m_state->setObjectName(QStringLiteral("caseStateLabel"));
    m_nextDeadline->setObjectName(QStringLiteral("nextDeadlineLabel"));
    m_tabs->setObjectName(QStringLiteral("caseFileTabs"));

    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    QFont numberFont = m_number->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.4);
    numberFont.setBold(true);
    m_number->setFont(numberFont);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_nextDeadline->setTextFormat(Qt::PlainText);
    m_nextDeadline->setWordWrap(true);

    auto* headline = new QHBoxLayout;
    headline->addWidget(m_number);
    headline->addSpacing(8);
    headline->addWidget(m_title, 1);
    headline->addWidget(m_state, 0, Qt::AlignTop);

    auto* file = new QWidget(m_stack);
    auto* fileLayout = new QVBoxLayout(file);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addLayout(headline);
    fileLayout->addWidget(m_nextDeadline);
    fileLayout->addSpacing(4);
    fileLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(file);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // The tab bar scrolls rather than widening the case file; each tab scrolls when the window
    // is smaller than it needs, so a tab never raises the window's minimum size.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    const auto addTab = [this](CaseTab* tab, const QString& name) {
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setObjectName(tab->objectName() + QStringLiteral("Scroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(tab);
        m_tabs->addTab(scroll, name);
        m_caseTabs.append(tab);
        connect(tab, &CaseTab::saved, this, &CaseFileWidget::onTabSaved);
    };
    addTab(new OverviewTab(store, m_tabs), tr("Overview"));
    addTab(new PartiesTab(store, m_tabs), tr("Parties"));
    addTab(new StepsTab(store, m_tabs), tr("Steps && decisions"));
    addTab(new JournalTab(store, m_tabs), tr("Journal"));
    addTab(new DocumentsTab(store, m_tabs), tr("Documents"));
    addTab(new ReviewTab(store, m_tabs), tr("Review"));
    addTab(new HistoryTab(store, m_tabs), tr("History"));
    clear();

    m_viewRetry->setInterval(viewRetryMs);
    connect(m_viewRetry, &QTimer::timeout, this, [this] {
        m_views.retry();
        if (m_views.pendingCount() == 0)
            m_viewRetry->stop();
    });
}

bool CaseFileWidget::openCase(qint64 caseId) {
    if (const auto viewed = m_views.record(caseId); !viewed) {
        MessageBox::showError(this, viewed.error());
        clear();
        return false;
    }
    if (m_views.pendingCount() > 0)
        m_viewRetry->start();
    m_caseId = caseId;
    if (!reload()) {
        clear();
        return false;
    }
    return true;
}

void CaseFileWidget::showTab(const QString& tabObjectName) {
    // Each tab's page is the scroll area around it, in the order of m_caseTabs.
    for (int index = 0; index < m_caseTabs.size(); ++index) {
        if (m_caseTabs[index]->objectName() == tabObjectName)
            m_tabs->setCurrentIndex(index);
    }
}

void CaseFileWidget::clear() {
    m_caseId = 0;
    m_emptyLabel->setText(tr("Select a case"));
    m_stack->setCurrentIndex(0);
}

void CaseFileWidget::showPending(const QString& caseNumber) {
    clear();
    m_emptyLabel->setText(tr("Opening %1…").arg(caseNumber));
}

QString CaseFileWidget::currentTabName() const {
    const CaseTab* tab = m_caseTabs.value(m_tabs->currentIndex());
    return tab ? tab->objectName() : QString();
}

std::optional<QString> CaseFileWidget::unsavedEdit() const {
    for (const CaseTab* tab : m_caseTabs) {
        if (auto what = tab->unsavedEdit())
            return what;
    }
    return std::nullopt;
}

bool CaseFileWidget::saveUnsavedEdit() {
    for (CaseTab* tab : std::as_const(m_caseTabs)) {
        if (tab->unsavedEdit() && !tab->saveUnsavedEdit())
            return false;
    }
    return true;
}

void CaseFileWidget::discardUnsavedEdit() {
    for (CaseTab* tab : std::as_const(m_caseTabs))
        tab->discardUnsavedEdit();
}

std::optional<Draft> CaseFileWidget::unsavedEditDraft() const {
    for (const CaseTab* tab : m_caseTabs) {
        if (auto draft = tab->unsavedEditDraft())
            return draft;
    }
    return std::nullopt;
}

void CaseFileWidget::restoreDraft(const Draft& draft) {
    for (CaseTab* tab : std::as_const(m_caseTabs)) {
        if (tab->objectName() == draft.view) {
            showTab(draft.view);
            tab->restoreDraft(draft);
            return;
        }
    }
}

int CaseFileWidget::fullTabsWidth() const {
    // The tab bar plus the frame of the tab widget around the pages and the bar's offset in it.
    constexpr int offset = 4;
    return m_tabs->tabBar()->sizeHint().width() +
           2 * m_tabs->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + offset;
}

bool CaseFileWidget::reload() {
    const auto record = m_cases.get(m_caseId);
    if (!record) {
        MessageBox::showError(this, record.error());
        return false;
    }
    showHeader(record.value());
    for (CaseTab* tab : std::as_const(m_caseTabs))
        tab->load(record.value());
    m_stack->setCurrentIndex(1);
    return true;
}

void CaseFileWidget::showHeader(const CaseRecord& record) {
    m_number->setText(record.number);
    m_title->setText(record.title);
    CaseDisplay::showStateChip(m_state, record.state);

    // Earliest first, open ones before met ones.
    const auto deadlines = m_cases.deadlines(record.id);
    std::optional<Deadline> next;
    if (deadlines && !deadlines.value().isEmpty() && !deadlines.value().constFirst().met)
        next = deadlines.value().constFirst();
    if (!next) {
        m_nextDeadline->setText(tr("No open deadline"));
        m_nextDeadline->setStyleSheet({});
        return;
    }
    const QDate today = Deadlines::today();
    m_nextDeadline->setText(
        tr("Next deadline: %1, %2 (%3)")
            .arg(next->label, CaseDisplay::date(next->due), CaseDisplay::daysLeft(*next, today)));
    m_nextDeadline->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(CaseDisplay::deadlineColour(Deadlines::status(*next, today)).name()));
}

void CaseFileWidget::onTabSaved() {
    const qint64 caseId = m_caseId;
    if (caseId == 0)
        return;
    const auto record = m_cases.get(caseId);
    if (!record && record.error().code == ErrorCode::NotFound) {
        // Deleted (an approved deletion request) or no longer visible to this user.
        clear();
        emit caseDeleted(caseId);
        return;
    }
    reload();
    emit caseChanged(caseId);
}

} // namespace infopunt::ui
