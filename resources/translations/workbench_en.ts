<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/library_dock.py" line="167"/>
        <source>%n claim(s)</source>
        <extracomment>Whether the view needs more rows (its end is in sight); set by the view&apos;s owner. QTreeView asks for more on every layout, which would read the whole library at once.</extracomment>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/article_view.py" line="239"/>
        <source>Claims no longer found in this version of the text: %n</source>
        <translation>
            <numerusform>Claim no longer found in this version of the text: %n</numerusform>
            <numerusform>Claims no longer found in this version of the text: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceAdder</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/evidence_adding.py" line="158"/>
        <source>The page was kept as a snapshot; %n excerpt(s) could not be found in it.</source>
        <translation>
            <numerusform>The page was kept as a snapshot; %n excerpt could not be found in it.</numerusform>
            <numerusform>The page was kept as a snapshot; %n excerpts could not be found in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/figure_panel.py" line="335"/>
        <source>⚠ %n figure(s) differ from the evidence.</source>
        <translation>
            <numerusform>⚠ %n figure differs from the evidence.</numerusform>
            <numerusform>⚠ %n figures differ from the evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/figure_panel.py" line="339"/>
        <source>⚠ %n source(s) give the claim&apos;s figure and also a different one: read both.</source>
        <translation>
            <numerusform>⚠ %n source gives the claim&apos;s figure and also a different one: read both.</numerusform>
            <numerusform>⚠ %n sources give the claim&apos;s figure and also a different one: read both.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/importing.py" line="214"/>
        <source>A new version of this article was stored; %n claim(s) could not be placed in the new text.</source>
        <translation>
            <numerusform>A new version of this article was stored; %n claim could not be placed in the new text.</numerusform>
            <numerusform>A new version of this article was stored; %n claims could not be placed in the new text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/importing.py" line="267"/>
        <source>%n ClaimReview record(s) written to %1.</source>
        <translation>
            <numerusform>%n ClaimReview record written to %1.</numerusform>
            <numerusform>%n ClaimReview records written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/importing.py" line="289"/>
        <source>The case with %n claim(s) was written to %1.</source>
        <translation>
            <numerusform>The case with %n claim was written to %1.</numerusform>
            <numerusform>The case with %n claims was written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/window_navigation.py" line="166"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/window_navigation.py" line="168"/>
        <source>%n with verdict</source>
        <translation>
            <numerusform>%n with verdict</numerusform>
            <numerusform>%n with verdict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorPanel</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/prior_panel.py" line="200"/>
        <source>%n fact-check(s) found (cached from %1).</source>
        <translation>
            <numerusform>%n fact-check found (cached from %1).</numerusform>
            <numerusform>%n fact-checks found (cached from %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/prior_panel.py" line="202"/>
        <source>%n fact-check(s) found (%1).</source>
        <translation>
            <numerusform>%n fact-check found (%1).</numerusform>
            <numerusform>%n fact-checks found (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishCommands</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/case_io.py" line="135"/>
        <source>%n claim(s) written to %1.</source>
        <translation>
            <numerusform>%n claim written to %1.</numerusform>
            <numerusform>%n claims written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/case_io.py" line="157"/>
        <source>The case with %n claim(s) was written to %1.</source>
        <translation>
            <numerusform>The case with %n claim was written to %1.</numerusform>
            <numerusform>The case with %n claims was written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/report_dialog.py" line="158"/>
        <source>%n claim(s) in the report.</source>
        <translation>
            <numerusform>%n claim in the report.</numerusform>
            <numerusform>%n claims in the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/search.py" line="202"/>
        <source>%n hit(s) for “%1”</source>
        <translation>
            <numerusform>%n hit for “%1”</numerusform>
            <numerusform>%n hits for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/source_checks.py" line="226"/>
        <source>%n source(s) checked: %1</source>
        <translation>
            <numerusform>%n source checked: %1</numerusform>
            <numerusform>%n sources checked: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestPanel</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/suggest_panel.py" line="281"/>
        <source>%n suggestion(s), highest score first</source>
        <translation>
            <numerusform>%n suggestion, highest score first</numerusform>
            <numerusform>%n suggestions, highest score first</numerusform>
        </translation>
    </message>
</context>
</TS>
