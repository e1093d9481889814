#include "pages/cases/PartyDialog.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace infopunt::ui {

PartyDialog::PartyDialog(CaseService& cases, const CaseParty& party, QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_party(party)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(party.name, this))
    , m_function(new QLineEdit(party.function, this))
    , m_orgUnit(new QLineEdit(party.orgUnit, this))
    , m_note(new QPlainTextEdit(party.note, this)) {
    const bool adding = party.id == 0;
    setObjectName(QStringLiteral("partyDialog"));
    setWindowTitle(adding ? tr("Add party") : tr("Edit party"));
    m_kind->setObjectName(QStringLiteral("partyKindCombo"));
    m_name->setObjectName(QStringLiteral("partyNameEdit"));
    m_function->setObjectName(QStringLiteral("partyFunctionEdit"));
    m_orgUnit->setObjectName(QStringLiteral("partyOrgUnitEdit"));
    m_note->setObjectName(QStringLiteral("partyNoteEdit"));

    for (const PartyKind kind : CaseTerms::partyKinds()) {
        m_kind->addItem(CaseTerms::name(kind), static_cast<int>(kind));
        if (kind == party.kind)
            m_kind->setCurrentIndex(m_kind->count() - 1);
    }
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(100);

    auto* form = makeFormLayout();
    form->addRow(tr("Involved as:"), m_kind);
    form->addRow(tr("Name:"), fieldErrors().wrap(m_name, QStringLiteral("name")));
    form->addRow(tr("Function:"), m_function);
    form->addRow(tr("Organisation unit:"), m_orgUnit);
    form->addRow(tr("Note:"), m_note);
    setContent(form, adding ? tr("Add") : tr("Save"));
    fieldErrors().setValidator([this] { return CaseService::validateParty(this->party()); });
}

CaseParty PartyDialog::party() const {
    CaseParty party = m_party;
    party.kind = static_cast<PartyKind>(m_kind->currentData().toInt());
    party.name = m_name->text().trimmed();
    party.function = m_function->text().trimmed();
    party.orgUnit = m_orgUnit->text().trimmed();
    party.note = m_note->toPlainText().trimmed();
    return party;
}

void PartyDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    const CaseParty party = this->party();
    if (party.id != 0)
        acceptOrShow(m_cases.updateParty(party));
    else
        acceptOrShow(m_cases.addParty(party));
}

} // namespace infopunt::ui
