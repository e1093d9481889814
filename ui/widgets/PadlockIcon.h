#pragma once

#include <QWidget>

namespace infopunt::ui {

// A drawn padlock for the lock screen (the styles' standard icons have none).
class PadlockIcon : public QWidget {
    Q_OBJECT
public:
    explicit PadlockIcon(QWidget* parent = nullptr);
    QSize sizeHint() const override { return {56, 56}; }

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace infopunt::ui
