#pragma once

#include "storage/Store.h"

#include <QWizard>
#include <memory>

namespace infopunt::ui {

// First run: choose an empty folder, create the first Adviser account (Store::create), then
// show the recovery key once. Accepted only after the user confirms having stored the key;
// takeStore() then returns the unlocked store.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePageId, AccountPageId, RecoveryKeyPageId };

    explicit FirstRunWizard(const QString& suggestedFolder, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    std::unique_ptr<Store> takeStore();
    bool storeCreated() const { return m_store != nullptr; }
    QString recoveryKeyText() const { return m_recoveryKey; }

    // Used by the account page once the store exists.
    void setCreated(Store::Created created);

    void reject() override; // refused once the store exists: the key must be confirmed

private:
    std::unique_ptr<Store> m_store;
    QString m_recoveryKey;
};

} // namespace infopunt::ui
