#pragma once

#include "accounts/Role.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace infopunt::ui {

// The application's one icon set: line icons in resources/icons (24×24, stroke 2, round caps),
// drawn in a neutral colour and tinted when painted, so they follow a light or dark palette.
class Icons {
public:
    // In the palette's text colour; highlighted text when selected, greyed when disabled.
    static QIcon get(const QString& name);
    // Always in `tint` (greyed when disabled), for icons that carry a meaning by their colour.
    static QIcon get(const QString& name, const QColor& tint);
    static QIcon module(Module module);
    static QString moduleIconName(Module module);
};

} // namespace infopunt::ui
