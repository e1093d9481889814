#include "pages/cases/JournalTab.h"

#include "common/PersonCell.h"
#include "common/UiHelpers.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/cases/FourEyesDialogs.h"
#include "pages/cases/JournalEntryDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {
constexpr int entryIdRole = Qt::UserRole;
enum Column { DateColumn, KindColumn, AuthorColumn, TextColumn };
} // namespace

JournalTab::JournalTab(Store& store, QWidget* parent)
    : CaseTab(store, parent)
    , m_journal(store)
    , m_cases(store)
    , m_list(new QTreeWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("Add entry…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Request deletion…"), this)) {
    setObjectName(QStringLiteral("journalTab"));
    m_list->setObjectName(QStringLiteral("journalList"));
    m_text->setObjectName(QStringLiteral("journalText"));
    m_add->setObjectName(QStringLiteral("addJournalButton"));
    m_edit->setObjectName(QStringLiteral("editJournalButton"));
    m_delete->setObjectName(QStringLiteral("deleteJournalButton"));

    m_list->setRootIsDecorated(false);
    applyTableStyle(m_list);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("Author"), tr("Entry")});
    m_list->header()->setStretchLastSection(true);
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Select an entry to read it in full."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("journalSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editEntry();
    });
    connect(m_add, &QPushButton::clicked, this, &JournalTab::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &JournalTab::editEntry);
    connect(m_delete, &QPushButton::clicked, this, &JournalTab::requestDeletion);
    updateButtons();
}

void JournalTab::reload() {
    const auto selected = selectedEntry();
    m_list->clear();
    m_entries.clear();
    const auto entries = m_journal.entries(record().id);
    if (loaded(entries))
        m_entries = entries.value();
    for (const JournalEntry& entry : std::as_const(m_entries)) {
        auto* item =
            new QTreeWidgetItem(m_list, {CaseDisplay::date(entry.date), CaseTerms::name(entry.kind),
                                         QString(), entry.text.simplified()});
        PersonCell::show(item, AuthorColumn, people(), entry.author);
        item->setData(DateColumn, entryIdRole, entry.id);
        item->setToolTip(DateColumn, tr("Recorded %1").arg(CaseDisplay::moment(entry.recordedAt)));
        if (selected && selected->id == entry.id)
            m_list->setCurrentItem(item);
    }
    for (const int column : {DateColumn, KindColumn, AuthorColumn})
        m_list->resizeColumnToContents(column);
    showSelected();
    updateButtons();
}

std::optional<JournalEntry> JournalTab::selectedEntry() const {
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.first()->data(DateColumn, entryIdRole).toLongLong();
    for (const JournalEntry& entry : m_entries) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

void JournalTab::showSelected() {
    const auto entry = selectedEntry();
    m_text->setPlainText(entry ? entry->text : QString());
}

void JournalTab::updateButtons() {
    const bool selected = selectedEntry().has_value();
    const QString selectFirst = tr("Select an entry first.");
    setEnabledWithReason(m_add, true, {}, tr("Record a note, call, meeting or e-mail."));
    setEnabledWithReason(m_edit, selected, selectFirst);
    if (!isAdviser())
        setEnabledWithReason(m_delete, false,
                             tr("Only an integrity adviser can ask for a deletion."));
    else
        setEnabledWithReason(m_delete, selected, selectFirst,
                             tr("Deleting an entry needs a second person's approval."));
}

void JournalTab::addEntry() {
    JournalEntry entry;
    entry.caseId = record().id;
    entry.date = Deadlines::today();
    JournalEntryDialog dialog(m_journal, record(), entry, this);
    runDialog(dialog, QStringLiteral("addEntry"));
}

void JournalTab::editEntry() {
    const auto entry = selectedEntry();
    if (!entry)
        return;
    JournalEntryDialog dialog(m_journal, record(), *entry, this);
    runDialog(dialog, QStringLiteral("editEntry"), entry->id);
}

void JournalTab::requestDeletion() {
    const auto entry = selectedEntry();
    if (!entry)
        return;
    DeletionRequestDialog dialog(
        m_cases, record().id, ApprovalAction::DeleteJournalEntry, entry->id,
        tr("the journal entry of %1").arg(CaseDisplay::date(entry->date)), this);
    runDialog(dialog, QStringLiteral("requestDeletion"), entry->id);
}

bool JournalTab::reopenForm(const QString& form, qint64 argument) {
    if (form == QLatin1String("addEntry")) {
        addEntry();
        return true;
    }
    if (!selectItemWithId(m_list, DateColumn, entryIdRole, argument))
        return false;
    if (form == QLatin1String("editEntry"))
        editEntry();
    else if (form == QLatin1String("requestDeletion"))
        requestDeletion();
    else
        return false;
    return true;
}

} // namespace infopunt::ui
