#include "demo/DemoCounselling.h"

#include "counselling/CounsellingCodes.h"
#include "counselling/CounsellingFigures.h"
#include "counselling/CounsellingHandovers.h"
#include "counselling/CounsellingService.h"
#include "counselling/CounsellingSettings.h"
#include "storage/Store.h"

#include <QRandomGenerator>
#include <algorithm>

namespace infopunt {

namespace {

// What the counsellor wrote down, by category: invented, without names.
QString noteFor(const QString& category, QRandomGenerator& random) {
    static const QHash<QString, QStringList> notes{
        {QStringLiteral("question"),
         {QStringLiteral("Vraag over een relatiegeschenk van een leverancier; Gedragscode en "
                         "registratieplicht doorgenomen."),
          QStringLiteral("Twijfelt of een nevenfunctie bij een vereniging gemeld moet worden. "
                         "Uitgelegd hoe de melding gaat.")}},
        {QStringLiteral("violation"),
         {QStringLiteral("Vermoedt dat een collega declaraties opplust. Wil eerst nadenken "
                         "over een formele melding."),
          QStringLiteral("Zag dat vertrouwelijke stukken buiten het dossier zijn gedeeld. "
                         "Besproken wat de mogelijkheden zijn.")}},
        {QStringLiteral("wrongdoing"),
         {QStringLiteral("Zorgen over een aanbesteding waarbij regels structureel worden "
                         "omzeild. Route naar het Huis voor Klokkenluiders toegelicht.")}},
        {QStringLiteral("integrity_other"),
         {QStringLiteral("Algemene vraag over de meldregeling en de rol van de "
                         "vertrouwenspersoon.")}},
        {QStringLiteral("sexual_harassment"),
         {QStringLiteral("Ongewenste opmerkingen en aanrakingen tijdens teamuitjes. Voelt "
                         "zich onveilig; opties voor een klacht besproken."),
          QStringLiteral("Berichten van een collega buiten werktijd die over de grens gaan.")}},
        {QStringLiteral("aggression"),
         {QStringLiteral("Is aan de balie bedreigd door een inwoner; wil steun en nazorg."),
          QStringLiteral(
              "Schreeuwende leidinggevende tijdens overleg; voelt zich geïntimideerd.")}},
        {QStringLiteral("bullying"),
         {QStringLiteral("Wordt structureel buitengesloten van overleg en grappen over "
                         "uiterlijk. Wil eerst zelf het gesprek aangaan."),
          QStringLiteral("Pesterijen in de groepsapp van het team; zoekt een luisterend oor.")}},
        {QStringLiteral("discrimination"),
         {QStringLiteral("Opmerkingen over afkomst bij de verdeling van taken."),
          QStringLiteral(
              "Ervaart achterstelling bij promotie na terugkeer van zwangerschapsverlof.")}},
        {QStringLiteral("behaviour_other"),
         {QStringLiteral("Spanningen in het team na een reorganisatie; wil advies over een "
                         "gesprek met de leidinggevende.")}},
    };
    const QStringList& pool = notes.value(category);
    return pool.at(random.bounded(static_cast<int>(pool.size())));
}

template <typename T> const T& pick(const QList<T>& list, QRandomGenerator& random) {
    return list.at(random.bounded(static_cast<int>(list.size())));
}

Contact invent(const QDate& first, const QString& kind, int number, QRandomGenerator& random) {
    using List = CounsellingCodes::List;
    const QDate today = QDate::currentDate();
    Contact c;
    c.pseudonym =
        QStringLiteral("%1-%2-%3")
            .arg(kind == CounsellingCodes::integrity ? QStringLiteral("VI") : QStringLiteral("VO"))
            .arg(first.year())
            .arg(number, 2, 10, QLatin1Char('0'));
    c.firstContact = first;
    c.kind = kind;
    c.category = pick(CounsellingCodes::categoriesOf(kind), random).code;
    c.cameVia =
        pick(QStringList{QStringLiteral("self"), QStringLiteral("self"), QStringLiteral("self"),
                         QStringLiteral("manager"), QStringLiteral("hr"),
                         QStringLiteral("company_doctor"), QStringLiteral("colleague")},
             random);
    c.personRole = pick(QStringList{QStringLiteral("employee"), QStringLiteral("employee"),
                                    QStringLiteral("employee"), QStringLiteral("manager"),
                                    QStringLiteral("temp"), QStringLiteral("intern")},
                        random);
    c.orgUnit = pick(QStringList{QStringLiteral("Ruimte"), QStringLiteral("Sociaal domein"),
                                 QStringLiteral("Publiekszaken"), QStringLiteral("Bedrijfsvoering"),
                                 QString()},
                     random);
    QDate day = first;
    const int conversations = 1 + random.bounded(4);
    for (int i = 0; i < conversations && day <= today; ++i) {
        c.conversations.append({day, 30 + 15 * random.bounded(5),
                                pick(CounsellingCodes::codes(List::Form), random).code});
        day = day.addDays(7 + random.bounded(21));
    }
    c.actions = {QStringLiteral("support")};
    if (random.bounded(2))
        c.actions.append(QStringLiteral("advice"));
    const bool referred = random.bounded(3) == 0;
    if (referred) {
        c.actions.append(QStringLiteral("referral"));
        c.referrals = {
            kind == CounsellingCodes::integrity
                ? pick(QStringList{QStringLiteral("adviser"), QStringLiteral("manager"),
                                   QStringLiteral("whistleblowers")},
                       random)
                : pick(QStringList{QStringLiteral("hr"), QStringLiteral("company_doctor"),
                                   QStringLiteral("lkog"), QStringLiteral("manager")},
                       random)};
    }
    c.notes = noteFor(c.category, random);
    const QDate last = c.conversations.last().date;
    // Older contacts are closed; of the recent ones some still run.
    if (last.addDays(90) < today || random.bounded(3) == 0) {
        c.closedOn = std::min(last.addDays(random.bounded(14)), today);
        c.outcome = referred
                        ? QStringLiteral("referred")
                        : pick(QStringList{QStringLiteral("resolved"), QStringLiteral("resolved"),
                                           QStringLiteral("no_action")},
                               random);
    }
    return c;
}

} // namespace

Result<void> DemoCounselling::add(Store& counsellor, quint32 seed) {
    QRandomGenerator random(seed);
    CounsellingService service(counsellor);
    const QDate today = QDate::currentDate();
    const bool integrity = counsellor.user().userName.contains(QStringLiteral("integriteit"));
    int open = 0;
    for (int yearsAgo = 2; yearsAgo >= 0; --yearsAgo) {
        const int year = today.year() - yearsAgo;
        const int contacts = 8 + random.bounded(9);
        const QDate lastDay = yearsAgo == 0 ? today.addDays(-3) : QDate(year, 12, 20);
        const qint64 span = QDate(year, 1, 6).daysTo(lastDay);
        for (int number = 1; number <= contacts && span > 0; ++number) {
            const QDate first =
                QDate(year, 1, 6).addDays(span * (number - 1) / contacts + random.bounded(5));
            const QString kind = integrity || random.bounded(8) == 0 ? CounsellingCodes::integrity
                                                                     : CounsellingCodes::behaviour;
            Contact contact = invent(first, kind, number, random);
            if (yearsAgo == 0 && number > contacts - 3) { // the latest ones still run
                contact.closedOn = {};
                contact.outcome = QStringLiteral("open");
            }
            // Every other open contact has follow-up due by now, for the dashboard.
            if (!contact.isClosed())
                contact.reminders.append(
                    {open++ % 2 == 0
                         ? std::min(contact.conversations.last().date.addDays(14), today)
                         : today.addDays(7 + random.bounded(14)),
                     QStringLiteral("Nabellen: hoe is het gesprek met de leidinggevende gegaan?"),
                     false});
            if (auto added = service.registerContact(contact); !added)
                return added.error();
        }
    }
    auto all = service.contacts();
    if (!all)
        return all.error();
    // The integrity counsellor has handed one running contact over, with consent; it waits on
    // the advisers' dashboard.
    if (integrity) {
        const auto open = std::find_if(all.value().crbegin(), all.value().crend(),
                                       [](const Contact& c) { return !c.isClosed(); });
        if (open != all.value().crend()) {
            Handover report;
            report.title = QStringLiteral("Vermoeden van belangenverstrengeling bij aanbesteding");
            report.description =
                QStringLiteral("Een medewerker ziet dat opdrachten herhaaldelijk naar het bedrijf "
                               "van een familielid van een leidinggevende gaan, zonder "
                               "vergelijkende offertes. Wil melden; naam mag worden doorgegeven.");
            report.reporterName = QStringLiteral("S. de Graaf");
            report.orgUnit = open->orgUnit;
            if (auto sent = CounsellingHandovers(counsellor).send(open->id, report, true); !sent)
                return sent.error();
            all = service.contacts();
            if (!all)
                return all.error();
        }
    }
    CounsellingFigures figures(counsellor);
    for (int yearsAgo = 2; yearsAgo >= 1; --yearsAgo)
        if (auto published = figures.publish(figures.preview(
                all.value(), today.year() - yearsAgo, CounsellingSettings::defaultThreshold));
            !published)
            return published.error();
    return {};
}

} // namespace infopunt
