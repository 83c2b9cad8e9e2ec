<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChartContent</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <extracomment>The medical-history risk factors, in the order shown (labels: ``label(&quot;risk&quot;, key)``).</extracomment>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln patient(s) found</source>
        <translation>
            <numerusform>%Ln patient found</numerusform>
            <numerusform>%Ln patients found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln patient</numerusform>
            <numerusform>%Ln patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitions</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitionsDialog</name>
    <message numerus="yes">
        <source>Responder: at least %n band(s) better than at baseline.</source>
        <translation>
            <numerusform>Responder: at least %n band better than at baseline.</numerusform>
            <numerusform>Responder: at least %n bands better than at baseline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded</source>
        <translation>
            <numerusform>%n value recorded</numerusform>
            <numerusform>%n values recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionProductsModel</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
