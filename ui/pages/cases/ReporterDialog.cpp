#include "pages/cases/ReporterDialog.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace infopunt::ui {

ReporterDialog::ReporterDialog(CaseService& cases, const CaseRecord& record,
                               const CaseReporter& reporter, QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_caseId(record.id)
    , m_reporter(reporter)
    , m_anonymous(new QCheckBox(tr("The reporter wishes to remain anonymous"), this))
    , m_name(new QLineEdit(reporter.name, this))
    , m_contact(new QLineEdit(reporter.contact, this)) {
    setObjectName(QStringLiteral("reporterDialog"));
    setWindowTitle(tr("Reporter of %1").arg(record.number));
    m_anonymous->setObjectName(QStringLiteral("anonymousCheckBox"));
    m_name->setObjectName(QStringLiteral("reporterNameEdit"));
    m_contact->setObjectName(QStringLiteral("reporterContactEdit"));
    m_anonymous->setChecked(record.anonymous);

    auto* note = new QLabel(tr("The reporter's identity is protected: only advisers and the "
                               "working-group members assigned to this case see it."),
                            this);
    note->setWordWrap(true);
    auto* form = makeFormLayout();
    form->addRow(note);
    form->addRow(m_anonymous);
    form->addRow(tr("Name:"), fieldErrors().wrap(m_name, QStringLiteral("reporterName")));
    form->addRow(tr("Contact:"), m_contact);
    setContent(form, tr("Save"));
    connect(m_anonymous, &QCheckBox::toggled, this, &ReporterDialog::updateFields);
    updateFields();
    fieldErrors().watch(m_anonymous);
    fieldErrors().setValidator([this] {
        return CaseService::validateReporter(this->reporter(), m_anonymous->isChecked());
    });
}

CaseReporter ReporterDialog::reporter() const {
    CaseReporter reporter = m_reporter;
    reporter.name = m_name->text().trimmed();
    reporter.contact = m_contact->text().trimmed();
    return reporter;
}

void ReporterDialog::updateFields() {
    const bool named = !m_anonymous->isChecked();
    m_name->setEnabled(named);
    m_contact->setEnabled(named);
}

void ReporterDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    acceptOrShow(m_cases.setReporter(m_caseId, reporter(), m_anonymous->isChecked()));
}

} // namespace infopunt::ui
