#pragma once

#include <QString>

class QAbstractButton;
class QAction;
class QLabel;
class QWidget;

namespace infopunt::ui {

// Small shared pieces of the look, so every screen uses the same ones.
QLabel* makeTitleLabel(const QString& text, QWidget* parent);
QLabel* makeErrorLabel(QWidget* parent);                // red, word-wrapped, hidden while empty
void showErrorText(QLabel* label, const QString& text); // empty text hides the label
void makeMonospace(QWidget* widget, double pointSizeFactor = 1.0);

// Enables or disables an action's button; a disabled one says why in its tooltip.
void setEnabledWithReason(QAbstractButton* button, bool enabled, const QString& reasonWhenDisabled,
                          const QString& tooltipWhenEnabled = {});

// Standard content margins of a page and of a dialog.
constexpr int pageMargin = 24;
constexpr int sectionSpacing = 16;
constexpr int dialogMinimumWidth = 480;

} // namespace infopunt::ui
