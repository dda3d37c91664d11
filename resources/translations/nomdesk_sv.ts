<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>standalone</source>
        <translation>fristående</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>Python-paket</translation>
    </message>
    <message>
        <source>About nomdesk</source>
        <translation>Om nomdesk</translation>
    </message>
    <message>
        <source>Run an award year from nominations to the winners report.</source>
        <translation>Genomför ett prisår från nomineringar till vinnarrapport.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version ({licence}). It comes with no warranty.</source>
        <translation>Fri programvara under GNU General Public License, version 3 eller senare ({licence}). Programmet levereras utan garanti.</translation>
    </message>
    <message>
        <source>no database open</source>
        <translation>ingen databas öppen</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licens:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Loggmapp:</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera uppgifter</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation>Bifoga {name}</translation>
    </message>
    <message>
        <source>no program opens this kind of file</source>
        <translation>inget program kan öppna den här filtypen</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>Det gick inte att öppna {path}: {reason}</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Inte öppnad</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Ta bort bilagan {name}</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>This nominee has no attachments.</source>
        <translation>Den nominerade har inga bilagor.</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Det gick inte att öppna bilagan</translation>
    </message>
</context>
<context>
    <name>BallotDialogBase</name>
    <message>
        <source>Also write a blank &amp;paper score sheet (PDF) for each</source>
        <translation>Skriv också ut ett tomt &amp;poängblad på papper (PDF) för varje</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Bedömningsfil</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Visa &amp;mappen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>sent again, same ballot</source>
        <translation>skickad igen, samma bedömningsfil</translation>
    </message>
    <message>
        <source>paper sheet</source>
        <translation>poängblad på papper</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) written to {folder}:</source>
        <translation>
            <numerusform>%n bedömningsfil sparad i {folder}:</numerusform>
            <numerusform>%n bedömningsfiler sparade i {folder}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Point at the chart to see its values.</source>
        <translation>Peka på diagrammet för att se värdena.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Spara diagrammet som PNG…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>By criterion</source>
        <translation>Per kriterium</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>Jurors&apos; z-scores</source>
        <translation>Jurymedlemmarnas z-värden</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metod</translation>
    </message>
    <message>
        <source>Choose an award year on the left.</source>
        <translation>Välj ett prisår till vänster.</translation>
    </message>
    <message>
        <source>{year} has no scoring round, so there is nothing to chart.</source>
        <translation>{year} har ingen bedömningsomgång, så det finns inget att visa i diagram.</translation>
    </message>
    <message>
        <source>{method} (the year&apos;s setting)</source>
        <translation>{method} (prisårets inställning)</translation>
    </message>
    <message>
        <source>No juror has a complete total in {round} {year} yet: the charts appear once a juror has scored every criterion for a nominee.</source>
        <translation>Ingen jurymedlem har ännu en fullständig totalpoäng i {round} {year}: diagrammen visas så snart en jurymedlem har bedömt alla kriterier för en nominerad.</translation>
    </message>
    <message>
        <source>{juror} ({count})</source>
        <translation>{juror} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, from {who}.</source>
        <translation>
            <numerusform>%n poäng saknas, från {who}.</numerusform>
            <numerusform>%n poäng saknas, från {who}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A juror&apos;s total counts only when the juror has scored every criterion.</source>
        <translation>En jurymedlems totalpoäng räknas bara när jurymedlemmen har bedömt alla kriterier.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Spara diagrammet som PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The chart could not be saved as {path}.</source>
        <translation>Diagrammet kunde inte sparas som {path}.</translation>
    </message>
    <message>
        <source>Chart saved as {path}</source>
        <translation>Diagrammet sparades som {path}</translation>
    </message>
</context>
<context>
    <name>ColourScaleLegend</name>
    <message>
        <source>conflict of interest</source>
        <translation>jäv</translation>
    </message>
    <message>
        <source>no complete total</source>
        <translation>ingen fullständig totalpoäng</translation>
    </message>
    <message>
        <source>← below own average</source>
        <translation>← under eget genomsnitt</translation>
    </message>
    <message>
        <source>above →</source>
        <translation>över →</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comment on this score</source>
        <translation>Kommentar till poängen</translation>
    </message>
    <message>
        <source>Overall comment on the nominee</source>
        <translation>Övergripande kommentar om den nominerade</translation>
    </message>
    <message>
        <source>Choose a cell in the grid.</source>
        <translation>Välj en ruta i tabellen.</translation>
    </message>
    <message>
        <source>Enter a score first.</source>
        <translation>Ange en poäng först.</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Method comparison</source>
        <translation>Jämförelse av metoder</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1:a</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2:a</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3:e</translation>
    </message>
    <message>
        <source>First place differs from the method shown above.</source>
        <translation>Förstaplatsen skiljer sig från metoden som visas ovan.</translation>
    </message>
    <message>
        <source>{name} ({score})</source>
        <translation>{name} ({score})</translation>
    </message>
    <message>
        <source>{methods}: {names}</source>
        <translation>{methods}: {names}</translation>
    </message>
    <message>
        <source>The methods disagree on first place. {details}.</source>
        <translation>Metoderna är oeniga om förstaplatsen. {details}.</translation>
    </message>
    <message>
        <source>Every method puts {names} first.</source>
        <translation>Alla metoder sätter {names} först.</translation>
    </message>
    <message>
        <source>No nominee has a complete total yet.</source>
        <translation>Ingen nominerad har ännu en fullständig totalpoäng.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ingen ännu</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Anmäl jäv</translation>
    </message>
    <message>
        <source>For example: I sit on its board</source>
        <translation>Till exempel: jag sitter i styrelsen</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Anmäl</translation>
    </message>
    <message>
        <source>Why can you not judge {nominee} impartially? The secretariat sees the reason. You then give {nominee} no scores; you can withdraw the declaration later.</source>
        <translation>Varför kan du inte bedöma {nominee} opartiskt? Sekretariatet ser skälet. Du ger sedan inga poäng till {nominee}; du kan återkalla anmälan senare.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>{juror} – {nominee}: no conflict</source>
        <translation>{juror} – {nominee}: inget jäv</translation>
    </message>
    <message>
        <source>{juror} – {nominee}: {reason}</source>
        <translation>{juror} – {nominee}: {reason}</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(inget skäl angivet)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Click a cell (or press Space) to declare or remove a conflict. A conflicted juror&apos;s scores for that nominee never count, and their ballot leaves the nominee out.</source>
        <translation>Klicka i en ruta (eller tryck på mellanslag) för att anmäla eller ta bort jäv. En jävig jurymedlems poäng för den nominerade räknas aldrig, och den nominerade tas inte med i jurymedlemmens bedömningsfil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts of interest&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jäv&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The matrix needs jurors: add them above.</source>
        <translation>Matrisen behöver jurymedlemmar: lägg till dem ovan.</translation>
    </message>
    <message>
        <source>The matrix needs nominees: add them in Nominees.</source>
        <translation>Matrisen behöver nominerade: lägg till dem under Nominerade.</translation>
    </message>
    <message>
        <source>No conflicts of interest are recorded.</source>
        <translation>Inget jäv är registrerat.</translation>
    </message>
    <message>
        <source>{juror} – {nominee}</source>
        <translation>{juror} – {nominee}</translation>
    </message>
    <message>
        <source>{line}: {reason}</source>
        <translation>{line}: {reason}</translation>
    </message>
    <message>
        <source>{line} (declared by the juror)</source>
        <translation>{line} (anmält av jurymedlemmen)</translation>
    </message>
    <message>
        <source>{line} (withdrawn nominee)</source>
        <translation>{line} (tillbakadragen nominerad)</translation>
    </message>
    <message>
        <source>Why may {juror} not score {nominee}?</source>
        <translation>Varför får {juror} inte bedöma {nominee}?</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Anmäl jäv</translation>
    </message>
    <message>
        <source>Declare conflict {juror} – {nominee}</source>
        <translation>Anmäl jäv {juror} – {nominee}</translation>
    </message>
    <message>
        <source>Remove the conflict between {juror} and {nominee}?</source>
        <translation>Ta bort jävet för {juror} gällande {nominee}?</translation>
    </message>
    <message>
        <source>Remove conflict of interest</source>
        <translation>Ta bort jäv</translation>
    </message>
    <message>
        <source>Remove conflict {juror} – {nominee}</source>
        <translation>Ta bort jäv {juror} – {nominee}</translation>
    </message>
</context>
<context>
    <name>ContentPane</name>
    <message>
        <source>Nomination</source>
        <translation>Nominering</translation>
    </message>
    <message>
        <source>My chart</source>
        <translation>Mitt diagram</translation>
    </message>
    <message numerus="yes">
        <source>Attachments (%n)</source>
        <translation>
            <numerusform>Bilagor (%n)</numerusform>
            <numerusform>Bilagor (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaChart</name>
    <message>
        <source>Point at a bar to see the mean score.</source>
        <translation>Peka på en stapel för att se medelpoängen.</translation>
    </message>
    <message>
        <source>Mean score per criterion in {round} {year}</source>
        <translation>Medelpoäng per kriterium i {round} {year}</translation>
    </message>
    <message>
        <source>The year has no criteria.</source>
        <translation>Prisåret har inga kriterier.</translation>
    </message>
    <message>
        <source>Tick nominees in the list to compare them.</source>
        <translation>Markera nominerade i listan för att jämföra dem.</translation>
    </message>
    <message>
        <source>{name} ({scale})</source>
        <translation>{name} ({scale})</translation>
    </message>
    <message>
        <source>Mean score as a share of the criterion&apos;s scale (%)</source>
        <translation>Medelpoäng som andel av kriteriets skala (%)</translation>
    </message>
    <message>
        <source>{name} (no complete total yet)</source>
        <translation>{name} (ingen fullständig totalpoäng ännu)</translation>
    </message>
    <message>
        <source>Means over the jurors with a complete total.</source>
        <translation>Medelvärden för jurymedlemmarna med fullständig totalpoäng.</translation>
    </message>
    <message>
        <source>{nominee} · {criterion}: mean {mean} on {scale} ({share} %)</source>
        <translation>{nominee} · {criterion}: medel {mean} på {scale} ({share} %)</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelskt namn</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <source>Nominees to compare:</source>
        <translation>Nominerade att jämföra:</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>No criteria are recorded for {year}.</source>
        <translation>Inga kriterier är registrerade för {year}.</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s), total weight {total}</source>
        <translation>
            <numerusform>%n kriterium, sammanlagd vikt {total}</numerusform>
            <numerusform>%n kriterier, sammanlagd vikt {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add criterion {name}</source>
        <translation>Lägg till kriteriet {name}</translation>
    </message>
    <message>
        <source>Edit criterion {name}</source>
        <translation>Ändra kriteriet {name}</translation>
    </message>
    <message>
        <source>Remove criterion {name}</source>
        <translation>Ta bort kriteriet {name}</translation>
    </message>
    <message>
        <source>Remove the criterion {name}? Every score given on it is removed with it. Edit ▸ Undo brings both back.</source>
        <translation>Ta bort kriteriet {name}? Alla poäng som getts på det tas bort samtidigt. Redigera ▸ Ångra återställer båda.</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message>
        <source>Move criterion {name}</source>
        <translation>Flytta kriteriet {name}</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>Edit criterion</source>
        <translation>Ändra kriterium</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nytt kriterium</translation>
    </message>
    <message>
        <source>Optional; reports fall back to Swedish</source>
        <translation>Valfritt; rapporter använder annars svenska</translation>
    </message>
    <message>
        <source>&amp;Name (Swedish):</source>
        <translation>&amp;Namn (svenska):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Namn (&amp;engelska):</translation>
    </message>
    <message>
        <source>&amp;Description (Swedish):</source>
        <translation>&amp;Beskrivning (svenska):</translation>
    </message>
    <message>
        <source>Description (En&amp;glish):</source>
        <translation>Beskrivning (en&amp;gelska):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Vikt:</translation>
    </message>
    <message>
        <source>Scale &amp;from:</source>
        <translation>Skala &amp;från:</translation>
    </message>
    <message>
        <source>Scale &amp;to:</source>
        <translation>Skala &amp;till:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Steg:</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Remove the score (not scored yet)</source>
        <translation>Ta bort poängen (inte bedömd ännu)</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Poäng</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Ko&amp;mmentar</translation>
    </message>
    <message>
        <source>Scale {low}–{high} in steps of {step} · weight {weight}</source>
        <translation>Skala {low}–{high} i steg om {step} · vikt {weight}</translation>
    </message>
    <message>
        <source>Site visit: {note}</source>
        <translation>Platsbesök: {note}</translation>
    </message>
    <message>
        <source>Why this score? (optional)</source>
        <translation>Varför denna poäng? (valfritt)</translation>
    </message>
    <message>
        <source>Give a score first.</source>
        <translation>Ange en poäng först.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <source>{typed} is not on this scale; the score stays {kept}.</source>
        <translation>{typed} finns inte på skalan; poängen förblir {kept}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exportera kalkylblad</translation>
    </message>
    <message>
        <source>Excel workbook, every sheet (*.xlsx)</source>
        <translation>Excel-arbetsbok, alla blad (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, the scores only (*.csv)</source>
        <translation>CSV, bara poängen (*.csv)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporterat till {path}</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Everything you enter is saved on this computer at once.</source>
        <translation>Allt du matar in sparas direkt på den här datorn.</translation>
    </message>
    <message>
        <source>No score sheet exported yet.</source>
        <translation>Inget poängblad har exporterats ännu.</translation>
    </message>
    <message>
        <source>Revision {revision} exported {when}.</source>
        <translation>Version {revision} exporterades {when}.</translation>
    </message>
    <message>
        <source>Changes since then are not exported.</source>
        <translation>Ändringar efter det har inte exporterats.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Det gick inte att öppna databasen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>V&amp;älj…</translation>
    </message>
    <message>
        <source>Folder for the ballots</source>
        <translation>Mapp för bedömningsfilerna</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <source>Point at a cell to see the juror&apos;s total and z-score.</source>
        <translation>Peka på en ruta för att se jurymedlemmens totalpoäng och z-värde.</translation>
    </message>
    <message>
        <source>Jurors&apos; totals as z-scores in {round} {year}</source>
        <translation>Jurymedlemmarnas totalpoäng som z-värden i {round} {year}</translation>
    </message>
    <message>
        <source>There are no jurors or nominees to compare.</source>
        <translation>Det finns inga jurymedlemmar eller nominerade att jämföra.</translation>
    </message>
    <message>
        <source>± others</source>
        <translation>± övriga</translation>
    </message>
    <message>
        <source>Each row: one juror&apos;s totals as z-scores (0 = the juror&apos;s own average), nominees best first. ± others: how many points (0–100) the juror&apos;s totals lie above or below the other jurors&apos; for the same nominees; harsh jurors show red, lenient ones blue.</source>
        <translation>Varje rad: en jurymedlems totalpoäng som z-värden (0 = jurymedlemmens eget genomsnitt), nominerade med den bästa först. ± övriga: hur många poäng (0–100) jurymedlemmens totalpoäng ligger över eller under de övriga jurymedlemmarnas för samma nominerade; stränga jurymedlemmar visas i rött, generösa i blått.</translation>
    </message>
    <message>
        <source>{juror} · {nominee}: conflict of interest (not counted)</source>
        <translation>{juror} · {nominee}: jäv (räknas inte)</translation>
    </message>
    <message>
        <source>{juror} · {nominee}: no complete total</source>
        <translation>{juror} · {nominee}: ingen fullständig totalpoäng</translation>
    </message>
    <message>
        <source>{juror} · {nominee}: total {total}, z {z} (the juror&apos;s average {average})</source>
        <translation>{juror} · {nominee}: totalpoäng {total}, z {z} (jurymedlemmens genomsnitt {average})</translation>
    </message>
    <message>
        <source>{juror}: no total to compare with the others</source>
        <translation>{juror}: ingen totalpoäng att jämföra med de övriga</translation>
    </message>
    <message>
        <source>{juror}: on average {points} points against the other jurors</source>
        <translation>{juror}: i genomsnitt {points} poäng jämfört med de övriga jurymedlemmarna</translation>
    </message>
</context>
<context>
    <name>ImportNominees</name>
    <message>
        <source>Import nominees</source>
        <translation>Importera nominerade</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n nominee(s) from {file}</source>
        <translation>
            <numerusform>Importerade %n nominerad från {file}</numerusform>
            <numerusform>Importerade %n nominerade från {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Det gick inte att läsa filen</translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>Importeras</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
    <message>
        <source>Confirm the organisation</source>
        <translation>Bekräfta organisationen</translation>
    </message>
    <message>
        <source>Exact match</source>
        <translation>Exakt träff</translation>
    </message>
    <message>
        <source>Similar name: check</source>
        <translation>Liknande namn: kontrollera</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <source>The same as {name} (new, from this file)</source>
        <translation>Samma som {name} (ny, från den här filen)</translation>
    </message>
    <message>
        <source>Create a new organisation “{name}”</source>
        <translation>Skapa en ny organisation ”{name}”</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominerad</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>An organisation&apos;s name is similar to one already known.</source>
        <translation>En organisations namn liknar en redan känd organisation.</translation>
    </message>
    <message>
        <source>“{text}” taken as {name}</source>
        <translation>”{text}” tolkas som {name}</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Blir</translation>
    </message>
</context>
<context>
    <name>ImportNomineesDialog</name>
    <message>
        <source>Import nominees</source>
        <translation>Importera nominerade</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>Välj en annan &amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Nominee&apos;s name</source>
        <translation>Den nominerades namn</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Nominerad av</translation>
    </message>
    <message>
        <source>Most proud of</source>
        <translation>Mest stolta över</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lärdomar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Initiative&apos;s description</source>
        <translation>Initiativets beskrivning</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Vilken kolumn innehåller vad</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolumn {number}</translation>
    </message>
    <message>
        <source>XLSX, sheet {sheet}</source>
        <translation>XLSX, bladet {sheet}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by {delimiter}</source>
        <translation>CSV, {encoding}, avgränsat med {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({detail}; {rows})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({detail}; {rows})</translation>
    </message>
    <message numerus="yes">
        <source>Rows (%n)</source>
        <translation>
            <numerusform>Rader (%n)</numerusform>
            <numerusform>Rader (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations (%n to check)</source>
        <translation>
            <numerusform>Organisationer (%n att kontrollera)</numerusform>
            <numerusform>Organisationer (%n att kontrollera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n nominee(s)</source>
        <translation>
            <numerusform>&amp;Importera %n nominerad</numerusform>
            <numerusform>&amp;Importera %n nominerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the nominee&apos;s name or organisation.</source>
        <translation>Välj kolumnen som innehåller den nominerades namn eller organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>%n rad kommer att importeras.</numerusform>
            <numerusform>%n rader kommer att importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported; see the reasons.</source>
        <translation>
            <numerusform>%n rad kommer inte att importeras; se skälen.</numerusform>
            <numerusform>%n rader kommer inte att importeras; se skälen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation name(s) resemble one already known: check the matches on the Organisations tab.</source>
        <translation>
            <numerusform>%n organisationsnamn liknar ett redan känt: kontrollera träffarna på fliken Organisationer.</numerusform>
            <numerusform>%n organisationsnamn liknar redan kända: kontrollera träffarna på fliken Organisationer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait for an organisation to be chosen.</source>
        <translation>
            <numerusform>%n rad väntar på att en organisation väljs.</numerusform>
            <numerusform>%n rader väntar på att en organisation väljs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n nominee(s) from {file}</source>
        <translation>
            <numerusform>Importera %n nominerad från {file}</numerusform>
            <numerusform>Importera %n nominerade från {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting importerades</translation>
    </message>
</context>
<context>
    <name>ImportSheetsDialog</name>
    <message>
        <source>Import score sheets</source>
        <translation>Importera poängblad</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n sheet(s)</source>
        <translation>
            <numerusform>&amp;Importera %n poängblad</numerusform>
            <numerusform>&amp;Importera %n poängblad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): </source>
        <translation>
            <numerusform>%n fil: </numerusform>
            <numerusform>%n filer: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to import</source>
        <translation>
            <numerusform>%n att importera</numerusform>
            <numerusform>%n att importera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message>
        <source>Each sheet is the juror&apos;s whole state: what it no longer holds is removed. Refused files change nothing. An import cannot be undone.</source>
        <translation>Varje poängblad är jurymedlemmens hela bedömning: det som inte längre finns med tas bort. Avvisade filer ändrar ingenting. En import kan inte ångras.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting importerades</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nytt initiativ</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>Choose an area or type a new one.</source>
        <translation>Välj ett område eller skriv ett nytt.</translation>
    </message>
    <message>
        <source>Started in</source>
        <translation>Startår</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Titel på engelska</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Beskrivning på engelska</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
</context>
<context>
    <name>InitiativesPanel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startår</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Choose an initiative to read its description.</source>
        <translation>Välj ett initiativ för att läsa beskrivningen.</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Visa…</translation>
    </message>
    <message>
        <source>Add initiative {title}</source>
        <translation>Lägg till initiativet {title}</translation>
    </message>
    <message>
        <source>Edit initiative {title}</source>
        <translation>Ändra initiativet {title}</translation>
    </message>
    <message>
        <source>Remove initiative {title}</source>
        <translation>Ta bort initiativet {title}</translation>
    </message>
    <message>
        <source>Move initiative {title}</source>
        <translation>Flytta initiativet {title}</translation>
    </message>
</context>
<context>
    <name>JurorDialog</name>
    <message>
        <source>Edit juror</source>
        <translation>Ändra jurymedlem</translation>
    </message>
    <message>
        <source>New juror</source>
        <translation>Ny jurymedlem</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
</context>
<context>
    <name>JurorDocument</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Nominerad av</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>What are they most proud of?</source>
        <translation>Vad är de mest stolta över?</translation>
    </message>
    <message>
        <source>What effect did it have?</source>
        <translation>Vilken effekt fick det?</translation>
    </message>
    <message>
        <source>What did they learn?</source>
        <translation>Vad lärde de sig?</translation>
    </message>
    <message>
        <source>The nomination has no texts.</source>
        <translation>Nomineringen har inga texter.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>started {year}</source>
        <translation>startade {year}</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Platsbesök</translation>
    </message>
    <message>
        <source>Date not recorded</source>
        <translation>Datum inte angivet</translation>
    </message>
    <message>
        <source>Participants: {names}</source>
        <translation>Deltagare: {names}</translation>
    </message>
</context>
<context>
    <name>JurorMode</name>
    <message>
        <source>Cannot open the ballot</source>
        <translation>Det gick inte att öppna bedömningsfilen</translation>
    </message>
</context>
<context>
    <name>JurorModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Bedömningsfil</translation>
    </message>
</context>
<context>
    <name>JurorWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open ballot…</source>
        <translation>&amp;Öppna bedömningsfil…</translation>
    </message>
    <message>
        <source>&amp;Export score sheet…</source>
        <translation>&amp;Exportera poängblad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About nomdesk</source>
        <translation>&amp;Om nomdesk</translation>
    </message>
    <message>
        <source>E&amp;xport score sheet…</source>
        <translation>E&amp;xportera poängblad…</translation>
    </message>
    <message>
        <source>Juror: {juror} — {award} {year}</source>
        <translation>Jurymedlem: {juror} — {award} {year}</translation>
    </message>
    <message>
        <source>The secretariat sent this ballot again with new content; your scores, comments and declarations were carried over.</source>
        <translation>Sekretariatet har skickat bedömningsfilen igen med nytt innehåll; dina poäng, kommentarer och anmälningar har förts över.</translation>
    </message>
    <message>
        <source>&amp;Nominees</source>
        <translation>&amp;Nominerade</translation>
    </message>
    <message numerus="yes">
        <source>{scored} of %n score(s)</source>
        <translation>
            <numerusform>{scored} av %n poäng</numerusform>
            <numerusform>{scored} av %n poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict of interest declared.</source>
        <translation>Jäv anmält.</translation>
    </message>
    <message>
        <source>The declaration was withdrawn.</source>
        <translation>Anmälan återkallades.</translation>
    </message>
    <message>
        <source>Cannot export the score sheet</source>
        <translation>Det gick inte att exportera poängbladet</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Det gick inte att skriva {path}: {reason}</translation>
    </message>
    <message>
        <source>Revision {revision} exported to {path}. Send this file to the secretariat.</source>
        <translation>Version {revision} exporterades till {path}. Skicka filen till sekretariatet.</translation>
    </message>
    <message>
        <source>Open ballot</source>
        <translation>Öppna bedömningsfil</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bedömningsfiler</translation>
    </message>
    <message>
        <source>Juror mode opens ballots only; {name} was not opened.</source>
        <translation>Juryläget öppnar bara bedömningsfiler; {name} öppnades inte.</translation>
    </message>
</context>
<context>
    <name>JuryView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Make &amp;chair</source>
        <translation>Gör till &amp;ordförande</translation>
    </message>
    <message>
        <source>&amp;Send ballots…</source>
        <translation>&amp;Skicka bedömningsfiler…</translation>
    </message>
    <message>
        <source>Re&amp;voke and reissue…</source>
        <translation>&amp;Återkalla och utfärda ny…</translation>
    </message>
    <message>
        <source>No jurors are recorded for {year}.</source>
        <translation>Inga jurymedlemmar är registrerade för {year}.</translation>
    </message>
    <message numerus="yes">
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n jurymedlem</numerusform>
            <numerusform>%n jurymedlemmar</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}; no chair is named</source>
        <translation>{count}; ingen ordförande är utsedd</translation>
    </message>
    <message>
        <source>{count}; chaired by {name}</source>
        <translation>{count}; ordförande: {name}</translation>
    </message>
    <message>
        <source>Add juror {name}</source>
        <translation>Lägg till jurymedlemmen {name}</translation>
    </message>
    <message>
        <source>Edit juror {name}</source>
        <translation>Ändra jurymedlemmen {name}</translation>
    </message>
    <message>
        <source>Make {name} chair</source>
        <translation>Gör {name} till ordförande</translation>
    </message>
    <message>
        <source>Remove juror {name}</source>
        <translation>Ta bort jurymedlemmen {name}</translation>
    </message>
    <message>
        <source>Remove the juror {name}? Their conflicts, ballots and scores are removed with them. Edit ▸ Undo brings everything back.</source>
        <translation>Ta bort jurymedlemmen {name}? Jurymedlemmens jäv, bedömningsfiler och poäng tas bort samtidigt. Redigera ▸ Ångra återställer allt.</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Ta bort jurymedlem</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>skickad {date}</translation>
    </message>
    <message>
        <source>, sheet {revision} imported</source>
        <translation>, poängblad version {revision} importerat</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>{year} is decided and locked: nothing here can be changed.</source>
        <translation>{year} är beslutat och låst: inget här kan ändras.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>{name} — nomdesk</source>
        <translation>{name} — nomdesk</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Öppnar {path}…</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Öppnade {path}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Nominerade</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>Sparat: {what}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>Import &amp;nominees…</source>
        <translation>Importera n&amp;ominerade…</translation>
    </message>
    <message>
        <source>Import score &amp;sheets…</source>
        <translation>Importera &amp;poängblad…</translation>
    </message>
    <message>
        <source>&amp;Export spreadsheet…</source>
        <translation>&amp;Exportera kalkylblad…</translation>
    </message>
    <message>
        <source>&amp;Winners report…</source>
        <translation>Vinnar&amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Award</source>
        <translation>&amp;Pris</translation>
    </message>
    <message>
        <source>New &amp;award…</source>
        <translation>Nytt &amp;pris…</translation>
    </message>
    <message>
        <source>New &amp;year…</source>
        <translation>Nytt pris&amp;år…</translation>
    </message>
    <message>
        <source>Mark the &amp;winner…</source>
        <translation>Utse &amp;vinnaren…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisationer…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Presentation mode (jurors as A, B, C…)</source>
        <translation>&amp;Presentationsläge (jurymedlemmar som A, B, C…)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ver&amp;ktyg</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About nomdesk</source>
        <translation>&amp;Om nomdesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>A copy was saved as {path}</source>
        <translation>En kopia sparades som {path}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {name}</source>
        <translation>Slå ihop {name}</translation>
    </message>
    <message>
        <source>Merge {name} into another organisation: its nominations move there and its name becomes one of that organisation&apos;s other names.</source>
        <translation>Slå ihop {name} med en annan organisation: nomineringarna flyttas dit och namnet läggs till under ”Även känd som”.</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Sök organisationer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Choose the organisation to merge into.</source>
        <translation>Välj organisationen att slå ihop med.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; will be merged into &lt;b&gt;{target}&lt;/b&gt; and removed.</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; slås ihop med &lt;b&gt;{target}&lt;/b&gt; och tas bort.</translation>
    </message>
    <message>
        <source>Names kept as other names: {names}.</source>
        <translation>Namn som sparas under ”Även känd som”: {names}.</translation>
    </message>
    <message>
        <source>It has no nominations to move.</source>
        <translation>Den har inga nomineringar att flytta.</translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s) move: {years}.</source>
        <translation>
            <numerusform>%n nominering flyttas: {years}.</numerusform>
            <numerusform>%n nomineringar flyttas: {years}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAwardDialog</name>
    <message>
        <source>New award</source>
        <translation>Nytt pris</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>e.g. Sveriges DigitaliseringsKommun</source>
        <translation>t.ex. Sveriges DigitaliseringsKommun</translation>
    </message>
    <message>
        <source>Optional; reports in English use it</source>
        <translation>Valfritt; används i rapporter på engelska</translation>
    </message>
    <message>
        <source>What the award recognises, in Swedish</source>
        <translation>Vad priset belönar, på svenska</translation>
    </message>
    <message>
        <source>The same in English (optional)</source>
        <translation>Samma sak på engelska (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>English na&amp;me:</source>
        <translation>Engelskt na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Arrangör:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Description in &amp;English:</source>
        <translation>Beskrivning på &amp;engelska:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Standard&amp;språk:</translation>
    </message>
    <message>
        <source>New award {name}</source>
        <translation>Nytt pris {name}</translation>
    </message>
</context>
<context>
    <name>NewOrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;Län:</translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <source>New award year</source>
        <translation>Nytt prisår</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterier</translation>
    </message>
    <message>
        <source>&amp;Jurors</source>
        <translation>&amp;Jurymedlemmar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>Ranking method, trim k and the tie-break order</source>
        <translation>Rangordningsmetod, trimvärdet k och ordningen för särskiljning vid lika resultat</translation>
    </message>
    <message>
        <source>Create a &amp;final scoring round</source>
        <translation>Skapa bedömningsomgången &amp;Final</translation>
    </message>
    <message>
        <source>Create an award first (Award ▸ New award…).</source>
        <translation>Skapa ett pris först (Pris ▸ Nytt pris…).</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>&amp;Pris:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation>&amp;Engelsk titel:</translation>
    </message>
    <message>
        <source>C&amp;opy from:</source>
        <translation>K&amp;opiera från:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Kopiera:</translation>
    </message>
    <message>
        <source>{year}  (criteria: {criteria}, jurors: {jurors})</source>
        <translation>{year}  (kriterier: {criteria}, jurymedlemmar: {jurors})</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ingenting</translation>
    </message>
    <message>
        <source>New year {year}</source>
        <translation>Nytt prisår {year}</translation>
    </message>
</context>
<context>
    <name>NomineeActions</name>
    <message>
        <source>&amp;New nominee…</source>
        <translation>&amp;Ny nominerad…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>N&amp;ominera</translation>
    </message>
    <message>
        <source>Make &amp;finalist</source>
        <translation>Gör till &amp;finalist</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>&amp;Steg tillbaka</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Dra tillbaka…</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Återinsätt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Add a nominee to this year (Ctrl+N)</source>
        <translation>Lägg till en nominerad i prisåret (Ctrl+N)</translation>
    </message>
    <message>
        <source>Withdraw the nominee, with a reason</source>
        <translation>Dra tillbaka den nominerade, med ett skäl</translation>
    </message>
    <message>
        <source>Step &amp;back to {stage}</source>
        <translation>&amp;Steg tillbaka till {stage}</translation>
    </message>
    <message>
        <source>Delete nominee</source>
        <translation>Ta bort nominerad</translation>
    </message>
    <message>
        <source>Delete {name} with its initiatives, site visits and attachments?
Undo brings it all back.</source>
        <translation>Ta bort {name} med initiativ, platsbesök och bilagor?
Ångra återställer allt.</translation>
    </message>
</context>
<context>
    <name>NomineeDetail</name>
    <message>
        <source>Choose a nominee to see its nomination.</source>
        <translation>Välj en nominerad för att se nomineringen.</translation>
    </message>
    <message>
        <source>{stage}: {reason}</source>
        <translation>{stage}: {reason}</translation>
    </message>
    <message>
        <source>{year} is decided and locked; this nomination can only be read.</source>
        <translation>{year} är beslutat och låst; nomineringen kan bara läsas.</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Nominering</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Platsbesök</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
</context>
<context>
    <name>NomineeDialog</name>
    <message>
        <source>For example: Mora, Orsa och Älvdalens kommuner</source>
        <translation>Till exempel: Mora, Orsa och Älvdalens kommuner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Nominated &amp;by:</source>
        <translation>Nominerad &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Organisations (a joint nomination has several):</source>
        <translation>&amp;Organisationer (en gemensam nominering har flera):</translation>
    </message>
    <message>
        <source>New nominee</source>
        <translation>Ny nominerad</translation>
    </message>
    <message>
        <source>Edit nominee</source>
        <translation>Ändra nominerad</translation>
    </message>
    <message>
        <source>Edit nominee {name}</source>
        <translation>Ändra nominerad {name}</translation>
    </message>
</context>
<context>
    <name>NomineeEdits</name>
    <message>
        <source>Add nominee {name}</source>
        <translation>Lägg till nominerad {name}</translation>
    </message>
    <message>
        <source>Edit nominee {name}</source>
        <translation>Ändra nominerad {name}</translation>
    </message>
    <message>
        <source>Change the organisations of {name}</source>
        <translation>Ändra organisationerna för {name}</translation>
    </message>
    <message>
        <source>Move {name} back to {stage}</source>
        <translation>Flytta tillbaka {name} till {stage}</translation>
    </message>
    <message>
        <source>Shortlist {name}</source>
        <translation>Nominera {name}</translation>
    </message>
    <message>
        <source>Make {name} a finalist</source>
        <translation>Gör {name} till finalist</translation>
    </message>
    <message>
        <source>Move {name} to {stage}</source>
        <translation>Flytta {name} till {stage}</translation>
    </message>
    <message>
        <source>Withdraw {name}</source>
        <translation>Dra tillbaka {name}</translation>
    </message>
    <message>
        <source>Reinstate {name}</source>
        <translation>Återinsätt {name}</translation>
    </message>
    <message>
        <source>Delete nominee {name}</source>
        <translation>Ta bort nominerad {name}</translation>
    </message>
    <message>
        <source>Add organisation {name}</source>
        <translation>Lägg till organisationen {name}</translation>
    </message>
</context>
<context>
    <name>NomineeList</name>
    <message>
        <source>Nominee</source>
        <translation>Nominerad</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bedömd</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>jäv</translation>
    </message>
    <message>
        <source>You declared a conflict of interest</source>
        <translation>Du har anmält jäv</translation>
    </message>
    <message numerus="yes">
        <source>%n of the criteria scored</source>
        <translation>
            <numerusform>%n av kriterierna bedömt</numerusform>
            <numerusform>%n av kriterierna bedömda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NomineeTableModel</name>
    <message>
        <source>Nominee</source>
        <translation>Nominerad</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Nominerad av</translation>
    </message>
</context>
<context>
    <name>NomineeTexts</name>
    <message>
        <source>What are they most proud of?</source>
        <translation>Vad är de mest stolta över?</translation>
    </message>
    <message>
        <source>What effect did it have?</source>
        <translation>Vilken effekt fick det?</translation>
    </message>
    <message>
        <source>What did they learn?</source>
        <translation>Vad lärde de sig?</translation>
    </message>
    <message>
        <source>Summary for the report</source>
        <translation>Sammanfattning för rapporten</translation>
    </message>
    <message>
        <source>nominated by</source>
        <translation>nominerad av</translation>
    </message>
    <message>
        <source>most proud of</source>
        <translation>mest stolta över</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>effekt</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lärdomar</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>kontaktpersonens namn</translation>
    </message>
    <message>
        <source>contact e-mail</source>
        <translation>kontaktpersonens e-post</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>{name} in English</source>
        <translation>{name} på engelska</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Nominerad av</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English (optional)</source>
        <translation>Engelska (valfritt)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Edit {what} of {nominee}</source>
        <translation>Ändra ”{what}” för {nominee}</translation>
    </message>
</context>
<context>
    <name>NomineesPreview</name>
    <message>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
</context>
<context>
    <name>NomineesView</name>
    <message>
        <source>This year is decided and locked.</source>
        <translation>Prisåret är beslutat och låst.</translation>
    </message>
    <message>
        <source>Search name, organisation, county, nominator…</source>
        <translation>Sök namn, organisation, län, förslagsställare…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Show only the nominees at one stage</source>
        <translation>Visa bara nominerade med en viss status</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n nominerad</numerusform>
            <numerusform>%n nominerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n nominee(s)</source>
        <translation>
            <numerusform>{shown} av %n nominerad</numerusform>
            <numerusform>{shown} av %n nominerade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>Search organisations…</source>
        <translation>Sök organisationer…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>New or&amp;ganisation…</source>
        <translation>Ny or&amp;ganisation…</translation>
    </message>
    <message>
        <source>Chosen, in order:</source>
        <translation>Valda, i ordning:</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Search by name or county</source>
        <translation>Sök på namn eller län</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Slå ihop med…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Folkmängd</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Nominations over the years</source>
        <translation>Nomineringar genom åren</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominerad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Never nominated.</source>
        <translation>Aldrig nominerad.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>Välj en organisation</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translation>Även känd som: {names}</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Vinnare</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Ändra {name}</translation>
    </message>
    <message>
        <source>Write the population as a whole number, or leave it empty.</source>
        <translation>Skriv folkmängden som ett heltal, eller lämna fältet tomt.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Choose an award year on the left.</source>
        <translation>Välj ett prisår till vänster.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Lås upp…</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Lås…</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <source>In this year</source>
        <translation>I prisåret</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Nominerade</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurymedlemmar</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Jäv</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>A locked year can only move on from decided to published.</source>
        <translation>Ett låst prisår kan bara gå vidare från beslutat till publicerat.</translation>
    </message>
    <message>
        <source>Open for changes</source>
        <translation>Öppet för ändringar</translation>
    </message>
    <message>
        <source>Locked since {date} by {who}</source>
        <translation>Låst sedan {date} av {who}</translation>
    </message>
    <message>
        <source>Winner: {name}</source>
        <translation>Vinnare: {name}</translation>
    </message>
    <message>
        <source>Entered from the award&apos;s history.</source>
        <translation>Inlagt från prisets historik.</translation>
    </message>
    <message>
        <source>Decided on {date} by {who}.</source>
        <translation>Beslutat {date} av {who}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s) were missing.</source>
        <translation>
            <numerusform>%Ln poäng saknades.</numerusform>
            <numerusform>%Ln poäng saknades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the phase to {phase}</source>
        <translation>Ändra fas till {phase}</translation>
    </message>
    <message>
        <source>Unlock the year</source>
        <translation>Lås upp prisåret</translation>
    </message>
    <message>
        <source>Why is {year} unlocked? The audit log keeps the reason.</source>
        <translation>Varför låses {year} upp? Skälet sparas i ändringsloggen.</translation>
    </message>
    <message>
        <source>Unlock undone</source>
        <translation>Upplåsningen ångrades</translation>
    </message>
    <message>
        <source>Lock the year</source>
        <translation>Lås prisåret</translation>
    </message>
    <message>
        <source>Why is the year locked again? (optional)</source>
        <translation>Varför låses prisåret igen? (valfritt)</translation>
    </message>
    <message>
        <source>Lock undone</source>
        <translation>Låsningen ångrades</translation>
    </message>
    <message>
        <source>Lock {year}</source>
        <translation>Lås {year}</translation>
    </message>
    <message>
        <source>Unlock {year}</source>
        <translation>Lås upp {year}</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message numerus="yes">
        <source>%n score(s) missing</source>
        <translation>
            <numerusform>%n poäng saknas</numerusform>
            <numerusform>%n poäng saknas</numerusform>
        </translation>
    </message>
    <message>
        <source>{juror} · {nominee}: conflict of interest, not scored</source>
        <translation>{juror} · {nominee}: jäv, inte bedömd</translation>
    </message>
    <message numerus="yes">
        <source>{juror} · {nominee}: {scored} of %n score(s)</source>
        <translation>
            <numerusform>{juror} · {nominee}: {scored} av %n poäng</numerusform>
            <numerusform>{juror} · {nominee}: {scored} av %n poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Missing per nominee</source>
        <translation>Saknas per nominerad</translation>
    </message>
    <message>
        <source>Open {juror}&apos;s scores on the Scores tab</source>
        <translation>Öppna poängen för {juror} på fliken Poäng</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>complete</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>partly scored</source>
        <translation>delvis bedömd</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>jäv</translation>
    </message>
    <message>
        <source>Click a juror to key in their scores.</source>
        <translation>Klicka på en jurymedlem för att mata in jurymedlemmens poäng.</translation>
    </message>
    <message>
        <source>Scoring progress: {round}</source>
        <translation>Inmatade poäng: {round}</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln score(s) are entered.</source>
        <translation>
            <numerusform>%Ln poäng är inmatad.</numerusform>
            <numerusform>Alla %Ln poäng är inmatade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{scored} of %Ln score(s) entered ({missing})</source>
        <translation>
            <numerusform>Inmatat: {scored} av %Ln poäng ({missing})</numerusform>
            <numerusform>Inmatat: {scored} av %Ln poäng ({missing})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln saknas</numerusform>
            <numerusform>%Ln saknas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Point at a corner to see its value.</source>
        <translation>Peka på ett hörn för att se värdet.</translation>
    </message>
    <message>
        <source>There are no criteria to draw.</source>
        <translation>Det finns inga kriterier att rita.</translation>
    </message>
    <message>
        <source>{series} · {axis}: {value} on {scale}</source>
        <translation>{series} · {axis}: {value} på {scale}</translation>
    </message>
</context>
<context>
    <name>RadarPage</name>
    <message>
        <source>Nominee:</source>
        <translation>Nominerad:</translation>
    </message>
    <message>
        <source>Compare with a juror:</source>
        <translation>Jämför med en jurymedlem:</translation>
    </message>
    <message>
        <source>No juror</source>
        <translation>Ingen jurymedlem</translation>
    </message>
    <message>
        <source>Jury mean</source>
        <translation>Juryns medelvärde</translation>
    </message>
    <message>
        <source>{juror} has a conflict of interest for this nominee.</source>
        <translation>{juror} är jävig för den här nominerade.</translation>
    </message>
    <message>
        <source>{juror} has not scored every criterion for this nominee.</source>
        <translation>{juror} har inte bedömt alla kriterier för den här nominerade.</translation>
    </message>
    <message>
        <source>No complete total for this nominee yet.</source>
        <translation>Ingen fullständig totalpoäng för den här nominerade ännu.</translation>
    </message>
    <message>
        <source>{nominee}: mean per criterion in {round} {year}</source>
        <translation>{nominee}: medelvärde per kriterium i {round} {year}</translation>
    </message>
</context>
<context>
    <name>RadarPanel</name>
    <message>
        <source>{juror}&apos;s scores for {nominee}</source>
        <translation>Poäng från {juror} för {nominee}</translation>
    </message>
    <message>
        <source>You declared a conflict: these scores are not sent.</source>
        <translation>Du har anmält jäv: de här poängen skickas inte.</translation>
    </message>
    <message>
        <source>The shape is closed once every criterion is scored.</source>
        <translation>Figuren sluts när alla kriterier är bedömda.</translation>
    </message>
    <message>
        <source>The chart is not available.</source>
        <translation>Diagrammet är inte tillgängligt.</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Point at a bar or a juror&apos;s dot to see its values.</source>
        <translation>Peka på en stapel eller en jurymedlems punkt för att se värdena.</translation>
    </message>
    <message>
        <source>Turn the mouse wheel over the chart to zoom in.</source>
        <translation>Rulla med mushjulet över diagrammet för att zooma in.</translation>
    </message>
    <message>
        <source>Ranking in {round} {year}: {method}</source>
        <translation>Rangordning i {round} {year}: {method}</translation>
    </message>
    <message>
        <source>no complete total</source>
        <translation>ingen fullständig totalpoäng</translation>
    </message>
    <message>
        <source>A juror&apos;s total (0–100)</source>
        <translation>En jurymedlems totalpoäng (0–100)</translation>
    </message>
    <message>
        <source>{rank}. {name}</source>
        <translation>{rank}. {name}</translation>
    </message>
    <message>
        <source>{method} of the jurors&apos; totals (0–100)</source>
        <translation>{method} av jurymedlemmarnas totalpoäng (0–100)</translation>
    </message>
    <message>
        <source>{juror} (no complete total yet)</source>
        <translation>{juror} (ingen fullständig totalpoäng ännu)</translation>
    </message>
    <message>
        <source>Bars on the lower axis; the jurors&apos; totals on the upper axis.</source>
        <translation>Staplarna hör till den nedre axeln, jurymedlemmarnas totalpoäng till den övre.</translation>
    </message>
    <message>
        <source>{juror} · {nominee}: total {total}</source>
        <translation>{juror} · {nominee}: totalpoäng {total}</translation>
    </message>
    <message numerus="yes">
        <source>{counted} of %n juror(s)</source>
        <translation>
            <numerusform>{counted} av %n jurymedlem</numerusform>
            <numerusform>{counted} av %n jurymedlemmar</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no complete total yet</source>
        <translation>{name}: ingen fullständig totalpoäng ännu</translation>
    </message>
    <message>
        <source>{name}: {method} {score} (rank {rank}; {counted}; sd {sd})</source>
        <translation>{name}: {method} {score} (plats {rank}; {counted}; sd {sd})</translation>
    </message>
    <message>
        <source>Scores are missing.</source>
        <translation>Poäng saknas.</translation>
    </message>
</context>
<context>
    <name>ReissueBallotDialog</name>
    <message>
        <source>Revoke and reissue a ballot</source>
        <translation>Återkalla och utfärda en ny bedömningsfil</translation>
    </message>
    <message>
        <source>Once {juror}&apos;s ballot is revoked, score sheets exported from it are refused. Import any sheet {juror} has already sent first. The new ballot carries the scores imported so far, so {juror} continues from there.</source>
        <translation>När bedömningsfilen för {juror} har återkallats avvisas poängblad som exporterats från den. Importera först de poängblad som {juror} redan har skickat. Den nya bedömningsfilen innehåller de poäng som hittills importerats, så {juror} fortsätter därifrån.</translation>
    </message>
    <message>
        <source>&amp;Revoke and write a new ballot</source>
        <translation>&amp;Återkalla och skriv en ny bedömningsfil</translation>
    </message>
    <message>
        <source>Also write its blank &amp;paper score sheet (PDF)</source>
        <translation>Skriv också ett tomt &amp;poängblad på papper (PDF)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Mapp</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <source>Winners report</source>
        <translation>Vinnarrapport</translation>
    </message>
    <message>
        <source>Choose an award year first.</source>
        <translation>Välj ett prisår först.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Winners report {year}</source>
        <translation>Vinnarrapport {year}</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Rapportens språk:</translation>
    </message>
    <message>
        <source>{year} is decided: the winner is {winner}.</source>
        <translation>{year} är beslutat: vinnaren är {winner}.</translation>
    </message>
    <message>
        <source>{year} has no decision yet: every page of the report will be marked as a draft.</source>
        <translation>{year} har inget beslut ännu: varje sida i rapporten markeras som utkast.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Öppna PDF-filen</translation>
    </message>
    <message>
        <source>Save the winners report</source>
        <translation>Spara vinnarrapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name}: %n page(s).</source>
        <translation>
            <numerusform>Sparade {name}: %n sida.</numerusform>
            <numerusform>Sparade {name}: %n sidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Rapporten skrevs inte.</translation>
    </message>
    <message>
        <source>Winners report</source>
        <translation>Vinnarrapport</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>mean of the jurors&apos; totals</source>
        <translation>medelvärde av jurymedlemmarnas totalpoäng</translation>
    </message>
    <message>
        <source>median of the jurors&apos; totals</source>
        <translation>median av jurymedlemmarnas totalpoäng</translation>
    </message>
    <message>
        <source>trimmed mean of the jurors&apos; totals (k = {k})</source>
        <translation>trimmat medelvärde av jurymedlemmarnas totalpoäng (k = {k})</translation>
    </message>
    <message>
        <source>normalised mean (each juror&apos;s totals as z-scores)</source>
        <translation>normaliserat medelvärde (varje jurymedlems totalpoäng som z-värden)</translation>
    </message>
    <message>
        <source>Borda count (normalised)</source>
        <translation>Bordametoden (normaliserad)</translation>
    </message>
    <message>
        <source>Schulze method (pairwise majorities)</source>
        <translation>Schulzemetoden (parvisa majoriteter)</translation>
    </message>
    <message>
        <source>The score is the mean of the jurors&apos; totals.</source>
        <translation>Poängen är medelvärdet av jurymedlemmarnas totalpoäng.</translation>
    </message>
    <message>
        <source>The score is the median of the jurors&apos; totals.</source>
        <translation>Poängen är medianen av jurymedlemmarnas totalpoäng.</translation>
    </message>
    <message>
        <source>The score is the mean of the jurors&apos; totals after the {k} highest and the {k} lowest are left out.</source>
        <translation>Poängen är medelvärdet av jurymedlemmarnas totalpoäng sedan de {k} högsta och de {k} lägsta har räknats bort.</translation>
    </message>
    <message>
        <source>Each juror&apos;s totals are standardised (z-scores), so that strict and lenient jurors weigh alike; the score is the mean z-score.</source>
        <translation>Varje jurymedlems totalpoäng standardiseras (z-värden), så att stränga och generösa jurymedlemmar väger lika; poängen är det genomsnittliga z-värdet.</translation>
    </message>
    <message>
        <source>Each juror ranks the finalists; the score is the mean of the points from 1 (the juror&apos;s best) to 0 (the juror&apos;s last).</source>
        <translation>Varje jurymedlem rangordnar finalisterna; poängen är medelvärdet av poängen från 1 (jurymedlemmens bästa) till 0 (jurymedlemmens sista).</translation>
    </message>
    <message>
        <source>Finalists are compared in pairs by how many jurors prefer one to the other; the score is the number of finalists each one beats along the strongest paths.</source>
        <translation>Finalisterna jämförs parvis efter hur många jurymedlemmar som föredrar den ena framför den andra; poängen är antalet finalister som var och en slår längs de starkaste vägarna.</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Öppna data</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>RPA</source>
        <translation>RPA</translation>
    </message>
    <message>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <source>Internet of things</source>
        <translation>Sakernas internet</translation>
    </message>
    <message>
        <source>Digital twin</source>
        <translation>Digital tvilling</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisering</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metod</translation>
    </message>
    <message>
        <source>{method} (the year&apos;s setting)</source>
        <translation>{method} (prisårets inställning)</translation>
    </message>
    <message>
        <source>Choose an award year on the left.</source>
        <translation>Välj ett prisår till vänster.</translation>
    </message>
    <message>
        <source>{year} has no scoring round, so no scores are recorded for it.</source>
        <translation>{year} har ingen bedömningsomgång, så inga poäng är registrerade för prisåret.</translation>
    </message>
    <message>
        <source>No scores are recorded in the round {round} yet.</source>
        <translation>Inga poäng är registrerade i omgången {round} ännu.</translation>
    </message>
    <message>
        <source>Winner recorded: {name} (decided under {method}).</source>
        <translation>Registrerad vinnare: {name} (beslutat enligt {method}).</translation>
    </message>
    <message>
        <source>Winner recorded: {name}.</source>
        <translation>Registrerad vinnare: {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) ranked</source>
        <translation>
            <numerusform>%n nominerad rangordnad</numerusform>
            <numerusform>%n nominerade rangordnade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n jurymedlem</numerusform>
            <numerusform>%n jurymedlemmar</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Standard competition ranking: equal scores share a rank.</source>
        <translation>Vanlig tävlingsplacering: lika poäng delar placering.</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominerad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>{criterion}: the jurors&apos; mean on its own scale {scale}, weight {weight}.</source>
        <translation>{criterion}: jurymedlemmarnas medelvärde på kriteriets skala {scale}, vikt {weight}.</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurymedlemmar</translation>
    </message>
    <message>
        <source>How many jurors have a complete total for the nominee.</source>
        <translation>Hur många jurymedlemmar som har en fullständig totalpoäng för den nominerade.</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SA</translation>
    </message>
    <message>
        <source>Standard deviation of the jurors&apos; totals (0–100).</source>
        <translation>Standardavvikelse för jurymedlemmarnas totalpoäng (0–100).</translation>
    </message>
    <message>
        <source>Max − min</source>
        <translation>Max − min</translation>
    </message>
    <message>
        <source>The spread of the jurors&apos; totals (0–100).</source>
        <translation>Spridningen i jurymedlemmarnas totalpoäng (0–100).</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Fullständighet</translation>
    </message>
    <message>
        <source>Whether every juror without a conflict has scored it all.</source>
        <translation>Om varje jurymedlem utan jäv har bedömt allt.</translation>
    </message>
    <message>
        <source>{juror} ({count})</source>
        <translation>{juror} ({count})</translation>
    </message>
    <message>
        <source>Complete totals from: {jurors}</source>
        <translation>Fullständig totalpoäng från: {jurors}</translation>
    </message>
    <message>
        <source>Conflict of interest: {jurors}</source>
        <translation>Jäv: {jurors}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>fullständig</translation>
    </message>
    <message>
        <source>Missing from: {jurors}</source>
        <translation>Saknas från: {jurors}</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n saknas</numerusform>
            <numerusform>%n saknas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Trimmat medelvärde</translation>
    </message>
    <message>
        <source>Normalised mean (z-score)</source>
        <translation>Normerat medelvärde (z-värde)</translation>
    </message>
    <message>
        <source>Borda (normalised)</source>
        <translation>Borda (normerad)</translation>
    </message>
    <message>
        <source>Schulze (pairwise wins)</source>
        <translation>Schulze (parvisa segrar)</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; totals (0–100).</source>
        <translation>Medelvärdet av jurymedlemmarnas totalpoäng (0–100).</translation>
    </message>
    <message>
        <source>The median of the jurors&apos; totals (0–100).</source>
        <translation>Medianen av jurymedlemmarnas totalpoäng (0–100).</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; totals without the {k} highest and {k} lowest (0–100).</source>
        <translation>Medelvärdet av jurymedlemmarnas totalpoäng utan de {k} högsta och {k} lägsta (0–100).</translation>
    </message>
    <message>
        <source>Each juror&apos;s totals standardised, then averaged: 0 is an average nominee; harsh and lenient jurors weigh alike.</source>
        <translation>Varje jurymedlems totalpoäng standardiseras och medelvärdesbildas sedan: 0 är en genomsnittlig nominerad; stränga och generösa jurymedlemmar väger lika.</translation>
    </message>
    <message>
        <source>Points from each juror&apos;s order, 1 for their best, 0 for their last.</source>
        <translation>Poäng efter varje jurymedlems ordning, 1 för den bästa, 0 för den sista.</translation>
    </message>
    <message>
        <source>How many other nominees it beats in the jurors&apos; pairwise preferences.</source>
        <translation>Hur många andra nominerade den slår i jurymedlemmarnas parvisa preferenser.</translation>
    </message>
    <message>
        <source>First place is shared: {names}.</source>
        <translation>Förstaplatsen delas: {names}.</translation>
    </message>
    <message>
        <source>Rank {rank} is shared: {names}.</source>
        <translation>Placering {rank} delas: {names}.</translation>
    </message>
    <message>
        <source>The year&apos;s tie-break ({step}) puts {name} first.</source>
        <translation>Prisårets särskiljning ({step}) sätter {name} först.</translation>
    </message>
    <message>
        <source>The year&apos;s tie-break leaves it to the jury.</source>
        <translation>Prisårets särskiljning överlåter avgörandet till juryn.</translation>
    </message>
    <message>
        <source>The year&apos;s tie-break ({steps}) cannot separate them: the jury decides.</source>
        <translation>Prisårets särskiljning ({steps}) kan inte skilja dem åt: juryn avgör.</translation>
    </message>
    <message>
        <source>criterion {name}</source>
        <translation>kriteriet {name}</translation>
    </message>
    <message>
        <source>the chair&apos;s total</source>
        <translation>ordförandens totalpoäng</translation>
    </message>
    <message>
        <source>the median total</source>
        <translation>mediantotalpoängen</translation>
    </message>
    <message>
        <source>jury decision</source>
        <translation>juryns beslut</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, from {who}.</source>
        <translation>
            <numerusform>%n poäng saknas, från {who}.</numerusform>
            <numerusform>%n poäng saknas, från {who}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only complete totals count; incomplete nominees are marked.</source>
        <translation>Bara fullständiga totalpoäng räknas; ofullständiga nominerade är markerade.</translation>
    </message>
</context>
<context>
    <name>ScoreEdits</name>
    <message>
        <source>Score {nominee}, {criterion}: {value}</source>
        <translation>Poäng {nominee}, {criterion}: {value}</translation>
    </message>
    <message>
        <source>Clear the score of {nominee}, {criterion}</source>
        <translation>Rensa poängen för {nominee}, {criterion}</translation>
    </message>
    <message>
        <source>Comment on {nominee}, {criterion}</source>
        <translation>Kommentar till {nominee}, {criterion}</translation>
    </message>
    <message>
        <source>Overall comment on {nominee}</source>
        <translation>Övergripande kommentar om {nominee}</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <source>Conflict of interest, not scored: {reason}</source>
        <translation>Jäv, inte bedömd: {reason}</translation>
    </message>
    <message>
        <source>Conflict of interest, not scored.</source>
        <translation>Jäv, inte bedömd.</translation>
    </message>
    <message>
        <source>{name}: scale {scale}, step {step}, weight {weight}</source>
        <translation>{name}: skala {scale}, steg {step}, vikt {weight}</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>step {step}</source>
        <translation>steg {step}</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Jurymedlem</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Bedömningsfil</translation>
    </message>
    <message>
        <source>Score every nominee on every criterion with a value on the criterion&apos;s scale, in its steps; where the values are printed, circle one. Comments are welcome.</source>
        <translation>Bedöm varje nominerad på varje kriterium med ett värde på kriteriets skala och i dess steg; där värdena är utskrivna ringar du in ett av dem. Kommentarer är välkomna.</translation>
    </message>
    <message>
        <source>If you have a conflict of interest with a nominee, write &apos;Conflict&apos; across its table and leave its scores empty.</source>
        <translation>Om du är jävig för en nominerad skriver du ”Jäv” tvärs över den nominerades tabell och lämnar poängen tomma.</translation>
    </message>
    <message>
        <source>Sign the last page and return the sheet to the secretariat, who will key in your scores.</source>
        <translation>Skriv under på sista sidan och lämna poängbladet till sekretariatet, som för in dina poäng.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Övergripande kommentar</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Poängblad</translation>
    </message>
    <message>
        <source>This ballot has no nominees to score.</source>
        <translation>Den här bedömningsfilen har inga nominerade att bedöma.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Sida {page} av {count}</translation>
    </message>
    <message>
        <source>Score sheet: {award} {year}, {juror}</source>
        <translation>Poängblad: {award} {year}, {juror}</translation>
    </message>
    <message>
        <source>A blank score sheet for the round {round}, printed on {date}.</source>
        <translation>Ett tomt poängblad för omgången {round}, utskrivet {date}.</translation>
    </message>
</context>
<context>
    <name>ScoreSpinBox</name>
    <message>
        <source>not scored</source>
        <translation>inte bedömd</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>Declare a &amp;conflict…</source>
        <translation>Anmäl &amp;jäv…</translation>
    </message>
    <message>
        <source>Your overall view of the nominee (optional)</source>
        <translation>Din helhetsbedömning av den nominerade (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Withdraw the declaration</source>
        <translation>&amp;Återkalla anmälan</translation>
    </message>
    <message>
        <source>&amp;Overall comment</source>
        <translation>Ö&amp;vergripande kommentar</translation>
    </message>
    <message>
        <source>You declared a conflict of interest: {reason}

Your score sheet carries this declaration instead of scores for {nominee}; the secretariat does not count your scores for it. Scores you gave before are kept here in case you withdraw it.</source>
        <translation>Du har anmält jäv: {reason}

Ditt poängblad innehåller den här anmälan i stället för poäng för {nominee}; sekretariatet räknar inte dina poäng för den nominerade. Poäng som du gav tidigare sparas här om du skulle återkalla anmälan.</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>&amp;Juror</source>
        <translation>&amp;Jurymedlem</translation>
    </message>
    <message>
        <source>Type a score and press Enter or Tab to move on: along the nominee&apos;s row, then to the next nominee. Shift goes back, Delete clears a score, Esc cancels. A red value is not saved.</source>
        <translation>Skriv en poäng och tryck på Retur eller Tabb för att gå vidare: längs den nominerades rad och sedan till nästa nominerad. Skift går tillbaka, Delete rensar en poäng, Esc avbryter. Ett rött värde är inte sparat.</translation>
    </message>
    <message>
        <source>{round} (closed)</source>
        <translation>{round} (stängd)</translation>
    </message>
    <message numerus="yes">
        <source>· %n missing</source>
        <translation>
            <numerusform>· %n saknas</numerusform>
            <numerusform>· %n saknas</numerusform>
        </translation>
    </message>
    <message>
        <source>This year has no scoring round.</source>
        <translation>Prisåret har ingen bedömningsomgång.</translation>
    </message>
    <message>
        <source>This year has no jurors yet: add them on the Jury tab.</source>
        <translation>Prisåret har inga jurymedlemmar ännu: lägg till dem på fliken Jury.</translation>
    </message>
    <message>
        <source>This year has no criteria yet: add them on the Criteria tab.</source>
        <translation>Prisåret har inga kriterier ännu: lägg till dem på fliken Kriterier.</translation>
    </message>
    <message>
        <source>The round {round} is closed: its scores can be read, not changed.</source>
        <translation>Omgången {round} är stängd: poängen kan läsas men inte ändras.</translation>
    </message>
    <message>
        <source>This juror&apos;s sheet is complete.</source>
        <translation>Jurymedlemmens poängblad är komplett.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing on this sheet</source>
        <translation>
            <numerusform>%n poäng saknas på poängbladet</numerusform>
            <numerusform>%n poäng saknas på poängbladet</numerusform>
        </translation>
    </message>
    <message>
        <source>{nominee} · {criterion} (scale {scale}, step {step})</source>
        <translation>{nominee} · {criterion} (skala {scale}, steg {step})</translation>
    </message>
</context>
<context>
    <name>SendBallotsDialog</name>
    <message>
        <source>Send ballots</source>
        <translation>Skicka bedömningsfiler</translation>
    </message>
    <message>
        <source>&amp;Write ballots</source>
        <translation>&amp;Skriv bedömningsfiler</translation>
    </message>
    <message>
        <source>Each juror gets one ballot file for the round: the nominees they may score (their conflicts left out), the criteria, and the scores they have given so far. Send each juror their own file; nothing else is needed on their computer but nomdesk.</source>
        <translation>Varje jurymedlem får en bedömningsfil för omgången: de nominerade som jurymedlemmen får bedöma (utom de där jurymedlemmen är jävig), kriterierna och de poäng jurymedlemmen har gett hittills. Skicka varje jurymedlem sin egen fil; inget annat än nomdesk behövs på jurymedlemmens dator.</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Mapp</translation>
    </message>
    <message>
        <source>&amp;Jurors</source>
        <translation>&amp;Jurymedlemmar</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alla</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Inga</translation>
    </message>
    <message>
        <source>This year has no open scoring round, so there is nothing to send.</source>
        <translation>Prisåret har ingen öppen bedömningsomgång, så det finns inget att skicka.</translation>
    </message>
    <message>
        <source>no ballot yet</source>
        <translation>ingen bedömningsfil ännu</translation>
    </message>
    <message>
        <source>ballot sent {date}</source>
        <translation>bedömningsfil skickad {date}</translation>
    </message>
    <message>
        <source>; sheet revision {revision} imported</source>
        <translation>; poängblad version {revision} importerat</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>Menus and views change to this language when you press OK.</source>
        <translation>Menyer och vyer byter till det här språket när du trycker på OK.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Your name, e.g. Karin Lund</source>
        <translation>Ditt namn, t.ex. Karin Lund</translation>
    </message>
    <message>
        <source>&amp;Name in the audit log:</source>
        <translation>&amp;Namn i ändringsloggen:</translation>
    </message>
    <message>
        <source>Every change is recorded with this name. Left empty, the computer&apos;s user name is recorded. It applies to databases opened from now on.</source>
        <translation>Varje ändring registreras med det här namnet. Om fältet är tomt registreras datorns användarnamn. Det gäller databaser som öppnas från och med nu.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Not set: your Documents folder (in juror mode, the ballot&apos;s own folder)</source>
        <translation>Inte vald: mappen Dokument (i juryläget bedömningsfilens egen mapp)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Recent databases to list:</source>
        <translation>&amp;Antal senaste databaser i listan:</translation>
    </message>
    <message>
        <source>&amp;Folder for ballots and score sheets:</source>
        <translation>&amp;Mapp för bedömningsfiler och poängblad:</translation>
    </message>
    <message>
        <source>Folder for ballots and score sheets</source>
        <translation>Mapp för bedömningsfiler och poängblad</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Språk i gränssnittet:</translation>
    </message>
</context>
<context>
    <name>SheetCard</name>
    <message>
        <source>{juror}, revision {revision}</source>
        <translation>{juror}, version {revision}</translation>
    </message>
    <message>
        <source>Show the changes</source>
        <translation>Visa ändringarna</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Avvisat: {reason}</translation>
    </message>
    <message>
        <source>Already imported: nothing to do.</source>
        <translation>Redan importerat: inget att göra.</translation>
    </message>
    <message>
        <source>Not imported: a newer sheet from the same ballot is in this import.</source>
        <translation>Importeras inte: ett nyare poängblad från samma bedömningsfil ingår i den här importen.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkänt</translation>
    </message>
    <message numerus="yes">
        <source>%n new score(s)</source>
        <translation>
            <numerusform>%n ny poäng</numerusform>
            <numerusform>%n nya poäng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n borttagen</numerusform>
            <numerusform>%n borttagna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyed score(s) replaced</source>
        <translation>
            <numerusform>%n inmatad poäng ersätts</numerusform>
            <numerusform>%n inmatade poäng ersätts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overall comment(s) new or changed</source>
        <translation>
            <numerusform>%n övergripande kommentar ny eller ändrad</numerusform>
            <numerusform>%n övergripande kommentarer nya eller ändrade</numerusform>
        </translation>
    </message>
    <message>
        <source>declares a conflict for {names}</source>
        <translation>anmäler jäv för {names}</translation>
    </message>
    <message>
        <source>Hide the changes</source>
        <translation>Dölj ändringarna</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominerad</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>(replaces a keyed score)</source>
        <translation>(ersätter en inmatad poäng)</translation>
    </message>
</context>
<context>
    <name>SiteVisitDialog</name>
    <message>
        <source>Site visit</source>
        <translation>Platsbesök</translation>
    </message>
    <message>
        <source>New site visit</source>
        <translation>Nytt platsbesök</translation>
    </message>
    <message>
        <source>Who went, e.g. two jurors and the secretary</source>
        <translation>Vilka som deltog, t.ex. två jurymedlemmar och sekreteraren</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Notes in English</source>
        <translation>Anteckningar på engelska</translation>
    </message>
</context>
<context>
    <name>SiteVisitsPanel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Choose a visit to read its notes.</source>
        <translation>Välj ett besök för att läsa anteckningarna.</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Visa…</translation>
    </message>
    <message>
        <source>Participants: {names}</source>
        <translation>Deltagare: {names}</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Inga anteckningar ännu.</translation>
    </message>
    <message>
        <source>Add site visit {date}</source>
        <translation>Lägg till platsbesöket {date}</translation>
    </message>
    <message>
        <source>Edit site visit {date}</source>
        <translation>Ändra platsbesöket {date}</translation>
    </message>
    <message>
        <source>Remove site visit {date}</source>
        <translation>Ta bort platsbesöket {date}</translation>
    </message>
</context>
<context>
    <name>TimetableDialog</name>
    <message>
        <source>Edit timetable entry</source>
        <translation>Ändra punkt i tidplanen</translation>
    </message>
    <message>
        <source>Add timetable entry</source>
        <translation>Lägg till punkt i tidplanen</translation>
    </message>
    <message>
        <source>Uncheck while the date is not known</source>
        <translation>Avmarkera så länge datumet inte är känt</translation>
    </message>
    <message>
        <source>Check for a step lasting several days</source>
        <translation>Markera för ett steg som pågår flera dagar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What (Swedish)</source>
        <translation>Vad (svenska)</translation>
    </message>
    <message>
        <source>What (English)</source>
        <translation>Vad (engelska)</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Say what happens.</source>
        <translation>Skriv vad som händer.</translation>
    </message>
</context>
<context>
    <name>TimetablePanel</name>
    <message>
        <source>Timetable</source>
        <translation>Tidplan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>The next step in the timetable</source>
        <translation>Nästa steg i tidplanen</translation>
    </message>
    <message>
        <source>The year is locked; unlock it to change the timetable.</source>
        <translation>Prisåret är låst; lås upp det för att ändra tidplanen.</translation>
    </message>
    <message>
        <source>Remove timetable entry</source>
        <translation>Ta bort punkt i tidplanen</translation>
    </message>
    <message>
        <source>Add timetable entry</source>
        <translation>Lägg till punkt i tidplanen</translation>
    </message>
    <message>
        <source>Edit timetable entry</source>
        <translation>Ändra punkt i tidplanen</translation>
    </message>
</context>
<context>
    <name>WinnerAction</name>
    <message>
        <source>Mark the winner</source>
        <translation>Utse vinnaren</translation>
    </message>
    <message>
        <source>Choose an award year on the left first.</source>
        <translation>Välj först ett prisår till vänster.</translation>
    </message>
    <message>
        <source>{year} is decided already: {name} is the winner.</source>
        <translation>{year} är redan avgjort: {name} är vinnaren.</translation>
    </message>
    <message>
        <source>{year} is locked. Unlock it on the Overview, giving a reason, first.</source>
        <translation>{year} är låst. Lås först upp det under Översikt och ange ett skäl.</translation>
    </message>
    <message>
        <source>{year} has no scoring round, so there are no results to decide from.</source>
        <translation>{year} har ingen bedömningsomgång, så det finns inga resultat att avgöra utifrån.</translation>
    </message>
    <message>
        <source>The round {round} of {year} is closed.</source>
        <translation>Omgången {round} för {year} är stängd.</translation>
    </message>
    <message>
        <source>{year} has no finalists yet: only a finalist can become the winner.</source>
        <translation>{year} har inga finalister ännu: bara en finalist kan bli vinnare.</translation>
    </message>
    <message>
        <source>Mark {name} as the winner of {year}</source>
        <translation>Utse {name} till vinnare {year}</translation>
    </message>
    <message>
        <source>The decision was undone (Edit ▸ Undo).</source>
        <translation>Beslutet ångrades (Redigera ▸ Ångra).</translation>
    </message>
</context>
<context>
    <name>WinnerDialog</name>
    <message>
        <source>Mark the winner of {year}</source>
        <translation>Utse vinnaren för {year}</translation>
    </message>
    <message>
        <source>The jury has settled the tie; the motivation says how.</source>
        <translation>Juryn har avgjort det delade resultatet; motiveringen förklarar hur.</translation>
    </message>
    <message numerus="yes">
        <source>Decide with %n score(s) missing; the decision records it.</source>
        <translation>
            <numerusform>Besluta trots att %n poäng saknas; beslutet registrerar det.</numerusform>
            <numerusform>Besluta trots att %n poäng saknas; beslutet registrerar det.</numerusform>
        </translation>
    </message>
    <message>
        <source>The methods do not agree on first place.</source>
        <translation>Metoderna är inte eniga om förstaplatsen.</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>&amp;Registrera beslutet</translation>
    </message>
    <message>
        <source>The finalists of the round {round}, ranked by {method}.</source>
        <translation>Finalisterna i omgången {round}, rangordnade enligt {method}.</translation>
    </message>
    <message>
        <source>Method comparison</source>
        <translation>Jämförelse av metoder</translation>
    </message>
    <message>
        <source>Before you decide</source>
        <translation>Innan du beslutar</translation>
    </message>
    <message>
        <source>The jury&apos;s motivation</source>
        <translation>Juryns motivering</translation>
    </message>
    <message>
        <source>&amp;Swedish (required)</source>
        <translation>&amp;Svenska (obligatorisk)</translation>
    </message>
    <message>
        <source>&amp;English (optional)</source>
        <translation>&amp;Engelska (valfri)</translation>
    </message>
    <message>
        <source>First place is shared under {method}: {names}.</source>
        <translation>Förstaplatsen är delad enligt {method}: {names}.</translation>
    </message>
    <message>
        <source>The year&apos;s tie-break puts {name} first.</source>
        <translation>Prisårets särskiljningsregel sätter {name} först.</translation>
    </message>
    <message>
        <source>Choose the finalist the jury decided on.</source>
        <translation>Välj finalisten som juryn beslutade om.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) are missing: {who}.</source>
        <translation>
            <numerusform>%n poäng saknas: {who}.</numerusform>
            <numerusform>%n poäng saknas: {who}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the winner among the finalists.</source>
        <translation>Välj vinnaren bland finalisterna.</translation>
    </message>
    <message>
        <source>{name} is not first under {method}.</source>
        <translation>{name} är inte först enligt {method}.</translation>
    </message>
    <message>
        <source>Recording the decision makes {winner} the winner, closes the round and locks {year}. Edit ▸ Undo takes it back.</source>
        <translation>När beslutet registreras blir {winner} vinnare, omgången stängs och {year} låses. Redigera ▸ Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurymedlemmar</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullständig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>First</source>
        <translation>1:a</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>2:a</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>3:e</translation>
    </message>
</context>
<context>
    <name>WinnersReport</name>
    <message>
        <source>Winners report: {title}</source>
        <translation>Vinnarrapport: {title}</translation>
    </message>
    <message>
        <source>The winner of {award} {year} with the jury&apos;s motivation, the finalists, the results and the jury.</source>
        <translation>Vinnaren av {award} {year} med juryns motivering, finalisterna, resultaten och juryn.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>{award} {year} · Winners report</source>
        <translation>{award} {year} · Vinnarrapport</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Sida {page} av {count}</translation>
    </message>
    <message>
        <source>Winners report</source>
        <translation>Vinnarrapport</translation>
    </message>
    <message>
        <source>About the award</source>
        <translation>Om priset</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Vinnare</translation>
    </message>
    <message>
        <source>The jury&apos;s motivation</source>
        <translation>Juryns motivering</translation>
    </message>
    <message>
        <source>No motivation was recorded for this year.</source>
        <translation>Ingen motivering registrerades för detta år.</translation>
    </message>
    <message>
        <source>The jury&apos;s motivation was written in Swedish only.</source>
        <translation>Juryns motivering skrevs bara på svenska.</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Ännu inte beslutat</translation>
    </message>
    <message>
        <source>This report is a draft: the jury has not decided, and the results may still change.</source>
        <translation>Rapporten är ett utkast: juryn har inte fattat sitt beslut, och resultaten kan fortfarande ändras.</translation>
    </message>
    <message>
        <source>The finalists</source>
        <translation>Finalisterna</translation>
    </message>
    <message numerus="yes">
        <source>%n finalist(s), each presented in this report.</source>
        <translation>
            <numerusform>%n finalist, som presenteras i rapporten.</numerusform>
            <numerusform>%n finalister, som alla presenteras i rapporten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided on {date}.</source>
        <translation>Beslutat {date}.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>No scores were recorded for this year: the winner was entered as a decision, without the jury&apos;s scores.</source>
        <translation>Inga poäng registrerades för detta år: vinnaren fördes in som ett beslut, utan juryns poäng.</translation>
    </message>
    <message>
        <source>No scores have been recorded yet.</source>
        <translation>Inga poäng har registrerats ännu.</translation>
    </message>
    <message>
        <source>Scoring round</source>
        <translation>Bedömningsomgång</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurymedlemmar</translation>
    </message>
    <message>
        <source>the jury decided knowing that these scores were missing</source>
        <translation>juryn fattade beslutet med vetskap om att dessa poäng saknades</translation>
    </message>
    <message>
        <source>Scores missing</source>
        <translation>Saknade poäng</translation>
    </message>
    <message>
        <source>Each juror&apos;s total is the weighted mean of the criteria, each put on a scale of 0 to 100; only complete totals count, and a juror&apos;s scores for a nominee they declared a conflict with never count.</source>
        <translation>Varje jurymedlems totalpoäng är det viktade medelvärdet av kriterierna, vart och ett omräknat till en skala från 0 till 100. Bara fullständiga totalpoäng räknas, och en jurymedlems poäng för en nominerad som jurymedlemmen har anmält jäv för räknas aldrig.</translation>
    </message>
    <message>
        <source>C{number}</source>
        <translation>K{number}</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Results by criterion</source>
        <translation>Resultat per kriterium</translation>
    </message>
    <message>
        <source>C1, C2, …: the mean of the jurors&apos; scores on the criterion&apos;s own scale. Jurors: how many complete totals count.</source>
        <translation>K1, K2, …: medelvärdet av jurymedlemmarnas poäng på kriteriets egen skala. Jurymedlemmar: hur många fullständiga totalpoäng som räknas.</translation>
    </message>
    <message>
        <source>* Scores are still missing for this finalist.</source>
        <translation>* Poäng saknas fortfarande för den här finalisten.</translation>
    </message>
    <message>
        <source>Tied: {names}.</source>
        <translation>Delad placering: {names}.</translation>
    </message>
    <message>
        <source>Score: {method}</source>
        <translation>Poäng: {method}</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>The {shown} best of {count} are shown.</source>
        <translation>De {shown} bästa av {count} visas.</translation>
    </message>
    <message>
        <source>Mean per criterion on 0–100</source>
        <translation>Medelvärde per kriterium på skalan 0–100</translation>
    </message>
    <message>
        <source>By criterion</source>
        <translation>Per kriterium</translation>
    </message>
    <message numerus="yes">
        <source>%n finalist(s).</source>
        <translation>
            <numerusform>%n finalist.</numerusform>
            <numerusform>%n finalister.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also nominated: {names}.</source>
        <translation>Även nominerade: {names}.</translation>
    </message>
    <message>
        <source>Rank {rank}</source>
        <translation>Placering {rank}</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>sedan {year}</translation>
    </message>
    <message>
        <source>The jury</source>
        <translation>Juryn</translation>
    </message>
    <message>
        <source>The jury&apos;s members were not recorded for this year.</source>
        <translation>Juryns ledamöter registrerades inte för detta år.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Earlier winners</source>
        <translation>Tidigare vinnare</translation>
    </message>
    <message>
        <source>No earlier winners are recorded.</source>
        <translation>Inga tidigare vinnare är registrerade.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Om rapporten</translation>
    </message>
    <message>
        <source>Made with nomdesk {version} on {date}.</source>
        <translation>Framställd med nomdesk {version} den {date}.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log holds %n event(s). Each carries the hash of the one before it; the newest hash, the head of the chain, is:</source>
        <translation>
            <numerusform>Ändringsloggen innehåller %n händelse. Varje händelse bär hashvärdet för den föregående; det senaste hashvärdet, kedjans topp, är:</numerusform>
            <numerusform>Ändringsloggen innehåller %n händelser. Varje händelse bär hashvärdet för den föregående; det senaste hashvärdet, kedjans topp, är:</numerusform>
        </translation>
    </message>
    <message>
        <source>With the database, anyone can check that nothing recorded before this report was changed or removed: nomdesk audit verify --db FILE --head HASH</source>
        <translation>Med databasen kan vem som helst kontrollera att inget som registrerats före rapporten har ändrats eller tagits bort: nomdesk audit verify --db FIL --head HASH</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw nominee</source>
        <translation>Dra tillbaka nominerad</translation>
    </message>
    <message>
        <source>For example: the nomination was withdrawn by…</source>
        <translation>Till exempel: nomineringen drogs tillbaka av…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Dra tillbaka</translation>
    </message>
    <message>
        <source>Why is {name} withdrawn?</source>
        <translation>Varför dras {name} tillbaka?</translation>
    </message>
</context>
<context>
    <name>YearTree</name>
    <message>
        <source>Award years</source>
        <translation>Prisår</translation>
    </message>
    <message>
        <source>{title} (decided and locked)</source>
        <translation>{title} (beslutat och låst)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Det gick inte att öppna databasen</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Open data</source>
        <translation>Öppna data</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>RPA</source>
        <translation>RPA</translation>
    </message>
    <message>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <source>IoT</source>
        <translation>IoT</translation>
    </message>
    <message>
        <source>Digital twin</source>
        <translation>Digital tvilling</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisering</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A conflict is declared by the secretariat or the juror.</source>
        <translation>Jäv anmäls av sekretariatet eller av jurymedlemmen.</translation>
    </message>
    <message>
        <source>A criterion named {name} exists already this year.</source>
        <translation>Det finns redan ett kriterium med namnet {name} i detta prisår.</translation>
    </message>
    <message>
        <source>A juror is chair or member.</source>
        <translation>En jurymedlem är ordförande eller ledamot.</translation>
    </message>
    <message>
        <source>A juror named {name} exists already this year.</source>
        <translation>Det finns redan en jurymedlem med namnet {name} i detta prisår.</translation>
    </message>
    <message>
        <source>A new nominee starts as nominated, shortlisted or finalist.</source>
        <translation>En ny nominerad börjar som föreslagen, nominerad eller finalist.</translation>
    </message>
    <message>
        <source>A nominee cannot be reinstated after the decision.</source>
        <translation>En nominerad kan inte återtas efter beslutet.</translation>
    </message>
    <message>
        <source>A nominee cannot be withdrawn after the decision.</source>
        <translation>En nominerad kan inte dras tillbaka efter beslutet.</translation>
    </message>
    <message>
        <source>A nominee named {name} exists already this year.</source>
        <translation>Det finns redan en nominerad med namnet {name} i detta prisår.</translation>
    </message>
    <message>
        <source>A recorded score ({value}) would no longer fit this scale and step.</source>
        <translation>Ett registrerat poängvärde ({value}) skulle inte längre passa den här skalan och det här steget.</translation>
    </message>
    <message>
        <source>A round covers shortlisted or finalist nominees, not {stage}.</source>
        <translation>En bedömningsomgång gäller nominerade eller finalister, inte {stage}.</translation>
    </message>
    <message>
        <source>A round is open or closed, not {status}.</source>
        <translation>En bedömningsomgång är öppen eller stängd, inte {status}.</translation>
    </message>
    <message>
        <source>A round named {name} exists already this year.</source>
        <translation>Det finns redan en bedömningsomgång med namnet {name} i detta prisår.</translation>
    </message>
    <message>
        <source>A step back is not allowed after the decision.</source>
        <translation>Ett steg tillbaka är inte tillåtet efter beslutet.</translation>
    </message>
    <message>
        <source>A winner is set by recording the decision, not by a stage change.</source>
        <translation>Vinnaren utses genom att beslutet registreras, inte genom en statusändring.</translation>
    </message>
    <message>
        <source>A year with recorded scores is decided in the app, with a motivation.</source>
        <translation>Ett prisår med registrerade poäng beslutas i programmet, med en motivering.</translation>
    </message>
    <message>
        <source>An award named {name} exists already.</source>
        <translation>Det finns redan ett pris med namnet {name}.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>En organisation kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <source>An organisation is named twice.</source>
        <translation>En organisation finns med två gånger.</translation>
    </message>
    <message>
        <source>An organisation named {name} exists already.</source>
        <translation>Det finns redan en organisation med namnet {name}.</translation>
    </message>
    <message>
        <source>Cannot back up {path} before upgrading it: {reason}</source>
        <translation>Det gick inte att säkerhetskopiera {path} före uppgraderingen: {reason}</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}</source>
        <translation>Det gick inte att skapa {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>Det gick inte att öppna {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Det gick inte att läsa {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>Det gick inte att skriva till {path}: mappen finns inte.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Det gick inte att skriva till {path}: {reason}</translation>
    </message>
    <message>
        <source>Choose a year first.</source>
        <translation>Välj ett prisår först.</translation>
    </message>
    <message>
        <source>Choose an area for the initiative.</source>
        <translation>Välj ett område för initiativet.</translation>
    </message>
    <message>
        <source>Choose another file than the open database.</source>
        <translation>Välj en annan fil än den öppna databasen.</translation>
    </message>
    <message>
        <source>Copy only from a year of the same award.</source>
        <translation>Kopiera bara från ett prisår för samma pris.</translation>
    </message>
    <message>
        <source>Export to a .xlsx or .csv file, not {name}.</source>
        <translation>Exportera till en .xlsx- eller .csv-fil, inte {name}.</translation>
    </message>
    <message>
        <source>Give a reason for the withdrawal.</source>
        <translation>Ange ett skäl till att nomineringen dras tillbaka.</translation>
    </message>
    <message>
        <source>Give {criterion} a score before writing a comment on it.</source>
        <translation>Ge {criterion} en poäng innan du skriver en kommentar.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Det finns inte längre.</translation>
    </message>
    <message>
        <source>Juror {juror} has a conflict for {nominee}.</source>
        <translation>Jurymedlemmen {juror} är jävig för {nominee}.</translation>
    </message>
    <message>
        <source>No attachment {key} on this ballot.</source>
        <translation>Bilagan {key} finns inte i den här bedömningsfilen.</translation>
    </message>
    <message>
        <source>No award named {name}.</source>
        <translation>Det finns inget pris med namnet {name}.</translation>
    </message>
    <message>
        <source>No conflict is declared for this nominee.</source>
        <translation>Inget jäv är anmält för den här nominerade.</translation>
    </message>
    <message>
        <source>No criterion with id {id} in this year.</source>
        <translation>Det finns inget kriterium med id {id} i detta prisår.</translation>
    </message>
    <message>
        <source>No criterion {key} on this ballot.</source>
        <translation>Kriteriet {key} finns inte i den här bedömningsfilen.</translation>
    </message>
    <message>
        <source>No juror with id {id} in this year.</source>
        <translation>Det finns ingen jurymedlem med id {id} i detta prisår.</translation>
    </message>
    <message>
        <source>No juror {key} in this year.</source>
        <translation>Det finns ingen jurymedlem {key} i detta prisår.</translation>
    </message>
    <message>
        <source>No nominee with id {id} in this year.</source>
        <translation>Det finns ingen nominerad med id {id} i detta prisår.</translation>
    </message>
    <message>
        <source>No nominee {key} in this year.</source>
        <translation>Det finns ingen nominerad {key} i detta prisår.</translation>
    </message>
    <message>
        <source>No nominee {key} on this ballot.</source>
        <translation>Den nominerade {key} finns inte i den här bedömningsfilen.</translation>
    </message>
    <message>
        <source>No round named {name} in this year.</source>
        <translation>Det finns ingen bedömningsomgång med namnet {name} i detta prisår.</translation>
    </message>
    <message>
        <source>No row is ready to import.</source>
        <translation>Ingen rad är klar att importera.</translation>
    </message>
    <message>
        <source>No {what} with id {id}.</source>
        <translation>Det finns ingen post av typen {what} med id {id}.</translation>
    </message>
    <message>
        <source>Only a finalist can become the winner; {name} is {stage}.</source>
        <translation>Bara en finalist kan bli vinnare; {name} har status {stage}.</translation>
    </message>
    <message>
        <source>Only a withdrawn nominee can be reinstated.</source>
        <translation>Bara en tillbakadragen nominerad kan återtas.</translation>
    </message>
    <message>
        <source>Reinstate the withdrawn nominee before changing its stage.</source>
        <translation>Återinsätt den tillbakadragna nominerade innan du ändrar status.</translation>
    </message>
    <message>
        <source>Say why the decision is withdrawn.</source>
        <translation>Ange varför beslutet dras tillbaka.</translation>
    </message>
    <message>
        <source>Say why the year is unlocked.</source>
        <translation>Ange varför prisåret låses upp.</translation>
    </message>
    <message>
        <source>That criterion belongs to another year.</source>
        <translation>Kriteriet hör till ett annat prisår.</translation>
    </message>
    <message>
        <source>That round belongs to another year.</source>
        <translation>Bedömningsomgången hör till ett annat prisår.</translation>
    </message>
    <message>
        <source>That {what} belongs to another year.</source>
        <translation>Posten ({what}) hör till ett annat prisår.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>Bilagan behöver ett filnamn.</translation>
    </message>
    <message>
        <source>The award needs a name.</source>
        <translation>Priset behöver ett namn.</translation>
    </message>
    <message>
        <source>The criterion needs a name.</source>
        <translation>Kriteriet behöver ett namn.</translation>
    </message>
    <message>
        <source>The data changed since the preview; check the import again.</source>
        <translation>Uppgifterna har ändrats sedan förhandsvisningen; kontrollera importen igen.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Exporten misslyckades: {reason}</translation>
    </message>
    <message>
        <source>The file holds {count} awards; name one with --award.</source>
        <translation>Filen innehåller {count} priser; ange ett med --award.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <source>The initiative has a description but no title.</source>
        <translation>Initiativet har en beskrivning men ingen rubrik.</translation>
    </message>
    <message>
        <source>The initiative needs a title.</source>
        <translation>Initiativet behöver en titel.</translation>
    </message>
    <message>
        <source>The juror and the nominee belong to different years.</source>
        <translation>Jurymedlemmen och den nominerade hör till olika prisår.</translation>
    </message>
    <message>
        <source>The juror needs a name.</source>
        <translation>Jurymedlemmen behöver ett namn.</translation>
    </message>
    <message>
        <source>The juror or nominee belongs to another year.</source>
        <translation>Jurymedlemmen eller den nominerade hör till ett annat prisår.</translation>
    </message>
    <message>
        <source>The nominee is already withdrawn.</source>
        <translation>Den nominerade är redan tillbakadragen.</translation>
    </message>
    <message>
        <source>The nominee is already {target}.</source>
        <translation>Den nominerade har redan status {target}.</translation>
    </message>
    <message>
        <source>The nominee needs a name or an organisation.</source>
        <translation>Den nominerade behöver ett namn eller en organisation.</translation>
    </message>
    <message>
        <source>The nominee needs a name.</source>
        <translation>Den nominerade behöver ett namn.</translation>
    </message>
    <message>
        <source>The organisation choices go round in a circle.</source>
        <translation>Valen av organisation går runt i en cirkel.</translation>
    </message>
    <message>
        <source>The organisation chosen for {name} no longer exists.</source>
        <translation>Organisationen som valdes för {name} finns inte längre.</translation>
    </message>
    <message>
        <source>The organisation name {name} is longer than {max} characters.</source>
        <translation>Organisationsnamnet {name} är längre än {max} tecken.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Organisationen behöver ett namn.</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>Folkmängden kan inte vara negativ.</translation>
    </message>
    <message>
        <source>The round needs a name.</source>
        <translation>Bedömningsomgången behöver ett namn.</translation>
    </message>
    <message>
        <source>The round {name} is closed.</source>
        <translation>Bedömningsomgången {name} är stängd.</translation>
    </message>
    <message>
        <source>The same score (juror {juror}, nominee {nominee}, criterion {criterion}) is given twice.</source>
        <translation>Samma poäng (jurymedlem {juror}, nominerad {nominee}, kriterium {criterion}) har angetts två gånger.</translation>
    </message>
    <message>
        <source>The scale&apos;s maximum must be greater than its minimum.</source>
        <translation>Skalans högsta värde måste vara större än dess lägsta.</translation>
    </message>
    <message>
        <source>The start year must be between 1900 and 2200.</source>
        <translation>Startåret måste vara mellan 1900 och 2200.</translation>
    </message>
    <message>
        <source>The step could not be undone or redone: {reason}</source>
        <translation>Steget kunde inte ångras eller göras om: {reason}</translation>
    </message>
    <message>
        <source>The step must be greater than 0.</source>
        <translation>Steget måste vara större än 0.</translation>
    </message>
    <message>
        <source>The step must not be larger than the scale.</source>
        <translation>Steget får inte vara större än skalan.</translation>
    </message>
    <message>
        <source>The weight must be greater than 0.</source>
        <translation>Vikten måste vara större än 0.</translation>
    </message>
    <message>
        <source>The winner cannot be deleted.</source>
        <translation>Vinnaren kan inte tas bort.</translation>
    </message>
    <message>
        <source>The winner must be a nominee of this year.</source>
        <translation>Vinnaren måste vara en nominerad i detta prisår.</translation>
    </message>
    <message>
        <source>The winner&apos;s stage changes only when the decision is withdrawn.</source>
        <translation>Vinnarens status ändras bara när beslutet dras tillbaka.</translation>
    </message>
    <message>
        <source>The year must be between 1900 and 2200.</source>
        <translation>Året måste vara mellan 1900 och 2200.</translation>
    </message>
    <message>
        <source>The year {year} exists already.</source>
        <translation>Prisåret {year} finns redan.</translation>
    </message>
    <message>
        <source>The year {year} has a decision already; withdraw it first.</source>
        <translation>Prisåret {year} har redan ett beslut; dra tillbaka det först.</translation>
    </message>
    <message>
        <source>The year {year} has no decision.</source>
        <translation>Prisåret {year} har inget beslut.</translation>
    </message>
    <message>
        <source>The year {year} is locked since its winner was decided; unlock it with a reason to change it.</source>
        <translation>Prisåret {year} är låst sedan vinnaren utsågs; lås upp det och ange ett skäl för att ändra det.</translation>
    </message>
    <message>
        <source>The year {year} is not locked.</source>
        <translation>Prisåret {year} är inte låst.</translation>
    </message>
    <message>
        <source>There is no award year {year}.</source>
        <translation>Det finns inget prisår {year}.</translation>
    </message>
    <message>
        <source>This year has no scoring round.</source>
        <translation>Prisåret har ingen bedömningsomgång.</translation>
    </message>
    <message>
        <source>Trim k must be 0 or more.</source>
        <translation>Trimvärdet k måste vara 0 eller mer.</translation>
    </message>
    <message>
        <source>Unknown field {name}.</source>
        <translation>Okänt fält {name}.</translation>
    </message>
    <message>
        <source>Unknown kind {kind}.</source>
        <translation>Okänd typ {kind}.</translation>
    </message>
    <message>
        <source>Unknown method {method}.</source>
        <translation>Okänd metod {method}.</translation>
    </message>
    <message>
        <source>Unknown method {method}; use one of {methods}.</source>
        <translation>Okänd metod {method}; använd någon av {methods}.</translation>
    </message>
    <message>
        <source>Unknown phase {phase}.</source>
        <translation>Okänd fas {phase}.</translation>
    </message>
    <message>
        <source>Unknown score source {source}.</source>
        <translation>Okänd källa för poäng: {source}.</translation>
    </message>
    <message>
        <source>Unknown stage {target}.</source>
        <translation>Okänd status {target}.</translation>
    </message>
    <message>
        <source>Unknown tie-break {kind}.</source>
        <translation>Okänd regel för särskiljning: {kind}.</translation>
    </message>
    <message>
        <source>Upgrading {path} failed ({reason}); the file before the upgrade is kept as {backup}.</source>
        <translation>Uppgraderingen av {path} misslyckades ({reason}); filen från före uppgraderingen finns kvar som {backup}.</translation>
    </message>
    <message>
        <source>Withdraw a nominee with a reason.</source>
        <translation>Ange ett skäl när en nominerad dras tillbaka.</translation>
    </message>
    <message>
        <source>Write the jury&apos;s motivation.</source>
        <translation>Skriv juryns motivering.</translation>
    </message>
    <message>
        <source>{column} is longer than {max} characters.</source>
        <translation>{column} är längre än {max} tecken.</translation>
    </message>
    <message>
        <source>{count} scores are missing; confirm to decide anyway.</source>
        <translation>{count} poäng saknas; bekräfta för att besluta ändå.</translation>
    </message>
    <message>
        <source>{criterion}: the score must be a number.</source>
        <translation>{criterion}: poängen måste vara ett tal.</translation>
    </message>
    <message>
        <source>{criterion}: {value} is not on the scale&apos;s step of {step} from {min}.</source>
        <translation>{criterion}: {value} följer inte skalans steg om {step} från {min}.</translation>
    </message>
    <message>
        <source>{criterion}: {value} is outside the scale {min}–{max}.</source>
        <translation>{criterion}: {value} ligger utanför skalan {min}–{max}.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} är inte en e-postadress.</translation>
    </message>
    <message>
        <source>{file}: revision {revision} is not newer than revision {last}, imported on {date}.</source>
        <translation>{file}: version {revision} är inte nyare än version {last}, som importerades {date}.</translation>
    </message>
    <message>
        <source>{file}: the attachment {name} is damaged (its checksum does not match).</source>
        <translation>{file}: bilagan {name} är skadad (kontrollsumman stämmer inte).</translation>
    </message>
    <message>
        <source>{file}: the ballot does not follow the format: {reason}.</source>
        <translation>{file}: bedömningsfilen följer inte formatet: {reason}.</translation>
    </message>
    <message>
        <source>{file}: the ballot has the uid of an existing workspace but another juror, round or secret.</source>
        <translation>{file}: bedömningsfilen har samma uid som en befintlig arbetsyta men en annan jurymedlem, omgång eller hemlighet.</translation>
    </message>
    <message>
        <source>{file}: the ballot was revoked on {date} and replaced by a new one; ask {juror} to score from the new ballot.</source>
        <translation>{file}: bedömningsfilen återkallades {date} och ersattes av en ny; be {juror} att bedöma i den nya bedömningsfilen.</translation>
    </message>
    <message>
        <source>{file}: the ballot {ballot} is not known in this database.</source>
        <translation>{file}: bedömningsfilen {ballot} är okänd i den här databasen.</translation>
    </message>
    <message>
        <source>{file}: the content does not follow the format: {reason}.</source>
        <translation>{file}: innehållet följer inte formatet: {reason}.</translation>
    </message>
    <message>
        <source>{file}: the criterion {criterion} is not a criterion of this year.</source>
        <translation>{file}: {criterion} är inte ett kriterium i detta prisår.</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: filen kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the file cannot be written ({reason}).</source>
        <translation>{file}: filen kan inte skrivas ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the file is not JSON: {reason} (line {line}, column {column}).</source>
        <translation>{file}: filen är inte JSON: {reason} (rad {line}, kolumn {column}).</translation>
    </message>
    <message>
        <source>{file}: the file is not UTF-8 text (line {line}, column {column}).</source>
        <translation>{file}: filen är inte UTF-8-text (rad {line}, kolumn {column}).</translation>
    </message>
    <message>
        <source>{file}: the file is {size} MB; a score sheet is at most 5 MB.</source>
        <translation>{file}: filen är {size} MB; ett poängblad får vara högst 5 MB.</translation>
    </message>
    <message>
        <source>{file}: the nominee {nominee} is not a nominee of this round.</source>
        <translation>{file}: {nominee} är inte nominerad i den här omgången.</translation>
    </message>
    <message>
        <source>{file}: the round {round} is closed.</source>
        <translation>{file}: omgången {round} är stängd.</translation>
    </message>
    <message>
        <source>{file}: the sheet belongs to another award than its ballot.</source>
        <translation>{file}: poängbladet hör till ett annat pris än bedömningsfilen.</translation>
    </message>
    <message>
        <source>{file}: the sheet belongs to another round than its ballot.</source>
        <translation>{file}: poängbladet hör till en annan omgång än bedömningsfilen.</translation>
    </message>
    <message>
        <source>{file}: the sheet belongs to another year than its ballot.</source>
        <translation>{file}: poängbladet hör till ett annat prisår än bedömningsfilen.</translation>
    </message>
    <message>
        <source>{file}: the sheet both scores {nominee} and declares a conflict for it.</source>
        <translation>{file}: poängbladet både ger poäng till {nominee} och anmäler jäv för den nominerade.</translation>
    </message>
    <message>
        <source>{file}: the sheet names another juror than its ballot.</source>
        <translation>{file}: poängbladet anger en annan jurymedlem än bedömningsfilen.</translation>
    </message>
    <message>
        <source>{file}: the signature does not match: the file was changed after it was exported.</source>
        <translation>{file}: signaturen stämmer inte: filen har ändrats efter att den exporterades.</translation>
    </message>
    <message>
        <source>{file}: the year {year} is locked since its winner was decided.</source>
        <translation>{file}: prisåret {year} är låst sedan vinnaren utsågs.</translation>
    </message>
    <message>
        <source>{file}: unknown format {format}; expected {expected}.</source>
        <translation>{file}: okänt format {format}; {expected} förväntades.</translation>
    </message>
    <message>
        <source>{file}: {juror} is recorded as conflicted for {nominee}; the sheet is refused. Reissue the ballot to leave {nominee} out.</source>
        <translation>{file}: {juror} är registrerad som jävig för {nominee}; poängbladet avvisas. Utfärda en ny bedömningsfil för att utesluta {nominee}.</translation>
    </message>
    <message>
        <source>{file}: {nominee} is not scored in this round (it is {stage}).</source>
        <translation>{file}: {nominee} bedöms inte i den här omgången (status: {stage}).</translation>
    </message>
    <message>
        <source>{file}: {nominee} is scored twice on {criterion}.</source>
        <translation>{file}: {nominee} har fått poäng två gånger för {criterion}.</translation>
    </message>
    <message>
        <source>{file}: {nominee}, {criterion}: the score must be a number.</source>
        <translation>{file}: {nominee}, {criterion}: poängen måste vara ett tal.</translation>
    </message>
    <message>
        <source>{file}: {nominee}, {criterion}: {value} is not on the scale&apos;s step of {step} from {min}.</source>
        <translation>{file}: {nominee}, {criterion}: {value} följer inte skalans steg om {step} från {min}.</translation>
    </message>
    <message>
        <source>{file}: {nominee}, {criterion}: {value} is outside the scale {min}–{max}.</source>
        <translation>{file}: {nominee}, {criterion}: {value} ligger utanför skalan {min}–{max}.</translation>
    </message>
    <message>
        <source>{juror} has a conflict of interest for {nominee} and cannot comment on it.</source>
        <translation>{juror} är jävig för {nominee} och kan inte kommentera den nominerade.</translation>
    </message>
    <message>
        <source>{juror} has a conflict of interest for {nominee} and cannot score it.</source>
        <translation>{juror} är jävig för {nominee} och kan inte bedöma den nominerade.</translation>
    </message>
    <message>
        <source>{juror} is already recorded as conflicted for {nominee}.</source>
        <translation>{juror} är redan registrerad som jävig för {nominee}.</translation>
    </message>
    <message>
        <source>{name} cannot be empty.</source>
        <translation>Fältet {name} får inte vara tomt.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{name} cannot be written: {reason}</source>
        <translation>{name} kan inte skrivas: {reason}</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} finns inte.</translation>
    </message>
    <message>
        <source>{name} holds more than {count} rows.</source>
        <translation>{name} innehåller fler än {count} rader.</translation>
    </message>
    <message>
        <source>{name} holds no rows.</source>
        <translation>{name} innehåller inga rader.</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB; attach a smaller file.</source>
        <translation>{name} är större än 50 MB; bifoga en mindre fil.</translation>
    </message>
    <message>
        <source>{name} is larger than {mb} MB.</source>
        <translation>{name} är större än {mb} MB.</translation>
    </message>
    <message>
        <source>{name} is named twice in the file (first in row {row}).</source>
        <translation>{name} förekommer två gånger i filen (först på rad {row}).</translation>
    </message>
    <message>
        <source>{name} is not a CSV or XLSX file.</source>
        <translation>{name} är inte en CSV- eller XLSX-fil.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {reason}</source>
        <translation>{name} är inte en läsbar CSV-fil: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX file: {reason}</source>
        <translation>{name} är inte en läsbar XLSX-fil: {reason}</translation>
    </message>
    <message>
        <source>{nominee} is withdrawn and cannot be scored.</source>
        <translation>{nominee} är tillbakadragen och kan inte bedömas.</translation>
    </message>
    <message>
        <source>{nominee} is {stage}; the round {round} scores only nominees at stage {needed} or beyond.</source>
        <translation>{nominee} har status {stage}; omgången {round} bedömer bara nominerade med status {needed} eller senare.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} finns inte.</translation>
    </message>
    <message>
        <source>{path} exists already; choose a new file name for a new database.</source>
        <translation>{path} finns redan; välj ett nytt filnamn för en ny databas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not one of nomdesk&apos;s.</source>
        <translation>{path} är en SQLite-databas, men inte en nomdesk-databas.</translation>
    </message>
    <message>
        <source>{path} is not a nomdesk database ({reason}).</source>
        <translation>{path} är inte en nomdesk-databas ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a nomdesk database.</source>
        <translation>{path} är inte en nomdesk-databas.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of nomdesk (schema {revision}); update nomdesk to open it.</source>
        <translation>{path} har skrivits av en nyare version av nomdesk (schema {revision}); uppdatera nomdesk för att öppna den.</translation>
    </message>
    <message>
        <source>{what} belongs to no award year.</source>
        <translation>Posten ({what}) hör inte till något prisår.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved.</source>
        <translation>Något gick fel. Dina uppgifter är i säkerhet: varje ändring är sparad.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Detaljerna finns i loggfilen:
{path}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Nominated</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Nominerad</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Vinnare</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tillbakadragen</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Förberedelse</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Nomineringar</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Överläggning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>timetable</name>
    <message>
        <source>Deadline</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>Finalists</source>
        <translation>Finalister</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Platsbesök</translation>
    </message>
    <message>
        <source>Jury meeting</source>
        <translation>Jurymöte</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Prisutdelning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>inget datum ännu</translation>
    </message>
    <message>
        <source>Nothing more is planned in the timetable.</source>
        <translation>Inget mer är planerat i tidplanen.</translation>
    </message>
    <message>
        <source>Next: {what} on {date}</source>
        <translation>Nästa: {what}, {date}</translation>
    </message>
    <message>
        <source>Now: {what}, until {date}</source>
        <translation>Nu: {what}, till och med {date}</translation>
    </message>
    <message>
        <source>Today: {what}</source>
        <translation>I dag: {what}</translation>
    </message>
</context>
</TS>
