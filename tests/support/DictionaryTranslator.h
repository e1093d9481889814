#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QString>
#include <QTranslator>

namespace infopunt::test {

// A translator for the few strings a test names (context, source text -> translation), to
// show that text is made in the language of the moment. Installed for its own lifetime.
class DictionaryTranslator : public QTranslator {
public:
    using Key = QPair<QString, QString>; // context, source text
    explicit DictionaryTranslator(QHash<Key, QString> translations)
        : m_translations(std::move(translations)) {
        QCoreApplication::installTranslator(this);
    }
    ~DictionaryTranslator() override { QCoreApplication::removeTranslator(this); }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return m_translations.value({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
    }
    bool isEmpty() const override { return false; }

private:
    QHash<Key, QString> m_translations;
};

} // namespace infopunt::test
