#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace infopunt::ui {

// A short list on the dashboard, which scrolls as a whole: a table as tall as its rows (up to
// eight), a line instead when there is nothing to list, an error line when it could not be
// read. A double-click on a row reports it.
class DashboardList : public QWidget {
    Q_OBJECT
public:
    DashboardList(const QString& tableObjectName, const QStringList& headers,
                  const QString& emptyText, const QString& rowToolTip, QWidget* parent);

signals:
    void rowActivated(int row);

protected:
    // `rows`, each with a text per header; or `error` (translated) when it is not empty.
    void showRows(const QList<QStringList>& rows, const QString& error);

private:
    QTableWidget* m_table;
    QLabel* m_empty;
    QLabel* m_error;
};

} // namespace infopunt::ui
