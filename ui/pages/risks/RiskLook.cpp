#include "pages/risks/RiskLook.h"

#include "common/UiHelpers.h"
#include "risks/LoopCodes.h"

#include <QDate>
#include <QHeaderView>
#include <QListWidget>
#include <QTableWidget>

namespace infopunt::ui {

QColor RiskLook::levelColour(const QString& levelCode) {
    if (levelCode == QLatin1String("low"))
        return QColor(0x8f, 0xd1, 0x8b);
    if (levelCode == QLatin1String("medium"))
        return QColor(0xf6, 0xe0, 0x6e);
    if (levelCode == QLatin1String("high"))
        return QColor(0xf5, 0xa6, 0x5b);
    if (levelCode == QLatin1String("very_high"))
        return QColor(0xe8, 0x6a, 0x64);
    return QColor(0xe0, 0xe0, 0xe0);
}

QString RiskLook::levelName(const QString& levelCode) {
    if (levelCode.isEmpty())
        return QStringLiteral("—");
    return LoopCodes::name(LoopCodes::List::RiskLevel, levelCode);
}

void RiskLook::fillCheckList(QListWidget* list, const QList<QPair<qint64, QString>>& entries,
                             const QList<qint64>& ticked) {
    list->clear();
    for (const auto& [id, text] : entries) {
        auto* item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> RiskLook::checkedIds(const QListWidget* list) {
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            ids.append(list->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

QTableWidget* RiskLook::makeTable(const QStringList& headers, const QString& objectName,
                                  QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    applyTableStyle(table);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void RiskLook::setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

SortedItem::SortedItem(const QString& text, const QVariant& key, qint64 id)
    : QTableWidgetItem(text) {
    setData(keyRole, key);
    setData(idRole, id);
}

bool SortedItem::operator<(const QTableWidgetItem& other) const {
    const QVariant mine = data(keyRole);
    const QVariant theirs = other.data(keyRole);
    if (mine.typeId() == QMetaType::QDate && theirs.typeId() == QMetaType::QDate) {
        // No date sorts last.
        const QDate a = mine.toDate(), b = theirs.toDate();
        if (a.isValid() != b.isValid())
            return a.isValid();
        return a < b;
    }
    if (mine.isValid() && theirs.isValid())
        return QVariant::compare(mine, theirs) == QPartialOrdering::Less;
    return QTableWidgetItem::operator<(other);
}

} // namespace infopunt::ui
