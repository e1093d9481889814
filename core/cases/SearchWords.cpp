#include "cases/SearchWords.h"

#include <QRegularExpression>
#include <algorithm>

namespace infopunt {

namespace {

bool isTokenCharacter(QChar c) {
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// unicode61 with remove_diacritics=1: a letter with one accent becomes its base letter (one
// with two accents stays as it is); a combining mark of its own is dropped; then lower case.
QString fold(const QString& token) {
    QString folded;
    folded.reserve(token.size());
    for (const QChar c : token) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        const bool oneAccent =
            decomposed.size() == 2 && decomposed[1].category() == QChar::Mark_NonSpacing;
        folded.append(oneAccent ? decomposed[0] : c);
    }
    return folded.toLower();
}

} // namespace

SearchWords::SearchWords(const QString& words) {
    // Typed words are split at every character that is not a word character ("e-mail" is two
    // words), then into the parts the tokenizer sees ("foo_bar" is one word of two parts,
    // matched as a phrase).
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    for (const QString& word : words.split(separators, Qt::SkipEmptyParts)) {
        QStringList parts, folded;
        for (const QString& part : rawTokens(word)) {
            if (const QString f = fold(part); !f.isEmpty()) {
                parts.append(part);
                folded.append(f);
            }
        }
        if (parts.isEmpty())
            continue;
        m_raw.append(parts);
        m_terms.append(folded);
    }
}

QStringList SearchWords::rawTokens(const QString& text) {
    QStringList tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inToken = i < text.size() && isTokenCharacter(text[i]);
        if (inToken && start < 0)
            start = i;
        if (!inToken && start >= 0) {
            tokens.append(text.mid(start, i - start));
            start = -1;
        }
    }
    return tokens;
}

QStringList SearchWords::tokens(const QString& text) {
    QStringList folded;
    for (const QString& token : rawTokens(text)) {
        const QString f = fold(token);
        if (!f.isEmpty())
            folded.append(f);
    }
    return folded;
}

QStringList SearchWords::matchExpressions() const {
    QStringList expressions;
    for (const QStringList& parts : m_raw)
        expressions.append(QLatin1Char('"') + parts.join(QLatin1Char(' ')) + QStringLiteral("*\""));
    return expressions;
}

bool SearchWords::occursIn(const QStringList& term, const QStringList& item) {
    const qsizetype last = term.size() - 1;
    for (qsizetype start = 0; start + last < item.size(); ++start) {
        bool all = true;
        for (qsizetype i = 0; i < last && all; ++i)
            all = item[start + i] == term[i];
        if (all && item[start + last].startsWith(term[last]))
            return true;
    }
    return false;
}

bool SearchWords::matches(const QList<QStringList>& items) const {
    if (m_terms.isEmpty())
        return false;
    for (const QStringList& term : m_terms) {
        const bool found = std::any_of(items.cbegin(), items.cend(), [&](const QStringList& item) {
            return occursIn(term, item);
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace infopunt
