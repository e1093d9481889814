#include "pages/counselling/HandoverDialog.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace infopunt::ui {

HandoverDialog::HandoverDialog(Store& store, const Contact& contact, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_contact(contact) {
    setObjectName(QStringLiteral("handoverDialog"));
    setWindowTitle(tr("Hand over contact %1 as a formal report").arg(contact.pseudonym));
    m_consent = new QCheckBox(tr("The person consents to this formal report to the integrity "
                                 "advisers."),
                              this);
    m_consent->setObjectName(QStringLiteral("consent"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("handoverTitle"));
    m_title->setPlaceholderText(tr("Neutral, without names: e.g. Suspected conflict of interest"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("handoverDescription"));
    m_description->setPlaceholderText(
        tr("What the report is about, as the person agreed it may be passed on. Your notes of "
           "the conversations do not pass."));
    m_description->setTabChangesFocus(true);
    const bool hasIdentity = !contact.personName.isEmpty();
    m_identity = new QCheckBox(
        hasIdentity
            ? tr("The person's name and contact details: %1")
                  .arg(contact.personContact.isEmpty()
                           ? contact.personName
                           : contact.personName + QStringLiteral(", ") + contact.personContact)
            : tr("The person's name (none recorded: the report is anonymous)"),
        this);
    m_identity->setObjectName(QStringLiteral("includeIdentity"));
    m_identity->setEnabled(hasIdentity);
    m_orgUnit = new QCheckBox(contact.orgUnit.isEmpty()
                                  ? tr("The organisation unit (none recorded)")
                                  : tr("The organisation unit: %1").arg(contact.orgUnit),
                              this);
    m_orgUnit->setObjectName(QStringLiteral("includeOrgUnit"));
    m_orgUnit->setEnabled(!contact.orgUnit.isEmpty());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("handoverSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto* form = makeFormLayout();
    form->addRow(fieldErrors().wrap(m_consent, QStringLiteral("consent")));
    form->addRow(tr("Title:"), fieldErrors().wrap(m_title, QStringLiteral("title")));
    form->addRow(tr("Description:"),
                 fieldErrors().wrap(m_description, QStringLiteral("description")));
    form->addRow(tr("Also pass on:"), m_identity);
    form->addRow(QString(), m_orgUnit);
    auto* content = new QVBoxLayout;
    content->addLayout(form);
    content->addSpacing(sectionSpacing);
    content->addWidget(m_summary);
    setContent(content, tr("Hand over"));
    fieldErrors().setValidator(
        [this] { return CounsellingHandovers::validate(handover(), m_consent->isChecked()); });
    for (QCheckBox* box : {m_consent, m_identity, m_orgUnit})
        connect(box, &QCheckBox::toggled, this, &HandoverDialog::showSummary);
    connect(m_title, &QLineEdit::textChanged, this, &HandoverDialog::showSummary);
    connect(m_description, &QPlainTextEdit::textChanged, this, &HandoverDialog::showSummary);
    showSummary();
    resize(620, 480);
}

Handover HandoverDialog::handover() const {
    Handover h;
    h.title = m_title->text().trimmed();
    h.description = m_description->toPlainText().trimmed();
    if (m_identity->isChecked()) {
        h.reporterName = m_contact.personName;
        h.reporterContact = m_contact.personContact;
    }
    if (m_orgUnit->isChecked())
        h.orgUnit = m_contact.orgUnit;
    return h;
}

void HandoverDialog::showSummary() {
    const Handover h = handover();
    QStringList passes{tr("the title and the description"),
                       tr("today's date, as the date the report is received"),
                       tr("that it came in through a confidential counsellor, and which one")};
    passes.append(h.reporterName.isEmpty() ? tr("no name: the report is anonymous")
                                           : tr("the person's name and contact details"));
    if (!h.orgUnit.isEmpty())
        passes.append(tr("the organisation unit"));
    m_summary->setText(tr("What passes to the integrity advisers: %1. Nothing else of the "
                          "contact passes: not your notes, the conversations or the category.")
                           .arg(passes.join(QStringLiteral("; "))));
}

void HandoverDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    CounsellingHandovers handovers(m_store);
    // A changed adviser key is taken over only when the counsellor says so, one by one.
    auto changed = handovers.changedKeys();
    if (!changed) {
        showError(changed.error());
        return;
    }
    for (const QString& adviser : changed.value()) {
        if (MessageBox::question(
                this, tr("An adviser's key has changed"),
                tr("The key of %1 is not the one recorded when you first handed a report over "
                   "to them. That happens when their access was reset, or when someone changed "
                   "the store's key file. Only if %1 has confirmed the reset to you: record the "
                   "new key? If you answer No, the report goes to the other advisers only.")
                    .arg(adviser)) != QMessageBox::Yes)
            continue;
        if (auto trusted = handovers.trustAgain(adviser); !trusted) {
            showError(trusted.error());
            return;
        }
    }
    auto sent = handovers.send(m_contact.id, handover(), m_consent->isChecked());
    if (sent)
        m_sent = sent.value();
    acceptOrShow(sent);
}

} // namespace infopunt::ui
