#pragma once

#include "accounts/PersonNames.h"
#include "cases/CaseAccess.h"
#include "cases/CaseRecords.h"
#include "common/FormReopener.h"
#include "common/Result.h"
#include "storage/Drafts.h"

#include <QWidget>
#include <optional>

class QTreeWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class ActionDialog;

// Base of the case file's tabs: holds the case being shown and tells the case file when the
// tab saved something, so that the whole file (header and every tab) is reloaded.
class CaseTab : public QWidget, public FormReopener {
    Q_OBJECT
public:
    CaseTab(Store& store, QWidget* parent);

    // Shows `record` and reloads what the tab lists about it.
    void load(const CaseRecord& record);

    // An edit in the tab itself (not in a dialog) that is not saved yet; see Page.
    virtual std::optional<QString> unsavedEdit() const { return std::nullopt; }
    virtual bool saveUnsavedEdit() { return true; }
    virtual void discardUnsavedEdit() {}
    virtual std::optional<Draft> unsavedEditDraft() const { return std::nullopt; }
    // Opens the form a draft was kept from (an edit in the tab or one of its dialogs, see
    // reopenForm()) with the draft's values.
    virtual void restoreDraft(const Draft& draft);

signals:
    // Something was saved, or the case turned out to have changed: reload the case file.
    void saved();

protected:
    virtual void reload() = 0;

    Store& store() const { return m_store; }
    const CaseRecord& record() const { return m_record; }
    bool isAdviser() const { return m_access.isAdviser(); }
    QString userName() const;
    // The display names of the accounts, read once per load (PersonCell shows them).
    const PersonNames& people() const;

    // Shows an error from core. A stale edit tells the user the case changed and reloads it.
    void showError(const Error& error);
    // Runs an ActionDialog; emits saved() when it saved, handles a stale edit. `form` and
    // `argument` name the opener for reopenForm(), so that a draft of the dialog can be put back.
    void runDialog(ActionDialog& dialog, const QString& form, qint64 argument = 0);
    // Opens the dialog `form` on `argument` again (the opener that runDialog() named); false
    // when the tab has no such form or it cannot be opened any more.
    bool reopenForm(const QString& form, qint64 argument) override {
        Q_UNUSED(form)
        Q_UNUSED(argument)
        return false;
    }
    // Selects the item of `tree` whose `role` data in `column` is `id`; false when none has it.
    static bool selectItemWithId(QTreeWidget* tree, int column, int role, qint64 id);
    // A draft of this tab, for the edits it keeps itself.
    Draft draftHere(const QString& form, qint64 argument = 0) const;
    // Reports a failed load (the tab stays empty); returns whether `result` is ok.
    template <typename T> bool loaded(const Result<T>& result) {
        if (!result)
            showError(result.error());
        return result.ok();
    }

private:
    Store& m_store;
    CaseAccess m_access;
    CaseRecord m_record;
    mutable std::optional<PersonNames> m_people;
};

} // namespace infopunt::ui
