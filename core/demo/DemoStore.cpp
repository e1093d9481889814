#include "demo/DemoStore.h"

#include "accounts/AccountService.h"
#include "cases/CaseSearchIndex.h"
#include "catalogue/Catalogue.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoCases.h"
#include "demo/DemoCounselling.h"
#include "demo/DemoRisks.h"
#include "demo/DemoVolume.h"
#include "storage/Store.h"
#include "storage/StoreSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>
#include <cstdio>

namespace infopunt {

namespace {

// A throwaway passphrase for an account's first minutes: each demo user then changes it to the
// documented one, as a real user does at first sign-in.
QString randomPassphrase() {
    const SecureBytes bytes = SecureBytes::random(24);
    QByteArray encoded = QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()),
                                                 static_cast<qsizetype>(bytes.size()))
                             .toBase64();
    const QString text = QString::fromLatin1(encoded);
    wipeBytes(encoded);
    return text;
}

} // namespace

QList<DemoAccount> DemoStore::accounts() {
    return {
        {Role::Adviser, QStringLiteral("adviseur"),
         QStringLiteral("Anna de Vries, integriteitsadviseur"),
         QStringLiteral("Rijnkade-Lantaarn-42")},
        {Role::Adviser, QStringLiteral("adviseur2"),
         QStringLiteral("Mehmet Yilmaz, integriteitsadviseur"),
         QStringLiteral("Sonsbeek-Fietspad-17")},
        {Role::WorkingGroupMember, QStringLiteral("jurist"),
         QStringLiteral("Fatima El Amrani, jurist arbeidsvoorwaarden en rechtspositie"),
         QStringLiteral("Wetboek-Molen-Tulp-83")},
        {Role::WorkingGroupMember, QStringLiteral("controller"),
         QStringLiteral("Peter Bakker, juridisch controller"),
         QStringLiteral("Balans-Kompas-Haven-29")},
        {Role::ConfidentialCounsellor, QStringLiteral("vp-integriteit"),
         QStringLiteral("Ingrid Smit, vertrouwenspersoon integriteit"),
         QStringLiteral("Luisteren-Eikenboom-56")},
        {Role::ConfidentialCounsellor, QStringLiteral("vp-omgangsvormen"),
         QStringLiteral("Joost van Leeuwen, vertrouwenspersoon omgangsvormen"),
         QStringLiteral("Theepot-Vlinder-Regen-31")},
        {Role::ConfidentialCounsellor, QStringLiteral("vp-extern"),
         QStringLiteral("Els Mulder, externe vertrouwenspersoon omgangsvormen"),
         QStringLiteral("Zandpad-Kastanje-Wolk-64")},
    };
}

Result<QString> DemoStore::create(const QString& folder) {
    return create(folder, Volume{});
}

Result<QString> DemoStore::create(const QString& folder, int generatedReports, quint32 seed,
                                  const Progress& progress) {
    if (generatedReports <= 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("The number of reports to generate must be a positive number."));
    return create(folder, Volume{generatedReports, seed, progress});
}

Result<QString> DemoStore::create(const QString& folder, const Volume& volume) {
    if (auto usable = Store::checkNewFolder(folder); !usable)
        return usable.error();
    removeLeftovers(folder);
    const QString building =
        buildingPrefix(folder) + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto recoveryKeyText = fill(building, volume);
    if (recoveryKeyText) {
        if (auto moved = moveIntoPlace(building, folder); !moved) {
            wipeString(recoveryKeyText.value());
            recoveryKeyText = moved.error();
        }
    }
    if (!recoveryKeyText)
        QDir(building).removeRecursively(); // only what this run made
    return recoveryKeyText;
}

QString DemoStore::buildingPrefix(const QString& folder) {
    const QFileInfo info(QDir::cleanPath(QDir(folder).absolutePath()));
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() +
                                       QStringLiteral(".demo-building-"));
}

// A building folder is named after the target and this class alone: whatever is found under
// that name was left by a demo run that was killed.
void DemoStore::removeLeftovers(const QString& folder) {
    const QFileInfo prefix(buildingPrefix(folder));
    const auto leftovers = prefix.absoluteDir().entryInfoList(
        {prefix.fileName() + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& leftover : leftovers)
        QDir(leftover.absoluteFilePath()).removeRecursively();
}

// On POSIX rename(2) also replaces an empty folder, in one step; Windows renames only onto a
// free name, so the user's empty folder is removed first (rmdir removes only an empty one).
Result<void> DemoStore::moveIntoPlace(const QString& building, const QString& folder) {
#ifdef Q_OS_WIN
    const bool existed = QFileInfo::exists(folder);
    bool moved = !existed || QDir().rmdir(folder);
    moved = moved && QDir().rename(building, folder);
    if (!moved && existed)
        QDir().mkdir(folder); // give the user's folder back
#else
    const bool moved = ::rename(QFile::encodeName(building).constData(),
                                QFile::encodeName(folder).constData()) == 0;
#endif
    if (moved)
        return {};
    return makeError(ErrorCode::Io, tr("The demo store could not be moved into %1. Nothing has "
                                       "been left behind; check the folder and try again.")
                                        .arg(QDir::toNativeSeparators(folder)));
}

// Makes the whole demo store in `folder`, which does not exist yet.
Result<QString> DemoStore::fill(const QString& folder, const Volume& volume) {
    const DemoAccount first = accounts().constFirst();
    auto created = Store::create(folder, {first.userName, first.displayName, first.passphrase});
    if (!created)
        return created.error(); // refused before anything was written

    QString recoveryKeyText = created.value().recoveryKeyText;
    QList<PendingPassphrase> pending;
    Store& store = *created.value().store;
    Result<void> done = addAccounts(store, recoveryKeyText, pending);
    if (done)
        done = addFormerColleague(store);
    if (done)
        done = adaptCatalogue(store);
    if (done)
        done = StoreSettings(store).setIdleLockMinutes(15);
    created.value().store.reset(); // sign the Adviser out before the others sign in
    if (done)
        done = setPassphrases(folder, pending);
    if (done)
        done = addCases(folder, volume);
    if (done)
        done = addCounselling(folder);
    if (done)
        done = addControlLoop(folder);

    for (PendingPassphrase& p : pending)
        wipeString(p.initial);
    if (!done) {
        wipeString(recoveryKeyText);
        return done.error();
    }
    return recoveryKeyText;
}

Result<void> DemoStore::addAccounts(Store& store, const QString& recoveryKeyText,
                                    QList<PendingPassphrase>& pending) {
    AccountService service(store);
    const QList<DemoAccount> all = accounts();
    for (qsizetype i = 1; i < all.size(); ++i) {
        const DemoAccount& account = all.at(i);
        PendingPassphrase passphrase{account.userName, randomPassphrase(), account.passphrase};
        const bool counsellor = account.role == Role::ConfidentialCounsellor;
        auto added = service.add({account.userName, account.displayName, passphrase.initial},
                                 account.role, counsellor ? recoveryKeyText : QString());
        pending.append(passphrase);
        if (!added)
            return added.error();
    }
    return {};
}

// A colleague who left: the account stays on record (the audit log names it) but is disabled.
Result<void> DemoStore::addFormerColleague(Store& store) {
    AccountService service(store);
    QString passphrase = randomPassphrase();
    auto added =
        service.add({QStringLiteral("oud-controller"),
                     QStringLiteral("Rob Dekker, voormalig juridisch controller"), passphrase},
                    Role::WorkingGroupMember);
    wipeString(passphrase);
    if (!added)
        return added.error();
    return service.disable(added.value().id, added.value().rowVersion);
}

// The catalogue changes as the policy note foresees: moral deliberation sessions become a
// building block of awareness, and the information binder for new employees is retired in
// favour of the onboarding days.
Result<void> DemoStore::adaptCatalogue(Store& store) {
    Catalogue catalogue(store);
    auto themes = catalogue.themes();
    if (!themes)
        return themes.error();
    for (const Theme& theme : themes.value()) {
        if (theme.number == 2) {
            auto added = catalogue.addBlock(theme.id, QStringLiteral("Moreel beraad"));
            if (!added)
                return added.error();
        }
    }
    auto blocks = catalogue.blocks();
    if (!blocks)
        return blocks.error();
    for (const BuildingBlock& block : blocks.value()) {
        if (block.code() == QLatin1String("1d"))
            return catalogue.retire(block.id, block.rowVersion);
    }
    return makeError(ErrorCode::Internal, tr("The shipped catalogue has no building block 1d."));
}

// Signs in as the documented users, as the office would, to register and steer the cases.
Result<void> DemoStore::addCases(const QString& folder, const Volume& volume) {
    const QList<DemoAccount> all = accounts();
    const auto find = [&all](const QString& userName) {
        return *std::find_if(all.cbegin(), all.cend(), [&userName](const DemoAccount& account) {
            return account.userName == userName;
        });
    };
    const DemoAccount adviser = find(QStringLiteral("adviseur"));
    const DemoAccount second = find(QStringLiteral("adviseur2"));
    const DemoAccount reviewer = find(QStringLiteral("jurist"));
    auto store = Store::unlock(folder, adviser.userName, adviser.passphrase);
    if (!store)
        return store.error();
    if (volume.reports <= 0)
        return DemoCases::add(*store.value(), second.userName, second.passphrase, reviewer.userName,
                              reviewer.passphrase);

    const DemoAccount controller = find(QStringLiteral("controller"));
    std::unique_ptr<Store> sessions[3];
    const DemoAccount* others[3] = {&second, &reviewer, &controller};
    for (int i = 0; i < 3; ++i) {
        auto unlocked = Store::unlock(folder, others[i]->userName, others[i]->passphrase);
        if (!unlocked)
            return unlocked.error();
        sessions[i] = std::move(unlocked.value());
    }
    if (auto added = DemoVolume::add({*store.value(), *sessions[0], *sessions[1], *sessions[2]},
                                     volume.reports, volume.seed, volume.progress);
        !added)
        return added;
    return withoutValue(CaseSearchIndex::refresh(*store.value()));
}

// The advisers keep the risk register, with a second adviser for the four-eyes acceptance.
Result<void> DemoStore::addControlLoop(const QString& folder) {
    const QList<DemoAccount> all = accounts();
    const auto signIn = [&](const QString& userName) {
        const auto account = std::find_if(
            all.cbegin(), all.cend(), [&](const DemoAccount& a) { return a.userName == userName; });
        return Store::unlock(folder, account->userName, account->passphrase);
    };
    auto adviser = signIn(QStringLiteral("adviseur"));
    if (!adviser)
        return adviser.error();
    auto second = signIn(QStringLiteral("adviseur2"));
    if (!second)
        return second.error();
    return DemoRisks::add(*adviser.value(), *second.value());
}

// Each counsellor signs in and keeps their own register.
Result<void> DemoStore::addCounselling(const QString& folder) {
    quint32 seed = 7;
    for (const DemoAccount& account : accounts()) {
        if (account.role != Role::ConfidentialCounsellor)
            continue;
        auto store = Store::unlock(folder, account.userName, account.passphrase);
        if (!store)
            return store.error();
        if (auto added = DemoCounselling::add(*store.value(), seed++); !added)
            return added;
    }
    return {};
}

Result<void> DemoStore::setPassphrases(const QString& folder, QList<PendingPassphrase>& pending) {
    for (const PendingPassphrase& p : pending) {
        auto store = Store::unlock(folder, p.userName, p.initial);
        if (!store)
            return store.error();
        if (auto changed =
                AccountService(*store.value()).changeOwnPassphrase(p.initial, p.documented);
            !changed)
            return changed;
    }
    return {};
}

} // namespace infopunt
