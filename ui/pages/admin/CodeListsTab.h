#pragma once

#include "cases/CodeLists.h"
#include "common/FormReopener.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace infopunt::ui {

// One of the office's lists with add, rename, retire and restore.
class CodeListPanel : public QWidget, public FormReopener {
    Q_OBJECT
public:
    CodeListPanel(Store& store, CodeLists::List list, QWidget* parent);
    void refresh();
    bool reopenForm(const QString& form, qint64 argument) override;

private:
    std::optional<CodeListEntry> selectedEntry() const;
    void updateButtons();
    void add();
    void rename();
    void setRetired(bool retired);
    void showErrorAndReload(const Error& error);

    CodeLists m_lists;
    CodeLists::List m_list;
    QList<CodeListEntry> m_entries;
    QCheckBox* m_showRetired;
    QListWidget* m_view;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_retire;
    QPushButton* m_restore;
};

// Administration › Lists: the violation types and disciplinary measures cases are classified
// with.
class CodeListsTab : public QWidget {
    Q_OBJECT
public:
    CodeListsTab(Store& store, QWidget* parent);
    void refresh();

private:
    CodeListPanel* m_violationTypes;
    CodeListPanel* m_measures;
};

} // namespace infopunt::ui
