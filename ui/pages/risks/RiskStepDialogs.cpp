#include "pages/risks/RiskStepDialogs.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "pages/risks/RiskLook.h"
#include "risks/Controls.h"
#include "risks/LoopCodes.h"
#include "risks/RiskAcceptances.h"
#include "risks/RiskRegister.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

QComboBox* codeBox(LoopCodes::List list, const QString& current, QWidget* parent) {
    auto* box = new QComboBox(parent);
    for (const auto& code : LoopCodes::codes(list))
        box->addItem(code.name, code.code);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}

QDateEdit* pastDate(QWidget* parent) {
    auto* edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(QDate::currentDate());
    return edit;
}

} // namespace

AssessDialog::AssessDialog(Store& store, qint64 riskId, const QString& riskTitle, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_riskId(riskId) {
    setObjectName(QStringLiteral("assessDialog"));
    setWindowTitle(tr("Assess “%1”").arg(riskTitle));
    auto matrix = RiskMatrices(store).current();
    if (matrix)
        m_matrix = matrix.value();
    else
        showError(matrix.error());
    auto* form = makeFormLayout();
    m_kind = codeBox(LoopCodes::List::AssessmentKind, QStringLiteral("residual"), this);
    m_kind->setObjectName(QStringLiteral("kind"));
    form->addRow(tr("Kind"), fieldErrors().wrap(m_kind, QStringLiteral("kind")));
    m_likelihood = new QComboBox(this);
    m_likelihood->setObjectName(QStringLiteral("likelihood"));
    m_impact = new QComboBox(this);
    m_impact->setObjectName(QStringLiteral("impact"));
    for (int step = 1; step <= m_matrix.size; ++step) {
        m_likelihood->addItem(
            QStringLiteral("%1 – %2").arg(step).arg(m_matrix.likelihoodLabel(step)), step);
        m_impact->addItem(QStringLiteral("%1 – %2").arg(step).arg(m_matrix.impactLabel(step)),
                          step);
    }
    form->addRow(tr("Likelihood"), fieldErrors().wrap(m_likelihood, QStringLiteral("likelihood")));
    form->addRow(tr("Impact"), fieldErrors().wrap(m_impact, QStringLiteral("impact")));
    m_level = new QLabel(this);
    m_level->setObjectName(QStringLiteral("resultingLevel"));
    m_level->setAutoFillBackground(true);
    m_level->setMargin(4);
    form->addRow(tr("Level"), m_level);
    m_date = pastDate(this);
    m_date->setObjectName(QStringLiteral("assessedOn"));
    form->addRow(tr("Assessed on"), fieldErrors().wrap(m_date, QStringLiteral("assessed_on")));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Optional: what the score rests on"));
    m_note->setMaximumHeight(90);
    form->addRow(tr("Note"), m_note);
    setContent(form, tr("Assess"));
    connect(m_likelihood, &QComboBox::currentIndexChanged, this, &AssessDialog::showLevel);
    connect(m_impact, &QComboBox::currentIndexChanged, this, &AssessDialog::showLevel);
    showLevel();
}

void AssessDialog::showLevel() {
    const int likelihood = m_likelihood->currentData().toInt();
    const int impact = m_impact->currentData().toInt();
    const QString level = m_matrix.level(likelihood, impact);
    m_level->setText(tr("%1 (score %2)").arg(RiskLook::levelName(level)).arg(likelihood * impact));
    QPalette palette = m_level->palette();
    palette.setColor(QPalette::Window, RiskLook::levelColour(level));
    palette.setColor(QPalette::WindowText, RiskLook::levelTextColour());
    m_level->setPalette(palette);
}

void AssessDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    Assessment assessment;
    assessment.riskId = m_riskId;
    assessment.kind = m_kind->currentData().toString();
    assessment.likelihood = m_likelihood->currentData().toInt();
    assessment.impact = m_impact->currentData().toInt();
    assessment.assessedOn = m_date->date();
    assessment.note = m_note->toPlainText().trimmed();
    acceptOrShow(RiskRegister(m_store).assess(assessment));
}

AcceptanceRequestDialog::AcceptanceRequestDialog(Store& store, qint64 riskId,
                                                 const QString& riskTitle, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_riskId(riskId) {
    setObjectName(QStringLiteral("acceptanceRequestDialog"));
    setWindowTitle(tr("Request acceptance of “%1”").arg(riskTitle));
    auto* layout = new QVBoxLayout;
    auto* intro = new QLabel(tr("Another adviser or a working-group member decides on the "
                                "request. Once approved, the risk is accepted until the expiry "
                                "date and is reviewed again then."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = makeFormLayout();
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why the risk may be accepted as it is"));
    m_reason->setMaximumHeight(110);
    form->addRow(tr("Reason"), fieldErrors().wrap(m_reason, QStringLiteral("reason")));
    m_expires = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_expires->setObjectName(QStringLiteral("expiresOn"));
    m_expires->setCalendarPopup(true);
    form->addRow(tr("Accepted until"), fieldErrors().wrap(m_expires, QStringLiteral("expires_on")));
    layout->addLayout(form);
    setContent(layout, tr("Request"));
}

void AcceptanceRequestDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    acceptOrShow(RiskAcceptances(m_store).request(m_riskId, m_reason->toPlainText().trimmed(),
                                                  m_expires->date()));
}

JudgeDialog::JudgeDialog(Store& store, qint64 controlId, const QString& controlTitle,
                         const QString& effectiveness, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_controlId(controlId) {
    setObjectName(QStringLiteral("judgeDialog"));
    setWindowTitle(tr("Judge “%1”").arg(controlTitle));
    auto* form = makeFormLayout();
    m_effectiveness = codeBox(LoopCodes::List::Effectiveness, effectiveness, this);
    m_effectiveness->setObjectName(QStringLiteral("effectiveness"));
    form->addRow(tr("Effectiveness"),
                 fieldErrors().wrap(m_effectiveness, QStringLiteral("effectiveness")));
    m_date = pastDate(this);
    form->addRow(tr("Judged on"), fieldErrors().wrap(m_date, QStringLiteral("judged_on")));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Optional: what the judgement rests on"));
    m_note->setMaximumHeight(90);
    form->addRow(tr("Note"), m_note);
    setContent(form, tr("Judge"));
}

void JudgeDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    Judgement judgement;
    judgement.controlId = m_controlId;
    judgement.effectiveness = m_effectiveness->currentData().toString();
    judgement.judgedOn = m_date->date();
    judgement.note = m_note->toPlainText().trimmed();
    acceptOrShow(Controls(m_store).judge(judgement));
}

} // namespace infopunt::ui
