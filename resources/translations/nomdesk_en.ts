<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
</TS>
