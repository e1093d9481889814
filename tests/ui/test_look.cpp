// One look for the whole application: the icon set, the table density, the forms, and the
// empty modules that say what they will hold.
#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "catch.h"
#include "common/Icons.h"
#include "common/UiHelpers.h"
#include "main/MainWindow.h"
#include "pages/Page.h"
#include "pages/cases/CasesPage.h"
#include "pages/cases/RegisterReportDialog.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace infopunt;
using namespace infopunt::test;

namespace {

const QList<Module> allModules = {Module::Dashboard,    Module::Cases,         Module::Counselling,
                                  Module::Audits,       Module::Risks,         Module::AnnualPlan,
                                  Module::AnnualReport, Module::Administration};

int paintedPixels(const QIcon& icon, QIcon::Mode mode = QIcon::Normal) {
    const QImage image = icon.pixmap(QSize(24, 24), mode).toImage();
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    }
    return painted;
}

QColor strongestColour(const QIcon& icon, QIcon::Mode mode) {
    const QImage image = icon.pixmap(QSize(24, 24), mode).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) == 255)
                return QColor(image.pixel(x, y));
        }
    }
    return {};
}

// Every table, tree and list of records below `root` has the one density and header style.
void checkTables(const QWidget* root) {
    for (const QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        // Qt's own views inside other widgets (a date field's calendar) are not records.
        if (view->objectName() == QLatin1String("sidebar") ||
            view->objectName().startsWith(QLatin1String("qt_")) ||
            (!view->inherits("QTableView") && !view->inherits("QTreeView")))
            continue;
        INFO(view->objectName().toStdString());
        CHECK(view->alternatingRowColors());
        const int rowHeight = ui::tableRowHeight(view);
        if (const auto* table = qobject_cast<const QTableView*>(view)) {
            CHECK_FALSE(table->showGrid());
            CHECK(table->verticalHeader()->isHidden());
            CHECK(table->verticalHeader()->defaultSectionSize() == rowHeight);
            CHECK(table->horizontalHeader()->defaultAlignment() ==
                  (Qt::AlignLeft | Qt::AlignVCenter));
        } else if (const auto* tree = qobject_cast<const QTreeView*>(view)) {
            CHECK(tree->header()->defaultAlignment() == (Qt::AlignLeft | Qt::AlignVCenter));
            QStyleOptionViewItem option;
            option.initFrom(tree);
            option.widget = tree;
            CHECK(tree->itemDelegate()->sizeHint(option, QModelIndex()).height() >= rowHeight);
        }
    }
}

void checkForms(const QWidget* root) {
    for (const QFormLayout* form : root->findChildren<QFormLayout*>()) {
        CHECK(form->labelAlignment() == (Qt::AlignLeft | Qt::AlignVCenter));
        CHECK(form->fieldGrowthPolicy() == QFormLayout::ExpandingFieldsGrow);
        CHECK(form->horizontalSpacing() == ui::labelSpacing);
    }
}

} // namespace

TEST_CASE("Every module has its own icon from the set, tinted from the palette", "[ui][look]") {
    prepareUiTest();
    QStringList names;
    for (const Module module : allModules) {
        INFO(Modules::displayName(module).toStdString());
        const QIcon icon = ui::Icons::module(module);
        CHECK_FALSE(icon.isNull());
        CHECK(paintedPixels(icon) > 20);
        names.append(ui::Icons::moduleIconName(module));
    }
    CHECK(names.removeDuplicates() == 0);
    CHECK(ui::Icons::get(QStringLiteral("no-such-icon")).isNull());

    // Drawn in the palette's text colour, and in the highlighted text colour when selected.
    const QPalette palette = QGuiApplication::palette();
    const QIcon cases = ui::Icons::module(Module::Cases);
    CHECK(strongestColour(cases, QIcon::Normal) == palette.color(QPalette::WindowText));
    CHECK(strongestColour(cases, QIcon::Selected) == palette.color(QPalette::HighlightedText));
    // Message boxes take the set's icons; dialog buttons carry none.
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    CHECK(strongestColour(warning, QIcon::Normal) == ui::warningColour());
    CHECK(QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons) == 0);
}

TEST_CASE("The sidebar shows each role the modules it works in, each with its icon", "[ui][look]") {
    prepareUiTest();
    StoreFixture fixture;
    for (const auto& [user, role] : {std::pair{member, Role::WorkingGroupMember},
                                     {counsellor, Role::ConfidentialCounsellor}}) {
        ui::MainWindow window(signIn(fixture, user, role));
        auto* sidebar = child<QListWidget>(&window, QStringLiteral("sidebar"));
        REQUIRE(sidebar->count() == Roles::modules(role).size());
        for (int row = 0; row < sidebar->count(); ++row)
            CHECK(paintedPixels(sidebar->item(row)->icon()) > 20);
    }
}

TEST_CASE("An empty module says what it will hold", "[ui][look]") {
    prepareUiTest();
    StoreFixture fixture;
    QStringList texts;
    {
        ui::MainWindow window(std::move(fixture.store));
        window.show();
        for (const Module module : {Module::Audits, Module::AnnualPlan, Module::AnnualReport}) {
            window.showModule(module);
            const auto pages = window.findChildren<ui::UnavailableModulePage*>();
            const auto shown = std::find_if(pages.begin(), pages.end(),
                                            [](auto* page) { return page->isVisible(); });
            REQUIRE(shown != pages.end());
            CHECK((*shown)->module() == module);
            const QString text =
                child<QLabel>(*shown, QStringLiteral("plannedContentLabel"))->text();
            CHECK(text.startsWith(QStringLiteral("Here you will")));
            texts.append(text);
        }
    }
    CHECK(texts.removeDuplicates() == 0);
    CHECK(texts.filter(QStringLiteral("annual integrity report")).size() == 1);
    CHECK(ui::UnavailableModulePage::plannedContent(Module::Counselling).isEmpty());
    CHECK(ui::UnavailableModulePage::plannedContent(Module::Cases).isEmpty());
}

TEST_CASE("Tables, trees and forms have one density and one alignment", "[ui][look]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    {
        ui::RegisterReportDialog intake(*fixture.store);
        checkTables(&intake);
        checkForms(&intake);
    }
    ui::MainWindow window(std::move(fixture.store));
    window.show();
    checkTables(&window); // the dashboard
    checkForms(&window);
    window.showModule(Module::Cases);
    auto* page = child<ui::CasesPage>(&window, QStringLiteral("casesPage"));
    page->openCase(report.id);
    checkTables(page);
    checkForms(page);
    window.showModule(Module::Administration);
    checkTables(&window);
    checkForms(&window);
    CHECK(window.findChildren<QAbstractItemView*>().size() > 10);
}
