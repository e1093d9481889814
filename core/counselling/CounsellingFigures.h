#pragma once

#include "common/Result.h"
#include "counselling/YearlyFigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace infopunt {

class Store;

// The counsellors' published yearly figures in the shared main compartment, where the annual
// report reads them (never the counselling compartment). A counsellor publishes their own set
// for a year once; after that only replace() changes it: the new set is added with a reason, the
// old one kept and marked as replaced, both in the audit log. The table is ledgered, so a set
// changed outside Infopunt shows in verify.
class CounsellingFigures {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CounsellingFigures)
public:
    struct Published {
        qint64 id = 0;
        QString counsellor;
        QDateTime publishedAt; // UTC
        QString reason;        // why it replaced the set before it; "" for a first set
        qint64 replacedBy = 0; // 0 while it is the current set
        YearlyFigures figures;
    };

    explicit CounsellingFigures(Store& store)
        : m_store(store) {}

    // The signed-in counsellor's figures for `year` as they would be published, from their own
    // contacts (CounsellingService::contacts()) and the threshold (CounsellingSettings).
    YearlyFigures preview(const QList<Contact>& contacts, int year, int threshold) const;
    // Publishes `figures` as the counsellor's set for its year; InvalidInput if one is already
    // published (replace it instead). Only counsellors publish. A set cannot be replaced once
    // contacts it counted were destroyed: they could not be counted again.
    Result<qint64> publish(const YearlyFigures& figures);
    Result<qint64> replace(const YearlyFigures& figures, const QString& reason);

    // The current sets of `year`, every counsellor's (anyone signed in may read them).
    Result<QList<Published>> current(int year) const;
    // Every set the counsellor published, replaced ones included, newest first.
    Result<QList<Published>> history(const QString& counsellor) const;

private:
    Result<qint64> save(const YearlyFigures& figures, const QString& reason, bool replacing);
    Result<QList<Published>> read(const QString& where, const QVariantList& values) const;

    Store& m_store;
};

} // namespace infopunt
