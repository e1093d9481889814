// The case list reads a page of rows at a time (CaseListModel): more on scrolling, sorted in the
// store, the count apart, the selection kept and a saved case's row updated in place.

#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "cases/MemberCopy.h"
#include "catch.h"
#include "main/MainWindow.h"
#include "models/CaseListModel.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/CasesPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::CaseListModel;
using infopunt::ui::MainWindow;

namespace {

constexpr int manyCases = 450; // more than two pages

// `count` cases in one transaction, the first received today and each next a day earlier;
// numbered 2020-0001 on, titled "Melding 0001" on unless `title` says otherwise. The office copy
// is brought up to date at once unless `copied` is false (then the window has to catch up). The
// ids.
QList<qint64> insertCases(Store& store, int count, const std::function<QString(int)>& title = {},
                          bool copied = true) {
    QList<qint64> ids;
    REQUIRE(store.database().transaction());
    for (int i = 0; i < count; ++i) {
        const QString sequence = QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        ids.append(insertPlainCase(store, QStringLiteral("2020-") + sequence,
                                   Deadlines::today().addDays(-i),
                                   title ? title(i) : QStringLiteral("Melding ") + sequence));
    }
    REQUIRE(store.database().commit());
    if (copied)
        REQUIRE(CaseSearchIndex::refresh(store).ok());
    return ids;
}

struct ListWindow {
    explicit ListWindow(std::unique_ptr<Store> store)
        : window(std::move(store)) {
        window.resize(1280, 720);
        window.show();
        window.showModule(Module::Cases);
        page = child<ui::CasesPage>(&window, QStringLiteral("casesPage"));
        REQUIRE(page);
        table = child<QTableView>(page, QStringLiteral("caseTable"));
        REQUIRE(table);
        model = qobject_cast<CaseListModel*>(table->model());
        REQUIRE(model);
        caseFile = child<ui::CaseFileWidget>(page, QStringLiteral("caseFile"));
    }

    QString countText() const {
        return child<QLabel>(page, QStringLiteral("caseCountLabel"))->text();
    }
    qint64 idAt(int row) const {
        return model->index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
    }
    QString titleAt(int row) const {
        return model->index(row, CaseListModel::TitleColumn).data().toString();
    }
    qint64 selectedId() const {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        return rows.isEmpty() ? 0 : rows.first().data(CaseListModel::CaseIdRole).toLongLong();
    }
    // Scrolls to the end of what is listed, as the user drags the scroll bar down, until the
    // list has `rows` rows (or gives up).
    void scrollUntil(int rows) {
        QScrollBar* bar = table->verticalScrollBar();
        for (int attempt = 0; attempt < 50 && model->rowCount() < rows; ++attempt) {
            spin(20); // the scroll bar's range follows the rows once the view has laid them out
            bar->setValue(bar->maximum());
        }
    }

    MainWindow window;
    ui::CasesPage* page = nullptr;
    QTableView* table = nullptr;
    CaseListModel* model = nullptr;
    ui::CaseFileWidget* caseFile = nullptr;
};

// Edits the open case's title in the overview and saves it.
void saveTitle(ui::CaseFileWidget* caseFile, const QString& title) {
    child<QPushButton>(caseFile, QStringLiteral("editOverviewButton"))->click();
    child<QLineEdit>(caseFile, QStringLiteral("titleEdit"))->setText(title);
    child<QPushButton>(caseFile, QStringLiteral("saveOverviewButton"))->click();
    REQUIRE_FALSE(caseFile->unsavedEdit());
}

} // namespace

TEST_CASE("The case list reads a page of rows at first and the rest as it is scrolled down",
          "[ui][cases-ui][paging]") {
    prepareUiTest();
    StoreFixture fixture;
    insertCases(*fixture.store, manyCases);
    ListWindow list(std::move(fixture.store));

    CHECK(list.model->rowCount() == CaseListModel::pageSize);
    CHECK(list.model->canFetchMore({}));
    CHECK(list.titleAt(0) == QStringLiteral("Melding 0001")); // newest received first
    // The count follows the first screen, and says how many there are in all.
    REQUIRE(waitFor([&] { return list.countText() == QStringLiteral("450 case(s)"); }));
    CHECK(list.model->rowCount() == CaseListModel::pageSize);

    list.scrollUntil(manyCases);
    CHECK(list.model->rowCount() == manyCases);
    CHECK_FALSE(list.model->canFetchMore({}));
    CHECK(list.titleAt(manyCases - 1) == QStringLiteral("Melding 0450"));
    CHECK(list.countText() == QStringLiteral("450 case(s)"));

    // A filter starts again from the top, with a page of its own.
    child<QLineEdit>(list.page, QStringLiteral("quickTextEdit"))
        ->setText(QStringLiteral("Melding 04"));
    REQUIRE(waitFor([&] { return list.model->rowCount() == 51; })); // 0400 to 0450
    CHECK(list.countText() == QStringLiteral("51 case(s)"));
    CHECK(list.table->verticalScrollBar()->value() == 0);
}

TEST_CASE("Sorting on a column orders the whole list in the store, not the rows read",
          "[ui][cases-ui][paging]") {
    prepareUiTest();
    StoreFixture fixture;
    // The oldest case, last of all in the list's own order, comes first by title.
    insertCases(*fixture.store, manyCases, [](int i) {
        return i == manyCases - 1
                   ? QStringLiteral("Aanbesteding zonder offertes")
                   : QStringLiteral("Melding %1").arg(i + 1, 4, 10, QLatin1Char('0'));
    });
    ListWindow list(std::move(fixture.store));
    REQUIRE(list.model->rowCount() == CaseListModel::pageSize);

    QHeaderView* header = list.table->horizontalHeader();
    clickHeader(header, CaseListModel::TitleColumn);
    CHECK(header->sortIndicatorSection() == CaseListModel::TitleColumn);
    CHECK(list.titleAt(0) == QStringLiteral("Aanbesteding zonder offertes"));
    CHECK(list.titleAt(1) == QStringLiteral("Melding 0001"));
    CHECK(list.model->rowCount() == CaseListModel::pageSize);

    clickHeader(header, CaseListModel::TitleColumn); // again: the other way round
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(list.titleAt(0) == QStringLiteral("Melding 0449"));

    list.table->sortByColumn(CaseListModel::NumberColumn, Qt::DescendingOrder);
    CHECK(list.model->index(0, CaseListModel::NumberColumn).data().toString() ==
          QStringLiteral("2020-0450"));
    list.scrollUntil(manyCases);
    CHECK(list.model->index(manyCases - 1, CaseListModel::NumberColumn).data().toString() ==
          QStringLiteral("2020-0001"));
}

TEST_CASE("The open case stays selected when the list changes and still holds it",
          "[ui][cases-ui][paging]") {
    prepareUiTest();
    StoreFixture fixture;
    const QList<qint64> ids = insertCases(*fixture.store, manyCases);
    ListWindow list(std::move(fixture.store));

    // Case 0150 is on the first page; sorted by title descending it is the 301st row, beyond
    // what was read: the list reads down to it to keep it selected.
    const qint64 chosen = ids.at(149);
    REQUIRE(list.page->openCase(chosen));
    CHECK(list.selectedId() == chosen);
    list.table->sortByColumn(CaseListModel::TitleColumn, Qt::DescendingOrder);
    CHECK(list.selectedId() == chosen);
    CHECK(list.table->currentIndex().row() == manyCases - 150);
    CHECK(list.model->rowCount() > CaseListModel::pageSize);

    // A filter that keeps it keeps the selection; one that does not clears it.
    auto* quick = child<QLineEdit>(list.page, QStringLiteral("quickTextEdit"));
    quick->setText(QStringLiteral("Melding 01"));
    REQUIRE(waitFor([&] { return list.model->rowCount() == 100; }));
    CHECK(list.selectedId() == chosen);
    quick->setText(QStringLiteral("Melding 02"));
    REQUIRE(waitFor([&] { return list.idAt(0) == ids.at(298); })); // 0299 down to 0200
    CHECK(list.selectedId() == 0);
    CHECK(list.caseFile->currentCaseId() == chosen); // the file stays open
    quick->clear();
    REQUIRE(waitFor([&] { return list.selectedId() == chosen; }));
}

TEST_CASE("A saved change updates the case's row in place; a move in the order reads the rows "
          "again",
          "[ui][cases-ui][paging]") {
    prepareUiTest();
    StoreFixture fixture;
    const QList<qint64> ids = insertCases(*fixture.store, manyCases);
    ListWindow list(std::move(fixture.store));
    REQUIRE(waitFor([&] { return list.countText() == QStringLiteral("450 case(s)"); }));
    int resets = 0;
    int changedRows = 0;
    QObject::connect(list.model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(list.model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex& from, const QModelIndex& to) {
                         changedRows += to.row() - from.row() + 1;
                     });

    const qint64 chosen = ids.at(4);
    REQUIRE(list.page->openCase(chosen));
    saveTitle(list.caseFile, QStringLiteral("Melding 0005, aangevuld"));
    CHECK(list.titleAt(4) == QStringLiteral("Melding 0005, aangevuld"));
    CHECK(resets == 0);
    CHECK(changedRows == 1);
    CHECK(list.model->rowCount() == CaseListModel::pageSize);
    CHECK(list.selectedId() == chosen);

    // Sorted by title, a new title moves the case: the rows are read again, it stays selected.
    list.table->sortByColumn(CaseListModel::TitleColumn, Qt::AscendingOrder);
    resets = 0;
    saveTitle(list.caseFile, QStringLiteral("Aaa eerst"));
    CHECK(resets == 1);
    CHECK(list.idAt(0) == chosen);
    CHECK(list.selectedId() == chosen);
    CHECK(list.model->rowCount() == CaseListModel::pageSize);

    // A change that takes it out of the filtered list removes its row and lowers the count.
    auto* quick = child<QLineEdit>(list.page, QStringLiteral("quickTextEdit"));
    quick->setText(QStringLiteral("ee"));
    REQUIRE(waitFor([&] { return list.model->rowCount() == 1; }));
    saveTitle(list.caseFile, QStringLiteral("Melding 0005"));
    CHECK(list.model->rowCount() == 0);
    CHECK(list.countText() == QStringLiteral("0 case(s)"));
    CHECK(child<QLabel>(list.page, QStringLiteral("casesEmptyLabel"))->isVisible());
}

TEST_CASE("Cases the office copy has not seen yet are listed once it has caught up",
          "[ui][cases-ui][paging]") {
    prepareUiTest();
    StoreFixture fixture;
    // Inserted behind the office copy's back, as after an upgrade: every one is still to copy.
    insertCases(*fixture.store, manyCases, {}, false);
    ListWindow list(std::move(fixture.store));
    auto* progress = child<QWidget>(list.page, QStringLiteral("catchUpView"));
    REQUIRE(progress);
    // While it copies, the page says how far it is instead of listing; then the list shows.
    REQUIRE(waitFor([&] { return list.table->isVisible(); }, 60000));
    CHECK_FALSE(progress->isVisible());
    CHECK(list.model->rowCount() == CaseListModel::pageSize);
    REQUIRE(waitFor([&] { return list.countText() == QStringLiteral("450 case(s)"); }));
}

TEST_CASE("While the office copy catches up the page shows how far it is and the window answers",
          "[ui][cases-ui][paging]") {
    prepareUiTest();
    StoreFixture fixture;
    insertCases(*fixture.store, manyCases, {}, false);
    ListWindow list(std::move(fixture.store));
    auto* progress = child<QLabel>(list.page, QStringLiteral("catchUpLabel"));
    REQUIRE(progress);
    CHECK(progress->isVisible());
    CHECK(progress->text().contains(QStringLiteral(" of 450 cases")));
    CHECK_FALSE(list.table->isVisible());
    // Between two chunks the event loop runs: a timer started now fires before the end.
    bool answered = false;
    bool stillCopying = false;
    QTimer::singleShot(0, list.page, [&] {
        answered = true;
        stillCopying = progress->isVisible();
    });
    REQUIRE(waitFor([&] { return list.table->isVisible(); }, 60000));
    REQUIRE(waitFor([&] { return list.countText() == QStringLiteral("450 case(s)"); }));
    CHECK(answered);
    CHECK(stillCopying);
}

TEST_CASE("A member's list shows at once while their own copy is made, and reads it once it is",
          "[ui][cases-ui][paging]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(signIn(fixture, member, Role::WorkingGroupMember));
    // More than a list fills in at once (MemberCopy::current): the window's catch-up does.
    QSet<qint64> assigned;
    for (int i = 0; i < 80; ++i) {
        NewCase report = sampleReport(Deadlines::today().addDays(-i));
        report.title = QStringLiteral("Melding %1").arg(i);
        const CaseRecord record = registerCase(*fixture.store, report);
        if (i % 4 != 0) {
            REQUIRE(CaseService(*fixture.store).assign(record.id, member.name).ok());
            assigned.insert(record.id);
        }
    }
    auto session = fixture.unlock(member.name, member.passphrase);
    REQUIRE(session);
    ListWindow list(std::move(session));
    const Store& store = *list.window.store();
    // Their first session: the list reads the main file, the copy is made behind it.
    REQUIRE(MemberCopy::opened(store));
    CHECK(list.table->isVisible());
    CHECK_FALSE(child<QWidget>(list.page, QStringLiteral("catchUpView"))->isVisible());
    REQUIRE(waitFor([&] { return list.countText() == QStringLiteral("60 case(s)"); }));
    REQUIRE(waitFor([&] { return MemberCopy::current(store).has_value(); }, 60000));
    QSqlQuery copied(*MemberCopy::opened(store));
    REQUIRE(copied.exec(QStringLiteral("SELECT case_id FROM case_facts")));
    QSet<qint64> inCopy;
    while (copied.next())
        inCopy.insert(copied.value(0).toLongLong());
    CHECK(inCopy == assigned);
    // The list read from the copy is the same list.
    QSet<qint64> listed;
    for (int row = 0; row < list.model->rowCount(); ++row)
        listed.insert(list.idAt(row));
    CHECK(listed == assigned);
    // Typing ahead now reads the copy: "Melding 3" and "Melding 30" to "39" that are theirs.
    child<QLineEdit>(list.page, QStringLiteral("quickTextEdit"))->setText(QStringLiteral("ding 3"));
    REQUIRE(waitFor([&] { return list.model->rowCount() == 9; }));
    CHECK(MemberCopy::current(store).has_value());
}

TEST_CASE("The list's count is taken off the UI thread, and a newer list drops an older count",
          "[ui][cases-ui][paging]") {
    prepareUiTest();
    StoreFixture fixture;
    insertCases(*fixture.store, manyCases, [](int i) {
        return i % 3 == 0 ? QStringLiteral("Dienstauto %1").arg(i) : QStringLiteral("Melding");
    });
    CaseListModel model(*fixture.store, nullptr);
    int announced = 0;
    QObject::connect(&model, &CaseListModel::totalChanged, [&announced] { ++announced; });

    CaseFilter reports; // two thirds of them: more than a page too
    reports.quickText = QStringLiteral("melding");
    REQUIRE(model.load({}, Deadlines::today()));
    CHECK_FALSE(model.total()); // more than a page: counted apart
    model.countAll();
    CHECK(model.isCounting());
    // Another list before the count came: its answer is not this list's total.
    REQUIRE(model.load(reports, Deadlines::today()));
    REQUIRE(waitFor([&] { return !model.isCounting(); }));
    spin(50); // the dropped answer, had it been delivered, came now
    CHECK_FALSE(model.total());
    CHECK(announced == 0);

    model.countAll();
    REQUIRE(waitFor([&] { return model.total().has_value(); }));
    CHECK(*model.total() == manyCases / 3 * 2);
    CHECK(announced == 1);
    CHECK(model.problem().isEmpty());
}
