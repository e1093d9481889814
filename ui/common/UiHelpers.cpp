#include "common/UiHelpers.h"

#include <QAbstractButton>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace infopunt::ui {

namespace {

// Gives every row of a tree or list at least the table row height, so trees and tables have one
// density; rows with wrapped text grow beyond it.
class RowHeightDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), tableRowHeight(option.widget)));
        return size;
    }
};

} // namespace

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
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorColour().name()));
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

int tableRowHeight(const QWidget* view) {
    const QFontMetrics metrics = view ? view->fontMetrics() : QFontMetrics(QFont());
    return metrics.height() + 2 * tableRowPadding;
}

void fitTableToRows(QTableView* table, int rows) {
    // The header's size hint: before the table is first shown its height is not known yet.
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() +
                          rows * table->verticalHeader()->defaultSectionSize());
}

void applyTableStyle(QAbstractItemView* view) {
    view->setAlternatingRowColors(true);
    QHeaderView* header = nullptr;
    if (auto* table = qobject_cast<QTableView*>(view)) {
        table->setShowGrid(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setMinimumSectionSize(tableRowHeight(table));
        table->verticalHeader()->setDefaultSectionSize(tableRowHeight(table));
        header = table->horizontalHeader();
    } else {
        view->setItemDelegate(new RowHeightDelegate(view));
        if (auto* tree = qobject_cast<QTreeView*>(view))
            header = tree->header();
    }
    if (header) {
        header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        header->setHighlightSections(false);
    }
}

QFormLayout* makeFormLayout(QWidget* parent) {
    auto* form = new QFormLayout(parent);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(labelSpacing);
    form->setVerticalSpacing(controlSpacing);
    return form;
}

QVBoxLayout* makeDialogLayout(QWidget* dialog) {
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(dialogMargin, dialogMargin, dialogMargin, dialogMargin);
    layout->setSpacing(controlSpacing);
    return layout;
}

QColor accentColour() {
    return QColor(0x1a, 0x5f, 0xb4);
}

QColor warningColour() {
    return QColor(0xb0, 0x6d, 0x00);
}

QColor errorColour() {
    return QColor(0xb3, 0x26, 0x1e);
}

} // namespace infopunt::ui
