#include "dialogs/ActionDialog.h"

#include "common/UiHelpers.h"

#include <QDialogButtonBox>
#include <QLabel>
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
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
