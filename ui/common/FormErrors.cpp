#include "common/FormErrors.h"

#include "common/UiHelpers.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace infopunt::ui {

// A red frame drawn over the edge of an input in error. It lies on top of the input, as a
// sibling, so the input keeps its own style; it lets the mouse through.
class FieldFrame : public QWidget {
public:
    explicit FieldFrame(QWidget* input)
        : QWidget(input->parentWidget())
        , m_input(input) {
        setObjectName(QStringLiteral("fieldErrorFrame"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        input->installEventFilter(this);
        hide();
    }

    void setInvalid(bool invalid) {
        m_invalid = invalid;
        follow();
    }
    bool isInvalid() const { return m_invalid; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            follow();
            break;
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(errorColour(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }

private:
    void follow() {
        setGeometry(m_input->geometry());
        setVisible(m_invalid && m_input->isVisible());
        if (isVisible())
            raise();
    }

    QWidget* m_input;
    bool m_invalid = false;
};

FormErrors::FormErrors(QObject* parent)
    : QObject(parent) {}

void FormErrors::setValidator(Validator validator) {
    m_validator = std::move(validator);
}

QWidget* FormErrors::wrap(QWidget* input, const QString& field) {
    auto* box = new QWidget(input->parentWidget());
    // Grows as the input does: a line edit stays one line high, a text box grows.
    box->setSizePolicy(input->sizePolicy());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input, 1);
    auto* label = makeErrorLabel(box);
    layout->addWidget(label);
    addField(input, field, label);
    return box;
}

void FormErrors::addField(QWidget* input, const QString& field, QLabel* message) {
    if (message)
        message->setObjectName(field + QStringLiteral("Error"));
    m_fields.append({field, input, message, nullptr});
    connectChanged(input, field);
}

void FormErrors::watch(QWidget* input) {
    connectChanged(input, {});
}

void FormErrors::connectChanged(QWidget* input, const QString& field) {
    const auto onChange = [this, field] {
        changed(field);
    };
    if (auto* line = qobject_cast<QLineEdit*>(input)) {
        connect(line, &QLineEdit::textChanged, this, onChange);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(input)) {
        connect(text, &QPlainTextEdit::textChanged, this, onChange);
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        connect(combo, &QComboBox::currentIndexChanged, this, onChange);
    } else if (auto* date = qobject_cast<QDateTimeEdit*>(input)) {
        connect(date, &QDateTimeEdit::dateTimeChanged, this, onChange);
    } else if (auto* button = qobject_cast<QAbstractButton*>(input)) {
        connect(button, &QAbstractButton::toggled, this, onChange);
    } else if (auto* view = qobject_cast<QAbstractItemView*>(input); view && view->model()) {
        QAbstractItemModel* model = view->model();
        connect(model, &QAbstractItemModel::dataChanged, this, onChange);
        connect(model, &QAbstractItemModel::rowsInserted, this, onChange);
        connect(model, &QAbstractItemModel::rowsRemoved, this, onChange);
    }
}

void FormErrors::changed(const QString& field) {
    if (!field.isEmpty()) {
        m_touched.insert(field);
        m_saveErrors.remove(field);
    }
    refresh();
}

void FormErrors::refresh() {
    const FieldErrors errors = m_validator ? m_validator() : FieldErrors();
    for (Field& field : m_fields) {
        std::optional<QString> message;
        if (m_checked || m_touched.contains(field.name)) {
            for (const FieldError& error : errors) {
                if (error.field == field.name) {
                    message = error.message;
                    break;
                }
            }
        }
        if (!message && m_saveErrors.contains(field.name))
            message = m_saveErrors.value(field.name);
        setShown(field, message.value_or(QString()), message.has_value());
    }
}

void FormErrors::setShown(Field& field, const QString& message, bool invalid) {
    if (field.label)
        showErrorText(field.label, message);
    field.input->setAccessibleDescription(message);
    if (invalid && !field.frame)
        field.frame = new FieldFrame(field.input); // on first use: the input is laid out by now
    if (field.frame)
        field.frame->setInvalid(invalid);
}

bool FormErrors::check() {
    m_checked = true;
    m_saveErrors.clear(); // the service checks those again
    refresh();
    for (const Field& field : std::as_const(m_fields)) {
        if (field.frame && field.frame->isInvalid()) {
            field.input->setFocus();
            return false;
        }
    }
    return true;
}

bool FormErrors::show(const Error& error) {
    FieldErrors errors = error.fieldErrors;
    if (errors.isEmpty() && !error.field.isEmpty())
        errors.append({error.field, error.message});
    bool shown = false;
    for (const FieldError& fieldError : std::as_const(errors)) {
        for (const Field& field : std::as_const(m_fields)) {
            if (field.name == fieldError.field) {
                m_saveErrors.insert(field.name, fieldError.message);
                shown = true;
            }
        }
    }
    if (!shown)
        return false;
    refresh();
    for (const Field& field : std::as_const(m_fields)) {
        if (m_saveErrors.contains(field.name)) {
            field.input->setFocus();
            break;
        }
    }
    return true;
}

void FormErrors::clear() {
    m_checked = false;
    m_touched.clear();
    m_saveErrors.clear();
    for (Field& field : m_fields)
        setShown(field, {}, false);
}

QString FormErrors::message(const QString& field) const {
    for (const Field& entry : m_fields) {
        if (entry.name == field && entry.label)
            return entry.label->text();
    }
    return {};
}

} // namespace infopunt::ui
