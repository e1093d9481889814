#pragma once

#include <QString>

namespace infopunt {

// The user interface language: the "language" setting of QSettings("Infopunt", "Infopunt")
// ("" follows the system, "nl", "en"), else Dutch on a Dutch system and English elsewhere.
class Translations {
public:
    static QString language();
    // Loads Infopunt's own translation and Qt's (for standard buttons and dialogs) into the
    // running application.
    static void install();
};

} // namespace infopunt
