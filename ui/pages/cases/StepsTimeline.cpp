#include "pages/cases/StepsTimeline.h"

#include "common/PersonCell.h"
#include "common/UiHelpers.h"
#include "pages/cases/CaseDisplay.h"

#include <QHeaderView>

namespace infopunt::ui {

namespace {
enum Column { DateColumn, StepColumn, ActorColumn, NoteColumn, ApprovedColumn };
}

StepsTimeline::StepsTimeline(QWidget* parent)
    : QTreeWidget(parent) {
    setRootIsDecorated(false);
    applyTableStyle(this);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setHeaderLabels({tr("Date"), tr("Step"), tr("By"), tr("Note"), tr("Approved by")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
}

void StepsTimeline::setSteps(const QList<CaseStep>& steps, const QList<CodeListEntry>& measures,
                             const PersonNames& people) {
    clear();
    const QColor reopenColour(0x8a, 0x5a, 0x00);
    for (const CaseStep& step : steps) {
        QString text;
        if (!step.from)
            text = CaseWorkflow::stateName(step.to);
        else if (step.reopen)
            text = tr("Reopened: %1 → %2")
                       .arg(CaseWorkflow::stateName(*step.from), CaseWorkflow::stateName(step.to));
        else
            text = tr("%1 → %2").arg(CaseWorkflow::stateName(*step.from),
                                     CaseWorkflow::stateName(step.to));
        const QString data = CaseDisplay::stepData(step, measures);
        if (!data.isEmpty())
            text = tr("%1 (%2)").arg(text, data);

        auto* item = new QTreeWidgetItem(
            this, {CaseDisplay::date(step.date), text, QString(), step.note.simplified()});
        PersonCell::show(item, ActorColumn, people, step.actor);
        PersonCell::show(item, ApprovedColumn, people, step.approvedBy);
        item->setToolTip(NoteColumn, step.note);
        item->setToolTip(DateColumn, tr("Recorded %1").arg(CaseDisplay::moment(step.recordedAt)));
        if (step.reopen) {
            item->setToolTip(StepColumn, tr("Reopened by an adviser; the note gives the reason."));
            for (int column = 0; column < columnCount(); ++column) {
                QFont font = item->font(column);
                font.setItalic(true);
                item->setFont(column, font);
                item->setForeground(column, reopenColour);
            }
        }
    }
    for (const int column : {DateColumn, StepColumn, ActorColumn, ApprovedColumn})
        resizeColumnToContents(column);
}

} // namespace infopunt::ui
