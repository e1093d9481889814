// The validate functions of the forms: every rule, and every problem of a form at once, so a
// form can show each at its field. The services check the same functions before saving.

#include "CaseFixtures.h"
#include "accounts/AccountService.h"
#include "cases/CaseFiles.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "catalogue/Catalogue.h"
#include "catch.h"

using namespace infopunt;
using namespace infopunt::test;

namespace {

const QDate today = Deadlines::today();

QStringList fieldsOf(const FieldErrors& errors) {
    QStringList fields;
    for (const FieldError& error : errors) {
        CHECK_FALSE(error.message.isEmpty());
        fields.append(error.field);
    }
    return fields;
}

QString messageAt(const FieldErrors& errors, const QString& field) {
    for (const FieldError& error : errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

QStringList list(std::initializer_list<const char*> fields) {
    QStringList result;
    for (const char* field : fields)
        result.append(QLatin1String(field));
    return result;
}

} // namespace

TEST_CASE("checkFields carries every problem and names the first", "[validation]") {
    CHECK(checkFields({}).ok());
    const auto checked = checkFields({{QStringLiteral("title"), QStringLiteral("No title.")},
                                      {QStringLiteral("date"), QStringLiteral("No date.")}});
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == ErrorCode::InvalidInput);
    CHECK(checked.error().field == QStringLiteral("title"));
    CHECK(checked.error().message == QStringLiteral("No title."));
    CHECK(checked.error().fieldErrors.size() == 2);
}

TEST_CASE("An intake form reports all its field problems at once", "[validation][cases]") {
    CHECK(CaseService::validate(sampleReport(), today).isEmpty());

    NewCase report = sampleReport();
    report.receivedOn = QDate();
    report.title = QStringLiteral("  ");
    report.description.clear();
    report.reporter.name.clear();
    report.subjects.append(CaseParty());
    report.subjects.append(CaseParty()); // one message for the table, not one per row
    const FieldErrors errors = CaseService::validate(report, today);
    CHECK(fieldsOf(errors) ==
          list({"receivedOn", "title", "description", "reporterName", "subjects"}));

    SECTION("a date received in the future") {
        report = sampleReport(today.addDays(1));
        CHECK(messageAt(CaseService::validate(report, today), QStringLiteral("receivedOn")) ==
              QStringLiteral("The date received cannot be in the future."));
        CHECK(CaseService::validate(sampleReport(today), today).isEmpty());
    }
    SECTION("an anonymous report needs no reporter's name") {
        report = sampleReport();
        report.reporter.name.clear();
        report.anonymous = true;
        CHECK(CaseService::validate(report, today).isEmpty());
        report.anonymous = false;
        report.channel = Channel::Anonymous;
        CHECK(CaseService::validate(report, today).isEmpty());
    }
}

TEST_CASE("Registering refuses with every field problem and saves nothing", "[validation][cases]") {
    StoreFixture f;
    NewCase report = sampleReport(today.addDays(2));
    report.title.clear();
    auto registered = CaseService(*f.store).registerReport(report);
    REQUIRE_FALSE(registered.ok());
    CHECK(registered.error().field == QStringLiteral("receivedOn"));
    CHECK(fieldsOf(registered.error().fieldErrors) == list({"receivedOn", "title"}));
    CHECK(CaseQuery(*f.store).list({}, today).value().isEmpty());
}

TEST_CASE("The overview, reporter, party and deadline forms have their rules",
          "[validation][cases]") {
    CaseRecord edited;
    edited.receivedOn = today;
    edited.title = QStringLiteral("Gift");
    edited.description = QStringLiteral("A gift.");
    CHECK(CaseService::validateOverview(edited, today).isEmpty());
    edited.receivedOn = today.addDays(1);
    edited.title.clear();
    edited.description = QStringLiteral(" ");
    CHECK(fieldsOf(CaseService::validateOverview(edited, today)) ==
          list({"receivedOn", "title", "description"}));
    edited.receivedOn = QDate();
    CHECK(messageAt(CaseService::validateOverview(edited, today), QStringLiteral("receivedOn")) ==
          QStringLiteral("Enter the date the report was received."));

    CHECK(fieldsOf(CaseService::validateReporter({}, false)) == list({"reporterName"}));
    CHECK(CaseService::validateReporter({}, true).isEmpty());
    CHECK(CaseService::validateReporter({reporterName, {}, 0}, false).isEmpty());

    CHECK(fieldsOf(CaseService::validateParty(CaseParty())) == list({"name"}));
    CaseParty party;
    party.name = QStringLiteral("A. Getuige");
    CHECK(CaseService::validateParty(party).isEmpty());

    CHECK(fieldsOf(CaseService::validateDeadline(QStringLiteral(" "), QDate())) ==
          list({"label", "due"}));
    CHECK(CaseService::validateDeadline(QStringLiteral("Report"), today.addDays(9)).isEmpty());
    CHECK(fieldsOf(CaseService::validateDeadlineMet(today.addDays(1), today)) == list({"met"}));
    CHECK(CaseService::validateDeadlineMet(today, today).isEmpty());
    CHECK(CaseService::validateDeadlineMet(QDate(), today).isEmpty()); // takes "met" back

    CHECK(fieldsOf(CaseService::validateReview(QStringLiteral(" "))) == list({"text"}));
    CHECK(CaseService::validateReview(QStringLiteral("Check the contracts.")).isEmpty());
    CHECK(fieldsOf(CaseService::validateDeletionReason(QString())) == list({"reason"}));
    CHECK(CaseService::validateDeletionReason(QStringLiteral("Twice.")).isEmpty());
}

TEST_CASE("A journal entry needs a date that happened since receipt and a text",
          "[validation][cases]") {
    const QDate received = today.addDays(-10);
    CHECK(CaseJournal::validate(today, QStringLiteral("Called."), received, today).isEmpty());
    CHECK(fieldsOf(CaseJournal::validate(QDate(), QStringLiteral(" "), received, today)) ==
          list({"date", "text"}));
    CHECK(fieldsOf(CaseJournal::validate(today.addDays(1), QStringLiteral("x"), received, today)) ==
          list({"date"}));
    CHECK(fieldsOf(CaseJournal::validate(received.addDays(-1), QStringLiteral("x"), received,
                                         today)) == list({"date"}));
    CHECK(CaseJournal::validate(received, QStringLiteral("x"), received, today).isEmpty());
}

TEST_CASE("An extension needs a later date and a reason, both reported at once",
          "[validation][deadlines]") {
    const Deadline feedback = Deadlines::feedback(today.addDays(-20).startOfDay(), today);
    const QString reason = QStringLiteral("The bureau needs time.");
    CHECK(Deadlines::validateExtension(feedback, feedback.due.addDays(10), reason).isEmpty());
    CHECK(fieldsOf(Deadlines::validateExtension(feedback, feedback.due, QStringLiteral(" "))) ==
          list({"extensionDate", "extensionReason"}));
    CHECK(fieldsOf(Deadlines::validateExtension(feedback, QDate(), reason)) ==
          list({"extensionDate"}));
    Deadline given = feedback;
    given.met = today;
    CHECK(fieldsOf(Deadlines::validateExtension(given, feedback.due.addDays(10), reason)) ==
          list({"extensionDate"}));
    // makeExtension refuses with the same problems.
    const auto refused = Deadlines::makeExtension(feedback, feedback.due, QString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fieldErrors.size() == 2);
}

TEST_CASE("A step request reports every field problem at once", "[validation][workflow]") {
    StepRequest request;
    request.to = CaseState::InvestigationDecided;
    request.date = today;
    request.actor = QStringLiteral("adviseur");
    request.note = QStringLiteral("Decided.");
    request.investigationKind = InvestigationKind::Internal;
    CHECK(CaseWorkflow::validateStep(today.addDays(-3), today, request).isEmpty());

    request.actor.clear();
    request.date = today.addDays(-5); // before the previous step
    request.note = QStringLiteral(" ");
    request.investigationKind.reset();
    request.verdict = Verdict::Founded;
    request.measure = QStringLiteral("warning");
    request.approvedBy = QStringLiteral("adviseur2");
    CHECK(fieldsOf(CaseWorkflow::validateStep(today.addDays(-3), today, request)) ==
          list({"actor", "date", "note", "investigationKind", "verdict", "measure", "approvedBy"}));

    request = StepRequest();
    request.to = CaseState::Decided;
    request.date = today.addDays(1);
    request.actor = QStringLiteral("adviseur");
    request.note = QStringLiteral("Decided.");
    CHECK(fieldsOf(CaseWorkflow::validateStep({}, today, request)) == list({"date", "verdict"}));

    // Closing asks for a second person, who is not the actor.
    request = StepRequest();
    request.to = CaseState::Closed;
    request.date = today;
    request.actor = QStringLiteral("adviseur");
    request.note = QStringLiteral("Done.");
    CHECK(fieldsOf(CaseWorkflow::validateStep({}, today, request)) == list({"approvedBy"}));
    request.approvedBy = QStringLiteral("ADVISEUR");
    CHECK(fieldsOf(CaseWorkflow::validateStep({}, today, request)) == list({"approvedBy"}));
    request.approvedBy = QStringLiteral("adviseur2");
    CHECK(CaseWorkflow::validateStep({}, today, request).isEmpty());

    // check() still refuses a step the role may not take before looking at the fields.
    request.actorRole = Role::WorkingGroupMember;
    CHECK(CaseWorkflow::check(CaseState::ReporterInformed, std::nullopt, {}, today, request)
              .error()
              .code == ErrorCode::NotPermitted);
    CHECK(CaseWorkflow::checkMayRegister(Role::Adviser).ok());
    CHECK_FALSE(CaseWorkflow::checkMayRegister(Role::ConfidentialCounsellor).ok());
}

TEST_CASE("Names of list entries and building blocks have their rules", "[validation]") {
    const QString tooLong(201, QLatin1Char('x'));
    CHECK(fieldsOf(CodeLists::validateName(QStringLiteral("  "))) == list({"name"}));
    CHECK(fieldsOf(CodeLists::validateName(tooLong)) == list({"name"}));
    CHECK(CodeLists::validateName(QStringLiteral("Fraud")).isEmpty());
    CHECK(fieldsOf(Catalogue::validateName(QString())) == list({"name"}));
    CHECK(fieldsOf(Catalogue::validateName(tooLong)) == list({"name"}));
    CHECK(Catalogue::validateName(QStringLiteral("Moral deliberation")).isEmpty());
}

TEST_CASE("A new account reports every field problem at once", "[validation][accounts]") {
    Store::NewAccount account{QStringLiteral("1x"), QStringLiteral(" "), QStringLiteral("short")};
    CHECK(fieldsOf(AccountService::validateNewAccount(account)) ==
          list({"userName", "displayName", "passphrase"}));
    account = {QStringLiteral("pbakker"), QStringLiteral("Petra Bakker"),
               QStringLiteral("Duinpan-Meeuw-Klokhuis-82")};
    CHECK(AccountService::validateNewAccount(account).isEmpty());

    CHECK(fieldsOf(AccountService::validateRecoveryKey(QStringLiteral(" "))) ==
          list({"recoveryKey"}));
    CHECK(fieldsOf(AccountService::validateRecoveryKey(QStringLiteral("ABCD-EFGH"))) ==
          list({"recoveryKey"}));
}
