<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not accept the request; Trainscope may be out of date with the API.</source>
        <translation>The server did not accept the request; Trainscope may be out of date with the API.</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>Check the API key.</translation>
    </message>
    <message>
        <source>The API key has no access to this resource.</source>
        <translation>The API key has no access to this resource.</translation>
    </message>
    <message>
        <source>The project or job does not exist, or is not visible to this API key.</source>
        <translation>The project or job does not exist, or is not visible to this API key.</translation>
    </message>
    <message>
        <source>Too many requests; try again shortly.</source>
        <translation>Too many requests; try again shortly.</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>The server had a problem; try again later.</translation>
    </message>
    <message>
        <source>The server answered %1</source>
        <translation>The server answered %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Could not reach the server: %1</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 seconds; the request was abandoned.</source>
        <translation>The server sent nothing for %1 seconds; the request was abandoned.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>The server&apos;s answer could not be read: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The API key was not sent: %1</source>
        <translation>The API key was not sent: %1</translation>
    </message>
    <message>
        <source>The answer is larger than the limit of %1 and was abandoned.</source>
        <translation>The answer is larger than the limit of %1 and was abandoned.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid project or job id: an id cannot be empty, &quot;.&quot; or &quot;..&quot;. Nothing was sent.</source>
        <translation>&quot;%1&quot; is not a valid project or job id: an id cannot be empty, &quot;.&quot; or &quot;..&quot;. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>AxisScale</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 core</source>
        <translation>%1 core</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 cores</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date on a time axis</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>BasetenClient</name>
    <message>
        <source>%1 is neither HTTPS nor a loopback address.</source>
        <translation>%1 is neither HTTPS nor a loopback address.</translation>
    </message>
    <message>
        <source>redirect without a location</source>
        <translation>redirect without a location</translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1).</source>
        <translation>the server redirected to another origin (%1).</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>too many redirects</translation>
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
        <translation>Every %1 all GPUs stall for %2 while a checkpoint is written (ephemeral storage grows at the same times): %3 % of the training time.</translation>
    </message>
    <message>
        <source>Every %1 all GPUs stall together for %2: %3 % of the training time.</source>
        <translation>Every %1 all GPUs stall together for %2: %3 % of the training time.</translation>
    </message>
</context>
<context>
    <name>CompareExporter</name>
    <message>
        <source>%1 to %2 since each job&apos;s start</source>
        <translation>%1 to %2 since each job&apos;s start</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n job(s)</source>
        <translation>
            <numerusform>Comparison of %n job</numerusform>
            <numerusform>Comparison of %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (failed: %2)</translation>
    </message>
</context>
<context>
    <name>CompareFrameBuilder</name>
    <message>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Comparison table</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt; — differences are against the first job</source>
        <translation>&lt;b&gt;Comparison&lt;/b&gt; — differences are against the first job</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Export table as CSV…</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Export table as CSV</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Columns: one column of charts per job. Overlay: all jobs in one chart per metric, one colour per job.</source>
        <translation>Columns: one column of charts per job. Overlay: all jobs in one chart per metric, one colour per job.</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Time since start</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Wall clock</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Time axis</translation>
    </message>
    <message>
        <source>Align on GPU utilization ≥</source>
        <translation>Align on GPU utilization ≥</translation>
    </message>
    <message>
        <source>Align jobs on GPU utilization</source>
        <translation>Align jobs on GPU utilization</translation>
    </message>
    <message>
        <source>Start each job&apos;s clock when its mean GPU utilization first reaches the threshold: compares training, not queueing and setup.</source>
        <translation>Start each job&apos;s clock when its mean GPU utilization first reaches the threshold: compares training, not queueing and setup.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Alignment threshold in percent</source>
        <translation>Alignment threshold in percent</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Whole</translation>
    </message>
    <message>
        <source>First 1 h</source>
        <translation>First 1 h</translation>
    </message>
    <message>
        <source>First 6 h</source>
        <translation>First 6 h</translation>
    </message>
    <message>
        <source>First 24 h</source>
        <translation>First 24 h</translation>
    </message>
    <message>
        <source>All of the longest job</source>
        <translation>All of the longest job</translation>
    </message>
    <message>
        <source>The %1 of every job, from its zero</source>
        <translation>The %1 of every job, from its zero</translation>
    </message>
    <message>
        <source>Show twice the time; or right-click a chart</source>
        <translation>Show twice the time; or right-click a chart</translation>
    </message>
    <message>
        <source>Every rank</source>
        <translation>Every rank</translation>
    </message>
    <message>
        <source>Show every rank</source>
        <translation>Show every rank</translation>
    </message>
    <message>
        <source>Overlay: draw every GPU rank and node of every job in the job&apos;s colour</source>
        <translation>Overlay: draw every GPU rank and node of every job in the job&apos;s colour</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export comparison as PNG</source>
        <translation>Export comparison as PNG</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Loading %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1: analysing when its data has loaded…</source>
        <translation>%1: analysing when its data has loaded…</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>no findings</translation>
    </message>
    <message>
        <source>%1: not analysed, it could not be loaded.</source>
        <translation>%1: not analysed, it could not be loaded.</translation>
    </message>
    <message>
        <source>%1: %2 idle GPU-hours · no lagging rank</source>
        <translation>%1: %2 idle GPU-hours · no lagging rank</translation>
    </message>
    <message>
        <source>%1: %2 idle GPU-hours · ranks lagging for %3</source>
        <translation>%1: %2 idle GPU-hours · ranks lagging for %3</translation>
    </message>
    <message>
        <source>Refining %1</source>
        <translation>Refining %1</translation>
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
        <translation>The image could not be drawn.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>No answer from %1 within %2 seconds.</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU only × %1</source>
        <translation>CPU only × %1</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-hours</translation>
    </message>
    <message>
        <source>Mean GPU utilization</source>
        <translation>Mean GPU utilization</translation>
    </message>
    <message>
        <source>p95 GPU utilization</source>
        <translation>p95 GPU utilization</translation>
    </message>
    <message>
        <source>Peak GPU memory</source>
        <translation>Peak GPU memory</translation>
    </message>
    <message>
        <source>p95 GPU memory</source>
        <translation>p95 GPU memory</translation>
    </message>
    <message>
        <source>GPU memory headroom</source>
        <translation>GPU memory headroom</translation>
    </message>
    <message>
        <source>Peak CPU memory</source>
        <translation>Peak CPU memory</translation>
    </message>
    <message>
        <source>Peak storage</source>
        <translation>Peak storage</translation>
    </message>
    <message>
        <source>GPU-hours below 10 % utilization, over every rank.</source>
        <translation>GPU-hours below 10 % utilization, over every rank.</translation>
    </message>
    <message>
        <source>How long some rank held its peers back.</source>
        <translation>How long some rank held its peers back.</translation>
    </message>
    <message>
        <source>%1 holds the 99.5th percentile of GPU memory with 15 % to spare.</source>
        <translation>%1 holds the 99.5th percentile of GPU memory with 15 % to spare.</translation>
    </message>
    <message>
        <source>The GPU memory of this job&apos;s machine is not known.</source>
        <translation>The GPU memory of this job&apos;s machine is not known.</translation>
    </message>
    <message>
        <source>No GPU memory was reported for this job.</source>
        <translation>No GPU memory was reported for this job.</translation>
    </message>
    <message>
        <source>No smaller GPU on offer holds the 99.5th percentile of GPU memory with 15 % to spare: the job&apos;s own GPU is the one to keep.</source>
        <translation>No smaller GPU on offer holds the 99.5th percentile of GPU memory with 15 % to spare: the job&apos;s own GPU is the one to keep.</translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation>analysing…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The job is analysed once its data has loaded.</source>
        <translation>The job is analysed once its data has loaded.</translation>
    </message>
    <message>
        <source>Idle GPU-hours</source>
        <translation>Idle GPU-hours</translation>
    </message>
    <message>
        <source>Lagging ranks (min)</source>
        <translation>Lagging ranks (min)</translation>
    </message>
    <message>
        <source>Recommended GPU memory (GB)</source>
        <translation>Recommended GPU memory (GB)</translation>
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
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Visible series only</source>
        <translation>Visible series only</translation>
    </message>
    <message>
        <source>All series, hidden ones too</source>
        <translation>All series, hidden ones too</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The samples of the window in view, as measured</source>
        <translation>The samples of the window in view, as measured</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>S&amp;eries</source>
        <translation>S&amp;eries</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>No answer from %1 within %2 seconds.</translation>
    </message>
    <message>
        <source>The window is empty: --from must be before the job&apos;s end, --to after its start.</source>
        <translation>The window is empty: --from must be before the job&apos;s end, --to after its start.</translation>
    </message>
    <message>
        <source>The window lies outside the job&apos;s lifetime (%1 to %2).</source>
        <translation>The window lies outside the job&apos;s lifetime (%1 to %2).</translation>
    </message>
    <message>
        <source>Unknown node %1: this job reports no named nodes.</source>
        <translation>Unknown node %1: this job reports no named nodes.</translation>
    </message>
    <message>
        <source>Unknown node %1; this job has %2.</source>
        <translation>Unknown node %1; this job has %2.</translation>
    </message>
    <message>
        <source>The image could not be drawn.</source>
        <translation>The image could not be drawn.</translation>
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
        <translation>1 line</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lines</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 more</translation>
    </message>
    <message>
        <source>%1 – %2 %3 (%4)</source>
        <translation>%1 – %2 %3 (%4)</translation>
    </message>
    <message>
        <source>node %1 of %2</source>
        <translation>node %1 of %2</translation>
    </message>
    <message>
        <source>%1 nodes, mean per node</source>
        <translation>%1 nodes, mean per node</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 node</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 nodes</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>project %1</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 each</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>No data in this range</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Series shown in the charts</source>
        <translation>Series shown in the charts</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Previous time range (Alt+Left)</source>
        <translation>Previous time range (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Next time range (Alt+Right)</source>
        <translation>Next time range (Alt+Right)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Show twice the time (Ctrl+-); or right-click a chart</source>
        <translation>Show twice the time (Ctrl+-); or right-click a chart</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation>Whole job</translation>
    </message>
    <message>
        <source>From the job&apos;s start to its end (or now)</source>
        <translation>From the job&apos;s start to its end (or now)</translation>
    </message>
    <message>
        <source>The last %1 of the job</source>
        <translation>The last %1 of the job</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message>
        <source>One node</source>
        <translation>One node</translation>
    </message>
    <message>
        <source>Mean per node</source>
        <translation>Mean per node</translation>
    </message>
    <message>
        <source>Mean per node: one line per node with the min–max band of its GPUs</source>
        <translation>Mean per node: one line per node with the min–max band of its GPUs</translation>
    </message>
    <message>
        <source>Nodes shown</source>
        <translation>Nodes shown</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Live refresh interval</source>
        <translation>Live refresh interval</translation>
    </message>
    <message>
        <source>Live refresh interval in seconds</source>
        <translation>Live refresh interval in seconds</translation>
    </message>
    <message>
        <source>Loading metrics</source>
        <translation>Loading metrics</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Show the &amp;whole job</source>
        <translation>Show the &amp;whole job</translation>
    </message>
    <message>
        <source>No metrics loaded</source>
        <translation>No metrics loaded</translation>
    </message>
    <message>
        <source>Loading metrics…</source>
        <translation>Loading metrics…</translation>
    </message>
    <message>
        <source>No metrics in this time range</source>
        <translation>No metrics in this time range</translation>
    </message>
    <message>
        <source>The server has no samples of %1 between these times.</source>
        <translation>The server has no samples of %1 between these times.</translation>
    </message>
    <message>
        <source>The job has been created and waits to be scheduled.</source>
        <translation>The job has been created and waits to be scheduled.</translation>
    </message>
    <message>
        <source>The job waits for Baseten to schedule it.</source>
        <translation>The job waits for Baseten to schedule it.</translation>
    </message>
    <message>
        <source>The job waits in the queue for free GPUs.</source>
        <translation>The job waits in the queue for free GPUs.</translation>
    </message>
    <message>
        <source>Its machines are starting and loading the job&apos;s image.</source>
        <translation>Its machines are starting and loading the job&apos;s image.</translation>
    </message>
    <message>
        <source>The job failed before it started, so it has no metrics. The error above says why.</source>
        <translation>The job failed before it started, so it has no metrics. The error above says why.</translation>
    </message>
    <message numerus="yes">
        <source>Its charts appear here once it runs; Trainscope checks every %n second(s).</source>
        <translation>
            <numerusform>Its charts appear here once it runs; Trainscope checks every %n second.</numerusform>
            <numerusform>Its charts appear here once it runs; Trainscope checks every %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its charts appear here once it runs: switch on Live, or press Refresh, to check.</source>
        <translation>Its charts appear here once it runs: switch on Live, or press Refresh, to check.</translation>
    </message>
    <message>
        <source>Follow a running job: refresh on an interval and keep its latest data in view (%1)</source>
        <translation>Follow a running job: refresh on an interval and keep its latest data in view (%1)</translation>
    </message>
    <message>
        <source>Times are shown in local time: %1, %2</source>
        <translation>Times are shown in local time: %1, %2</translation>
    </message>
    <message>
        <source>Paused · Resume</source>
        <translation>Paused · Resume</translation>
    </message>
    <message>
        <source>Live is paused while the view shows the past: return to now</source>
        <translation>Live is paused while the view shows the past: return to now</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The job is shorter than %1: see the whole job</source>
        <translation>The job is shorter than %1: see the whole job</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>&amp;Series Panel</source>
        <translation>&amp;Series Panel</translation>
    </message>
    <message>
        <source>Show or hide the list of series beside the charts</source>
        <translation>Show or hide the list of series beside the charts</translation>
    </message>
    <message>
        <source>Notes on the data: %1</source>
        <translation>Notes on the data: %1</translation>
    </message>
    <message>
        <source>Heatmap rows by node</source>
        <translation>Heatmap rows by node</translation>
    </message>
    <message>
        <source>Heatmap rows by finding score</source>
        <translation>Heatmap rows by finding score</translation>
    </message>
    <message>
        <source>By finding score: the ranks the findings concern most come first</source>
        <translation>By finding score: the ranks the findings concern most come first</translation>
    </message>
    <message>
        <source>Heatmap row order</source>
        <translation>Heatmap row order</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Show %1 as a heatmap, a row per GPU, or as lines</source>
        <translation>Show %1 as a heatmap, a row per GPU, or as lines</translation>
    </message>
    <message>
        <source>Heatmap of %1</source>
        <translation>Heatmap of %1</translation>
    </message>
    <message>
        <source>%1 heatmap</source>
        <translation>%1 heatmap</translation>
    </message>
    <message>
        <source>No job open</source>
        <translation>No job open</translation>
    </message>
    <message>
        <source>Open a job from the list to see its charts.</source>
        <translation>Open a job from the list to see its charts.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Resource metrics of Baseten training jobs, on the desktop.
Run &quot;trainscope export --help&quot; for the headless PNG and CSV export.</source>
        <translation>Resource metrics of Baseten training jobs, on the desktop.
Run &quot;trainscope export --help&quot; for the headless PNG and CSV export.</translation>
    </message>
    <message>
        <source>Open on built-in demo data, served by a simulated Baseten API on this machine.</source>
        <translation>Open on built-in demo data, served by a simulated Baseten API on this machine.</translation>
    </message>
    <message>
        <source>Baseten API base URL (default: the one in Settings, else %1).</source>
        <translation>Baseten API base URL (default: the one in Settings, else %1).</translation>
    </message>
    <message>
        <source>Project of the job to open.</source>
        <translation>Project of the job to open.</translation>
    </message>
    <message>
        <source>Fail a transfer that receives nothing for this long (default 30).</source>
        <translation>Fail a transfer that receives nothing for this long (default 30).</translation>
    </message>
    <message>
        <source>Demo: delay every answer of the simulated server.</source>
        <translation>Demo: delay every answer of the simulated server.</translation>
    </message>
    <message>
        <source>Demo: answer this fraction of requests with 500 or 503.</source>
        <translation>Demo: answer this fraction of requests with 500 or 503.</translation>
    </message>
    <message>
        <source>Demo: answer every Nth request with 429 and retry_after.</source>
        <translation>Demo: answer every Nth request with 429 and retry_after.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout takes a number of seconds from 1 to 3600.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Not a URL: %1</translation>
    </message>
    <message>
        <source>A --demo-* option has a value out of range.</source>
        <translation>A --demo-* option has a value out of range.</translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation>Could not start the demo server.</translation>
    </message>
    <message>
        <source>Job to open: an id with --project, or PROJECT/JOB. Given two to six times as PROJECT/JOB, opens those jobs side by side for comparison.</source>
        <translation>Job to open: an id with --project, or PROJECT/JOB. Given two to six times as PROJECT/JOB, opens those jobs side by side for comparison.</translation>
    </message>
    <message>
        <source>--project takes one --job id; to compare, give --job PROJECT/JOB per job.</source>
        <translation>--project takes one --job id; to compare, give --job PROJECT/JOB per job.</translation>
    </message>
    <message>
        <source>--job without --project must be PROJECT/JOB: %1</source>
        <translation>--job without --project must be PROJECT/JOB: %1</translation>
    </message>
    <message>
        <source>At most %1 jobs can be compared.</source>
        <translation>At most %1 jobs can be compared.</translation>
    </message>
    <message>
        <source>A trainscope: link to a shared view (optional).</source>
        <translation>A trainscope: link to a shared view (optional).</translation>
    </message>
    <message>
        <source>Not a Trainscope link: %1</source>
        <translation>Not a Trainscope link: %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>0 h</source>
        <translation>0 h</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Dismiss error</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Retry the request</translation>
    </message>
</context>
<context>
    <name>EventMarkers</name>
    <message>
        <source>checkpoint · %1 · %2</source>
        <translation>checkpoint · %1 · %2</translation>
    </message>
    <message>
        <source>error · %1 · %2</source>
        <translation>error · %1 · %2</translation>
    </message>
</context>
<context>
    <name>ExportCommandLine</name>
    <message>
        <source>Baseten API base URL (default %1).</source>
        <translation>Baseten API base URL (default %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Image size in logical pixels, WIDTHxHEIGHT (default 1600x1200).</source>
        <translation>Image size in logical pixels, WIDTHxHEIGHT (default 1600x1200).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Image pixels per logical pixel: 2 for HiDPI (default 1).</source>
        <translation>Image pixels per logical pixel: 2 for HiDPI (default 1).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>Write the image to this file (required).</source>
        <translation>Write the image to this file (required).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1).</source>
        <translation>Give up after this many seconds (default %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Run the export instead of the application.</source>
        <translation>Run the export instead of the application.</translation>
    </message>
    <message>
        <source>Expected the command &quot;export&quot;.</source>
        <translation>Expected the command &quot;export&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, such as 1600x1200: %1</source>
        <translation>--size must be WIDTHxHEIGHT, such as 1600x1200: %1</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.5 to 4: %1</source>
        <translation>--scale must be a number from 0.5 to 4: %1</translation>
    </message>
    <message>
        <source>--size must be at least %1x%1.</source>
        <translation>--size must be at least %1x%1.</translation>
    </message>
    <message>
        <source>The image would be larger than %1 pixels a side; lower --size or --scale.</source>
        <translation>The image would be larger than %1 pixels a side; lower --size or --scale.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Not a URL: %1</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Missing --%1.</translation>
    </message>
    <message>
        <source>Set the environment variable BASETEN_API_KEY to your Baseten API key.</source>
        <translation>Set the environment variable BASETEN_API_KEY to your Baseten API key.</translation>
    </message>
    <message>
        <source>--last must be a count and a unit of s, m, h or d, such as 6h: %1</source>
        <translation>--last must be a count and a unit of s, m, h or d, such as 6h: %1</translation>
    </message>
    <message>
        <source>--last cannot be combined with --from or --to.</source>
        <translation>--last cannot be combined with --from or --to.</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2</source>
        <translation>--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to must be later than --from.</translation>
    </message>
    <message>
        <source>--compare takes %1 to %2 --job options; got %3.</source>
        <translation>--compare takes %1 to %2 --job options; got %3.</translation>
    </message>
    <message>
        <source>--job must be PROJECT/JOB with --compare: %1</source>
        <translation>--job must be PROJECT/JOB with --compare: %1</translation>
    </message>
    <message>
        <source>Training project id (required).</source>
        <translation>Training project id (required).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Training job id (required).</source>
        <translation>Training job id (required).</translation>
    </message>
    <message>
        <source>Start of the window, ISO 8601 (2026-03-01T09:00:00Z). Default: the job&apos;s start.</source>
        <translation>Start of the window, ISO 8601 (2026-03-01T09:00:00Z). Default: the job&apos;s start.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>End of the window, ISO 8601. Default: the job&apos;s end, or now while it runs.</source>
        <translation>End of the window, ISO 8601. Default: the job&apos;s end, or now while it runs.</translation>
    </message>
    <message>
        <source>The last part of the job instead of all of it: a count and a unit of s, m, h or d (15m, 6h, 7d). Ends at the job&apos;s end, or now while it runs.</source>
        <translation>The last part of the job instead of all of it: a count and a unit of s, m, h or d (15m, 6h, 7d). Ends at the job&apos;s end, or now while it runs.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>One node&apos;s series, or &quot;all&quot; for every node (default).</source>
        <translation>One node&apos;s series, or &quot;all&quot; for every node (default).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Export one chart instead of the dashboard: %1.</source>
        <translation>Export one chart instead of the dashboard: %1.</translation>
    </message>
    <message>
        <source>Also write the raw series of the window to this CSV file.</source>
        <translation>Also write the raw series of the window to this CSV file.</translation>
    </message>
    <message>
        <source>Compare two to six jobs instead: see &quot;trainscope export --compare --help&quot;.</source>
        <translation>Compare two to six jobs instead: see &quot;trainscope export --compare --help&quot;.</translation>
    </message>
    <message>
        <source>Compare jobs (this mode).</source>
        <translation>Compare jobs (this mode).</translation>
    </message>
    <message>
        <source>A job to compare as PROJECT/JOB; give it two to six times. The first job is the one the table&apos;s differences are against.</source>
        <translation>A job to compare as PROJECT/JOB; give it two to six times. The first job is the one the table&apos;s differences are against.</translation>
    </message>
    <message>
        <source>project/job</source>
        <translation>project/job</translation>
    </message>
    <message>
        <source>The first part of each job instead of all of it, on time since the job&apos;s start: a count and a unit of s, m, h or d (1h, 6h, 7d). The table covers the same part.</source>
        <translation>The first part of each job instead of all of it, on time since the job&apos;s start: a count and a unit of s, m, h or d (1h, 6h, 7d). The table covers the same part.</translation>
    </message>
    <message>
        <source>columns (a column of charts per job, the default) or overlay (one chart per metric, a colour per job).</source>
        <translation>columns (a column of charts per job, the default) or overlay (one chart per metric, a colour per job).</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <source>Also write the comparison table to this CSV file: a header row, then one row per job in SI units.</source>
        <translation>Also write the comparison table to this CSV file: a header row, then one row per job in SI units.</translation>
    </message>
    <message>
        <source>Exports the dashboard of a Baseten training job as a PNG image, and optionally its raw series as CSV, without opening a window. The API key is read from the environment variable BASETEN_API_KEY.</source>
        <translation>Exports the dashboard of a Baseten training job as a PNG image, and optionally its raw series as CSV, without opening a window. The API key is read from the environment variable BASETEN_API_KEY.</translation>
    </message>
    <message>
        <source>Unknown --metric %1; one of %2.</source>
        <translation>Unknown --metric %1; one of %2.</translation>
    </message>
    <message>
        <source>Exports a comparison of two to six Baseten training jobs as a PNG image: their charts side by side on time since each job&apos;s start, and the comparison table; optionally the table as CSV. The API key is read from the environment variable BASETEN_API_KEY.
Every job must load: if any fails, each failure is reported on its own line of stderr, nothing is written and the exit code is 1.</source>
        <translation>Exports a comparison of two to six Baseten training jobs as a PNG image: their charts side by side on time since each job&apos;s start, and the comparison table; optionally the table as CSV. The API key is read from the environment variable BASETEN_API_KEY.
Every job must load: if any fails, each failure is reported on its own line of stderr, nothing is written and the exit code is 1.</translation>
    </message>
    <message>
        <source>--layout must be columns or overlay: %1</source>
        <translation>--layout must be columns or overlay: %1</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from %1 to %2: %3</source>
        <translation>--timeout must be a whole number of seconds from %1 to %2: %3</translation>
    </message>
    <message>
        <source>full: wait for every sample the API kept (default); sampled: one sample per pixel column, faster, but short dips can be missed.</source>
        <translation>full: wait for every sample the API kept (default); sampled: one sample per pixel column, faster, but short dips can be missed.</translation>
    </message>
    <message>
        <source>full|sampled</source>
        <translation>full|sampled</translation>
    </message>
    <message>
        <source>--resolution must be full or sampled: %1</source>
        <translation>--resolution must be full or sampled: %1</translation>
    </message>
    <message>
        <source>dashboard (default): every chart; heatmap: GPU utilization and GPU memory as heatmaps, a row per GPU.</source>
        <translation>dashboard (default): every chart; heatmap: GPU utilization and GPU memory as heatmaps, a row per GPU.</translation>
    </message>
    <message>
        <source>Unknown --view %1; one of dashboard, heatmap.</source>
        <translation>Unknown --view %1; one of dashboard, heatmap.</translation>
    </message>
    <message>
        <source>--view heatmap shows both GPU metrics: leave out --metric.</source>
        <translation>--view heatmap shows both GPU metrics: leave out --metric.</translation>
    </message>
    <message>
        <source>List the job&apos;s findings under the charts: severity, summary and why, with what the metrics cannot show. The image grows taller to hold them.</source>
        <translation>List the job&apos;s findings under the charts: severity, summary and why, with what the metrics cannot show. The image grows taller to hold them.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as PNG</source>
        <translation>Export as PNG</translation>
    </message>
    <message>
        <source>Whole dashboard</source>
        <translation>Whole dashboard</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Chart: %1</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1× (standard)</translation>
    </message>
    <message>
        <source>2× (HiDPI, sharp on retina screens and in print)</source>
        <translation>2× (HiDPI, sharp on retina screens and in print)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>S&amp;cale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>Wrote %1 (%2 × %3 pixels).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>Fidelity</name>
    <message>
        <source>sampled every %1</source>
        <translation>sampled every %1</translation>
    </message>
    <message>
        <source>%1 — refining %2 %</source>
        <translation>%1 — refining %2 %</translation>
    </message>
    <message>
        <source>every sample (%1)</source>
        <translation>every sample (%1)</translation>
    </message>
    <message>
        <source>%1 — reading every sample from the offline cache</source>
        <translation>%1 — reading every sample from the offline cache</translation>
    </message>
    <message>
        <source>%1 — refining</source>
        <translation>%1 — refining</translation>
    </message>
</context>
<context>
    <name>FindingImages</name>
    <message>
        <source>--png-dir %1 is a file, not a folder.</source>
        <translation>--png-dir %1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>Could not write into the folder %1: %2</source>
        <translation>Could not write into the folder %1: %2</translation>
    </message>
    <message>
        <source>The picture of finding %1 could not be drawn.</source>
        <translation>The picture of finding %1 could not be drawn.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Blind spots: %1</source>
        <translation>Blind spots: %1</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s), less serious: the job&apos;s report lists them all (trainscope report).</source>
        <translation>
            <numerusform>… and %n more finding, less serious: the job&apos;s report lists them all (trainscope report).</numerusform>
            <numerusform>… and %n more findings, less serious: the job&apos;s report lists them all (trainscope report).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Analysing the job once its data has loaded…</source>
        <translation>Analysing the job once its data has loaded…</translation>
    </message>
    <message>
        <source>Findings appear here once the job&apos;s metrics have loaded.</source>
        <translation>Findings appear here once the job&apos;s metrics have loaded.</translation>
    </message>
    <message>
        <source>Nothing stands out in this job&apos;s metrics.</source>
        <translation>Nothing stands out in this job&apos;s metrics.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); select one to see it on the charts.</source>
        <translation>
            <numerusform>%n finding; select it to see it on the charts.</numerusform>
            <numerusform>%n findings; select one to see it on the charts.</numerusform>
        </translation>
    </message>
    <message>
        <source>(updating)</source>
        <translation>(updating)</translation>
    </message>
</context>
<context>
    <name>FrameBuilder</name>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>(mean, min–max)</source>
        <translation>(mean, min–max)</translation>
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
        <translation>the node</translation>
    </message>
    <message>
        <source>Host memory on %1 grows by %2 per hour and would reach the limit in %3.</source>
        <translation>Host memory on %1 grows by %2 per hour and would reach the limit in %3.</translation>
    </message>
    <message>
        <source>Ephemeral storage on %1 fills by %2 % of its size per hour and would be full in %3.</source>
        <translation>Ephemeral storage on %1 fills by %2 % of its size per hour and would be full in %3.</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 · GPU %2</source>
        <translation>%1 · GPU %2</translation>
    </message>
    <message>
        <source>no data yet for this time</source>
        <translation>no data yet for this time</translation>
    </message>
    <message>
        <source>no data: no sample measured here</source>
        <translation>no data: no sample measured here</translation>
    </message>
    <message>
        <source>lowest here: %1</source>
        <translation>lowest here: %1</translation>
    </message>
    <message>
        <source>highest here: %1</source>
        <translation>highest here: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Building the heatmap…</source>
        <translation>Building the heatmap…</translation>
    </message>
</context>
<context>
    <name>IdleGpuDetector</name>
    <message>
        <source>the node</source>
        <translation>the node</translation>
    </message>
    <message>
        <source>GPU %1 on %2 sat idle for %3 while holding its memory.</source>
        <translation>GPU %1 on %2 sat idle for %3 while holding its memory.</translation>
    </message>
    <message>
        <source>GPU %1 on %2 stayed below 10 % utilization for %3 while the job ran.</source>
        <translation>GPU %1 on %2 stayed below 10 % utilization for %3 while the job ran.</translation>
    </message>
    <message>
        <source>All %1 GPUs of %2 stayed below 10 % utilization for %3 while the job ran.</source>
        <translation>All %1 GPUs of %2 stayed below 10 % utilization for %3 while the job ran.</translation>
    </message>
</context>
<context>
    <name>ImbalanceDetector</name>
    <message>
        <source>Rank %1 on %2 is busy unlike its peers (mean %3 % against %4 %, Jensen–Shannon distance %5).</source>
        <translation>Rank %1 on %2 is busy unlike its peers (mean %3 % against %4 %, Jensen–Shannon distance %5).</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>the node</translation>
    </message>
</context>
<context>
    <name>InsightEngine</name>
    <message>
        <source>The job took %1 to reach steady GPU utilization (%2 GPU-hours idle meanwhile).</source>
        <translation>The job took %1 to reach steady GPU utilization (%2 GPU-hours idle meanwhile).</translation>
    </message>
    <message>
        <source>Utilization is the share of time a kernel ran, not how much of the GPU it used: a busy GPU can still be inefficient.</source>
        <translation>Utilization is the share of time a kernel ran, not how much of the GPU it used: a busy GPU can still be inefficient.</translation>
    </message>
    <message>
        <source>Analysed at one sample every %1; anything shorter may be missed.</source>
        <translation>Analysed at one sample every %1; anything shorter may be missed.</translation>
    </message>
    <message>
        <source>No GPU utilization was reported for this job, so nothing can be said about its GPUs.</source>
        <translation>No GPU utilization was reported for this job, so nothing can be said about its GPUs.</translation>
    </message>
    <message>
        <source>The machines on offer are not listed here, so no smaller GPU is suggested.</source>
        <translation>The machines on offer are not listed here, so no smaller GPU is suggested.</translation>
    </message>
    <message>
        <source>The GPUs of this job report at times they do not share, more of them than can be compared rank by rank, so nothing is said about its GPUs.</source>
        <translation>The GPUs of this job report at times they do not share, more of them than can be compared rank by rank, so nothing is said about its GPUs.</translation>
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
        <translation>ranks take turns lagging for %1</translation>
    </message>
    <message>
        <source>%1 held back for %2</source>
        <translation>%1 held back for %2</translation>
    </message>
    <message>
        <source>%1 busy unlike its peers</source>
        <translation>%1 busy unlike its peers</translation>
    </message>
    <message>
        <source>%1 idle for %2</source>
        <translation>%1 idle for %2</translation>
    </message>
    <message>
        <source>%1 idle but holding its memory for %2</source>
        <translation>%1 idle but holding its memory for %2</translation>
    </message>
    <message>
        <source>GPU memory oversized</source>
        <translation>GPU memory oversized</translation>
    </message>
    <message>
        <source>GPU memory preallocated</source>
        <translation>GPU memory preallocated</translation>
    </message>
    <message>
        <source>host memory grows toward its limit</source>
        <translation>host memory grows toward its limit</translation>
    </message>
    <message>
        <source>%1: host memory grows toward its limit</source>
        <translation>%1: host memory grows toward its limit</translation>
    </message>
    <message>
        <source>storage grows toward its limit</source>
        <translation>storage grows toward its limit</translation>
    </message>
    <message>
        <source>%1: storage grows toward its limit</source>
        <translation>%1: storage grows toward its limit</translation>
    </message>
    <message>
        <source>startup took %1</source>
        <translation>startup took %1</translation>
    </message>
    <message>
        <source>checkpoint stalls</source>
        <translation>checkpoint stalls</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % GPU memory headroom</source>
        <translation>%1 % GPU memory headroom</translation>
    </message>
    <message>
        <source>%1 idle GPU-hours</source>
        <translation>%1 idle GPU-hours</translation>
    </message>
    <message>
        <source> ≈ $%1</source>
        <translation> ≈ $%1</translation>
    </message>
</context>
<context>
    <name>JobBrowser</name>
    <message>
        <source>Filter jobs by name, status, GPU… (Ctrl+F)</source>
        <translation>Filter jobs by name, status, GPU… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Filter jobs</translation>
    </message>
    <message>
        <source>Projects and jobs</source>
        <translation>Projects and jobs</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Load the jobs of this project again</source>
        <translation>Load the jobs of this project again</translation>
    </message>
</context>
<context>
    <name>JobCard</name>
    <message>
        <source>Job details</source>
        <translation>Job details</translation>
    </message>
    <message>
        <source>Job %1 in project %2</source>
        <translation>Job %1 in project %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 × %2 GPUs per node</source>
        <translation>%1 × %2 GPUs per node</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>%1 per GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>instance %1</translation>
    </message>
    <message>
        <source>CPU limit %1 cores</source>
        <translation>CPU limit %1 cores</translation>
    </message>
    <message>
        <source>memory limit %1</source>
        <translation>memory limit %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>updated %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Preempted: %1</source>
        <translation>Preempted: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>checkpoints syncing</source>
        <translation>checkpoints syncing</translation>
    </message>
    <message>
        <source>checkpoints synced</source>
        <translation>checkpoints synced</translation>
    </message>
    <message>
        <source>checkpoint sync failed</source>
        <translation>checkpoint sync failed</translation>
    </message>
    <message>
        <source>checkpoint sync: %1</source>
        <translation>checkpoint sync: %1</translation>
    </message>
</context>
<context>
    <name>JobCatalog</name>
    <message>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>jobs of project %1</source>
        <translation>jobs of project %1</translation>
    </message>
</context>
<context>
    <name>JobInsight</name>
    <message>
        <source>Only the part of the job loaded so far was analysed, %1 to %2: show the whole job for all of it.</source>
        <translation>Only the part of the job loaded so far was analysed, %1 to %2: show the whole job for all of it.</translation>
    </message>
</context>
<context>
    <name>JobReport</name>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>No answer from %1 within %2 seconds.</translation>
    </message>
    <message>
        <source>The window lies outside the job&apos;s lifetime (%1 to %2).</source>
        <translation>The window lies outside the job&apos;s lifetime (%1 to %2).</translation>
    </message>
    <message>
        <source>The machines on offer could not be listed, so no smaller GPU is suggested.</source>
        <translation>The machines on offer could not be listed, so no smaller GPU is suggested.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 findings).</source>
        <translation>Wrote %1 (%2 findings).</translation>
    </message>
</context>
<context>
    <name>JobTreeModel</name>
    <message>
        <source>CPU only</source>
        <translation>CPU only</translation>
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
        <translation>Pending</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Deploying</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Deploy failed</source>
        <translation>Deploy failed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Preempted</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>The server did not say; the dashboard shows the nodes it reports metrics for.</source>
        <translation>The server did not say; the dashboard shows the nodes it reports metrics for.</translation>
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
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Jobs not loaded</source>
        <translation>Jobs not loaded</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the finished jobs kept on this computer.</source>
        <translation>The server could not be reached: these are the finished jobs kept on this computer.</translation>
    </message>
    <message>
        <source>Kept on this computer from an earlier session: opens without the server.</source>
        <translation>Kept on this computer from an earlier session: opens without the server.</translation>
    </message>
    <message>
        <source>%1 · offline</source>
        <extracomment>A job listed from the offline cache: its status, e.g. &quot;Completed · offline&quot;</extracomment>
        <translation>%1 · offline</translation>
    </message>
    <message>
        <source>GPU type × GPUs per node</source>
        <translation>GPU type × GPUs per node</translation>
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
        <translation>empty body: the server sent no JSON</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>expected a JSON object at the top level</translation>
    </message>
    <message>
        <source>not JSON: the body starts with &apos;%1&apos;</source>
        <translation>not JSON: the body starts with &apos;%1&apos;</translation>
    </message>
    <message>
        <source>truncated JSON: the body ends after %1 bytes, before the object is closed</source>
        <translation>truncated JSON: the body ends after %1 bytes, before the object is closed</translation>
    </message>
    <message>
        <source>not valid UTF-8 (the first bad byte is at offset %1)</source>
        <translation>not valid UTF-8 (the first bad byte is at offset %1)</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>a JSON object</translation>
    </message>
    <message>
        <source>unexpected content after the JSON object</source>
        <translation>unexpected content after the JSON object</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>another type</translation>
    </message>
    <message>
        <source>not a finite number, or out of range</source>
        <translation>not a finite number, or out of range</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>not valid UTF-8</translation>
    </message>
    <message>
        <source>truncated or malformed JSON</source>
        <translation>truncated or malformed JSON</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>malformed JSON (%1)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>required field is missing</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>an ISO-8601 date-time string</source>
        <translation>an ISO-8601 date-time string</translation>
    </message>
    <message>
        <source>not an ISO-8601 date-time</source>
        <translation>not an ISO-8601 date-time</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>out of range</translation>
    </message>
    <message>
        <source>an id of %1 bytes, longer than the %2 bytes an id may have</source>
        <translation>an id of %1 bytes, longer than the %2 bytes an id may have</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>more than %1 entries</translation>
    </message>
    <message>
        <source>a negative size</source>
        <translation>a negative size</translation>
    </message>
    <message>
        <source>epoch nanoseconds as a string of digits</source>
        <translation>epoch nanoseconds as a string of digits</translation>
    </message>
</context>
<context>
    <name>KeychainApiKeyStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>The system keychain is not available: %1</translation>
    </message>
    <message>
        <source>Could not store the key in the system keychain: %1</source>
        <translation>Could not store the key in the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>LaggingRankDetector</name>
    <message>
        <source>Rank %1 on %2 worked at %3 % of its peers&apos; utilization for %4: its host or input holds it back.</source>
        <translation>Rank %1 on %2 worked at %3 % of its peers&apos; utilization for %4: its host or input holds it back.</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>the node</translation>
    </message>
    <message>
        <source>The lagging rank moves: %1 ranks took turns at %2 % of their peers for %3 in all; the input pipeline cannot keep up.</source>
        <translation>The lagging rank moves: %1 ranks took turns at %2 % of their peers for %3 in all; the input pipeline cannot keep up.</translation>
    </message>
    <message>
        <source>NVML counts a GPU waiting in a collective as busy, so a rank slow in compute makes its peers look fully busy: only ranks held back by their host or input show here, not every straggler.</source>
        <translation>NVML counts a GPU waiting in a collective as busy, so a rank slow in compute makes its peers look fully busy: only ranks held back by their host or input show here, not every straggler.</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Click to hide, double-click to show only this series</source>
        <translation>Click to hide, double-click to show only this series</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series hidden</source>
        <translation>
            <numerusform>%1 of %n series hidden</numerusform>
            <numerusform>%1 of %n series hidden</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: click to show this series again</source>
        <translation>Hidden: click to show this series again</translation>
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
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Load &amp;More</source>
        <translation>Load &amp;More</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug and above</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Minimum level</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Log lines</translation>
    </message>
    <message>
        <source>Logs could not be loaded: %1</source>
        <translation>Logs could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), loading more…</source>
        <translation>
            <numerusform>%n line, loading more…</numerusform>
            <numerusform>%n lines, loading more…</numerusform>
        </translation>
    </message>
    <message>
        <source>No job open</source>
        <translation>No job open</translation>
    </message>
    <message>
        <source>No log lines in this range</source>
        <translation>No log lines in this range</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), more in this range</source>
        <translation>
            <numerusform>%n line, more in this range</numerusform>
            <numerusform>%n lines, more in this range</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), all of this range</source>
        <translation>
            <numerusform>%n line, all of this range</numerusform>
            <numerusform>%n lines, all of this range</numerusform>
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
        <translation>Loading</translation>
    </message>
    <message>
        <source>Loading projects and jobs…</source>
        <translation>Loading projects and jobs…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Trainscope</source>
        <translation>%1 — Trainscope</translation>
    </message>
    <message>
        <source>Loading metrics of %1…</source>
        <translation>Loading metrics of %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Export as PNG…</source>
        <translation>&amp;Export as PNG…</translation>
    </message>
    <message>
        <source>Export as C&amp;SV…</source>
        <translation>Export as C&amp;SV…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copy Chart</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Refresh &amp;Job List</source>
        <translation>Refresh &amp;Job List</translation>
    </message>
    <message>
        <source>&amp;Filter Jobs</source>
        <translation>&amp;Filter Jobs</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Range</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Jobs</source>
        <translation>&amp;Compare Selected Jobs</translation>
    </message>
    <message>
        <source>Select two to six jobs in the list (Ctrl+click) to compare them</source>
        <translation>Select two to six jobs in the list (Ctrl+click) to compare them</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>C&amp;omparison</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparisons</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Open &amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Made-up jobs from a simulated Baseten API on this computer</source>
        <translation>Made-up jobs from a simulated Baseten API on this computer</translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation>Could not load %1.</translation>
    </message>
    <message>
        <source>API key refused.</source>
        <translation>API key refused.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n job(s) kept on this computer.</source>
        <translation>
            <numerusform>Offline: %n job kept on this computer.</numerusform>
            <numerusform>Offline: %n jobs kept on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo&apos;s own simulated server and key. Start Trainscope without the demo to use your Baseten account.</source>
        <translation>The demo&apos;s own simulated server and key. Start Trainscope without the demo to use your Baseten account.</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n jobs</source>
        <translation>
            <numerusform>Comparison of %n job</numerusform>
            <numerusform>Comparison of %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <extracomment>The window title in demo mode, e.g. &quot;sft-lr1e-5 — Trainscope (Demo)&quot;</extracomment>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>Job %1 in project %2</source>
        <translation>Job %1 in project %2</translation>
    </message>
    <message>
        <source>Kept on this computer: opens without a key or a network.</source>
        <translation>Kept on this computer: opens without a key or a network.</translation>
    </message>
    <message>
        <source>Looking for the API key…</source>
        <translation>Looking for the API key…</translation>
    </message>
    <message>
        <source>Trainscope asks the system keychain for your Baseten API key; it may ask you to unlock it.</source>
        <translation>Trainscope asks the system keychain for your Baseten API key; it may ask you to unlock it.</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>The demo could not start</translation>
    </message>
    <message>
        <source>Its simulated server found no free port on this computer.</source>
        <translation>Its simulated server found no free port on this computer.</translation>
    </message>
    <message>
        <source>Asking %1 for your training projects.</source>
        <translation>Asking %1 for your training projects.</translation>
    </message>
    <message>
        <source>No job open</source>
        <translation>No job open</translation>
    </message>
    <message>
        <source>Open a job from the list to see what it did to its machines. Select two to six jobs (Ctrl+click) to compare them.</source>
        <translation>Open a job from the list to see what it did to its machines. Select two to six jobs (Ctrl+click) to compare them.</translation>
    </message>
    <message>
        <source>The server answered 401: the key is wrong, revoked or expired.</source>
        <translation>The server answered 401: the key is wrong, revoked or expired.</translation>
    </message>
    <message>
        <source>The server answered 403: the key has no access to training projects.</source>
        <translation>The server answered 403: the key has no access to training projects.</translation>
    </message>
    <message>
        <source>It comes from the environment variable BASETEN_API_KEY: correct it there and start Trainscope again.</source>
        <translation>It comes from the environment variable BASETEN_API_KEY: correct it there and start Trainscope again.</translation>
    </message>
    <message>
        <source>Enter a valid key in Settings. Keys are made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</source>
        <translation>Enter a valid key in Settings. Keys are made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Baseten refused the API key</source>
        <translation>Baseten refused the API key</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) kept on this computer are listed, marked offline: they open without the server.</source>
        <translation>
            <numerusform>%n finished job kept on this computer is listed, marked offline: it opens without the server.</numerusform>
            <numerusform>%n finished jobs kept on this computer are listed, marked offline: they open without the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach Baseten</source>
        <translation>Could not reach Baseten</translation>
    </message>
    <message>
        <source>Could not load the projects</source>
        <translation>Could not load the projects</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Baseten&apos;s training documentation&lt;/a&gt; shows how to start a training job; it appears here once it exists.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Baseten&apos;s training documentation&lt;/a&gt; shows how to start a training job; it appears here once it exists.</translation>
    </message>
    <message>
        <source>No training projects yet</source>
        <translation>No training projects yet</translation>
    </message>
    <message>
        <source>This Baseten account has no training projects.</source>
        <translation>This Baseten account has no training projects.</translation>
    </message>
    <message>
        <source>No training jobs yet</source>
        <translation>No training jobs yet</translation>
    </message>
    <message>
        <source>The projects in the list have no jobs yet.</source>
        <translation>The projects in the list have no jobs yet.</translation>
    </message>
    <message>
        <source>Could not open the job</source>
        <translation>Could not open the job</translation>
    </message>
    <message>
        <source>No API key.</source>
        <translation>No API key.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Copy &amp;Link to This View</source>
        <translation>Copy &amp;Link to This View</translation>
    </message>
    <message>
        <source>A trainscope: link that opens this job, range and series for a colleague on the same team; it holds no key</source>
        <translation>A trainscope: link that opens this job, range and series for a colleague on the same team; it holds no key</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>%1 · %2 – %3 · %4 · updated %5</source>
        <translation>%1 · %2 – %3 · %4 · updated %5</translation>
    </message>
    <message>
        <source>Job &amp;List</source>
        <translation>Job &amp;List</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
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
        <translation>GPU memory sat at %1 % of the limit from the first minutes: the framework preallocates it, so its usage says nothing of what the job needs and no smaller GPU is suggested.</translation>
    </message>
    <message>
        <source>Peak GPU memory (99.5th percentile) was %1 of %2: %3 would hold it with 15 % to spare.</source>
        <translation>Peak GPU memory (99.5th percentile) was %1 of %2: %3 would hold it with 15 % to spare.</translation>
    </message>
</context>
<context>
    <name>MetricInfo</name>
    <message>
        <source>GPU utilization</source>
        <translation>GPU utilization</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU memory</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU usage</translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation>CPU memory</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>Ephemeral storage</translation>
    </message>
    <message>
        <source>Ephemeral storage utilization</source>
        <translation>Ephemeral storage utilization</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cache utilization</source>
        <translation>Cache utilization</translation>
    </message>
    <message>
        <source>GPU memory limit</source>
        <translation>GPU memory limit</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU limit</translation>
    </message>
    <message>
        <source>memory limit</source>
        <translation>memory limit</translation>
    </message>
</context>
<context>
    <name>MetricsParser</name>
    <message>
        <source>not a finite number (NaN and Infinity are not JSON)</source>
        <translation>not a finite number (NaN and Infinity are not JSON)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an ISO-8601 date-time string</source>
        <translation>an ISO-8601 date-time string</translation>
    </message>
    <message>
        <source>not an ISO-8601 date-time</source>
        <translation>not an ISO-8601 date-time</translation>
    </message>
    <message>
        <source>not a finite number, or out of range</source>
        <translation>not a finite number, or out of range</translation>
    </message>
    <message>
        <source>%1: timestamps out of order or repeated; sorted, keeping the last value of a repeated time</source>
        <translation>%1: timestamps out of order or repeated; sorted, keeping the last value of a repeated time</translation>
    </message>
    <message>
        <source>GPU rank is not a non-negative integer</source>
        <translation>GPU rank is not a non-negative integer</translation>
    </message>
</context>
<context>
    <name>MetricsStore</name>
    <message>
        <source>%1 · %2: values outside what this metric can measure, kept but left out of the axis scale</source>
        <translation>%1 · %2: values outside what this metric can measure, kept but left out of the axis scale</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
</context>
<context>
    <name>RefinementStatus</name>
    <message>
        <source>Fetching every sample</source>
        <translation>Fetching every sample</translation>
    </message>
    <message>
        <source>Share of the view at full resolution</source>
        <translation>Share of the view at full resolution</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop fetching every sample: the charts stay sampled, and say so</source>
        <translation>Stop fetching every sample: the charts stay sampled, and say so</translation>
    </message>
</context>
<context>
    <name>ReportCommandLine</name>
    <message>
        <source>Baseten API base URL (default %1).</source>
        <translation>Baseten API base URL (default %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Training project id (required).</source>
        <translation>Training project id (required).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Training job id (required).</source>
        <translation>Training job id (required).</translation>
    </message>
    <message>
        <source>Start of the window, ISO 8601 (default the job&apos;s start).</source>
        <translation>Start of the window, ISO 8601 (default the job&apos;s start).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>End of the window, ISO 8601 (default the job&apos;s end, or now).</source>
        <translation>End of the window, ISO 8601 (default the job&apos;s end, or now).</translation>
    </message>
    <message>
        <source>Only the job&apos;s last part, such as 6h (s, m, h or d).</source>
        <translation>Only the job&apos;s last part, such as 6h (s, m, h or d).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>Seconds between samples (default the job&apos;s own interval).</source>
        <translation>Seconds between samples (default the job&apos;s own interval).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>text, markdown or json (default text).</source>
        <translation>text, markdown or json (default text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the report to this file.</source>
        <translation>Write the report to this file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1).</source>
        <translation>Give up after this many seconds (default %1).</translation>
    </message>
    <message>
        <source>--last must be a count and a unit of s, m, h or d, such as 6h: %1</source>
        <translation>--last must be a count and a unit of s, m, h or d, such as 6h: %1</translation>
    </message>
    <message>
        <source>--last cannot be combined with --from or --to.</source>
        <translation>--last cannot be combined with --from or --to.</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2</source>
        <translation>--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to must be later than --from.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Not a URL: %1</translation>
    </message>
    <message>
        <source>--format must be text, markdown or json: %1</source>
        <translation>--format must be text, markdown or json: %1</translation>
    </message>
    <message>
        <source>--step must be a whole number of seconds from 1 to 3600: %1</source>
        <translation>--step must be a whole number of seconds from 1 to 3600: %1</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 3600: %1</source>
        <translation>--timeout must be a whole number of seconds from 1 to 3600: %1</translation>
    </message>
    <message>
        <source>Tells what a Baseten training job&apos;s metrics show: lagging ranks, idle GPUs, memory headroom, growth towards a limit, slow starts, checkpoint stalls, phases and the cost of idle GPU time. The API key is read from the environment variable BASETEN_API_KEY.</source>
        <translation>Tells what a Baseten training job&apos;s metrics show: lagging ranks, idle GPUs, memory headroom, growth towards a limit, slow starts, checkpoint stalls, phases and the cost of idle GPU time. The API key is read from the environment variable BASETEN_API_KEY.</translation>
    </message>
    <message>
        <source>Write the report instead of opening the application.</source>
        <translation>Write the report instead of opening the application.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Expected the command &quot;report&quot;.</source>
        <translation>Expected the command &quot;report&quot;.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Missing --%1.</translation>
    </message>
    <message>
        <source>Set the environment variable BASETEN_API_KEY to your Baseten API key.</source>
        <translation>Set the environment variable BASETEN_API_KEY to your Baseten API key.</translation>
    </message>
    <message>
        <source>With --format markdown: also write a picture of the charts over each finding&apos;s span into this folder (created if missing), embedded under the finding.</source>
        <translation>With --format markdown: also write a picture of the charts over each finding&apos;s span into this folder (created if missing), embedded under the finding.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>--png-dir needs a folder.</source>
        <translation>--png-dir needs a folder.</translation>
    </message>
    <message>
        <source>--png-dir works with --format markdown only.</source>
        <translation>--png-dir works with --format markdown only.</translation>
    </message>
</context>
<context>
    <name>ReportFormatter</name>
    <message>
        <source>whole job</source>
        <translation>whole job</translation>
    </message>
    <message>
        <source>%1 rank %2</source>
        <translation>%1 rank %2</translation>
    </message>
    <message>
        <source>Idle GPU time (below 10 %): %1 of %2 GPU-hours</source>
        <translation>Idle GPU time (below 10 %): %1 of %2 GPU-hours</translation>
    </message>
    <message>
        <source>, $%1 at $%2 per %3 GPU-hour</source>
        <translation>, $%1 at $%2 per %3 GPU-hour</translation>
    </message>
    <message>
        <source>GPU memory: not reported.</source>
        <translation>GPU memory: not reported.</translation>
    </message>
    <message>
        <source>GPU memory (99.5th percentile of the fullest GPU): %1 of %2.</source>
        <translation>GPU memory (99.5th percentile of the fullest GPU): %1 of %2.</translation>
    </message>
    <message>
        <source>%1 GB GPUs would do (%2).</source>
        <translation>%1 GB GPUs would do (%2).</translation>
    </message>
    <message>
        <source>%1 %2, %3 idle GPU-hours</source>
        <translation>%1 %2, %3 idle GPU-hours</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stretch(es), %2 in all, %3 idle GPU-hours</source>
        <translation>
            <numerusform>%1: %n stretch, %2 in all, %3 idle GPU-hours</numerusform>
            <numerusform>%1: %n stretches, %2 in all, %3 idle GPU-hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2/%3), %4</source>
        <translation>%1 (%2/%3), %4</translation>
    </message>
    <message>
        <source>Window %1, one sample every %2 s.</source>
        <translation>Window %1, one sample every %2 s.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phases:</translation>
    </message>
    <message>
        <source>Caveats:</source>
        <translation>Caveats:</translation>
    </message>
    <message>
        <source>Insight report: %1</source>
        <translation>Insight report: %1</translation>
    </message>
    <message>
        <source>Job `%1/%2`, %3; window %4, one sample every %5 s.</source>
        <translation>Job `%1/%2`, %3; window %4, one sample every %5 s.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>| severity | kind | where | when | summary |</source>
        <translation>| severity | kind | where | when | summary |</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Caveats</translation>
    </message>
    <message>
        <source>Finding %1 (%2) on the charts</source>
        <translation>Finding %1 (%2) on the charts</translation>
    </message>
</context>
<context>
    <name>SeriesTreeModel</name>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>Job-wide cache</source>
        <translation>Job-wide cache</translation>
    </message>
    <message>
        <source>%1 (not drawn: another node is shown)</source>
        <translation>%1 (not drawn: another node is shown)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Baseten API base URL</source>
        <translation>Baseten API base URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>BASETEN_API_KEY is set and takes precedence</source>
        <translation>BASETEN_API_KEY is set and takes precedence</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unchanged (kept in the system keychain)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Last 15 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation>Whole job</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Base &amp;URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API &amp;key</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>Request &amp;timeout</translation>
    </message>
    <message>
        <source>Live &amp;refresh every</source>
        <translation>Live &amp;refresh every</translation>
    </message>
    <message>
        <source>Default &amp;range</source>
        <translation>Default &amp;range</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>&amp;Clear cache</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Offline cache</translation>
    </message>
    <message>
        <source>The base URL must be an http or https address.</source>
        <translation>The base URL must be an http or https address.</translation>
    </message>
    <message>
        <source>Binary: GiB (1024³ bytes), as GPU memory is specified</source>
        <translation>Binary: GiB (1024³ bytes), as GPU memory is specified</translation>
    </message>
    <message>
        <source>Decimal: GB (1000³ bytes)</source>
        <translation>Decimal: GB (1000³ bytes)</translation>
    </message>
    <message>
        <source>Units for memory and storage sizes</source>
        <translation>Units for memory and storage sizes</translation>
    </message>
    <message>
        <source>Si&amp;zes in</source>
        <translation>Si&amp;zes in</translation>
    </message>
    <message>
        <source>Made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</source>
        <translation>Made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Every sample (a sampled picture first, then refined)</source>
        <translation>Every sample (a sampled picture first, then refined)</translation>
    </message>
    <message>
        <source>Sampled to the chart&apos;s width (less traffic; short dips can be missed)</source>
        <translation>Sampled to the chart&apos;s width (less traffic; short dips can be missed)</translation>
    </message>
    <message>
        <source>Discover per job</source>
        <translation>Discover per job</translation>
    </message>
    <message>
        <source>How often Baseten stored each metric of a job. Trainscope finds it with a short request; set it only if you know better.</source>
        <translation>How often Baseten stored each metric of a job. Trainscope finds it with a short request; set it only if you know better.</translation>
    </message>
    <message>
        <source>Chart &amp;data</source>
        <translation>Chart &amp;data</translation>
    </message>
    <message>
        <source>Scrape &amp;interval</source>
        <translation>Scrape &amp;interval</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Enter API &amp;key…</source>
        <translation>Enter API &amp;key…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Welcome to Trainscope</source>
        <translation>Welcome to Trainscope</translation>
    </message>
    <message>
        <source>Trainscope shows what your Baseten training jobs do to their machines: GPU, CPU, memory and storage over time, for every node and GPU.</source>
        <translation>Trainscope shows what your Baseten training jobs do to their machines: GPU, CPU, memory and storage over time, for every node and GPU.</translation>
    </message>
    <message>
        <source>Baseten API keys are made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;. The key is kept in the system keychain.</source>
        <translation>Baseten API keys are made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;. The key is kept in the system keychain.</translation>
    </message>
    <message>
        <source>The demo runs a simulated Baseten API on this computer, with made-up jobs: no key needed, nothing sent anywhere.</source>
        <translation>The demo runs a simulated Baseten API on this computer, with made-up jobs: no key needed, nothing sent anywhere.</translation>
    </message>
    <message>
        <source>Opens Settings on the API key field</source>
        <translation>Opens Settings on the API key field</translation>
    </message>
    <message>
        <source>Recent jobs</source>
        <translation>Recent jobs</translation>
    </message>
</context>
</TS>
