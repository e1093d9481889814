<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>infopunt::AccountService</name>
    <message>
        <location filename="../core/accounts/AccountService.cpp" line="+47"/>
        <source>A user name has 2 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Een gebruikersnaam heeft 2 tot 32 tekens: letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, en begint met een letter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the name to show for this account.</source>
        <translation>Vul de weergavenaam voor dit account in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a valid recovery key. It has 32 letters and digits in 8 groups of 4.</source>
        <translation>Dit is geen geldige herstelsleutel. Een herstelsleutel heeft 32 letters en cijfers in 8 groepen van 4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This recovery key does not belong to this store.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the accounts</source>
        <translation>het lezen van de accounts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the account</source>
        <translation>het lezen van het account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account no longer exists.</source>
        <translation>Dit account bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A confidential counsellor&apos;s account needs the key of the counsellors&apos; notes, which only the recovery key gives. Enter the recovery key.</source>
        <translation>Het account van een vertrouwenspersoon heeft de sleutel van de aantekeningen van de vertrouwenspersonen nodig, en die krijgt u alleen met de herstelsleutel. Vul de herstelsleutel in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an integrity adviser can manage accounts.</source>
        <translation>Alleen een integriteitsadviseur kan accounts beheren.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+13"/>
        <source>adding the account</source>
        <translation>het toevoegen van het account</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>An account named %1 already exists.</source>
        <translation>Er bestaat al een account met de naam %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account created with role %1</source>
        <translation>Account aangemaakt met rol %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You cannot disable your own account.</source>
        <translation>U kunt uw eigen account niet uitschakelen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>disabling the account</source>
        <translation>het uitschakelen van het account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account disabled; its keys were removed from the keyring</source>
        <translation>Account uitgeschakeld; de sleutels van het account zijn uit het sleutelbestand verwijderd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>enabling the account</source>
        <translation>het inschakelen van het account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account enabled with a new initial passphrase</source>
        <translation>Account ingeschakeld met een nieuwe tijdelijke wachtwoordzin</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This account is disabled. Enable it instead of resetting its access.</source>
        <translation>Dit account is uitgeschakeld. Schakel het account in in plaats van de toegang opnieuw in te stellen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>resetting the access</source>
        <translation>het opnieuw instellen van de toegang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase set with the recovery key</source>
        <translation>Nieuwe wachtwoordzin ingesteld met de herstelsleutel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current passphrase is not correct.</source>
        <translation>De huidige wachtwoordzin is niet juist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new passphrase must differ from the current one.</source>
        <translation>De nieuwe wachtwoordzin moet anders zijn dan de huidige.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>changing the passphrase</source>
        <translation>het wijzigen van de wachtwoordzin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase changed by the account holder</source>
        <translation>Wachtwoordzin gewijzigd door de accounthouder</translation>
    </message>
</context>
<context>
    <name>infopunt::AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+66"/>
        <location line="+30"/>
        <source>writing the audit log</source>
        <translation>het schrijven in het auditlogboek</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+23"/>
        <source>reading the audit log</source>
        <translation>het lezen van het auditlogboek</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The audit log has been altered: entry %1 does not match its hash.</source>
        <translation>Het auditlogboek is gewijzigd: vermelding %1 komt niet overeen met de bijbehorende hash.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log chain is broken at entry %1: an entry before it was removed or changed.</source>
        <translation>De keten van het auditlogboek is verbroken bij vermelding %1: een eerdere vermelding is verwijderd of gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>Het auditlogboek is intact: %n vermelding gecontroleerd.</numerusform>
            <numerusform>Het auditlogboek is intact: %n vermeldingen gecontroleerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infopunt::CaseWorkflow</name>
    <message>
        <location filename="../core/cases/CaseWorkflow.cpp" line="+26"/>
        <source>Confidential counsellors have no access to reports and investigations.</source>
        <translation>Vertrouwenspersonen hebben geen toegang tot meldingen en onderzoeken.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Working group members review, advise and approve; only an integrity adviser moves a case to its next step.</source>
        <translation>Leden van de werkgroep integriteit beoordelen, adviseren en keuren goed; alleen een integriteitsadviseur zet een zaak door naar de volgende stap.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kind of investigation that was decided is not recorded, so the case cannot move on. Reopen the case to record it.</source>
        <translation>Het soort onderzoek waartoe is besloten, is niet vastgelegd, dus de zaak kan niet verder. Heropen de zaak om het vast te leggen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case is already in state “%1”.</source>
        <translation>De zaak heeft al de status “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case in state “%1” cannot go back to “%2” by a step. To change an earlier step, reopen the case with a reason.</source>
        <translation>Een zaak met de status “%1” kan niet met een stap terug naar “%2”. Wilt u een eerdere stap wijzigen, heropen de zaak dan met een reden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A case in state “%1” cannot move to “%2”. %3</source>
        <translation>Een zaak met de status “%1” kan niet naar “%2”. %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First acknowledge receipt to the reporter.</source>
        <translation>Bevestig eerst de ontvangst aan de melder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First carry out the preliminary inquiry.</source>
        <translation>Voer eerst het vooronderzoek uit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First decide whether to investigate.</source>
        <translation>Besluit eerst of er een onderzoek komt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No investigation was decided, so the next step is the municipal secretary&apos;s decision.</source>
        <translation>Er is besloten geen onderzoek te doen, dus de volgende stap is het besluit van de gemeentesecretaris.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First plan the investigation.</source>
        <translation>Plan eerst het onderzoek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a criminal complaint, either plan an investigation or record the municipal secretary&apos;s decision.</source>
        <translation>Plan na een aangifte een onderzoek, of leg het besluit van de gemeentesecretaris vast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First hold the interviews.</source>
        <translation>Houd eerst de interviews.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First hear the subject.</source>
        <translation>Hoor eerst de betrokkene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First write the draft report.</source>
        <translation>Schrijf eerst het conceptrapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First give the subject the opportunity to respond to the draft report.</source>
        <translation>Geef de betrokkene eerst de gelegenheid om op het conceptrapport te reageren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First write the final report.</source>
        <translation>Schrijf eerst het eindrapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First record the municipal secretary&apos;s decision.</source>
        <translation>Leg eerst het besluit van de gemeentesecretaris vast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First determine the measure, or record that there is none.</source>
        <translation>Bepaal eerst de maatregel, of leg vast dat er geen maatregel is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First inform the reporter.</source>
        <translation>Informeer eerst de melder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First close the case.</source>
        <translation>Sluit eerst de zaak af.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The step does not say who took it.</source>
        <translation>Bij de stap staat niet wie hem heeft gezet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a note on what happened in this step.</source>
        <translation>Schrijf een aantekening over wat er in deze stap is gebeurd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose what was decided: no investigation, an internal or external investigation, or a criminal complaint to the police.</source>
        <translation>Kies wat er is besloten: geen onderzoek, een intern of extern onderzoek, of aangifte bij de politie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kind of investigation is recorded only with the decision on investigation.</source>
        <translation>Het soort onderzoek wordt alleen vastgelegd bij het besluit over een onderzoek.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the municipal secretary&apos;s decision: founded, partly founded or unfounded.</source>
        <translation>Kies het besluit van de gemeentesecretaris: gegrond, gedeeltelijk gegrond of ongegrond.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A verdict is recorded only with the municipal secretary&apos;s decision.</source>
        <translation>Een oordeel wordt alleen vastgelegd bij het besluit van de gemeentesecretaris.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a measure from the list, or none.</source>
        <translation>Kies een maatregel uit de lijst, of geen maatregel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A measure is recorded only when the measure is determined.</source>
        <translation>Een maatregel wordt alleen vastgelegd bij de stap waarin de maatregel wordt bepaald.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only closing a case asks for a second person&apos;s approval.</source>
        <translation>Alleen voor het afsluiten van een zaak is goedkeuring van een tweede persoon nodig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working group members review cases; only an integrity adviser registers a report.</source>
        <translation>Leden van de werkgroep integriteit beoordelen zaken; alleen een integriteitsadviseur registreert een melding.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the date on which this happened.</source>
        <translation>Vul de datum in waarop dit is gebeurd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date %1 lies in the future. Enter the day it happened.</source>
        <translation>De datum %1 ligt in de toekomst. Vul de dag in waarop het is gebeurd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date %1 is before the date of the previous step, %2. Steps are recorded in the order they happened.</source>
        <translation>De datum %1 ligt vóór de datum van de vorige stap, %2. Stappen worden vastgelegd in de volgorde waarin ze zijn gebeurd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only an integrity adviser can reopen a step of a case.</source>
        <translation>Alleen een integriteitsadviseur kan een stap van een zaak heropenen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A case that has only been registered has no earlier step to reopen.</source>
        <translation>Een zaak die alleen nog is geregistreerd, heeft geen eerdere stap die kan worden heropend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case in state “%1” can only be reopened at an earlier step, not at “%2”.</source>
        <translation>Een zaak met de status “%1” kan alleen bij een eerdere stap worden heropend, niet bij “%2”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case never passed through “%1”, so it cannot be reopened there.</source>
        <translation>De zaak heeft de status “%1” nooit gehad en kan daar dus niet worden heropend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason for reopening; it is kept in the case history.</source>
        <translation>Geef de reden voor het heropenen; die wordt bewaard in de geschiedenis van de zaak.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This needs the approval of a second person (four eyes). Enter who approved it.</source>
        <translation>Hiervoor is goedkeuring van een tweede persoon nodig (vier ogen). Vul in wie het heeft goedgekeurd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot approve your own action: a second person must approve it.</source>
        <translation>U kunt uw eigen handeling niet goedkeuren: een tweede persoon moet die goedkeuren.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preliminary inquiry</source>
        <translation>Vooronderzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigation decided</source>
        <translation>Besluit over onderzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigation planned</source>
        <translation>Onderzoek gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearing of the subject</source>
        <translation>Horen van de betrokkene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft report</source>
        <translation>Conceptrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject&apos;s response</source>
        <translation>Reactie van de betrokkene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final report</source>
        <translation>Eindrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Besluit genomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure determined</source>
        <translation>Maatregel bepaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporter informed</source>
        <translation>Melder geïnformeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluated</source>
        <translation>Geëvalueerd</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No investigation</source>
        <translation>Geen onderzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal investigation</source>
        <translation>Intern onderzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External investigation</source>
        <translation>Extern onderzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criminal complaint to the police</source>
        <translation>Aangifte bij de politie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Founded</source>
        <translation>Gegrond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly founded</source>
        <translation>Gedeeltelijk gegrond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfounded</source>
        <translation>Ongegrond</translation>
    </message>
</context>
<context>
    <name>infopunt::Catalogue</name>
    <message>
        <location filename="../core/catalogue/Catalogue.cpp" line="+50"/>
        <source>Enter a name for the building block.</source>
        <translation>Vul een naam in voor de bouwsteen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A building block&apos;s name has at most 200 characters.</source>
        <translation>De naam van een bouwsteen heeft maximaal 200 tekens.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <location line="+50"/>
        <source>reading the catalogue</source>
        <translation>het lezen van de catalogus</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+47"/>
        <location line="+32"/>
        <source>Only an integrity adviser can change the catalogue.</source>
        <translation>Alleen een integriteitsadviseur kan de catalogus wijzigen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+13"/>
        <source>adding the building block</source>
        <translation>het toevoegen van de bouwsteen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This theme does not exist.</source>
        <translation>Dit thema bestaat niet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Building block %1 added: %2</source>
        <translation>Bouwsteen %1 toegevoegd: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>renaming the building block</source>
        <translation>het wijzigen van de naam van de bouwsteen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed to: %1</source>
        <translation>Naam gewijzigd in: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>retiring the building block</source>
        <translation>het buiten gebruik stellen van de bouwsteen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restoring the building block</source>
        <translation>het weer in gebruik nemen van de bouwsteen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building block retired; records that use it keep it</source>
        <translation>Bouwsteen buiten gebruik gesteld; bestaande gegevens behouden deze bouwsteen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building block restored</source>
        <translation>Bouwsteen weer in gebruik genomen</translation>
    </message>
</context>
<context>
    <name>infopunt::Cli</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+51"/>
        <source>Infopunt: the integrity office&apos;s registration of reports, counselling, audits, risks and annual plans, in an encrypted store.

Commands:
  (none)   start the application window
  demo     create a demo store filled with invented data (--store)
  info     print a summary of a store (--store, --user)
  verify   check a store&apos;s encryption, integrity and audit log (--store, --user)

info and verify read the passphrase from the environment variable INFOPUNT_PASSPHRASE, or ask for it when run in a terminal.</source>
        <translation>Infopunt: de registratie van meldingen, vertrouwenswerk, audits, risico&apos;s en jaarplannen van het Infopunt Integriteit, in een versleutelde kluis.

Opdrachten:
  (geen)   het programmavenster starten
  demo     een demokluis met verzonnen gegevens aanmaken (--store)
  info     een overzicht van een kluis tonen (--store, --user)
  verify   versleuteling, beschadiging en auditlogboek van een kluis controleren (--store, --user)

info en verify lezen de wachtwoordzin uit de omgevingsvariabele INFOPUNT_PASSPHRASE, of vragen erom als ze in een terminal worden uitgevoerd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store&apos;s folder.</source>
        <translation>De map van de kluis.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name to sign in with.</source>
        <translation>De gebruikersnaam waarmee u zich aanmeldt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo, info or verify.</source>
        <translation>demo, info of verify.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[command]</source>
        <translation>[opdracht]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unexpected argument: %1.</source>
        <translation>Onverwacht argument: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown command: %1. The commands are demo, info and verify.</source>
        <translation>Onbekende opdracht: %1. De opdrachten zijn demo, info en verify.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--store needs the store&apos;s folder.</source>
        <translation>--store heeft de map van de kluis nodig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs --store PATH.</source>
        <translation>%1 heeft --store PAD nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs --user NAME.</source>
        <translation>%1 heeft --user NAAM nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--user is only used by the info and verify commands.</source>
        <translation>--user wordt alleen gebruikt door de opdrachten info en verify.</translation>
    </message>
    <message>
        <location filename="../app/Console.cpp" line="+59"/>
        <source>INFOPUNT_PASSPHRASE is empty.</source>
        <translation>INFOPUNT_PASSPHRASE is leeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase for %1: </source>
        <translation>Wachtwoordzin voor %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passphrase given. Set the environment variable INFOPUNT_PASSPHRASE, or run the command in a terminal to type it.</source>
        <translation>Geen wachtwoordzin opgegeven. Stel de omgevingsvariabele INFOPUNT_PASSPHRASE in, of voer de opdracht uit in een terminal om de wachtwoordzin te typen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No passphrase given.</source>
        <translation>Geen wachtwoordzin opgegeven.</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="+48"/>
        <source>Creating the demo store in %1 (this takes a few seconds)...</source>
        <translation>De demokluis wordt aangemaakt in %1 (dit duurt enkele seconden)...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recovery key of this demo store: %1</source>
        <translation>Herstelsleutel van deze demokluis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo store created in %1</source>
        <translation>Demokluis aangemaakt in %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Store: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Schemaversie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLCipher version: %1</source>
        <translation>SQLCipher-versie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>actief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records:</source>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKIPPED</source>
        <translation>OVERGESLAGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: this account does not hold its key</source>
        <translation>%1: dit account heeft hiervoor geen sleutel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: page authentication (HMAC) and database integrity</source>
        <translation>%1: paginaverificatie (HMAC) en controle op beschadiging van de database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit log: hash chain over %1 entries</source>
        <translation>auditlogboek: hashketen over %1 vermeldingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 checks failed: the store is damaged or has been tampered with. Its files were not changed.</source>
        <translation>%1 van de %2 controles mislukt: de kluis is beschadigd of gemanipuleerd. De bestanden van de kluis zijn niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All %1 checks passed.</source>
        <translation>Alle %1 controles geslaagd.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+34"/>
        <source>The cryptography library (libsodium) cannot start.</source>
        <translation>De cryptografische bibliotheek (libsodium) kan niet starten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run &quot;infopunt --help&quot; for the commands and options.</source>
        <translation>Voer &quot;infopunt --help&quot; uit voor de opdrachten en opties.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no display to show the application window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, or use the headless commands: infopunt --help.</source>
        <translation>Er is geen beeldscherm om het programmavenster op te tonen (DISPLAY en WAYLAND_DISPLAY zijn geen van beide ingesteld). Start het programma in een bureaubladsessie, of gebruik de opdrachten zonder venster: infopunt --help.</translation>
    </message>
</context>
<context>
    <name>infopunt::Deadlines</name>
    <message>
        <location filename="../core/cases/Deadlines.cpp" line="+46"/>
        <source>Acknowledgement of receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Feedback to the reporter</source>
        <translation>Terugkoppeling aan de melder</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Feedback has already been given; the deadline cannot be extended.</source>
        <translation>De terugkoppeling is al gegeven; de termijn kan niet meer worden verlengd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the new due date.</source>
        <translation>Vul de nieuwe uiterste datum in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new due date must be later than the current one (%1).</source>
        <translation>De nieuwe uiterste datum moet later liggen dan de huidige (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason for the extension.</source>
        <translation>Geef de reden voor de verlenging.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new due date is more than three months after the legal deadline of %1. The law allows an extension of at most three months (until %2).</source>
        <translation>De nieuwe uiterste datum ligt meer dan drie maanden na de wettelijke termijn van %1. De wet staat een verlenging van hoogstens drie maanden toe (tot en met %2).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <translation>Voldaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met late</source>
        <translation>Te laat voldaan</translation>
    </message>
</context>
<context>
    <name>infopunt::DemoStore</name>
    <message>
        <location filename="../core/demo/DemoStore.cpp" line="+155"/>
        <source>The shipped catalogue has no building block 1d.</source>
        <translation>De meegeleverde catalogus heeft geen bouwsteen 1d.</translation>
    </message>
</context>
<context>
    <name>infopunt::IntegrityCheck</name>
    <message>
        <location filename="../core/storage/IntegrityCheck.cpp" line="+59"/>
        <source>it cannot be opened</source>
        <translation>kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The store is damaged or has been tampered with (%1). It has not been changed; restore it from a backup.</source>
        <translation>De kluis is beschadigd of gemanipuleerd (%1). De kluis is niet gewijzigd; zet een back-up terug.</translation>
    </message>
</context>
<context>
    <name>infopunt::Keyring</name>
    <message>
        <location filename="../core/storage/Keyring.cpp" line="+102"/>
        <source>The store&apos;s keyring is damaged or has been edited, so no key can be read from it. Restore keyring.json from a backup (keyring.json.bak holds the version before the last change).</source>
        <translation>Het sleutelbestand van de kluis is beschadigd of bewerkt, waardoor er geen sleutel uit kan worden gelezen. Zet keyring.json terug uit een back-up (keyring.json.bak bevat de versie van vóór de laatste wijziging).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This folder is not an Infopunt store: its keyring is missing.</source>
        <translation>Deze map is geen Infopunt-kluis: het sleutelbestand ontbreekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store&apos;s keyring cannot be read: %1</source>
        <translation>Het sleutelbestand van de kluis kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This store was made by a newer version of Infopunt. Install the newer version to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Infopunt. Installeer die nieuwere versie om de kluis te openen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The disk is full: the keyring could not be saved. Make room on the disk and try again.</source>
        <translation>De schijf is vol: het sleutelbestand kon niet worden opgeslagen. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keyring cannot be written (%1). Check that the store&apos;s folder is writable.</source>
        <translation>Het sleutelbestand kan niet worden opgeslagen (%1). Controleer of u in de map van de kluis mag schrijven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring could not be saved: %1</source>
        <translation>Het sleutelbestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>De gebruikersnaam of de wachtwoordzin is niet juist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This account has been disabled. Ask the integrity adviser.</source>
        <translation>Dit account is uitgeschakeld. Neem contact op met de integriteitsadviseur.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This recovery key does not belong to this store.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You do not hold the keys this role needs; give the recovery key.</source>
        <translation>U hebt niet de sleutels die deze rol nodig heeft; vul de herstelsleutel in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is not enough memory to protect the passphrase.</source>
        <translation>Er is niet genoeg geheugen om de wachtwoordzin te beschermen.</translation>
    </message>
</context>
<context>
    <name>infopunt::Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+24"/>
        <location line="+81"/>
        <location line="+8"/>
        <location line="+49"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>upgrading the store</source>
        <translation>het bijwerken van de kluis</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The shipped building-block catalogue is missing.</source>
        <translation>De meegeleverde catalogus van bouwstenen ontbreekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shipped building-block catalogue is empty.</source>
        <translation>De meegeleverde catalogus van bouwstenen is leeg.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>reading the store&apos;s version</source>
        <translation>het lezen van de versie van de kluis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This store was made by a newer version of Infopunt (store version %1, this program knows up to %2). Install the newer version to open it; the store has not been changed.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Infopunt (kluisversie %1, dit programma kent versies tot en met %2). Installeer de nieuwere versie om de kluis te openen; de kluis is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>infopunt::Modules</name>
    <message>
        <location filename="../core/accounts/Role.cpp" line="+94"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports &amp; investigations</source>
        <translation>Meldingen en onderzoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling</source>
        <translation>Vertrouwenswerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual plan</source>
        <translation>Jaarplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What needs your attention today, and the state of the store.</source>
        <translation>Wat vandaag uw aandacht vraagt, en de toestand van de kluis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register reports of suspected integrity violations and steer the investigations that follow.</source>
        <translation>Meldingen van vermoedelijke integriteitsschendingen registreren en de onderzoeken die volgen aansturen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential notes of contacts with employees, readable by counsellors only.</source>
        <translation>Vertrouwelijke aantekeningen van contacten met medewerkers, alleen leesbaar voor vertrouwenspersonen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and record audits of the integrity instruments, with findings and recommendations.</source>
        <translation>Audits van de integriteitsinstrumenten plannen en vastleggen, met bevindingen en aanbevelingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The integrity risk register, vulnerable functions and their controls.</source>
        <translation>Het risicoregister integriteit, de kwetsbare functies en hun beheersmaatregelen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The yearly actions of the integrity plan and where each comes from.</source>
        <translation>De jaarlijkse acties van het integriteitsplan en de herkomst van elke actie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public annual integrity report with its figures and charts, as a PDF.</source>
        <translation>Het openbare jaarverslag integriteit met cijfers en grafieken, als pdf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts, the building-block catalogue, the audit log and settings.</source>
        <translation>Accounts, de catalogus van bouwstenen, het auditlogboek en de instellingen.</translation>
    </message>
</context>
<context>
    <name>infopunt::PassphrasePolicy</name>
    <message>
        <location filename="../core/crypto/PassphrasePolicy.cpp" line="+77"/>
        <source>Use at least %1 characters.</source>
        <translation>Gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It uses only one kind of character; mix in capitals, digits or symbols.</source>
        <translation>Gebruikt maar één soort teken; voeg hoofdletters, cijfers of leestekens toe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It uses very few different characters.</source>
        <translation>Gebruikt maar heel weinig verschillende tekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It contains a repetition or a sequence such as 1234 or qwerty.</source>
        <translation>Bevat een herhaling of een reeks, zoals 1234 of qwerty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It contains your user name.</source>
        <translation>Bevat uw gebruikersnaam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It contains a common word (%1) that is guessed early.</source>
        <translation>Bevat een veelgebruikt woord (%1) dat snel wordt geraden.</translation>
    </message>
</context>
<context>
    <name>infopunt::Roles</name>
    <message>
        <location filename="../core/accounts/Role.cpp" line="-100"/>
        <source>Integrity adviser</source>
        <translation>Integriteitsadviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working group member</source>
        <translation>Lid werkgroep integriteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidential counsellor</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
</context>
<context>
    <name>infopunt::RowVersion</name>
    <message>
        <location filename="../core/storage/RowVersion.cpp" line="+17"/>
        <source>Someone else changed this record while you were %1. Nothing was saved; the view shows the current version, make your change again.</source>
        <translation>Iemand anders heeft deze gegevens gewijzigd terwijl u bezig was met %1. Er is niets opgeslagen; u ziet nu de huidige versie. Voer uw wijziging opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>infopunt::SqlCipher</name>
    <message>
        <location filename="../core/storage/SqlCipher.cpp" line="+78"/>
        <source>checking the encryption library</source>
        <translation>het controleren van de versleutelingsbibliotheek</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>This program is running on plain SQLite instead of SQLCipher; it refuses to open any store.</source>
        <translation>Dit programma draait op gewone SQLite in plaats van SQLCipher; het opent daarom geen enkele kluis.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The store driver is not available.</source>
        <translation>Het stuurprogramma voor de kluis is niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unlocking the store</source>
        <translation>het ontgrendelen van de kluis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>opening the store</source>
        <translation>het openen van de kluis</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>The encryption settings of the store could not be applied. The store has not been opened.</source>
        <translation>De versleutelingsinstellingen van de kluis konden niet worden toegepast. De kluis is niet geopend.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The store file cannot be read with this key: it is damaged, has been tampered with, or is not an Infopunt store.</source>
        <translation>Het kluisbestand kan met deze sleutel niet worden gelezen: het is beschadigd of gemanipuleerd, of het is geen Infopunt-kluis.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The store key has the wrong length.</source>
        <translation>De sleutel van de kluis heeft een verkeerde lengte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is already open.</source>
        <translation>De kluis is al geopend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store file %1 does not exist.</source>
        <translation>Het kluisbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The store is in use by another workstation. Try again in a moment.</source>
        <translation>De kluis is in gebruik op een andere werkplek. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store cannot be written: the file or folder is read-only, or you may not change it.</source>
        <translation>Er kan niet in de kluis worden geschreven: het bestand of de map is alleen-lezen, of u mag deze niet wijzigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full. Make room on the disk and try again.</source>
        <translation>De schijf is vol. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store is damaged or has been tampered with. Restore it from a backup.</source>
        <translation>De kluis is beschadigd of gemanipuleerd. Zet een back-up van de kluis terug.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store file could not be read or written. Check that the folder is reachable and try again.</source>
        <translation>Het kluisbestand kon niet worden gelezen of geschreven. Controleer of de map bereikbaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data does not fit the rules of the store (for example a duplicate or a missing required value).</source>
        <translation>De gegevens voldoen niet aan de regels van de kluis (bijvoorbeeld een dubbele of een ontbrekende verplichte waarde).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unexpected error occurred in the store (code %1).</source>
        <translation>Er is een onverwachte fout opgetreden in de kluis (code %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error while %1. %2</source>
        <translation>Fout bij %1. %2</translation>
    </message>
</context>
<context>
    <name>infopunt::SqlCipherDriver</name>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="+510"/>
        <source>Invalid connect option.</source>
        <translation>Ongeldige verbindingsoptie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown connect option.</source>
        <translation>Onbekende verbindingsoptie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database could not be opened.</source>
        <translation>De database kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The transaction could not be started.</source>
        <translation>De transactie kon niet worden gestart.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The transaction could not be committed.</source>
        <translation>De transactie kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The transaction could not be rolled back.</source>
        <translation>De transactie kon niet worden teruggedraaid.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The connection is not open.</source>
        <translation>De verbinding is niet open.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key could not be set.</source>
        <translation>De sleutel kon niet worden ingesteld.</translation>
    </message>
</context>
<context>
    <name>infopunt::SqlCipherResult</name>
    <message>
        <location line="-555"/>
        <source>The query was not prepared.</source>
        <translation>De query is niet voorbereid.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The connection is not open.</source>
        <translation>De verbinding is niet open.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only one statement per query is supported.</source>
        <translation>Per query wordt maar één opdracht ondersteund.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The query is empty.</source>
        <translation>De query is leeg.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The statement failed.</source>
        <translation>De opdracht is mislukt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number of bound values does not match the query.</source>
        <translation>Het aantal gebonden waarden past niet bij de query.</translation>
    </message>
</context>
<context>
    <name>infopunt::Store</name>
    <message>
        <location filename="../core/storage/Store.cpp" line="+28"/>
        <location line="+106"/>
        <source>creating the store</source>
        <translation>het aanmaken van de kluis</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+245"/>
        <source>opening the store</source>
        <translation>het openen van de kluis</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>The store&apos;s files do not belong together: a file was replaced or copied in from another store. Nothing has been changed.</source>
        <translation>De bestanden van de kluis horen niet bij elkaar: een bestand is vervangen of uit een andere kluis gekopieerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose an empty or new folder for the store.</source>
        <translation>Kies een lege of nieuwe map voor de kluis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be created. Check that you may write there.</source>
        <translation>De map %1 kan niet worden aangemaakt. Controleer of u daar mag schrijven.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The new store was written without encryption; it has been removed. This installation is not usable.</source>
        <translation>De nieuwe kluis is zonder versleuteling geschreven en is daarom verwijderd. Deze installatie is niet bruikbaar.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Store created</source>
        <translation>Kluis aangemaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First account created with role %1</source>
        <translation>Eerste account aangemaakt met rol %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not an Infopunt store. Choose the folder that holds keyring.json and infopunt.db.</source>
        <translation>%1 is geen Infopunt-kluis. Kies de map met keyring.json en infopunt.db.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not an Infopunt store.</source>
        <translation>%1 is geen Infopunt-kluis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no account named %1 in this store.</source>
        <translation>Deze kluis heeft geen account met de naam %1.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The account %1 is not registered in this store.</source>
        <translation>Het account %1 is niet geregistreerd in deze kluis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account %1 has an unknown role.</source>
        <translation>Het account %1 heeft een onbekende rol.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This account has been disabled. Ask the integrity adviser.</source>
        <translation>Dit account is uitgeschakeld. Neem contact op met de integriteitsadviseur.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The store&apos;s keyring was replaced by another store&apos;s.</source>
        <translation>Het sleutelbestand van de kluis is vervangen door dat van een andere kluis.</translation>
    </message>
</context>
<context>
    <name>infopunt::StoreLock</name>
    <message>
        <location filename="../core/storage/StoreLock.cpp" line="+83"/>
        <source>The store&apos;s folder cannot be written. Check that the disk is not full and that you may write to the folder.</source>
        <translation>Er kan niet in de map van de kluis worden geschreven. Controleer of de schijf niet vol is en of u in de map mag schrijven.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The store&apos;s folder cannot be written. Check that you may write to the folder and that the disk is not full.</source>
        <translation>Er kan niet in de map van de kluis worden geschreven. Controleer of u in de map mag schrijven en of de schijf niet vol is.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The store is being changed on another workstation. Try again in a moment; nothing has been saved yet.</source>
        <translation>De kluis wordt op een andere werkplek gewijzigd. Probeer het zo opnieuw; er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is being changed by %1 on computer %2 (since %3). Try again in a moment; nothing has been saved yet.</source>
        <translation>De kluis wordt gewijzigd door %1 op computer %2 (sinds %3). Probeer het zo opnieuw; er is nog niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>infopunt::StoreSettings</name>
    <message>
        <location filename="../core/storage/StoreSettings.cpp" line="+31"/>
        <source>Only an integrity adviser can change the settings.</source>
        <translation>Alleen een integriteitsadviseur kan de instellingen wijzigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time before locking is between %1 and %2 minutes.</source>
        <translation>De tijd zonder activiteit tot het automatisch vergrendelen ligt tussen %1 en %2 minuten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saving the settings</source>
        <translation>het opslaan van de instellingen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Idle lock set to %n minute(s)</source>
        <translation>
            <numerusform>Automatisch vergrendelen na inactiviteit ingesteld op %n minuut</numerusform>
            <numerusform>Automatisch vergrendelen na inactiviteit ingesteld op %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infopunt::StoreSummary</name>
    <message>
        <location filename="../core/storage/StoreSummary.cpp" line="+17"/>
        <source>counting the records</source>
        <translation>het tellen van de gegevens</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accounts (enabled)</source>
        <translation>Accounts (actief)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts (disabled)</source>
        <translation>Accounts (uitgeschakeld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building blocks (in use)</source>
        <translation>Bouwstenen (in gebruik)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building blocks (retired)</source>
        <translation>Bouwstenen (buiten gebruik)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log entries</source>
        <translation>Vermeldingen in het auditlogboek</translation>
    </message>
</context>
<context>
    <name>infopunt::WriteTransaction</name>
    <message>
        <location filename="../core/storage/WriteTransaction.cpp" line="+25"/>
        <source>starting to save</source>
        <translation>het voorbereiden van het opslaan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>saving</source>
        <translation>het opslaan</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AccountPage</name>
    <message>
        <location filename="../ui/dialogs/FirstRunWizard.cpp" line="+95"/>
        <source>Your account</source>
        <translation>Uw account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You become the store&apos;s first Adviser: you manage the users and the building blocks.</source>
        <translation>U wordt de eerste integriteitsadviseur van de kluis: u beheert de gebruikers en de bouwstenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create store</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. jdevries</source>
        <translation>bijv. jdevries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Jan de Vries</source>
        <translation>bijv. Jan de Vries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name:</source>
        <translation>Weergavenaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase protects the store&apos;s keys. Nobody can recover it for you: the next page shows a recovery key for the case that it is lost.</source>
        <translation>De wachtwoordzin beschermt de sleutels van de kluis. Niemand kan hem voor u terughalen: de volgende pagina toont een herstelsleutel voor het geval u hem kwijtraakt.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AddUserDialog</name>
    <message>
        <location filename="../ui/dialogs/AddUserDialog.cpp" line="+24"/>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>This role keeps data that you cannot open yourself. The store&apos;s recovery key gives the new account its key.</source>
        <translation>Deze rol bewaart gegevens die u zelf niet kunt openen. Met de herstelsleutel van de kluis krijgt het nieuwe account de sleutel daarvan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name:</source>
        <translation>Weergavenaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial passphrase:</source>
        <translation>Tijdelijke wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user chooses an own passphrase at the first sign-in.</source>
        <translation>De gebruiker kiest bij de eerste aanmelding een eigen wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter a user name.</source>
        <translation>Vul een gebruikersnaam in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a display name.</source>
        <translation>Vul een weergavenaam in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the recovery key.</source>
        <translation>Vul de herstelsleutel in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AdministrationPage</name>
    <message>
        <location filename="../ui/pages/AdministrationPage.cpp" line="+23"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building blocks</source>
        <translation>Bouwstenen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="+61"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AuditLogTab</name>
    <message>
        <location filename="../ui/pages/admin/AuditLogTab.cpp" line="+24"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify chain</source>
        <translation>Keten controleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks that no entry has been changed or removed.</source>
        <translation>Controleert of er geen vermelding is gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::BlockDialog</name>
    <message>
        <location filename="../ui/dialogs/BlockDialog.cpp" line="+17"/>
        <source>Add building block</source>
        <translation>Bouwsteen toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename building block</source>
        <translation>Naam van bouwsteen wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Building block:</source>
        <translation>Bouwsteen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a new name.</source>
        <translation>Vul een nieuwe naam in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CatalogueTab</name>
    <message>
        <location filename="../ui/pages/admin/CatalogueTab.cpp" line="+27"/>
        <source>Show retired</source>
        <translation>Buiten gebruik gestelde tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add block…</source>
        <translation>Bouwsteen toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire</source>
        <translation>Buiten gebruik stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Weer in gebruik nemen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retired building blocks can no longer be chosen for new records; records that use them keep them.</source>
        <translation>Bouwstenen die buiten gebruik zijn gesteld, kunnen niet meer worden gekozen voor nieuwe gegevens; bestaande gegevens behouden ze.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select a building block first.</source>
        <translation>Selecteer eerst een bouwsteen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue could not be read.</source>
        <translation>De catalogus kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a building block to the selected theme.</source>
        <translation>Voegt een bouwsteen toe aan het geselecteerde thema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This building block is already retired.</source>
        <translation>Deze bouwsteen is al buiten gebruik gesteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This building block is in use.</source>
        <translation>Deze bouwsteen is al in gebruik.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/dialogs/ChangePassphraseDialog.cpp" line="+26"/>
        <location line="+11"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Current passphrase:</source>
        <translation>Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You signed in with an initial passphrase. Choose your own passphrase now; only you should know it.</source>
        <translation>U bent aangemeld met een tijdelijke wachtwoordzin. Kies nu uw eigen wachtwoordzin; alleen u hoort die te kennen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter your current passphrase.</source>
        <translation>Vul uw huidige wachtwoordzin in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="+32"/>
        <source>Store</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integrity check</source>
        <translation>Controle op beschadiging</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Welcome, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are signed in as %1 (%2).</source>
        <translation>U bent aangemeld als %1 (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the store…</source>
        <translation>De kluis wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store checked: no damage found.</source>
        <translation>Kluis gecontroleerd: geen beschadiging gevonden.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/dialogs/FirstRunWizard.cpp" line="+119"/>
        <source>Infopunt — New store</source>
        <translation>Infopunt — Nieuwe kluis</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ForgotPassphraseDialog</name>
    <message>
        <location filename="../ui/dialogs/ForgotPassphraseDialog.cpp" line="+28"/>
        <source>Forgot passphrase</source>
        <translation>Wachtwoordzin vergeten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the store&apos;s recovery key to choose a new passphrase. Ask the person who keeps the recovery key if you do not have it.</source>
        <translation>Vul de herstelsleutel van de kluis in om een nieuwe wachtwoordzin te kiezen. Hebt u de herstelsleutel niet, vraag hem dan aan degene die hem bewaart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set passphrase</source>
        <translation>Wachtwoordzin instellen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The new passphrase is set. Sign in with it now.</source>
        <translation>De nieuwe wachtwoordzin is ingesteld. Meld u er nu mee aan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your user name.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the recovery key.</source>
        <translation>Vul de herstelsleutel in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::LockScreen</name>
    <message>
        <location filename="../ui/main/LockScreen.cpp" line="+23"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Infopunt is locked</source>
        <translation>Infopunt is vergrendeld</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter your passphrase.</source>
        <translation>Vul uw wachtwoordzin in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+76"/>
        <source>Infopunt — %1</source>
        <translation>Infopunt — %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign out</source>
        <translation>A&amp;fmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Infopunt</source>
        <translation>&amp;Over Infopunt</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Store damaged</source>
        <translation>Kluis beschadigd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your passphrase has been changed.</source>
        <translation>Uw wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Infopunt %1&lt;/h3&gt;&lt;p&gt;The integrity office&apos;s registration of reports, counselling, audits, risks and plans.&lt;/p&gt;&lt;p&gt;Encrypted with SQLCipher %2.&lt;br&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Infopunt %1&lt;/h3&gt;&lt;p&gt;De registratie van meldingen, vertrouwenswerk, audits, risico&apos;s en plannen van het Infopunt Integriteit.&lt;/p&gt;&lt;p&gt;Versleuteld met SQLCipher %2.&lt;br&gt;Gebouwd met Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not available)</source>
        <translation>(niet beschikbaar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Infopunt</source>
        <translation>Over Infopunt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Aangemeld als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::MessageBox</name>
    <message>
        <location filename="../ui/dialogs/MessageBox.cpp" line="+37"/>
        <source>Infopunt</source>
        <translation>Infopunt</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::PassphraseFields</name>
    <message numerus="yes">
        <location filename="../ui/widgets/PassphraseFields.cpp" line="+29"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>Minstens %n teken</numerusform>
            <numerusform>Minstens %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeat:</source>
        <translation>Herhalen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter a passphrase.</source>
        <translation>Vul een wachtwoordzin in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>This passphrase is weak:</source>
        <translation>Deze wachtwoordzin is zwak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use it anyway?</source>
        <translation>Toch gebruiken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak passphrase</source>
        <translation>Zwakke wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::RecoveryKeyPage</name>
    <message>
        <location filename="../ui/dialogs/FirstRunWizard.cpp" line="-52"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Ik heb de herstelsleutel op een veilige plek bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store has been created. This key is shown only now.</source>
        <translation>De kluis is aangemaakt. Deze sleutel wordt alleen nu getoond.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies the key; the clipboard is cleared again after one minute.</source>
        <translation>Kopieert de sleutel; het klembord wordt na één minuut weer leeggemaakt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With the recovery key an Adviser can give a user who forgot the passphrase new access, and add confidential counsellors. Print it or write it down and keep it in a safe place, away from this computer. Whoever has it can open the whole store.</source>
        <translation>Met de herstelsleutel kan een integriteitsadviseur een gebruiker die de wachtwoordzin is vergeten opnieuw toegang geven, en vertrouwenspersonen toevoegen. Druk de sleutel af of schrijf hem op, en bewaar hem op een veilige plek, niet bij deze computer. Wie de sleutel heeft, kan de hele kluis openen.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::RetryCountdown</name>
    <message numerus="yes">
        <location filename="../ui/widgets/RetryCountdown.cpp" line="+33"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>U kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>U kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infopunt::ui::SettingsTab</name>
    <message>
        <location filename="../ui/pages/admin/SettingsTab.cpp" line="+27"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic lock</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infopunt locks itself after this time without keyboard or mouse input. The setting is kept in the store and applies to every workstation.</source>
        <translation>Infopunt vergrendelt zichzelf als toetsenbord en muis deze tijd niet zijn gebruikt. De instelling wordt in de kluis bewaard en geldt voor elke werkplek.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lock after:</source>
        <translation>Vergrendelen na:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language on this computer</source>
        <translation>Taal op deze computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language applies after Infopunt is restarted.</source>
        <translation>De nieuwe taal wordt gebruikt nadat Infopunt opnieuw is gestart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::StoreFolderField</name>
    <message>
        <location filename="../ui/widgets/StoreFolderField.cpp" line="+14"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the store folder</source>
        <translation>Kies de map van de kluis</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::StrengthMeter</name>
    <message>
        <location filename="../ui/widgets/StrengthMeter.cpp" line="+46"/>
        <location line="+13"/>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::UnavailableModulePage</name>
    <message>
        <location filename="../ui/pages/Page.cpp" line="+33"/>
        <source>This module is not available in this version of Infopunt yet.</source>
        <translation>Deze module is nog niet beschikbaar in deze versie van Infopunt.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::UnlockDialog</name>
    <message>
        <location filename="../ui/dialogs/UnlockDialog.cpp" line="+29"/>
        <source>Infopunt — Sign in</source>
        <translation>Infopunt — Aanmelden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Store folder:</source>
        <translation>Map van de kluis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forgot passphrase…</source>
        <translation>Wachtwoordzin vergeten…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to Infopunt</source>
        <translation>Aanmelden bij Infopunt</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Fill in the store folder, user name and passphrase.</source>
        <translation>Vul de map van de kluis, uw gebruikersnaam en uw wachtwoordzin in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the store folder first.</source>
        <translation>Vul eerst de map van de kluis in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::UserAccessDialog</name>
    <message>
        <location filename="../ui/dialogs/UserAccessDialog.cpp" line="+27"/>
        <source>Enable user</source>
        <translation>Gebruiker inschakelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>Reset access</source>
        <translation>Toegang opnieuw instellen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 (%2) can sign in again with the initial passphrase you set here, and then chooses an own passphrase.</source>
        <translation>%1 (%2) kan zich weer aanmelden met de tijdelijke wachtwoordzin die u hier instelt, en kiest daarna een eigen wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) gets a new initial passphrase and chooses an own passphrase at the next sign-in. Resetting access needs the store&apos;s recovery key.</source>
        <translation>%1 (%2) krijgt een nieuwe tijdelijke wachtwoordzin en kiest bij de volgende aanmelding een eigen wachtwoordzin. Voor het opnieuw instellen van de toegang is de herstelsleutel van de kluis nodig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initial passphrase:</source>
        <translation>Tijdelijke wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the recovery key.</source>
        <translation>Vul de herstelsleutel in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::UsersModel</name>
    <message>
        <location filename="../ui/models/UsersModel.cpp" line="+66"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, initial passphrase</source>
        <translation>Actief, tijdelijke wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::UsersTab</name>
    <message>
        <location filename="../ui/pages/admin/UsersTab.cpp" line="+25"/>
        <source>Add user…</source>
        <translation>Gebruiker toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable…</source>
        <translation>Inschakelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset access…</source>
        <translation>Toegang opnieuw instellen…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Select a user first.</source>
        <translation>Selecteer eerst een gebruiker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is already disabled.</source>
        <translation>Dit account is al uitgeschakeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user can no longer sign in. Nothing the user recorded is lost.</source>
        <translation>De gebruiker kan zich niet meer aanmelden. Niets van wat de gebruiker heeft vastgelegd, gaat verloren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is not disabled.</source>
        <translation>Dit account is niet uitgeschakeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lets the user sign in again with a new initial passphrase.</source>
        <translation>Laat de gebruiker zich weer aanmelden met een nieuwe tijdelijke wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the account instead.</source>
        <translation>Schakel in plaats daarvan het account in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives a user who forgot the passphrase a new initial passphrase.</source>
        <translation>Geeft een gebruiker die de wachtwoordzin is vergeten een nieuwe tijdelijke wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Disable user</source>
        <translation>Gebruiker uitschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the account of %1 (%2)? The user can no longer sign in; an Adviser can enable the account again.</source>
        <translation>Het account van %1 (%2) uitschakelen? De gebruiker kan zich dan niet meer aanmelden; een integriteitsadviseur kan het account weer inschakelen.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::WelcomePage</name>
    <message>
        <location filename="../ui/dialogs/FirstRunWizard.cpp" line="-162"/>
        <source>Welcome to Infopunt</source>
        <translation>Welkom bij Infopunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infopunt keeps the integrity office&apos;s reports, counselling notes, audits, risks and plans in one encrypted store.</source>
        <translation>Infopunt bewaart de meldingen, aantekeningen van vertrouwenspersonen, audits, risico&apos;s en plannen van het Infopunt Integriteit in één versleutelde kluis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store folder:</source>
        <translation>Map van de kluis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the folder for the new store. It must be empty or not exist yet; Infopunt creates it. To share the store with colleagues, choose a folder on a network share that only the integrity office can reach.</source>
        <translation>Kies de map voor de nieuwe kluis. De map moet leeg zijn of nog niet bestaan; Infopunt maakt hem aan. Wilt u de kluis met collega&apos;s delen, kies dan een map op een netwerkschijf waar alleen het Infopunt Integriteit bij kan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>Dit is een bestand, geen map. Kies een map.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder is not empty. Choose an empty folder or a new one.</source>
        <translation>Deze map is niet leeg. Kies een lege of een nieuwe map.</translation>
    </message>
</context>
</TS>
