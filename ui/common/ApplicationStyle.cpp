#include "common/ApplicationStyle.h"

#include "common/Icons.h"
#include "common/UiHelpers.h"

#include <QApplication>
#include <QStyleFactory>

namespace infopunt::ui {

void ApplicationStyle::install() {
    if (qobject_cast<ApplicationStyle*>(QApplication::style()))
        return;
    QApplication::setStyle(
        new ApplicationStyle(QStyleFactory::create(QApplication::style()->name())));
    QApplication::setWindowIcon(Icons::get(QStringLiteral("infopunt"), accentColour()));
}

int ApplicationStyle::styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                                QStyleHintReturn* returnData) const {
    // Buttons say what they do in words; the theme's icons on them would be a second set.
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

QIcon ApplicationStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                                     const QWidget* widget) const {
    switch (standardIcon) {
    case SP_MessageBoxInformation:
        return Icons::get(QStringLiteral("information"), accentColour());
    case SP_MessageBoxQuestion:
        return Icons::get(QStringLiteral("question"), accentColour());
    case SP_MessageBoxWarning:
        return Icons::get(QStringLiteral("warning"), warningColour());
    case SP_MessageBoxCritical:
        return Icons::get(QStringLiteral("error"), errorColour());
    case SP_LineEditClearButton:
        return Icons::get(QStringLiteral("clear"));
    case SP_ArrowLeft:
        return Icons::get(QStringLiteral("chevron-left"));
    case SP_ArrowRight:
        return Icons::get(QStringLiteral("chevron-right"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace infopunt::ui
