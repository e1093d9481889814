#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>
#include <optional>

namespace infopunt::ui {

// Every message box of the ui goes through this class, so that UI tests can answer and
// observe them: in test mode no box is shown, each one is recorded and answered with the
// queued next answer, else with its default button.
class MessageBox {
    Q_DECLARE_TR_FUNCTIONS(infopunt::ui::MessageBox)
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    static void about(QWidget* parent, const QString& title, const QString& text);

    // An Error from core, shown with its message as is.
    static void showError(QWidget* parent, const Error& error);

    // Test hook.
    struct Shown {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
    };
    static void setTestMode(bool enabled);
    static void setNextAnswer(Button answer);
    static QList<Shown> shownForTesting();
    static void clearShownForTesting();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                       const QString& text, Buttons buttons, Button defaultButton);

    static bool s_testMode;
    static std::optional<Button> s_nextAnswer;
    static QList<Shown> s_shown;
};

} // namespace infopunt::ui
