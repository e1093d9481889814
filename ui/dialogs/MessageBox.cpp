#include "dialogs/MessageBox.h"

#include "common/ModalDialogs.h"

namespace infopunt::ui {

bool MessageBox::s_testMode = false;
std::optional<MessageBox::Button> MessageBox::s_nextAnswer;
QList<MessageBox::Shown> MessageBox::s_shown;

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text, Buttons buttons,
                                           Button defaultButton) {
    return show(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton) {
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton) {
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton) {
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text) {
    show(parent, QMessageBox::NoIcon, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::showError(QWidget* parent, const Error& error) {
    critical(parent, tr("Infopunt"), error.message);
}

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, Buttons buttons, Button defaultButton) {
    if (s_testMode) {
        s_shown.append(Shown{icon, title, text});
        if (s_nextAnswer) {
            const Button answer = *s_nextAnswer;
            s_nextAnswer.reset();
            return answer;
        }
        if (defaultButton != QMessageBox::NoButton)
            return defaultButton;
        return buttons.testFlag(QMessageBox::Ok) ? QMessageBox::Ok : QMessageBox::Cancel;
    }

    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    if (icon == QMessageBox::NoIcon && parent)
        box.setIconPixmap(parent->windowIcon().pixmap(64, 64));
    ModalDialogs::exec(box);
    const auto clicked = box.standardButton(box.clickedButton());
    if (clicked != QMessageBox::NoButton)
        return clicked;
    // Closed without a button (Escape, or rejected when the window locked).
    if (buttons.testFlag(QMessageBox::Cancel))
        return QMessageBox::Cancel;
    if (buttons.testFlag(QMessageBox::No))
        return QMessageBox::No;
    return QMessageBox::Ok;
}

void MessageBox::setTestMode(bool enabled) {
    s_testMode = enabled;
    s_nextAnswer.reset();
    s_shown.clear();
}

void MessageBox::setNextAnswer(Button answer) {
    s_nextAnswer = answer;
}

QList<MessageBox::Shown> MessageBox::shownForTesting() {
    return s_shown;
}

void MessageBox::clearShownForTesting() {
    s_shown.clear();
}

} // namespace infopunt::ui
