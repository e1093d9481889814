#pragma once

#include "accounts/PersonNames.h"
#include "cases/CaseRecords.h"
#include "cases/CodeLists.h"

#include <QTreeWidget>

namespace infopunt::ui {

// The steps of a case, oldest first: date, from -> to (with the decision it recorded), who,
// the note and who approved it. Reopened steps are marked.
class StepsTimeline : public QTreeWidget {
    Q_OBJECT
public:
    explicit StepsTimeline(QWidget* parent);
    void setSteps(const QList<CaseStep>& steps, const QList<CodeListEntry>& measures,
                  const PersonNames& people);
};

} // namespace infopunt::ui
