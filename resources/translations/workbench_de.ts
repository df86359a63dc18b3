<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../workbench/gui/actions.py" line="129"/>
        <source>Import &amp;file…</source>
        <translation>&amp;Datei importieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="130"/>
        <source>Import from &amp;web address…</source>
        <translation>Von &amp;Webadresse importieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="131"/>
        <source>&amp;Paste an article…</source>
        <translation>Artikel ein&amp;fügen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="132"/>
        <source>&amp;ClaimReview JSON-LD of this article…</source>
        <translation>&amp;ClaimReview-JSON-LD dieses Artikels…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="133"/>
        <source>This &amp;article&apos;s case as JSON…</source>
        <translation>Fall dieses &amp;Artikels als JSON…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="134"/>
        <source>The whole &amp;library as JSON…</source>
        <translation>Die ganze &amp;Bibliothek als JSON…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="135"/>
        <source>&amp;New library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="136"/>
        <source>&amp;Open library…</source>
        <translation>Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="137"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="138"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="140"/>
        <source>&amp;Find in article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="141"/>
        <source>&amp;Search the library…</source>
        <translation>Bibliothek &amp;durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="142"/>
        <source>Library &amp;settings…</source>
        <translation>Bibliotheks&amp;einstellungen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="143"/>
        <source>&amp;Mark selection as claim</source>
        <translation>Auswahl als Behauptung &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="144"/>
        <source>S&amp;uggest claims</source>
        <translation>Behauptungen &amp;vorschlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="145"/>
        <source>&amp;Delete claim</source>
        <translation>Behauptung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="146"/>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="147"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="148"/>
        <source>&amp;About Fact-check Workbench</source>
        <translation>&amp;Über Fact-check Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="149"/>
        <source>Where is the &amp;log file?</source>
        <translation>Wo liegt die &amp;Protokolldatei?</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="150"/>
        <source>Show &amp;snapshot…</source>
        <translation>&amp;Schnappschuss zeigen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="151"/>
        <source>Export snapshot as &amp;WARC…</source>
        <translation>Schnappschuss als &amp;WARC exportieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="152"/>
        <source>&amp;Check this claim&apos;s sources</source>
        <translation>Quellen dieser Behauptung &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="153"/>
        <source>Check &amp;all sources in the library</source>
        <translation>&amp;Alle Quellen der Bibliothek prüfen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="154"/>
        <source>Archive at the &amp;Internet Archive</source>
        <translation>Im &amp;Internet Archive sichern</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="155"/>
        <source>&amp;Internet Archive…</source>
        <translation>&amp;Internet Archive…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="159"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="163"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="164"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="165"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="170"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="171"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="172"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="173"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="174"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="175"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="176"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="177"/>
        <source>&amp;Claims</source>
        <translation>Be&amp;hauptungen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="178"/>
        <source>Default rating &amp;scale</source>
        <translation>Standard-Bewertungs&amp;skala</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="179"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="180"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>ArchiveSettingsDialog</name>
    <message>
        <location filename="../../workbench/gui/settings_dialog.py" line="93"/>
        <source>Internet Archive</source>
        <extracomment>Where Save Page Now answers; only changed to reach a mirror or a local imitation in tests. Names of the keys in the keyring.</extracomment>
        <translation>Internet Archive</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/settings_dialog.py" line="97"/>
        <source>With your own archive.org keys, a source&apos;s page can be saved in the Wayback Machine so readers can check it themselves. The keys are on your account&apos;s page archive.org/account/s3.php. They are kept in this computer&apos;s settings, not in the library. Leave both fields empty to switch archiving off.</source>
        <translation>Mit Ihren eigenen archive.org-Schlüsseln lässt sich die Seite einer Quelle in der Wayback Machine sichern, sodass Leserinnen und Leser sie selbst prüfen können. Die Schlüssel stehen auf der Seite archive.org/account/s3.php Ihres Kontos. Sie werden in den Einstellungen dieses Computers gespeichert, nicht in der Bibliothek. Lassen Sie beide Felder leer, um das Archivieren auszuschalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/settings_dialog.py" line="110"/>
        <source>archive.org access key</source>
        <translation>archive.org-Zugangsschlüssel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/settings_dialog.py" line="111"/>
        <source>archive.org secret key</source>
        <translation>archive.org-Geheimschlüssel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/settings_dialog.py" line="113"/>
        <source>&amp;Access key:</source>
        <translation>&amp;Zugangsschlüssel:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/settings_dialog.py" line="114"/>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimschlüssel:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/settings_dialog.py" line="132"/>
        <source>Enter both keys, or leave both empty.</source>
        <translation>Geben Sie beide Schlüssel ein oder lassen Sie beide leer.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/library_dock.py" line="167"/>
        <source>%n claim(s)</source>
        <extracomment>Whether the view needs more rows (its end is in sight); set by the view&apos;s owner. QTreeView asks for more on every layout, which would read the whole library at once.</extracomment>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../workbench/gui/article_view.py" line="170"/>
        <source>Open link…</source>
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/article_view.py" line="171"/>
        <source>Open the article&apos;s address in your web browser</source>
        <translation>Die Adresse des Artikels im Webbrowser öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/article_view.py" line="172"/>
        <source>Open the article&apos;s link in a browser</source>
        <translation>Den Link des Artikels in einem Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/article_view.py" line="173"/>
        <source>Article text</source>
        <translation>Text des Artikels</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/article_view.py" line="175"/>
        <source>Select a passage and press Ctrl+M to mark it as a claim</source>
        <translation>Eine Passage auswählen und mit Strg+M als Behauptung markieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/article_view.py" line="177"/>
        <source>Article title</source>
        <translation>Titel des Artikels</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/article_view.py" line="178"/>
        <source>Claims not found in the current text</source>
        <translation>Behauptungen, die im aktuellen Text fehlen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/article_view.py" line="220"/>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/article_view.py" line="223"/>
        <source>Import an article with File ▸ Import, or pick one in the library on the left.</source>
        <translation>Importieren Sie einen Artikel über Datei ▸ Importieren oder wählen Sie links einen aus der Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/article_view.py" line="239"/>
        <source>Claims no longer found in this version of the text: %n</source>
        <translation>
            <numerusform>Behauptung, die in dieser Textfassung fehlt: %n</numerusform>
            <numerusform>Behauptungen, die in dieser Textfassung fehlen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimInspector</name>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="180"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="164"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="173"/>
        <source>Sections of the claim</source>
        <translation>Abschnitte der Behauptung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="181"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="182"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="183"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="184"/>
        <source>Already checked?</source>
        <translation>Schon geprüft?</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="167"/>
        <source>Select a claim in the article or in the list, or select a passage and mark it as a claim (Ctrl+M).</source>
        <translation>Wählen Sie eine Behauptung im Artikel oder in der Liste, oder markieren Sie eine Passage als Behauptung (Strg+M).</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="172"/>
        <source>Verdict history</source>
        <translation>Verlauf der Urteile</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector.py" line="171"/>
        <source>Quoted passage</source>
        <translation>Zitierte Passage</translation>
    </message>
</context>
<context>
    <name>ClaimListPanel</name>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="107"/>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="108"/>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="111"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="117"/>
        <source>Filter claims by words…</source>
        <translation>Behauptungen nach Wörtern filtern…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="118"/>
        <source>Which claims to list</source>
        <translation>Welche Behauptungen gezeigt werden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="119"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="120"/>
        <source>Filter by rating</source>
        <translation>Nach Bewertung filtern</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="121"/>
        <source>Filter claims by words</source>
        <translation>Behauptungen nach Wörtern filtern</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="122"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_list.py" line="131"/>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
</context>
<context>
    <name>ClaimSection</name>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="142"/>
        <source>&amp;Statement:</source>
        <translation>&amp;Aussage:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="143"/>
        <source>Claima&amp;nt:</source>
        <translation>&amp;Urheber:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="144"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="145"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="146"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="150"/>
        <source>The claim in your own words</source>
        <translation>Die Behauptung in eigenen Worten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="151"/>
        <source>Who made the claim</source>
        <translation>Wer die Behauptung aufgestellt hat</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="152"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="154"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="155"/>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="156"/>
        <source>Date of the claim</source>
        <translation>Datum der Behauptung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_claim.py" line="158"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <location filename="../../workbench/gui/claim_model.py" line="252"/>
        <source>Needs review: %1</source>
        <extracomment>Up to this many rows a listing is read on the UI thread: a short, cheap query. The core&apos;s sort key per column; the number of sources can&apos;t be sorted by the core.</extracomment>
        <translation>Zu prüfen: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_model.py" line="282"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_model.py" line="283"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_model.py" line="284"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_model.py" line="285"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/claim_model.py" line="286"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="50"/>
        <source>The library file could not be read or written (%1).</source>
        <translation>Die Bibliotheksdatei konnte nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="54"/>
        <source>A file could not be read or written: %1</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="57"/>
        <source>Something went wrong inside the workbench. Your work so far is saved; the details were written to the log file:
%1</source>
        <translation>In der Workbench ist ein Fehler aufgetreten. Ihre bisherige Arbeit ist gespeichert; die Einzelheiten stehen in der Protokolldatei:
%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="72"/>
        <location filename="../../workbench/gui/dialogs.py" line="84"/>
        <location filename="../../workbench/gui/dialogs.py" line="96"/>
        <source>Fact-check Workbench</source>
        <translation>Fact-check Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="115"/>
        <source>The file %1 is not on this computer.</source>
        <translation>Die Datei %1 ist auf diesem Computer nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="119"/>
        <source>Open this address outside the workbench?

%1</source>
        <translation>Diese Adresse außerhalb der Workbench öffnen?

%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="122"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="166"/>
        <source>Paste an article</source>
        <translation>Artikel einfügen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="169"/>
        <source>Paste the article&apos;s text below. It is kept as plain text.</source>
        <translation>Fügen Sie den Text des Artikels unten ein. Er wird als reiner Text gespeichert.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="172"/>
        <source>Article text to import</source>
        <translation>Zu importierender Artikeltext</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="176"/>
        <source>From the first line if left empty</source>
        <translation>Aus der ersten Zeile, wenn leer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="179"/>
        <source>e.g. 28.01.2025 or 2025-01-28</source>
        <translation>z. B. 28.01.2025 oder 2025-01-28</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="181"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="188"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="188"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="189"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="189"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="191"/>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="193"/>
        <source>Date of publication</source>
        <translation>Datum der Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="195"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="195"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="197"/>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="199"/>
        <source>Address where the article appeared</source>
        <translation>Adresse, unter der der Artikel erschien</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="238"/>
        <source>Paste the article&apos;s text first.</source>
        <translation>Fügen Sie zuerst den Text des Artikels ein.</translation>
    </message>
</context>
<context>
    <name>EvidenceAdder</name>
    <message>
        <location filename="../../workbench/gui/evidence_adding.py" line="50"/>
        <source>Choose a file as evidence</source>
        <translation>Datei als Beleg wählen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_adding.py" line="52"/>
        <source>Documents (*.pdf *.html *.htm *.txt *.md *.json *.xml *.csv *.xlsx *.docx);;All files (*)</source>
        <translation>Dokumente (*.pdf *.html *.htm *.txt *.md *.json *.xml *.csv *.xlsx *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_adding.py" line="118"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_adding.py" line="145"/>
        <source>The source was attached, but its page could not be kept as a snapshot: %1</source>
        <translation>Die Quelle wurde angefügt, ihre Seite konnte aber nicht als Schnappschuss gesichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_adding.py" line="151"/>
        <source>Fetching %1</source>
        <translation>%1 wird abgerufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/evidence_adding.py" line="158"/>
        <source>The page was kept as a snapshot; %n excerpt(s) could not be found in it.</source>
        <translation>
            <numerusform>Die Seite wurde als Schnappschuss gesichert; %n Auszug wurde darin nicht gefunden.</numerusform>
            <numerusform>Die Seite wurde als Schnappschuss gesichert; %n Auszüge wurden darin nicht gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_adding.py" line="162"/>
        <source>The page was kept as a snapshot.</source>
        <translation>Die Seite wurde als Schnappschuss gesichert.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="267"/>
        <source>Add a web page as evidence</source>
        <translation>Webseite als Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="270"/>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="272"/>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Titel (optional):</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="276"/>
        <source>Add a file as evidence</source>
        <translation>Datei als Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="280"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="282"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="286"/>
        <source>Add a note as evidence</source>
        <translation>Notiz als Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="288"/>
        <source>e.g. Phone interview with Dr. A. Example</source>
        <translation>z. B. Telefoninterview mit Dr. A. Beispiel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="289"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="274"/>
        <location filename="../../workbench/gui/evidence_widgets.py" line="284"/>
        <location filename="../../workbench/gui/evidence_widgets.py" line="291"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="295"/>
        <source>&amp;Who, when, how:</source>
        <translation>&amp;Wer, wann, wie:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="297"/>
        <source>Edit evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="301"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="311"/>
        <source>&amp;Stance:</source>
        <translation>&amp;Einordnung:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="312"/>
        <source>&amp;Excerpt (exact words):</source>
        <translation>&amp;Auszug (genauer Wortlaut):</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="313"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="319"/>
        <source>Address of the web page</source>
        <translation>Adresse der Webseite</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="320"/>
        <source>Title of the source</source>
        <translation>Titel der Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="321"/>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="322"/>
        <source>Who, when and how</source>
        <translation>Wer, wann und wie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="323"/>
        <source>Stance of the evidence</source>
        <translation>Einordnung des Belegs</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="324"/>
        <source>Excerpt: the exact words quoted</source>
        <translation>Auszug: der genaue zitierte Wortlaut</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="325"/>
        <source>Note on this evidence</source>
        <translation>Notiz zu diesem Beleg</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="367"/>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation>Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="369"/>
        <source>Name the source, for example the person interviewed.</source>
        <translation>Nennen Sie die Quelle, zum Beispiel die befragte Person.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="85"/>
        <source>Source</source>
        <extracomment>Excerpt states: what a look-up of the excerpt in the latest snapshot&apos;s text gave.</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="86"/>
        <source>Stance</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="87"/>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="88"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="89"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="90"/>
        <source>In snapshot</source>
        <translation>Im Schnappschuss</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="91"/>
        <source>Link check</source>
        <translation>Linkprüfung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="152"/>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="153"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="154"/>
        <source>looking…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="155"/>
        <source>no snapshot</source>
        <translation>kein Schnappschuss</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="161"/>
        <source>alive</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="162"/>
        <source>redirected</source>
        <translation>umgeleitet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="163"/>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="164"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="165"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="180"/>
        <source>The excerpt is in the text of the snapshot of %1.</source>
        <translation>Der Auszug steht im Text des Schnappschusses vom %1.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="182"/>
        <source>The excerpt was not found in the text of the snapshot of %1. Check the wording, or whether the page has changed.</source>
        <translation>Der Auszug wurde im Text des Schnappschusses vom %1 nicht gefunden. Prüfen Sie den Wortlaut oder ob sich die Seite geändert hat.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="185"/>
        <source>Looking for the excerpt in the snapshot of %1…</source>
        <translation>Der Auszug wird im Schnappschuss vom %1 gesucht…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="186"/>
        <source>There is no snapshot of this source to look in.</source>
        <translation>Von dieser Quelle gibt es keinen Schnappschuss, in dem gesucht werden könnte.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="194"/>
        <source>Link %1 when checked on %2.</source>
        <translation>Link bei der Prüfung am %2: %1.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="199"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_widgets.py" line="208"/>
        <source>Archived copy: %1</source>
        <translation>Archivierte Kopie: %1</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="110"/>
        <source>+ URL</source>
        <translation>+ URL</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="110"/>
        <source>Add a web page as evidence</source>
        <translation>Webseite als Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="111"/>
        <source>+ File</source>
        <translation>+ Datei</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="111"/>
        <source>Add a file as evidence</source>
        <translation>Datei als Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="112"/>
        <source>+ Note</source>
        <translation>+ Notiz</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="112"/>
        <source>Add a note, e.g. an interview</source>
        <translation>Notiz hinzufügen, z. B. ein Interview</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="113"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="113"/>
        <source>Edit the selected evidence</source>
        <translation>Den ausgewählten Beleg bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="114"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="114"/>
        <source>Remove the selected evidence</source>
        <translation>Den ausgewählten Beleg entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="115"/>
        <source>Open link…</source>
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="115"/>
        <source>Open the selected source&apos;s link</source>
        <translation>Den Link der ausgewählten Quelle öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="121"/>
        <source>Evidence for this claim</source>
        <translation>Belege für diese Behauptung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/evidence_panel.py" line="202"/>
        <source>Looking for excerpts in snapshots</source>
        <translation>Auszüge werden in Schnappschüssen gesucht</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="124"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="125"/>
        <source>Claim says</source>
        <translation>Behauptung nennt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="126"/>
        <source>Source says</source>
        <translation>Quelle nennt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="127"/>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="128"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="163"/>
        <source>no figures in its excerpt or snapshot</source>
        <translation>keine Zahlen in Auszug oder Schnappschuss</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="175"/>
        <source>Read from the excerpt</source>
        <translation>Aus dem Auszug gelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="176"/>
        <source>Read from the saved copy of the source</source>
        <translation>Aus der gesicherten Kopie der Quelle gelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="177"/>
        <source>Read from the excerpt and the saved copy</source>
        <translation>Aus dem Auszug und der gespeicherten Kopie gelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="178"/>
        <source>Neither the excerpt nor a saved copy holds figures</source>
        <translation>Weder der Auszug noch eine gesicherte Kopie enthält Zahlen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="183"/>
        <source>Counts as a match within %1</source>
        <translation>Gilt innerhalb von %1 als übereinstimmend</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="188"/>
        <source>The units differ</source>
        <translation>Die Einheiten unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="262"/>
        <source>Figures of the claim compared with each source</source>
        <translation>Zahlen der Behauptung im Vergleich mit jeder Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="263"/>
        <source>Where the source&apos;s figures stand</source>
        <translation>Wo die Zahlen der Quelle stehen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="264"/>
        <source>Result of the figure check</source>
        <translation>Ergebnis der Zahlenprüfung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="314"/>
        <source>Checking figures</source>
        <translation>Zahlen werden geprüft</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="329"/>
        <source>The claim names no figures to compare.</source>
        <translation>Die Behauptung nennt keine Zahlen zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="331"/>
        <source>The claim names %1; add evidence to compare them.</source>
        <translation>Die Behauptung nennt %1; fügen Sie Belege hinzu, um sie zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/figure_panel.py" line="335"/>
        <source>⚠ %n figure(s) differ from the evidence.</source>
        <translation>
            <numerusform>⚠ %n Zahl weicht von den Belegen ab.</numerusform>
            <numerusform>⚠ %n Zahlen weichen von den Belegen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/figure_panel.py" line="339"/>
        <source>⚠ %n source(s) give the claim&apos;s figure and also a different one: read both.</source>
        <translation>
            <numerusform>⚠ %n Quelle nennt die Zahl der Behauptung und auch eine andere: lesen Sie beide.</numerusform>
            <numerusform>⚠ %n Quellen nennen die Zahl der Behauptung und auch eine andere: lesen Sie beide.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="345"/>
        <source>✓ The figures agree with the evidence.</source>
        <translation>✓ Die Zahlen stimmen mit den Belegen überein.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="348"/>
        <source>Nothing comparable: the evidence holds no figure like the claim&apos;s.</source>
        <translation>Nichts Vergleichbares: Die Belege enthalten keine Zahl wie die der Behauptung.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="61"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="71"/>
        <source>(%1 percentage points)</source>
        <translation>(%1 Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="78"/>
        <source>In the excerpt at %1–%2:</source>
        <translation>Im Auszug bei %1–%2:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="79"/>
        <source>In the saved copy at %1–%2:</source>
        <translation>In der gespeicherten Kopie bei %1–%2:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="80"/>
        <source>At %1–%2:</source>
        <translation>Bei %1–%2:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="195"/>
        <source>✓ matches</source>
        <translation>✓ stimmt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="196"/>
        <source>⚠ mismatch</source>
        <translation>⚠ weicht ab</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="197"/>
        <source>⚠ also a different figure</source>
        <translation>⚠ auch eine andere Zahl</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/figure_panel.py" line="198"/>
        <source>nothing comparable</source>
        <translation>nichts Vergleichbares</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../workbench/gui/find_bar.py" line="56"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/find_bar.py" line="57"/>
        <location filename="../../workbench/gui/find_bar.py" line="58"/>
        <source>Find in this article</source>
        <translation>In diesem Artikel suchen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/find_bar.py" line="59"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/find_bar.py" line="60"/>
        <source>Find previous</source>
        <translation>Vorherigen Treffer suchen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/find_bar.py" line="61"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/find_bar.py" line="62"/>
        <source>Find next</source>
        <translation>Nächsten Treffer suchen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/find_bar.py" line="64"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/find_bar.py" line="109"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../workbench/gui/history_model.py" line="54"/>
        <source>verdict withdrawn</source>
        <translation>Urteil zurückgezogen</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../workbench/gui/importing.py" line="71"/>
        <source>Extracting the text of %1</source>
        <translation>Text von %1 wird ausgelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="96"/>
        <source>Import an article</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="98"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.json *.xml);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.json *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="106"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="119"/>
        <source>Import from a web address</source>
        <translation>Von einer Webadresse importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="120"/>
        <source>Address of the article (http or https):</source>
        <translation>Adresse des Artikels (http oder https):</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="126"/>
        <source>Fetching %1</source>
        <translation>%1 wird abgerufen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="144"/>
        <source>%1

Import all of the page&apos;s visible text instead?</source>
        <translation>%1

Stattdessen den gesamten sichtbaren Text der Seite importieren?</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="174"/>
        <source>Importing pasted text</source>
        <translation>Eingefügter Text wird importiert</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="208"/>
        <source>This text is in the library already; it was opened.</source>
        <translation>Dieser Text ist bereits in der Bibliothek; er wurde geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/importing.py" line="214"/>
        <source>A new version of this article was stored; %n claim(s) could not be placed in the new text.</source>
        <translation>
            <numerusform>Eine neue Fassung dieses Artikels wurde gespeichert; %n Behauptung ließ sich im neuen Text nicht verorten.</numerusform>
            <numerusform>Eine neue Fassung dieses Artikels wurde gespeichert; %n Behauptungen ließen sich im neuen Text nicht verorten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="222"/>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="233"/>
        <source>The article&apos;s text has changed since it was last imported:</source>
        <translation>Der Text des Artikels hat sich seit dem letzten Import geändert:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="239"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="251"/>
        <source>Export ClaimReview</source>
        <translation>ClaimReview exportieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="253"/>
        <source>JSON-LD (*.json)</source>
        <translation>JSON-LD (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/importing.py" line="267"/>
        <source>%n ClaimReview record(s) written to %1.</source>
        <translation>
            <numerusform>%n ClaimReview-Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n ClaimReview-Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="275"/>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="275"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/importing.py" line="289"/>
        <source>The case with %n claim(s) was written to %1.</source>
        <translation>
            <numerusform>Der Fall mit %n Behauptung wurde nach %1 geschrieben.</numerusform>
            <numerusform>Der Fall mit %n Behauptungen wurde nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing.py" line="312"/>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/gui/labels.py" line="25"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="26"/>
        <source>researching</source>
        <translation>in Recherche</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="27"/>
        <source>drafted</source>
        <translation>im Entwurf</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="28"/>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="29"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="30"/>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="37"/>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="38"/>
        <source>refutes</source>
        <translation>widerlegt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="39"/>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="47"/>
        <source>web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="48"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="49"/>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="50"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="51"/>
        <source>fact-check</source>
        <translation>Faktencheck</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="52"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="53"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="54"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="55"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="63"/>
        <source>Five-point scale</source>
        <translation>Fünfstufige Skala</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="64"/>
        <source>Correctiv</source>
        <translation>Correctiv</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="65"/>
        <source>PolitiFact Truth-O-Meter</source>
        <translation>PolitiFact Truth-O-Meter</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="66"/>
        <source>Meta fact-checking labels</source>
        <translation>Meta-Faktencheck-Labels</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="67"/>
        <source>dpa-Faktencheck</source>
        <translation>dpa-Faktencheck</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="75"/>
        <source>A generic scale from True to False.</source>
        <translation>Eine allgemeine Skala von Richtig bis Falsch.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="76"/>
        <source>The ratings Correctiv.Faktencheck uses since October 2024.</source>
        <translation>Die Bewertungen, die Correctiv.Faktencheck seit Oktober 2024 verwendet.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="79"/>
        <source>PolitiFact&apos;s six ratings.</source>
        <translation>Die sechs Bewertungen von PolitiFact.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="80"/>
        <source>The labels of Meta&apos;s third-party fact-checking programme.</source>
        <translation>Die Labels aus Metas Faktencheck-Programm mit unabhängigen Partnern.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="81"/>
        <source>The four verdicts of dpa&apos;s fact-checking team.</source>
        <translation>Die vier Urteile des Faktencheck-Teams der dpa.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="87"/>
        <source>no verdict</source>
        <translation>kein Urteil</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../../workbench/gui/library_dock.py" line="226"/>
        <source>Find articles…</source>
        <translation>Artikel finden…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_dock.py" line="227"/>
        <source>Find articles by words</source>
        <translation>Artikel nach Wörtern finden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_dock.py" line="228"/>
        <source>Articles in the library</source>
        <translation>Artikel in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_dock.py" line="254"/>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
</context>
<context>
    <name>LibrarySafetyCommands</name>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="48"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="49"/>
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="50"/>
        <source>C&amp;heck library</source>
        <translation>Bibliothek &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="73"/>
        <source>A verified backup was written to %1.</source>
        <translation>Eine geprüfte Sicherung wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="76"/>
        <source>Backing up the library</source>
        <translation>Die Bibliothek wird gesichert</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="86"/>
        <source>There is no backup of this library yet.</source>
        <translation>Von dieser Bibliothek gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="91"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="91"/>
        <source>Backup to restore:</source>
        <translation>Wiederherzustellende Sicherung:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="99"/>
        <source>Put the backup of %1 back in place of the library? The library as it is now is kept aside beside it.</source>
        <translation>Die Sicherung vom %1 anstelle der Bibliothek einsetzen? Die Bibliothek in ihrem jetzigen Stand wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="114"/>
        <source>The backup is restored. The library as it was is kept at %1.</source>
        <translation>Die Sicherung ist wiederhergestellt. Die Bibliothek im vorigen Stand liegt unter %1.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="119"/>
        <source>Restoring a backup</source>
        <translation>Eine Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="138"/>
        <source>The library is in good order (%1).</source>
        <translation>Die Bibliothek ist in Ordnung (%1).</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/library_safety.py" line="145"/>
        <source>Checking the library</source>
        <translation>Die Bibliothek wird geprüft</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/gui/window_layout.py" line="48"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_layout.py" line="49"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_layout.py" line="50"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_layout.py" line="51"/>
        <source>Claim inspector</source>
        <translation>Behauptung im Detail</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_layout.py" line="52"/>
        <source>Suggested claims</source>
        <translation>Vorgeschlagene Behauptungen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/mainwindow.py" line="211"/>
        <source>Claims in this article</source>
        <translation>Behauptungen in diesem Artikel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/mainwindow.py" line="216"/>
        <source>(in memory)</source>
        <translation>(im Arbeitsspeicher)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/mainwindow.py" line="214"/>
        <source>Opening the library…</source>
        <translation>Die Bibliothek wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/mainwindow.py" line="218"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/mainwindow.py" line="258"/>
        <source>Select a passage in the article first, then mark it as a claim.</source>
        <translation>Wählen Sie zuerst eine Passage im Artikel aus und markieren Sie sie dann als Behauptung.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/mainwindow.py" line="271"/>
        <source>Open an article first.</source>
        <translation>Öffnen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/mainwindow.py" line="291"/>
        <source>Claim deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Behauptung gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/window_navigation.py" line="166"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/window_navigation.py" line="168"/>
        <source>%n with verdict</source>
        <translation>
            <numerusform>%n mit Urteil</numerusform>
            <numerusform>%n mit Urteil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementReviewCommands</name>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="327"/>
        <source>Review claim placements…</source>
        <translation>Platzierung der Behauptungen prüfen…</translation>
    </message>
</context>
<context>
    <name>PlacementReviewDialog</name>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="121"/>
        <source>Review claim placements</source>
        <translation>Platzierung der Behauptungen prüfen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="124"/>
        <source>The article&apos;s text has changed. These claims could not be placed for sure in the new version: check each one against the text it was marked in.</source>
        <translation>Der Text des Artikels hat sich geändert. Diese Behauptungen ließen sich in der neuen Fassung nicht sicher platzieren: Prüfen Sie jede anhand des Textes, in dem sie markiert wurde.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="128"/>
        <source>Claims to review</source>
        <translation>Zu prüfende Behauptungen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="129"/>
        <source>Earlier text</source>
        <translation>Früherer Text</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="130"/>
        <source>Current text</source>
        <translation>Aktueller Text</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="131"/>
        <location filename="../../workbench/gui/placement_review.py" line="185"/>
        <source>&amp;Confirm the place</source>
        <translation>Platz &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="132"/>
        <source>The claim is on the right words in the new text.</source>
        <translation>Die Behauptung liegt im neuen Text auf den richtigen Wörtern.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="133"/>
        <source>&amp;Place on the selected words</source>
        <translation>Auf die &amp;markierten Wörter legen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="134"/>
        <location filename="../../workbench/gui/placement_review.py" line="226"/>
        <location filename="../../workbench/gui/placement_review.py" line="235"/>
        <source>Select the claim&apos;s words in the current text first.</source>
        <translation>Markieren Sie zuerst die Wörter der Behauptung im aktuellen Text.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="135"/>
        <source>&amp;Words are gone</source>
        <translation>&amp;Wörter fehlen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="137"/>
        <source>Keep the claim without a place: its words are not in the new text.</source>
        <translation>Die Behauptung ohne Platz behalten: Ihre Wörter stehen nicht im neuen Text.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="150"/>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="150"/>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="172"/>
        <source>Nothing to review: every claim has its place.</source>
        <translation>Nichts zu prüfen: Jede Behauptung hat ihren Platz.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="180"/>
        <source>Marked: “%1”</source>
        <translation>Markiert: „%1“</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="183"/>
        <source>&amp;Confirm: the words are gone</source>
        <translation>&amp;Bestätigen: Die Wörter fehlen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="188"/>
        <source>Version %1, where the claim was</source>
        <translation>Fassung %1, in der die Behauptung stand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="191"/>
        <source>Version %1, now</source>
        <translation>Fassung %1, jetzt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="193"/>
        <source> (the words were not found)</source>
        <translation> (die Wörter wurden nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="195"/>
        <source> (best guess marked)</source>
        <translation> (beste Vermutung markiert)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/placement_review.py" line="252"/>
        <source>“%1” has its place.</source>
        <translation>„%1“ hat ihren Platz.</translation>
    </message>
</context>
<context>
    <name>PriorPanel</name>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="93"/>
        <location filename="../../workbench/gui/prior_panel.py" line="97"/>
        <source>Similar claims in this library</source>
        <translation>Ähnliche Behauptungen in dieser Bibliothek</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="94"/>
        <location filename="../../workbench/gui/prior_panel.py" line="98"/>
        <source>Published fact-checks</source>
        <translation>Veröffentlichte Faktenchecks</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="95"/>
        <source>&amp;Search published fact-checks</source>
        <translation>Veröffentlichte Faktenchecks &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="96"/>
        <source>&amp;Attach as source</source>
        <translation>Als Quelle &amp;anhängen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="130"/>
        <source>Looking for similar claims</source>
        <translation>Ähnliche Behauptungen werden gesucht</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="144"/>
        <source>No similar claim in the library.</source>
        <translation>Keine ähnliche Behauptung in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="148"/>
        <source>no verdict</source>
        <translation>kein Urteil</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="149"/>
        <source>match %1</source>
        <translation>Übereinstimmung %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="176"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="187"/>
        <source>Searching published fact-checks</source>
        <translation>Veröffentlichte Faktenchecks werden gesucht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/prior_panel.py" line="200"/>
        <source>%n fact-check(s) found (cached from %1).</source>
        <translation>
            <numerusform>%n Faktencheck gefunden (gespeichert am %1).</numerusform>
            <numerusform>%n Faktenchecks gefunden (gespeichert am %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/prior_panel.py" line="202"/>
        <source>%n fact-check(s) found (%1).</source>
        <translation>
            <numerusform>%n Faktencheck gefunden (%1).</numerusform>
            <numerusform>%n Faktenchecks gefunden (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/prior_panel.py" line="236"/>
        <source>Attached as a source of this claim.</source>
        <translation>Als Quelle dieser Behauptung angehängt.</translation>
    </message>
</context>
<context>
    <name>PublishCommands</name>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="73"/>
        <source>&amp;Report on this article (HTML, Markdown, PDF)…</source>
        <translation>&amp;Bericht zu diesem Artikel (HTML, Markdown, PDF)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="74"/>
        <source>All claims as a &amp;spreadsheet (CSV)…</source>
        <translation>Alle Behauptungen als &amp;Tabelle (CSV)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="75"/>
        <source>This article&apos;s case as a &amp;bundle for another desk…</source>
        <translation>Den Fall dieses Artikels als &amp;Paket für einen anderen Platz…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="76"/>
        <source>A &amp;case bundle from another desk…</source>
        <translation>Ein &amp;Fallpaket von einem anderen Platz…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="81"/>
        <source>Open an article first.</source>
        <translation>Öffnen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="116"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="124"/>
        <source>Export claims as CSV</source>
        <translation>Behauptungen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="124"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/case_io.py" line="135"/>
        <source>%n claim(s) written to %1.</source>
        <translation>
            <numerusform>%n Behauptung nach %1 geschrieben.</numerusform>
            <numerusform>%n Behauptungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="144"/>
        <source>Export case bundle</source>
        <translation>Fallpaket exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/case_io.py" line="157"/>
        <source>The case with %n claim(s) was written to %1.</source>
        <translation>
            <numerusform>Der Fall mit %n Behauptung wurde nach %1 geschrieben.</numerusform>
            <numerusform>Der Fall mit %n Behauptungen wurde nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="166"/>
        <source>Import case bundle</source>
        <translation>Fallpaket importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="180"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="205"/>
        <source>The library has this case already; nothing changed.</source>
        <translation>Die Bibliothek hat diesen Fall schon; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="210"/>
        <source>Case imported: %1 record(s) added, %2 updated.</source>
        <translation>Fall importiert: %1 Einträge hinzugefügt, %2 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/case_io.py" line="216"/>
        <source>Case imported</source>
        <translation>Fall importiert</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="110"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="111"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Sprache des Berichts:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="112"/>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="113"/>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="114"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="115"/>
        <source>Preview of the report</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="136"/>
        <source>Building the report…</source>
        <translation>Der Bericht wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="153"/>
        <source>Building the report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/report_dialog.py" line="158"/>
        <source>%n claim(s) in the report.</source>
        <translation>
            <numerusform>%n Behauptung im Bericht.</numerusform>
            <numerusform>%n Behauptungen im Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="175"/>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="176"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="177"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="181"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report_dialog.py" line="197"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../workbench/gui/search.py" line="129"/>
        <source>Search the library…</source>
        <translation>Bibliothek durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/search.py" line="130"/>
        <source>Search articles, claims, sources and evidence (Ctrl+Shift+F)</source>
        <translation>Artikel, Behauptungen, Quellen und Belege durchsuchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/search.py" line="131"/>
        <source>Search the whole library</source>
        <translation>Die ganze Bibliothek durchsuchen</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../workbench/gui/search.py" line="168"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/search.py" line="193"/>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/search.py" line="197"/>
        <source>Type words in the search box at the top right.</source>
        <translation>Geben Sie oben rechts Suchwörter ein.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/search.py" line="199"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/search.py" line="202"/>
        <source>%n hit(s) for “%1”</source>
        <translation>
            <numerusform>%n Treffer für „%1“</numerusform>
            <numerusform>%n Treffer für „%1“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="92"/>
        <source>Snapshot of %1</source>
        <extracomment>(evidence id, excerpt): the fact-checker chose these words as the excerpt.</extracomment>
        <translation>Schnappschuss von %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="100"/>
        <source>Captured:</source>
        <translation>Gesichert:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="101"/>
        <source>Address asked for:</source>
        <translation>Angefragte Adresse:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="102"/>
        <source>Final address:</source>
        <translation>Endgültige Adresse:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="103"/>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="103"/>
        <source>(a file)</source>
        <translation>(eine Datei)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="104"/>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="105"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="106"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="107"/>
        <source>Redirects:</source>
        <translation>Umleitungen:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="107"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="108"/>
        <source>Archived copy:</source>
        <translation>Archivierte Kopie:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="123"/>
        <source>Text of the snapshot</source>
        <translation>Text des Schnappschusses</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="124"/>
        <source>Export as &amp;WARC…</source>
        <translation>Als &amp;WARC exportieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="125"/>
        <source>Save this snapshot as a WARC file</source>
        <translation>Diesen Schnappschuss als WARC-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="127"/>
        <source>Use selection as e&amp;xcerpt</source>
        <translation>Auswahl als &amp;Auszug übernehmen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/snapshot_view.py" line="129"/>
        <source>Make the selected words the excerpt of this evidence</source>
        <translation>Die ausgewählten Wörter werden zum Auszug dieses Belegs</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="85"/>
        <source>Select a piece of evidence in the inspector first.</source>
        <translation>Wählen Sie zuerst einen Beleg im Inspektor aus.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="101"/>
        <location filename="../../workbench/gui/source_checks.py" line="149"/>
        <source>There is no snapshot of this source yet.</source>
        <translation>Von dieser Quelle gibt es noch keinen Schnappschuss.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="127"/>
        <source>Opening the snapshot</source>
        <translation>Schnappschuss wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="155"/>
        <source>Export snapshot as WARC</source>
        <translation>Schnappschuss als WARC exportieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="157"/>
        <source>WARC files (*.warc.gz *.warc)</source>
        <translation>WARC-Dateien (*.warc.gz *.warc)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="179"/>
        <source>The snapshot was written to %1.</source>
        <translation>Der Schnappschuss wurde in %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="182"/>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="190"/>
        <source>Select a claim first, then check its sources.</source>
        <translation>Wählen Sie zuerst eine Behauptung aus und prüfen Sie dann ihre Quellen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="192"/>
        <source>Checking the sources of this claim</source>
        <translation>Quellen dieser Behauptung werden geprüft</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="195"/>
        <source>Checking every source in the library</source>
        <translation>Alle Quellen der Bibliothek werden geprüft</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="220"/>
        <source>There are no web sources to check.</source>
        <translation>Es gibt keine Webquellen zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/source_checks.py" line="226"/>
        <source>%n source(s) checked: %1</source>
        <translation>
            <numerusform>%n Quelle geprüft: %1</numerusform>
            <numerusform>%n Quellen geprüft: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="244"/>
        <source>Enter your archive.org keys in Edit ▸ Internet Archive first.</source>
        <translation>Geben Sie zuerst Ihre archive.org-Schlüssel unter Bearbeiten ▸ Internet Archive ein.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="252"/>
        <source>Only web pages can be archived.</source>
        <translation>Nur Webseiten können archiviert werden.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="267"/>
        <source>Archived: %1</source>
        <translation>Archiviert: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/source_checks.py" line="270"/>
        <source>Archiving %1 at the Internet Archive</source>
        <translation>%1 wird im Internet Archive gesichert</translation>
    </message>
</context>
<context>
    <name>SuggestPanel</name>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="129"/>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="128"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="130"/>
        <source>Fewer, surer</source>
        <translation>Weniger, sicherer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="135"/>
        <source>More suggestions miss fewer claims; fewer suggestions are more often right</source>
        <translation>Mehr Vorschläge übersehen weniger Behauptungen; weniger Vorschläge treffen öfter zu</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="137"/>
        <source>How many sentences to suggest</source>
        <translation>Wie viele Sätze vorgeschlagen werden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="138"/>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="140"/>
        <source>Find the sentences of this article most worth checking (Ctrl+Shift+S)</source>
        <translation>Die prüfenswertesten Sätze dieses Artikels finden (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="142"/>
        <source>Suggest claims in this article</source>
        <translation>Behauptungen in diesem Artikel vorschlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="143"/>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="144"/>
        <source>Make this sentence a claim (Enter)</source>
        <translation>Diesen Satz zur Behauptung machen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="145"/>
        <source>Accept the suggestion as a claim</source>
        <translation>Vorschlag als Behauptung übernehmen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="146"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="148"/>
        <source>Don&apos;t suggest this sentence again for this article (Delete)</source>
        <translation>Diesen Satz für diesen Artikel nicht mehr vorschlagen (Entf)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="150"/>
        <source>Dismiss the suggestion</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="151"/>
        <source>Suggested claims, highest score first</source>
        <translation>Vorgeschlagene Behauptungen, höchste Punktzahl zuerst</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="153"/>
        <source>Enter accepts the suggestion as a claim, Delete dismisses it</source>
        <translation>Eingabe übernimmt den Vorschlag als Behauptung, Entf verwirft ihn</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="155"/>
        <source>Why this sentence was suggested</source>
        <translation>Warum dieser Satz vorgeschlagen wurde</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="211"/>
        <source>Suggesting claims…</source>
        <translation>Behauptungen werden vorgeschlagen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="270"/>
        <source>Open an article to get suggestions.</source>
        <translation>Öffnen Sie einen Artikel, um Vorschläge zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="272"/>
        <source>Looking for sentences worth checking…</source>
        <translation>Prüfenswerte Sätze werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="275"/>
        <source>Suggest claims (Ctrl+Shift+S) lists the sentences of this article most worth checking, with the reasons.</source>
        <translation>„Behauptungen vorschlagen“ (Strg+Umschalt+S) listet die prüfenswertesten Sätze dieses Artikels mit Begründung auf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/suggest_panel.py" line="281"/>
        <source>%n suggestion(s), highest score first</source>
        <translation>
            <numerusform>%n Vorschlag, höchste Punktzahl zuerst</numerusform>
            <numerusform>%n Vorschläge, höchste Punktzahl zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="283"/>
        <source>Every suggestion is a claim now or was dismissed.</source>
        <translation>Jeder Vorschlag ist jetzt eine Behauptung oder wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="285"/>
        <source>No sentence of this article scores high enough to suggest.</source>
        <translation>Kein Satz dieses Artikels erreicht genug Punkte für einen Vorschlag.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="292"/>
        <source>Could not tell the language of the text; no suggestions.</source>
        <translation>Die Sprache des Textes ließ sich nicht erkennen; keine Vorschläge.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="295"/>
        <source>No suggestions yet for this language (%1): only German and English.</source>
        <translation>Für diese Sprache (%1) gibt es noch keine Vorschläge: nur Deutsch und Englisch.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="311"/>
        <source>Score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_panel.py" line="315"/>
        <source>Figures: %1</source>
        <translation>Zahlen: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="123"/>
        <source>Score %1: %2</source>
        <translation>Punktzahl %1: %2</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="66"/>
        <source>Contains figures: %1</source>
        <translation>Enthält Zahlen: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="68"/>
        <source>Attributed to a source</source>
        <translation>Einer Quelle zugeschrieben</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="69"/>
        <source>Claims a record, a first or a superlative</source>
        <translation>Behauptet einen Rekord, eine Premiere oder einen Superlativ</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="70"/>
        <source>Compares or reports a change</source>
        <translation>Vergleicht oder meldet eine Veränderung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="71"/>
        <source>Reports what someone said as fact</source>
        <translation>Gibt Gesagtes als Tatsache wieder</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="72"/>
        <source>States a cause or effect</source>
        <translation>Nennt eine Ursache oder Wirkung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="73"/>
        <source>Reports something that happened</source>
        <translation>Berichtet über ein Ereignis</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="74"/>
        <source>Quotes a named person or body</source>
        <translation>Zitiert eine genannte Person oder Stelle</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="75"/>
        <source>Phrased as a question</source>
        <translation>Als Frage formuliert</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="76"/>
        <source>Hedged or speculative</source>
        <translation>Vorsichtig oder spekulativ formuliert</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="77"/>
        <source>A forecast, plan or promise</source>
        <translation>Eine Prognose, ein Plan oder ein Versprechen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="78"/>
        <source>Opinion, demand or advice</source>
        <translation>Meinung, Forderung oder Rat</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="79"/>
        <source>Judges rather than states</source>
        <translation>Wertet, statt festzustellen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/suggest_list.py" line="80"/>
        <source>Advice or an appeal to the reader</source>
        <translation>Rat oder Appell an die Leser</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../workbench/gui/tasks.py" line="212"/>
        <source>Cancel</source>
        <extracomment>CPU-heavy steps (extracting text from pages) that may run at once. Waiting on the network costs nothing, but every thread computing in Python competes with the UI thread for the interpreter; twenty extractions at once would stall the window.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tasks.py" line="213"/>
        <source>Cancel background work</source>
        <translation>Arbeit im Hintergrund abbrechen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tasks.py" line="214"/>
        <source>Progress of background work</source>
        <translation>Fortschritt der Arbeit im Hintergrund</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tasks.py" line="235"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (und %2 weitere)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../workbench/gui/undo.py" line="121"/>
        <source>Mark claim</source>
        <extracomment>Merge ids: successive saves of the same text field become one undo step.</extracomment>
        <translation>Behauptung markieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="137"/>
        <source>Dismiss suggestion</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="146"/>
        <source>Delete claim</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="159"/>
        <source>Edit claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="208"/>
        <source>Edit rationale</source>
        <translation>Begründung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="210"/>
        <source>Set verdict</source>
        <translation>Urteil setzen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="256"/>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="277"/>
        <source>Remove evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="294"/>
        <source>Edit evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="307"/>
        <source>Change setting</source>
        <translation>Einstellung ändern</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="326"/>
        <source>Confirm placement</source>
        <translation>Platzierung bestätigen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="327"/>
        <source>Place claim</source>
        <translation>Behauptung platzieren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/undo.py" line="328"/>
        <source>Accept orphan</source>
        <translation>Wörter als verschwunden hinnehmen</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../workbench/gui/window_undo.py" line="52"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_undo.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_undo.py" line="57"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_undo.py" line="57"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>VerdictSection</name>
    <message>
        <location filename="../../workbench/gui/inspector_verdict.py" line="85"/>
        <source>Sc&amp;ale:</source>
        <translation>S&amp;kala:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_verdict.py" line="85"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_verdict.py" line="85"/>
        <source>Rati&amp;onale:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_verdict.py" line="89"/>
        <source>Unsaved draft restored. It becomes the rationale when you leave the field.</source>
        <translation>Ungespeicherter Entwurf wiederhergestellt. Er wird zur Begründung, sobald Sie das Feld verlassen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_verdict.py" line="91"/>
        <source>Why this rating: what the evidence shows</source>
        <translation>Warum diese Bewertung: was die Belege zeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_verdict.py" line="93"/>
        <source>Rating scale</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_verdict.py" line="94"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_verdict.py" line="95"/>
        <source>Rationale of the verdict</source>
        <translation>Begründung des Urteils</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/inspector_verdict.py" line="267"/>
        <source>The rating “%1” is not on the scale “%2”: changing the scale withdraws the verdict. Change the scale?</source>
        <translation>Die Bewertung „%1“ gibt es auf der Skala „%2“ nicht: Ein Wechsel der Skala zieht das Urteil zurück. Skala wechseln?</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="100"/>
        <source>New library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="102"/>
        <source>Workbench libraries (*.sqlite *.db)</source>
        <translation>Workbench-Bibliotheken (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="112"/>
        <source>Open library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="113"/>
        <source>Workbench libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Workbench-Bibliotheken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="124"/>
        <source>Library settings</source>
        <translation>Bibliothekseinstellungen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="126"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="128"/>
        <source>Organisation&apos;s web address</source>
        <translation>Webadresse der Organisation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="130"/>
        <source>&amp;Organisation (publisher of the fact-checks):</source>
        <translation>&amp;Organisation (Herausgeber der Faktenchecks):</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="131"/>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="166"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="172"/>
        <source>1. Import an article: File ▸ Import (a file, a web address or pasted text), or drop a file on the window.
2. Select a passage in the article and press Ctrl+M to mark it as a claim.
3. In the claim inspector, write the statement, add evidence (+ URL, + File, + Note) with the exact excerpt and its stance.
4. Pick a rating and write the rationale. Every edit is saved at once; Ctrl+Z undoes it.
5. Export the verdicts as ClaimReview (File ▸ Export).</source>
        <translation>1. Einen Artikel importieren: Datei ▸ Importieren (eine Datei, eine Webadresse oder eingefügter Text), oder eine Datei auf das Fenster ziehen.
2. Eine Passage im Artikel auswählen und mit Strg+M als Behauptung markieren.
3. Im Detailbereich die Aussage formulieren und Belege hinzufügen (+ URL, + Datei, + Notiz), mit genauem Auszug und Einordnung.
4. Eine Bewertung wählen und die Begründung schreiben. Jede Änderung wird sofort gespeichert; Strg+Z macht sie rückgängig.
5. Die Urteile als ClaimReview exportieren (Datei ▸ Exportieren).</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="181"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="188"/>
        <source>Fact-check Workbench %1
Articles, claims, evidence and verdicts in one SQLite file on your computer.
Library: %2</source>
        <translation>Fact-check Workbench %1
Artikel, Behauptungen, Belege und Urteile in einer SQLite-Datei auf Ihrem Computer.
Bibliothek: %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="193"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="199"/>
        <source>The log file is:
%1</source>
        <translation>Die Protokolldatei ist:
%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window_menus.py" line="200"/>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../workbench/gui/app.py" line="143"/>
        <source>The library %1 is open already in another window of the workbench (process %2); that window was brought to the front. The command line works beside it.</source>
        <extracomment>How often another start asked this app to show its window.</extracomment>
        <translation>Die Bibliothek %1 ist bereits in einem anderen Fenster der Workbench geöffnet (Prozess %2); dieses Fenster wurde nach vorn geholt. Die Kommandozeile funktioniert daneben.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/app.py" line="149"/>
        <source>The library %1 is open already in another window of the workbench (process %2); use that window. The command line works beside it.</source>
        <translation>Die Bibliothek %1 ist bereits in einem anderen Fenster der Workbench geöffnet (Prozess %2); bitte dort weiterarbeiten. Die Kommandozeile funktioniert daneben.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/app.py" line="236"/>
        <source>%1 exists already; open it with File ▸ Open library.</source>
        <translation>%1 gibt es bereits; öffnen Sie sie mit Datei ▸ Bibliothek öffnen.</translation>
    </message>
</context>
</TS>
