#pragma once

#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "cases/CaseLog.h"
#include "cases/CaseService.h"
#include "catch.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace infopunt::test {

// Accounts the case tests add next to the fixture's first Adviser.
struct TestUser {
    QString name;
    QString displayName;
    QString passphrase;
};
inline const TestUser member{QStringLiteral("jurist"), QStringLiteral("Fatima El Amrani"),
                             QStringLiteral("Wetboek-Molen-Tulp-83")};
inline const TestUser otherMember{QStringLiteral("controller"), QStringLiteral("Kees Verbeek"),
                                  QStringLiteral("Balans-Kompas-Haven-29")};
inline const TestUser secondAdviser{QStringLiteral("adviseur2"), QStringLiteral("Sanne Visser"),
                                    QStringLiteral("Sonsbeek-Fietspad-17")};
inline const TestUser counsellor{QStringLiteral("vp-integriteit"), QStringLiteral("Els de Wit"),
                                 QStringLiteral("Luisteren-Eikenboom-56")};

// Adds the account and signs it in, in a session of its own.
inline std::unique_ptr<Store> signIn(StoreFixture& fixture, const TestUser& user, Role role) {
    const auto added =
        AccountService(*fixture.store)
            .add({user.name, user.displayName, user.passphrase}, role,
                 role == Role::ConfidentialCounsellor ? fixture.recoveryKey : QString());
    REQUIRE(added.ok());
    auto session = fixture.unlock(user.name, user.passphrase);
    REQUIRE(session);
    return session;
}

inline const QString reporterName = QStringLiteral("Jolanda Vermeulen-Kwast");

// A named reporter's report of a gift from a supplier, with one subject.
inline NewCase sampleReport(QDate receivedOn = Deadlines::today().addDays(-30)) {
    NewCase report;
    report.receivedOn = receivedOn;
    report.channel = Channel::Manager;
    report.reporter = {reporterName, QStringLiteral("06-12345678"), 0};
    report.title = QStringLiteral("Gift from supplier");
    report.description = QStringLiteral("A supplier offered a weekend away to a buyer.");
    CaseParty subject;
    subject.name = QStringLiteral("Pieter de Graaf");
    subject.function = QStringLiteral("Inkoper");
    subject.orgUnit = QStringLiteral("Inkoop");
    report.subjects = {subject};
    return report;
}

// Registers the report, which must succeed.
inline CaseRecord registerCase(Store& store, const NewCase& report = sampleReport()) {
    auto registered = CaseService(store).registerReport(report);
    if (!registered)
        UNSCOPED_INFO(registered.error().message.toStdString());
    REQUIRE(registered.ok());
    return registered.value();
}

// The newest entries of the audit log, newest first, as the audit log page shows them: entries
// about cases opened with the signed-in user's keys (CaseLog).
inline QList<AuditEntry> openedAuditLog(const Store& store, int limit = 500) {
    auto latest = AuditLog::latest(store.database(), limit);
    REQUIRE(latest.ok());
    auto opened = CaseLog::opened(store, latest.value());
    REQUIRE(opened.ok());
    return opened.value();
}

// A case row as stores wrote it before its facts and text were sealed (main schema 3 to 8),
// inserted with SQL; for tests of older stores and of rows that must pass through as stored.
inline qint64 insertPlainCase(Store& store, const QString& number, QDate receivedOn,
                              const QString& title = QStringLiteral("Geschenk van leverancier"),
                              const QString& description = QStringLiteral("Een melding voor de "
                                                                          "test.")) {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO cases (number, received_on, channel, title, description, state, state_since, "
        "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         QVariantList{number, receivedOn.toString(Qt::ISODate), CaseTerms::code(Channel::Adviser),
                      title, description, CaseWorkflow::stateCode(CaseState::Registered),
                      receivedOn.toString(Qt::ISODate), adviserName, now, now})
        insert.addBindValue(value);
    REQUIRE(insert.exec());
    return insert.lastInsertId().toLongLong();
}

} // namespace infopunt::test
