#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// Administration › Settings: the idle lock time (office policy, kept in the store) and this
// workstation's language (QSettings "language": "" for the system's, "nl" or "en").
class SettingsTab : public QWidget {
    Q_OBJECT
public:
    static QString languageSettingKey();

    SettingsTab(Store& store, QWidget* parent);
    void refresh();

signals:
    void idleLockMinutesChanged(int minutes);

private:
    void saveIdleLock();
    void saveLanguage();

    Store& m_store;
    QSpinBox* m_idleMinutes;
    QPushButton* m_saveIdle;
    QLabel* m_idleSaved;
    QComboBox* m_language;
};

} // namespace infopunt::ui
