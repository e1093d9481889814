#include "demo/DemoCases.h"

#include "cases/CaseFiles.h"
#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "catalogue/Catalogue.h"
#include "storage/Store.h"

#include <QHash>
#include <algorithm>

namespace infopunt {

namespace {

// One invented case: how it came in and how far the protocol has taken it. Dates count back
// from today, so the demo always shows current deadlines.
struct Script {
    int receivedDaysAgo;
    Channel channel;
    const char* reporter; // nullptr: anonymous
    const char* title;
    const char* description;
    const char* block;         // building-block code, e.g. "3c"
    const char* violationType; // code_lists code
    const char* subject;
    const char* subjectFunction;
    const char* subjectUnit;
    CaseState target;
    InvestigationKind kind = InvestigationKind::Internal;
    Verdict verdict = Verdict::Founded;
    const char* measure = ""; // code_lists code; empty for none
};

const QList<Script>& scripts() {
    using S = CaseState;
    using K = InvestigationKind;
    using V = Verdict;
    static const QList<Script> all{
        {1010, Channel::Manager, "R. Hoekstra", "Geschenk van leverancier",
         "Een medewerker van Inkoop heeft na afronding van een aanbesteding een kerstpakket en "
         "twee concertkaarten van de gegunde leverancier aangenomen en niet gemeld.",
         "3c", "conflict_of_interest", "T. Vermeer", "Inkoopadviseur", "Inkoop en Aanbesteding",
         S::Evaluated, K::None, V::PartlyFounded, "written_reprimand"},
        {930, Channel::Adviser, "S. Kok", "Nevenwerkzaamheden niet gemeld",
         "Een beleidsmedewerker verricht betaalde advieswerkzaamheden voor een projectontwikkelaar "
         "die bij de gemeente vergunningen aanvraagt, zonder melding van die nevenwerkzaamheden.",
         "3a", "conflict_of_interest", "J. Dijkstra", "Beleidsmedewerker ruimtelijke ordening",
         "Ruimtelijke Ontwikkeling", S::Evaluated, K::Internal, V::Founded, "written_reprimand"},
        {860, Channel::ConfidentialCounsellor, "A. Visser", "Declaraties reiskosten",
         "Via de vertrouwenspersoon integriteit komt het vermoeden binnen dat een teamleider "
         "reiskosten declareert voor dienstreizen die niet hebben plaatsgevonden.",
         "6b", "fraud", "H. de Boer", "Teamleider", "Stadsbeheer", S::Closed, K::Internal,
         V::Founded, "salary_reduction"},
        {800, Channel::Anonymous, nullptr, "Vertrouwelijk dossier gedeeld",
         "Anonieme melding dat stukken uit een vertrouwelijk personeelsdossier in een "
         "groepsapp zijn gedeeld.",
         "5d", "information", "onbekend", "", "Dienstverlening", S::Closed, K::None, V::Unfounded},
        {760, Channel::ConfidentialCounsellor, "L. Bos", "Ongewenste omgangsvormen op afdeling",
         "Meerdere medewerkers melden via de vertrouwenspersoon omgangsvormen structureel "
         "kleinerende opmerkingen en buitensluiten door een leidinggevende.",
         "4a", "undesirable_behaviour", "K. Mulder", "Afdelingshoofd", "Werk en Inkomen",
         S::Evaluated, K::External, V::PartlyFounded, "disciplinary_transfer"},
        {700, Channel::Manager, "P. Smits", "Privégebruik dienstauto",
         "Een medewerker gebruikt de dienstauto in het weekend voor privéritten; de "
         "rittenregistratie toont afwijkingen.",
         "6b", "misuse_of_resources", "D. Peters", "Toezichthouder", "Vergunningen en Handhaving",
         S::Closed, K::Internal, V::Founded, "written_reprimand"},
        {640, Channel::External, "via Huis voor Klokkenluiders", "Voorkennis bij aanbesteding",
         "Het Huis voor Klokkenluiders verwijst een melding door over een medewerker die "
         "vertrouwelijke gunningscriteria vooraf aan een inschrijver zou hebben gegeven.",
         "3f", "corruption", "M. van Dam", "Projectleider", "Openbare Ruimte", S::Closed,
         K::CriminalComplaint, V::Founded, "dismissal"},
        {580, Channel::Adviser, "E. Janssen", "Bevoegdheid vergunningverlening",
         "Vermoeden dat een vergunningverlener een aanvraag van een kennis met voorrang en "
         "zonder volledige toets heeft afgehandeld.",
         "3d", "misuse_of_powers", "G. Hendriks", "Vergunningverlener",
         "Vergunningen en Handhaving", S::Closed, K::Internal, V::Unfounded},
        {520, Channel::Manager, "W. Koster", "Uitlatingen op sociale media",
         "Een medewerker uit zich in de privésfeer op sociale media over inwoners van een wijk "
         "waarin hij beroepsmatig werkzaam is.",
         "4a", "private_misconduct", "F. Willems", "Wijkcoördinator", "Wijkzaken", S::Closed,
         K::None, V::Unfounded},
        {470, Channel::Manager, "B. Meijer", "Laptop met persoonsgegevens kwijt",
         "Een laptop met onversleutelde exportbestanden van cliëntgegevens is in de trein "
         "achtergelaten; het datalek is gemeld.",
         "6a", "information", "N. Jacobs", "Consulent", "Werk en Inkomen", S::Evaluated, K::None,
         V::Founded},
        {420, Channel::Anonymous, nullptr, "Belangen bij subsidieverlening",
         "Anonieme melding dat een subsidieadviseur een aanvraag beoordeelde van een stichting "
         "waarin een familielid bestuurder is.",
         "3d", "conflict_of_interest", "C. van Leeuwen", "Subsidieadviseur",
         "Maatschappelijke Ontwikkeling", S::Closed, K::External, V::PartlyFounded,
         "no_salary_increase"},
        {330, Channel::Manager, "I. Vos", "Onregelmatigheden kasbeheer",
         "Bij een kascontrole van de balie burgerzaken ontbreken over drie maanden bedragen die "
         "niet te verklaren zijn.",
         "6b", "fraud", "O. Brouwer", "Baliemedewerker", "Burgerzaken", S::ReporterInformed,
         K::Internal, V::Founded, "suspension"},
        {290, Channel::Adviser, "A. Postma", "Uitnodiging congres door leverancier",
         "Een ICT-coördinator accepteerde een betaalde uitnodiging voor een buitenlands congres "
         "van een softwareleverancier tijdens een lopende aanbesteding.",
         "3e", "conflict_of_interest", "R. Claassen", "ICT-coördinator", "Informatievoorziening",
         S::MeasureDetermined, K::None, V::PartlyFounded, "written_reprimand"},
        {250, Channel::ConfidentialCounsellor, "V. Huisman", "Intimidatie door leidinggevende",
         "Een medewerker meldt via de vertrouwenspersoon herhaalde intimidatie en dreigen met "
         "negatieve beoordelingen.",
         "4a", "undesirable_behaviour", "S. Wouters", "Teamleider", "Belastingen", S::Decided,
         K::External, V::Founded},
        {175, Channel::Manager, "T. Kuipers", "Raadplegen BRP zonder noodzaak",
         "Uit de logging van de basisregistratie personen blijkt dat een medewerker gegevens van "
         "buren en bekenden heeft ingezien zonder zaak.",
         "5b", "information", "L. Prins", "Medewerker burgerzaken", "Burgerzaken", S::FinalReport,
         K::Internal},
        {160, Channel::Anonymous, nullptr, "Aannemer en familiebelang",
         "Anonieme melding dat een opzichter opdrachten gunt aan een aannemer die eigendom is van "
         "zijn zwager.",
         "3d", "conflict_of_interest", "B. Schouten", "Opzichter", "Openbare Ruimte",
         S::SubjectResponse, K::Internal},
        {130, Channel::Manager, "D. van Wijk", "Vervalste urenregistratie",
         "Een medewerker registreert structureel overuren op dagen waarop het toegangssysteem "
         "geen aanwezigheid laat zien.",
         "6b", "fraud", "E. Bakker", "Medewerker buitendienst", "Stadsbeheer", S::DraftReport,
         K::Internal},
        {110, Channel::External, "via Huis voor Klokkenluiders", "Omkoping bij handhaving",
         "Melding dat een handhaver tegen betaling afziet van het opleggen van dwangsommen bij "
         "horecabedrijven.",
         "3c", "corruption", "M. Verbeek", "Handhaver", "Vergunningen en Handhaving", S::Hearing,
         K::External},
        {85, Channel::Manager, "J. de Graaf", "Gebruik inkoopkaart",
         "Met de inkooppas van een afdeling zijn aankopen gedaan bij een webwinkel voor "
         "consumentenelektronica zonder bestelling of factuur.",
         "6b", "misuse_of_resources", "H. Timmermans", "Secretaresse", "Bedrijfsvoering",
         S::Interviews, K::Internal},
        {60, Channel::Adviser, "K. Scholten", "Lekken van collegestukken",
         "Een vertrouwelijk collegevoorstel over een grondtransactie stond een dag voor "
         "besluitvorming in de regionale krant.",
         "5d", "information", "onbekend", "", "Bestuursondersteuning", S::InvestigationPlanned,
         K::Internal},
        {45, Channel::ConfidentialCounsellor, "N. Dekker", "Dreigende e-mails aan collega",
         "Een medewerker ontvangt van een collega e-mails met dreigende toon na een conflict "
         "over de roosterplanning.",
         "4a", "undesirable_behaviour", "P. Hermans", "Planner", "Klantcontactcentrum",
         S::InvestigationDecided, K::None},
        {30, Channel::Adviser, "M. Koning", "Nevenfunctie bij adviesbureau",
         "Signaal dat een senior jurist een nevenfunctie heeft bij een adviesbureau dat de "
         "gemeente adviseert in bezwaarzaken.",
         "3a", "conflict_of_interest", "A. Groen", "Senior jurist", "Juridische Zaken",
         S::PreliminaryInquiry},
        {20, Channel::Anonymous, nullptr, "Aanbesteding groenonderhoud",
         "Anonieme melding dat bij de aanbesteding van groenonderhoud de beoordelingscommissie "
         "één inschrijver bevoordeelde.",
         "3f", "corruption", "onbekend", "", "Openbare Ruimte", S::Acknowledged},
        {9, Channel::ConfidentialCounsellor, "F. Vermeulen", "Privégebruik gemeentelijke middelen",
         "Via de vertrouwenspersoon integriteit: een medewerker gebruikt gemeentelijk gereedschap "
         "en materiaal voor een eigen klusbedrijf.",
         "6b", "misuse_of_resources", "R. Smit", "Medewerker werkplaats", "Stadsbeheer",
         S::Registered},
        {4, Channel::Manager, "G. Lambregts", "Parkeervergunningen",
         "Een teamleider ziet dat parkeervergunningen zijn verstrekt op adressen waar de "
         "aanvragers niet staan ingeschreven.",
         "6b", "fraud", "onbekend", "", "Parkeren", S::Registered},
        {2, Channel::Adviser, "W. Vermeer", "Gift bij afscheid",
         "Vraag of een cadeaubon van een zakelijke relatie bij een afscheid als geschenk gemeld "
         "had moeten worden.",
         "3c", "other", "J. Mertens", "Accountmanager", "Economische Zaken", S::Registered,
         K::None},
    };
    return all;
}

} // namespace

// The note an adviser writes when a case reaches a state.
QList<CaseState> DemoCases::pathTo(CaseState target, InvestigationKind kind) {
    QList<CaseState> path;
    CaseState at = CaseState::Registered;
    while (at != target) {
        const auto next = CaseWorkflow::nextStates(at, kind);
        if (next.isEmpty())
            break;
        // From a criminal complaint the demo lets the municipality investigate alongside.
        at = next.constFirst();
        path.append(at);
    }
    return path;
}

QString DemoCases::stepNote(CaseState state) {
    switch (state) {
    case CaseState::Registered:
        return {};
    case CaseState::Acknowledged:
        return QStringLiteral("Ontvangstbevestiging verstuurd aan de melder.");
    case CaseState::PreliminaryInquiry:
        return QStringLiteral("Vooronderzoek gestart: feiten en stukken verzameld.");
    case CaseState::InvestigationDecided:
        return QStringLiteral("Besluit over onderzoek genomen na bespreking in de werkgroep.");
    case CaseState::InvestigationPlanned:
        return QStringLiteral("Onderzoeksplan opgesteld en vastgesteld.");
    case CaseState::Interviews:
        return QStringLiteral("Gesprekken met getuigen gevoerd en verslagen.");
    case CaseState::Hearing:
        return QStringLiteral("Betrokkene gehoord (hoor en wederhoor).");
    case CaseState::DraftReport:
        return QStringLiteral("Conceptrapport opgesteld.");
    case CaseState::SubjectResponse:
        return QStringLiteral("Reactie van betrokkene op het conceptrapport ontvangen.");
    case CaseState::FinalReport:
        return QStringLiteral("Definitief rapport aangeboden aan de gemeentesecretaris.");
    case CaseState::Decided:
        return QStringLiteral("Besluit van de gemeentesecretaris vastgelegd.");
    case CaseState::MeasureDetermined:
        return QStringLiteral("Maatregel bepaald in overleg met HR.");
    case CaseState::ReporterInformed:
        return QStringLiteral("Melder geïnformeerd over de afhandeling.");
    case CaseState::Closed:
        return QStringLiteral("Dossier compleet; zaak gesloten.");
    case CaseState::Evaluated:
        return QStringLiteral("Geleerde les: regeling opnieuw onder de aandacht brengen bij de "
                              "afdeling en opnemen in het jaarplan.");
    }
    return {};
}

namespace {

class Builder {
public:
    Builder(Store& adviser, Store& secondAdviser, Store& reviewer)
        : m_adviser(adviser)
        , m_second(secondAdviser)
        , m_reviewer(reviewer)
        , m_today(Deadlines::today()) {}

    Result<void> loadLookups() {
        auto blocks = Catalogue(m_adviser).blocks();
        if (!blocks)
            return blocks.error();
        for (const BuildingBlock& block : blocks.value())
            m_blocks.insert(block.code(), block.id);
        auto types = CodeLists(m_adviser).entries(CodeLists::List::ViolationType);
        if (!types)
            return types.error();
        for (const CodeListEntry& entry : types.value())
            m_types.insert(entry.code, entry.id);
        return {};
    }

    Result<void> build(const Script& script) {
        NewCase report;
        report.receivedOn = m_today.addDays(-script.receivedDaysAgo);
        report.channel = script.channel;
        report.anonymous = script.reporter == nullptr;
        if (script.reporter)
            report.reporter = {QString::fromUtf8(script.reporter), QString(), 0};
        report.title = QString::fromUtf8(script.title);
        report.description = QString::fromUtf8(script.description);
        report.buildingBlockId = m_blocks.value(QString::fromLatin1(script.block));
        report.violationTypeId = m_types.value(QString::fromLatin1(script.violationType));
        CaseParty subject;
        subject.kind = PartyKind::Subject;
        subject.name = QString::fromUtf8(script.subject);
        subject.function = QString::fromUtf8(script.subjectFunction);
        subject.orgUnit = QString::fromUtf8(script.subjectUnit);
        report.subjects = {subject};

        CaseService cases(m_adviser);
        auto registered = cases.registerReport(report);
        if (!registered)
            return registered.error();
        CaseRecord record = registered.value();

        const QList<CaseState> path = DemoCases::pathTo(script.target, script.kind);
        const QList<QDate> dates = stepDates(report.receivedOn, script, path.size());
        for (int i = 0; i < path.size(); ++i) {
            const CaseState to = path.at(i);
            if (auto informed = giveFeedbackBefore(record, dates.at(i), script); !informed)
                return informed;
            if (to == CaseState::InvestigationPlanned) {
                if (auto prepared = prepareInvestigation(record.id, dates.at(i)); !prepared)
                    return prepared;
            }
            auto stepped = to == CaseState::Closed ? close(record, dates.at(i))
                                                   : step(record, to, dates.at(i), script);
            if (!stepped)
                return stepped.error();
            record = stepped.value();
            if (to == CaseState::Acknowledged) {
                if (auto noted = journal(record.id, dates.at(i), JournalKind::Call,
                                         QStringLiteral("Telefonisch contact met de melder: "
                                                        "toelichting op de melding en de "
                                                        "vervolgstappen besproken."));
                    !noted)
                    return noted;
            }
        }
        if (auto informed = giveFeedbackBefore(record, m_today, script); !informed)
            return informed;
        if (auto touched = addDeadlineTouches(record, script); !touched)
            return touched;
        if (script.target == CaseState::ReporterInformed)
            return addFourEyesRequests(record);
        return {};
    }

private:
    // Steps of closed cases spread over about half a year after receipt; open cases have their
    // last step a few days ago. The acknowledgement comes on the third day.
    QList<QDate> stepDates(QDate received, const Script& script, qsizetype steps) const {
        QList<QDate> dates;
        if (steps == 0)
            return dates;
        const bool finished = !CaseWorkflow::isOpen(script.target);
        const int available = script.receivedDaysAgo - (finished ? 0 : 2);
        const int span = std::max(1, finished ? std::min(200, available) : available);
        const int acknowledgement = std::min(3, span);
        dates.append(received.addDays(acknowledgement));
        for (qsizetype i = 1; i < steps; ++i) {
            const int offset =
                acknowledgement + static_cast<int>((span - acknowledgement) * i / (steps - 1));
            dates.append(received.addDays(offset));
        }
        return dates;
    }

    // The reporter hears how the report is dealt with some ten weeks after the acknowledgement,
    // within the legal three months, while the investigation goes on. Two cases show what the
    // deadline view is for: one where it was forgotten, one with a justified extension.
    Result<void> giveFeedbackBefore(CaseRecord& record, QDate next, const Script& script) {
        const bool forgotten = script.target == CaseState::SubjectResponse;
        const bool extended = script.target == CaseState::FinalReport;
        if (forgotten || extended || !record.acknowledgedOn || record.feedbackOn)
            return {};
        const QDate given = record.acknowledgedOn->addDays(72);
        if (given >= next || given > m_today)
            return {};
        auto recorded = CaseService(m_adviser).recordFeedback(record.id, record.rowVersion, given);
        if (!recorded)
            return recorded.error();
        record = recorded.value();
        return journal(record.id, given, JournalKind::Email,
                       QStringLiteral("Melder per e-mail geïnformeerd over de stand van zaken en "
                                      "de verwachte doorlooptijd."));
    }

    Result<CaseRecord> step(const CaseRecord& record, CaseState to, QDate date,
                            const Script& script) {
        StepRequest request;
        request.to = to;
        request.date = date;
        request.note = DemoCases::stepNote(to);
        if (to == CaseState::InvestigationDecided)
            request.investigationKind = script.kind;
        if (to == CaseState::Decided)
            request.verdict = script.verdict;
        if (to == CaseState::MeasureDetermined)
            request.measure = QString::fromLatin1(script.measure);
        return CaseService(m_adviser).takeStep(record.id, record.rowVersion, request);
    }

    // Four eyes: the adviser asks, the second adviser approves.
    Result<CaseRecord> close(const CaseRecord& record, QDate date) {
        StepRequest request;
        request.to = CaseState::Closed;
        request.date = date;
        request.note = DemoCases::stepNote(CaseState::Closed);
        auto requested = CaseService(m_adviser).requestApproval(
            record.id, ApprovalAction::CloseCase, std::nullopt,
            QStringLiteral("Alle stappen afgerond; verzoek om sluiting."), request);
        if (!requested)
            return requested.error();
        if (auto decided =
                CaseService(m_second).decide(requested.value().id, ApprovalDecision::Approved,
                                             QStringLiteral("Dossier gecontroleerd."));
            !decided)
            return decided.error();
        return CaseService(m_adviser).get(record.id);
    }

    // Something on the dashboards: the adviser's request to delete a journal entry, which the
    // second adviser rejected, and the closure of the case, which waits for the second adviser
    // (and the assigned jurist).
    Result<void> addFourEyesRequests(const CaseRecord& record) {
        auto entries = CaseJournal(m_adviser).entries(record.id);
        if (!entries)
            return entries.error();
        if (entries.value().isEmpty())
            return {};
        CaseService cases(m_adviser);
        auto deletion = cases.requestApproval(record.id, ApprovalAction::DeleteJournalEntry,
                                              entries.value().constFirst().id,
                                              QStringLiteral("Dubbel vastgelegd."));
        if (!deletion)
            return deletion.error();
        if (auto rejected = CaseService(m_second).decide(
                deletion.value().id, ApprovalDecision::Rejected,
                QStringLiteral("Het gesprek staat maar één keer in het journaal; laten staan."));
            !rejected)
            return rejected;
        StepRequest closing;
        closing.to = CaseState::Closed;
        closing.date = m_today;
        closing.note = DemoCases::stepNote(CaseState::Closed);
        auto requested = cases.requestApproval(
            record.id, ApprovalAction::CloseCase, std::nullopt,
            QStringLiteral("Alle stappen afgerond; verzoek om sluiting."), closing);
        if (!requested)
            return requested.error();
        return {};
    }

    // Before an investigation starts the Werkgroep is involved: the jurist is assigned, gives
    // advice, and the investigation plan is added to the file.
    Result<void> prepareInvestigation(qint64 caseId, QDate date) {
        CaseService cases(m_adviser);
        if (auto assigned = cases.assign(caseId, m_reviewer.user().userName); !assigned)
            return assigned;
        const QString advice = QStringLiteral("Advies: hoor en wederhoor zorgvuldig vastleggen en "
                                              "de rechtspositionele gevolgen vooraf met HR "
                                              "bespreken.");
        auto advised = CaseService(m_reviewer).addReview(caseId, ReviewKind::Advice, advice);
        if (!advised)
            return advised.error();
        const QByteArray plan =
            QStringLiteral("Onderzoeksplan\n\nOnderzoeksvragen, te horen personen, planning en "
                           "waarborgen voor hoor en wederhoor.\n")
                .toUtf8();
        if (auto added = withoutValue(CaseDocuments(m_adviser).addBytes(
                caseId, QStringLiteral("Onderzoeksplan.txt"), plan, QStringLiteral("Versie 1.0")));
            !added)
            return added;
        return journal(caseId, date, JournalKind::Meeting,
                       QStringLiteral("Werkgroepoverleg: onderzoeksopdracht en planning "
                                      "besproken."));
    }

    Result<void> journal(qint64 caseId, QDate date, JournalKind kind, const QString& text) {
        return withoutValue(CaseJournal(m_adviser).add(caseId, date, kind, text));
    }

    // Some cases carry a custom deadline or an extended feedback deadline.
    Result<void> addDeadlineTouches(const CaseRecord& record, const Script& script) {
        CaseService cases(m_adviser);
        if (script.target == CaseState::Hearing)
            return withoutValue(cases.addDeadline(
                record.id, QStringLiteral("Conceptrapport naar werkgroep"), m_today.addDays(5)));
        if (script.target == CaseState::FinalReport) {
            auto deadlines = cases.deadlines(record.id);
            if (!deadlines)
                return deadlines.error();
            for (const Deadline& deadline : deadlines.value()) {
                if (deadline.kind == Deadline::Kind::Feedback)
                    return withoutValue(cases.extendFeedback(
                        record.id, record.rowVersion, deadline.due.addMonths(3),
                        QStringLiteral("Extern deskundigenoordeel over de logging is nodig; de "
                                       "melder is hierover geïnformeerd.")));
            }
        }
        return {};
    }

    Store& m_adviser;
    Store& m_second;
    Store& m_reviewer;
    QDate m_today;
    QHash<QString, qint64> m_blocks;
    QHash<QString, qint64> m_types;
};

} // namespace

int DemoCases::count() {
    return static_cast<int>(scripts().size());
}

Result<void> DemoCases::add(Store& adviser, const QString& secondAdviserName,
                            const QString& secondAdviserPassphrase, const QString& reviewerName,
                            const QString& reviewerPassphrase) {
    auto second = Store::unlock(adviser.folder(), secondAdviserName, secondAdviserPassphrase);
    if (!second)
        return second.error();
    auto reviewer = Store::unlock(adviser.folder(), reviewerName, reviewerPassphrase);
    if (!reviewer)
        return reviewer.error();
    Builder builder(adviser, *second.value(), *reviewer.value());
    if (auto loaded = builder.loadLookups(); !loaded)
        return loaded;
    for (const Script& script : scripts()) {
        if (auto built = builder.build(script); !built)
            return makeError(built.error().code,
                             tr("Demo case “%1”: %2")
                                 .arg(QString::fromUtf8(script.title), built.error().message));
    }
    return {};
}

} // namespace infopunt
