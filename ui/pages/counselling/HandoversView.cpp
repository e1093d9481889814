#include "pages/counselling/HandoversView.h"

#include "accounts/PersonNames.h"
#include "common/UiHelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

HandoversView::HandoversView(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 3, this))
    , m_empty(new QLabel(tr("No handed-over report is waiting."), this))
    , m_error(makeErrorLabel(this)) {
    setObjectName(QStringLiteral("handoversView"));
    m_table->setObjectName(QStringLiteral("handoversTable"));
    applyTableStyle(m_table);
    m_table->setHorizontalHeaderLabels({tr("Handed over"), tr("By"), tr("Title")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setToolTip(tr("Double-click to register it as a report."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_handovers.size())
            emit registerRequested(m_handovers.at(row));
    });
}

void HandoversView::refresh() {
    m_table->setRowCount(0);
    auto waiting = CounsellingHandovers(m_store).waiting();
    showErrorText(m_error, waiting ? QString() : waiting.error().message);
    m_handovers = waiting ? waiting.value() : QList<Handover>();
    auto people = PersonNames::load(m_store);
    const PersonNames names = people ? people.value() : PersonNames();
    const QLocale locale;
    for (const Handover& handover : std::as_const(m_handovers)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{
            locale.toString(handover.sentAt.toLocalTime(), QLocale::ShortFormat),
            names.name(handover.counsellor), handover.title};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_handovers.isEmpty());
    m_empty->setVisible(m_handovers.isEmpty() && waiting.ok());
    fitTableToRows(m_table, static_cast<int>(std::min<qsizetype>(m_handovers.size(), 8)));
}

} // namespace infopunt::ui
