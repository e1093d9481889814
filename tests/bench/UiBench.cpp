// How long the window stops answering while a user works: the real main window on the offscreen
// platform, driven through its widgets, with an event-loop latency probe (a timer that should
// fire every 5 ms; how late it fires is how long the event loop was blocked).

#include "UiBench.h"

#include "UiTestSupport.h"
#include "dialogs/UnlockDialog.h"
#include "main/MainWindow.h"
#include "models/CaseListModel.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/CasesPage.h"
#include "storage/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace infopunt::bench {

double UiStalls::longestMs() const {
    double longest = 0;
    for (const UiStall& each : actions)
        longest = std::max(longest, each.longestMs);
    return longest;
}

QJsonObject UiStalls::toJson() const {
    QJsonArray list;
    for (const UiStall& each : actions) {
        QJsonObject action{{QStringLiteral("action"), each.action},
                           {QStringLiteral("longest_stall_ms"), each.longestMs}};
        if (each.listedRows >= 0)
            action.insert(QStringLiteral("rows_listed"), each.listedRows);
        list.append(action);
    }
    return {{QStringLiteral("longest_stall_ms"), longestMs()}, {QStringLiteral("actions"), list}};
}

namespace {

using test::child;

constexpr int probeIntervalMs = 5;
// After an action seems done: past the type-ahead's (150 ms) and the search's (300 ms) wait and
// the count that follows the first screen, so that the work they start is measured too.
constexpr int settleMs = 450;
constexpr int actionTimeoutMs = 180000;
// Slower than the type-ahead's wait, so that every key press lists again (the worst case).
constexpr int keyIntervalMs = 200;
constexpr int scrollSteps = 5;
constexpr int scrollIntervalMs = 100;

// A timer that should fire every probeIntervalMs; records the longest it was kept waiting.
class StallProbe : public QObject {
public:
    StallProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(probeIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }

    void restart() {
        m_longestNs = 0;
        m_last = m_clock.nsecsElapsed();
    }

    double longestMs() const {
        const qint64 pending = m_clock.nsecsElapsed() - m_last;
        return std::max<double>(0, static_cast<double>(std::max(m_longestNs, pending)) / 1e6 -
                                       probeIntervalMs);
    }

private:
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
};

// Runs each action from the event loop, as a user's input would arrive, and keeps its figure.
class Driver {
public:
    explicit Driver(std::function<qsizetype()> listedRows)
        : m_listedRows(std::move(listedRows)) {}

    // Starts `act`, then lets events run until `done` holds and settleMs more have passed.
    bool run(const QString& action, const std::function<void()>& act,
             const std::function<bool()>& done = {}) {
        m_probe.restart();
        QTimer::singleShot(0, qApp, act);
        QElapsedTimer since;
        since.start();
        qint64 doneAt = -1;
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(probeIntervalMs);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (doneAt < 0 && since.elapsed() > 0 && (!done || done()))
                doneAt = since.elapsed();
            if ((doneAt >= 0 && since.elapsed() - doneAt >= settleMs) ||
                since.elapsed() > actionTimeoutMs)
                loop.quit();
        });
        poll.start();
        loop.exec();
        if (doneAt < 0) {
            std::fprintf(stderr, "UI benchmark: \"%s\" did not finish\n",
                         action.toUtf8().constData());
            return false;
        }
        const UiStall stall{action, m_probe.longestMs(), m_listedRows()};
        m_figures.actions.append(stall);
        std::printf("%-52s %9.1f ms", action.toUtf8().constData(), stall.longestMs);
        if (stall.listedRows >= 0)
            std::printf(" %8lld rows listed", static_cast<long long>(stall.listedRows));
        std::printf("\n");
        std::fflush(stdout);
        return true;
    }

    const UiStalls& figures() const { return m_figures; }

private:
    StallProbe m_probe;
    std::function<qsizetype()> m_listedRows;
    UiStalls m_figures;
};

bool missing(const char* what) {
    std::fprintf(stderr, "UI benchmark: no %s in the window\n", what);
    return false;
}

void pressKey(QWidget* widget, int key, const QString& text = {}) {
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &release);
}

// Types `text` into `edit` a key at a time, keyIntervalMs apart.
void typeSlowly(QLineEdit* edit, const QString& text) {
    for (int i = 0; i < text.size(); ++i) {
        const QChar character = text.at(i);
        QTimer::singleShot(i * keyIntervalMs, edit, [edit, character] {
            pressKey(edit, character.toUpper().unicode(), QString(character));
        });
    }
}

// Every action on the Cases page, from the list to a saved change.
bool driveCases(Driver& driver, ui::MainWindow& window) {
    // The page is made when it is first shown.
    const auto casesPage = [&window] {
        return child<ui::CasesPage>(&window, QStringLiteral("casesPage"));
    };
    if (!driver.run(
            QStringLiteral("switch to the Cases module"),
            [&window] { window.showModule(Module::Cases); },
            [&casesPage] { return casesPage() && casesPage()->isVisible(); }))
        return false;
    auto* page = casesPage();
    auto* table = child<QTableView>(page, QStringLiteral("caseTable"));
    auto* quick = child<QLineEdit>(page, QStringLiteral("quickTextEdit"));
    auto* search = child<QLineEdit>(page, QStringLiteral("searchTextEdit"));
    auto* caseFile = child<ui::CaseFileWidget>(page, QStringLiteral("caseFile"));
    auto* toggle = child<QToolButton>(page, QStringLiteral("filterToggle"));
    if (!table || !quick || !search || !caseFile || !toggle)
        return missing("case list, search field or case file");
    QAbstractItemModel* model = table->model();
    toggle->setChecked(true);

    for (const QString& name :
         {QStringLiteral("stateFilter"), QStringLiteral("typeFilter"),
          QStringLiteral("themeFilter"), QStringLiteral("yearFilter"),
          QStringLiteral("deadlineFilter"), QStringLiteral("assigneeFilter")}) {
        auto* combo = child<QComboBox>(page, name);
        if (!combo || combo->count() < 2)
            continue;
        const QString choice = combo->itemText(1);
        if (!driver.run(QStringLiteral("filter %1: %2").arg(name, choice),
                        [combo] { combo->setCurrentIndex(1); }) ||
            !driver.run(QStringLiteral("filter %1 back to all").arg(name),
                        [combo] { combo->setCurrentIndex(0); }))
            return false;
    }

    const QString typed = QStringLiteral("dienstauto");
    quick->setFocus();
    if (!driver.run(
            QStringLiteral("type-ahead \"%1\", a key every %2 ms").arg(typed).arg(keyIntervalMs),
            [quick, typed] { typeSlowly(quick, typed); },
            [quick, typed] { return quick->text() == typed; }) ||
        !driver.run(QStringLiteral("type-ahead cleared"), [quick] { quick->clear(); }))
        return false;

    const QString word = QStringLiteral("leidinggevende");
    search->setFocus();
    if (!driver.run(QStringLiteral("full-text search \"%1\" + Enter").arg(word),
                    [search, word] {
                        search->setText(word);
                        pressKey(search, Qt::Key_Return);
                    }) ||
        !driver.run(QStringLiteral("full-text search cleared"), [search] { search->clear(); }))
        return false;

    QHeaderView* header = table->horizontalHeader();
    for (const auto& [name, column] :
         {std::pair{QStringLiteral("title"), int(ui::CaseListModel::TitleColumn)},
          std::pair{QStringLiteral("next deadline"), int(ui::CaseListModel::DeadlineColumn)},
          std::pair{QStringLiteral("received (ascending)"),
                    int(ui::CaseListModel::ReceivedColumn)}}) {
        if (!driver.run(
                QStringLiteral("sort by %1 (a header click)").arg(name),
                [header, column = column] { test::clickHeader(header, column); },
                [header, column = column] { return header->sortIndicatorSection() == column; }))
            return false;
    }
    if (!driver.run(QStringLiteral("sort by received (descending)"),
                    [header] { test::clickHeader(header, ui::CaseListModel::ReceivedColumn); }))
        return false;

    auto scrolled = std::make_shared<int>(0);
    QScrollBar* bar = table->verticalScrollBar();
    if (!driver.run(
            QStringLiteral("scroll to the end, %1 times").arg(scrollSteps),
            [bar, scrolled] {
                for (int step = 0; step < scrollSteps; ++step)
                    QTimer::singleShot(step * scrollIntervalMs, bar, [bar, scrolled] {
                        bar->setValue(bar->maximum());
                        ++*scrolled;
                    });
            },
            [scrolled] { return *scrolled == scrollSteps; }))
        return false;

    if (model->rowCount() == 0)
        return missing("case in the list");
    const QModelIndex row =
        model->index(std::min(3, model->rowCount() - 1), ui::CaseListModel::TitleColumn);
    const qint64 caseId = row.data(ui::CaseListModel::CaseIdRole).toLongLong();
    if (!driver.run(
            QStringLiteral("open a case (double-click)"),
            [table, row] { test::doubleClick(table, row); },
            [caseFile, caseId] { return caseFile->currentCaseId() == caseId; }))
        return false;

    auto* edit = child<QPushButton>(caseFile, QStringLiteral("editOverviewButton"));
    auto* save = child<QPushButton>(caseFile, QStringLiteral("saveOverviewButton"));
    auto* title = child<QLineEdit>(caseFile, QStringLiteral("titleEdit"));
    if (!edit || !save || !title)
        return missing("overview editor");
    edit->click();
    const QString changed = title->text() + QStringLiteral(" (bijgewerkt)");
    title->setText(changed);
    return driver.run(
        QStringLiteral("save a change to the case's title"), [save] { save->click(); },
        [caseFile] { return !caseFile->unsavedEdit(); });
}

std::optional<UiStalls> drive(const QString& storeFolder, const QString& userName,
                              const QString& passphrase) {
    std::unique_ptr<ui::MainWindow> window;
    Driver driver([&window]() -> qsizetype {
        auto* page =
            window ? child<ui::CasesPage>(window.get(), QStringLiteral("casesPage")) : nullptr;
        auto* table = page ? child<QTableView>(page, QStringLiteral("caseTable")) : nullptr;
        return table && table->isVisible() ? table->model()->rowCount() : -1;
    });
    std::printf("%-52s %12s\n", "UI action", "longest stall");
    ui::UnlockDialog signIn(storeFolder);
    std::unique_ptr<Store> store;
    const bool driven = [&] {
        signIn.show();
        child<QLineEdit>(&signIn, QStringLiteral("userNameEdit"))->setText(userName);
        child<QLineEdit>(&signIn, QStringLiteral("passphraseEdit"))->setText(passphrase);
        if (!driver.run(
                QStringLiteral("sign in (Argon2id, open the store)"),
                [&signIn] { child<QPushButton>(&signIn, QStringLiteral("unlockButton"))->click(); },
                [&signIn] { return !signIn.isUnlocking(); }))
            return false;
        store = signIn.takeStore();
        if (!store)
            return missing("store after signing in");
        signIn.hide();
        if (!driver.run(
                QStringLiteral("show the main window (after signing in)"),
                [&] {
                    window = std::make_unique<ui::MainWindow>(std::move(store));
                    window->resize(1280, 720);
                    window->show();
                },
                [&window] { return window && window->isVisible(); }))
            return false;
        auto* passphraseEdit = child<QLineEdit>(window.get(), QStringLiteral("lockPassphraseEdit"));
        auto* unlock = child<QPushButton>(window.get(), QStringLiteral("lockUnlockButton"));
        if (!passphraseEdit || !unlock)
            return missing("lock screen");
        if (!driver.run(
                QStringLiteral("lock"), [&window] { window->lock(); },
                [&window] { return window->isLocked() && !window->store(); }))
            return false;
        passphraseEdit->setText(passphrase);
        if (!driver.run(
                QStringLiteral("unlock (Argon2id, open, rebuild the pages)"),
                [unlock] { unlock->click(); }, [&window] { return !window->isLocked(); }))
            return false;
        if (!driveCases(driver, *window))
            return false;
        auto* dashboard = child<QWidget>(window.get(), QStringLiteral("dashboardPage"));
        return driver.run(
            QStringLiteral("switch to the dashboard"),
            [&window] { window->showModule(Module::Dashboard); },
            [dashboard] { return dashboard && dashboard->isVisible(); });
    }();
    if (!driven)
        return std::nullopt;
    const UiStalls figures = driver.figures();
    std::printf("%-52s %9.1f ms\n", "longest of all", figures.longestMs());
    return figures;
}

} // namespace

std::optional<UiStalls> benchmarkUiStalls(const QString& storeFolder, const QString& userName,
                                          const QString& passphrase) {
    std::unique_ptr<QApplication> application;
    if (!QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "infopunt_bench";
        static char* argv[] = {name, nullptr};
        application = std::make_unique<QApplication>(argc, argv);
    } else if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        std::fprintf(stderr, "UI benchmark: needs a QApplication, not a QCoreApplication\n");
        return std::nullopt;
    }
    // As the UI tests run: no message box waits for an answer, settings go to a test location.
    test::prepareUiTest();
    return drive(storeFolder, userName, passphrase);
}

} // namespace infopunt::bench
