#include "widgets/PadlockIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace infopunt::ui {

PadlockIcon::PadlockIcon(QWidget* parent)
    : QWidget(parent) {
    setFixedSize(sizeHint());
}

void PadlockIcon::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = palette().color(QPalette::Highlight);
    const qreal w = width();
    const qreal h = height();

    // Shackle: an arch above the body.
    QPen shackle(color, w * 0.09, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(shackle);
    painter.setBrush(Qt::NoBrush);
    const QRectF arch(w * 0.30, h * 0.08, w * 0.40, h * 0.50);
    QPainterPath path;
    path.moveTo(arch.left(), h * 0.46);
    path.lineTo(arch.left(), arch.top() + arch.width() / 2);
    path.arcTo(QRectF(arch.left(), arch.top(), arch.width(), arch.width()), 180, -180);
    path.lineTo(arch.right(), h * 0.46);
    painter.drawPath(path);

    // Body with a keyhole.
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(w * 0.18, h * 0.44, w * 0.64, h * 0.50), w * 0.08, w * 0.08);
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawEllipse(QPointF(w * 0.5, h * 0.63), w * 0.06, w * 0.06);
    painter.drawRect(QRectF(w * 0.475, h * 0.63, w * 0.05, h * 0.16));
}

} // namespace infopunt::ui
