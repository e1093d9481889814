#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace infopunt {

// What a user typed in the search field, taken apart the way the full-text index takes text
// apart (FTS4's unicode61 tokenizer with remove_diacritics=1): words are runs of letters, digits
// and combining marks; case and a single accent are ignored. Every word must occur, the last
// part of each as a prefix ("omkop" finds "omkoping"); nothing typed is query syntax. The same
// rules serve the index (matchExpression) and a search in memory (matches), so a member's
// search over their own cases finds what the advisers' index would.
class SearchWords {
public:
    explicit SearchWords(const QString& words);

    bool isEmpty() const { return m_terms.isEmpty(); }

    // The MATCH expression for the index: each typed word a quoted phrase of its parts with the
    // prefix star inside the quotes (FTS4 ignores a star after the closing quote). One
    // expression per typed word, as every word must match but not in the same indexed item.
    QStringList matchExpressions() const;

    // True when every typed word occurs in one of `items` (items already folded by tokens()).
    bool matches(const QList<QStringList>& items) const;

    // The words of `text` as the index keeps them: lower case, a single accent removed.
    static QStringList tokens(const QString& text);

private:
    static QStringList rawTokens(const QString& text);
    static bool occursIn(const QStringList& term, const QStringList& item);

    QList<QStringList> m_raw;   // per typed word, its parts as typed
    QList<QStringList> m_terms; // the same, folded
};

} // namespace infopunt
