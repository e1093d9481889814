#pragma once

#include "dialogs/ActionDialog.h"
#include "risks/RiskMatrix.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// Scores a risk on the current matrix: the kind, likelihood and impact by the matrix's own
// labels, the date and a note; the resulting level shows while choosing.
class AssessDialog : public ActionDialog {
    Q_OBJECT
public:
    AssessDialog(Store& store, qint64 riskId, const QString& riskTitle, QWidget* parent);
    void accept() override;

private:
    void showLevel();

    Store& m_store;
    qint64 m_riskId;
    RiskMatrix m_matrix;
    QComboBox* m_kind;
    QComboBox* m_likelihood;
    QComboBox* m_impact;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
    QLabel* m_level;
};

// Asks a second person to accept a risk as it is: the reason and until when.
class AcceptanceRequestDialog : public ActionDialog {
    Q_OBJECT
public:
    AcceptanceRequestDialog(Store& store, qint64 riskId, const QString& riskTitle, QWidget* parent);
    void accept() override;

private:
    Store& m_store;
    qint64 m_riskId;
    QPlainTextEdit* m_reason;
    QDateEdit* m_expires;
};

// A judgement by hand of a control's effectiveness.
class JudgeDialog : public ActionDialog {
    Q_OBJECT
public:
    JudgeDialog(Store& store, qint64 controlId, const QString& controlTitle,
                const QString& effectiveness, QWidget* parent);
    void accept() override;

private:
    Store& m_store;
    qint64 m_controlId;
    QComboBox* m_effectiveness;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
};

} // namespace infopunt::ui
