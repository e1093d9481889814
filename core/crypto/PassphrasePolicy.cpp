#include "crypto/PassphrasePolicy.h"

#include <QSet>
#include <algorithm>

namespace infopunt {

namespace {

// Words that guessers try first, in Dutch and English, including the organisation's own.
const QStringList commonWords{
    QStringLiteral("wachtwoord"), QStringLiteral("password"),    QStringLiteral("welkom"),
    QStringLiteral("welcome"),    QStringLiteral("geheim"),      QStringLiteral("secret"),
    QStringLiteral("admin"),      QStringLiteral("arnhem"),      QStringLiteral("gemeente"),
    QStringLiteral("infopunt"),   QStringLiteral("integriteit"), QStringLiteral("zomer"),
    QStringLiteral("winter"),     QStringLiteral("lente"),       QStringLiteral("herfst"),
    QStringLiteral("voetbal"),    QStringLiteral("qwerty"),      QStringLiteral("azerty"),
    QStringLiteral("letmein"),
};

// Rows that people type as "random": keyboard rows, the alphabet and the digits.
const QStringList sequences{
    QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
    QStringLiteral("0123456789"),
    QStringLiteral("qwertyuiop"),
    QStringLiteral("asdfghjkl"),
    QStringLiteral("zxcvbnm"),
    QStringLiteral("azertyuiop"),
};

bool hasSequence(const QString& lower) {
    constexpr int run = 5;
    for (int i = 0; i + run <= lower.size(); ++i) {
        const QString part = lower.mid(i, run);
        QString reversed = part;
        std::reverse(reversed.begin(), reversed.end());
        for (const QString& row : sequences) {
            if (row.contains(part) || row.contains(reversed))
                return true;
        }
    }
    return false;
}

bool hasRepetition(const QString& text) {
    int same = 1;
    for (int i = 1; i < text.size(); ++i) {
        same = text[i] == text[i - 1] ? same + 1 : 1;
        if (same >= 4)
            return true;
    }
    return false;
}

int characterClasses(const QString& text) {
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : text) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

} // namespace

PassphrasePolicy::Assessment PassphrasePolicy::assess(const QString& passphrase,
                                                      const QString& userName) {
    Assessment result;
    const int length = static_cast<int>(passphrase.toUcs4().size());
    if (length < minimumLength) {
        result.error = tr("Use at least %1 characters.").arg(minimumLength);
        return result;
    }
    result.acceptable = true;

    const QString lower = passphrase.toLower();
    const int classes = characterClasses(passphrase);
    const auto distinct = QSet<QChar>(passphrase.cbegin(), passphrase.cend()).size();
    if (classes == 1)
        result.warnings << tr(
            "It uses only one kind of character; mix in capitals, digits or symbols.");
    if (distinct < 6)
        result.warnings << tr("It uses very few different characters.");
    if (hasRepetition(passphrase) || hasSequence(lower))
        result.warnings << tr("It contains a repetition or a sequence such as 1234 or qwerty.");
    if (userName.size() >= 3 && lower.contains(userName.toLower()))
        result.warnings << tr("It contains your user name.");
    for (const QString& word : commonWords) {
        if (lower.contains(word)) {
            result.warnings
                << tr("It contains a common word (%1) that is guessed early.").arg(word);
            break;
        }
    }

    int strength = length >= 20 ? 3 : length >= 16 ? 2 : 1;
    strength += classes >= 3 ? 1 : 0;
    strength -= static_cast<int>(result.warnings.size());
    result.strength = std::clamp(strength, 0, 4);
    return result;
}

} // namespace infopunt
