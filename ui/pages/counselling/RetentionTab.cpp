#include "pages/counselling/RetentionTab.h"

#include "common/UiHelpers.h"
#include "counselling/CounsellingRetention.h"
#include "counselling/CounsellingService.h"
#include "counselling/CounsellingSettings.h"
#include "dialogs/MessageBox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

RetentionTab::RetentionTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store) {
    setObjectName(QStringLiteral("retentionTab"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A contact is destroyed once it has been processed into your published yearly "
           "figures: the set period after the later of its closing and that publication. Its "
           "notes, conversations and keys are then deleted for good; the published figures "
           "stay, and the log keeps a line without content."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Closed"), tr("Figures published"), tr("To be destroyed")});
    applyTableStyle(m_table);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* bar = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("retentionState"));
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_destroy = new QPushButton(tr("Destroy the due contacts…"), this);
    m_destroy->setObjectName(QStringLiteral("destroyDue"));
    bar->addWidget(m_state, 1);
    bar->addWidget(m_destroy);
    layout->addLayout(bar);

    auto* rules = new QGroupBox(tr("Rules for all counsellors"), this);
    auto* form = makeFormLayout();
    rules->setLayout(form);
    m_months = new QSpinBox(rules);
    m_months->setObjectName(QStringLiteral("retentionMonths"));
    m_months->setRange(0, CounsellingSettings::maxRetentionMonths);
    m_months->setSuffix(tr(" months after publication"));
    m_threshold = new QSpinBox(rules);
    m_threshold->setObjectName(QStringLiteral("figuresThreshold"));
    m_threshold->setRange(CounsellingSettings::minThreshold, CounsellingSettings::maxThreshold);
    auto* save = new QPushButton(tr("Save the rules"), rules);
    save->setObjectName(QStringLiteral("saveRules"));
    form->addRow(tr("Keep closed contacts:"), m_months);
    form->addRow(tr("Suppress counts below:"), m_threshold);
    form->addRow(QString(), save);
    layout->addWidget(rules);

    connect(m_destroy, &QPushButton::clicked, this, &RetentionTab::destroyDue);
    connect(save, &QPushButton::clicked, this, &RetentionTab::saveRules);
}

void RetentionTab::setContacts(const QList<Contact>& contacts) {
    CounsellingSettings settings(m_store);
    if (auto months = settings.retentionMonths())
        m_savedMonths = months.value();
    if (auto threshold = settings.threshold())
        m_savedThreshold = threshold.value();
    m_months->setValue(m_savedMonths);
    m_threshold->setValue(m_savedThreshold);
    m_table->setRowCount(0);
    m_due.clear();
    auto schedule = CounsellingRetention(m_store).schedule(contacts);
    if (!schedule) {
        showErrorText(m_error, schedule.error().message);
        m_destroy->setEnabled(false);
        return;
    }
    const QLocale locale;
    const QDate today = QDate::currentDate();
    for (const CounsellingRetention::Item& item : schedule.value()) {
        const bool due = item.dueOn.isValid() && item.dueOn <= today;
        if (due)
            m_due.append(item.contact.id);
        const QStringList cells{
            item.contact.pseudonym,
            locale.toString(item.contact.closedOn, QLocale::ShortFormat),
            item.publishedOn.isValid() ? locale.toString(item.publishedOn, QLocale::ShortFormat)
                                       : tr("Not yet (%1)").arg(item.contact.firstContact.year()),
            due                    ? tr("Due now")
            : item.dueOn.isValid() ? locale.toString(item.dueOn, QLocale::ShortFormat)
                                   : tr("After the figures for %1 are published")
                                         .arg(item.contact.firstContact.year()),
        };
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            if (due)
                cell->setFont([&] {
                    QFont bold = cell->font();
                    bold.setBold(true);
                    return bold;
                }());
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    showErrorText(m_error, {});
    m_state->setText(tr("%n contact(s) due for destruction.", nullptr, m_due.size()));
    m_destroy->setEnabled(!m_due.isEmpty());
}

void RetentionTab::destroyDue() {
    if (m_due.isEmpty())
        return;
    if (MessageBox::question(this, tr("Destroy contacts"),
                             tr("Destroy %n contact(s) for good? Their notes, conversations and "
                                "names cannot be brought back; your published figures stay.",
                                nullptr, m_due.size())) != QMessageBox::Yes)
        return;
    auto destroyed = CounsellingService(m_store).destroy(m_due);
    if (!destroyed)
        MessageBox::showError(this, destroyed.error());
    emit changed();
}

void RetentionTab::saveRules() {
    CounsellingSettings settings(m_store);
    // Only what changed, so that the log holds one line per real change.
    Result<void> saved;
    if (m_months->value() != m_savedMonths)
        saved = settings.setRetentionMonths(m_months->value());
    if (saved && m_threshold->value() != m_savedThreshold)
        saved = settings.setThreshold(m_threshold->value());
    if (!saved)
        MessageBox::showError(this, saved.error());
    emit changed();
}

} // namespace infopunt::ui
