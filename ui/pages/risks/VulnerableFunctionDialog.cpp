#include "pages/risks/VulnerableFunctionDialog.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"
#include "pages/risks/RiskLook.h"
#include "risks/LoopCodes.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace infopunt::ui {

namespace {

QListWidget* codeList(LoopCodes::List list, const QStringList& ticked, const QString& name,
                      QWidget* parent) {
    auto* widget = new QListWidget(parent);
    widget->setObjectName(name);
    for (const auto& code : LoopCodes::codes(list)) {
        auto* item = new QListWidgetItem(code.name, widget);
        item->setData(Qt::UserRole, code.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(code.code) ? Qt::Checked : Qt::Unchecked);
    }
    widget->setMinimumHeight(90);
    return widget;
}

QStringList checkedCodes(const QListWidget* list) {
    QStringList codes;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            codes.append(list->item(row)->data(Qt::UserRole).toString());
    return codes;
}

} // namespace

VulnerableFunctionDialog::VulnerableFunctionDialog(Store& store, const VulnerableFunction& function,
                                                   const QList<Risk>& risks, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_function(function) {
    setObjectName(QStringLiteral("vulnerableFunctionDialog"));
    setWindowTitle(function.id ? tr("Vulnerable function “%1”").arg(function.name)
                               : tr("New vulnerable function"));
    auto* form = makeFormLayout();
    m_name = new QLineEdit(function.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("Function"), fieldErrors().wrap(m_name, QStringLiteral("name")));
    m_unit = new QLineEdit(function.unit, this);
    m_unit->setPlaceholderText(tr("Optional: the organisation unit"));
    form->addRow(tr("Unit"), m_unit);
    m_reasons = codeList(LoopCodes::List::VulnerabilityReason, function.reasons,
                         QStringLiteral("reasons"), this);
    form->addRow(tr("Vulnerable because"),
                 fieldErrors().wrap(m_reasons, QStringLiteral("reasons")));
    m_screening =
        codeList(LoopCodes::List::Screening, function.screening, QStringLiteral("screening"), this);
    form->addRow(tr("Screening"), fieldErrors().wrap(m_screening, QStringLiteral("screening")));
    auto* assessedBox = new QWidget(this);
    auto* assessedRow = new QHBoxLayout(assessedBox);
    assessedRow->setContentsMargins(0, 0, 0, 0);
    m_assessed = new QCheckBox(tr("Assessed on"), assessedBox);
    m_assessed->setChecked(function.lastAssessed.isValid());
    m_lastAssessed = new QDateEdit(function.lastAssessed.isValid() ? function.lastAssessed
                                                                   : QDate::currentDate(),
                                   assessedBox);
    m_lastAssessed->setCalendarPopup(true);
    m_lastAssessed->setMaximumDate(QDate::currentDate());
    m_lastAssessed->setEnabled(m_assessed->isChecked());
    connect(m_assessed, &QCheckBox::toggled, m_lastAssessed, &QWidget::setEnabled);
    assessedRow->addWidget(m_assessed);
    assessedRow->addWidget(m_lastAssessed);
    assessedRow->addStretch();
    form->addRow(tr("Last assessed"),
                 fieldErrors().wrap(assessedBox, QStringLiteral("last_assessed")));
    m_note = new QPlainTextEdit(function.note, this);
    m_note->setMaximumHeight(70);
    form->addRow(tr("Note"), m_note);
    m_risks = new QListWidget(this);
    m_risks->setObjectName(QStringLiteral("risks"));
    m_risks->setMinimumHeight(90);
    QList<QPair<qint64, QString>> entries;
    for (const Risk& risk : risks)
        entries.append({risk.id, risk.title});
    RiskLook::fillCheckList(m_risks, entries, function.riskIds);
    form->addRow(tr("Carries the risks"), m_risks);
    setContent(form, function.id ? tr("Save") : tr("Add"));
    fieldErrors().setValidator([this] { return VulnerableFunctions::validate(this->function()); });
    resize(600, 620);
}

VulnerableFunction VulnerableFunctionDialog::function() const {
    VulnerableFunction f = m_function;
    f.name = m_name->text().trimmed();
    f.unit = m_unit->text().trimmed();
    f.reasons = checkedCodes(m_reasons);
    f.screening = checkedCodes(m_screening);
    f.lastAssessed = m_assessed->isChecked() ? m_lastAssessed->date() : QDate();
    f.note = m_note->toPlainText().trimmed();
    f.riskIds = RiskLook::checkedIds(m_risks);
    return f;
}

void VulnerableFunctionDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    VulnerableFunctions functions(m_store);
    const VulnerableFunction edited = function();
    if (edited.id)
        acceptOrShow(functions.update(edited));
    else
        acceptOrShow(functions.add(edited));
}

} // namespace infopunt::ui
