#pragma once

#include "accounts/Role.h"
#include "storage/Drafts.h"

#include <QVariantMap>
#include <QWidget>
#include <optional>

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

    // Typed work on the page itself (not in a dialog) that is not saved yet, named for the
    // question to the user ("the overview of case 2026-005"); none when there is nothing.
    virtual std::optional<QString> unsavedEdit() const { return std::nullopt; }
    // False when it could not be saved (the page has shown why).
    virtual bool saveUnsavedEdit() { return true; }
    virtual void discardUnsavedEdit() {}
    // The unsaved edit as a draft (module filled in), kept when the window locks by itself.
    virtual std::optional<Draft> unsavedEditDraft() const { return std::nullopt; }
    // Opens the draft's record and form again with its values filled in.
    virtual void restoreDraft(const Draft& draft) { Q_UNUSED(draft) }

    // Where the user is on the page (the open record, the tab), to come back to after unlocking.
    // Ids and names only, never content.
    virtual QVariantMap position() const { return {}; }
    virtual void restorePosition(const QVariantMap& position) { Q_UNUSED(position) }

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
