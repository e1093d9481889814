#include "widgets/PadlockIcon.h"

#include "common/Icons.h"

#include <QPainter>

namespace infopunt::ui {

PadlockIcon::PadlockIcon(QWidget* parent)
    : QWidget(parent) {
    setFixedSize(sizeHint());
}

void PadlockIcon::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    Icons::get(QStringLiteral("lock"), palette().color(QPalette::Highlight))
        .paint(&painter, rect(), Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
}

} // namespace infopunt::ui
