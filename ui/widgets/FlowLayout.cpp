#include "widgets/FlowLayout.h"

#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace infopunt::ui {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent) {}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item) {
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const {
    return static_cast<int>(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const {
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const {
    return {};
}

bool FlowLayout::hasHeightForWidth() const {
    return true;
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const {
    // Everything on one row.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = std::max(height, hint.height());
        ++shown;
    }
    if (shown > 1)
        width += (shown - 1) * horizontalGap();
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalGap() const {
    if (spacing() >= 0)
        return spacing();
    const QWidget* parent = parentWidget();
    const int gap =
        parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent)
               : -1;
    return gap >= 0 ? gap : 6;
}

int FlowLayout::verticalGap() const {
    if (spacing() >= 0)
        return spacing();
    const QWidget* parent = parentWidget();
    const int gap =
        parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent)
               : -1;
    return gap >= 0 ? gap : 6;
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hGap = horizontalGap();
    const int vGap = verticalGap();
    struct Placed {
        QLayoutItem* item;
        int x;
        QSize size;
    };
    // A row's items are placed once the row is complete, centred on the row's height.
    QList<Placed> row;
    int x = area.x();
    int y = area.y();
    int rowHeight = 0;
    const auto placeRow = [&] {
        for (const Placed& placed : std::as_const(row)) {
            if (apply)
                placed.item->setGeometry(QRect(
                    QPoint(placed.x, y + (rowHeight - placed.size.height()) / 2), placed.size));
        }
        row.clear();
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint()
                               .boundedTo(QSize(area.width(), QWIDGETSIZE_MAX))
                               .expandedTo(item->minimumSize());
        if (!row.isEmpty() && x + size.width() > area.x() + area.width()) {
            placeRow();
            x = area.x();
            y += rowHeight + vGap;
            rowHeight = 0;
        }
        row.append({item, x, size});
        x += size.width() + hGap;
        rowHeight = std::max(rowHeight, size.height());
    }
    placeRow();
    const QMargins margins = contentsMargins();
    return y + rowHeight - rect.y() + margins.bottom();
}

} // namespace infopunt::ui
