#pragma once

#include "cases/CaseWorkflow.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <optional>

namespace infopunt {

class CaseKeys;

// How a report reached the office.
enum class Channel { ConfidentialCounsellor, Manager, Adviser, Anonymous, External };

// What the statistics of a case are made of: its number, dates, channel, classification, state
// and outcome. Sealed with the case key in the main compartment (cases.facts, so a member reads
// them only of a case assigned to them) and mirrored in plain columns of the office compartment
// for the advisers' lists, filters and counts (CaseFactsMirror).
struct CaseFacts {
    qint64 id = 0;
    QString number; // "2026-014": year received and a sequence number within the year
    QDate receivedOn;
    Channel channel = Channel::Adviser;
    bool anonymous = false;
    std::optional<qint64> buildingBlockId;
    std::optional<qint64> violationTypeId;
    CaseState state = CaseState::Registered;
    QDate stateSince;
    std::optional<InvestigationKind> investigationKind;
    std::optional<Verdict> verdict;
    std::optional<qint64> measureId;
    std::optional<QDate> acknowledgedOn;
    std::optional<QDate> feedbackOn;
    std::optional<QDate> feedbackExtendedTo;
    std::optional<QDate> closedOn;
};

// The facts as stored: plain columns (the office mirror, and main rows written before facts
// were sealed) and the sealed JSON of the main compartment.
class CaseFactsCodec {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseFactsCodec)
public:
    // The plain columns, comma-separated, in the order fromColumns() and values() use.
    static const QString& columns();
    static CaseFacts fromColumns(qint64 id, const QSqlQuery& query, int first);
    static QVariantList values(const CaseFacts& facts);
    // What the main compartment's plain columns hold once the facts are sealed: nothing that
    // tells one case from another ("number" becomes "#" and the row id, as it must stay unique).
    static QString blankedColumns();

    // A main compartment row's facts: the sealed `facts` column at `first`, followed by the
    // plain columns, which a row written before facts were sealed still holds. A seal that does
    // not open gives empty facts and is reported by keys.checked() (CaseKeys::text).
    static QString mainColumns(const QString& table);
    static CaseFacts fromMainRow(qint64 id, const QSqlQuery& query, int first,
                                 const CaseKeys& keys);

    // Inside the caller's write to the office compartment: `facts` as a row of its plain copy
    // (case_facts), which must hold no row of the case.
    static Result<void> insertCopy(QSqlDatabase office, const CaseFacts& facts);

    // The facts of one case; CaseAccess::notFound() when there is no such case, the opening
    // error when its seal does not open. The caller checks visibility first.
    static Result<CaseFacts> read(QSqlDatabase db, const CaseKeys& keys, qint64 caseId,
                                  const QString& what);

    static QString toJson(const CaseFacts& facts);
    // Nothing for a value that is no facts object (a damaged or foreign value).
    static std::optional<CaseFacts> fromJson(qint64 id, const QString& json);
};

} // namespace infopunt
