#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace infopunt {

// Rules for a new passphrase: at least 12 characters (a hard rule), and warnings for weak
// choices (few distinct characters, one character class, a sequence or repetition, a common
// word or the user name). Warnings do not block; the UI shows them and asks to confirm.
class PassphrasePolicy {
    Q_DECLARE_TR_FUNCTIONS(infopunt::PassphrasePolicy)
public:
    static constexpr int minimumLength = 12;

    struct Assessment {
        bool acceptable = false; // meets the hard rule
        QString error;           // why not, when !acceptable (translated)
        QStringList warnings;    // translated, may be non-empty when acceptable
        int strength = 0;        // 0 (very weak) .. 4 (strong), for a meter
    };

    static Assessment assess(const QString& passphrase, const QString& userName = {});
};

} // namespace infopunt
