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
    // Rejects every visible modal dialog (used when the window locks).
    static void rejectAll();

private:
    static int s_depth;
};

} // namespace infopunt::ui
