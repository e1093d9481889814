#pragma once

#include "dialogs/ActionDialog.h"
#include "risks/RiskAcceptances.h"
#include "risks/RiskRegister.h"

#include <QHash>
#include <QList>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// A risk of the register to add or edit: its fields, themes and building blocks; for a stored
// risk also its assessments (a chart of the scores over time and the history, with Assess…),
// its acceptance requests (request, approve or decline someone else's, withdraw one's own) and
// the controls that treat it. Assessing and the acceptance steps are saved at once, each by
// its own dialog or question; OK saves the fields.
class RiskDialog : public ActionDialog {
    Q_OBJECT
public:
    RiskDialog(Store& store, const Risk& risk, QWidget* parent);
    Risk risk() const; // the form's values on the risk given
    void accept() override;
    // Whether an assessment or acceptance step was saved while the dialog was open.
    bool changedRecords() const { return m_changed; }

protected:
    QVariantMap draftContext() const override { return versionContext(m_risk.rowVersion); }
    void restoreDraftContext(const QVariantMap& context) override {
        m_risk.rowVersion = versionFrom(context, m_risk.rowVersion);
    }

private:
    QWidget* makeDetails();
    QWidget* makeAssessments();
    QWidget* makeAcceptance();
    QWidget* makeControls();
    void fillStatus(const QString& status);
    void showAssessments();
    void showAcceptances();
    void assess();
    void requestAcceptance();
    void decide(bool approve);
    void withdraw();
    // After an acceptance step: the risk's status and row version as stored now.
    void reloadStatus();
    const Acceptance* selectedAcceptance() const;
    void updateAcceptanceButtons();

    Store& m_store;
    Risk m_risk;
    bool m_changed = false;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QLineEdit* m_process;
    QLineEdit* m_function;
    QLineEdit* m_unit;
    QLineEdit* m_owner;
    QDateEdit* m_nextReview;
    QComboBox* m_status;
    QListWidget* m_themes;
    QListWidget* m_blocks;
    QChartView* m_chart = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_acceptances = nullptr;
    QList<Acceptance> m_acceptanceList;
    QPushButton* m_request = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_decline = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace infopunt::ui
