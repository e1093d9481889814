#pragma once

#include "accounts/Role.h"

#include <QWidget>

class QVBoxLayout;

namespace infopunt::ui {

// A module's page in the main window: a header with the module's name and description, and
// the page's own content below it.
class Page : public QWidget {
    Q_OBJECT
public:
    Page(Module module, QWidget* parent);
    Module module() const { return m_module; }

    // Called when the page becomes the visible one: reload what may have changed.
    virtual void refresh() {}

protected:
    QVBoxLayout* contentLayout() const { return m_content; }

private:
    Module m_module;
    QVBoxLayout* m_content;
};

// A module that a later version of Infopunt provides: says what it will hold.
class UnavailableModulePage : public Page {
    Q_OBJECT
public:
    UnavailableModulePage(Module module, QWidget* parent);
    static QString plannedContent(Module module); // translated; empty for a module that exists
};

} // namespace infopunt::ui
