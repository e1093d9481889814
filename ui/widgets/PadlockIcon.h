#pragma once

#include <QWidget>

namespace infopunt::ui {

// The padlock of the icon set in the highlight colour, for the lock screen and protected data.
class PadlockIcon : public QWidget {
    Q_OBJECT
public:
    explicit PadlockIcon(QWidget* parent = nullptr);
    QSize sizeHint() const override { return {56, 56}; }

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace infopunt::ui
