#include "pages/cases/StepsTab.h"

#include "common/UiHelpers.h"
#include "models/DeadlineLook.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/cases/DeadlineDialogs.h"
#include "pages/cases/StepDialogs.h"
#include "pages/cases/StepsTimeline.h"
#include "storage/Store.h"
#include "widgets/FlowLayout.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {
enum DeadlineColumn { LabelColumn, DueColumn, StatusColumn, DaysColumn, RemarkColumn };
}

StepsTab::StepsTab(Store& store, QWidget* parent)
    : CaseTab(store, parent)
    , m_cases(store)
    , m_codeLists(store) {
    setObjectName(QStringLiteral("stepsTab"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("stepsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildStepsBox());
    splitter->addWidget(buildDeadlinesBox());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

QWidget* StepsTab::buildStepsBox() {
    auto* box = new QGroupBox(tr("Steps"), this);
    m_timeline = new StepsTimeline(box);
    m_timeline->setObjectName(QStringLiteral("stepsTimeline"));
    // The buttons of the possible next steps wrap onto more rows rather than widen the tab.
    auto* stepButtons = new QWidget(box);
    m_stepButtons = new FlowLayout(stepButtons);
    m_stepButtons->setContentsMargins(0, 0, 0, 0);
    m_stepHint = new QLabel(box);
    m_stepHint->setObjectName(QStringLiteral("stepHintLabel"));
    m_stepHint->setWordWrap(true);
    m_stepHint->setForegroundRole(QPalette::PlaceholderText);
    m_reopen = new QPushButton(box); // named in showStepButtons(), by the case's state
    m_reopen->setObjectName(QStringLiteral("reopenButton"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Next step:"), box));
    actions->addWidget(stepButtons, 1);
    actions->addWidget(m_reopen, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_timeline, 1);
    auto* note = new StepNotePane(m_timeline, box);
    note->setObjectName(QStringLiteral("stepNotePane"));
    layout->addWidget(note);
    layout->addLayout(actions);
    layout->addWidget(m_stepHint);
    connect(m_reopen, &QPushButton::clicked, this, &StepsTab::reopen);
    return box;
}

QWidget* StepsTab::buildDeadlinesBox() {
    auto* box = new QGroupBox(tr("Deadlines"), this);
    m_deadlineTable = new QTreeWidget(box);
    m_deadlineTable->setObjectName(QStringLiteral("deadlinesTable"));
    m_deadlineTable->setRootIsDecorated(false);
    applyTableStyle(m_deadlineTable);
    m_deadlineTable->setUniformRowHeights(true);
    m_deadlineTable->setHeaderLabels(
        {tr("Deadline"), tr("Due"), tr("Status"), tr("Days left"), tr("Remark")});
    m_deadlineTable->header()->setStretchLastSection(true);
    m_addDeadline = new QPushButton(tr("Add deadline…"), box);
    m_markMet = new QPushButton(tr("Mark met…"), box);
    m_extend = new QPushButton(tr("Extend feedback…"), box);
    m_addDeadline->setObjectName(QStringLiteral("addDeadlineButton"));
    m_markMet->setObjectName(QStringLiteral("markMetButton"));
    m_extend->setObjectName(QStringLiteral("extendFeedbackButton"));

    auto* buttons = new FlowLayout;
    buttons->addWidget(m_addDeadline);
    buttons->addWidget(m_markMet);
    buttons->addWidget(m_extend);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_deadlineTable, 1);
    layout->addLayout(buttons);

    connect(m_deadlineTable, &QTreeWidget::itemSelectionChanged, this,
            &StepsTab::updateDeadlineButtons);
    connect(m_addDeadline, &QPushButton::clicked, this, &StepsTab::addDeadline);
    connect(m_markMet, &QPushButton::clicked, this, &StepsTab::markMet);
    connect(m_extend, &QPushButton::clicked, this, &StepsTab::extendFeedback);
    return box;
}

void StepsTab::reload() {
    m_steps.clear();
    const auto steps = m_cases.steps(record().id);
    if (loaded(steps))
        m_steps = steps.value();
    const auto measures = m_codeLists.entries(CodeLists::List::Measure);
    if (loaded(measures))
        m_measures = measures.value();
    m_requests.clear();
    const auto requests = m_cases.approvals(record().id);
    if (loaded(requests))
        m_requests = requests.value();
    m_timeline->setSteps(m_steps, m_measures, people());
    m_timeline->scrollToBottom();
    showStepButtons();
    showDeadlines();
}

QList<CaseState> StepsTab::history() const {
    QList<CaseState> states;
    for (const CaseStep& step : m_steps)
        states.append(step.to);
    return states;
}

Result<void> StepsTab::stepAllowed(CaseState to) const {
    if (to != CaseState::Closed)
        return m_cases.canTakeStep(record(), to);
    // CaseService refuses a direct step to Closed: closing is a four-eyes request, which only
    // an Adviser makes, once.
    if (auto allowed = CaseWorkflow::checkTransition(record().state, record().investigationKind, to,
                                                     store().user().role);
        !allowed)
        return allowed;
    for (const ApprovalRequest& request : m_requests) {
        if (request.action == ApprovalAction::CloseCase && !request.decision) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 asked to close the case; it is waiting for a second "
                                "person's approval (Review tab).")
                                 .arg(people().name(request.requestedBy)));
        }
    }
    return {};
}

void StepsTab::showStepButtons() {
    // A button may be the one whose click led here: it leaves the tab now and is deleted once
    // its signal has returned.
    while (QLayoutItem* item = m_stepButtons->takeAt(0)) {
        if (QWidget* button = item->widget()) {
            button->setParent(nullptr);
            button->deleteLater();
        }
        delete item;
    }
    const CaseRecord& current = record();
    const QList<CaseState> next =
        CaseWorkflow::nextStates(current.state, current.investigationKind);
    for (const CaseState to : next) {
        auto* button = new QPushButton(StepDialog::actionText(to), this);
        button->setObjectName(QStringLiteral("stepButton_") + CaseWorkflow::stateCode(to));
        const auto allowed = stepAllowed(to);
        setEnabledWithReason(button, allowed.ok(), allowed ? QString() : allowed.error().message,
                             to == CaseState::Closed
                                 ? tr("Ask a second person to approve closing the case.")
                                 : tr("Record the step to “%1”.").arg(CaseWorkflow::stateName(to)));
        connect(button, &QPushButton::clicked, this, [this, to] { takeStep(to); });
        m_stepButtons->addWidget(button);
    }

    QString hint;
    if (next.isEmpty() && current.state == CaseState::Evaluated)
        hint = tr("The case is closed and evaluated: the protocol is complete.");
    else if (next.isEmpty())
        hint = tr("No step can follow the current state; reopen an earlier step to go on.");
    else if (next.contains(CaseState::Closed))
        hint = tr("Closing a case needs a second person's approval: the request goes to another "
                  "adviser or an assigned working-group member (Review tab).");
    showErrorText(m_stepHint, hint);

    // Checks role and state against the first state, which every case passed through; the
    // target and the reason are chosen in the dialog.
    const auto reopenable =
        CaseWorkflow::checkReopen(current.state, CaseState::Registered, history(),
                                  store().user().role, QStringLiteral("(asked in the dialog)"));
    // On an open case this steps back; only a closed case is really reopened.
    const bool open = CaseWorkflow::isOpen(current.state);
    m_reopen->setText(open ? tr("Step back…") : tr("Reopen…"));
    setEnabledWithReason(m_reopen, reopenable.ok(),
                         reopenable ? QString() : reopenable.error().message,
                         open ? tr("Go back to an earlier step, with a reason.")
                              : tr("Reopen the closed case at an earlier step, with a reason."));
}

void StepsTab::showDeadlines() {
    m_deadlineTable->clear();
    m_deadlines.clear();
    const auto legal = m_cases.deadlines(record().id);
    const auto custom = m_cases.customDeadlines(record().id);
    if (loaded(legal) && loaded(custom)) {
        for (const Deadline& deadline : legal.value()) {
            if (deadline.kind != Deadline::Kind::Custom)
                m_deadlines.append({deadline, std::nullopt});
        }
        for (const CaseDeadline& set : custom.value())
            m_deadlines.append({Deadlines::custom(set.label, set.due, set.met), set});
        std::stable_sort(m_deadlines.begin(), m_deadlines.end(),
                         [](const DeadlineRow& a, const DeadlineRow& b) {
                             return Deadlines::comesBefore(a.deadline, b.deadline);
                         });
    }

    const QDate today = Deadlines::today();
    for (int row = 0; row < m_deadlines.size(); ++row) {
        const Deadline& deadline = m_deadlines[row].deadline;
        const DeadlineStatus status = Deadlines::status(deadline, today);
        QString remark;
        if (!deadline.extensionReason.isEmpty()) {
            remark = tr("Extended from %1: %2")
                         .arg(CaseDisplay::date(deadline.originalDue), deadline.extensionReason);
        }
        auto* item =
            new QTreeWidgetItem(m_deadlineTable, {deadline.label, CaseDisplay::date(deadline.due),
                                                  Deadlines::statusName(status),
                                                  CaseDisplay::daysLeft(deadline, today), remark});
        item->setData(LabelColumn, Qt::UserRole, row);
        item->setToolTip(RemarkColumn, remark);
        // The tint the deadline lists use, and the status in its colour.
        const QVariant tint = DeadlineLook::background(status);
        for (int column = 0; tint.isValid() && column < m_deadlineTable->columnCount(); ++column)
            item->setBackground(column, tint.value<QBrush>());
        item->setForeground(StatusColumn, CaseDisplay::deadlineColour(status));
        item->setForeground(DaysColumn, CaseDisplay::deadlineColour(status));
        QFont bold = item->font(StatusColumn);
        bold.setBold(true);
        item->setFont(StatusColumn, bold);
    }
    for (const int column : {LabelColumn, DueColumn, StatusColumn, DaysColumn})
        m_deadlineTable->resizeColumnToContents(column);
    updateDeadlineButtons();
}

std::optional<StepsTab::DeadlineRow> StepsTab::selectedDeadline() const {
    const QList<QTreeWidgetItem*> items = m_deadlineTable->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.first()->data(LabelColumn, Qt::UserRole).toInt();
    if (row < 0 || row >= m_deadlines.size())
        return std::nullopt;
    return m_deadlines[row];
}

void StepsTab::updateDeadlineButtons() {
    setEnabledWithReason(m_addDeadline, true, {}, tr("Set a deadline of your own."));

    const auto selected = selectedDeadline();
    QString markReason;
    if (!selected)
        markReason = tr("Select a deadline first.");
    else if (!selected->custom && selected->deadline.kind != Deadline::Kind::Feedback)
        markReason = tr("The acknowledgement is met by the step “%1”.")
                         .arg(CaseWorkflow::stateName(CaseState::Acknowledged));
    else if (!selected->custom && !isAdviser())
        markReason = tr("Only an integrity adviser records the feedback to the reporter.");
    else if (selected->deadline.met)
        markReason = tr("This deadline is already met.");
    setEnabledWithReason(m_markMet, markReason.isEmpty(), markReason);

    QString extendReason;
    if (!isAdviser()) {
        extendReason = tr("Only an integrity adviser extends the feedback deadline.");
    } else if (const auto feedback = feedbackDeadline()) {
        // Whether any extension is possible: the date and the reason are chosen in the dialog.
        const auto possible = Deadlines::makeExtension(*feedback, feedback->due.addDays(1),
                                                       QStringLiteral("(asked in the dialog)"));
        if (!possible)
            extendReason = possible.error().message;
    }
    setEnabledWithReason(m_extend, extendReason.isEmpty(), extendReason,
                         tr("Record a justified extension of the feedback deadline."));
}

std::optional<Deadline> StepsTab::feedbackDeadline() const {
    for (const DeadlineRow& row : m_deadlines) {
        if (row.deadline.kind == Deadline::Kind::Feedback)
            return row.deadline;
    }
    return std::nullopt;
}

void StepsTab::takeStep(CaseState to) {
    StepDialog dialog(store(), m_cases, record(), to, this);
    runDialog(dialog, QStringLiteral("takeStep"), static_cast<int>(to));
}

void StepsTab::reopen() {
    ReopenDialog dialog(store(), m_cases, record(), history(), this);
    runDialog(dialog, QStringLiteral("reopen"));
}

void StepsTab::addDeadline() {
    AddDeadlineDialog dialog(m_cases, record(), this);
    runDialog(dialog, QStringLiteral("addDeadline"));
}

void StepsTab::markMet() {
    const auto selected = selectedDeadline();
    if (!selected)
        return;
    // The draft's argument: the own deadline's id, 0 for the feedback deadline.
    if (selected->custom) {
        MarkDeadlineMetDialog dialog(m_cases, *selected->custom, this);
        runDialog(dialog, QStringLiteral("markMet"), selected->custom->id);
    } else if (selected->deadline.kind == Deadline::Kind::Feedback) {
        MarkDeadlineMetDialog dialog(m_cases, record(), selected->deadline, this);
        runDialog(dialog, QStringLiteral("markMet"));
    }
}

void StepsTab::extendFeedback() {
    const auto feedback = feedbackDeadline();
    if (!feedback)
        return;
    ExtendFeedbackDialog dialog(m_cases, record(), *feedback, this);
    runDialog(dialog, QStringLiteral("extendFeedback"));
}

bool StepsTab::reopenForm(const QString& form, qint64 argument) {
    if (form == QLatin1String("takeStep")) {
        const auto to = static_cast<CaseState>(argument);
        if (!stepAllowed(to))
            return false;
        takeStep(to);
    } else if (form == QLatin1String("reopen") && m_reopen->isEnabled()) {
        reopen();
    } else if (form == QLatin1String("addDeadline")) {
        addDeadline();
    } else if (form == QLatin1String("extendFeedback") && feedbackDeadline()) {
        extendFeedback();
    } else if (form == QLatin1String("markMet")) {
        for (int row = 0; row < m_deadlines.size(); ++row) {
            const DeadlineRow& deadline = m_deadlines[row];
            const bool same = deadline.custom ? deadline.custom->id == argument
                                              : argument == 0 && deadline.deadline.kind ==
                                                                     Deadline::Kind::Feedback;
            if (same && !deadline.deadline.met &&
                selectItemWithId(m_deadlineTable, LabelColumn, Qt::UserRole, row)) {
                markMet();
                return true;
            }
        }
        return false;
    } else {
        return false;
    }
    return true;
}

} // namespace infopunt::ui
