#include "pages/LoopAgendaView.h"

#include "accounts/PersonNames.h"
#include "dialogs/MessageBox.h"
#include "plan/LoopAgenda.h"
#include "risks/RiskAcceptances.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <algorithm>

namespace infopunt::ui {

LoopAgendaView::LoopAgendaView(Store& store, QWidget* parent)
    : DashboardList(QStringLiteral("loopAgendaTable"), {tr("Due"), tr("Module"), tr("What")},
                    tr("Nothing of risks, audits or the annual plan is due in the next two "
                       "weeks."),
                    tr("Double-click to open the module."), parent)
    , m_store(store) {
    setObjectName(QStringLiteral("loopAgendaView"));
    connect(this, &DashboardList::rowActivated, this, [this](int row) {
        if (row >= 0 && row < m_modules.size())
            emit openModuleRequested(m_modules.at(row));
    });
}

void LoopAgendaView::refresh() {
    const QDate today = QDate::currentDate();
    auto items = LoopAgenda::due(m_store, today);
    const QLocale locale;
    QList<QStringList> rows;
    m_modules.clear();
    for (const AgendaItem& item : items ? items.value() : QList<AgendaItem>()) {
        const Module module = LoopAgenda::moduleOf(item.kind);
        QString due = locale.toString(item.due, QLocale::ShortFormat);
        if (item.overdue(today))
            due = tr("%1 (overdue)").arg(due);
        rows.append({due, Modules::displayName(module), item.what});
        m_modules.append(module);
    }
    showRows(rows, items ? QString() : items.error().message);
}

AcceptanceRequestsView::AcceptanceRequestsView(Store& store, QWidget* parent)
    : DashboardList(QStringLiteral("acceptanceRequestsTable"),
                    {tr("Risk"), tr("Asked by"), tr("Until")},
                    tr("No request to accept a risk waits for you."),
                    tr("Double-click to approve or decline."), parent)
    , m_store(store) {
    setObjectName(QStringLiteral("acceptanceRequestsView"));
    connect(this, &DashboardList::rowActivated, this, &AcceptanceRequestsView::decide);
}

void AcceptanceRequestsView::refresh() {
    auto waiting = RiskAcceptances(m_store).waitingForMe();
    const auto known = PersonNames::load(m_store);
    const PersonNames people = known ? known.value() : PersonNames();
    const QLocale locale;
    QList<QStringList> rows;
    m_ids.clear();
    m_people = people;
    for (const Acceptance& a : waiting ? waiting.value() : QList<Acceptance>()) {
        rows.append({a.riskTitle, people.name(a.requestedBy),
                     locale.toString(a.expiresOn, QLocale::ShortFormat)});
        m_ids.append(a.id);
    }
    showRows(rows, waiting ? QString() : waiting.error().message);
}

// The second pair of eyes sees what is asked and why, and approves or declines with a note.
void AcceptanceRequestsView::decide(int row) {
    if (row < 0 || row >= m_ids.size())
        return;
    auto waiting = RiskAcceptances(m_store).waitingForMe();
    if (!waiting)
        return MessageBox::showError(this, waiting.error());
    const auto found =
        std::find_if(waiting.value().cbegin(), waiting.value().cend(),
                     [this, row](const Acceptance& a) { return a.id == m_ids.at(row); });
    if (found == waiting.value().cend())
        return refresh(); // decided elsewhere in the meantime
    const Acceptance request = *found;

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("acceptanceDecisionDialog"));
    dialog.setWindowTitle(tr("Accept risk \"%1\"?").arg(request.riskTitle));
    auto* form = new QFormLayout(&dialog);
    auto* reason = new QLabel(request.reason, &dialog);
    reason->setWordWrap(true);
    form->addRow(tr("Asked by:"), new QLabel(m_people.name(request.requestedBy), &dialog));
    form->addRow(tr("Reason:"), reason);
    form->addRow(tr("Accepted until:"),
                 new QLabel(QLocale().toString(request.expiresOn, QLocale::LongFormat), &dialog));
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(QStringLiteral("decisionNoteEdit"));
    note->setMaximumHeight(80);
    form->addRow(tr("Your note:"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* approve = buttons->addButton(tr("Approve"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveButton"));
    QPushButton* decline = buttons->addButton(tr("Decline"), QDialogButtonBox::AcceptRole);
    decline->setObjectName(QStringLiteral("declineButton"));
    form->addRow(buttons);
    bool approved = false;
    connect(approve, &QPushButton::clicked, &dialog, [&] { approved = true; });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto done = RiskAcceptances(m_store).decide(request.id, approved, note->toPlainText());
    if (!done)
        MessageBox::showError(this, done.error());
    refresh();
    emit decided();
}

} // namespace infopunt::ui
