// A store put back from an older copy as a whole, seen from the window: the warning stays in
// sight for the session, an integrity adviser accepts the store as it is after a confirmation,
// and a member is told to contact the adviser and has no way to accept it.

#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "audit/AuditLog.h"
#include "catch.h"
#include "dialogs/UnlockDialog.h"
#include "main/GuiSession.h"
#include "main/MainWindow.h"
#include "main/OlderStoreBanner.h"

#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;
using infopunt::ui::MessageBox;
using infopunt::ui::OlderStoreBanner;

namespace {

// Every file of the folder (a store keeps no subfolders), by name.
QMap<QString, QByteArray> filesOf(const QString& folder) {
    QMap<QString, QByteArray> files;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : names)
        files.insert(name, readAll(QDir(folder).filePath(name)));
    return files;
}

// The folder as it was: what is in it now is replaced by the copy.
void putBack(const QString& folder, const QMap<QString, QByteArray>& copy) {
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : names)
        REQUIRE(QFile::remove(QDir(folder).filePath(name)));
    for (auto it = copy.cbegin(); it != copy.cend(); ++it)
        REQUIRE(writeAll(QDir(folder).filePath(it.key()), it.value()));
}

bool shown(const QString& title) {
    const auto boxes = MessageBox::shownForTesting();
    return std::any_of(boxes.cbegin(), boxes.cend(),
                       [&](const MessageBox::Shown& box) { return box.title == title; });
}

OlderStoreBanner* visibleBanner(const QWidget* window) {
    auto* banner = child<OlderStoreBanner>(window, QStringLiteral("olderStoreBanner"));
    return banner && banner->isVisible() ? banner : nullptr;
}

QString bannerText(const QWidget* window) {
    auto* label = child<QLabel>(window, QStringLiteral("olderStoreWarning"));
    return label ? label->text() : QString();
}

void signInWith(ui::UnlockDialog* dialog, const QString& user, const QString& passphrase) {
    child<QLineEdit>(dialog, QStringLiteral("userNameEdit"))->setText(user);
    child<QLineEdit>(dialog, QStringLiteral("passphraseEdit"))->setText(passphrase);
    child<QPushButton>(dialog, QStringLiteral("unlockButton"))->click();
}

} // namespace

TEST_CASE("A store put back from an older copy is warned about in the window until an adviser "
          "accepts it",
          "[ui][rollback][security]") {
    prepareUiTest();
    StoreFixture f;
    signIn(f, member, Role::WorkingGroupMember).reset();
    registerCase(*f.store);
    f.store.reset(); // signed out
    const auto older = filesOf(f.folder);
    {
        auto session = f.unlock();
        REQUIRE(session);
        registerCase(*session); // signing out remembers the log up to this entry
    }
    putBack(f.folder, older);

    SECTION("a member sees the warning, is told to contact the adviser and cannot accept") {
        MessageBox::clearShownForTesting();
        MainWindow window(f.unlock(member.name, member.passphrase));
        window.show();
        REQUIRE(waitFor([] { return shown(MainWindow::tr("Older store")); }));
        REQUIRE(visibleBanner(&window));
        CHECK(bannerText(&window).contains(QStringLiteral("older than what this workstation saw")));
        CHECK(bannerText(&window).contains(QStringLiteral("Tell the integrity adviser")));
        CHECK(child<QPushButton>(&window, QStringLiteral("acceptOlderStoreButton")) == nullptr);

        // Still there after locking and unlocking.
        window.lock();
        REQUIRE(window.isLocked());
        child<QLineEdit>(&window, QStringLiteral("lockPassphraseEdit"))->setText(member.passphrase);
        auto* unlock = child<QPushButton>(&window, QStringLiteral("lockUnlockButton"));
        REQUIRE(waitFor([&] { return unlock->isEnabled(); }));
        unlock->click();
        REQUIRE(waitFor([&] { return !window.isLocked(); }));
        CHECK(visibleBanner(&window));
        CHECK(child<QPushButton>(&window, QStringLiteral("acceptOlderStoreButton")) == nullptr);
    }

    SECTION("an adviser accepts it after the confirmation; the next sign-in has no warning") {
        MessageBox::clearShownForTesting();
        ui::GuiSession session(f.folder);
        whenModalShown<ui::UnlockDialog>(
            [](ui::UnlockDialog* dialog) { signInWith(dialog, adviserName, adviserPassphrase); });
        REQUIRE(session.start());
        QPointer<MainWindow> window = visibleMainWindow();
        REQUIRE(window);
        REQUIRE(waitFor([] { return shown(MainWindow::tr("Older store")); }));
        OlderStoreBanner* banner = visibleBanner(window);
        REQUIRE(banner);
        CHECK(bannerText(window).contains(QStringLiteral("accept it as it is")));
        auto* accept = child<QPushButton>(window, QStringLiteral("acceptOlderStoreButton"));
        REQUIRE(accept);
        CHECK(accept->isVisible());

        // Cancelled in the confirmation: nothing is accepted.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        accept->click();
        CHECK(shown(OlderStoreBanner::tr("Accept the older store")));
        CHECK(visibleBanner(window));
        CHECK_FALSE(window->store()->rollbackWarning().isEmpty());

        MessageBox::clearShownForTesting();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        accept->click();
        const auto boxes = MessageBox::shownForTesting();
        REQUIRE(boxes.size() == 1);
        CHECK(boxes[0].text.contains(QStringLiteral("forgets that it saw the audit log up to a "
                                                    "newer entry")));
        CHECK(visibleBanner(window) == nullptr);
        CHECK(window->store()->rollbackWarning().isEmpty());
        CHECK(AuditLog::latest(window->store()->database(), 1).value().constFirst().action ==
              QStringLiteral("store.accept_older"));

        // Signing out and in again: no warning, for the adviser and for the member.
        MessageBox::clearShownForTesting();
        whenModalShown<ui::UnlockDialog>(
            [](ui::UnlockDialog* dialog) { signInWith(dialog, adviserName, adviserPassphrase); });
        window->signOut();
        REQUIRE(waitFor([&] { return visibleMainWindow() && visibleMainWindow() != window; }));
        MainWindow* again = visibleMainWindow();
        spin(100);
        CHECK(child<OlderStoreBanner>(again, QStringLiteral("olderStoreBanner")) == nullptr);
        CHECK_FALSE(shown(MainWindow::tr("Older store")));
        auto memberSession = f.unlock(member.name, member.passphrase);
        REQUIRE(memberSession);
        CHECK(memberSession->rollbackWarning().isEmpty());
    }
}
