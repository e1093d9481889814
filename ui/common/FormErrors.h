#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

class QLabel;
class QWidget;

namespace infopunt::ui {

class FieldFrame;

// Shows a form's field errors, each in red directly under its field with a red frame on the
// field, as the core's validate function for the form reports them. One rule in every form:
// the OK button stays enabled; pressing it shows every problem at once and saves nothing (the
// form calls check() first); from then on, and for a field as soon as the user changes it,
// every change validates again, so a message goes away the moment its field is right.
class FormErrors : public QObject {
    Q_OBJECT
public:
    using Validator = std::function<FieldErrors()>;

    explicit FormErrors(QObject* parent);
    void setValidator(Validator validator);

    // The input in a box with its message line under it (object name field + "Error"); for
    // the form's layout. A change of the input validates again.
    QWidget* wrap(QWidget* input, const QString& field);
    // An input laid out elsewhere, with its message in `message` (null: the frame only, when
    // the form says why elsewhere).
    void addField(QWidget* input, const QString& field, QLabel* message);
    // An input without a message of its own whose change may make another field right (a check
    // box that makes the reporter's name optional).
    void watch(QWidget* input);

    // OK was pressed: shows the problems of every field and focuses the first field in error.
    // True when the form's fields are right (problems of fields the form lacks are the saving
    // service's to report).
    bool check();
    // An error from saving: shown at its fields when it names any; false when it names none.
    bool show(const Error& error);
    // Hides every message and frame and forgets what was changed (a form that starts again).
    void clear();

    QString message(const QString& field) const; // as shown; empty when none

private:
    struct Field {
        QString name;
        QWidget* input = nullptr;
        QPointer<QLabel> label;
        FieldFrame* frame = nullptr;
    };

    void connectChanged(QWidget* input, const QString& field);
    void changed(const QString& field);
    void refresh();
    void setShown(Field& field, const QString& message, bool invalid);

    Validator m_validator;
    QList<Field> m_fields; // in the order of the form
    QSet<QString> m_touched;
    QHash<QString, QString> m_saveErrors; // from the service, until the field changes
    bool m_checked = false;
};

} // namespace infopunt::ui
