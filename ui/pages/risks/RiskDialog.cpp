#include "pages/risks/RiskDialog.h"

#include "accounts/PersonNames.h"
#include "catalogue/Catalogue.h"
#include "common/FormErrors.h"
#include "common/ModalDialogs.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/risks/RiskLook.h"
#include "pages/risks/RiskStepDialogs.h"
#include "risks/Controls.h"
#include "risks/LoopCodes.h"
#include "storage/Store.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace infopunt::ui {

RiskDialog::RiskDialog(Store& store, const Risk& risk, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_risk(risk) {
    setObjectName(QStringLiteral("riskDialog"));
    setWindowTitle(risk.id ? tr("Risk “%1”").arg(risk.title) : tr("New risk"));
    auto* content = new QVBoxLayout;
    QWidget* details = makeDetails();
    if (risk.id) {
        auto* tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("riskTabs"));
        tabs->addTab(details, tr("Details"));
        tabs->addTab(makeAssessments(), tr("Assessments"));
        tabs->addTab(makeAcceptance(), tr("Acceptance"));
        tabs->addTab(makeControls(), tr("Controls"));
        content->addWidget(tabs, 1);
        showAssessments();
        showAcceptances();
    } else {
        content->addWidget(details, 1);
    }
    setContent(content, risk.id ? tr("Save") : tr("Add"));
    fieldErrors().setValidator([this] { return RiskRegister(m_store).validate(this->risk()); });
    resize(760, 620);
}

QWidget* RiskDialog::makeDetails() {
    auto* form = new QWidget(this);
    auto* fields = makeFormLayout(form);
    m_title = new QLineEdit(m_risk.title, form);
    m_title->setObjectName(QStringLiteral("title"));
    fields->addRow(tr("Title"), fieldErrors().wrap(m_title, QStringLiteral("title")));
    m_description = new QPlainTextEdit(m_risk.description, form);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("What could happen, and how"));
    m_description->setMaximumHeight(90);
    fields->addRow(tr("Description"), m_description);
    m_process = new QLineEdit(m_risk.process, form);
    m_process->setPlaceholderText(tr("Optional: e.g. Vergunningverlening"));
    fields->addRow(tr("Process"), m_process);
    m_function = new QLineEdit(m_risk.functionName, form);
    m_function->setPlaceholderText(tr("Optional: the function where it lives"));
    fields->addRow(tr("Function"), m_function);
    m_unit = new QLineEdit(m_risk.unit, form);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setPlaceholderText(tr("Optional: the organisation unit"));
    fields->addRow(tr("Unit"), m_unit);
    m_owner = new QLineEdit(m_risk.owner, form);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setPlaceholderText(tr("The person or function who answers for the risk"));
    fields->addRow(tr("Owner"), fieldErrors().wrap(m_owner, QStringLiteral("owner")));
    m_nextReview = new QDateEdit(
        m_risk.nextReview.isValid() ? m_risk.nextReview : QDate::currentDate().addYears(1), form);
    m_nextReview->setObjectName(QStringLiteral("nextReview"));
    m_nextReview->setCalendarPopup(true);
    fields->addRow(tr("Next review"),
                   fieldErrors().wrap(m_nextReview, QStringLiteral("next_review")));
    m_status = new QComboBox(form);
    m_status->setObjectName(QStringLiteral("status"));
    fillStatus(m_risk.status);
    fields->addRow(tr("Status"), fieldErrors().wrap(m_status, QStringLiteral("status")));

    Catalogue catalogue(m_store);
    QList<QPair<qint64, QString>> themes;
    if (auto all = catalogue.themes())
        for (const Theme& theme : all.value())
            themes.append({theme.id, QStringLiteral("%1. %2").arg(theme.number).arg(theme.name)});
    QList<QPair<qint64, QString>> blocks;
    if (auto all = catalogue.blocks(true))
        for (const BuildingBlock& block : all.value())
            if (!block.retired || m_risk.blockIds.contains(block.id))
                blocks.append({block.id, block.retired
                                             ? tr("%1 %2 (retired)").arg(block.code(), block.name)
                                             : block.title()});
    m_themes = new QListWidget(form);
    m_themes->setObjectName(QStringLiteral("themes"));
    m_themes->setMinimumHeight(90);
    RiskLook::fillCheckList(m_themes, themes, m_risk.themeIds);
    fields->addRow(tr("Themes"), m_themes);
    m_blocks = new QListWidget(form);
    m_blocks->setObjectName(QStringLiteral("blocks"));
    m_blocks->setMinimumHeight(120);
    RiskLook::fillCheckList(m_blocks, blocks, m_risk.blockIds);
    fields->addRow(tr("Building blocks"), fieldErrors().wrap(m_blocks, QStringLiteral("blocks")));

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void RiskDialog::fillStatus(const QString& status) {
    m_status->clear();
    // "Accepted" is reached by an approved acceptance only, so it is offered only to keep it.
    for (const auto& code : LoopCodes::codes(LoopCodes::List::RiskStatus))
        if (code.code != QLatin1String("accepted") || status == code.code)
            m_status->addItem(code.name, code.code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

QWidget* RiskDialog::makeAssessments() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_chart = new QChartView(page);
    m_chart->setObjectName(QStringLiteral("assessmentChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    layout->addWidget(m_chart, 1);
    m_history = RiskLook::makeTable(
        {tr("Date"), tr("Kind"), tr("Likelihood"), tr("Impact"), tr("Level"), tr("By"), tr("Note")},
        QStringLiteral("assessmentHistory"), page);
    layout->addWidget(m_history, 1);
    auto* bar = new QHBoxLayout;
    bar->addStretch();
    auto* assess = new QPushButton(tr("Assess…"), page);
    assess->setObjectName(QStringLiteral("assess"));
    setEnabledWithReason(assess, m_store.user().role == Role::Adviser,
                         tr("Only an integrity adviser assesses risks."));
    bar->addWidget(assess);
    layout->addLayout(bar);
    connect(assess, &QPushButton::clicked, this, &RiskDialog::assess);
    return page;
}

QWidget* RiskDialog::makeAcceptance() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_acceptances = RiskLook::makeTable({tr("Requested"), tr("By"), tr("Reason"), tr("Until"),
                                         tr("Decision"), tr("Decided by"), tr("Note")},
                                        QStringLiteral("acceptances"), page);
    layout->addWidget(m_acceptances, 1);
    auto* bar = new QHBoxLayout;
    bar->addStretch();
    m_request = new QPushButton(tr("Request acceptance…"), page);
    m_request->setObjectName(QStringLiteral("requestAcceptance"));
    m_approve = new QPushButton(tr("Approve…"), page);
    m_approve->setObjectName(QStringLiteral("approveAcceptance"));
    m_decline = new QPushButton(tr("Decline…"), page);
    m_decline->setObjectName(QStringLiteral("declineAcceptance"));
    m_withdraw = new QPushButton(tr("Withdraw…"), page);
    m_withdraw->setObjectName(QStringLiteral("withdrawAcceptance"));
    for (QPushButton* button : {m_request, m_approve, m_decline, m_withdraw})
        bar->addWidget(button);
    layout->addLayout(bar);
    connect(m_request, &QPushButton::clicked, this, &RiskDialog::requestAcceptance);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_withdraw, &QPushButton::clicked, this, &RiskDialog::withdraw);
    connect(m_acceptances, &QTableWidget::itemSelectionChanged, this,
            &RiskDialog::updateAcceptanceButtons);
    return page;
}

QWidget* RiskDialog::makeControls() {
    auto* table = RiskLook::makeTable({tr("Control"), tr("Owner"), tr("Effectiveness")},
                                      QStringLiteral("riskControls"), this);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setToolTip(tr("The controls that treat this risk; link them on the Controls tab."));
    auto controls = Controls(m_store).ofRisk(m_risk.id);
    if (!controls) {
        showError(controls.error());
        return table;
    }
    for (const Control& control : controls.value()) {
        const int row = table->rowCount();
        table->insertRow(row);
        RiskLook::setRow(table, row,
                         {control.title, control.owner,
                          LoopCodes::name(LoopCodes::List::Effectiveness, control.effectiveness)});
    }
    table->resizeColumnsToContents();
    return table;
}

void RiskDialog::showAssessments() {
    auto history = RiskRegister(m_store).history(m_risk.id);
    if (!history) {
        showError(history.error());
        return;
    }
    auto people = PersonNames::load(m_store);
    const PersonNames names = people ? people.value() : PersonNames();
    // Each assessment is shown with the labels of the matrix it was made on.
    RiskMatrices matrices(m_store);
    QHash<qint64, RiskMatrix> matrixOf;
    auto* inherent = new QLineSeries;
    inherent->setName(LoopCodes::name(LoopCodes::List::AssessmentKind, QStringLiteral("inherent")));
    auto* residual = new QLineSeries;
    residual->setName(LoopCodes::name(LoopCodes::List::AssessmentKind, QStringLiteral("residual")));
    int maxScore = RiskMatrix::standard().size * RiskMatrix::standard().size;
    m_history->setRowCount(0);
    for (const Assessment& a : history.value()) {
        if (!matrixOf.contains(a.matrixId)) {
            auto matrix = matrices.byId(a.matrixId);
            matrixOf.insert(a.matrixId, matrix ? matrix.value() : RiskMatrix::standard());
        }
        const RiskMatrix& matrix = matrixOf[a.matrixId];
        maxScore = qMax(maxScore, matrix.size * matrix.size);
        const qreal when = QDateTime(a.assessedOn, QTime(12, 0)).toMSecsSinceEpoch();
        (a.kind == QLatin1String("inherent") ? inherent : residual)->append(when, a.score());
        QString note = a.note;
        if (a.findingId)
            note = tr("After audit finding no. %1").arg(a.findingId) +
                   (note.isEmpty() ? QString() : QStringLiteral(" — ") + note);
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        RiskLook::setRow(
            m_history, row,
            {CaseDisplay::date(a.assessedOn),
             LoopCodes::name(LoopCodes::List::AssessmentKind, a.kind),
             QStringLiteral("%1 – %2").arg(a.likelihood).arg(matrix.likelihoodLabel(a.likelihood)),
             QStringLiteral("%1 – %2").arg(a.impact).arg(matrix.impactLabel(a.impact)),
             RiskLook::levelName(a.level), names.name(a.assessedBy), note});
        QTableWidgetItem* level = m_history->item(row, 4);
        level->setBackground(RiskLook::levelColour(a.level));
        level->setForeground(RiskLook::levelTextColour());
    }
    m_history->resizeColumnsToContents();

    auto* chart = new QChart;
    chart->setTitle(tr("Score (likelihood × impact) over time"));
    chart->addSeries(inherent);
    chart->addSeries(residual);
    for (QLineSeries* series : {inherent, residual})
        series->setPointsVisible(true);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yyyy"));
    auto* score = new QValueAxis;
    score->setRange(0, maxScore);
    score->setLabelFormat(QStringLiteral("%d"));
    score->setTickType(QValueAxis::TicksDynamic);
    score->setTickAnchor(0);
    score->setTickInterval(5);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(score, Qt::AlignLeft);
    for (QLineSeries* series : {inherent, residual}) {
        series->attachAxis(time);
        series->attachAxis(score);
    }
    if (history.value().isEmpty()) {
        const QDate today = QDate::currentDate();
        time->setRange(QDateTime(today.addMonths(-6), QTime()), QDateTime(today, QTime()));
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void RiskDialog::showAcceptances() {
    auto acceptances = RiskAcceptances(m_store).ofRisk(m_risk.id);
    if (!acceptances) {
        showError(acceptances.error());
        return;
    }
    m_acceptanceList = acceptances.value();
    auto people = PersonNames::load(m_store);
    const PersonNames names = people ? people.value() : PersonNames();
    const QLocale locale;
    m_acceptances->setRowCount(0);
    for (const Acceptance& a : m_acceptanceList) {
        const int row = m_acceptances->rowCount();
        m_acceptances->insertRow(row);
        RiskLook::setRow(
            m_acceptances, row,
            {locale.toString(a.requestedAt.toLocalTime().date(), QLocale::ShortFormat),
             names.name(a.requestedBy), a.reason, CaseDisplay::date(a.expiresOn),
             a.waiting() ? tr("Waiting")
                         : LoopCodes::name(LoopCodes::List::AcceptanceDecision, a.decision),
             a.decidedBy.isEmpty() ? QString() : names.name(a.decidedBy), a.decisionNote});
    }
    m_acceptances->resizeColumnsToContents();
    updateAcceptanceButtons();
}

const Acceptance* RiskDialog::selectedAcceptance() const {
    const int row = m_acceptances->currentRow();
    if (row < 0 || row >= m_acceptanceList.size() || m_acceptances->selectedItems().isEmpty())
        return nullptr;
    return &m_acceptanceList.at(row);
}

void RiskDialog::updateAcceptanceButtons() {
    const bool adviser = m_store.user().role == Role::Adviser;
    bool waiting = false;
    for (const Acceptance& a : m_acceptanceList)
        waiting = waiting || a.waiting();
    const bool open =
        m_risk.status != QLatin1String("closed") && m_risk.status != QLatin1String("accepted");
    setEnabledWithReason(m_request, adviser && open && !waiting,
                         !adviser  ? tr("Only an integrity adviser requests an acceptance.")
                         : waiting ? tr("A request is waiting for a decision.")
                                   : tr("A closed or accepted risk is not requested again."));
    const Acceptance* selected = selectedAcceptance();
    const bool mine = selected && m_store.user().userName == selected->requestedBy;
    const bool decidable = selected && selected->waiting() && !mine;
    const QString chooseWaiting = tr("Choose a waiting request of someone else.");
    setEnabledWithReason(m_approve, decidable, chooseWaiting);
    setEnabledWithReason(m_decline, decidable, chooseWaiting);
    setEnabledWithReason(m_withdraw, selected && selected->waiting() && mine,
                         tr("Choose a waiting request of your own."));
}

void RiskDialog::assess() {
    AssessDialog dialog(m_store, m_risk.id, m_risk.title, this);
    if (ModalDialogs::exec(dialog) != QDialog::Accepted)
        return;
    m_changed = true;
    showAssessments();
}

void RiskDialog::requestAcceptance() {
    AcceptanceRequestDialog dialog(m_store, m_risk.id, m_risk.title, this);
    if (ModalDialogs::exec(dialog) != QDialog::Accepted)
        return;
    m_changed = true;
    showAcceptances();
}

void RiskDialog::decide(bool approve) {
    const Acceptance* selected = selectedAcceptance();
    if (!selected)
        return;
    const qint64 acceptanceId = selected->id;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("decisionNote"));
    ask.setWindowTitle(approve ? tr("Approve acceptance") : tr("Decline acceptance"));
    ask.setLabelText(approve ? tr("Note on the approval (optional):")
                             : tr("Why it is declined (optional):"));
    if (ModalDialogs::exec(ask) != QDialog::Accepted)
        return;
    if (auto done =
            RiskAcceptances(m_store).decide(acceptanceId, approve, ask.textValue().trimmed());
        !done) {
        MessageBox::showError(this, done.error());
        return;
    }
    m_changed = true;
    reloadStatus();
    showAcceptances();
}

void RiskDialog::withdraw() {
    const Acceptance* selected = selectedAcceptance();
    if (!selected)
        return;
    const qint64 acceptanceId = selected->id;
    if (MessageBox::question(this, tr("Withdraw request"),
                             tr("Withdraw your request to accept this risk?")) != QMessageBox::Yes)
        return;
    if (auto done = RiskAcceptances(m_store).withdraw(acceptanceId); !done) {
        MessageBox::showError(this, done.error());
        return;
    }
    m_changed = true;
    showAcceptances();
}

void RiskDialog::reloadStatus() {
    auto stored = RiskRegister(m_store).risk(m_risk.id);
    if (!stored) {
        showError(stored.error());
        return;
    }
    m_risk.status = stored.value().status;
    m_risk.nextReview = stored.value().nextReview;
    m_risk.rowVersion = stored.value().rowVersion;
    // Only the stored status and review date are put in, so other typed changes stay changes.
    const bool unchanged = !hasUnsavedChanges();
    fillStatus(m_risk.status);
    if (m_risk.nextReview.isValid())
        m_nextReview->setDate(m_risk.nextReview);
    if (unchanged)
        takeShownAsSaved();
}

Risk RiskDialog::risk() const {
    Risk r = m_risk;
    r.title = m_title->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    r.process = m_process->text().trimmed();
    r.functionName = m_function->text().trimmed();
    r.unit = m_unit->text().trimmed();
    r.owner = m_owner->text().trimmed();
    r.status = m_status->currentData().toString();
    r.nextReview = r.status == QLatin1String("closed") ? QDate() : m_nextReview->date();
    r.themeIds = RiskLook::checkedIds(m_themes);
    r.blockIds = RiskLook::checkedIds(m_blocks);
    return r;
}

void RiskDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    RiskRegister register_(m_store);
    const Risk edited = risk();
    if (edited.id)
        acceptOrShow(register_.update(edited));
    else
        acceptOrShow(register_.add(edited));
}

} // namespace infopunt::ui
