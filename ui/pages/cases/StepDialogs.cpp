#include "pages/cases/StepDialogs.h"

#include "cases/CodeLists.h"
#include "common/FormErrors.h"
#include "common/PastDateEdit.h"
#include "common/UiHelpers.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace infopunt::ui {

namespace {

QDateEdit* makeStepDateEdit(QDate earliest, QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QStringLiteral("stepDateEdit"));
    allowPastDatesOnly(edit, earliest);
    edit->setDate(Deadlines::today());
    return edit;
}

QPlainTextEdit* makeNoteEdit(const QString& objectName, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(90);
    return edit;
}

QLabel* makeNote(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

StepDialog::StepDialog(Store& store, CaseService& cases, const CaseRecord& record, CaseState to,
                       QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_cases(cases)
    , m_record(record)
    , m_to(to)
    , m_date(makeStepDateEdit(record.stateSince, this))
    , m_note(makeNoteEdit(QStringLiteral("stepNoteEdit"), this)) {
    setObjectName(QStringLiteral("stepDialog"));
    setWindowTitle(tr("%1: %2").arg(record.number, CaseWorkflow::stateName(to)));

    auto* form = makeFormLayout();
    form->addRow(
        makeNote(tr("From “%1” to “%2”.")
                     .arg(CaseWorkflow::stateName(record.state), CaseWorkflow::stateName(to)),
                 this));
    FormErrors& fields = fieldErrors();
    form->addRow(tr("Date:"), fields.wrap(m_date, QStringLiteral("date")));
    switch (to) {
    case CaseState::InvestigationDecided:
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("investigationKindCombo"));
        m_kind->setPlaceholderText(tr("Choose what was decided"));
        for (const InvestigationKind kind : CaseWorkflow::allKinds())
            m_kind->addItem(CaseWorkflow::kindName(kind), static_cast<int>(kind));
        m_kind->setCurrentIndex(-1);
        form->addRow(tr("Decided:"), fields.wrap(m_kind, QStringLiteral("investigationKind")));
        break;
    case CaseState::Decided:
        m_verdict = new QComboBox(this);
        m_verdict->setObjectName(QStringLiteral("verdictCombo"));
        m_verdict->setPlaceholderText(tr("Choose the decision"));
        for (const Verdict verdict : CaseWorkflow::allVerdicts())
            m_verdict->addItem(CaseWorkflow::verdictName(verdict), static_cast<int>(verdict));
        m_verdict->setCurrentIndex(-1);
        form->addRow(tr("Municipal secretary's decision:"),
                     fields.wrap(m_verdict, QStringLiteral("verdict")));
        break;
    case CaseState::MeasureDetermined: {
        m_measure = new QComboBox(this);
        m_measure->setObjectName(QStringLiteral("measureCombo"));
        m_measure->addItem(tr("No measure"), QString());
        const auto measures = CodeLists(store).entries(CodeLists::List::Measure, false);
        if (measures) {
            for (const CodeListEntry& entry : measures.value())
                m_measure->addItem(entry.name, entry.code);
        } else {
            showError(measures.error());
        }
        form->addRow(tr("Measure:"), fields.wrap(m_measure, QStringLiteral("measure")));
        break;
    }
    default:
        break;
    }
    form->addRow(to == CaseState::Evaluated ? tr("Lessons learned:") : tr("Note:"),
                 fields.wrap(m_note, QStringLiteral("note")));
    if (to == CaseState::Closed) {
        form->addRow(makeNote(tr("Closing a case needs four eyes: this records a request, and the "
                                 "case is closed once another adviser or a working-group member "
                                 "assigned to the case approves it."),
                              this));
    }
    setContent(form, to == CaseState::Closed ? tr("Request closure") : tr("Record step"));
    // The approver of a closure is asked for by the request, not in this form.
    fields.setValidator([this] {
        return CaseWorkflow::validateStep(m_record.stateSince, Deadlines::today(), request());
    });
    m_note->setFocus();
}

StepRequest StepDialog::request() const {
    StepRequest request;
    request.to = m_to;
    request.date = m_date->date();
    request.note = m_note->toPlainText().trimmed();
    request.actor = m_store.user().userName;
    request.actorRole = m_store.user().role;
    if (m_kind && m_kind->currentIndex() >= 0)
        request.investigationKind = static_cast<InvestigationKind>(m_kind->currentData().toInt());
    if (m_verdict && m_verdict->currentIndex() >= 0)
        request.verdict = static_cast<Verdict>(m_verdict->currentData().toInt());
    if (m_measure)
        request.measure = m_measure->currentData().toString();
    return request;
}

QString StepDialog::actionText(CaseState to) {
    switch (to) {
    case CaseState::Registered:
        return tr("Register…");
    case CaseState::Acknowledged:
        return tr("Acknowledge receipt…");
    case CaseState::PreliminaryInquiry:
        return tr("Start preliminary inquiry…");
    case CaseState::InvestigationDecided:
        return tr("Decide on investigation…");
    case CaseState::InvestigationPlanned:
        return tr("Plan investigation…");
    case CaseState::Interviews:
        return tr("Record interviews…");
    case CaseState::Hearing:
        return tr("Hear the subject…");
    case CaseState::DraftReport:
        return tr("Record draft report…");
    case CaseState::SubjectResponse:
        return tr("Record subject's response…");
    case CaseState::FinalReport:
        return tr("Record final report…");
    case CaseState::Decided:
        return tr("Record decision…");
    case CaseState::MeasureDetermined:
        return tr("Determine measure…");
    case CaseState::ReporterInformed:
        return tr("Inform reporter…");
    case CaseState::Closed:
        return tr("Request closure…");
    case CaseState::Evaluated:
        return tr("Evaluate…");
    }
    return {};
}

void StepDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    const StepRequest request = this->request();
    if (m_to == CaseState::Closed)
        acceptOrShow(m_cases.requestApproval(m_record.id, ApprovalAction::CloseCase, std::nullopt,
                                             request.note, request));
    else
        acceptOrShow(m_cases.takeStep(m_record.id, m_record.rowVersion, request));
}

ReopenDialog::ReopenDialog(Store& store, CaseService& cases, const CaseRecord& record,
                           const QList<CaseState>& history, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_cases(cases)
    , m_record(record)
    , m_history(history)
    , m_target(new QComboBox(this))
    , m_date(makeStepDateEdit(record.stateSince, this))
    , m_reason(makeNoteEdit(QStringLiteral("reopenReasonEdit"), this)) {
    setObjectName(QStringLiteral("reopenDialog"));
    // Named as the Steps tab's button: an open case steps back, a closed one is reopened.
    const bool open = CaseWorkflow::isOpen(record.state);
    setWindowTitle((open ? tr("Step back %1") : tr("Reopen %1")).arg(record.number));
    m_target->setObjectName(QStringLiteral("reopenTargetCombo"));
    // The earlier states the case went through, latest first: the usual reopen is one step back.
    for (const CaseState state : CaseWorkflow::allStates()) {
        if (state < record.state && history.contains(state))
            m_target->insertItem(0, CaseWorkflow::stateName(state), static_cast<int>(state));
    }
    m_target->setCurrentIndex(0);

    auto* form = makeFormLayout();
    form->addRow(makeNote((open ? tr("The case is now in “%1”. Stepping back takes it to an "
                                     "earlier step; the steps after it are taken again.")
                                : tr("The case is now in “%1”. Reopening takes it back to an "
                                     "earlier step; the steps after it are taken again."))
                              .arg(CaseWorkflow::stateName(record.state)),
                          this));
    form->addRow(tr("Back to:"), m_target);
    form->addRow(tr("Date:"), fieldErrors().wrap(m_date, QStringLiteral("date")));
    form->addRow(tr("Reason:"), fieldErrors().wrap(m_reason, QStringLiteral("reason")));
    setContent(form, open ? tr("Step back") : tr("Reopen"));
    // Not a field problem but no action at all: the button says why.
    if (m_target->currentIndex() < 0)
        setOkEnabled(tr("The case has no earlier step to go back to."));
    fieldErrors().watch(m_target);
    fieldErrors().setValidator([this] {
        FieldErrors errors;
        addFieldError(errors, CaseWorkflow::checkStepDate(m_date->date(), m_record.stateSince,
                                                          Deadlines::today()));
        if (m_target->currentIndex() >= 0) {
            const auto to = static_cast<CaseState>(m_target->currentData().toInt());
            addFieldError(errors,
                          CaseWorkflow::checkReopen(m_record.state, to, m_history,
                                                    m_store.user().role, m_reason->toPlainText()));
        }
        return errors;
    });
}

void ReopenDialog::accept() {
    clearError();
    if (!isOkEnabled() || !fieldErrors().check())
        return;
    const auto to = static_cast<CaseState>(m_target->currentData().toInt());
    acceptOrShow(m_cases.reopen(m_record.id, m_record.rowVersion, to, m_date->date(),
                                m_reason->toPlainText().trimmed()));
}

} // namespace infopunt::ui
