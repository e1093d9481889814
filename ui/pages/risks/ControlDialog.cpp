#include "pages/risks/ControlDialog.h"

#include "accounts/PersonNames.h"
#include "catalogue/Catalogue.h"
#include "common/FormErrors.h"
#include "common/UiHelpers.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/risks/RiskLook.h"
#include "risks/LoopCodes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

ControlDialog::ControlDialog(Store& store, const Control& control, const QList<Risk>& risks,
                             QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_control(control) {
    setObjectName(QStringLiteral("controlDialog"));
    setWindowTitle(control.id ? tr("Control “%1”").arg(control.title) : tr("New control"));
    auto* layout = new QVBoxLayout;
    auto* form = makeFormLayout();
    m_block = new QComboBox(this);
    m_block->setObjectName(QStringLiteral("block"));
    m_block->addItem(tr("None: a custom control"), 0);
    if (auto blocks = Catalogue(store).blocks(true))
        for (const BuildingBlock& block : blocks.value())
            if (!block.retired || block.id == control.blockId)
                m_block->addItem(block.retired ? tr("%1 %2 (retired)").arg(block.code(), block.name)
                                               : block.title(),
                                 block.id);
    m_block->setCurrentIndex(qMax(0, m_block->findData(control.blockId)));
    form->addRow(tr("Building block"), fieldErrors().wrap(m_block, QStringLiteral("block")));
    m_title = new QLineEdit(control.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("For a building block: its name unless you give another"));
    form->addRow(tr("Title"), fieldErrors().wrap(m_title, QStringLiteral("title")));
    m_owner = new QLineEdit(control.owner, this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setPlaceholderText(tr("The person or function who carries the control out"));
    form->addRow(tr("Owner"), fieldErrors().wrap(m_owner, QStringLiteral("owner")));
    m_description = new QPlainTextEdit(control.description, this);
    m_description->setMaximumHeight(80);
    form->addRow(tr("Description"), m_description);
    m_risks = new QListWidget(this);
    m_risks->setObjectName(QStringLiteral("risks"));
    m_risks->setMinimumHeight(100);
    QList<QPair<qint64, QString>> entries;
    for (const Risk& risk : risks)
        entries.append({risk.id, risk.title});
    RiskLook::fillCheckList(m_risks, entries, control.riskIds);
    form->addRow(tr("Treats the risks"), m_risks);
    layout->addLayout(form);
    if (control.id) {
        layout->addWidget(new QLabel(tr("Judgements of its effectiveness"), this));
        layout->addWidget(makeJudgements(), 1);
    }
    setContent(layout, control.id ? tr("Save") : tr("Add"));
    fieldErrors().setValidator([this] { return Controls(m_store).validate(this->control()); });
    resize(620, control.id ? 600 : 460);
}

QWidget* ControlDialog::makeJudgements() {
    auto* table = new QTableWidget(0, 4, this);
    table->setObjectName(QStringLiteral("judgements"));
    table->setHorizontalHeaderLabels({tr("Date"), tr("Effectiveness"), tr("By"), tr("Note")});
    applyTableStyle(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    auto judgements = Controls(m_store).judgements(m_control.id);
    if (!judgements) {
        showError(judgements.error());
        return table;
    }
    auto people = PersonNames::load(m_store);
    const PersonNames names = people ? people.value() : PersonNames();
    for (const Judgement& j : judgements.value()) {
        const int row = table->rowCount();
        table->insertRow(row);
        QString note = j.note;
        if (j.findingId)
            note = tr("After audit finding no. %1").arg(j.findingId) +
                   (note.isEmpty() ? QString() : QStringLiteral(" — ") + note);
        const QStringList cells{CaseDisplay::date(j.judgedOn),
                                LoopCodes::name(LoopCodes::List::Effectiveness, j.effectiveness),
                                names.name(j.judgedBy), note};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    return table;
}

Control ControlDialog::control() const {
    Control c = m_control;
    c.blockId = m_block->currentData().toLongLong();
    c.title = m_title->text().trimmed();
    c.owner = m_owner->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.riskIds = RiskLook::checkedIds(m_risks);
    return c;
}

void ControlDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    Controls controls(m_store);
    const Control edited = control();
    if (edited.id)
        acceptOrShow(controls.update(edited));
    else
        acceptOrShow(controls.add(edited));
}

} // namespace infopunt::ui
