#include "pages/Page.h"

#include "common/UiHelpers.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace infopunt::ui {

Page::Page(Module module, QWidget* parent)
    : QWidget(parent)
    , m_module(module)
    , m_content(new QVBoxLayout) {
    auto* description = new QLabel(Modules::description(module), this);
    description->setObjectName(QStringLiteral("descriptionLabel"));
    description->setWordWrap(true);
    description->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(pageMargin, pageMargin - 4, pageMargin, pageMargin);
    layout->setSpacing(6);
    layout->addWidget(makeTitleLabel(Modules::displayName(module), this));
    layout->addWidget(description);
    layout->addSpacing(sectionSpacing);
    // The content scrolls when the window is smaller than it needs, so no page raises the
    // window's minimum size; where it fits, it fills the room.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* body = new QWidget(scroll);
    body->setObjectName(QStringLiteral("pageBody"));
    body->setLayout(m_content);
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(10);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
}

UnavailableModulePage::UnavailableModulePage(Module module, QWidget* parent)
    : Page(module, parent) {
    setObjectName(QStringLiteral("unavailableModulePage"));
    auto* note =
        new QLabel(tr("This module is not available in this version of Infopunt yet."), this);
    note->setObjectName(QStringLiteral("unavailableLabel"));
    note->setWordWrap(true);
    contentLayout()->addWidget(note);
    contentLayout()->addStretch(1);
}

} // namespace infopunt::ui
