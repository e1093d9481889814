#include "widgets/PassphraseFields.h"

#include "common/FormErrors.h"
#include "crypto/SecureBytes.h"
#include "dialogs/MessageBox.h"
#include "widgets/StrengthMeter.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace infopunt::ui {

PassphraseFields::PassphraseFields(QWidget* parent, const QString& objectNamePrefix)
    : QObject(parent)
    , m_passphrase(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
    , m_meter(new StrengthMeter(parent))
    , m_feedback(new QLabel(parent)) {
    const QString prefix = objectNamePrefix.isEmpty() ? QStringLiteral("new") : objectNamePrefix;
    m_passphrase->setObjectName(prefix + QStringLiteral("PassphraseEdit"));
    m_repeat->setObjectName(prefix + QStringLiteral("RepeatEdit"));
    m_feedback->setObjectName(prefix + QStringLiteral("PassphraseFeedback"));
    for (QLineEdit* edit : {m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(280);
        connect(edit, &QLineEdit::textChanged, this, &PassphraseFields::update);
    }
    m_passphrase->setPlaceholderText(
        tr("At least %n characters", nullptr, PassphrasePolicy::minimumLength));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setVisible(false);
    update();
}

void PassphraseFields::addRowsTo(QFormLayout* form, const QString& passphraseLabel) {
    form->addRow(passphraseLabel, m_passphrase);
    form->addRow(tr("Repeat:"), m_repeat);
    form->addRow(tr("Strength:"), m_meter);
    form->addRow(QString(), m_feedback);
}

void PassphraseFields::addTo(FormErrors& errors, QFormLayout* form) {
    // The passphrase row gets the passphrase in a box with its message line under it.
    int row = 0;
    form->getWidgetPosition(m_passphrase, &row, nullptr);
    QLayoutItem* item = form->itemAt(row, QFormLayout::FieldRole);
    form->removeItem(item);
    delete item;
    form->setWidget(row, QFormLayout::FieldRole,
                    errors.wrap(m_passphrase, QStringLiteral("passphrase")));
    errors.watch(m_repeat);
}

FieldErrors PassphraseFields::fieldErrors() const {
    if (isAcceptable())
        return {};
    return {{QStringLiteral("passphrase"), m_showsProblem ? QString() : problem()}};
}

void PassphraseFields::setUserName(const QString& userName) {
    m_userName = userName;
    update();
}

QString PassphraseFields::passphrase() const {
    return m_passphrase->text();
}

bool PassphraseFields::isAcceptable() const {
    return problem().isEmpty();
}

QString PassphraseFields::problem() const {
    if (m_passphrase->text().isEmpty())
        return tr("Enter a passphrase.");
    if (!m_assessment.acceptable)
        return m_assessment.error;
    if (m_repeat->text() != m_passphrase->text())
        return tr("The two passphrases are not the same.");
    return {};
}

QStringList PassphraseFields::warnings() const {
    return m_passphrase->text().isEmpty() ? QStringList() : m_assessment.warnings;
}

bool PassphraseFields::confirmWarnings(QWidget* parent) const {
    const QStringList list = warnings();
    if (list.isEmpty())
        return true;
    const QString text = tr("This passphrase is weak:") + QStringLiteral("\n\n• ") +
                         list.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n") +
                         tr("Use it anyway?");
    return MessageBox::question(parent, tr("Weak passphrase"), text) == QMessageBox::Yes;
}

void PassphraseFields::setEnabled(bool enabled) {
    m_passphrase->setEnabled(enabled);
    m_repeat->setEnabled(enabled);
}

void PassphraseFields::clear() {
    for (QLineEdit* edit : {m_passphrase, m_repeat}) {
        QString text = edit->text();
        wipeString(text);
        edit->clear();
    }
}

void PassphraseFields::update() {
    const QString text = m_passphrase->text();
    m_assessment = PassphrasePolicy::assess(text, m_userName);
    m_meter->setStrength(text.isEmpty() ? -1 : m_assessment.strength);

    const bool mismatch = !m_repeat->text().isEmpty() && m_repeat->text() != text;
    QStringList lines;
    if (!text.isEmpty() && !m_assessment.acceptable)
        lines << m_assessment.error;
    if (!text.isEmpty())
        lines << m_assessment.warnings;
    if (mismatch)
        lines << tr("The two passphrases are not the same.");
    m_feedback->setText(lines.join(QLatin1Char('\n')));
    m_feedback->setVisible(!lines.isEmpty());
    const bool blocking = (!text.isEmpty() && !m_assessment.acceptable) || mismatch;
    m_showsProblem = blocking;
    m_feedback->setStyleSheet(blocking ? QStringLiteral("QLabel { color: #b3261e; }")
                                       : QStringLiteral("QLabel { color: #8a5a00; }"));
    emit changed();
}

} // namespace infopunt::ui
