#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace infopunt::bench {

// The longest time the event loop could not answer during one user action, in milliseconds.
struct UiStall {
    QString action;
    double longestMs = 0;
    qsizetype listedRows = -1; // rows in the case list after the action; -1 where none is shown
};

struct UiStalls {
    QList<UiStall> actions;
    double longestMs() const; // over every action
    // {"longest_stall_ms": …, "actions": [{"action", "longest_stall_ms", "rows_listed"}, …]}
    QJsonObject toJson() const;
};

// Opens the main window on the store in `storeFolder` as `userName` and drives its real widgets
// as a user would: lock and unlock, the Cases module, every filter, type-ahead key by key, a
// full-text search, sorting on a column, scrolling down the first pages, opening a case, saving
// a change to it and back to the dashboard. Meanwhile a timer every 5 ms records how late the
// event loop lets it fire: the longest stall per action. Prints a table and returns the figures;
// none when the store could not be opened or a widget was not found (said on stderr).
//
// Needs a QApplication: call it before any Q(Core)Application exists, and it makes one on the
// offscreen platform for the time it runs, or from inside a QApplication (not a
// QCoreApplication); libsodium must be initialised (initSodium) first. The store is changed (one
// case's title is edited, the window's settings go to Qt's test location), so give it a copy.
std::optional<UiStalls> benchmarkUiStalls(const QString& storeFolder, const QString& userName,
                                          const QString& passphrase);

} // namespace infopunt::bench
