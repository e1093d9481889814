#include "main/WindowMemory.h"

#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QWidget>
#include <algorithm>

namespace infopunt::ui {

namespace {

const QString geometryKey = QStringLiteral("geometry");
const QString splittersGroup = QStringLiteral("splitters");
constexpr int roomyWidth = 1440;
constexpr int roomyHeight = 900;
// Room left on the screen for the window manager's frame and title bar.
constexpr int frameAllowanceWidth = 16;
constexpr int frameAllowanceHeight = 48;

} // namespace

WindowMemory::WindowMemory(const QString& userName)
    : m_group(QStringLiteral("windows/") + userName.toLower()) {}

bool WindowMemory::restoreGeometry(QWidget& window) const {
    QSettings settings;
    settings.beginGroup(m_group);
    const QByteArray saved = settings.value(geometryKey).toByteArray();
    return !saved.isEmpty() && window.restoreGeometry(saved);
}

void WindowMemory::saveGeometry(const QWidget& window) const {
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(geometryKey, window.saveGeometry());
}

void WindowMemory::restoreSplitters(const QWidget& root) const {
    QSettings settings;
    settings.beginGroup(m_group);
    settings.beginGroup(splittersGroup);
    const QList<QSplitter*> splitters = root.findChildren<QSplitter*>();
    for (QSplitter* splitter : splitters) {
        const QByteArray saved = settings.value(splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !saved.isEmpty())
            splitter->restoreState(saved);
    }
}

void WindowMemory::saveSplitters(const QWidget& root) const {
    QSettings settings;
    settings.beginGroup(m_group);
    settings.beginGroup(splittersGroup);
    const QList<QSplitter*> splitters = root.findChildren<QSplitter*>();
    for (const QSplitter* splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitter->objectName(), splitter->saveState());
    }
}

void WindowMemory::applyDefaultGeometry(QWidget& window) {
    const QScreen* screen = window.screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(roomyWidth, available.width() - frameAllowanceWidth),
                     std::min(roomyHeight, available.height() - frameAllowanceHeight));
    window.resize(size);
    // move() places the frame: centre the window with its frame.
    window.move(available.x() + (available.width() - size.width() - frameAllowanceWidth) / 2,
                available.y() + (available.height() - size.height() - frameAllowanceHeight) / 2);
}

} // namespace infopunt::ui
