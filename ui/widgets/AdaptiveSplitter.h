#pragma once

#include <QList>
#include <QSplitter>
#include <functional>

namespace infopunt::ui {

// A splitter that puts its panes side by side while it is at least sideBySideWidth() wide and
// one above the other on a narrower window. It remembers the pane sizes of each orientation,
// so switching back restores where the user had put the handle; an orientation not used yet gets
// the default sizes.
class AdaptiveSplitter : public QSplitter {
    Q_OBJECT
public:
    explicit AdaptiveSplitter(QWidget* parent);
    int sideBySideWidth() const { return m_sideBySideWidth; }
    void setSideBySideWidth(int width);

    // The size along the current orientation, which setSizes() divides.
    int extent() const;
    // How to divide extent() in an orientation the user has not set yet.
    void setDefaultSizes(std::function<QList<int>(const AdaptiveSplitter&)> sizes);
    void applyDefaultSizes();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Adapts once the layout has settled: a page being built passes through sizes of no
    // meaning, and switching on them would lose the panes' sizes.
    void scheduleAdapt();
    void adapt(int width);

    int m_sideBySideWidth = 0;
    bool m_adaptScheduled = false;
    QList<int> m_horizontalSizes;
    QList<int> m_verticalSizes;
    std::function<QList<int>(const AdaptiveSplitter&)> m_defaultSizes;
};

} // namespace infopunt::ui
