#pragma once

#include "cases/CaseRecords.h"
#include "dialogs/ActionDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace infopunt {
class Store;
struct NewCase;
} // namespace infopunt

namespace infopunt::ui {

// The intake form of a report (CaseService::registerReport). The core checks everything
// (CaseService::validate while the user types, and again when saving); every message that
// belongs to a field appears in red under that field (FormErrors), and the dialog stays open
// with nothing saved.
class RegisterReportDialog : public ActionDialog {
    Q_OBJECT
public:
    explicit RegisterReportDialog(Store& store, QWidget* parent = nullptr);

    // Fills the form with `report` (a handover from a confidential counsellor), to complete.
    void startFrom(const NewCase& report);
    const CaseRecord& registered() const { return m_registered; }
    void accept() override;

private:
    QWidget* buildReportBox();
    QWidget* buildClassificationBox();
    QWidget* buildReporterBox();
    QWidget* buildSubjectsBox();
    void loadChoices();
    int appendSubjectRow(); // an empty row; returns its index
    void addSubjectRow();   // the Add button: appends a row and starts editing its name
    void removeSubjectRow();
    void updateReporterFields();
    NewCase report() const;

    Store& m_store;
    QDateEdit* m_receivedOn;
    QComboBox* m_channel;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_buildingBlock;
    QComboBox* m_violationType;
    QCheckBox* m_anonymous;
    QLineEdit* m_reporterName;
    QLineEdit* m_reporterContact;
    QTableWidget* m_subjects;
    QPushButton* m_addSubject;
    QPushButton* m_removeSubject;
    CaseRecord m_registered;
};

} // namespace infopunt::ui
