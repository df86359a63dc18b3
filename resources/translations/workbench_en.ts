<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ArticleListModel</name>
        <message numerus="yes">
            <location filename="../../workbench/gui/library_dock.py" line="168" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message numerus="yes">
            <location filename="../../workbench/gui/article_view.py" line="225" />
            <source>Claims no longer found in this version of the text: %n</source>
            <translation>
                <numerusform>Claim no longer found in this version of the text: %n</numerusform>
                <numerusform>Claims no longer found in this version of the text: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportExport</name>
        <message numerus="yes">
            <location filename="../../workbench/gui/importing.py" line="245" />
            <source>A new version of this article was stored; %n claim(s) could not be placed in the new text.</source>
            <translation>
                <numerusform>A new version of this article was stored; %n claim could not be placed in the new text.</numerusform>
                <numerusform>A new version of this article was stored; %n claims could not be placed in the new text.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/importing.py" line="280" />
            <source>%n ClaimReview record(s) written to %1.</source>
            <translation>
                <numerusform>%n ClaimReview record written to %1.</numerusform>
                <numerusform>%n ClaimReview records written to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/importing.py" line="302" />
            <source>The case with %n claim(s) was written to %1.</source>
            <translation>
                <numerusform>The case with %n claim was written to %1.</numerusform>
                <numerusform>The case with %n claims was written to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../workbench/gui/mainwindow.py" line="371" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/gui/mainwindow.py" line="373" />
            <source>%n with verdict</source>
            <translation>
                <numerusform>%n with verdict</numerusform>
                <numerusform>%n with verdict</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <location filename="../../workbench/gui/search.py" line="176" />
            <source>%n hit(s) for “%1”</source>
            <translation>
                <numerusform>%n hit for “%1”</numerusform>
                <numerusform>%n hits for “%1”</numerusform>
            </translation>
        </message>
    </context>
</TS>
