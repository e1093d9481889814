#include "CaseFixtures.h"
#include "audit/AuditLog.h"
#include "audit/AuditSummaries.h"
#include "cases/CaseViewLog.h"
#include "catch.h"
#include "storage/Drafts.h"
#include "storage/WriteTransaction.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

using namespace infopunt;
using namespace infopunt::test;

namespace {

const QString typedDescription = QStringLiteral("Zag de leverancier met Jolanda in de kantine");

Draft overviewDraft(qint64 caseId) {
    Draft draft;
    draft.module = QStringLiteral("cases");
    draft.recordId = caseId;
    draft.recordLabel = QStringLiteral("2026-001");
    draft.view = QStringLiteral("overviewTab");
    draft.form = QStringLiteral("overview");
    draft.argument = 7;
    draft.fields = {{QStringLiteral("descriptionEdit"), typedDescription},
                    {QStringLiteral("receivedEdit"), QDate(2026, 11, 3)},
                    {QStringLiteral("channelCombo"), QVariantMap{{QStringLiteral("data"), 2}}}};
    return draft;
}

QList<AuditEntry> auditOf(Store& store, const QString& action) {
    QList<AuditEntry> found;
    for (const AuditEntry& entry : openedAuditLog(store)) {
        if (entry.action == action)
            found.append(entry);
    }
    return found;
}

} // namespace

TEST_CASE("a kept draft comes back with its values and types, for its own user only", "[drafts]") {
    StoreFixture f;
    REQUIRE(Drafts(*f.store).keep({overviewDraft(12)}).ok());

    const auto mine = Drafts(*f.store).mine();
    REQUIRE(mine.ok());
    REQUIRE(mine.value().size() == 1);
    const Draft& kept = mine.value().first();
    CHECK(kept.module == QStringLiteral("cases"));
    CHECK(kept.recordId == 12);
    CHECK(kept.recordLabel == QStringLiteral("2026-001"));
    CHECK(kept.view == QStringLiteral("overviewTab"));
    CHECK(kept.form == QStringLiteral("overview"));
    CHECK(kept.argument == 7);
    CHECK(kept.fields == overviewDraft(12).fields);
    CHECK(kept.fields.value(QStringLiteral("receivedEdit")).typeId() == QMetaType::QDate);
    CHECK(kept.savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);

    // The audit log says a draft was kept, never what it holds nor which record it is of; the
    // drafts table keeps the label sealed with the values.
    const auto entries = auditOf(*f.store, QStringLiteral("draft.keep"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().recordId == QStringLiteral("#%1").arg(kept.id));
    QSqlQuery labels(f.store->database());
    REQUIRE(labels.exec(QStringLiteral("SELECT count(*) FROM drafts WHERE record_label = ''")));
    REQUIRE(labels.next());
    CHECK(labels.value(0).toInt() == 1);
    CHECK(entries.first().summaryCode == QStringLiteral("draft.keep"));
    CHECK_FALSE(entries.first().summaryParams.contains(QStringLiteral("Jolanda")));

    // Another user of the same store sees none of it and cannot remove it.
    auto other = signIn(f, secondAdviser, Role::Adviser);
    CHECK(Drafts(*other).mine().value().isEmpty());
    CHECK(Drafts(*other).remove(kept.id, false).error().code == ErrorCode::NotFound);

    REQUIRE(Drafts(*f.store).remove(kept.id, true).ok());
    CHECK(Drafts(*f.store).mine().value().isEmpty());
    CHECK(auditOf(*f.store, QStringLiteral("draft.restore")).size() == 1);
    CHECK(Drafts(*f.store).remove(kept.id, true).error().code == ErrorCode::NotFound);
    CHECK(AuditLog::verify(f.store->database()).intact);
}

TEST_CASE("a draft's text is stored only inside the encrypted store", "[drafts]") {
    StoreFixture f;
    REQUIRE(Drafts(*f.store).keep({overviewDraft(3)}).ok());
    f.store.reset();
    for (const QString& name : {QStringLiteral("infopunt.db"), QStringLiteral("keyring.json")}) {
        QFile file(f.folder + QLatin1Char('/') + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK_FALSE(bytes.contains(typedDescription.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArray("kantine")));
    }
}

TEST_CASE("keeping drafts while another workstation saves waits, then fails without a trace",
          "[drafts]") {
    StoreFixture f;
    auto elsewhere = f.unlock();
    REQUIRE(elsewhere);
    WriteTransaction saving(*elsewhere);
    REQUIRE(saving.begin().ok());
    const auto kept = Drafts(*f.store).keep({overviewDraft(3)});
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().code == ErrorCode::Busy);
    REQUIRE(saving.commit().ok());
    CHECK(Drafts(*f.store).mine().value().isEmpty());
}

TEST_CASE("opening a case while another workstation saves does not wait; the view is logged "
          "once the store is free",
          "[drafts][cases]") {
    StoreFixture f;
    const CaseRecord report = registerCase(*f.store);
    CaseService cases(*f.store);
    CaseViewLog views(*f.store);

    auto elsewhere = f.unlock();
    REQUIRE(elsewhere);
    auto saving = std::make_unique<WriteTransaction>(*elsewhere);
    REQUIRE(saving->begin().ok());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(views.record(report.id).ok());
    // Waiting for the lock would take its full timeout (seconds); not waiting takes none.
    CHECK(timer.elapsed() < StoreLock::defaultWaitMs / 2);
    CHECK(views.pendingCount() == 1);
    views.retry();
    CHECK(views.pendingCount() == 1);
    REQUIRE(saving->commit().ok());
    saving.reset();

    views.retry();
    CHECK(views.pendingCount() == 0);
    const auto logged = cases.views(report.id).value();
    REQUIRE(logged.size() == 1);
    const auto entries = auditOf(*f.store, QStringLiteral("case.view"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().summaryCode == QStringLiteral("case.view.later"));
    CHECK(AuditSummaries::text(entries.first().summaryOf())
              .contains(QStringLiteral("recorded later")));

    // A case the user may not open is refused at once, busy store or not.
    CHECK(views.record(report.id + 100).error().code == ErrorCode::NotFound);
}
