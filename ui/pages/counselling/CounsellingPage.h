#pragma once

#include "audit/AuditLog.h"
#include "counselling/Contact.h"
#include "counselling/CounsellingSettings.h"
#include "pages/Page.h"

#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class RetentionTab;

// The Counselling module, for confidential counsellors only: their register of contacts (with
// type-ahead, register, open and edit, share with a stand-in, transfer to a successor, hand a
// formal report over to the advisers) and the
// yearly figures exactly as they will be published, with publishing and replacing; and the
// retention list (RetentionTab); and the compartment's log of what was done with their
// contacts.
class CounsellingPage : public Page {
    Q_OBJECT
public:
    CounsellingPage(Store& store, QWidget* parent);
    void refresh() override;
    // Shows the contact, to edit it (from a due reminder on the dashboard).
    void openContact(qint64 contactId);

private:
    void showContacts();
    void showFigures();
    void registerContact();
    void openSelected();
    void shareContact();
    void unshareContact();
    void handOver();
    void updateContactButtons();
    void showLog();
    const Contact* selectedContact() const; // among m_contacts; null when none is selected
    QString contactName(const AuditEntry& entry) const;
    void transferAll();
    void publishFigures();
    qint64 selectedId() const;
    // The contact dialog, which registers or saves.
    void edit(const Contact& contact);

    Store& m_store;
    QList<Contact> m_contacts;
    QLineEdit* m_filter;
    QTableWidget* m_table;
    QLabel* m_count;
    QPushButton* m_open;
    QPushButton* m_share;
    QPushButton* m_unshare;
    QPushButton* m_handover;
    QSpinBox* m_year;
    QTreeWidget* m_figures;
    QLabel* m_legend;
    QLabel* m_publication;
    QPushButton* m_publish;
    RetentionTab* m_retention;
    QTableWidget* m_log;
    int m_threshold = CounsellingSettings::defaultThreshold; // read at every refresh
};

} // namespace infopunt::ui
