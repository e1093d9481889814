#pragma once

#include "accounts/PersonNames.h"
#include "cases/CaseRecords.h"
#include "cases/CodeLists.h"

#include <QPlainTextEdit>
#include <QTreeWidget>

namespace infopunt::ui {

// The steps of a case, oldest first: date, from -> to (with the decision it recorded), who,
// the note and who approved it. Reopened steps are marked. The latest step is selected; a
// StepNotePane below shows the selected step's whole note.
class StepsTimeline : public QTreeWidget {
    Q_OBJECT
public:
    explicit StepsTimeline(QWidget* parent);
    void setSteps(const QList<CaseStep>& steps, const QList<CodeListEntry>& measures,
                  const PersonNames& people);
    // The whole note of the selected step.
    QString selectedNote() const;
};

// The selected step's note in full, below a StepsTimeline (a row shows only its beginning).
class StepNotePane : public QPlainTextEdit {
    Q_OBJECT
public:
    StepNotePane(StepsTimeline* timeline, QWidget* parent);
};

} // namespace infopunt::ui
