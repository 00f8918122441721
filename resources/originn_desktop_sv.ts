<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
    <name>MainWindow</name>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="164"/>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="165"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="167"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="168"/>
        <location filename="../originn_desktop/ui/main_window.py" line="184"/>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="172"/>
        <source>New &amp;module…</source>
        <translation>Ny &amp;modul…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="173"/>
        <source>New &amp;participant…</source>
        <translation>Ny &amp;deltagare…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="174"/>
        <source>Load &amp;demo data</source>
        <translation>Läs in d&amp;emodata</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="175"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Open selected…</source>
        <translation>Ö&amp;ppna markerad…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="178"/>
        <source>&amp;Find participant</source>
        <translation>&amp;Sök deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="179"/>
        <source>&amp;Enroll in module…</source>
        <translation>&amp;Anmäl till modul…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="180"/>
        <source>Change &amp;status…</source>
        <translation>Ändra &amp;status…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="181"/>
        <source>&amp;Withdraw…</source>
        <translation>A&amp;vanmäl…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Grade and complete…</source>
        <translation>Sätt &amp;betyg…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Modules</source>
        <translation>&amp;Moduler</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="185"/>
        <source>&amp;About ORIGINN Desktop</source>
        <translation>&amp;Om ORIGINN Desktop</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="192"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="224"/>
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n modul</numerusform>
            <numerusform>%n moduler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="226"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="262"/>
        <source>%1 has moved up from the waiting list into %2.</source>
        <translation>%1 har flyttats från reservlistan till %2.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="268"/>
        <source>Waiting list</source>
        <translation>Reservlista</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="279"/>
        <source>Module %1 created.</source>
        <translation>Modulen %1 har skapats.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="301"/>
        <source>%1 is already in the register; no second person was added.</source>
        <translation>%1 finns redan i registret; ingen ny person lades till.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="360"/>
        <source>The module is full; on the waiting list: %1</source>
        <translation>Modulen är full; på reservlistan: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="366"/>
        <source>Already taking part, left as they were: %1</source>
        <translation>Deltar redan och lämnades som de var: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="371"/>
        <source>Enroll</source>
        <translation>Anmäl</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="373"/>
        <source>%n enrolled.</source>
        <translation>
            <numerusform>%n anmäld.</numerusform>
            <numerusform>%n anmälda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="399"/>
        <source>%n withdrawn.</source>
        <translation>
            <numerusform>%n avanmäld.</numerusform>
            <numerusform>%n avanmälda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/main_window.py" line="410"/>
        <source>%n graded.</source>
        <translation>
            <numerusform>%n har fått betyg.</numerusform>
            <numerusform>%n har fått betyg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="421"/>
        <source>Demo data loaded: %1 modules, %2 participants.</source>
        <translation>Demodata inläst: %1 moduler, %2 deltagare.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="447"/>
        <source>About ORIGINN Desktop</source>
        <translation>Om ORIGINN Desktop</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/main_window.py" line="449"/>
        <source>&lt;b&gt;ORIGINN Desktop %1&lt;/b&gt;&lt;p&gt;The participant register, the 15-participant minimum and the certificates of the ORIGINN micro-credentials at Mittuniversitetet, for Region Jämtland Härjedalen.&lt;/p&gt;&lt;p&gt;ORIGINN is an Interreg Europe project, co-funded by the European Union.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ORIGINN Desktop %1&lt;/b&gt;&lt;p&gt;Deltagarregistret, minimikravet på 15 deltagare och intygen för ORIGINN:s mikromeriter vid Mittuniversitetet, för Region Jämtland Härjedalen.&lt;/p&gt;&lt;p&gt;ORIGINN är ett Interreg Europe-projekt, medfinansierat av Europeiska unionen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="60"/>
        <source>New module</source>
        <translation>Ny modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="60"/>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="65"/>
        <source>&amp;Basics</source>
        <translation>&amp;Grunduppgifter</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="66"/>
        <source>T&amp;ime and place</source>
        <translation>&amp;Tid och plats</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="67"/>
        <source>Co&amp;ntent</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="68"/>
        <source>Module details</source>
        <translation>Moduluppgifter</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="103"/>
        <source>e.g. M1</source>
        <translation>t.ex. M1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="113"/>
        <location filename="../originn_desktop/ui/module_dialog.py" line="125"/>
        <source>Cycle</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="119"/>
        <location filename="../originn_desktop/ui/module_dialog.py" line="128"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="120"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="120"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="121"/>
        <source>Title in &amp;Swedish:</source>
        <translation>&amp;Svensk titel:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="121"/>
        <source>Title in Swedish</source>
        <translation>Svensk titel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="122"/>
        <source>Title in &amp;English:</source>
        <translation>&amp;Engelsk titel:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="122"/>
        <source>Title in English</source>
        <translation>Engelsk titel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="123"/>
        <source>Co&amp;urse code:</source>
        <translation>K&amp;urskod:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="123"/>
        <source>Course code</source>
        <translation>Kurskod</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="124"/>
        <source>C&amp;redits:</source>
        <translation>&amp;Poäng:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="124"/>
        <source>Credits</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="125"/>
        <source>C&amp;ycle:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="126"/>
        <source>&amp;Progression:</source>
        <translation>P&amp;rogression:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="126"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="127"/>
        <source>EQF &amp;level:</source>
        <translation>EQF-ni&amp;vå:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="127"/>
        <source>EQF level</source>
        <translation>EQF-nivå</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="128"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="137"/>
        <location filename="../originn_desktop/ui/module_dialog.py" line="153"/>
        <source>Form of participation</source>
        <translation>Studieform</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="143"/>
        <source>no maximum</source>
        <translation>inget tak</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="144"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="144"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="145"/>
        <source>En&amp;ds:</source>
        <translation>S&amp;lutdatum:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="145"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="148"/>
        <source>Registration &amp;closes:</source>
        <translation>Sista &amp;anmälningsdag:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="151"/>
        <source>Registration deadline</source>
        <translation>Sista anmälningsdag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="153"/>
        <source>&amp;Form of participation:</source>
        <translation>Stu&amp;dieform:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="154"/>
        <source>&amp;Location:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="154"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="155"/>
        <source>&amp;Minimum participants:</source>
        <translation>&amp;Minsta antal deltagare:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="155"/>
        <source>Minimum participants</source>
        <translation>Minsta antal deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="156"/>
        <source>Ma&amp;ximum participants:</source>
        <translation>&amp;Högsta antal deltagare:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="156"/>
        <source>Maximum participants</source>
        <translation>Högsta antal deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="162"/>
        <source>Learning outcomes in Swedish</source>
        <translation>Lärandemål på svenska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="163"/>
        <source>Learning outcomes in English</source>
        <translation>Lärandemål på engelska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="164"/>
        <source>Assessment in Swedish</source>
        <translation>Examination på svenska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="165"/>
        <source>Assessment in English</source>
        <translation>Examination på engelska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="166"/>
        <source>Quality assurance in Swedish</source>
        <translation>Kvalitetssäkring på svenska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="167"/>
        <source>Quality assurance in English</source>
        <translation>Kvalitetssäkring på engelska</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="169"/>
        <source>Learning &amp;outcomes (sv):</source>
        <translation>Lärandemål, &amp;svenska:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="170"/>
        <source>Learning o&amp;utcomes (en):</source>
        <translation>Lärandemål, &amp;engelska:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="171"/>
        <source>&amp;Assessment (sv):</source>
        <translation>E&amp;xamination, svenska:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="172"/>
        <source>Assess&amp;ment (en):</source>
        <translation>Examination, engelsk&amp;a:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="173"/>
        <source>&amp;Quality assurance (sv):</source>
        <translation>&amp;Kvalitetssäkring, svenska:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/module_dialog.py" line="174"/>
        <source>Quality assurance (&amp;en):</source>
        <translation>Kvalitetssäkring, enge&amp;lska:</translation>
    </message>
</context>
<context>
    <name>ModulesModel</name>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="58"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="59"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="60"/>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="61"/>
        <source>Counted / min.</source>
        <translation>Räknade / min.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="62"/>
        <source>Waiting list</source>
        <translation>Reservlista</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="63"/>
        <source>Starts</source>
        <translation>Startar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="64"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="65"/>
        <source>Registration closes</source>
        <translation>Sista anmälningsdag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_model.py" line="109"/>
        <source>%1 counted of at least %2</source>
        <translation>%1 räknade av minst %2</translation>
    </message>
</context>
<context>
    <name>ModulesView</name>
    <message>
        <location filename="../originn_desktop/ui/modules_view.py" line="34"/>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/modules_view.py" line="53"/>
        <source>%1: %n missing</source>
        <translation>
            <numerusform>%1: %n saknas</numerusform>
            <numerusform>%1: %n saknas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/modules_view.py" line="57"/>
        <source>%n module(s) below the minimum</source>
        <translation>
            <numerusform>%n modul under minimum</numerusform>
            <numerusform>%n moduler under minimum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/modules_view.py" line="60"/>
        <source>Every module meets its minimum.</source>
        <translation>Alla moduler har minst sitt minsta antal deltagare.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="61"/>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="63"/>
        <source>Participant: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="71"/>
        <source>YYMMDD-NNNN or YYYYMMDDNNNN</source>
        <translation>ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="72"/>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="257"/>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="73"/>
        <source>Show the whole personnummer</source>
        <translation>Visa hela personnumret</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="80"/>
        <source>Ne&amp;w company…</source>
        <translation>&amp;Nytt företag…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="81"/>
        <source>Create a new company</source>
        <translation>Skapa ett nytt företag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="87"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="108"/>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="108"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="109"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="109"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="112"/>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="115"/>
        <source>Personnummer or samordningsnummer</source>
        <translation>Personnummer eller samordningsnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="120"/>
        <source>&amp;Date of birth:</source>
        <translation>Födelse&amp;datum:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="123"/>
        <source>Date of birth, for people without a personnummer</source>
        <translation>Födelsedatum, för den som saknar personnummer</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="125"/>
        <source>&amp;E-mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="125"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="126"/>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="126"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="127"/>
        <source>&amp;Company:</source>
        <translation>F&amp;öretag:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="127"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="128"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="128"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="129"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="129"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="132"/>
        <source>Certificate l&amp;anguage:</source>
        <translation>Intygsspr&amp;åk:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="135"/>
        <source>Certificate language</source>
        <translation>Intygsspråk</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="137"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="137"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="184"/>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="186"/>
        <source>Enrollments and history</source>
        <translation>Anmälningar och historik</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="187"/>
        <source>Module / when</source>
        <translation>Modul / när</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="187"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="187"/>
        <source>Grade</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="187"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="215"/>
        <source>No company</source>
        <translation>Inget företag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participant_dialog.py" line="253"/>
        <source>&amp;Hide</source>
        <translation>Dö&amp;lj</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="156"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="157"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="158"/>
        <source>Personnummer / born</source>
        <translation>Personnummer / född</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="159"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="160"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_model.py" line="161"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="41"/>
        <source>Search name, e-mail, company, municipality or date of birth</source>
        <translation>Sök namn, e-post, företag, kommun eller födelsedatum</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="43"/>
        <source>Search participants</source>
        <translation>Sök deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="45"/>
        <source>Show participants of module</source>
        <translation>Visa deltagare i modul</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="47"/>
        <source>Show status</source>
        <translation>Visa status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="49"/>
        <source>Number of participants shown</source>
        <translation>Antal deltagare som visas</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="51"/>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="53"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="55"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="76"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="105"/>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/participants_view.py" line="117"/>
        <source>All modules</source>
        <translation>Alla moduler</translation>
    </message>
    <message numerus="yes">
        <location filename="../originn_desktop/ui/participants_view.py" line="176"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="83"/>
        <source>Add module %1</source>
        <translation>Lägg till modul %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="106"/>
        <source>Edit module %1</source>
        <translation>Ändra modul %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="122"/>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="135"/>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="161"/>
        <source>Enroll</source>
        <translation>Anmäl</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="175"/>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="180"/>
        <source>Withdraw</source>
        <translation>Avanmäl</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/register.py" line="187"/>
        <source>Grade</source>
        <translation>Betyg</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="68"/>
        <source>Choose a file for %1</source>
        <translation>Välj en fil för %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="71"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="72"/>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="79"/>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/settings_dialog.py" line="79"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="16"/>
        <source>Welcome to ORIGINN Desktop</source>
        <translation>Välkommen till ORIGINN Desktop</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="23"/>
        <source>The register is empty. Start by creating a module (each needs at least 15 participants), then add the participants. Or load the demo data to look around first: the two ORIGINN modules with invented participants.</source>
        <translation>Registret är tomt. Börja med att skapa en modul (varje modul behöver minst 15 deltagare) och lägg sedan till deltagarna. Eller läs in demodata för att se dig omkring först: de två ORIGINN-modulerna med påhittade deltagare.</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="30"/>
        <source>Create a &amp;module…</source>
        <translation>Skapa en &amp;modul…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="31"/>
        <source>&amp;Add a participant…</source>
        <translation>&amp;Lägg till en deltagare…</translation>
    </message>
    <message>
        <location filename="../originn_desktop/ui/welcome.py" line="32"/>
        <source>Load the &amp;demo data</source>
        <translation>&amp;Prova med demodata</translation>
    </message>
</context>
</TS>
