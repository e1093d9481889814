#include "pages/cases/DeadlinesView.h"

#include "cases/CaseQuery.h"
#include "common/UiHelpers.h"
#include "models/DeadlineLook.h"
#include "models/DeadlinesModel.h"

#include <QBrush>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace infopunt::ui {

DeadlinesView::DeadlinesView(Store& store, Scope scope, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_scope(scope)
    , m_model(new DeadlinesModel(this))
    , m_counts(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(m_stack))
    , m_empty(new QLabel(m_stack)) {
    setObjectName(scope == Scope::All ? QStringLiteral("deadlinesView")
                                      : QStringLiteral("urgentDeadlinesView"));
    m_counts->setObjectName(QStringLiteral("deadlineCountsLabel"));
    m_counts->setTextFormat(Qt::RichText);
    m_table->setObjectName(QStringLiteral("deadlinesTable"));
    m_empty->setObjectName(QStringLiteral("deadlinesEmptyLabel"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    applyTableStyle(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(DeadlinesModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a deadline or press Enter to open its case."));
    if (scope == Scope::Urgent) {
        // At most ten rows: the dashboard shows them all without a scroll bar.
        m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(scope == Scope::All ? tr("No case has an open deadline.")
                                         : tr("No deadline is due soon or overdue."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    if (scope == Scope::Urgent)
        m_stack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
}

void DeadlinesView::refresh() {
    const QDate today = Deadlines::today();
    const CaseQuery query(m_store);
    const bool urgent = m_scope == Scope::Urgent;
    // The dashboard reads its few rows and the two counts, not every open deadline.
    const auto deadlines =
        urgent ? query.urgentDeadlines(today, urgentRowLimit) : query.openDeadlines(today);
    const QList<DeadlineRow> rows = deadlines ? deadlines.value() : QList<DeadlineRow>();
    QString error = deadlines ? QString() : deadlines.error().message;

    int overdue = 0;
    int dueSoon = 0;
    if (urgent) {
        if (const auto counts = query.deadlineCounts(today); counts) {
            overdue = static_cast<int>(counts.value().overdue);
            dueSoon = static_cast<int>(counts.value().dueSoon);
        } else if (error.isEmpty()) {
            error = counts.error().message;
        }
    } else {
        for (const DeadlineRow& row : rows) {
            overdue += row.status == DeadlineStatus::Overdue;
            dueSoon += row.status == DeadlineStatus::DueSoon;
        }
    }
    showErrorText(m_error, error);
    const int total = urgent ? overdue + dueSoon : static_cast<int>(rows.size());
    m_model->setRows(rows, today);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(DeadlinesModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_stack->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);

    // The counts in words, each on the tint its rows have (none when there are none).
    const auto badge = [](const QString& text, int count, DeadlineStatus status) {
        if (count == 0)
            return text.toHtmlEscaped();
        const QColor background = DeadlineLook::background(status).value<QBrush>().color();
        const QColor foreground = DeadlineLook::foreground(status).value<QBrush>().color();
        return QStringLiteral(
                   "<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
            .arg(background.name(), foreground.name(), text.toHtmlEscaped());
    };
    QStringList parts = {badge(tr("%n overdue", "", overdue), overdue, DeadlineStatus::Overdue),
                         badge(tr("%n due soon", "", dueSoon), dueSoon, DeadlineStatus::DueSoon)};
    if (m_scope == Scope::All)
        parts.append(tr("%n open deadline(s) in all", "", total).toHtmlEscaped());
    else if (total > urgentRowLimit)
        parts.append(tr("the %n earliest shown", "", urgentRowLimit).toHtmlEscaped());
    m_counts->setText(parts.join(QStringLiteral(" &nbsp; ")));
}

void DeadlinesView::openRow(int row) {
    if (const DeadlineRow* item = m_model->row(row))
        emit openCaseRequested(item->caseId);
}

} // namespace infopunt::ui
