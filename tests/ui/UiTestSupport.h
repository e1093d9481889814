#pragma once

#include "common/ApplicationStyle.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <functional>

namespace infopunt::test {

// Every UI test starts with this: no message box may block, and QSettings goes to Qt's test
// location instead of the user's own settings.
inline void prepareUiTest() {
    // The offscreen platform warns about every fixed-size window; that is noise here.
    static const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (message.contains(QLatin1String("propagateSizeHints")))
                return;
            if (previous)
                previous(type, context, message);
            else
                std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        });
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InfopuntTest"));
    QCoreApplication::setApplicationName(QStringLiteral("infopunt_ui_tests"));
    ui::MessageBox::setTestMode(true);
    ui::FileDialogs::setTestMode(true);
    ui::ApplicationStyle::install(); // the look the application has
}

// Processes events until `condition` holds or `timeoutMs` passes; returns the condition.
inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

// Lets events run for a while (e.g. to prove that something does not happen).
inline void spin(int milliseconds) {
    waitFor([] { return false; }, milliseconds);
}

// The main window the user sees (GuiSession makes a new one for each sign-in).
inline ui::MainWindow* visibleMainWindow() {
    const QWidgetList topLevels = QApplication::topLevelWidgets();
    for (QWidget* widget : topLevels) {
        auto* window = qobject_cast<ui::MainWindow*>(widget);
        if (window && window->isVisible())
            return window;
    }
    return nullptr;
}

template <typename T> T* child(const QObject* parent, const QString& objectName) {
    return parent->findChild<T*>(objectName);
}

// A double-click on the cell at `index`, as the mouse sends it (press, release, double-click,
// release).
inline void doubleClick(QAbstractItemView* view, const QModelIndex& index) {
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    const QPointF local(at);
    const QPointF global(view->viewport()->mapToGlobal(at));
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease,
                                    QEvent::MouseButtonDblClick, QEvent::MouseButtonRelease}) {
        QMouseEvent event(type, local, global, Qt::LeftButton,
                          type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &event);
    }
}

// A click on the header of `column` (a sort, where the view sorts), as the mouse gives it.
inline void clickHeader(QHeaderView* header, int column) {
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        QMouseEvent event(
            type, QPointF(at), QPointF(header->viewport()->mapToGlobal(at)), Qt::LeftButton,
            type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(header->viewport(), &event);
    }
}

// The message shown at a form's field (FormErrors names it field + "Error"); empty when none
// is visible.
inline QString fieldError(const QWidget* form, const QString& field) {
    const auto* label = form->findChild<QLabel*>(field + QStringLiteral("Error"));
    return label && label->isVisible() ? label->text() : QString();
}

// Every error message a form shows: at its fields and in its general error line.
inline QString shownErrors(const QWidget* form) {
    QStringList shown;
    const QList<QLabel*> labels = form->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        const QString name = label->objectName();
        if (label->isVisible() && !label->text().isEmpty() &&
            (name == QLatin1String("errorLabel") || name.endsWith(QLatin1String("Error"))))
            shown.append(label->text());
    }
    return shown.join(QLatin1Char('\n'));
}

// Runs `handle` on the next modal dialog of type T once it is shown (from inside its exec()).
template <typename T> void whenModalShown(std::function<void(T*)> handle) {
    auto* poll = new QTimer(QCoreApplication::instance());
    poll->setInterval(10);
    QElapsedTimer since;
    since.start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle, since] {
        if (since.elapsed() > 20000) {
            poll->deleteLater();
            return;
        }
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            handle(dialog);
        }
    });
    poll->start();
}

} // namespace infopunt::test
