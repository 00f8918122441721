<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Busy</name>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="237"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="238"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="239"/>
        <source>Cancel the work in progress</source>
        <translation>Cancel the work in progress</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="70"/>
        <source>Certificates for %1</source>
        <translation>Certificates for %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="76"/>
        <source>Participants who completed the module</source>
        <translation>Participants who completed the module</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="82"/>
        <source>%1 revoked</source>
        <translation>%1 revoked</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="91"/>
        <source>Certificate language</source>
        <translation>Certificate language</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="92"/>
        <source>Each participant&apos;s choice</source>
        <translation>Each participant&apos;s choice</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="93"/>
        <source>Swedish and English</source>
        <translation>Swedish and English</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="94"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="95"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="97"/>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="206"/>
        <source>Folder for the certificates</source>
        <translation>Folder for the certificates</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="98"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="99"/>
        <source>Choose the folder for the certificates</source>
        <translation>Choose the folder for the certificates</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="101"/>
        <source>Also one &amp;PDF with all of them, to print in one go</source>
        <translation>Also one &amp;PDF with all of them, to print in one go</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="104"/>
        <source>Issue &amp;new certificates to those whose certificate was revoked</source>
        <translation>Issue &amp;new certificates to those whose certificate was revoked</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="108"/>
        <source>Choose a participant to see the certificate.</source>
        <translation>Choose a participant to see the certificate.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="110"/>
        <source>Certificate preview</source>
        <translation>Certificate preview</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="120"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="124"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="130"/>
        <source>C&amp;ompleted participants:</source>
        <translation>C&amp;ompleted participants:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="144"/>
        <source>&amp;Create certificates</source>
        <translation>&amp;Create certificates</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="145"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="146"/>
        <source>Open the fol&amp;der</source>
        <translation>Open the fol&amp;der</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="147"/>
        <source>Digital &amp;badges…</source>
        <translation>Digital &amp;badges…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="149"/>
        <source>Signed Open Badges 3.0 credentials, which anyone can check offline</source>
        <translation>Signed Open Badges 3.0 credentials, which anyone can check offline</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="151"/>
        <source>European Learning Model (JSON-LD)…</source>
        <translation>European Learning Model (JSON-LD)…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="154"/>
        <source>The certificates as European Learning Model credentials, for the university&apos;s EDC issuer</source>
        <translation>The certificates as European Learning Model credentials, for the university&apos;s EDC issuer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="191"/>
        <source>Nobody has completed this module yet: grade the participants first.</source>
        <translation>Nobody has completed this module yet: grade the participants first.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="240"/>
        <source>Tick at least one participant.</source>
        <translation>Tick at least one participant.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="249"/>
        <source>Creating certificates…</source>
        <translation>Creating certificates…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="249"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="293"/>
        <source>%1 certificates in %2: %3 new, %4 printed again, %5 reissued.</source>
        <translation>%1 certificates in %2: %3 new, %4 printed again, %5 reissued.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="302"/>
        <source>Cancelled; the certificates made so far are whole and registered.</source>
        <translation>Cancelled; the certificates made so far are whole and registered.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="307"/>
        <source>Skipped, their certificate was revoked: %1.</source>
        <translation>Skipped, their certificate was revoked: %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="328"/>
        <source>Could not write the certificates: %1</source>
        <translation>Could not write the certificates: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="345"/>
        <source>%1 pages sent to the printer.</source>
        <translation>%1 pages sent to the printer.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="351"/>
        <source>Folder for the digital badges</source>
        <translation>Folder for the digital badges</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="361"/>
        <source>%1 signed digital badges (Open Badges 3.0) in %2.</source>
        <translation>%1 signed digital badges (Open Badges 3.0) in %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="370"/>
        <source>Folder for the European Learning Model credentials</source>
        <translation>Folder for the European Learning Model credentials</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="380"/>
        <source>%1 European Learning Model credentials (JSON-LD) in %2.</source>
        <translation>%1 European Learning Model credentials (JSON-LD) in %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/certificate_dialog.py" line="396"/>
        <source>The folder is created with the first certificate.</source>
        <translation>The folder is created with the first certificate.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="25"/>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="28"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="31"/>
        <source>Organisationsnummer</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="36"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="38"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="41"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="46"/>
        <source>&amp;Organisationsnummer:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="48"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/company_dialog.py" line="49"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="20"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="24"/>
        <source>Something went wrong that the program did not expect. Your data is safe: the change you were making was not saved.

Please copy the details below and send them to whoever supports ORIGINN Desktop.</source>
        <translation>Something went wrong that the program did not expect. Your data is safe: the change you were making was not saved.

Please copy the details below and send them to whoever supports ORIGINN Desktop.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="29"/>
        <source>A copy is saved in %1.</source>
        <translation>A copy is saved in %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="35"/>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="38"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="39"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/crash_dialog.py" line="47"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="43"/>
        <source>Enroll in a module</source>
        <translation>Enroll in a module</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="44"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="45"/>
        <source>Grade and complete</source>
        <translation>Grade and complete</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="46"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="51"/>
        <source>%n selected participant(s)</source>
        <translation>
            <numerusform>%n selected participant</numerusform>
            <numerusform>%n selected participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="53"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="68"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="70"/>
        <source>G (pass)</source>
        <translation>G (pass)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="71"/>
        <source>VG (pass with distinction)</source>
        <translation>VG (pass with distinction)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="72"/>
        <source>U (fail)</source>
        <translation>U (fail)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="79"/>
        <source>Examination date</source>
        <translation>Examination date</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="83"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="85"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="86"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/enrollment_dialog.py" line="88"/>
        <source>E&amp;xamination date:</source>
        <translation>E&amp;xamination date:</translation>
    </message>
</context>
<context>
    <name>ExportRosterDialog</name>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="43"/>
        <source>Roster for the university</source>
        <translation>Roster for the university</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="46"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="52"/>
        <source>Columns, in order; drag to reorder</source>
        <translation>Columns, in order; drag to reorder</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="65"/>
        <source>Separator in CSV files</source>
        <translation>Separator in CSV files</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="69"/>
        <source>Include &amp;withdrawn participants</source>
        <translation>Include &amp;withdrawn participants</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="72"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="73"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="74"/>
        <source>CSV &amp;separator:</source>
        <translation>CSV &amp;separator:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="82"/>
        <source>The file&apos;s ending chooses the format: .xlsx for Excel, .csv for text. Personnummer are written as 12 digits.</source>
        <translation>The file&apos;s ending chooses the format: .xlsx for Excel, .csv for text. Personnummer are written as 12 digits.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="106"/>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/export_dialog.py" line="111"/>
        <source>Save the roster</source>
        <translation>Save the roster</translation>
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
        <translation>Choose the roster</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="67"/>
        <source>A .csv or .xlsx file with one participant per row and a header row.</source>
        <translation>A .csv or .xlsx file with one participant per row and a header row.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="70"/>
        <source>Roster file</source>
        <translation>Roster file</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="72"/>
        <source>Browse for the roster file</source>
        <translation>Browse for the roster file</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="75"/>
        <source>Excel sheet</source>
        <translation>Excel sheet</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="77"/>
        <source>Module to enroll in</source>
        <translation>Module to enroll in</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="83"/>
        <source>How full names are written</source>
        <translation>How full names are written</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="84"/>
        <source>First name first (Anna Berg)</source>
        <translation>First name first (Anna Berg)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="85"/>
        <source>Last name first (Berg Anna)</source>
        <translation>Last name first (Berg Anna)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="88"/>
        <source>Import rows &amp;hidden in the sheet too</source>
        <translation>Import rows &amp;hidden in the sheet too</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="89"/>
        <source>Import rows hidden in the sheet too</source>
        <translation>Import rows hidden in the sheet too</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="97"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="101"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="102"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="103"/>
        <source>Full &amp;names:</source>
        <translation>Full &amp;names:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="119"/>
        <source>Rosters (*.csv *.xlsx *.txt)</source>
        <translation>Rosters (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="138"/>
        <source>(the one that looks like a roster)</source>
        <translation>(the one that looks like a roster)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="446"/>
        <source>Import a roster</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="454"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="555"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="571"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
</context>
<context>
    <name>IssuerSettings</name>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="84"/>
        <source>Certificates of this register</source>
        <translation>Certificates of this register</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="94"/>
        <source>Signatory&apos;s name</source>
        <translation>Signatory&apos;s name</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="96"/>
        <source>Signatory&apos;s title</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="98"/>
        <source>Organisation number of the awarding body</source>
        <translation>Organisation number of the awarding body</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="100"/>
        <source>Signatory&apos;s name:</source>
        <translation>Signatory&apos;s name:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="101"/>
        <source>Signatory&apos;s title:</source>
        <translation>Signatory&apos;s title:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="102"/>
        <source>Organisation number:</source>
        <translation>Organisation number:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="104"/>
        <source>Logo (top)</source>
        <translation>Logo (top)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="105"/>
        <source>Funder&apos;s emblem (footer)</source>
        <translation>Funder&apos;s emblem (footer)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="106"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="112"/>
        <source>Preview of a certificate</source>
        <translation>Preview of a certificate</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="135"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="136"/>
        <source>Choose a file for %1</source>
        <translation>Choose a file for %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="138"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="139"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="149"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="157"/>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="157"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="238"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="239"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="240"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="241"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="242"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="243"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="244"/>
        <location filename="../originn_desktop/ui/main_window.py" line="272"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="245"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="248"/>
        <source>New &amp;module…</source>
        <translation>New &amp;module…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="249"/>
        <source>New &amp;participant…</source>
        <translation>New &amp;participant…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="250"/>
        <source>Load &amp;demo data</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="251"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="252"/>
        <source>U&amp;ndo the last import…</source>
        <translation>U&amp;ndo the last import…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="253"/>
        <source>&amp;Roster for the university…</source>
        <translation>&amp;Roster for the university…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="254"/>
        <source>Results for the uni&amp;versity…</source>
        <translation>Results for the uni&amp;versity…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="255"/>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Certificate register</source>
        <translation>&amp;Certificate register</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="257"/>
        <source>&amp;Certificates for a module…</source>
        <translation>&amp;Certificates for a module…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="258"/>
        <source>&amp;Back up the register…</source>
        <translation>&amp;Back up the register…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="259"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;tore from a backup…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="260"/>
        <source>P&amp;urge old personal data…</source>
        <translation>P&amp;urge old personal data…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="261"/>
        <source>E&amp;rase the participant for good…</source>
        <translation>E&amp;rase the participant for good…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="262"/>
        <source>C&amp;heck a digital badge…</source>
        <translation>C&amp;heck a digital badge…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="264"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="265"/>
        <source>&amp;Open selected…</source>
        <translation>&amp;Open selected…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Find participant</source>
        <translation>&amp;Find participant</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="267"/>
        <source>&amp;Enroll in module…</source>
        <translation>&amp;Enroll in module…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="268"/>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="270"/>
        <source>&amp;Grade and complete…</source>
        <translation>&amp;Grade and complete…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="271"/>
        <source>&amp;Modules</source>
        <translation>&amp;Modules</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="273"/>
        <source>&amp;About ORIGINN Desktop</source>
        <translation>&amp;About ORIGINN Desktop</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="280"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="402"/>
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="404"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="455"/>
        <source>Cannot read or write%1: %2</source>
        <translation>Cannot read or write%1: %2</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="475"/>
        <source>%1 has moved up from the waiting list into %2.</source>
        <translation>%1 has moved up from the waiting list into %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="481"/>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="496"/>
        <source>Module %1 created.</source>
        <translation>Module %1 created.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="532"/>
        <source>%1 is already in the register; no second person was added.</source>
        <translation>%1 is already in the register; no second person was added.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="592"/>
        <source>The module is full; on the waiting list: %1</source>
        <translation>The module is full; on the waiting list: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="598"/>
        <source>Already taking part, left as they were: %1</source>
        <translation>Already taking part, left as they were: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="603"/>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="604"/>
        <source>%n enrolled.</source>
        <translation>
            <numerusform>%n enrolled.</numerusform>
            <numerusform>%n enrolled.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="650"/>
        <source>Withdraw anyway? This revokes %1.</source>
        <translation>Withdraw anyway? This revokes %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="652"/>
        <source>Withdraw anyway? Their result is removed.</source>
        <translation>Withdraw anyway? Their result is removed.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="655"/>
        <source>To revoke only a certificate, use Revoke in the certificate register.</source>
        <translation>To revoke only a certificate, use Revoke in the certificate register.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="659"/>
        <source>Withdraw someone who has finished</source>
        <translation>Withdraw someone who has finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="669"/>
        <source>%n withdrawn.</source>
        <translation>
            <numerusform>%n withdrawn.</numerusform>
            <numerusform>%n withdrawn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="671"/>
        <source>Already withdrawn: %1.</source>
        <translation>Already withdrawn: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="685"/>
        <source>%n graded.</source>
        <translation>
            <numerusform>%n graded.</numerusform>
            <numerusform>%n graded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="708"/>
        <source>Import roster</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="709"/>
        <source>Create the module to enroll the participants in first.</source>
        <translation>Create the module to enroll the participants in first.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="726"/>
        <source>Imported: %1 new, %2 merged, %3 rejected.</source>
        <translation>Imported: %1 new, %2 merged, %3 rejected.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="737"/>
        <source>Undo the last import</source>
        <translation>Undo the last import</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="743"/>
        <source>Undo %1? The people it added are removed for good.</source>
        <translation>Undo %1? The people it added are removed for good.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="751"/>
        <source>The import into %1 is undone.</source>
        <translation>The import into %1 is undone.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="762"/>
        <location filename="../originn_desktop/ui/main_window.py" line="820"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="776"/>
        <source>Save the results of %1</source>
        <translation>Save the results of %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="778"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="785"/>
        <source>%1 results saved in %2.</source>
        <translation>%1 results saved in %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="810"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="838"/>
        <location filename="../originn_desktop/ui/main_window.py" line="847"/>
        <source>Check a digital badge</source>
        <translation>Check a digital badge</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="838"/>
        <source>Badges (*.jwt *.json)</source>
        <translation>Badges (*.jwt *.json)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="855"/>
        <source>The signature is valid.</source>
        <translation>The signature is valid.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="856"/>
        <source>Certificate: %1</source>
        <translation>Certificate: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="857"/>
        <source>Learner: %1</source>
        <translation>Learner: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="858"/>
        <source>Micro-credential: %1 (%2 credits), grade %3</source>
        <translation>Micro-credential: %1 (%2 credits), grade %3</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="862"/>
        <source>Issued by %1 from %2</source>
        <translation>Issued by %1 from %2</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="865"/>
        <source>Signed by this installation&apos;s key.</source>
        <translation>Signed by this installation&apos;s key.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="867"/>
        <source>Signed by key %1.</source>
        <translation>Signed by key %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="871"/>
        <source>But the register says this certificate is no longer valid (%1).</source>
        <translation>But the register says this certificate is no longer valid (%1).</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="888"/>
        <source>Back up the register</source>
        <translation>Back up the register</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="890"/>
        <location filename="../originn_desktop/ui/main_window.py" line="904"/>
        <source>Databases (*.db)</source>
        <translation>Databases (*.db)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="896"/>
        <source>Backup saved in %1.</source>
        <translation>Backup saved in %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="904"/>
        <location filename="../originn_desktop/ui/main_window.py" line="912"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="914"/>
        <source>Replace the register with %1 (%2 participants)? The register as it is now is kept as a backup first.</source>
        <translation>Replace the register with %1 (%2 participants)? The register as it is now is kept as a backup first.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="925"/>
        <source>Restored. The previous register is kept in %1.</source>
        <translation>Restored. The previous register is kept in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="934"/>
        <source>%n erased person(s) removed again (the register held them from before their erasure).</source>
        <translation>
            <numerusform>%n erased person removed again (the register held them from before their erasure).</numerusform>
            <numerusform>%n erased people removed again (the register held them from before their erasure).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="948"/>
        <source>Purge old personal data</source>
        <translation>Purge old personal data</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="953"/>
        <source>Remove names, identity numbers and contact details of participants whose modules all ended more than this many months ago (the counts for the reports remain):</source>
        <translation>Remove names, identity numbers and contact details of participants whose modules all ended more than this many months ago (the counts for the reports remain):</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="969"/>
        <source>Nobody to purge: no one whose modules all ended before %1.</source>
        <translation>Nobody to purge: no one whose modules all ended before %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="978"/>
        <source>Purge the personal data of %1 participants for good? This cannot be undone.</source>
        <translation>Purge the personal data of %1 participants for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="987"/>
        <source>%1 participants purged.</source>
        <translation>%1 participants purged.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1001"/>
        <source>Erase the participant</source>
        <translation>Erase the participant</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1003"/>
        <source>Erase %1 and everything about them for good? This cannot be undone. Certificates issued to them stay verifiable by number, without the name.</source>
        <translation>Erase %1 and everything about them for good? This cannot be undone. Certificates issued to them stay verifiable by number, without the name.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1012"/>
        <source>The participant is erased.</source>
        <translation>The participant is erased.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1027"/>
        <source>Demo data loaded: %1 modules, %2 participants.</source>
        <translation>Demo data loaded: %1 modules, %2 participants.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1055"/>
        <source>About ORIGINN Desktop</source>
        <translation>About ORIGINN Desktop</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="1057"/>
        <source>&lt;b&gt;ORIGINN Desktop %1&lt;/b&gt;&lt;p&gt;The participant register, the 15-participant minimum and the certificates of the ORIGINN micro-credentials at Mittuniversitetet, for Region Jämtland Härjedalen.&lt;/p&gt;&lt;p&gt;ORIGINN is an Interreg Europe project, co-funded by the European Union.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ORIGINN Desktop %1&lt;/b&gt;&lt;p&gt;The participant register, the 15-participant minimum and the certificates of the ORIGINN micro-credentials at Mittuniversitetet, for Region Jämtland Härjedalen.&lt;/p&gt;&lt;p&gt;ORIGINN is an Interreg Europe project, co-funded by the European Union.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="168"/>
        <source>Check the columns</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="171"/>
        <source>Each column&apos;s field was guessed from its header; correct it where needed. The first rows are shown below.</source>
        <translation>Each column&apos;s field was guessed from its header; correct it where needed. The first rows are shown below.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="175"/>
        <source>Columns and the first rows</source>
        <translation>Columns and the first rows</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="197"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="203"/>
        <source>Field for column %1</source>
        <translation>Field for column %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="205"/>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="74"/>
        <source>New module</source>
        <translation>New module</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="76"/>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="80"/>
        <source>&amp;Basics</source>
        <translation>&amp;Basics</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="81"/>
        <source>T&amp;ime and place</source>
        <translation>T&amp;ime and place</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="82"/>
        <source>Co&amp;ntent</source>
        <translation>Co&amp;ntent</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="83"/>
        <source>Module details</source>
        <translation>Module details</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="147"/>
        <source>e.g. M1</source>
        <translation>e.g. M1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="157"/>
        <location filename="../originn_desktop/ui/module_dialog.py" line="183"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
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
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="164"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="167"/>
        <source>Title in &amp;Swedish:</source>
        <translation>Title in &amp;Swedish:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="170"/>
        <source>Title in Swedish</source>
        <translation>Title in Swedish</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="174"/>
        <source>Title in &amp;English:</source>
        <translation>Title in &amp;English:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="177"/>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="180"/>
        <source>Co&amp;urse code:</source>
        <translation>Co&amp;urse code:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="180"/>
        <source>Course code</source>
        <translation>Course code</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="182"/>
        <source>C&amp;redits:</source>
        <translation>C&amp;redits:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="182"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="183"/>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="185"/>
        <source>&amp;Progression:</source>
        <translation>&amp;Progression:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="185"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="187"/>
        <source>EQF &amp;level:</source>
        <translation>EQF &amp;level:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="187"/>
        <source>EQF level</source>
        <translation>EQF level</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="188"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="197"/>
        <location filename="../originn_desktop/ui/module_dialog.py" line="218"/>
        <source>Form of participation</source>
        <translation>Form of participation</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="203"/>
        <source>no maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="204"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="204"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="205"/>
        <source>En&amp;ds:</source>
        <translation>En&amp;ds:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="205"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="208"/>
        <source>Registration &amp;closes:</source>
        <translation>Registration &amp;closes:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="211"/>
        <source>Registration deadline</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="215"/>
        <source>&amp;Form of participation:</source>
        <translation>&amp;Form of participation:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="220"/>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="220"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="223"/>
        <source>&amp;Minimum participants:</source>
        <translation>&amp;Minimum participants:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="226"/>
        <source>Minimum participants</source>
        <translation>Minimum participants</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="230"/>
        <source>Ma&amp;ximum participants:</source>
        <translation>Ma&amp;ximum participants:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="233"/>
        <source>Maximum participants</source>
        <translation>Maximum participants</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="240"/>
        <source>Learning outcomes in Swedish</source>
        <translation>Learning outcomes in Swedish</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="241"/>
        <source>Learning outcomes in English</source>
        <translation>Learning outcomes in English</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="242"/>
        <source>Assessment in Swedish</source>
        <translation>Assessment in Swedish</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="243"/>
        <source>Assessment in English</source>
        <translation>Assessment in English</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="244"/>
        <source>Quality assurance in Swedish</source>
        <translation>Quality assurance in Swedish</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="245"/>
        <source>Quality assurance in English</source>
        <translation>Quality assurance in English</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="247"/>
        <source>Learning &amp;outcomes (sv):</source>
        <translation>Learning &amp;outcomes (sv):</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="248"/>
        <source>Learning o&amp;utcomes (en):</source>
        <translation>Learning o&amp;utcomes (en):</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="249"/>
        <source>&amp;Assessment (sv):</source>
        <translation>&amp;Assessment (sv):</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="250"/>
        <source>Assess&amp;ment (en):</source>
        <translation>Assess&amp;ment (en):</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="251"/>
        <source>&amp;Quality assurance (sv):</source>
        <translation>&amp;Quality assurance (sv):</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="252"/>
        <source>Quality assurance (&amp;en):</source>
        <translation>Quality assurance (&amp;en):</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="346"/>
        <source>The learning outcomes do not fit the certificate at the normal size: its facts would be printed at %1 pt (%2 pt normally; below %3 pt they are hard to read). Shortening the learning outcomes, or the other long texts, makes them larger.</source>
        <translation>The learning outcomes do not fit the certificate at the normal size: its facts would be printed at %1 pt (%2 pt normally; below %3 pt they are hard to read). Shortening the learning outcomes, or the other long texts, makes them larger.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="356"/>
        <source>Small print on the certificate</source>
        <translation>Small print on the certificate</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="357"/>
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>ModulesModel</name>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="60"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="61"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="62"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="63"/>
        <source>Counted / min.</source>
        <translation>Counted / min.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="64"/>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="65"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="66"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="67"/>
        <source>Registration closes</source>
        <translation>Registration closes</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="116"/>
        <source>%1 counted of at least %2</source>
        <translation>%1 counted of at least %2</translation>
    </message>
</context>
<context>
    <name>ModulesView</name>
    <message>
        <location filename="../originn_desktop/ui/modules_view.py" line="41"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/modules_view.py" line="60"/>
        <source>%1: %n missing</source>
        <translation>
            <numerusform>%1: %n missing</numerusform>
            <numerusform>%1: %n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/modules_view.py" line="64"/>
        <source>%n module(s) below the minimum</source>
        <translation>
            <numerusform>%n module below the minimum</numerusform>
            <numerusform>%n modules below the minimum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_view.py" line="67"/>
        <source>Every module meets its minimum.</source>
        <translation>Every module meets its minimum.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../originn_desktop/ui/issuer_settings.py" line="49"/>
        <source>Drawing a certificate…</source>
        <translation>Drawing a certificate…</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="58"/>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="60"/>
        <source>Participant: %1</source>
        <translation>Participant: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="68"/>
        <source>YYMMDD-NNNN or YYYYMMDDNNNN</source>
        <translation>YYMMDD-NNNN or YYYYMMDDNNNN</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="69"/>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="292"/>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="70"/>
        <source>Show the whole personnummer</source>
        <translation>Show the whole personnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="77"/>
        <source>Ne&amp;w company…</source>
        <translation>Ne&amp;w company…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="78"/>
        <source>Create a new company</source>
        <translation>Create a new company</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="84"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="106"/>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="106"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="108"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="108"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="111"/>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="114"/>
        <source>Personnummer or samordningsnummer</source>
        <translation>Personnummer or samordningsnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="119"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="122"/>
        <source>Date of birth, for people without a personnummer</source>
        <translation>Date of birth, for people without a personnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="124"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="124"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="125"/>
        <source>Pho&amp;ne:</source>
        <translation>Pho&amp;ne:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="125"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="128"/>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="131"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="136"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="139"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="141"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="141"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="144"/>
        <source>Certificate l&amp;anguage:</source>
        <translation>Certificate l&amp;anguage:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="147"/>
        <source>Certificate language</source>
        <translation>Certificate language</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="149"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="149"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="215"/>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="217"/>
        <source>Enrollments and history</source>
        <translation>Enrollments and history</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="219"/>
        <source>Module / when</source>
        <translation>Module / when</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="219"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="219"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="250"/>
        <source>No company</source>
        <translation>No company</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="288"/>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="385"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="386"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="387"/>
        <source>Personnummer / born</source>
        <translation>Personnummer / born</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="388"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="389"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="390"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="121"/>
        <source>Search name, e-mail, company, municipality or date of birth</source>
        <translation>Search name, e-mail, company, municipality or date of birth</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="123"/>
        <source>Search participants</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="124"/>
        <source>Show participants of module</source>
        <translation>Show participants of module</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="125"/>
        <source>Show status</source>
        <translation>Show status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="126"/>
        <source>Number of participants shown</source>
        <translation>Number of participants shown</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="130"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="131"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="132"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="133"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="148"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="160"/>
        <source>All modules</source>
        <translation>All modules</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="330"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/participants_view.py" line="334"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/participants_view.py" line="128"/>
        <location filename="../originn_desktop/ui/participants_view.py" line="336"/>
        <source>more than %n participant(s)</source>
        <translation>
            <numerusform>more than %n participant</numerusform>
            <numerusform>more than %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="288"/>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="291"/>
        <source>Nothing has been saved yet. Rejected rows can be saved to a file, fixed and imported again.</source>
        <translation>Nothing has been saved yet. Rejected rows can be saved to a file, fixed and imported again.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="298"/>
        <source>Take the &amp;results in the file (grades and examination dates)</source>
        <translation>Take the &amp;results in the file (grades and examination dates)</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="300"/>
        <source>Take the results in the file</source>
        <translation>Take the results in the file</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="304"/>
        <source>Rejected rows and notes</source>
        <translation>Rejected rows and notes</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="305"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="305"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="309"/>
        <source>Save the &amp;rejected rows…</source>
        <translation>Save the &amp;rejected rows…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="310"/>
        <source>Save the rejected rows to a file</source>
        <translation>Save the rejected rows to a file</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="326"/>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="327"/>
        <source>%v of %m rows checked</source>
        <translation>%v of %m rows checked</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="355"/>
        <source>Cancelled: nothing was saved. Go back, or check the file again.</source>
        <translation>Cancelled: nothing was saved. Go back, or check the file again.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="370"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="373"/>
        <source>Left out: %1</source>
        <translation>Left out: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="386"/>
        <source>%1 rows in the file: %2 new participants, %3 already in the register or earlier in the file (merged, not added twice), %4 rejected.</source>
        <translation>%1 rows in the file: %2 new participants, %3 already in the register or earlier in the file (merged, not added twice), %4 rejected.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="394"/>
        <source>%1 left out (see below).</source>
        <translation>%1 left out (see below).</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="397"/>
        <source>%1 will be enrolled in %2.</source>
        <translation>%1 will be enrolled in %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="401"/>
        <source>%1 of them go on the waiting list: the module is full.</source>
        <translation>%1 of them go on the waiting list: the module is full.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="405"/>
        <source>%1 of them with their result (grade and date).</source>
        <translation>%1 of them with their result (grade and date).</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="409"/>
        <source>%1 are already in the module.</source>
        <translation>%1 are already in the module.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/import_wizard.py" line="418"/>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
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
        <translation>Undoing the import…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="76"/>
        <source>Importing again…</source>
        <translation>Importing again…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="180"/>
        <source>Add module %1</source>
        <translation>Add module %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="206"/>
        <source>Edit module %1</source>
        <translation>Edit module %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="227"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="251"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="277"/>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="299"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="307"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="314"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="323"/>
        <source>Import into %1</source>
        <translation>Import into %1</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="85"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="86"/>
        <source>Certificate number or name</source>
        <translation>Certificate number or name</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="87"/>
        <source>Search the certificate register</source>
        <translation>Search the certificate register</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="88"/>
        <source>Certificate register</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="91"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="92"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="93"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="94"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="98"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="99"/>
        <source>Print &amp;again…</source>
        <translation>Print &amp;again…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="100"/>
        <source>Open the P&amp;DF</source>
        <translation>Open the P&amp;DF</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="101"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="113"/>
        <source>revoked: %1</source>
        <translation>revoked: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="115"/>
        <source>superseded by %1</source>
        <translation>superseded by %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="116"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="154"/>
        <source>%1 is valid: issued to %2 for %3 on %4.</source>
        <translation>%1 is valid: issued to %2 for %3 on %4.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="156"/>
        <source>%1 is NOT valid (%5). It was issued to %2 for %3 on %4.</source>
        <translation>%1 is NOT valid (%5). It was issued to %2 for %3 on %4.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="164"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="174"/>
        <source>Folder for the certificate</source>
        <translation>Folder for the certificate</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="186"/>
        <location filename="../originn_desktop/ui/register_view.py" line="195"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="189"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="191"/>
        <source>The record has changed since: reissued as %1, and %2 is superseded.</source>
        <translation>The record has changed since: reissued as %1, and %2 is superseded.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="211"/>
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="212"/>
        <source>The file is not in %1; print it again to make it.</source>
        <translation>The file is not in %1; print it again to make it.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="223"/>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="224"/>
        <source>Why is %1 (%2) revoked?</source>
        <translation>Why is %1 (%2) revoked?</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register_view.py" line="235"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="135"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="136"/>
        <source>Save as E&amp;xcel…</source>
        <translation>Save as E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="137"/>
        <source>Figures per module</source>
        <translation>Figures per module</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="138"/>
        <location filename="../originn_desktop/ui/report_view.py" line="145"/>
        <source>Participants per municipality</source>
        <translation>Participants per municipality</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="139"/>
        <location filename="../originn_desktop/ui/report_view.py" line="146"/>
        <source>Participants per sector</source>
        <translation>Participants per sector</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="140"/>
        <location filename="../originn_desktop/ui/report_view.py" line="147"/>
        <source>Participants per gender</source>
        <translation>Participants per gender</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="144"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="154"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="155"/>
        <source>Counted / min.</source>
        <translation>Counted / min.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="156"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="157"/>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="158"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="159"/>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="175"/>
        <source>&lt;b&gt;%1&lt;/b&gt; participants from &lt;b&gt;%2&lt;/b&gt; companies; &lt;b&gt;%3&lt;/b&gt; have completed a module.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; participants from &lt;b&gt;%2&lt;/b&gt; companies; &lt;b&gt;%3&lt;/b&gt; have completed a module.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/report_view.py" line="205"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../originn_desktop/ui/widgets.py" line="81"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="80"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="81"/>
        <source>Choose a file for %1</source>
        <translation>Choose a file for %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="84"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="85"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="92"/>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="92"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="54"/>
        <source>Welcome to ORIGINN Desktop</source>
        <translation>Welcome to ORIGINN Desktop</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="57"/>
        <source>The register is empty. Start by creating a module (each needs at least 15 participants), then import a roster or add the participants one by one. Or load the demo data to look around first: the two ORIGINN modules with invented participants.</source>
        <translation>The register is empty. Start by creating a module (each needs at least 15 participants), then import a roster or add the participants one by one. Or load the demo data to look around first: the two ORIGINN modules with invented participants.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="65"/>
        <source>Create a &amp;module…</source>
        <translation>Create a &amp;module…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="66"/>
        <source>&amp;Add a participant…</source>
        <translation>&amp;Add a participant…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="67"/>
        <source>&amp;Import a roster…</source>
        <translation>&amp;Import a roster…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="68"/>
        <source>Load the &amp;demo data</source>
        <translation>Load the &amp;demo data</translation>
    </message>
</context>
</TS>
