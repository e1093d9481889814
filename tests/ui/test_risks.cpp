// The Risks module as an adviser uses it: a risk added through its dialog (what the rules
// refuse shows at its field), assessed, seen in the register and on the heatmap, and put up
// for acceptance.
#include "CaseFixtures.h"
#include "StoreFixture.h"
#include "UiTestSupport.h"
#include "catch.h"
#include "main/MainWindow.h"
#include "pages/risks/RiskDialog.h"
#include "pages/risks/RiskMatrixDialog.h"
#include "pages/risks/RiskStepDialogs.h"
#include "risks/LoopCodes.h"
#include "risks/RiskAcceptances.h"
#include "risks/RiskMatrix.h"
#include "risks/RiskRegister.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;

namespace {

const QString riskTitle = QStringLiteral("Geschenken van aanvragers");

void clickOk(QDialog* dialog) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
}

template <typename T> T* found(const QObject* parent, const QString& name) {
    auto* widget = child<T>(parent, name);
    REQUIRE(widget);
    return widget;
}

void chooseData(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

// A click on the cell, as the mouse gives it.
void click(QAbstractItemView* view, const QModelIndex& index) {
    const QPoint at = view->visualRect(index).center();
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        QMouseEvent event(
            type, QPointF(at), QPointF(view->viewport()->mapToGlobal(at)), Qt::LeftButton,
            type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &event);
    }
}

} // namespace

TEST_CASE("An adviser adds a risk, assesses it, finds it on the heatmap and asks to accept it",
          "[ui][risks]") {
    prepareUiTest();
    StoreFixture fixture;
    MainWindow window(fixture.unlock());
    window.resize(1280, 720);
    window.show();
    window.showModule(Module::Risks);
    auto* table = found<QTableWidget>(&window, QStringLiteral("riskTable"));
    REQUIRE(table->rowCount() == 0);

    // The owner is missing first: the dialog stays open and says so at the owner's field.
    bool refusedAtOwner = false;
    whenModalShown<ui::RiskDialog>([&](ui::RiskDialog* dialog) {
        found<QLineEdit>(dialog, QStringLiteral("title"))->setText(riskTitle);
        found<QLineEdit>(dialog, QStringLiteral("unit"))->setText(QStringLiteral("Vergunningen"));
        clickOk(dialog);
        refusedAtOwner =
            dialog->isVisible() && !fieldError(dialog, QStringLiteral("owner")).isEmpty();
        found<QLineEdit>(dialog, QStringLiteral("owner"))
            ->setText(QStringLiteral("Afdelingshoofd Vergunningen"));
        clickOk(dialog);
    });
    found<QPushButton>(&window, QStringLiteral("newRisk"))->click();
    CHECK(refusedAtOwner);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == riskTitle);
    const auto stored = RiskRegister(*fixture.store).risks();
    REQUIRE(stored.value().size() == 1);
    CHECK(stored.value().first().owner == QStringLiteral("Afdelingshoofd Vergunningen"));

    // Open it, assess it (residual 4 × 4) and ask to accept it, in the risk's own dialog.
    const QString level = RiskMatrix::standard().level(4, 4);
    QString shownLevel;
    int historyRows = 0;
    QString acceptanceState;
    whenModalShown<ui::RiskDialog>([&](ui::RiskDialog* dialog) {
        whenModalShown<ui::AssessDialog>([&](ui::AssessDialog* assess) {
            chooseData(found<QComboBox>(assess, QStringLiteral("kind")),
                       QStringLiteral("residual"));
            chooseData(found<QComboBox>(assess, QStringLiteral("likelihood")), 4);
            chooseData(found<QComboBox>(assess, QStringLiteral("impact")), 4);
            shownLevel = found<QLabel>(assess, QStringLiteral("resultingLevel"))->text();
            clickOk(assess);
        });
        found<QPushButton>(dialog, QStringLiteral("assess"))->click();
        historyRows = found<QTableWidget>(dialog, QStringLiteral("assessmentHistory"))->rowCount();

        whenModalShown<ui::AcceptanceRequestDialog>([&](ui::AcceptanceRequestDialog* request) {
            found<QPlainTextEdit>(request, QStringLiteral("reason"))
                ->setPlainText(QStringLiteral("Maatregelen kosten meer dan het risico."));
            clickOk(request);
        });
        found<QPushButton>(dialog, QStringLiteral("requestAcceptance"))->click();
        auto* acceptances = found<QTableWidget>(dialog, QStringLiteral("acceptances"));
        if (acceptances->rowCount() == 1)
            acceptanceState = acceptances->item(0, 4)->text();
        dialog->reject();
    });
    table->selectRow(0);
    found<QPushButton>(&window, QStringLiteral("openRisk"))->click();
    CHECK(shownLevel.contains(LoopCodes::name(LoopCodes::List::RiskLevel, level)));
    CHECK(historyRows == 1);
    CHECK_FALSE(acceptanceState.isEmpty());
    const auto acceptances = RiskAcceptances(*fixture.store).ofRisk(stored.value().first().id);
    REQUIRE(acceptances.value().size() == 1);
    CHECK(acceptances.value().first().waiting());

    // The register shows the residual level; the heatmap counts it in its cell and lists it.
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 5)->text().contains(LoopCodes::name(LoopCodes::List::RiskLevel, level)));
    found<QTabWidget>(&window, QStringLiteral("risksTabs"))->setCurrentIndex(1);
    auto* grid = found<QTableWidget>(&window, QStringLiteral("heatmapGrid"));
    const int size = RiskMatrix::standard().size;
    REQUIRE(grid->rowCount() == size);
    QTableWidgetItem* cell = grid->item(size - 4, 4 - 1); // the highest likelihood on top
    REQUIRE(cell);
    CHECK(cell->text().startsWith(QStringLiteral("1")));
    CHECK(grid->item(size - 1, 0)->text().startsWith(QStringLiteral("0")));
    click(grid, grid->model()->index(size - 4, 3));
    auto* listed = found<QTableWidget>(&window, QStringLiteral("heatmapRisks"));
    REQUIRE(listed->rowCount() == 1);
    CHECK(listed->item(0, 0)->text() == riskTitle);
}

TEST_CASE("A new risk matrix is set only after the adviser agrees that old assessments stay",
          "[ui][risks]") {
    prepareUiTest();
    StoreFixture fixture;
    Risk risk;
    risk.title = riskTitle;
    risk.owner = QStringLiteral("Afdelingshoofd Vergunningen");
    risk.nextReview = QDate::currentDate().addMonths(6);
    const auto added = RiskRegister(*fixture.store).add(risk);
    REQUIRE(added);
    Assessment assessment;
    assessment.riskId = added.value();
    assessment.kind = QStringLiteral("residual");
    assessment.likelihood = 2;
    assessment.impact = 3;
    assessment.assessedOn = QDate::currentDate();
    REQUIRE(RiskRegister(*fixture.store).assess(assessment));

    MainWindow window(fixture.unlock());
    window.show();
    window.showModule(Module::Risks);
    ui::MessageBox::clearShownForTesting();
    bool closed = false;
    whenModalShown<ui::RiskMatrixDialog>([&](ui::RiskMatrixDialog* dialog) {
        found<QSpinBox>(dialog, QStringLiteral("matrixSize"))->setValue(3);
        found<QLineEdit>(dialog, QStringLiteral("likelihoodLabel3"))
            ->setText(QStringLiteral("hoog"));
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        clickOk(dialog);
        const bool stillOpen = dialog->isVisible();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        clickOk(dialog);
        closed = stillOpen && !dialog->isVisible();
    });
    found<QPushButton>(&window, QStringLiteral("riskMatrix"))->click();
    CHECK(closed);
    REQUIRE(ui::MessageBox::shownForTesting().size() == 2); // asked twice: no, then yes
    CHECK(ui::MessageBox::shownForTesting().first().text.contains(QStringLiteral("1 risk")));
    const auto current = RiskMatrices(*fixture.store).current();
    REQUIRE(current);
    CHECK(current.value().size == 3);
    CHECK(current.value().likelihoodLabel(3) == QStringLiteral("hoog"));
    CHECK(RiskMatrices(*fixture.store).risksOnOlderMatrices().value() == 1);
}

TEST_CASE("A second adviser approves the request, and the register shows the risk accepted",
          "[ui][risks]") {
    prepareUiTest();
    StoreFixture fixture;
    Risk risk;
    risk.title = riskTitle;
    risk.owner = QStringLiteral("Afdelingshoofd Vergunningen");
    risk.nextReview = QDate::currentDate().addMonths(6);
    const auto added = RiskRegister(*fixture.store).add(risk);
    REQUIRE(added);
    const QDate until = QDate::currentDate().addYears(1);
    REQUIRE(RiskAcceptances(*fixture.store)
                .request(added.value(), QStringLiteral("Het restrisico is klein."), until));

    MainWindow window(signIn(fixture, secondAdviser, Role::Adviser));
    window.show();
    window.showModule(Module::Risks);
    auto* table = found<QTableWidget>(&window, QStringLiteral("riskTable"));
    REQUIRE(table->rowCount() == 1);
    bool ownWithdrawOff = false;
    bool closedWithoutQuestion = false;
    whenModalShown<ui::RiskDialog>([&](ui::RiskDialog* dialog) {
        auto* acceptances = found<QTableWidget>(dialog, QStringLiteral("acceptances"));
        REQUIRE(acceptances->rowCount() == 1);
        acceptances->selectRow(0);
        ownWithdrawOff =
            !found<QPushButton>(dialog, QStringLiteral("withdrawAcceptance"))->isEnabled();
        whenModalShown<QInputDialog>([](QInputDialog* note) {
            note->setTextValue(QStringLiteral("Akkoord."));
            note->accept();
        });
        found<QPushButton>(dialog, QStringLiteral("approveAcceptance"))->click();
        ui::MessageBox::clearShownForTesting();
        dialog->reject(); // the approval saved the new status: nothing to ask
        closedWithoutQuestion = !dialog->isVisible();
    });
    table->selectRow(0);
    found<QPushButton>(&window, QStringLiteral("openRisk"))->click();
    CHECK(ownWithdrawOff);
    CHECK(closedWithoutQuestion);
    const auto stored = RiskRegister(*fixture.store).risk(added.value());
    REQUIRE(stored);
    CHECK(stored.value().status == QStringLiteral("accepted"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text().startsWith(
        LoopCodes::name(LoopCodes::List::RiskStatus, QStringLiteral("accepted"))));
}
