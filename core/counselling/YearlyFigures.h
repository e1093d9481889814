#pragma once

#include "counselling/Contact.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace infopunt {

// One number of a published table, and whether it is shown.
struct FigureCell {
    enum class Shown {
        Count,      // the number itself
        Small,      // 1 .. threshold-1: shown as "< threshold"
        Complement, // hidden because the total minus the other cells would reveal a small one
    };
    QString code;
    int count = 0; // 0 in a published set for a hidden cell: the number never leaves the counsellor
    Shown shown = Shown::Count;

    bool hidden() const { return shown != Shown::Count; }
    // "12", "< 5" or "×" (translated where words are involved).
    QString text(int threshold) const;
};

// The counts of one dimension (kind, category per kind, how people came in, ...). An additive
// table's cells add up to its total (one value per contact); the actions and referrals are not
// additive (a contact can have several) and show no total.
struct FigureTable {
    QString dimension;
    bool additive = true;
    FigureCell total;
    QList<FigureCell> cells;
};

// A counsellor's yearly figures exactly as they are published: the contacts whose first contact
// fell in the year, counted per dimension, with small counts suppressed (SmallCounts). Only
// the counsellor's own contacts count (not those shared with them), so that the annual report
// can add up every counsellor's set without counting a contact twice.
struct YearlyFigures {
    Q_DECLARE_TR_FUNCTIONS(infopunt::YearlyFigures)
public:
    int year = 0;
    int threshold = 5;
    FigureCell contacts;      // code "contacts"
    FigureCell conversations; // code "conversations": conversations held in the year
    QList<FigureTable> tables;

    static YearlyFigures count(const QList<Contact>& contacts, const QString& owner, int year,
                               int threshold);
    const FigureTable* table(const QString& dimension) const;
    // The name of a dimension and of a cell's code, translated, for the preview and the report.
    static QString dimensionName(const QString& dimension);
    static QString cellName(const QString& dimension, const QString& code);

    // The published form: hidden cells carry no number.
    QJsonObject toJson() const;
    static std::optional<YearlyFigures> fromJson(const QJsonObject& object);
};

// Small-count suppression for a table about persons: every count from 1 to threshold-1 is shown
// as "< threshold"; where an additive table's total is shown and exactly one cell is hidden, the
// smallest other non-zero cell is hidden too (otherwise the total minus the rest gives it away);
// a total below the threshold is itself shown as "< threshold".
class SmallCounts {
public:
    static void suppress(FigureTable& table, int threshold);
    static void suppress(FigureCell& cell, int threshold);
};

} // namespace infopunt
