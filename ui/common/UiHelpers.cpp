#include "common/UiHelpers.h"

#include <QAbstractButton>
#include <QFontDatabase>
#include <QLabel>

namespace infopunt::ui {

QLabel* makeTitleLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    label->setObjectName(QStringLiteral("titleLabel"));
    return label;
}

QLabel* makeErrorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->setVisible(false);
    return label;
}

void showErrorText(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void makeMonospace(QWidget* widget, double pointSizeFactor) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * pointSizeFactor);
    widget->setFont(font);
}

void setEnabledWithReason(QAbstractButton* button, bool enabled, const QString& reasonWhenDisabled,
                          const QString& tooltipWhenEnabled) {
    button->setEnabled(enabled);
    button->setToolTip(enabled ? tooltipWhenEnabled : reasonWhenDisabled);
}

} // namespace infopunt::ui
