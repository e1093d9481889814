#pragma once

#include "common/Result.h"
#include "counselling/Contact.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace infopunt {

class Store;

// When a counsellor's contact is destroyed (the LVV rule: the file goes once it is processed
// into the anonymised yearly report). A closed contact is due a set number of months
// (CounsellingSettings) after the later of its closing and the first publication of its owner's
// figures for its year; an open contact, or one whose year is not published, is never due.
class CounsellingRetention {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CounsellingRetention)
public:
    struct Item {
        Contact contact;
        QDate publishedOn; // null: its year's figures are not published yet
        QDate dueOn;       // null: not before they are
    };

    explicit CounsellingRetention(Store& store)
        : m_store(store) {}

    // The day `contact` may be destroyed; null while it cannot be.
    static QDate dueOn(const Contact& contact, const QDate& publishedOn, int months);

    // The signed-in counsellor's own closed contacts among `contacts`, soonest due first.
    Result<QList<Item>> schedule(const QList<Contact>& contacts) const;
    // The first day each year's figures of the signed-in counsellor were published.
    Result<QHash<int, QDate>> publishedYears() const;

private:
    Store& m_store;
};

} // namespace infopunt
