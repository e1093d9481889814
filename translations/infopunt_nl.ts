<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>infopunt::AccountService</name>
    <message>
        <location filename="../core/accounts/AccountService.cpp" line="+56"/>
        <source>A user name has 2 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Een gebruikersnaam heeft 2 tot 32 tekens: letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, en begint met een letter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the name to show for this account.</source>
        <translation>Vul de weergavenaam voor dit account in.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This is not a valid recovery key. It has 32 letters and digits in 8 groups of 4.</source>
        <translation>Dit is geen geldige herstelsleutel. Een herstelsleutel heeft 32 letters en cijfers in 8 groepen van 4.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the recovery key.</source>
        <translation>Vul de herstelsleutel in.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This recovery key does not belong to this store.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the accounts</source>
        <translation>het lezen van de accounts</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+43"/>
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
        <source>Account created with role %1</source>
        <translation type="vanished">Account aangemaakt met rol %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You cannot disable your own account.</source>
        <translation>U kunt uw eigen account niet uitschakelen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>disabling the account</source>
        <translation>het uitschakelen van het account</translation>
    </message>
    <message>
        <source>Account disabled; its keys were removed from the keyring</source>
        <translation type="vanished">Account uitgeschakeld; de sleutels van het account zijn uit het sleutelbestand verwijderd</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>enabling the account</source>
        <translation>het inschakelen van het account</translation>
    </message>
    <message>
        <source>Account enabled with a new initial passphrase</source>
        <translation type="vanished">Account ingeschakeld met een nieuwe tijdelijke wachtwoordzin</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This account is disabled. Enable it instead of resetting its access.</source>
        <translation>Dit account is uitgeschakeld. Schakel het account in in plaats van de toegang opnieuw in te stellen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>resetting the access</source>
        <translation>het opnieuw instellen van de toegang</translation>
    </message>
    <message>
        <source>New passphrase set with the recovery key</source>
        <translation type="vanished">Nieuwe wachtwoordzin ingesteld met de herstelsleutel</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <source>Passphrase changed by the account holder</source>
        <translation type="vanished">Wachtwoordzin gewijzigd door de accounthouder</translation>
    </message>
</context>
<context>
    <name>infopunt::ApprovalQuery</name>
    <message>
        <location filename="../core/cases/ApprovalQuery.cpp" line="+93"/>
        <source>counting the requests waiting for you</source>
        <translation>het tellen van de verzoeken die op u wachten</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>reading the requests</source>
        <translation>het lezen van de verzoeken</translation>
    </message>
</context>
<context>
    <name>infopunt::AuditActions</name>
    <message>
        <location filename="../core/audit/AuditActions.cpp" line="+16"/>
        <source>Store created</source>
        <translation>Kluis aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older store accepted</source>
        <translation>Oudere kluis aanvaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>Gebruiker toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User disabled</source>
        <translation>Gebruiker uitgeschakeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User enabled</source>
        <translation>Gebruiker ingeschakeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys replaced</source>
        <translation>Sleutels vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access reset</source>
        <translation>Toegang opnieuw ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building block added</source>
        <translation>Bouwsteen toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building block renamed</source>
        <translation>Naam van bouwsteen gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building block retired</source>
        <translation>Bouwsteen buiten gebruik gesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building block restored</source>
        <translation>Bouwsteen weer in gebruik genomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report registered</source>
        <translation>Melding geregistreerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case overview edited</source>
        <translation>Overzicht van zaak bewerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporter&apos;s identity changed</source>
        <translation>Identiteit van melder gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party added</source>
        <translation>Persoon toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party edited</source>
        <translation>Persoon bewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol step taken</source>
        <translation>Protocolstap gezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case reopened</source>
        <translation>Zaak heropend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline added</source>
        <translation>Termijn toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline marked as met</source>
        <translation>Termijn als voldaan gemarkeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback to reporter recorded</source>
        <translation>Terugkoppeling aan melder vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback deadline extended</source>
        <translation>Termijn voor terugkoppeling verlengd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working-group member assigned</source>
        <translation>Lid van de werkgroep toegewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working-group member unassigned</source>
        <translation>Toewijzing van lid van de werkgroep ingetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review comment added</source>
        <translation>Opmerking of advies toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval requested</source>
        <translation>Goedkeuring gevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request approved</source>
        <translation>Verzoek goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request rejected</source>
        <translation>Verzoek afgewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case closed</source>
        <translation>Zaak afgesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case deleted</source>
        <translation>Zaak verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case file opened</source>
        <translation>Dossier geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case file (sealed)</source>
        <translation>Zaakdossier (verzegeld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entry added</source>
        <translation>Journaalregel toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entry edited</source>
        <translation>Journaalregel bewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document added</source>
        <translation>Document toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document opened</source>
        <translation>Document geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document copy exported</source>
        <translation>Kopie van document geëxporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List entry added</source>
        <translation>Lijstwaarde toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List entry renamed</source>
        <translation>Naam van lijstwaarde gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List entry retired</source>
        <translation>Lijstwaarde buiten gebruik gesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List entry restored</source>
        <translation>Lijstwaarde weer in gebruik genomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved edit kept as a draft</source>
        <translation>Niet-opgeslagen wijziging als concept bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft restored</source>
        <translation>Concept teruggezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft discarded</source>
        <translation>Concept weggegooid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store upgraded</source>
        <translation>Kluis bijgewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows recorded</source>
        <translation>Rijen vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor&apos;s key recorded</source>
        <translation>Sleutel van vertrouwenspersoon vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact registered</source>
        <translation>Contact geregistreerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact edited</source>
        <translation>Contact bewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact opened</source>
        <translation>Contact geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact shared</source>
        <translation>Contact gedeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact sharing ended</source>
        <translation>Delen van contact beëindigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact transferred</source>
        <translation>Contact overgedragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact destroyed</source>
        <translation>Contact vernietigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formal report handed over from contact</source>
        <translation>Formele melding overgedragen vanuit contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser&apos;s key recorded</source>
        <translation>Sleutel van adviseur vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser&apos;s new key recorded</source>
        <translation>Nieuwe sleutel van adviseur vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formal report handed over by a counsellor</source>
        <translation>Formele melding overgedragen door een vertrouwenspersoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed-over report registered</source>
        <translation>Overgedragen melding geregistreerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling settings changed</source>
        <translation>Regels vertrouwenspersonen gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling figures published</source>
        <translation>Jaarcijfers vertrouwenspersoon gepubliceerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling figures replaced</source>
        <translation>Jaarcijfers vertrouwenspersoon vervangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building block</source>
        <translation>Bouwsteen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List entry</source>
        <translation>Lijstwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling contact</source>
        <translation>Contact vertrouwenspersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed-over report</source>
        <translation>Overgedragen melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling figures</source>
        <translation>Jaarcijfers vertrouwenspersoon</translation>
    </message>
</context>
<context>
    <name>infopunt::AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+128"/>
        <location line="+62"/>
        <source>writing the audit log</source>
        <translation>het schrijven in het auditlogboek</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+148"/>
        <location line="+15"/>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+23"/>
        <source>reading the audit log</source>
        <translation>het lezen van het auditlogboek</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>This session holds no signing key, so it cannot write to the audit log. Sign in again.</source>
        <translation>Deze sessie heeft geen ondertekeningssleutel en kan daarom niet in het auditlogboek schrijven. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+122"/>
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
    <name>infopunt::AuditLogHead</name>
    <message>
        <location filename="../core/audit/AuditLogHead.cpp" line="+16"/>
        <source>reading the audit log</source>
        <translation>het lezen van het auditlogboek</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Audit log without entries</source>
        <translation>Auditlogboek zonder vermeldingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log up to entry %1 (head %2…), %3</source>
        <translation>Auditlogboek tot en met vermelding %1 (controlecode %2…), %3</translation>
    </message>
</context>
<context>
    <name>infopunt::AuditSummaries</name>
    <message>
        <location filename="../core/audit/AuditSummaries.cpp" line="+52"/>
        <source>Store created</source>
        <translation>Kluis aangemaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store accepted as it is, although on this workstation %2 had seen the audit log up to entry %1; the log ended at entry %3</source>
        <translation>Kluis aanvaard zoals die is, hoewel %2 op deze werkplek het auditlogboek tot en met vermelding %1 had gezien; het logboek eindigde bij vermelding %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First account created with role %1</source>
        <translation>Eerste account aangemaakt met rol %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account created with role %1</source>
        <translation>Account aangemaakt met rol %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account disabled; its keys were removed from the keyring</source>
        <translation>Account uitgeschakeld; de sleutels van het account zijn uit het sleutelbestand verwijderd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account disabled; its keys were removed from the keyring and the store&apos;s keys it held were replaced</source>
        <translation>Account uitgeschakeld; de sleutels van het account zijn uit het sleutelbestand verwijderd en de sleutels van de kluis die het had, zijn vervangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The counsellors&apos; key was replaced after a counsellor&apos;s account was disabled</source>
        <translation>De sleutel van de vertrouwenspersonen is vervangen nadat het account van een vertrouwenspersoon was uitgeschakeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account enabled with a new initial passphrase</source>
        <translation>Account ingeschakeld met een nieuwe tijdelijke wachtwoordzin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New passphrase set with the recovery key</source>
        <translation>Nieuwe wachtwoordzin ingesteld met de herstelsleutel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase changed by the account holder</source>
        <translation>Wachtwoordzin gewijzigd door de accounthouder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building block %1 added: %2</source>
        <translation>Bouwsteen %1 toegevoegd: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed to: %1</source>
        <translation>Naam gewijzigd in: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building block retired; records that use it keep it</source>
        <translation>Bouwsteen buiten gebruik gesteld; bestaande gegevens behouden deze bouwsteen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building block restored</source>
        <translation>Bouwsteen weer in gebruik genomen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Idle lock set to %n minute(s)</source>
        <translation>
            <numerusform>Automatisch vergrendelen na inactiviteit ingesteld op %n minuut</numerusform>
            <numerusform>Automatisch vergrendelen na inactiviteit ingesteld op %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counsellor&apos;s key recorded at first use</source>
        <translation>Sleutel van de vertrouwenspersoon vastgelegd bij het eerste gebruik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact registered</source>
        <translation>Contact geregistreerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact edited</source>
        <translation>Contact bewerkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact opened</source>
        <translation>Contact geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact shared with %1</source>
        <translation>Contact gedeeld met %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sharing with %1 ended; the contact has a new key</source>
        <translation>Delen met %1 beëindigd; het contact heeft een nieuwe sleutel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact transferred to %1</source>
        <translation>Contact overgedragen aan %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact destroyed after its retention period; only this line remains</source>
        <translation>Contact vernietigd na afloop van de bewaartermijn; alleen deze regel blijft over</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formal report handed over to the integrity advisers, with consent</source>
        <translation>Formele melding met toestemming overgedragen aan de integriteitsadviseurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key of adviser %1 recorded at the first handover to them</source>
        <translation>Sleutel van adviseur %1 vastgelegd bij de eerste overdracht aan hem of haar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key adviser %1 has now recorded in place of the earlier one</source>
        <translation>De huidige sleutel van adviseur %1 vastgelegd in plaats van de eerdere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formal report handed over by a confidential counsellor</source>
        <translation>Formele melding overgedragen door een vertrouwenspersoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handed-over report registered as a report</source>
        <translation>Overgedragen melding als melding geregistreerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts below %1 are suppressed from now on</source>
        <translation>Aantallen onder %1 worden voortaan onderdrukt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Closed contacts are destroyed %n month(s) after their figures are published</source>
        <translation>
            <numerusform>Afgesloten contacten worden %n maand na publicatie van hun jaarcijfers vernietigd</numerusform>
            <numerusform>Afgesloten contacten worden %n maanden na publicatie van hun jaarcijfers vernietigd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counselling figures for %1 published</source>
        <translation>Jaarcijfers vertrouwenspersoon over %1 gepubliceerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counselling figures for %1 replaced</source>
        <translation>Jaarcijfers vertrouwenspersoon over %1 vervangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report registered, received %1: %2</source>
        <translation>Melding geregistreerd, ontvangen op %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous report registered, received %1: %2</source>
        <translation>Anonieme melding geregistreerd, ontvangen op %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overview changed: %1</source>
        <translation>Overzicht gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporter&apos;s identity recorded</source>
        <translation>Identiteit van de melder vastgelegd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporter recorded as anonymous</source>
        <translation>Melder vastgelegd als anoniem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Party added: %1</source>
        <translation>Persoon toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Party changed: %1</source>
        <translation>Persoon gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step from %1 to %2, dated %3</source>
        <translation>Stap van %1 naar %2, met datum %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopened from %1 back to %2, dated %3</source>
        <translation>Heropend: van %1 terug naar %2, met datum %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case closed on %1; requested by %2, approved by %3</source>
        <translation>Zaak afgesloten op %1; gevraagd door %2, goedgekeurd door %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case deleted; requested by %1, approved by %2</source>
        <translation>Zaak verwijderd; gevraagd door %1, goedgekeurd door %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline added, due %1</source>
        <translation>Termijn toegevoegd, uiterste datum %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline %1 met on %2</source>
        <translation>Termijn %1 voldaan op %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline %1 no longer marked as met</source>
        <translation>Termijn %1 niet meer gemarkeerd als voldaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feedback deadline extended from %1 to %2</source>
        <translation>Termijn voor terugkoppeling verlengd van %1 tot %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feedback to the reporter given on %1</source>
        <translation>Terugkoppeling aan de melder gegeven op %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working-group member %1 assigned</source>
        <translation>Lid van de werkgroep toegewezen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working-group member %1 unassigned</source>
        <translation>Toewijzing ingetrokken van lid van de werkgroep: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review note added: %1</source>
        <translation>Opmerking of advies toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval requested: %1</source>
        <translation>Goedkeuring gevraagd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved: %1, requested by %2</source>
        <translation>Goedgekeurd: %1, gevraagd door %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected: %1, requested by %2</source>
        <translation>Afgewezen: %1, gevraagd door %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case file opened</source>
        <translation>Dossier geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sealed with the case&apos;s key, which you do not hold (the case may have been deleted)</source>
        <translation>Verzegeld met de sleutel van de zaak, die u niet hebt (de zaak is misschien verwijderd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case file opened at %1 (recorded later: the store was busy)</source>
        <translation>Dossier geopend om %1 (later vastgelegd: de opslag was bezet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsaved edit kept as a draft when Infopunt locked</source>
        <translation>Niet-opgeslagen wijziging als concept bewaard toen Infopunt vergrendelde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft restored to its form</source>
        <translation>Concept teruggezet in het formulier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft discarded</source>
        <translation>Concept weggegooid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal entry added (%1, dated %2)</source>
        <translation>Journaalregel toegevoegd (%1, met datum %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal entry edited (%1, dated %2)</source>
        <translation>Journaalregel bewerkt (%1, met datum %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document added: %1 (%2)</source>
        <translation>Document toegevoegd: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document opened: %1</source>
        <translation>Document geopend: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy of document %1 saved outside the store</source>
        <translation>Kopie van document %1 buiten de kluis opgeslagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document no. %1 added (%2)</source>
        <translation>Document nr. %1 toegevoegd (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document no. %1 opened</source>
        <translation>Document nr. %1 geopend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy of document no. %1 saved outside the store</source>
        <translation>Kopie van document nr. %1 buiten de kluis opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to the %1: %2</source>
        <translation>Toegevoegd aan de lijst %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Naam gewijzigd van &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retired: %1; cases that use it keep it</source>
        <translation>Buiten gebruik gesteld: %1; zaken die deze waarde gebruiken, behouden die</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored: %1</source>
        <translation>Weer in gebruik genomen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store upgraded from version %1 to %2; the ledger records its rows</source>
        <translation>Kluis bijgewerkt van versie %1 naar %2; het grootboek legt de rijen vast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed rows recorded in the ledger</source>
        <translation>Gewijzigde rijen vastgelegd in het grootboek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>kanaal van binnenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date received</source>
        <translation>datum van ontvangst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building block</source>
        <translation>bouwsteen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>violation type</source>
        <translation>soort schending</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (nr. %2)</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseAccess</name>
    <message>
        <location filename="../core/cases/CaseAccess.cpp" line="+47"/>
        <source>This case does not exist or you have no access to it.</source>
        <translation>Deze zaak bestaat niet of u hebt er geen toegang toe.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>opening the case</source>
        <translation>het openen van de zaak</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only an integrity adviser may do this. Your role is %1.</source>
        <translation>Alleen een integriteitsadviseur mag dit doen. Uw rol is %1.</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseDocuments</name>
    <message>
        <location filename="../core/cases/CaseFiles.cpp" line="+164"/>
        <source>The file %1 is empty; there is nothing to add.</source>
        <translation>Het bestand %1 is leeg; er valt niets toe te voegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 is %2; a document can be at most %3.</source>
        <translation>Het bestand %1 is %2 groot; een document mag hoogstens %3 zijn.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>opening the document</source>
        <translation>het openen van het document</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>This document does not exist or you have no access to it.</source>
        <translation>Dit document bestaat niet of u hebt er geen toegang toe.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is not enough space to write %1. Free some space or choose another place; no copy was made.</source>
        <translation>Er is niet genoeg ruimte om %1 op te slaan. Maak ruimte vrij of kies een andere plek; er is geen kopie gemaakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be written: the folder is read-only or you may not write there (%2). Choose another place; no copy was made.</source>
        <translation>%1 kan niet worden opgeslagen: de map is alleen-lezen of u mag daar niet schrijven (%2). Kies een andere plek; er is geen kopie gemaakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy could not be written to %1 (%2); no copy was made.</source>
        <translation>De kopie kon niet worden opgeslagen in %1 (%2); er is geen kopie gemaakt.</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+244"/>
        <source>reading the documents</source>
        <translation>het lezen van de documenten</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>This document was changed outside Infopunt: its content does not match what was stored. Ask the integrity adviser to run verify.</source>
        <translation>Dit document is buiten Infopunt gewijzigd: de inhoud komt niet overeen met wat is opgeslagen. Vraag de integriteitsadviseur de kluis te controleren (verify).</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>The file %1 cannot be found. Choose an existing file.</source>
        <translation>Het bestand %1 is niet gevonden. Kies een bestaand bestand.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 cannot be read (%2). Check that you may read it and that no other program holds it.</source>
        <translation>Het bestand %1 kan niet worden gelezen (%2). Controleer of u het mag lezen en of geen ander programma het in gebruik heeft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The document needs a file name.</source>
        <translation>Het document moet een bestandsnaam hebben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>adding the document</source>
        <translation>het toevoegen van het document</translation>
    </message>
    <message>
        <source>Document added: %1 (%2)</source>
        <translation type="vanished">Document toegevoegd: %1 (%2)</translation>
    </message>
    <message>
        <source>Document opened: %1</source>
        <translation type="vanished">Document geopend: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose where to save the copy.</source>
        <translation>Kies waar de kopie moet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder. Choose a file name for the copy.</source>
        <translation>%1 is een map. Kies een bestandsnaam voor de kopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist. Choose another place for the copy.</source>
        <translation>De map %1 bestaat niet. Kies een andere plek voor de kopie.</translation>
    </message>
    <message>
        <source>Copy of document %1 saved outside the store</source>
        <translation type="vanished">Kopie van document %1 buiten de kluis opgeslagen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>deleting the document</source>
        <translation>het verwijderen van het document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document no longer exists.</source>
        <translation>Dit document bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseFactsCodec</name>
    <message>
        <location filename="../core/cases/CaseFacts.cpp" line="+144"/>
        <source>updating the copy of the case facts</source>
        <translation>het bijwerken van de kopie van de zaakgegevens</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseJournal</name>
    <message>
        <location filename="../core/cases/CaseFiles.cpp" line="-470"/>
        <location line="+189"/>
        <source>reading the journal</source>
        <translation>het lezen van het journaal</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+300"/>
        <source>This journal entry no longer exists.</source>
        <translation>Deze journaalregel bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Enter the date of the journal entry.</source>
        <translation>Vul de datum van de journaalregel in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of a journal entry cannot be in the future.</source>
        <translation>De datum van een journaalregel kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date cannot be before the report was received (%1).</source>
        <translation>De datum kan niet vóór de ontvangst van de melding liggen (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the text of the journal entry.</source>
        <translation>Vul de tekst van de journaalregel in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>adding the journal entry</source>
        <translation>het toevoegen van de journaalregel</translation>
    </message>
    <message>
        <source>Journal entry added (%1, dated %2)</source>
        <translation type="vanished">Journaalregel toegevoegd (%1, met datum %2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>editing the journal entry</source>
        <translation>het bewerken van de journaalregel</translation>
    </message>
    <message>
        <source>Journal entry edited (%1, dated %2)</source>
        <translation type="vanished">Journaalregel bewerkt (%1, met datum %2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>deleting the journal entry</source>
        <translation>het verwijderen van de journaalregel</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseKeys</name>
    <message>
        <location filename="../core/cases/CaseKeys.cpp" line="+26"/>
        <source>You hold no key to this case: it is not assigned to you, or an integrity adviser has not yet given you access to it.</source>
        <translation>U hebt geen sleutel van deze zaak: ze is niet aan u toegewezen, of een integriteitsadviseur heeft u nog geen toegang gegeven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A sealed value of this case does not open: it was changed outside Infopunt or moved from another case. Ask the integrity adviser to run verify.</source>
        <translation>Een verzegelde waarde van deze zaak gaat niet open: ze is buiten Infopunt gewijzigd of uit een andere zaak verplaatst. Vraag de integriteitsadviseur om verify uit te voeren.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+155"/>
        <source>Only an integrity adviser can give a case its key.</source>
        <translation>Alleen een integriteitsadviseur kan een zaak haar sleutel geven.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+17"/>
        <source>protecting the cases</source>
        <translation>het beveiligen van de zaken</translation>
    </message>
    <message>
        <source>protecting the case</source>
        <translation type="vanished">het beveiligen van de zaak</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+55"/>
        <source>opening the case</source>
        <translation>het openen van de zaak</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>opening the cases</source>
        <translation>het openen van de zaken</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No keys were recorded for %1, so the case cannot be shared with them. Reset their access in Administration first.</source>
        <translation>Voor %1 zijn geen sleutels vastgelegd, dus de zaak kan niet met hen worden gedeeld. Herstel eerst hun toegang onder Beheer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+139"/>
        <source>sharing the case</source>
        <translation>het delen van de zaak</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>unsharing the case</source>
        <translation>het intrekken van de toegang tot de zaak</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseListCopy</name>
    <message>
        <location filename="../core/cases/CaseListCopy.cpp" line="+19"/>
        <source>reading the case list</source>
        <translation>het lezen van de lijst met zaken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updating the copy of the case list</source>
        <translation>het bijwerken van de kopie van de lijst met zaken</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>the cases per state</source>
        <translation>de aantallen zaken per status</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>the type-ahead&apos;s grams of %n case(s)</source>
        <translation>
            <numerusform>de zoekfragmenten van %n zaak</numerusform>
            <numerusform>de zoekfragmenten van %n zaken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The advisers&apos; copy of the case list differs from its own cases in %1; the cases themselves are kept in the main file.</source>
        <translation>De kopie van de zakenlijst voor de integriteitsadviseurs wijkt af van haar eigen zaken in %1; de zaken zelf staan in het hoofdbestand.</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseNumbers</name>
    <message>
        <location filename="../core/cases/CaseNumbers.cpp" line="+14"/>
        <source>numbering the case</source>
        <translation>het nummeren van de zaak</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>reading the case numbers</source>
        <translation>het lezen van de zaaknummers</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseQuery</name>
    <message>
        <location filename="../core/cases/CaseQuery.cpp" line="+28"/>
        <location line="+62"/>
        <location line="+15"/>
        <source>reading the case list</source>
        <translation>het lezen van de lijst met zaken</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>reading the deadlines</source>
        <translation>het lezen van de termijnen</translation>
    </message>
    <message>
        <source>counting the cases</source>
        <translation type="vanished">het tellen van de zaken</translation>
    </message>
    <message>
        <source>reading the years</source>
        <translation type="vanished">het lezen van de jaren</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseSearchIndex</name>
    <message>
        <location filename="../core/cases/CaseSearchIndex.cpp" line="+51"/>
        <source>reading the text to search</source>
        <translation>het lezen van de te doorzoeken tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updating the search index</source>
        <translation>het bijwerken van de zoekindex</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+230"/>
        <source>searching</source>
        <translation>het zoeken</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseService</name>
    <message>
        <location filename="../core/cases/CaseService.cpp" line="+116"/>
        <location line="+493"/>
        <source>reading the case</source>
        <translation>het lezen van de zaak</translation>
    </message>
    <message>
        <source>numbering the case</source>
        <translation type="vanished">het nummeren van de zaak</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>reading the catalogue</source>
        <translation>het lezen van de catalogus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This building block does not exist.</source>
        <translation>Deze bouwsteen bestaat niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This building block has been retired; choose another one.</source>
        <translation>Deze bouwsteen is buiten gebruik gesteld; kies een andere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the violation types</source>
        <translation>het lezen van de soorten schendingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This violation type does not exist.</source>
        <translation>Deze soort schending bestaat niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This violation type is no longer in use; choose another one.</source>
        <translation>Deze soort schending is niet meer in gebruik; kies een andere.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the date the report was received.</source>
        <translation>Vul de datum in waarop de melding is ontvangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date received cannot be in the future.</source>
        <translation>De datum van ontvangst kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a short, neutral title for the report, without names.</source>
        <translation>Vul een korte, neutrale titel voor de melding in, zonder namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe what was reported.</source>
        <translation>Beschrijf wat er is gemeld.</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+63"/>
        <location line="+732"/>
        <source>recording the step</source>
        <translation>het vastleggen van de stap</translation>
    </message>
    <message>
        <location line="-706"/>
        <source>reading the measures</source>
        <translation>het lezen van de maatregelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This measure is not in the list of measures.</source>
        <translation>Deze maatregel staat niet in de lijst met maatregelen.</translation>
    </message>
    <message>
        <source>Step from %1 to %2, dated %3</source>
        <translation type="vanished">Stap van %1 naar %2, met datum %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Closing a case needs a second person&apos;s approval (four eyes). Request the approval; the case is closed when another adviser or an assigned working-group member approves.</source>
        <translation>Voor het afsluiten van een zaak is goedkeuring van een tweede persoon nodig (vier-ogenprincipe). Vraag de goedkeuring aan; de zaak wordt afgesloten zodra een andere integriteitsadviseur of een toegewezen lid van de werkgroep die goedkeuring geeft.</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>Enter the party&apos;s name.</source>
        <translation>Vul de naam van de persoon in.</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+527"/>
        <source>saving the party</source>
        <translation>het opslaan van de gegevens van de persoon</translation>
    </message>
    <message>
        <location line="-469"/>
        <source>Choose the document to delete.</source>
        <translation>Kies het document dat moet worden verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the journal entry to delete.</source>
        <translation>Kies de journaalregel die moet worden verwijderd.</translation>
    </message>
    <message>
        <source>Case closed on %1; requested by %2, approved by %3</source>
        <translation type="vanished">Zaak afgesloten op %1; gevraagd door %2, goedgekeurd door %3</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>deleting the case</source>
        <translation>het verwijderen van de zaak</translation>
    </message>
    <message>
        <source>Case deleted; requested by %1, approved by %2</source>
        <translation type="vanished">Zaak verwijderd; gevraagd door %1, goedgekeurd door %2</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Enter the reporter&apos;s name, or mark the report as anonymous.</source>
        <translation>Vul de naam van de melder in, of markeer de melding als anoniem.</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>Enter a name for every subject of the report.</source>
        <translation>Vul voor elke betrokkene bij de melding een naam in.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+25"/>
        <location line="+18"/>
        <source>registering the report</source>
        <translation>het registreren van de melding</translation>
    </message>
    <message>
        <source>Anonymous report registered: received %1 via %2</source>
        <translation type="vanished">Anonieme melding geregistreerd: ontvangen op %1 via %2</translation>
    </message>
    <message>
        <source>Report registered: received %1 via %2</source>
        <translation type="vanished">Melding geregistreerd: ontvangen op %1 via %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>saving the overview</source>
        <translation>het opslaan van het overzicht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report cannot have been received after its first step, on %1.</source>
        <translation>De melding kan niet later zijn ontvangen dan de eerste stap van de zaak, op %1.</translation>
    </message>
    <message>
        <source>Overview changed: %1</source>
        <translation type="vanished">Overzicht gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>reading the reporter</source>
        <translation>het lezen van de gegevens van de melder</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>saving the reporter</source>
        <translation>het opslaan van de gegevens van de melder</translation>
    </message>
    <message>
        <source>Reporter recorded as anonymous</source>
        <translation type="vanished">Melder vastgelegd als anoniem</translation>
    </message>
    <message>
        <source>Reporter&apos;s identity recorded</source>
        <translation type="vanished">Identiteit van de melder vastgelegd</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+26"/>
        <source>reading the parties</source>
        <translation>het lezen van de betrokken personen</translation>
    </message>
    <message>
        <source>Party added: %1</source>
        <translation type="vanished">Persoon toegevoegd: %1</translation>
    </message>
    <message>
        <source>Party changed: %1</source>
        <translation type="vanished">Persoon gewijzigd: %1</translation>
    </message>
    <message>
        <location line="-572"/>
        <source>reading the steps</source>
        <translation>het lezen van de stappen</translation>
    </message>
    <message>
        <location line="+662"/>
        <source>reopening the case</source>
        <translation>het heropenen van de zaak</translation>
    </message>
    <message>
        <source>Reopened from %1 back to %2, dated %3</source>
        <translation type="vanished">Heropend: van %1 terug naar %2, met datum %3</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+35"/>
        <source>reading the deadlines</source>
        <translation>het lezen van de termijnen</translation>
    </message>
    <message>
        <location line="-519"/>
        <source>Say what is due.</source>
        <translation>Vul in waarvoor de termijn geldt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the due date.</source>
        <translation>Vul de uiterste datum in.</translation>
    </message>
    <message>
        <location line="+503"/>
        <location line="+20"/>
        <source>saving the deadline</source>
        <translation>het opslaan van de termijn</translation>
    </message>
    <message>
        <source>Deadline added, due %1</source>
        <translation type="vanished">Termijn toegevoegd, uiterste datum %1</translation>
    </message>
    <message>
        <location line="-515"/>
        <source>A deadline cannot have been met on a day in the future.</source>
        <translation>Aan een termijn kan niet op een dag in de toekomst zijn voldaan.</translation>
    </message>
    <message>
        <source>Deadline %1 met on %2</source>
        <translation type="vanished">Termijn %1 voldaan op %2</translation>
    </message>
    <message>
        <source>Deadline %1 no longer marked as met</source>
        <translation type="vanished">Termijn %1 niet meer gemarkeerd als voldaan</translation>
    </message>
    <message>
        <location line="+559"/>
        <source>extending the feedback deadline</source>
        <translation>het verlengen van de termijn voor terugkoppeling</translation>
    </message>
    <message>
        <source>Feedback deadline extended from %1 to %2</source>
        <translation type="vanished">Termijn voor terugkoppeling verlengd van %1 tot %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>recording the feedback to the reporter</source>
        <translation>het vastleggen van de terugkoppeling aan de melder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledge the report first: the feedback period starts with the acknowledgement.</source>
        <translation>Bevestig eerst de ontvangst van de melding: de termijn voor terugkoppeling begint bij de ontvangstbevestiging.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feedback to the reporter was already recorded on %1.</source>
        <translation>De terugkoppeling aan de melder is al vastgelegd op %1.</translation>
    </message>
    <message>
        <source>Feedback to the reporter given on %1</source>
        <translation type="vanished">Terugkoppeling aan de melder gegeven op %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>reading the assignments</source>
        <translation>het lezen van de toewijzingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assigning the member</source>
        <translation>het toewijzen van het lid</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no user named %1.</source>
        <translation>Er is geen gebruiker met de naam %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only members of the working group are assigned to a case; %1 is not one.</source>
        <translation>Alleen leden van de werkgroep worden aan een zaak toegewezen; %1 is geen lid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account of %1 is disabled.</source>
        <translation>Het account van %1 is uitgeschakeld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already assigned to this case.</source>
        <translation>%1 is al aan deze zaak toegewezen.</translation>
    </message>
    <message>
        <source>Working-group member %1 assigned</source>
        <translation type="vanished">Lid van de werkgroep toegewezen: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unassigning the member</source>
        <translation>het intrekken van de toewijzing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not assigned to this case.</source>
        <translation>%1 is niet aan deze zaak toegewezen.</translation>
    </message>
    <message>
        <source>Working-group member %1 unassigned</source>
        <translation type="vanished">Toewijzing ingetrokken van lid van de werkgroep: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>reading the review</source>
        <translation>het lezen van de beoordeling</translation>
    </message>
    <message>
        <location line="-748"/>
        <source>Write the comment or advice.</source>
        <translation>Schrijf de opmerking of het advies.</translation>
    </message>
    <message>
        <location line="+771"/>
        <source>saving the review</source>
        <translation>het opslaan van de beoordeling</translation>
    </message>
    <message>
        <source>Review note added: %1</source>
        <translation type="vanished">Opmerking of advies toegevoegd: %1</translation>
    </message>
    <message>
        <location line="-765"/>
        <source>Give the reason for deleting.</source>
        <translation>Geef de reden voor het verwijderen.</translation>
    </message>
    <message>
        <location line="+798"/>
        <source>Enter the closing step: its date and a note.</source>
        <translation>Vul de afsluitende stap in: de datum en een aantekening.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>requesting the approval</source>
        <translation>het vragen om goedkeuring</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This is already waiting for a second person&apos;s approval.</source>
        <translation>Dit wacht al op goedkeuring door een tweede persoon.</translation>
    </message>
    <message>
        <source>Approval requested: %1</source>
        <translation type="vanished">Goedkeuring gevraagd: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>reading the approvals</source>
        <translation>het lezen van de goedkeuringen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deciding on the request</source>
        <translation>het beslissen over het verzoek</translation>
    </message>
    <message>
        <source>Approved: %1, requested by %2</source>
        <translation type="vanished">Goedgekeurd: %1, gevraagd door %2</translation>
    </message>
    <message>
        <source>Rejected: %1, requested by %2</source>
        <translation type="vanished">Afgewezen: %1, gevraagd door %2</translation>
    </message>
    <message>
        <source>Case file opened</source>
        <translation type="vanished">Dossier geopend</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>reading the access log</source>
        <translation>het lezen van de inzageregistratie</translation>
    </message>
</context>
<context>
    <name>infopunt::CaseTerms</name>
    <message>
        <location filename="../core/cases/CaseRecords.cpp" line="+56"/>
        <source>Via a confidential counsellor</source>
        <translation>Via een vertrouwenspersoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via a manager</source>
        <translation>Via een leidinggevende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directly to the integrity adviser</source>
        <translation>Rechtstreeks bij de integriteitsadviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External (Huis voor Klokkenluiders)</source>
        <translation>Extern (Huis voor Klokkenluiders)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Subject</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other party</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close the case</source>
        <translation>De zaak afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the case</source>
        <translation>De zaak verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a document</source>
        <translation>Een document verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a journal entry</source>
        <translation>Een journaalregel verwijderen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
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
        <location line="+20"/>
        <source>The step does not say who took it.</source>
        <translation>Bij de stap staat niet wie hem heeft gezet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note on what happened in this step.</source>
        <translation>Schrijf een aantekening over wat er in deze stap is gebeurd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose what was decided: no investigation, an internal or external investigation, or a criminal complaint to the police.</source>
        <translation>Kies wat er is besloten: geen onderzoek, een intern of extern onderzoek, of aangifte bij de politie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kind of investigation is recorded only with the decision on investigation.</source>
        <translation>Het soort onderzoek wordt alleen vastgelegd bij het besluit over een onderzoek.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the municipal secretary&apos;s decision: founded, partly founded or unfounded.</source>
        <translation>Kies het besluit van de gemeentesecretaris: gegrond, gedeeltelijk gegrond of ongegrond.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
        <source>Only closing a case asks for a second person&apos;s approval.</source>
        <translation>Alleen voor het afsluiten van een zaak is goedkeuring van een tweede persoon nodig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working group members review cases; only an integrity adviser registers a report.</source>
        <translation>Leden van de werkgroep integriteit beoordelen zaken; alleen een integriteitsadviseur registreert een melding.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../core/catalogue/Catalogue.cpp" line="+58"/>
        <source>Enter a name for the building block.</source>
        <translation>Vul een naam in voor de bouwsteen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A building block&apos;s name has at most 200 characters.</source>
        <translation>De naam van een bouwsteen heeft maximaal 200 tekens.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+51"/>
        <source>reading the catalogue</source>
        <translation>het lezen van de catalogus</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+48"/>
        <location line="+33"/>
        <source>Only an integrity adviser can change the catalogue.</source>
        <translation>Alleen een integriteitsadviseur kan de catalogus wijzigen.</translation>
    </message>
    <message>
        <location line="-66"/>
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
        <source>Building block %1 added: %2</source>
        <translation type="vanished">Bouwsteen %1 toegevoegd: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>renaming the building block</source>
        <translation>het wijzigen van de naam van de bouwsteen</translation>
    </message>
    <message>
        <source>Renamed to: %1</source>
        <translation type="vanished">Naam gewijzigd in: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>retiring the building block</source>
        <translation>het buiten gebruik stellen van de bouwsteen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restoring the building block</source>
        <translation>het weer in gebruik nemen van de bouwsteen</translation>
    </message>
    <message>
        <source>Building block retired; records that use it keep it</source>
        <translation type="vanished">Bouwsteen buiten gebruik gesteld; bestaande gegevens behouden deze bouwsteen</translation>
    </message>
    <message>
        <source>Building block restored</source>
        <translation type="vanished">Bouwsteen weer in gebruik genomen</translation>
    </message>
</context>
<context>
    <name>infopunt::Cli</name>
    <message>
        <source>Infopunt: the integrity office&apos;s registration of reports, counselling, audits, risks and annual plans, in an encrypted store.

Commands:
  (none)   start the application window
  demo     create a demo store filled with invented data (--store)
  info     print a summary of a store (--store, --user)
  verify   check a store&apos;s encryption, integrity and audit log (--store, --user)

info and verify read the passphrase from the environment variable INFOPUNT_PASSPHRASE, or ask for it when run in a terminal.</source>
        <translation type="vanished">Infopunt: de registratie van meldingen, vertrouwenswerk, audits, risico&apos;s en jaarplannen van het Infopunt Integriteit, in een versleutelde kluis.

Opdrachten:
  (geen)   het programmavenster starten
  demo     een demokluis met verzonnen gegevens aanmaken (--store)
  info     een overzicht van een kluis tonen (--store, --user)
  verify   versleuteling, beschadiging en auditlogboek van een kluis controleren (--store, --user)

info en verify lezen de wachtwoordzin uit de omgevingsvariabele INFOPUNT_PASSPHRASE, of vragen erom als ze in een terminal worden uitgevoerd.</translation>
    </message>
    <message>
        <source>Infopunt: the integrity office&apos;s registration of reports, counselling, audits, risks and annual plans, in an encrypted store.

Commands:
  (none)   start the application window
  demo     create a demo store filled with invented data (--store)
  info     print a summary of a store (--store, --user)
  verify   check a store&apos;s encryption, integrity and audit log (--store, --user)

info and verify read the passphrase from the file descriptor given with --passphrase-fd (its first line), else from the environment variable INFOPUNT_PASSPHRASE, else they ask for it when run in a terminal. Prefer --passphrase-fd in scripts: other programs of the same user can read a process&apos;s environment (on Linux in /proc/PID/environ), and so can the administrator (root); on Windows every program of the same user can. After a wrong passphrase the next attempt for that store and user must wait, as in the window.</source>
        <translation type="vanished">Infopunt: de registratie van meldingen, vertrouwenswerk, audits, risico&apos;s en jaarplannen van het Infopunt Integriteit, in een versleutelde kluis.

Opdrachten:
  (geen)   het programmavenster starten
  demo     een demokluis met verzonnen gegevens aanmaken (--store)
  info     een overzicht van een kluis tonen (--store, --user)
  verify   versleuteling, beschadiging en auditlogboek van een kluis controleren (--store, --user)

info en verify lezen de wachtwoordzin van de eerste regel van de bestandsdescriptor die met --passphrase-fd is opgegeven, anders uit de omgevingsvariabele INFOPUNT_PASSPHRASE, anders vragen ze erom als ze in een terminal worden uitgevoerd. Gebruik in scripts bij voorkeur --passphrase-fd: andere programma&apos;s van dezelfde gebruiker kunnen de omgeving van een proces lezen (onder Linux in /proc/PID/environ), en de beheerder (root) ook; onder Windows kan elk programma van dezelfde gebruiker dat. Na een onjuiste wachtwoordzin moet de volgende poging voor die kluis en gebruiker wachten, net als in het venster.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="+51"/>
        <source>Infopunt: the integrity office&apos;s registration of reports, counselling, audits, risks and annual plans, in an encrypted store.

Commands:
  (none)   start the application window
  demo     create a demo store filled with invented data (--store; --size N for N generated reports, --seed S)
  info     print a summary of a store (--store, --user)
  verify   check a store&apos;s encryption, integrity and audit log (--store, --user)

info and verify read the passphrase from the file descriptor given with --passphrase-fd (its first line), else from the environment variable INFOPUNT_PASSPHRASE, else they ask for it when run in a terminal. Prefer --passphrase-fd in scripts: other programs of the same user can read a process&apos;s environment (on Linux in /proc/PID/environ), and so can the administrator (root); on Windows every program of the same user can. After a wrong passphrase the next attempt for that store and user must wait, as in the window.</source>
        <translation>Infopunt: de registratie van meldingen, vertrouwenswerk, audits, risico&apos;s en jaarplannen van het Infopunt Integriteit, in een versleutelde kluis.

Opdrachten:
  (geen)   het programmavenster starten
  demo     een demokluis met verzonnen gegevens aanmaken (--store; --size N voor N gegenereerde meldingen, --seed S)
  info     een overzicht van een kluis tonen (--store, --user)
  verify   versleuteling, beschadiging en auditlogboek van een kluis controleren (--store, --user)

info en verify lezen de wachtwoordzin van de eerste regel van de bestandsdescriptor die met --passphrase-fd is opgegeven, anders uit de omgevingsvariabele INFOPUNT_PASSPHRASE, anders vragen ze erom als ze in een terminal worden uitgevoerd. Gebruik in scripts bij voorkeur --passphrase-fd: andere programma&apos;s van dezelfde gebruiker kunnen de omgeving van een proces lezen (onder Linux in /proc/PID/environ), en de beheerder (root) ook; onder Windows kan elk programma van dezelfde gebruiker dat. Na een onjuiste wachtwoordzin moet de volgende poging voor die kluis en gebruiker wachten, net als in het venster.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <source>Read the passphrase from the first line of this open file descriptor (for scripts; info and verify).</source>
        <translation>De wachtwoordzin lezen van de eerste regel van deze geopende bestandsdescriptor (voor scripts; info en verify).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>demo: generate this many invented reports over ten years in place of the demo cases.</source>
        <translation>demo: zoveel verzonnen meldingen over tien jaar genereren in plaats van de demozaken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo --size: the seed of the generated reports; the same seed gives the same reports (default 1).</source>
        <translation>demo --size: de seed van de gegenereerde meldingen; dezelfde seed geeft dezelfde meldingen (standaard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo, info or verify.</source>
        <translation>demo, info of verify.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[command]</source>
        <translation>[opdracht]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>command</source>
        <translation>opdracht</translation>
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
        <location line="+6"/>
        <source>--passphrase-fd needs the number of an open file descriptor.</source>
        <translation>--passphrase-fd heeft het nummer van een geopende bestandsdescriptor nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--passphrase-fd is only used by the info and verify commands.</source>
        <translation>--passphrase-fd wordt alleen door de opdrachten info en verify gebruikt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size needs the number of reports to generate, a whole number greater than 0.</source>
        <translation>--size heeft het aantal te genereren meldingen nodig, een geheel getal groter dan 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--size is only used by the demo command.</source>
        <translation>--size wordt alleen gebruikt door de opdracht demo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed heeft een geheel getal van 0 tot en met 4294967295 nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--seed is only used with demo --size.</source>
        <translation>--seed wordt alleen gebruikt met demo --size.</translation>
    </message>
    <message>
        <location filename="../app/Console.cpp" line="+66"/>
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
        <location line="+41"/>
        <source>No passphrase given.</source>
        <translation>Geen wachtwoordzin opgegeven.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The passphrase cannot be read from file descriptor %1: %2</source>
        <translation>De wachtwoordzin kan niet worden gelezen van bestandsdescriptor %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase read from file descriptor %1 is too long.</source>
        <translation>De wachtwoordzin die van bestandsdescriptor %1 is gelezen, is te lang.</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="+92"/>
        <source>Creating the demo store in %1 (this takes a few seconds)...</source>
        <translation>De demokluis wordt aangemaakt in %1 (dit duurt enkele seconden)...</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Creating a demo store of %n generated reports (seed %1) in %2...</source>
        <translation>
            <numerusform>Een demokluis met %n gegenereerde melding (seed %1) aanmaken in %2...</numerusform>
            <numerusform>Een demokluis met %n gegenereerde meldingen (seed %1) aanmaken in %2...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 reports generated (%3 s)</source>
        <translation>%1 van %2 meldingen gegenereerd (%3 s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recovery key of this demo store: %1</source>
        <translation>Herstelsleutel van deze demokluis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo store created in %1</source>
        <translation>Demokluis aangemaakt in %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+2"/>
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
        <source>Reports and investigations per state:</source>
        <translation>Meldingen en onderzoeken per status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines of open cases:</source>
        <translation>Termijnen van open zaken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKIPPED</source>
        <translation>OVERGESLAGEN</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <source>office copy: the cases per state and the type-ahead&apos;s grams</source>
        <translation>kopie voor de adviseurs: de aantallen zaken per status en de zoekfragmenten van het snelzoeken</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>audit log: hash chain over %n entries</source>
        <translation>
            <numerusform>auditlogboek: hashketen over %n vermelding</numerusform>
            <numerusform>auditlogboek: hashketen over %n vermeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>counselling log: hash chain and signatures over %n entries</source>
        <translation>
            <numerusform>logboek vertrouwenspersonen: hashketen en handtekeningen over %n vermelding</numerusform>
            <numerusform>logboek vertrouwenspersonen: hashketen en handtekeningen over %n vermeldingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>audit log: holds every entry this workstation saw</source>
        <translation>auditlogboek: bevat elke vermelding die deze werkplek heeft gezien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If the older store was put back on purpose, an integrity adviser who has checked it can accept it as it is in the Infopunt window.</source>
        <translation>Is de oudere kluis bewust teruggezet, dan kan een integriteitsadviseur die de kluis heeft gecontroleerd, hem in het venster van Infopunt aanvaarden zoals hij is.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n checks failed: the store is damaged or has been tampered with. Its files were not changed.</source>
        <translation>
            <numerusform>%1 van %n controle mislukt: de kluis is beschadigd of gemanipuleerd. De bestanden van de kluis zijn niet gewijzigd.</numerusform>
            <numerusform>%1 van de %n controles mislukt: de kluis is beschadigd of gemanipuleerd. De bestanden van de kluis zijn niet gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>All %n checks passed.</source>
        <translation>
            <numerusform>%n controle geslaagd.</numerusform>
            <numerusform>Alle %n controles geslaagd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This was not the full check: the audit log&apos;s signatures can only be checked with an integrity adviser&apos;s account.</source>
        <translation>Dit was niet de volledige controle: de handtekeningen in het auditlogboek kunnen alleen met het account van een integriteitsadviseur worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+38"/>
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
    <name>infopunt::CodeLists</name>
    <message>
        <location filename="../core/cases/CodeLists.cpp" line="+24"/>
        <source>Corruption / bribery</source>
        <translation>Corruptie / omkoping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud / theft</source>
        <translation>Fraude / diefstal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict of interest</source>
        <translation>Belangenverstrengeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misuse of powers</source>
        <translation>Misbruik van bevoegdheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misuse or leaking of information</source>
        <translation>Misbruik of lekken van informatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undesirable behaviour</source>
        <translation>Ongewenst gedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misuse of resources</source>
        <translation>Misbruik van middelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misconduct in private time</source>
        <translation>Misdragingen in de privésfeer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written reprimand</source>
        <translation>Schriftelijke berisping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>Geldboete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary reduction</source>
        <translation>Vermindering van salaris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withholding a salary increase</source>
        <translation>Niet toekennen van een salarisverhoging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disciplinary transfer</source>
        <translation>Disciplinaire overplaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspension</source>
        <translation>Schorsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disciplinary dismissal</source>
        <translation>Strafontslag</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+104"/>
        <source>reading the list</source>
        <translation>het lezen van de lijst</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>This list entry no longer exists.</source>
        <translation>Deze lijstwaarde bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>disciplinary measures</source>
        <translation>disciplinaire maatregelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>violation types</source>
        <translation>soorten schendingen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name has at most %1 characters.</source>
        <translation>Een naam heeft maximaal %1 tekens.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The list of %1 already has &quot;%2&quot;, retired; restore it or choose another name.</source>
        <translation>De lijst %1 bevat al &quot;%2&quot; (buiten gebruik gesteld); neem die weer in gebruik of kies een andere naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of %1 already has &quot;%2&quot;. Choose another name.</source>
        <translation>De lijst %1 bevat al &quot;%2&quot;. Kies een andere naam.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>adding to the list</source>
        <translation>het toevoegen aan de lijst</translation>
    </message>
    <message>
        <source>Added to the %1: %2</source>
        <translation type="vanished">Toegevoegd aan de lijst %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>renaming the list entry</source>
        <translation>het wijzigen van de naam van de lijstwaarde</translation>
    </message>
    <message>
        <source>Renamed from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="vanished">Naam gewijzigd van &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>retiring the list entry</source>
        <translation>het buiten gebruik stellen van de lijstwaarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restoring the list entry</source>
        <translation>het weer in gebruik nemen van de lijstwaarde</translation>
    </message>
    <message>
        <source>Retired: %1; cases that use it keep it</source>
        <translation type="vanished">Buiten gebruik gesteld: %1; zaken die deze waarde gebruiken, behouden die</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation type="vanished">Weer in gebruik genomen: %1</translation>
    </message>
</context>
<context>
    <name>infopunt::ContactCodec</name>
    <message>
        <location filename="../core/counselling/Contact.cpp" line="+158"/>
        <source>Enter a code for the person, for example their initials and a number. Their name is optional.</source>
        <translation>Vul een code voor de persoon in, bijvoorbeeld de initialen en een nummer. De naam is niet verplicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person&apos;s code can have at most 40 characters.</source>
        <translation>De code van de persoon mag hoogstens 40 tekens hebben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of the first contact.</source>
        <translation>Vul de datum van het eerste contact in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first contact cannot be in the future.</source>
        <translation>Het eerste contact kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether the contact is about integrity or undesirable behaviour.</source>
        <translation>Kies of het contact over integriteit of over ongewenst gedrag gaat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category that belongs to the kind of contact.</source>
        <translation>Kies een categorie die bij de soort contact hoort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the person came in.</source>
        <translation>Kies hoe de persoon binnenkwam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person&apos;s position.</source>
        <translation>Kies de positie van de persoon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every conversation needs a date between the first contact and today.</source>
        <translation>Elk gesprek heeft een datum nodig tussen het eerste contact en vandaag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every conversation needs a duration in minutes (at most a day) and a form.</source>
        <translation>Elk gesprek heeft een duur in minuten (hoogstens een dag) en een vorm nodig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An action is not one of the list.</source>
        <translation>Een handeling staat niet in de lijst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose to whom the person was referred.</source>
        <translation>Kies naar wie de persoon is doorverwezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &quot;Referral&quot; among the actions, or clear the referrals.</source>
        <translation>Vink bij de handelingen &quot;Doorverwijzing&quot; aan, of maak de doorverwijzingen leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A referral is not one of the list.</source>
        <translation>Een doorverwijzing staat niet in de lijst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the outcome.</source>
        <translation>Kies de uitkomst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The closing date must lie between the first contact and today.</source>
        <translation>De afsluitdatum moet tussen het eerste contact en vandaag liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closed contact needs an outcome other than &quot;Still open&quot;.</source>
        <translation>Een afgesloten contact heeft een andere uitkomst nodig dan &quot;Nog open&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every reminder needs a date and a text.</source>
        <translation>Elke herinnering heeft een datum en een tekst nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes can have at most %1 characters.</source>
        <translation>De aantekeningen mogen hoogstens %1 tekens hebben.</translation>
    </message>
</context>
<context>
    <name>infopunt::CounsellingCodes</name>
    <message>
        <location filename="../core/counselling/CounsellingCodes.cpp" line="+15"/>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undesirable behaviour</source>
        <translation>Ongewenst gedrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question or dilemma</source>
        <translation>Vraag of dilemma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected integrity violation</source>
        <translation>Vermoeden van integriteitsschending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected wrongdoing</source>
        <translation>Vermoeden van een misstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other integrity matter</source>
        <translation>Overige integriteitskwestie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sexual harassment</source>
        <translation>Seksuele intimidatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggression and violence</source>
        <translation>Agressie en geweld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bullying</source>
        <translation>Pesten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrimination</source>
        <translation>Discriminatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other undesirable behaviour</source>
        <translation>Overig ongewenst gedrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On their own initiative</source>
        <translation>Op eigen initiatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via a manager</source>
        <translation>Via een leidinggevende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via HR</source>
        <translation>Via HR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via the company doctor</source>
        <translation>Via de bedrijfsarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via a colleague</source>
        <translation>Via een collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other way</source>
        <translation>Op een andere manier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Temporary or hired staff</source>
        <translation>Tijdelijk of ingehuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intern or trainee</source>
        <translation>Stagiair of trainee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other position</source>
        <translation>Andere positie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By video call</source>
        <translation>Via videobellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listening and support</source>
        <translation>Luisteren en ondersteunen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediation arranged</source>
        <translation>Bemiddeling geregeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company doctor</source>
        <translation>Bedrijfsarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LKOG complaints committee</source>
        <translation>Klachtencommissie LKOG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity adviser (formal report)</source>
        <translation>Integriteitsadviseur (formele melding)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis voor Klokkenluiders</source>
        <translation>Huis voor Klokkenluiders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved informally</source>
        <translation>Informeel opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred on</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal report made</source>
        <translation>Formele melding gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint lodged</source>
        <translation>Klacht ingediend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No further steps (person&apos;s choice)</source>
        <translation>Geen verdere stappen (keuze van de persoon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>infopunt::CounsellingFigures</name>
    <message>
        <location filename="../core/counselling/CounsellingFigures.cpp" line="+29"/>
        <source>Say why the published figures are replaced; the reason is kept with them.</source>
        <translation>Geef aan waarom de gepubliceerde cijfers worden vervangen; de reden wordt erbij bewaard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a confidential counsellor publishes counselling figures.</source>
        <translation>Alleen een vertrouwenspersoon publiceert jaarcijfers van vertrouwenspersonen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures can be published for a past or the current year only.</source>
        <translation>Cijfers kunnen alleen over een afgelopen of het huidige jaar worden gepubliceerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the counselling register</source>
        <translation>het lezen van het register van de vertrouwenspersoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts counted in your figures for %1 have been destroyed since, so the figures can no longer be counted again; the published set stands.</source>
        <translation>Contacten die in uw cijfers over %1 zijn geteld, zijn inmiddels vernietigd; de cijfers kunnen dus niet opnieuw worden geteld en de gepubliceerde set blijft staan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+49"/>
        <source>reading the published figures</source>
        <translation>het lezen van de gepubliceerde cijfers</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Your figures for %1 are already published. Replace them, with a reason, to change them.</source>
        <translation>Uw cijfers over %1 zijn al gepubliceerd. Vervang ze, met een reden, om ze te wijzigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No figures for %1 were published yet: publish them.</source>
        <translation>Er zijn nog geen cijfers over %1 gepubliceerd: publiceer ze.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>publishing the figures</source>
        <translation>het publiceren van de cijfers</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A published set of counselling figures cannot be read.</source>
        <translation>Een gepubliceerde set jaarcijfers van een vertrouwenspersoon is niet te lezen.</translation>
    </message>
</context>
<context>
    <name>infopunt::CounsellingHandovers</name>
    <message>
        <location filename="../core/counselling/CounsellingHandovers.cpp" line="+69"/>
        <source>Organisation unit of the reporter: %1</source>
        <translation>Organisatieonderdeel van de melder: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A formal report is handed over only with the person&apos;s consent: record it first.</source>
        <translation>Een formele melding wordt alleen met toestemming van de persoon overgedragen: leg die eerst vast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the report a neutral title, without names.</source>
        <translation>Geef de melding een neutrale titel, zonder namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe what the report is about, as the person agreed it may be passed on.</source>
        <translation>Beschrijf waar de melding over gaat, zoals de persoon heeft toegestaan dat het wordt doorgegeven.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the advisers</source>
        <translation>het lezen van de adviseurs</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+35"/>
        <source>recording the adviser&apos;s key</source>
        <translation>het vastleggen van de sleutel van de adviseur</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+47"/>
        <location line="+27"/>
        <source>Only a confidential counsellor hands over a formal report.</source>
        <translation>Alleen een vertrouwenspersoon draagt een formele melding over.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 is not an integrity adviser with an enabled account.</source>
        <translation>%1 is geen integriteitsadviseur met een actief account.</translation>
    </message>
    <message>
        <source>This contact is not in your register.</source>
        <translation type="vanished">Dit contact staat niet in uw register.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only the counsellor responsible for the contact hands it over.</source>
        <translation>Alleen de verantwoordelijke vertrouwenspersoon draagt het contact over.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A formal report was handed over from this contact on %1 already.</source>
        <translation>Vanuit dit contact is op %1 al een formele melding overgedragen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No integrity adviser can receive the report: the keys of %1 changed since they were recorded. Ask an adviser to check the store; nothing was handed over.</source>
        <translation>Geen integriteitsadviseur kan de melding ontvangen: de sleutels van %1 zijn gewijzigd sinds ze zijn vastgelegd. Vraag een adviseur de kluis te controleren; er is niets overgedragen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>handing over the report</source>
        <translation>het overdragen van de melding</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only an integrity adviser receives handed-over reports.</source>
        <translation>Alleen een integriteitsadviseur ontvangt overgedragen meldingen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the handed-over reports</source>
        <translation>het lezen van de overgedragen meldingen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A handed-over report does not open with your key: it was changed outside Infopunt.</source>
        <translation>Een overgedragen melding gaat niet open met uw sleutel: ze is buiten Infopunt gewijzigd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an integrity adviser registers handed-over reports.</source>
        <translation>Alleen een integriteitsadviseur registreert overgedragen meldingen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recording the registered report</source>
        <translation>het vastleggen van de geregistreerde melding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This handed-over report was registered already, by another adviser or elsewhere.</source>
        <translation>Deze overgedragen melding is al geregistreerd, door een andere adviseur of elders.</translation>
    </message>
</context>
<context>
    <name>infopunt::CounsellingKeys</name>
    <message>
        <location filename="../core/counselling/CounsellingKeys.cpp" line="+18"/>
        <source>A contact in the counselling register does not open with your key: it was changed outside Infopunt.</source>
        <translation>Een contact in het register gaat niet open met uw sleutel: het is buiten Infopunt gewijzigd.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+62"/>
        <source>reading the counsellors&apos; keys</source>
        <translation>het lezen van de sleutels van de vertrouwenspersonen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The counselling register holds other keys for %1 than yours: it was changed outside Infopunt. Nothing was changed.</source>
        <translation>Het register bevat voor %1 andere sleutels dan de uwe: het is buiten Infopunt gewijzigd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>recording your key</source>
        <translation>het vastleggen van uw sleutel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the counsellors</source>
        <translation>het lezen van de vertrouwenspersonen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+29"/>
        <source>saving the contact&apos;s key</source>
        <translation>het opslaan van de sleutel van het contact</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 has not used the counselling register yet, so no key of theirs is known. They can be given contacts after their first sign-in.</source>
        <translation>%1 heeft het register nog niet gebruikt, dus er is nog geen sleutel van hem of haar bekend. Na de eerste aanmelding kunnen contacten worden gedeeld.</translation>
    </message>
</context>
<context>
    <name>infopunt::CounsellingLogCheck</name>
    <message>
        <location filename="../core/counselling/CounsellingLogCheck.cpp" line="+15"/>
        <source>Only a confidential counsellor checks the counselling log.</source>
        <translation>Alleen een vertrouwenspersoon controleert het logboek van de vertrouwenspersonen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the counsellors&apos; keys</source>
        <translation>het lezen van de sleutels van de vertrouwenspersonen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>entries %1 are not signed by the counsellor they name, with the key recorded in the compartment</source>
        <translation>vermeldingen %1 zijn niet ondertekend door de vertrouwenspersoon die ze noemen, met de sleutel die in het compartiment is vastgelegd</translation>
    </message>
</context>
<context>
    <name>infopunt::CounsellingService</name>
    <message>
        <location filename="../core/counselling/CounsellingService.cpp" line="+35"/>
        <source>This contact is not in your register (any more).</source>
        <translation>Dit contact staat (niet meer) in uw register.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a confidential counsellor has a counselling register.</source>
        <translation>Alleen een vertrouwenspersoon heeft een register van contacten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+13"/>
        <source>reading the counselling register</source>
        <translation>het lezen van het register</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A contact in the counselling register cannot be read.</source>
        <translation>Een contact in het register is niet te lezen.</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+10"/>
        <location line="+48"/>
        <location line="+82"/>
        <source>saving the contact</source>
        <translation>het opslaan van het contact</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>This contact was changed since you opened it (by you elsewhere or by a stand-in). Open it again and make your change once more.</source>
        <translation>Dit contact is gewijzigd sinds u het opende (door uzelf elders of door een vervanger). Open het opnieuw en breng uw wijziging nogmaals aan.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not a fellow counsellor who can be given contacts.</source>
        <translation>%1 is geen collega-vertrouwenspersoon met wie contacten kunnen worden gedeeld.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the counsellor responsible for a contact can share it.</source>
        <translation>Alleen de verantwoordelijke vertrouwenspersoon kan een contact delen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You cannot take your own key of a contact away; transfer your contacts to a successor instead.</source>
        <translation>U kunt uw eigen sleutel van een contact niet intrekken; draag uw contacten in plaats daarvan over aan een opvolger.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the counsellor responsible for a contact can stop sharing it.</source>
        <translation>Alleen de verantwoordelijke vertrouwenspersoon kan het delen van een contact beëindigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no key of this contact.</source>
        <translation>%1 heeft geen sleutel van dit contact.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a fellow counsellor who can take over contacts.</source>
        <translation>%1 is geen collega-vertrouwenspersoon die contacten kan overnemen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>transferring the contacts</source>
        <translation>het overdragen van de contacten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only the counsellor responsible for a contact destroys it.</source>
        <translation>Alleen de verantwoordelijke vertrouwenspersoon vernietigt een contact.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact %1 is not due for destruction: it is destroyed only once it is closed, its figures are published and its retention period has passed.</source>
        <translation>Contact %1 is nog niet aan vernietiging toe: een contact wordt pas vernietigd als het is afgesloten, de jaarcijfers zijn gepubliceerd en de bewaartermijn voorbij is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>destroying the contact</source>
        <translation>het vernietigen van het contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the log</source>
        <translation>het lezen van het logboek</translation>
    </message>
</context>
<context>
    <name>infopunt::CounsellingSettings</name>
    <message>
        <location filename="../core/counselling/CounsellingSettings.cpp" line="+19"/>
        <source>Only a confidential counsellor reads the counselling settings.</source>
        <translation>Alleen een vertrouwenspersoon leest de regels van de vertrouwenspersonen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading the counselling settings</source>
        <translation>het lezen van de regels van de vertrouwenspersonen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>saving the counselling settings</source>
        <translation>het opslaan van de regels van de vertrouwenspersonen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The threshold must lie between %1 and %2.</source>
        <translation>De drempel moet tussen %1 en %2 liggen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The retention period must lie between 0 and %1 months.</source>
        <translation>De bewaartermijn moet tussen 0 en %1 maanden liggen.</translation>
    </message>
</context>
<context>
    <name>infopunt::CounsellingWrite</name>
    <message>
        <location filename="../core/counselling/CounsellingWrite.cpp" line="+25"/>
        <source>Only a confidential counsellor can change the counselling register.</source>
        <translation>Alleen een vertrouwenspersoon kan het register wijzigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting to save</source>
        <translation>het beginnen met opslaan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>saving</source>
        <translation>het opslaan</translation>
    </message>
</context>
<context>
    <name>infopunt::Deadlines</name>
    <message>
        <location filename="../core/cases/Deadlines.cpp" line="+118"/>
        <source>Acknowledgement of receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback to the reporter</source>
        <translation>Terugkoppeling aan de melder</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Feedback has already been given; the deadline cannot be extended.</source>
        <translation>De terugkoppeling is al gegeven; de termijn kan niet meer worden verlengd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the new due date.</source>
        <translation>Vul de nieuwe uiterste datum in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new due date must be later than the current one (%1).</source>
        <translation>De nieuwe uiterste datum moet later liggen dan de huidige (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason for the extension.</source>
        <translation>Geef de reden voor de verlenging.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new due date is more than three months after the legal deadline of %1. The law allows an extension of at most three months (until %2).</source>
        <translation>De nieuwe uiterste datum ligt meer dan drie maanden na de wettelijke termijn van %1. De wet staat een verlenging van hoogstens drie maanden toe (tot en met %2).</translation>
    </message>
    <message>
        <location line="+45"/>
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
    <name>infopunt::DemoCases</name>
    <message>
        <location filename="../core/demo/DemoCases.cpp" line="+492"/>
        <source>Demo case “%1”: %2</source>
        <translation>Demozaak “%1”: %2</translation>
    </message>
</context>
<context>
    <name>infopunt::DemoStore</name>
    <message>
        <location filename="../core/demo/DemoStore.cpp" line="+72"/>
        <source>The number of reports to generate must be a positive number.</source>
        <translation>Het aantal te genereren meldingen moet een positief getal zijn.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The demo store could not be moved into %1. Nothing has been left behind; check the folder and try again.</source>
        <translation>De demokluis kon niet naar %1 worden verplaatst. Er is niets achtergebleven; controleer de map en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The shipped catalogue has no building block 1d.</source>
        <translation>De meegeleverde catalogus heeft geen bouwsteen 1d.</translation>
    </message>
</context>
<context>
    <name>infopunt::DemoVolume</name>
    <message>
        <location filename="../core/demo/DemoVolume.cpp" line="+231"/>
        <source>The store has no building blocks or violation types.</source>
        <translation>De kluis heeft geen bouwstenen of soorten schendingen.</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>Generated reports %1 to %2: %3</source>
        <translation>Gegenereerde meldingen %1 tot en met %2: %3</translation>
    </message>
</context>
<context>
    <name>infopunt::Drafts</name>
    <message>
        <location filename="../core/storage/Drafts.cpp" line="+76"/>
        <source>keeping your unsaved edit</source>
        <translation>het bewaren van uw niet-opgeslagen wijziging</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+33"/>
        <source>reading your drafts</source>
        <translation>het lezen van uw concepten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft no longer exists.</source>
        <translation>Dit concept bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removing your draft</source>
        <translation>het verwijderen van uw concept</translation>
    </message>
</context>
<context>
    <name>infopunt::IntegrityCheck</name>
    <message>
        <location filename="../core/storage/IntegrityCheck.cpp" line="+165"/>
        <source>it cannot be opened</source>
        <translation>kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The store is damaged or has been tampered with (%1). It has not been changed; restore it from a backup.</source>
        <translation>De kluis is beschadigd of gemanipuleerd (%1). De kluis is niet gewijzigd; zet een back-up terug.</translation>
    </message>
</context>
<context>
    <name>infopunt::KeyRotation</name>
    <message>
        <location filename="../core/storage/KeyRotation.cpp" line="+34"/>
        <location line="+22"/>
        <source>reading the store&apos;s keys</source>
        <translation>het lezen van de sleutels van de kluis</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+5"/>
        <source>changing the store&apos;s keys</source>
        <translation>het wijzigen van de sleutels van de kluis</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The store&apos;s keys could not be changed. Try again; nothing was lost.</source>
        <translation>De sleutels van de kluis konden niet worden gewijzigd. Probeer het opnieuw; er is niets verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>infopunt::Keyring</name>
    <message>
        <source>The store&apos;s keyring is damaged or has been edited, so no key can be read from it. Restore keyring.json from a backup (keyring.json.bak holds the version before the last change).</source>
        <translation type="vanished">Het sleutelbestand van de kluis is beschadigd of bewerkt, waardoor er geen sleutel uit kan worden gelezen. Zet keyring.json terug uit een back-up (keyring.json.bak bevat de versie van vóór de laatste wijziging).</translation>
    </message>
    <message>
        <location filename="../core/storage/Keyring.cpp" line="+154"/>
        <source>The store&apos;s keyring is damaged or has been edited, so no key can be read from it. Restore keyring.json from the latest backup of the store&apos;s folder.</source>
        <translation>Het sleutelbestand van de kluis is beschadigd of bewerkt, waardoor er geen sleutel uit kan worden gelezen. Zet keyring.json terug uit de laatste back-up van de map van de kluis.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This folder is not an Infopunt store: its keyring is missing.</source>
        <translation>Deze map is geen Infopunt-kluis: het sleutelbestand ontbreekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store&apos;s keyring cannot be read: %1</source>
        <translation>Het sleutelbestand van de kluis kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This store was made by a test version of Infopunt from before need-to-know keys; its keys cannot be upgraded. Create a new store (the old folder has not been changed).</source>
        <translation>Deze kluis is gemaakt door een testversie van Infopunt van vóór de sleutels per zaak; de sleutels ervan kunnen niet worden bijgewerkt. Maak een nieuwe kluis (de oude map is niet gewijzigd).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This store was made by a newer version of Infopunt. Install the newer version to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Infopunt. Installeer die nieuwere versie om de kluis te openen.</translation>
    </message>
    <message>
        <location line="+76"/>
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
        <location line="+30"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>De gebruikersnaam of de wachtwoordzin is niet juist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This account has been disabled. Ask the integrity adviser.</source>
        <translation>Dit account is uitgeschakeld. Neem contact op met de integriteitsadviseur.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This recovery key does not belong to this store.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You do not hold the keys this role needs; give the recovery key.</source>
        <translation>U hebt niet de sleutels die deze rol nodig heeft; vul de herstelsleutel in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is not enough memory to protect the passphrase.</source>
        <translation>Er is niet genoeg geheugen om de wachtwoordzin te beschermen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The account %1 may not hold this key.</source>
        <translation>Het account %1 mag deze sleutel niet bezitten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no account named %1 in this store.</source>
        <translation>Er is geen account met de naam %1 in deze kluis.</translation>
    </message>
</context>
<context>
    <name>infopunt::Ledger</name>
    <message>
        <location filename="../core/storage/Ledger.cpp" line="+27"/>
        <source>recording the ledger</source>
        <translation>het vastleggen in het grootboek</translation>
    </message>
</context>
<context>
    <name>infopunt::LedgerCheck</name>
    <message numerus="yes">
        <location filename="../core/audit/LedgerCheck.cpp" line="+38"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (en nog %n)</numerusform>
            <numerusform> (en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reading the accounts&apos; keys</source>
        <translation>het lezen van de sleutels van de accounts</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>entry %1 is not signed although signed entries precede it: it was written outside Infopunt</source>
        <translation>vermelding %1 is niet ondertekend, terwijl er ondertekende vermeldingen aan voorafgaan: zij is buiten Infopunt geschreven</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>entry %1 names %2 as its writer but is signed by %3</source>
        <translation>vermelding %1 noemt %2 als schrijver, maar is ondertekend door %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature of entry %1 does not match the key of %2</source>
        <translation>de handtekening van vermelding %1 past niet bij de sleutel van %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>audit log: signatures of %n entries</source>
        <translation>
            <numerusform>auditlogboek: handtekening van %n vermelding</numerusform>
            <numerusform>auditlogboek: handtekeningen van %n vermeldingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no entry is signed: the signatures were removed</source>
        <translation>geen enkele vermelding is ondertekend: de handtekeningen zijn verwijderd</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n older entries are unsigned (written before version 8 of the store)</source>
        <translation>
            <numerusform>%n oudere vermelding is niet ondertekend (geschreven vóór versie 8 van de kluis)</numerusform>
            <numerusform>%n oudere vermeldingen zijn niet ondertekend (geschreven vóór versie 8 van de kluis)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only an integrity adviser can check the signatures: the accounts&apos; trusted keys are in the office compartment, which this account does not hold. Run verify as an adviser for the full check.</source>
        <translation>alleen een integriteitsadviseur kan de handtekeningen controleren: de vertrouwde sleutels van de accounts staan in het adviseursdeel van de kluis, waarvan dit account de sleutel niet heeft. Voer verify uit als adviseur voor de volledige controle.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>audit log and ledger: %n triggers</source>
        <translation>
            <numerusform>auditlogboek en grootboek: %n trigger</numerusform>
            <numerusform>auditlogboek en grootboek: %n triggers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading the triggers</source>
        <translation>het lezen van de triggers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an unknown trigger %1 on %2 was added</source>
        <translation>er is een onbekende trigger %1 op %2 toegevoegd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the trigger %1 is missing</source>
        <translation>de trigger %1 ontbreekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the trigger %1 was changed</source>
        <translation>de trigger %1 is gewijzigd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ledger: no change waits unrecorded</source>
        <translation>grootboek: er wachten geen onvastgelegde wijzigingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the ledger&apos;s table of pending changes is missing</source>
        <translation>de tabel met wachtende wijzigingen van het grootboek ontbreekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reading the ledger</source>
        <translation>het lezen van het grootboek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 row %2</source>
        <translation>%1 rij %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>changed outside Infopunt and not in the audit log: %1</source>
        <translation>buiten Infopunt gewijzigd en niet in het auditlogboek: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 row %2 (case %3) is not what the audit log last recorded: it was changed outside Infopunt</source>
        <translation>%1 rij %2 (zaak %3) is niet wat het auditlogboek het laatst vastlegde: de rij is buiten Infopunt gewijzigd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 row %2 is not what the audit log last recorded: it was changed outside Infopunt</source>
        <translation>%1 rij %2 is niet wat het auditlogboek het laatst vastlegde: de rij is buiten Infopunt gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 row %2 (case %3) is not in the audit log: it was added outside Infopunt</source>
        <translation>%1 rij %2 (zaak %3) staat niet in het auditlogboek: de rij is buiten Infopunt toegevoegd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 row %2 is not in the audit log: it was added outside Infopunt</source>
        <translation>%1 rij %2 staat niet in het auditlogboek: de rij is buiten Infopunt toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 row %2 (case %3) is missing: it was deleted outside Infopunt</source>
        <translation>%1 rij %2 (zaak %3) ontbreekt: de rij is buiten Infopunt verwijderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 row %2 is missing: it was deleted outside Infopunt</source>
        <translation>%1 rij %2 ontbreekt: de rij is buiten Infopunt verwijderd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the table %1 is missing</source>
        <translation>de tabel %1 ontbreekt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading %1</source>
        <translation>het lezen van %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>ledger: %n rows equal what the audit log recorded</source>
        <translation>
            <numerusform>grootboek: %n rij is gelijk aan wat het auditlogboek vastlegde</numerusform>
            <numerusform>grootboek: %n rijen zijn gelijk aan wat het auditlogboek vastlegde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>audit log: signatures</source>
        <translation>auditlogboek: handtekeningen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the recovery key in the keyring is not the one an integrity adviser recorded: the keyring has been tampered with</source>
        <translation>de herstelsleutel in het sleutelbestand is niet de sleutel die een integriteitsadviseur heeft vastgelegd: met het sleutelbestand is geknoeid</translation>
    </message>
</context>
<context>
    <name>infopunt::MemberCopy</name>
    <message>
        <location filename="../core/cases/MemberCopy.cpp" line="+43"/>
        <source>opening your copy of the case list</source>
        <translation>het openen van uw kopie van de zaaklijst</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>making your copy of the case list</source>
        <translation>het aanmaken van uw kopie van de zaaklijst</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>unsharing the case</source>
        <translation>het intrekken van de toegang tot de zaak</translation>
    </message>
</context>
<context>
    <name>infopunt::Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+33"/>
        <location line="+79"/>
        <location line="+8"/>
        <location line="+180"/>
        <location line="+572"/>
        <location line="+12"/>
        <location line="+7"/>
        <source>upgrading the store</source>
        <translation>het bijwerken van de kluis</translation>
    </message>
    <message>
        <location line="-796"/>
        <source>The shipped building-block catalogue is missing.</source>
        <translation>De meegeleverde catalogus van bouwstenen ontbreekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shipped building-block catalogue is empty.</source>
        <translation>De meegeleverde catalogus van bouwstenen is leeg.</translation>
    </message>
    <message>
        <location line="+751"/>
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
        <location filename="../core/accounts/Role.cpp" line="+135"/>
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
    <name>infopunt::PendingKeyring</name>
    <message>
        <location filename="../core/storage/PendingKeyring.cpp" line="+33"/>
        <source>reading the keyring</source>
        <translation>het lezen van het sleutelbestand</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>saving the keyring</source>
        <translation>het opslaan van het sleutelbestand</translation>
    </message>
</context>
<context>
    <name>infopunt::Roles</name>
    <message>
        <location filename="../core/accounts/Role.cpp" line="-141"/>
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
    <name>infopunt::SeenLog</name>
    <message>
        <location filename="../core/storage/SeenLog.cpp" line="+96"/>
        <source>This store is older than what this workstation saw: on %1, %2 saw the audit log up to entry %3, which the store no longer holds as it was (it now ends at entry %4). The store may have been put back from an older copy. Let an integrity adviser check it (infopunt verify) and find out what happened before you go on.</source>
        <translation>Deze kluis is ouder dan wat deze werkplek eerder zag: op %1 zag %2 het auditlogboek tot en met vermelding %3, en die vermelding staat niet meer zo in de kluis (het logboek eindigt nu bij vermelding %4). Mogelijk is een oudere kopie van de kluis teruggezet. Laat een integriteitsadviseur de kluis controleren (infopunt verify) en uitzoeken wat er is gebeurd voordat u verdergaat.</translation>
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
        <location line="+98"/>
        <source>opening the store</source>
        <translation>het openen van de kluis</translation>
    </message>
    <message>
        <location line="-95"/>
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
        <location line="+3"/>
        <source>The store file %1 cannot be created. Check that you may write to its folder.</source>
        <translation>Het kluisbestand %1 kan niet worden aangemaakt. Controleer of u in de map mag schrijven.</translation>
    </message>
    <message>
        <location line="+72"/>
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
        <location line="+7"/>
        <source>The store&apos;s keys have been changed since you signed in (for example because an account was disabled), or its file was replaced. Nothing was saved. Lock Infopunt and sign in again.</source>
        <translation>De sleutels van de kluis zijn gewijzigd sinds u zich aanmeldde (bijvoorbeeld omdat een account is uitgeschakeld), of een bestand ervan is vervangen. Er is niets opgeslagen. Vergrendel Infopunt en meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../core/storage/SqlCipherDriver.cpp" line="+543"/>
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
        <location line="+51"/>
        <location line="+97"/>
        <source>The transaction could not be started.</source>
        <translation>De transactie kon niet worden gestart.</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+8"/>
        <source>The transaction could not be committed.</source>
        <translation>De transactie kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The transaction could not be rolled back.</source>
        <translation>De transactie kon niet worden teruggedraaid.</translation>
    </message>
    <message>
        <location line="+156"/>
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
        <location line="-658"/>
        <source>The query was not prepared.</source>
        <translation>De query is niet voorbereid.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The connection is not open.</source>
        <translation>De verbinding is niet open.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only one statement per query is supported.</source>
        <translation>Per query wordt maar één opdracht ondersteund.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The query is empty.</source>
        <translation>De query is leeg.</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location filename="../core/storage/Store.cpp" line="+42"/>
        <location line="+127"/>
        <source>creating the store</source>
        <translation>het aanmaken van de kluis</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+445"/>
        <source>opening the store</source>
        <translation>het openen van de kluis</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>The store&apos;s files do not belong together: a file was replaced or copied in from another store. Nothing has been changed.</source>
        <translation>De bestanden van de kluis horen niet bij elkaar: een bestand is vervangen of uit een andere kluis gekopieerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged, has been tampered with, or is not an Infopunt store; nothing was changed. Restore the store from a backup.</source>
        <translation>%1 is beschadigd of gemanipuleerd, of het is geen Infopunt-kluis; er is niets gewijzigd. Zet de kluis terug uit een back-up.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose an empty or new folder for the store.</source>
        <translation>Kies een lege of nieuwe map voor de kluis.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder %1 cannot be created. Check that you may write there.</source>
        <translation>De map %1 kan niet worden aangemaakt. Controleer of u daar mag schrijven.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The new store was written without encryption; it has been removed. This installation is not usable.</source>
        <translation>De nieuwe kluis is zonder versleuteling geschreven en is daarom verwijderd. Deze installatie is niet bruikbaar.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The store in %1 is incomplete: %2 is missing. It is damaged or not an Infopunt store; nothing was changed. Restore the store from a backup.</source>
        <translation>De kluis in %1 is onvolledig: %2 ontbreekt. De kluis is beschadigd of het is geen Infopunt-kluis; er is niets gewijzigd. Zet de kluis terug uit een back-up.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>The role of the account %1 in the store does not match its key: the store has been damaged or tampered with. You cannot sign in until an integrity adviser has checked it (infopunt verify); nothing was changed.</source>
        <translation>De rol van het account %1 in de kluis komt niet overeen met zijn sleutel: de kluis is beschadigd of er is mee geknoeid. U kunt pas inloggen als een integriteitsadviseur de kluis heeft gecontroleerd (infopunt verify); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation type="vanished">Kluis aangemaakt</translation>
    </message>
    <message>
        <source>First account created with role %1</source>
        <translation type="vanished">Eerste account aangemaakt met rol %1</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>%1 is not an Infopunt store. Choose the folder that holds keyring.json and infopunt.db.</source>
        <translation>%1 is geen Infopunt-kluis. Kies de map met keyring.json en infopunt.db.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not an Infopunt store.</source>
        <translation>%1 is geen Infopunt-kluis.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+275"/>
        <source>There is no account named %1 in this store.</source>
        <translation>Deze kluis heeft geen account met de naam %1.</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>This is not a valid recovery key.</source>
        <translation>Dit is geen geldige herstelsleutel.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>The store&apos;s keys cannot be changed inside a batch of changes.</source>
        <translation>De sleutels van de kluis kunnen niet worden gewijzigd binnen een reeks wijzigingen.</translation>
    </message>
    <message>
        <location line="+380"/>
        <source>Only an integrity adviser can accept a store that is older than what this workstation saw.</source>
        <translation>Alleen een integriteitsadviseur kan een kluis aanvaarden die ouder is dan wat deze werkplek eerder zag.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The account %1 is not registered in this store.</source>
        <translation>Het account %1 is niet geregistreerd in deze kluis.</translation>
    </message>
    <message>
        <source>The account %1 has an unknown role.</source>
        <translation type="vanished">Het account %1 heeft een onbekende rol.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This account has been disabled. Ask the integrity adviser.</source>
        <translation>Dit account is uitgeschakeld. Neem contact op met de integriteitsadviseur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+20"/>
        <location line="+22"/>
        <source>Only an integrity adviser holds the accounts&apos; trusted keys.</source>
        <translation>Alleen een integriteitsadviseur bezit de vertrouwde sleutels van de accounts.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+41"/>
        <source>reading the accounts&apos; keys</source>
        <translation>het lezen van de sleutels van de accounts</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No keys were recorded for the account %1.</source>
        <translation>Voor het account %1 zijn geen sleutels vastgelegd.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+38"/>
        <source>recording the account&apos;s keys</source>
        <translation>het vastleggen van de sleutels van het account</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No key was recorded for the recovery key.</source>
        <translation>Voor de herstelsleutel is geen sleutel vastgelegd.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The keys of the account %1 in the keyring are not the ones an integrity adviser recorded: the keyring has been tampered with. Nothing was changed.</source>
        <translation>De sleutels van het account %1 in het sleutelbestand zijn niet de sleutels die een integriteitsadviseur heeft vastgelegd: er is met het sleutelbestand geknoeid. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The store&apos;s keys could not be changed, so nothing was saved. Try again.</source>
        <translation>De sleutels van de kluis konden niet worden gewijzigd, dus er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The change was saved, but part of the store could not yet be re-encrypted under its new key. Lock Infopunt and sign in again to finish it.</source>
        <translation>De wijziging is opgeslagen, maar een deel van de kluis kon nog niet opnieuw worden versleuteld met de nieuwe sleutel. Vergrendel Infopunt en meld u opnieuw aan om dat af te ronden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The store&apos;s keys were being changed when this failed. Lock Infopunt and sign in again.</source>
        <translation>Dit mislukte terwijl de sleutels van de kluis werden gewijzigd. Vergrendel Infopunt en meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The store&apos;s keyring was replaced by another store&apos;s.</source>
        <translation>Het sleutelbestand van de kluis is vervangen door dat van een andere kluis.</translation>
    </message>
</context>
<context>
    <name>infopunt::StoreLock</name>
    <message>
        <location filename="../core/storage/StoreLock.cpp" line="+93"/>
        <source>The store&apos;s folder cannot be written. Check that the disk is not full and that you may write to the folder.</source>
        <translation>Er kan niet in de map van de kluis worden geschreven. Controleer of de schijf niet vol is en of u in de map mag schrijven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The store&apos;s folder cannot be written. Check that you may write to the folder and that the disk is not full.</source>
        <translation>Er kan niet in de map van de kluis worden geschreven. Controleer of u in de map mag schrijven en of de schijf niet vol is.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The store is being changed on another workstation. Try again in a moment; nothing has been saved yet.</source>
        <translation>De kluis wordt op een andere werkplek gewijzigd. Probeer het zo opnieuw; er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is being changed by %1 on computer %2, according to a lock dated %3, which is ahead of this computer&apos;s clock (one of the clocks runs ahead). If nobody is saving, the lock is taken over at %4 at the latest. Nothing has been saved yet.</source>
        <translation>De kluis wordt gewijzigd door %1 op computer %2, volgens een vergrendeling van %3, en dat tijdstip ligt voor op de klok van deze computer (een van de klokken loopt voor). Als niemand aan het opslaan is, wordt de vergrendeling uiterlijk om %4 overgenomen. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The store is being changed by %1 on computer %2 (since %3). Try again in a moment; nothing has been saved yet.</source>
        <translation>De kluis wordt gewijzigd door %1 op computer %2 (sinds %3). Probeer het zo opnieuw; er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing can be saved: writer.lock in %1 is a link, not the lock file Infopunt writes. Remove the link writer.lock from that folder and try again. Nothing has been saved yet.</source>
        <translation>Er kan niets worden opgeslagen: writer.lock in %1 is een koppeling, niet het vergrendelingsbestand dat Infopunt schrijft. Verwijder de koppeling writer.lock uit die map en probeer het opnieuw. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be saved: writer.lock in %1 is a folder, not the lock file Infopunt writes. Remove the folder writer.lock from that folder (check first that it holds nothing you need) and try again. Nothing has been saved yet.</source>
        <translation>Er kan niets worden opgeslagen: writer.lock in %1 is een map, niet het vergrendelingsbestand dat Infopunt schrijft. Verwijder de map writer.lock uit die map (controleer eerst dat er niets in staat wat u nodig hebt) en probeer het opnieuw. Er is nog niets opgeslagen.</translation>
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
        <source>Idle lock set to %n minute(s)</source>
        <translation type="vanished">
            <numerusform>Automatisch vergrendelen na inactiviteit ingesteld op %n minuut</numerusform>
            <numerusform>Automatisch vergrendelen na inactiviteit ingesteld op %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infopunt::StoreSummary</name>
    <message>
        <location filename="../core/storage/StoreSummary.cpp" line="+18"/>
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
        <location line="+5"/>
        <source>Audit log entries</source>
        <translation>Vermeldingen in het auditlogboek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published counselling figures</source>
        <translation>Gepubliceerde jaarcijfers vertrouwenspersonen</translation>
    </message>
    <message>
        <source>Published counselling figures (per counsellor and year)</source>
        <translation type="vanished">Gepubliceerde jaarcijfers vertrouwenspersonen (per persoon en jaar)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reports and investigations</source>
        <translation>Meldingen en onderzoeken</translation>
    </message>
</context>
<context>
    <name>infopunt::UnlockAttempts</name>
    <message numerus="yes">
        <location filename="../core/accounts/UnlockAttempts.cpp" line="+82"/>
        <source>After a wrong passphrase for %1 the next attempt must wait. Try again in %n seconds; the store was not opened.</source>
        <translation>
            <numerusform>Na een onjuiste wachtwoordzin voor %1 moet de volgende poging wachten. Probeer het over %n seconde opnieuw; de kluis is niet geopend.</numerusform>
            <numerusform>Na een onjuiste wachtwoordzin voor %1 moet de volgende poging wachten. Probeer het over %n seconden opnieuw; de kluis is niet geopend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infopunt::WriteBatch</name>
    <message>
        <location filename="../core/storage/WriteBatch.cpp" line="+39"/>
        <source>A batch of changes was begun twice.</source>
        <translation>Een reeks wijzigingen is twee keer begonnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>starting to save</source>
        <translation>het voorbereiden van het opslaan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A batch of changes was committed without begin.</source>
        <translation>Een reeks wijzigingen is opgeslagen zonder dat die was begonnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A change in the batch failed, so none of the batch was saved.</source>
        <translation>Een wijziging in de reeks is mislukt; daarom is niets van de reeks opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving</source>
        <translation>het opslaan</translation>
    </message>
</context>
<context>
    <name>infopunt::WriteTransaction</name>
    <message>
        <location filename="../core/storage/WriteTransaction.cpp" line="+27"/>
        <source>starting to save</source>
        <translation>het voorbereiden van het opslaan</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>saving</source>
        <translation>het opslaan</translation>
    </message>
</context>
<context>
    <name>infopunt::YearlyFigures</name>
    <message>
        <location filename="../core/counselling/YearlyFigures.cpp" line="+92"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity: category</source>
        <translation>Integriteit: categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undesirable behaviour: category</source>
        <translation>Ongewenst gedrag: categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How people came in</source>
        <translation>Hoe mensen binnenkwamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position of the person</source>
        <translation>Positie van de persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the counsellor did</source>
        <translation>Wat de vertrouwenspersoon deed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations per contact</source>
        <translation>Gesprekken per contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One conversation</source>
        <translation>Eén gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 or more conversations</source>
        <translation>6 of meer gesprekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 conversations</source>
        <translation>%1 gesprekken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 to 5</source>
        <translation>3 tot en met 5</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AccountPage</name>
    <message>
        <location filename="../ui/dialogs/FirstRunWizard.cpp" line="+98"/>
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
        <location line="+90"/>
        <source>Create store</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location line="-86"/>
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
    <message>
        <location line="+75"/>
        <source>Creating the store…</source>
        <translation>Kluis aanmaken…</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ActionDialog</name>
    <message>
        <location filename="../ui/dialogs/ActionDialog.cpp" line="+51"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="vanished">Vul een naam in.</translation>
    </message>
    <message>
        <source>Enter a new name.</source>
        <translation type="vanished">Vul een nieuwe naam in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AddDeadlineDialog</name>
    <message>
        <location filename="../ui/pages/cases/DeadlineDialogs.cpp" line="+34"/>
        <source>Add deadline to %1</source>
        <translation>Termijn toevoegen aan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Interview report ready</source>
        <translation>bijv. Interviewverslag gereed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Uiterste datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Say what is due.</source>
        <translation type="vanished">Vul in waarvoor de termijn geldt.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AddUserDialog</name>
    <message>
        <location filename="../ui/dialogs/AddUserDialog.cpp" line="+26"/>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This role keeps data that you cannot open yourself. The store&apos;s recovery key gives the new account its key.</source>
        <translation>Deze rol bewaart gegevens die u zelf niet kunt openen. Met de herstelsleutel van de kluis krijgt het nieuwe account de sleutel daarvan.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+6"/>
        <source>The user chooses an own passphrase at the first sign-in.</source>
        <translation>De gebruiker kiest bij de eerste aanmelding een eigen wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Adding the account…</source>
        <translation>Account toevoegen…</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="vanished">Vul een gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation type="vanished">Vul een weergavenaam in.</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation type="vanished">Vul de herstelsleutel in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AdministrationPage</name>
    <message>
        <location filename="../ui/pages/AdministrationPage.cpp" line="+26"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building blocks</source>
        <translation>Bouwstenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists</source>
        <translation>Lijsten</translation>
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
    <message>
        <location line="+34"/>
        <source>Draft not restored</source>
        <translation>Concept niet teruggezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form of your draft %1 can no longer be opened: what it was about may have been changed meanwhile.</source>
        <translation>Het formulier van uw concept %1 kan niet meer worden geopend: waar het over ging, is intussen misschien gewijzigd.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ApprovalsView</name>
    <message>
        <location filename="../ui/pages/cases/ApprovalsView.cpp" line="+77"/>
        <location line="+2"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Requested by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Gevraagd op</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a request or press Enter to open the case on its Review tab, where you approve or reject it.</source>
        <translation>Dubbelklik op een verzoek of druk op Enter om de zaak te openen op het tabblad Beoordeling. Daar keurt u het verzoek goed of wijst u het af.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a request or press Enter to open its case.</source>
        <translation>Dubbelklik op een verzoek of druk op Enter om de zaak te openen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No request waits for your decision.</source>
        <translation>Er wacht geen verzoek op uw beslissing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no open requests, and none of yours was decided in the last %1 days.</source>
        <translation>U hebt geen openstaande verzoeken en over geen van uw verzoeken is in de afgelopen %1 dagen besloten.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a second person&apos;s decision</source>
        <translation>Wacht op de beslissing van een tweede persoon</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AssignMemberDialog</name>
    <message>
        <location filename="../ui/pages/cases/ReviewDialogs.cpp" line="+20"/>
        <source>Assign a working-group member to %1</source>
        <translation>Lid van de werkgroep toewijzen aan %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An assigned member sees this case, including the reporter&apos;s identity, and can review it and give the second signature.</source>
        <translation>Een toegewezen lid ziet deze zaak, inclusief de identiteit van de melder, en kan de zaak beoordelen en de tweede handtekening zetten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member:</source>
        <translation>Lid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every working-group member is assigned already.</source>
        <translation>Alle leden van de werkgroep zijn al toegewezen.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="+80"/>
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
        <location filename="../ui/pages/admin/AuditLogTab.cpp" line="+28"/>
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
        <location line="+56"/>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::BlockDialog</name>
    <message>
        <location filename="../ui/dialogs/BlockDialog.cpp" line="+20"/>
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
        <location line="+7"/>
        <source>Building block:</source>
        <translation>Bouwsteen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CaseDisplay</name>
    <message>
        <location filename="../ui/pages/cases/CaseDisplay.cpp" line="+62"/>
        <source>met on %1</source>
        <translation>voldaan op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due today</source>
        <translation>verloopt vandaag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No measure</source>
        <translation>Geen maatregel</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CaseFileWidget</name>
    <message>
        <location filename="../ui/pages/cases/CaseFileWidget.cpp" line="+143"/>
        <source>Select a case</source>
        <translation>Selecteer een zaak</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps &amp;&amp; decisions</source>
        <translation>Stappen en besluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No open deadline</source>
        <translation>Geen open termijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next deadline: %1, %2 (%3)</source>
        <translation>Volgende termijn: %1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CaseListModel</name>
    <message>
        <location filename="../ui/models/CaseListModel.cpp" line="+274"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No open deadline.</source>
        <translation>Geen open termijn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, due %2: %3</source>
        <translation>%1, uiterlijk %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next deadline</source>
        <translation>Volgende termijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Toegewezen aan</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CaseTab</name>
    <message>
        <location filename="../ui/pages/cases/CaseTab.cpp" line="+41"/>
        <source>The case changed</source>
        <translation>De zaak is gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case file now shows the latest version.</source>
        <translation>Het dossier toont nu de nieuwste versie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Draft not restored</source>
        <translation>Concept niet teruggezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form of your draft for case %1 can no longer be opened: what it was about may have been deleted or decided meanwhile.</source>
        <translation>Het formulier van uw concept voor zaak %1 kan niet meer worden geopend: waar het over ging, is intussen misschien verwijderd of besloten.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CasesPage</name>
    <message>
        <location filename="../ui/pages/cases/CasesPage.cpp" line="+113"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation type</source>
        <translation>Soort schending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year received</source>
        <translation>Jaar van ontvangst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>New report…</source>
        <translation>Nieuwe melding…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only an integrity adviser registers reports. Your role reviews the cases you are assigned to.</source>
        <translation>Alleen een integriteitsadviseur registreert meldingen. In uw rol beoordeelt u de zaken waaraan u bent toegewezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a report that has come in (%1).</source>
        <translation>Registreer een binnengekomen melding (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Click a case, or move to it with the arrow keys, to open its file.</source>
        <translation>Klik op een zaak, of ga er met de pijltjestoetsen naartoe, om het dossier te openen.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>All open cases</source>
        <translation>Alle open zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All closed cases</source>
        <translation>Alle afgesloten zaken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any assignee</source>
        <translation>Alle leden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Filters (%n active)</source>
        <translation>
            <numerusform>Filters (%n actief)</numerusform>
            <numerusform>Filters (%n actief)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+132"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln zaak</numerusform>
            <numerusform>%Ln zaken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+200"/>
        <source>a new report</source>
        <translation>een nieuwe melding</translation>
    </message>
    <message>
        <source>Double-click a case or press Enter to open its file.</source>
        <translation type="vanished">Dubbelklik op een zaak of druk op Enter om het dossier te openen.</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Number or title…</source>
        <translation>Nummer of titel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the cases whose number or title contains this, as you type.</source>
        <translation>Toont al tijdens het typen de zaken waarvan het nummer of de titel deze tekst bevat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number or title</source>
        <translation>Nummer of titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search descriptions, journals and documents (%1)…</source>
        <translation>Zoeken in beschrijvingen, journaals en documenten (%1)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search over the title, description, journal and the text of documents.</source>
        <translation>Zoeken in de volledige tekst van titel, beschrijving, journaal en documenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search</source>
        <translation>Zoeken in volledige tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show or hide the filters on state, type, theme, year, deadline and assignee.</source>
        <translation>Toon of verberg de filters op status, soort, thema, jaar, termijn en toegewezene.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="vanished">Afgesloten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any deadline</source>
        <translation>Alle termijnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No open deadline</source>
        <translation>Geen open termijn</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation type="vanished">Alle toegewezenen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="vanished">
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+182"/>
        <source>No case matches the search and the filters.</source>
        <translation>Geen enkele zaak voldoet aan de zoekopdracht en de filters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reports have been registered yet. Register the first one with New report (%1).</source>
        <translation>Er zijn nog geen meldingen geregistreerd. Registreer de eerste met Nieuwe melding (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No case has been assigned to you yet. An integrity adviser assigns you to the cases you review.</source>
        <translation>Er is nog geen zaak aan u toegewezen. Een integriteitsadviseur wijst u toe aan de zaken die u beoordeelt.</translation>
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
    <message>
        <source>“%1”</source>
        <translation type="vanished">‘%1’</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/dialogs/ChangePassphraseDialog.cpp" line="+29"/>
        <location line="+11"/>
        <location line="+79"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="-84"/>
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
        <location line="+73"/>
        <source>Changing…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your current passphrase.</source>
        <translation>Vul uw huidige wachtwoordzin in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CodeListEntryDialog</name>
    <message>
        <location filename="../ui/dialogs/CodeListEntryDialog.cpp" line="+14"/>
        <source>Rename violation type</source>
        <translation>Naam van soort schending wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add violation type</source>
        <translation>Soort schending toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename measure</source>
        <translation>Naam van maatregel wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add measure</source>
        <translation>Maatregel toevoegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CodeListPanel</name>
    <message>
        <location filename="../ui/pages/admin/CodeListsTab.cpp" line="+23"/>
        <source>Show retired</source>
        <translation>Buiten gebruik gestelde tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
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
        <location line="+51"/>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an entry first.</source>
        <translation>Selecteer eerst een waarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry is already retired.</source>
        <translation>Deze waarde is al buiten gebruik gesteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This entry is in use.</source>
        <translation>Deze waarde is al in gebruik.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="vanished">‘%1’</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CodeListsTab</name>
    <message>
        <location line="+61"/>
        <source>Reports are classified with these lists. Retired entries can no longer be chosen; cases that use them keep them.</source>
        <translation>Meldingen worden met deze lijsten ingedeeld. Waarden die buiten gebruik zijn gesteld, kunnen niet meer worden gekozen; zaken die ze gebruiken, behouden ze.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Violation types</source>
        <translation>Soorten schendingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disciplinary measures</source>
        <translation>Disciplinaire maatregelen</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ContactDialog</name>
    <message>
        <location filename="../ui/pages/counselling/ContactDialog.cpp" line="+74"/>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A code you choose, e.g. initials and a number</source>
        <translation>Een code naar keuze, bijv. initialen en een nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s code</source>
        <translation>Code van de persoon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional; shown only on this contact</source>
        <translation>Niet verplicht; alleen op dit contact te zien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: phone or e-mail</source>
        <translation>Niet verplicht: telefoon of e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Came in</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, coarse: e.g. Ruimte</source>
        <translation>Niet verplicht, globaal: bijv. Ruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add conversation</source>
        <translation>Gesprek toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove conversation</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you did</source>
        <translation>Wat u deed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add reminder</source>
        <translation>Herinnering toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove reminder</source>
        <translation>Herinnering verwijderen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>e.g. call back after the talk with the manager</source>
        <translation>bijv. terugbellen na het gesprek met de leidinggevende</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::CounsellingPage</name>
    <message>
        <location filename="../ui/pages/counselling/CounsellingPage.cpp" line="+45"/>
        <source>Find by code, category or unit</source>
        <translation>Zoek op code, categorie of onderdeel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact…</source>
        <translation>Nieuw contact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with a stand-in…</source>
        <translation>Delen met een vervanger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sharing…</source>
        <translation>Delen beëindigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand over as a report…</source>
        <translation>Overdragen als melding…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer all to a successor…</source>
        <translation>Alles overdragen aan een opvolger…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared with</source>
        <translation>Gedeeld met</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+234"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As it will be published</source>
        <translation>Zoals het wordt gepubliceerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yearly figures</source>
        <translation>Jaarcijfers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done with your contacts and by you, newest first. This log is kept in the counsellors&apos; own file, not in the shared audit log.</source>
        <translation>Wat er met uw contacten en door u is gedaan, nieuwste eerst. Dit logboek staat in het eigen bestand van de vertrouwenspersonen, niet in het gedeelde auditlogboek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>no longer in your register</source>
        <translation>niet meer in uw register</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>Select a contact you are responsible for.</source>
        <translation>Kies een contact waarvoor u verantwoordelijk bent.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Select a contact of yours that a stand-in holds.</source>
        <translation>Kies een contact van u dat met een vervanger is gedeeld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A formal report was handed over from this contact on %1.</source>
        <translation>Vanuit dit contact is op %1 een formele melding overgedragen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report was handed over. The integrity advisers who can open it: %1.</source>
        <translation>De melding is overgedragen. De integriteitsadviseurs die haar kunnen openen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not %1: their key changed since it was recorded. Ask an adviser to check the store.</source>
        <translation>Niet %1: diens sleutel is gewijzigd sinds die is vastgelegd. Vraag een adviseur de kluis te controleren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand over as a report</source>
        <translation>Overdragen als melding</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop sharing</source>
        <translation>Delen beëindigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stand-in can no longer read this contact: it gets a new key that only the remaining holders have.</source>
        <translation>De vervanger kan dit contact daarna niet meer lezen: het krijgt een nieuwe sleutel die alleen de overige houders hebben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Closed %1</source>
        <translation>Afgesloten %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, report handed over</source>
        <translation>, melding overgedragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s contact</source>
        <translation>Contact van %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counts from 1 to %1 are shown as &quot;&lt; %2&quot;; × marks a count hidden because the total minus the other counts would give a small one away. Only your own contacts whose first contact fell in the year are counted.</source>
        <translation>Aantallen van 1 tot en met %1 staan er als &quot;&lt; %2&quot;; × markeert een aantal dat verborgen is omdat het totaal min de andere aantallen anders een klein aantal zou verraden. Alleen uw eigen contacten met het eerste contact in dat jaar tellen mee.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conversations held in the year</source>
        <translation>Gesprekken gevoerd in het jaar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Published on %1. Replacing them keeps this set, with your reason, in the history.</source>
        <translation>Gepubliceerd op %1. Bij vervangen blijft deze set, met uw reden, in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not published yet. Once published, the annual report adds these figures to the other counsellors&apos;.</source>
        <translation>Nog niet gepubliceerd. Na publicatie telt het jaarverslag deze cijfers op bij die van de andere vertrouwenspersonen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the published figures…</source>
        <translation>Gepubliceerde cijfers vervangen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish…</source>
        <translation>Publiceren…</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+6"/>
        <source>Share a contact</source>
        <translation>Een contact delen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+23"/>
        <source>No fellow counsellor has used the register yet.</source>
        <translation>Nog geen collega-vertrouwenspersoon heeft het register gebruikt.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The stand-in can read and edit this contact, and the log records it.</source>
        <translation>De vervanger kan dit contact lezen en bewerken; het logboek legt dat vast.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+11"/>
        <source>Transfer contacts</source>
        <translation>Contacten overdragen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Every contact you are responsible for passes to your successor; you keep no key of them.</source>
        <translation>Elk contact waarvoor u verantwoordelijk bent, gaat over naar uw opvolger; u houdt er geen sleutel van.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n contact(s) transferred to %1.</source>
        <translation>
            <numerusform>%n contact overgedragen aan %1.</numerusform>
            <numerusform>%n contacten overgedragen aan %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace the published figures</source>
        <translation>Gepubliceerde cijfers vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are the figures for %1 replaced?</source>
        <translation>Waarom worden de cijfers over %1 vervangen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish the figures</source>
        <translation>De cijfers publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish your figures for %1 as shown? The integrity adviser and the annual report will see them; they can be replaced later, never silently changed.</source>
        <translation>Uw cijfers over %1 publiceren zoals getoond? De integriteitsadviseur en het jaarverslag zien ze; ze kunnen later worden vervangen, nooit ongemerkt gewijzigd.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="+39"/>
        <source>Store</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity check</source>
        <translation>Controle op beschadiging</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for you</source>
        <translation>Wacht op u</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handed over by a counsellor</source>
        <translation>Overgedragen door een vertrouwenspersoon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your requests</source>
        <translation>Uw verzoeken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up due</source>
        <translation>Opvolging aan de beurt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Welcome, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are signed in as %1 (%2).</source>
        <translation>U bent aangemeld als %1 (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printed reports carry this line, so that a page can be compared with the store it was printed from.</source>
        <translation>Afgedrukte rapporten dragen deze regel, zodat een pagina kan worden vergeleken met de kluis waaruit hij is afgedrukt.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>infopunt::ui::DeadlinesModel</name>
    <message>
        <location filename="../ui/models/DeadlinesModel.cpp" line="+45"/>
        <source>Extended from %1: %2</source>
        <translation>Verlengd, was %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::DeadlinesView</name>
    <message>
        <location filename="../ui/pages/cases/DeadlinesView.cpp" line="+43"/>
        <source>Double-click a deadline or press Enter to open its case.</source>
        <translation>Dubbelklik op een termijn of druk op Enter om de zaak te openen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No case has an open deadline.</source>
        <translation>Geen enkele zaak heeft een open termijn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deadline is due soon or overdue.</source>
        <translation>Er zijn geen termijnen die binnenkort verlopen of al verlopen zijn.</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n verlopen</numerusform>
            <numerusform>%n verlopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n verloopt binnenkort</numerusform>
            <numerusform>%n verlopen binnenkort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open deadline(s) in all</source>
        <translation>
            <numerusform>%n open termijn in totaal</numerusform>
            <numerusform>%n open termijnen in totaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the %n earliest shown</source>
        <translation>
            <numerusform>de vroegste %n getoond</numerusform>
            <numerusform>de vroegste %n getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infopunt::ui::DecisionDialog</name>
    <message>
        <source>Approve request</source>
        <translation type="vanished">Verzoek goedkeuren</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation type="vanished">Verzoek afwijzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cases/FourEyesDialogs.cpp" line="+76"/>
        <source>Request:</source>
        <translation>Verzoek:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested by:</source>
        <translation>Gevraagd door:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Approve the request for %1</source>
        <translation>Het verzoek voor %1 goedkeuren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject the request for %1</source>
        <translation>Het verzoek voor %1 afwijzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving carries the request out now.</source>
        <translation>Bij goedkeuring wordt het verzoek meteen uitgevoerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Aantekening:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::DeletionRequestDialog</name>
    <message>
        <location line="-42"/>
        <source>Deleting %1 needs four eyes: this records a request, and %1 is deleted only when another adviser or a working-group member assigned to the case approves it.</source>
        <translation>Het verwijderen van %1 valt onder het vier-ogenprincipe: hiermee legt u een verzoek vast, en %1 wordt pas verwijderd als een andere integriteitsadviseur of een aan de zaak toegewezen lid van de werkgroep het verzoek goedkeurt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request deletion</source>
        <translation>Verwijdering aanvragen</translation>
    </message>
    <message>
        <source>Give the reason for the deletion.</source>
        <translation type="vanished">Geef de reden voor de verwijdering.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::DocumentViewer</name>
    <message>
        <location filename="../ui/pages/cases/DocumentViewer.cpp" line="+87"/>
        <source>This image cannot be shown: its content is damaged or of an unknown kind. Export a copy to open it in another program.</source>
        <translation>Deze afbeelding kan niet worden getoond: de inhoud is beschadigd of van een onbekende soort. Exporteer een kopie om de afbeelding in een ander programma te openen.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::DocumentsTab</name>
    <message>
        <location filename="../ui/pages/cases/DocumentsTab.cpp" line="+33"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a copy…</source>
        <translation>Kopie exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request deletion…</source>
        <translation>Verwijdering aanvragen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents are stored encrypted in the store and shown from memory; they are never written to disk unless you export a copy.</source>
        <translation>Documenten worden versleuteld in de kluis bewaard en vanuit het geheugen getoond; ze worden nooit naar de schijf geschreven, tenzij u een kopie exporteert.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Select a document first.</source>
        <translation>Selecteer eerst een document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a file (at most %1); it is stored encrypted.</source>
        <translation>Voeg een bestand toe (maximaal %1); het wordt versleuteld bewaard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infopunt shows PDFs, images and text itself. Export a copy to open this document in another program.</source>
        <translation>Infopunt toont pdf&apos;s, afbeeldingen en tekst zelf. Exporteer een kopie om dit document in een ander programma te openen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save an unencrypted copy outside the store.</source>
        <translation>Sla een onversleutelde kopie op buiten de kluis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an integrity adviser can ask for a deletion.</source>
        <translation>Alleen een integriteitsadviseur kan om een verwijdering vragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting a document needs a second person&apos;s approval.</source>
        <translation>Voor het verwijderen van een document is goedkeuring van een tweede persoon nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a document to %1</source>
        <translation>Document toevoegen aan %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export a copy</source>
        <translation>Kopie exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of “%1” is saved outside the encrypted store: it is no longer encrypted, and anyone with access to the place you save it can read it. The export is recorded in the audit log.

Save an unencrypted copy?</source>
        <translation>De kopie van “%1” wordt buiten de versleutelde kluis opgeslagen: de kopie is niet meer versleuteld, en iedereen die toegang heeft tot de plek waar u hem opslaat, kan hem lezen. De export wordt vastgelegd in het auditlogboek.

Een onversleutelde kopie opslaan?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a copy of %1</source>
        <translation>Kopie van %1 opslaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the document “%1”</source>
        <translation>het document “%1”</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::DueRemindersView</name>
    <message>
        <location filename="../ui/pages/counselling/DueRemindersView.cpp" line="+11"/>
        <source>No follow-up is due.</source>
        <translation>Er is geen opvolging aan de beurt.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Due</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to open the contact.</source>
        <translation>Dubbelklik om het contact te openen.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ExtendFeedbackDialog</name>
    <message>
        <location filename="../ui/pages/cases/DeadlineDialogs.cpp" line="+66"/>
        <source>Extend the feedback deadline of %1</source>
        <translation>Termijn voor terugkoppeling van %1 verlengen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The law asks for feedback to the reporter within %n month(s) of the acknowledgement. An extension must be justified; the reason is kept with the case.</source>
        <translation>
            <numerusform>De wet vraagt om terugkoppeling aan de melder binnen %n maand na de ontvangstbevestiging. Een verlenging moet worden gemotiveerd; de reden wordt bij de zaak bewaard.</numerusform>
            <numerusform>De wet vraagt om terugkoppeling aan de melder binnen %n maanden na de ontvangstbevestiging. Een verlenging moet worden gemotiveerd; de reden wordt bij de zaak bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due now:</source>
        <translation>Huidige uiterste datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New due date:</source>
        <translation>Nieuwe uiterste datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/dialogs/FirstRunWizard.cpp" line="+78"/>
        <source>Infopunt — New store</source>
        <translation>Infopunt — Nieuwe kluis</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ForgotPassphraseDialog</name>
    <message>
        <location filename="../ui/dialogs/ForgotPassphraseDialog.cpp" line="+31"/>
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
        <location line="+79"/>
        <source>Set passphrase</source>
        <translation>Wachtwoordzin instellen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The new passphrase is set. Sign in with it now.</source>
        <translation>De nieuwe wachtwoordzin is ingesteld. Meld u er nu mee aan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Setting the passphrase…</source>
        <translation>Wachtwoordzin instellen…</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>infopunt::ui::HandoverDialog</name>
    <message>
        <location filename="../ui/pages/counselling/HandoverDialog.cpp" line="+21"/>
        <source>Hand over contact %1 as a formal report</source>
        <translation>Contact %1 overdragen als formele melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person consents to this formal report to the integrity advisers.</source>
        <translation>De persoon stemt in met deze formele melding aan de integriteitsadviseurs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neutral, without names: e.g. Suspected conflict of interest</source>
        <translation>Neutraal, zonder namen: bijv. Vermoeden van belangenverstrengeling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the report is about, as the person agreed it may be passed on. Your notes of the conversations do not pass.</source>
        <translation>Waar de melding over gaat, zoals de persoon heeft toegestaan dat het wordt doorgegeven. Uw aantekeningen van de gesprekken gaan niet mee.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person&apos;s name and contact details: %1</source>
        <translation>Naam en contactgegevens van de persoon: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person&apos;s name (none recorded: the report is anonymous)</source>
        <translation>De naam van de persoon (niet vastgelegd: de melding is anoniem)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organisation unit (none recorded)</source>
        <translation>Het organisatieonderdeel (niet vastgelegd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation unit: %1</source>
        <translation>Het organisatieonderdeel: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also pass on:</source>
        <translation>Ook doorgeven:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the title and the description</source>
        <translation>de titel en de beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today&apos;s date, as the date the report is received</source>
        <translation>de datum van vandaag, als datum van ontvangst van de melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that it came in through a confidential counsellor, and which one</source>
        <translation>dat de melding via een vertrouwenspersoon binnenkwam, en via wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name: the report is anonymous</source>
        <translation>geen naam: de melding is anoniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s name and contact details</source>
        <translation>de naam en contactgegevens van de persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organisation unit</source>
        <translation>het organisatieonderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What passes to the integrity advisers: %1. Nothing else of the contact passes: not your notes, the conversations or the category.</source>
        <translation>Wat naar de integriteitsadviseurs gaat: %1. Verder gaat er niets van het contact mee: niet uw aantekeningen, de gesprekken of de categorie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An adviser&apos;s key has changed</source>
        <translation>De sleutel van een adviseur is gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of %1 is not the one recorded when you first handed a report over to them. That happens when their access was reset, or when someone changed the store&apos;s key file. Only if %1 has confirmed the reset to you: record the new key? If you answer No, the report goes to the other advisers only.</source>
        <translation>De sleutel van %1 is niet de sleutel die is vastgelegd toen u voor het eerst een melding aan hem of haar overdroeg. Dat gebeurt als de toegang opnieuw is ingesteld, of als iemand het sleutelbestand van de kluis heeft gewijzigd. Alleen als %1 u de nieuwe toegang heeft bevestigd: de nieuwe sleutel vastleggen? Antwoordt u Nee, dan gaat de melding alleen naar de andere adviseurs.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::HandoversView</name>
    <message>
        <location filename="../ui/pages/counselling/HandoversView.cpp" line="+11"/>
        <source>No handed-over report is waiting.</source>
        <translation>Er wacht geen overgedragen melding.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to register it as a report.</source>
        <translation>Dubbelklik om haar als melding te registreren.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::HistoryTab</name>
    <message>
        <location filename="../ui/pages/cases/HistoryTab.cpp" line="+32"/>
        <source>Opened</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who opened this case</source>
        <translation>Wie deze zaak heeft geopend</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every opening of the case file is recorded in the audit log.</source>
        <translation>Elke keer dat het dossier wordt geopend, wordt dat vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only advisers see who opened a case; every opening, yours included, is recorded in the audit log.</source>
        <translation>Alleen integriteitsadviseurs zien wie een zaak heeft geopend; elke keer dat een zaak wordt geopend, ook door u, wordt dat vastgelegd in het auditlogboek.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::JournalEntryDialog</name>
    <message>
        <location filename="../ui/pages/cases/JournalEntryDialog.cpp" line="+25"/>
        <source>New journal entry for %1</source>
        <translation>Nieuwe journaalregel voor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit journal entry of %1</source>
        <translation>Journaalregel van %1 bewerken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Write the entry.</source>
        <translation type="vanished">Schrijf de tekst van de journaalregel.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::JournalTab</name>
    <message>
        <location filename="../ui/pages/cases/JournalTab.cpp" line="+30"/>
        <source>Add entry…</source>
        <translation>Journaalregel toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request deletion…</source>
        <translation>Verwijdering aanvragen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an entry to read it in full.</source>
        <translation>Selecteer een journaalregel om die volledig te lezen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Recorded %1</source>
        <translation>Vastgelegd op %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select an entry first.</source>
        <translation>Selecteer eerst een waarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a note, call, meeting or e-mail.</source>
        <translation>Leg een notitie, telefoongesprek, gesprek of e-mail vast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an integrity adviser can ask for a deletion.</source>
        <translation>Alleen een integriteitsadviseur kan om een verwijdering vragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting an entry needs a second person&apos;s approval.</source>
        <translation>Voor het verwijderen van een journaalregel is goedkeuring van een tweede persoon nodig.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the journal entry of %1</source>
        <translation>de journaalregel van %1</translation>
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
        <location line="+41"/>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your passphrase.</source>
        <translation>Vul uw wachtwoordzin in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+71"/>
        <source>Infopunt — %1</source>
        <translation>Infopunt — %1</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+54"/>
        <source>The store has been accepted as it is.</source>
        <translation>De kluis is aanvaard zoals hij is.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Your unsaved changes could not be kept: %1</source>
        <translation>Uw niet-opgeslagen wijzigingen konden niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>a new report</source>
        <translation type="vanished">een nieuwe melding</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes kept</source>
        <translation>Niet-opgeslagen wijzigingen bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were editing %1 when Infopunt locked itself (%2). Restore your changes?</source>
        <translation>U was %1 aan het bewerken toen Infopunt zichzelf vergrendelde (%2). Uw wijzigingen terugzetten?</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Older store</source>
        <translation>Oudere kluis</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>infopunt::ui::MarkDeadlineMetDialog</name>
    <message>
        <location filename="../ui/pages/cases/DeadlineDialogs.cpp" line="-68"/>
        <source>Deadline met</source>
        <translation>Termijn voldaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met on:</source>
        <translation>Voldaan op:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feedback given to the reporter</source>
        <translation>Terugkoppeling aan de melder gegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback given on:</source>
        <translation>Terugkoppeling gegeven op:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadline:</source>
        <translation>Termijn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Uiterste datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark met</source>
        <translation>Als voldaan markeren</translation>
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
    <name>infopunt::ui::OfficeCopyCatchUp</name>
    <message>
        <location filename="../ui/pages/cases/OfficeCopyCatchUp.cpp" line="+61"/>
        <source>Bringing the case list up to date: %1 of %2 cases…</source>
        <translation>De lijst met zaken wordt bijgewerkt: %1 van %2 zaken…</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::OlderStoreBanner</name>
    <message>
        <location filename="../ui/main/OlderStoreBanner.cpp" line="+37"/>
        <source>When you have checked the store and know why it is older, accept it as it is.</source>
        <translation>Hebt u de kluis gecontroleerd en weet u waarom hij ouder is, aanvaard hem dan zoals hij is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the integrity adviser; only an adviser can accept the store after checking it.</source>
        <translation>Meld dit bij de integriteitsadviseur; alleen een adviseur kan de kluis na controle aanvaarden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I have checked this store: accept it as it is…</source>
        <translation>Ik heb deze kluis gecontroleerd: aanvaarden zoals hij is…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept the older store</source>
        <translation>Oudere kluis aanvaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this store as it is?

This workstation then forgets that it saw the audit log up to a newer entry, and no longer warns about it for any account: what is missing now can then no longer be found this way. Do this only when you have checked the store (infopunt verify) and know why it is older, for instance because a backup was put back on purpose. The acceptance is recorded in the audit log.</source>
        <translation>Deze kluis aanvaarden zoals hij is?

Deze werkplek vergeet dan dat hij het auditlogboek tot en met een nieuwere vermelding heeft gezien, en waarschuwt daar bij geen enkel account meer voor: wat nu ontbreekt, is daarna op deze manier niet meer op te sporen. Doe dit alleen als u de kluis hebt gecontroleerd (infopunt verify) en weet waarom hij ouder is, bijvoorbeeld omdat bewust een reservekopie is teruggezet. Het aanvaarden wordt vastgelegd in het auditlogboek.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::OverviewTab</name>
    <message>
        <location filename="../ui/pages/cases/OverviewTab.cpp" line="+48"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+39"/>
        <source>Received:</source>
        <translation>Ontvangen op:</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Channel:</source>
        <translation>Binnengekomen via:</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Building block:</source>
        <translation>Bouwsteen:</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Violation type:</source>
        <translation>Soort schending:</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+39"/>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Investigation:</source>
        <translation>Onderzoek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure:</source>
        <translation>Maatregel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons learned:</source>
        <translation>Geleerde lessen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A short neutral label, never a name</source>
        <translation>Een korte, neutrale omschrijving, nooit een naam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protected: shown only to advisers and to the working-group members assigned to this case; never in lists, exports or reports.</source>
        <translation>Beschermd: alleen zichtbaar voor integriteitsadviseurs en voor de leden van de werkgroep die aan deze zaak zijn toegewezen; nooit in lijsten, exports of rapportages.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit reporter…</source>
        <translation>Melder bewerken…</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+31"/>
        <location line="+12"/>
        <location line="+36"/>
        <location line="+13"/>
        <source>Not classified</source>
        <translation>Niet ingedeeld</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>No measure</source>
        <translation>Geen maatregel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Anonymous report</source>
        <translation>Anonieme melding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No name recorded</source>
        <translation>Geen naam vastgelegd</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>the overview of case %1</source>
        <translation>het overzicht van zaak %1</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::PartiesTab</name>
    <message>
        <location filename="../ui/pages/cases/PartiesTab.cpp" line="+22"/>
        <source>Add party…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Involved as</source>
        <translation>Betrokken als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only an integrity adviser records the parties of a case.</source>
        <translation>Alleen een integriteitsadviseur legt de betrokken personen bij een zaak vast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a party first.</source>
        <translation>Selecteer eerst een persoon.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::PartyDialog</name>
    <message>
        <location filename="../ui/pages/cases/PartyDialog.cpp" line="+24"/>
        <source>Add party</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit party</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Involved as:</source>
        <translation>Betrokken als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation unit:</source>
        <translation>Organisatieonderdeel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Aantekening:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="vanished">Vul de naam in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::PassphraseFields</name>
    <message numerus="yes">
        <location filename="../ui/widgets/PassphraseFields.cpp" line="+30"/>
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
        <location line="+37"/>
        <source>Enter a passphrase.</source>
        <translation>Vul een wachtwoordzin in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location line="-31"/>
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
    <name>infopunt::ui::RegisterReportDialog</name>
    <message>
        <location filename="../ui/pages/cases/RegisterReportDialog.cpp" line="+56"/>
        <source>The reporter is anonymous</source>
        <translation>De melder is anoniem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add subject</source>
        <translation>Betrokkene toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove subject</source>
        <translation>Betrokkene verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a report</source>
        <translation>Melding registreren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Register</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A short, neutral label, e.g. &quot;Gift from a supplier&quot;</source>
        <translation>Een korte, neutrale omschrijving, bijv. &quot;Geschenk van een leverancier&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title appears in lists: never put a name in it.</source>
        <translation>De titel verschijnt in lijsten: zet er nooit een naam in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was reported, when and where.</source>
        <translation>Wat er is gemeld, wanneer en waar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on:</source>
        <translation>Ontvangen op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel:</source>
        <translation>Binnengekomen via:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Classification</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building block:</source>
        <translation>Bouwsteen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violation type:</source>
        <translation>Soort schending:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contactgegevens:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telephone number or e-mail address</source>
        <translation>Telefoonnummer of e-mailadres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected: the reporter&apos;s identity is shown only to integrity advisers and to working-group members assigned to this case, never in lists, exports or reports.</source>
        <translation>Beschermd: de identiteit van de melder is alleen zichtbaar voor integriteitsadviseurs en voor leden van de werkgroep die aan deze zaak zijn toegewezen, nooit in lijsten, exports of rapportages.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who the report is about. Leave the list empty if that is not known yet.</source>
        <translation>Over wie de melding gaat. Laat de lijst leeg als dat nog niet bekend is.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not classified yet</source>
        <translation>Nog niet ingedeeld</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ReopenDialog</name>
    <message>
        <location filename="../ui/pages/cases/StepDialogs.cpp" line="+192"/>
        <source>Reopen %1</source>
        <translation>%1 heropenen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step back %1</source>
        <translation>%1 een stap terugzetten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The case is now in “%1”. Stepping back takes it to an earlier step; the steps after it are taken again.</source>
        <translation>De zaak heeft nu de status “%1”. Bij terugzetten gaat de zaak naar een eerdere stap; de stappen daarna worden opnieuw gezet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is now in “%1”. Reopening takes it back to an earlier step; the steps after it are taken again.</source>
        <translation>De zaak heeft nu de status “%1”. Bij heropenen gaat de zaak terug naar een eerdere stap; de stappen daarna worden opnieuw gezet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to:</source>
        <translation>Terug naar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step back</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case has no earlier step to go back to.</source>
        <translation>De zaak heeft geen eerdere stap om naar terug te gaan.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ReporterDialog</name>
    <message>
        <location filename="../ui/pages/cases/ReporterDialog.cpp" line="+19"/>
        <source>The reporter wishes to remain anonymous</source>
        <translation>De melder wil anoniem blijven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporter of %1</source>
        <translation>Melder van %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reporter&apos;s identity is protected: only advisers and the working-group members assigned to this case see it.</source>
        <translation>De identiteit van de melder is beschermd: alleen integriteitsadviseurs en de leden van de werkgroep die aan deze zaak zijn toegewezen, zien die.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contactgegevens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::RetentionTab</name>
    <message>
        <location filename="../ui/pages/counselling/RetentionTab.cpp" line="+28"/>
        <source>A contact is destroyed once it has been processed into your published yearly figures: the set period after the later of its closing and that publication. Its notes, conversations and keys are then deleted for good; the published figures stay, and the log keeps a line without content.</source>
        <translation>Een contact wordt vernietigd zodra het in uw gepubliceerde jaarcijfers is verwerkt: de ingestelde termijn na het afsluiten of na die publicatie, wat het laatst is. De aantekeningen, gesprekken en sleutels worden dan definitief verwijderd; de gepubliceerde cijfers blijven, en het logboek houdt een regel zonder inhoud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures published</source>
        <translation>Cijfers gepubliceerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To be destroyed</source>
        <translation>Te vernietigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Destroy the due contacts…</source>
        <translation>De contacten die aan de beurt zijn vernietigen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules for all counsellors</source>
        <translation>Regels voor alle vertrouwenspersonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> months after publication</source>
        <translation> maanden na publicatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the rules</source>
        <translation>Regels opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep closed contacts:</source>
        <translation>Afgesloten contacten bewaren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppress counts below:</source>
        <translation>Aantallen onderdrukken onder:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not yet (%1)</source>
        <translation>Nog niet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due now</source>
        <translation>Nu aan de beurt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the figures for %1 are published</source>
        <translation>Na publicatie van de cijfers over %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n contact(s) due for destruction.</source>
        <translation>
            <numerusform>%n contact aan de beurt voor vernietiging.</numerusform>
            <numerusform>%n contacten aan de beurt voor vernietiging.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destroy contacts</source>
        <translation>Contacten vernietigen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Destroy %n contact(s) for good? Their notes, conversations and names cannot be brought back; your published figures stay.</source>
        <translation>
            <numerusform>%n contact definitief vernietigen? De aantekeningen, gesprekken en namen zijn daarna niet terug te halen; uw gepubliceerde cijfers blijven.</numerusform>
            <numerusform>%n contacten definitief vernietigen? De aantekeningen, gesprekken en namen zijn daarna niet terug te halen; uw gepubliceerde cijfers blijven.</numerusform>
        </translation>
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
    <name>infopunt::ui::ReviewNoteDialog</name>
    <message>
        <location filename="../ui/pages/cases/ReviewDialogs.cpp" line="+17"/>
        <source>Review of %1</source>
        <translation>Beoordeling van %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Write the comment or advice.</source>
        <translation type="vanished">Schrijf de opmerking of het advies.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::ReviewTab</name>
    <message>
        <location filename="../ui/pages/cases/ReviewTab.cpp" line="+49"/>
        <source>Request deletion of this case…</source>
        <translation>Verwijdering van deze zaak aanvragen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Assigned working-group members</source>
        <translation>Toegewezen leden van de werkgroep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned by</source>
        <translation>Toegewezen door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Toegewezen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign…</source>
        <translation>Toewijzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+222"/>
        <source>Unassign</source>
        <translation>Toewijzing intrekken</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Review comments and advice</source>
        <translation>Opmerkingen en adviezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add comment or advice…</source>
        <translation>Opmerking of advies toevoegen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Four-eyes requests</source>
        <translation>Verzoeken volgens het vier-ogenprincipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Gevraagd op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concerns</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Waiting for a second person</source>
        <translation>Wacht op een tweede persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 door %2 op %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Journal entry of %1</source>
        <translation>Journaalregel van %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only an integrity adviser assigns working-group members.</source>
        <translation>Alleen een integriteitsadviseur wijst leden van de werkgroep toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a working-group member access to this case for review.</source>
        <translation>Geef een lid van de werkgroep toegang tot deze zaak om die te beoordelen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a member first.</source>
        <translation>Selecteer eerst een lid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a review comment or advice on this case.</source>
        <translation>Leg een opmerking of advies bij deze zaak vast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a request first.</source>
        <translation>Selecteer eerst een verzoek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request has been decided.</source>
        <translation>Over dit verzoek is al beslist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You requested this; a second person must decide.</source>
        <translation>U hebt dit zelf gevraagd; een tweede persoon moet beslissen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an integrity adviser can ask for a case to be deleted.</source>
        <translation>Alleen een integriteitsadviseur kan vragen om een zaak te verwijderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting a case needs a second person&apos;s approval.</source>
        <translation>Voor het verwijderen van een zaak is goedkeuring van een tweede persoon nodig.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 will no longer see case %2. Unassign?</source>
        <translation>%1 ziet zaak %2 dan niet meer. Toewijzing intrekken?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>case %1 with all its records</source>
        <translation>zaak %1 met alle bijbehorende gegevens</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::SettingsTab</name>
    <message>
        <location filename="../ui/pages/admin/SettingsTab.cpp" line="+41"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+36"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::StepDialog</name>
    <message>
        <location filename="../ui/pages/cases/StepDialogs.cpp" line="-161"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From “%1” to “%2”.</source>
        <translation>Van “%1” naar “%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what was decided</source>
        <translation>Kies wat er is besloten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided:</source>
        <translation>Besloten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the decision</source>
        <translation>Kies het besluit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Municipal secretary&apos;s decision:</source>
        <translation>Besluit van de gemeentesecretaris:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No measure</source>
        <translation>Geen maatregel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measure:</source>
        <translation>Maatregel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lessons learned:</source>
        <translation>Geleerde lessen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Aantekening:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing a case needs four eyes: this records a request, and the case is closed once another adviser or a working-group member assigned to the case approves it.</source>
        <translation>Het afsluiten van een zaak valt onder het vier-ogenprincipe: hiermee legt u een verzoek vast, en de zaak wordt afgesloten zodra een andere integriteitsadviseur of een aan de zaak toegewezen lid van de werkgroep het verzoek goedkeurt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request closure</source>
        <translation>Afsluiting aanvragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record step</source>
        <translation>Stap vastleggen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Register…</source>
        <translation>Registreren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge receipt…</source>
        <translation>Ontvangst bevestigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start preliminary inquiry…</source>
        <translation>Vooronderzoek starten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide on investigation…</source>
        <translation>Besluiten over onderzoek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan investigation…</source>
        <translation>Onderzoek plannen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record interviews…</source>
        <translation>Interviews vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hear the subject…</source>
        <translation>Betrokkene horen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record draft report…</source>
        <translation>Conceptrapport vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record subject&apos;s response…</source>
        <translation>Reactie van betrokkene vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record final report…</source>
        <translation>Eindrapport vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record decision…</source>
        <translation>Besluit vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Determine measure…</source>
        <translation>Maatregel bepalen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inform reporter…</source>
        <translation>Melder informeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request closure…</source>
        <translation>Afsluiting aanvragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate…</source>
        <translation>Evalueren…</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::StepNotePane</name>
    <message>
        <location filename="../ui/pages/cases/StepsTimeline.cpp" line="+89"/>
        <source>Select a step to read its note in full.</source>
        <translation>Selecteer een stap om de aantekening volledig te lezen.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::StepsTab</name>
    <message>
        <location filename="../ui/pages/cases/StepsTab.cpp" line="+44"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Reopen…</source>
        <translation>Heropenen…</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Next step:</source>
        <translation>Volgende stap:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add deadline…</source>
        <translation>Termijn toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark met…</source>
        <translation>Als voldaan markeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend feedback…</source>
        <translation>Terugkoppelingstermijn verlengen…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 asked to close the case; it is waiting for a second person&apos;s approval (Review tab).</source>
        <translation>%1 heeft gevraagd de zaak af te sluiten; dit wacht op goedkeuring door een tweede persoon (tabblad Beoordeling).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ask a second person to approve closing the case.</source>
        <translation>Vraag een tweede persoon om het afsluiten van de zaak goed te keuren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the step to “%1”.</source>
        <translation>Leg de stap naar “%1” vast.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The case is closed and evaluated: the protocol is complete.</source>
        <translation>De zaak is afgesloten en geëvalueerd: het protocol is volledig doorlopen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step can follow the current state; reopen an earlier step to go on.</source>
        <translation>Na de huidige status is geen volgende stap mogelijk; heropen een eerdere stap om verder te gaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing a case needs a second person&apos;s approval: the request goes to another adviser or an assigned working-group member (Review tab).</source>
        <translation>Voor het afsluiten van een zaak is goedkeuring van een tweede persoon nodig: het verzoek gaat naar een andere integriteitsadviseur of een toegewezen lid van de werkgroep (tabblad Beoordeling).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step back…</source>
        <translation>Stap terug…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to an earlier step, with a reason.</source>
        <translation>Ga met opgave van reden terug naar een eerdere stap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the closed case at an earlier step, with a reason.</source>
        <translation>Heropen de afgesloten zaak bij een eerdere stap, met opgave van reden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Extended from %1: %2</source>
        <translation>Verlengd, was %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set a deadline of your own.</source>
        <translation>Stel een eigen termijn in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a deadline first.</source>
        <translation>Selecteer eerst een termijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acknowledgement is met by the step “%1”.</source>
        <translation>Aan de ontvangstbevestiging wordt voldaan met de stap “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an integrity adviser records the feedback to the reporter.</source>
        <translation>Alleen een integriteitsadviseur legt de terugkoppeling aan de melder vast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deadline is already met.</source>
        <translation>Aan deze termijn is al voldaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an integrity adviser extends the feedback deadline.</source>
        <translation>Alleen een integriteitsadviseur verlengt de termijn voor terugkoppeling.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a justified extension of the feedback deadline.</source>
        <translation>Leg een gemotiveerde verlenging van de termijn voor terugkoppeling vast.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::StepsTimeline</name>
    <message>
        <location filename="../ui/pages/cases/StepsTimeline.cpp" line="-61"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopened: %1 → %2</source>
        <translation>Heropend: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded %1</source>
        <translation>Vastgelegd op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened by an adviser; the note gives the reason.</source>
        <translation>Heropend door een integriteitsadviseur; de aantekening vermeldt de reden.</translation>
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
        <source>This module is not available in this version of Infopunt yet.</source>
        <translation type="vanished">Deze module is nog niet beschikbaar in deze versie van Infopunt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/Page.cpp" line="+58"/>
        <source>This module comes in a later version of Infopunt.</source>
        <translation>Deze module komt in een latere versie van Infopunt.</translation>
    </message>
    <message>
        <source>Here you will keep the counselling register: each contact with an employee, its category (such as aggression, bullying, discrimination, sexual harassment or an integrity question) and your confidential notes, which nobody else can read, and from them the anonymised yearly figures for the annual report.</source>
        <translation type="vanished">Hier houdt u het register van uw contacten bij: elk contact met een medewerker, de categorie (zoals agressie, pesten, discriminatie, seksuele intimidatie of een integriteitsvraag) en uw vertrouwelijke aantekeningen, die niemand anders kan lezen, en daaruit de geanonimiseerde jaarcijfers voor het jaarverslag.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Here you will plan the audits that check whether a building block of the integrity system really works (for example: do employees register their side jobs?), and record their findings and recommendations until each one is dealt with.</source>
        <translation>Hier plant u de audits die nagaan of een bouwsteen van het integriteitssysteem echt werkt (bijvoorbeeld: melden medewerkers hun nevenwerkzaamheden?), en legt u de bevindingen en aanbevelingen vast tot elk ervan is afgehandeld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here you will keep the integrity risk register, worked out with finance and risk management: each risk with its building block, the vulnerable functions the municipality designates, and the controls that manage the risks.</source>
        <translation>Hier houdt u het register van integriteitsrisico&apos;s bij, uitgewerkt met financiën en risicomanagement: elk risico met zijn bouwsteen, de kwetsbare functies die de gemeente aanwijst en de beheersmaatregelen die de risico&apos;s beperken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Here you will draw up the yearly integrity plan: each action with its building block, who carries it out and when, and where it comes from (the previous annual report, new developments, a review of our own policy, the counsellors&apos; reports, audits or research).</source>
        <translation>Hier stelt u het jaarlijkse integriteitsplan op: elke actie met haar bouwsteen, wie haar uitvoert en wanneer, en waar zij vandaan komt (het vorige jaarverslag, nieuwe ontwikkelingen, een kritische blik op het eigen beleid, de verslagen van de vertrouwenspersonen, audits of onderzoek).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here you will compose the public annual integrity report: the figures on reports, investigations, counselling contacts, activities and audits, with charts, without names and with small counts suppressed, as a PDF to discuss with the works council.</source>
        <translation>Hier stelt u het openbare jaarverslag integriteit samen: de cijfers over meldingen, onderzoeken, contacten met vertrouwenspersonen, activiteiten en audits, met grafieken, zonder namen en zonder kleine aantallen die iemand herkenbaar maken, als pdf voor het overleg met de ondernemingsraad.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::UnlockDialog</name>
    <message>
        <location filename="../ui/dialogs/UnlockDialog.cpp" line="+30"/>
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
        <location line="+89"/>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in the store folder, user name and passphrase.</source>
        <translation>Vul de map van de kluis, uw gebruikersnaam en uw wachtwoordzin in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the store folder first.</source>
        <translation>Vul eerst de map van de kluis in.</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::UnsavedChanges</name>
    <message>
        <location filename="../ui/dialogs/UnsavedChanges.cpp" line="+9"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changed %1 and not saved it yet.

Save the changes, discard them, or go back to the form?</source>
        <translation>U hebt %1 gewijzigd en nog niet opgeslagen.

De wijzigingen opslaan, weggooien, of terug naar het formulier?</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::UserAccessDialog</name>
    <message>
        <location filename="../ui/dialogs/UserAccessDialog.cpp" line="+31"/>
        <source>Enable user</source>
        <translation>Gebruiker inschakelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Reset access</source>
        <translation>Toegang opnieuw instellen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 (%2) can sign in again with the initial passphrase you set here, and then chooses an own passphrase.</source>
        <translation>%1 (%2) kan zich weer aanmelden met de tijdelijke wachtwoordzin die u hier instelt, en kiest daarna een eigen wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) gets a new initial passphrase and chooses an own passphrase at the next sign-in. Resetting access needs the store&apos;s recovery key.</source>
        <translation>%1 (%2) krijgt een nieuwe tijdelijke wachtwoordzin en kiest bij de volgende aanmelding een eigen wachtwoordzin. Voor het opnieuw instellen van de toegang is de herstelsleutel van de kluis nodig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initial passphrase:</source>
        <translation>Tijdelijke wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enabling the account…</source>
        <translation>Account inschakelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resetting the access…</source>
        <translation>Toegang opnieuw instellen…</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation type="vanished">Vul de herstelsleutel in.</translation>
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
        <location line="+58"/>
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
        <source>“%1”</source>
        <translation type="vanished">‘%1’</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>infopunt::ui::WaitingRequestsBadge</name>
    <message>
        <location filename="../ui/main/SidebarBadge.cpp" line="+96"/>
        <source>Waiting for your decision: %1</source>
        <translation>Wacht op uw beslissing: %1</translation>
    </message>
</context>
<context>
    <name>infopunt::ui::WelcomePage</name>
    <message>
        <location filename="../ui/dialogs/FirstRunWizard.cpp" line="-197"/>
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
