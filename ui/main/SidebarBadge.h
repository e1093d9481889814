#pragma once

#include <QObject>
#include <QStyledItemDelegate>

class QListWidgetItem;
class QTimer;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// Draws a sidebar item as the style does, with the count in its BadgeRole as a rounded pill at
// the right end. An item that has a BadgeRole (even 0) keeps room for the pill, so the sidebar
// is wide enough before the first count arrives; no pill is drawn for 0.
class SidebarBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int BadgeRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// The number of four-eyes requests waiting for the signed-in user's decision
// (ApprovalQuery::countWaitingForMe), kept in a sidebar item's BadgeRole and tooltip. Counted
// again on refresh() and every minute, so that requests made on another workstation show up.
class WaitingRequestsBadge : public QObject {
    Q_OBJECT
public:
    static constexpr int refreshIntervalMs = 60 * 1000;

    WaitingRequestsBadge(const Store& store, QListWidgetItem* item, QObject* parent);
    int count() const { return m_count; }
    void refresh();

signals:
    void countChanged(int count);

private:
    const Store& m_store;
    QListWidgetItem* m_item;
    QString m_toolTip; // the item's own tooltip, before the count is added
    QTimer* m_timer;
    int m_count = 0;
};

} // namespace infopunt::ui
