#pragma once

#include "common/Result.h"
#include "crypto/PassphrasePolicy.h"

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace infopunt::ui {

class FormErrors;
class StrengthMeter;

// The "new passphrase" part of a form: passphrase, repeat, a strength meter and the policy's
// feedback. It adds its rows to the caller's form so labels line up with the other fields.
// The rules themselves come from PassphrasePolicy.
class PassphraseFields : public QObject {
    Q_OBJECT
public:
    explicit PassphraseFields(QWidget* parent, const QString& objectNamePrefix = {});

    void addRowsTo(QFormLayout* form, const QString& passphraseLabel);
    void setUserName(const QString& userName); // the policy warns when it appears

    QString passphrase() const;
    bool isAcceptable() const; // the hard rule holds and the repeat matches
    QString problem() const;   // why not acceptable
    // Makes these fields field "passphrase" of `errors`, its message directly under the
    // passphrase in `form` (call after addRowsTo); the form's validator adds fieldErrors().
    void addTo(FormErrors& errors, QFormLayout* form);
    // Why the passphrase is not acceptable yet, at field "passphrase"; without a message where
    // the feedback under the fields says it already (the frame then marks the field).
    FieldErrors fieldErrors() const;
    QStringList warnings() const;
    // Asks to confirm a weak passphrase; true when there is nothing to confirm or the user
    // confirms.
    bool confirmWarnings(QWidget* parent) const;
    void clear();
    void setEnabled(bool enabled); // both fields, e.g. while the passphrase is being saved

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* repeatEdit() const { return m_repeat; }

signals:
    void changed();

private:
    void update();

    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    StrengthMeter* m_meter;
    QLabel* m_feedback;
    QString m_userName;
    PassphrasePolicy::Assessment m_assessment;
    bool m_showsProblem = false;
};

} // namespace infopunt::ui
