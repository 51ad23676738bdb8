#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Update the .ts files from the sources and fill in every translation from the tables in this file.

    python3 translations/fill.py [--lupdate /usr/lib/qt6/bin/lupdate]

Runs lupdate (the same source globs and options as cmake/Translations.cmake and the CTest check), writes
each translation from DE/FR below (EN holds only the plural forms; its other entries are the source text),
then runs lupdate again so the files are in lupdate's own format and the check finds them current.
Strings missing from the tables are listed and left unfinished: add them here and re-run.
"""
import argparse
import glob
import html
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Keep in step with TRAINSCOPE_TRANSLATION_GLOBS / TRAINSCOPE_LUPDATE_OPTIONS in cmake/Translations.cmake.
GLOBS = ["src/core/*.cpp", "src/core/*.h", "src/gui/*.cpp", "src/gui/*.h", "src/app/*.cpp", "src/app/*.h"]
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none"]
LANGS = ["de", "fr", "en"]

NB = "\u00a0"  # French: non-breaking space before : ; % ? ! and inside « »

# Keys are source texts, or "Context|source" where one context needs its own wording.
# A value is (German, French); for plural ("%n ...") strings each is a (singular, plural) pair.
T = {
    # ApiError
    "The server did not accept the request; Trainscope may be out of date with the API.": (
        "Der Server hat die Anfrage nicht angenommen; Trainscope ist eventuell nicht auf dem Stand der API.",
        f"Le serveur n’a pas accepté la requête{NB}; Trainscope n’est peut-être plus à jour avec l’API."),
    "Check the API key.": ("Prüfen Sie den API-Schlüssel.", "Vérifiez la clé d’API."),
    "The API key has no access to this resource.": (
        "Der API-Schlüssel hat keinen Zugriff auf diese Ressource.",
        "La clé d’API n’a pas accès à cette ressource."),
    "The project or job does not exist, or is not visible to this API key.": (
        "Das Projekt oder der Job existiert nicht oder ist für diesen API-Schlüssel nicht sichtbar.",
        "Le projet ou la tâche n’existe pas, ou n’est pas visible avec cette clé d’API."),
    "Too many requests; try again shortly.": (
        "Zu viele Anfragen; versuchen Sie es gleich noch einmal.",
        f"Trop de requêtes{NB}; réessayez dans un instant."),
    "The server had a problem; try again later.": (
        "Der Server hatte ein Problem; versuchen Sie es später erneut.",
        f"Le serveur a rencontré un problème{NB}; réessayez plus tard."),
    "The server answered %1": ("Der Server antwortete %1", "Le serveur a répondu %1"),
    "Could not reach the server: %1": (
        "Der Server ist nicht erreichbar: %1", f"Impossible de joindre le serveur{NB}: %1"),
    "The server sent nothing for %1 seconds; the request was abandoned.": (
        "Der Server hat %1 Sekunden lang nichts gesendet; die Anfrage wurde abgebrochen.",
        f"Le serveur n’a rien envoyé pendant %1 secondes{NB}; la requête a été abandonnée."),
    "The server's answer could not be read: %1": (
        "Die Antwort des Servers war nicht lesbar: %1",
        f"La réponse du serveur est illisible{NB}: %1"),
    "The request was cancelled.": ("Die Anfrage wurde abgebrochen.", "La requête a été annulée."),
    "The API key was not sent: %1": (
        "Der API-Schlüssel wurde nicht gesendet: %1", f"La clé d’API n’a pas été envoyée{NB}: %1"),
    "The answer is larger than the limit of %1 and was abandoned.": (
        "Die Antwort überschreitet die Grenze von %1 und wurde verworfen.",
        "La réponse dépasse la limite de %1 et a été abandonnée."),
    # AxisScale, units
    "%1 B": ("%1 B", f"%1{NB}o"),
    "%1 KiB": ("%1 KiB", f"%1{NB}Kio"),
    "%1 MiB": ("%1 MiB", f"%1{NB}Mio"),
    "%1 GiB": ("%1 GiB", f"%1{NB}Gio"),
    "%1 TiB": ("%1 TiB", f"%1{NB}Tio"),
    "%1 kB": ("%1 kB", f"%1{NB}ko"),
    "%1 MB": ("%1 MB", f"%1{NB}Mo"),
    "%1 GB": ("%1 GB", f"%1{NB}Go"),
    "%1 TB": ("%1 TB", f"%1{NB}To"),
    # SettingsDialog, units
    "Binary: GiB (1024³ bytes), as GPU memory is specified": (
        "Binär: GiB (1024³ Byte), wie GPU-Speicher angegeben wird",
        f"Binaires{NB}: Gio (1024³ octets), comme la mémoire des GPU est spécifiée"),
    "Decimal: GB (1000³ bytes)": ("Dezimal: GB (1000³ Byte)", f"Décimales{NB}: Go (1000³ octets)"),
    "Si&zes in": ("&Größen in", "&Tailles en"),
    "Units for memory and storage sizes": (
        "Einheiten für Speicher- und Speicherplatzgrößen", "Unités des tailles de mémoire et de stockage"),
    "%1 %": (f"%1{NB}%", f"%1{NB}%"),
    # BasetenClient
    "%1 is neither HTTPS nor a loopback address.": (
        "%1 ist weder HTTPS noch eine Loopback-Adresse.", "%1 n’est ni en HTTPS ni une adresse de bouclage."),
    "redirect without a location": ("Weiterleitung ohne Ziel", "redirection sans destination"),
    "the server redirected to another origin (%1).": (
        "der Server hat auf einen anderen Ursprung weitergeleitet (%1).",
        "le serveur a redirigé vers une autre origine (%1)."),
    "too many redirects": ("zu viele Weiterleitungen", "trop de redirections"),
    # Durations
    "%1 %2": ("%1 %2", "%1 %2"),
    "%1 d %2 h": (f"%1{NB}T. %2{NB}Std.", f"%1{NB}j %2{NB}h"),
    "%1 d": (f"%1{NB}T.", f"%1{NB}j"),
    "%1 h %2 min": (f"%1{NB}Std. %2{NB}Min.", f"%1{NB}h %2{NB}min"),
    "%1 h": (f"%1{NB}Std.", f"%1{NB}h"),
    "%1 min %2 s": (f"%1{NB}Min. %2{NB}s", f"%1{NB}min %2{NB}s"),
    "%1 min": (f"%1{NB}Min.", f"%1{NB}min"),
    "%1 s": (f"%1{NB}s", f"%1{NB}s"),
    "0 h": (f"0{NB}Std.", f"0{NB}h"),
    # CompareExporter
    "%1 to %2 since each job's start": (
        "%1 bis %2 ab dem Start des jeweiligen Jobs", "de %1 à %2 depuis le début de chaque tâche"),
    "%1 to %2": ("%1 bis %2", "de %1 à %2"),
    "Comparison of %n job(s)": (("Vergleich von %n Job", "Vergleich von %n Jobs"),
                                ("Comparaison de %n tâche", "Comparaison de %n tâches")),
    "%1 (failed: %2)": ("%1 (fehlgeschlagen: %2)", f"%1 (échec{NB}: %2)"),
    "node %1": ("Knoten %1", "nœud %1"),
    # ComparisonTableModel
    "%1 of %2": ("%1 von %2", "%1 sur %2"),
    "%n node(s)": (("%n Knoten", "%n Knoten"), ("%n nœud", "%n nœuds")),
    "CPU only × %1": ("nur CPU × %1", "CPU seul × %1"),
    "%1 × %2 × %3": ("%1 × %2 × %3", "%1 × %2 × %3"),
    "%1 pp": (f"%1{NB}Pp.", f"%1{NB}pts"),
    "Job": ("Job", "Tâche"),
    "Duration": ("Dauer", "Durée"),
    "Hardware": ("Hardware", "Matériel"),
    "GPU-hours": ("GPU-Stunden", "Heures GPU"),
    "Mean GPU utilization": ("Mittlere GPU-Auslastung", "Utilisation GPU moyenne"),
    "p95 GPU utilization": ("GPU-Auslastung (p95)", "Utilisation GPU (p95)"),
    "Peak GPU memory": ("Maximaler GPU-Speicher", "Mémoire GPU maximale"),
    "p95 GPU memory": ("GPU-Speicher (p95)", "Mémoire GPU (p95)"),
    "GPU memory headroom": ("GPU-Speicherreserve", "Marge de mémoire GPU"),
    "Peak CPU memory": ("Maximaler CPU-Speicher", "Mémoire CPU maximale"),
    "Peak storage": ("Maximaler Speicherplatz", "Stockage maximal"),
    # DashboardExporter
    "1 GPU": ("1 GPU", "1 GPU"),
    "%1 GPUs": ("%1 GPUs", "%1 GPU"),
    "1 line": ("1 Linie", "1 courbe"),
    "%1 lines": ("%1 Linien", "%1 courbes"),
    "last": ("zuletzt", "dernier"),
    "mean": ("Mittel", "moyenne"),
    "max": ("max.", "max."),
    "+ %1 more": ("+ %1 weitere", "+ %1 autres"),
    "%1 – %2 %3 (%4)": ("%1 – %2 %3 (%4)", "%1 – %2 %3 (%4)"),
    "node %1 of %2": ("Knoten %1 von %2", "nœud %1 sur %2"),
    "%1 nodes, mean per node": ("%1 Knoten, Mittel je Knoten", "%1 nœuds, moyenne par nœud"),
    "1 node": ("1 Knoten", "1 nœud"),
    "%1 nodes": ("%1 Knoten", "%1 nœuds"),
    "Job %1": ("Job %1", "Tâche %1"),
    "project %1": ("Projekt %1", "projet %1"),
    "limit": ("Grenze", "limite"),
    "%1 each": ("je %1", "%1 chacun"),
    "No data in this range": ("Keine Daten in diesem Zeitraum", "Aucune donnée sur cette période"),
    # DashboardView
    "GPU memory limit": ("GPU-Speichergrenze", "Limite de mémoire GPU"),
    "CPU limit": ("CPU-Grenze", "Limite CPU"),
    "memory limit": ("Speichergrenze", "limite de mémoire"),
    "Series shown in the charts": ("In den Diagrammen gezeigte Reihen", "Séries affichées dans les graphiques"),
    "Back": ("Zurück", "Précédent"),
    "Previous time range (Alt+Left)": ("Vorheriger Zeitraum (Alt+Links)", "Période précédente (Alt+Gauche)"),
    "Forward": ("Vor", "Suivant"),
    "Next time range (Alt+Right)": ("Nächster Zeitraum (Alt+Rechts)", "Période suivante (Alt+Droite)"),
    "Zoom out": ("Verkleinern", "Zoom arrière"),
    "Comparisons": ("Vergleiche", "Comparaisons"),
    "Show twice the time (Ctrl+-); or right-click a chart": (
        "Doppelte Zeitspanne zeigen (Strg+-); oder Rechtsklick auf ein Diagramm",
        f"Afficher une durée deux fois plus longue (Ctrl+-){NB}; ou clic droit sur un graphique"),
    "Refresh": ("Aktualisieren", "Actualiser"),
    "Live": ("Live", "En direct"),
    "Follow a running job: refresh on an interval and keep its latest data in view": (
        "Einem laufenden Job folgen: regelmäßig aktualisieren und die neuesten Daten im Blick behalten",
        f"Suivre une tâche en cours{NB}: actualiser à intervalles réguliers et garder ses dernières données "
        "à l’écran"),
    "15 min": (f"15{NB}Min.", f"15{NB}min"),
    "1 h": (f"1{NB}Std.", f"1{NB}h"),
    "6 h": (f"6{NB}Std.", f"6{NB}h"),
    "24 h": (f"24{NB}Std.", f"24{NB}h"),
    "7 d": (f"7{NB}T.", f"7{NB}j"),
    "Whole job": ("Ganzer Job", "Toute la tâche"),
    "From the job's start to its end (or now)": (
        "Vom Start des Jobs bis zu seinem Ende (oder jetzt)",
        "Du début de la tâche à sa fin (ou à maintenant)"),
    "The last %1 of the job": ("Die letzten %1 des Jobs", "Les dernières %1 de la tâche"),
    "From": ("Von", "De"),
    "To": ("Bis", "À"),
    "to": ("bis", "à"),
    "All nodes": ("Alle Knoten", "Tous les nœuds"),
    "One node": ("Ein Knoten", "Un nœud"),
    "Mean per node": ("Mittel je Knoten", "Moyenne par nœud"),
    "Mean per node: one line per node with the min–max band of its GPUs": (
        "Mittel je Knoten: eine Linie pro Knoten mit dem Min.–Max.-Band seiner GPUs",
        f"Moyenne par nœud{NB}: une courbe par nœud avec la bande min–max de ses GPU"),
    "Nodes shown": ("Gezeigte Knoten", "Nœuds affichés"),
    "Node": ("Knoten", "Nœud"),
    " s": (f"{NB}s", f"{NB}s"),
    "Live refresh interval": ("Live-Aktualisierungsintervall", "Intervalle d’actualisation en direct"),
    "Live refresh interval in seconds": (
        "Live-Aktualisierungsintervall in Sekunden", "Intervalle d’actualisation en direct, en secondes"),
    "Loading metrics": ("Metriken werden geladen", "Chargement des métriques"),
    "Some data was repaired: %1": ("Einige Daten wurden repariert: %1", f"Des données ont été réparées{NB}: %1"),
    "… and %n more": (("… und %n weitere", "… und %n weitere"), ("… et %n autre", "… et %n autres")),
    "Export failed": ("Export fehlgeschlagen", "Échec de l’exportation"),
    "Could not write %1.": ("%1 konnte nicht geschrieben werden.", "Impossible d’écrire %1."),
    "Export as CSV": ("Als CSV exportieren", "Exporter en CSV"),
    "CSV files (*.csv)": ("CSV-Dateien (*.csv)", "Fichiers CSV (*.csv)"),
    # DesktopApp
    "Resource metrics of Baseten training jobs, on the desktop.\n"
    "Run \"trainscope export --help\" for the headless PNG and CSV export.": (
        "Ressourcenmetriken von Baseten-Trainingsjobs auf dem Desktop.\n"
        "„trainscope export --help“ beschreibt den PNG- und CSV-Export ohne Fenster.",
        "Les métriques de ressources des tâches d’entraînement Baseten, sur le bureau.\n"
        f"Lancez «{NB}trainscope export --help{NB}» pour l’exportation PNG et CSV sans fenêtre."),
    "Open on built-in demo data, served by a simulated Baseten API on this machine.": (
        "Mit eingebauten Demodaten starten, geliefert von einer simulierten Baseten-API auf diesem Rechner.",
        "Ouvrir sur des données de démonstration intégrées, servies par une API Baseten simulée sur cette "
        "machine."),
    "Baseten API base URL (default: the one in Settings, else %1).": (
        "Basis-URL der Baseten-API (Standard: die aus den Einstellungen, sonst %1).",
        f"URL de base de l’API Baseten (par défaut{NB}: celle des paramètres, sinon %1)."),
    "Project of the job to open.": ("Projekt des zu öffnenden Jobs.", "Projet de la tâche à ouvrir."),
    "Job to open (with --project).": ("Zu öffnender Job (mit --project).", "Tâche à ouvrir (avec --project)."),
    "Fail a transfer that receives nothing for this long (default 30).": (
        "Eine Übertragung abbrechen, die so lange nichts empfängt (Standard 30).",
        "Abandonner un transfert qui ne reçoit rien pendant cette durée (30 par défaut)."),
    "Demo: delay every answer of the simulated server.": (
        "Demo: jede Antwort des simulierten Servers verzögern.",
        f"Démo{NB}: retarder chaque réponse du serveur simulé."),
    "Demo: answer this fraction of requests with 500 or 503.": (
        "Demo: diesen Anteil der Anfragen mit 500 oder 503 beantworten.",
        f"Démo{NB}: répondre à cette proportion de requêtes par 500 ou 503."),
    "Demo: answer every Nth request with 429 and retry_after.": (
        "Demo: jede N-te Anfrage mit 429 und retry_after beantworten.",
        f"Démo{NB}: répondre à chaque N-ième requête par 429 et retry_after."),
    "Unexpected argument: %1": ("Unerwartetes Argument: %1", f"Argument inattendu{NB}: %1"),
    "--timeout takes a number of seconds from 1 to 3600.": (
        "--timeout erwartet eine Sekundenzahl von 1 bis 3600.",
        "--timeout attend un nombre de secondes de 1 à 3600."),
    "--job and --project go together.": (
        "--job und --project gehören zusammen.", "--job et --project vont ensemble."),
    "Not a URL: %1": ("Keine URL: %1", f"Pas une URL{NB}: %1"),
    "A --demo-* option has a value out of range.": (
        "Eine --demo-*-Option hat einen Wert außerhalb des zulässigen Bereichs.",
        "Une option --demo-* a une valeur hors limites."),
    "Could not start the demo server.": (
        "Der Demoserver konnte nicht gestartet werden.", "Impossible de démarrer le serveur de démonstration."),
    # ErrorBanner
    "&Retry": ("&Wiederholen", "&Réessayer"),
    "Dismiss": ("Schließen", "Fermer"),
    "Dismiss error": ("Fehlermeldung schließen", "Fermer le message d’erreur"),
    "Retry the request": ("Anfrage wiederholen", "Relancer la requête"),
    # ExportCommand
    "Exports the dashboard of a Baseten training job as a PNG image, and optionally its raw series as CSV, "
    "without opening a window. The API key is read from the environment variable BASETEN_API_KEY.": (
        "Exportiert das Dashboard eines Baseten-Trainingsjobs als PNG-Bild und auf Wunsch seine Rohdaten als "
        "CSV, ohne ein Fenster zu öffnen. Der API-Schlüssel wird aus der Umgebungsvariablen BASETEN_API_KEY "
        "gelesen.",
        "Exporte le tableau de bord d’une tâche d’entraînement Baseten en image PNG, et si on le souhaite ses "
        "séries brutes en CSV, sans ouvrir de fenêtre. La clé d’API est lue dans la variable d’environnement "
        "BASETEN_API_KEY."),
    "Run the export instead of the application.": (
        "Den Export statt der Anwendung ausführen.", "Lancer l’exportation au lieu de l’application."),
    "Baseten API base URL (default %1).": (
        "Basis-URL der Baseten-API (Standard %1).", "URL de base de l’API Baseten (par défaut %1)."),
    "url": ("URL", "url"),
    "Training project id (required).": ("ID des Trainingsprojekts (erforderlich).",
                                        "Identifiant du projet d’entraînement (obligatoire)."),
    "id": ("ID", "id"),
    "Training job id (required).": ("ID des Trainingsjobs (erforderlich).",
                                    "Identifiant de la tâche d’entraînement (obligatoire)."),
    "Start of the window, ISO 8601 (2026-03-01T09:00:00Z). Default: the job's start.": (
        "Beginn des Zeitfensters, ISO 8601 (2026-03-01T09:00:00Z). Standard: der Start des Jobs.",
        f"Début de la fenêtre, ISO 8601 (2026-03-01T09:00:00Z). Par défaut{NB}: le début de la tâche."),
    "time": ("Zeit", "heure"),
    "End of the window, ISO 8601. Default: the job's end, or now while it runs.": (
        "Ende des Zeitfensters, ISO 8601. Standard: das Ende des Jobs oder jetzt, solange er läuft.",
        f"Fin de la fenêtre, ISO 8601. Par défaut{NB}: la fin de la tâche, ou maintenant si elle est en cours."),
    "The last part of the job instead of all of it: a count and a unit of s, m, h or d (15m, 6h, 7d). "
    "Ends at the job's end, or now while it runs.": (
        "Nur der letzte Teil des Jobs statt des ganzen: eine Zahl und eine Einheit s, m, h oder d (15m, 6h, "
        "7d). Endet mit dem Ende des Jobs oder jetzt, solange er läuft.",
        f"La dernière partie de la tâche au lieu de la totalité{NB}: un nombre et une unité s, m, h ou d "
        "(15m, 6h, 7d). Se termine à la fin de la tâche, ou maintenant si elle est en cours."),
    "duration": ("Dauer", "durée"),
    "One node's series, or \"all\" for every node (default).": (
        "Die Reihen eines Knotens oder „all“ für alle Knoten (Standard).",
        f"Les séries d’un nœud, ou «{NB}all{NB}» pour tous les nœuds (par défaut)."),
    "name": ("Name", "nom"),
    "Export one chart instead of the dashboard: %1.": (
        "Ein einzelnes Diagramm statt des Dashboards exportieren: %1.",
        f"Exporter un seul graphique au lieu du tableau de bord{NB}: %1."),
    "Image size in logical pixels, WIDTHxHEIGHT (default 1600x1200).": (
        "Bildgröße in logischen Pixeln, BREITExHÖHE (Standard 1600x1200).",
        "Taille de l’image en pixels logiques, LARGEURxHAUTEUR (1600x1200 par défaut)."),
    "WxH": ("BxH", "LxH"),
    "Image pixels per logical pixel: 2 for HiDPI (default 1).": (
        "Bildpixel je logischem Pixel: 2 für HiDPI (Standard 1).",
        f"Pixels d’image par pixel logique{NB}: 2 pour le HiDPI (1 par défaut)."),
    "factor": ("Faktor", "facteur"),
    "Write the image to this file (required).": (
        "Das Bild in diese Datei schreiben (erforderlich).", "Écrire l’image dans ce fichier (obligatoire)."),
    "file": ("Datei", "fichier"),
    "Also write the raw series of the window to this CSV file.": (
        "Zusätzlich die Rohdaten des Zeitfensters in diese CSV-Datei schreiben.",
        "Écrire aussi les séries brutes de la fenêtre dans ce fichier CSV."),
    "Give up after this many seconds (default %1).": (
        "Nach so vielen Sekunden aufgeben (Standard %1).", "Abandonner après ce nombre de secondes (%1 par défaut)."),
    "seconds": ("Sekunden", "secondes"),
    "Expected the command \"export\".": ("Erwartet wurde der Befehl „export“.",
                                        f"La commande «{NB}export{NB}» était attendue."),
    "Missing --%1.": ("--%1 fehlt.", "--%1 manquant."),
    "--size must be WIDTHxHEIGHT, such as 1600x1200: %1": (
        "--size muss BREITExHÖHE sein, etwa 1600x1200: %1",
        f"--size doit être de la forme LARGEURxHAUTEUR, par exemple 1600x1200{NB}: %1"),
    "--scale must be a number from 0.5 to 4: %1": (
        "--scale muss eine Zahl von 0.5 bis 4 sein: %1", f"--scale doit être un nombre de 0.5 à 4{NB}: %1"),
    "--size must be at least %1x%1.": ("--size muss mindestens %1x%1 sein.", "--size doit valoir au moins %1x%1."),
    "The image would be larger than %1 pixels a side; lower --size or --scale.": (
        "Das Bild wäre auf einer Seite größer als %1 Pixel; verringern Sie --size oder --scale.",
        f"L’image dépasserait %1 pixels de côté{NB}; réduisez --size ou --scale."),
    "--timeout must be a positive number of seconds: %1": (
        "--timeout muss eine positive Sekundenzahl sein: %1",
        f"--timeout doit être un nombre de secondes positif{NB}: %1"),
    "--last cannot be combined with --from or --to.": (
        "--last kann nicht mit --from oder --to kombiniert werden.",
        "--last ne peut pas être combiné avec --from ou --to."),
    "--last must be a count and a unit of s, m, h or d, such as 6h: %1": (
        "--last muss eine Zahl mit der Einheit s, m, h oder d sein, etwa 6h: %1",
        f"--last doit être un nombre suivi d’une unité s, m, h ou d, par exemple 6h{NB}: %1"),
    "--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2": (
        "--%1 ist keine ISO-8601-Zeit wie 2026-03-01T09:00:00Z: %2",
        f"--%1 n’est pas une heure ISO 8601 comme 2026-03-01T09:00:00Z{NB}: %2"),
    "--to must be later than --from.": ("--to muss nach --from liegen.", "--to doit être postérieur à --from."),
    "Unknown --metric %1; one of %2.": (
        "Unbekannte --metric %1; möglich sind %2.", f"--metric %1 inconnue{NB}; valeurs possibles{NB}: %2."),
    "Set the environment variable BASETEN_API_KEY to your Baseten API key.": (
        "Setzen Sie die Umgebungsvariable BASETEN_API_KEY auf Ihren Baseten-API-Schlüssel.",
        "Définissez la variable d’environnement BASETEN_API_KEY avec votre clé d’API Baseten."),
    "No answer from %1 within %2 seconds.": (
        "Keine Antwort von %1 innerhalb von %2 Sekunden.", "Aucune réponse de %1 en %2 secondes."),
    "The window is empty: --from must be before the job's end, --to after its start.": (
        "Das Zeitfenster ist leer: --from muss vor dem Ende des Jobs liegen, --to nach seinem Start.",
        f"La fenêtre est vide{NB}: --from doit précéder la fin de la tâche, et --to suivre son début."),
    "The window lies outside the job's lifetime (%1 to %2).": (
        "Das Zeitfenster liegt außerhalb der Laufzeit des Jobs (%1 bis %2).",
        "La fenêtre est en dehors de la durée de vie de la tâche (de %1 à %2)."),
    "Unknown node %1: this job reports no named nodes.": (
        "Unbekannter Knoten %1: Dieser Job meldet keine benannten Knoten.",
        f"Nœud %1 inconnu{NB}: cette tâche ne signale aucun nœud nommé."),
    "Unknown node %1; this job has %2.": (
        "Unbekannter Knoten %1; dieser Job hat %2.", f"Nœud %1 inconnu{NB}; cette tâche a %2."),
    "The image could not be drawn.": ("Das Bild konnte nicht gezeichnet werden.", "Impossible de dessiner l’image."),
    "Could not write %1: %2": ("%1 konnte nicht geschrieben werden: %2", f"Impossible d’écrire %1{NB}: %2"),
    "Wrote %1 (%2 × %3 pixels).": ("%1 geschrieben (%2 × %3 Pixel).", "%1 écrit (%2 × %3 pixels)."),
    "Wrote %1.": ("%1 geschrieben.", "%1 écrit."),
    # ExportDialog
    "Export as PNG": ("Als PNG exportieren", "Exporter en PNG"),
    "Whole dashboard": ("Ganzes Dashboard", "Tout le tableau de bord"),
    "Chart: %1": ("Diagramm: %1", f"Graphique{NB}: %1"),
    " px": (f"{NB}px", f"{NB}px"),
    "1× (standard)": ("1× (Standard)", "1× (standard)"),
    "2× (HiDPI, sharp on retina screens and in print)": (
        "2× (HiDPI, scharf auf Retina-Bildschirmen und im Druck)",
        "2× (HiDPI, net sur les écrans Retina et à l’impression)"),
    "Browse…": ("Durchsuchen…", "Parcourir…"),
    "PNG images (*.png)": ("PNG-Bilder (*.png)", "Images PNG (*.png)"),
    "&Export": ("&Exportieren", "&Exporter"),
    "&Size": ("&Größe", "&Taille"),
    "S&cale": ("S&kalierung", "É&chelle"),
    "&File": ("&Datei", "&Fichier"),
    # FrameBuilder
    "node": ("Knoten", "nœud"),
    "(mean, min–max)": ("(Mittel, Min.–Max.)", "(moyenne, min–max)"),
    "GPU %1": ("GPU %1", "GPU %1"),
    # JobBrowser
    "Filter jobs by name, status, GPU… (Ctrl+F)": (
        "Jobs nach Name, Status, GPU … filtern (Strg+F)", "Filtrer les tâches par nom, état, GPU… (Ctrl+F)"),
    "Filter jobs": ("Jobs filtern", "Filtrer les tâches"),
    "Projects and jobs": ("Projekte und Jobs", "Projets et tâches"),
    # JobCard
    "Job details": ("Jobdetails", "Détails de la tâche"),
    "Job %1 in project %2": ("Job %1 in Projekt %2", "Tâche %1 du projet %2"),
    "Error: %1": ("Fehler: %1", f"Erreur{NB}: %1"),
    "ID %1": ("ID %1", "ID %1"),
    "%1 × %2 GPUs per node": ("%1 × %2 GPUs pro Knoten", "%1 × %2 GPU par nœud"),
    "GPU": ("GPU", "GPU"),
    "%1 per GPU": ("%1 pro GPU", "%1 par GPU"),
    "instance %1": ("Instanz %1", "instance %1"),
    "CPU limit %1 cores": ("CPU-Grenze %1 Kerne", "limite CPU %1 cœurs"),
    "memory limit %1": ("Speichergrenze %1", "limite de mémoire %1"),
    "created %1": ("erstellt %1", "créée le %1"),
    "updated %1": ("aktualisiert %1", "mise à jour le %1"),
    "checkpoint sync %1": ("Checkpoint-Sync %1", "synchro des points de contrôle %1"),
    "by %1": ("von %1", "par %1"),
    # JobCatalog
    "projects": ("Projekte", "projets"),
    "jobs of project %1": ("Jobs von Projekt %1", "tâches du projet %1"),
    # JobTreeModel
    "CPU only": ("nur CPU", "CPU seul"),
    "%1 × %2": ("%1 × %2", "%1 × %2"),
    "Pending": ("Ausstehend", "En attente"),
    "Created": ("Erstellt", "Créée"),
    "Queued": ("In Warteschlange", "En file d’attente"),
    "Deploying": ("Wird bereitgestellt", "Déploiement"),
    "Running": ("Läuft", "En cours"),
    "Completed": ("Abgeschlossen", "Terminée"),
    "Deploy failed": ("Bereitstellung fehlgeschlagen", "Échec du déploiement"),
    "Failed": ("Fehlgeschlagen", "Échouée"),
    "Stopped": ("Gestoppt", "Arrêtée"),
    "Preempted": ("Verdrängt", "Préemptée"),
    "Project %1": ("Projekt %1", "Projet %1"),
    "The server did not say; the dashboard shows the nodes it reports metrics for.": (
        "Der Server hat es nicht angegeben; das Dashboard zeigt die Knoten, für die er Metriken meldet.",
        f"Le serveur ne l’a pas indiqué{NB}; le tableau de bord montre les nœuds dont il fournit les métriques."),
    "Name": ("Name", "Nom"),
    "Status": ("Status", "État"),
    "GPUs per node": ("GPUs pro Knoten", "GPU par nœud"),
    "Nodes": ("Knoten", "Nœuds"),
    # JsonReader
    "empty body: the server sent no JSON": (
        "leerer Inhalt: der Server hat kein JSON gesendet", f"corps vide{NB}: le serveur n’a envoyé aucun JSON"),
    "expected a JSON object at the top level": (
        "auf oberster Ebene wurde ein JSON-Objekt erwartet", "un objet JSON était attendu au premier niveau"),
    "not JSON: the body starts with '%1'": (
        "kein JSON: der Inhalt beginnt mit „%1“", f"pas du JSON{NB}: le corps commence par «{NB}%1{NB}»"),
    "truncated JSON: the body ends after %1 bytes, before the object is closed": (
        "abgeschnittenes JSON: der Inhalt endet nach %1 Bytes, bevor das Objekt geschlossen ist",
        f"JSON tronqué{NB}: le corps s’arrête après %1 octets, avant la fermeture de l’objet"),
    "not valid UTF-8 (the first bad byte is at offset %1)": (
        "kein gültiges UTF-8 (das erste fehlerhafte Byte steht an Position %1)",
        "UTF-8 non valide (le premier octet erroné est à la position %1)"),
    "a JSON object": ("ein JSON-Objekt", "un objet JSON"),
    "unexpected content after the JSON object": (
        "unerwarteter Inhalt nach dem JSON-Objekt", "contenu inattendu après l’objet JSON"),
    "expected %1": ("erwartet: %1", f"attendu{NB}: %1"),
    "another type": ("ein anderer Typ", "un autre type"),
    "not a finite number, or out of range": (
        "keine endliche Zahl oder außerhalb des Bereichs", "pas un nombre fini, ou hors limites"),
    "not valid UTF-8": ("kein gültiges UTF-8", "UTF-8 non valide"),
    "truncated or malformed JSON": ("abgeschnittenes oder fehlerhaftes JSON", "JSON tronqué ou mal formé"),
    "malformed JSON (%1)": ("fehlerhaftes JSON (%1)", "JSON mal formé (%1)"),
    "required field is missing": ("Pflichtfeld fehlt", "champ obligatoire manquant"),
    "an object": ("ein Objekt", "un objet"),
    "an array": ("ein Array", "un tableau"),
    "a string": ("eine Zeichenkette", "une chaîne"),
    "an integer": ("eine ganze Zahl", "un entier"),
    "a number": ("eine Zahl", "un nombre"),
    "an ISO-8601 date-time string": ("eine Datums-/Zeitangabe nach ISO 8601", "une date-heure ISO 8601"),
    "not an ISO-8601 date-time": ("keine Datums-/Zeitangabe nach ISO 8601", "pas une date-heure ISO 8601"),
    "out of range": ("außerhalb des Bereichs", "hors limites"),
    # KeychainApiKeyStore
    "The system keychain is not available: %1": (
        "Der Systemschlüsselbund ist nicht verfügbar: %1", f"Le trousseau du système n’est pas disponible{NB}: %1"),
    "Could not store the key in the system keychain: %1": (
        "Der Schlüssel konnte nicht im Systemschlüsselbund gespeichert werden: %1",
        f"Impossible d’enregistrer la clé dans le trousseau du système{NB}: %1"),
    # LegendWidget
    "Click to hide, double-click to show only this series": (
        "Klicken zum Ausblenden, Doppelklick zeigt nur diese Reihe",
        "Cliquer pour masquer, double-cliquer pour n’afficher que cette série"),
    # MainWindow
    "Trainscope": ("Trainscope", "Trainscope"),
    "Open a job from the list to see what it did to its machines.": (
        "Öffnen Sie einen Job aus der Liste, um zu sehen, was er mit seinen Maschinen gemacht hat.",
        "Ouvrez une tâche de la liste pour voir ce qu’elle a fait de ses machines."),
    "Loading": ("Wird geladen", "Chargement"),
    "Loading projects and jobs…": ("Projekte und Jobs werden geladen…", "Chargement des projets et des tâches…"),
    "%n job(s)": (("%n Job", "%n Jobs"), ("%n tâche", "%n tâches")),
    "Could not load %1. %2": ("%1 konnte nicht geladen werden. %2", "Impossible de charger %1. %2"),
    "%1 — Trainscope": ("%1 – Trainscope", "%1 — Trainscope"),
    "Loading metrics of %1…": ("Metriken von %1 werden geladen…", "Chargement des métriques de %1…"),
    "%1: %L2 points in memory": ("%1: %L2 Punkte im Speicher", f"%1{NB}: %L2 points en mémoire"),
    "Open &Recent": ("&Zuletzt geöffnet", "Ouvrir un élément &récent"),
    "&Export as PNG…": ("Als PNG &exportieren…", "&Exporter en PNG…"),
    "Export as C&SV…": ("Als C&SV exportieren…", "Exporter en C&SV…"),
    "&Copy Chart": ("Diagramm &kopieren", "&Copier le graphique"),
    "Se&ttings…": ("E&instellungen…", "&Paramètres…"),
    "&Quit": ("&Beenden", "&Quitter"),
    "&View": ("&Ansicht", "&Affichage"),
    "Refresh &Job List": ("&Jobliste aktualisieren", "Actualiser la liste des &tâches"),
    "&Filter Jobs": ("Jobs &filtern", "&Filtrer les tâches"),
    "&Range": ("&Zeitraum", "&Période"),
    # MetricInfo
    "GPU utilization": ("GPU-Auslastung", "Utilisation GPU"),
    "GPU memory": ("GPU-Speicher", "Mémoire GPU"),
    "CPU usage": ("CPU-Nutzung", "Utilisation CPU"),
    "CPU memory": ("CPU-Speicher", "Mémoire CPU"),
    "Ephemeral storage": ("Flüchtiger Speicherplatz", "Stockage éphémère"),
    "Ephemeral storage utilization": ("Auslastung des flüchtigen Speicherplatzes", "Utilisation du stockage éphémère"),
    "Cache": ("Cache", "Cache"),
    "Cache utilization": ("Cache-Auslastung", "Utilisation du cache"),
    # MetricsParser
    "not a finite number (NaN and Infinity are not JSON)": (
        "keine endliche Zahl (NaN und Infinity sind kein JSON)",
        "pas un nombre fini (NaN et Infinity ne sont pas du JSON)"),
    "%1: timestamps out of order or repeated; sorted, keeping the last value of a repeated time": (
        "%1: Zeitstempel ungeordnet oder doppelt; sortiert, bei doppelten Zeiten gilt der letzte Wert",
        f"%1{NB}: horodatages dans le désordre ou répétés{NB}; triés, en gardant la dernière valeur d’un "
        "instant répété"),
    "GPU rank is not a non-negative integer": (
        "Der GPU-Rang ist keine nichtnegative ganze Zahl", "Le rang GPU n’est pas un entier positif ou nul"),
    # SeriesTreeModel
    "Job-wide cache": ("Jobweiter Cache", "Cache de toute la tâche"),
    # SettingsDialog
    "Settings": ("Einstellungen", "Paramètres"),
    "Baseten API base URL": ("Basis-URL der Baseten-API", "URL de base de l’API Baseten"),
    "API key": ("API-Schlüssel", "Clé d’API"),
    "BASETEN_API_KEY is set and takes precedence": (
        "BASETEN_API_KEY ist gesetzt und hat Vorrang", "BASETEN_API_KEY est définie et a la priorité"),
    "Unchanged (kept in the system keychain)": (
        "Unverändert (im Systemschlüsselbund gespeichert)", "Inchangée (conservée dans le trousseau du système)"),
    "Last 15 minutes": ("Letzte 15 Minuten", "15 dernières minutes"),
    "Last hour": ("Letzte Stunde", "Dernière heure"),
    "Last 6 hours": ("Letzte 6 Stunden", "6 dernières heures"),
    "Last 24 hours": ("Letzte 24 Stunden", "24 dernières heures"),
    "Last 7 days": ("Letzte 7 Tage", "7 derniers jours"),
    "Follow the system": ("Wie das System", "Suivre le système"),
    "Light": ("Hell", "Clair"),
    "Dark": ("Dunkel", "Sombre"),
    "Base &URL": ("Basis-&URL", "&URL de base"),
    "API &key": ("API-&Schlüssel", "&Clé d’API"),
    "Request &timeout": ("&Zeitlimit für Anfragen", "&Délai d’attente des requêtes"),
    "Live &refresh every": ("Live-&Aktualisierung alle", "A&ctualisation en direct toutes les"),
    "Default &range": ("Standard&zeitraum", "&Période par défaut"),
    "T&heme": ("&Design", "T&hème"),
    "&Clear cache": ("Cache &leeren", "&Vider le cache"),
    "Offline cache": ("Offline-Cache", "Cache hors ligne"),
    "The base URL must be an http or https address.": (
        "Die Basis-URL muss eine http- oder https-Adresse sein.", "L’URL de base doit être une adresse http ou https."),
    # CompareView
    "Comparison table": ("Vergleichstabelle", "Tableau comparatif"),
    "<b>Comparison</b> — differences are against the first job": (
        "<b>Vergleich</b> – Unterschiede beziehen sich auf den ersten Job",
        "<b>Comparaison</b> — les écarts sont calculés par rapport à la première tâche"),
    "Export table as CSV…": ("Tabelle als CSV exportieren…", "Exporter le tableau en CSV…"),
    "Export table as CSV": ("Tabelle als CSV exportieren", "Exporter le tableau en CSV"),
    "Columns": ("Spalten", "Colonnes"),
    "Overlay": ("Überlagert", "Superposition"),
    "Layout": ("Anordnung", "Disposition"),
    "Columns: one column of charts per job. Overlay: all jobs in one chart per metric, one colour per job.": (
        "Spalten: eine Diagrammspalte pro Job. Überlagert: alle Jobs in einem Diagramm pro Metrik, eine Farbe "
        "pro Job.",
        f"Colonnes{NB}: une colonne de graphiques par tâche. Superposition{NB}: toutes les tâches dans un "
        "graphique par métrique, une couleur par tâche."),
    "Time since start": ("Zeit seit Start", "Temps depuis le début"),
    "Wall clock": ("Uhrzeit", "Heure réelle"),
    "Time axis": ("Zeitachse", "Axe du temps"),
    "Align on GPU utilization ≥": ("Ausrichten ab GPU-Auslastung ≥", "Aligner sur une utilisation GPU ≥"),
    "Align jobs on GPU utilization": ("Jobs an der GPU-Auslastung ausrichten",
                                      "Aligner les tâches sur l’utilisation GPU"),
    "Start each job's clock when its mean GPU utilization first reaches the threshold: compares training, "
    "not queueing and setup.": (
        "Die Uhr jedes Jobs startet, wenn seine mittlere GPU-Auslastung erstmals die Schwelle erreicht: So "
        "wird das Training verglichen, nicht Warteschlange und Einrichtung.",
        "Démarrer l’horloge de chaque tâche quand son utilisation GPU moyenne atteint le seuil pour la première "
        f"fois{NB}: on compare l’entraînement, pas l’attente ni la mise en place."),
    " %": (f"{NB}%", f"{NB}%"),
    "Alignment threshold in percent": ("Ausrichtungsschwelle in Prozent", "Seuil d’alignement en pourcentage"),
    "Whole": ("Ganz", "Tout"),
    "First 1 h": (f"Erste 1{NB}Std.", f"1re{NB}h"),
    "First 6 h": (f"Erste 6{NB}Std.", f"6 premières{NB}h"),
    "First 24 h": (f"Erste 24{NB}Std.", f"24 premières{NB}h"),
    "All of the longest job": ("Der ganze längste Job", "Toute la tâche la plus longue"),
    "The %1 of every job, from its zero": ("Die ersten %1 jedes Jobs, ab seinem Nullpunkt",
                                          "Les %1 de chaque tâche, depuis son zéro"),
    "Show twice the time; or right-click a chart": (
        "Doppelte Zeitspanne zeigen; oder Rechtsklick auf ein Diagramm",
        f"Afficher une durée deux fois plus longue{NB}; ou clic droit sur un graphique"),
    "Every rank": ("Alle Ränge", "Tous les rangs"),
    "Show every rank": ("Alle Ränge zeigen", "Afficher tous les rangs"),
    "Overlay: draw every GPU rank and node of every job in the job's colour": (
        "Überlagert: jeden GPU-Rang und Knoten jedes Jobs in der Farbe des Jobs zeichnen",
        f"Superposition{NB}: tracer chaque rang GPU et chaque nœud de chaque tâche dans la couleur de la tâche"),
    "Export as PNG…": ("Als PNG exportieren…", "Exporter en PNG…"),
    "Export comparison as PNG": ("Vergleich als PNG exportieren", "Exporter la comparaison en PNG"),
    "Loading %1": ("%1 wird geladen", "Chargement de %1"),
    # ExportCommand --compare
    "Compare two to six jobs instead: see \"trainscope export --compare --help\".": (
        "Stattdessen zwei bis sechs Jobs vergleichen: siehe „trainscope export --compare --help“.",
        f"Pour comparer plutôt deux à six tâches{NB}: voir «{NB}trainscope export --compare --help{NB}»."),
    "Exports a comparison of two to six Baseten training jobs as a PNG image: their charts side by side on "
    "time since each job's start, and the comparison table; optionally the table as CSV. The API key is read "
    "from the environment variable BASETEN_API_KEY.\nEvery job must load: if any fails, each failure is "
    "reported on its own line of stderr, nothing is written and the exit code is 1.": (
        "Exportiert einen Vergleich von zwei bis sechs Baseten-Trainingsjobs als PNG-Bild: ihre Diagramme "
        "nebeneinander über der Zeit seit dem Start jedes Jobs, dazu die Vergleichstabelle; auf Wunsch die "
        "Tabelle als CSV. Der API-Schlüssel wird aus der Umgebungsvariablen BASETEN_API_KEY gelesen.\n"
        "Jeder Job muss sich laden lassen: Schlägt einer fehl, steht jeder Fehler in einer eigenen Zeile auf "
        "stderr, nichts wird geschrieben und der Exit-Code ist 1.",
        f"Exporte une comparaison de deux à six tâches d’entraînement Baseten en image PNG{NB}: leurs "
        "graphiques côte à côte selon le temps écoulé depuis le début de chaque tâche, et le tableau "
        f"comparatif{NB}; en option, le tableau en CSV. La clé d’API est lue dans la variable d’environnement "
        f"BASETEN_API_KEY.\nChaque tâche doit se charger{NB}: en cas d’échec, chaque erreur est signalée sur "
        "sa propre ligne de stderr, rien n’est écrit et le code de sortie vaut 1."),
    "Compare jobs (this mode).": ("Jobs vergleichen (dieser Modus).", "Comparer des tâches (ce mode)."),
    "A job to compare as PROJECT/JOB; give it two to six times. The first job is the one the table's "
    "differences are against.": (
        "Ein zu vergleichender Job als PROJEKT/JOB; zwei- bis sechsmal angeben. Die Unterschiede in der "
        "Tabelle beziehen sich auf den ersten Job.",
        f"Une tâche à comparer, sous la forme PROJET/TÂCHE{NB}; à donner deux à six fois. Les écarts du "
        "tableau sont calculés par rapport à la première tâche."),
    "project/job": ("Projekt/Job", "projet/tâche"),
    "The first part of each job instead of all of it, on time since the job's start: a count and a unit of "
    "s, m, h or d (1h, 6h, 7d). The table covers the same part.": (
        "Nur der erste Teil jedes Jobs statt des ganzen, gemessen ab dem Start des Jobs: eine Zahl und eine "
        "Einheit s, m, h oder d (1h, 6h, 7d). Die Tabelle deckt denselben Teil ab.",
        "La première partie de chaque tâche au lieu de la totalité, depuis le début de la tâche" + NB + ": "
        "un nombre et une unité s, m, h ou d (1h, 6h, 7d). Le tableau couvre la même partie."),
    "columns (a column of charts per job, the default) or overlay (one chart per metric, a colour per job).": (
        "columns (eine Diagrammspalte pro Job, Standard) oder overlay (ein Diagramm pro Metrik, eine Farbe "
        "pro Job).",
        "columns (une colonne de graphiques par tâche, par défaut) ou overlay (un graphique par métrique, "
        "une couleur par tâche)."),
    "layout": ("Anordnung", "disposition"),
    "Also write the comparison table to this CSV file: a header row, then one row per job in SI units.": (
        "Zusätzlich die Vergleichstabelle in diese CSV-Datei schreiben: eine Kopfzeile, dann eine Zeile pro "
        "Job in SI-Einheiten.",
        f"Écrire aussi le tableau comparatif dans ce fichier CSV{NB}: une ligne d’en-tête, puis une ligne par "
        "tâche en unités SI."),
    "--compare takes %1 to %2 --job options; got %3.": (
        "--compare erwartet %1 bis %2 --job-Optionen; erhalten: %3.",
        f"--compare attend de %1 à %2 options --job{NB}; reçu{NB}: %3."),
    "--job must be PROJECT/JOB with --compare: %1": (
        "--job muss mit --compare die Form PROJEKT/JOB haben: %1",
        f"--job doit être de la forme PROJET/TÂCHE avec --compare{NB}: %1"),
    "Missing --png.": ("--png fehlt.", "--png manquant."),
    "--layout must be columns or overlay: %1": (
        "--layout muss columns oder overlay sein: %1", f"--layout doit valoir columns ou overlay{NB}: %1"),
    "Job %1: %2": ("Job %1: %2", f"Tâche %1{NB}: %2"),
    # MainWindow, compare
    "Comparison of %n jobs — Trainscope": (
        ("Vergleich von %n Job – Trainscope", "Vergleich von %n Jobs – Trainscope"),
        ("Comparaison de %n tâche — Trainscope", "Comparaison de %n tâches — Trainscope")),
    "&Compare Selected Jobs": ("Ausgewählte Jobs &vergleichen", "&Comparer les tâches sélectionnées"),
    "Select two to six jobs in the list (Ctrl+click) to compare them": (
        "Wählen Sie zwei bis sechs Jobs in der Liste aus (Strg+Klick), um sie zu vergleichen",
        "Sélectionnez deux à six tâches dans la liste (Ctrl+clic) pour les comparer"),
    "&Dashboard": ("&Dashboard", "&Tableau de bord"),
    "C&omparison": ("Ver&gleich", "C&omparaison"),
    # DesktopApp, compare
    "Job to open: an id with --project, or PROJECT/JOB. Given two to six times as PROJECT/JOB, opens those "
    "jobs side by side for comparison.": (
        "Zu öffnender Job: eine ID mit --project oder PROJEKT/JOB. Zwei- bis sechsmal als PROJEKT/JOB "
        "angegeben, öffnet er diese Jobs nebeneinander zum Vergleich.",
        f"Tâche à ouvrir{NB}: un identifiant avec --project, ou PROJET/TÂCHE. Donnée deux à six fois sous la "
        "forme PROJET/TÂCHE, ouvre ces tâches côte à côte pour les comparer."),
    "--project takes one --job id; to compare, give --job PROJECT/JOB per job.": (
        "--project erwartet eine --job-ID; zum Vergleichen geben Sie --job PROJEKT/JOB pro Job an.",
        f"--project attend un seul identifiant --job{NB}; pour comparer, donnez --job PROJET/TÂCHE par tâche."),
    "--job without --project must be PROJECT/JOB: %1": (
        "--job ohne --project muss die Form PROJEKT/JOB haben: %1",
        f"--job sans --project doit être de la forme PROJET/TÂCHE{NB}: %1"),
    "At most %1 jobs can be compared.": ("Höchstens %1 Jobs lassen sich vergleichen.",
                                        "On peut comparer au plus %1 tâches."),
}

# English plural forms; every other English entry is its source text.
EN_PLURALS = {
    "Comparison of %n job(s)": ("Comparison of %n job", "Comparison of %n jobs"),
    "%n node(s)": ("%n node", "%n nodes"),
    "… and %n more": ("… and %n more", "… and %n more"),
    "%n job(s)": ("%n job", "%n jobs"),
    "Comparison of %n jobs — Trainscope": ("Comparison of %n job — Trainscope", "Comparison of %n jobs — Trainscope"),
}

MESSAGE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
TRANSLATION = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)


def esc(text):
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def lookup(lang, context, source, numerus):
    if lang == "en":
        if numerus:
            return EN_PLURALS.get(context + "|" + source) or EN_PLURALS.get(source)
        return source
    entry = T.get(context + "|" + source) or T.get(source)
    if entry is None:
        return None
    value = entry[["de", "fr"].index(lang)]
    if numerus != isinstance(value, tuple):
        sys.exit(f"fill.py: '{source}' is {'' if numerus else 'not '}a plural string; fix its table entry")
    return value


def translation_xml(value, indent):
    if isinstance(value, tuple):
        forms = "".join(f"\n{indent}    <numerusform>{esc(v)}</numerusform>" for v in value)
        return f"<translation>{forms}\n{indent}</translation>"
    return f"<translation>{esc(value)}</translation>"


def fill(path, lang):
    text = open(path, encoding="utf-8").read()
    missing = []

    def context_sub(cm):
        context = html.unescape(cm.group("name"))

        def message_sub(m):
            body = m.group("body")
            source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
            value = lookup(lang, context, source, 'numerus="yes"' in m.group("attrs"))
            if value is None:
                missing.append(f"{context}: {source}")
                return m.group(0)
            indent = re.search(r"\n([ \t]*)<translation", body).group(1)
            body = TRANSLATION.sub(lambda _: translation_xml(value, indent), body, count=1)
            return m.group(1) + body + m.group(4)

        return cm.group(0).replace(cm.group("body"), MESSAGE.sub(message_sub, cm.group("body")))

    text = CONTEXT.sub(context_sub, text)
    open(path, "w", encoding="utf-8").write(text)
    return missing


def lupdate(tool, ts_files):
    sources = sorted(f for g in GLOBS for f in glob.glob(os.path.join(ROOT, g)))
    listing = os.path.join(ROOT, "translations", ".sources.lst")
    with open(listing, "w") as f:
        f.write("\n".join(sources) + "\n")
    try:
        subprocess.run([tool, "-silent", *LUPDATE_OPTIONS, "@" + listing, "-ts", *ts_files], check=True)
    finally:
        os.remove(listing)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    args = parser.parse_args()
    ts_files = [os.path.join(ROOT, "translations", f"trainscope_{lang}.ts") for lang in LANGS]
    lupdate(args.lupdate, ts_files)
    missing_any = False
    for lang, path in zip(LANGS, ts_files):
        missing = fill(path, lang)
        for m in missing:
            print(f"{os.path.basename(path)}: no translation for {m}")
        missing_any = missing_any or bool(missing)
    lupdate(args.lupdate, ts_files)  # lupdate's own formatting, so the CTest check sees no difference
    return 1 if missing_any else 0


if __name__ == "__main__":
    sys.exit(main())
