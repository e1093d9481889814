#include "pages/cases/CasesPage.h"

#include "accounts/AccountService.h"
#include "cases/CaseAccess.h"
#include "cases/CodeLists.h"
#include "catalogue/Catalogue.h"
#include "common/ModalDialogs.h"
#include "common/UiHelpers.h"
#include "counselling/CounsellingHandovers.h"
#include "dialogs/MessageBox.h"
#include "dialogs/UnsavedChanges.h"
#include "models/CaseListModel.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/DeadlinesView.h"
#include "pages/cases/OfficeCopyCatchUp.h"
#include "pages/cases/RegisterReportDialog.h"
#include "storage/Store.h"
#include "widgets/AdaptiveSplitter.h"
#include "widgets/FlowLayout.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

// The type-ahead filters as you type; the full-text search waits a little longer.
constexpr int quickTextDelayMs = 150;
constexpr int searchTextDelayMs = 300;
constexpr int maximumColumnWidth = 240;
// The rows the first sizing of the columns measures: about a screen. Measuring every row of the
// first page (Qt's default: up to 1,000) took a third of entering the module.
constexpr int rowsMeasuredForWidth = 50;
constexpr int countDelayMs = 60;
// How long the keyboard selection must rest on a case before it opens (and is logged).
constexpr int openDwellMs = 450;
const QString casesTabName = QStringLiteral("casesTab");
const QString registerReportForm = QStringLiteral("registerReport");
constexpr int minimumListWidth = 300;
// A filter is as wide as its choice, within these bounds (in average characters).
constexpr int minimumFilterChars = 8;
constexpr int maximumFilterChars = 40;

// Item data of the state filter: a CaseState's value, or one of these two.
constexpr int openCasesChoice = -1;
constexpr int closedCasesChoice = -2;

using Choices = QList<QPair<QString, QVariant>>;

QComboBox* makeFilterCombo(const QString& objectName, const QString& toolTip, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setAccessibleName(toolTip);
    // Sized to the current choice (updateFilterSummary), not to the longest theme name.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

void fitToCurrentText(QComboBox* combo) {
    const QFontMetrics metrics = combo->fontMetrics();
    const int average = std::max(1, metrics.horizontalAdvance(QLatin1Char('x')));
    const int chars = metrics.horizontalAdvance(combo->currentText()) / average + 1;
    combo->setMinimumContentsLength(std::clamp(chars, minimumFilterChars, maximumFilterChars));
}

// Replaces the choices after the first ("all") item, keeping the chosen one when it is still
// there. Sends no signal: the caller reloads the list.
void refill(QComboBox* combo, const Choices& choices) {
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto& [text, data] : choices)
        combo->addItem(text, data);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index > 0 ? index : 0);
}

bool isFiltering(const CaseFilter& filter) {
    return filter.state || filter.open || filter.violationTypeId || filter.themeNumber ||
           filter.year || filter.deadlineStatus || !filter.assignee.isEmpty() ||
           !filter.quickText.isEmpty() || !filter.searchText.isEmpty();
}

} // namespace

CasesPage::CasesPage(Store& store, OfficeCopyCatchUp& catchUp, QWidget* parent)
    : Page(Module::Cases, parent)
    , m_store(store)
    , m_adviser(CaseAccess(store).isAdviser())
    , m_tabs(new QTabWidget(this))
    , m_quickText(new QLineEdit(this))
    , m_searchText(new QLineEdit(this))
    , m_state(makeFilterCombo(QStringLiteral("stateFilter"), tr("State"), this))
    , m_type(makeFilterCombo(QStringLiteral("typeFilter"), tr("Violation type"), this))
    , m_theme(makeFilterCombo(QStringLiteral("themeFilter"), tr("Theme"), this))
    , m_year(makeFilterCombo(QStringLiteral("yearFilter"), tr("Year received"), this))
    , m_deadline(makeFilterCombo(QStringLiteral("deadlineFilter"), tr("Deadline"), this))
    , m_assignee(makeFilterCombo(QStringLiteral("assigneeFilter"), tr("Assigned to"), this))
    , m_clearFilters(new QPushButton(tr("Clear filters"), this))
    , m_newReport(new QPushButton(tr("New report…"), this))
    , m_newReportAction(new QAction(tr("New report…"), this))
    , m_findAction(new QAction(tr("Search"), this))
    , m_catchUp(catchUp)
    , m_model(new CaseListModel(store, this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableView(m_listStack))
    , m_empty(new QLabel(m_listStack))
    , m_catchUpView(new QWidget(m_listStack))
    , m_catchUpText(new QLabel(m_catchUpView))
    , m_catchUpBar(new QProgressBar(m_catchUpView))
    , m_count(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_caseFile(new CaseFileWidget(store, this))
    , m_deadlines(new DeadlinesView(store, DeadlinesView::Scope::All, this))
    , m_reloadTimer(new QTimer(this))
    , m_countTimer(new QTimer(this))
    , m_openTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("casesPage"));
    m_tabs->setObjectName(QStringLiteral("casesTabs"));
    m_quickText->setObjectName(QStringLiteral("quickTextEdit"));
    m_searchText->setObjectName(QStringLiteral("searchTextEdit"));
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_newReport->setObjectName(QStringLiteral("newReportButton"));
    m_newReportAction->setObjectName(QStringLiteral("newReportAction"));
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_empty->setObjectName(QStringLiteral("casesEmptyLabel"));
    m_count->setObjectName(QStringLiteral("caseCountLabel"));
    m_catchUpView->setObjectName(QStringLiteral("catchUpView"));
    m_catchUpText->setObjectName(QStringLiteral("catchUpLabel"));
    m_caseFile->setObjectName(QStringLiteral("caseFile"));

    // Ctrl+N and Ctrl+F work anywhere in the window while this page is the visible one.
    m_newReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newReportAction->setShortcutContext(Qt::WindowShortcut);
    m_newReportAction->setEnabled(m_adviser);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_newReportAction);
    addAction(m_findAction);
    const QString newReportShortcut =
        m_newReportAction->shortcut().toString(QKeySequence::NativeText);
    setEnabledWithReason(
        m_newReport, m_adviser,
        tr("Only an integrity adviser registers reports. Your role reviews the cases "
           "you are assigned to."),
        tr("Register a report that has come in (%1).").arg(newReportShortcut));

    m_tabs->addTab(buildCasesTab(), tr("Cases"));
    m_tabs->addTab(m_deadlines, tr("Deadlines"));
    contentLayout()->addWidget(m_tabs, 1);

    m_reloadTimer->setSingleShot(true);
    connect(m_reloadTimer, &QTimer::timeout, this, &CasesPage::reloadList);
    m_countTimer->setSingleShot(true);
    // A moment after the first screen of rows: painted first, with the event loop free in between
    // (keys typed meanwhile restart it, so a count is taken when the typing pauses).
    m_countTimer->setInterval(countDelayMs);
    connect(m_countTimer, &QTimer::timeout, m_model, &CaseListModel::countAll);
    connect(m_model, &CaseListModel::totalChanged, this, &CasesPage::showCount);
    connect(m_model, &CaseListModel::problemChanged, this, &CasesPage::showProblems);
    connect(m_model, &CaseListModel::orderChanged, this, &CasesPage::reloadList);
    connect(&m_catchUp, &OfficeCopyCatchUp::progressed, this, [this] {
        if (m_catchUp.holdsList())
            showCatchUp();
    });
    connect(&m_catchUp, &OfficeCopyCatchUp::finished, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_deadlinesStale)
            refreshDeadlines();
    });
    m_openTimer->setSingleShot(true);
    m_openTimer->setInterval(openDwellMs);
    connect(m_openTimer, &QTimer::timeout, this, &CasesPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesPage::selectionMoved);
    connect(m_quickText, &QLineEdit::textChanged, this,
            [this] { scheduleReload(quickTextDelayMs); });
    connect(m_searchText, &QLineEdit::textChanged, this,
            [this] { scheduleReload(searchTextDelayMs); });
    connect(m_searchText, &QLineEdit::returnPressed, this, [this] { scheduleReload(0); });
    for (QComboBox* combo : {m_state, m_type, m_theme, m_year, m_deadline, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::reloadList);
    connect(m_clearFilters, &QPushButton::clicked, this, &CasesPage::clearFilters);
    connect(m_newReport, &QPushButton::clicked, this, &CasesPage::registerReport);
    connect(m_newReportAction, &QAction::triggered, this, &CasesPage::registerReport);
    connect(m_findAction, &QAction::triggered, this, &CasesPage::focusSearch);
    m_quickText->installEventFilter(this);
    m_searchText->installEventFilter(this);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        openCase(index.data(CaseListModel::CaseIdRole).toLongLong());
    });
    connect(m_caseFile, &CaseFileWidget::caseChanged, this, &CasesPage::caseChanged);
    connect(m_caseFile, &CaseFileWidget::caseDeleted, this, [this](qint64 caseId) {
        m_caseFile->clear();
        showCaseFile(false);
        caseChanged(caseId);
    });
    connect(m_deadlines, &DeadlinesView::openCaseRequested, this,
            [this](qint64 caseId) { openCase(caseId); });
}

QWidget* CasesPage::buildCasesTab() {
    m_casesTab = new QWidget(m_tabs);
    m_casesTab->setObjectName(casesTabName);

    // A header click sorts in the store (CaseListModel::sort), not among the rows read.
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseListModel::ReceivedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    applyTableStyle(m_table);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(rowsMeasuredForWidth);
    m_table->setToolTip(tr("Click a case, or move to it with the arrow keys, to open its file."));

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    m_catchUpText->setAlignment(Qt::AlignCenter);
    m_catchUpText->setWordWrap(true);
    m_catchUpBar->setTextVisible(false);
    m_catchUpBar->setMinimumWidth(m_catchUpBar->fontMetrics().averageCharWidth() * 40);
    auto* catchUpLayout = new QVBoxLayout(m_catchUpView);
    catchUpLayout->addStretch(1);
    catchUpLayout->addWidget(m_catchUpText);
    catchUpLayout->addWidget(m_catchUpBar, 0, Qt::AlignHCenter);
    catchUpLayout->addStretch(2);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(m_catchUpView);

    auto* list = new QWidget(m_casesTab);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_count);
    listLayout->addWidget(m_error);
    listLayout->addWidget(m_listStack, 1);

    // The case file goes below the list where beside it its tabs' names would not show in
    // full (in Dutch on a 1280 pixels wide screen).
    m_splitter = new AdaptiveSplitter(m_casesTab);
    m_splitter->setSideBySideWidth(minimumListWidth + m_caseFile->fullTabsWidth() +
                                   m_splitter->handleWidth());
    // Beside the list the case file gets more than half, and at least the room its tabs'
    // names need; below the list, two thirds.
    m_splitter->setDefaultSizes([this](const AdaptiveSplitter& splitter) {
        const int extent = splitter.extent();
        const int half = extent * 11 / 20;
        const int file =
            splitter.orientation() == Qt::Horizontal
                ? std::clamp(m_caseFile->fullTabsWidth(), half,
                             std::max(half, extent - minimumListWidth - splitter.handleWidth()))
                : extent * 2 / 3;
        return QList<int>{extent - file, file};
    });
    m_splitter->setObjectName(QStringLiteral("casesSplitter"));
    m_splitter->addWidget(list);
    m_splitter->addWidget(m_caseFile);
    // The case file can be dragged shut to give the list its whole width again.
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);
    list->setMinimumSize(minimumListWidth, 120);
    // The list has the whole width for its columns until a case is opened; the case file has no
    // size of its own until then (showCaseFile gives it the default, or the user's settings do).
    m_caseFile->hide();
    m_splitter->setSizes({1, 0});

    auto* layout = new QVBoxLayout(m_casesTab);
    layout->addLayout(buildSearchBar());
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_splitter, 1);
    return m_casesTab;
}

QLayout* CasesPage::buildSearchBar() {
    m_quickText->setPlaceholderText(tr("Number or title…"));
    m_quickText->setToolTip(tr("Shows the cases whose number or title contains this, as you "
                               "type."));
    m_quickText->setAccessibleName(tr("Number or title"));
    m_quickText->setClearButtonEnabled(true);
    m_searchText->setPlaceholderText(
        tr("Search descriptions, journals and documents (%1)…")
            .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_searchText->setToolTip(tr("Full-text search over the title, description, journal and the "
                                "text of documents."));
    m_searchText->setAccessibleName(tr("Full-text search"));
    m_searchText->setClearButtonEnabled(true);

    m_filterToggle = new QToolButton(m_casesTab);
    m_filterToggle->setObjectName(QStringLiteral("filterToggle"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filterToggle->setArrowType(Qt::RightArrow);
    m_filterToggle->setToolTip(tr("Show or hide the filters on state, type, theme, year, "
                                  "deadline and assignee."));
    connect(m_filterToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_filterRow->setVisible(shown);
        m_filterToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_quickText, 2);
    bar->addWidget(m_searchText, 3);
    bar->addWidget(m_filterToggle);
    bar->addSpacing(sectionSpacing);
    bar->addWidget(m_newReport);
    return bar;
}

QWidget* CasesPage::buildFilterBar() {
    m_state->addItem(tr("All states"));
    // The groups are named so that none reads like a state ("Closed" is one).
    m_state->addItem(tr("All open cases"), openCasesChoice);
    m_state->addItem(tr("All closed cases"), closedCasesChoice);
    m_state->insertSeparator(m_state->count());
    for (const CaseState state : CaseWorkflow::allStates())
        m_state->addItem(CaseWorkflow::stateName(state), static_cast<int>(state));
    m_type->addItem(tr("All types"));
    m_theme->addItem(tr("All themes"));
    m_year->addItem(tr("All years"));
    m_deadline->addItem(tr("Any deadline"));
    for (const DeadlineStatus status :
         {DeadlineStatus::Overdue, DeadlineStatus::DueSoon, DeadlineStatus::Open})
        m_deadline->addItem(Deadlines::statusName(status), static_cast<int>(status));
    // CaseQuery gives a case without an open deadline the status Met.
    m_deadline->addItem(tr("No open deadline"), static_cast<int>(DeadlineStatus::Met));
    m_assignee->addItem(tr("Any assignee"));
    // Working-group members see only their own cases: for them the filter would be empty.
    m_assignee->setVisible(m_adviser);

    // The filters wrap onto a second row on a narrow window, and fold away behind
    // m_filterToggle.
    m_filterRow = new QWidget(m_casesTab);
    m_filterRow->setObjectName(QStringLiteral("filterRow"));
    auto* bar = new FlowLayout(m_filterRow);
    bar->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* combo : {m_state, m_type, m_theme, m_year, m_deadline, m_assignee})
        bar->addWidget(combo);
    bar->addWidget(m_clearFilters);
    m_filterRow->setVisible(false);
    updateFilterSummary();
    return m_filterRow;
}

void CasesPage::updateFilterSummary() {
    int active = 0;
    for (QComboBox* combo : {m_state, m_type, m_theme, m_year, m_deadline, m_assignee}) {
        fitToCurrentText(combo);
        if (combo->currentIndex() > 0)
            ++active;
    }
    m_filterToggle->setText(active == 0 ? tr("Filters") : tr("Filters (%n active)", "", active));
}

void CasesPage::loadFilterChoices() {
    QStringList problems;

    Choices types;
    const auto entries = CodeLists(m_store).entries(CodeLists::List::ViolationType);
    if (entries) {
        for (const CodeListEntry& entry : entries.value())
            types.append({CaseDisplay::entryName(entries.value(), entry.id), entry.id});
    } else {
        problems.append(entries.error().message);
    }
    refill(m_type, types);

    Choices themes;
    const auto themeList = Catalogue(m_store).themes();
    if (themeList) {
        for (const Theme& theme : themeList.value())
            themes.append(
                {QStringLiteral("%1. %2").arg(theme.number).arg(theme.name), theme.number});
    } else {
        problems.append(themeList.error().message);
    }
    refill(m_theme, themes);

    Choices years;
    const auto yearList = CaseQuery(m_store).years();
    if (yearList) {
        for (const int year : yearList.value())
            years.append({QString::number(year), year});
    } else {
        problems.append(yearList.error().message);
    }
    refill(m_year, years);

    // Account names for the Assigned column and, for an Adviser, the assignee filter: the
    // working-group members, as only they are assigned to cases. (No "Assigned to me": an
    // Adviser is never assigned, and a member sees only their own cases, without this filter.)
    Choices members;
    QHash<QString, QString> displayNames;
    const auto accounts = AccountService(m_store).list();
    if (accounts) {
        for (const Account& account : accounts.value()) {
            displayNames.insert(account.userName, account.displayName);
            if (account.role == Role::WorkingGroupMember)
                members.append({account.displayName, account.userName});
        }
    } else {
        problems.append(accounts.error().message);
    }
    refill(m_assignee, members);
    m_model->setDisplayNames(displayNames);
    m_choicesProblem = problems.join(QLatin1Char('\n'));
}

CaseFilter CasesPage::filter() const {
    CaseFilter filter;
    if (const QVariant state = m_state->currentData(); state.isValid()) {
        const int choice = state.toInt();
        if (choice == openCasesChoice)
            filter.open = true;
        else if (choice == closedCasesChoice)
            filter.open = false;
        else
            filter.state = static_cast<CaseState>(choice);
    }
    if (const QVariant type = m_type->currentData(); type.isValid())
        filter.violationTypeId = type.toLongLong();
    if (const QVariant theme = m_theme->currentData(); theme.isValid())
        filter.themeNumber = theme.toInt();
    if (const QVariant year = m_year->currentData(); year.isValid())
        filter.year = year.toInt();
    if (const QVariant status = m_deadline->currentData(); status.isValid())
        filter.deadlineStatus = static_cast<DeadlineStatus>(status.toInt());
    filter.assignee = m_assignee->currentData().toString();
    filter.quickText = m_quickText->text().trimmed();
    filter.searchText = m_searchText->text().trimmed();
    return filter;
}

void CasesPage::refresh() {
    if (!m_catchUp.run()) {
        showCatchUp(); // listed when it is done
        return;
    }
    loadFilterChoices();
    reloadList();
    refreshDeadlines();
}

void CasesPage::refreshDeadlines() {
    // Every open deadline is a long list in a large store: read when its tab is shown.
    m_deadlinesStale = m_tabs->currentWidget() != m_deadlines;
    if (!m_deadlinesStale)
        m_deadlines->refresh();
}

void CasesPage::scheduleReload(int delayMs) {
    m_reloadTimer->start(delayMs);
}

void CasesPage::reloadList() {
    m_reloadTimer->stop();
    if (m_catchUp.holdsList()) {
        showCatchUp();
        return;
    }
    const qint64 keep = selectedCaseId() ? selectedCaseId() : m_caseFile->currentCaseId();
    const CaseFilter current = filter();
    m_model->load(current, Deadlines::today());
    showProblems();
    showCount();
    if (!m_model->total())
        m_countTimer->start();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        for (int column = 0; column < CaseListModel::ColumnCount; ++column)
            m_table->setColumnWidth(column,
                                    std::min(m_table->columnWidth(column), maximumColumnWidth));
        m_columnsSized = true;
    }
    updateEmptyState(current);
    updateFilterSummary();
    selectCase(keep);
    if (!m_table->currentIndex().isValid())
        m_table->scrollToTop(); // a new list starts at its top, not where the last one was
}

void CasesPage::showCount() {
    if (const auto total = m_model->total())
        m_count->setText(tr("%Ln case(s)", "", static_cast<int>(*total)));
}

void CasesPage::showProblems() {
    QStringList problems = {m_choicesProblem, m_model->problem(), m_catchUp.problem()};
    problems.removeAll(QString());
    problems.removeDuplicates();
    showErrorText(m_error, problems.join(QLatin1Char('\n')));
}

void CasesPage::showCatchUp() {
    m_catchUpText->setText(m_catchUp.progressText());
    m_catchUpBar->setRange(0, std::max(1, m_catchUp.total()));
    m_catchUpBar->setValue(m_catchUp.done());
    m_count->clear();
    m_listStack->setCurrentWidget(m_catchUpView);
}

void CasesPage::updateEmptyState(const CaseFilter& filter) {
    if (m_model->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    if (isFiltering(filter))
        m_empty->setText(tr("No case matches the search and the filters."));
    else if (m_adviser)
        m_empty->setText(
            tr("No reports have been registered yet. Register the first one with "
               "New report (%1).")
                .arg(m_newReportAction->shortcut().toString(QKeySequence::NativeText)));
    else
        m_empty->setText(
            tr("No case has been assigned to you yet. An integrity adviser assigns you to "
               "the cases you review."));
    m_listStack->setCurrentWidget(m_empty);
}

void CasesPage::clearFilters() {
    for (QComboBox* combo : {m_state, m_type, m_theme, m_year, m_deadline, m_assignee}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker quick(m_quickText);
        const QSignalBlocker search(m_searchText);
        m_quickText->clear();
        m_searchText->clear();
    }
    reloadList();
}

qint64 CasesPage::selectedCaseId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CaseListModel::CaseIdRole).toLongLong();
}

void CasesPage::selectCase(qint64 caseId) {
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    const int row = m_model->rowFor(caseId);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool CasesPage::openCase(qint64 caseId, const QString& tabObjectName) {
    m_tabs->setCurrentWidget(m_casesTab);
    m_openTimer->stop();
    const qint64 open = m_caseFile->currentCaseId();
    if (caseId != open &&
        !UnsavedChanges::resolveIfAny(
            this, m_caseFile->unsavedEdit(), [this] { return m_caseFile->saveUnsavedEdit(); },
            [this] { m_caseFile->discardUnsavedEdit(); })) {
        selectCase(open);
        return false;
    }
    selectCase(caseId);
    return showInCaseFile(caseId, tabObjectName);
}

bool CasesPage::showInCaseFile(qint64 caseId, const QString& tabObjectName) {
    // Already open (e.g. Enter on the selected row): no second access-log entry.
    const bool opened = caseId == m_caseFile->currentCaseId() || m_caseFile->openCase(caseId);
    if (!opened) {
        reloadList(); // the case may be gone, or no longer assigned to this user
        return false;
    }
    if (!tabObjectName.isEmpty())
        m_caseFile->showTab(tabObjectName);
    showCaseFile(true);
    return true;
}

void CasesPage::selectionMoved() {
    if (m_selecting)
        return;
    m_openTimer->stop();
    const qint64 caseId = selectedCaseId();
    const qint64 open = m_caseFile->currentCaseId();
    if (caseId == 0 || caseId == open)
        return;
    const bool clicked = QApplication::mouseButtons() != Qt::NoButton;
    if (!UnsavedChanges::resolveIfAny(
            this, m_caseFile->unsavedEdit(), [this] { return m_caseFile->saveUnsavedEdit(); },
            [this] { m_caseFile->discardUnsavedEdit(); })) {
        selectCase(open); // back to the case whose edit the user keeps
        return;
    }
    // Saving may have read the list again; the selection is kept on the chosen row.
    selectCase(caseId);
    if (clicked) {
        showInCaseFile(caseId, {});
        return;
    }
    const QModelIndexList rows =
        m_table->selectionModel()->selectedRows(CaseListModel::NumberColumn);
    m_caseFile->showPending(rows.isEmpty() ? QString() : rows.first().data().toString());
    showCaseFile(true);
    m_openTimer->start();
}

void CasesPage::openSelected() {
    if (const qint64 caseId = selectedCaseId())
        showInCaseFile(caseId, {});
}

std::optional<QString> CasesPage::unsavedEdit() const {
    return m_caseFile->unsavedEdit();
}

bool CasesPage::saveUnsavedEdit() {
    return m_caseFile->saveUnsavedEdit();
}

void CasesPage::discardUnsavedEdit() {
    m_caseFile->discardUnsavedEdit();
}

std::optional<Draft> CasesPage::unsavedEditDraft() const {
    return m_caseFile->unsavedEditDraft();
}

void CasesPage::restoreDraft(const Draft& draft) {
    if (draft.form == registerReportForm) {
        m_tabs->setCurrentWidget(m_casesTab);
        FormReopener::reopen(*this, draft);
        return;
    }
    if (openCase(draft.recordId, draft.view))
        m_caseFile->restoreDraft(draft);
}

bool CasesPage::reopenForm(const QString& form, qint64 argument) {
    Q_UNUSED(argument)
    if (form != registerReportForm || !m_adviser)
        return false;
    registerReport();
    return true;
}

QVariantMap CasesPage::position() const {
    return {{QStringLiteral("page"), m_tabs->currentIndex()},
            {QStringLiteral("case"), m_caseFile->currentCaseId()},
            {QStringLiteral("caseTab"), m_caseFile->currentTabName()}};
}

void CasesPage::restorePosition(const QVariantMap& position) {
    if (const qint64 caseId = position.value(QStringLiteral("case")).toLongLong())
        openCase(caseId, position.value(QStringLiteral("caseTab")).toString());
    m_tabs->setCurrentIndex(position.value(QStringLiteral("page")).toInt());
}

void CasesPage::showCaseFile(bool shown) {
    if (shown == m_caseFile->isVisibleTo(m_splitter))
        return;
    // The splitter's state keeps the size of a hidden pane (restored from the user's settings
    // too); showing the pane alone would not use it.
    const QByteArray state = m_splitter->saveState();
    m_caseFile->setVisible(shown);
    if (!shown)
        return;
    m_splitter->restoreState(state);
    // The panes have their sizes once the splitter has laid them out.
    QTimer::singleShot(0, m_splitter, [this] {
        if (m_caseFile->isVisible() && m_splitter->sizes().value(1) == 0) // never opened, or
            m_splitter->applyDefaultSizes();                              // dragged shut
        // The list is smaller now: keep the open case's row in sight.
        m_table->scrollTo(m_table->currentIndex());
    });
}

void CasesPage::registerReport() {
    if (!m_adviser)
        return;
    RegisterReportDialog dialog(m_store, this);
    dialog.setDraftOrigin(FormReopener::origin(*m_casesTab, Module::Cases, registerReportForm, 0,
                                               tr("a new report")));
    if (ModalDialogs::exec(dialog) != QDialog::Accepted)
        return;
    const qint64 caseId = dialog.registered().id;
    refresh();
    openCase(caseId);
}

void CasesPage::registerHandover(const Handover& handover) {
    if (!m_adviser)
        return;
    RegisterReportDialog dialog(m_store, this);
    dialog.startFrom(handover.intake());
    if (ModalDialogs::exec(dialog) != QDialog::Accepted)
        return; // it stays waiting on the dashboard
    const qint64 caseId = dialog.registered().id;
    if (auto marked = CounsellingHandovers(m_store).markRegistered(handover.id, caseId); !marked)
        MessageBox::showError(this, marked.error());
    refresh();
    openCase(caseId);
}

bool CasesPage::eventFilter(QObject* watched, QEvent* event) {
    const bool field = watched == m_quickText || watched == m_searchText;
    if (field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_table->model()->rowCount() > 0) {
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_table->model()->index(0, 0));
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    return Page::eventFilter(watched, event);
}

void CasesPage::focusSearch() {
    m_tabs->setCurrentWidget(m_casesTab);
    m_searchText->setFocus(Qt::ShortcutFocusReason);
    m_searchText->selectAll();
}

void CasesPage::caseChanged(qint64 caseId) {
    if (!m_catchUp.run()) {
        showCatchUp();
        emit casesChanged();
        return;
    }
    const qint64 keep = selectedCaseId() ? selectedCaseId() : m_caseFile->currentCaseId();
    if (m_model->refreshCase(caseId)) {
        updateEmptyState(filter());
        selectCase(keep);
    }
    // The filters' choices change with a save only when it brings a new year; a case that
    // left the list (or was deleted) may have taken one.
    const CaseListRow* row = m_model->row(m_model->rowOf(caseId));
    if (!row || m_year->findData(row->receivedOn.year()) < 0)
        loadFilterChoices();
    showCount();
    showProblems();
    refreshDeadlines();
    emit casesChanged();
}

} // namespace infopunt::ui
