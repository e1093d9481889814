#pragma once

#include <QWidget>

namespace infopunt::ui {

// Five segments and a word showing PassphrasePolicy's strength estimate (0..4); empty when
// nothing has been typed.
class StrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit StrengthMeter(QWidget* parent = nullptr);

    void setStrength(int strength); // -1: nothing typed
    int strength() const { return m_strength; }
    QString strengthText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_strength = -1;
};

} // namespace infopunt::ui
