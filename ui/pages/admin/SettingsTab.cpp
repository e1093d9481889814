#include "pages/admin/SettingsTab.h"

#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "storage/StoreSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

// The unit follows the value ("1 minute", "5 minutes"): the plural is translated as a whole and
// split around the number, which the spin box shows itself, wherever the language puts it.
void showMinutesUnit(QSpinBox* minutes) {
    const QString text = SettingsTab::tr("%n minute(s)", nullptr, minutes->value());
    const QString number = QString::number(minutes->value());
    const qsizetype at = text.indexOf(number);
    minutes->setPrefix(at < 0 ? QString() : text.left(at));
    minutes->setSuffix(at < 0 ? QString() : text.mid(at + number.size()));
}

} // namespace

QString SettingsTab::languageSettingKey() {
    return QStringLiteral("language");
}

SettingsTab::SettingsTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_idleMinutes(new QSpinBox(this))
    , m_saveIdle(new QPushButton(tr("Save"), this))
    , m_idleSaved(new QLabel(this))
    , m_language(new QComboBox(this)) {
    setObjectName(QStringLiteral("settingsTab"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpinBox"));
    m_saveIdle->setObjectName(QStringLiteral("saveIdleButton"));
    m_language->setObjectName(QStringLiteral("languageCombo"));

    m_idleMinutes->setRange(StoreSettings::minimumIdleLockMinutes,
                            StoreSettings::maximumIdleLockMinutes);
    showMinutesUnit(m_idleMinutes);
    m_idleSaved->setForegroundRole(QPalette::PlaceholderText);

    auto* lockBox = new QGroupBox(tr("Automatic lock"), this);
    auto* lockNote = new QLabel(tr("Infopunt locks itself after this time without keyboard or "
                                   "mouse input. The setting is kept in the store and applies "
                                   "to every workstation."),
                                lockBox);
    lockNote->setWordWrap(true);
    auto* idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleMinutes);
    idleRow->addWidget(m_saveIdle);
    idleRow->addWidget(m_idleSaved, 1);
    auto* lockForm = makeFormLayout();
    lockForm->addRow(tr("Lock after:"), idleRow);
    auto* lockLayout = new QVBoxLayout(lockBox);
    lockLayout->addWidget(lockNote);
    lockLayout->addLayout(lockForm);

    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto* languageBox = new QGroupBox(tr("Language on this computer"), this);
    auto* languageNote =
        new QLabel(tr("The new language applies after Infopunt is restarted."), languageBox);
    languageNote->setWordWrap(true);
    auto* languageForm = makeFormLayout();
    languageForm->addRow(tr("Language:"), m_language);
    auto* languageLayout = new QVBoxLayout(languageBox);
    languageLayout->addLayout(languageForm);
    languageLayout->addWidget(languageNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(lockBox);
    layout->addWidget(languageBox);
    layout->addStretch(1);

    connect(m_idleMinutes, &QSpinBox::valueChanged, this, [this] {
        showMinutesUnit(m_idleMinutes);
        m_idleSaved->clear();
        m_saveIdle->setEnabled(m_idleMinutes->value() != StoreSettings(m_store).idleLockMinutes());
    });
    connect(m_saveIdle, &QPushButton::clicked, this, &SettingsTab::saveIdleLock);
    refresh();
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsTab::saveLanguage);
}

void SettingsTab::refresh() {
    m_idleMinutes->setValue(StoreSettings(m_store).idleLockMinutes());
    m_saveIdle->setEnabled(false);
    const int index = m_language->findData(QSettings().value(languageSettingKey()).toString());
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsTab::saveIdleLock() {
    const int minutes = m_idleMinutes->value();
    const auto saved = StoreSettings(m_store).setIdleLockMinutes(minutes);
    if (!saved) {
        MessageBox::showError(this, saved.error());
        refresh();
        return;
    }
    m_saveIdle->setEnabled(false);
    m_idleSaved->setText(tr("Saved."));
    emit idleLockMinutesChanged(minutes);
}

void SettingsTab::saveLanguage() {
    QSettings().setValue(languageSettingKey(), m_language->currentData().toString());
}

} // namespace infopunt::ui
