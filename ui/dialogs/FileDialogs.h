#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace infopunt::ui {

// Every file chooser of the ui goes through this class, so that UI tests can answer them like
// message boxes: in test mode no dialog is shown and each call returns the next queued answer
// (an empty answer, as when the user cancels, once the queue is empty).
class FileDialogs {
    Q_DECLARE_TR_FUNCTIONS(infopunt::ui::FileDialogs)
public:
    static QString openFile(QWidget* parent, const QString& caption);
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedName);

    // Test hook.
    static void setTestMode(bool enabled);
    static void queueAnswerForTesting(const QString& path);

private:
    static bool s_testMode;
    static QList<QString> s_answers;
};

} // namespace infopunt::ui
