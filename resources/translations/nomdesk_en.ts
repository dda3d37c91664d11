<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BallotDialogBase</name>
    <message numerus="yes">
        <source>%n ballot(s) written to {folder}:</source>
        <translation>
            <numerusform>%n ballot written to {folder}:</numerusform>
            <numerusform>%n ballots written to {folder}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message numerus="yes">
        <source>%n score(s) missing, from {who}.</source>
        <translation>
            <numerusform>%n score missing, from {who}.</numerusform>
            <numerusform>%n scores missing, from {who}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentPane</name>
    <message numerus="yes">
        <source>Attachments (%n)</source>
        <translation>
            <numerusform>Attachments (%n)</numerusform>
            <numerusform>Attachments (%n)</numerusform>
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
        <translation>
            <numerusform>Imported %n nominee from {file}</numerusform>
            <numerusform>Imported %n nominees from {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNomineesDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows (%n)</source>
        <translation>
            <numerusform>Rows (%n)</numerusform>
            <numerusform>Rows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations (%n to check)</source>
        <translation>
            <numerusform>Organisations (%n to check)</numerusform>
            <numerusform>Organisations (%n to check)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n nominee(s)</source>
        <translation>
            <numerusform>&amp;Import %n nominee</numerusform>
            <numerusform>&amp;Import %n nominees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>%n row will be imported.</numerusform>
            <numerusform>%n rows will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported; see the reasons.</source>
        <translation>
            <numerusform>%n row will not be imported; see the reason.</numerusform>
            <numerusform>%n rows will not be imported; see the reasons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation name(s) resemble one already known: check the matches on the Organisations tab.</source>
        <translation>
            <numerusform>%n organisation name resembles one already known: check the match on the Organisations tab.</numerusform>
            <numerusform>%n organisation names resemble ones already known: check the matches on the Organisations tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait for an organisation to be chosen.</source>
        <translation>
            <numerusform>%n row waits for an organisation to be chosen.</numerusform>
            <numerusform>%n rows wait for an organisation to be chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n nominee(s) from {file}</source>
        <translation>
            <numerusform>Import %n nominee from {file}</numerusform>
            <numerusform>Import %n nominees from {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSheetsDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n sheet(s)</source>
        <translation>
            <numerusform>&amp;Import %n sheet</numerusform>
            <numerusform>&amp;Import %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): </source>
        <translation>
            <numerusform>%n file: </numerusform>
            <numerusform>%n files: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to import</source>
        <translation>
            <numerusform>%n to import</numerusform>
            <numerusform>%n to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JurorWindow</name>
    <message numerus="yes">
        <source>{scored} of %n score(s)</source>
        <translation>
            <numerusform>{scored} of %n score</numerusform>
            <numerusform>{scored} of %n scores</numerusform>
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
        <translation>
            <numerusform>%n of the criteria scored</numerusform>
            <numerusform>%n of the criteria scored</numerusform>
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
        <translation>
            <numerusform>%n score missing</numerusform>
            <numerusform>%n scores missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{juror} · {nominee}: {scored} of %n score(s)</source>
        <translation>
            <numerusform>{juror} · {nominee}: {scored} of %n score</numerusform>
            <numerusform>{juror} · {nominee}: {scored} of %n scores</numerusform>
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
        <translation>
            <numerusform>{counted} of %n juror</numerusform>
            <numerusform>{counted} of %n jurors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Saved {name}: %n page(s).</source>
        <translation>
            <numerusform>Saved {name}: %n page.</numerusform>
            <numerusform>Saved {name}: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n nominee(s) ranked</source>
        <translation>
            <numerusform>%n nominee ranked</numerusform>
            <numerusform>%n nominees ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n juror</numerusform>
            <numerusform>%n jurors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, from {who}.</source>
        <translation>
            <numerusform>%n score missing, from {who}.</numerusform>
            <numerusform>%n scores missing, from {who}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message numerus="yes">
        <source>· %n missing</source>
        <translation>
            <numerusform>· %n missing</numerusform>
            <numerusform>· %n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing on this sheet</source>
        <translation>
            <numerusform>%n score missing on this sheet</numerusform>
            <numerusform>%n scores missing on this sheet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetCard</name>
    <message numerus="yes">
        <source>%n new score(s)</source>
        <translation>
            <numerusform>%n new score</numerusform>
            <numerusform>%n new scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyed score(s) replaced</source>
        <translation>
            <numerusform>%n keyed score replaced</numerusform>
            <numerusform>%n keyed scores replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overall comment(s) new or changed</source>
        <translation>
            <numerusform>%n overall comment new or changed</numerusform>
            <numerusform>%n overall comments new or changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinnerDialog</name>
    <message numerus="yes">
        <source>Decide with %n score(s) missing; the decision records it.</source>
        <translation>
            <numerusform>Decide with %n score missing; the decision records it.</numerusform>
            <numerusform>Decide with %n scores missing; the decision records it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) are missing: {who}.</source>
        <translation>
            <numerusform>%n score is missing: {who}.</numerusform>
            <numerusform>%n scores are missing: {who}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinnersReport</name>
    <message numerus="yes">
        <source>%n finalist(s), each presented in this report.</source>
        <translation>
            <numerusform>%n finalist, presented in this report.</numerusform>
            <numerusform>%n finalists, each presented in this report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalist(s).</source>
        <translation>
            <numerusform>%n finalist.</numerusform>
            <numerusform>%n finalists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log holds %n event(s). Each carries the hash of the one before it; the newest hash, the head of the chain, is:</source>
        <translation>
            <numerusform>The audit log holds %n event. It carries the hash of the one before it; the newest hash, the head of the chain, is:</numerusform>
            <numerusform>The audit log holds %n events. Each carries the hash of the one before it; the newest hash, the head of the chain, is:</numerusform>
        </translation>
    </message>
</context>
</TS>
