#include "dialogs/FileDialogs.h"

#include "common/ModalDialogs.h"

#include <QDir>
#include <QFileDialog>

namespace infopunt::ui {

namespace {

// Runs through ModalDialogs, so that locking the window closes the chooser first.
QString choose(QFileDialog& dialog) {
    if (ModalDialogs::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

bool FileDialogs::s_testMode = false;
QList<QString> FileDialogs::s_answers;

QString FileDialogs::openFile(QWidget* parent, const QString& caption) {
    if (s_testMode)
        return s_answers.isEmpty() ? QString() : s_answers.takeFirst();
    QFileDialog dialog(parent, caption, QDir::homePath());
    dialog.setFileMode(QFileDialog::ExistingFile);
    return choose(dialog);
}

QString FileDialogs::saveFile(QWidget* parent, const QString& caption,
                              const QString& suggestedName) {
    if (s_testMode)
        return s_answers.isEmpty() ? QString() : s_answers.takeFirst();
    QFileDialog dialog(parent, caption, QDir::homePath());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.selectFile(suggestedName);
    return choose(dialog);
}

void FileDialogs::setTestMode(bool enabled) {
    s_testMode = enabled;
    s_answers.clear();
}

void FileDialogs::queueAnswerForTesting(const QString& path) {
    s_answers.append(path);
}

} // namespace infopunt::ui
