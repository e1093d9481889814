#include "pages/cases/CaseDisplay.h"

#include "cases/CaseWorkflow.h"

#include <QLabel>
#include <QLocale>

namespace infopunt::ui {

QString CaseDisplay::date(QDate date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

QString CaseDisplay::moment(const QDateTime& at) {
    if (!at.isValid())
        return QStringLiteral("—");
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

QString CaseDisplay::size(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QColor CaseDisplay::stateColour(CaseState state) {
    switch (state) {
    case CaseState::Closed:
        return QColor(0x5f, 0x63, 0x68);
    case CaseState::Evaluated:
        return QColor(0x1e, 0x7e, 0x34);
    default:
        return QColor(0x1a, 0x5f, 0xb4);
    }
}

void CaseDisplay::showStateChip(QLabel* label, CaseState state) {
    label->setText(CaseWorkflow::stateName(state));
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                                        "border-radius: 9px; padding: 2px 10px; }")
                             .arg(stateColour(state).name()));
}

QColor CaseDisplay::deadlineColour(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Open:
        return QColor(0x1a, 0x5f, 0xb4);
    case DeadlineStatus::DueSoon:
        return QColor(0xb0, 0x6d, 0x00);
    case DeadlineStatus::Overdue:
        return QColor(0xb3, 0x26, 0x1e);
    case DeadlineStatus::Met:
        return QColor(0x1e, 0x7e, 0x34);
    case DeadlineStatus::MetLate:
        return QColor(0x8a, 0x5a, 0x00);
    }
    return {};
}

QString CaseDisplay::daysLeft(const Deadline& deadline, QDate today) {
    if (deadline.met)
        return tr("met on %1").arg(date(*deadline.met));
    const int days = Deadlines::daysLeft(deadline, today);
    if (days == 0)
        return tr("due today");
    if (days > 0)
        return tr("%n day(s) left", nullptr, days);
    return tr("%n day(s) overdue", nullptr, -days);
}

QString CaseDisplay::entryName(const QList<CodeListEntry>& entries, std::optional<qint64> id) {
    if (!id)
        return {};
    for (const CodeListEntry& entry : entries) {
        if (entry.id == *id)
            return entry.retired ? tr("%1 (retired)").arg(entry.name) : entry.name;
    }
    return {};
}

QString CaseDisplay::stepData(const CaseStep& step, const QList<CodeListEntry>& measures) {
    if (step.investigationKind)
        return CaseWorkflow::kindName(*step.investigationKind);
    if (step.verdict)
        return CaseWorkflow::verdictName(*step.verdict);
    if (step.to == CaseState::MeasureDetermined && !step.reopen)
        return step.measureId ? entryName(measures, step.measureId) : tr("No measure");
    return {};
}

} // namespace infopunt::ui
