#pragma once

#include "catch.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace infopunt::test {

// Shows the user interface in a language for the lifetime of the object, the way
// app/Translations does: Infopunt's translation from the embedded :/i18n resources, Qt's own
// where it is installed, and the language's locale for dates and numbers. Create it before the
// widgets: a widget reads its texts when it is built.
class TestTranslation {
public:
    explicit TestTranslation(const QString& language)
        : m_previousLocale(QLocale()) {
        REQUIRE(m_infopunt.load(QStringLiteral("infopunt_") + language, QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_infopunt);
        if (m_qt.load(QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(language));
    }
    ~TestTranslation() {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_infopunt);
        QLocale::setDefault(m_previousLocale);
    }
    TestTranslation(const TestTranslation&) = delete;
    TestTranslation& operator=(const TestTranslation&) = delete;

private:
    QLocale m_previousLocale;
    QTranslator m_infopunt;
    QTranslator m_qt;
};

} // namespace infopunt::test
