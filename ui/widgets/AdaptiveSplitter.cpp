#include "widgets/AdaptiveSplitter.h"

#include <QResizeEvent>
#include <QTimer>
#include <algorithm>

namespace infopunt::ui {

AdaptiveSplitter::AdaptiveSplitter(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent) {}

void AdaptiveSplitter::setSideBySideWidth(int width) {
    m_sideBySideWidth = width;
    scheduleAdapt();
}

int AdaptiveSplitter::extent() const {
    return orientation() == Qt::Horizontal ? width() : height();
}

void AdaptiveSplitter::setDefaultSizes(std::function<QList<int>(const AdaptiveSplitter&)> sizes) {
    m_defaultSizes = std::move(sizes);
}

void AdaptiveSplitter::applyDefaultSizes() {
    if (m_defaultSizes)
        setSizes(m_defaultSizes(*this));
}

void AdaptiveSplitter::resizeEvent(QResizeEvent* event) {
    scheduleAdapt();
    QSplitter::resizeEvent(event);
}

void AdaptiveSplitter::showEvent(QShowEvent* event) {
    scheduleAdapt();
    QSplitter::showEvent(event);
}

void AdaptiveSplitter::scheduleAdapt() {
    if (m_adaptScheduled)
        return;
    m_adaptScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_adaptScheduled = false;
        if (isVisible())
            adapt(width());
    });
}

void AdaptiveSplitter::adapt(int width) {
    const Qt::Orientation wanted = width >= m_sideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (wanted == orientation())
        return;
    const QList<int> current = sizes();
    if (std::all_of(current.cbegin(), current.cend(), [](int size) { return size > 0; }))
        (orientation() == Qt::Horizontal ? m_horizontalSizes : m_verticalSizes) = current;
    setOrientation(wanted);
    const QList<int>& remembered = wanted == Qt::Horizontal ? m_horizontalSizes : m_verticalSizes;
    if (!remembered.isEmpty())
        setSizes(remembered);
    else
        applyDefaultSizes();
}

} // namespace infopunt::ui
