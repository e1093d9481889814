#pragma once

#include <QLayout>
#include <QList>

namespace infopunt::ui {

// Lays its items out like words in a paragraph: as many on a row as fit, the rest on the next
// rows. Its minimum width is that of its widest item, so a long row of buttons or filters (and
// longer Dutch texts) never makes the window wider; its height follows from the width.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout&) = delete;
    FlowLayout& operator=(const FlowLayout&) = delete;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int horizontalGap() const;
    int verticalGap() const;
    // Places the items in `rect` (only computes when `apply` is false); returns the height used.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
};

} // namespace infopunt::ui
