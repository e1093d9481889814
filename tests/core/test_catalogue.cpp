#include "StoreFixture.h"
#include "catalogue/Catalogue.h"
#include "catch.h"

#include <algorithm>

using namespace infopunt;
using namespace infopunt::test;

TEST_CASE("a new store holds the 8 themes and 45 building blocks of the policy note",
          "[catalogue]") {
    StoreFixture f;
    Catalogue catalogue(*f.store);
    const auto themes = catalogue.themes().value();
    REQUIRE(themes.size() == 8);
    CHECK(themes.first().name == QStringLiteral("Indiensttreding"));
    CHECK(themes.last().name == QStringLiteral("Beleid en control"));
    const auto blocks = catalogue.blocks().value();
    REQUIRE(blocks.size() == 45);
    CHECK(blocks.first().code() == QStringLiteral("1a"));
    CHECK(blocks.first().name == QStringLiteral("Werving en selectie"));
    CHECK(blocks.last().code() == QStringLiteral("8e"));
    CHECK(blocks.last().name == QStringLiteral("Risicomanagement en audits"));
}

TEST_CASE("the adviser adds, renames, retires and restores building blocks", "[catalogue]") {
    StoreFixture f;
    Catalogue catalogue(*f.store);
    const qint64 awareness = catalogue.themes().value().at(1).id;
    auto added = catalogue.addBlock(awareness, QStringLiteral("  Moreel   beraad "));
    REQUIRE(added.ok());
    CHECK(added.value().code() == QStringLiteral("2h"));
    CHECK(added.value().name == QStringLiteral("Moreel beraad"));

    REQUIRE(
        catalogue
            .rename(added.value().id, added.value().rowVersion, QStringLiteral("Dilemmatraining"))
            .ok());
    auto renamedBlocks = catalogue.blocks().value();
    const auto renamed =
        *std::find_if(renamedBlocks.begin(), renamedBlocks.end(),
                      [&](const BuildingBlock& b) { return b.id == added.value().id; });
    CHECK(renamed.name == QStringLiteral("Dilemmatraining"));

    REQUIRE(catalogue.retire(renamed.id, renamed.rowVersion).ok());
    CHECK(catalogue.blocks(false).value().size() == 45);
    CHECK(catalogue.blocks(true).value().size() == 46);
    // Retired blocks keep their letter: the next one added gets a new one.
    CHECK(catalogue.addBlock(awareness, QStringLiteral("Spelsimulatie")).value().code() ==
          QStringLiteral("2i"));

    const auto retired = catalogue.blocks().value();
    const auto it = std::find_if(retired.begin(), retired.end(),
                                 [&](const BuildingBlock& b) { return b.id == renamed.id; });
    REQUIRE(it->retired);
    REQUIRE(catalogue.restore(it->id, it->rowVersion).ok());
    CHECK(catalogue.blocks(false).value().size() == 47);
}

TEST_CASE("bad catalogue input is refused at the field", "[catalogue][bad-input]") {
    StoreFixture f;
    Catalogue catalogue(*f.store);
    auto empty = catalogue.addBlock(1, QStringLiteral("   "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == QStringLiteral("name"));
    auto noTheme = catalogue.addBlock(999, QStringLiteral("Iets"));
    REQUIRE_FALSE(noTheme.ok());
    CHECK(noTheme.error().code == ErrorCode::NotFound);
    CHECK(catalogue.blocks().value().size() == 45);
}
