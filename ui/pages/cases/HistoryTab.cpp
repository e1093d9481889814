#include "pages/cases/HistoryTab.h"

#include "common/PersonCell.h"
#include "common/UiHelpers.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/cases/StepsTimeline.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

HistoryTab::HistoryTab(Store& store, QWidget* parent)
    : CaseTab(store, parent)
    , m_cases(store)
    , m_codeLists(store)
    , m_timeline(new StepsTimeline(this))
    , m_views(new QTreeWidget(this))
    , m_viewsNote(new QLabel(this)) {
    setObjectName(QStringLiteral("historyTab"));
    m_timeline->setObjectName(QStringLiteral("historyTimeline"));
    m_views->setObjectName(QStringLiteral("viewsList"));
    m_viewsNote->setObjectName(QStringLiteral("viewsNoteLabel"));
    m_views->setRootIsDecorated(false);
    applyTableStyle(m_views);
    m_views->setUniformRowHeights(true);
    m_views->setSelectionMode(QAbstractItemView::NoSelection);
    m_views->setHeaderLabels({tr("Opened"), tr("By")});
    m_views->header()->setStretchLastSection(true);
    m_viewsNote->setWordWrap(true);
    m_viewsNote->setForegroundRole(QPalette::PlaceholderText);

    auto* steps = new QGroupBox(tr("Steps"), this);
    auto* stepsLayout = new QVBoxLayout(steps);
    stepsLayout->addWidget(m_timeline);
    auto* note = new StepNotePane(m_timeline, steps);
    note->setObjectName(QStringLiteral("historyNotePane"));
    stepsLayout->addWidget(note);
    auto* views = new QGroupBox(tr("Who opened this case"), this);
    auto* viewsLayout = new QVBoxLayout(views);
    viewsLayout->addWidget(m_viewsNote);
    viewsLayout->addWidget(m_views, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(steps);
    splitter->addWidget(views);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    if (isAdviser()) {
        m_viewsNote->setText(tr("Every opening of the case file is recorded in the audit log."));
    } else {
        m_viewsNote->setText(tr("Only advisers see who opened a case; every opening, yours "
                                "included, is recorded in the audit log."));
        m_views->setVisible(false);
    }
}

void HistoryTab::reload() {
    const auto steps = m_cases.steps(record().id);
    const auto measures = m_codeLists.entries(CodeLists::List::Measure);
    if (loaded(steps) && loaded(measures))
        m_timeline->setSteps(steps.value(), measures.value(), people());

    m_views->clear();
    if (!isAdviser())
        return;
    const auto views = m_cases.views(record().id);
    if (!loaded(views))
        return;
    for (const CaseView& view : views.value()) {
        auto* item = new QTreeWidgetItem(m_views, {CaseDisplay::moment(view.viewedAt)});
        PersonCell::show(item, 1, people(), view.userName);
    }
    m_views->resizeColumnToContents(0);
}

} // namespace infopunt::ui
