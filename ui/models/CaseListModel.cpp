#include "models/CaseListModel.h"

#include "common/BackgroundJobs.h"
#include "models/DeadlineLook.h"
#include "pages/cases/CaseDisplay.h"

namespace infopunt::ui {

namespace {

QString themeText(const CaseListRow& row) {
    if (row.themeNumber == 0)
        return {};
    return QStringLiteral("%1. %2").arg(row.themeNumber).arg(row.themeName);
}

} // namespace

CaseListModel::CaseListModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_counts(new BackgroundJobs(this)) {}

bool CaseListModel::load(const CaseFilter& filter, QDate today) {
    beginResetModel();
    m_filter = filter;
    m_today = today;
    m_loaded = true;
    m_rows.clear();
    m_total.reset();
    m_counts->drop();
    m_problem.clear();
    auto rows = read(0, pageSize);
    if (rows)
        m_rows = std::move(*rows);
    m_complete = !rows || m_rows.size() < pageSize;
    if (rows && m_complete)
        m_total = m_rows.size();
    endResetModel();
    return rows.has_value();
}

void CaseListModel::countAll() {
    if (m_total)
        return;
    m_counts->drop();
    const auto counter = CaseCount::prepare(m_store, m_filter, m_today);
    if (!counter) {
        setProblem(counter.error().message);
        return;
    }
    if (!counter.value()) {
        takeCount(CaseQuery(m_store).count(m_filter, m_today));
        return;
    }
    m_counts->run([this, count = *counter.value()]() -> BackgroundJobs::Answer {
        const Result<qsizetype> counted = count.run();
        return [this, counted] {
            takeCount(counted);
        };
    });
}

void CaseListModel::takeCount(const Result<qsizetype>& counted) {
    if (!counted) {
        setProblem(counted.error().message);
        return;
    }
    m_total = counted.value();
    emit totalChanged();
}

bool CaseListModel::isCounting() const {
    return m_counts->isRunning();
}

bool CaseListModel::refreshCase(qint64 caseId) {
    if (!m_loaded)
        return false;
    const int old = rowOf(caseId);
    const auto position = CaseQuery(m_store).position(m_filter, m_order, caseId, m_today);
    if (!position) {
        setProblem(position.error().message);
        return false;
    }
    const std::optional<qsizetype> now = position.value();
    if (now && old >= 0 && *now == old) {
        // Still in its place: only its row is read again.
        auto rows = read(old, 1);
        if (!rows)
            return false;
        if (rows->size() == 1 && rows->constFirst().id == caseId) {
            m_rows[old] = rows->constFirst();
            emit dataChanged(index(old, 0), index(old, ColumnCount - 1));
            return false;
        }
    }
    const bool inWindow = old >= 0 || (now && (*now < m_rows.size() || m_complete));
    if (inWindow) {
        // It came, went or moved among the rows read: the same stretch of the list again.
        const qsizetype limit = std::max<qsizetype>(m_rows.size(), pageSize);
        auto rows = read(0, limit);
        if (!rows)
            return false;
        beginResetModel();
        m_rows = std::move(*rows);
        m_complete = m_rows.size() < limit;
        endResetModel();
    }
    // Below the rows read, it may still have come into the list or left it.
    m_total.reset();
    m_counts->drop();
    if (m_complete) {
        m_total = m_rows.size();
        emit totalChanged();
    }
    countAll();
    return inWindow;
}

void CaseListModel::setDisplayNames(const QHash<QString, QString>& displayNames) {
    m_displayNames = displayNames;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AssignedColumn), index(rowCount() - 1, AssignedColumn));
}

const CaseListRow* CaseListModel::row(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CaseListModel::rowOf(qint64 caseId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == caseId)
            return row;
    }
    return -1;
}

int CaseListModel::rowFor(qint64 caseId) {
    if (const int row = rowOf(caseId); row >= 0 || m_complete || caseId == 0)
        return row;
    const auto position = CaseQuery(m_store).position(m_filter, m_order, caseId, m_today);
    if (!position) {
        setProblem(position.error().message);
        return -1;
    }
    const std::optional<qsizetype> at = position.value();
    if (!at || *at >= maximumReach)
        return -1;
    // Down to the end of its page, so that the rows around it show too.
    const qsizetype end = (*at / pageSize + 1) * pageSize;
    if (!fetch(end - m_rows.size()))
        return -1;
    return rowOf(caseId);
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_loaded && !m_complete;
}

void CaseListModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        fetch(pageSize);
}

bool CaseListModel::fetch(qsizetype limit) {
    auto rows = read(m_rows.size(), limit);
    if (!rows) {
        m_complete = true; // no endless retries from the view; the next load tries again
        return false;
    }
    m_complete = rows->size() < limit;
    if (!rows->isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
        m_rows.append(std::move(*rows));
        endInsertRows();
    }
    if (m_complete)
        m_total = m_rows.size();
    return true;
}

std::optional<QList<CaseListRow>> CaseListModel::read(qsizetype offset, qsizetype limit) {
    auto rows = CaseQuery(m_store).page(m_filter, m_order, offset, limit, m_today);
    if (!rows) {
        setProblem(rows.error().message);
        return std::nullopt;
    }
    return std::move(rows).value();
}

void CaseListModel::setProblem(const QString& problem) {
    m_problem = problem;
    emit problemChanged();
}

void CaseListModel::sort(int column, Qt::SortOrder order) {
    const CaseOrder wanted{keyOf(column), order};
    if (wanted == m_order)
        return;
    m_order = wanted;
    if (m_loaded)
        emit orderChanged();
}

CaseOrder::Key CaseListModel::keyOf(int column) {
    switch (column) {
    case NumberColumn:
        return CaseOrder::Key::Number;
    case TitleColumn:
        return CaseOrder::Key::Title;
    case StateColumn:
        return CaseOrder::Key::State;
    case DeadlineColumn:
        return CaseOrder::Key::Deadline;
    case TypeColumn:
        return CaseOrder::Key::Type;
    case ThemeColumn:
        return CaseOrder::Key::Theme;
    case AssignedColumn:
        return CaseOrder::Key::Assigned;
    default:
        return CaseOrder::Key::Received;
    }
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    const CaseListRow* item = row(index.row());
    if (!item)
        return {};
    const bool deadlineCell = index.column() == DeadlineColumn && item->nextDeadline;
    switch (role) {
    case Qt::DisplayRole:
        return display(*item, index.column());
    case Qt::ToolTipRole:
        return toolTip(*item, index.column());
    case CaseIdRole:
        return item->id;
    case Qt::BackgroundRole:
        return deadlineCell ? DeadlineLook::background(item->deadlineStatus) : QVariant();
    case Qt::ForegroundRole:
        return deadlineCell ? DeadlineLook::foreground(item->deadlineStatus) : QVariant();
    default:
        return {};
    }
}

QVariant CaseListModel::display(const CaseListRow& row, int column) const {
    switch (column) {
    case NumberColumn:
        return row.number;
    case ReceivedColumn:
        return CaseDisplay::date(row.receivedOn);
    case TitleColumn:
        return row.title;
    case StateColumn:
        return CaseWorkflow::stateName(row.state);
    case TypeColumn:
        return row.violationType;
    case ThemeColumn:
        return themeText(row);
    case DeadlineColumn:
        if (!row.nextDeadline)
            return {};
        return tr("%1 · %2").arg(CaseDisplay::date(row.nextDeadline->due),
                                 Deadlines::statusName(row.deadlineStatus));
    case AssignedColumn:
        return assignees(row);
    default:
        return {};
    }
}

QVariant CaseListModel::toolTip(const CaseListRow& row, int column) const {
    switch (column) {
    case ThemeColumn:
        return row.buildingBlock;
    case DeadlineColumn:
        if (!row.nextDeadline)
            return tr("No open deadline.");
        return tr("%1, due %2: %3")
            .arg(row.nextDeadline->label, CaseDisplay::date(row.nextDeadline->due),
                 Deadlines::statusName(row.deadlineStatus));
    default:
        return {};
    }
}

QString CaseListModel::assignees(const CaseListRow& row) const {
    QStringList names;
    for (const QString& userName : row.assignees)
        names.append(m_displayNames.value(userName, userName));
    return names.join(QStringLiteral(", "));
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ReceivedColumn:
        return tr("Received");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case TypeColumn:
        return tr("Type");
    case ThemeColumn:
        return tr("Theme");
    case DeadlineColumn:
        return tr("Next deadline");
    case AssignedColumn:
        return tr("Assigned");
    default:
        return {};
    }
}

} // namespace infopunt::ui
