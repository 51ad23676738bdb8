<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not accept the request; Trainscope may be out of date with the API.</source>
        <translation>Le serveur n’a pas accepté la requête&#xa0;; Trainscope n’est peut-être plus à jour avec l’API.</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>Vérifiez la clé d’API.</translation>
    </message>
    <message>
        <source>The API key has no access to this resource.</source>
        <translation>La clé d’API n’a pas accès à cette ressource.</translation>
    </message>
    <message>
        <source>The project or job does not exist, or is not visible to this API key.</source>
        <translation>Le projet ou la tâche n’existe pas, ou n’est pas visible avec cette clé d’API.</translation>
    </message>
    <message>
        <source>Too many requests; try again shortly.</source>
        <translation>Trop de requêtes&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>Le serveur a rencontré un problème&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered %1</source>
        <translation>Le serveur a répondu %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 seconds; the request was abandoned.</source>
        <translation>Le serveur n’a rien envoyé pendant %1 secondes&#xa0;; la requête a été abandonnée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The API key was not sent: %1</source>
        <translation>La clé d’API n’a pas été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer is larger than the limit of %1 and was abandoned.</source>
        <translation>La réponse dépasse la limite de %1 et a été abandonnée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid project or job id: an id cannot be empty, &quot;.&quot; or &quot;..&quot;. Nothing was sent.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de projet ou de tâche valide&#xa0;: un identifiant ne peut être ni vide, ni «&#xa0;.&#xa0;», ni «&#xa0;..&#xa0;». Rien n’a été envoyé.</translation>
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
        <translation>%1&#xa0;cœur</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1&#xa0;cœurs</translation>
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
        <translation>%1 n’est ni en HTTPS ni une adresse de bouclage.</translation>
    </message>
    <message>
        <source>redirect without a location</source>
        <translation>redirection sans destination</translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1).</source>
        <translation>le serveur a redirigé vers une autre origine (%1).</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>%1 B</source>
        <translation>%1&#xa0;o</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1&#xa0;ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1&#xa0;Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1&#xa0;To</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1&#xa0;Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1&#xa0;Gio</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1&#xa0;Tio</translation>
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
        <translation>Toutes les %1, tous les GPU s’arrêtent %2 pendant l’écriture d’un checkpoint (le stockage éphémère croît au même moment)&#xa0;: %3&#xa0;% du temps d’entraînement.</translation>
    </message>
    <message>
        <source>Every %1 all GPUs stall together for %2: %3 % of the training time.</source>
        <translation>Toutes les %1, tous les GPU s’arrêtent ensemble %2&#xa0;: %3&#xa0;% du temps d’entraînement.</translation>
    </message>
</context>
<context>
    <name>CompareExporter</name>
    <message>
        <source>%1 to %2 since each job&apos;s start</source>
        <translation>de %1 à %2 depuis le début de chaque tâche</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n job(s)</source>
        <translation>
            <numerusform>Comparaison de %n tâche</numerusform>
            <numerusform>Comparaison de %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (échec&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>CompareFrameBuilder</name>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Tableau comparatif</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt; — differences are against the first job</source>
        <translation>&lt;b&gt;Comparaison&lt;/b&gt; — les écarts sont calculés par rapport à la première tâche</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposition</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Columns: one column of charts per job. Overlay: all jobs in one chart per metric, one colour per job.</source>
        <translation>Colonnes&#xa0;: une colonne de graphiques par tâche. Superposition&#xa0;: toutes les tâches dans un graphique par métrique, une couleur par tâche.</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Temps depuis le début</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Heure réelle</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Axe du temps</translation>
    </message>
    <message>
        <source>Align on GPU utilization ≥</source>
        <translation>Aligner sur une utilisation GPU ≥</translation>
    </message>
    <message>
        <source>Align jobs on GPU utilization</source>
        <translation>Aligner les tâches sur l’utilisation GPU</translation>
    </message>
    <message>
        <source>Start each job&apos;s clock when its mean GPU utilization first reaches the threshold: compares training, not queueing and setup.</source>
        <translation>Démarrer l’horloge de chaque tâche quand son utilisation GPU moyenne atteint le seuil pour la première fois&#xa0;: on compare l’entraînement, pas l’attente ni la mise en place.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Alignment threshold in percent</source>
        <translation>Seuil d’alignement en pourcentage</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>First 1 h</source>
        <translation>1re&#xa0;h</translation>
    </message>
    <message>
        <source>First 6 h</source>
        <translation>6 premières&#xa0;h</translation>
    </message>
    <message>
        <source>First 24 h</source>
        <translation>24 premières&#xa0;h</translation>
    </message>
    <message>
        <source>All of the longest job</source>
        <translation>Toute la tâche la plus longue</translation>
    </message>
    <message>
        <source>The %1 of every job, from its zero</source>
        <translation>Les %1 de chaque tâche, depuis son zéro</translation>
    </message>
    <message>
        <source>Show twice the time; or right-click a chart</source>
        <translation>Afficher une durée deux fois plus longue&#xa0;; ou clic droit sur un graphique</translation>
    </message>
    <message>
        <source>Every rank</source>
        <translation>Tous les rangs</translation>
    </message>
    <message>
        <source>Show every rank</source>
        <translation>Afficher tous les rangs</translation>
    </message>
    <message>
        <source>Overlay: draw every GPU rank and node of every job in the job&apos;s colour</source>
        <translation>Superposition&#xa0;: tracer chaque rang GPU et chaque nœud de chaque tâche dans la couleur de la tâche</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export comparison as PNG</source>
        <translation>Exporter la comparaison en PNG</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: analysing when its data has loaded…</source>
        <translation>%1 : analysé dès que ses données sont chargées…</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>aucun constat</translation>
    </message>
    <message>
        <source>%1: not analysed, it could not be loaded.</source>
        <translation>%1&#xa0;: non analysé, le job n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>%1: %2 idle GPU-hours · no lagging rank</source>
        <translation>%1 : %2 heures GPU inactives · aucun rang en retard</translation>
    </message>
    <message>
        <source>%1: %2 idle GPU-hours · ranks lagging for %3</source>
        <translation>%1 : %2 heures GPU inactives · rangs en retard pendant %3</translation>
    </message>
    <message>
        <source>Refining %1</source>
        <translation>Affinage de %1</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>Job %1: %2</source>
        <translation>Tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image could not be drawn.</source>
        <translation>Impossible de dessiner l’image.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>Aucune réponse de %1 en %2 secondes.</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU only × %1</source>
        <translation>CPU seul × %1</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1&#xa0;pts</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures GPU</translation>
    </message>
    <message>
        <source>Mean GPU utilization</source>
        <translation>Utilisation GPU moyenne</translation>
    </message>
    <message>
        <source>p95 GPU utilization</source>
        <translation>Utilisation GPU (p95)</translation>
    </message>
    <message>
        <source>Peak GPU memory</source>
        <translation>Mémoire GPU maximale</translation>
    </message>
    <message>
        <source>p95 GPU memory</source>
        <translation>Mémoire GPU (p95)</translation>
    </message>
    <message>
        <source>GPU memory headroom</source>
        <translation>Marge de mémoire GPU</translation>
    </message>
    <message>
        <source>Peak CPU memory</source>
        <translation>Mémoire CPU maximale</translation>
    </message>
    <message>
        <source>Peak storage</source>
        <translation>Stockage maximal</translation>
    </message>
    <message>
        <source>GPU-hours below 10 % utilization, over every rank.</source>
        <translation>Heures GPU sous 10&#xa0;% d’utilisation, sur tous les rangs.</translation>
    </message>
    <message>
        <source>How long some rank held its peers back.</source>
        <translation>Combien de temps un rang a retenu ses pairs.</translation>
    </message>
    <message>
        <source>%1 holds the 99.5th percentile of GPU memory with 15 % to spare.</source>
        <translation>%1 contient le 99,5e centile de la mémoire GPU avec 15&#xa0;% de marge.</translation>
    </message>
    <message>
        <source>The GPU memory of this job&apos;s machine is not known.</source>
        <translation>La mémoire GPU de la machine de ce job est inconnue.</translation>
    </message>
    <message>
        <source>No GPU memory was reported for this job.</source>
        <translation>Aucune mémoire GPU n’a été relevée pour ce job.</translation>
    </message>
    <message>
        <source>No smaller GPU on offer holds the 99.5th percentile of GPU memory with 15 % to spare: the job&apos;s own GPU is the one to keep.</source>
        <translation>Aucun GPU plus petit parmi l’offre ne contient le 99,5e centile de la mémoire GPU avec 15&#xa0;% de marge&#xa0;: le GPU du job est celui à garder.</translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation>analyse en cours…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The job is analysed once its data has loaded.</source>
        <translation>Le job est analysé dès que ses données sont chargées.</translation>
    </message>
    <message>
        <source>Idle GPU-hours</source>
        <translation>Heures GPU inactives</translation>
    </message>
    <message>
        <source>Lagging ranks (min)</source>
        <translation>Rangs en retard (min)</translation>
    </message>
    <message>
        <source>Recommended GPU memory (GB)</source>
        <translation>Mémoire GPU recommandée (Go)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Visible series only</source>
        <translation>Séries visibles seulement</translation>
    </message>
    <message>
        <source>All series, hidden ones too</source>
        <translation>Toutes les séries, masquées comprises</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The samples of the window in view, as measured</source>
        <translation>Les mesures de la période affichée, telles que relevées</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>S&amp;eries</source>
        <translation>&amp;Séries</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>Aucune réponse de %1 en %2 secondes.</translation>
    </message>
    <message>
        <source>The window is empty: --from must be before the job&apos;s end, --to after its start.</source>
        <translation>La fenêtre est vide&#xa0;: --from doit précéder la fin de la tâche, et --to suivre son début.</translation>
    </message>
    <message>
        <source>The window lies outside the job&apos;s lifetime (%1 to %2).</source>
        <translation>La fenêtre est en dehors de la durée de vie de la tâche (de %1 à %2).</translation>
    </message>
    <message>
        <source>Unknown node %1: this job reports no named nodes.</source>
        <translation>Nœud %1 inconnu&#xa0;: cette tâche ne signale aucun nœud nommé.</translation>
    </message>
    <message>
        <source>Unknown node %1; this job has %2.</source>
        <translation>Nœud %1 inconnu&#xa0;; cette tâche a %2.</translation>
    </message>
    <message>
        <source>The image could not be drawn.</source>
        <translation>Impossible de dessiner l’image.</translation>
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
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 courbe</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 courbes</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 autres</translation>
    </message>
    <message>
        <source>%1 – %2 %3 (%4)</source>
        <translation>%1 – %2 %3 (%4)</translation>
    </message>
    <message>
        <source>node %1 of %2</source>
        <translation>nœud %1 sur %2</translation>
    </message>
    <message>
        <source>%1 nodes, mean per node</source>
        <translation>%1 nœuds, moyenne par nœud</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 nœud</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 nœuds</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 chacun</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Aucune donnée sur cette période</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Series shown in the charts</source>
        <translation>Séries affichées dans les graphiques</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous time range (Alt+Left)</source>
        <translation>Période précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next time range (Alt+Right)</source>
        <translation>Période suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show twice the time (Ctrl+-); or right-click a chart</source>
        <translation>Afficher une durée deux fois plus longue (Ctrl+-)&#xa0;; ou clic droit sur un graphique</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15&#xa0;min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1&#xa0;h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6&#xa0;h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24&#xa0;h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7&#xa0;j</translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation>Toute la tâche</translation>
    </message>
    <message>
        <source>From the job&apos;s start to its end (or now)</source>
        <translation>Du début de la tâche à sa fin (ou à maintenant)</translation>
    </message>
    <message>
        <source>The last %1 of the job</source>
        <translation>Les dernières %1 de la tâche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
    <message>
        <source>One node</source>
        <translation>Un nœud</translation>
    </message>
    <message>
        <source>Mean per node</source>
        <translation>Moyenne par nœud</translation>
    </message>
    <message>
        <source>Mean per node: one line per node with the min–max band of its GPUs</source>
        <translation>Moyenne par nœud&#xa0;: une courbe par nœud avec la bande min–max de ses GPU</translation>
    </message>
    <message>
        <source>Nodes shown</source>
        <translation>Nœuds affichés</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Live refresh interval</source>
        <translation>Intervalle d’actualisation en direct</translation>
    </message>
    <message>
        <source>Live refresh interval in seconds</source>
        <translation>Intervalle d’actualisation en direct, en secondes</translation>
    </message>
    <message>
        <source>Loading metrics</source>
        <translation>Chargement des métriques</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Show the &amp;whole job</source>
        <translation>Afficher toute la &amp;tâche</translation>
    </message>
    <message>
        <source>No metrics loaded</source>
        <translation>Aucune métrique chargée</translation>
    </message>
    <message>
        <source>Loading metrics…</source>
        <translation>Chargement des métriques…</translation>
    </message>
    <message>
        <source>No metrics in this time range</source>
        <translation>Aucune métrique sur cette période</translation>
    </message>
    <message>
        <source>The server has no samples of %1 between these times.</source>
        <translation>Le serveur n’a aucun échantillon de %1 sur cette période.</translation>
    </message>
    <message>
        <source>The job has been created and waits to be scheduled.</source>
        <translation>La tâche a été créée et attend d’être planifiée.</translation>
    </message>
    <message>
        <source>The job waits for Baseten to schedule it.</source>
        <translation>La tâche attend que Baseten la planifie.</translation>
    </message>
    <message>
        <source>The job waits in the queue for free GPUs.</source>
        <translation>La tâche attend des GPU libres dans la file d’attente.</translation>
    </message>
    <message>
        <source>Its machines are starting and loading the job&apos;s image.</source>
        <translation>Ses machines démarrent et chargent l’image de la tâche.</translation>
    </message>
    <message>
        <source>The job failed before it started, so it has no metrics. The error above says why.</source>
        <translation>La tâche a échoué avant de démarrer, elle n’a donc aucune métrique. L’erreur ci-dessus en donne la raison.</translation>
    </message>
    <message numerus="yes">
        <source>Its charts appear here once it runs; Trainscope checks every %n second(s).</source>
        <translation>
            <numerusform>Ses graphiques apparaîtront ici dès qu’elle tournera&#xa0;; Trainscope vérifie à intervalles de %n seconde.</numerusform>
            <numerusform>Ses graphiques apparaîtront ici dès qu’elle tournera&#xa0;; Trainscope vérifie à intervalles de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its charts appear here once it runs: switch on Live, or press Refresh, to check.</source>
        <translation>Ses graphiques apparaîtront ici dès qu’elle tournera&#xa0;: activez «&#xa0;En direct&#xa0;» ou cliquez sur «&#xa0;Actualiser&#xa0;» pour vérifier.</translation>
    </message>
    <message>
        <source>Follow a running job: refresh on an interval and keep its latest data in view (%1)</source>
        <translation>Suivre un job en cours&#xa0;: actualiser à intervalles et garder ses dernières données en vue (%1)</translation>
    </message>
    <message>
        <source>Times are shown in local time: %1, %2</source>
        <translation>Heures affichées en heure locale&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Paused · Resume</source>
        <translation>En pause · Reprendre</translation>
    </message>
    <message>
        <source>Live is paused while the view shows the past: return to now</source>
        <translation>Le direct est en pause tant que la vue montre le passé&#xa0;: revenir à maintenant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The job is shorter than %1: see the whole job</source>
        <translation>Le job dure moins de %1&#xa0;: voir le job entier</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>&amp;Series Panel</source>
        <translation>Panneau des &amp;séries</translation>
    </message>
    <message>
        <source>Show or hide the list of series beside the charts</source>
        <translation>Afficher ou masquer la liste des séries à côté des graphiques</translation>
    </message>
    <message>
        <source>Notes on the data: %1</source>
        <translation>Remarques sur les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Heatmap rows by node</source>
        <translation>Lignes de la carte thermique par nœud</translation>
    </message>
    <message>
        <source>Heatmap rows by finding score</source>
        <translation>Lignes de la carte thermique par poids des constats</translation>
    </message>
    <message>
        <source>By finding score: the ranks the findings concern most come first</source>
        <translation>Par poids des constats : les rangs que les constats concernent le plus en premier</translation>
    </message>
    <message>
        <source>Heatmap row order</source>
        <translation>Ordre des lignes de la carte thermique</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte thermique</translation>
    </message>
    <message>
        <source>Show %1 as a heatmap, a row per GPU, or as lines</source>
        <translation>Afficher %1 en carte thermique, une ligne par GPU, ou en courbes</translation>
    </message>
    <message>
        <source>Heatmap of %1</source>
        <translation>Carte thermique de %1</translation>
    </message>
    <message>
        <source>%1 heatmap</source>
        <translation>Carte thermique %1</translation>
    </message>
    <message>
        <source>No job open</source>
        <translation>Aucune tâche ouverte</translation>
    </message>
    <message>
        <source>Open a job from the list to see its charts.</source>
        <translation>Ouvrez une tâche de la liste pour voir ses graphiques.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Resource metrics of Baseten training jobs, on the desktop.
Run &quot;trainscope export --help&quot; for the headless PNG and CSV export.</source>
        <translation>Les métriques de ressources des tâches d’entraînement Baseten, sur le bureau.
Lancez «&#xa0;trainscope export --help&#xa0;» pour l’exportation PNG et CSV sans fenêtre.</translation>
    </message>
    <message>
        <source>Open on built-in demo data, served by a simulated Baseten API on this machine.</source>
        <translation>Ouvrir sur des données de démonstration intégrées, servies par une API Baseten simulée sur cette machine.</translation>
    </message>
    <message>
        <source>Baseten API base URL (default: the one in Settings, else %1).</source>
        <translation>URL de base de l’API Baseten (par défaut&#xa0;: celle des paramètres, sinon %1).</translation>
    </message>
    <message>
        <source>Project of the job to open.</source>
        <translation>Projet de la tâche à ouvrir.</translation>
    </message>
    <message>
        <source>Fail a transfer that receives nothing for this long (default 30).</source>
        <translation>Abandonner un transfert qui ne reçoit rien pendant cette durée (30 par défaut).</translation>
    </message>
    <message>
        <source>Demo: delay every answer of the simulated server.</source>
        <translation>Démo&#xa0;: retarder chaque réponse du serveur simulé.</translation>
    </message>
    <message>
        <source>Demo: answer this fraction of requests with 500 or 503.</source>
        <translation>Démo&#xa0;: répondre à cette proportion de requêtes par 500 ou 503.</translation>
    </message>
    <message>
        <source>Demo: answer every Nth request with 429 and retry_after.</source>
        <translation>Démo&#xa0;: répondre à chaque N-ième requête par 429 et retry_after.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout attend un nombre de secondes de 1 à 3600.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Pas une URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>A --demo-* option has a value out of range.</source>
        <translation>Une option --demo-* a une valeur hors limites.</translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation>Impossible de démarrer le serveur de démonstration.</translation>
    </message>
    <message>
        <source>Job to open: an id with --project, or PROJECT/JOB. Given two to six times as PROJECT/JOB, opens those jobs side by side for comparison.</source>
        <translation>Tâche à ouvrir&#xa0;: un identifiant avec --project, ou PROJET/TÂCHE. Donnée deux à six fois sous la forme PROJET/TÂCHE, ouvre ces tâches côte à côte pour les comparer.</translation>
    </message>
    <message>
        <source>--project takes one --job id; to compare, give --job PROJECT/JOB per job.</source>
        <translation>--project attend un seul identifiant --job&#xa0;; pour comparer, donnez --job PROJET/TÂCHE par tâche.</translation>
    </message>
    <message>
        <source>--job without --project must be PROJECT/JOB: %1</source>
        <translation>--job sans --project doit être de la forme PROJET/TÂCHE&#xa0;: %1</translation>
    </message>
    <message>
        <source>At most %1 jobs can be compared.</source>
        <translation>On peut comparer au plus %1 tâches.</translation>
    </message>
    <message>
        <source>A trainscope: link to a shared view (optional).</source>
        <translation>Un lien trainscope: vers une vue partagée (facultatif).</translation>
    </message>
    <message>
        <source>Not a Trainscope link: %1</source>
        <translation>Pas un lien Trainscope&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;j</translation>
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
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fermer le message d’erreur</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Relancer la requête</translation>
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
        <translation>erreur · %1 · %2</translation>
    </message>
</context>
<context>
    <name>ExportCommandLine</name>
    <message>
        <source>Baseten API base URL (default %1).</source>
        <translation>URL de base de l’API Baseten (par défaut %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Image size in logical pixels, WIDTHxHEIGHT (default 1600x1200).</source>
        <translation>Taille de l’image en pixels logiques, LARGEURxHAUTEUR (1600x1200 par défaut).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Image pixels per logical pixel: 2 for HiDPI (default 1).</source>
        <translation>Pixels d’image par pixel logique&#xa0;: 2 pour le HiDPI (1 par défaut).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <source>Write the image to this file (required).</source>
        <translation>Écrire l’image dans ce fichier (obligatoire).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1).</source>
        <translation>Abandonner après ce nombre de secondes (%1 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Run the export instead of the application.</source>
        <translation>Lancer l’exportation au lieu de l’application.</translation>
    </message>
    <message>
        <source>Expected the command &quot;export&quot;.</source>
        <translation>La commande «&#xa0;export&#xa0;» était attendue.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, such as 1600x1200: %1</source>
        <translation>--size doit être de la forme LARGEURxHAUTEUR, par exemple 1600x1200&#xa0;: %1</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.5 to 4: %1</source>
        <translation>--scale doit être un nombre de 0.5 à 4&#xa0;: %1</translation>
    </message>
    <message>
        <source>--size must be at least %1x%1.</source>
        <translation>--size doit valoir au moins %1x%1.</translation>
    </message>
    <message>
        <source>The image would be larger than %1 pixels a side; lower --size or --scale.</source>
        <translation>L’image dépasserait %1 pixels de côté&#xa0;; réduisez --size ou --scale.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Pas une URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>--%1 manquant.</translation>
    </message>
    <message>
        <source>Set the environment variable BASETEN_API_KEY to your Baseten API key.</source>
        <translation>Définissez la variable d’environnement BASETEN_API_KEY avec votre clé d’API Baseten.</translation>
    </message>
    <message>
        <source>--last must be a count and a unit of s, m, h or d, such as 6h: %1</source>
        <translation>--last doit être un nombre suivi d’une unité s, m, h ou d, par exemple 6h&#xa0;: %1</translation>
    </message>
    <message>
        <source>--last cannot be combined with --from or --to.</source>
        <translation>--last ne peut pas être combiné avec --from ou --to.</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2</source>
        <translation>--%1 n’est pas une heure ISO 8601 comme 2026-03-01T09:00:00Z&#xa0;: %2</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to doit être postérieur à --from.</translation>
    </message>
    <message>
        <source>--compare takes %1 to %2 --job options; got %3.</source>
        <translation>--compare attend de %1 à %2 options --job&#xa0;; reçu&#xa0;: %3.</translation>
    </message>
    <message>
        <source>--job must be PROJECT/JOB with --compare: %1</source>
        <translation>--job doit être de la forme PROJET/TÂCHE avec --compare&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training project id (required).</source>
        <translation>Identifiant du projet d’entraînement (obligatoire).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Training job id (required).</source>
        <translation>Identifiant de la tâche d’entraînement (obligatoire).</translation>
    </message>
    <message>
        <source>Start of the window, ISO 8601 (2026-03-01T09:00:00Z). Default: the job&apos;s start.</source>
        <translation>Début de la fenêtre, ISO 8601 (2026-03-01T09:00:00Z). Par défaut&#xa0;: le début de la tâche.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>End of the window, ISO 8601. Default: the job&apos;s end, or now while it runs.</source>
        <translation>Fin de la fenêtre, ISO 8601. Par défaut&#xa0;: la fin de la tâche, ou maintenant si elle est en cours.</translation>
    </message>
    <message>
        <source>The last part of the job instead of all of it: a count and a unit of s, m, h or d (15m, 6h, 7d). Ends at the job&apos;s end, or now while it runs.</source>
        <translation>La dernière partie de la tâche au lieu de la totalité&#xa0;: un nombre et une unité s, m, h ou d (15m, 6h, 7d). Se termine à la fin de la tâche, ou maintenant si elle est en cours.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>One node&apos;s series, or &quot;all&quot; for every node (default).</source>
        <translation>Les séries d’un nœud, ou «&#xa0;all&#xa0;» pour tous les nœuds (par défaut).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Export one chart instead of the dashboard: %1.</source>
        <translation>Exporter un seul graphique au lieu du tableau de bord&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Also write the raw series of the window to this CSV file.</source>
        <translation>Écrire aussi les séries brutes de la fenêtre dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Compare two to six jobs instead: see &quot;trainscope export --compare --help&quot;.</source>
        <translation>Pour comparer plutôt deux à six tâches&#xa0;: voir «&#xa0;trainscope export --compare --help&#xa0;».</translation>
    </message>
    <message>
        <source>Compare jobs (this mode).</source>
        <translation>Comparer des tâches (ce mode).</translation>
    </message>
    <message>
        <source>A job to compare as PROJECT/JOB; give it two to six times. The first job is the one the table&apos;s differences are against.</source>
        <translation>Une tâche à comparer, sous la forme PROJET/TÂCHE&#xa0;; à donner deux à six fois. Les écarts du tableau sont calculés par rapport à la première tâche.</translation>
    </message>
    <message>
        <source>project/job</source>
        <translation>projet/tâche</translation>
    </message>
    <message>
        <source>The first part of each job instead of all of it, on time since the job&apos;s start: a count and a unit of s, m, h or d (1h, 6h, 7d). The table covers the same part.</source>
        <translation>La première partie de chaque tâche au lieu de la totalité, depuis le début de la tâche&#xa0;: un nombre et une unité s, m, h ou d (1h, 6h, 7d). Le tableau couvre la même partie.</translation>
    </message>
    <message>
        <source>columns (a column of charts per job, the default) or overlay (one chart per metric, a colour per job).</source>
        <translation>columns (une colonne de graphiques par tâche, par défaut) ou overlay (un graphique par métrique, une couleur par tâche).</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>disposition</translation>
    </message>
    <message>
        <source>Also write the comparison table to this CSV file: a header row, then one row per job in SI units.</source>
        <translation>Écrire aussi le tableau comparatif dans ce fichier CSV&#xa0;: une ligne d’en-tête, puis une ligne par tâche en unités SI.</translation>
    </message>
    <message>
        <source>Exports the dashboard of a Baseten training job as a PNG image, and optionally its raw series as CSV, without opening a window. The API key is read from the environment variable BASETEN_API_KEY.</source>
        <translation>Exporte le tableau de bord d’une tâche d’entraînement Baseten en image PNG, et si on le souhaite ses séries brutes en CSV, sans ouvrir de fenêtre. La clé d’API est lue dans la variable d’environnement BASETEN_API_KEY.</translation>
    </message>
    <message>
        <source>Unknown --metric %1; one of %2.</source>
        <translation>--metric %1 inconnue&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Exports a comparison of two to six Baseten training jobs as a PNG image: their charts side by side on time since each job&apos;s start, and the comparison table; optionally the table as CSV. The API key is read from the environment variable BASETEN_API_KEY.
Every job must load: if any fails, each failure is reported on its own line of stderr, nothing is written and the exit code is 1.</source>
        <translation>Exporte une comparaison de deux à six tâches d’entraînement Baseten en image PNG&#xa0;: leurs graphiques côte à côte selon le temps écoulé depuis le début de chaque tâche, et le tableau comparatif&#xa0;; en option, le tableau en CSV. La clé d’API est lue dans la variable d’environnement BASETEN_API_KEY.
Chaque tâche doit se charger&#xa0;: en cas d’échec, chaque erreur est signalée sur sa propre ligne de stderr, rien n’est écrit et le code de sortie vaut 1.</translation>
    </message>
    <message>
        <source>--layout must be columns or overlay: %1</source>
        <translation>--layout doit valoir columns ou overlay&#xa0;: %1</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from %1 to %2: %3</source>
        <translation>--timeout doit être un nombre entier de secondes de %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>full: wait for every sample the API kept (default); sampled: one sample per pixel column, faster, but short dips can be missed.</source>
        <translation>full&#xa0;: attendre chaque mesure conservée par l’API (par défaut)&#xa0;; sampled&#xa0;: une mesure par colonne de pixels, plus rapide, mais de brèves baisses peuvent manquer.</translation>
    </message>
    <message>
        <source>full|sampled</source>
        <translation>full|sampled</translation>
    </message>
    <message>
        <source>--resolution must be full or sampled: %1</source>
        <translation>--resolution doit valoir full ou sampled&#xa0;: %1</translation>
    </message>
    <message>
        <source>dashboard (default): every chart; heatmap: GPU utilization and GPU memory as heatmaps, a row per GPU.</source>
        <translation>dashboard (par défaut) : tous les graphiques ; heatmap : utilisation et mémoire GPU en cartes thermiques, une ligne par GPU.</translation>
    </message>
    <message>
        <source>Unknown --view %1; one of dashboard, heatmap.</source>
        <translation>--view %1 inconnue ; l’une de dashboard, heatmap.</translation>
    </message>
    <message>
        <source>--view heatmap shows both GPU metrics: leave out --metric.</source>
        <translation>--view heatmap montre les deux métriques GPU : omettez --metric.</translation>
    </message>
    <message>
        <source>List the job&apos;s findings under the charts: severity, summary and why, with what the metrics cannot show. The image grows taller to hold them.</source>
        <translation>Lister les constats du job sous les graphiques&#xa0;: gravité, résumé et raison, avec ce que les métriques ne peuvent pas montrer. L’image s’allonge pour les contenir.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Whole dashboard</source>
        <translation>Tout le tableau de bord</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1× (standard)</translation>
    </message>
    <message>
        <source>2× (HiDPI, sharp on retina screens and in print)</source>
        <translation>2× (HiDPI, net sur les écrans Retina et à l’impression)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>É&amp;chelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>%1 écrit (%2 × %3 pixels).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>Fidelity</name>
    <message>
        <source>sampled every %1</source>
        <translation>échantillonné toutes les %1</translation>
    </message>
    <message>
        <source>%1 — refining %2 %</source>
        <translation>%1 — affinage %2&#xa0;%</translation>
    </message>
    <message>
        <source>every sample (%1)</source>
        <translation>chaque mesure (%1)</translation>
    </message>
    <message>
        <source>%1 — reading every sample from the offline cache</source>
        <translation>%1 — lecture de chaque échantillon depuis le cache hors ligne</translation>
    </message>
    <message>
        <source>%1 — refining</source>
        <translation>%1 — affinage</translation>
    </message>
</context>
<context>
    <name>FindingImages</name>
    <message>
        <source>--png-dir %1 is a file, not a folder.</source>
        <translation>--png-dir %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write into the folder %1: %2</source>
        <translation>Impossible d’écrire dans le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The picture of finding %1 could not be drawn.</source>
        <translation>L’image du constat %1 n’a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Blind spots: %1</source>
        <translation>Angles morts&#xa0;: %1</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s), less serious: the job&apos;s report lists them all (trainscope report).</source>
        <translation>
            <numerusform>… et %n autre constat, moins grave&#xa0;: le rapport de la tâche les liste tous (trainscope report).</numerusform>
            <numerusform>… et %n autres constats, moins graves&#xa0;: le rapport de la tâche les liste tous (trainscope report).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Analysing the job once its data has loaded…</source>
        <translation>Le job sera analysé une fois ses données chargées…</translation>
    </message>
    <message>
        <source>Findings appear here once the job&apos;s metrics have loaded.</source>
        <translation>Les constats apparaissent ici une fois les métriques du job chargées.</translation>
    </message>
    <message>
        <source>Nothing stands out in this job&apos;s metrics.</source>
        <translation>Rien ne ressort des métriques de ce job.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); select one to see it on the charts.</source>
        <translation>
            <numerusform>%n constat ; sélectionnez-le pour le voir sur les graphiques.</numerusform>
            <numerusform>%n constats ; sélectionnez-en un pour le voir sur les graphiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>(updating)</source>
        <translation>(mise à jour)</translation>
    </message>
</context>
<context>
    <name>FrameBuilder</name>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>(mean, min–max)</source>
        <translation>(moyenne, min–max)</translation>
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
        <translation>le nœud</translation>
    </message>
    <message>
        <source>Host memory on %1 grows by %2 per hour and would reach the limit in %3.</source>
        <translation>La mémoire de l’hôte sur %1 croît de %2 par heure et atteindrait la limite dans %3.</translation>
    </message>
    <message>
        <source>Ephemeral storage on %1 fills by %2 % of its size per hour and would be full in %3.</source>
        <translation>Le stockage éphémère sur %1 se remplit de %2&#xa0;% de sa taille par heure et serait plein dans %3.</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>%1 · GPU %2</source>
        <translation>%1 · GPU %2</translation>
    </message>
    <message>
        <source>no data yet for this time</source>
        <translation>pas encore de données pour ce moment</translation>
    </message>
    <message>
        <source>no data: no sample measured here</source>
        <translation>pas de données : aucun échantillon mesuré ici</translation>
    </message>
    <message>
        <source>lowest here: %1</source>
        <translation>valeur la plus basse ici : %1</translation>
    </message>
    <message>
        <source>highest here: %1</source>
        <translation>valeur la plus haute ici : %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Building the heatmap…</source>
        <translation>Création de la carte thermique…</translation>
    </message>
</context>
<context>
    <name>IdleGpuDetector</name>
    <message>
        <source>the node</source>
        <translation>le nœud</translation>
    </message>
    <message>
        <source>GPU %1 on %2 sat idle for %3 while holding its memory.</source>
        <translation>Le GPU %1 sur %2 est resté inactif %3 tout en gardant sa mémoire.</translation>
    </message>
    <message>
        <source>GPU %1 on %2 stayed below 10 % utilization for %3 while the job ran.</source>
        <translation>Le GPU %1 sur %2 est resté sous 10&#xa0;% d’utilisation pendant %3 alors que le job tournait.</translation>
    </message>
    <message>
        <source>All %1 GPUs of %2 stayed below 10 % utilization for %3 while the job ran.</source>
        <translation>Les %1 GPU de %2 sont restés sous 10&#xa0;% d’utilisation pendant %3 alors que le job tournait.</translation>
    </message>
</context>
<context>
    <name>ImbalanceDetector</name>
    <message>
        <source>Rank %1 on %2 is busy unlike its peers (mean %3 % against %4 %, Jensen–Shannon distance %5).</source>
        <translation>Le rang %1 sur %2 est occupé autrement que ses pairs (moyenne %3&#xa0;% contre %4&#xa0;%, distance de Jensen-Shannon %5).</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>le nœud</translation>
    </message>
</context>
<context>
    <name>InsightEngine</name>
    <message>
        <source>The job took %1 to reach steady GPU utilization (%2 GPU-hours idle meanwhile).</source>
        <translation>Le job a mis %1 à atteindre une utilisation GPU stable (%2 heures-GPU inactives entre-temps).</translation>
    </message>
    <message>
        <source>Utilization is the share of time a kernel ran, not how much of the GPU it used: a busy GPU can still be inefficient.</source>
        <translation>L’utilisation est la part du temps où un noyau s’exécutait, pas la part du GPU qu’il occupait&#xa0;: un GPU occupé peut rester inefficace.</translation>
    </message>
    <message>
        <source>Analysed at one sample every %1; anything shorter may be missed.</source>
        <translation>Analysé à raison d’un point toutes les %1&#xa0;; ce qui est plus bref peut échapper.</translation>
    </message>
    <message>
        <source>No GPU utilization was reported for this job, so nothing can be said about its GPUs.</source>
        <translation>Aucune utilisation GPU n’a été rapportée pour ce job&#xa0;: rien ne peut être dit de ses GPU.</translation>
    </message>
    <message>
        <source>The machines on offer are not listed here, so no smaller GPU is suggested.</source>
        <translation>Les machines proposées ne sont pas listées ici&#xa0;: aucun GPU plus petit n’est suggéré.</translation>
    </message>
    <message>
        <source>The GPUs of this job report at times they do not share, more of them than can be compared rank by rank, so nothing is said about its GPUs.</source>
        <translation>Les GPU de ce job se signalent à des instants qu’ils ne partagent pas, trop nombreux pour les comparer rang par rang&#xa0;: rien n’est donc dit de ses GPU.</translation>
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
        <translation>des rangs prennent du retard à tour de rôle pendant %1</translation>
    </message>
    <message>
        <source>%1 held back for %2</source>
        <translation>%1 freiné pendant %2</translation>
    </message>
    <message>
        <source>%1 busy unlike its peers</source>
        <translation>%1 occupé autrement que ses pairs</translation>
    </message>
    <message>
        <source>%1 idle for %2</source>
        <translation>%1 inactif pendant %2</translation>
    </message>
    <message>
        <source>%1 idle but holding its memory for %2</source>
        <translation>%1 inactif mais gardant sa mémoire pendant %2</translation>
    </message>
    <message>
        <source>GPU memory oversized</source>
        <translation>mémoire GPU surdimensionnée</translation>
    </message>
    <message>
        <source>GPU memory preallocated</source>
        <translation>mémoire GPU préallouée</translation>
    </message>
    <message>
        <source>host memory grows toward its limit</source>
        <translation>la mémoire de l’hôte croît vers sa limite</translation>
    </message>
    <message>
        <source>%1: host memory grows toward its limit</source>
        <translation>%1 : la mémoire de l’hôte croît vers sa limite</translation>
    </message>
    <message>
        <source>storage grows toward its limit</source>
        <translation>le stockage croît vers sa limite</translation>
    </message>
    <message>
        <source>%1: storage grows toward its limit</source>
        <translation>%1 : le stockage croît vers sa limite</translation>
    </message>
    <message>
        <source>startup took %1</source>
        <translation>le démarrage a pris %1</translation>
    </message>
    <message>
        <source>checkpoint stalls</source>
        <translation>arrêts pendant les checkpoints</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n autre)</numerusform>
            <numerusform> (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % GPU memory headroom</source>
        <translation>%1 % de marge de mémoire GPU</translation>
    </message>
    <message>
        <source>%1 idle GPU-hours</source>
        <translation>%1 heures GPU inactives</translation>
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
        <translation>Filtrer les tâches par nom, état, GPU… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Filtrer les tâches</translation>
    </message>
    <message>
        <source>Projects and jobs</source>
        <translation>Projets et tâches</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Load the jobs of this project again</source>
        <translation>Recharger les tâches de ce projet</translation>
    </message>
</context>
<context>
    <name>JobCard</name>
    <message>
        <source>Job details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Job %1 in project %2</source>
        <translation>Tâche %1 du projet %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 × %2 GPUs per node</source>
        <translation>%1 × %2 GPU par nœud</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>%1 par GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>instance %1</translation>
    </message>
    <message>
        <source>CPU limit %1 cores</source>
        <translation>limite CPU %1 cœurs</translation>
    </message>
    <message>
        <source>memory limit %1</source>
        <translation>limite de mémoire %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créée le %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mise à jour le %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Preempted: %1</source>
        <translation>Préempté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>checkpoints syncing</source>
        <translation>points de contrôle en cours de synchronisation</translation>
    </message>
    <message>
        <source>checkpoints synced</source>
        <translation>points de contrôle synchronisés</translation>
    </message>
    <message>
        <source>checkpoint sync failed</source>
        <translation>échec de la synchronisation des points de contrôle</translation>
    </message>
    <message>
        <source>checkpoint sync: %1</source>
        <translation>synchronisation des points de contrôle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JobCatalog</name>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>jobs of project %1</source>
        <translation>tâches du projet %1</translation>
    </message>
</context>
<context>
    <name>JobInsight</name>
    <message>
        <source>Only the part of the job loaded so far was analysed, %1 to %2: show the whole job for all of it.</source>
        <translation>Seule la partie du job chargée jusqu’ici a été analysée, du %1 au %2 : affichez tout le job pour l’analyser entièrement.</translation>
    </message>
</context>
<context>
    <name>JobReport</name>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>Pas de réponse de %1 en %2 secondes.</translation>
    </message>
    <message>
        <source>The window lies outside the job&apos;s lifetime (%1 to %2).</source>
        <translation>La fenêtre est hors de la durée de vie du job (%1 à %2).</translation>
    </message>
    <message>
        <source>The machines on offer could not be listed, so no smaller GPU is suggested.</source>
        <translation>Les machines proposées n’ont pas pu être listées&#xa0;: aucun GPU plus petit n’est suggéré.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 findings).</source>
        <translation>%1 écrit (%2 constats).</translation>
    </message>
</context>
<context>
    <name>JobTreeModel</name>
    <message>
        <source>CPU only</source>
        <translation>CPU seul</translation>
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
        <translation>En attente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Deploy failed</source>
        <translation>Échec du déploiement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Préemptée</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>The server did not say; the dashboard shows the nodes it reports metrics for.</source>
        <translation>Le serveur ne l’a pas indiqué&#xa0;; le tableau de bord montre les nœuds dont il fournit les métriques.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Jobs not loaded</source>
        <translation>Tâches non chargées</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the finished jobs kept on this computer.</source>
        <translation>Le serveur est injoignable&#xa0;: voici les tâches terminées conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Kept on this computer from an earlier session: opens without the server.</source>
        <translation>Conservée sur cet ordinateur depuis une session précédente&#xa0;: s’ouvre sans le serveur.</translation>
    </message>
    <message>
        <source>%1 · offline</source>
        <extracomment>A job listed from the offline cache: its status, e.g. &quot;Completed · offline&quot;</extracomment>
        <translation>%1 · hors ligne</translation>
    </message>
    <message>
        <source>GPU type × GPUs per node</source>
        <translation>Type de GPU × GPU par nœud</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>empty body: the server sent no JSON</source>
        <translation>corps vide&#xa0;: le serveur n’a envoyé aucun JSON</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON était attendu au premier niveau</translation>
    </message>
    <message>
        <source>not JSON: the body starts with &apos;%1&apos;</source>
        <translation>pas du JSON&#xa0;: le corps commence par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>truncated JSON: the body ends after %1 bytes, before the object is closed</source>
        <translation>JSON tronqué&#xa0;: le corps s’arrête après %1 octets, avant la fermeture de l’objet</translation>
    </message>
    <message>
        <source>not valid UTF-8 (the first bad byte is at offset %1)</source>
        <translation>UTF-8 non valide (le premier octet erroné est à la position %1)</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>unexpected content after the JSON object</source>
        <translation>contenu inattendu après l’objet JSON</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>un autre type</translation>
    </message>
    <message>
        <source>not a finite number, or out of range</source>
        <translation>pas un nombre fini, ou hors limites</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>truncated or malformed JSON</source>
        <translation>JSON tronqué ou mal formé</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>JSON mal formé (%1)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an ISO-8601 date-time string</source>
        <translation>une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>not an ISO-8601 date-time</source>
        <translation>pas une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>hors limites</translation>
    </message>
    <message>
        <source>an id of %1 bytes, longer than the %2 bytes an id may have</source>
        <translation>un identifiant de %1 octets, plus long que les %2 octets permis pour un identifiant</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>plus de %1 entrées</translation>
    </message>
    <message>
        <source>a negative size</source>
        <translation>une taille négative</translation>
    </message>
    <message>
        <source>epoch nanoseconds as a string of digits</source>
        <translation>des nanosecondes depuis l&apos;époque, en chiffres</translation>
    </message>
</context>
<context>
    <name>KeychainApiKeyStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not store the key in the system keychain: %1</source>
        <translation>Impossible d’enregistrer la clé dans le trousseau du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LaggingRankDetector</name>
    <message>
        <source>Rank %1 on %2 worked at %3 % of its peers&apos; utilization for %4: its host or input holds it back.</source>
        <translation>Le rang %1 sur %2 a travaillé à %3&#xa0;% de l’utilisation de ses pairs pendant %4&#xa0;: son hôte ou ses entrées le freinent.</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>le nœud</translation>
    </message>
    <message>
        <source>The lagging rank moves: %1 ranks took turns at %2 % of their peers for %3 in all; the input pipeline cannot keep up.</source>
        <translation>Le rang en retard change&#xa0;: %1 rangs ont tour à tour tourné à %2&#xa0;% de leurs pairs, %3 en tout&#xa0;; le pipeline d’entrée ne suit pas.</translation>
    </message>
    <message>
        <source>NVML counts a GPU waiting in a collective as busy, so a rank slow in compute makes its peers look fully busy: only ranks held back by their host or input show here, not every straggler.</source>
        <translation>NVML compte comme occupé un GPU qui attend dans une opération collective&#xa0;: un rang lent au calcul fait paraître ses pairs pleinement occupés. Seuls les rangs freinés par leur hôte ou leurs entrées apparaissent ici, pas tous les retardataires.</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>Click to hide, double-click to show only this series</source>
        <translation>Cliquer pour masquer, double-cliquer pour n’afficher que cette série</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series hidden</source>
        <translation>
            <numerusform>%1 sur %n série masquée</numerusform>
            <numerusform>%1 sur %n séries masquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: click to show this series again</source>
        <translation>Masquée&#xa0;: cliquer pour réafficher cette série</translation>
    </message>
</context>
<context>
    <name>LogLineModel</name>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
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
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Débogage et plus</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Niveau minimal</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Lignes de journal</translation>
    </message>
    <message>
        <source>Logs could not be loaded: %1</source>
        <translation>Impossible de charger les journaux : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), loading more…</source>
        <translation>
            <numerusform>%n ligne, chargement de la suite…</numerusform>
            <numerusform>%n lignes, chargement de la suite…</numerusform>
        </translation>
    </message>
    <message>
        <source>No job open</source>
        <translation>Aucun job ouvert</translation>
    </message>
    <message>
        <source>No log lines in this range</source>
        <translation>Aucune ligne de journal dans cette plage</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), more in this range</source>
        <translation>
            <numerusform>%n ligne, d&apos;autres dans cette plage</numerusform>
            <numerusform>%n lignes, d&apos;autres dans cette plage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), all of this range</source>
        <translation>
            <numerusform>%n ligne, toute la plage</numerusform>
            <numerusform>%n lignes, toute la plage</numerusform>
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
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Loading projects and jobs…</source>
        <translation>Chargement des projets et des tâches…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Trainscope</source>
        <translation>%1 — Trainscope</translation>
    </message>
    <message>
        <source>Loading metrics of %1…</source>
        <translation>Chargement des métriques de %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un élément &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export as PNG…</source>
        <translation>&amp;Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Refresh &amp;Job List</source>
        <translation>Actualiser la liste des &amp;tâches</translation>
    </message>
    <message>
        <source>&amp;Filter Jobs</source>
        <translation>&amp;Filtrer les tâches</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Jobs</source>
        <translation>&amp;Comparer les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Select two to six jobs in the list (Ctrl+click) to compare them</source>
        <translation>Sélectionnez deux à six tâches dans la liste (Ctrl+clic) pour les comparer</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>C&amp;omparaison</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Ouvrir les &amp;paramètres…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Made-up jobs from a simulated Baseten API on this computer</source>
        <translation>Tâches fictives d’une API Baseten simulée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation>Impossible de charger %1.</translation>
    </message>
    <message>
        <source>API key refused.</source>
        <translation>Clé d’API refusée.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n job(s) kept on this computer.</source>
        <translation>
            <numerusform>Hors ligne&#xa0;: %n tâche conservée sur cet ordinateur.</numerusform>
            <numerusform>Hors ligne&#xa0;: %n tâches conservées sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo&apos;s own simulated server and key. Start Trainscope without the demo to use your Baseten account.</source>
        <translation>Le serveur simulé et la clé propres à la démo. Lancez Trainscope sans la démo pour utiliser votre compte Baseten.</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n jobs</source>
        <translation>
            <numerusform>Comparaison de %n tâche</numerusform>
            <numerusform>Comparaison de %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <extracomment>The window title in demo mode, e.g. &quot;sft-lr1e-5 — Trainscope (Demo)&quot;</extracomment>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>Job %1 in project %2</source>
        <translation>Tâche %1 du projet %2</translation>
    </message>
    <message>
        <source>Kept on this computer: opens without a key or a network.</source>
        <translation>Conservée sur cet ordinateur&#xa0;: s’ouvre sans clé ni réseau.</translation>
    </message>
    <message>
        <source>Looking for the API key…</source>
        <translation>Recherche de la clé d’API…</translation>
    </message>
    <message>
        <source>Trainscope asks the system keychain for your Baseten API key; it may ask you to unlock it.</source>
        <translation>Trainscope demande votre clé d’API Baseten au trousseau du système&#xa0;; il peut vous demander de le déverrouiller.</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>La démo n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>Its simulated server found no free port on this computer.</source>
        <translation>Son serveur simulé n’a trouvé aucun port libre sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Asking %1 for your training projects.</source>
        <translation>Demande de vos projets d’entraînement à %1.</translation>
    </message>
    <message>
        <source>No job open</source>
        <translation>Aucune tâche ouverte</translation>
    </message>
    <message>
        <source>Open a job from the list to see what it did to its machines. Select two to six jobs (Ctrl+click) to compare them.</source>
        <translation>Ouvrez une tâche de la liste pour voir ce qu’elle a fait de ses machines. Sélectionnez deux à six tâches (Ctrl+clic) pour les comparer.</translation>
    </message>
    <message>
        <source>The server answered 401: the key is wrong, revoked or expired.</source>
        <translation>Le serveur a répondu 401&#xa0;: la clé est erronée, révoquée ou expirée.</translation>
    </message>
    <message>
        <source>The server answered 403: the key has no access to training projects.</source>
        <translation>Le serveur a répondu 403&#xa0;: la clé n’a pas accès aux projets d’entraînement.</translation>
    </message>
    <message>
        <source>It comes from the environment variable BASETEN_API_KEY: correct it there and start Trainscope again.</source>
        <translation>Elle provient de la variable d’environnement BASETEN_API_KEY&#xa0;: corrigez-la à cet endroit et relancez Trainscope.</translation>
    </message>
    <message>
        <source>Enter a valid key in Settings. Keys are made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</source>
        <translation>Saisissez une clé valide dans les paramètres. Les clés se créent dans l’application web de Baseten, sous &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Baseten refused the API key</source>
        <translation>Baseten a refusé la clé d’API</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) kept on this computer are listed, marked offline: they open without the server.</source>
        <translation>
            <numerusform>%n tâche terminée conservée sur cet ordinateur est listée, marquée hors ligne&#xa0;: elle s’ouvre sans le serveur.</numerusform>
            <numerusform>%n tâches terminées conservées sur cet ordinateur sont listées, marquées hors ligne&#xa0;: elles s’ouvrent sans le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach Baseten</source>
        <translation>Impossible de joindre Baseten</translation>
    </message>
    <message>
        <source>Could not load the projects</source>
        <translation>Impossible de charger les projets</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Baseten&apos;s training documentation&lt;/a&gt; shows how to start a training job; it appears here once it exists.</source>
        <translation>La &lt;a href=&quot;%1&quot;&gt;documentation d’entraînement de Baseten&lt;/a&gt; explique comment lancer une tâche d’entraînement&#xa0;; elle apparaîtra ici dès qu’elle existera.</translation>
    </message>
    <message>
        <source>No training projects yet</source>
        <translation>Pas encore de projet d’entraînement</translation>
    </message>
    <message>
        <source>This Baseten account has no training projects.</source>
        <translation>Ce compte Baseten n’a aucun projet d’entraînement.</translation>
    </message>
    <message>
        <source>No training jobs yet</source>
        <translation>Pas encore de tâche d’entraînement</translation>
    </message>
    <message>
        <source>The projects in the list have no jobs yet.</source>
        <translation>Les projets de la liste n’ont pas encore de tâche.</translation>
    </message>
    <message>
        <source>Could not open the job</source>
        <translation>Impossible d’ouvrir la tâche</translation>
    </message>
    <message>
        <source>No API key.</source>
        <translation>Aucune clé d’API.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Copy &amp;Link to This View</source>
        <translation>Copier le &amp;lien vers cette vue</translation>
    </message>
    <message>
        <source>A trainscope: link that opens this job, range and series for a colleague on the same team; it holds no key</source>
        <translation>Un lien trainscope: qui ouvre ce job, cette période et ces séries pour un collègue de la même équipe&#xa0;; il ne contient aucune clé</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>%1 · %2 – %3 · %4 · updated %5</source>
        <translation>%1 · %2 – %3 · %4 · actualisé à %5</translation>
    </message>
    <message>
        <source>Job &amp;List</source>
        <translation>&amp;Liste des tâches</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
</context>
<context>
    <name>MemoryHeadroom</name>
    <message>
        <source>GPU memory sat at %1 % of the limit from the first minutes: the framework preallocates it, so its usage says nothing of what the job needs and no smaller GPU is suggested.</source>
        <translation>La mémoire GPU était à %1&#xa0;% de la limite dès les premières minutes&#xa0;: le framework la préalloue, son usage ne dit donc rien du besoin du job et aucun GPU plus petit n’est proposé.</translation>
    </message>
    <message>
        <source>Peak GPU memory (99.5th percentile) was %1 of %2: %3 would hold it with 15 % to spare.</source>
        <translation>Le pic de mémoire GPU (99,5e centile) était de %1 sur %2&#xa0;: %3 le contiendrait avec 15&#xa0;% de marge.</translation>
    </message>
</context>
<context>
    <name>MetricInfo</name>
    <message>
        <source>GPU utilization</source>
        <translation>Utilisation GPU</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>Mémoire GPU</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>Utilisation CPU</translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation>Mémoire CPU</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>Stockage éphémère</translation>
    </message>
    <message>
        <source>Ephemeral storage utilization</source>
        <translation>Utilisation du stockage éphémère</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cache utilization</source>
        <translation>Utilisation du cache</translation>
    </message>
    <message>
        <source>GPU memory limit</source>
        <translation>Limite de mémoire GPU</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite CPU</translation>
    </message>
    <message>
        <source>memory limit</source>
        <translation>limite de mémoire</translation>
    </message>
</context>
<context>
    <name>MetricsParser</name>
    <message>
        <source>not a finite number (NaN and Infinity are not JSON)</source>
        <translation>pas un nombre fini (NaN et Infinity ne sont pas du JSON)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an ISO-8601 date-time string</source>
        <translation>une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>not an ISO-8601 date-time</source>
        <translation>pas une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>not a finite number, or out of range</source>
        <translation>pas un nombre fini, ou hors limites</translation>
    </message>
    <message>
        <source>%1: timestamps out of order or repeated; sorted, keeping the last value of a repeated time</source>
        <translation>%1&#xa0;: horodatages dans le désordre ou répétés&#xa0;; triés, en gardant la dernière valeur d’un instant répété</translation>
    </message>
    <message>
        <source>GPU rank is not a non-negative integer</source>
        <translation>Le rang GPU n’est pas un entier positif ou nul</translation>
    </message>
</context>
<context>
    <name>MetricsStore</name>
    <message>
        <source>%1 · %2: values outside what this metric can measure, kept but left out of the axis scale</source>
        <translation>%1 · %2&#xa0;: valeurs hors de ce que cette métrique peut mesurer, conservées mais exclues de l’échelle de l’axe</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>job</source>
        <translation>tâche</translation>
    </message>
</context>
<context>
    <name>RefinementStatus</name>
    <message>
        <source>Fetching every sample</source>
        <translation>Chargement de chaque mesure</translation>
    </message>
    <message>
        <source>Share of the view at full resolution</source>
        <translation>Part de la vue en pleine résolution</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop fetching every sample: the charts stay sampled, and say so</source>
        <translation>Arrêter le chargement de chaque mesure&#xa0;: les graphiques restent échantillonnés et l’indiquent</translation>
    </message>
</context>
<context>
    <name>ReportCommandLine</name>
    <message>
        <source>Baseten API base URL (default %1).</source>
        <translation>URL de base de l’API Baseten (par défaut %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Training project id (required).</source>
        <translation>Identifiant du projet d’entraînement (obligatoire).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Training job id (required).</source>
        <translation>Identifiant du job d’entraînement (obligatoire).</translation>
    </message>
    <message>
        <source>Start of the window, ISO 8601 (default the job&apos;s start).</source>
        <translation>Début de la fenêtre, ISO 8601 (par défaut le début du job).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>End of the window, ISO 8601 (default the job&apos;s end, or now).</source>
        <translation>Fin de la fenêtre, ISO 8601 (par défaut la fin du job, ou maintenant).</translation>
    </message>
    <message>
        <source>Only the job&apos;s last part, such as 6h (s, m, h or d).</source>
        <translation>Seulement la dernière partie du job, par exemple 6h (s, m, h ou d).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Seconds between samples (default the job&apos;s own interval).</source>
        <translation>Secondes entre les points (par défaut l’intervalle propre du job).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>text, markdown or json (default text).</source>
        <translation>text, markdown ou json (par défaut text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the report to this file.</source>
        <translation>Écrire le rapport dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1).</source>
        <translation>Abandonner après ce nombre de secondes (par défaut %1).</translation>
    </message>
    <message>
        <source>--last must be a count and a unit of s, m, h or d, such as 6h: %1</source>
        <translation>--last doit être un nombre et une unité parmi s, m, h ou d, par exemple 6h&#xa0;: %1</translation>
    </message>
    <message>
        <source>--last cannot be combined with --from or --to.</source>
        <translation>--last ne peut pas être combiné avec --from ou --to.</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2</source>
        <translation>--%1 n’est pas une heure ISO 8601 comme 2026-03-01T09:00:00Z&#xa0;: %2</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to doit être postérieur à --from.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Pas une URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>--format must be text, markdown or json: %1</source>
        <translation>--format doit être text, markdown ou json&#xa0;: %1</translation>
    </message>
    <message>
        <source>--step must be a whole number of seconds from 1 to 3600: %1</source>
        <translation>--step doit être un nombre entier de secondes de 1 à 3600&#xa0;: %1</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 3600: %1</source>
        <translation>--timeout doit être un nombre entier de secondes de 1 à 3600&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tells what a Baseten training job&apos;s metrics show: lagging ranks, idle GPUs, memory headroom, growth towards a limit, slow starts, checkpoint stalls, phases and the cost of idle GPU time. The API key is read from the environment variable BASETEN_API_KEY.</source>
        <translation>Dit ce que montrent les métriques d’un job d’entraînement Baseten&#xa0;: rangs en retard, GPU inactifs, marge mémoire, croissance vers une limite, démarrages lents, pauses de checkpoint, phases et coût du temps GPU inactif. La clé d’API est lue dans la variable d’environnement BASETEN_API_KEY.</translation>
    </message>
    <message>
        <source>Write the report instead of opening the application.</source>
        <translation>Écrire le rapport au lieu d’ouvrir l’application.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected the command &quot;report&quot;.</source>
        <translation>Commande «&#xa0;report&#xa0;» attendue.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>--%1 manquant.</translation>
    </message>
    <message>
        <source>Set the environment variable BASETEN_API_KEY to your Baseten API key.</source>
        <translation>Définissez la variable d’environnement BASETEN_API_KEY avec votre clé d’API Baseten.</translation>
    </message>
    <message>
        <source>With --format markdown: also write a picture of the charts over each finding&apos;s span into this folder (created if missing), embedded under the finding.</source>
        <translation>Avec --format markdown&#xa0;: écrire aussi dans ce dossier (créé s’il manque) une image des graphiques sur la période de chaque constat, intégrée sous le constat.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--png-dir needs a folder.</source>
        <translation>--png-dir demande un dossier.</translation>
    </message>
    <message>
        <source>--png-dir works with --format markdown only.</source>
        <translation>--png-dir ne fonctionne qu’avec --format markdown.</translation>
    </message>
</context>
<context>
    <name>ReportFormatter</name>
    <message>
        <source>whole job</source>
        <translation>job entier</translation>
    </message>
    <message>
        <source>%1 rank %2</source>
        <translation>%1 rang %2</translation>
    </message>
    <message>
        <source>Idle GPU time (below 10 %): %1 of %2 GPU-hours</source>
        <translation>Temps GPU inactif (sous 10&#xa0;%)&#xa0;: %1 sur %2 heures-GPU</translation>
    </message>
    <message>
        <source>, $%1 at $%2 per %3 GPU-hour</source>
        <translation>, %1&#xa0;$ à %2&#xa0;$ l’heure-GPU %3</translation>
    </message>
    <message>
        <source>GPU memory: not reported.</source>
        <translation>Mémoire GPU&#xa0;: non rapportée.</translation>
    </message>
    <message>
        <source>GPU memory (99.5th percentile of the fullest GPU): %1 of %2.</source>
        <translation>Mémoire GPU (99,5e centile du GPU le plus rempli)&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 GB GPUs would do (%2).</source>
        <translation>Des GPU de %1&#xa0;Go suffiraient (%2).</translation>
    </message>
    <message>
        <source>%1 %2, %3 idle GPU-hours</source>
        <translation>%1 %2, %3 heures-GPU inactives</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stretch(es), %2 in all, %3 idle GPU-hours</source>
        <translation>
            <numerusform>%1&#xa0;: %n tronçon, %2 en tout, %3 heures-GPU inactives</numerusform>
            <numerusform>%1&#xa0;: %n tronçons, %2 en tout, %3 heures-GPU inactives</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2/%3), %4</source>
        <translation>%1 (%2/%3), %4</translation>
    </message>
    <message>
        <source>Window %1, one sample every %2 s.</source>
        <translation>Fenêtre %1, un point toutes les %2&#xa0;s.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phases&#xa0;:</translation>
    </message>
    <message>
        <source>Caveats:</source>
        <translation>Limites&#xa0;:</translation>
    </message>
    <message>
        <source>Insight report: %1</source>
        <translation>Rapport d’analyse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Job `%1/%2`, %3; window %4, one sample every %5 s.</source>
        <translation>Job `%1/%2`, %3&#xa0;; fenêtre %4, un point toutes les %5&#xa0;s.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>| severity | kind | where | when | summary |</source>
        <translation>| gravité | type | où | quand | résumé |</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Finding %1 (%2) on the charts</source>
        <translation>Constat %1 (%2) sur les graphiques</translation>
    </message>
</context>
<context>
    <name>SeriesTreeModel</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>Job-wide cache</source>
        <translation>Cache de toute la tâche</translation>
    </message>
    <message>
        <source>%1 (not drawn: another node is shown)</source>
        <translation>%1 (non tracé&#xa0;: un autre nœud est affiché)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Baseten API base URL</source>
        <translation>URL de base de l’API Baseten</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>BASETEN_API_KEY is set and takes precedence</source>
        <translation>BASETEN_API_KEY est définie et a la priorité</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Inchangée (conservée dans le trousseau du système)</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation>Toute la tâche</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>&amp;URL de base</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d’API</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Délai d’attente des requêtes</translation>
    </message>
    <message>
        <source>Live &amp;refresh every</source>
        <translation>A&amp;ctualisation en direct toutes les</translation>
    </message>
    <message>
        <source>Default &amp;range</source>
        <translation>&amp;Période par défaut</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Cache hors ligne</translation>
    </message>
    <message>
        <source>The base URL must be an http or https address.</source>
        <translation>L’URL de base doit être une adresse http ou https.</translation>
    </message>
    <message>
        <source>Binary: GiB (1024³ bytes), as GPU memory is specified</source>
        <translation>Binaires&#xa0;: Gio (1024³ octets), comme la mémoire des GPU est spécifiée</translation>
    </message>
    <message>
        <source>Decimal: GB (1000³ bytes)</source>
        <translation>Décimales&#xa0;: Go (1000³ octets)</translation>
    </message>
    <message>
        <source>Units for memory and storage sizes</source>
        <translation>Unités des tailles de mémoire et de stockage</translation>
    </message>
    <message>
        <source>Si&amp;zes in</source>
        <translation>&amp;Tailles en</translation>
    </message>
    <message>
        <source>Made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</source>
        <translation>Se crée dans l’application web de Baseten, sous &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Every sample (a sampled picture first, then refined)</source>
        <translation>Chaque mesure (d’abord un aperçu échantillonné, puis affiné)</translation>
    </message>
    <message>
        <source>Sampled to the chart&apos;s width (less traffic; short dips can be missed)</source>
        <translation>Échantillonné à la largeur du graphique (moins de trafic&#xa0;; de brèves baisses peuvent manquer)</translation>
    </message>
    <message>
        <source>Discover per job</source>
        <translation>Déterminer par tâche</translation>
    </message>
    <message>
        <source>How often Baseten stored each metric of a job. Trainscope finds it with a short request; set it only if you know better.</source>
        <translation>La fréquence à laquelle Baseten a enregistré chaque métrique d’une tâche. Trainscope la détermine par une courte requête&#xa0;; ne la réglez que si vous la connaissez mieux.</translation>
    </message>
    <message>
        <source>Chart &amp;data</source>
        <translation>&amp;Données des graphiques</translation>
    </message>
    <message>
        <source>Scrape &amp;interval</source>
        <translation>&amp;Intervalle de collecte</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Enter API &amp;key…</source>
        <translation>Saisir la &amp;clé d’API…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Welcome to Trainscope</source>
        <translation>Bienvenue dans Trainscope</translation>
    </message>
    <message>
        <source>Trainscope shows what your Baseten training jobs do to their machines: GPU, CPU, memory and storage over time, for every node and GPU.</source>
        <translation>Trainscope montre ce que vos tâches d’entraînement Baseten font de leurs machines&#xa0;: GPU, CPU, mémoire et stockage au fil du temps, pour chaque nœud et chaque GPU.</translation>
    </message>
    <message>
        <source>Baseten API keys are made in Baseten&apos;s web app, under &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;. The key is kept in the system keychain.</source>
        <translation>Les clés d’API Baseten se créent dans l’application web de Baseten, sous &lt;a href=&quot;%1&quot;&gt;Settings → API keys&lt;/a&gt;. La clé est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The demo runs a simulated Baseten API on this computer, with made-up jobs: no key needed, nothing sent anywhere.</source>
        <translation>La démo fait tourner une API Baseten simulée sur cet ordinateur, avec des tâches fictives&#xa0;: aucune clé nécessaire, rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Opens Settings on the API key field</source>
        <translation>Ouvre les paramètres sur le champ de la clé d’API</translation>
    </message>
    <message>
        <source>Recent jobs</source>
        <translation>Tâches récentes</translation>
    </message>
</context>
</TS>
