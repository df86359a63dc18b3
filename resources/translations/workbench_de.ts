<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../workbench/gui/actions.py" line="116" />
            <source>Import &amp;file…</source>
            <translation>&amp;Datei importieren…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="117" />
            <source>Import from &amp;web address…</source>
            <translation>Von &amp;Webadresse importieren…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="118" />
            <source>&amp;Paste an article…</source>
            <translation>Artikel ein&amp;fügen…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="119" />
            <source>&amp;ClaimReview JSON-LD of this article…</source>
            <translation>&amp;ClaimReview-JSON-LD dieses Artikels…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="120" />
            <source>This &amp;article's case as JSON…</source>
            <translation>Fall dieses &amp;Artikels als JSON…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="121" />
            <source>The whole &amp;library as JSON…</source>
            <translation>Die ganze &amp;Bibliothek als JSON…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="122" />
            <source>&amp;New library…</source>
            <translation>&amp;Neue Bibliothek…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="123" />
            <source>&amp;Open library…</source>
            <translation>Bibliothek ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="124" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="125" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="126" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="127" />
            <source>&amp;Find in article…</source>
            <translation>Im Artikel &amp;suchen…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="128" />
            <source>&amp;Search the library…</source>
            <translation>Bibliothek &amp;durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="129" />
            <source>Library &amp;settings…</source>
            <translation>Bibliotheks&amp;einstellungen…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="130" />
            <source>&amp;Mark selection as claim</source>
            <translation>Auswahl als Behauptung &amp;markieren</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="131" />
            <source>&amp;Delete claim</source>
            <translation>Behauptung &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="132" />
            <source>&amp;Reset layout</source>
            <translation>Anordnung &amp;zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="133" />
            <source>&amp;Getting started</source>
            <translation>&amp;Erste Schritte</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="134" />
            <source>&amp;About Fact-check Workbench</source>
            <translation>&amp;Über Fact-check Workbench</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="135" />
            <source>Where is the &amp;log file?</source>
            <translation>Wo liegt die &amp;Protokolldatei?</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="139" />
            <source>System language</source>
            <translation>Sprache des Systems</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="143" />
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="144" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="145" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="150" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="151" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="152" />
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="153" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="154" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="155" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="156" />
            <source>&amp;Appearance</source>
            <translation>&amp;Erscheinungsbild</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="157" />
            <source>&amp;Claims</source>
            <translation>Be&amp;hauptungen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="158" />
            <source>Default rating &amp;scale</source>
            <translation>Standard-Bewertungs&amp;skala</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/actions.py" line="159" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
    </context>
    <context>
        <name>ArticleListModel</name>
        <message numerus="yes">
            <location filename="../../workbench/gui/library_dock.py" line="168" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n Behauptung</numerusform>
                <numerusform>%n Behauptungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <location filename="../../workbench/gui/article_view.py" line="160" />
            <source>Open link…</source>
            <translation>Link öffnen…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/article_view.py" line="161" />
            <source>Open the article's address in your web browser</source>
            <translation>Die Adresse des Artikels im Webbrowser öffnen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/article_view.py" line="162" />
            <source>Open the article's link in a browser</source>
            <translation>Den Link des Artikels in einem Browser öffnen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/article_view.py" line="163" />
            <source>Article text</source>
            <translation>Text des Artikels</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/article_view.py" line="165" />
            <source>Select a passage and press Ctrl+M to mark it as a claim</source>
            <translation>Eine Passage auswählen und mit Strg+M als Behauptung markieren</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/article_view.py" line="167" />
            <source>Article title</source>
            <translation>Titel des Artikels</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/article_view.py" line="168" />
            <source>Claims not found in the current text</source>
            <translation>Behauptungen, die im aktuellen Text fehlen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/article_view.py" line="206" />
            <source>No article open</source>
            <translation>Kein Artikel geöffnet</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/article_view.py" line="209" />
            <source>Import an article with File ▸ Import, or pick one in the library on the left.</source>
            <translation>Importieren Sie einen Artikel über Datei ▸ Importieren oder wählen Sie links einen aus der Bibliothek.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/article_view.py" line="225" />
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
            <location filename="../../workbench/gui/inspector.py" line="163" />
            <source>&amp;Statement:</source>
            <translation>&amp;Aussage:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="164" />
            <source>Claima&amp;nt:</source>
            <translation>&amp;Urheber:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="165" />
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="166" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="167" />
            <source>&amp;Priority:</source>
            <translation>&amp;Priorität:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="173" />
            <source>Sc&amp;ale:</source>
            <translation>S&amp;kala:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="173" />
            <source>&amp;Rating:</source>
            <translation>&amp;Bewertung:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="173" />
            <source>Rati&amp;onale:</source>
            <translation>Be&amp;gründung:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="173" />
            <source>History:</source>
            <translation>Verlauf:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="177" />
            <source>Claim</source>
            <translation>Behauptung</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="178" />
            <source>Verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="179" />
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="182" />
            <source>Select a claim in the article or in the list, or select a passage and mark it as a claim (Ctrl+M).</source>
            <translation>Wählen Sie eine Behauptung im Artikel oder in der Liste, oder markieren Sie eine Passage als Behauptung (Strg+M).</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="186" />
            <source>The claim in your own words</source>
            <translation>Die Behauptung in eigenen Worten</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="187" />
            <source>Who made the claim</source>
            <translation>Wer die Behauptung aufgestellt hat</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="188" />
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="189" />
            <source>Why this rating: what the evidence shows</source>
            <translation>Warum diese Bewertung: was die Belege zeigen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="191" />
            <source>Statement</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="192" />
            <source>Claimant</source>
            <translation>Urheber</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="193" />
            <source>Date of the claim</source>
            <translation>Datum der Behauptung</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="194" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="195" />
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="196" />
            <source>Rating scale</source>
            <translation>Bewertungsskala</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="197" />
            <source>Rating</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="198" />
            <source>Rationale of the verdict</source>
            <translation>Begründung des Urteils</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="199" />
            <source>Verdict history</source>
            <translation>Verlauf der Urteile</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="200" />
            <source>Quoted passage</source>
            <translation>Zitierte Passage</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/inspector.py" line="408" />
            <source>The rating “%1” is not on the scale “%2”: changing the scale withdraws the verdict. Change the scale?</source>
            <translation>Die Bewertung „%1“ gibt es auf der Skala „%2“ nicht: Ein Wechsel der Skala zieht das Urteil zurück. Skala wechseln?</translation>
        </message>
    </context>
    <context>
        <name>ClaimListPanel</name>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="97" />
            <source>This article</source>
            <translation>Dieser Artikel</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="98" />
            <source>All articles</source>
            <translation>Alle Artikel</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="101" />
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="107" />
            <source>Filter claims by words…</source>
            <translation>Behauptungen nach Wörtern filtern…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="108" />
            <source>Which claims to list</source>
            <translation>Welche Behauptungen gezeigt werden</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="109" />
            <source>Filter by status</source>
            <translation>Nach Status filtern</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="110" />
            <source>Filter by rating</source>
            <translation>Nach Bewertung filtern</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="111" />
            <source>Filter claims by words</source>
            <translation>Behauptungen nach Wörtern filtern</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="112" />
            <source>Claims</source>
            <translation>Behauptungen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_list.py" line="119" />
            <source>Any rating</source>
            <translation>Jede Bewertung</translation>
        </message>
    </context>
    <context>
        <name>ClaimTableModel</name>
        <message>
            <location filename="../../workbench/gui/claim_model.py" line="313" />
            <source>Claim</source>
            <extracomment>Up to this many rows a listing is read on the UI thread: a short, cheap query. The core's sort key per column; the number of sources can't be sorted by the core.</extracomment>
            <translation>Behauptung</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_model.py" line="314" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_model.py" line="315" />
            <source>Rating</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_model.py" line="316" />
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/claim_model.py" line="317" />
            <source>Updated</source>
            <translation>Geändert</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="47" />
            <source>The library file could not be read or written (%1).</source>
            <translation>Die Bibliotheksdatei konnte nicht gelesen oder geschrieben werden (%1).</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="51" />
            <source>A file could not be read or written: %1</source>
            <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: %1</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="54" />
            <source>Something went wrong inside the workbench. Your work so far is saved; the details were written to the log file:
%1</source>
            <translation>In der Workbench ist ein Fehler aufgetreten. Ihre bisherige Arbeit ist gespeichert; die Einzelheiten stehen in der Protokolldatei:
%1</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="69" />
            <location filename="../../workbench/gui/dialogs.py" line="81" />
            <location filename="../../workbench/gui/dialogs.py" line="93" />
            <source>Fact-check Workbench</source>
            <translation>Fact-check Workbench</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="112" />
            <source>The file %1 is not on this computer.</source>
            <translation>Die Datei %1 ist auf diesem Computer nicht vorhanden.</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="116" />
            <source>Open this address outside the workbench?

%1</source>
            <translation>Diese Adresse außerhalb der Workbench öffnen?

%1</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="119" />
            <source>Open link</source>
            <translation>Link öffnen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="150" />
            <source>Paste an article</source>
            <translation>Artikel einfügen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="153" />
            <source>Paste the article's text below. It is kept as plain text.</source>
            <translation>Fügen Sie den Text des Artikels unten ein. Er wird als reiner Text gespeichert.</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/dialogs.py" line="156" />
            <source>Article text to import</source>
            <translation>Zu importierender Artikeltext</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="186" />
            <source>Add a web page as evidence</source>
            <translation>Webseite als Beleg hinzufügen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="187" />
            <source>&amp;Address (URL):</source>
            <translation>&amp;Adresse (URL):</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="188" />
            <source>&amp;Title (optional):</source>
            <translation>&amp;Titel (optional):</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="191" />
            <source>Add a file as evidence</source>
            <translation>Datei als Beleg hinzufügen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="192" />
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="193" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="195" />
            <source>Add a note as evidence</source>
            <translation>Notiz als Beleg hinzufügen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="199" />
            <source>e.g. Phone interview with Dr. A. Example</source>
            <translation>z. B. Telefoninterview mit Dr. A. Beispiel</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="200" />
            <source>&amp;Source:</source>
            <translation>&amp;Quelle:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="201" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="202" />
            <source>&amp;Who, when, how:</source>
            <translation>&amp;Wer, wann, wie:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="204" />
            <source>Edit evidence</source>
            <translation>Beleg bearbeiten</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="208" />
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="209" />
            <source>&amp;Stance:</source>
            <translation>&amp;Einordnung:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="210" />
            <source>&amp;Excerpt (exact words):</source>
            <translation>&amp;Auszug (genauer Wortlaut):</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="211" />
            <source>N&amp;ote:</source>
            <translation>N&amp;otiz:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="217" />
            <source>Address of the web page</source>
            <translation>Adresse der Webseite</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="218" />
            <source>Title of the source</source>
            <translation>Titel der Quelle</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="219" />
            <source>Kind of source</source>
            <translation>Art der Quelle</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="220" />
            <source>Who, when and how</source>
            <translation>Wer, wann und wie</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="221" />
            <source>Stance of the evidence</source>
            <translation>Einordnung des Belegs</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="222" />
            <source>Excerpt: the exact words quoted</source>
            <translation>Auszug: der genaue zitierte Wortlaut</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="223" />
            <source>Note on this evidence</source>
            <translation>Notiz zu diesem Beleg</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="250" />
            <source>Enter a web address starting with http:// or https://.</source>
            <translation>Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="252" />
            <source>Name the source, for example the person interviewed.</source>
            <translation>Nennen Sie die Quelle, zum Beispiel die befragte Person.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="50" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="51" />
            <source>Stance</source>
            <translation>Einordnung</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="52" />
            <source>Excerpt</source>
            <translation>Auszug</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="53" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_widgets.py" line="54" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="185" />
            <source>+ URL</source>
            <translation>+ URL</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="185" />
            <source>Add a web page as evidence</source>
            <translation>Webseite als Beleg hinzufügen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="186" />
            <source>+ File</source>
            <translation>+ Datei</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="186" />
            <source>Add a file as evidence</source>
            <translation>Datei als Beleg hinzufügen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="187" />
            <source>+ Note</source>
            <translation>+ Notiz</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="187" />
            <source>Add a note, e.g. an interview</source>
            <translation>Notiz hinzufügen, z. B. ein Interview</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="188" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="188" />
            <source>Edit the selected evidence</source>
            <translation>Den ausgewählten Beleg bearbeiten</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="189" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="189" />
            <source>Remove the selected evidence</source>
            <translation>Den ausgewählten Beleg entfernen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="190" />
            <source>Open link…</source>
            <translation>Link öffnen…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="190" />
            <source>Open the selected source's link</source>
            <translation>Den Link der ausgewählten Quelle öffnen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="196" />
            <source>Evidence for this claim</source>
            <translation>Belege für diese Behauptung</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="243" />
            <source>Choose a file as evidence</source>
            <translation>Datei als Beleg wählen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="245" />
            <source>Documents (*.pdf *.html *.htm *.txt *.md *.json *.xml *.csv *.xlsx *.docx);;All files (*)</source>
            <translation>Dokumente (*.pdf *.html *.htm *.txt *.md *.json *.xml *.csv *.xlsx *.docx);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="323" />
            <source>Reading %1</source>
            <translation>%1 wird gelesen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="359" />
            <source>The source was attached, but its page could not be kept as a snapshot: %1</source>
            <translation>Die Quelle wurde angefügt, ihre Seite konnte aber nicht als Schnappschuss gesichert werden: %1</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/evidence_panel.py" line="365" />
            <source>Fetching %1</source>
            <translation>%1 wird abgerufen</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../workbench/gui/find_bar.py" line="54" />
            <source>&amp;Find:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/find_bar.py" line="55" />
            <location filename="../../workbench/gui/find_bar.py" line="56" />
            <source>Find in this article</source>
            <translation>In diesem Artikel suchen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/find_bar.py" line="57" />
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/find_bar.py" line="58" />
            <source>Find previous</source>
            <translation>Vorherigen Treffer suchen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/find_bar.py" line="59" />
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/find_bar.py" line="60" />
            <source>Find next</source>
            <translation>Nächsten Treffer suchen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/find_bar.py" line="62" />
            <source>Close the find bar</source>
            <translation>Suchleiste schließen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/find_bar.py" line="106" />
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../workbench/gui/history_model.py" line="74" />
            <source>verdict withdrawn</source>
            <translation>Urteil zurückgezogen</translation>
        </message>
    </context>
    <context>
        <name>ImportExport</name>
        <message>
            <location filename="../../workbench/gui/importing.py" line="54" />
            <source>Extracting the text of %1</source>
            <translation>Text von %1 wird ausgelesen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="110" />
            <source>Import an article</source>
            <translation>Artikel importieren</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="112" />
            <source>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.json *.xml);;All files (*)</source>
            <translation>Artikel (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.json *.xml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="120" />
            <source>Reading %1</source>
            <translation>%1 wird gelesen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="133" />
            <source>Import from a web address</source>
            <translation>Von einer Webadresse importieren</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="134" />
            <source>Address of the article (http or https):</source>
            <translation>Adresse des Artikels (http oder https):</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="140" />
            <source>Fetching %1</source>
            <translation>%1 wird abgerufen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="158" />
            <source>%1

Import all of the page's visible text instead?</source>
            <translation>%1

Stattdessen den gesamten sichtbaren Text der Seite importieren?</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="178" />
            <source>Importing pasted text</source>
            <translation>Eingefügter Text wird importiert</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="239" />
            <source>This text is in the library already; it was opened.</source>
            <translation>Dieser Text ist bereits in der Bibliothek; er wurde geöffnet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/importing.py" line="245" />
            <source>A new version of this article was stored; %n claim(s) could not be placed in the new text.</source>
            <translation>
                <numerusform>Eine neue Fassung dieses Artikels wurde gespeichert; %n Behauptung ließ sich im neuen Text nicht verorten.</numerusform>
                <numerusform>Eine neue Fassung dieses Artikels wurde gespeichert; %n Behauptungen ließen sich im neuen Text nicht verorten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="252" />
            <source>Imported “%1”.</source>
            <translation>„%1“ importiert.</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="264" />
            <source>Export ClaimReview</source>
            <translation>ClaimReview exportieren</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="266" />
            <source>JSON-LD (*.json)</source>
            <translation>JSON-LD (*.json)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/importing.py" line="280" />
            <source>%n ClaimReview record(s) written to %1.</source>
            <translation>
                <numerusform>%n ClaimReview-Eintrag nach %1 geschrieben.</numerusform>
                <numerusform>%n ClaimReview-Einträge nach %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="288" />
            <source>Export as JSON</source>
            <translation>Als JSON exportieren</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="288" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/importing.py" line="302" />
            <source>The case with %n claim(s) was written to %1.</source>
            <translation>
                <numerusform>Der Fall mit %n Behauptung wurde nach %1 geschrieben.</numerusform>
                <numerusform>Der Fall mit %n Behauptungen wurde nach %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/gui/importing.py" line="325" />
            <source>Exporting %1</source>
            <translation>%1 wird exportiert</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../workbench/gui/labels.py" line="24" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="25" />
            <source>researching</source>
            <translation>in Recherche</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="26" />
            <source>drafted</source>
            <translation>im Entwurf</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="27" />
            <source>reviewed</source>
            <translation>geprüft</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="28" />
            <source>published</source>
            <translation>veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="29" />
            <source>dismissed</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="36" />
            <source>supports</source>
            <translation>stützt</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="37" />
            <source>refutes</source>
            <translation>widerlegt</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="38" />
            <source>context</source>
            <translation>Kontext</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="46" />
            <source>web page</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="47" />
            <source>document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="48" />
            <source>dataset</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="49" />
            <source>person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="50" />
            <source>fact-check</source>
            <translation>Faktencheck</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="51" />
            <source>Articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="52" />
            <source>Claims</source>
            <translation>Behauptungen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="53" />
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="54" />
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/labels.py" line="60" />
            <source>no verdict</source>
            <translation>kein Urteil</translation>
        </message>
    </context>
    <context>
        <name>LibraryDock</name>
        <message>
            <location filename="../../workbench/gui/library_dock.py" line="219" />
            <source>Find articles…</source>
            <translation>Artikel finden…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/library_dock.py" line="220" />
            <source>Find articles by words</source>
            <translation>Artikel nach Wörtern finden</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/library_dock.py" line="221" />
            <source>Articles in the library</source>
            <translation>Artikel in der Bibliothek</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/library_dock.py" line="252" />
            <source>Searching</source>
            <translation>Suche läuft</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="173" />
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="174" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="175" />
            <source>Claims</source>
            <translation>Behauptungen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="176" />
            <source>Claim inspector</source>
            <translation>Behauptung im Detail</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="180" />
            <source>Search the library…</source>
            <translation>Bibliothek durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="182" />
            <source>Search articles, claims, sources and evidence (Ctrl+Shift+F)</source>
            <translation>Artikel, Behauptungen, Quellen und Belege durchsuchen (Strg+Umschalt+F)</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="184" />
            <source>Search the whole library</source>
            <translation>Die ganze Bibliothek durchsuchen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="185" />
            <source>Claims in this article</source>
            <translation>Behauptungen in diesem Artikel</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="187" />
            <source>Fact-check Workbench — opening the library…</source>
            <translation>Fact-check Workbench — Bibliothek wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="189" />
            <source>(in memory)</source>
            <translation>(im Arbeitsspeicher)</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="190" />
            <source>Fact-check Workbench — %1</source>
            <translation>Fact-check Workbench — %1</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="207" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="207" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="212" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="212" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="306" />
            <source>Select a passage in the article first, then mark it as a claim.</source>
            <translation>Wählen Sie zuerst eine Passage im Artikel aus und markieren Sie sie dann als Behauptung.</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/mainwindow.py" line="322" />
            <source>Claim deleted. Undo (Ctrl+Z) brings it back.</source>
            <translation>Behauptung gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/mainwindow.py" line="371" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n Behauptung</numerusform>
                <numerusform>%n Behauptungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/mainwindow.py" line="373" />
            <source>%n with verdict</source>
            <translation>
                <numerusform>%n mit Urteil</numerusform>
                <numerusform>%n mit Urteil</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../workbench/gui/search.py" line="137" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/search.py" line="167" />
            <source>Searching</source>
            <translation>Suche läuft</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/search.py" line="171" />
            <source>Type words in the search box at the top right.</source>
            <translation>Geben Sie oben rechts Suchwörter ein.</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/search.py" line="173" />
            <source>Nothing found for “%1”.</source>
            <translation>Nichts gefunden für „%1“.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/search.py" line="176" />
            <source>%n hit(s) for “%1”</source>
            <translation>
                <numerusform>%n Treffer für „%1“</numerusform>
                <numerusform>%n Treffer für „%1“</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskStatus</name>
        <message>
            <location filename="../../workbench/gui/tasks.py" line="211" />
            <source>Cancel</source>
            <extracomment>CPU-heavy steps (extracting text from pages) that may run at once. Waiting on the network costs nothing, but every thread computing in Python competes with the UI thread for the interpreter; twenty extractions at once would stall the window.</extracomment>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/tasks.py" line="212" />
            <source>Cancel background work</source>
            <translation>Arbeit im Hintergrund abbrechen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/tasks.py" line="213" />
            <source>Progress of background work</source>
            <translation>Fortschritt der Arbeit im Hintergrund</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/tasks.py" line="233" />
            <source>%1 (and %2 more)</source>
            <translation>%1 (und %2 weitere)</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../../workbench/gui/undo.py" line="77" />
            <source>Mark claim</source>
            <extracomment>Merge ids: successive saves of the same text field become one undo step.</extracomment>
            <translation>Behauptung markieren</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/undo.py" line="98" />
            <source>Delete claim</source>
            <translation>Behauptung löschen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/undo.py" line="116" />
            <source>Edit claim</source>
            <translation>Behauptung bearbeiten</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/undo.py" line="169" />
            <source>Edit rationale</source>
            <translation>Begründung bearbeiten</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/undo.py" line="171" />
            <source>Set verdict</source>
            <translation>Urteil setzen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/undo.py" line="216" />
            <source>Add evidence</source>
            <translation>Beleg hinzufügen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/undo.py" line="242" />
            <source>Remove evidence</source>
            <translation>Beleg entfernen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/undo.py" line="266" />
            <source>Edit evidence</source>
            <translation>Beleg bearbeiten</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/undo.py" line="285" />
            <source>Change setting</source>
            <translation>Einstellung ändern</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="69" />
            <source>New library</source>
            <translation>Neue Bibliothek</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="71" />
            <source>Workbench libraries (*.sqlite *.db)</source>
            <translation>Workbench-Bibliotheken (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="81" />
            <source>Open library</source>
            <translation>Bibliothek öffnen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="82" />
            <source>Workbench libraries (*.sqlite *.db);;All files (*)</source>
            <translation>Workbench-Bibliotheken (*.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="93" />
            <source>Library settings</source>
            <translation>Bibliothekseinstellungen</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="95" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="97" />
            <source>Organisation's web address</source>
            <translation>Webadresse der Organisation</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="99" />
            <source>&amp;Organisation (publisher of the fact-checks):</source>
            <translation>&amp;Organisation (Herausgeber der Faktenchecks):</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="100" />
            <source>&amp;Web address:</source>
            <translation>&amp;Webadresse:</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="135" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="141" />
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
            <location filename="../../workbench/gui/window_menus.py" line="150" />
            <source>Getting started</source>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="157" />
            <source>Fact-check Workbench %1
Articles, claims, evidence and verdicts in one SQLite file on your computer.
Library: %2</source>
            <translation>Fact-check Workbench %1
Artikel, Behauptungen, Belege und Urteile in einer SQLite-Datei auf Ihrem Computer.
Bibliothek: %2</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="162" />
            <source>About</source>
            <translation>Über</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="168" />
            <source>The log file is:
%1</source>
            <translation>Die Protokolldatei ist:
%1</translation>
        </message>
        <message>
            <location filename="../../workbench/gui/window_menus.py" line="169" />
            <source>Log file</source>
            <translation>Protokolldatei</translation>
        </message>
    </context>
    <context>
        <name>Workbench</name>
        <message>
            <location filename="../../workbench/gui/app.py" line="159" />
            <source>%1 exists already; open it with File ▸ Open library.</source>
            <translation>%1 gibt es bereits; öffnen Sie sie mit Datei ▸ Bibliothek öffnen.</translation>
        </message>
    </context>
</TS>
