#pragma once

#include "counselling/Contact.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// The counsellor's retention list: their own closed contacts with the day each is to be
// destroyed, destruction of the due ones on confirmation, and the counsellors' shared rules
// (the suppression threshold and the retention period).
class RetentionTab : public QWidget {
    Q_OBJECT
public:
    RetentionTab(Store& store, QWidget* parent);
    void setContacts(const QList<Contact>& contacts);

signals:
    // Contacts were destroyed or a rule changed: the register and the figures show again.
    void changed();

private:
    void destroyDue();
    void saveRules();

    Store& m_store;
    QList<qint64> m_due;
    int m_savedMonths = 0;
    int m_savedThreshold = 0;
    QTableWidget* m_table;
    QLabel* m_state;
    QLabel* m_error;
    QPushButton* m_destroy;
    QSpinBox* m_months;
    QSpinBox* m_threshold;
};

} // namespace infopunt::ui
