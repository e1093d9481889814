#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace infopunt {

class Store;

// A store of realistic size for measuring (`infopunt demo --size N`, the benchmark): N invented
// reports received over ten years, registered and steered through the same services as the
// demo cases (CaseService, CaseJournal, CaseDocuments), by the advisers and the working-group
// members of the demo store. Every channel, anonymous reports, building blocks and violation
// types from the store's lists, journal entries, small text documents, witnesses, custom
// deadlines (some met), extended feedback, reviews by assigned members, and every state of the
// protocol (older reports further along; closures approved by the second adviser).
//
// The same seed gives the same cases (numbers, titles, dates, states and texts) on the same day;
// only the keys and the seals differ. Names are made up from lists of first and last names.
// The writes are committed in batches (WriteBatch) of `casesPerBatch` cases per session.
class DemoVolume {
    Q_DECLARE_TR_FUNCTIONS(infopunt::DemoVolume)
public:
    // The signed-in sessions that do the work: two advisers and two working-group members.
    struct Sessions {
        Store& adviser;
        Store& secondAdviser;
        Store& jurist;
        Store& controller;
    };
    // Called after every batch with the reports made so far and the total.
    using Progress = std::function<void(int done, int total)>;

    static Result<void> add(const Sessions& sessions, int reports, quint32 seed,
                            const Progress& progress = {});

    static constexpr int casesPerBatch = 250;
    static constexpr int yearsBack = 10;

    // Words for measuring full-text search: the rare one occurs in about one report in a
    // thousand (and at least once from 8 reports on), the common one in most reports.
    static QString rareWord();
    static QString commonWord();
};

} // namespace infopunt
