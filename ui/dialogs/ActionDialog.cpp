#include "dialogs/ActionDialog.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace infopunt::ui {

ActionDialog::ActionDialog(QWidget* parent)
    : QDialog(parent)
    , m_error(makeErrorLabel(this))
    , m_fieldErrors(new FormErrors(this)) {}

void ActionDialog::setContent(QLayout* content, const QString& okText) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    setMinimumWidth(dialogMinimumWidth);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ActionDialog::setNameContent(QFormLayout* form, QLineEdit* name,
                                  std::function<FieldErrors(const QString&)> validateName,
                                  const QString& okText) {
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setMinimumWidth(360);
    m_fieldErrors->setValidator(
        [name, validateName = std::move(validateName)] { return validateName(name->text()); });
    form->addRow(tr("Name:"), m_fieldErrors->wrap(name, QStringLiteral("name")));
    setContent(form, okText);
}

void ActionDialog::setOkEnabled(const QString& reasonWhenDisabled) {
    setEnabledWithReason(m_ok, reasonWhenDisabled.isEmpty(), reasonWhenDisabled);
}

bool ActionDialog::isOkEnabled() const {
    return m_ok->isEnabled();
}

void ActionDialog::showError(const Error& error) {
    if (error.code == ErrorCode::StaleEdit) {
        m_stale = error;
        done(Stale);
        return;
    }
    if (m_fieldErrors->show(error)) {
        clearError();
        return;
    }
    showErrorText(m_error, error.message);
}

void ActionDialog::clearError() {
    showErrorText(m_error, {});
}

} // namespace infopunt::ui
