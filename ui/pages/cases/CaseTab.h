#pragma once

#include "accounts/PersonNames.h"
#include "cases/CaseAccess.h"
#include "cases/CaseRecords.h"
#include "common/Result.h"

#include <QWidget>
#include <optional>

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class ActionDialog;

// Base of the case file's tabs: holds the case being shown and tells the case file when the
// tab saved something, so that the whole file (header and every tab) is reloaded.
class CaseTab : public QWidget {
    Q_OBJECT
public:
    CaseTab(Store& store, QWidget* parent);

    // Shows `record` and reloads what the tab lists about it.
    void load(const CaseRecord& record);

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
    // Runs an ActionDialog; emits saved() when it saved, handles a stale edit.
    void runDialog(ActionDialog& dialog);
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
