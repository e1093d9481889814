#pragma once

class QDialog;

namespace infopunt::ui {

// Every modal dialog in the ui runs through exec() here, so the main window knows when a
// nested event loop is on the stack: locking rejects open dialogs and destroys the pages only
// once those loops have returned (a page must not be deleted while its own dialog runs).
class ModalDialogs {
public:
    static int exec(QDialog& dialog);
    static int depth();
    // Closes every visible modal dialog as rejected, without asking about its changes (used
    // when the window locks, after keeping them as drafts).
    static void rejectAll();

private:
    static int s_depth;
};

} // namespace infopunt::ui
