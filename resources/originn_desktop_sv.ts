<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Busy</name>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="237"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="238"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="239"/>
        <source>Cancel the work in progress</source>
        <translation>Avbryt det som pågår</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="70"/>
        <source>Certificates for %1</source>
        <translation>Intyg för %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="76"/>
        <source>Participants who completed the module</source>
        <translation>Deltagare som slutfört modulen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="82"/>
        <source>%1 revoked</source>
        <translation>%1 återkallat</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="91"/>
        <source>Certificate language</source>
        <translation>Intygsspråk</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="92"/>
        <source>Each participant&apos;s choice</source>
        <translation>Varje deltagares val</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="93"/>
        <source>Swedish and English</source>
        <translation>Svenska och engelska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="94"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="95"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="97"/>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="206"/>
        <source>Folder for the certificates</source>
        <translation>Mapp för intygen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="98"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="99"/>
        <source>Choose the folder for the certificates</source>
        <translation>Välj mapp för intygen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="101"/>
        <source>Also one &amp;PDF with all of them, to print in one go</source>
        <translation>Även en samlad &amp;PDF med alla, för utskrift i ett svep</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="104"/>
        <source>Issue &amp;new certificates to those whose certificate was revoked</source>
        <translation>Utfärda &amp;nya intyg till dem vars intyg återkallats</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="108"/>
        <source>Choose a participant to see the certificate.</source>
        <translation>Välj en deltagare för att se intyget.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="110"/>
        <source>Certificate preview</source>
        <translation>Förhandsvisning av intyget</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="120"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="124"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="130"/>
        <source>C&amp;ompleted participants:</source>
        <translation>&amp;Godkända deltagare:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="144"/>
        <source>&amp;Create certificates</source>
        <translation>&amp;Skapa intyg</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="145"/>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="146"/>
        <source>Open the fol&amp;der</source>
        <translation>Öppna m&amp;appen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="147"/>
        <source>Digital &amp;badges…</source>
        <translation>Digitala mär&amp;ken…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="149"/>
        <source>Signed Open Badges 3.0 credentials, which anyone can check offline</source>
        <translation>Signerade Open Badges 3.0-intyg som vem som helst kan kontrollera utan nätverk</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="151"/>
        <source>European Learning Model (JSON-LD)…</source>
        <translation>European Learning Model (JSON-LD)…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="154"/>
        <source>The certificates as European Learning Model credentials, for the university&apos;s EDC issuer</source>
        <translation>Intygen som European Learning Model-intyg, för lärosätets EDC-utfärdare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="191"/>
        <source>Nobody has completed this module yet: grade the participants first.</source>
        <translation>Ingen har slutfört modulen ännu: sätt betyg på deltagarna först.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="240"/>
        <source>Tick at least one participant.</source>
        <translation>Markera minst en deltagare.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="249"/>
        <source>Creating certificates…</source>
        <translation>Skapar intyg…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="249"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="293"/>
        <source>%1 certificates in %2: %3 new, %4 printed again, %5 reissued.</source>
        <translation>%1 intyg i %2: %3 nya, %4 utskrivna igen, %5 utfärdade på nytt.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="302"/>
        <source>Cancelled; the certificates made so far are whole and registered.</source>
        <translation>Avbrutet; de intyg som hann skapas är hela och registrerade.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="307"/>
        <source>Skipped, their certificate was revoked: %1.</source>
        <translation>Hoppade över, intyget är återkallat: %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="328"/>
        <source>Could not write the certificates: %1</source>
        <translation>Kunde inte skriva intygen: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="345"/>
        <source>%1 pages sent to the printer.</source>
        <translation>%1 sidor skickade till skrivaren.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="351"/>
        <source>Folder for the digital badges</source>
        <translation>Mapp för de digitala märkena</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="361"/>
        <source>%1 signed digital badges (Open Badges 3.0) in %2.</source>
        <translation>%1 signerade digitala märken (Open Badges 3.0) i %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="370"/>
        <source>Folder for the European Learning Model credentials</source>
        <translation>Mapp för intygen enligt European Learning Model</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="380"/>
        <source>%1 European Learning Model credentials (JSON-LD) in %2.</source>
        <translation>%1 intyg enligt European Learning Model (JSON-LD) i %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="396"/>
        <source>The folder is created with the first certificate.</source>
        <translation>Mappen skapas med det första intyget.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="25"/>
        <source>New company</source>
        <translation>Nytt företag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="28"/>
        <source>Company name</source>
        <translation>Företagets namn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="31"/>
        <source>Organisationsnummer</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="36"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="38"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="41"/>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="46"/>
        <source>&amp;Organisationsnummer:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="48"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="49"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Bransch:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="20"/>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="24"/>
        <source>Something went wrong that the program did not expect. Your data is safe: the change you were making was not saved.

Please copy the details below and send them to whoever supports ORIGINN Desktop.</source>
        <translation>Något gick fel som programmet inte var förberett på. Dina uppgifter är i säkerhet: ändringen du höll på med sparades inte.

Kopiera uppgifterna nedan och skicka dem till den som ger support för ORIGINN Desktop.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="29"/>
        <source>A copy is saved in %1.</source>
        <translation>En kopia är sparad i %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="35"/>
        <source>Error details</source>
        <translation>Felinformation</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="38"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera felinformationen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="39"/>
        <source>Copy details</source>
        <translation>Kopiera felinformationen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="47"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="43"/>
        <source>Enroll in a module</source>
        <translation>Anmäl till modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="44"/>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="45"/>
        <source>Grade and complete</source>
        <translation>Sätt betyg</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="46"/>
        <source>Withdraw</source>
        <translation>Avanmäl</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="51"/>
        <source>%n selected participant(s)</source>
        <translation>
            <numerusform>%n markerad deltagare</numerusform>
            <numerusform>%n markerade deltagare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="53"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="68"/>
        <source>Grade</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="70"/>
        <source>G (pass)</source>
        <translation>G (godkänd)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="71"/>
        <source>VG (pass with distinction)</source>
        <translation>VG (väl godkänd)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="72"/>
        <source>U (fail)</source>
        <translation>U (underkänd)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="79"/>
        <source>Examination date</source>
        <translation>Examinationsdatum</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="83"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="85"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="86"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Betyg:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="88"/>
        <source>E&amp;xamination date:</source>
        <translation>E&amp;xaminationsdatum:</translation>
    </message>
</context>
<context>
    <name>ExportRosterDialog</name>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="43"/>
        <source>Roster for the university</source>
        <translation>Deltagarlista till lärosätet</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="46"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="52"/>
        <source>Columns, in order; drag to reorder</source>
        <translation>Kolumner i ordning; dra för att flytta</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="65"/>
        <source>Separator in CSV files</source>
        <translation>Avgränsare i CSV-filer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="69"/>
        <source>Include &amp;withdrawn participants</source>
        <translation>Ta med &amp;avanmälda deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="72"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="73"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolumner:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="74"/>
        <source>CSV &amp;separator:</source>
        <translation>&amp;Avgränsare i CSV:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="82"/>
        <source>The file&apos;s ending chooses the format: .xlsx for Excel, .csv for text. Personnummer are written as 12 digits.</source>
        <translation>Filändelsen väljer format: .xlsx för Excel, .csv för text. Personnummer skrivs med 12 siffror.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="106"/>
        <source>Choose at least one column.</source>
        <translation>Välj minst en kolumn.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="111"/>
        <source>Save the roster</source>
        <translation>Spara deltagarlistan</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="113"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="65"/>
        <location filename="../originn_desktop/ui/import_wizard.py" line="117"/>
        <source>Choose the roster</source>
        <translation>Välj deltagarlista</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="67"/>
        <source>A .csv or .xlsx file with one participant per row and a header row.</source>
        <translation>En .csv- eller .xlsx-fil med en deltagare per rad och en rubrikrad.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="70"/>
        <source>Roster file</source>
        <translation>Deltagarlista (fil)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="72"/>
        <source>Browse for the roster file</source>
        <translation>Bläddra efter deltagarlistan</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="75"/>
        <source>Excel sheet</source>
        <translation>Excelblad</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="77"/>
        <source>Module to enroll in</source>
        <translation>Modul att anmäla till</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="83"/>
        <source>How full names are written</source>
        <translation>Hur hela namn är skrivna</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="84"/>
        <source>First name first (Anna Berg)</source>
        <translation>Förnamn först (Anna Berg)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="85"/>
        <source>Last name first (Berg Anna)</source>
        <translation>Efternamn först (Berg Anna)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="88"/>
        <source>Import rows &amp;hidden in the sheet too</source>
        <translation>Importera även &amp;dolda rader i bladet</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="89"/>
        <source>Import rows hidden in the sheet too</source>
        <translation>Importera även dolda rader i bladet</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="97"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="101"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="102"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="103"/>
        <source>Full &amp;names:</source>
        <translation>Hela &amp;namn:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="119"/>
        <source>Rosters (*.csv *.xlsx *.txt)</source>
        <translation>Deltagarlistor (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="138"/>
        <source>(the one that looks like a roster)</source>
        <translation>(det som ser ut som en deltagarlista)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="446"/>
        <source>Import a roster</source>
        <translation>Importera deltagarlista</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="454"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="555"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="571"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Avbrutet: inget importerades.</translation>
    </message>
</context>
<context>
    <name>IssuerSettings</name>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="84"/>
        <source>Certificates of this register</source>
        <translation>Intygen i detta register</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="94"/>
        <source>Signatory&apos;s name</source>
        <translation>Undertecknarens namn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="96"/>
        <source>Signatory&apos;s title</source>
        <translation>Undertecknarens titel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="98"/>
        <source>Organisation number of the awarding body</source>
        <translation>Utfärdande lärosätes organisationsnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="100"/>
        <source>Signatory&apos;s name:</source>
        <translation>Undertecknarens namn:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="101"/>
        <source>Signatory&apos;s title:</source>
        <translation>Undertecknarens titel:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="102"/>
        <source>Organisation number:</source>
        <translation>Organisationsnummer:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="104"/>
        <source>Logo (top)</source>
        <translation>Logotyp (överst)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="105"/>
        <source>Funder&apos;s emblem (footer)</source>
        <translation>Finansiärens emblem (nederst)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="106"/>
        <source>Signature</source>
        <translation>Namnteckning</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="112"/>
        <source>Preview of a certificate</source>
        <translation>Förhandsvisning av ett intyg</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="135"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="136"/>
        <source>Choose a file for %1</source>
        <translation>Välj en fil för %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="138"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="139"/>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="149"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="157"/>
        <source>Choose an image</source>
        <translation>Välj en bild</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="157"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="238"/>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="239"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="240"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="241"/>
        <source>Certificates</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="242"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="243"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="244"/>
        <location filename="../originn_desktop/ui/main_window.py" line="272"/>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="245"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="248"/>
        <source>New &amp;module…</source>
        <translation>Ny &amp;modul…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="249"/>
        <source>New &amp;participant…</source>
        <translation>Ny &amp;deltagare…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="250"/>
        <source>Load &amp;demo data</source>
        <translation>Läs in d&amp;emodata</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="251"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importera deltagarlista…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="252"/>
        <source>U&amp;ndo the last import…</source>
        <translation>Ångra &amp;senaste importen…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="253"/>
        <source>&amp;Roster for the university…</source>
        <translation>&amp;Lista till lärosätet…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="254"/>
        <source>Results for the uni&amp;versity…</source>
        <translation>&amp;Resultat till lärosätet…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="255"/>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Certificate register</source>
        <translation>&amp;Intygsregister</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="257"/>
        <source>&amp;Certificates for a module…</source>
        <translation>Inty&amp;g för en modul…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="258"/>
        <source>&amp;Back up the register…</source>
        <translation>Säkerhets&amp;kopiera registret…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="259"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Åters&amp;täll från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="260"/>
        <source>P&amp;urge old personal data…</source>
        <translation>Gallra gamla &amp;personuppgifter…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="261"/>
        <source>E&amp;rase the participant for good…</source>
        <translation>&amp;Radera deltagaren för gott…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="262"/>
        <source>C&amp;heck a digital badge…</source>
        <translation>&amp;Verifiera digitalt intyg…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Settings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="264"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="265"/>
        <source>&amp;Open selected…</source>
        <translation>Ö&amp;ppna markerad…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Find participant</source>
        <translation>&amp;Sök deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="267"/>
        <source>&amp;Enroll in module…</source>
        <translation>&amp;Anmäl till modul…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="268"/>
        <source>Change &amp;status…</source>
        <translation>Ändra &amp;status…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Withdraw…</source>
        <translation>A&amp;vanmäl…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="270"/>
        <source>&amp;Grade and complete…</source>
        <translation>Sätt &amp;betyg…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="271"/>
        <source>&amp;Modules</source>
        <translation>&amp;Moduler</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="273"/>
        <source>&amp;About ORIGINN Desktop</source>
        <translation>&amp;Om ORIGINN Desktop</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="280"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="402"/>
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n modul</numerusform>
            <numerusform>%n moduler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="404"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="455"/>
        <source>Cannot read or write%1: %2</source>
        <translation>Kan inte läsa eller skriva%1: %2</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="475"/>
        <source>%1 has moved up from the waiting list into %2.</source>
        <translation>%1 har flyttats från reservlistan till %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="481"/>
        <source>Waiting list</source>
        <translation>Reservlista</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="496"/>
        <source>Module %1 created.</source>
        <translation>Modulen %1 har skapats.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="532"/>
        <source>%1 is already in the register; no second person was added.</source>
        <translation>%1 finns redan i registret; ingen ny person lades till.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="592"/>
        <source>The module is full; on the waiting list: %1</source>
        <translation>Modulen är full; på reservlistan: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="598"/>
        <source>Already taking part, left as they were: %1</source>
        <translation>Deltar redan och lämnades som de var: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="603"/>
        <source>Enroll</source>
        <translation>Anmäl</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="604"/>
        <source>%n enrolled.</source>
        <translation>
            <numerusform>%n anmäld.</numerusform>
            <numerusform>%n anmälda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="650"/>
        <source>Withdraw anyway? This revokes %1.</source>
        <translation>Avanmäla ändå? Det återkallar %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="652"/>
        <source>Withdraw anyway? Their result is removed.</source>
        <translation>Avanmäla ändå? Resultatet tas bort.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="655"/>
        <source>To revoke only a certificate, use Revoke in the certificate register.</source>
        <translation>För att bara återkalla ett intyg, använd Återkalla i intygsregistret.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="659"/>
        <source>Withdraw someone who has finished</source>
        <translation>Avanmäla någon som redan är klar</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="669"/>
        <source>%n withdrawn.</source>
        <translation>
            <numerusform>%n avanmäld.</numerusform>
            <numerusform>%n avanmälda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="671"/>
        <source>Already withdrawn: %1.</source>
        <translation>Redan avanmälda: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="685"/>
        <source>%n graded.</source>
        <translation>
            <numerusform>%n har fått betyg.</numerusform>
            <numerusform>%n har fått betyg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="708"/>
        <source>Import roster</source>
        <translation>Importera deltagarlista</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="709"/>
        <source>Create the module to enroll the participants in first.</source>
        <translation>Skapa först modulen som deltagarna ska anmälas till.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="726"/>
        <source>Imported: %1 new, %2 merged, %3 rejected.</source>
        <translation>Importerat: %1 nya, %2 sammanslagna, %3 avvisade.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="737"/>
        <source>Undo the last import</source>
        <translation>Ångra senaste importen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="743"/>
        <source>Undo %1? The people it added are removed for good.</source>
        <translation>Ångra %1? De personer som den lade till tas bort för gott.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="751"/>
        <source>The import into %1 is undone.</source>
        <translation>Importen till %1 är ångrad.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="762"/>
        <location filename="../originn_desktop/ui/main_window.py" line="820"/>
        <source>Saved %1.</source>
        <translation>Sparat %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="776"/>
        <source>Save the results of %1</source>
        <translation>Spara resultaten för %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="778"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="785"/>
        <source>%1 results saved in %2.</source>
        <translation>%1 resultat sparade i %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="810"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="838"/>
        <location filename="../originn_desktop/ui/main_window.py" line="847"/>
        <source>Check a digital badge</source>
        <translation>Verifiera digitalt intyg</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="838"/>
        <source>Badges (*.jwt *.json)</source>
        <translation>Digitala intyg (*.jwt *.json)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="855"/>
        <source>The signature is valid.</source>
        <translation>Signaturen är giltig.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="856"/>
        <source>Certificate: %1</source>
        <translation>Intyg: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="857"/>
        <source>Learner: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="858"/>
        <source>Micro-credential: %1 (%2 credits), grade %3</source>
        <translation>Mikromerit: %1 (%2 hp), betyg %3</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="862"/>
        <source>Issued by %1 from %2</source>
        <translation>Utfärdat av %1 från %2</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="865"/>
        <source>Signed by this installation&apos;s key.</source>
        <translation>Signerat med den här installationens nyckel.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="867"/>
        <source>Signed by key %1.</source>
        <translation>Signerat med nyckeln %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="871"/>
        <source>But the register says this certificate is no longer valid (%1).</source>
        <translation>Men registret säger att intyget inte längre gäller (%1).</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="888"/>
        <source>Back up the register</source>
        <translation>Säkerhetskopiera registret</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="890"/>
        <location filename="../originn_desktop/ui/main_window.py" line="904"/>
        <source>Databases (*.db)</source>
        <translation>Databaser (*.db)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="896"/>
        <source>Backup saved in %1.</source>
        <translation>Säkerhetskopian är sparad i %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="904"/>
        <location filename="../originn_desktop/ui/main_window.py" line="912"/>
        <source>Restore from a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="914"/>
        <source>Replace the register with %1 (%2 participants)? The register as it is now is kept as a backup first.</source>
        <translation>Ersätta registret med %1 (%2 deltagare)? Registret som det är nu sparas först som säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="925"/>
        <source>Restored. The previous register is kept in %1.</source>
        <translation>Återställt. Det tidigare registret finns kvar i %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="934"/>
        <source>%n erased person(s) removed again (the register held them from before their erasure).</source>
        <translation>
            <numerusform>%n raderad person togs bort igen (registret innehöll personen från före raderingen).</numerusform>
            <numerusform>%n raderade personer togs bort igen (registret innehöll dem från före raderingen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="948"/>
        <source>Purge old personal data</source>
        <translation>Gallra gamla personuppgifter</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="953"/>
        <source>Remove names, identity numbers and contact details of participants whose modules all ended more than this many months ago (the counts for the reports remain):</source>
        <translation>Ta bort namn, personnummer och kontaktuppgifter för deltagare vars moduler alla slutade för mer än så här många månader sedan (antalen för rapporterna finns kvar):</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="969"/>
        <source>Nobody to purge: no one whose modules all ended before %1.</source>
        <translation>Inget att gallra: ingen vars moduler alla slutade före %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="978"/>
        <source>Purge the personal data of %1 participants for good? This cannot be undone.</source>
        <translation>Gallra personuppgifterna för %1 deltagare för gott? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="987"/>
        <source>%1 participants purged.</source>
        <translation>%1 deltagare gallrade.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1001"/>
        <source>Erase the participant</source>
        <translation>Radera deltagaren</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1003"/>
        <source>Erase %1 and everything about them for good? This cannot be undone. Certificates issued to them stay verifiable by number, without the name.</source>
        <translation>Radera %1 och alla uppgifter om personen för gott? Det går inte att ångra. Intyg som utfärdats till personen kan fortfarande kontrolleras med numret, utan namnet.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1012"/>
        <source>The participant is erased.</source>
        <translation>Deltagaren är raderad.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1027"/>
        <source>Demo data loaded: %1 modules, %2 participants.</source>
        <translation>Demodata inläst: %1 moduler, %2 deltagare.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1055"/>
        <source>About ORIGINN Desktop</source>
        <translation>Om ORIGINN Desktop</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1057"/>
        <source>&lt;b&gt;ORIGINN Desktop %1&lt;/b&gt;&lt;p&gt;The participant register, the 15-participant minimum and the certificates of the ORIGINN micro-credentials at Mittuniversitetet, for Region Jämtland Härjedalen.&lt;/p&gt;&lt;p&gt;ORIGINN is an Interreg Europe project, co-funded by the European Union.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ORIGINN Desktop %1&lt;/b&gt;&lt;p&gt;Deltagarregistret, minimikravet på 15 deltagare och intygen för ORIGINN:s mikromeriter vid Mittuniversitetet, för Region Jämtland Härjedalen.&lt;/p&gt;&lt;p&gt;ORIGINN är ett Interreg Europe-projekt, medfinansierat av Europeiska unionen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="168"/>
        <source>Check the columns</source>
        <translation>Kontrollera kolumnerna</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="171"/>
        <source>Each column&apos;s field was guessed from its header; correct it where needed. The first rows are shown below.</source>
        <translation>Varje kolumns fält är gissat utifrån rubriken; rätta där det behövs. De första raderna visas nedan.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="175"/>
        <source>Columns and the first rows</source>
        <translation>Kolumner och de första raderna</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="197"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="203"/>
        <source>Field for column %1</source>
        <translation>Fält för kolumnen %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="205"/>
        <source>(ignore)</source>
        <translation>(hoppa över)</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="74"/>
        <source>New module</source>
        <translation>Ny modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="76"/>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="80"/>
        <source>&amp;Basics</source>
        <translation>&amp;Grunduppgifter</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="81"/>
        <source>T&amp;ime and place</source>
        <translation>&amp;Tid och plats</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="82"/>
        <source>Co&amp;ntent</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="83"/>
        <source>Module details</source>
        <translation>Moduluppgifter</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="147"/>
        <source>e.g. M1</source>
        <translation>t.ex. M1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="157"/>
        <location filename="../originn_desktop/ui/module_dialog.py" line="183"/>
        <source>Cycle</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="163"/>
        <location filename="../originn_desktop/ui/module_dialog.py" line="188"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="164"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="164"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="167"/>
        <source>Title in &amp;Swedish:</source>
        <translation>&amp;Svensk titel:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="170"/>
        <source>Title in Swedish</source>
        <translation>Svensk titel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="174"/>
        <source>Title in &amp;English:</source>
        <translation>&amp;Engelsk titel:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="177"/>
        <source>Title in English</source>
        <translation>Engelsk titel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="180"/>
        <source>Co&amp;urse code:</source>
        <translation>K&amp;urskod:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="180"/>
        <source>Course code</source>
        <translation>Kurskod</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="182"/>
        <source>C&amp;redits:</source>
        <translation>&amp;Poäng:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="182"/>
        <source>Credits</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="183"/>
        <source>C&amp;ycle:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="185"/>
        <source>&amp;Progression:</source>
        <translation>P&amp;rogression:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="185"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="187"/>
        <source>EQF &amp;level:</source>
        <translation>EQF-ni&amp;vå:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="187"/>
        <source>EQF level</source>
        <translation>EQF-nivå</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="188"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="197"/>
        <location filename="../originn_desktop/ui/module_dialog.py" line="218"/>
        <source>Form of participation</source>
        <translation>Studieform</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="203"/>
        <source>no maximum</source>
        <translation>inget tak</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="204"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="204"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="205"/>
        <source>En&amp;ds:</source>
        <translation>S&amp;lutdatum:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="205"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="208"/>
        <source>Registration &amp;closes:</source>
        <translation>Sista &amp;anmälningsdag:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="211"/>
        <source>Registration deadline</source>
        <translation>Sista anmälningsdag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="215"/>
        <source>&amp;Form of participation:</source>
        <translation>Stu&amp;dieform:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="220"/>
        <source>&amp;Location:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="220"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="223"/>
        <source>&amp;Minimum participants:</source>
        <translation>&amp;Minsta antal deltagare:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="226"/>
        <source>Minimum participants</source>
        <translation>Minsta antal deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="230"/>
        <source>Ma&amp;ximum participants:</source>
        <translation>&amp;Högsta antal deltagare:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="233"/>
        <source>Maximum participants</source>
        <translation>Högsta antal deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="240"/>
        <source>Learning outcomes in Swedish</source>
        <translation>Lärandemål på svenska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="241"/>
        <source>Learning outcomes in English</source>
        <translation>Lärandemål på engelska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="242"/>
        <source>Assessment in Swedish</source>
        <translation>Examination på svenska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="243"/>
        <source>Assessment in English</source>
        <translation>Examination på engelska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="244"/>
        <source>Quality assurance in Swedish</source>
        <translation>Kvalitetssäkring på svenska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="245"/>
        <source>Quality assurance in English</source>
        <translation>Kvalitetssäkring på engelska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="247"/>
        <source>Learning &amp;outcomes (sv):</source>
        <translation>Lärandemål, &amp;svenska:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="248"/>
        <source>Learning o&amp;utcomes (en):</source>
        <translation>Lärandemål, &amp;engelska:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="249"/>
        <source>&amp;Assessment (sv):</source>
        <translation>E&amp;xamination, svenska:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="250"/>
        <source>Assess&amp;ment (en):</source>
        <translation>Examination, engelsk&amp;a:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="251"/>
        <source>&amp;Quality assurance (sv):</source>
        <translation>&amp;Kvalitetssäkring, svenska:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="252"/>
        <source>Quality assurance (&amp;en):</source>
        <translation>Kvalitetssäkring, enge&amp;lska:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="346"/>
        <source>The learning outcomes do not fit the certificate at the normal size: its facts would be printed at %1 pt (%2 pt normally; below %3 pt they are hard to read). Shortening the learning outcomes, or the other long texts, makes them larger.</source>
        <translation>Lärandemålen får inte plats på intyget i normal storlek: faktarutan skulle skrivas ut i %1 punkter (normalt %2; under %3 punkter är den svårläst). Kortare lärandemål, eller kortare andra långa texter, gör texten större.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="356"/>
        <source>Small print on the certificate</source>
        <translation>Liten text på intyget</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="357"/>
        <source>Save anyway?</source>
        <translation>Spara ändå?</translation>
    </message>
</context>
<context>
    <name>ModulesModel</name>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="60"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="61"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="62"/>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="63"/>
        <source>Counted / min.</source>
        <translation>Räknade / min.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="64"/>
        <source>Waiting list</source>
        <translation>Reservlista</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="65"/>
        <source>Starts</source>
        <translation>Startar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="66"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="67"/>
        <source>Registration closes</source>
        <translation>Sista anmälningsdag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="116"/>
        <source>%1 counted of at least %2</source>
        <translation>%1 räknade av minst %2</translation>
    </message>
</context>
<context>
    <name>ModulesView</name>
    <message>
        <location filename="../originn_desktop/ui/modules_view.py" line="41"/>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/modules_view.py" line="60"/>
        <source>%1: %n missing</source>
        <translation>
            <numerusform>%1: %n saknas</numerusform>
            <numerusform>%1: %n saknas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/modules_view.py" line="64"/>
        <source>%n module(s) below the minimum</source>
        <translation>
            <numerusform>%n modul under minimum</numerusform>
            <numerusform>%n moduler under minimum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_view.py" line="67"/>
        <source>Every module meets its minimum.</source>
        <translation>Alla moduler har minst sitt minsta antal deltagare.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="49"/>
        <source>Drawing a certificate…</source>
        <translation>Intyget ritas…</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="58"/>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="60"/>
        <source>Participant: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="68"/>
        <source>YYMMDD-NNNN or YYYYMMDDNNNN</source>
        <translation>ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="69"/>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="292"/>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="70"/>
        <source>Show the whole personnummer</source>
        <translation>Visa hela personnumret</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="77"/>
        <source>Ne&amp;w company…</source>
        <translation>&amp;Nytt företag…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="78"/>
        <source>Create a new company</source>
        <translation>Skapa ett nytt företag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="84"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="106"/>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="106"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="108"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="108"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="111"/>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="114"/>
        <source>Personnummer or samordningsnummer</source>
        <translation>Personnummer eller samordningsnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="119"/>
        <source>&amp;Date of birth:</source>
        <translation>Födelse&amp;datum:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="122"/>
        <source>Date of birth, for people without a personnummer</source>
        <translation>Födelsedatum, för den som saknar personnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="124"/>
        <source>&amp;E-mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="124"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="125"/>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="125"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="128"/>
        <source>&amp;Company:</source>
        <translation>F&amp;öretag:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="131"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="136"/>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;mmun:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="139"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="141"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="141"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="144"/>
        <source>Certificate l&amp;anguage:</source>
        <translation>Intygsspr&amp;åk:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="147"/>
        <source>Certificate language</source>
        <translation>Intygsspråk</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="149"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="149"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="215"/>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="217"/>
        <source>Enrollments and history</source>
        <translation>Anmälningar och historik</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="219"/>
        <source>Module / when</source>
        <translation>Modul / när</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="219"/>
        <source>Grade</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="219"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="250"/>
        <source>No company</source>
        <translation>Inget företag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="288"/>
        <source>&amp;Hide</source>
        <translation>Dö&amp;lj</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="385"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="386"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="387"/>
        <source>Personnummer / born</source>
        <translation>Personnummer / född</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="388"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="389"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="390"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="121"/>
        <source>Search name, e-mail, company, municipality or date of birth</source>
        <translation>Sök namn, e-post, företag, kommun eller födelsedatum</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="123"/>
        <source>Search participants</source>
        <translation>Sök deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="124"/>
        <source>Show participants of module</source>
        <translation>Visa deltagare i modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="125"/>
        <source>Show status</source>
        <translation>Visa status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="126"/>
        <source>Number of participants shown</source>
        <translation>Antal deltagare som visas</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="130"/>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="131"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="132"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="133"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="148"/>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="160"/>
        <source>All modules</source>
        <translation>Alla moduler</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="330"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/participants_view.py" line="334"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/participants_view.py" line="128"/>
        <location filename="../originn_desktop/ui/participants_view.py" line="336"/>
        <source>more than %n participant(s)</source>
        <translation>
            <numerusform>fler än %n deltagare</numerusform>
            <numerusform>fler än %n deltagare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="288"/>
        <source>What will happen</source>
        <translation>Det här kommer att hända</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="291"/>
        <source>Nothing has been saved yet. Rejected rows can be saved to a file, fixed and imported again.</source>
        <translation>Inget är sparat ännu. Avvisade rader kan sparas till en fil, rättas och importeras igen.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="298"/>
        <source>Take the &amp;results in the file (grades and examination dates)</source>
        <translation>Ta med &amp;resultaten i filen (betyg och examinationsdatum)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="300"/>
        <source>Take the results in the file</source>
        <translation>Ta med resultaten i filen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="304"/>
        <source>Rejected rows and notes</source>
        <translation>Avvisade rader och anmärkningar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="305"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="305"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="309"/>
        <source>Save the &amp;rejected rows…</source>
        <translation>Spara de &amp;avvisade raderna…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="310"/>
        <source>Save the rejected rows to a file</source>
        <translation>Spara de avvisade raderna till en fil</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="326"/>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="327"/>
        <source>%v of %m rows checked</source>
        <translation>%v av %m rader kontrollerade</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="355"/>
        <source>Cancelled: nothing was saved. Go back, or check the file again.</source>
        <translation>Avbrutet: inget sparades. Gå tillbaka, eller kontrollera filen igen.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="370"/>
        <source>Note: %1</source>
        <translation>Obs: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="373"/>
        <source>Left out: %1</source>
        <translation>Utelämnad: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="386"/>
        <source>%1 rows in the file: %2 new participants, %3 already in the register or earlier in the file (merged, not added twice), %4 rejected.</source>
        <translation>%1 rader i filen: %2 nya deltagare, %3 som redan finns i registret eller tidigare i filen (sammanslagna, inte tillagda två gånger), %4 avvisade.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="394"/>
        <source>%1 left out (see below).</source>
        <translation>%1 utelämnade (se nedan).</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="397"/>
        <source>%1 will be enrolled in %2.</source>
        <translation>%1 anmäls till %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="401"/>
        <source>%1 of them go on the waiting list: the module is full.</source>
        <translation>%1 av dem hamnar på reservlistan: modulen är full.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="405"/>
        <source>%1 of them with their result (grade and date).</source>
        <translation>%1 av dem med sitt resultat (betyg och datum).</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="409"/>
        <source>%1 are already in the module.</source>
        <translation>%1 finns redan i modulen.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="418"/>
        <source>Save the rejected rows</source>
        <translation>Spara de avvisade raderna</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="418"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="33"/>
        <source>Undoing the import…</source>
        <translation>Ångrar importen…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="76"/>
        <source>Importing again…</source>
        <translation>Importerar igen…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="180"/>
        <source>Add module %1</source>
        <translation>Lägg till modul %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="206"/>
        <source>Edit module %1</source>
        <translation>Ändra modul %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="227"/>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="251"/>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="277"/>
        <source>Enroll</source>
        <translation>Anmäl</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="299"/>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="307"/>
        <source>Withdraw</source>
        <translation>Avanmäl</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="314"/>
        <source>Grade</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="323"/>
        <source>Import into %1</source>
        <translation>Import till %1</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="85"/>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="86"/>
        <source>Certificate number or name</source>
        <translation>Intygsnummer eller namn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="87"/>
        <source>Search the certificate register</source>
        <translation>Sök i intygsregistret</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="88"/>
        <source>Certificate register</source>
        <translation>Intygsregister</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="91"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="92"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="93"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="94"/>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="98"/>
        <source>&amp;Verify</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="99"/>
        <source>Print &amp;again…</source>
        <translation>Skriv ut &amp;igen…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="100"/>
        <source>Open the P&amp;DF</source>
        <translation>Öppna P&amp;DF:en</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="101"/>
        <source>Re&amp;voke…</source>
        <translation>Åter&amp;kalla…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="113"/>
        <source>revoked: %1</source>
        <translation>återkallat: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="115"/>
        <source>superseded by %1</source>
        <translation>ersatt av %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="116"/>
        <source>valid</source>
        <translation>giltigt</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="154"/>
        <source>%1 is valid: issued to %2 for %3 on %4.</source>
        <translation>%1 är giltigt: utfärdat till %2 för %3 den %4.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="156"/>
        <source>%1 is NOT valid (%5). It was issued to %2 for %3 on %4.</source>
        <translation>%1 är INTE giltigt (%5). Det utfärdades till %2 för %3 den %4.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="164"/>
        <source>Verify</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="174"/>
        <source>Folder for the certificate</source>
        <translation>Mapp för intyget</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="186"/>
        <location filename="../originn_desktop/ui/register_view.py" line="195"/>
        <source>Print again</source>
        <translation>Skriv ut igen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="189"/>
        <source>Saved %1.</source>
        <translation>Sparat %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="191"/>
        <source>The record has changed since: reissued as %1, and %2 is superseded.</source>
        <translation>Uppgifterna har ändrats sedan dess: utfärdat på nytt som %1, och %2 är ersatt.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="211"/>
        <source>Open the PDF</source>
        <translation>Öppna PDF:en</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="212"/>
        <source>The file is not in %1; print it again to make it.</source>
        <translation>Filen finns inte i %1; skriv ut intyget igen för att skapa den.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="223"/>
        <source>Revoke %1</source>
        <translation>Återkalla %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="224"/>
        <source>Why is %1 (%2) revoked?</source>
        <translation>Varför återkallas %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="235"/>
        <source>Revoke</source>
        <translation>Återkalla</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="135"/>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="136"/>
        <source>Save as E&amp;xcel…</source>
        <translation>Spara som E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="137"/>
        <source>Figures per module</source>
        <translation>Uppgifter per modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="138"/>
        <location filename="../originn_desktop/ui/report_view.py" line="145"/>
        <source>Participants per municipality</source>
        <translation>Deltagare per kommun</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="139"/>
        <location filename="../originn_desktop/ui/report_view.py" line="146"/>
        <source>Participants per sector</source>
        <translation>Deltagare per bransch</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="140"/>
        <location filename="../originn_desktop/ui/report_view.py" line="147"/>
        <source>Participants per gender</source>
        <translation>Deltagare per kön</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="144"/>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="154"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="155"/>
        <source>Counted / min.</source>
        <translation>Räknade / min.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="156"/>
        <source>Completed</source>
        <translation>Godkända</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="157"/>
        <source>Not passed</source>
        <translation>Underkända</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="158"/>
        <source>Withdrawn</source>
        <translation>Avanmälda</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="159"/>
        <source>Completion rate</source>
        <translation>Andel godkända</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="175"/>
        <source>&lt;b&gt;%1&lt;/b&gt; participants from &lt;b&gt;%2&lt;/b&gt; companies; &lt;b&gt;%3&lt;/b&gt; have completed a module.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; deltagare från &lt;b&gt;%2&lt;/b&gt; företag; &lt;b&gt;%3&lt;/b&gt; har slutfört en modul.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="205"/>
        <source>not stated</source>
        <translation>ej angivet</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../originn_desktop/ui/widgets.py" line="81"/>
        <source>Clear the search</source>
        <translation>Töm sökfältet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="80"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="81"/>
        <source>Choose a file for %1</source>
        <translation>Välj en fil för %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="84"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="85"/>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="92"/>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="92"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="54"/>
        <source>Welcome to ORIGINN Desktop</source>
        <translation>Välkommen till ORIGINN Desktop</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="57"/>
        <source>The register is empty. Start by creating a module (each needs at least 15 participants), then import a roster or add the participants one by one. Or load the demo data to look around first: the two ORIGINN modules with invented participants.</source>
        <translation>Registret är tomt. Börja med att skapa en modul (varje modul behöver minst 15 deltagare) och importera sedan en deltagarlista eller lägg till deltagarna en och en. Eller läs in demodata för att se dig omkring först: de två ORIGINN-modulerna med påhittade deltagare.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="65"/>
        <source>Create a &amp;module…</source>
        <translation>Skapa en &amp;modul…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="66"/>
        <source>&amp;Add a participant…</source>
        <translation>&amp;Lägg till en deltagare…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="67"/>
        <source>&amp;Import a roster…</source>
        <translation>&amp;Importera en deltagarlista…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="68"/>
        <source>Load the &amp;demo data</source>
        <translation>&amp;Prova med demodata</translation>
    </message>
</context>
</TS>
