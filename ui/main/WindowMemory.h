#pragma once

#include <QString>

class QWidget;

namespace infopunt::ui {

// Remembers per user where the main window was, how large, and where its splitters were
// (QSettings, group "windows/<user>"). Only geometry goes in: never a case or anything typed.
// Splitters are found by their object name, so every splitter that should be remembered has one.
class WindowMemory {
public:
    explicit WindowMemory(const QString& userName);

    // False when nothing (usable) was saved for this user.
    bool restoreGeometry(QWidget& window) const;
    void saveGeometry(const QWidget& window) const;
    void restoreSplitters(const QWidget& root) const;
    void saveSplitters(const QWidget& root) const;

    // A size and position for a first start: most of the available screen, at most a roomy
    // 1440×900, never larger than the screen with the window frame.
    static void applyDefaultGeometry(QWidget& window);

private:
    QString m_group;
};

} // namespace infopunt::ui
