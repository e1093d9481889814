// The main window fits a laptop screen (1280×720 logical pixels, 1366×768) in Dutch and English:
// its minimum size stays within the screen when a case opens, nothing on any screen is cut off
// and no page or case file tab needs a horizontal scroll bar. And it keeps its size, position
// and splitter positions per user across locking and signing out.
#include "CaseFixtures.h"
#include "TestTranslation.h"
#include "UiTestSupport.h"
#include "catch.h"
#include "demo/DemoStore.h"
#include "dialogs/UnlockDialog.h"
#include "main/GuiSession.h"
#include "main/MainWindow.h"
#include "models/CaseListModel.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/CasesPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;

namespace {

QString describe(const QWidget* widget, const QString& text) {
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

// Every visible text that is cut off: a label or button narrower than its text (or, wrapped,
// lower than its lines), a combo box whose choice does not fit, a table column narrower than
// its title, and a scroll area whose content is wider than its view (a horizontal scroll bar).
QStringList cutOff(const QWidget& root) {
    QStringList found;
    const QList<QLabel*> labels = root.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                found
                    << describe(label, label->text()) +
                           QStringLiteral(" is %1 high, needs %2").arg(label->height()).arg(needed);
        } else if (label->width() < label->minimumSizeHint().width()) {
            found << describe(label, label->text()) + QStringLiteral(" is %1 wide, needs %2")
                                                          .arg(label->width())
                                                          .arg(label->minimumSizeHint().width());
        }
    }
    const QList<QAbstractButton*> buttons = root.findChildren<QAbstractButton*>();
    for (const QAbstractButton* button : buttons) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            found << describe(button, button->text()) + QStringLiteral(" is %1 wide, needs %2")
                                                            .arg(button->width())
                                                            .arg(button->minimumSizeHint().width());
    }
    const QList<QComboBox*> combos = root.findChildren<QComboBox*>();
    for (const QComboBox* combo : combos) {
        if (!combo->isVisible() || combo->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.frame = combo->hasFrame();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 2;
        if (field.width() < needed)
            found << describe(combo, combo->currentText()) +
                         QStringLiteral(" shows %1 of %2").arg(field.width()).arg(needed);
    }
    const QList<QHeaderView*> headers = root.findChildren<QHeaderView*>();
    for (const QHeaderView* header : headers) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            if (header->sectionSize(section) < header->sectionSizeHint(section))
                found << describe(header->parentWidget(), title) +
                             QStringLiteral(" column is %1 wide, needs %2")
                                 .arg(header->sectionSize(section))
                                 .arg(header->sectionSizeHint(section));
        }
    }
    const QList<QTabBar*> tabBars = root.findChildren<QTabBar*>();
    for (const QTabBar* bar : tabBars) {
        // A tab bar that scrolls shows a tab at its edge in part.
        if (bar->isVisible() && bar->sizeHint().width() > bar->width())
            found << describe(bar, bar->tabText(0)) + QStringLiteral(" scrolls: %1 wide, needs %2")
                                                          .arg(bar->width())
                                                          .arg(bar->sizeHint().width());
    }
    const QList<QScrollArea*> areas = root.findChildren<QScrollArea*>();
    for (const QScrollArea* area : areas) {
        if (!area->isVisible() || !area->widget())
            continue;
        const int needed = area->widget()->minimumSizeHint().width();
        if (needed > area->viewport()->width())
            found << describe(area, {}) + QStringLiteral(" scrolls sideways: %1 wide, needs %2")
                                              .arg(area->viewport()->width())
                                              .arg(needed);
    }
    return found;
}

struct Screen {
    QString name;
    QStringList cutOff;
};

// Looks at the window as it is now and notes the cut-off texts under `name`.
void look(MainWindow& window, const QString& name, QList<Screen>& screens) {
    spin(30); // layouts settle
    const QStringList found = cutOff(window);
    if (!found.isEmpty())
        screens.append({name, found});
}

QString report(const QList<Screen>& screens) {
    QStringList lines;
    for (const Screen& screen : screens) {
        lines << screen.name + QLatin1Char(':');
        for (const QString& line : screen.cutOff)
            lines << QStringLiteral("    ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

bool fits(const QSize& size, const QSize& screen) {
    return size.width() <= screen.width() && size.height() <= screen.height();
}

QString sizeText(const QSize& size) {
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

// Visits every screen of the Adviser's window at `screen` size: the dashboard, the case list
// with its filters shown, each tab of the case file of every case in `caseIds`, the deadlines
// and the administration tabs. Checks the minimum size along the way.
QList<Screen> visitEveryScreen(MainWindow& window, const QSize& screen, int casesToOpen) {
    QList<Screen> screens;
    window.resize(screen);
    window.show();
    spin(50);
    const auto checkMinimum = [&](const QString& where) {
        INFO(where.toStdString() << ": minimum size hint "
                                 << sizeText(window.minimumSizeHint()).toStdString()
                                 << ", minimum size "
                                 << sizeText(window.minimumSize()).toStdString() << ", size "
                                 << sizeText(window.size()).toStdString());
        CHECK(fits(window.minimumSizeHint(), screen));
        CHECK(fits(window.minimumSize(), screen));
        CHECK(window.size() == screen); // nothing made the window grow
    };
    checkMinimum(QStringLiteral("dashboard"));
    look(window, QStringLiteral("Dashboard"), screens);

    window.showModule(Module::Cases);
    auto* page = child<ui::CasesPage>(&window, QStringLiteral("casesPage"));
    child<QToolButton>(page, QStringLiteral("filterToggle"))->setChecked(true);
    look(window, QStringLiteral("Case list"), screens);
    auto* themes = child<QComboBox>(page, QStringLiteral("themeFilter"));
    themes->setCurrentIndex(themes->count() - 1); // the longest choices
    look(window, QStringLiteral("Case list, filtered"), screens);
    themes->setCurrentIndex(0);

    auto* table = child<QTableView>(page, QStringLiteral("caseTable"));
    auto* tabs = child<QTabWidget>(page, QStringLiteral("caseFileTabs"));
    const int cases = std::min(casesToOpen, table->model()->rowCount());
    QList<qint64> caseIds;
    for (int row = 0; row < cases; ++row)
        caseIds << table->model()->index(row, 0).data(ui::CaseListModel::CaseIdRole).toLongLong();
    for (const qint64 caseId : std::as_const(caseIds)) {
        page->openCase(caseId);
        spin(30);
        const QString number = child<QLabel>(page, QStringLiteral("caseNumberLabel"))->text();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            look(window, QStringLiteral("Case %1, tab %2").arg(number, tabs->tabText(tab)),
                 screens);
            checkMinimum(QStringLiteral("case %1, tab %2").arg(number, tabs->tabText(tab)));
        }
        // The step history shows the latest step's whole note below the steps.
        auto* timeline = child<QTreeWidget>(page, QStringLiteral("stepsTimeline"));
        const QTreeWidgetItem* latest = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
        REQUIRE(latest);
        CHECK(child<QPlainTextEdit>(page, QStringLiteral("stepNotePane"))->toPlainText() ==
              latest->toolTip(3));
    }
    child<QTabWidget>(page, QStringLiteral("casesTabs"))->setCurrentIndex(1);
    look(window, QStringLiteral("Deadlines"), screens);

    window.showModule(Module::Administration);
    auto* administration = child<QTabWidget>(&window, QStringLiteral("administrationTabs"));
    for (int tab = 0; tab < administration->count(); ++tab) {
        administration->setCurrentIndex(tab);
        look(window, QStringLiteral("Administration, tab %1").arg(administration->tabText(tab)),
             screens);
    }
    checkMinimum(QStringLiteral("administration"));
    return screens;
}

struct DemoFixture {
    TempFolder temp;
    QString folder = temp.file(QStringLiteral("demo"));
    DemoFixture() { REQUIRE(DemoStore::create(folder).ok()); }
    std::unique_ptr<Store> adviser() const {
        for (const DemoAccount& account : DemoStore::accounts()) {
            if (account.role == Role::Adviser) {
                auto store = Store::unlock(folder, account.userName, account.passphrase);
                REQUIRE(store.ok());
                return std::move(store).value();
            }
        }
        FAIL("no demo adviser");
        return nullptr;
    }
};

void forgetWindows() {
    QSettings().remove(QStringLiteral("windows"));
}

} // namespace

TEST_CASE("Every screen fits 1280×720 and 1366×768 in Dutch and English, nothing cut off",
          "[ui][fit]") {
    prepareUiTest();
    forgetWindows();
    const DemoFixture demo;
    struct Run {
        QString language;
        QSize screen;
        int cases;
    };
    // Every demo case in Dutch on the smallest screen; a few in the other runs.
    const QList<Run> runs = {{QStringLiteral("nl"), QSize(1280, 720), 100},
                             {QStringLiteral("nl"), QSize(1366, 768), 4},
                             {QStringLiteral("en"), QSize(1280, 720), 4}};
    for (const Run& run : runs) {
        forgetWindows();
        const TestTranslation translation(run.language);
        if (run.language == QLatin1String("nl"))
            REQUIRE(QCoreApplication::translate("infopunt::ui::CasesPage", "Cases") ==
                    QStringLiteral("Zaken"));
        MainWindow window(demo.adviser());
        const QList<Screen> screens = visitEveryScreen(window, run.screen, run.cases);
        INFO(run.language.toStdString() << " at " << sizeText(run.screen).toStdString() << ":\n"
                                        << report(screens).toStdString());
        CHECK(screens.isEmpty());
    }
    forgetWindows();
}

namespace {

void signInWhenAsked(const QString& passphrase) {
    whenModalShown<ui::UnlockDialog>([passphrase](ui::UnlockDialog* dialog) {
        child<QLineEdit>(dialog, QStringLiteral("userNameEdit"))->setText(adviserName);
        child<QLineEdit>(dialog, QStringLiteral("passphraseEdit"))->setText(passphrase);
        child<QPushButton>(dialog, QStringLiteral("unlockButton"))->click();
    });
}

QList<int> splitterSizes(const MainWindow& window, const QString& name) {
    auto* splitter = child<QSplitter>(&window, name);
    REQUIRE(splitter);
    return splitter->sizes();
}

void openCase(MainWindow& window, qint64 caseId) {
    window.showModule(Module::Cases);
    child<ui::CasesPage>(&window, QStringLiteral("casesPage"))->openCase(caseId);
    spin(30);
}

void showJournal(MainWindow& window) {
    child<QTabWidget>(&window, QStringLiteral("caseFileTabs"))->setCurrentIndex(3);
    spin(30);
}

} // namespace

TEST_CASE("The window keeps its size, position and splitters after lock and after sign-out",
          "[ui][fit]") {
    prepareUiTest();
    forgetWindows();
    StoreFixture fixture;
    const qint64 caseId = registerCase(*fixture.store).id;
    fixture.store.reset();

    ui::GuiSession session(fixture.folder);
    signInWhenAsked(adviserPassphrase);
    REQUIRE(session.start());
    QPointer<MainWindow> first = visibleMainWindow();
    REQUIRE(first);
    // Nothing saved yet: the default fits the (offscreen) screen.
    const QRect available = first->screen()->availableGeometry();
    CHECK(available.contains(first->frameGeometry()));

    const QRect placed(40, 30, 1300, 860);
    first->setGeometry(placed);
    openCase(*first, caseId);
    // The handles moved away from where they start.
    auto* casesSplitter = first->findChild<QSplitter*>(QStringLiteral("casesSplitter"));
    const QList<int> initial = casesSplitter->sizes();
    casesSplitter->setSizes({initial.value(0) + 40, initial.value(1) - 40});
    showJournal(*first);
    auto* journalSplitter = first->findChild<QSplitter*>(QStringLiteral("journalSplitter"));
    const QList<int> journalInitial = journalSplitter->sizes();
    journalSplitter->setSizes({journalInitial.value(0) - 30, journalInitial.value(1) + 30});
    spin(30);
    const QList<int> cases = splitterSizes(*first, QStringLiteral("casesSplitter"));
    const QList<int> journal = splitterSizes(*first, QStringLiteral("journalSplitter"));
    CHECK(cases != initial);
    CHECK(journal != journalInitial);

    // Locking rebuilds the pages: the new splitters are where the old ones were.
    first->lock();
    REQUIRE(first->isLocked());
    child<QLineEdit>(first, QStringLiteral("lockPassphraseEdit"))->setText(adviserPassphrase);
    child<QPushButton>(first, QStringLiteral("lockUnlockButton"))->click();
    REQUIRE(waitFor([&] { return !first->isUnlocking(); }, 10000));
    REQUIRE_FALSE(first->isLocked());
    CHECK(first->geometry() == placed);
    openCase(*first, caseId);
    showJournal(*first);
    CHECK(splitterSizes(*first, QStringLiteral("casesSplitter")) == cases);
    CHECK(splitterSizes(*first, QStringLiteral("journalSplitter")) == journal);

    // Signing out and in again opens a new window, where the last one was.
    signInWhenAsked(adviserPassphrase);
    first->signOut();
    REQUIRE(waitFor([&] { return visibleMainWindow() && visibleMainWindow() != first; }));
    MainWindow* second = visibleMainWindow();
    CHECK(second->geometry() == placed);
    openCase(*second, caseId);
    showJournal(*second);
    CHECK(splitterSizes(*second, QStringLiteral("casesSplitter")) == cases);
    CHECK(splitterSizes(*second, QStringLiteral("journalSplitter")) == journal);

    // Nothing of the case is in the settings: only geometry.
    QSettings settings;
    settings.beginGroup(QStringLiteral("windows"));
    const QStringList keys = settings.allKeys();
    CHECK_FALSE(keys.isEmpty());
    for (const QString& key : keys) {
        INFO(key.toStdString());
        CHECK((key.endsWith(QLatin1String("/geometry")) ||
               key.contains(QLatin1String("/splitters/"))));
        CHECK_FALSE(settings.value(key).toByteArray().contains("Gift from supplier"));
    }
    settings.endGroup();
    delete second;
    forgetWindows();
}
