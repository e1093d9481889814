#pragma once

#include "cases/CaseFiles.h"
#include "cases/CaseService.h"
#include "pages/cases/CaseTab.h"

#include <optional>

class QPushButton;
class QTreeWidget;

namespace infopunt::ui {

// Case file › Documents: the documents stored encrypted with the case. PDFs, images and text
// are shown from memory; any document can be exported as a copy, after a warning that the copy
// is not encrypted. Deleting one needs four eyes.
class DocumentsTab : public CaseTab {
    Q_OBJECT
public:
    DocumentsTab(Store& store, QWidget* parent);

protected:
    void reload() override;
    bool reopenForm(const QString& form, qint64 argument) override;

private:
    std::optional<DocumentInfo> selectedDocument() const;
    void updateButtons();
    void addDocument();
    void viewDocument();
    void exportCopy();
    void requestDeletion();

    CaseDocuments m_documents;
    CaseService m_cases;
    QList<DocumentInfo> m_list;
    QTreeWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_view;
    QPushButton* m_export;
    QPushButton* m_delete;
};

} // namespace infopunt::ui
