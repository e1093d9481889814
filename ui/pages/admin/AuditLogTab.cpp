#include "pages/admin/AuditLogTab.h"

#include "accounts/PersonNames.h"
#include "audit/AuditLog.h"
#include "cases/CaseLog.h"
#include "common/BusyCursor.h"
#include "common/UiHelpers.h"
#include "dialogs/MessageBox.h"
#include "models/AuditLogModel.h"
#include "storage/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace infopunt::ui {

AuditLogTab::AuditLogTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new AuditLogModel(this))
    , m_table(new QTableView(this))
    , m_verification(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_verify(new QPushButton(tr("Verify chain"), this)) {
    setObjectName(QStringLiteral("auditLogTab"));
    m_table->setObjectName(QStringLiteral("auditLogTable"));
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verify->setToolTip(tr("Checks that no entry has been changed or removed."));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    applyTableStyle(m_table);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_verification->setWordWrap(true);
    m_verification->setTextFormat(Qt::PlainText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verification, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_verify);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &AuditLogTab::refresh);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogTab::verifyChain);
    refresh();
}

void AuditLogTab::refresh() {
    auto latest = AuditLog::latest(m_store.database(), shownEntries);
    // Entries about cases are sealed with the case's key: opened here as far as this user holds.
    const auto entries = latest ? CaseLog::opened(m_store, std::move(latest).value())
                                : Result<QList<AuditEntry>>(latest.error());
    const auto people = PersonNames::load(m_store);
    if (!entries || !people) {
        m_model->setEntries({}, PersonNames());
        MessageBox::showError(this, entries ? people.error() : entries.error());
        return;
    }
    m_model->setEntries(entries.value(), people.value());
    m_table->resizeColumnsToContents();
    // Long display names (and a store id) must not push the summary out of sight.
    const int widest = m_table->fontMetrics().averageCharWidth() * 28;
    for (const int column :
         {AuditLogModel::UserColumn, AuditLogModel::ActionColumn, AuditLogModel::RecordColumn})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

void AuditLogTab::verifyChain() {
    const AuditLog::Verification verification = [&] {
        BusyCursor busy;
        return AuditLog::verify(m_store.database());
    }();
    m_verification->setText(verification.message);
    m_verification->setStyleSheet(verification.intact
                                      ? QStringLiteral("QLabel { color: #1e7d32; }")
                                      : QStringLiteral("QLabel { color: #b3261e; }"));
    if (verification.intact)
        MessageBox::information(this, tr("Audit log"), verification.message);
    else
        MessageBox::warning(this, tr("Audit log"), verification.message);
}

} // namespace infopunt::ui
