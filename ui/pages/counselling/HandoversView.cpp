#include "pages/counselling/HandoversView.h"

#include "accounts/PersonNames.h"

#include <QLocale>

namespace infopunt::ui {

HandoversView::HandoversView(Store& store, QWidget* parent)
    : DashboardList(QStringLiteral("handoversTable"), {tr("Handed over"), tr("By"), tr("Title")},
                    tr("No handed-over report is waiting."),
                    tr("Double-click to register it as a report."), parent)
    , m_store(store) {
    setObjectName(QStringLiteral("handoversView"));
    connect(this, &DashboardList::rowActivated, this, [this](int row) {
        if (row >= 0 && row < m_handovers.size())
            emit registerRequested(m_handovers.at(row));
    });
}

void HandoversView::refresh() {
    auto waiting = CounsellingHandovers(m_store).waiting();
    m_handovers = waiting ? waiting.value() : QList<Handover>();
    auto people = PersonNames::load(m_store);
    const PersonNames names = people ? people.value() : PersonNames();
    const QLocale locale;
    QList<QStringList> rows;
    for (const Handover& handover : std::as_const(m_handovers))
        rows.append({locale.toString(handover.sentAt.toLocalTime(), QLocale::ShortFormat),
                     names.name(handover.counsellor), handover.title});
    showRows(rows, waiting ? QString() : waiting.error().message);
}

} // namespace infopunt::ui
