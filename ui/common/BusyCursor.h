#pragma once

#include <QApplication>
#include <QCursor>

namespace infopunt::ui {

// Shows the wait cursor for a short blocking call (Argon2id takes a fraction of a second).
class BusyCursor {
public:
    BusyCursor() {
        QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
        // Let the cursor change and the pressed button repaint before the CPU is busy.
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace infopunt::ui
