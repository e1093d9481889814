#include "pages/counselling/CounsellingPage.h"

#include "accounts/PersonNames.h"
#include "audit/AuditSummaries.h"
#include "common/UiHelpers.h"
#include "counselling/CounsellingCodes.h"
#include "counselling/CounsellingFigures.h"
#include "counselling/CounsellingService.h"
#include "counselling/CounsellingSettings.h"
#include "dialogs/MessageBox.h"
#include "pages/counselling/ContactDialog.h"
#include "pages/counselling/HandoverDialog.h"
#include "pages/counselling/RetentionTab.h"
#include "storage/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {
using List = CounsellingCodes::List;
}

CounsellingPage::CounsellingPage(Store& store, QWidget* parent)
    : Page(Module::Counselling, parent)
    , m_store(store) {
    setObjectName(QStringLiteral("counsellingPage"));
    auto* tabs = new QTabWidget(this);

    auto* contacts = new QWidget(tabs);
    auto* contactsLayout = new QVBoxLayout(contacts);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(contacts);
    m_filter->setObjectName(QStringLiteral("contactFilter"));
    m_filter->setPlaceholderText(tr("Find by code, category or unit"));
    m_filter->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("New contact…"), contacts);
    add->setObjectName(QStringLiteral("newContact"));
    m_open = new QPushButton(tr("Open…"), contacts);
    m_share = new QPushButton(tr("Share with a stand-in…"), contacts);
    m_share->setObjectName(QStringLiteral("shareContact"));
    m_unshare = new QPushButton(tr("Stop sharing…"), contacts);
    m_unshare->setObjectName(QStringLiteral("unshareContact"));
    m_handover = new QPushButton(tr("Hand over as a report…"), contacts);
    m_handover->setObjectName(QStringLiteral("handoverContact"));
    auto* transfer = new QPushButton(tr("Transfer all to a successor…"), contacts);
    bar->addWidget(m_filter, 1);
    bar->addWidget(add);
    contactsLayout->addLayout(bar);
    m_table = new QTableWidget(0, 7, contacts);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("First contact"), tr("Kind"), tr("Category"),
                                        tr("Conversations"), tr("Status"), tr("Shared with")});
    applyTableStyle(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(1, Qt::DescendingOrder); // the newest first contact on top
    contactsLayout->addWidget(m_table, 1);
    // What is done with the selected contact, under the list; the register's own actions above.
    auto* actions = new QHBoxLayout;
    m_count = new QLabel(contacts);
    actions->addWidget(m_count, 1);
    for (QPushButton* button : {m_open, m_share, m_unshare, m_handover, transfer})
        actions->addWidget(button);
    contactsLayout->addLayout(actions);
    tabs->addTab(contacts, tr("Contacts"));

    auto* figures = new QWidget(tabs);
    auto* figuresLayout = new QVBoxLayout(figures);
    auto* yearBar = new QHBoxLayout;
    m_year = new QSpinBox(figures);
    m_year->setObjectName(QStringLiteral("figuresYear"));
    m_year->setRange(2000, QDate::currentDate().year());
    m_year->setValue(QDate::currentDate().year() - 1);
    m_publish = new QPushButton(figures);
    m_publish->setObjectName(QStringLiteral("publishFigures"));
    yearBar->addWidget(new QLabel(tr("Year"), figures));
    yearBar->addWidget(m_year);
    yearBar->addStretch();
    yearBar->addWidget(m_publish);
    figuresLayout->addLayout(yearBar);
    m_figures = new QTreeWidget(figures);
    m_figures->setObjectName(QStringLiteral("figuresPreview"));
    applyTableStyle(m_figures);
    m_figures->setColumnCount(2);
    m_figures->setHeaderLabels({tr("As it will be published"), tr("Number")});
    m_figures->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->header()->setStretchLastSection(false);
    figuresLayout->addWidget(m_figures, 1);
    m_legend = new QLabel(figures);
    m_legend->setObjectName(QStringLiteral("figuresLegend"));
    m_legend->setWordWrap(true);
    figuresLayout->addWidget(m_legend);
    m_publication = new QLabel(figures);
    m_publication->setObjectName(QStringLiteral("publicationState"));
    m_publication->setWordWrap(true);
    figuresLayout->addWidget(m_publication);
    tabs->addTab(figures, tr("Yearly figures"));
    m_retention = new RetentionTab(store, tabs);
    tabs->addTab(m_retention, tr("Retention"));
    m_log = new QTableWidget(0, 4, tabs);
    m_log->setObjectName(QStringLiteral("counsellingLog"));
    applyTableStyle(m_log);
    m_log->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Contact"), tr("What")});
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setToolTip(tr("What was done with your contacts and by you, newest first. This log "
                         "is kept in the counsellors' own file, not in the shared audit log."));
    tabs->addTab(m_log, tr("Log"));
    contentLayout()->addWidget(tabs, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &CounsellingPage::showContacts);
    connect(add, &QPushButton::clicked, this, &CounsellingPage::registerContact);
    connect(m_open, &QPushButton::clicked, this, &CounsellingPage::openSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CounsellingPage::openSelected);
    connect(m_share, &QPushButton::clicked, this, &CounsellingPage::shareContact);
    connect(m_unshare, &QPushButton::clicked, this, &CounsellingPage::unshareContact);
    connect(m_handover, &QPushButton::clicked, this, &CounsellingPage::handOver);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &CounsellingPage::updateContactButtons);
    connect(transfer, &QPushButton::clicked, this, &CounsellingPage::transferAll);
    connect(m_year, &QSpinBox::valueChanged, this, &CounsellingPage::showFigures);
    connect(m_publish, &QPushButton::clicked, this, &CounsellingPage::publishFigures);
    connect(m_retention, &RetentionTab::changed, this, &CounsellingPage::refresh);

    // The counsellor's public key, recorded at first use so that fellows can share with them.
    if (auto pinned = CounsellingService(m_store).pinOwnKey(); !pinned)
        MessageBox::showError(this, pinned.error());
    refresh();
}

void CounsellingPage::refresh() {
    auto contacts = CounsellingService(m_store).contacts();
    if (!contacts) {
        MessageBox::showError(this, contacts.error());
        return;
    }
    m_contacts = std::move(contacts).value();
    auto threshold = CounsellingSettings(m_store).threshold();
    if (!threshold)
        MessageBox::showError(this, threshold.error());
    else
        m_threshold = threshold.value();
    showContacts();
    showFigures();
    m_retention->setContacts(m_contacts);
    showLog();
}

void CounsellingPage::showLog() {
    m_log->setRowCount(0);
    auto entries = CounsellingService(m_store).log();
    auto people = PersonNames::load(m_store);
    if (!entries) {
        MessageBox::showError(this, entries.error());
        return;
    }
    const PersonNames names = people ? people.value() : PersonNames();
    const QLocale locale;
    for (const AuditEntry& entry : entries.value()) {
        const int row = m_log->rowCount();
        m_log->insertRow(row);
        const QStringList cells{locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                names.name(entry.actor), contactName(entry),
                                AuditSummaries::text(entry, names)};
        for (int column = 0; column < cells.size(); ++column)
            m_log->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_log->resizeColumnsToContents();
}

// The log keeps ids only; the code is looked up among the contacts the counsellor holds.
QString CounsellingPage::contactName(const AuditEntry& entry) const {
    if (entry.recordType != QLatin1String("contact"))
        return {};
    const qint64 id = entry.recordId.toLongLong();
    for (const Contact& c : m_contacts)
        if (c.id == id)
            return c.pseudonym;
    return tr("no longer in your register");
}

const Contact* CounsellingPage::selectedContact() const {
    const qint64 id = selectedId();
    for (const Contact& c : m_contacts)
        if (c.id == id)
            return &c;
    return nullptr;
}

void CounsellingPage::updateContactButtons() {
    const Contact* contact = selectedContact();
    const bool mine = contact && m_store.user().is(contact->owner);
    m_open->setEnabled(contact != nullptr);
    setEnabledWithReason(m_share, mine, tr("Select a contact you are responsible for."));
    setEnabledWithReason(m_unshare, mine && !contact->standIns().isEmpty(),
                         tr("Select a contact of yours that a stand-in holds."));
    setEnabledWithReason(
        m_handover, mine && !contact->handoverId,
        contact && contact->handoverId
            ? tr("A formal report was handed over from this contact on %1.")
                  .arg(QLocale().toString(contact->handedOverOn, QLocale::ShortFormat))
            : tr("Select a contact you are responsible for."));
}

void CounsellingPage::handOver() {
    const Contact* contact = selectedContact();
    if (!contact)
        return;
    HandoverDialog dialog(m_store, *contact, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CounsellingHandovers::Sent& sent = dialog.sent();
    QString text = tr("The report was handed over. The integrity advisers who can open it: %1.")
                       .arg(sent.advisers.join(QStringLiteral(", ")));
    if (!sent.leftOut.isEmpty())
        text += QLatin1Char(' ') +
                tr("Not %1: their key changed since it was recorded. Ask an adviser to check the "
                   "store.")
                    .arg(sent.leftOut.join(QStringLiteral(", ")));
    MessageBox::information(this, tr("Hand over as a report"), text);
    refresh();
}

void CounsellingPage::unshareContact() {
    const Contact* contact = selectedContact();
    if (!contact)
        return;
    const QStringList standIns = contact->standIns();
    bool ok = false;
    const QString standIn = QInputDialog::getItem(
        this, tr("Stop sharing"),
        tr("The stand-in can no longer read this contact: it gets a new key that only the "
           "remaining holders have."),
        standIns, 0, false, &ok);
    if (!ok)
        return;
    if (auto stopped = CounsellingService(m_store).unshare(contact->id, standIn); !stopped)
        MessageBox::showError(this, stopped.error());
    refresh();
}

void CounsellingPage::showContacts() {
    const QString filter = m_filter->text().trimmed();
    m_table->setSortingEnabled(false); // rows stay where they are inserted while filling
    m_table->setRowCount(0);
    int shown = 0;
    for (const Contact& c : std::as_const(m_contacts)) {
        const QString category = CounsellingCodes::name(List::Category, c.category);
        if (!filter.isEmpty() && !c.pseudonym.contains(filter, Qt::CaseInsensitive) &&
            !category.contains(filter, Qt::CaseInsensitive) &&
            !c.orgUnit.contains(filter, Qt::CaseInsensitive))
            continue;
        // Dates as dates, so that the column sorts by them.
        const QVariantList cells{
            c.pseudonym,
            c.firstContact,
            CounsellingCodes::name(List::Kind, c.kind),
            category,
            static_cast<int>(c.conversations.size()),
            (c.isClosed()
                 ? tr("Closed %1").arg(QLocale().toString(c.closedOn, QLocale::ShortFormat))
                 : tr("Open")) +
                (c.handoverId ? tr(", report handed over") : QString()),
            m_store.user().is(c.owner) ? c.standIns().join(QStringLiteral(", "))
                                       : tr("%1's contact").arg(c.owner),
        };
        m_table->insertRow(shown);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, cells.at(column));
            item->setData(Qt::UserRole, c.id);
            m_table->setItem(shown, column, item);
        }
        ++shown;
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n contact(s)", nullptr, shown));
    updateContactButtons();
}

void CounsellingPage::showFigures() {
    CounsellingFigures publication(m_store);
    const YearlyFigures figures = publication.preview(m_contacts, m_year->value(), m_threshold);
    m_legend->setText(
        tr("Counts from 1 to %1 are shown as \"< %2\"; × marks a count hidden because the total "
           "minus the other counts would give a small one away. Only your own contacts whose "
           "first contact fell in the year are counted.")
            .arg(figures.threshold - 1)
            .arg(figures.threshold));
    m_figures->clear();
    const auto addRow = [this](QTreeWidgetItem* parent, const QString& name, const QString& value) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_figures);
        item->setText(0, name);
        item->setText(1, value);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    addRow(nullptr, tr("Contacts"), figures.contacts.text(figures.threshold));
    addRow(nullptr, tr("Conversations held in the year"),
           figures.conversations.text(figures.threshold));
    for (const FigureTable& table : figures.tables) {
        QTreeWidgetItem* group =
            addRow(nullptr, YearlyFigures::dimensionName(table.dimension),
                   table.additive ? table.total.text(figures.threshold) : QString());
        for (const FigureCell& cell : table.cells)
            addRow(group, YearlyFigures::cellName(table.dimension, cell.code),
                   cell.text(figures.threshold));
    }
    m_figures->expandAll();

    auto published = publication.current(m_year->value());
    const CounsellingFigures::Published* mine = nullptr;
    if (published)
        for (const auto& set : published.value())
            if (m_store.user().is(set.counsellor))
                mine = &set;
    m_publication->setText(
        mine ? tr("Published on %1. Replacing them keeps this set, with your reason, in the "
                  "history.")
                   .arg(QLocale().toString(mine->publishedAt.toLocalTime(), QLocale::ShortFormat))
             : tr("Not published yet. Once published, the annual report adds these figures to "
                  "the other counsellors'."));
    m_publish->setText(mine ? tr("Replace the published figures…") : tr("Publish…"));
    m_publish->setProperty("replaces", mine != nullptr);
}

qint64 CounsellingPage::selectedId() const {
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void CounsellingPage::edit(const Contact& contact) {
    ContactDialog dialog(m_store, contact, this);
    const int result = dialog.exec();
    if (result == ContactDialog::Stale)
        MessageBox::showError(this, *dialog.staleError());
    if (result != QDialog::Rejected)
        refresh();
}

void CounsellingPage::registerContact() {
    Contact contact;
    contact.firstContact = QDate::currentDate();
    contact.kind = CounsellingCodes::behaviour;
    edit(contact);
}

void CounsellingPage::openSelected() {
    if (selectedId())
        openContact(selectedId());
}

void CounsellingPage::openContact(qint64 contactId) {
    auto contact = CounsellingService(m_store).open(contactId);
    if (!contact) {
        MessageBox::showError(this, contact.error());
        return;
    }
    edit(contact.value());
}

void CounsellingPage::shareContact() {
    const qint64 id = selectedId();
    CounsellingService service(m_store);
    auto fellows = service.fellows();
    if (!id || !fellows) {
        if (!fellows)
            MessageBox::showError(this, fellows.error());
        return;
    }
    if (fellows.value().isEmpty()) {
        MessageBox::information(this, tr("Share a contact"),
                                tr("No fellow counsellor has used the register yet."));
        return;
    }
    bool ok = false;
    const QString fellow = QInputDialog::getItem(
        this, tr("Share a contact"),
        tr("The stand-in can read and edit this contact, and the log records it."), fellows.value(),
        0, false, &ok);
    if (!ok)
        return;
    if (auto shared = service.share(id, fellow); !shared)
        MessageBox::showError(this, shared.error());
    refresh();
}

void CounsellingPage::transferAll() {
    CounsellingService service(m_store);
    auto fellows = service.fellows();
    if (!fellows || fellows.value().isEmpty()) {
        if (!fellows)
            MessageBox::showError(this, fellows.error());
        else
            MessageBox::information(this, tr("Transfer contacts"),
                                    tr("No fellow counsellor has used the register yet."));
        return;
    }
    bool ok = false;
    const QString successor = QInputDialog::getItem(
        this, tr("Transfer contacts"),
        tr("Every contact you are responsible for passes to your successor; you keep no key of "
           "them."),
        fellows.value(), 0, false, &ok);
    if (!ok)
        return;
    auto moved = service.transferAll(successor);
    if (!moved)
        MessageBox::showError(this, moved.error());
    else
        MessageBox::information(
            this, tr("Transfer contacts"),
            tr("%n contact(s) transferred to %1.", nullptr, moved.value()).arg(successor));
    refresh();
}

void CounsellingPage::publishFigures() {
    CounsellingFigures publication(m_store);
    const YearlyFigures figures = publication.preview(m_contacts, m_year->value(), m_threshold);
    Result<qint64> saved = qint64(0);
    if (m_publish->property("replaces").toBool()) {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Replace the published figures"),
                                  tr("Why are the figures for %1 replaced?").arg(figures.year),
                                  QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        saved = publication.replace(figures, reason);
    } else {
        if (MessageBox::question(this, tr("Publish the figures"),
                                 tr("Publish your figures for %1 as shown? The integrity adviser "
                                    "and the annual report will see them; they can be replaced "
                                    "later, never silently changed.")
                                     .arg(figures.year)) != QMessageBox::Yes)
            return;
        saved = publication.publish(figures);
    }
    if (!saved)
        MessageBox::showError(this, saved.error());
    showFigures();
}

} // namespace infopunt::ui
