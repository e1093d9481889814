#include "demo/DemoVolume.h"

#include "cases/CaseFiles.h"
#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "catalogue/Catalogue.h"
#include "demo/DemoCases.h"
#include "storage/Store.h"
#include "storage/WriteBatch.h"

#include <QRandomGenerator>
#include <algorithm>
#include <optional>

namespace infopunt {

namespace {

// Invented names only: never a real person's data.
const QStringList firstNames{
    QStringLiteral("Anouk"),   QStringLiteral("Bram"),    QStringLiteral("Chantal"),
    QStringLiteral("Daan"),    QStringLiteral("Esra"),    QStringLiteral("Floor"),
    QStringLiteral("Gijs"),    QStringLiteral("Hanneke"), QStringLiteral("Ilse"),
    QStringLiteral("Jeroen"),  QStringLiteral("Karim"),   QStringLiteral("Lotte"),
    QStringLiteral("Maarten"), QStringLiteral("Nadia"),   QStringLiteral("Olaf"),
    QStringLiteral("Priya"),   QStringLiteral("Quinten"), QStringLiteral("Roos"),
    QStringLiteral("Sander"),  QStringLiteral("Tessa"),   QStringLiteral("Umut"),
    QStringLiteral("Vera"),    QStringLiteral("Wouter"),  QStringLiteral("Yara"),
};
const QStringList lastNames{
    QStringLiteral("Aalbers"),    QStringLiteral("Blom"),      QStringLiteral("Coenen"),
    QStringLiteral("Doornbos"),   QStringLiteral("Evers"),     QStringLiteral("Franken"),
    QStringLiteral("Geerts"),     QStringLiteral("Haverkamp"), QStringLiteral("IJzerman"),
    QStringLiteral("Jonkman"),    QStringLiteral("Kramer"),    QStringLiteral("Lindeman"),
    QStringLiteral("Mol"),        QStringLiteral("Nijhuis"),   QStringLiteral("Oosterveld"),
    QStringLiteral("Pauwels"),    QStringLiteral("Roelofs"),   QStringLiteral("Sprenger"),
    QStringLiteral("Terpstra"),   QStringLiteral("Veenstra"),  QStringLiteral("Westerhof"),
    QStringLiteral("van Zanten"), QStringLiteral("de Ridder"), QStringLiteral("ter Horst"),
};
const QStringList functions{
    QStringLiteral("Beleidsmedewerker"), QStringLiteral("Teamleider"),
    QStringLiteral("Consulent"),         QStringLiteral("Inkoopadviseur"),
    QStringLiteral("Toezichthouder"),    QStringLiteral("Baliemedewerker"),
    QStringLiteral("Projectleider"),     QStringLiteral("Medewerker buitendienst"),
    QStringLiteral("Afdelingshoofd"),    QStringLiteral("Vergunningverlener"),
};
// Neutral labels as an adviser would write them: never a name.
const QStringList titles{
    QStringLiteral("Geschenk van leverancier"),
    QStringLiteral("Nevenwerkzaamheden niet gemeld"),
    QStringLiteral("Onheuse bejegening op de afdeling"),
    QStringLiteral("Privégebruik van dienstauto"),
    QStringLiteral("Vertrouwelijke stukken gelekt"),
    QStringLiteral("Belangenverstrengeling bij aanbesteding"),
    QStringLiteral("Onjuiste declaratie reiskosten"),
    QStringLiteral("Ongewenst gedrag tijdens teamuitje"),
    QStringLiteral("Laptop gebruikt voor privézaken"),
    QStringLiteral("Urenregistratie klopt niet"),
    QStringLiteral("Vermoeden van omkoping bij vergunning"),
    QStringLiteral("Privacy-incident bij Burgerzaken"),
    QStringLiteral("Pesten op de werkvloer"),
    QStringLiteral("Misbruik van bevoegdheden bij handhaving"),
    QStringLiteral("Vermissing uit het magazijn"),
    QStringLiteral("Financiële belangen niet gemeld"),
    QStringLiteral("Uitnodiging voor congres in het buitenland"),
    QStringLiteral("Familielid aangenomen zonder procedure"),
};
const QStringList units{
    QStringLiteral("Vergunningen"),
    QStringLiteral("Burgerzaken"),
    QStringLiteral("Inkoop"),
    QStringLiteral("Openbare ruimte"),
    QStringLiteral("Werk en inkomen"),
    QStringLiteral("Financiën"),
    QStringLiteral("ICT"),
    QStringLiteral("Handhaving"),
    QStringLiteral("Sport en cultuur"),
    QStringLiteral("Wijkteams"),
};
// Most contain the common word ("afdeling"); %1 is a unit.
const QStringList sentences{
    QStringLiteral("De melder heeft gezien dat een medewerker van de afdeling %1 regelmatig "
                   "cadeaus aanneemt."),
    QStringLiteral("Volgens de leidinggevende van de afdeling %1 is de procedure niet gevolgd."),
    QStringLiteral("Er zijn zorgen over de financiële administratie van de afdeling %1."),
    QStringLiteral("Een collega van %1 zou vertrouwelijke informatie hebben gedeeld met een "
                   "externe partij."),
    QStringLiteral("De facturen van de leverancier wijken af van de geleverde diensten bij de "
                   "afdeling %1."),
    QStringLiteral("Medewerkers van de afdeling %1 voelen zich niet veilig om dit bespreekbaar te "
                   "maken."),
    QStringLiteral("De melding betreft het gebruik van gemeentelijke middelen buiten werktijd."),
    QStringLiteral("Het team %1 is niet geïnformeerd over de regeling nevenwerkzaamheden."),
    QStringLiteral("Er is sprake van een mogelijke relatie tussen de aanvrager en een "
                   "beoordelaar bij de afdeling %1."),
    QStringLiteral("De melder vraagt om vertrouwelijke behandeling en wil eerst advies."),
    QStringLiteral("Er bestaan verschillende ideeën over wat op de afdeling %1 gebruikelijk is."),
    QStringLiteral("Bij een controle op de afdeling %1 zijn onregelmatigheden in de "
                   "kasadministratie gevonden."),
};
const QStringList journalTexts{
    QStringLiteral("Telefonisch contact met de melder: aanvullende informatie ontvangen."),
    QStringLiteral("Gesprek met de leidinggevende van %1 over de feiten en de planning."),
    QStringLiteral("E-mail van HR ontvangen met het personeelsdossier en de functiebeschrijving."),
    QStringLiteral("Overleg met de jurist over hoor en wederhoor; vervolgafspraak gemaakt."),
    QStringLiteral("Dossierstukken van de afdeling %1 opgevraagd bij het archief."),
    QStringLiteral("Werkgroep geïnformeerd over de voortgang van het vooronderzoek."),
};
const QStringList deadlineLabels{
    QStringLiteral("Conceptrapport naar werkgroep"),
    QStringLiteral("Stukken van HR ontvangen"),
    QStringLiteral("Reactie van betrokkene"),
    QStringLiteral("Gesprek met leidinggevende plannen"),
};
const QString rareSentence =
    QStringLiteral("Het zwembadabonnement van de afdeling werd privé gebruikt.");

// How far the protocol takes a case received `daysAgo` days ago: most reports are dealt with
// within a year, a few linger.
CaseState targetFor(int daysAgo, QRandomGenerator& random) {
    const int lastOpen = static_cast<int>(CaseState::ReporterInformed);
    if (daysAgo > 400 && random.bounded(100) >= 3)
        return random.bounded(100) < 70 ? CaseState::Evaluated : CaseState::Closed;
    if (daysAgo > 400)
        return static_cast<CaseState>(random.bounded(lastOpen + 1));
    const int index = std::clamp(daysAgo * (lastOpen + 3) / 400 + random.bounded(-2, 3), 0,
                                 static_cast<int>(CaseState::Evaluated));
    return static_cast<CaseState>(index);
}

// The typical age of a case in `state`, for giving a state that no case drew to the case
// nearest to it.
int typicalAge(CaseState state) {
    return CaseWorkflow::isOpen(state) ? static_cast<int>(state) * 400 / 15 : 1000;
}

// Every stop on the way is a state the kind leads through: an investigation for the states of
// one; for the others, as in an office, most reports are settled without a formal one.
InvestigationKind kindFor(CaseState target, QRandomGenerator& random) {
    const bool investigated =
        target >= CaseState::InvestigationPlanned && target <= CaseState::FinalReport;
    const int draw = random.bounded(100);
    if (!investigated && draw < 60)
        return InvestigationKind::None;
    if (draw < 85)
        return InvestigationKind::Internal;
    return draw < 95 ? InvestigationKind::External : InvestigationKind::CriminalComplaint;
}

// One generated report: drawn up front from the seed, in date order.
struct Plan {
    QDate received;
    CaseState target = CaseState::Registered;
    InvestigationKind kind = InvestigationKind::Internal;
    quint32 textSeed = 0; // everything else about the case is drawn from this
    bool rare = false;
};

QList<Plan> drawPlans(int count, quint32 seed, QDate today) {
    QRandomGenerator random(seed);
    QList<Plan> plans(count);
    for (Plan& plan : plans)
        plan.received = today.addDays(-random.bounded(DemoVolume::yearsBack * 365));
    std::sort(plans.begin(), plans.end(),
              [](const Plan& a, const Plan& b) { return a.received < b.received; });
    for (qsizetype i = 0; i < plans.size(); ++i) {
        Plan& plan = plans[i];
        plan.target = targetFor(static_cast<int>(plan.received.daysTo(today)), random);
        plan.textSeed = random.generate();
        plan.rare = i % 1000 == 7;
    }
    // Every state occurs once there are enough reports: a missing one is given to the case
    // nearest its typical age among those whose state others share.
    const QList<CaseState> states = CaseWorkflow::allStates();
    if (plans.size() >= states.size()) {
        QHash<CaseState, int> counts;
        for (const Plan& plan : std::as_const(plans))
            ++counts[plan.target];
        for (const CaseState state : states) {
            if (counts.value(state) > 0)
                continue;
            qsizetype best = -1;
            int bestDistance = 0;
            for (qsizetype i = 0; i < plans.size(); ++i) {
                const int distance =
                    std::abs(static_cast<int>(plans[i].received.daysTo(today)) - typicalAge(state));
                if (counts.value(plans[i].target) > 1 && (best < 0 || distance < bestDistance)) {
                    best = i;
                    bestDistance = distance;
                }
            }
            --counts[plans[best].target];
            plans[best].target = state;
            ++counts[state];
        }
    }
    for (Plan& plan : plans)
        plan.kind = kindFor(plan.target, random);
    return plans;
}

// Writes the reports of one batch, session after session: the first adviser registers and
// steers them and asks for the closures, the members review what they were assigned, the
// second adviser approves the closures, and the first adviser evaluates the closed cases.
class VolumeBuilder {
public:
    VolumeBuilder(const DemoVolume::Sessions& sessions, QDate today)
        : m_sessions(sessions)
        , m_today(today) {}

    Result<void> loadLookups() {
        auto blocks = Catalogue(m_sessions.adviser).blocks(false);
        if (!blocks)
            return blocks.error();
        for (const BuildingBlock& block : blocks.value())
            m_blocks.append(block.id);
        CodeLists lists(m_sessions.adviser);
        auto types = lists.entries(CodeLists::List::ViolationType, false);
        if (!types)
            return types.error();
        for (const CodeListEntry& entry : types.value())
            m_types.append(entry.id);
        auto measures = lists.entries(CodeLists::List::Measure, false);
        if (!measures)
            return measures.error();
        for (const CodeListEntry& entry : measures.value())
            m_measures.append(entry.code);
        if (m_blocks.isEmpty() || m_types.isEmpty())
            return makeError(
                ErrorCode::Internal,
                DemoVolume::tr("The store has no building blocks or violation types."));
        return {};
    }

    Result<void> build(const QList<Plan>& plans) {
        m_cases.clear();
        if (auto steered = inBatch(m_sessions.adviser, [&] { return registerAll(plans); });
            !steered)
            return steered;
        for (Store* member : {&m_sessions.jurist, &m_sessions.controller}) {
            if (auto reviewed = inBatch(*member, [&] { return reviewAll(*member); }); !reviewed)
                return reviewed;
        }
        if (auto approved = inBatch(m_sessions.secondAdviser, [&] { return approveAll(); });
            !approved)
            return approved;
        return inBatch(m_sessions.adviser, [&] { return evaluateAll(); });
    }

private:
    // What the later sessions of a batch need of a case the first adviser made.
    struct Made {
        qint64 id = 0;
        QDate closedOn;
        bool evaluate = false;
        std::optional<qint64> closure; // the approval request
        QStringList reviewers;
    };

    template <typename Work> static Result<void> inBatch(Store& store, Work work) {
        WriteBatch batch(store);
        if (auto begun = batch.begin(); !begun)
            return begun;
        if (auto done = work(); !done)
            return done; // the batch rolls back
        return batch.commit();
    }

    Result<void> registerAll(const QList<Plan>& plans) {
        for (const Plan& plan : plans) {
            m_random.seed(plan.textSeed);
            if (auto made = registerOne(plan); !made)
                return made;
        }
        return {};
    }

    const QString& pick(const QStringList& list) {
        return list[m_random.bounded(static_cast<int>(list.size()))];
    }
    bool chance(int percent) { return m_random.bounded(100) < percent; }
    QString withUnit(const QString& text) {
        return text.contains(QLatin1String("%1")) ? text.arg(pick(units)) : text;
    }
    QString personName() { return pick(firstNames) + QLatin1Char(' ') + pick(lastNames); }
    QDate notAfterToday(QDate date) const { return std::min(date, m_today); }

    QString description(bool rare) {
        QStringList parts;
        const int count = m_random.bounded(2, 6);
        for (int i = 0; i < count; ++i)
            parts.append(withUnit(pick(sentences)));
        if (rare)
            parts.append(rareSentence);
        return parts.join(QLatin1Char(' '));
    }

    NewCase report(const Plan& plan) {
        NewCase report;
        report.receivedOn = plan.received;
        const QList<Channel> channels = CaseTerms::channels();
        report.channel = channels[m_random.bounded(static_cast<int>(channels.size()))];
        // Some reporters through other channels ask not to be named either.
        report.anonymous = report.channel == Channel::Anonymous || chance(8);
        if (!report.anonymous) {
            const QString name = personName();
            report.reporter = {
                name,
                chance(50)
                    ? QStringLiteral("06-%1").arg(10000000 + m_random.bounded(89999999))
                    : name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@voorbeeld.nl"),
                0};
        }
        report.title = pick(titles) + QStringLiteral(" (") + pick(units) + QLatin1Char(')');
        report.description = description(plan.rare);
        if (chance(92))
            report.buildingBlockId = m_blocks[m_random.bounded(static_cast<int>(m_blocks.size()))];
        if (chance(88))
            report.violationTypeId = m_types[m_random.bounded(static_cast<int>(m_types.size()))];
        CaseParty subject;
        subject.kind = PartyKind::Subject;
        subject.name = chance(10) ? QStringLiteral("onbekend") : personName();
        subject.function = pick(functions);
        subject.orgUnit = pick(units);
        report.subjects = {subject};
        return report;
    }

    // The days of the steps (the closure and the evaluation included): spread over some months
    // for a finished case, up to a few days ago for an open one; the acknowledgement comes within
    // the legal week.
    QList<QDate> stepDates(const Plan& plan, qsizetype steps) {
        QList<QDate> dates;
        if (steps == 0)
            return dates;
        const int age = static_cast<int>(plan.received.daysTo(m_today));
        const bool finished = !CaseWorkflow::isOpen(plan.target);
        const int span = std::max(0, finished ? std::min(age, m_random.bounded(120, 330))
                                              : age - m_random.bounded(1, 10));
        const int acknowledgement = std::min(m_random.bounded(1, 8), span);
        dates.append(notAfterToday(plan.received.addDays(acknowledgement)));
        for (qsizetype i = 1; i < steps; ++i) {
            const int offset =
                acknowledgement + static_cast<int>((span - acknowledgement) * i / (steps - 1));
            dates.append(notAfterToday(plan.received.addDays(offset)));
        }
        return dates;
    }

    StepRequest stepRequest(CaseState to, QDate date, const Plan& plan) {
        StepRequest request;
        request.to = to;
        request.date = date;
        request.note = DemoCases::stepNote(to);
        if (to == CaseState::InvestigationDecided)
            request.investigationKind = plan.kind;
        if (to == CaseState::Decided) {
            const QList<Verdict> verdicts = CaseWorkflow::allVerdicts();
            request.verdict = verdicts[m_random.bounded(static_cast<int>(verdicts.size()))];
        }
        if (to == CaseState::MeasureDetermined && !m_measures.isEmpty() && chance(60))
            request.measure = pick(m_measures);
        return request;
    }

    Result<void> journal(qint64 caseId, QDate date, JournalKind kind, const QString& text) {
        return withoutValue(
            CaseJournal(m_sessions.adviser).add(caseId, notAfterToday(date), kind, text));
    }

    Result<void> document(qint64 caseId, const QString& name, const QString& text) {
        return withoutValue(
            CaseDocuments(m_sessions.adviser)
                .addBytes(caseId, name, text.toUtf8(), QStringLiteral("Versie 1.0")));
    }

    Result<void> registerOne(const Plan& plan) {
        CaseService cases(m_sessions.adviser);
        auto registered = cases.registerReport(report(plan));
        if (!registered)
            return registered.error();
        CaseRecord record = registered.value();
        Made made;
        made.id = record.id;
        if (chance(20)) {
            CaseParty witness;
            witness.caseId = record.id;
            witness.kind = PartyKind::Witness;
            witness.name = personName();
            witness.function = pick(functions);
            witness.orgUnit = pick(units);
            if (auto added = withoutValue(cases.addParty(witness)); !added)
                return added;
        }

        const bool forgotten = chance(4);
        const bool extended = !forgotten && chance(6);
        const int feedbackAfter = extended ? m_random.bounded(95, 130) : m_random.bounded(50, 80);
        const auto giveFeedbackBefore = [&](QDate next) -> Result<void> {
            if (forgotten || !record.acknowledgedOn || record.feedbackOn)
                return {};
            const QDate given = record.acknowledgedOn->addDays(feedbackAfter);
            if (given >= next || given > m_today)
                return {};
            auto recorded = cases.recordFeedback(record.id, record.rowVersion, given);
            if (!recorded)
                return recorded.error();
            record = recorded.value();
            return journal(
                record.id, given, JournalKind::Email,
                QStringLiteral("Melder per e-mail geïnformeerd over de stand van zaken."));
        };

        // Up to the request to close, for a closed one.
        const QList<CaseState> path =
            DemoCases::pathTo(std::min(plan.target, CaseState::ReporterInformed), plan.kind);
        const bool closing = !CaseWorkflow::isOpen(plan.target);
        const QList<QDate> dates = stepDates(plan, path.size() + (closing ? 2 : 0));
        for (qsizetype i = 0; i < path.size(); ++i) {
            const CaseState to = path.at(i);
            const QDate date = dates.at(i);
            if (auto informed = giveFeedbackBefore(date); !informed)
                return informed;
            if (to == CaseState::InvestigationPlanned ||
                (to == CaseState::PreliminaryInquiry && chance(10))) {
                if (auto assigned = assignMembers(cases, made, record.id, date, plan.rare);
                    !assigned)
                    return assigned;
            }
            auto stepped =
                cases.takeStep(record.id, record.rowVersion, stepRequest(to, date, plan));
            if (!stepped)
                return stepped.error();
            record = stepped.value();
            if (to == CaseState::Acknowledged) {
                if (auto noted = journal(record.id, date, JournalKind::Call,
                                         QStringLiteral("Telefonisch contact met de melder: "
                                                        "toelichting op de melding besproken."));
                    !noted)
                    return noted;
                if (extended) {
                    if (auto longer = extend(cases, record); !longer)
                        return longer;
                }
            }
        }
        if (auto informed = giveFeedbackBefore(closing ? dates.at(path.size()) : m_today);
            !informed)
            return informed;
        if (auto notes = moreJournal(record.id, record.receivedOn); !notes)
            return notes;
        if (auto due = customDeadline(cases, record, closing); !due)
            return due;
        if (closing) {
            StepRequest close;
            close.to = CaseState::Closed;
            close.date = dates.at(path.size());
            close.note = DemoCases::stepNote(CaseState::Closed);
            auto requested = cases.requestApproval(
                record.id, ApprovalAction::CloseCase, std::nullopt,
                QStringLiteral("Alle stappen afgerond; verzoek om sluiting."), close);
            if (!requested)
                return requested.error();
            made.closure = requested.value().id;
            made.closedOn = close.date;
            made.evaluate = plan.target == CaseState::Evaluated;
        }
        m_cases.append(made);
        return {};
    }

    // The Werkgroep is involved: the jurist always, the controller now and then; the
    // investigation plan goes into the file.
    Result<void> assignMembers(CaseService& cases, Made& made, qint64 caseId, QDate date,
                               bool rare) {
        if (!made.reviewers.isEmpty())
            return {};
        made.reviewers.append(m_sessions.jurist.user().userName);
        if (chance(40))
            made.reviewers.append(m_sessions.controller.user().userName);
        for (const QString& member : std::as_const(made.reviewers)) {
            if (auto assigned = cases.assign(caseId, member); !assigned)
                return assigned;
        }
        QString plan = QStringLiteral("Onderzoeksplan\n\nOnderzoeksvragen, te horen personen, "
                                      "planning en waarborgen voor hoor en wederhoor bij de "
                                      "afdeling %1.\n")
                           .arg(pick(units));
        if (rare)
            plan += rareSentence + QLatin1Char('\n');
        if (auto added = document(caseId, QStringLiteral("Onderzoeksplan.txt"), plan); !added)
            return added;
        return journal(caseId, date, JournalKind::Meeting,
                       QStringLiteral("Werkgroepoverleg: onderzoeksopdracht en planning "
                                      "besproken."));
    }

    Result<void> extend(CaseService& cases, CaseRecord& record) {
        auto deadlines = cases.deadlines(record.id);
        if (!deadlines)
            return deadlines.error();
        for (const Deadline& deadline : deadlines.value()) {
            if (deadline.kind != Deadline::Kind::Feedback)
                continue;
            auto extended = cases.extendFeedback(
                record.id, record.rowVersion, deadline.due.addMonths(2),
                QStringLiteral("Extern deskundigenoordeel nodig; de melder is hierover "
                               "geïnformeerd."));
            if (!extended)
                return extended.error();
            record = extended.value();
        }
        return {};
    }

    Result<void> moreJournal(qint64 caseId, QDate received) {
        const int entries = chance(50) ? m_random.bounded(1, 4) : 0;
        const int age = static_cast<int>(received.daysTo(m_today));
        for (int i = 0; i < entries; ++i) {
            const QList<JournalKind> kinds = CaseTerms::journalKinds();
            if (auto noted =
                    journal(caseId, received.addDays(m_random.bounded(std::min(age, 120) + 1)),
                            kinds[m_random.bounded(static_cast<int>(kinds.size()))],
                            withUnit(pick(journalTexts)));
                !noted)
                return noted;
        }
        if (chance(8)) {
            const QString text = QStringLiteral("Gespreksverslag\n\n") + description(false);
            return document(caseId, QStringLiteral("Gespreksverslag.txt"), text);
        }
        return {};
    }

    // A custom deadline on some cases: for an open case around today (some met already), for a
    // finished one some weeks after receipt, met (now and then late).
    Result<void> customDeadline(CaseService& cases, const CaseRecord& record, bool closing) {
        if (!chance(18))
            return {};
        const QDate due = closing ? record.receivedOn.addDays(m_random.bounded(20, 90))
                                  : m_today.addDays(m_random.bounded(-20, 40));
        auto added = cases.addDeadline(record.id, pick(deadlineLabels), due);
        if (!added)
            return added.error();
        if (!closing && !chance(30))
            return {};
        const QDate met = notAfterToday(
            std::max(record.receivedOn, due.addDays(chance(15) ? 4 : -m_random.bounded(6))));
        return cases.setDeadlineMet(added.value().id, added.value().rowVersion, met);
    }

    Result<void> reviewAll(Store& member) {
        CaseService cases(member);
        for (const Made& made : std::as_const(m_cases)) {
            if (!made.reviewers.contains(member.user().userName))
                continue;
            m_random.seed(static_cast<quint32>(made.id));
            if (!chance(70))
                continue;
            const ReviewKind kind = chance(60) ? ReviewKind::Advice : ReviewKind::Comment;
            const QString text = kind == ReviewKind::Advice
                                     ? QStringLiteral("Advies: hoor en wederhoor zorgvuldig "
                                                      "vastleggen en de rechtspositionele "
                                                      "gevolgen vooraf met HR bespreken.")
                                     : QStringLiteral("Opmerking: de feiten in het verslag van "
                                                      "de leidinggevende nog laten bevestigen.");
            if (auto added = withoutValue(cases.addReview(made.id, kind, text)); !added)
                return added;
        }
        return {};
    }

    Result<void> approveAll() {
        CaseService cases(m_sessions.secondAdviser);
        for (const Made& made : std::as_const(m_cases)) {
            if (!made.closure)
                continue;
            if (auto decided = cases.decide(*made.closure, ApprovalDecision::Approved,
                                            QStringLiteral("Dossier gecontroleerd."));
                !decided)
                return decided;
        }
        return {};
    }

    Result<void> evaluateAll() {
        CaseService cases(m_sessions.adviser);
        for (const Made& made : std::as_const(m_cases)) {
            if (!made.evaluate)
                continue;
            auto record = cases.get(made.id);
            if (!record)
                return record.error();
            StepRequest evaluation;
            evaluation.to = CaseState::Evaluated;
            evaluation.date = notAfterToday(made.closedOn.addDays(14));
            evaluation.note = DemoCases::stepNote(CaseState::Evaluated);
            if (auto stepped =
                    withoutValue(cases.takeStep(made.id, record.value().rowVersion, evaluation));
                !stepped)
                return stepped;
        }
        return {};
    }

    const DemoVolume::Sessions& m_sessions;
    QDate m_today;
    QRandomGenerator m_random;
    QList<qint64> m_blocks;
    QList<qint64> m_types;
    QStringList m_measures;
    QList<Made> m_cases; // of the batch being built
};

} // namespace

QString DemoVolume::rareWord() {
    return QStringLiteral("zwembadabonnement");
}

QString DemoVolume::commonWord() {
    return QStringLiteral("afdeling");
}

Result<void> DemoVolume::add(const Sessions& sessions, int reports, quint32 seed,
                             const Progress& progress) {
    const QDate today = Deadlines::today();
    const QList<Plan> plans = drawPlans(reports, seed, today);
    VolumeBuilder builder(sessions, today);
    if (auto loaded = builder.loadLookups(); !loaded)
        return loaded;
    for (qsizetype first = 0; first < plans.size(); first += casesPerBatch) {
        if (auto built = builder.build(plans.mid(first, casesPerBatch)); !built)
            return makeError(built.error().code,
                             tr("Generated reports %1 to %2: %3")
                                 .arg(first + 1)
                                 .arg(std::min<qsizetype>(first + casesPerBatch, plans.size()))
                                 .arg(built.error().message));
        if (progress)
            progress(static_cast<int>(std::min<qsizetype>(first + casesPerBatch, plans.size())),
                     reports);
    }
    return {};
}

} // namespace infopunt
