#pragma once

#include "cases/CaseService.h"
#include "dialogs/ActionDialog.h"

class QCheckBox;
class QLineEdit;

namespace infopunt::ui {

// Records or corrects the reporter's protected identity, or marks the report anonymous
// (CaseService::setReporter).
class ReporterDialog : public ActionDialog {
    Q_OBJECT
public:
    ReporterDialog(CaseService& cases, const CaseRecord& record, const CaseReporter& reporter,
                   QWidget* parent);

    void accept() override;

protected:
    // A restored draft keeps the version the edit started from (the stale-edit check).
    QVariantMap draftContext() const override { return versionContext(m_reporter.rowVersion); }
    void restoreDraftContext(const QVariantMap& context) override {
        m_reporter.rowVersion = versionFrom(context, m_reporter.rowVersion);
    }

private:
    void updateFields();
    CaseReporter reporter() const; // as filled in

    CaseService& m_cases;
    qint64 m_caseId;
    CaseReporter m_reporter;
    QCheckBox* m_anonymous;
    QLineEdit* m_name;
    QLineEdit* m_contact;
};

} // namespace infopunt::ui
