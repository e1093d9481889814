#pragma once

#include <QColor>
#include <QString>

class QAbstractButton;
class QAbstractItemView;
class QAction;
class QFormLayout;
class QLabel;
class QTableView;
class QVBoxLayout;
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

// One density for every table, tree and list of records: rows as high as the font needs plus a
// fixed padding, alternating row colours, no grid, no row numbers, left-aligned headers that
// do not light up with the selection.
void applyTableStyle(QAbstractItemView* view);
int tableRowHeight(const QWidget* view);
// A short table on a page that scrolls as a whole: as tall as its header and `rows` rows.
void fitTableToRows(QTableView* table, int rows);

// Every form aligns its labels the same way; text fields grow with the form, choices and dates
// keep their own width (a date field as wide as a page reads badly).
QFormLayout* makeFormLayout(QWidget* parent = nullptr);
// The top layout of a dialog, with the dialog margins and spacing below.
QVBoxLayout* makeDialogLayout(QWidget* dialog);

// Colours that carry a meaning, readable on a light and on a dark background.
QColor accentColour();  // information
QColor warningColour(); // due soon, caution
QColor errorColour();   // errors, overdue

// The margins and spacing of pages and dialogs, in one place.
constexpr int pageMargin = 24;     // around a module's page
constexpr int pageTopMargin = 20;  // above its title, whose line height adds the rest
constexpr int dialogMargin = 16;   // around a dialog's content
constexpr int sectionSpacing = 16; // between the sections of a page or dialog
constexpr int controlSpacing = 6;  // between the controls of a section, and between form rows
constexpr int labelSpacing = 12;   // between a form's labels and its fields
constexpr int tableRowPadding = 4; // above and below the text of a table row
constexpr int dialogMinimumWidth = 480;

} // namespace infopunt::ui
