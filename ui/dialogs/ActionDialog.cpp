#include "dialogs/ActionDialog.h"

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
    , m_error(makeErrorLabel(this)) {}

void ActionDialog::setContent(QLayout* content, const QString& okText) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    setMinimumWidth(dialogMinimumWidth);
    auto* layout = makeDialogLayout(this);
    layout->addLayout(content);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ActionDialog::setNameContent(QFormLayout* form, QLineEdit* name,
                                  const std::optional<QString>& oldName, const QString& okText) {
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setMinimumWidth(360);
    form->addRow(tr("Name:"), name);
    setContent(form, okText);
    const auto updateOk = [this, name, oldName] {
        clearError();
        const QString text = name->text().trimmed();
        if (text.isEmpty())
            setOkEnabled(tr("Enter a name."));
        else if (oldName && text == *oldName)
            setOkEnabled(tr("Enter a new name."));
        else
            setOkEnabled({});
    };
    connect(name, &QLineEdit::textChanged, this, updateOk);
    updateOk();
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
    showErrorText(m_error, error.message);
}

void ActionDialog::clearError() {
    showErrorText(m_error, {});
}

} // namespace infopunt::ui
