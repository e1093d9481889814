#include "pages/cases/PartiesTab.h"

#include "common/UiHelpers.h"
#include "pages/cases/PartyDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {
constexpr int partyIdRole = Qt::UserRole;
}

PartiesTab::PartiesTab(Store& store, QWidget* parent)
    : CaseTab(store, parent)
    , m_cases(store)
    , m_table(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add party…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this)) {
    setObjectName(QStringLiteral("partiesTab"));
    m_table->setObjectName(QStringLiteral("partiesTable"));
    m_add->setObjectName(QStringLiteral("addPartyButton"));
    m_edit->setObjectName(QStringLiteral("editPartyButton"));

    m_table->setRootIsDecorated(false);
    applyTableStyle(m_table);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels(
        {tr("Involved as"), tr("Name"), tr("Function"), tr("Organisation unit"), tr("Note")});
    m_table->header()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &PartiesTab::updateButtons);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editParty();
    });
    connect(m_add, &QPushButton::clicked, this, &PartiesTab::addParty);
    connect(m_edit, &QPushButton::clicked, this, &PartiesTab::editParty);
    updateButtons();
}

void PartiesTab::reload() {
    m_table->clear();
    m_parties.clear();
    const auto parties = m_cases.parties(record().id);
    if (loaded(parties))
        m_parties = parties.value();
    for (const CaseParty& party : std::as_const(m_parties)) {
        auto* item =
            new QTreeWidgetItem(m_table, {CaseTerms::name(party.kind), party.name, party.function,
                                          party.orgUnit, party.note.simplified()});
        item->setData(0, partyIdRole, party.id);
        item->setToolTip(4, party.note);
    }
    for (int column = 0; column < 4; ++column)
        m_table->resizeColumnToContents(column);
    updateButtons();
}

std::optional<CaseParty> PartiesTab::selectedParty() const {
    const QList<QTreeWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.first()->data(0, partyIdRole).toLongLong();
    for (const CaseParty& party : m_parties) {
        if (party.id == id)
            return party;
    }
    return std::nullopt;
}

void PartiesTab::updateButtons() {
    const QString adviserOnly = tr("Only an integrity adviser records the parties of a case.");
    setEnabledWithReason(m_add, isAdviser(), adviserOnly);
    if (!isAdviser())
        setEnabledWithReason(m_edit, false, adviserOnly);
    else
        setEnabledWithReason(m_edit, selectedParty().has_value(), tr("Select a party first."));
}

void PartiesTab::addParty() {
    CaseParty party;
    party.caseId = record().id;
    PartyDialog dialog(m_cases, party, this);
    runDialog(dialog, QStringLiteral("addParty"));
}

void PartiesTab::editParty() {
    const auto party = selectedParty();
    if (!party)
        return;
    PartyDialog dialog(m_cases, *party, this);
    runDialog(dialog, QStringLiteral("editParty"), party->id);
}

bool PartiesTab::reopenForm(const QString& form, qint64 argument) {
    if (form == QLatin1String("addParty")) {
        addParty();
        return true;
    }
    if (form != QLatin1String("editParty") || !selectItemWithId(m_table, 0, partyIdRole, argument))
        return false;
    editParty();
    return true;
}

} // namespace infopunt::ui
