#include "dialogs/ActionDialog.h"

#include "common/FormErrors.h"
#include "common/FormState.h"
#include "common/UiHelpers.h"
#include "dialogs/UnsavedChanges.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace infopunt::ui {

namespace {
// The draft's entry for draftContext(); no widget has this name.
const QString contextKey = QStringLiteral("@context");
} // namespace

std::optional<QVariantMap> ActionDialog::s_restore;

ActionDialog::ActionDialog(QWidget* parent)
    : QDialog(parent)
    , m_error(makeErrorLabel(this))
    , m_fieldErrors(new FormErrors(this)) {}

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

QString ActionDialog::what() const {
    return tr("“%1”").arg(windowTitle());
}

bool ActionDialog::hasUnsavedChanges() const {
    return m_baseline && FormState::capture(this) != *m_baseline;
}

std::optional<Draft> ActionDialog::draft() const {
    if (!m_origin || !hasUnsavedChanges())
        return std::nullopt;
    Draft kept = *m_origin;
    if (kept.recordLabel.isEmpty())
        kept.recordLabel = what();
    kept.fields = FormState::capture(this);
    kept.fields.insert(contextKey, draftContext());
    return kept;
}

QVariantMap ActionDialog::versionContext(qint64 rowVersion) {
    return {{QStringLiteral("rowVersion"), rowVersion}};
}

qint64 ActionDialog::versionFrom(const QVariantMap& context, qint64 fallback) {
    return context.value(QStringLiteral("rowVersion"), fallback).toLongLong();
}

void ActionDialog::restoreOnNextShow(const std::optional<QVariantMap>& fields) {
    s_restore = fields;
}

void ActionDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (m_baseline)
        return;
    m_baseline = FormState::capture(this);
    if (s_restore) {
        const QVariantMap fields = *std::exchange(s_restore, std::nullopt);
        restoreDraftContext(fields.value(contextKey).toMap());
        FormState::apply(this, fields);
    }
}

void ActionDialog::takeShownAsSaved() {
    if (m_baseline)
        m_baseline = FormState::capture(this);
}

void ActionDialog::reject() {
    if (hasUnsavedChanges() && !UnsavedChanges::resolve(
                                   this, what(),
                                   [this] {
                                       accept(); // shows why it could not save, and stays open
                                       return result() == QDialog::Accepted && !isVisible();
                                   },
                                   [] {}))
        return;
    if (isVisible())
        QDialog::reject();
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
