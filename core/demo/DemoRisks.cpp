#include "demo/DemoRisks.h"

#include "catalogue/Catalogue.h"
#include "risks/Controls.h"
#include "risks/RiskAcceptances.h"
#include "risks/RiskRegister.h"
#include "risks/VulnerableFunctions.h"
#include "storage/Store.h"

#include <QHash>

namespace infopunt {

namespace {

struct Score {
    int yearsAgo;
    int likelihood;
    int impact;
};

struct DemoRisk {
    const char* title;
    const char* description;
    const char* process;
    const char* unit;
    const char* owner;
    QList<const char*> blocks;
    Score inherent;
    QList<Score> residual;
    int reviewInMonths; // negative: overdue
    const char* status;
};

// Invented, but of the kind the policy note names (par. 3.8).
const QList<DemoRisk>& demoRisks() {
    static const QList<DemoRisk> risks{
        {"Aannemen van geschenken bij vergunningverlening",
         "Aanvragers bieden behandelaars geschenken of diensten aan om een vergunning sneller of "
         "gunstiger te krijgen.",
         "Vergunningverlening",
         "Vergunningen, Toezicht en Handhaving",
         "Afdelingshoofd VTH",
         {"3c", "2f"},
         {2, 4, 4},
         {{2, 4, 3}, {1, 3, 3}},
         5,
         "in_treatment"},
        {"Belangenverstrengeling bij inkoop en aanbesteding",
         "Een inkoper of budgethouder heeft een persoonlijk belang bij een leverancier.",
         "Inkoop en aanbesteding",
         "Inkoop",
         "Manager Inkoop",
         {"3f", "3d"},
         {2, 4, 5},
         {{2, 3, 4}, {1, 3, 4}, {0, 3, 4}},
         3,
         "in_treatment"},
        {"Niet gemelde nevenwerkzaamheden",
         "Medewerkers melden nevenwerkzaamheden niet, waardoor mogelijke belangenconflicten "
         "buiten beeld blijven.",
         "Personeelsbeleid",
         "Alle afdelingen",
         "Directeur Bedrijfsvoering",
         {"3a"},
         {2, 4, 3},
         {{2, 3, 3}, {0, 4, 3}},
         2,
         "open"},
        {"Onrechtmatig raadplegen van persoonsgegevens",
         "Medewerkers zoeken zonder noodzaak gegevens van bekenden of bekende inwoners op in "
         "de basisregistratie personen.",
         "Dienstverlening burgerzaken",
         "Burgerzaken",
         "Teamleider Burgerzaken",
         {"5a", "5b", "5d"},
         {2, 3, 5},
         {{2, 3, 4}, {1, 2, 4}},
         7,
         "in_treatment"},
        {"Fraude met declaraties en kasgeld",
         "Onjuiste declaraties of het gebruik van kasgeld voor eigen doeleinden.",
         "Financiën",
         "Financiën",
         "Concerncontroller",
         {"6b"},
         {1, 3, 3},
         {{1, 2, 2}},
         4,
         "open"},
        {"Agressie en intimidatie tegen handhavers",
         "Handhavers worden onder druk gezet om van een sanctie af te zien.",
         "Handhaving",
         "Vergunningen, Toezicht en Handhaving",
         "Teamleider Handhaving",
         {"4f", "4e"},
         {2, 4, 4},
         {{2, 3, 4}, {1, 3, 3}},
         6,
         "in_treatment"},
        {"Lekken van vertrouwelijke informatie over aanbestedingen",
         "Informatie over lopende aanbestedingen komt bij een inschrijver terecht.",
         "Inkoop en aanbesteding",
         "Inkoop",
         "Manager Inkoop",
         {"5c", "5d"},
         {1, 3, 4},
         {{1, 2, 3}},
         8,
         "open"},
        {"Oneigenlijk gebruik van laptop en telefoon",
         "Privégebruik van gemeentelijke middelen buiten de gedragscode.",
         "Bedrijfsvoering",
         "ICT",
         "Manager ICT",
         {"6a"},
         {2, 2, 2},
         {{1, 1, 2}},
         0,
         "closed"},
        {"Onvoldoende screening bij inhuur van personeel",
         "Ingehuurde krachten op kwetsbare functies beginnen zonder VOG of "
         "integriteitsverklaring.",
         "Inhuur",
         "HRM",
         "Manager HRM",
         {"1b", "1h"},
         {0, 3, 4},
         {},
         -1,
         "open"},
    };
    return risks;
}

Assessment assessment(qint64 riskId, const QString& kind, const Score& score, int index) {
    Assessment a;
    a.riskId = riskId;
    a.kind = kind;
    a.likelihood = score.likelihood;
    a.impact = score.impact;
    // Spread over the year: earlier years in spring, this year a few weeks ago.
    const QDate today = QDate::currentDate();
    a.assessedOn = score.yearsAgo > 0 ? QDate(today.year() - score.yearsAgo, 3 + index % 6, 10)
                                      : today.addDays(-14 - index);
    return a;
}

struct DemoControl {
    const char* block; // "" for a custom control
    const char* title;
    const char* owner;
    const char* effectiveness;
    QList<int> risks; // indexes into demoRisks()
};

} // namespace

Result<void> DemoRisks::add(Store& adviser, Store& second) {
    auto blocks = Catalogue(adviser).blocks(false);
    if (!blocks)
        return blocks.error();
    QHash<QString, qint64> blockOf;
    for (const BuildingBlock& b : blocks.value())
        blockOf.insert(b.code(), b.id);

    RiskRegister risks(adviser);
    QList<qint64> ids;
    const QDate today = QDate::currentDate();
    for (const DemoRisk& d : demoRisks()) {
        Risk r;
        r.title = QString::fromUtf8(d.title);
        r.description = QString::fromUtf8(d.description);
        r.process = QString::fromUtf8(d.process);
        r.unit = QString::fromUtf8(d.unit);
        r.owner = QString::fromUtf8(d.owner);
        for (const char* code : d.blocks)
            if (blockOf.contains(QLatin1String(code)))
                r.blockIds.append(blockOf.value(QLatin1String(code)));
        r.nextReview =
            d.reviewInMonths < 0 ? today.addDays(-10) : today.addMonths(d.reviewInMonths);
        auto added = risks.add(r);
        if (!added)
            return added.error();
        ids.append(added.value());
        const int index = int(ids.size());
        if (auto scored = risks.assess(
                assessment(added.value(), QStringLiteral("inherent"), d.inherent, index));
            !scored)
            return scored.error();
        for (const Score& s : d.residual)
            if (auto scored =
                    risks.assess(assessment(added.value(), QStringLiteral("residual"), s, index));
                !scored)
                return scored.error();
        if (QLatin1String(d.status) != QLatin1String("open")) {
            auto stored = risks.risk(added.value());
            if (!stored)
                return stored.error();
            stored.value().status = QString::fromUtf8(d.status);
            if (auto updated = risks.update(stored.value()); !updated)
                return updated;
        }
    }

    // The small residual risk of expense fraud is accepted, with four eyes, for a year.
    RiskAcceptances acceptances(adviser);
    auto requested = acceptances.request(
        ids.at(4),
        QStringLiteral("Het kasgeld is beperkt tot 250 euro per afdeling en elke declaratie "
                       "wordt door de budgethouder getekend; verdere maatregelen kosten meer "
                       "dan ze opleveren."),
        today.addMonths(11));
    if (!requested)
        return requested.error();
    if (auto approved = RiskAcceptances(second).decide(
            requested.value(), true, QStringLiteral("Akkoord, opnieuw bekijken na een jaar."));
        !approved)
        return approved;

    const QList<DemoControl> controls{
        {"3c", "", "Afdelingshoofd VTH", "partly", {0}},
        {"3f", "", "Manager Inkoop", "effective", {1, 6}},
        {"3a", "", "Manager HRM", "not_effective", {2}},
        {"5a", "", "CISO", "effective", {3, 6}},
        {"1c", "", "Manager HRM", "not_tested", {8}},
        {"",
         "Vier-ogenprincipe bij betalingen en declaraties",
         "Concerncontroller",
         "effective",
         {4}},
        {"",
         "Logging en steekproefcontrole van BRP-raadplegingen",
         "Teamleider Burgerzaken",
         "partly",
         {3}},
        {"",
         "Koppelen van handhavers in duo's bij risicovolle controles",
         "Teamleider Handhaving",
         "effective",
         {5}},
    };
    Controls register_(adviser);
    int n = 0;
    for (const DemoControl& d : controls) {
        Control c;
        c.blockId = blockOf.value(QLatin1String(d.block));
        c.title = QString::fromUtf8(d.title);
        c.owner = QString::fromUtf8(d.owner);
        for (const int i : d.risks)
            c.riskIds.append(ids.at(i));
        auto added = register_.add(c);
        if (!added)
            return added.error();
        if (QLatin1String(d.effectiveness) == QLatin1String("not_tested"))
            continue;
        Judgement j;
        j.controlId = added.value();
        j.effectiveness = QString::fromUtf8(d.effectiveness);
        j.judgedOn = QDate(today.year() - 1, 10, 1 + n++);
        if (auto judged = register_.judge(j); !judged)
            return judged.error();
    }

    struct DemoFunction {
        const char* name;
        const char* unit;
        QStringList reasons;
        QStringList screening;
        int assessedYearsAgo;
        QList<int> risks;
    };
    const QList<DemoFunction> functions{
        {"Inkoper",
         "Inkoop",
         {QStringLiteral("purchasing"), QStringLiteral("money")},
         {QStringLiteral("vog"), QStringLiteral("financial_interests")},
         1,
         {1, 6}},
        {"Vergunningverlener",
         "Vergunningen, Toezicht en Handhaving",
         {QStringLiteral("permits")},
         {QStringLiteral("vog")},
         1,
         {0}},
        {"Handhaver openbare ruimte",
         "Vergunningen, Toezicht en Handhaving",
         {QStringLiteral("enforcement"), QStringLiteral("inspection")},
         {QStringLiteral("vog"), QStringLiteral("periodic")},
         2,
         {5}},
        {"Medewerker Burgerzaken",
         "Burgerzaken",
         {QStringLiteral("confidential")},
         {QStringLiteral("vog"), QStringLiteral("secrecy")},
         4,
         {3}},
        {"Medewerker crediteurenadministratie",
         "Financiën",
         {QStringLiteral("money")},
         {QStringLiteral("vog")},
         1,
         {4}},
        {"Subsidieconsulent",
         "Maatschappelijke Ontwikkeling",
         {QStringLiteral("permits"), QStringLiteral("money")},
         {QStringLiteral("vog"), QStringLiteral("financial_interests")},
         2,
         {}},
    };
    VulnerableFunctions vulnerable(adviser);
    for (const DemoFunction& d : functions) {
        VulnerableFunction f;
        f.name = QString::fromUtf8(d.name);
        f.unit = QString::fromUtf8(d.unit);
        f.reasons = d.reasons;
        f.screening = d.screening;
        f.lastAssessed = QDate(today.year() - d.assessedYearsAgo, 5, 15);
        if (f.lastAssessed > today)
            f.lastAssessed = today;
        for (const int i : d.risks)
            f.riskIds.append(ids.at(i));
        if (auto added = vulnerable.add(f); !added)
            return added.error();
    }
    return {};
}

} // namespace infopunt
