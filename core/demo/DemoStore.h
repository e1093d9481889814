#pragma once

#include "accounts/Role.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace infopunt {

class Store;

// A sign-in of the demo store. The passphrases are fixed and documented (README, `infopunt
// demo`): this is invented demo data, never a real office's store.
struct DemoAccount {
    Role role = Role::Adviser;
    QString userName;
    QString displayName;
    QString passphrase;
};

// Creates a demo store filled with realistic invented data through the same core services
// the application uses, so that its audit log reads like a real one. Later modules add their
// demo records here.
class DemoStore {
    Q_DECLARE_TR_FUNCTIONS(infopunt::DemoStore)
public:
    // The accounts a user can sign in with; the first is the Adviser who creates the store.
    static QList<DemoAccount> accounts();

    // `folder` must be absent or empty. Returns the store's recovery key text. The store is
    // built in a hidden folder beside `folder` and renamed into place when complete, so that
    // a failure, or the process being killed, never leaves a half-made store in `folder`. A
    // failed run removes its building folder; one left by a killed run is removed by the next.
    static Result<QString> create(const QString& folder);
    // The same accounts, but in place of the demo cases `generatedReports` (> 0) invented reports
    // over ten years, deterministic for `seed` (DemoVolume); `progress` is called after every
    // batch with the reports made so far and the total. The office copy is brought up to date at
    // the end, so that the first adviser's list does not rebuild it.
    using Progress = std::function<void(int done, int total)>;
    static Result<QString> create(const QString& folder, int generatedReports, quint32 seed,
                                  const Progress& progress = {});

    // The prefix of the building folders of `folder` (in its parent folder).
    static QString buildingPrefix(const QString& folder);

private:
    struct Volume {
        int reports = 0; // 0: the scripted demo cases (DemoCases)
        quint32 seed = 1;
        Progress progress;
    };
    static Result<QString> create(const QString& folder, const Volume& volume);
    static Result<QString> fill(const QString& folder, const Volume& volume);
    static void removeLeftovers(const QString& folder);
    static Result<void> moveIntoPlace(const QString& building, const QString& folder);
    struct PendingPassphrase {
        QString userName;
        QString initial;
        QString documented;
    };
    static Result<void> addAccounts(Store& store, const QString& recoveryKeyText,
                                    QList<PendingPassphrase>& pending);
    static Result<void> addFormerColleague(Store& store);
    static Result<void> adaptCatalogue(Store& store);
    static Result<void> addCases(const QString& folder, const Volume& volume);
    static Result<void> addCounselling(const QString& folder);
    static Result<void> addControlLoop(const QString& folder);
    static Result<void> setPassphrases(const QString& folder, QList<PendingPassphrase>& pending);
};

} // namespace infopunt
