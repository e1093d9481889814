#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QTableWidgetItem>

class QListWidget;
class QTableWidget;
class QWidget;

namespace infopunt::ui {

// The shared look of the risk screens: the colours of the risk levels, table cells that sort
// by their value instead of their text, and checkable lists of records.
class RiskLook {
public:
    // Low green, medium yellow, high orange, very high red; dark text reads on each.
    static QColor levelColour(const QString& levelCode);
    static QColor levelTextColour() { return QColor(0x20, 0x20, 0x20); }
    static QString levelName(const QString& levelCode); // translated; "—" when none

    // A checkable list item per (id, text), ticked when its id is in `ticked`.
    static void fillCheckList(QListWidget* list, const QList<QPair<qint64, QString>>& entries,
                              const QList<qint64>& ticked);
    static QList<qint64> checkedIds(const QListWidget* list);

    // A read-only table of records, one selected row at a time.
    static QTableWidget* makeTable(const QStringList& headers, const QString& objectName,
                                   QWidget* parent);
    static void setRow(QTableWidget* table, int row, const QStringList& cells);
};

// A table cell shown as text and sorted by `key` (a date, a number).
class SortedItem : public QTableWidgetItem {
public:
    SortedItem(const QString& text, const QVariant& key, qint64 id = 0);
    bool operator<(const QTableWidgetItem& other) const override;
    static constexpr int idRole = Qt::UserRole;
    static constexpr int keyRole = Qt::UserRole + 1;
};

} // namespace infopunt::ui
