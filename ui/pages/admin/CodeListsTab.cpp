#include "pages/admin/CodeListsTab.h"

#include "common/ModalDialogs.h"
#include "common/UiHelpers.h"
#include "dialogs/CodeListEntryDialog.h"
#include "dialogs/MessageBox.h"
#include "widgets/FlowLayout.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace infopunt::ui {

CodeListPanel::CodeListPanel(Store& store, CodeLists::List list, QWidget* parent)
    : QWidget(parent)
    , m_lists(store)
    , m_list(list)
    , m_showRetired(new QCheckBox(tr("Show retired"), this))
    , m_view(new QListWidget(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_retire(new QPushButton(tr("Retire"), this))
    , m_restore(new QPushButton(tr("Restore"), this)) {
    const QString code = CodeLists::listCode(list);
    setObjectName(code + QStringLiteral("Panel"));
    m_view->setObjectName(code + QStringLiteral("List"));
    m_add->setObjectName(code + QStringLiteral("AddButton"));
    m_rename->setObjectName(code + QStringLiteral("RenameButton"));
    m_retire->setObjectName(code + QStringLiteral("RetireButton"));
    m_restore->setObjectName(code + QStringLiteral("RestoreButton"));
    m_showRetired->setChecked(true);
    applyTableStyle(m_view);

    // Wraps rather than widen the tab: two panels side by side must fit a laptop screen.
    auto* buttons = new FlowLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_retire);
    buttons->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_showRetired, 0, Qt::AlignRight);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_showRetired, &QCheckBox::toggled, this, &CodeListPanel::refresh);
    connect(m_view, &QListWidget::itemSelectionChanged, this, &CodeListPanel::updateButtons);
    connect(m_view, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_rename->isEnabled())
            rename();
    });
    connect(m_add, &QPushButton::clicked, this, &CodeListPanel::add);
    connect(m_rename, &QPushButton::clicked, this, &CodeListPanel::rename);
    connect(m_retire, &QPushButton::clicked, this, [this] { setRetired(true); });
    connect(m_restore, &QPushButton::clicked, this, [this] { setRetired(false); });
    refresh();
}

void CodeListPanel::refresh() {
    const auto selected = selectedEntry();
    m_view->clear();
    auto entries = m_lists.entries(m_list, m_showRetired->isChecked());
    if (!entries) {
        m_entries.clear();
        MessageBox::showError(this, entries.error());
        updateButtons();
        return;
    }
    m_entries = entries.value();
    const QBrush retiredBrush = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const CodeListEntry& entry : std::as_const(m_entries)) {
        auto* item = new QListWidgetItem(
            entry.retired ? tr("%1 (retired)").arg(entry.name) : entry.name, m_view);
        item->setData(Qt::UserRole, entry.id);
        if (entry.retired)
            item->setForeground(retiredBrush);
        if (selected && selected->id == entry.id)
            m_view->setCurrentItem(item);
    }
    updateButtons();
}

std::optional<CodeListEntry> CodeListPanel::selectedEntry() const {
    const QList<QListWidgetItem*> items = m_view->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.first()->data(Qt::UserRole).toLongLong();
    for (const CodeListEntry& entry : m_entries) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

void CodeListPanel::updateButtons() {
    const auto entry = selectedEntry();
    const QString selectFirst = tr("Select an entry first.");
    setEnabledWithReason(m_rename, entry.has_value(), selectFirst);
    setEnabledWithReason(m_retire, entry && !entry->retired,
                         entry ? tr("This entry is already retired.") : selectFirst);
    setEnabledWithReason(m_restore, entry && entry->retired,
                         entry ? tr("This entry is in use.") : selectFirst);
}

void CodeListPanel::add() {
    CodeListEntryDialog dialog(m_lists, m_list, this);
    dialog.setDraftOrigin(origin(*this, Module::Administration, QStringLiteral("add"), 0, {}));
    if (ModalDialogs::exec(dialog) == QDialog::Accepted)
        refresh();
}

void CodeListPanel::rename() {
    const auto entry = selectedEntry();
    if (!entry)
        return;
    CodeListEntryDialog dialog(m_lists, m_list, *entry, this);
    dialog.setDraftOrigin(
        origin(*this, Module::Administration, QStringLiteral("rename"), entry->id, {}));
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        showErrorAndReload(*dialog.staleError());
    else if (result == QDialog::Accepted)
        refresh();
}

bool CodeListPanel::reopenForm(const QString& form, qint64 argument) {
    if (form == QLatin1String("add")) {
        add();
        return true;
    }
    for (int row = 0; form == QLatin1String("rename") && row < m_view->count(); ++row) {
        if (m_view->item(row)->data(Qt::UserRole).toLongLong() == argument) {
            m_view->setCurrentRow(row);
            rename();
            return true;
        }
    }
    return false;
}

void CodeListPanel::setRetired(bool retired) {
    const auto entry = selectedEntry();
    if (!entry)
        return;
    if (auto done = m_lists.setRetired(entry->id, entry->rowVersion, retired); !done) {
        showErrorAndReload(done.error());
        return;
    }
    refresh();
}

void CodeListPanel::showErrorAndReload(const Error& error) {
    MessageBox::showError(this, error);
    if (error.code == ErrorCode::StaleEdit)
        refresh();
}

CodeListsTab::CodeListsTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_violationTypes(new CodeListPanel(store, CodeLists::List::ViolationType, this))
    , m_measures(new CodeListPanel(store, CodeLists::List::Measure, this)) {
    setObjectName(QStringLiteral("codeListsTab"));
    auto* note = new QLabel(tr("Reports are classified with these lists. Retired entries can no "
                               "longer be chosen; cases that use them keep them."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    const auto group = [this](const QString& title, QWidget* panel) {
        auto* box = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(panel);
        return box;
    };
    auto* panels = new QHBoxLayout;
    panels->setSpacing(sectionSpacing);
    panels->addWidget(group(tr("Violation types"), m_violationTypes), 1);
    panels->addWidget(group(tr("Disciplinary measures"), m_measures), 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(panels, 1);
}

void CodeListsTab::refresh() {
    m_violationTypes->refresh();
    m_measures->refresh();
}

} // namespace infopunt::ui
