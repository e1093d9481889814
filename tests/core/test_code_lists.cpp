#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "cases/CodeLists.h"
#include "catch.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace infopunt;
using namespace infopunt::test;

namespace {

// Marks every code-list name it translates, to show that names are looked up in the language
// of the moment and not stored.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "infopunt::CodeLists") == 0)
            return QStringLiteral("NL:") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

QStringList codes(const QList<CodeListEntry>& entries) {
    QStringList result;
    for (const CodeListEntry& entry : entries)
        result.append(entry.code);
    return result;
}

CodeListEntry entryWithCode(CodeLists& lists, CodeLists::List list, const QString& code) {
    const auto entries = lists.entries(list);
    REQUIRE(entries.ok());
    for (const CodeListEntry& entry : entries.value()) {
        if (entry.code == code)
            return entry;
    }
    FAIL("no entry " << code.toStdString());
    return {};
}

AuditEntry lastAudit(Store& store) {
    const auto latest = AuditLog::latest(store.database(), 1);
    REQUIRE(latest.ok());
    REQUIRE(!latest.value().isEmpty());
    return latest.value().first();
}

} // namespace

TEST_CASE("the shipped lists show their names in order, translated", "[cases]") {
    StoreFixture f;
    CodeLists lists(*f.store);

    const auto types = lists.entries(CodeLists::List::ViolationType);
    REQUIRE(types.ok());
    CHECK(codes(types.value()) ==
          QStringList{QStringLiteral("corruption"), QStringLiteral("fraud"),
                      QStringLiteral("conflict_of_interest"), QStringLiteral("misuse_of_powers"),
                      QStringLiteral("information"), QStringLiteral("undesirable_behaviour"),
                      QStringLiteral("misuse_of_resources"), QStringLiteral("private_misconduct"),
                      QStringLiteral("other")});
    CHECK(types.value().at(0).name == QStringLiteral("Corruption / bribery"));
    CHECK(types.value().at(1).name == QStringLiteral("Fraud / theft"));
    CHECK(types.value().at(4).name == QStringLiteral("Misuse or leaking of information"));
    CHECK(types.value().at(7).name == QStringLiteral("Misconduct in private time"));
    for (const CodeListEntry& entry : types.value()) {
        CAPTURE(entry.code);
        CHECK_FALSE(entry.name.isEmpty());
        CHECK(entry.name != entry.code);
        CHECK_FALSE(entry.retired);
    }

    const auto measures = lists.entries(CodeLists::List::Measure);
    REQUIRE(measures.ok());
    REQUIRE(measures.value().size() == 7);
    CHECK(measures.value().first().name == QStringLiteral("Written reprimand"));
    CHECK(
        entryWithCode(lists, CodeLists::List::Measure, QStringLiteral("no_salary_increase")).name ==
        QStringLiteral("Withholding a salary increase"));
    CHECK(measures.value().last().name == QStringLiteral("Disciplinary dismissal"));
    CHECK(CodeLists::shippedName(CodeLists::List::Measure, QStringLiteral("corruption")).isEmpty());
    CHECK(CodeLists::listCode(CodeLists::List::Measure) == QStringLiteral("measure"));

    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString translated = lists.entries(CodeLists::List::ViolationType).value().at(1).name;
    QCoreApplication::removeTranslator(&translator);
    CHECK(translated == QStringLiteral("NL:Fraud / theft"));
}

TEST_CASE("an adviser adds, renames, retires and restores list entries", "[cases]") {
    StoreFixture f;
    CodeLists lists(*f.store);
    const auto list = CodeLists::List::ViolationType;

    auto added = lists.add(list, QStringLiteral("  Schending van   geheimhouding "));
    REQUIRE(added.ok());
    CHECK(added.value().name == QStringLiteral("Schending van geheimhouding"));
    CHECK(added.value().code == QStringLiteral("custom_%1").arg(added.value().id));
    CHECK(added.value().rowVersion == 1);
    CHECK(lists.entries(list).value().last().id == added.value().id);
    CHECK(lastAudit(*f.store).action == QStringLiteral("code_list.add"));
    CHECK(lastAudit(*f.store).recordId == added.value().code);
    CHECK(lists.entries(CodeLists::List::Measure).value().size() == 7);

    // A shipped entry keeps its code and shows the stored name once renamed.
    const CodeListEntry fraud = entryWithCode(lists, list, QStringLiteral("fraud"));
    REQUIRE(lists.rename(fraud.id, fraud.rowVersion, QStringLiteral("Fraude")).ok());
    const CodeListEntry renamed = entryWithCode(lists, list, QStringLiteral("fraud"));
    CHECK(renamed.name == QStringLiteral("Fraude"));
    CHECK(renamed.rowVersion == fraud.rowVersion + 1);
    CHECK(lastAudit(*f.store).action == QStringLiteral("code_list.rename"));

    auto stale = lists.rename(fraud.id, fraud.rowVersion, QStringLiteral("Diefstal"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::StaleEdit);
    CHECK(entryWithCode(lists, list, QStringLiteral("fraud")).name == QStringLiteral("Fraude"));

    REQUIRE(lists.setRetired(renamed.id, renamed.rowVersion, true).ok());
    CHECK(lastAudit(*f.store).action == QStringLiteral("code_list.retire"));
    CHECK_FALSE(codes(lists.entries(list, false).value()).contains(QStringLiteral("fraud")));
    const CodeListEntry retired = entryWithCode(lists, list, QStringLiteral("fraud"));
    CHECK(retired.retired);
    REQUIRE(lists.setRetired(retired.id, retired.rowVersion, false).ok());
    CHECK(lastAudit(*f.store).action == QStringLiteral("code_list.restore"));
    CHECK(codes(lists.entries(list, false).value()).contains(QStringLiteral("fraud")));
    CHECK(lists.setRetired(retired.id, retired.rowVersion, true).error().code ==
          ErrorCode::StaleEdit);
    CHECK(lists.rename(999999, 1, QStringLiteral("Niets")).error().code == ErrorCode::NotFound);
    CHECK(AuditLog::verify(f.store->database()).intact);
}

TEST_CASE("a list entry needs a name no other entry of the list shows", "[cases][bad-input]") {
    StoreFixture f;
    CodeLists lists(*f.store);
    const auto list = CodeLists::List::ViolationType;
    const qsizetype before = lists.entries(list).value().size();

    const auto refusedName = [](const auto& result) {
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().field == QStringLiteral("name"));
    };
    refusedName(lists.add(list, QStringLiteral("fraud / THEFT"))); // a shipped name
    refusedName(lists.add(list, QStringLiteral("   ")));
    refusedName(lists.add(list, QString(201, QLatin1Char('x'))));

    const CodeListEntry custom = lists.add(list, QStringLiteral("Nevenfuncties")).value();
    refusedName(lists.add(list, QStringLiteral("NEVENFUNCTIES")));
    refusedName(lists.rename(custom.id, custom.rowVersion, QStringLiteral("other")));
    // A retired entry keeps its name: it can be restored.
    REQUIRE(lists.setRetired(custom.id, custom.rowVersion, true).ok());
    refusedName(lists.add(list, QStringLiteral("Nevenfuncties")));
    // The other list, and a change of case of the entry's own name, are fine.
    CHECK(lists.add(CodeLists::List::Measure, QStringLiteral("Nevenfuncties")).ok());
    const CodeListEntry retired = entryWithCode(lists, list, custom.code);
    CHECK(lists.rename(retired.id, retired.rowVersion, QStringLiteral("nevenfuncties")).ok());
    CHECK(lists.entries(list).value().size() == before + 1);
}

TEST_CASE("only an adviser changes the lists; everyone reads them", "[cases][roles]") {
    StoreFixture f;
    REQUIRE(AccountService(*f.store)
                .add({QStringLiteral("werkgroeplid"), QStringLiteral("Karin Bos"),
                      QStringLiteral("Werkgroep-Advies-2026")},
                     Role::WorkingGroupMember)
                .ok());
    auto member = f.unlock(QStringLiteral("werkgroeplid"), QStringLiteral("Werkgroep-Advies-2026"));
    REQUIRE(member);
    CodeLists lists(*member);
    const auto entries = lists.entries(CodeLists::List::Measure);
    REQUIRE(entries.ok());
    const CodeListEntry first = entries.value().first();

    CHECK(lists.add(CodeLists::List::Measure, QStringLiteral("Berisping")).error().code ==
          ErrorCode::NotPermitted);
    CHECK(lists.rename(first.id, first.rowVersion, QStringLiteral("Berisping")).error().code ==
          ErrorCode::NotPermitted);
    CHECK(lists.setRetired(first.id, first.rowVersion, true).error().code ==
          ErrorCode::NotPermitted);
    CHECK(CodeLists(*f.store).entries(CodeLists::List::Measure).value().size() == 7);
    CHECK_FALSE(entryWithCode(lists, CodeLists::List::Measure, first.code).retired);
}
