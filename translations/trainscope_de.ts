<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not accept the request; Trainscope may be out of date with the API.</source>
        <translation>Der Server hat die Anfrage nicht angenommen; Trainscope ist eventuell nicht auf dem Stand der API.</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>Prüfen Sie den API-Schlüssel.</translation>
    </message>
    <message>
        <source>The API key has no access to this resource.</source>
        <translation>Der API-Schlüssel hat keinen Zugriff auf diese Ressource.</translation>
    </message>
    <message>
        <source>The project or job does not exist, or is not visible to this API key.</source>
        <translation>Das Projekt oder der Job existiert nicht oder ist für diesen API-Schlüssel nicht sichtbar.</translation>
    </message>
    <message>
        <source>Too many requests; try again shortly.</source>
        <translation>Zu viele Anfragen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>Der Server hatte ein Problem; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered %1</source>
        <translation>Der Server antwortete %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 seconds; the request was abandoned.</source>
        <translation>Der Server hat %1 Sekunden lang nichts gesendet; die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers war nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The API key was not sent: %1</source>
        <translation>Der API-Schlüssel wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The answer is larger than the limit of %1 and was abandoned.</source>
        <translation>Die Antwort überschreitet die Grenze von %1 und wurde verworfen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid project or job id: an id cannot be empty, &quot;.&quot; or &quot;..&quot;. Nothing was sent.</source>
        <translation>„%1“ ist keine gültige Projekt- oder Job-ID: Eine ID darf nicht leer, „.“ oder „..“ sein. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>AxisScale</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 core</source>
        <translation>%1&#xa0;Kern</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1&#xa0;Kerne</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date on a time axis</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>BasetenClient</name>
    <message>
        <source>%1 is neither HTTPS nor a loopback address.</source>
        <translation>%1 ist weder HTTPS noch eine Loopback-Adresse.</translation>
    </message>
    <message>
        <source>redirect without a location</source>
        <translation>Weiterleitung ohne Ziel</translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1).</source>
        <translation>der Server hat auf einen anderen Ursprung weitergeleitet (%1).</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
</context>
<context>
    <name>CheckpointStallDetector</name>
    <message>
        <source>Every %1 all GPUs stall for %2 while a checkpoint is written (ephemeral storage grows at the same times): %3 % of the training time.</source>
        <translation>Alle %1 stehen alle GPUs %2 lang still, während ein Checkpoint geschrieben wird (der flüchtige Speicher wächst zur selben Zeit): %3 % der Trainingszeit.</translation>
    </message>
    <message>
        <source>Every %1 all GPUs stall together for %2: %3 % of the training time.</source>
        <translation>Alle %1 stehen alle GPUs gemeinsam %2 lang still: %3 % der Trainingszeit.</translation>
    </message>
</context>
<context>
    <name>CompareExporter</name>
    <message>
        <source>%1 to %2 since each job&apos;s start</source>
        <translation>%1 bis %2 ab dem Start des jeweiligen Jobs</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n job(s)</source>
        <translation>
            <numerusform>Vergleich von %n Job</numerusform>
            <numerusform>Vergleich von %n Jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (fehlgeschlagen: %2)</translation>
    </message>
</context>
<context>
    <name>CompareFrameBuilder</name>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt; — differences are against the first job</source>
        <translation>&lt;b&gt;Vergleich&lt;/b&gt; – Unterschiede beziehen sich auf den ersten Job</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagert</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Columns: one column of charts per job. Overlay: all jobs in one chart per metric, one colour per job.</source>
        <translation>Spalten: eine Diagrammspalte pro Job. Überlagert: alle Jobs in einem Diagramm pro Metrik, eine Farbe pro Job.</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Zeit seit Start</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Align on GPU utilization ≥</source>
        <translation>Ausrichten ab GPU-Auslastung ≥</translation>
    </message>
    <message>
        <source>Align jobs on GPU utilization</source>
        <translation>Jobs an der GPU-Auslastung ausrichten</translation>
    </message>
    <message>
        <source>Start each job&apos;s clock when its mean GPU utilization first reaches the threshold: compares training, not queueing and setup.</source>
        <translation>Die Uhr jedes Jobs startet, wenn seine mittlere GPU-Auslastung erstmals die Schwelle erreicht: So wird das Training verglichen, nicht Warteschlange und Einrichtung.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Alignment threshold in percent</source>
        <translation>Ausrichtungsschwelle in Prozent</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Ganz</translation>
    </message>
    <message>
        <source>First 1 h</source>
        <translation>Erste 1&#xa0;Std.</translation>
    </message>
    <message>
        <source>First 6 h</source>
        <translation>Erste 6&#xa0;Std.</translation>
    </message>
    <message>
        <source>First 24 h</source>
        <translation>Erste 24&#xa0;Std.</translation>
    </message>
    <message>
        <source>All of the longest job</source>
        <translation>Der ganze längste Job</translation>
    </message>
    <message>
        <source>The %1 of every job, from its zero</source>
        <translation>Die ersten %1 jedes Jobs, ab seinem Nullpunkt</translation>
    </message>
    <message>
        <source>Show twice the time; or right-click a chart</source>
        <translation>Doppelte Zeitspanne zeigen; oder Rechtsklick auf ein Diagramm</translation>
    </message>
    <message>
        <source>Every rank</source>
        <translation>Alle Ranks</translation>
    </message>
    <message>
        <source>Show every rank</source>
        <translation>Alle Ranks zeigen</translation>
    </message>
    <message>
        <source>Overlay: draw every GPU rank and node of every job in the job&apos;s colour</source>
        <translation>Überlagert: jeden GPU-Rank und Knoten jedes Jobs in der Farbe des Jobs zeichnen</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export comparison as PNG</source>
        <translation>Vergleich als PNG exportieren</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1: analysing when its data has loaded…</source>
        <translation>%1: wird analysiert, sobald seine Daten geladen sind…</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>%1: not analysed, it could not be loaded.</source>
        <translation>%1: nicht analysiert, der Job konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1: %2 idle GPU-hours · no lagging rank</source>
        <translation>%1: %2 ungenutzte GPU-Stunden · kein nachhinkender Rank</translation>
    </message>
    <message>
        <source>%1: %2 idle GPU-hours · ranks lagging for %3</source>
        <translation>%1: %2 ungenutzte GPU-Stunden · nachhinkende Ranks während %3</translation>
    </message>
    <message>
        <source>Refining %1</source>
        <translation>%1 wird verfeinert</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>The image could not be drawn.</source>
        <translation>Das Bild konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 Sekunden.</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU only × %1</source>
        <translation>nur CPU × %1</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1&#xa0;Pp.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>Mean GPU utilization</source>
        <translation>Mittlere GPU-Auslastung</translation>
    </message>
    <message>
        <source>p95 GPU utilization</source>
        <translation>GPU-Auslastung (p95)</translation>
    </message>
    <message>
        <source>Peak GPU memory</source>
        <translation>Maximaler GPU-Speicher</translation>
    </message>
    <message>
        <source>p95 GPU memory</source>
        <translation>GPU-Speicher (p95)</translation>
    </message>
    <message>
        <source>GPU memory headroom</source>
        <translation>GPU-Speicherreserve</translation>
    </message>
    <message>
        <source>Peak CPU memory</source>
        <translation>Maximaler CPU-Speicher</translation>
    </message>
    <message>
        <source>Peak storage</source>
        <translation>Maximaler Speicherplatz</translation>
    </message>
    <message>
        <source>GPU-hours below 10 % utilization, over every rank.</source>
        <translation>GPU-Stunden unter 10 % Auslastung, über alle Ranks.</translation>
    </message>
    <message>
        <source>How long some rank held its peers back.</source>
        <translation>Wie lange ein Rank die übrigen aufgehalten hat.</translation>
    </message>
    <message>
        <source>%1 holds the 99.5th percentile of GPU memory with 15 % to spare.</source>
        <translation>%1 fasst das 99,5. Perzentil des GPU-Speichers mit 15 % Reserve.</translation>
    </message>
    <message>
        <source>The GPU memory of this job&apos;s machine is not known.</source>
        <translation>Der GPU-Speicher der Maschine dieses Jobs ist nicht bekannt.</translation>
    </message>
    <message>
        <source>No GPU memory was reported for this job.</source>
        <translation>Für diesen Job wurde kein GPU-Speicher gemeldet.</translation>
    </message>
    <message>
        <source>No smaller GPU on offer holds the 99.5th percentile of GPU memory with 15 % to spare: the job&apos;s own GPU is the one to keep.</source>
        <translation>Keine kleinere angebotene GPU fasst das 99,5. Perzentil des GPU-Speichers mit 15 % Reserve: die GPU des Jobs ist die richtige.</translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation>wird analysiert…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The job is analysed once its data has loaded.</source>
        <translation>Der Job wird analysiert, sobald seine Daten geladen sind.</translation>
    </message>
    <message>
        <source>Idle GPU-hours</source>
        <translation>Ungenutzte GPU-Stunden</translation>
    </message>
    <message>
        <source>Lagging ranks (min)</source>
        <translation>Nachhinkende Ranks (min)</translation>
    </message>
    <message>
        <source>Recommended GPU memory (GB)</source>
        <translation>Empfohlener GPU-Speicher (GB)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Visible series only</source>
        <translation>Nur sichtbare Reihen</translation>
    </message>
    <message>
        <source>All series, hidden ones too</source>
        <translation>Alle Reihen, auch ausgeblendete</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The samples of the window in view, as measured</source>
        <translation>Die Messwerte des gezeigten Zeitraums, wie gemessen</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>S&amp;eries</source>
        <translation>&amp;Reihen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 Sekunden.</translation>
    </message>
    <message>
        <source>The window is empty: --from must be before the job&apos;s end, --to after its start.</source>
        <translation>Das Zeitfenster ist leer: --from muss vor dem Ende des Jobs liegen, --to nach seinem Start.</translation>
    </message>
    <message>
        <source>The window lies outside the job&apos;s lifetime (%1 to %2).</source>
        <translation>Das Zeitfenster liegt außerhalb der Laufzeit des Jobs (%1 bis %2).</translation>
    </message>
    <message>
        <source>Unknown node %1: this job reports no named nodes.</source>
        <translation>Unbekannter Knoten %1: Dieser Job meldet keine benannten Knoten.</translation>
    </message>
    <message>
        <source>Unknown node %1; this job has %2.</source>
        <translation>Unbekannter Knoten %1; dieser Job hat %2.</translation>
    </message>
    <message>
        <source>The image could not be drawn.</source>
        <translation>Das Bild konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>1 GPU</source>
        <translation>1 GPU</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Linie</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Linien</translation>
    </message>
    <message>
        <source>last</source>
        <translation>zuletzt</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 weitere</translation>
    </message>
    <message>
        <source>%1 – %2 %3 (%4)</source>
        <translation>%1 – %2 %3 (%4)</translation>
    </message>
    <message>
        <source>node %1 of %2</source>
        <translation>Knoten %1 von %2</translation>
    </message>
    <message>
        <source>%1 nodes, mean per node</source>
        <translation>%1 Knoten, Mittel je Knoten</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>je %1</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Series shown in the charts</source>
        <translation>In den Diagrammen gezeigte Reihen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous time range (Alt+Left)</source>
        <translation>Vorheriger Zeitraum (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Next time range (Alt+Right)</source>
        <translation>Nächster Zeitraum (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show twice the time (Ctrl+-); or right-click a chart</source>
        <translation>Doppelte Zeitspanne zeigen (Strg+-); oder Rechtsklick auf ein Diagramm</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15&#xa0;Min.</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1&#xa0;Std.</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6&#xa0;Std.</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24&#xa0;Std.</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7&#xa0;Tage</translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation>Ganzer Job</translation>
    </message>
    <message>
        <source>From the job&apos;s start to its end (or now)</source>
        <translation>Vom Start des Jobs bis zu seinem Ende (oder jetzt)</translation>
    </message>
    <message>
        <source>The last %1 of the job</source>
        <translation>Die letzten %1 des Jobs</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>One node</source>
        <translation>Ein Knoten</translation>
    </message>
    <message>
        <source>Mean per node</source>
        <translation>Mittel je Knoten</translation>
    </message>
    <message>
        <source>Mean per node: one line per node with the min–max band of its GPUs</source>
        <translation>Mittel je Knoten: eine Linie pro Knoten mit dem Min.–Max.-Band seiner GPUs</translation>
    </message>
    <message>
        <source>Nodes shown</source>
        <translation>Gezeigte Knoten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Live refresh interval</source>
        <translation>Live-Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Live refresh interval in seconds</source>
        <translation>Live-Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>Loading metrics</source>
        <translation>Metriken werden geladen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Show the &amp;whole job</source>
        <translation>&amp;Ganzen Job anzeigen</translation>
    </message>
    <message>
        <source>No metrics loaded</source>
        <translation>Keine Metriken geladen</translation>
    </message>
    <message>
        <source>Loading metrics…</source>
        <translation>Metriken werden geladen…</translation>
    </message>
    <message>
        <source>No metrics in this time range</source>
        <translation>Keine Metriken in diesem Zeitraum</translation>
    </message>
    <message>
        <source>The server has no samples of %1 between these times.</source>
        <translation>Der Server hat für %1 in diesem Zeitraum keine Messwerte.</translation>
    </message>
    <message>
        <source>The job has been created and waits to be scheduled.</source>
        <translation>Der Job wurde erstellt und wartet darauf, eingeplant zu werden.</translation>
    </message>
    <message>
        <source>The job waits for Baseten to schedule it.</source>
        <translation>Der Job wartet darauf, dass Baseten ihn einplant.</translation>
    </message>
    <message>
        <source>The job waits in the queue for free GPUs.</source>
        <translation>Der Job wartet in der Warteschlange auf freie GPUs.</translation>
    </message>
    <message>
        <source>Its machines are starting and loading the job&apos;s image.</source>
        <translation>Seine Maschinen starten und laden das Image des Jobs.</translation>
    </message>
    <message>
        <source>The job failed before it started, so it has no metrics. The error above says why.</source>
        <translation>Der Job ist vor dem Start gescheitert und hat daher keine Metriken. Die Fehlermeldung oben nennt den Grund.</translation>
    </message>
    <message numerus="yes">
        <source>Its charts appear here once it runs; Trainscope checks every %n second(s).</source>
        <translation>
            <numerusform>Seine Diagramme erscheinen hier, sobald er läuft; Trainscope prüft im Abstand von %n Sekunde.</numerusform>
            <numerusform>Seine Diagramme erscheinen hier, sobald er läuft; Trainscope prüft im Abstand von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its charts appear here once it runs: switch on Live, or press Refresh, to check.</source>
        <translation>Seine Diagramme erscheinen hier, sobald er läuft: Zum Prüfen „Live“ einschalten oder „Aktualisieren“ drücken.</translation>
    </message>
    <message>
        <source>Follow a running job: refresh on an interval and keep its latest data in view (%1)</source>
        <translation>Einem laufenden Job folgen: in Abständen aktualisieren und seine neuesten Daten im Blick behalten (%1)</translation>
    </message>
    <message>
        <source>Times are shown in local time: %1, %2</source>
        <translation>Zeiten in Ortszeit: %1, %2</translation>
    </message>
    <message>
        <source>Paused · Resume</source>
        <translation>Angehalten · Fortsetzen</translation>
    </message>
    <message>
        <source>Live is paused while the view shows the past: return to now</source>
        <translation>Live ist angehalten, solange die Ansicht die Vergangenheit zeigt: zurück zu jetzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The job is shorter than %1: see the whole job</source>
        <translation>Der Job ist kürzer als %1: siehe ganzer Job</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>&amp;Series Panel</source>
        <translation>&amp;Reihenleiste</translation>
    </message>
    <message>
        <source>Show or hide the list of series beside the charts</source>
        <translation>Die Liste der Reihen neben den Diagrammen zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Notes on the data: %1</source>
        <translation>Hinweise zu den Daten: %1</translation>
    </message>
    <message>
        <source>Heatmap rows by node</source>
        <translation>Heatmap-Zeilen nach Knoten</translation>
    </message>
    <message>
        <source>Heatmap rows by finding score</source>
        <translation>Heatmap-Zeilen nach Befund-Gewicht</translation>
    </message>
    <message>
        <source>By finding score: the ranks the findings concern most come first</source>
        <translation>Nach Befund-Gewicht: die Ranks, die die Befunde am meisten betreffen, zuerst</translation>
    </message>
    <message>
        <source>Heatmap row order</source>
        <translation>Zeilenfolge der Heatmap</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Show %1 as a heatmap, a row per GPU, or as lines</source>
        <translation>%1 als Heatmap zeigen, eine Zeile je GPU, oder als Linien</translation>
    </message>
    <message>
        <source>Heatmap of %1</source>
        <translation>Heatmap von %1</translation>
    </message>
    <message>
        <source>%1 heatmap</source>
        <translation>Heatmap %1</translation>
    </message>
    <message>
        <source>No job open</source>
        <translation>Kein Job geöffnet</translation>
    </message>
    <message>
        <source>Open a job from the list to see its charts.</source>
        <translation>Öffnen Sie einen Job aus der Liste, um seine Diagramme zu sehen.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Resource metrics of Baseten training jobs, on the desktop.
Run &quot;trainscope export --help&quot; for the headless PNG and CSV export.</source>
        <translation>Ressourcenmetriken von Baseten-Trainingsjobs auf dem Desktop.
„trainscope export --help“ beschreibt den PNG- und CSV-Export ohne Fenster.</translation>
    </message>
    <message>
        <source>Open on built-in demo data, served by a simulated Baseten API on this machine.</source>
        <translation>Mit eingebauten Demodaten starten, geliefert von einer simulierten Baseten-API auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Baseten API base URL (default: the one in Settings, else %1).</source>
        <translation>Basis-URL der Baseten-API (Standard: die aus den Einstellungen, sonst %1).</translation>
    </message>
    <message>
        <source>Project of the job to open.</source>
        <translation>Projekt des zu öffnenden Jobs.</translation>
    </message>
    <message>
        <source>Fail a transfer that receives nothing for this long (default 30).</source>
        <translation>Eine Übertragung abbrechen, die so lange nichts empfängt (Standard 30).</translation>
    </message>
    <message>
        <source>Demo: delay every answer of the simulated server.</source>
        <translation>Demo: jede Antwort des simulierten Servers verzögern.</translation>
    </message>
    <message>
        <source>Demo: answer this fraction of requests with 500 or 503.</source>
        <translation>Demo: diesen Anteil der Anfragen mit 500 oder 503 beantworten.</translation>
    </message>
    <message>
        <source>Demo: answer every Nth request with 429 and retry_after.</source>
        <translation>Demo: jede N-te Anfrage mit 429 und retry_after beantworten.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout erwartet eine Sekundenzahl von 1 bis 3600.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Keine URL: %1</translation>
    </message>
    <message>
        <source>A --demo-* option has a value out of range.</source>
        <translation>Eine --demo-*-Option hat einen Wert außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation>Der Demoserver konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Job to open: an id with --project, or PROJECT/JOB. Given two to six times as PROJECT/JOB, opens those jobs side by side for comparison.</source>
        <translation>Zu öffnender Job: eine ID mit --project oder PROJEKT/JOB. Zwei- bis sechsmal als PROJEKT/JOB angegeben, öffnet er diese Jobs nebeneinander zum Vergleich.</translation>
    </message>
    <message>
        <source>--project takes one --job id; to compare, give --job PROJECT/JOB per job.</source>
        <translation>--project erwartet eine --job-ID; zum Vergleichen geben Sie --job PROJEKT/JOB pro Job an.</translation>
    </message>
    <message>
        <source>--job without --project must be PROJECT/JOB: %1</source>
        <translation>--job ohne --project muss die Form PROJEKT/JOB haben: %1</translation>
    </message>
    <message>
        <source>At most %1 jobs can be compared.</source>
        <translation>Höchstens %1 Jobs lassen sich vergleichen.</translation>
    </message>
    <message>
        <source>A trainscope: link to a shared view (optional).</source>
        <translation>Ein trainscope:-Link auf eine geteilte Ansicht (optional).</translation>
    </message>
    <message>
        <source>Not a Trainscope link: %1</source>
        <translation>Kein Trainscope-Link: %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;d %2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>0 h</source>
        <translation>0&#xa0;h</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Anfrage wiederholen</translation>
    </message>
</context>
<context>
    <name>EventMarkers</name>
    <message>
        <source>checkpoint · %1 · %2</source>
        <translation>Checkpoint · %1 · %2</translation>
    </message>
    <message>
        <source>error · %1 · %2</source>
        <translation>Fehler · %1 · %2</translation>
    </message>
</context>
<context>
    <name>ExportCommandLine</name>
    <message>
        <source>Baseten API base URL (default %1).</source>
        <translation>Basis-URL der Baseten-API (Standard %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Image size in logical pixels, WIDTHxHEIGHT (default 1600x1200).</source>
        <translation>Bildgröße in logischen Pixeln, BREITExHÖHE (Standard 1600x1200).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Image pixels per logical pixel: 2 for HiDPI (default 1).</source>
        <translation>Bildpixel je logischem Pixel: 2 für HiDPI (Standard 1).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Write the image to this file (required).</source>
        <translation>Das Bild in diese Datei schreiben (erforderlich).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Run the export instead of the application.</source>
        <translation>Den Export statt der Anwendung ausführen.</translation>
    </message>
    <message>
        <source>Expected the command &quot;export&quot;.</source>
        <translation>Erwartet wurde der Befehl „export“.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, such as 1600x1200: %1</source>
        <translation>--size muss BREITExHÖHE sein, etwa 1600x1200: %1</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.5 to 4: %1</source>
        <translation>--scale muss eine Zahl von 0.5 bis 4 sein: %1</translation>
    </message>
    <message>
        <source>--size must be at least %1x%1.</source>
        <translation>--size muss mindestens %1x%1 sein.</translation>
    </message>
    <message>
        <source>The image would be larger than %1 pixels a side; lower --size or --scale.</source>
        <translation>Das Bild wäre auf einer Seite größer als %1 Pixel; verringern Sie --size oder --scale.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Keine URL: %1</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>--%1 fehlt.</translation>
    </message>
    <message>
        <source>Set the environment variable BASETEN_API_KEY to your Baseten API key.</source>
        <translation>Setzen Sie die Umgebungsvariable BASETEN_API_KEY auf Ihren Baseten-API-Schlüssel.</translation>
    </message>
    <message>
        <source>--last must be a count and a unit of s, m, h or d, such as 6h: %1</source>
        <translation>--last muss eine Zahl mit der Einheit s, m, h oder d sein, etwa 6h: %1</translation>
    </message>
    <message>
        <source>--last cannot be combined with --from or --to.</source>
        <translation>--last kann nicht mit --from oder --to kombiniert werden.</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2</source>
        <translation>--%1 ist keine ISO-8601-Zeit wie 2026-03-01T09:00:00Z: %2</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to muss nach --from liegen.</translation>
    </message>
    <message>
        <source>--compare takes %1 to %2 --job options; got %3.</source>
        <translation>--compare erwartet %1 bis %2 --job-Optionen; erhalten: %3.</translation>
    </message>
    <message>
        <source>--job must be PROJECT/JOB with --compare: %1</source>
        <translation>--job muss mit --compare die Form PROJEKT/JOB haben: %1</translation>
    </message>
    <message>
        <source>Training project id (required).</source>
        <translation>ID des Trainingsprojekts (erforderlich).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Training job id (required).</source>
        <translation>ID des Trainingsjobs (erforderlich).</translation>
    </message>
    <message>
        <source>Start of the window, ISO 8601 (2026-03-01T09:00:00Z). Default: the job&apos;s start.</source>
        <translation>Beginn des Zeitfensters, ISO 8601 (2026-03-01T09:00:00Z). Standard: der Start des Jobs.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>End of the window, ISO 8601. Default: the job&apos;s end, or now while it runs.</source>
        <translation>Ende des Zeitfensters, ISO 8601. Standard: das Ende des Jobs oder jetzt, solange er läuft.</translation>
    </message>
    <message>
        <source>The last part of the job instead of all of it: a count and a unit of s, m, h or d (15m, 6h, 7d). Ends at the job&apos;s end, or now while it runs.</source>
        <translation>Nur der letzte Teil des Jobs statt des ganzen: eine Zahl und eine Einheit s, m, h oder d (15m, 6h, 7d). Endet mit dem Ende des Jobs oder jetzt, solange er läuft.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>One node&apos;s series, or &quot;all&quot; for every node (default).</source>
        <translation>Die Reihen eines Knotens oder „all“ für alle Knoten (Standard).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Export one chart instead of the dashboard: %1.</source>
        <translation>Ein einzelnes Diagramm statt des Dashboards exportieren: %1.</translation>
    </message>
    <message>
        <source>Also write the raw series of the window to this CSV file.</source>
        <translation>Zusätzlich die Rohdaten des Zeitfensters in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Compare two to six jobs instead: see &quot;trainscope export --compare --help&quot;.</source>
        <translation>Stattdessen zwei bis sechs Jobs vergleichen: siehe „trainscope export --compare --help“.</translation>
    </message>
    <message>
        <source>Compare jobs (this mode).</source>
        <translation>Jobs vergleichen (dieser Modus).</translation>
    </message>
    <message>
        <source>A job to compare as PROJECT/JOB; give it two to six times. The first job is the one the table&apos;s differences are against.</source>
        <translation>Ein zu vergleichender Job als PROJEKT/JOB; zwei- bis sechsmal angeben. Die Unterschiede in der Tabelle beziehen sich auf den ersten Job.</translation>
    </message>
    <message>
        <source>project/job</source>
        <translation>Projekt/Job</translation>
    </message>
    <message>
        <source>The first part of each job instead of all of it, on time since the job&apos;s start: a count and a unit of s, m, h or d (1h, 6h, 7d). The table covers the same part.</source>
        <translation>Nur der erste Teil jedes Jobs statt des ganzen, gemessen ab dem Start des Jobs: eine Zahl und eine Einheit s, m, h oder d (1h, 6h, 7d). Die Tabelle deckt denselben Teil ab.</translation>
    </message>
    <message>
        <source>columns (a column of charts per job, the default) or overlay (one chart per metric, a colour per job).</source>
        <translation>columns (eine Diagrammspalte pro Job, Standard) oder overlay (ein Diagramm pro Metrik, eine Farbe pro Job).</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Also write the comparison table to this CSV file: a header row, then one row per job in SI units.</source>
        <translation>Zusätzlich die Vergleichstabelle in diese CSV-Datei schreiben: eine Kopfzeile, dann eine Zeile pro Job in SI-Einheiten.</translation>
    </message>
    <message>
        <source>Exports the dashboard of a Baseten training job as a PNG image, and optionally its raw series as CSV, without opening a window. The API key is read from the environment variable BASETEN_API_KEY.</source>
        <translation>Exportiert das Dashboard eines Baseten-Trainingsjobs als PNG-Bild und auf Wunsch seine Rohdaten als CSV, ohne ein Fenster zu öffnen. Der API-Schlüssel wird aus der Umgebungsvariablen BASETEN_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>Unknown --metric %1; one of %2.</source>
        <translation>Unbekannte --metric %1; möglich sind %2.</translation>
    </message>
    <message>
        <source>Exports a comparison of two to six Baseten training jobs as a PNG image: their charts side by side on time since each job&apos;s start, and the comparison table; optionally the table as CSV. The API key is read from the environment variable BASETEN_API_KEY.
Every job must load: if any fails, each failure is reported on its own line of stderr, nothing is written and the exit code is 1.</source>
        <translation>Exportiert einen Vergleich von zwei bis sechs Baseten-Trainingsjobs als PNG-Bild: ihre Diagramme nebeneinander über der Zeit seit dem Start jedes Jobs, dazu die Vergleichstabelle; auf Wunsch die Tabelle als CSV. Der API-Schlüssel wird aus der Umgebungsvariablen BASETEN_API_KEY gelesen.
Jeder Job muss sich laden lassen: Schlägt einer fehl, steht jeder Fehler in einer eigenen Zeile auf stderr, nichts wird geschrieben und der Exit-Code ist 1.</translation>
    </message>
    <message>
        <source>--layout must be columns or overlay: %1</source>
        <translation>--layout muss columns oder overlay sein: %1</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from %1 to %2: %3</source>
        <translation>--timeout muss eine ganze Sekundenzahl von %1 bis %2 sein: %3</translation>
    </message>
    <message>
        <source>full: wait for every sample the API kept (default); sampled: one sample per pixel column, faster, but short dips can be missed.</source>
        <translation>full: auf jeden Messwert warten, den die API gespeichert hat (Standard); sampled: ein Messwert pro Pixelspalte, schneller, aber kurze Einbrüche können fehlen.</translation>
    </message>
    <message>
        <source>full|sampled</source>
        <translation>full|sampled</translation>
    </message>
    <message>
        <source>--resolution must be full or sampled: %1</source>
        <translation>--resolution muss full oder sampled sein: %1</translation>
    </message>
    <message>
        <source>dashboard (default): every chart; heatmap: GPU utilization and GPU memory as heatmaps, a row per GPU.</source>
        <translation>dashboard (Standard): alle Diagramme; heatmap: GPU-Auslastung und GPU-Speicher als Heatmaps, eine Zeile je GPU.</translation>
    </message>
    <message>
        <source>Unknown --view %1; one of dashboard, heatmap.</source>
        <translation>Unbekannte --view %1; eine von dashboard, heatmap.</translation>
    </message>
    <message>
        <source>--view heatmap shows both GPU metrics: leave out --metric.</source>
        <translation>--view heatmap zeigt beide GPU-Metriken: --metric weglassen.</translation>
    </message>
    <message>
        <source>List the job&apos;s findings under the charts: severity, summary and why, with what the metrics cannot show. The image grows taller to hold them.</source>
        <translation>Die Befunde des Jobs unter den Diagrammen auflisten: Schwere, Zusammenfassung und Begründung, dazu was die Metriken nicht zeigen können. Das Bild wird dafür höher.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>Whole dashboard</source>
        <translation>Ganzes Dashboard</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1× (Standard)</translation>
    </message>
    <message>
        <source>2× (HiDPI, sharp on retina screens and in print)</source>
        <translation>2× (HiDPI, scharf auf Retina-Bildschirmen und im Druck)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>S&amp;kalierung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>%1 geschrieben (%2 × %3 Pixel).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Fidelity</name>
    <message>
        <source>sampled every %1</source>
        <translation>Stichprobe alle %1</translation>
    </message>
    <message>
        <source>%1 — refining %2 %</source>
        <translation>%1 – Verfeinerung %2&#xa0;%</translation>
    </message>
    <message>
        <source>every sample (%1)</source>
        <translation>jeder Messwert (%1)</translation>
    </message>
    <message>
        <source>%1 — reading every sample from the offline cache</source>
        <translation>%1 — jeder Messpunkt wird aus dem Offline-Cache gelesen</translation>
    </message>
    <message>
        <source>%1 — refining</source>
        <translation>%1 – Verfeinerung</translation>
    </message>
</context>
<context>
    <name>FindingImages</name>
    <message>
        <source>--png-dir %1 is a file, not a folder.</source>
        <translation>--png-dir %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write into the folder %1: %2</source>
        <translation>In den Ordner %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The picture of finding %1 could not be drawn.</source>
        <translation>Das Bild zu Befund %1 konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Blind spots: %1</source>
        <translation>Blinde Flecken: %1</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s), less serious: the job&apos;s report lists them all (trainscope report).</source>
        <translation>
            <numerusform>… und %n weiterer, weniger ernster Befund: der Bericht des Jobs führt alle auf (trainscope report).</numerusform>
            <numerusform>… und %n weitere, weniger ernste Befunde: der Bericht des Jobs führt alle auf (trainscope report).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Analysing the job once its data has loaded…</source>
        <translation>Der Job wird analysiert, sobald seine Daten geladen sind …</translation>
    </message>
    <message>
        <source>Findings appear here once the job&apos;s metrics have loaded.</source>
        <translation>Befunde erscheinen hier, sobald die Metriken des Jobs geladen sind.</translation>
    </message>
    <message>
        <source>Nothing stands out in this job&apos;s metrics.</source>
        <translation>In den Metriken dieses Jobs fällt nichts auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); select one to see it on the charts.</source>
        <translation>
            <numerusform>%n Befund; auswählen, um ihn in den Diagrammen zu sehen.</numerusform>
            <numerusform>%n Befunde; einen auswählen, um ihn in den Diagrammen zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(updating)</source>
        <translation>(wird aktualisiert)</translation>
    </message>
</context>
<context>
    <name>FrameBuilder</name>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>(mean, min–max)</source>
        <translation>(Mittel, Min.–Max.)</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
</context>
<context>
    <name>GrowthDetector</name>
    <message>
        <source>the node</source>
        <translation>dem Knoten</translation>
    </message>
    <message>
        <source>Host memory on %1 grows by %2 per hour and would reach the limit in %3.</source>
        <translation>Der Arbeitsspeicher auf %1 wächst um %2 pro Stunde und würde das Limit in %3 erreichen.</translation>
    </message>
    <message>
        <source>Ephemeral storage on %1 fills by %2 % of its size per hour and would be full in %3.</source>
        <translation>Der flüchtige Speicher auf %1 füllt sich um %2 % seiner Größe pro Stunde und wäre in %3 voll.</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 · GPU %2</source>
        <translation>%1 · GPU %2</translation>
    </message>
    <message>
        <source>no data yet for this time</source>
        <translation>für diese Zeit noch keine Daten</translation>
    </message>
    <message>
        <source>no data: no sample measured here</source>
        <translation>keine Daten: hier wurde nichts gemessen</translation>
    </message>
    <message>
        <source>lowest here: %1</source>
        <translation>niedrigster Wert hier: %1</translation>
    </message>
    <message>
        <source>highest here: %1</source>
        <translation>höchster Wert hier: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Building the heatmap…</source>
        <translation>Heatmap wird erstellt…</translation>
    </message>
</context>
<context>
    <name>IdleGpuDetector</name>
    <message>
        <source>the node</source>
        <translation>dem Knoten</translation>
    </message>
    <message>
        <source>GPU %1 on %2 sat idle for %3 while holding its memory.</source>
        <translation>GPU %1 auf %2 war %3 lang untätig und hielt dabei ihren Speicher.</translation>
    </message>
    <message>
        <source>GPU %1 on %2 stayed below 10 % utilization for %3 while the job ran.</source>
        <translation>GPU %1 auf %2 blieb %3 lang unter 10 % Auslastung, während der Job lief.</translation>
    </message>
    <message>
        <source>All %1 GPUs of %2 stayed below 10 % utilization for %3 while the job ran.</source>
        <translation>Alle %1 GPUs von %2 blieben %3 lang unter 10 % Auslastung, während der Job lief.</translation>
    </message>
</context>
<context>
    <name>ImbalanceDetector</name>
    <message>
        <source>Rank %1 on %2 is busy unlike its peers (mean %3 % against %4 %, Jensen–Shannon distance %5).</source>
        <translation>Rank %1 auf %2 ist anders ausgelastet als die übrigen (Mittel %3 % gegenüber %4 %, Jensen-Shannon-Distanz %5).</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>dem Knoten</translation>
    </message>
</context>
<context>
    <name>InsightEngine</name>
    <message>
        <source>The job took %1 to reach steady GPU utilization (%2 GPU-hours idle meanwhile).</source>
        <translation>Der Job brauchte %1 bis zur gleichmäßigen GPU-Auslastung (%2 GPU-Stunden untätig in der Zeit).</translation>
    </message>
    <message>
        <source>Utilization is the share of time a kernel ran, not how much of the GPU it used: a busy GPU can still be inefficient.</source>
        <translation>Auslastung ist der Anteil der Zeit, in der ein Kernel lief, nicht wie viel der GPU er nutzte: Eine ausgelastete GPU kann trotzdem ineffizient sein.</translation>
    </message>
    <message>
        <source>Analysed at one sample every %1; anything shorter may be missed.</source>
        <translation>Ausgewertet mit einem Messpunkt alle %1; Kürzeres kann übersehen werden.</translation>
    </message>
    <message>
        <source>No GPU utilization was reported for this job, so nothing can be said about its GPUs.</source>
        <translation>Für diesen Job wurde keine GPU-Auslastung gemeldet, daher lässt sich über seine GPUs nichts sagen.</translation>
    </message>
    <message>
        <source>The machines on offer are not listed here, so no smaller GPU is suggested.</source>
        <translation>Die angebotenen Maschinen werden hier nicht abgefragt, daher wird keine kleinere GPU vorgeschlagen.</translation>
    </message>
    <message>
        <source>The GPUs of this job report at times they do not share, more of them than can be compared rank by rank, so nothing is said about its GPUs.</source>
        <translation>Die GPUs dieses Jobs melden zu Zeitpunkten, die sie nicht teilen, und zu vielen, um sie Rank für Rank zu vergleichen; über seine GPUs wird daher nichts gesagt.</translation>
    </message>
</context>
<context>
    <name>InsightHeadline</name>
    <message>
        <source>%1 GPU %2</source>
        <translation>%1 GPU %2</translation>
    </message>
    <message>
        <source>ranks take turns lagging for %1</source>
        <translation>Ranks hinken abwechselnd hinterher, %1 lang</translation>
    </message>
    <message>
        <source>%1 held back for %2</source>
        <translation>%1 %2 lang ausgebremst</translation>
    </message>
    <message>
        <source>%1 busy unlike its peers</source>
        <translation>%1 anders ausgelastet als die übrigen</translation>
    </message>
    <message>
        <source>%1 idle for %2</source>
        <translation>%1 %2 lang untätig</translation>
    </message>
    <message>
        <source>%1 idle but holding its memory for %2</source>
        <translation>%1 %2 lang untätig, aber mit belegtem Speicher</translation>
    </message>
    <message>
        <source>GPU memory oversized</source>
        <translation>GPU-Speicher überdimensioniert</translation>
    </message>
    <message>
        <source>GPU memory preallocated</source>
        <translation>GPU-Speicher vorab reserviert</translation>
    </message>
    <message>
        <source>host memory grows toward its limit</source>
        <translation>Arbeitsspeicher wächst auf sein Limit zu</translation>
    </message>
    <message>
        <source>%1: host memory grows toward its limit</source>
        <translation>%1: Arbeitsspeicher wächst auf sein Limit zu</translation>
    </message>
    <message>
        <source>storage grows toward its limit</source>
        <translation>Speicherplatz wächst auf sein Limit zu</translation>
    </message>
    <message>
        <source>%1: storage grows toward its limit</source>
        <translation>%1: Speicherplatz wächst auf sein Limit zu</translation>
    </message>
    <message>
        <source>startup took %1</source>
        <translation>Start dauerte %1</translation>
    </message>
    <message>
        <source>checkpoint stalls</source>
        <translation>Checkpoint-Stillstände</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n weiterer)</numerusform>
            <numerusform> (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % GPU memory headroom</source>
        <translation>%1 % GPU-Speicher frei</translation>
    </message>
    <message>
        <source>%1 idle GPU-hours</source>
        <translation>%1 ungenutzte GPU-Stunden</translation>
    </message>
    <message>
        <source> ≈ $%1</source>
        <translation> ≈ %1 $</translation>
    </message>
</context>
<context>
    <name>JobBrowser</name>
    <message>
        <source>Filter jobs by name, status, GPU… (Ctrl+F)</source>
        <translation>Jobs nach Name, Status, GPU … filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Jobs filtern</translation>
    </message>
    <message>
        <source>Projects and jobs</source>
        <translation>Projekte und Jobs</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Load the jobs of this project again</source>
        <translation>Jobs dieses Projekts erneut laden</translation>
    </message>
</context>
<context>
    <name>JobCard</name>
    <message>
        <source>Job details</source>
        <translation>Jobdetails</translation>
    </message>
    <message>
        <source>Job %1 in project %2</source>
        <translation>Job %1 in Projekt %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 × %2 GPUs per node</source>
        <translation>%1 × %2 GPUs pro Knoten</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>%1 pro GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <source>CPU limit %1 cores</source>
        <translation>CPU-Grenze %1 Kerne</translation>
    </message>
    <message>
        <source>memory limit %1</source>
        <translation>Speichergrenze %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Preempted: %1</source>
        <translation>Verdrängt: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>checkpoints syncing</source>
        <translation>Checkpoints werden synchronisiert</translation>
    </message>
    <message>
        <source>checkpoints synced</source>
        <translation>Checkpoints synchronisiert</translation>
    </message>
    <message>
        <source>checkpoint sync failed</source>
        <translation>Checkpoint-Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>checkpoint sync: %1</source>
        <translation>Checkpoint-Synchronisierung: %1</translation>
    </message>
</context>
<context>
    <name>JobCatalog</name>
    <message>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>jobs of project %1</source>
        <translation>Jobs von Projekt %1</translation>
    </message>
</context>
<context>
    <name>JobInsight</name>
    <message>
        <source>Only the part of the job loaded so far was analysed, %1 to %2: show the whole job for all of it.</source>
        <translation>Nur der bisher geladene Teil des Jobs wurde analysiert, %1 bis %2: den ganzen Job zeigen, um alles zu analysieren.</translation>
    </message>
</context>
<context>
    <name>JobReport</name>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 Sekunden.</translation>
    </message>
    <message>
        <source>The window lies outside the job&apos;s lifetime (%1 to %2).</source>
        <translation>Der Zeitraum liegt außerhalb der Laufzeit des Jobs (%1 bis %2).</translation>
    </message>
    <message>
        <source>The machines on offer could not be listed, so no smaller GPU is suggested.</source>
        <translation>Die angebotenen Maschinen ließen sich nicht abrufen, daher wird keine kleinere GPU vorgeschlagen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 findings).</source>
        <translation>%1 geschrieben (%2 Befunde).</translation>
    </message>
</context>
<context>
    <name>JobTreeModel</name>
    <message>
        <source>CPU only</source>
        <translation>nur CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPU type times GPU count per node, e.g. &quot;H100 × 8&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Deploy failed</source>
        <translation>Bereitstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Verdrängt</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>The server did not say; the dashboard shows the nodes it reports metrics for.</source>
        <translation>Der Server hat es nicht angegeben; das Dashboard zeigt die Knoten, für die er Metriken meldet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Jobs not loaded</source>
        <translation>Jobs nicht geladen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the finished jobs kept on this computer.</source>
        <translation>Der Server war nicht erreichbar: Dies sind die auf diesem Computer gespeicherten abgeschlossenen Jobs.</translation>
    </message>
    <message>
        <source>Kept on this computer from an earlier session: opens without the server.</source>
        <translation>Aus einer früheren Sitzung auf diesem Computer gespeichert: öffnet sich ohne Server.</translation>
    </message>
    <message>
        <source>%1 · offline</source>
        <extracomment>A job listed from the offline cache: its status, e.g. &quot;Completed · offline&quot;</extracomment>
        <translation>%1 · offline</translation>
    </message>
    <message>
        <source>GPU type × GPUs per node</source>
        <translation>GPU-Typ × GPUs pro Knoten</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>empty body: the server sent no JSON</source>
        <translation>leerer Inhalt: der Server hat kein JSON gesendet</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wurde ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>not JSON: the body starts with &apos;%1&apos;</source>
        <translation>kein JSON: der Inhalt beginnt mit „%1“</translation>
    </message>
    <message>
        <source>truncated JSON: the body ends after %1 bytes, before the object is closed</source>
        <translation>abgeschnittenes JSON: der Inhalt endet nach %1 Bytes, bevor das Objekt geschlossen ist</translation>
    </message>
    <message>
        <source>not valid UTF-8 (the first bad byte is at offset %1)</source>
        <translation>kein gültiges UTF-8 (das erste fehlerhafte Byte steht an Position %1)</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>unexpected content after the JSON object</source>
        <translation>unerwarteter Inhalt nach dem JSON-Objekt</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>ein anderer Typ</translation>
    </message>
    <message>
        <source>not a finite number, or out of range</source>
        <translation>keine endliche Zahl oder außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>truncated or malformed JSON</source>
        <translation>abgeschnittenes oder fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>fehlerhaftes JSON (%1)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an ISO-8601 date-time string</source>
        <translation>eine Datums-/Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>not an ISO-8601 date-time</source>
        <translation>keine Datums-/Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>an id of %1 bytes, longer than the %2 bytes an id may have</source>
        <translation>eine ID von %1 Bytes, länger als die %2 Bytes, die eine ID haben darf</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>a negative size</source>
        <translation>eine negative Größe</translation>
    </message>
    <message>
        <source>epoch nanoseconds as a string of digits</source>
        <translation>Epochen-Nanosekunden als Ziffernfolge</translation>
    </message>
</context>
<context>
    <name>KeychainApiKeyStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Could not store the key in the system keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Systemschlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>LaggingRankDetector</name>
    <message>
        <source>Rank %1 on %2 worked at %3 % of its peers&apos; utilization for %4: its host or input holds it back.</source>
        <translation>Rank %1 auf %2 arbeitete %4 lang mit %3 % der Auslastung der übrigen: Sein Host oder seine Eingabe bremst ihn.</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>dem Knoten</translation>
    </message>
    <message>
        <source>The lagging rank moves: %1 ranks took turns at %2 % of their peers for %3 in all; the input pipeline cannot keep up.</source>
        <translation>Der nachhinkende Rank wechselt: %1 Ranks lagen abwechselnd bei %2 % der übrigen, insgesamt %3; die Eingabe-Pipeline kommt nicht nach.</translation>
    </message>
    <message>
        <source>NVML counts a GPU waiting in a collective as busy, so a rank slow in compute makes its peers look fully busy: only ranks held back by their host or input show here, not every straggler.</source>
        <translation>NVML zählt eine GPU, die in einer kollektiven Operation wartet, als ausgelastet; ein im Rechnen langsamer Rank lässt die übrigen voll ausgelastet erscheinen: Hier zeigen sich nur Ranks, die ihr Host oder ihre Eingabe bremst, nicht jeder Nachzügler.</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>last</source>
        <translation>zuletzt</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>Click to hide, double-click to show only this series</source>
        <translation>Klicken zum Ausblenden, Doppelklick zeigt nur diese Reihe</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series hidden</source>
        <translation>
            <numerusform>%1 von %n Reihe ausgeblendet</numerusform>
            <numerusform>%1 von %n Reihen ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: click to show this series again</source>
        <translation>Ausgeblendet: klicken, um diese Reihe wieder zu zeigen</translation>
    </message>
</context>
<context>
    <name>LogLineModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Logzeilen</translation>
    </message>
    <message>
        <source>Logs could not be loaded: %1</source>
        <translation>Logs konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), loading more…</source>
        <translation>
            <numerusform>%n Zeile, weitere werden geladen…</numerusform>
            <numerusform>%n Zeilen, weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>No job open</source>
        <translation>Kein Job geöffnet</translation>
    </message>
    <message>
        <source>No log lines in this range</source>
        <translation>Keine Logzeilen in diesem Bereich</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), more in this range</source>
        <translation>
            <numerusform>%n Zeile, weitere in diesem Bereich</numerusform>
            <numerusform>%n Zeilen, weitere in diesem Bereich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), all of this range</source>
        <translation>
            <numerusform>%n Zeile, alle dieses Bereichs</numerusform>
            <numerusform>%n Zeilen, alle dieses Bereichs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trainscope</source>
        <translation>Trainscope</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading projects and jobs…</source>
        <translation>Projekte und Jobs werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Job</numerusform>
            <numerusform>%n Jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Trainscope</source>
        <translation>%1 – Trainscope</translation>
    </message>
    <message>
        <source>Loading metrics of %1…</source>
        <translation>Metriken von %1 werden geladen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export as PNG…</source>
        <translation>Als PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export as C&amp;SV…</source>
        <translation>Als C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Refresh &amp;Job List</source>
        <translation>&amp;Jobliste aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter Jobs</source>
        <translation>Jobs &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Jobs</source>
        <translation>Ausgewählte Jobs &amp;vergleichen</translation>
    </message>
    <message>
        <source>Select two to six jobs in the list (Ctrl+click) to compare them</source>
        <translation>Wählen Sie zwei bis sechs Jobs in der Liste aus (Strg+Klick), um sie zu vergleichen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Made-up jobs from a simulated Baseten API on this computer</source>
        <translation>Erfundene Jobs von einer simulierten Baseten-API auf diesem Computer</translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation>%1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>API key refused.</source>
        <translation>API-Schlüssel abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n job(s) kept on this computer.</source>
        <translation>
            <numerusform>Offline: %n Job auf diesem Computer gespeichert.</numerusform>
            <numerusform>Offline: %n Jobs auf diesem Computer gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo&apos;s own simulated server and key. Start Trainscope without the demo to use your Baseten account.</source>
        <translation>Der eigene simulierte Server und Schlüssel der Demo. Starten Sie Trainscope ohne die Demo, um Ihr Baseten-Konto zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n jobs</source>
        <translation>
            <numerusform>Vergleich von %n Job</numerusform>
            <numerusform>Vergleich von %n Jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <extracomment>The window title in demo mode, e.g. &quot;sft-lr1e-5 — Trainscope (Demo)&quot;</extracomment>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>Job %1 in project %2</source>
        <translation>Job %1 in Projekt %2</translation>
    </message>
    <message>
        <source>Kept on this computer: opens without a key or a network.</source>
        <translation>Auf diesem Computer gespeichert: öffnet sich ohne Schlüssel und ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Looking for the API key…</source>
        <translation>API-Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <source>Trainscope asks the system keychain for your Baseten API key; it may ask you to unlock it.</source>
        <translation>Trainscope fragt den Systemschlüsselbund nach Ihrem Baseten-API-Schlüssel; möglicherweise werden Sie gebeten, ihn zu entsperren.</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>Die Demo konnte nicht starten</translation>
    </message>
    <message>
        <source>Its simulated server found no free port on this computer.</source>
        <translation>Ihr simulierter Server hat auf diesem Computer keinen freien Port gefunden.</translation>
    </message>
    <message>
        <source>Asking %1 for your training projects.</source>
        <translation>%1 wird nach Ihren Trainingsprojekten gefragt.</translation>
    </message>
    <message>
        <source>No job open</source>
        <translation>Kein Job geöffnet</translation>
    </message>
    <message>
        <source>Open a job from the list to see what it did to its machines. Select two to six jobs (Ctrl+click) to compare them.</source>
        <translation>Öffnen Sie einen Job aus der Liste, um zu sehen, was er mit seinen Maschinen gemacht hat. Wählen Sie zwei bis sechs Jobs aus (Strg+Klick), um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>The server answered 401: the key is wrong, revoked or expired.</source>
        <translation>Der Server hat mit 401 geantwortet: Der Schlüssel ist falsch, widerrufen oder abgelaufen.</translation>
    </message>
    <message>
        <source>The server answered 403: the key has no access to training projects.</source>
        <translation>Der Server hat mit 403 geantwortet: Der Schlüssel hat keinen Zugriff auf Trainingsprojekte.</translation>
    </message>
    <message>
        <source>It comes from the environment variable BASETEN_API_KEY: correct it there and start Trainscope again.</source>
        <translation>Er stammt aus der Umgebungsvariablen BASETEN_API_KEY: Korrigieren Sie ihn dort und starten Sie Trainscope neu.</translation>
    </message>
    <message>
        <source>Enter a valid key in Settings. Keys are made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</source>
        <translation>Geben Sie in den Einstellungen einen gültigen Schlüssel ein. Schlüssel werden in der Web-App von Baseten erstellt, unter &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Baseten refused the API key</source>
        <translation>Baseten hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) kept on this computer are listed, marked offline: they open without the server.</source>
        <translation>
            <numerusform>%n auf diesem Computer gespeicherter abgeschlossener Job ist als offline markiert aufgeführt: Er öffnet sich ohne Server.</numerusform>
            <numerusform>%n auf diesem Computer gespeicherte abgeschlossene Jobs sind als offline markiert aufgeführt: Sie öffnen sich ohne Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach Baseten</source>
        <translation>Baseten ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Could not load the projects</source>
        <translation>Die Projekte konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Baseten&apos;s training documentation&lt;/a&gt; shows how to start a training job; it appears here once it exists.</source>
        <translation>Die &lt;a href=&quot;%1&quot;&gt;Trainingsdokumentation von Baseten&lt;/a&gt; zeigt, wie man einen Trainingsjob startet; er erscheint hier, sobald es ihn gibt.</translation>
    </message>
    <message>
        <source>No training projects yet</source>
        <translation>Noch keine Trainingsprojekte</translation>
    </message>
    <message>
        <source>This Baseten account has no training projects.</source>
        <translation>Dieses Baseten-Konto hat keine Trainingsprojekte.</translation>
    </message>
    <message>
        <source>No training jobs yet</source>
        <translation>Noch keine Trainingsjobs</translation>
    </message>
    <message>
        <source>The projects in the list have no jobs yet.</source>
        <translation>Die Projekte in der Liste haben noch keine Jobs.</translation>
    </message>
    <message>
        <source>Could not open the job</source>
        <translation>Der Job konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No API key.</source>
        <translation>Kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Link to This View</source>
        <translation>&amp;Link zu dieser Ansicht kopieren</translation>
    </message>
    <message>
        <source>A trainscope: link that opens this job, range and series for a colleague on the same team; it holds no key</source>
        <translation>Ein trainscope:-Link, der diesen Job, Zeitraum und diese Reihen für Kollegen im selben Team öffnet; er enthält keinen Schlüssel</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>%1 · %2 – %3 · %4 · updated %5</source>
        <translation>%1 · %2 – %3 · %4 · aktualisiert %5</translation>
    </message>
    <message>
        <source>Job &amp;List</source>
        <translation>Job&amp;liste</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
</context>
<context>
    <name>MemoryHeadroom</name>
    <message>
        <source>GPU memory sat at %1 % of the limit from the first minutes: the framework preallocates it, so its usage says nothing of what the job needs and no smaller GPU is suggested.</source>
        <translation>Der GPU-Speicher lag von den ersten Minuten an bei %1 % des Limits: Das Framework reserviert ihn vorab, daher sagt seine Belegung nichts über den Bedarf des Jobs, und keine kleinere GPU wird vorgeschlagen.</translation>
    </message>
    <message>
        <source>Peak GPU memory (99.5th percentile) was %1 of %2: %3 would hold it with 15 % to spare.</source>
        <translation>Der höchste GPU-Speicherbedarf (99,5. Perzentil) lag bei %1 von %2: %3 würde ihn mit 15 % Reserve fassen.</translation>
    </message>
</context>
<context>
    <name>MetricInfo</name>
    <message>
        <source>GPU utilization</source>
        <translation>GPU-Auslastung</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU-Nutzung</translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation>CPU-Speicher</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>Flüchtiger Speicherplatz</translation>
    </message>
    <message>
        <source>Ephemeral storage utilization</source>
        <translation>Auslastung des flüchtigen Speicherplatzes</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cache utilization</source>
        <translation>Cache-Auslastung</translation>
    </message>
    <message>
        <source>GPU memory limit</source>
        <translation>GPU-Speichergrenze</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU-Grenze</translation>
    </message>
    <message>
        <source>memory limit</source>
        <translation>Speichergrenze</translation>
    </message>
</context>
<context>
    <name>MetricsParser</name>
    <message>
        <source>not a finite number (NaN and Infinity are not JSON)</source>
        <translation>keine endliche Zahl (NaN und Infinity sind kein JSON)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an ISO-8601 date-time string</source>
        <translation>eine Datums-/Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>not an ISO-8601 date-time</source>
        <translation>keine Datums-/Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>not a finite number, or out of range</source>
        <translation>keine endliche Zahl oder außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1: timestamps out of order or repeated; sorted, keeping the last value of a repeated time</source>
        <translation>%1: Zeitstempel ungeordnet oder doppelt; sortiert, bei doppelten Zeiten gilt der letzte Wert</translation>
    </message>
    <message>
        <source>GPU rank is not a non-negative integer</source>
        <translation>Der GPU-Rank ist keine nichtnegative ganze Zahl</translation>
    </message>
</context>
<context>
    <name>MetricsStore</name>
    <message>
        <source>%1 · %2: values outside what this metric can measure, kept but left out of the axis scale</source>
        <translation>%1 · %2: Werte außerhalb dessen, was diese Metrik messen kann; behalten, aber nicht für die Achsenskala verwendet</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
</context>
<context>
    <name>RefinementStatus</name>
    <message>
        <source>Fetching every sample</source>
        <translation>Jeder Messwert wird geladen</translation>
    </message>
    <message>
        <source>Share of the view at full resolution</source>
        <translation>Anteil der Ansicht in voller Auflösung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop fetching every sample: the charts stay sampled, and say so</source>
        <translation>Laden aller Messwerte beenden: Die Diagramme bleiben Stichproben und sagen das</translation>
    </message>
</context>
<context>
    <name>ReportCommandLine</name>
    <message>
        <source>Baseten API base URL (default %1).</source>
        <translation>Basis-URL der Baseten-API (Standard %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Training project id (required).</source>
        <translation>ID des Trainingsprojekts (erforderlich).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Training job id (required).</source>
        <translation>ID des Trainingsjobs (erforderlich).</translation>
    </message>
    <message>
        <source>Start of the window, ISO 8601 (default the job&apos;s start).</source>
        <translation>Beginn des Zeitraums, ISO 8601 (Standard: Start des Jobs).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>End of the window, ISO 8601 (default the job&apos;s end, or now).</source>
        <translation>Ende des Zeitraums, ISO 8601 (Standard: Ende des Jobs oder jetzt).</translation>
    </message>
    <message>
        <source>Only the job&apos;s last part, such as 6h (s, m, h or d).</source>
        <translation>Nur der letzte Teil des Jobs, etwa 6h (s, m, h oder d).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Seconds between samples (default the job&apos;s own interval).</source>
        <translation>Sekunden zwischen Messpunkten (Standard: das eigene Intervall des Jobs).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>text, markdown or json (default text).</source>
        <translation>text, markdown oder json (Standard text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write the report to this file.</source>
        <translation>Den Bericht in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard %1).</translation>
    </message>
    <message>
        <source>--last must be a count and a unit of s, m, h or d, such as 6h: %1</source>
        <translation>--last muss eine Zahl mit der Einheit s, m, h oder d sein, etwa 6h: %1</translation>
    </message>
    <message>
        <source>--last cannot be combined with --from or --to.</source>
        <translation>--last lässt sich nicht mit --from oder --to kombinieren.</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2</source>
        <translation>--%1 ist keine ISO-8601-Zeit wie 2026-03-01T09:00:00Z: %2</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to muss später als --from sein.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Keine URL: %1</translation>
    </message>
    <message>
        <source>--format must be text, markdown or json: %1</source>
        <translation>--format muss text, markdown oder json sein: %1</translation>
    </message>
    <message>
        <source>--step must be a whole number of seconds from 1 to 3600: %1</source>
        <translation>--step muss eine ganze Zahl von Sekunden zwischen 1 und 3600 sein: %1</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 3600: %1</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden zwischen 1 und 3600 sein: %1</translation>
    </message>
    <message>
        <source>Tells what a Baseten training job&apos;s metrics show: lagging ranks, idle GPUs, memory headroom, growth towards a limit, slow starts, checkpoint stalls, phases and the cost of idle GPU time. The API key is read from the environment variable BASETEN_API_KEY.</source>
        <translation>Sagt, was die Metriken eines Baseten-Trainingsjobs zeigen: nachhinkende Ranks, untätige GPUs, Speicherreserve, Wachstum auf ein Limit zu, langsame Starts, Checkpoint-Pausen, Phasen und die Kosten untätiger GPU-Zeit. Der API-Schlüssel wird aus der Umgebungsvariablen BASETEN_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>Write the report instead of opening the application.</source>
        <translation>Den Bericht schreiben, statt die Anwendung zu öffnen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Expected the command &quot;report&quot;.</source>
        <translation>Befehl „report“ erwartet.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>--%1 fehlt.</translation>
    </message>
    <message>
        <source>Set the environment variable BASETEN_API_KEY to your Baseten API key.</source>
        <translation>Setzen Sie die Umgebungsvariable BASETEN_API_KEY auf Ihren Baseten-API-Schlüssel.</translation>
    </message>
    <message>
        <source>With --format markdown: also write a picture of the charts over each finding&apos;s span into this folder (created if missing), embedded under the finding.</source>
        <translation>Mit --format markdown: zusätzlich ein Bild der Diagramme über den Zeitraum jedes Befunds in diesen Ordner schreiben (wird bei Bedarf angelegt) und unter dem Befund einbetten.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--png-dir needs a folder.</source>
        <translation>--png-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--png-dir works with --format markdown only.</source>
        <translation>--png-dir geht nur mit --format markdown.</translation>
    </message>
</context>
<context>
    <name>ReportFormatter</name>
    <message>
        <source>whole job</source>
        <translation>ganzer Job</translation>
    </message>
    <message>
        <source>%1 rank %2</source>
        <translation>%1 Rank %2</translation>
    </message>
    <message>
        <source>Idle GPU time (below 10 %): %1 of %2 GPU-hours</source>
        <translation>Untätige GPU-Zeit (unter 10 %): %1 von %2 GPU-Stunden</translation>
    </message>
    <message>
        <source>, $%1 at $%2 per %3 GPU-hour</source>
        <translation>, %1 $ bei %2 $ pro %3-GPU-Stunde</translation>
    </message>
    <message>
        <source>GPU memory: not reported.</source>
        <translation>GPU-Speicher: nicht gemeldet.</translation>
    </message>
    <message>
        <source>GPU memory (99.5th percentile of the fullest GPU): %1 of %2.</source>
        <translation>GPU-Speicher (99,5. Perzentil der vollsten GPU): %1 von %2.</translation>
    </message>
    <message>
        <source>%1 GB GPUs would do (%2).</source>
        <translation>GPUs mit %1 GB würden reichen (%2).</translation>
    </message>
    <message>
        <source>%1 %2, %3 idle GPU-hours</source>
        <translation>%1 %2, %3 untätige GPU-Stunden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stretch(es), %2 in all, %3 idle GPU-hours</source>
        <translation>
            <numerusform>%1: %n Abschnitt, %2 insgesamt, %3 untätige GPU-Stunden</numerusform>
            <numerusform>%1: %n Abschnitte, %2 insgesamt, %3 untätige GPU-Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2/%3), %4</source>
        <translation>%1 (%2/%3), %4</translation>
    </message>
    <message>
        <source>Window %1, one sample every %2 s.</source>
        <translation>Zeitraum %1, ein Messpunkt alle %2 s.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phasen:</translation>
    </message>
    <message>
        <source>Caveats:</source>
        <translation>Einschränkungen:</translation>
    </message>
    <message>
        <source>Insight report: %1</source>
        <translation>Auswertung: %1</translation>
    </message>
    <message>
        <source>Job `%1/%2`, %3; window %4, one sample every %5 s.</source>
        <translation>Job `%1/%2`, %3; Zeitraum %4, ein Messpunkt alle %5 s.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>| severity | kind | where | when | summary |</source>
        <translation>| Schwere | Art | wo | wann | Zusammenfassung |</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Finding %1 (%2) on the charts</source>
        <translation>Befund %1 (%2) in den Diagrammen</translation>
    </message>
</context>
<context>
    <name>SeriesTreeModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>Job-wide cache</source>
        <translation>Jobweiter Cache</translation>
    </message>
    <message>
        <source>%1 (not drawn: another node is shown)</source>
        <translation>%1 (nicht gezeichnet: ein anderer Knoten wird gezeigt)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Baseten API base URL</source>
        <translation>Basis-URL der Baseten-API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>BASETEN_API_KEY is set and takes precedence</source>
        <translation>BASETEN_API_KEY ist gesetzt und hat Vorrang</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unverändert (im Systemschlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation>Ganzer Job</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Basis-&amp;URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>Live &amp;refresh every</source>
        <translation>Live-&amp;Aktualisierung alle</translation>
    </message>
    <message>
        <source>Default &amp;range</source>
        <translation>Standard&amp;zeitraum</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Offline-Cache</translation>
    </message>
    <message>
        <source>The base URL must be an http or https address.</source>
        <translation>Die Basis-URL muss eine http- oder https-Adresse sein.</translation>
    </message>
    <message>
        <source>Binary: GiB (1024³ bytes), as GPU memory is specified</source>
        <translation>Binär: GiB (1024³ Byte), wie GPU-Speicher angegeben wird</translation>
    </message>
    <message>
        <source>Decimal: GB (1000³ bytes)</source>
        <translation>Dezimal: GB (1000³ Byte)</translation>
    </message>
    <message>
        <source>Units for memory and storage sizes</source>
        <translation>Einheiten für Speicher- und Speicherplatzgrößen</translation>
    </message>
    <message>
        <source>Si&amp;zes in</source>
        <translation>&amp;Größen in</translation>
    </message>
    <message>
        <source>Made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</source>
        <translation>Wird in der Web-App von Baseten erstellt, unter &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Every sample (a sampled picture first, then refined)</source>
        <translation>Jeder Messwert (zuerst eine Stichprobe, dann verfeinert)</translation>
    </message>
    <message>
        <source>Sampled to the chart&apos;s width (less traffic; short dips can be missed)</source>
        <translation>Stichprobe nach Diagrammbreite (weniger Datenverkehr; kurze Einbrüche können fehlen)</translation>
    </message>
    <message>
        <source>Discover per job</source>
        <translation>Pro Job ermitteln</translation>
    </message>
    <message>
        <source>How often Baseten stored each metric of a job. Trainscope finds it with a short request; set it only if you know better.</source>
        <translation>Wie oft Baseten jede Metrik eines Jobs gespeichert hat. Trainscope ermittelt das mit einer kurzen Anfrage; stellen Sie es nur ein, wenn Sie es besser wissen.</translation>
    </message>
    <message>
        <source>Chart &amp;data</source>
        <translation>Diagramm&amp;daten</translation>
    </message>
    <message>
        <source>Scrape &amp;interval</source>
        <translation>Erfassungs&amp;intervall</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Enter API &amp;key…</source>
        <translation>API-&amp;Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Welcome to Trainscope</source>
        <translation>Willkommen bei Trainscope</translation>
    </message>
    <message>
        <source>Trainscope shows what your Baseten training jobs do to their machines: GPU, CPU, memory and storage over time, for every node and GPU.</source>
        <translation>Trainscope zeigt, was Ihre Baseten-Trainingsjobs mit ihren Maschinen machen: GPU, CPU, Arbeitsspeicher und Speicherplatz über die Zeit, für jeden Knoten und jede GPU.</translation>
    </message>
    <message>
        <source>Baseten API keys are made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;. The key is kept in the system keychain.</source>
        <translation>Baseten-API-Schlüssel werden in der Web-App von Baseten erstellt, unter &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;. Der Schlüssel wird im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The demo runs a simulated Baseten API on this computer, with made-up jobs: no key needed, nothing sent anywhere.</source>
        <translation>Die Demo betreibt eine simulierte Baseten-API auf diesem Computer, mit erfundenen Jobs: kein Schlüssel nötig, nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Opens Settings on the API key field</source>
        <translation>Öffnet die Einstellungen am Feld für den API-Schlüssel</translation>
    </message>
    <message>
        <source>Recent jobs</source>
        <translation>Zuletzt geöffnete Jobs</translation>
    </message>
</context>
</TS>
