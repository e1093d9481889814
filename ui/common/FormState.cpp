#include "common/FormState.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace infopunt::ui {

namespace {

// A combo box is kept by its item data where it has one (stable across languages and list
// changes), else by its index.
QVariant comboValue(const QComboBox* combo) {
    const QVariant data = combo->currentData();
    return data.isValid() ? QVariantMap{{QStringLiteral("data"), data}}
                          : QVariantMap{{QStringLiteral("index"), combo->currentIndex()}};
}

void setComboValue(QComboBox* combo, const QVariant& value) {
    const QVariantMap map = value.toMap();
    const int index = map.contains(QStringLiteral("data"))
                          ? combo->findData(map.value(QStringLiteral("data")))
                          : map.value(QStringLiteral("index")).toInt();
    if (index >= 0 && index < combo->count())
        combo->setCurrentIndex(index);
}

// Part of another input widget (a combo box's own line edit, a date edit's text field)?
bool insideAnotherInput(const QWidget* widget, const QWidget* root) {
    for (const QWidget* up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
        if (qobject_cast<const QComboBox*>(up) || qobject_cast<const QAbstractSpinBox*>(up))
            return true;
    }
    return false;
}

// The input widgets of one kind below `root`, keyed by object name; an unnamed one by its
// kind and place among them (the same form is always built in the same order).
template <typename T> QList<QPair<QString, T*>> inputs(const QWidget* root) {
    QList<QPair<QString, T*>> found;
    int unnamed = 0;
    for (T* widget : root->findChildren<T*>()) {
        if (insideAnotherInput(widget, root))
            continue;
        QString key = widget->objectName();
        if (key.isEmpty())
            key = QStringLiteral("#%1.%2")
                      .arg(QString::fromLatin1(T::staticMetaObject.className()))
                      .arg(unnamed++);
        found.append({key, widget});
    }
    return found;
}

} // namespace

QVariantMap FormState::capture(const QWidget* root) {
    QVariantMap values;
    for (const auto& [key, edit] : inputs<QLineEdit>(root)) {
        if (edit->echoMode() == QLineEdit::Normal && !edit->isReadOnly())
            values.insert(key, edit->text());
    }
    for (const auto& [key, edit] : inputs<QPlainTextEdit>(root)) {
        if (!edit->isReadOnly())
            values.insert(key, edit->toPlainText());
    }
    for (const auto& [key, edit] : inputs<QTextEdit>(root)) {
        if (!edit->isReadOnly())
            values.insert(key, edit->toPlainText());
    }
    for (const auto& [key, combo] : inputs<QComboBox>(root))
        values.insert(key, comboValue(combo));
    for (const auto& [key, date] : inputs<QDateEdit>(root))
        values.insert(key, date->date());
    for (const auto& [key, button] : inputs<QAbstractButton>(root)) {
        if (button->isCheckable())
            values.insert(key, button->isChecked());
    }
    for (const auto& [key, spin] : inputs<QSpinBox>(root))
        values.insert(key, spin->value());
    return values;
}

void FormState::apply(QWidget* root, const QVariantMap& values) {
    // Choices first: they may enable or refill the fields after them.
    for (const auto& [key, combo] : inputs<QComboBox>(root)) {
        if (values.contains(key))
            setComboValue(combo, values.value(key));
    }
    for (const auto& [key, button] : inputs<QAbstractButton>(root)) {
        if (button->isCheckable() && values.contains(key))
            button->setChecked(values.value(key).toBool());
    }
    for (const auto& [key, date] : inputs<QDateEdit>(root)) {
        if (values.contains(key))
            date->setDate(values.value(key).toDate());
    }
    for (const auto& [key, spin] : inputs<QSpinBox>(root)) {
        if (values.contains(key))
            spin->setValue(values.value(key).toInt());
    }
    for (const auto& [key, edit] : inputs<QLineEdit>(root)) {
        if (edit->echoMode() == QLineEdit::Normal && !edit->isReadOnly() && values.contains(key))
            edit->setText(values.value(key).toString());
    }
    for (const auto& [key, edit] : inputs<QPlainTextEdit>(root)) {
        if (!edit->isReadOnly() && values.contains(key))
            edit->setPlainText(values.value(key).toString());
    }
    for (const auto& [key, edit] : inputs<QTextEdit>(root)) {
        if (!edit->isReadOnly() && values.contains(key))
            edit->setPlainText(values.value(key).toString());
    }
}

} // namespace infopunt::ui
