#include "GuiController.h"

#include "common/ApplicationStyle.h"
#include "main/GuiSession.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

namespace infopunt::ui {

int runGui(const QString& storeFolder) {
    ApplicationStyle::install();
    GuiSession session(storeFolder.isEmpty() ? defaultStoreFolder() : storeFolder);
    if (!session.start())
        return 0;
    return QApplication::exec();
}

QString defaultStoreFolder() {
    const QString last = QSettings().value(QStringLiteral("lastStore")).toString();
    if (!last.isEmpty())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/store");
}

} // namespace infopunt::ui
