#pragma once

#include "cases/CaseAccess.h"
#include "cases/CaseRecords.h"
#include "cases/Deadlines.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace infopunt {

class Store;

// One row of the case list. Holds no reporter identity and no party names: lists never show
// who reported or who is accused.
struct CaseListRow {
    qint64 id = 0;
    QString number;
    QDate receivedOn;
    QString title;
    CaseState state = CaseState::Registered;
    Channel channel = Channel::Adviser;
    QString violationType; // display name, empty if not classified
    std::optional<qint64> violationTypeId;
    int themeNumber = 0; // 0 if not classified
    QString themeName;
    QString buildingBlock; // "3c Geschenken, ...", empty if not classified
    QStringList assignees; // user names of assigned working-group members
    // The most urgent deadline that is not met; none for a closed case (nothing is due any more).
    std::optional<Deadline> nextDeadline;
    DeadlineStatus deadlineStatus = DeadlineStatus::Met; // of nextDeadline; Met when none
};

// What the case list is filtered on; every member that is set must hold.
struct CaseFilter {
    std::optional<CaseState> state;
    std::optional<bool> open; // true: not Closed/Evaluated; false: Closed or Evaluated
    std::optional<qint64> violationTypeId;
    std::optional<int> themeNumber;
    std::optional<int> year; // year received
    std::optional<DeadlineStatus> deadlineStatus;
    QString assignee;   // user name
    QString quickText;  // type-ahead: number or title contains
    QString searchText; // full text: title, description, journal and document text

    bool operator==(const CaseFilter& other) const {
        return state == other.state && open == other.open &&
               violationTypeId == other.violationTypeId && themeNumber == other.themeNumber &&
               year == other.year && deadlineStatus == other.deadlineStatus &&
               assignee == other.assignee && quickText == other.quickText &&
               searchText == other.searchText;
    }
};

// The order of the case list: a column and a direction.
struct CaseOrder {
    enum class Key { Number, Received, Title, State, Deadline, Type, Theme, Assigned };
    Key key = Key::Received;
    Qt::SortOrder direction = Qt::DescendingOrder;

    // Whether `a` is listed before `b` in this order. Rows equal on the key keep the list's own
    // order (newest received first) when ascending; a descending order is the ascending one
    // reversed.
    bool before(const CaseListRow& a, const CaseListRow& b) const;
    // Whether rows equal on the key are listed newest received (then highest number) first.
    bool tiesNewestFirst() const;
    bool operator==(const CaseOrder& other) const {
        return key == other.key && direction == other.direction;
    }
};

// One line of the deadline view.
struct DeadlineRow {
    qint64 caseId = 0;
    QString caseNumber;
    QString caseTitle;
    Deadline deadline;
    DeadlineStatus status = DeadlineStatus::Open;
    int daysLeft = 0;
};

// Reading cases in bulk for lists, the deadline view, the dashboard and `infopunt info`.
// Only the cases the signed-in user may see.
class CaseQuery {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseQuery)
public:
    explicit CaseQuery(const Store& store)
        : m_store(store)
        , m_access(store) {}

    // Every case `filter` keeps, in the list's own order (newest received first).
    Result<QList<CaseListRow>> list(const CaseFilter& filter, QDate today) const;
    // Up to `limit` of the cases `filter` keeps in `order`, from the `offset`th on: what a
    // screen of the list shows, without reading the rest.
    Result<QList<CaseListRow>> page(const CaseFilter& filter, const CaseOrder& order,
                                    qsizetype offset, qsizetype limit, QDate today) const;
    // How many cases `filter` keeps.
    Result<qsizetype> count(const CaseFilter& filter, QDate today) const;
    // Where case `caseId` is among the cases `filter` keeps in `order`; none when it is not
    // among them.
    Result<std::optional<qsizetype>> position(const CaseFilter& filter, const CaseOrder& order,
                                              qint64 caseId, QDate today) const;
    // Every deadline that is not met, of open cases, earliest first (overdue ones first).
    Result<QList<DeadlineRow>> openDeadlines(QDate today) const;
    // The overdue and due-soon ones among them, earliest first, at most `limit`: the dashboard's.
    Result<QList<DeadlineRow>> urgentDeadlines(QDate today, qsizetype limit) const;
    // Number of cases per state, in protocol order (states with no case included, as 0).
    Result<QList<QPair<CaseState, qint64>>> countsPerState() const;
    struct DeadlineCounts {
        qint64 dueSoon = 0;
        qint64 overdue = 0;
    };
    Result<DeadlineCounts> deadlineCounts(QDate today) const;
    Result<QList<int>> years() const; // years with cases, newest first

    // The two deadlines the law sets (acknowledgement, feedback), from the record's received,
    // acknowledged, feedback and extension dates; the report counts as received at noon.
    static QList<Deadline> legalDeadlines(const CaseRecord& record);

private:
    Result<QList<DeadlineRow>> deadlines(QDate today, bool urgentOnly, qsizetype limit) const;

    const Store& m_store;
    CaseAccess m_access;
};

// A count of the list from the copy the user's lists read (the office copy, or a member's own),
// asked on the GUI thread and taken on a worker thread with a connection of its own, so that
// the window does not wait for a scan of the copy (the window's list counts this way). It holds
// copies of what the count needs, the copy's path and key and the names of the classification,
// and none of the session's connections; the worker opens the file read-only with a small cache
// and closes it again.
class CaseCount {
public:
    // Brings the copy up to date on this (the session's) thread. None without a copy (a member's
    // while it is filled): the count is then taken from the list kept in memory
    // (CaseQuery::count).
    static Result<std::optional<CaseCount>> prepare(const Store& store, const CaseFilter& filter,
                                                    QDate today);
    // On any thread, once the session's thread has made it.
    Result<qsizetype> run() const;

private:
    struct Job;
    explicit CaseCount(std::shared_ptr<const Job> job)
        : m_job(std::move(job)) {}

    std::shared_ptr<const Job> m_job;
};

} // namespace infopunt
