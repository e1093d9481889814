#pragma once

#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "catalogue/Catalogue.h"
#include "pages/cases/CaseTab.h"

#include <QHash>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace infopunt::ui {

class FormErrors;

// Case file › Overview: when and how the report came in, its classification and description,
// the decisions so far and the lessons learned; the reporter's protected identity for those who
// may see it. Advisers edit the overview in place (Edit, Save, Cancel).
class OverviewTab : public CaseTab {
    Q_OBJECT
public:
    OverviewTab(Store& store, QWidget* parent);

    std::optional<QString> unsavedEdit() const override;
    bool saveUnsavedEdit() override { return save(); }
    void discardUnsavedEdit() override { cancel(); }
    std::optional<Draft> unsavedEditDraft() const override;
    void restoreDraft(const Draft& draft) override;

protected:
    void reload() override;
    bool reopenForm(const QString& form, qint64 argument) override;

private:
    QWidget* buildView();
    QWidget* buildEditor();
    QGroupBox* buildReporterBox();
    void setRowShown(QWidget* value, bool shown);
    void showView();
    void showReporter();
    void startEditing();
    CaseRecord edited() const; // the editor's fields on the record being edited
    bool save();               // false when it could not be saved (the message is shown)
    void cancel();
    void editReporter();
    QString blockText(std::optional<qint64> blockId) const;
    QString themeText(std::optional<qint64> blockId) const;
    // Fills `combo` with "not classified" and the entries in use or selectable.
    void fillBlocks(std::optional<qint64> selected);
    void fillViolationTypes(std::optional<qint64> selected);

    CaseService m_cases;
    Catalogue m_catalogue;
    CodeLists m_codeLists;
    QList<Theme> m_themes;
    QList<BuildingBlock> m_blocks;
    QList<CodeListEntry> m_violationTypes;
    QList<CodeListEntry> m_measures;
    std::optional<CaseRecord> m_editing; // the record as it was when editing started
    QVariantMap m_editorBaseline;        // the editor's values when editing started
    FormErrors* m_fieldErrors;           // of the editor's fields

    QWidget* m_view = nullptr;   // the overview as text
    QWidget* m_editor = nullptr; // the same fields as inputs, while an Adviser edits
    // The read-only view: a grid rather than a QFormLayout, whose height for a wrapped value
    // (a long description) comes out a line short.
    QGridLayout* m_form = nullptr;
    QHash<QWidget*, QLabel*> m_rowLabels;
    QLabel* m_received = nullptr;
    QLabel* m_channel = nullptr;
    QLabel* m_theme = nullptr;
    QLabel* m_block = nullptr;
    QLabel* m_violationType = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_investigation = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_measure = nullptr;
    QLabel* m_lessons = nullptr;

    QLineEdit* m_titleEdit = nullptr;
    QDateEdit* m_receivedEdit = nullptr;
    QComboBox* m_channelEdit = nullptr;
    QComboBox* m_blockEdit = nullptr;
    QComboBox* m_violationTypeEdit = nullptr;
    QPlainTextEdit* m_descriptionEdit = nullptr;
    QLabel* m_editError = nullptr;

    QGroupBox* m_reporterBox = nullptr;
    QLabel* m_reporterText = nullptr;
    QPushButton* m_editReporter = nullptr;
    QPushButton* m_edit;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace infopunt::ui
