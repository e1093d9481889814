#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace infopunt {

namespace {

const QString languageKey = QStringLiteral("language");

void load(const QString& fileName, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(fileName, folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QString Translations::language() {
    const QString chosen = QSettings(QStringLiteral("Infopunt"), QStringLiteral("Infopunt"))
                               .value(languageKey)
                               .toString();
    if (chosen == QLatin1String("nl") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                          : QStringLiteral("en");
}

void Translations::install() {
    const QString lang = language();
    load(QStringLiteral("infopunt_") + lang, QStringLiteral(":/i18n"));
    load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace infopunt
