#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// Across the top of the workspace while the store is older than what this workstation saw
// (Store::rollbackWarning), so that the warning stays in sight for the whole session. An adviser
// who has checked the store accepts it as it is here (Store::acceptOlderStore, after a
// confirmation that says what this workstation then forgets); every other role is told to
// contact the integrity adviser and has no such button.
class OlderStoreBanner : public QFrame {
    Q_OBJECT
public:
    OlderStoreBanner(Store& store, QWidget* parent);

signals:
    void accepted(); // the banner has hidden itself

private:
    void accept();

    Store& m_store;
};

} // namespace infopunt::ui
