#pragma once

#include "cases/CaseService.h"
#include "pages/cases/CaseTab.h"

#include <optional>

class QPushButton;
class QTreeWidget;

namespace infopunt::ui {

// Case file › Parties: the subjects, witnesses and others involved; Advisers add and edit them.
// The reporter is not a party: their identity is on the Overview, protected.
class PartiesTab : public CaseTab {
    Q_OBJECT
public:
    PartiesTab(Store& store, QWidget* parent);

protected:
    void reload() override;
    bool reopenForm(const QString& form, qint64 argument) override;

private:
    std::optional<CaseParty> selectedParty() const;
    void updateButtons();
    void addParty();
    void editParty();

    CaseService m_cases;
    QList<CaseParty> m_parties;
    QTreeWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
};

} // namespace infopunt::ui
