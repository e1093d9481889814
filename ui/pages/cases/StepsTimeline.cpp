#include "pages/cases/StepsTimeline.h"

#include "common/PersonCell.h"
#include "common/UiHelpers.h"
#include "pages/cases/CaseDisplay.h"

#include <QHeaderView>
#include <algorithm>

namespace infopunt::ui {

namespace {
enum Column { DateColumn, StepColumn, ActorColumn, NoteColumn, ApprovedColumn };
constexpr int noteRole = Qt::UserRole;
// The note pane's height, in lines of text.
constexpr int noteLines = 4;
// A long step ("Preliminary inquiry → Decision on investigation (internal investigation)") is
// cut short at this width (its tooltip has it all), so the note keeps room.
constexpr int maximumStepWidth = 200;
} // namespace

StepsTimeline::StepsTimeline(QWidget* parent)
    : QTreeWidget(parent) {
    setRootIsDecorated(false);
    applyTableStyle(this);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
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
        item->setToolTip(StepColumn, text);
        item->setToolTip(NoteColumn, step.note);
        item->setData(NoteColumn, noteRole, step.note);
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
    // Most steps need no second signature: the column only takes the note's room when one did.
    const bool approvals = std::any_of(steps.cbegin(), steps.cend(), [](const CaseStep& step) {
        return !step.approvedBy.isEmpty();
    });
    setColumnHidden(ApprovedColumn, !approvals);
    for (const int column : {DateColumn, StepColumn, ActorColumn, ApprovedColumn})
        resizeColumnToContents(column);
    setColumnWidth(StepColumn, std::min(columnWidth(StepColumn), maximumStepWidth));
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(topLevelItemCount() - 1));
}

QString StepsTimeline::selectedNote() const {
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(NoteColumn, noteRole).toString() : QString();
}

StepNotePane::StepNotePane(StepsTimeline* timeline, QWidget* parent)
    : QPlainTextEdit(parent) {
    setReadOnly(true);
    setPlaceholderText(tr("Select a step to read its note in full."));
    setFixedHeight(fontMetrics().lineSpacing() * noteLines + 2 * frameWidth() +
                   2 * static_cast<int>(document()->documentMargin()));
    connect(timeline, &QTreeWidget::currentItemChanged, this,
            [this, timeline] { setPlainText(timeline->selectedNote()); });
}

} // namespace infopunt::ui
