#include "main/SidebarBadge.h"

#include "cases/ApprovalQuery.h"

#include <QListWidgetItem>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <algorithm>

namespace infopunt::ui {

namespace {

// From the item's right edge to the pill: the sidebar's item margin and padding.
constexpr int pillInset = 18;
constexpr int pillPadding = 6; // left and right of the number
constexpr int pillGap = 8;     // between the item's text and the pill

QString badgeText(int count) {
    return count > 99 ? QStringLiteral("99+") : QLocale().toString(count);
}

QFont pillFont(const QFont& itemFont) {
    QFont font = itemFont;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QSize pillSize(const QFont& font, const QString& text) {
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    return {std::max(height, metrics.horizontalAdvance(text) + 2 * pillPadding), height};
}

} // namespace

void SidebarBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, index);
    const int count = index.data(BadgeRole).toInt();
    if (count <= 0)
        return;
    const QString text = badgeText(count);
    const QFont font = pillFont(option.font);
    QRect pill(QPoint(), pillSize(font, text));
    pill.moveCenter(option.rect.center());
    pill.moveRight(option.rect.right() - pillInset);

    // The highlight colour, inverted on the selected item (whose background is the highlight).
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor background =
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QColor foreground =
        option.palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(foreground);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize SidebarBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(BadgeRole).isValid())
        size.rwidth() += pillGap + pillSize(pillFont(option.font), badgeText(99)).width();
    return size;
}

WaitingRequestsBadge::WaitingRequestsBadge(const Store& store, QListWidgetItem* item,
                                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_item(item)
    , m_toolTip(item->toolTip())
    , m_timer(new QTimer(this)) {
    m_item->setData(SidebarBadgeDelegate::BadgeRole, 0);
    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &WaitingRequestsBadge::refresh);
    m_timer->start();
}

void WaitingRequestsBadge::refresh() {
    const auto counted = ApprovalQuery(m_store).countWaitingForMe();
    // A failed count (another workstation is saving) keeps the last one until the next try.
    if (!counted)
        return;
    m_timer->start(); // a minute from the latest count
    const int count = counted.value();
    const QString waiting = tr("Waiting for your decision: %1").arg(QLocale().toString(count));
    m_item->setData(SidebarBadgeDelegate::BadgeRole, count);
    m_item->setData(Qt::AccessibleDescriptionRole, count > 0 ? waiting : QString());
    m_item->setToolTip(count > 0 ? m_toolTip + QLatin1Char('\n') + waiting : m_toolTip);
    if (count != m_count) {
        m_count = count;
        emit countChanged(count);
    }
}

} // namespace infopunt::ui
