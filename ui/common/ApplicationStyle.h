#pragma once

#include <QProxyStyle>

namespace infopunt::ui {

// The platform's style with Infopunt's own icons where the style would bring its theme's:
// message boxes, line-edit clear buttons and the calendar's arrows; no icons on dialog buttons.
class ApplicationStyle : public QProxyStyle {
    Q_OBJECT
public:
    // Wraps the application's current style and sets the window icon.
    static void install();

    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* returnData) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                       const QWidget* widget) const override;

private:
    explicit ApplicationStyle(QStyle* base)
        : QProxyStyle(base) {}
};

} // namespace infopunt::ui
