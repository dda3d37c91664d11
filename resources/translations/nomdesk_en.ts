<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BallotDialogBase</name>
    <message numerus="yes">
        <source>%n ballot(s) written to {folder}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message numerus="yes">
        <source>%n score(s) missing, from {who}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentPane</name>
    <message numerus="yes">
        <source>Attachments (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message numerus="yes">
        <source>%n criterion(s), total weight {total}</source>
        <translation>
            <numerusform>%n criterion, total weight {total}</numerusform>
            <numerusform>%n criteria, total weight {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNominees</name>
    <message numerus="yes">
        <source>Imported %n nominee(s) from {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNomineesDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations (%n to check)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n nominee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported; see the reasons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation name(s) resemble one already known: check the matches on the Organisations tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait for an organisation to be chosen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n nominee(s) from {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JurorWindow</name>
    <message numerus="yes">
        <source>{scored} of %n score(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JuryView</name>
    <message numerus="yes">
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n juror</numerusform>
            <numerusform>%n jurors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n nomination(s) move: {years}.</source>
        <translation>
            <numerusform>%n nomination moves: {years}.</numerusform>
            <numerusform>%n nominations move: {years}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NomineeList</name>
    <message numerus="yes">
        <source>%n of the criteria scored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NomineesView</name>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n nominee</numerusform>
            <numerusform>%n nominees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n nominee(s)</source>
        <translation>
            <numerusform>{shown} of %n nominee</numerusform>
            <numerusform>{shown} of %n nominees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>%Ln score(s) were missing.</source>
        <translation>
            <numerusform>%Ln score was missing.</numerusform>
            <numerusform>%Ln scores were missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message numerus="yes">
        <source>%n score(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{juror} · {nominee}: {scored} of %n score(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message numerus="yes">
        <source>All %Ln score(s) are entered.</source>
        <translation>
            <numerusform>The %Ln score is entered.</numerusform>
            <numerusform>All %Ln scores are entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{scored} of %Ln score(s) entered ({missing})</source>
        <translation>
            <numerusform>{scored} of %Ln score entered ({missing})</numerusform>
            <numerusform>{scored} of %Ln scores entered ({missing})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message numerus="yes">
        <source>{counted} of %n juror(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Saved {name}: %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n nominee(s) ranked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n juror(s)</source>
        <translation type="unfinished">
            <numerusform>%n juror</numerusform>
            <numerusform>%n jurors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message numerus="yes">
        <source>· %n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing on this sheet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinnerDialog</name>
    <message numerus="yes">
        <source>Decide with %n score(s) missing; the decision records it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) are missing: {who}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinnersReport</name>
    <message numerus="yes">
        <source>%n finalist(s), each presented in this report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalist(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log holds %n event(s). Each carries the hash of the one before it; the newest hash, the head of the chain, is:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
