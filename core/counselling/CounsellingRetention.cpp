#include "counselling/CounsellingRetention.h"

#include "counselling/CounsellingFigures.h"
#include "counselling/CounsellingSettings.h"
#include "storage/Store.h"

#include <algorithm>

namespace infopunt {

QDate CounsellingRetention::dueOn(const Contact& contact, const QDate& publishedOn, int months) {
    if (!contact.isClosed() || !publishedOn.isValid())
        return {};
    return std::max(contact.closedOn, publishedOn).addMonths(months);
}

Result<QHash<int, QDate>> CounsellingRetention::publishedYears() const {
    auto sets = CounsellingFigures(m_store).history(m_store.user().userName);
    if (!sets)
        return sets.error();
    QHash<int, QDate> first;
    for (const CounsellingFigures::Published& set : sets.value()) {
        const QDate day = set.publishedAt.toLocalTime().date();
        auto known = first.find(set.figures.year);
        if (known == first.end())
            first.insert(set.figures.year, day);
        else if (day < known.value())
            known.value() = day;
    }
    return first;
}

Result<QList<CounsellingRetention::Item>>
CounsellingRetention::schedule(const QList<Contact>& contacts) const {
    auto months = CounsellingSettings(m_store).retentionMonths();
    if (!months)
        return months.error();
    auto published = publishedYears();
    if (!published)
        return published.error();
    QList<Item> items;
    for (const Contact& contact : contacts) {
        if (!contact.isClosed() || !m_store.user().is(contact.owner))
            continue;
        const QDate publishedOn = published.value().value(contact.firstContact.year());
        items.append({contact, publishedOn, dueOn(contact, publishedOn, months.value())});
    }
    // Due ones first (soonest first), then those still waiting for their figures.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        if (a.dueOn.isValid() != b.dueOn.isValid())
            return a.dueOn.isValid();
        return a.dueOn < b.dueOn;
    });
    return items;
}

} // namespace infopunt
