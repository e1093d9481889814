#include "pages/Page.h"

#include "common/Icons.h"
#include "common/UiHelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {
constexpr int unavailableIconSize = 48;
constexpr int textColumnWidth = 720;
} // namespace

Page::Page(Module module, QWidget* parent)
    : QWidget(parent)
    , m_module(module)
    , m_content(new QVBoxLayout) {
    auto* description = new QLabel(Modules::description(module), this);
    description->setObjectName(QStringLiteral("descriptionLabel"));
    description->setWordWrap(true);
    description->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(pageMargin, pageTopMargin, pageMargin, pageMargin);
    layout->setSpacing(controlSpacing);
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
    m_content->setSpacing(controlSpacing);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
}

UnavailableModulePage::UnavailableModulePage(Module module, QWidget* parent)
    : Page(module, parent) {
    setObjectName(QStringLiteral("unavailableModulePage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::get(Icons::moduleIconName(module), palette().color(QPalette::Mid))
                        .pixmap(QSize(unavailableIconSize, unavailableIconSize)));
    icon->setAlignment(Qt::AlignTop);
    auto* content = new QLabel(plannedContent(module), this);
    content->setObjectName(QStringLiteral("plannedContentLabel"));
    content->setWordWrap(true);
    auto* note = new QLabel(tr("This module comes in a later version of Infopunt."), this);
    note->setObjectName(QStringLiteral("unavailableLabel"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    // Long lines are hard to read: the text keeps to a column, however wide the window.
    auto* column = new QWidget(this);
    column->setMaximumWidth(textColumnWidth);
    auto* row = new QHBoxLayout(column);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(sectionSpacing);
    row->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QVBoxLayout;
    text->addWidget(content);
    text->addWidget(note);
    row->addLayout(text, 1);
    contentLayout()->addWidget(column);
    contentLayout()->addStretch(1);
}

QString UnavailableModulePage::plannedContent(Module module) {
    switch (module) {
    case Module::Audits:
        return tr("Here you will plan the audits that check whether a building block of the "
                  "integrity system really works (for example: do employees register their side "
                  "jobs?), and record their findings and recommendations until each one is dealt "
                  "with.");
    case Module::Risks:
        return tr("Here you will keep the integrity risk register, worked out with finance and "
                  "risk management: each risk with its building block, the vulnerable functions "
                  "the municipality designates, and the controls that manage the risks.");
    case Module::AnnualPlan:
        return tr("Here you will draw up the yearly integrity plan: each action with its building "
                  "block, who carries it out and when, and where it comes from (the previous "
                  "annual report, new developments, a review of our own policy, the counsellors' "
                  "reports, audits or research).");
    case Module::AnnualReport:
        return tr("Here you will compose the public annual integrity report: the figures on "
                  "reports, investigations, counselling contacts, activities and audits, with "
                  "charts, without names and with small counts suppressed, as a PDF to discuss "
                  "with the works council.");
    case Module::Dashboard:
    case Module::Cases:
    case Module::Counselling:
    case Module::Administration:
        break;
    }
    return {};
}

} // namespace infopunt::ui
