#include "widgets/StrengthMeter.h"

#include <QPainter>
#include <algorithm>

namespace infopunt::ui {

namespace {
constexpr int segments = 5;
constexpr int segmentWidth = 28;
constexpr int segmentGap = 4;
constexpr int barHeight = 8;

QColor colorFor(int strength) {
    switch (strength) {
    case 0:
    case 1:
        return QColor(0xb3, 0x26, 0x1e);
    case 2:
        return QColor(0xc7, 0x7c, 0x02);
    case 3:
        return QColor(0x6a, 0x9a, 0x23);
    default:
        return QColor(0x1e, 0x7d, 0x32);
    }
}
} // namespace

StrengthMeter::StrengthMeter(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("strengthMeter"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StrengthMeter::setStrength(int strength) {
    m_strength = std::clamp(strength, -1, 4);
    setToolTip(strengthText());
    update();
}

QString StrengthMeter::strengthText() const {
    switch (m_strength) {
    case -1:
        return {};
    case 0:
        return tr("Very weak");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Good");
    default:
        return tr("Strong");
    }
}

QSize StrengthMeter::sizeHint() const {
    const int textWidth = std::max({fontMetrics().horizontalAdvance(tr("Very weak")),
                                    fontMetrics().horizontalAdvance(tr("Strong")),
                                    fontMetrics().horizontalAdvance(tr("Good"))});
    return {segments * (segmentWidth + segmentGap) + 8 + textWidth,
            std::max(barHeight, fontMetrics().height())};
}

void StrengthMeter::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int filled = m_strength < 0 ? 0 : m_strength + 1;
    const int top = (height() - barHeight) / 2;
    QColor empty = palette().color(QPalette::Mid);
    empty.setAlpha(90);
    for (int i = 0; i < segments; ++i) {
        const QRectF segment(i * (segmentWidth + segmentGap), top, segmentWidth, barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(i < filled ? colorFor(m_strength) : empty);
        painter.drawRoundedRect(segment, 2, 2);
    }
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect textRect(segments * (segmentWidth + segmentGap) + 8, 0, width(), height());
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, strengthText());
}

} // namespace infopunt::ui
