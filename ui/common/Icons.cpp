#include "common/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <optional>

namespace infopunt::ui {

namespace {

QString resourcePath(const QString& name) {
    return QStringLiteral(":/infopunt/icons/%1.svg").arg(name);
}

// Renders one SVG of the set in the colour of the mode it is asked for. The colour is looked
// up at paint time, so a palette change repaints the icons in the new colours.
class TintedSvgEngine : public QIconEngine {
public:
    TintedSvgEngine(const QString& name, std::optional<QColor> tint)
        : m_name(name)
        , m_tint(tint) {
        QFile file(resourcePath(name));
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override {
        const QSize pixels = size * scale;
        const QColor colour = colourFor(mode);
        const QString key = QStringLiteral("infopunt-icon:%1:%2x%3:%4")
                                .arg(m_name)
                                .arg(pixels.width())
                                .arg(pixels.height())
                                .arg(colour.rgba(), 8, 16);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap(pixels);
            pixmap.fill(Qt::transparent);
            QByteArray svg = m_svg;
            svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
            QSvgRenderer renderer(svg);
            QPainter painter(&pixmap);
            renderer.render(&painter, QRectF(QPointF(0, 0), pixels));
            painter.end();
            QPixmapCache::insert(key, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine* clone() const override { return new TintedSvgEngine(*this); }
    bool isNull() override { return m_svg.isEmpty(); }
    QString key() const override { return QStringLiteral("InfopuntTintedSvg"); }

private:
    QColor colourFor(QIcon::Mode mode) const {
        const QPalette palette = QGuiApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        if (m_tint)
            return *m_tint;
        if (mode == QIcon::Selected)
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
    std::optional<QColor> m_tint;
    QByteArray m_svg;
};

} // namespace

QIcon Icons::get(const QString& name) {
    return QIcon(new TintedSvgEngine(name, std::nullopt));
}

QIcon Icons::get(const QString& name, const QColor& tint) {
    return QIcon(new TintedSvgEngine(name, tint));
}

QIcon Icons::module(Module module) {
    return get(moduleIconName(module));
}

QString Icons::moduleIconName(Module module) {
    return Modules::code(module); // resources/icons/<module code>.svg
}

} // namespace infopunt::ui
