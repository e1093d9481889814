// The counselling register: each counsellor's contacts sealed under keys only they (and whom they
// shared or transferred to) hold, the compartment's own log, and the yearly figures published
// with small counts suppressed.
#include "Insider.h"
#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "audit/LedgerCheck.h"
#include "cases/CaseService.h"
#include "catch.h"
#include "counselling/CounsellingCodes.h"
#include "counselling/CounsellingFigures.h"
#include "counselling/CounsellingHandovers.h"
#include "counselling/CounsellingLogCheck.h"
#include "counselling/CounsellingRetention.h"
#include "counselling/CounsellingService.h"
#include "counselling/CounsellingSettings.h"
#include "storage/Store.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace infopunt;
using namespace infopunt::test;

namespace {

struct Person {
    QString name;
    QString passphrase;
};
const Person piet{QStringLiteral("vp-piet"), QStringLiteral("Lindeboom-Gracht-7315")};
const Person sanne{QStringLiteral("vp-sanne"), QStringLiteral("Kastanje-Sluis-2290")};
const Person extern_{QStringLiteral("vp-extern"), QStringLiteral("Walnoot-Brug-6614")};
const Person jurist{QStringLiteral("jurist"), QStringLiteral("Wetboek-Molen-Tulp-83")};
const QString secretNote = QStringLiteral("Vertelde over pesterijen door teamleider Zandvoort");

struct CounsellingFixture {
    StoreFixture f;
    CounsellingFixture() {
        AccountService accounts(*f.store);
        for (const Person& p : {piet, sanne, extern_})
            REQUIRE(accounts.add({p.name, p.name, p.passphrase}, Role::ConfidentialCounsellor,
                                 f.recoveryKey));
        REQUIRE(
            accounts.add({jurist.name, jurist.name, jurist.passphrase}, Role::WorkingGroupMember));
        // Every counsellor has used the register once, so their keys are pinned.
        for (const Person& p : {piet, sanne, extern_})
            REQUIRE(CounsellingService(*as(p)).pinOwnKey());
    }
    std::unique_ptr<Store> as(const Person& p) const {
        auto store = f.unlock(p.name, p.passphrase);
        REQUIRE(store);
        return store;
    }
};

Contact sample(const QDate& first, const QString& category = QStringLiteral("bullying")) {
    Contact c;
    c.pseudonym = QStringLiteral("MW-%1").arg(first.toString(QStringLiteral("MMdd")));
    c.personName = QStringLiteral("Marieke Wolters");
    c.firstContact = first;
    c.kind = CounsellingCodes::kindOf(category);
    c.category = category;
    c.cameVia = QStringLiteral("self");
    c.personRole = QStringLiteral("employee");
    c.conversations = {{first, 45, QStringLiteral("in_person")}};
    c.actions = {QStringLiteral("support")};
    c.notes = secretNote;
    return c;
}

QDate lastYear(int month, int day) {
    return QDate(QDate::currentDate().year() - 1, month, day);
}

} // namespace

TEST_CASE("a counsellor registers, reads and edits a contact; the log stays in the compartment",
          "[counselling]") {
    CounsellingFixture fx;
    auto store = fx.as(piet);
    CounsellingService service(*store);
    const auto id = service.registerContact(sample(lastYear(3, 4)));
    REQUIRE(id);

    auto listed = service.contacts();
    REQUIRE(listed);
    REQUIRE(listed.value().size() == 1);
    Contact contact = listed.value().first();
    CHECK(contact.id == id.value());
    CHECK(contact.owner == piet.name);
    CHECK(contact.holders == QStringList{piet.name});
    CHECK(contact.notes == secretNote);
    CHECK(contact.conversations == sample(lastYear(3, 4)).conversations);

    contact.conversations.append({lastYear(3, 18), 30, QStringLiteral("phone")});
    contact.outcome = QStringLiteral("resolved");
    contact.closedOn = lastYear(4, 1);
    REQUIRE(service.update(contact));
    auto opened = service.open(contact.id);
    REQUIRE(opened);
    CHECK(opened.value().conversations.size() == 2);
    CHECK(opened.value().isClosed());

    // The version read before the edit is stale now.
    const auto stale = service.update(contact);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::StaleEdit);

    // A contact the rules refuse is not saved, and every problem is named.
    Contact bad = sample(lastYear(1, 1));
    bad.pseudonym.clear();
    bad.category = QStringLiteral("violation"); // an integrity category on a behaviour contact
    bad.actions = {QStringLiteral("referral")};
    const auto refused = service.registerContact(bad);
    REQUIRE_FALSE(refused);
    QStringList fields;
    for (const FieldError& e : refused.error().fieldErrors)
        fields.append(e.field);
    CHECK(fields == QStringList{QStringLiteral("pseudonym"), QStringLiteral("category"),
                                QStringLiteral("referrals")});
    CHECK(service.contacts().value().size() == 1);

    // The compartment's log holds the actions, signed and chained; the shared log none of them.
    auto log = service.log();
    REQUIRE(log);
    QStringList actions;
    for (const AuditEntry& e : log.value())
        actions.prepend(e.action);
    CHECK(actions == QStringList{QStringLiteral("counsellor.pin"),
                                 QStringLiteral("contact.register"),
                                 QStringLiteral("contact.update"), QStringLiteral("contact.view")});
    CHECK(AuditLog::verify(store->database(Compartment::Counselling)).intact);
    for (const AuditEntry& e : AuditLog::latest(store->database()).value())
        CHECK_FALSE(e.action.startsWith(QLatin1String("contact.")));
}

TEST_CASE("no other account's keys open a counsellor's contact", "[counselling][attack]") {
    CounsellingFixture fx;
    {
        auto store = fx.as(piet);
        REQUIRE(CounsellingService(*store).registerContact(sample(lastYear(5, 6))));
    }
    const QString file = Store::compartmentPath(fx.f.folder, Compartment::Counselling);

    // A fellow counsellor holds the compartment key: the file opens, the contact does not.
    for (const Person& fellow : {sanne, extern_}) {
        auto store = fx.as(fellow);
        CHECK(CounsellingService(*store).contacts().value().isEmpty());
        CHECK_FALSE(CounsellingService(*store).open(1));
        // With the program's own classes: the sealed key does not open with their identity,
        // whatever holder it is taken to be for.
        QSqlQuery rows(store->database(Compartment::Counselling));
        REQUIRE(rows.exec(QStringLiteral("SELECT contact_id, sealed_key FROM contact_keys")));
        REQUIRE(rows.next());
        for (const QString& holder : {piet.name, fellow.name}) {
            const QByteArray context = QStringLiteral("infopunt-contact-key-v1|%1|%2|1|%3")
                                           .arg(store->storeId())
                                           .arg(rows.value(0).toLongLong())
                                           .arg(holder)
                                           .toUtf8();
            CHECK_FALSE(store->identity().open(rows.value(1).toByteArray(), context));
        }
        // With the sqlcipher shell and their raw compartment key: nothing readable of it.
        const auto keys = Insider::keys(fx.f.folder, fellow.name, fellow.passphrase);
        REQUIRE(keys.contains(QStringLiteral("counselling")));
        const QString dump = Insider::shell(file, keys.value(QStringLiteral("counselling")),
                                            QStringLiteral(".dump"));
        CHECK(dump.contains(QStringLiteral("CREATE TABLE contacts")));
        CHECK_FALSE(dump.contains(QStringLiteral("Marieke")));
        CHECK_FALSE(dump.contains(QStringLiteral("pesterijen")));
        CHECK_FALSE(dump.contains(QStringLiteral("bullying")));
    }
    // The adviser and a member hold no key of the compartment at all.
    for (const auto& [name, passphrase] :
         {std::pair{adviserName, adviserPassphrase}, std::pair{jurist.name, jurist.passphrase}}) {
        const auto keys = Insider::keys(fx.f.folder, name, passphrase);
        REQUIRE_FALSE(keys.isEmpty());
        CHECK_FALSE(keys.contains(QStringLiteral("counselling")));
        for (const QByteArray& key : keys)
            CHECK(Insider::shell(file, key, QStringLiteral("SELECT count(*) FROM contacts;"))
                      .startsWith(QStringLiteral("error:")));
        auto store = fx.f.unlock(name, passphrase);
        REQUIRE(store);
        const auto refused = CounsellingService(*store).contacts();
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotPermitted);
    }
}

TEST_CASE("a contact shared with a stand-in, shared no longer, and transferred to a successor",
          "[counselling][revocation]") {
    CounsellingFixture fx;
    qint64 id = 0;
    {
        auto store = fx.as(piet);
        CounsellingService service(*store);
        id = service.registerContact(sample(lastYear(2, 2))).value();
        REQUIRE(service.registerContact(sample(lastYear(6, 7), QStringLiteral("question"))));
        CHECK(service.fellows().value() == QStringList{extern_.name, sanne.name});
        REQUIRE(service.share(id, sanne.name));
    }
    QByteArray sanneOldKeyRow;
    {
        auto store = fx.as(sanne);
        CounsellingService service(*store);
        const auto seen = service.contacts().value();
        REQUIRE(seen.size() == 1);
        CHECK(seen.first().notes == secretNote);
        CHECK(seen.first().holders == QStringList{piet.name, sanne.name});
        // A stand-in may read and edit, but not pass the contact on.
        const auto passOn = service.share(id, extern_.name);
        REQUIRE_FALSE(passOn);
        CHECK(passOn.error().code == ErrorCode::NotPermitted);
        QSqlQuery row(store->database(Compartment::Counselling));
        REQUIRE(row.exec(QStringLiteral("SELECT sealed_key FROM contact_keys WHERE holder = "
                                        "'vp-sanne'")));
        REQUIRE(row.next());
        sanneOldKeyRow = row.value(0).toByteArray();
    }
    {
        auto store = fx.as(piet);
        REQUIRE(CounsellingService(*store).unshare(id, sanne.name));
    }
    {
        auto store = fx.as(sanne);
        CHECK(CounsellingService(*store).contacts().value().isEmpty());
        // The key Sanne may have kept (the old generation's) no longer opens the contact.
        CounsellingKeys keys(*store);
        auto oldKey = keys.open(id, 1, sanneOldKeyRow);
        REQUIRE(oldKey);
        QSqlQuery row(store->database(Compartment::Counselling));
        REQUIRE(row.exec(
            QStringLiteral("SELECT generation, content FROM contacts WHERE id = %1").arg(id)));
        REQUIRE(row.next());
        CHECK(row.value(0).toInt() == 2);
        CHECK_FALSE(keys.openContent(oldKey.value(), id, 1, row.value(1).toByteArray()));
        CHECK_FALSE(keys.openContent(oldKey.value(), id, 2, row.value(1).toByteArray()));
    }
    {
        auto store = fx.as(piet);
        CounsellingService service(*store);
        CHECK(service.contacts().value().first().notes == secretNote); // still Piet's
        CHECK(service.transferAll(extern_.name).value() == 2);
        CHECK(service.contacts().value().isEmpty());
        QStringList actions;
        for (const AuditEntry& e : service.log().value())
            actions.append(e.action);
        CHECK(actions.count(QStringLiteral("contact.transfer")) == 2);
        CHECK(actions.contains(QStringLiteral("contact.unshare")));
    }
    auto store = fx.as(extern_);
    const auto taken = CounsellingService(*store).contacts().value();
    REQUIRE(taken.size() == 2);
    for (const Contact& c : taken) {
        CHECK(c.owner == extern_.name);
        CHECK(c.holders == QStringList{extern_.name});
    }
}

TEST_CASE("small counts are suppressed, also where a total would give them away",
          "[counselling][figures]") {
    const auto table = [](QList<int> counts, bool additive = true) {
        FigureTable t;
        t.additive = additive;
        for (int i = 0; i < counts.size(); ++i) {
            t.cells.append({QString::number(i), counts.at(i), FigureCell::Shown::Count});
            t.total.count += counts.at(i);
        }
        SmallCounts::suppress(t, 5);
        return t;
    };
    const auto texts = [](const FigureTable& t) {
        QStringList list;
        for (const FigureCell& c : t.cells)
            list.append(c.text(5));
        list.append(t.additive ? t.total.text(5) : QStringLiteral("-"));
        return list.join(QLatin1Char('|'));
    };
    // Nothing small: everything shows, zeros too.
    CHECK(texts(table({12, 0, 7})) == QStringLiteral("12|0|7|19"));
    // One small cell: the smallest other non-zero cell is hidden as well.
    CHECK(texts(table({12, 3, 7})) == QStringLiteral("12|< 5|×|22"));
    // Two small cells hide each other; the threshold itself is not small.
    CHECK(texts(table({12, 3, 1, 5})) == QStringLiteral("12|< 5|< 5|5|21"));
    // A small total: everything in it is small.
    CHECK(texts(table({3, 0})) == QStringLiteral("< 5|0|< 5"));
    // A table without a total (several values per contact) needs no complement.
    CHECK(texts(table({12, 3, 7}, false)) == QStringLiteral("12|< 5|7|-"));
}

TEST_CASE("the yearly figures count the counsellor's own contacts of the year",
          "[counselling][figures]") {
    QList<Contact> contacts;
    const int year = QDate::currentDate().year() - 1;
    for (int i = 0; i < 9; ++i) {
        Contact c = sample(QDate(year, 1 + i, 10),
                           i < 6 ? QStringLiteral("bullying") : QStringLiteral("question"));
        c.owner = piet.name;
        if (i == 0)
            c.conversations.append({QDate(year, 2, 1), 30, QStringLiteral("phone")});
        contacts.append(c);
    }
    Contact other = sample(QDate(year, 5, 5));
    other.owner = sanne.name; // shared with Piet: counted by Sanne, not twice
    contacts.append(other);
    Contact earlier = sample(QDate(year - 1, 12, 30));
    earlier.owner = piet.name;
    contacts.append(earlier);

    const YearlyFigures figures = YearlyFigures::count(contacts, piet.name, year, 5);
    CHECK(figures.contacts.text(5) == QStringLiteral("9"));
    CHECK(figures.conversations.text(5) == QStringLiteral("10"));
    const FigureTable* kinds = figures.table(QStringLiteral("kind"));
    REQUIRE(kinds);
    // Integrity 3 (small), behaviour 6 hidden with it: 9 - 6 would give the 3 away.
    CHECK(kinds->cells.at(0).text(5) == QStringLiteral("< 5"));
    CHECK(kinds->cells.at(1).text(5) == QStringLiteral("×"));
    CHECK(figures.table(QStringLiteral("cameVia"))->cells.at(0).count == 9);
    const FigureTable* talks = figures.table(QStringLiteral("conversationsPerContact"));
    // One contact had two conversations: the other eight are hidden with it.
    CHECK(talks->cells.at(0).text(5) == QStringLiteral("×"));
    CHECK(talks->cells.at(1).text(5) == QStringLiteral("< 5"));

    // The published form carries no hidden number, and reads back the same.
    const QByteArray json = QJsonDocument(figures.toJson()).toJson(QJsonDocument::Compact);
    CHECK(json.contains("\"code\":\"integrity\",\"suppressed\":\"small\""));
    CHECK_FALSE(json.contains("\"count\":3"));
    const auto back = YearlyFigures::fromJson(figures.toJson());
    REQUIRE(back);
    CHECK(back->table(QStringLiteral("kind"))->cells.at(1).text(5) == QStringLiteral("×"));
    CHECK(back->contacts.count == 9);
}

TEST_CASE("figures are published once, replaced with a reason, and read by the adviser",
          "[counselling][figures]") {
    CounsellingFixture fx;
    const int year = QDate::currentDate().year() - 1;
    {
        auto store = fx.as(piet);
        CounsellingService service(*store);
        for (int i = 0; i < 6; ++i)
            REQUIRE(service.registerContact(sample(QDate(year, 1 + i, 3))));
        CounsellingFigures figures(*store);
        const YearlyFigures preview = figures.preview(service.contacts().value(), year,
                                                      CounsellingSettings::defaultThreshold);
        CHECK(preview.contacts.count == 6);
        const auto published = figures.publish(preview);
        INFO((published.ok() ? QString() : published.error().message).toStdString());
        REQUIRE(published);
        const auto again = figures.publish(preview);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(figures.replace(preview, QStringLiteral(" ")));

        REQUIRE(service.registerContact(sample(QDate(year, 9, 9))));
        REQUIRE(figures.replace(figures.preview(service.contacts().value(), year,
                                                CounsellingSettings::defaultThreshold),
                                QStringLiteral("Contact van september was vergeten")));
        const auto history = figures.history(piet.name).value();
        REQUIRE(history.size() == 2);
        CHECK(history.at(0).replacedBy == 0);
        CHECK(history.at(1).replacedBy == history.at(0).id);
        CHECK(history.at(1).figures.contacts.count == 6);
    }
    auto adviser = fx.f.unlock();
    REQUIRE(adviser);
    const auto current = CounsellingFigures(*adviser).current(year);
    REQUIRE(current);
    REQUIRE(current.value().size() == 1);
    CHECK(current.value().first().counsellor == piet.name);
    CHECK(current.value().first().figures.contacts.count == 7);
    CHECK(current.value().first().reason == QStringLiteral("Contact van september was vergeten"));
    // The adviser cannot publish for a counsellor.
    CHECK_FALSE(CounsellingFigures(*adviser).publish(current.value().first().figures));
    // Both publications are in the shared log; the ledger covers the sets.
    QStringList actions;
    for (const AuditEntry& e : AuditLog::latest(adviser->database()).value())
        actions.append(e.action);
    CHECK(actions.contains(QStringLiteral("counselling.publish_figures")));
    CHECK(actions.contains(QStringLiteral("counselling.replace_figures")));
    for (const LedgerCheck::Check& check : LedgerCheck::run(*adviser))
        CHECK(check.status != LedgerCheck::Status::Failed);

    // A set changed outside Infopunt shows in verify.
    REQUIRE(QSqlQuery(adviser->database())
                .exec(QStringLiteral("UPDATE counselling_figures SET figures = "
                                     "replace(figures, '\"count\":7', '\"count\":70')")));
    bool failed = false;
    for (const LedgerCheck::Check& check : LedgerCheck::run(*adviser))
        failed = failed || check.status == LedgerCheck::Status::Failed;
    CHECK(failed);
}

TEST_CASE("the counsellors' rules are set within bounds and logged in the compartment",
          "[counselling]") {
    CounsellingFixture fx;
    auto store = fx.as(piet);
    CounsellingSettings settings(*store);
    CHECK(settings.threshold().value() == CounsellingSettings::defaultThreshold);
    CHECK(settings.retentionMonths().value() == CounsellingSettings::defaultRetentionMonths);
    CHECK_FALSE(settings.setThreshold(1));
    CHECK_FALSE(settings.setRetentionMonths(-1));
    CHECK_FALSE(settings.setRetentionMonths(CounsellingSettings::maxRetentionMonths + 1));
    REQUIRE(settings.setThreshold(10));
    REQUIRE(settings.setRetentionMonths(24));
    // The rules are shared: a fellow counsellor's session reads them.
    auto fellow = fx.as(sanne);
    CHECK(CounsellingSettings(*fellow).threshold().value() == 10);
    CHECK(CounsellingSettings(*fellow).retentionMonths().value() == 24);
    // The threshold reaches the preview.
    CounsellingService service(*store);
    for (int i = 0; i < 7; ++i)
        REQUIRE(service.registerContact(sample(lastYear(2, 1 + i))));
    const YearlyFigures figures = CounsellingFigures(*store).preview(
        service.contacts().value(), lastYear(1, 1).year(), settings.threshold().value());
    CHECK(figures.contacts.text(figures.threshold) == QStringLiteral("< 10"));
    QStringList summaries;
    for (const AuditEntry& e : service.log().value())
        summaries.append(e.summaryCode);
    CHECK(summaries.contains(QStringLiteral("counselling.threshold")));
    CHECK(summaries.contains(QStringLiteral("counselling.retention")));
    // Nobody else sets them.
    auto adviser = fx.f.unlock();
    CHECK_FALSE(CounsellingSettings(*adviser).setRetentionMonths(1));
}

TEST_CASE("retention destroys a closed contact once its figures are published, and keeps them",
          "[counselling][retention]") {
    CounsellingFixture fx;
    const int year = QDate::currentDate().year() - 1;
    auto store = fx.as(piet);
    CounsellingService service(*store);
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        Contact c = sample(QDate(year, 1 + i, 10));
        c.pseudonym = QStringLiteral("VP-%1").arg(i);
        if (i < 5) {
            c.outcome = QStringLiteral("resolved");
            c.closedOn = QDate(year, 1 + i, 28);
        }
        ids.append(service.registerContact(c).value());
    }
    CounsellingRetention retention(*store);
    // Not published: nothing is due, whatever the period.
    REQUIRE(CounsellingSettings(*store).setRetentionMonths(0));
    auto schedule = retention.schedule(service.contacts().value());
    REQUIRE(schedule);
    CHECK(schedule.value().size() == 5); // the open one is never listed
    for (const auto& item : schedule.value())
        CHECK_FALSE(item.dueOn.isValid());
    const auto early = service.destroy({ids.first()});
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::InvalidInput);

    CounsellingFigures figures(*store);
    REQUIRE(figures.publish(figures.preview(service.contacts().value(), year, 5)));
    // With a year's period they are due a year after publication, not now.
    REQUIRE(CounsellingSettings(*store).setRetentionMonths(12));
    schedule = retention.schedule(service.contacts().value());
    REQUIRE(schedule);
    for (const auto& item : schedule.value())
        CHECK(item.dueOn == QDate::currentDate().addMonths(12));
    CHECK_FALSE(service.destroy({ids.first()}));

    // A stand-in holds a key but destroys nothing.
    REQUIRE(service.share(ids.first(), sanne.name));
    REQUIRE(CounsellingSettings(*store).setRetentionMonths(0));
    {
        auto standIn = fx.as(sanne);
        const auto refused = CounsellingService(*standIn).destroy({ids.first()});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotPermitted);
    }
    // The open contact is not due: asking for it with due ones destroys none of them.
    CHECK_FALSE(service.destroy({ids.at(0), ids.at(5)}));
    CHECK(service.contacts().value().size() == 6);

    const QList<qint64> due = ids.mid(0, 5);
    const auto destroyed = service.destroy(due);
    INFO((destroyed.ok() ? QString() : destroyed.error().message).toStdString());
    REQUIRE(destroyed);
    CHECK(destroyed.value() == 5);
    const auto left = service.contacts().value();
    REQUIRE(left.size() == 1);
    CHECK(left.first().id == ids.at(5));

    // Nothing of them is left in the file: not the content, not a key; a tombstone and a log
    // line per contact without content.
    QSqlQuery q(store->database(Compartment::Counselling));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM contacts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(
        QStringLiteral("SELECT count(*) FROM contact_keys WHERE contact_id <> %1").arg(ids.at(5))));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(
        q.exec(QStringLiteral("SELECT count(*), min(year), max(year) FROM destroyed_contacts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 5);
    CHECK(q.value(1).toInt() == year);
    CHECK(q.value(2).toInt() == year);
    int tombstones = 0;
    for (const AuditEntry& e : service.log().value()) {
        if (e.action == QStringLiteral("contact.destroy")) {
            ++tombstones;
            CHECK_FALSE(e.summaryParams.contains(QStringLiteral("VP-")));
        }
    }
    CHECK(tombstones == 5);
    // The stand-in lost the shared one with it.
    {
        auto standIn = fx.as(sanne);
        CHECK(CounsellingService(*standIn).contacts().value().isEmpty());
    }

    // The published figures stay as they were, and can no longer be recounted without them.
    const auto current = figures.current(year).value();
    REQUIRE(current.size() == 1);
    CHECK(current.first().figures.contacts.count == 6);
    const auto replaced =
        figures.replace(figures.preview(service.contacts().value(), year, 5), QStringLiteral("x"));
    REQUIRE_FALSE(replaced);
    CHECK(replaced.error().code == ErrorCode::InvalidInput);
    CHECK(figures.current(year).value().first().figures.contacts.count == 6);
}

TEST_CASE("the stand-ins offered follow the accounts: one added after sign-in, one disabled",
          "[counselling]") {
    CounsellingFixture fx;
    auto store = fx.as(piet); // signed in before the accounts change
    const Person late{QStringLiteral("vp-nieuw"), QStringLiteral("Hazelaar-Dijk-4471")};
    AccountService accounts(*fx.f.store);
    REQUIRE(accounts.add({late.name, late.name, late.passphrase}, Role::ConfidentialCounsellor,
                         fx.f.recoveryKey));
    REQUIRE(CounsellingService(*fx.as(late)).pinOwnKey());
    CHECK(CounsellingService(*store).fellows().value() ==
          QStringList{extern_.name, late.name, sanne.name}); // by name

    // Disabling replaces the store's keys, so the counsellor signs in again.
    for (const Account& account : accounts.list().value())
        if (account.userName == sanne.name)
            REQUIRE(accounts.disable(account.id, account.rowVersion));
    store = fx.as(piet);
    CounsellingService service(*store);
    CHECK(service.fellows().value() == QStringList{extern_.name, late.name});
    const auto refused =
        service.share(service.registerContact(sample(lastYear(2, 2))).value(), sanne.name);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a handover passes only the ticked fields, to the advisers and nobody else",
          "[counselling][handover]") {
    CounsellingFixture fx;
    auto store = fx.as(piet);
    CounsellingService service(*store);
    const qint64 contactId = service.registerContact(sample(lastYear(6, 1))).value();
    CounsellingHandovers handovers(*store);
    Handover report;
    report.title = QStringLiteral("Ongewenste omgangsvormen op afdeling Ruimte");
    report.description = QStringLiteral("Collega wordt structureel buitengesloten.");
    report.orgUnit = QStringLiteral("Ruimte");

    // Without consent, or without a title, nothing passes.
    const auto refused = handovers.send(contactId, report, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("consent"));
    Handover untitled = report;
    untitled.title.clear();
    CHECK(handovers.send(contactId, untitled, true).error().field == QStringLiteral("title"));
    Handover undescribed = report;
    undescribed.description = QStringLiteral("  ");
    CHECK(handovers.send(contactId, undescribed, true).error().field ==
          QStringLiteral("description"));

    const auto sent = handovers.send(contactId, report, true);
    INFO((sent.ok() ? QString() : sent.error().message).toStdString());
    REQUIRE(sent);
    CHECK(sent.value().advisers == QStringList{adviserName});
    CHECK(sent.value().leftOut.isEmpty());
    // The compartment keeps the link; a second handover of the contact is refused.
    const Contact linked = service.open(contactId).value();
    CHECK(linked.handoverId == sent.value().id);
    CHECK(linked.referrals.contains(CounsellingCodes::adviserReferral));
    CHECK_FALSE(handovers.send(contactId, report, true));

    // Nothing readable of it in the main file, with the counsellor's raw key of it.
    const auto keys = Insider::keys(fx.f.folder, piet.name, piet.passphrase);
    const QString dump =
        Insider::shell(Store::compartmentPath(fx.f.folder, Compartment::Main),
                       keys.value(QStringLiteral("main")), QStringLiteral(".dump"));
    CHECK(dump.contains(QStringLiteral("CREATE TABLE handovers")));
    CHECK_FALSE(dump.contains(QStringLiteral("buitengesloten")));
    CHECK_FALSE(dump.contains(QStringLiteral("Marieke")));
    CHECK_FALSE(dump.contains(QStringLiteral("pesterijen")));

    // Neither a member nor a fellow counsellor receives it.
    CHECK(CounsellingHandovers(*fx.as(jurist)).waiting().error().code == ErrorCode::NotPermitted);
    {
        auto fellow = fx.as(sanne);
        QSqlQuery q(fellow->database());
        REQUIRE(q.exec(QStringLiteral("SELECT handover_id, sealed_key FROM handover_keys")));
        REQUIRE(q.next());
        const QByteArray context = QStringLiteral("infopunt-handover-key-v1|%1|%2|%3")
                                       .arg(fellow->storeId())
                                       .arg(q.value(0).toLongLong())
                                       .arg(adviserName)
                                       .toUtf8();
        CHECK_FALSE(fellow->identity().open(q.value(1).toByteArray(), context));
    }

    // The adviser reads exactly what was ticked and registers it.
    auto adviser = fx.f.unlock();
    CounsellingHandovers received(*adviser);
    auto waiting = received.waiting();
    REQUIRE(waiting);
    REQUIRE(waiting.value().size() == 1);
    const Handover& got = waiting.value().first();
    CHECK(got.counsellor == piet.name);
    CHECK(got.title == report.title);
    CHECK(got.reporterName.isEmpty());
    const NewCase intake = got.intake();
    CHECK(intake.channel == Channel::ConfidentialCounsellor);
    CHECK(intake.anonymous);
    CHECK(intake.receivedOn == QDate::currentDate());
    CHECK(intake.description.contains(QStringLiteral("Ruimte")));
    const auto registered = CaseService(*adviser).registerReport(intake);
    REQUIRE(registered);
    REQUIRE(received.markRegistered(got.id, registered.value().id));
    CHECK(received.waiting().value().isEmpty());
    CHECK(received.markRegistered(got.id, registered.value().id).error().code ==
          ErrorCode::StaleEdit);

    // The shared log says a report was handed over, and nothing of it.
    bool logged = false;
    for (const AuditEntry& e : AuditLog::latest(adviser->database()).value()) {
        if (e.action == QStringLiteral("handover.send")) {
            logged = e.actor == piet.name;
            CHECK_FALSE(e.summaryParams.contains(QStringLiteral("Ruimte")));
        }
    }
    CHECK(logged);
}

TEST_CASE("a handover is never sealed to an adviser key other than the one first recorded",
          "[counselling][handover][attack]") {
    CounsellingFixture fx;
    auto store = fx.as(piet);
    CounsellingService service(*store);
    Handover report;
    report.title = QStringLiteral("Vermoeden van belangenverstrengeling");
    report.description = QStringLiteral("Opdrachten gaan naar het bedrijf van een familielid.");
    REQUIRE(CounsellingHandovers(*store).send(
        service.registerContact(sample(lastYear(3, 1))).value(), report, true));
    // The recorded key is not the keyring's any more (as after editing the keyring file).
    REQUIRE(QSqlQuery(store->database(Compartment::Counselling))
                .exec(QStringLiteral("UPDATE trusted_advisers SET box_public = randomblob(32)")));
    const auto refused = CounsellingHandovers(*store).send(
        service.registerContact(sample(lastYear(4, 1))).value(), report, true);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotPermitted);
    CHECK(refused.error().message.contains(adviserName));
    CHECK(CounsellingHandovers(*store).changedKeys().value() == QStringList{adviserName});
    {
        auto adviser = fx.f.unlock();
        CHECK(CounsellingHandovers(*adviser).waiting().value().size() == 1);
    }
    // Once the counsellor has made sure (the adviser's access was reset), the key is taken over.
    REQUIRE(CounsellingHandovers(*store).trustAgain(adviserName));
    CHECK(CounsellingHandovers(*store).changedKeys().value().isEmpty());
    REQUIRE(CounsellingHandovers(*store).send(
        service.registerContact(sample(lastYear(5, 1))).value(), report, true));
    auto adviser = fx.f.unlock();
    CHECK(CounsellingHandovers(*adviser).waiting().value().size() == 2);
    CHECK_FALSE(CounsellingHandovers(*store).trustAgain(jurist.name)); // not an adviser
}

TEST_CASE("verify finds the counselling log changed outside Infopunt", "[counselling][attack]") {
    CounsellingFixture fx;
    auto store = fx.as(piet);
    REQUIRE(CounsellingService(*store).registerContact(sample(lastYear(7, 7))));
    const auto intact = CounsellingLogCheck::run(*store);
    REQUIRE(intact);
    CHECK(intact.value() >= 2); // the key pinned, the contact registered
    // Someone with the counsellors' key removes the guard and rewrites an entry.
    QSqlQuery q(store->database(Compartment::Counselling));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE audit_log SET record_id = '99' WHERE id = (SELECT max(id) FROM audit_log)")));
    const auto found = CounsellingLogCheck::run(*store);
    REQUIRE_FALSE(found);
    CHECK(found.error().code == ErrorCode::Damaged);
    // A member's session does not run it.
    CHECK(CounsellingLogCheck::run(*fx.as(jurist)).error().code == ErrorCode::NotPermitted);
}
