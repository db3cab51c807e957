<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>About %1</source>
            <translation>Über %1</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Diagnose kopieren</translation>
        </message>
        <message>
            <source>Copy versions, system details and the last errors (never the PIN)</source>
            <translation>Versionen, Systemangaben und die letzten Fehler kopieren (nie die PIN)</translation>
        </message>
        <message>
            <source>Could not open the log folder: %1</source>
            <translation>Protokollordner konnte nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard.</source>
            <translation>Diagnose in die Zwischenablage kopiert.</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
        <message>
            <source>Show the folder with the log files in the file manager</source>
            <translation>Den Ordner mit den Protokolldateien im Dateimanager zeigen</translation>
        </message>
        <message>
            <source>Version and licences</source>
            <translation>Version und Lizenzen</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About %1</source>
            <translation>Über %1</translation>
        </message>
        <message>
            <source>Application name</source>
            <translation>Name des Programms</translation>
        </message>
        <message>
            <source>Bluetooth</source>
            <translation>Bluetooth</translation>
        </message>
        <message>
            <source>Bluetooth simulator for tests, not shipped</source>
            <translation>Bluetooth-Simulator für Tests, nicht enthalten</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close this window</source>
            <translation>Dieses Fenster schließen</translation>
        </message>
        <message>
            <source>Configure and monitor a 123\SmartBMS battery management system over Bluetooth or the USB cable. Independent software, not made by the manufacturer of the BMS.</source>
            <translation>Ein 123\SmartBMS-Batteriemanagementsystem über Bluetooth oder das USB-Kabel einrichten und überwachen. Unabhängige Software, nicht vom Hersteller des BMS.</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Diagnose kopieren</translation>
        </message>
        <message>
            <source>Copy versions, system details and the last errors to the clipboard for a bug report (the PIN is never included)</source>
            <translation>Versionen, Systemangaben und die letzten Fehler für einen Fehlerbericht in die Zwischenablage kopieren (die PIN ist nie enthalten)</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard.</source>
            <translation>Diagnose in die Zwischenablage kopiert.</translation>
        </message>
        <message>
            <source>Each library keeps its own licence</source>
            <translation>Jede Bibliothek behält ihre eigene Lizenz</translation>
        </message>
        <message>
            <source>Libraries shipped with this program and their licences:</source>
            <translation>Mit diesem Programm ausgelieferte Bibliotheken und ihre Lizenzen:</translation>
        </message>
        <message>
            <source>Libraries, their versions and their licences</source>
            <translation>Bibliotheken, ihre Versionen und ihre Lizenzen</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>Not shipped: used only by the tests and the demo</source>
            <translation>Nicht enthalten: nur von den Tests und der Demo verwendet</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL version 3: they are loaded as separate libraries, which you may replace with your own build.</source>
            <translation>Qt und PySide6 werden unter der GNU LGPL Version 3 verwendet: sie werden als eigene Bibliotheken geladen, die Sie durch einen eigenen Build ersetzen dürfen.</translation>
        </message>
        <message>
            <source>Qt and asyncio together</source>
            <translation>Qt und asyncio zusammen</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Ergebnis der letzten Aktion</translation>
        </message>
        <message>
            <source>Show the folder with the log files in the file manager</source>
            <translation>Den Ordner mit den Protokolldateien im Dateimanager zeigen</translation>
        </message>
        <message>
            <source>The version to quote in a bug report</source>
            <translation>Die Version, die Sie in einem Fehlerbericht angeben</translation>
        </message>
        <message>
            <source>USB cable</source>
            <translation>USB-Kabel</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Verwendet für</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>What the LGPL licence of Qt allows you</source>
            <translation>Was die LGPL-Lizenz von Qt Ihnen erlaubt</translation>
        </message>
        <message>
            <source>What this program is</source>
            <translation>Was dieses Programm ist</translation>
        </message>
        <message>
            <source>plot data</source>
            <translation>Diagrammdaten</translation>
        </message>
        <message>
            <source>plots</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>runs the program</source>
            <translation>führt das Programm aus</translation>
        </message>
        <message>
            <source>settings and log folders</source>
            <translation>Einstellungs- und Protokollordner</translation>
        </message>
        <message>
            <source>the system password store</source>
            <translation>der Passwortspeicher des Systems</translation>
        </message>
        <message>
            <source>windows and controls</source>
            <translation>Fenster und Bedienelemente</translation>
        </message>
    </context>
    <context>
        <name>AddPackDialog</name>
        <message>
            <source>Add a pack</source>
            <translation>Ein Pack hinzufügen</translation>
        </message>
        <message>
            <source>Address or port:</source>
            <translation>Adresse oder Port:</translation>
        </message>
        <message>
            <source>Bluetooth address</source>
            <translation>Bluetooth-Adresse</translation>
        </message>
        <message>
            <source>Cells:</source>
            <translation>Zellen:</translation>
        </message>
        <message>
            <source>Find out on connecting</source>
            <translation>Beim Verbinden ermitteln</translation>
        </message>
        <message>
            <source>Gen2</source>
            <translation>Gen2</translation>
        </message>
        <message>
            <source>Gen3</source>
            <translation>Gen3</translation>
        </message>
        <message>
            <source>Generation:</source>
            <translation>Generation:</translation>
        </message>
        <message>
            <source>How the app reaches this pack's BMS</source>
            <translation>Wie die App das BMS dieses Packs erreicht</translation>
        </message>
        <message>
            <source>How the site shows this pack, e.g. "Port" or "Pack 2"</source>
            <translation>Wie die Anlage dieses Pack zeigt, z. B. "Backbord" oder "Pack 2"</translation>
        </message>
        <message>
            <source>Link:</source>
            <translation>Verbindung:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Simulator</source>
            <translation>Simulator</translation>
        </message>
        <message>
            <source>The module's Bluetooth address (as a scan shows it), or the serial port of the USB cable</source>
            <translation>Die Bluetooth-Adresse des Moduls (wie ein Scan sie zeigt) oder der serielle Port des USB-Kabels</translation>
        </message>
        <message>
            <source>Type the module's Bluetooth address, e.g. AA:BB:CC:DD:EE:FF.</source>
            <translation>Geben Sie die Bluetooth-Adresse des Moduls ein, z. B. AA:BB:CC:DD:EE:FF.</translation>
        </message>
        <message>
            <source>USB serial port (read-only)</source>
            <translation>Serieller USB-Port (nur lesen)</translation>
        </message>
    </context>
    <context>
        <name>Awake</name>
        <message>
            <source>Cannot keep this computer awake here: no screen-saver service and no systemd-inhibit were found. Disable automatic sleep by hand while commissioning.</source>
            <translation>Dieser Computer kann hier nicht wach gehalten werden: weder ein Bildschirmschoner-Dienst noch systemd-inhibit gefunden. Schalten Sie den automatischen Ruhezustand während der Inbetriebnahme selbst ab.</translation>
        </message>
        <message>
            <source>Cannot keep this computer awake: '{0}' was not found.</source>
            <translation>Dieser Computer kann nicht wach gehalten werden: '{0}' nicht gefunden.</translation>
        </message>
        <message>
            <source>Cannot keep this computer awake: {0} failed ({1}).</source>
            <translation>Dieser Computer kann nicht wach gehalten werden: {0} fehlgeschlagen ({1}).</translation>
        </message>
        <message>
            <source>Cannot keep this computer awake: {0} stopped ({1}).</source>
            <translation>Dieser Computer kann nicht wach gehalten werden: {0} beendet ({1}).</translation>
        </message>
        <message>
            <source>Windows refused to keep the computer awake (SetThreadExecutionState failed).</source>
            <translation>Windows hat sich geweigert, den Computer wach zu halten (SetThreadExecutionState fehlgeschlagen).</translation>
        </message>
    </context>
    <context>
        <name>BatteryDetailsPage</name>
        <message>
            <source>&amp;Heat map</source>
            <translation>&amp;Heatmap</translation>
        </message>
        <message>
            <source>&amp;Tiles</source>
            <translation>&amp;Kacheln</translation>
        </message>
        <message>
            <source>&lt;b&gt;Colours&lt;/b&gt;: green &lt;b&gt;OK&lt;/b&gt; = in range; yellow striped &lt;b&gt;BAL&lt;/b&gt; = balancing (above V bypass, the board burns 1 A); red with a thick border &lt;b&gt;OUT !&lt;/b&gt; = above V max or below V min, or outside T min … T max (the value that is out is marked &lt;b&gt;!&lt;/b&gt;); plain and greyed &lt;b&gt;old&lt;/b&gt; = overtaken by the BMS's lowest/highest (its new value is on its way), &lt;b&gt;no data&lt;/b&gt; = no recent value; ▼ lowest and ▲ highest cell.</source>
            <translation>&lt;b&gt;Farben&lt;/b&gt;: grün &lt;b&gt;OK&lt;/b&gt; = im Bereich; gelb gestreift &lt;b&gt;BAL&lt;/b&gt; = Balancing (über V bypass, die Zellplatine verheizt 1 A); rot mit dickem Rand &lt;b&gt;OUT !&lt;/b&gt; = über V max oder unter V min, oder außerhalb T min … T max (der Wert außerhalb ist mit &lt;b&gt;!&lt;/b&gt; markiert); schlicht und grau &lt;b&gt;alt&lt;/b&gt; = von den niedrigsten/höchsten Werten des BMS überholt (der neue Wert ist unterwegs), &lt;b&gt;keine Daten&lt;/b&gt; = kein aktueller Wert; ▼ niedrigste und ▲ höchste Zelle.</translation>
        </message>
        <message>
            <source>A cell that is balancing reads &lt;b&gt;warm&lt;/b&gt;: its bypass resistor heats the temperature sensor, so the real cell is cooler than shown.</source>
            <translation>Eine Zelle im Balancing zeigt eine &lt;b&gt;erhöhte&lt;/b&gt; Temperatur: ihr Bypass-Widerstand heizt den Temperatursensor, die Zelle selbst ist kühler als angezeigt.</translation>
        </message>
        <message>
            <source>A small square per cell, shaded by its voltage: the whole pack at a glance</source>
            <translation>Ein kleines Quadrat pro Zelle, nach ihrer Spannung schattiert: der ganze Akku auf einen Blick</translation>
        </message>
        <message>
            <source>About this light</source>
            <translation>Über diese Leuchte</translation>
        </message>
        <message>
            <source>All cells report, and no cell is outside V min … V max or T min … T max. Click a light to read what it means.</source>
            <translation>Alle Zellen melden sich, und keine Zelle liegt außerhalb V min … V max oder T min … T max. Klicken Sie auf eine Leuchte, um ihre Bedeutung zu lesen.</translation>
        </message>
        <message>
            <source>Cells after {0} have stopped reporting ({1}): check the cable between cell boards {0} and {2} first.</source>
            <translation>Zellen nach {0} melden sich nicht mehr ({1}): prüfen Sie zuerst das Kabel zwischen den Zellplatinen {0} und {2}.</translation>
        </message>
        <message>
            <source>Cells received {0}/{1}</source>
            <translation>Zellen empfangen {0}/{1}</translation>
        </message>
        <message>
            <source>Change V bypass (switches)…</source>
            <translation>V bypass ändern (Schalter)…</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>Prüfung:</translation>
        </message>
        <message>
            <source>Each square is shaded by its cell's voltage: light blue = the lowest of the pack, dark blue = the highest (the scale is above the squares). Yellow stripes = balancing; red with a thick border and &lt;b&gt;!&lt;/b&gt; = out of range; grey hatched = no recent value; ▼ lowest and ▲ highest cell.</source>
            <translation>Jedes Quadrat ist nach der Spannung seiner Zelle schattiert: hellblau = die niedrigste des Akkus, dunkelblau = die höchste (die Skala steht über den Quadraten). Gelbe Streifen = Balancing; rot mit dickem Rand und &lt;b&gt;!&lt;/b&gt; = außerhalb des Bereichs; grau schraffiert = kein aktueller Wert; ▼ niedrigste und ▲ höchste Zelle.</translation>
        </message>
        <message>
            <source>How to read the cells</source>
            <translation>So lesen Sie die Zellen</translation>
        </message>
        <message>
            <source>Last known, {0} ago: no warning light was on</source>
            <translation>Zuletzt bekannt, vor {0}: keine Warnleuchte war an</translation>
        </message>
        <message>
            <source>Lowest and highest cell, and the spread between them (max − min), as the BMS reports them with every message</source>
            <translation>Niedrigste und höchste Zelle und die Differenz dazwischen (max − min), wie das BMS sie mit jeder Nachricht meldet</translation>
        </message>
        <message>
            <source>No cells yet</source>
            <translation>Noch keine Zellen</translation>
        </message>
        <message>
            <source>No data yet — connect to a battery</source>
            <translation>Noch keine Daten — mit einem Akku verbinden</translation>
        </message>
        <message>
            <source>No light is on so far; {0} of {1} cells have reported recently. Click a light to read what it means.</source>
            <translation>Bisher leuchtet keine Leuchte; {0} von {1} Zellen haben sich kürzlich gemeldet. Klicken Sie auf eine Leuchte, um ihre Bedeutung zu lesen.</translation>
        </message>
        <message>
            <source>No warning lights on</source>
            <translation>Keine Warnleuchte an</translation>
        </message>
        <message>
            <source>One tile per cell with voltage, temperature and state</source>
            <translation>Eine Kachel pro Zelle mit Spannung, Temperatur und Zustand</translation>
        </message>
        <message>
            <source>Over the serial cable the BMS reports one cell per message, so a large pack needs a while before every cell has been seen</source>
            <translation>Über das serielle Kabel meldet das BMS eine Zelle pro Nachricht; bei einem großen Akku dauert es also, bis jede Zelle gesehen wurde</translation>
        </message>
        <message>
            <source>Show or hide what the colours and marks of the cells mean</source>
            <translation>Die Bedeutung der Farben und Markierungen der Zellen zeigen oder ausblenden</translation>
        </message>
        <message>
            <source>The five warning lights; a lit light is red, filled and marked '!'</source>
            <translation>Die fünf Warnleuchten; eine leuchtende ist rot, gefüllt und mit '!' markiert</translation>
        </message>
        <message>
            <source>The warning lights and the cells are shown once a battery is connected and sends its data. Click a light to read what it means.</source>
            <translation>Die Warnleuchten und die Zellen werden angezeigt, sobald ein Akku verbunden ist und seine Daten sendet. Klicken Sie auf eine Leuchte, um ihre Bedeutung zu lesen.</translation>
        </message>
        <message>
            <source>This is not live: the battery is not connected. The cells show their last known values, greyed.</source>
            <translation>Das ist nicht live: der Akku ist nicht verbunden. Die Zellen zeigen ihre zuletzt bekannten Werte, grau.</translation>
        </message>
        <message>
            <source>This is not live: the battery sends no new data. The cells show their last known values, greyed.</source>
            <translation>Das ist nicht live: der Akku sendet keine neuen Daten. Die Zellen zeigen ihre zuletzt bekannten Werte, grau.</translation>
        </message>
        <message>
            <source>V bypass is set with option switches 2, 6 and 7 on the IN board; the Switches page shows how</source>
            <translation>V bypass wird mit den Optionsschaltern 2, 6 und 7 auf der IN-Platine eingestellt; die Seite Schalter zeigt, wie</translation>
        </message>
        <message>
            <source>Waiting for the first cell…</source>
            <translation>Warten auf die erste Zelle…</translation>
        </message>
        <message>
            <source>Warning lights on</source>
            <translation>Warnleuchten an</translation>
        </message>
        <message>
            <source>Warning lights on when last heard, {0} ago</source>
            <translation>Warnleuchten an bei der letzten Meldung vor {0}</translation>
        </message>
        <message>
            <source>What the lit warning lights mean and what to check</source>
            <translation>Was die leuchtenden Warnleuchten bedeuten und was zu prüfen ist</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>spread {0} mV</source>
            <translation>Spreizung {0} mV</translation>
        </message>
        <message>
            <source>temperature {0} … {1}</source>
            <translation>Temperatur {0} … {1}</translation>
        </message>
        <message>
            <source>{0} cells</source>
            <translation>{0} Zellen</translation>
        </message>
        <message>
            <source>▲ highest {0} {1}</source>
            <translation>▲ höchste {0} {1}</translation>
        </message>
        <message>
            <source>▼ lowest {0} {1}</source>
            <translation>▼ niedrigste {0} {1}</translation>
        </message>
    </context>
    <context>
        <name>CalibratePage</name>
        <message>
            <source>1. Make sure absolutely no current flows through the sensors: switch off chargers, solar and loads.
2. Set switch 4 ON (drawing below); the auto zero starts.
3. Wait until the current reads 0 A (a few seconds).
4. Set switch 4 back %1, as recorded.</source>
            <translation>1. Sorgen Sie dafür, dass absolut kein Strom durch die Sensoren fließt: Ladegeräte, Solar und Verbraucher ausschalten.
2. Schalter 4 auf EIN stellen (Zeichnung unten); der automatische Nullabgleich beginnt.
3. Warten, bis der Strom 0 A anzeigt (einige Sekunden).
4. Schalter 4 wie notiert wieder auf %1 stellen.</translation>
        </message>
        <message>
            <source>6. Recalibrate the current sensor</source>
            <translation>6. Stromsensor neu kalibrieren</translation>
        </message>
        <message>
            <source>A new sensor type needs a new zero point (switch 4, auto zero).</source>
            <translation>Ein neuer Sensortyp braucht einen neuen Nullpunkt (Schalter 4, automatischer Nullabgleich).</translation>
        </message>
        <message>
            <source>Battery current: %1 — not zero yet</source>
            <translation>Akkustrom: %1 — noch nicht null</translation>
        </message>
        <message>
            <source>Battery current: %1 — zero</source>
            <translation>Akkustrom: %1 — null</translation>
        </message>
        <message>
            <source>Can be ticked once the BMS reads 0 A.</source>
            <translation>Kann angehakt werden, sobald das BMS 0 A misst.</translation>
        </message>
        <message>
            <source>I did the auto zero and switch 4 is back in its position</source>
            <translation>Ich habe den Nullabgleich gemacht und Schalter 4 steht wieder in seiner Stellung</translation>
        </message>
        <message>
            <source>Not connected: watch the current on the Overview page or in the maker's app.</source>
            <translation>Nicht verbunden: beobachten Sie den Strom auf der Seite Übersicht oder in der App des Herstellers.</translation>
        </message>
        <message>
            <source>Skip: the current sensor type did not change</source>
            <translation>Überspringen: der Stromsensortyp hat sich nicht geändert</translation>
        </message>
        <message>
            <source>Switch 4 ON for the auto zero</source>
            <translation>Schalter 4 EIN für den Nullabgleich</translation>
        </message>
        <message>
            <source>The BMS reads a current: the auto zero was done with current flowing, or it is flowing again. Switch off chargers, solar and loads and wait for 0 A, or skip this step.</source>
            <translation>Das BMS misst einen Strom: der Nullabgleich lief, während Strom floss, oder es fließt wieder Strom. Schalten Sie Ladegeräte, Solar und Verbraucher aus und warten Sie auf 0 A, oder überspringen Sie diesen Schritt.</translation>
        </message>
        <message>
            <source>The battery current the BMS reports now.</source>
            <translation>Der Akkustrom, den das BMS jetzt meldet.</translation>
        </message>
        <message>
            <source>The manual says it may be needed after changing the sensor; you can also skip this step.</source>
            <translation>Laut Handbuch kann das nach einem Sensorwechsel nötig sein; Sie können diesen Schritt auch überspringen.</translation>
        </message>
        <message>
            <source>Without a new sensor type the old zero point still holds.</source>
            <translation>Ohne neuen Sensortyp gilt der alte Nullpunkt weiter.</translation>
        </message>
    </context>
    <context>
        <name>CellBars</name>
        <message>
            <source> (old value)</source>
            <translation> (alter Wert)</translation>
        </message>
        <message>
            <source>Cell voltages</source>
            <translation>Zellspannungen</translation>
        </message>
        <message>
            <source>Cell {0}: not received yet</source>
            <translation>Zelle {0}: noch nicht empfangen</translation>
        </message>
        <message>
            <source>Cell {0}: {1}, {2}</source>
            <translation>Zelle {0}: {1}, {2}</translation>
        </message>
        <message>
            <source>Every cell's voltage, cell 1 on the left; hover a cell for its value</source>
            <translation>Die Spannung jeder Zelle, Zelle 1 links; zeigen Sie auf eine Zelle für ihren Wert</translation>
        </message>
        <message>
            <source>No cell voltages yet</source>
            <translation>Noch keine Zellspannungen</translation>
        </message>
        <message>
            <source>balancing</source>
            <translation>balanciert</translation>
        </message>
        <message>
            <source>in range</source>
            <translation>im Bereich</translation>
        </message>
        <message>
            <source>out of range</source>
            <translation>außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>{0} of {1} cells, {2} to {3}</source>
            <translation>{0} von {1} Zellen, {2} bis {3}</translation>
        </message>
    </context>
    <context>
        <name>CellGrid</name>
        <message>
            <source>BAL</source>
            <translation>BAL</translation>
        </message>
        <message>
            <source>Cell #{0:03d}: {1}, {2}</source>
            <translation>Zelle #{0:03d}: {1}, {2}</translation>
        </message>
        <message>
            <source>Cell voltage:</source>
            <translation>Zellspannung:</translation>
        </message>
        <message>
            <source>Cell voltages and temperatures; hover a cell for details</source>
            <translation>Zellspannungen und -temperaturen; für Details mit der Maus auf eine Zelle zeigen</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Zellen</translation>
        </message>
        <message>
            <source>Highest cell voltage of the pack</source>
            <translation>Höchste Zellspannung des Akkus</translation>
        </message>
        <message>
            <source>Last received {0} s ago</source>
            <translation>Zuletzt empfangen vor {0} s</translation>
        </message>
        <message>
            <source>Lowest cell voltage of the pack</source>
            <translation>Niedrigste Zellspannung des Akkus</translation>
        </message>
        <message>
            <source>No new value: the cell-board link is broken before this cell (light E)</source>
            <translation>Kein neuer Wert: die Verbindung der Zellplatinen ist vor dieser Zelle unterbrochen (Leuchte E)</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>OUT !</source>
            <translation>OUT !</translation>
        </message>
        <message>
            <source>Out of date: the BMS now reports every cell between its lowest and highest, and this value is outside them</source>
            <translation>Veraltet: das BMS meldet jetzt jede Zelle zwischen ihrer niedrigsten und höchsten, und dieser Wert liegt außerhalb</translation>
        </message>
        <message>
            <source>Voltage from the BMS's own lowest/highest report, newer than this cell's last message</source>
            <translation>Spannung aus der eigenen Meldung des BMS zur niedrigsten/höchsten Zelle, neuer als die letzte Nachricht dieser Zelle</translation>
        </message>
        <message>
            <source>balancing (bypass on; its temperature reads warm)</source>
            <translation>Balancing (Bypass an; die Temperatur wirkt erhöht)</translation>
        </message>
        <message>
            <source>in the safe range</source>
            <translation>im sicheren Bereich</translation>
        </message>
        <message>
            <source>max</source>
            <translation>max</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>not received yet</source>
            <translation>noch nicht empfangen</translation>
        </message>
        <message>
            <source>old</source>
            <translation>alt</translation>
        </message>
        <message>
            <source>out of range (above V max or below V min)</source>
            <translation>außerhalb des Bereichs (über V max oder unter V min)</translation>
        </message>
        <message>
            <source>out of range (temperature above T max or below T min)</source>
            <translation>außerhalb des Bereichs (Temperatur über T max oder unter T min)</translation>
        </message>
        <message>
            <source>out of range (voltage and temperature)</source>
            <translation>außerhalb des Bereichs (Spannung und Temperatur)</translation>
        </message>
    </context>
    <context>
        <name>CellState</name>
        <message>
            <source>Balancing</source>
            <translation>Balancing</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Out of range</source>
            <translation>Außerhalb des Bereichs</translation>
        </message>
    </context>
    <context>
        <name>ChoosePage</name>
        <message>
            <source>1. Choose the current sensor and the number of cells</source>
            <translation>1. Stromsensor und Zellenzahl wählen</translation>
        </message>
        <message>
            <source>A preview of the positions step 3 asks for. Do not set them yet.</source>
            <translation>Eine Vorschau der Stellungen, die Schritt 3 verlangt. Noch nicht einstellen.</translation>
        </message>
        <message>
            <source>Cell counts in the table: %1.</source>
            <translation>Zellenzahlen in der Tabelle: %1.</translation>
        </message>
        <message>
            <source>Cells in series:</source>
            <translation>Zellen in Reihe:</translation>
        </message>
        <message>
            <source>Current sensor:</source>
            <translation>Stromsensor:</translation>
        </message>
        <message>
            <source>Preview of the switch positions for this choice (you set them in step 3):</source>
            <translation>Vorschau der Schalterstellungen für diese Wahl (Sie stellen sie in Schritt 3 ein):</translation>
        </message>
        <message>
            <source>Preview: the positions step 3 will ask for</source>
            <translation>Vorschau: die Stellungen, die Schritt 3 verlangt</translation>
        </message>
        <message>
            <source>Switches 1-3 store the sensor type, switches 4-7 the number of cells.</source>
            <translation>Die Schalter 1-3 speichern den Sensortyp, die Schalter 4-7 die Zellenzahl.</translation>
        </message>
        <message>
            <source>The current sensor fitted to the IN board (J1, and J2 if used). Its rating is printed on the sensor.</source>
            <translation>Der an der IN-Platine angeschlossene Stromsensor (J1, und J2, falls benutzt). Sein Nennwert ist auf den Sensor gedruckt.</translation>
        </message>
        <message>
            <source>The number of cells in series in your pack (one cell board each), 2 to 255. Cells in parallel count as one.</source>
            <translation>Die Anzahl der Zellen in Reihe in Ihrem Akku (je eine Zellplatine), 2 bis 255. Parallel geschaltete Zellen zählen als eine.</translation>
        </message>
        <message>
            <source>Why the next higher entry is harmless: the table has only 16 places, and the manual states that choosing the entry above your count has no drawbacks. The check at the end of this wizard compares what the BMS reports with your choice.</source>
            <translation>Warum der nächsthöhere Eintrag unschädlich ist: die Tabelle hat nur 16 Plätze, und laut Handbuch hat die Wahl des Eintrags über Ihrer Zellenzahl keine Nachteile. Die Prüfung am Ende dieses Assistenten vergleicht, was das BMS meldet, mit Ihrer Wahl.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBar</name>
        <message>
            <source> (last data {0:.0f} s ago)</source>
            <translation> (letzte Daten vor {0:.0f} s)</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>&amp;Trennen</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Scan</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>4 digits</source>
            <translation>4 Ziffern</translation>
        </message>
        <message>
            <source>A simulated battery inside this app</source>
            <translation>Ein simulierter Akku in dieser App</translation>
        </message>
        <message>
            <source>Bluetooth address {0}</source>
            <translation>Bluetooth-Adresse {0}</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>PIN wird geprüft…</translation>
        </message>
        <message>
            <source>Connect to the chosen battery, or disconnect from it</source>
            <translation>Mit dem gewählten Akku verbinden oder die Verbindung trennen</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Connection state</source>
            <translation>Verbindungsstatus</translation>
        </message>
        <message>
            <source>Connection state: connecting, live, reconnecting, or stale data</source>
            <translation>Verbindungsstatus: verbinden, live, neu verbinden oder veraltete Daten</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Gerät:</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Live, but no new data</source>
            <translation>Live, aber keine neuen Daten</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Read the battery over the USB serial cable (read-only)</source>
            <translation>Den Akku über das serielle USB-Kabel lesen (nur lesend)</translation>
        </message>
        <message>
            <source>Reading settings…</source>
            <translation>Einstellungen werden gelesen…</translation>
        </message>
        <message>
            <source>Reconnecting in {0:.0f} s</source>
            <translation>Neu verbinden in {0:.0f} s</translation>
        </message>
        <message>
            <source>Reconnecting in {0:.0f} s (try {1})</source>
            <translation>Neue Verbindung in {0:.0f} s (Versuch {1})</translation>
        </message>
        <message>
            <source>Reconnecting now</source>
            <translation>Neue Verbindung wird aufgebaut</translation>
        </message>
        <message>
            <source>Reconnecting now (try {0})</source>
            <translation>Neue Verbindung wird aufgebaut (Versuch {0})</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Neu verbinden…</translation>
        </message>
        <message>
            <source>Scanning…</source>
            <translation>Suche läuft…</translation>
        </message>
        <message>
            <source>Search for 123\SmartBMS batteries over Bluetooth (about 5 s)</source>
            <translation>Über Bluetooth nach 123\SmartBMS-Akkus suchen (etwa 5 s)</translation>
        </message>
        <message>
            <source>Serial port…</source>
            <translation>Serieller Anschluss…</translation>
        </message>
        <message>
            <source>Serial {0}</source>
            <translation>Seriell {0}</translation>
        </message>
        <message>
            <source>Showing a recording (not connected)</source>
            <translation>Eine Aufzeichnung wird gezeigt (nicht verbunden)</translation>
        </message>
        <message>
            <source>Signal {0} dBm</source>
            <translation>Signal {0} dBm</translation>
        </message>
        <message>
            <source>Simulator</source>
            <translation>Simulator</translation>
        </message>
        <message>
            <source>The battery's four-digit PIN (factory setting 1234; the simulator uses 1234). It is not stored. Forgot it? Hold the OUT board's Bluetooth button for 5 s to reset it to 1234.</source>
            <translation>Die vierstellige PIN des Akkus (Werkseinstellung 1234; der Simulator verwendet 1234). Sie wird nicht gespeichert. Vergessen? Halten Sie den Bluetooth-Taster der OUT-Platine 5 s gedrückt, um sie auf 1234 zurückzusetzen.</translation>
        </message>
        <message>
            <source>Unnamed device {0}</source>
            <translation>Unbenanntes Gerät {0}</translation>
        </message>
        <message>
            <source>Which battery to talk to: a 123\SmartBMS found over Bluetooth (type, serial number, signal strength), the built-in simulator, or the USB serial cable (read-only)</source>
            <translation>Mit welchem Akku kommuniziert wird: ein über Bluetooth gefundenes 123\SmartBMS (Typ, Seriennummer, Signalstärke), der eingebaute Simulator oder das serielle USB-Kabel (nur lesend)</translation>
        </message>
        <message>
            <source>fair signal</source>
            <translation>mäßiges Signal</translation>
        </message>
        <message>
            <source>good signal</source>
            <translation>gutes Signal</translation>
        </message>
        <message>
            <source>strong signal</source>
            <translation>starkes Signal</translation>
        </message>
        <message>
            <source>weak signal</source>
            <translation>schwaches Signal</translation>
        </message>
    </context>
    <context>
        <name>DeviceBridge</name>
        <message>
            <source>Connect to a battery to read its log and history.</source>
            <translation>Mit einem Akku verbinden, um sein Protokoll und seinen Verlauf zu lesen.</translation>
        </message>
        <message>
            <source>Keeping the recordings within their limit</source>
            <translation>Aufzeichnungen innerhalb ihrer Grenze halten</translation>
        </message>
        <message>
            <source>Not available over the USB serial cable: it only carries the live data. Connect over Bluetooth to read the log and the history.</source>
            <translation>Über das serielle USB-Kabel nicht verfügbar: es überträgt nur die Live-Daten. Über Bluetooth verbinden, um das Protokoll und den Verlauf zu lesen.</translation>
        </message>
        <message>
            <source>Not connected: nothing was read.</source>
            <translation>Nicht verbunden: es wurde nichts gelesen.</translation>
        </message>
        <message>
            <source>Not connected: nothing was written.</source>
            <translation>Nicht verbunden: es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Reading the history</source>
            <translation>Das Lesen des Verlaufs</translation>
        </message>
        <message>
            <source>Recording not started: {0}. The live view continues.</source>
            <translation>Aufzeichnung nicht gestartet: {0}. Die Live-Anzeige läuft weiter.</translation>
        </message>
        <message>
            <source>Simulator {0} cells</source>
            <translation>Simulator {0} Zellen</translation>
        </message>
        <message>
            <source>The Bluetooth scan</source>
            <translation>Die Bluetooth-Suche</translation>
        </message>
        <message>
            <source>The simulator</source>
            <translation>Der Simulator</translation>
        </message>
        <message>
            <source>Tidying old simulator recordings</source>
            <translation>Alte Simulator-Aufzeichnungen aufräumen</translation>
        </message>
        <message>
            <source>Writing the settings</source>
            <translation>Das Schreiben der Einstellungen</translation>
        </message>
        <message>
            <source>{0} failed: {1}</source>
            <translation>{0} ist fehlgeschlagen: {1}</translation>
        </message>
    </context>
    <context>
        <name>DipSwitchBlock</name>
        <message>
            <source>OFF</source>
            <translation>AUS</translation>
        </message>
        <message>
            <source>ON</source>
            <translation>EIN</translation>
        </message>
        <message>
            <source>Option switches 1 to 8</source>
            <translation>Optionsschalter 1 bis 8</translation>
        </message>
        <message>
            <source>Set the option switches on the IN board like this drawing. ON is up.</source>
            <translation>Stellen Sie die Optionsschalter auf der IN-Platine wie in dieser Zeichnung. EIN ist oben.</translation>
        </message>
        <message>
            <source>The option switches on the IN board. Click a switch to flip it, or use Left/Right to choose one and Space to flip it (Up = ON, Down = OFF).</source>
            <translation>Die Optionsschalter auf der IN-Platine. Klicken Sie auf einen Schalter, um ihn umzulegen, oder wählen Sie ihn mit Links/Rechts und legen Sie ihn mit der Leertaste um (Oben = EIN, Unten = AUS).</translation>
        </message>
        <message>
            <source>switch %1 %2</source>
            <translation>Schalter %1 %2</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>About: the battery restarted since, and its clock with it; this time may be off.</source>
            <translation>Ungefähr: Die Batterie wurde seitdem neu gestartet, ihre Uhr mit ihr; diese Zeit kann abweichen.</translation>
        </message>
        <message>
            <source>Ask the battery for its cell log again</source>
            <translation>Das Zellprotokoll erneut von der Batterie abfragen</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Zelle</translation>
        </message>
        <message>
            <source>Cell events</source>
            <translation>Zellereignisse</translation>
        </message>
        <message>
            <source>Charge the pack. Measure this cell and its neighbours with a multimeter: a cell that is the lowest again and again has lost capacity. Check that V min suits the cells and that the load was switched off in time.</source>
            <translation>Laden Sie den Akku. Messen Sie diese Zelle und ihre Nachbarn mit einem Multimeter: Eine Zelle, die immer wieder die niedrigste ist, hat Kapazität verloren. Prüfen Sie, ob V min zu den Zellen passt und ob die Last rechtzeitig abgeschaltet wurde.</translation>
        </message>
        <message>
            <source>Check the charger's and solar charger's voltage settings and that they stop when the charge relay opens. Check that the cells balance (V bypass below V max); a cell that is always the first to run high has lost capacity.</source>
            <translation>Prüfen Sie die Spannungseinstellungen des Ladegeräts und des Solarladereglers und ob sie aufhören, wenn das Laderelais öffnet. Prüfen Sie, ob die Zellen balancieren (V Bypass unter V max); eine Zelle, die immer als erste zu hoch steigt, hat Kapazität verloren.</translation>
        </message>
        <message>
            <source>Check the ventilation, the currents against the cells' ratings, and this cell's terminal screws: a loose connection heats up. While a cell balances its board reads warmer than the cell itself.</source>
            <translation>Prüfen Sie die Belüftung, die Ströme im Vergleich zu den Nennwerten der Zellen und die Polschrauben dieser Zelle: Eine lose Verbindung wird warm. Während eine Zelle balanciert, misst ihre Platine wärmer als die Zelle selbst.</translation>
        </message>
        <message>
            <source>Click the cell number in the table to see this cell now.</source>
            <translation>Klicken Sie auf die Zellennummer in der Tabelle, um diese Zelle jetzt zu sehen.</translation>
        </message>
        <message>
            <source>Compare with the 123\SmartBMS app; newer firmware may log more kinds.</source>
            <translation>Vergleichen Sie mit der 123\SmartBMS-App; neuere Firmware protokolliert vielleicht mehr Arten.</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Look at the green LEDs of the cell boards: where they stop flashing is the problem. Check the data cables from this cell's board on (OUT to the next IN) or replace that cell module.</source>
            <translation>Sehen Sie sich die grünen LEDs der Zellplatinen an: Wo sie aufhören zu blinken, liegt das Problem. Prüfen Sie die Datenkabel ab der Platine dieser Zelle (OUT zum nächsten IN) oder ersetzen Sie dieses Zellmodul.</translation>
        </message>
        <message>
            <source>No events in the slots read; {0} of 10 could not be read.</source>
            <translation>Keine Ereignisse in den gelesenen Plätzen; {0} von 10 konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Not available on this BMS: it does not answer the requests for its cell log and SoC history (older firmware may not keep them). The live values are not affected.</source>
            <translation>Auf diesem BMS nicht verfügbar: Es beantwortet die Abfragen nach seinem Zellprotokoll und SoC-Verlauf nicht (ältere Firmware führt sie womöglich nicht). Die Live-Werte sind davon nicht betroffen.</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Erneut lesen</translation>
        </message>
        <message>
            <source>Reading the battery's cell log…</source>
            <translation>Das Zellprotokoll der Batterie wird gelesen…</translation>
        </message>
        <message>
            <source>Select an event to read what it means and what to check.</source>
            <translation>Wählen Sie ein Ereignis, um zu lesen, was es bedeutet und was zu prüfen ist.</translation>
        </message>
        <message>
            <source>Show cell {0} in Battery details</source>
            <translation>Zelle {0} in den Batteriedetails zeigen</translation>
        </message>
        <message>
            <source>The battery gave no time for this event (or one after its clock's now, as after a restart).</source>
            <translation>Die Batterie gab für dieses Ereignis keine Zeit an (oder eine nach dem „Jetzt“ ihrer Uhr, wie nach einem Neustart).</translation>
        </message>
        <message>
            <source>The battery keeps its last ten cell events. They are read after connecting.</source>
            <translation>Die Batterie speichert ihre letzten zehn Zellereignisse. Sie werden nach dem Verbinden gelesen.</translation>
        </message>
        <message>
            <source>The battery logged an event: {0} ({1}). See the Events page.</source>
            <translation>Die Batterie hat ein Ereignis protokolliert: {0} ({1}). Siehe die Seite Ereignisse.</translation>
        </message>
        <message>
            <source>The battery logs an event when a cell goes below V min or above V max, below T min or above T max, and when the cell boards stop answering. Each one is listed in the table; select it to read here what it means and what to check.</source>
            <translation>Die Batterie protokolliert ein Ereignis, wenn eine Zelle unter V min oder über V max, unter T min oder über T max gerät und wenn die Zellplatinen nicht mehr antworten. Jedes steht in der Tabelle; wählen Sie es, um hier zu lesen, was es bedeutet und was zu prüfen ist.</translation>
        </message>
        <message>
            <source>The battery's last ten cell events, newest first. Read at {0}; read again by itself when the battery logs an event.</source>
            <translation>Die letzten zehn Zellereignisse der Batterie, neueste zuerst. Gelesen um {0}; von selbst erneut gelesen, wenn die Batterie ein Ereignis protokolliert.</translation>
        </message>
        <message>
            <source>The log is empty: the battery has not logged a cell event.</source>
            <translation>Das Protokoll ist leer: Die Batterie hat kein Zellereignis protokolliert.</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>What to check</source>
            <translation>Was zu prüfen ist</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Where does the battery stand: does it need heating or insulation in the cold? Check that this cell board's sensor sits firmly on the cell and that T min for discharging suits the cells.</source>
            <translation>Wo steht die Batterie: Braucht sie in der Kälte Heizung oder Dämmung? Prüfen Sie, ob der Sensor dieser Zellplatine fest auf der Zelle sitzt und ob T min für das Entladen zu den Zellen passt.</translation>
        </message>
        <message>
            <source>Where does the battery stand: does it need heating or insulation in the cold? Lithium cells must not be charged below freezing. Check that this cell board's sensor sits firmly on the cell.</source>
            <translation>Wo steht die Batterie: Braucht sie in der Kälte Heizung oder Dämmung? Lithiumzellen dürfen unter dem Gefrierpunkt nicht geladen werden. Prüfen Sie, ob der Sensor dieser Zellplatine fest auf der Zelle sitzt.</translation>
        </message>
        <message>
            <source>about {0}</source>
            <translation>etwa {0}</translation>
        </message>
        <message>
            <source>cell {0}</source>
            <translation>Zelle {0}</translation>
        </message>
        <message>
            <source>{0} events; {1} of 10 slots empty.</source>
            <translation>{0} Ereignisse; {1} von 10 Plätzen leer.</translation>
        </message>
        <message>
            <source>{0}, cell {1}</source>
            <translation>{0}, Zelle {1}</translation>
        </message>
        <message>
            <source>{0}–{1}</source>
            <translation>{0}–{1}</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… und {0} weitere</translation>
        </message>
    </context>
    <context>
        <name>HiddenSettingsWizard</name>
        <message>
            <source>Close the wizard</source>
            <translation>Den Assistenten schließen</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Einen Schritt zurück</translation>
        </message>
        <message>
            <source>Go to the next step</source>
            <translation>Zum nächsten Schritt</translation>
        </message>
        <message>
            <source>Hidden settings: current sensor and number of cells</source>
            <translation>Versteckte Einstellungen: Stromsensor und Zellenzahl</translation>
        </message>
        <message>
            <source>Stop the wizard. If you changed switches, put them back as recorded.</source>
            <translation>Den Assistenten beenden. Haben Sie Schalter verstellt, stellen Sie sie wie notiert zurück.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>A cell fell below V min: the load relay opens (Vl light).</source>
            <translation>Eine Zelle fiel unter V min: das Lastrelais öffnet (Leuchte Vl).</translation>
        </message>
        <message>
            <source>A cell rose above V max: the charge relay opens (Vh light).</source>
            <translation>Eine Zelle stieg über V max: das Laderelais öffnet (Leuchte Vh).</translation>
        </message>
        <message>
            <source>A cell was colder than T min for charging (Tl light).</source>
            <translation>Eine Zelle war kälter als T min zum Laden (Leuchte Tl).</translation>
        </message>
        <message>
            <source>A cell was colder than T min for discharging (Tl light).</source>
            <translation>Eine Zelle war kälter als T min zum Entladen (Leuchte Tl).</translation>
        </message>
        <message>
            <source>A cell was hotter than T max: both relays open (Th light).</source>
            <translation>Eine Zelle war wärmer als T max: beide Relais öffnen (Leuchte Th).</translation>
        </message>
        <message>
            <source>An event type this app does not know.</source>
            <translation>Eine Ereignisart, die diese App nicht kennt.</translation>
        </message>
        <message>
            <source>Ask the battery for its cell log and its SoC of the last 7 days again (a few seconds)</source>
            <translation>Zellprotokoll und SoC der letzten 7 Tage erneut von der Batterie abfragen (einige Sekunden)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <source>Every hour has a value.</source>
            <translation>Jede Stunde hat einen Wert.</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Export the log and the history</source>
            <translation>Das Protokoll und den Verlauf exportieren</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>Exportiert nach {0}</translation>
        </message>
        <message>
            <source>Hatched: not read.</source>
            <translation>Schraffiert: nicht gelesen.</translation>
        </message>
        <message>
            <source>Hours without a value show as gaps: {0}.</source>
            <translation>Stunden ohne Wert erscheinen als Lücken: {0}.</translation>
        </message>
        <message>
            <source>Not exported: {0}</source>
            <translation>Nicht exportiert: {0}</translation>
        </message>
        <message>
            <source>Not read yet</source>
            <translation>Noch nicht gelesen</translation>
        </message>
        <message>
            <source>Not read yet.</source>
            <translation>Noch nicht gelesen.</translation>
        </message>
        <message>
            <source>Nothing read: every answer arrived damaged. Try again.</source>
            <translation>Nichts gelesen: jede Antwort kam beschädigt an. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Nothing read: not allowed (NA). Reconnect with the right PIN.</source>
            <translation>Nichts gelesen: nicht erlaubt (NA). Mit der richtigen PIN neu verbinden.</translation>
        </message>
        <message>
            <source>Nothing read: the battery did not answer. Check that it is in range and try again.</source>
            <translation>Nichts gelesen: der Akku hat nicht geantwortet. Prüfen Sie, ob er in Reichweite ist, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Nothing read: the battery did not understand the request (WRONG). Its firmware may not keep a log.</source>
            <translation>Nichts gelesen: der Akku hat die Anfrage nicht verstanden (WRONG). Seine Firmware führt vielleicht kein Protokoll.</translation>
        </message>
        <message>
            <source>Nothing read: the battery refused (KO).</source>
            <translation>Nichts gelesen: der Akku hat abgelehnt (KO).</translation>
        </message>
        <message>
            <source>Nothing read: the link dropped. Connect again and try again.</source>
            <translation>Nichts gelesen: die Verbindung brach ab. Neu verbinden und erneut versuchen.</translation>
        </message>
        <message>
            <source>Nothing to export yet: read from the battery first.</source>
            <translation>Noch nichts zu exportieren: zuerst vom Akku lesen.</translation>
        </message>
        <message>
            <source>One bar per hour, at the hour's end, newest on the right (hours by {0}); dashed lines: each day's lowest and highest value.</source>
            <translation>Ein Balken pro Stunde, am Ende der Stunde, neueste rechts (Stunden nach {0}); gestrichelte Linien: niedrigster und höchster Wert jedes Tages.</translation>
        </message>
        <message>
            <source>Read from battery</source>
            <translation>Vom Akku lesen</translation>
        </message>
        <message>
            <source>Read from the battery at {0}.</source>
            <translation>Vom Akku gelesen um {0}.</translation>
        </message>
        <message>
            <source>Reading the log and the history…</source>
            <translation>Protokoll und Verlauf werden gelesen…</translation>
        </message>
        <message>
            <source>Save the cell log and the SoC history to one CSV file</source>
            <translation>Das Zellprotokoll und den SoC-Verlauf in einer CSV-Datei speichern</translation>
        </message>
        <message>
            <source>State of charge, last 7 days</source>
            <translation>Ladezustand, letzte 7 Tage</translation>
        </message>
        <message>
            <source>T high</source>
            <translation>T hoch</translation>
        </message>
        <message>
            <source>T low (charge)</source>
            <translation>T niedrig (Laden)</translation>
        </message>
        <message>
            <source>T low (discharge)</source>
            <translation>T niedrig (Entladen)</translation>
        </message>
        <message>
            <source>The battery began a new hour during the read: {0} h not known. Read again.</source>
            <translation>Der Akku begann beim Lesen eine neue Stunde: {0} h nicht bekannt. Erneut lesen.</translation>
        </message>
        <message>
            <source>The battery keeps its SoC of every hour of the last 7 days. It is read after connecting.</source>
            <translation>Die Batterie speichert ihren SoC jeder Stunde der letzten 7 Tage. Er wird nach dem Verbinden gelesen.</translation>
        </message>
        <message>
            <source>The cell-board chain was broken from this cell on (E light).</source>
            <translation>Die Kette der Zellplatinen war ab dieser Zelle unterbrochen (Leuchte E).</translation>
        </message>
        <message>
            <source>Unknown event ({0})</source>
            <translation>Unbekanntes Ereignis ({0})</translation>
        </message>
        <message>
            <source>V high</source>
            <translation>V hoch</translation>
        </message>
        <message>
            <source>V low</source>
            <translation>V niedrig</translation>
        </message>
        <message>
            <source>arrived damaged (checksum)</source>
            <translation>beschädigt angekommen (Prüfsumme)</translation>
        </message>
        <message>
            <source>less than a minute ago</source>
            <translation>vor weniger als einer Minute</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>not allowed (NA)</source>
            <translation>nicht erlaubt (NA)</translation>
        </message>
        <message>
            <source>not asked for: the battery stopped answering</source>
            <translation>nicht angefragt: der Akku antwortete nicht mehr</translation>
        </message>
        <message>
            <source>not understood (WRONG)</source>
            <translation>nicht verstanden (WRONG)</translation>
        </message>
        <message>
            <source>refused (KO)</source>
            <translation>abgelehnt (KO)</translation>
        </message>
        <message>
            <source>the battery's clock</source>
            <translation>der Uhr des Akkus</translation>
        </message>
        <message>
            <source>the link dropped</source>
            <translation>die Verbindung brach ab</translation>
        </message>
        <message>
            <source>this computer's clock</source>
            <translation>der Uhr dieses Computers</translation>
        </message>
        <message>
            <source>time unknown</source>
            <translation>Zeit unbekannt</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>vor {0} Tagen</translation>
        </message>
        <message>
            <source>{0} h ago</source>
            <translation>vor {0} h</translation>
        </message>
        <message>
            <source>{0} min ago</source>
            <translation>vor {0} min</translation>
        </message>
        <message>
            <source>{0} not read: {1}</source>
            <translation>{0} nicht gelesen: {1}</translation>
        </message>
        <message>
            <source>{0} values were not a percentage: shown as gaps.</source>
            <translation>{0} Werte waren kein Prozentsatz: als Lücken gezeigt.</translation>
        </message>
        <message>
            <source>{0}: no value</source>
            <translation>{0}: kein Wert</translation>
        </message>
        <message>
            <source>{0}: not read</source>
            <translation>{0}: nicht gelesen</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… und {0} weitere</translation>
        </message>
    </context>
    <context>
        <name>LinkQualityLabel</name>
        <message>
            <source>A record from the battery that looks garbled on the way (a value far from the last one, or values that contradict each other) is held back until the next record confirms it, so no spike, light or relay reason comes from it. Link quality: the share of the records received on this connection that became values (neither unreadable nor held back).</source>
            <translation>Ein Datensatz der Batterie, der unterwegs verfälscht aussieht (ein Wert weit vom letzten entfernt oder Werte, die einander widersprechen), wird zurückgehalten, bis der nächste Datensatz ihn bestätigt, sodass keine Spitze, keine Warnleuchte und kein Relaisgrund daraus entsteht. Verbindungsqualität: der Anteil der auf dieser Verbindung empfangenen Datensätze, der zu Werten wurde (weder unlesbar noch zurückgehalten).</translation>
        </message>
        <message>
            <source>Link quality {0} %</source>
            <translation>Verbindungsqualität {0} %</translation>
        </message>
        <message>
            <source>Link quality {0} % · {1} held back</source>
            <translation>Verbindungsqualität {0} % · {1} zurückgehalten</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Dismiss</source>
            <translation>Aus&amp;blenden</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Load settings from file…</source>
            <translation>Einstellungen aus Datei &amp;laden…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Programmeinstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Recordings…</source>
            <translation>&amp;Aufzeichnungen…</translation>
        </message>
        <message>
            <source>&amp;Save settings to file…</source>
            <translation>Einstellungen in Datei &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Back to &amp;live data</source>
            <translation>Zurück zu &amp;Live-Daten</translation>
        </message>
        <message>
            <source>Battery details</source>
            <translation>Akkudetails</translation>
        </message>
        <message>
            <source>Cannot keep the computer awake</source>
            <translation>Computer kann nicht wach gehalten werden</translation>
        </message>
        <message>
            <source>Cell voltages, temperatures, current and SoC over time</source>
            <translation>Zellspannungen, Temperaturen, Strom und SoC im Zeitverlauf</translation>
        </message>
        <message>
            <source>Cells as &amp;heat map</source>
            <translation>Zellen als &amp;Heatmap</translation>
        </message>
        <message>
            <source>Change the &amp;PIN…</source>
            <translation>PIN ä&amp;ndern…</translation>
        </message>
        <message>
            <source>Close the recording; the pages show the connected battery again</source>
            <translation>Die Aufzeichnung schließen; die Seiten zeigen wieder den verbundenen Akku</translation>
        </message>
        <message>
            <source>Commissioning &amp;report…</source>
            <translation>Inbetriebnahme&amp;bericht…</translation>
        </message>
        <message>
            <source>Could not save the preferences: {0}</source>
            <translation>Die Programmeinstellungen konnten nicht gespeichert werden: {0}</translation>
        </message>
        <message>
            <source>Disconnect and close the app</source>
            <translation>Trennen und die App schließen</translation>
        </message>
        <message>
            <source>Drive the simulated battery: sun, load, faults</source>
            <translation>Den simulierten Akku steuern: Sonne, Last, Störungen</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Every cell's voltage and temperature, and the five warning lights</source>
            <translation>Spannung und Temperatur jeder Zelle und die fünf Warnleuchten</translation>
        </message>
        <message>
            <source>Every page shows the recording, not the battery's present state</source>
            <translation>Jede Seite zeigt die Aufzeichnung, nicht den aktuellen Zustand des Akkus</translation>
        </message>
        <message>
            <source>Every recorded connection: sizes and dates, open in Plots, delete</source>
            <translation>Jede aufgezeichnete Verbindung: Größe und Datum, in Diagrammen öffnen, löschen</translation>
        </message>
        <message>
            <source>Hide these notes until the next connection</source>
            <translation>Diese Hinweise bis zur nächsten Verbindung ausblenden</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Keeping this computer awake</source>
            <translation>Dieser Computer wird wach gehalten</translation>
        </message>
        <message>
            <source>Kept: up to {0} and {1}; the oldest go first. Change it in File → Preferences.</source>
            <translation>Behalten: bis {0} und {1}; die ältesten zuerst gelöscht. Ändern unter Datei → Programmeinstellungen.</translation>
        </message>
        <message>
            <source>Load settings from a file; the changes are shown before anything is written</source>
            <translation>Einstellungen aus einer Datei laden; die Änderungen werden gezeigt, bevor etwas geschrieben wird</translation>
        </message>
        <message>
            <source>Open Settings at the PIN</source>
            <translation>Einstellungen bei der PIN öffnen</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Pages (Ctrl+1 … Ctrl+{0})</source>
            <translation>Seiten (Strg+1 … Strg+{0})</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Prevent auto-lock is on ({0})</source>
            <translation>Automatische Sperre verhindern ist an ({0})</translation>
        </message>
        <message>
            <source>Prevent auto-lock status</source>
            <translation>Status von „Automatische Sperre verhindern“</translation>
        </message>
        <message>
            <source>Replaying {0} at {1}: every page shows the recording.</source>
            <translation>{0} wird abgespielt, Stand {1}: jede Seite zeigt die Aufzeichnung.</translation>
        </message>
        <message>
            <source>Replaying {0}: every page shows the recording.</source>
            <translation>{0} wird abgespielt: jede Seite zeigt die Aufzeichnung.</translation>
        </message>
        <message>
            <source>Save the battery's settings to a JSON file</source>
            <translation>Die Einstellungen des Akkus in einer JSON-Datei speichern</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Several packs at once: a card per pack, the totals, divergence warnings</source>
            <translation>Mehrere Packs zugleich: eine Karte je Pack, die Summen, Warnungen bei Abweichungen</translation>
        </message>
        <message>
            <source>Show the cells as small coloured squares (for many cells)</source>
            <translation>Die Zellen als kleine farbige Quadrate zeigen (für viele Zellen)</translation>
        </message>
        <message>
            <source>Simulator</source>
            <translation>Simulator</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Anlage</translation>
        </message>
        <message>
            <source>SmartBMS Desktop</source>
            <translation>SmartBMS Desktop</translation>
        </message>
        <message>
            <source>Solar, battery and load at a glance (the app's dashboard)</source>
            <translation>Solar, Akku und Last auf einen Blick (das Dashboard der App)</translation>
        </message>
        <message>
            <source>Switches / wizards</source>
            <translation>Schalter / Assistenten</translation>
        </message>
        <message>
            <source>The BMS settings: read, change, apply, save to a file</source>
            <translation>Die Einstellungen des BMS: lesen, ändern, anwenden, in einer Datei speichern</translation>
        </message>
        <message>
            <source>The IN board's option switches and the hidden factory settings, step by step</source>
            <translation>Die Optionsschalter der IN-Platine und die versteckten Werkseinstellungen, Schritt für Schritt</translation>
        </message>
        <message>
            <source>The PIN has four digits.</source>
            <translation>Die PIN hat vier Ziffern.</translation>
        </message>
        <message>
            <source>The battery's own log of its last ten cell events, explained</source>
            <translation>Das eigene Protokoll der Batterie mit ihren letzten zehn Zellereignissen, erklärt</translation>
        </message>
        <message>
            <source>The battery's state of charge of every hour of the last 7 days</source>
            <translation>Der Ladezustand der Batterie für jede Stunde der letzten 7 Tage</translation>
        </message>
        <message>
            <source>The commissioning report (PDF): site, battery, settings, pack, session, checklist</source>
            <translation>Der Inbetriebnahmebericht (PDF): Standort, Akku, Einstellungen, Pack, Sitzung, Checkliste</translation>
        </message>
        <message>
            <source>The language changes fully after a restart.</source>
            <translation>Die Sprache ändert sich vollständig nach einem Neustart.</translation>
        </message>
        <message>
            <source>Theme, language, units, prevent auto-lock, simulator, recordings limits</source>
            <translation>Design, Sprache, Einheiten, automatische Sperre verhindern, Simulator, Grenzen für Aufzeichnungen</translation>
        </message>
        <message>
            <source>a recording</source>
            <translation>eine Aufzeichnung</translation>
        </message>
        <message>
            <source>no age limit</source>
            <translation>keine Altersgrenze</translation>
        </message>
        <message>
            <source>no size limit</source>
            <translation>keine Größengrenze</translation>
        </message>
        <message>
            <source>{0} MB</source>
            <translation>{0} MB</translation>
        </message>
        <message>
            <source>{0} days</source>
            <translation>{0} Tage</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>'{label}' is an action, not a setting; remove it from the file.</source>
            <translation>'{label}' ist eine Aktion, keine Einstellung; entfernen Sie sie aus der Datei.</translation>
        </message>
        <message>
            <source>(not reported)</source>
            <translation>(nicht gemeldet)</translation>
        </message>
        <message>
            <source>1 attempt</source>
            <translation>1 Versuch</translation>
        </message>
        <message>
            <source>123\SmartBMS</source>
            <translation>123\SmartBMS</translation>
        </message>
        <message>
            <source>? = not reported by the BMS: check on the board</source>
            <translation>? = vom BMS nicht gemeldet: auf der Platine prüfen</translation>
        </message>
        <message>
            <source>A pack has 1 to 255 cells, not {cells}.</source>
            <translation>Ein Pack hat 1 bis 255 Zellen, nicht {cells}.</translation>
        </message>
        <message>
            <source>A pack has no key.</source>
            <translation>Ein Pack hat keinen Schlüssel.</translation>
        </message>
        <message>
            <source>A pack must be an object.</source>
            <translation>Ein Pack muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>A pack needs a name.</source>
            <translation>Ein Pack braucht einen Namen.</translation>
        </message>
        <message>
            <source>A pack's link is not valid: {reason}</source>
            <translation>Die Verbindung eines Packs ist ungültig: {reason}</translation>
        </message>
        <message>
            <source>A pack's link must be an object.</source>
            <translation>Die Verbindung eines Packs muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>A recorded cell log or SoC history could not be read: {problem}</source>
            <translation>Ein aufgezeichnetes Zellprotokoll oder ein SoC-Verlauf konnte nicht gelesen werden: {problem}</translation>
        </message>
        <message>
            <source>A simulated site has 1 to 32 packs, not {count}.</source>
            <translation>Eine simulierte Anlage hat 1 bis 32 Packs, nicht {count}.</translation>
        </message>
        <message>
            <source>A site must be a JSON object.</source>
            <translation>Eine Anlage muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>A site's packs must be a list.</source>
            <translation>Die Packs einer Anlage müssen eine Liste sein.</translation>
        </message>
        <message>
            <source>A {kind} link needs an address or a port.</source>
            <translation>Eine {kind}-Verbindung braucht eine Adresse oder einen Port.</translation>
        </message>
        <message>
            <source>At the start: {states}.</source>
            <translation>Zu Beginn: {states}.</translation>
        </message>
        <message>
            <source>At the start: {states}; no relay, warning-light or setting change during the session.</source>
            <translation>Zu Beginn: {states}; keine Änderung von Relais, Warnleuchten oder Einstellungen während der Sitzung.</translation>
        </message>
        <message>
            <source>Balancing cells</source>
            <translation>Balancierende Zellen</translation>
        </message>
        <message>
            <source>Battery capacity {capacity} is above 75 % of the rated {rated} ({cells} cells × {ah} × {nominal}): the manual advises 75 % to allow for ageing and temperature, about {advice}.</source>
            <translation>Akkukapazität {capacity} liegt über 75 % der Nennkapazität {rated} ({cells} Zellen × {ah} × {nominal}): das Handbuch empfiehlt 75 % wegen Alterung und Temperatur, etwa {advice}.</translation>
        </message>
        <message>
            <source>Battery current</source>
            <translation>Akkustrom</translation>
        </message>
        <message>
            <source>Bluetooth device {address}</source>
            <translation>Bluetooth-Gerät {address}</translation>
        </message>
        <message>
            <source>Bluetooth is switched off. Switch it on in Settings → Bluetooth &amp; devices, then try again.</source>
            <translation>Bluetooth ist ausgeschaltet. Schalten Sie es unter Einstellungen → Bluetooth und Geräte ein und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Bluetooth is switched off. Switch it on in System Settings → Bluetooth, then try again.</source>
            <translation>Bluetooth ist ausgeschaltet. Schalten Sie es unter Systemeinstellungen → Bluetooth ein und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Bluetooth is switched off. Switch it on in the system's Bluetooth settings (or run "rfkill unblock bluetooth" and "bluetoothctl power on"), then try again.</source>
            <translation>Bluetooth ist ausgeschaltet. Schalten Sie es in den Bluetooth-Einstellungen des Systems ein (oder führen Sie "rfkill unblock bluetooth" und "bluetoothctl power on" aus) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Can't copy the recording to {path}: {reason}. Choose another folder (an earlier file of that name is unchanged).</source>
            <translation>Die Aufzeichnung kann nicht nach {path} kopiert werden: {reason}. Wählen Sie einen anderen Ordner (eine frühere Datei dieses Namens ist unverändert).</translation>
        </message>
        <message>
            <source>Can't write the recording {path}: {reason}. The live view continues; choose a folder you can write to.</source>
            <translation>Die Aufzeichnung {path} kann nicht geschrieben werden: {reason}. Die Live-Anzeige läuft weiter; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Zelle</translation>
        </message>
        <message>
            <source>Cell chemistry</source>
            <translation>Zellchemie</translation>
        </message>
        <message>
            <source>Cell event log (the BMS's last ten events)</source>
            <translation>Zellenprotokoll (die letzten zehn Ereignisse des BMS)</translation>
        </message>
        <message>
            <source>Cell spread under {limit}</source>
            <translation>Zellspreizung unter {limit}</translation>
        </message>
        <message>
            <source>Cell temperatures plausible</source>
            <translation>Zelltemperaturen plausibel</translation>
        </message>
        <message>
            <source>Cells in series</source>
            <translation>Zellen in Reihe</translation>
        </message>
        <message>
            <source>Cells reporting</source>
            <translation>Meldende Zellen</translation>
        </message>
        <message>
            <source>Charge relay</source>
            <translation>Laderelais</translation>
        </message>
        <message>
            <source>Charge relay open on {open} while closed on {closed}.</source>
            <translation>Laderelais offen bei {open}, während geschlossen bei {closed}.</translation>
        </message>
        <message>
            <source>Charge relay seen switching</source>
            <translation>Laderelais schalten gesehen</translation>
        </message>
        <message>
            <source>Charge restart at 100 % lets the charge relay close again as soon as the SoC drops from full, so it toggles; the manual's restart exists to prevent that. 90-95 % is usual.</source>
            <translation>Ladeneustart bei 100 % lässt das Laderelais wieder schließen, sobald der SoC von voll absinkt, sodass es hin- und herschaltet; der Neustart laut Handbuch soll genau das verhindern. Üblich sind 90-95 %.</translation>
        </message>
        <message>
            <source>Check that the battery is in range and powered.</source>
            <translation>Prüfen Sie, ob der Akku in Reichweite ist und Strom hat.</translation>
        </message>
        <message>
            <source>Check that the battery is powered and within about 10 m, press Scan and pick it from the list, then connect.</source>
            <translation>Prüfen Sie, ob der Akku eingeschaltet und höchstens etwa 10 m entfernt ist, drücken Sie Suchen, wählen Sie ihn aus der Liste und verbinden Sie dann.</translation>
        </message>
        <message>
            <source>Check the battery and try again.</source>
            <translation>Prüfen Sie den Akku und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Checking the PIN</source>
            <translation>PIN wird geprüft</translation>
        </message>
        <message>
            <source>Choose at most {count} cells (use the heat map for all).</source>
            <translation>Wählen Sie höchstens {count} Zellen (für alle die Heatmap verwenden).</translation>
        </message>
        <message>
            <source>Coldest / warmest cell</source>
            <translation>Kälteste / wärmste Zelle</translation>
        </message>
        <message>
            <source>Commissioning checklist</source>
            <translation>Checkliste Inbetriebnahme</translation>
        </message>
        <message>
            <source>Commissioning report</source>
            <translation>Inbetriebnahmebericht</translation>
        </message>
        <message>
            <source>Connected again</source>
            <translation>Wieder verbunden</translation>
        </message>
        <message>
            <source>Connected by</source>
            <translation>Verbunden über</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Could not connect to {device}. {fix}</source>
            <translation>Keine Verbindung zu {device} möglich. {fix}</translation>
        </message>
        <message>
            <source>Could not open serial port {port}: {reason}. Check the cable and that the port is the SmartBMS adapter (`smartbms scan` lists the ports).</source>
            <translation>Serieller Anschluss {port} konnte nicht geöffnet werden: {reason}. Prüfen Sie das Kabel und ob der Anschluss der SmartBMS-Adapter ist (`smartbms scan` listet die Anschlüsse).</translation>
        </message>
        <message>
            <source>Current sensor</source>
            <translation>Stromsensor</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Differs</source>
            <translation>Abweichend</translation>
        </message>
        <message>
            <source>Discharge restart at 0 % lets the load relay close again on an empty pack as soon as the cells recover above V min, so it toggles. 10-30 % is usual.</source>
            <translation>Entladeneustart bei 0 % lässt das Lastrelais bei leerem Akku wieder schließen, sobald sich die Zellen über V min erholen, sodass es hin- und herschaltet. Üblich sind 10-30 %.</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Getrennt</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Every cell reports</source>
            <translation>Jede Zelle meldet</translation>
        </message>
        <message>
            <source>Export cancelled: {path} was not written (an earlier file of that name is unchanged).</source>
            <translation>Export abgebrochen: {path} wurde nicht geschrieben (eine frühere Datei dieses Namens ist unverändert).</translation>
        </message>
        <message>
            <source>Factory PIN changed</source>
            <translation>Werks-PIN geändert</translation>
        </message>
        <message>
            <source>Factory value</source>
            <translation>Werkswert</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>Generation</translation>
        </message>
        <message>
            <source>Generation {generation} is not 2 or 3.</source>
            <translation>Generation {generation} ist nicht 2 oder 3.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Hidden settings (switches 4–7): {cells} cells (table entry {entry})</source>
            <translation>Versteckte Einstellungen (Schalter 4–7): {cells} Zellen (Tabelleneintrag {entry})</translation>
        </message>
        <message>
            <source>Highest cell</source>
            <translation>Höchste Zelle</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>Installation</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>Installateur</translation>
        </message>
        <message>
            <source>Internal error in the connection: {error}</source>
            <translation>Interner Fehler in der Verbindung: {error}</translation>
        </message>
        <message>
            <source>It is not a settings file (not valid JSON: {error}).</source>
            <translation>Es ist keine Einstellungsdatei (kein gültiges JSON: {error}).</translation>
        </message>
        <message>
            <source>It is not a settings file (the top level is not a JSON object).</source>
            <translation>Es ist keine Einstellungsdatei (die oberste Ebene ist kein JSON-Objekt).</translation>
        </message>
        <message>
            <source>It is not a settings file of this app (no schema_version).</source>
            <translation>Es ist keine Einstellungsdatei dieser App (keine schema_version).</translation>
        </message>
        <message>
            <source>It is not a settings file: it is larger than {limit} (a settings file holds a few kilobytes).</source>
            <translation>Es ist keine Einstellungsdatei: Sie ist größer als {limit} (eine Einstellungsdatei ist wenige Kilobyte groß).</translation>
        </message>
        <message>
            <source>It is not a settings file: its objects and lists nest more than {depth} deep.</source>
            <translation>Es ist keine Einstellungsdatei: Ihre Objekte und Listen sind mehr als {depth} Ebenen tief verschachtelt.</translation>
        </message>
        <message>
            <source>LiFePO4, assumed from V bypass</source>
            <translation>LiFePO4, aus V bypass angenommen</translation>
        </message>
        <message>
            <source>Link lost</source>
            <translation>Verbindung verloren</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Load relay</source>
            <translation>Lastrelais</translation>
        </message>
        <message>
            <source>Load relay open on {open} while closed on {closed}.</source>
            <translation>Lastrelais offen bei {open}, während geschlossen bei {closed}.</translation>
        </message>
        <message>
            <source>Load relay seen switching</source>
            <translation>Lastrelais schalten gesehen</translation>
        </message>
        <message>
            <source>Long session: the chart shows {points} moments spread over it.</source>
            <translation>Lange Sitzung: das Diagramm zeigt {points} über die Sitzung verteilte Zeitpunkte.</translation>
        </message>
        <message>
            <source>Lowest cell</source>
            <translation>Niedrigste Zelle</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemessen</translation>
        </message>
        <message>
            <source>Move closer (within about 10 m), check that the battery is powered and that no phone is connected to it, then try again.</source>
            <translation>Gehen Sie näher heran (höchstens etwa 10 m), prüfen Sie, ob der Akku eingeschaltet ist und kein Telefon mit ihm verbunden ist, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>No cell reported.</source>
            <translation>Keine Zelle hat gemeldet.</translation>
        </message>
        <message>
            <source>No permission to open {port}: on Linux add yourself to the 'dialout' group (sudo usermod -aG dialout $USER) and log in again.</source>
            <translation>Keine Berechtigung, {port} zu öffnen: fügen Sie sich unter Linux der Gruppe 'dialout' hinzu (sudo usermod -aG dialout $USER) und melden Sie sich neu an.</translation>
        </message>
        <message>
            <source>No permission to write {path}. Choose another file or folder (or close the file in other programs); an earlier version of it is unchanged.</source>
            <translation>Keine Berechtigung, {path} zu schreiben. Wählen Sie eine andere Datei oder einen anderen Ordner (oder schließen Sie die Datei in anderen Programmen); eine frühere Version davon ist unverändert.</translation>
        </message>
        <message>
            <source>No recording at {path}.</source>
            <translation>Keine Aufzeichnung unter {path}.</translation>
        </message>
        <message>
            <source>No recording at {path}: nothing was copied.</source>
            <translation>Keine Aufzeichnung unter {path}: es wurde nichts kopiert.</translation>
        </message>
        <message>
            <source>No relay, warning-light or setting change during the session.</source>
            <translation>Keine Änderung von Relais, Warnleuchten oder Einstellungen während der Sitzung.</translation>
        </message>
        <message>
            <source>No warning light on</source>
            <translation>Keine Warnleuchte an</translation>
        </message>
        <message>
            <source>Not read: the battery did not accept the PIN for this (NA), so nothing was asked. Connect again with the right PIN.</source>
            <translation>Nicht gelesen: der Akku hat die PIN dafür nicht angenommen (NA), daher wurde nichts abgefragt. Mit der richtigen PIN neu verbinden.</translation>
        </message>
        <message>
            <source>Not read: the battery did not understand the request to pause its live data (WRONG), so nothing was asked. This is a bug in the app; please report it.</source>
            <translation>Nicht gelesen: der Akku hat die Anfrage zum Anhalten seiner Live-Daten nicht verstanden (WRONG), daher wurde nichts abgefragt. Das ist ein Fehler in der App; bitte melden Sie ihn.</translation>
        </message>
        <message>
            <source>Not read: the battery is not connected ({state}).</source>
            <translation>Nicht gelesen: der Akku ist nicht verbunden ({state}).</translation>
        </message>
        <message>
            <source>Not read: the battery refused to pause its live data (KO), so nothing was asked. Read again; if it refuses again, disconnect and connect again.</source>
            <translation>Nicht gelesen: der Akku hat das Anhalten seiner Live-Daten abgelehnt (KO), daher wurde nichts abgefragt. Erneut lesen; lehnt er wieder ab, trennen und neu verbinden.</translation>
        </message>
        <message>
            <source>Not read: {path} is a folder, not a file.</source>
            <translation>Nicht gelesen: {path} ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>Not read: {path} is larger than {limit}; a file of this kind is much smaller.</source>
            <translation>Nicht gelesen: {path} ist größer als {limit}; eine Datei dieser Art ist viel kleiner.</translation>
        </message>
        <message>
            <source>Not read: {path} is not a regular file (it is a device, a pipe or a socket).</source>
            <translation>Nicht gelesen: {path} ist keine normale Datei (es ist ein Gerät, eine Pipe oder ein Socket).</translation>
        </message>
        <message>
            <source>Not reported yet</source>
            <translation>Noch nicht gemeldet</translation>
        </message>
        <message>
            <source>Not written: another setting in this change is invalid, so nothing was sent.</source>
            <translation>Nicht geschrieben: eine andere Einstellung in dieser Änderung ist ungültig, daher wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Not written: the battery is not connected ({state}). Nothing was changed.</source>
            <translation>Nicht geschrieben: der Akku ist nicht verbunden ({state}). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Not written: this link is read-only (serial frame). Nothing was changed.</source>
            <translation>Nicht geschrieben: diese Verbindung ist nur lesend (serieller Rahmen). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Beobachtet</translation>
        </message>
        <message>
            <source>Off, although no warning light is lit (critical mode opens it only on a fault): check the cells on Battery details.</source>
            <translation>Aus, obwohl keine Warnleuchte leuchtet (im kritischen Modus öffnet es nur bei einem Fehler): prüfen Sie die Zellen unter Akkudetails.</translation>
        </message>
        <message>
            <source>Off, no warning light lit: probably the pack was emptied and is waiting for discharge restart {restart} (or a restart delay).</source>
            <translation>Aus, keine Warnleuchte: vermutlich war der Akku leer und wartet auf den Entladeneustart {restart} (oder eine Neustartverzögerung).</translation>
        </message>
        <message>
            <source>Off, no warning light lit: probably the pack was full and is waiting for charge restart {restart} (or a restart delay).</source>
            <translation>Aus, keine Warnleuchte: vermutlich war der Akku voll und wartet auf den Ladeneustart {restart} (oder eine Neustartverzögerung).</translation>
        </message>
        <message>
            <source>Off: a cell is above T max (Th light). Back on when all cells are below it.</source>
            <translation>Aus: eine Zelle ist über T max (Leuchte Th). Wieder an, wenn alle Zellen darunter sind.</translation>
        </message>
        <message>
            <source>Off: a cell is at or above V max {vmax} (Vh light). Back on when all cells are below it.</source>
            <translation>Aus: eine Zelle ist auf oder über V max {vmax} (Leuchte Vh). Wieder an, wenn alle Zellen darunter sind.</translation>
        </message>
        <message>
            <source>Off: a cell is at or below V min {vmin} (Vl light): the pack is empty. Charge it; back on when all cells are above V min and the SoC reaches discharge restart {restart}.</source>
            <translation>Aus: eine Zelle ist auf oder unter V min {vmin} (Leuchte Vl): der Akku ist leer. Laden Sie ihn; wieder an, wenn alle Zellen über V min sind und der SoC den Entladeneustart {restart} erreicht.</translation>
        </message>
        <message>
            <source>Off: a cell is below T min for charging (Tl light). Back on when all cells are warmer.</source>
            <translation>Aus: eine Zelle ist unter T min zum Laden (Leuchte Tl). Wieder an, wenn alle Zellen wärmer sind.</translation>
        </message>
        <message>
            <source>Off: a cell is below T min for discharging (Tl light). Back on when all cells are warmer.</source>
            <translation>Aus: eine Zelle ist unter T min zum Entladen (Leuchte Tl). Wieder an, wenn alle Zellen wärmer sind.</translation>
        </message>
        <message>
            <source>Off: pack full, all cells at V bypass {vbypass}; back on below charge restart {restart} (now {soc}).</source>
            <translation>Aus: Akku voll, alle Zellen auf V bypass {vbypass}; wieder an unter dem Ladeneustart {restart} (jetzt {soc}).</translation>
        </message>
        <message>
            <source>Off: the cell boards stopped reporting (E light). Back on when every cell reports again; check the cell-board cables.</source>
            <translation>Aus: die Zellplatinen melden nichts mehr (Leuchte E). Wieder an, wenn jede Zelle wieder meldet; prüfen Sie die Kabel zwischen den Zellplatinen.</translation>
        </message>
        <message>
            <source>Off: the pack was emptied; back on when the SoC reaches discharge restart {restart} (now {soc}).</source>
            <translation>Aus: der Akku war leer; wieder an, wenn der SoC den Entladeneustart {restart} erreicht (jetzt {soc}).</translation>
        </message>
        <message>
            <source>Off: the pack was full; back on below charge restart {restart} (now {soc}).</source>
            <translation>Aus: der Akku war voll; wieder an unter dem Ladeneustart {restart} (jetzt {soc}).</translation>
        </message>
        <message>
            <source>On: charging allowed</source>
            <translation>An: Laden erlaubt</translation>
        </message>
        <message>
            <source>On: discharging allowed</source>
            <translation>An: Entladen erlaubt</translation>
        </message>
        <message>
            <source>Option switches on the IN board</source>
            <translation>Optionsschalter auf der IN-Platine</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Packspannung</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Reading settings</source>
            <translation>Einstellungen werden gelesen</translation>
        </message>
        <message>
            <source>Reconnect with the right PIN.</source>
            <translation>Mit der richtigen PIN neu verbinden.</translation>
        </message>
        <message>
            <source>Reconnecting</source>
            <translation>Neu verbinden</translation>
        </message>
        <message>
            <source>Reconnecting in {seconds}</source>
            <translation>Neu verbinden in {seconds}</translation>
        </message>
        <message>
            <source>Recording to {path} stopped: {reason}. The live view continues.</source>
            <translation>Aufzeichnung nach {path} gestoppt: {reason}. Die Live-Anzeige läuft weiter.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <source>Serial number: {serial}</source>
            <translation>Seriennummer: {serial}</translation>
        </message>
        <message>
            <source>Serial port {port} is in use by another program: close it and try again.</source>
            <translation>Serieller Anschluss {port} wird von einem anderen Programm verwendet: schließen Sie es und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Serial port {port} not found: plug in the USB cable, or see the ports with `smartbms scan`.</source>
            <translation>Serieller Anschluss {port} nicht gefunden: stecken Sie das USB-Kabel ein oder sehen Sie die Anschlüsse mit `smartbms scan` nach.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings follow the manual's advice</source>
            <translation>Einstellungen folgen der Empfehlung des Handbuchs</translation>
        </message>
        <message>
            <source>Settings read back after the last change</source>
            <translation>Einstellungen nach der letzten Änderung zurückgelesen</translation>
        </message>
        <message>
            <source>Settings written: {what}</source>
            <translation>Einstellungen geschrieben: {what}</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Unterschriften</translation>
        </message>
        <message>
            <source>Simulator</source>
            <translation>Simulator</translation>
        </message>
        <message>
            <source>Simulator {number}</source>
            <translation>Simulator {number}</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>SoC {spread} apart ({low} {low_soc}, {high} {high_soc}); the limit is {limit}.</source>
            <translation>SoC {spread} auseinander ({low} {low_soc}, {high} {high_soc}); die Grenze ist {limit}.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Spreizung</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>State of charge</source>
            <translation>Ladezustand</translation>
        </message>
        <message>
            <source>State of charge, hour by hour, over the last week</source>
            <translation>Ladezustand Stunde für Stunde über die letzte Woche</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Switch 1 — message rate: not measured</source>
            <translation>Schalter 1 — Nachrichtenrate: nicht gemessen</translation>
        </message>
        <message>
            <source>Switch 1 — message rate: one message every {seconds}</source>
            <translation>Schalter 1 — Nachrichtenrate: eine Nachricht alle {seconds}</translation>
        </message>
        <message>
            <source>Switch 3 — blind spot and switch 4 — auto zero: not reported by the BMS; check them on the board (3 ON and 4 OFF are the manual's advice)</source>
            <translation>Schalter 3 — Totzone und Schalter 4 — automatischer Nullabgleich: vom BMS nicht gemeldet; auf der Platine prüfen (3 EIN und 4 AUS empfiehlt das Handbuch)</translation>
        </message>
        <message>
            <source>Switch 5 — mode: critical mode</source>
            <translation>Schalter 5 — Modus: kritischer Modus</translation>
        </message>
        <message>
            <source>Switch 5 — mode: normal mode (recommended)</source>
            <translation>Schalter 5 — Modus: Normalmodus (empfohlen)</translation>
        </message>
        <message>
            <source>Switch 5 — mode: not reported by this BMS</source>
            <translation>Schalter 5 — Modus: von diesem BMS nicht gemeldet</translation>
        </message>
        <message>
            <source>Switch 8 — must be OFF in normal use (not reported by the BMS)</source>
            <translation>Schalter 8 — muss im Normalbetrieb AUS sein (vom BMS nicht gemeldet)</translation>
        </message>
        <message>
            <source>Switches 2, 6, 7 — V bypass (balancing voltage): {volts}</source>
            <translation>Schalter 2, 6, 7 — V bypass (Balancing-Spannung): {volts}</translation>
        </message>
        <message>
            <source>Switches 2, 6, 7 — V bypass: not reported</source>
            <translation>Schalter 2, 6, 7 — V bypass: nicht gemeldet</translation>
        </message>
        <message>
            <source>T min (charge) {value} is below 0 °C: LiFePO4 must not be charged below freezing.</source>
            <translation>T min (Laden) {value} liegt unter 0 °C: LiFePO4 darf unter dem Gefrierpunkt nicht geladen werden.</translation>
        </message>
        <message>
            <source>The 'device' section must be an object.</source>
            <translation>Der Abschnitt 'device' muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>The '{section}' section must be an object of name: value.</source>
            <translation>Der Abschnitt '{section}' muss ein Objekt aus Name: Wert sein.</translation>
        </message>
        <message>
            <source>The BMS now acts at {value}, between the old and the new value.</source>
            <translation>Das BMS greift jetzt bei {value} ein, zwischen dem alten und dem neuen Wert.</translation>
        </message>
        <message>
            <source>The BMS now works with {value} for {label}, a value nobody chose.</source>
            <translation>Das BMS arbeitet jetzt mit {value} für {label}, einem Wert, den niemand gewählt hat.</translation>
        </message>
        <message>
            <source>The BMS sent no value for these hours.</source>
            <translation>Das BMS hat für diese Stunden keinen Wert gesendet.</translation>
        </message>
        <message>
            <source>The Bluetooth scan failed. Check that Bluetooth is switched on, then scan again.</source>
            <translation>Die Bluetooth-Suche ist fehlgeschlagen. Prüfen Sie, ob Bluetooth eingeschaltet ist, und suchen Sie erneut.</translation>
        </message>
        <message>
            <source>The Bluetooth scan failed. {fix}</source>
            <translation>Die Bluetooth-Suche ist fehlgeschlagen. {fix}</translation>
        </message>
        <message>
            <source>The Bluetooth service (BlueZ) is not running. Start it with "sudo systemctl start bluetooth" (install the bluez package if it is missing), then try again.</source>
            <translation>Der Bluetooth-Dienst (BlueZ) läuft nicht. Starten Sie ihn mit "sudo systemctl start bluetooth" (installieren Sie das Paket bluez, falls es fehlt) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The USB serial link is read-only: the BMS sends its data frame and accepts no commands. Change settings over Bluetooth.</source>
            <translation>Die serielle USB-Verbindung ist nur lesend: das BMS sendet seinen Datenrahmen und nimmt keine Befehle an. Ändern Sie Einstellungen über Bluetooth.</translation>
        </message>
        <message>
            <source>The Windows Bluetooth service is not running. Start "Bluetooth Support Service" in Services, then try again.</source>
            <translation>Der Bluetooth-Dienst von Windows läuft nicht. Starten Sie "Bluetooth-Unterstützungsdienst" unter Dienste und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The battery</source>
            <translation>Der Akku</translation>
        </message>
        <message>
            <source>The battery did not allow {request} (NA): the PIN was not accepted. Reconnect with the right PIN.</source>
            <translation>Der Akku hat {request} nicht zugelassen (NA): die PIN wurde nicht angenommen. Mit der richtigen PIN neu verbinden.</translation>
        </message>
        <message>
            <source>The battery did not give its {records} settings ({reasons}). These settings show as not reported: {listed}. The live values are not affected; older firmware may lack these records. Reconnect to try again.</source>
            <translation>Der Akku hat seine Einstellungen aus {records} nicht geliefert ({reasons}). Diese Einstellungen werden als nicht gemeldet gezeigt: {listed}. Die Live-Werte sind nicht betroffen; ältere Firmware hat diese Datensätze vielleicht nicht. Neu verbinden, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>The battery did not understand {request} (WRONG). This is a bug in the app; please report it.</source>
            <translation>Der Akku hat {request} nicht verstanden (WRONG). Das ist ein Fehler in der App; bitte melden Sie ihn.</translation>
        </message>
        <message>
            <source>The battery refused {request} (KO).</source>
            <translation>Der Akku hat {request} abgelehnt (KO).</translation>
        </message>
        <message>
            <source>The battery started a new hour while its history was being read: 1 hour not known. Read again to get it.</source>
            <translation>Der Akku begann eine neue Stunde, während sein Verlauf gelesen wurde: 1 Stunde nicht bekannt. Erneut lesen, um sie zu erhalten.</translation>
        </message>
        <message>
            <source>The battery started a new hour while its history was being read: {count} hours not known. Read again to get them.</source>
            <translation>Der Akku begann eine neue Stunde, während sein Verlauf gelesen wurde: {count} Stunden nicht bekannt. Erneut lesen, um sie zu erhalten.</translation>
        </message>
        <message>
            <source>The cell log and the SoC history are not available on this BMS: it did not answer {records}. Older (Gen2) firmware may not keep them. The live values are not affected.</source>
            <translation>Zellprotokoll und SoC-Verlauf sind auf diesem BMS nicht verfügbar: Es hat {records} nicht beantwortet. Ältere (Gen2-)Firmware führt sie womöglich nicht. Die Live-Werte sind davon nicht betroffen.</translation>
        </message>
        <message>
            <source>The cell log and the SoC history are not available over the USB serial cable: the cable only carries the live data frame. Connect over Bluetooth to read them.</source>
            <translation>Das Zellprotokoll und der SoC-Verlauf sind über das serielle USB-Kabel nicht verfügbar: das Kabel überträgt nur den Live-Datenrahmen. Über Bluetooth verbinden, um sie zu lesen.</translation>
        </message>
        <message>
            <source>The disk is full: can't record to {path}. The live view continues; free some space and reconnect to record again.</source>
            <translation>Der Datenträger ist voll: Aufzeichnung nach {path} nicht möglich. Die Live-Anzeige läuft weiter; schaffen Sie Platz und verbinden Sie neu, um wieder aufzuzeichnen.</translation>
        </message>
        <message>
            <source>The disk is full: recording to {path} stopped. The live view continues; free some space and reconnect to record again.</source>
            <translation>Der Datenträger ist voll: Aufzeichnung nach {path} gestoppt. Die Live-Anzeige läuft weiter; schaffen Sie Platz und verbinden Sie neu, um wieder aufzuzeichnen.</translation>
        </message>
        <message>
            <source>The disk is full: {path} was not written (an earlier version of it is unchanged). Free some space and try again.</source>
            <translation>Der Datenträger ist voll: {path} wurde nicht geschrieben (eine frühere Version davon ist unverändert). Schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The factory PIN is still set: anyone nearby with the app can change the settings. Choose your own PIN before handing over.</source>
            <translation>Die Werks-PIN ist noch eingestellt: jeder in der Nähe mit der App kann die Einstellungen ändern. Wählen Sie vor der Übergabe eine eigene PIN.</translation>
        </message>
        <message>
            <source>The file contains a PIN; PINs are never stored in settings files. Remove the 'pin' entry.</source>
            <translation>Die Datei enthält eine PIN; PINs werden nie in Einstellungsdateien gespeichert. Entfernen Sie den Eintrag 'pin'.</translation>
        </message>
        <message>
            <source>The file has no '{section}' section.</source>
            <translation>Die Datei hat keinen Abschnitt '{section}'.</translation>
        </message>
        <message>
            <source>The file has schema version {version}; it was written by a newer version of the app; update the app.</source>
            <translation>Die Datei hat die Schemaversion {version}; sie wurde von einer neueren Version der App geschrieben; aktualisieren Sie die App.</translation>
        </message>
        <message>
            <source>The file has schema version {version}; this app reads version {supported}.</source>
            <translation>Die Datei hat die Schemaversion {version}; diese App liest Version {supported}.</translation>
        </message>
        <message>
            <source>The file holds the number {number}, which no setting can take (too large, or not a finite number).</source>
            <translation>Die Datei enthält die Zahl {number}, die keine Einstellung annehmen kann (zu groß oder keine endliche Zahl).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose another file.</source>
            <translation>Der Ordner {folder} existiert nicht. Wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>The link dropped while sending: {reason}.</source>
            <translation>Die Verbindung brach beim Senden ab: {reason}.</translation>
        </message>
        <message>
            <source>The link dropped while waiting for the battery's answer.</source>
            <translation>Die Verbindung brach ab, während auf die Antwort des Akkus gewartet wurde.</translation>
        </message>
        <message>
            <source>The link failed. Check that the battery is powered and in range, then try again.</source>
            <translation>Die Verbindung ist fehlgeschlagen. Prüfen Sie, ob der Akku eingeschaltet und in Reichweite ist, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The link failed: the battery did not answer in time. Check that the battery is powered and in range.</source>
            <translation>Die Verbindung ist fehlgeschlagen: der Akku hat nicht rechtzeitig geantwortet. Prüfen Sie, ob der Akku eingeschaltet und in Reichweite ist.</translation>
        </message>
        <message>
            <source>The link is down.</source>
            <translation>Die Verbindung ist unterbrochen.</translation>
        </message>
        <message>
            <source>The link to {device} broke while sending. It is re-established by itself; check that the battery is in range.</source>
            <translation>Die Verbindung zu {device} brach beim Senden ab. Sie wird von selbst wiederhergestellt; prüfen Sie, ob der Akku in Reichweite ist.</translation>
        </message>
        <message>
            <source>The log is empty: no cell events recorded.</source>
            <translation>Das Protokoll ist leer: keine Zellereignisse aufgezeichnet.</translation>
        </message>
        <message>
            <source>The macOS Bluetooth service is restarting. Wait a few seconds and try again; if it stays, switch Bluetooth off and on.</source>
            <translation>Der Bluetooth-Dienst von macOS startet neu. Warten Sie einige Sekunden und versuchen Sie es erneut; bleibt es so, schalten Sie Bluetooth aus und wieder ein.</translation>
        </message>
        <message>
            <source>The pack at the time of the report</source>
            <translation>Das Pack zum Zeitpunkt des Berichts</translation>
        </message>
        <message>
            <source>The protection is now looser than both the old and the new value: the BMS acts only at {value}.</source>
            <translation>Der Schutz ist jetzt lockerer als der alte und der neue Wert: das BMS greift erst bei {value} ein.</translation>
        </message>
        <message>
            <source>The protection is now stricter than both the old and the new value: the BMS acts already at {value}.</source>
            <translation>Der Schutz ist jetzt strenger als der alte und der neue Wert: das BMS greift schon bei {value} ein.</translation>
        </message>
        <message>
            <source>The recording holds no data.</source>
            <translation>Die Aufzeichnung enthält keine Daten.</translation>
        </message>
        <message>
            <source>The recording of this connection could not be read: {why}</source>
            <translation>Die Aufzeichnung dieser Verbindung konnte nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>The recording {name} cannot keep up with the data (slow disk?); some received bytes are not stored. The live view continues.</source>
            <translation>Die Aufzeichnung {name} kommt mit den Daten nicht mit (langsamer Datenträger?); einige empfangene Bytes werden nicht gespeichert. Die Live-Anzeige läuft weiter.</translation>
        </message>
        <message>
            <source>The recording {name} reached its size limit ({limit}, file {size}) and stopped. The live view continues.</source>
            <translation>Die Aufzeichnung {name} hat ihre Größengrenze erreicht ({limit}, Datei {size}) und wurde beendet. Die Live-Anzeige läuft weiter.</translation>
        </message>
        <message>
            <source>The serial link is read-only.</source>
            <translation>Die serielle Verbindung ist nur lesend.</translation>
        </message>
        <message>
            <source>The session</source>
            <translation>Die Sitzung</translation>
        </message>
        <message>
            <source>The settings were not read: the USB serial cable and a recording carry only the live data. Make the report while connected over Bluetooth to include them.</source>
            <translation>Die Einstellungen wurden nicht gelesen: das serielle USB-Kabel und eine Aufzeichnung enthalten nur die Live-Daten. Erstellen Sie den Bericht bei einer Bluetooth-Verbindung, um sie aufzunehmen.</translation>
        </message>
        <message>
            <source>The site is not valid JSON: {reason}</source>
            <translation>Die Anlage ist kein gültiges JSON: {reason}</translation>
        </message>
        <message>
            <source>The system does not let this app use Bluetooth. Add your user to the "bluetooth" group (sudo usermod -aG bluetooth $USER, then log in again) or ask the administrator.</source>
            <translation>Das System erlaubt dieser App kein Bluetooth. Fügen Sie Ihren Benutzer der Gruppe "bluetooth" hinzu (sudo usermod -aG bluetooth $USER, danach neu anmelden) oder fragen Sie den Administrator.</translation>
        </message>
        <message>
            <source>The value may be outside what this battery accepts.</source>
            <translation>Der Wert liegt vielleicht außerhalb dessen, was dieser Akku annimmt.</translation>
        </message>
        <message>
            <source>The write address of {label} is not published, so the app does not send it to a real BMS; it works on the simulator.</source>
            <translation>Die Schreibadresse von {label} ist nicht veröffentlicht, deshalb sendet die App den Wert nicht an ein echtes BMS; im Simulator funktioniert es.</translation>
        </message>
        <message>
            <source>The {record} record arrived damaged ({problem}).</source>
            <translation>Der Datensatz {record} kam beschädigt an ({problem}).</translation>
        </message>
        <message>
            <source>This Mac does not let this app use Bluetooth. Allow it in System Settings → Privacy &amp; Security → Bluetooth (for the app or terminal that starts it), then start it again.</source>
            <translation>Dieser Mac erlaubt dieser App kein Bluetooth. Erlauben Sie es unter Systemeinstellungen → Datenschutz &amp; Sicherheit → Bluetooth (für die App oder das Terminal, das sie startet) und starten Sie sie neu.</translation>
        </message>
        <message>
            <source>This Mac reports no Bluetooth LE. Check System Information → Bluetooth, or use the USB serial cable.</source>
            <translation>Dieser Mac meldet kein Bluetooth LE. Sehen Sie unter Systeminformationen → Bluetooth nach, oder verwenden Sie das serielle USB-Kabel.</translation>
        </message>
        <message>
            <source>This battery still uses the factory PIN 1234. Anyone nearby with the app can change its settings: consider choosing your own PIN in Settings.</source>
            <translation>Dieser Akku verwendet noch die Werks-PIN 1234. Jeder in der Nähe mit der App kann seine Einstellungen ändern: wählen Sie am besten unter Einstellungen eine eigene PIN.</translation>
        </message>
        <message>
            <source>This computer has no Bluetooth adapter that can talk to a battery. Plug in a Bluetooth 4.0 (LE) USB adapter, or use the USB serial cable.</source>
            <translation>Dieser Computer hat keinen Bluetooth-Adapter, der mit einem Akku sprechen kann. Stecken Sie einen USB-Adapter für Bluetooth 4.0 (LE) ein, oder verwenden Sie das serielle USB-Kabel.</translation>
        </message>
        <message>
            <source>This is a bug in the app; please report it.</source>
            <translation>Das ist ein Fehler in der App; bitte melden Sie ihn.</translation>
        </message>
        <message>
            <source>This settings file cannot be loaded:
- {problems}</source>
            <translation>Diese Einstellungsdatei kann nicht geladen werden:
- {problems}</translation>
        </message>
        <message>
            <source>This site was saved by a newer version (schema {version}).</source>
            <translation>Diese Anlage wurde von einer neueren Version gespeichert (Schema {version}).</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Too short to chart: fewer than two pack records.</source>
            <translation>Zu kurz für ein Diagramm: weniger als zwei Pack-Datensätze.</translation>
        </message>
        <message>
            <source>Two packs have the same key.</source>
            <translation>Zwei Packs haben denselben Schlüssel.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Unknown BMS generation {generation} in the 'device' section (2 or 3).</source>
            <translation>Unbekannte BMS-Generation {generation} im Abschnitt 'device' (2 oder 3).</translation>
        </message>
        <message>
            <source>Unknown Bluetooth backend {name} in {variable}: use 'bumble' or leave it empty.</source>
            <translation>Unbekanntes Bluetooth-Backend {name} in {variable}: 'bumble' verwenden oder leer lassen.</translation>
        </message>
        <message>
            <source>Unknown link kind {kind}: use {kinds}.</source>
            <translation>Unbekannte Verbindungsart {kind}: verwenden Sie {kinds}.</translation>
        </message>
        <message>
            <source>Unknown section {key} in the file.</source>
            <translation>Unbekannter Abschnitt {key} in der Datei.</translation>
        </message>
        <message>
            <source>Unknown setting {name} cannot be saved.</source>
            <translation>Die unbekannte Einstellung {name} kann nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Unknown setting {name}: nothing was written.</source>
            <translation>Unbekannte Einstellung {name}: es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Unknown setting {name}: this version of the app does not know it, so the file was not loaded rather than silently dropping it.</source>
            <translation>Unbekannte Einstellung {name}: diese Version der App kennt sie nicht, daher wurde die Datei nicht geladen, statt sie stillschweigend wegzulassen.</translation>
        </message>
        <message>
            <source>Unknown setting {name}: this version of the app does not know it.</source>
            <translation>Unbekannte Einstellung {name}: diese Version der App kennt sie nicht.</translation>
        </message>
        <message>
            <source>V low is a warning below the nominal voltage.</source>
            <translation>V niedrig ist eine Warnung unter der Nennspannung.</translation>
        </message>
        <message>
            <source>V low is an early warning above V min.</source>
            <translation>V niedrig ist eine Vorwarnung über V min.</translation>
        </message>
        <message>
            <source>V max {value} is above the typical cell limit {limit} for {chemistry}: check the cells' data sheet.</source>
            <translation>V max {value} liegt über der typischen Zellgrenze {limit} für {chemistry}: prüfen Sie das Datenblatt der Zellen.</translation>
        </message>
        <message>
            <source>V min + its hysteresis ({low}) reaches V max − its hysteresis ({high}): a relay that opened may never close again. Use smaller hysteresis values.</source>
            <translation>V min + seine Hysterese ({low}) erreicht V max − seine Hysterese ({high}): ein geöffnetes Relais schließt vielleicht nie wieder. Verwenden Sie kleinere Hysteresewerte.</translation>
        </message>
        <message>
            <source>V min {value} is below the typical cell limit {limit} for {chemistry}: check the cells' data sheet.</source>
            <translation>V min {value} liegt unter der typischen Zellgrenze {limit} für {chemistry}: prüfen Sie das Datenblatt der Zellen.</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Values that are not a percentage, shown as no value: {values}.</source>
            <translation>Werte, die kein Prozentsatz sind, als kein Wert gezeigt: {values}.</translation>
        </message>
        <message>
            <source>Voltage {spread} apart ({low} {low_v}, {high} {high_v}); the limit is {limit}.</source>
            <translation>Spannung {spread} auseinander ({low} {low_v}, {high} {high_v}); die Grenze ist {limit}.</translation>
        </message>
        <message>
            <source>Warning light {light} off</source>
            <translation>Warnleuchte {light} aus</translation>
        </message>
        <message>
            <source>Warning light {light} on</source>
            <translation>Warnleuchte {light} an</translation>
        </message>
        <message>
            <source>Warning lights</source>
            <translation>Warnleuchten</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>What the BMS remembers</source>
            <translation>Was sich das BMS merkt</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Windows does not let this app use Bluetooth. Allow it in Settings → Privacy &amp; security → Radios, then try again.</source>
            <translation>Windows erlaubt dieser App kein Bluetooth. Erlauben Sie es unter Einstellungen → Datenschutz und Sicherheit → Funkempfang und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Windows finds no Bluetooth adapter. Plug in a Bluetooth 4.0 (LE) adapter and check Device Manager, or use the USB serial cable.</source>
            <translation>Windows findet keinen Bluetooth-Adapter. Stecken Sie einen Adapter für Bluetooth 4.0 (LE) ein und sehen Sie im Geräte-Manager nach, oder verwenden Sie das serielle USB-Kabel.</translation>
        </message>
        <message>
            <source>Wrong PIN: the battery did not accept it. Type its four-digit PIN again; forgot it? Hold the OUT board's Bluetooth button for 5 s to reset it to 1234.</source>
            <translation>Falsche PIN: der Akku hat sie nicht angenommen. Geben Sie die vierstellige PIN erneut ein; vergessen? Halten Sie die Bluetooth-Taste der OUT-Platine 5 s gedrückt, um sie auf 1234 zurückzusetzen.</translation>
        </message>
        <message>
            <source>Your BMS does not report {label} (its firmware sends a shorter {record} record), so the app does not write it: the write could not be checked, and this firmware may not have the setting at all.</source>
            <translation>Ihr BMS meldet {label} nicht (seine Firmware sendet einen kürzeren {record}-Datensatz), daher schreibt die App den Wert nicht: das Schreiben ließe sich nicht prüfen, und diese Firmware hat die Einstellung vielleicht gar nicht.</translation>
        </message>
        <message>
            <source>a cell above T max (Th)</source>
            <translation>eine Zelle über T max (Th)</translation>
        </message>
        <message>
            <source>a cell at or above V max (Vh)</source>
            <translation>eine Zelle bei oder über V max (Vh)</translation>
        </message>
        <message>
            <source>a cell at or below V min (Vl)</source>
            <translation>eine Zelle bei oder unter V min (Vl)</translation>
        </message>
        <message>
            <source>a cell below T min (Tl)</source>
            <translation>eine Zelle unter T min (Tl)</translation>
        </message>
        <message>
            <source>a user name or password does not belong in the broker's address: give the user name on its own (--username, or in Preferences → Publishing); the password is asked for and kept in the keyring</source>
            <translation>ein Benutzername oder Passwort gehört nicht in die Adresse des Brokers: den Benutzernamen getrennt angeben (--username, oder in Programmeinstellungen → Veröffentlichen); das Passwort wird abgefragt und im Schlüsselbund aufbewahrt</translation>
        </message>
        <message>
            <source>about the last {seconds}</source>
            <translation>etwa die letzten {seconds}</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>erlaubt</translation>
        </message>
        <message>
            <source>allowed: no reason to open it</source>
            <translation>erlaubt: kein Grund, es zu öffnen</translation>
        </message>
        <message>
            <source>an action takes no value, only 'do it'</source>
            <translation>eine Aktion hat keinen Wert, nur 'zu tun'</translation>
        </message>
        <message>
            <source>arrived damaged</source>
            <translation>beschädigt angekommen</translation>
        </message>
        <message>
            <source>balancing</source>
            <translation>balanciert</translation>
        </message>
        <message>
            <source>banned by the broker</source>
            <translation>vom Broker gesperrt</translation>
        </message>
        <message>
            <source>battery</source>
            <translation>Akku</translation>
        </message>
        <message>
            <source>byte {number}</source>
            <translation>Byte {number}</translation>
        </message>
        <message>
            <source>cell communication lost (E)</source>
            <translation>Zellkommunikation verloren (E)</translation>
        </message>
        <message>
            <source>cell event</source>
            <translation>Zellereignis</translation>
        </message>
        <message>
            <source>cell spread</source>
            <translation>Zellspreizung</translation>
        </message>
        <message>
            <source>cell voltage: ok</source>
            <translation>Zellspannung: ok</translation>
        </message>
        <message>
            <source>changed after the last read</source>
            <translation>nach dem letzten Lesen geändert</translation>
        </message>
        <message>
            <source>changed from the factory PIN</source>
            <translation>gegenüber der Werks-PIN geändert</translation>
        </message>
        <message>
            <source>charge relay switched off</source>
            <translation>Laderelais ausgeschaltet</translation>
        </message>
        <message>
            <source>connection refused: no broker answers at that address and port</source>
            <translation>Verbindung abgelehnt: unter dieser Adresse und diesem Port antwortet kein Broker</translation>
        </message>
        <message>
            <source>data on the port, but no 123\SmartBMS frames: wrong port or cable?</source>
            <translation>Daten am Anschluss, aber keine 123\SmartBMS-Frames: falscher Anschluss oder falsches Kabel?</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>alles</translation>
        </message>
        <message>
            <source>factory PIN</source>
            <translation>Werks-PIN</translation>
        </message>
        <message>
            <source>factory PIN — change it</source>
            <translation>Werks-PIN — bitte ändern</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>nicht bestanden</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>fewer than two cells measured</source>
            <translation>weniger als zwei Zellen gemessen</translation>
        </message>
        <message>
            <source>forced off in the settings</source>
            <translation>in den Einstellungen zwangsweise aus</translation>
        </message>
        <message>
            <source>gave up</source>
            <translation>aufgegeben</translation>
        </message>
        <message>
            <source>gave up after 1 attempt</source>
            <translation>nach 1 Versuch aufgegeben</translation>
        </message>
        <message>
            <source>gave up after {count} attempts</source>
            <translation>nach {count} Versuchen aufgegeben</translation>
        </message>
        <message>
            <source>its first byte</source>
            <translation>das erste Byte</translation>
        </message>
        <message>
            <source>its first digit</source>
            <translation>die erste Ziffer</translation>
        </message>
        <message>
            <source>its unreadable end skipped</source>
            <translation>das unlesbare Ende übersprungen</translation>
        </message>
        <message>
            <source>link lost</source>
            <translation>Verbindung verloren</translation>
        </message>
        <message>
            <source>live connection</source>
            <translation>Live-Verbindung</translation>
        </message>
        <message>
            <source>load</source>
            <translation>Last</translation>
        </message>
        <message>
            <source>load relay switched off</source>
            <translation>Lastrelais ausgeschaltet</translation>
        </message>
        <message>
            <source>measured {spread}</source>
            <translation>gemessen {spread}</translation>
        </message>
        <message>
            <source>must be on or off</source>
            <translation>muss an oder aus sein</translation>
        </message>
        <message>
            <source>name, date, signature</source>
            <translation>Name, Datum, Unterschrift</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>no answer from the broker (timed out)</source>
            <translation>keine Antwort vom Broker (Zeitüberschreitung)</translation>
        </message>
        <message>
            <source>no answer from {url} within {seconds} s</source>
            <translation>keine Antwort von {url} innerhalb von {seconds} s</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>keine rechtzeitige Antwort</translation>
        </message>
        <message>
            <source>no broker: give mqtt://HOST[:PORT] or mqtts://HOST[:PORT]</source>
            <translation>kein Broker: mqtt://HOST[:PORT] oder mqtts://HOST[:PORT] angeben</translation>
        </message>
        <message>
            <source>no cell count received</source>
            <translation>keine Zellenzahl empfangen</translation>
        </message>
        <message>
            <source>no contradiction found</source>
            <translation>kein Widerspruch gefunden</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>no data for {seconds}</source>
            <translation>seit {seconds} keine Daten</translation>
        </message>
        <message>
            <source>no relay state received</source>
            <translation>kein Relaiszustand empfangen</translation>
        </message>
        <message>
            <source>no status received</source>
            <translation>kein Status empfangen</translation>
        </message>
        <message>
            <source>no temperature received</source>
            <translation>keine Temperatur empfangen</translation>
        </message>
        <message>
            <source>no warning light: waiting for the SoC to pass the charge restart level (the pack was full)</source>
            <translation>keine Warnleuchte: wartet, bis der SoC unter die Lade-Neustartschwelle fällt (das Pack war voll)</translation>
        </message>
        <message>
            <source>no warning light: waiting for the SoC to reach the discharge restart level (the pack was empty)</source>
            <translation>keine Warnleuchte: wartet, bis der SoC die Entlade-Neustartschwelle erreicht (das Pack war leer)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>none on</source>
            <translation>keine an</translation>
        </message>
        <message>
            <source>not allowed (NA)</source>
            <translation>nicht erlaubt (NA)</translation>
        </message>
        <message>
            <source>not allowed (NA): the PIN was not accepted. Reconnect with the right PIN.</source>
            <translation>nicht erlaubt (NA): die PIN wurde nicht angenommen. Mit der richtigen PIN neu verbinden.</translation>
        </message>
        <message>
            <source>not authorised</source>
            <translation>nicht berechtigt</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>nicht verfügbar</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>nicht geprüft</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>not known from a recording (it masks the PIN)</source>
            <translation>aus einer Aufzeichnung unbekannt (sie maskiert die PIN)</translation>
        </message>
        <message>
            <source>not known over this link</source>
            <translation>über diese Verbindung unbekannt</translation>
        </message>
        <message>
            <source>not read</source>
            <translation>nicht gelesen</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>nicht gemeldet</translation>
        </message>
        <message>
            <source>not reported by the BMS</source>
            <translation>vom BMS nicht gemeldet</translation>
        </message>
        <message>
            <source>not reported by this BMS</source>
            <translation>von diesem BMS nicht gemeldet</translation>
        </message>
        <message>
            <source>not understood (WRONG)</source>
            <translation>nicht verstanden (WRONG)</translation>
        </message>
        <message>
            <source>not written, the link dropped before it was sent. Connect again and apply it again if you still want it.</source>
            <translation>nicht geschrieben, die Verbindung brach ab, bevor es gesendet wurde. Neu verbinden und erneut anwenden, wenn Sie es noch wollen.</translation>
        </message>
        <message>
            <source>not written: the battery did not accept the PIN for this (NA), so nothing was sent. Connect again with the right PIN.</source>
            <translation>nicht geschrieben: der Akku hat die PIN dafür nicht angenommen (NA), daher wurde nichts gesendet. Mit der richtigen PIN neu verbinden.</translation>
        </message>
        <message>
            <source>not written: the battery did not understand the request to pause its live data (WRONG), so nothing was sent. This is a bug in the app; please report it.</source>
            <translation>nicht geschrieben: der Akku hat die Anfrage zum Anhalten seiner Live-Daten nicht verstanden (WRONG), daher wurde nichts gesendet. Das ist ein Fehler in der App; bitte melden Sie ihn.</translation>
        </message>
        <message>
            <source>not written: the battery refused to pause its live data for the change (KO), so nothing was sent. Apply again; if it refuses again, disconnect and connect again.</source>
            <translation>nicht geschrieben: der Akku hat das Anhalten seiner Live-Daten für die Änderung abgelehnt (KO), daher wurde nichts gesendet. Erneut anwenden; lehnt er wieder ab, trennen und neu verbinden.</translation>
        </message>
        <message>
            <source>nothing readable</source>
            <translation>nichts Lesbares</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>only seen {state}</source>
            <translation>nur {state} gesehen</translation>
        </message>
        <message>
            <source>otherwise charging is never allowed.</source>
            <translation>sonst ist Laden nie erlaubt.</translation>
        </message>
        <message>
            <source>otherwise discharging is never allowed.</source>
            <translation>sonst ist Entladen nie erlaubt.</translation>
        </message>
        <message>
            <source>otherwise the charge relay opens before the cells balance and the SoC never resets to 100 %. Raise V max or lower V bypass with switches 2, 6, 7.</source>
            <translation>sonst öffnet das Laderelais, bevor die Zellen ausgeglichen sind, und der SoC wird nie auf 100 % gesetzt. Erhöhen Sie V max oder senken Sie V bypass mit den Schaltern 2, 6, 7.</translation>
        </message>
        <message>
            <source>out of range</source>
            <translation>außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>pack voltage</source>
            <translation>Packspannung</translation>
        </message>
        <message>
            <source>pass</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>read at {time}</source>
            <translation>gelesen um {time}</translation>
        </message>
        <message>
            <source>recording {name}</source>
            <translation>Aufzeichnung {name}</translation>
        </message>
        <message>
            <source>refused (KO)</source>
            <translation>abgelehnt (KO)</translation>
        </message>
        <message>
            <source>refused: {reason}</source>
            <translation>abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>relay allowed</source>
            <translation>Relais erlaubt</translation>
        </message>
        <message>
            <source>relay switched off</source>
            <translation>Relais ausgeschaltet</translation>
        </message>
        <message>
            <source>seen both allowed and switched off</source>
            <translation>sowohl erlaubt als auch ausgeschaltet gesehen</translation>
        </message>
        <message>
            <source>serial port {port}</source>
            <translation>serielle Schnittstelle {port}</translation>
        </message>
        <message>
            <source>serial port {port} went away (cable pulled?); plug it in again and reconnect</source>
            <translation>serieller Anschluss {port} ist verschwunden (Kabel gezogen?); wieder einstecken und neu verbinden</translation>
        </message>
        <message>
            <source>serial port {port} went away (cable pulled?); waiting for it to return</source>
            <translation>serieller Anschluss {port} ist verschwunden (Kabel gezogen?); warten, bis er zurückkommt</translation>
        </message>
        <message>
            <source>set with the hidden switch settings (not reported)</source>
            <translation>über die versteckten Schaltereinstellungen gesetzt (nicht gemeldet)</translation>
        </message>
        <message>
            <source>settings not read</source>
            <translation>Einstellungen nicht gelesen</translation>
        </message>
        <message>
            <source>settings written</source>
            <translation>Einstellungen geschrieben</translation>
        </message>
        <message>
            <source>simulator</source>
            <translation>Simulator</translation>
        </message>
        <message>
            <source>solar / charge</source>
            <translation>Solar / Laden</translation>
        </message>
        <message>
            <source>switched off</source>
            <translation>ausgeschaltet</translation>
        </message>
        <message>
            <source>switched off: {reasons}</source>
            <translation>ausgeschaltet: {reasons}</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>Temperatur</translation>
        </message>
        <message>
            <source>the BMS holds an unknown value ({raw}), which the app never writes; choose on or off</source>
            <translation>das BMS enthält einen unbekannten Wert ({raw}), den die App nie schreibt; wählen Sie an oder aus</translation>
        </message>
        <message>
            <source>the BMS holds an unknown value ({raw}), which the app never writes; choose one of the listed choices</source>
            <translation>das BMS enthält einen unbekannten Wert ({raw}), den die App nie schreibt; wählen Sie eine der aufgeführten Möglichkeiten</translation>
        </message>
        <message>
            <source>the CA file {path} does not exist</source>
            <translation>die CA-Datei {path} existiert nicht</translation>
        </message>
        <message>
            <source>the MQTT version must be one of {versions}, got {version}</source>
            <translation>die MQTT-Version muss eine von {versions} sein, nicht {version}</translation>
        </message>
        <message>
            <source>the PIN check</source>
            <translation>die PIN-Prüfung</translation>
        </message>
        <message>
            <source>the PIN must be exactly four digits 0-9</source>
            <translation>die PIN muss aus genau vier Ziffern 0-9 bestehen</translation>
        </message>
        <message>
            <source>the battery</source>
            <translation>der Akku</translation>
        </message>
        <message>
            <source>the battery did not allow {part} (NA: the PIN was not accepted)</source>
            <translation>der Akku hat {part} nicht zugelassen (NA: die PIN wurde nicht angenommen)</translation>
        </message>
        <message>
            <source>the battery did not answer {part} within {seconds}</source>
            <translation>der Akku hat innerhalb von {seconds} nicht auf {part} geantwortet</translation>
        </message>
        <message>
            <source>the battery did not answer {request} within {seconds} ({attempts}). Check that it is in range and powered.</source>
            <translation>der Akku hat innerhalb von {seconds} nicht auf {request} geantwortet ({attempts}). Prüfen Sie, ob er in Reichweite ist und Strom hat.</translation>
        </message>
        <message>
            <source>the battery did not understand the command (WRONG). This is a bug in the app; please report it.</source>
            <translation>der Akku hat den Befehl nicht verstanden (WRONG). Das ist ein Fehler in der App; bitte melden Sie ihn.</translation>
        </message>
        <message>
            <source>the battery did not understand {part} (WRONG)</source>
            <translation>der Akku hat {part} nicht verstanden (WRONG)</translation>
        </message>
        <message>
            <source>the battery refused the change (KO). The value may be outside what this battery accepts.</source>
            <translation>der Akku hat die Änderung abgelehnt (KO). Der Wert liegt vielleicht außerhalb dessen, was dieser Akku annimmt.</translation>
        </message>
        <message>
            <source>the battery refused {part} (KO)</source>
            <translation>der Akku hat {part} abgelehnt (KO)</translation>
        </message>
        <message>
            <source>the broker closed the connection</source>
            <translation>der Broker hat die Verbindung getrennt</translation>
        </message>
        <message>
            <source>the broker does not speak this MQTT version</source>
            <translation>der Broker unterstützt diese MQTT-Version nicht</translation>
        </message>
        <message>
            <source>the broker is unavailable just now</source>
            <translation>der Broker ist gerade nicht verfügbar</translation>
        </message>
        <message>
            <source>the broker refused the client id</source>
            <translation>der Broker hat die Client-ID abgelehnt</translation>
        </message>
        <message>
            <source>the broker refused the login method</source>
            <translation>der Broker hat die Anmeldemethode abgelehnt</translation>
        </message>
        <message>
            <source>the broker's certificate was not accepted ({detail})</source>
            <translation>das Zertifikat des Brokers wurde nicht akzeptiert ({detail})</translation>
        </message>
        <message>
            <source>the broker's host name was not found</source>
            <translation>der Hostname des Brokers wurde nicht gefunden</translation>
        </message>
        <message>
            <source>the broker's port must be 1 to 65535, got {port}</source>
            <translation>der Port des Brokers muss 1 bis 65535 sein, nicht {port}</translation>
        </message>
        <message>
            <source>the cells must be able to reach the balancing voltage without tripping V min.</source>
            <translation>die Zellen müssen die Balancing-Spannung erreichen können, ohne V min auszulösen.</translation>
        </message>
        <message>
            <source>the connection closed</source>
            <translation>die Verbindung wurde geschlossen</translation>
        </message>
        <message>
            <source>the connection to the broker was lost</source>
            <translation>die Verbindung zum Broker ist abgebrochen</translation>
        </message>
        <message>
            <source>the connection was aborted</source>
            <translation>die Verbindung wurde abgebrochen</translation>
        </message>
        <message>
            <source>the connection was reset</source>
            <translation>die Verbindung wurde zurückgesetzt</translation>
        </message>
        <message>
            <source>the discovery prefix {value} cannot be used: not empty, no # or + and no / at the start or end</source>
            <translation>das Discovery-Präfix {value} ist nicht verwendbar: nicht leer, kein # oder + und kein / am Anfang oder Ende</translation>
        </message>
        <message>
            <source>the file holds null, which is no value; give a value or remove the line to leave the setting as it is</source>
            <translation>die Datei enthält null, und das ist kein Wert; geben Sie einen Wert an oder entfernen Sie die Zeile, um die Einstellung unverändert zu lassen</translation>
        </message>
        <message>
            <source>the fourth byte</source>
            <translation>das vierte Byte</translation>
        </message>
        <message>
            <source>the fourth digit</source>
            <translation>die vierte Ziffer</translation>
        </message>
        <message>
            <source>the interval must be at least {minimum}, got {value}</source>
            <translation>das Intervall muss mindestens {minimum} sein, nicht {value}</translation>
        </message>
        <message>
            <source>the keep-alive must be 1 to 65535 s, got {value}</source>
            <translation>das Keep-alive muss 1 bis 65535 s sein, nicht {value}</translation>
        </message>
        <message>
            <source>the last {seconds}</source>
            <translation>die letzten {seconds}</translation>
        </message>
        <message>
            <source>the link dropped</source>
            <translation>die Verbindung brach ab</translation>
        </message>
        <message>
            <source>the network cannot reach the broker</source>
            <translation>das Netzwerk kann den Broker nicht erreichen</translation>
        </message>
        <message>
            <source>the new PIN</source>
            <translation>die neue PIN</translation>
        </message>
        <message>
            <source>the new value {value}</source>
            <translation>den neuen Wert {value}</translation>
        </message>
        <message>
            <source>the nominal voltage lies inside the safe band.</source>
            <translation>die Nennspannung liegt innerhalb des sicheren Bereichs.</translation>
        </message>
        <message>
            <source>the old PIN</source>
            <translation>die alte PIN</translation>
        </message>
        <message>
            <source>the old value {value}</source>
            <translation>den alten Wert {value}</translation>
        </message>
        <message>
            <source>the queue limit must be 0 s or more, got {value}</source>
            <translation>die Grenze der Warteschlange muss 0 s oder mehr sein, nicht {value}</translation>
        </message>
        <message>
            <source>the request for {record}</source>
            <translation>die Anfrage nach {record}</translation>
        </message>
        <message>
            <source>the request to pause the live data</source>
            <translation>die Anfrage zum Anhalten der Live-Daten</translation>
        </message>
        <message>
            <source>the request to start the live data</source>
            <translation>die Anfrage zum Starten der Live-Daten</translation>
        </message>
        <message>
            <source>the safe band between them must not be empty.</source>
            <translation>der sichere Bereich dazwischen darf nicht leer sein.</translation>
        </message>
        <message>
            <source>the second byte</source>
            <translation>das zweite Byte</translation>
        </message>
        <message>
            <source>the second digit</source>
            <translation>die zweite Ziffer</translation>
        </message>
        <message>
            <source>the secure connection (TLS) failed ({detail})</source>
            <translation>die gesicherte Verbindung (TLS) ist fehlgeschlagen ({detail})</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>the third byte</source>
            <translation>das dritte Byte</translation>
        </message>
        <message>
            <source>the third digit</source>
            <translation>die dritte Ziffer</translation>
        </message>
        <message>
            <source>the topic prefix {value} cannot be used: not empty, no # or + and no / at the start or end</source>
            <translation>das Topic-Präfix {value} ist nicht verwendbar: nicht leer, kein # oder + und kein / am Anfang oder Ende</translation>
        </message>
        <message>
            <source>the write</source>
            <translation>das Schreiben</translation>
        </message>
        <message>
            <source>the write was cut after {done}: {reason}</source>
            <translation>das Schreiben wurde abgebrochen (bereits gesendet: {done}): {reason}</translation>
        </message>
        <message>
            <source>time unknown</source>
            <translation>Zeit unbekannt</translation>
        </message>
        <message>
            <source>warning light</source>
            <translation>Warnleuchte</translation>
        </message>
        <message>
            <source>warning light {light} on</source>
            <translation>Warnleuchte {light} an</translation>
        </message>
        <message>
            <source>wrong PIN</source>
            <translation>falsche PIN</translation>
        </message>
        <message>
            <source>wrong user name or password</source>
            <translation>falscher Benutzername oder falsches Passwort</translation>
        </message>
        <message>
            <source>{code} ({label})</source>
            <translation>{code} ({label})</translation>
        </message>
        <message>
            <source>{count} attempts</source>
            <translation>{count} Versuche</translation>
        </message>
        <message>
            <source>{count} damaged row(s)</source>
            <translation>{count} beschädigte Zeile(n)</translation>
        </message>
        <message>
            <source>{count} damaged row(s) skipped</source>
            <translation>{count} beschädigte Zeile(n) übersprungen</translation>
        </message>
        <message>
            <source>{count} warning(s) above</source>
            <translation>{count} Warnung(en) oben</translation>
        </message>
        <message>
            <source>{device} did not answer. {fix}</source>
            <translation>{device} hat nicht geantwortet. {fix}</translation>
        </message>
        <message>
            <source>{device} disconnected.</source>
            <translation>Verbindung zu {device} getrennt.</translation>
        </message>
        <message>
            <source>{device} is not connected.</source>
            <translation>{device} ist nicht verbunden.</translation>
        </message>
        <message>
            <source>{device} offers neither the BRSP nor the Nordic UART service: it is not a 123\SmartBMS Bluetooth module.</source>
            <translation>{device} bietet weder den BRSP- noch den Nordic-UART-Dienst: es ist kein 123\SmartBMS-Bluetooth-Modul.</translation>
        </message>
        <message>
            <source>{device} was not found. {fix}</source>
            <translation>{device} wurde nicht gefunden. {fix}</translation>
        </message>
        <message>
            <source>{done} of its {count} bytes</source>
            <translation>{done} von {count} Bytes</translation>
        </message>
        <message>
            <source>{done} of its {count} digits</source>
            <translation>{done} von {count} Ziffern</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} und {last}</translation>
        </message>
        <message>
            <source>{first} or {last}</source>
            <translation>{first} oder {last}</translation>
        </message>
        <message>
            <source>{got} of {count}</source>
            <translation>{got} von {count}</translation>
        </message>
        <message>
            <source>{got} of {count} cells</source>
            <translation>{got} von {count} Zellen</translation>
        </message>
        <message>
            <source>{got} of {count} cells, but light E (cell communication) is on</source>
            <translation>{got} von {count} Zellen, aber Leuchte E (Zellkommunikation) ist an</translation>
        </message>
        <message>
            <source>{got} of {count} cells; silent: {cells}</source>
            <translation>{got} von {count} Zellen; stumm: {cells}</translation>
        </message>
        <message>
            <source>{kind} (no details given)</source>
            <translation>{kind} (keine Details)</translation>
        </message>
        <message>
            <source>{label} ({name}) belongs in the '{section}' section.</source>
            <translation>{label} ({name}) gehört in den Abschnitt '{section}'.</translation>
        </message>
        <message>
            <source>{label} does not exist on a Gen{generation} BMS: nothing was written.</source>
            <translation>{label} gibt es bei einem Gen{generation}-BMS nicht: es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>{label} does not exist on a Gen{generation} BMS; it will be skipped.</source>
            <translation>{label} gibt es bei einem Gen{generation}-BMS nicht; es wird übersprungen.</translation>
        </message>
        <message>
            <source>{label} has no write address.</source>
            <translation>{label} hat keine Schreibadresse.</translation>
        </message>
        <message>
            <source>{label} is read-only.</source>
            <translation>{label} ist nur lesbar.</translation>
        </message>
        <message>
            <source>{label}: every byte was answered OK, but the setting could not be read back to check it ({why}). Check {label} once the link is better and write it again if it differs.</source>
            <translation>{label}: jedes Byte wurde mit OK beantwortet, aber die Einstellung konnte zur Prüfung nicht zurückgelesen werden ({why}). Prüfen Sie {label}, sobald die Verbindung besser ist, und schreiben Sie sie erneut, falls sie abweicht.</translation>
        </message>
        <message>
            <source>{label}: not written, the link dropped before it was sent. Connect again and apply it again if you still want it.</source>
            <translation>{label}: nicht geschrieben, die Verbindung brach ab, bevor es gesendet wurde. Neu verbinden und erneut anwenden, wenn Sie es noch wollen.</translation>
        </message>
        <message>
            <source>{label}: not written. The write of {failed} before it failed, so the app stopped there and sent nothing more. Check {failed}, then apply the remaining changes again.</source>
            <translation>{label}: nicht geschrieben. Das Schreiben von {failed} davor ist fehlgeschlagen, daher hat die App dort aufgehört und nichts mehr gesendet. Prüfen Sie {failed} und wenden Sie dann die übrigen Änderungen erneut an.</translation>
        </message>
        <message>
            <source>{label}: the link dropped while it was being written. The battery may or may not have stored it; the settings are read again after reconnecting. It is not repeated automatically.</source>
            <translation>{label}: die Verbindung brach beim Schreiben ab. Der Akku hat den Wert vielleicht gespeichert, vielleicht nicht; die Einstellungen werden nach dem Neuverbinden erneut gelesen. Es wird nicht automatisch wiederholt.</translation>
        </message>
        <message>
            <source>{label}: wrote {written} but the battery reports {held}. The setting may be limited by the battery; check it and try again.</source>
            <translation>{label}: {written} geschrieben, aber der Akku meldet {held}. Die Einstellung wird vielleicht vom Akku begrenzt; prüfen Sie sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{label}: {text}</source>
            <translation>{label}: {text}</translation>
        </message>
        <message>
            <source>{links} is in the site twice.</source>
            <translation>{links} ist zweimal in der Anlage.</translation>
        </message>
        <message>
            <source>{listed} and {count} more</source>
            <translation>{listed} und {count} weitere</translation>
        </message>
        <message>
            <source>{lower} ({lower_value}) must be below {upper} ({upper_value}): {why}</source>
            <translation>{lower} ({lower_value}) muss unter {upper} ({upper_value}) liegen: {why}</translation>
        </message>
        <message>
            <source>{low} / {high}</source>
            <translation>{low} / {high}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message>
            <source>{name} has a damaged header: its generation “{value}” is not 2 or 3.</source>
            <translation>{name} hat einen beschädigten Kopf: Generation „{value}“ ist weder 2 noch 3.</translation>
        </message>
        <message>
            <source>{name} has a damaged header: its start time “{value}” is not a time.</source>
            <translation>{name} hat einen beschädigten Kopf: die Startzeit „{value}“ ist keine Zeit.</translation>
        </message>
        <message>
            <source>{name} has a damaged header: its wire “{value}” is neither ascii nor frame.</source>
            <translation>{name} hat einen beschädigten Kopf: die Verbindungsart „{value}“ ist weder ascii noch frame.</translation>
        </message>
        <message>
            <source>{name} is damaged after {where}: {what}; everything readable is shown.</source>
            <translation>{name} ist nach {where} beschädigt: {what}; alles Lesbare wird gezeigt.</translation>
        </message>
        <message>
            <source>{name} is damaged: no row of it could be read; lost: {lost}.</source>
            <translation>{name} ist beschädigt: keine einzige Zeile konnte gelesen werden; verloren: {lost}.</translation>
        </message>
        <message>
            <source>{name} is damaged: read up to {end} (its last good row), the rest skipped; lost: {lost}.</source>
            <translation>{name} ist beschädigt: gelesen bis {end} (die letzte gute Zeile), der Rest übersprungen; verloren: {lost}.</translation>
        </message>
        <message>
            <source>{name} is not a SmartBMS recording (no header).</source>
            <translation>{name} ist keine SmartBMS-Aufzeichnung (kein Header).</translation>
        </message>
        <message>
            <source>{name} is not a number: {value}</source>
            <translation>{name} ist keine Zahl: {value}</translation>
        </message>
        <message>
            <source>{name} is not a readable SmartBMS recording ({reason}).</source>
            <translation>{name} ist keine lesbare SmartBMS-Aufzeichnung ({reason}).</translation>
        </message>
        <message>
            <source>{name} must be above 0 and at most {top}, not {value}.</source>
            <translation>{name} muss über 0 und höchstens {top} sein, nicht {value}.</translation>
        </message>
        <message>
            <source>{name} says it holds ASCII text records, but its data are binary (serial frames?): its header is wrong, so it can't be replayed or exported.</source>
            <translation>{name} gibt an, ASCII-Textzeilen zu enthalten, aber die Daten sind binär (serielle Frames?): der Kopf ist falsch, daher kann die Aufzeichnung weder abgespielt noch exportiert werden.</translation>
        </message>
        <message>
            <source>{name} says it holds serial frames, but its data are ASCII text records: its header is wrong, so it can't be replayed or exported.</source>
            <translation>{name} gibt an, serielle Frames zu enthalten, aber die Daten sind ASCII-Textzeilen: der Kopf ist falsch, daher kann die Aufzeichnung weder abgespielt noch exportiert werden.</translation>
        </message>
        <message>
            <source>{name} was not closed: its recording stopped abruptly at {end} (the program was killed or the computer lost power); what arrived just before that may be missing.</source>
            <translation>{name} wurde nicht abgeschlossen: die Aufzeichnung endete abrupt um {end} (das Programm wurde abgebrochen oder der Computer verlor den Strom); was kurz davor ankam, kann fehlen.</translation>
        </message>
        <message>
            <source>{packs} offline: left out of the totals.</source>
            <translation>{packs} offline: in den Summen nicht enthalten.</translation>
        </message>
        <message>
            <source>{part} failed ({reason})</source>
            <translation>{part} ist fehlgeschlagen ({reason})</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}. Choose another file (an earlier version of it is unchanged).</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}. Wählen Sie eine andere Datei (eine frühere Version davon ist unverändert).</translation>
        </message>
        <message>
            <source>{port} disappeared</source>
            <translation>{port} ist verschwunden</translation>
        </message>
        <message>
            <source>{problem} Nothing was written.</source>
            <translation>{problem} Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>{problem}.</source>
            <translation>{problem}.</translation>
        </message>
        <message>
            <source>{reason}, so nothing more was sent</source>
            <translation>{reason}, daher wurde nichts mehr gesendet</translation>
        </message>
        <message>
            <source>{record} not asked for: the battery answered none of the cell log records.</source>
            <translation>{record} nicht abgefragt: Die Batterie hat keinen Datensatz des Zellprotokolls beantwortet.</translation>
        </message>
        <message>
            <source>{record} not asked for: the battery did not answer {asked} before it. Read again later.</source>
            <translation>{record} nicht angefragt: der Akku hat auf {asked} davor nicht geantwortet. Später erneut lesen.</translation>
        </message>
        <message>
            <source>{record} not read: the link dropped before it was asked for.</source>
            <translation>{record} nicht gelesen: die Verbindung brach ab, bevor es angefragt wurde.</translation>
        </message>
        <message>
            <source>{record} not read: {why}</source>
            <translation>{record} nicht gelesen: {why}</translation>
        </message>
        <message>
            <source>{record}: {reason}</source>
            <translation>{record}: {reason}</translation>
        </message>
        <message>
            <source>{record}: {why}</source>
            <translation>{record}: {why}</translation>
        </message>
        <message>
            <source>{relay}: allowed</source>
            <translation>{relay}: erlaubt</translation>
        </message>
        <message>
            <source>{relay}: switched off</source>
            <translation>{relay}: ausgeschaltet</translation>
        </message>
        <message>
            <source>{size} cut off its end</source>
            <translation>{size} am Ende abgeschnitten</translation>
        </message>
        <message>
            <source>{start} to {end} ({minutes})</source>
            <translation>{start} bis {end} ({minutes})</translation>
        </message>
        <message>
            <source>{state}: {reason}</source>
            <translation>{state}: {reason}</translation>
        </message>
        <message>
            <source>{text} (its answer, {answer}, came later still)</source>
            <translation>{text} (die Antwort, {answer}, kam noch später)</translation>
        </message>
        <message>
            <source>{text} is not a broker address: write mqtt://HOST[:PORT] or mqtts://HOST[:PORT]</source>
            <translation>{text} ist keine Broker-Adresse: mqtt://HOST[:PORT] oder mqtts://HOST[:PORT] schreiben</translation>
        </message>
        <message>
            <source>{text} is not a broker address: {reason}</source>
            <translation>{text} ist keine Broker-Adresse: {reason}</translation>
        </message>
        <message>
            <source>{text}. Check it and write {label} again now.</source>
            <translation>{text}. Prüfen Sie das und schreiben Sie {label} jetzt erneut.</translation>
        </message>
        <message>
            <source>{text}. Read back, the battery holds {what} all the same: the change took effect. {advice}</source>
            <translation>{text}. Zurückgelesen enthält der Akku dennoch {what}: die Änderung ist wirksam. {advice}</translation>
        </message>
        <message>
            <source>{text}. Read back, the battery now holds a PIN that is neither the old nor the new one (not shown). The app uses it to log in from now on; write the new PIN again now.</source>
            <translation>{text}. Zurückgelesen enthält der Akku jetzt eine PIN, die weder die alte noch die neue ist (nicht angezeigt). Die App meldet sich ab jetzt damit an; schreiben Sie die neue PIN jetzt erneut.</translation>
        </message>
        <message>
            <source>{text}. Read back, the battery now holds {held}, not the new value {new}</source>
            <translation>{text}. Zurückgelesen enthält der Akku jetzt {held}, nicht den neuen Wert {new}</translation>
        </message>
        <message>
            <source>{text}. Read back, the battery still holds {what}: nothing changed. {advice}</source>
            <translation>{text}. Zurückgelesen enthält der Akku noch immer {what}: es hat sich nichts geändert. {advice}</translation>
        </message>
        <message>
            <source>{text}. Reading it back failed too ({why}), so what the battery holds now is not known: it may be {maybe}. Reconnect, check {label} and write it again.</source>
            <translation>{text}. Auch das Zurücklesen ist fehlgeschlagen ({why}), daher ist nicht bekannt, was der Akku jetzt enthält: es kann {maybe} sein. Neu verbinden, {label} prüfen und erneut schreiben.</translation>
        </message>
        <message>
            <source>{text}. Reading it back failed too ({why}): the battery's PIN may now be the old one, the new one or a mix of both. Reconnect with the old PIN; if it is refused, try the new one, then write the PIN again.</source>
            <translation>{text}. Auch das Zurücklesen ist fehlgeschlagen ({why}): die PIN des Akkus kann jetzt die alte, die neue oder eine Mischung aus beiden sein. Mit der alten PIN neu verbinden; wird sie abgelehnt, die neue versuchen und dann die PIN erneut schreiben.</translation>
        </message>
        <message>
            <source>{text}. The battery does not report {label}, so the app cannot check what it holds now. {advice} Write it again.</source>
            <translation>{text}. Der Akku meldet {label} nicht, daher kann die App nicht prüfen, was er jetzt enthält. {advice} Schreiben Sie es erneut.</translation>
        </message>
        <message>
            <source>{text}. The battery now holds {held}, which is neither the old value ({old}) nor the new one ({new})</source>
            <translation>{text}. Der Akku enthält jetzt {held}, was weder der alte Wert ({old}) noch der neue ({new}) ist</translation>
        </message>
        <message>
            <source>{text}. This is dangerous: {unsafe} The protection {label} gives may not work until it is written again</source>
            <translation>{text}. Das ist gefährlich: {unsafe} Der Schutz durch {label} wirkt vielleicht nicht, bis es erneut geschrieben ist</translation>
        </message>
        <message>
            <source>{text}: a broker address has no path or query, only HOST[:PORT]</source>
            <translation>{text}: eine Broker-Adresse hat keinen Pfad und keine Query, nur HOST[:PORT]</translation>
        </message>
        <message>
            <source>{text}: no host name</source>
            <translation>{text}: kein Hostname</translation>
        </message>
        <message>
            <source>{text}: the address starts with mqtt:// or mqtts://, not {scheme}://</source>
            <translation>{text}: die Adresse beginnt mit mqtt:// oder mqtts://, nicht mit {scheme}://</translation>
        </message>
        <message>
            <source>{unsafe} {text}</source>
            <translation>{unsafe} {text}</translation>
        </message>
        <message>
            <source>{value} does not fit the device's {width}-byte field</source>
            <translation>{value} passt nicht in das {width}-Byte-Feld des Geräts</translation>
        </message>
        <message>
            <source>{value} is not a multiple of {step}</source>
            <translation>{value} ist kein Vielfaches von {step}</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} ist keine Zahl</translation>
        </message>
        <message>
            <source>{value} is not a value this setting takes</source>
            <translation>{value} ist kein Wert, den diese Einstellung annimmt</translation>
        </message>
        <message>
            <source>{value} is not one of {allowed}</source>
            <translation>{value} ist keiner der Werte {allowed}</translation>
        </message>
        <message>
            <source>{value} is outside the range the BMS is meant to work with, {minimum}–{maximum}.</source>
            <translation>{value} liegt außerhalb des Bereichs, für den das BMS gedacht ist, {minimum}–{maximum}.</translation>
        </message>
        <message>
            <source>{value} is outside {minimum}–{maximum}</source>
            <translation>{value} liegt außerhalb {minimum}–{maximum}</translation>
        </message>
        <message>
            <source>{volts} (cell {cell})</source>
            <translation>{volts} (Zelle {cell})</translation>
        </message>
        <message>
            <source>“{part}” is not a cell number or a range like 3-7.</source>
            <translation>„{part}“ ist keine Zellnummer und kein Bereich wie 3-7.</translation>
        </message>
        <message>
            <source>“{part}”: cells are numbered from 1, ranges go low-high.</source>
            <translation>„{part}“: Zellen sind ab 1 nummeriert, Bereiche gehen von niedrig nach hoch.</translation>
        </message>
        <message>
            <source>“{part}”: this pack has {count} cells.</source>
            <translation>„{part}“: dieser Akku hat {count} Zellen.</translation>
        </message>
        <message>
            <source>• marks a value that differs from the factory value. Factory values are the parameter table's values for a new LiFePO4 pack.</source>
            <translation>• markiert einen Wert, der vom Werkswert abweicht. Werkswerte sind die Werte der Parametertabelle für ein neues LiFePO4-Pack.</translation>
        </message>
        <message>
            <source>… and {count} more problems.</source>
            <translation>… und {count} weitere Probleme.</translation>
        </message>
        <message>
            <source>… and {count} more unknown sections.</source>
            <translation>… und {count} weitere unbekannte Abschnitte.</translation>
        </message>
        <message>
            <source>… and {count} more unknown settings.</source>
            <translation>… und {count} weitere unbekannte Einstellungen.</translation>
        </message>
    </context>
    <context>
        <name>NormalSwitchesSetter</name>
        <message>
            <source>Auto zero (4):</source>
            <translation>Nullabgleich (4):</translation>
        </message>
        <message>
            <source>Auto zero (only while calibrating)</source>
            <translation>Automatischer Nullabgleich (nur beim Kalibrieren)</translation>
        </message>
        <message>
            <source>Auto zero is ON in this drawing: only while no current flows, then set switch 4 back OFF.</source>
            <translation>Der Nullabgleich ist in dieser Zeichnung EIN: nur solange kein Strom fließt, dann Schalter 4 wieder auf AUS.</translation>
        </message>
        <message>
            <source>Blind spot (3):</source>
            <translation>Totzone (3):</translation>
        </message>
        <message>
            <source>Blind spot around 0 A (recommended)</source>
            <translation>Totzone um 0 A (empfohlen)</translation>
        </message>
        <message>
            <source>Critical mode</source>
            <translation>Kritischer Modus</translation>
        </message>
        <message>
            <source>Every %1 s (fastest information)</source>
            <translation>Alle %1 s (schnellste Information)</translation>
        </message>
        <message>
            <source>Every %1 s (saves energy)</source>
            <translation>Alle %1 s (spart Energie)</translation>
        </message>
        <message>
            <source>Message rate (1):</source>
            <translation>Nachrichtenrate (1):</translation>
        </message>
        <message>
            <source>Mode (5):</source>
            <translation>Modus (5):</translation>
        </message>
        <message>
            <source>Normal mode (recommended)</source>
            <translation>Normalmodus (empfohlen)</translation>
        </message>
        <message>
            <source>Normal or critical mode: what the relays do</source>
            <translation>Normal- oder kritischer Modus: was die Relais tun</translation>
        </message>
        <message>
            <source>Set: %1. Switch 8 stays OFF.</source>
            <translation>Stellen: %1. Schalter 8 bleibt AUS.</translation>
        </message>
        <message>
            <source>Switch 1: how often the cell boards send their messages.</source>
            <translation>Schalter 1: wie oft die Zellplatinen ihre Nachrichten senden.</translation>
        </message>
        <message>
            <source>Switch 3: tiny false currents (temperature drift, sensor offset) read as 0 A, so they do not spoil the SoC.</source>
            <translation>Schalter 3: kleine Scheinströme (Temperaturdrift, Sensoroffset) werden als 0 A gelesen, damit sie den SoC nicht verfälschen.</translation>
        </message>
        <message>
            <source>Switch 4: zero calibration of the current sensors. Turn it ON only while absolutely no current flows, wait until the current reads 0 A, then OFF again.</source>
            <translation>Schalter 4: Nullpunktkalibrierung der Stromsensoren. Nur auf EIN stellen, wenn absolut kein Strom fließt, warten, bis der Strom 0 A anzeigt, dann wieder AUS.</translation>
        </message>
        <message>
            <source>Switch 5 OFF: the relays follow the SoC and the limits.</source>
            <translation>Schalter 5 AUS: die Relais folgen dem SoC und den Grenzwerten.</translation>
        </message>
        <message>
            <source>Switch 5 ON: the relays open only in critical conditions.</source>
            <translation>Schalter 5 EIN: die Relais öffnen nur in kritischen Lagen.</translation>
        </message>
        <message>
            <source>Switches 2, 6, 7: the balancing voltage. Above it a cell board burns 1 A so the other cells catch up; when all cells reach it the SoC is set to 100 %. LiFePO4 packs use 3.4-3.7 V.</source>
            <translation>Schalter 2, 6, 7: die Balancing-Spannung. Darüber verheizt eine Zellplatine 1 A, damit die anderen Zellen aufholen; erreichen alle Zellen sie, wird der SoC auf 100 % gesetzt. LiFePO4-Akkus verwenden 3,4-3,7 V.</translation>
        </message>
        <message>
            <source>V bypass (2, 6, 7):</source>
            <translation>V bypass (2, 6, 7):</translation>
        </message>
        <message>
            <source>Where to set the option switches</source>
            <translation>Wo die Optionsschalter eingestellt werden</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Allowed to charge: the CHARGE relay enables the chargers / MPPT</source>
            <translation>Laden erlaubt: das LADErelais gibt Ladegeräte / MPPT frei</translation>
        </message>
        <message>
            <source>Allowed to discharge: the LOAD relay enables the inverter / consumers</source>
            <translation>Entladen erlaubt: das LASTrelais gibt Wechselrichter / Verbraucher frei</translation>
        </message>
        <message>
            <source>BMS clock</source>
            <translation>BMS-Uhr</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Akku</translation>
        </message>
        <message>
            <source>Battery &amp;details ›</source>
            <translation>Akku&amp;details ›</translation>
        </message>
        <message>
            <source>Battery current: positive = charging, negative = discharging</source>
            <translation>Akkustrom: positiv = Laden, negativ = Entladen</translation>
        </message>
        <message>
            <source>Battery health and counters</source>
            <translation>Akkuzustand und Zähler</translation>
        </message>
        <message>
            <source>Calibrated</source>
            <translation>Kalibriert</translation>
        </message>
        <message>
            <source>Charge cycles</source>
            <translation>Ladezyklen</translation>
        </message>
        <message>
            <source>Charge relay:</source>
            <translation>Laderelais:</translation>
        </message>
        <message>
            <source>Charged in total</source>
            <translation>Insgesamt geladen</translation>
        </message>
        <message>
            <source>Charged today</source>
            <translation>Heute geladen</translation>
        </message>
        <message>
            <source>Charging</source>
            <translation>Laden</translation>
        </message>
        <message>
            <source>Charging when the battery current is positive, discharging when negative</source>
            <translation>Laden bei positivem Akkustrom, Entladen bei negativem</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <source>Consumed current</source>
            <translation>Verbrauchter Strom</translation>
        </message>
        <message>
            <source>Consumed power (current × pack voltage)</source>
            <translation>Verbrauchte Leistung (Strom × Packspannung)</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Discharge cycles</source>
            <translation>Entladezyklen</translation>
        </message>
        <message>
            <source>Discharged in total</source>
            <translation>Insgesamt entladen</translation>
        </message>
        <message>
            <source>Discharged today</source>
            <translation>Heute entladen</translation>
        </message>
        <message>
            <source>Discharging</source>
            <translation>Entladen</translation>
        </message>
        <message>
            <source>Early warning</source>
            <translation>Vorwarnung</translation>
        </message>
        <message>
            <source>Efficiency</source>
            <translation>Wirkungsgrad</translation>
        </message>
        <message>
            <source>Energy charged into the pack since the counters were cleared</source>
            <translation>Seit dem Löschen der Zähler in den Akku geladene Energie</translation>
        </message>
        <message>
            <source>Energy charged into the pack today (BMS clock)</source>
            <translation>Heute in den Akku geladene Energie (BMS-Uhr)</translation>
        </message>
        <message>
            <source>Energy consumed since the counters were cleared (the BMS counts whole kWh)</source>
            <translation>Verbrauchte Energie seit dem Löschen der Zähler (das BMS zählt ganze kWh)</translation>
        </message>
        <message>
            <source>Energy consumed today</source>
            <translation>Heute verbrauchte Energie</translation>
        </message>
        <message>
            <source>Energy harvested since the counters were cleared (the BMS counts whole kWh)</source>
            <translation>Geerntete Energie seit dem Löschen der Zähler (das BMS zählt ganze kWh)</translation>
        </message>
        <message>
            <source>Energy harvested today</source>
            <translation>Heute geerntete Energie</translation>
        </message>
        <message>
            <source>Energy out of the pack divided by energy into it, as the BMS measures it</source>
            <translation>Energie aus dem Akku geteilt durch Energie in den Akku, wie das BMS sie misst</translation>
        </message>
        <message>
            <source>Energy stored in the pack now</source>
            <translation>Jetzt im Akku gespeicherte Energie</translation>
        </message>
        <message>
            <source>Energy taken from the pack since the counters were cleared</source>
            <translation>Seit dem Löschen der Zähler aus dem Akku entnommene Energie</translation>
        </message>
        <message>
            <source>Energy taken from the pack today (BMS clock)</source>
            <translation>Heute aus dem Akku entnommene Energie (BMS-Uhr)</translation>
        </message>
        <message>
            <source>Every cell's voltage and temperature, and the warning lights</source>
            <translation>Spannung und Temperatur jeder Zelle und die Warnleuchten</translation>
        </message>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>Full charge cycles the BMS has counted</source>
            <translation>Volle Ladezyklen, die das BMS gezählt hat</translation>
        </message>
        <message>
            <source>Full discharge cycles the BMS has counted</source>
            <translation>Volle Entladezyklen, die das BMS gezählt hat</translation>
        </message>
        <message>
            <source>How much of its new capacity the pack still has, as the BMS estimates it (SoH)</source>
            <translation>Wie viel seiner ursprünglichen Kapazität der Akku noch hat, wie das BMS es schätzt (SoH)</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Ruhe</translation>
        </message>
        <message>
            <source>Incoming charge current</source>
            <translation>Eingehender Ladestrom</translation>
        </message>
        <message>
            <source>Incoming energy: solar panels, MPPT, charger</source>
            <translation>Eingehende Energie: Solarmodule, MPPT, Ladegerät</translation>
        </message>
        <message>
            <source>Incoming power (charge current sensor I-1). The ring is full at the solar peak power set on the Settings page.</source>
            <translation>Eingehende Leistung (Ladestromsensor I-1). Der Ring ist voll bei der Spitzenleistung Solar, die auf der Seite Einstellungen eingestellt ist.</translation>
        </message>
        <message>
            <source>Incoming power (current × pack voltage)</source>
            <translation>Eingehende Leistung (Strom × Packspannung)</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Last</translation>
        </message>
        <message>
            <source>Load current: the arrow points the way the current flows</source>
            <translation>Laststrom: der Pfeil zeigt in die Richtung, in die der Strom fließt</translation>
        </message>
        <message>
            <source>Load relay:</source>
            <translation>Lastrelais:</translation>
        </message>
        <message>
            <source>Measured capacity</source>
            <translation>Gemessene Kapazität</translation>
        </message>
        <message>
            <source>No new data for {0}: the values shown are old (greyed).</source>
            <translation>Seit {0} keine neuen Daten: die angezeigten Werte sind alt (grau).</translation>
        </message>
        <message>
            <source>No warning lights on</source>
            <translation>Keine Warnleuchte an</translation>
        </message>
        <message>
            <source>Not calibrated yet: charge fully once</source>
            <translation>Noch nicht kalibriert: einmal voll laden</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>On</source>
            <translation>An</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Outgoing energy: inverter and other consumers</source>
            <translation>Ausgehende Energie: Wechselrichter und andere Verbraucher</translation>
        </message>
        <message>
            <source>Outgoing power (load current sensor I-2). The ring is full at the inverter peak power set on the Settings page.</source>
            <translation>Ausgehende Leistung (Laststromsensor I-2). Der Ring ist voll bei der Spitzenleistung Wechselrichter, die auf der Seite Einstellungen eingestellt ist.</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Packspannung</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Leistung</translation>
        </message>
        <message>
            <source>Power into (+) or out of (−) the pack</source>
            <translation>Leistung in den Akku (+) oder aus dem Akku (−)</translation>
        </message>
        <message>
            <source>Relay 1</source>
            <translation>Relais 1</translation>
        </message>
        <message>
            <source>Relay 2</source>
            <translation>Relais 2</translation>
        </message>
        <message>
            <source>Relays on the OUT board</source>
            <translation>Relais auf der OUT-Platine</translation>
        </message>
        <message>
            <source>Shown when the values on this page are old</source>
            <translation>Wird gezeigt, wenn die Werte auf dieser Seite alt sind</translation>
        </message>
        <message>
            <source>SoC calibration</source>
            <translation>SoC-Kalibrierung</translation>
        </message>
        <message>
            <source>Solar</source>
            <translation>Solar</translation>
        </message>
        <message>
            <source>Solar current: the arrow points the way the current flows</source>
            <translation>Solarstrom: der Pfeil zeigt in die Richtung, in die der Strom fließt</translation>
        </message>
        <message>
            <source>State of health</source>
            <translation>Gesundheitszustand</translation>
        </message>
        <message>
            <source>Stored</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>The BMS firmware version, when the link reports it</source>
            <translation>Die Firmwareversion des BMS, wenn die Verbindung sie meldet</translation>
        </message>
        <message>
            <source>The BMS's early warning (Gen3): a limit is close</source>
            <translation>Die Vorwarnung des BMS (Gen3): ein Grenzwert ist nahe</translation>
        </message>
        <message>
            <source>The OUT board's programmable relay 1 (Gen3)</source>
            <translation>Das programmierbare Relais 1 der OUT-Platine (Gen3)</translation>
        </message>
        <message>
            <source>The OUT board's programmable relay 2 (Gen3)</source>
            <translation>Das programmierbare Relais 2 der OUT-Platine (Gen3)</translation>
        </message>
        <message>
            <source>The battery pack</source>
            <translation>Das Akkupack</translation>
        </message>
        <message>
            <source>The capacity the BMS measured between a full and an empty pack</source>
            <translation>Die Kapazität, die das BMS zwischen vollem und leerem Akku gemessen hat</translation>
        </message>
        <message>
            <source>The time of day on the BMS's own clock (its day starts the 'today' counters)</source>
            <translation>Die Uhrzeit auf der eigenen Uhr des BMS (ihr Tag startet die Zähler für 'heute')</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Total voltage of the pack</source>
            <translation>Gesamtspannung des Akkus</translation>
        </message>
        <message>
            <source>Warning light on: {0} — see Battery details</source>
            <translation>Warnleuchte an: {0} — siehe Akkudetails</translation>
        </message>
        <message>
            <source>Warning lights that are on; Battery details explains each one</source>
            <translation>Warnleuchten, die an sind; Akkudetails erklärt jede</translation>
        </message>
        <message>
            <source>Warning lights: unknown (not connected)</source>
            <translation>Warnleuchten: unbekannt (nicht verbunden)</translation>
        </message>
        <message>
            <source>Warning lights: waiting for the first cell data…</source>
            <translation>Warnleuchten: warten auf die ersten Zelldaten…</translation>
        </message>
        <message>
            <source>What the BMS allows now; the CHARGE and LOAD relays follow these</source>
            <translation>Was das BMS jetzt erlaubt; LADE- und LASTrelais folgen dem</translation>
        </message>
        <message>
            <source>What the BMS reports about the pack's health and its energy counters; "not reported" when this BMS or link does not send it</source>
            <translation>Was das BMS über den Zustand des Akkus und seine Energiezähler meldet; "nicht gemeldet", wenn dieses BMS oder diese Verbindung es nicht sendet</translation>
        </message>
        <message>
            <source>Whether the state of charge is calibrated: the BMS sets it to 100 % the first time every cell reaches V bypass (a full charge)</source>
            <translation>Ob der Ladezustand kalibriert ist: das BMS setzt ihn auf 100 %, wenn zum ersten Mal jede Zelle V bypass erreicht (eine Vollladung)</translation>
        </message>
        <message>
            <source>above the {0} peak</source>
            <translation>über der Spitze von {0}</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>nicht gemeldet</translation>
        </message>
        <message>
            <source>of {0} peak</source>
            <translation>von {0} Spitze</translation>
        </message>
        <message>
            <source>peak power not known</source>
            <translation>Spitzenleistung unbekannt</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>{0} (last known)</source>
            <translation>{0} (zuletzt bekannt)</translation>
        </message>
    </context>
    <context>
        <name>Parameter</name>
        <message>
            <source>After the pack was empty, the load relay closes again only when the SoC has risen to this percentage (normal mode), so the consumers do not drain a barely recharged pack.</source>
            <translation>Nachdem der Akku leer war, schließt das Lastrelais erst wieder, wenn der SoC auf diesen Prozentsatz gestiegen ist (Normalmodus), damit die Verbraucher einen kaum nachgeladenen Akku nicht leeren.</translation>
        </message>
        <message>
            <source>After the pack was full, the charge relay closes again only when the SoC has fallen below this percentage (normal mode), so the relay does not toggle at the top.</source>
            <translation>Nachdem der Akku voll war, schließt das Laderelais erst wieder, wenn der SoC unter diesen Prozentsatz gefallen ist (Normalmodus), damit das Relais oben nicht hin und her schaltet.</translation>
        </message>
        <message>
            <source>Gen3: an early-warning cell voltage between V min and V nominal; below it the pre-alarm warns before the load relay opens at V min.</source>
            <translation>Gen3: eine Vorwarn-Zellspannung zwischen V min und V nominal; darunter warnt der Voralarm, bevor das Lastrelais bei V min öffnet.</translation>
        </message>
        <message>
            <source>Gen3: below this cell temperature the load relay opens. LiFePO4 may be discharged well below freezing.</source>
            <translation>Gen3: unter dieser Zelltemperatur öffnet das Lastrelais. LiFePO4 darf deutlich unter dem Gefrierpunkt entladen werden.</translation>
        </message>
        <message>
            <source>Gen3: count the SoC from the capacity the BMS measured over full cycles instead of the capacity entered above.</source>
            <translation>Gen3: den SoC von der Kapazität zählen, die das BMS über volle Zyklen gemessen hat, statt von der oben eingegebenen Kapazität.</translation>
        </message>
        <message>
            <source>Gen3: flip the sign of the charge-side current sensor (I-1) if it was fitted the wrong way round. The BMS does not report this setting, so the app cannot show or check it.</source>
            <translation>Gen3: das Vorzeichen des ladeseitigen Stromsensors (I-1) umkehren, wenn er falsch herum eingebaut ist. Das BMS meldet diese Einstellung nicht, daher kann die App sie weder anzeigen noch prüfen.</translation>
        </message>
        <message>
            <source>Gen3: flip the sign of the load-side current sensor (I-2) if it was fitted the wrong way round. The BMS does not report this setting, so the app cannot show or check it.</source>
            <translation>Gen3: das Vorzeichen des lastseitigen Stromsensors (I-2) umkehren, wenn er falsch herum eingebaut ist. Das BMS meldet diese Einstellung nicht, daher kann die App sie weder anzeigen noch prüfen.</translation>
        </message>
        <message>
            <source>Gen3: how far above V min the cells must recover before the load relay may close again, so the relay does not chatter at the limit.</source>
            <translation>Gen3: wie weit sich die Zellen über V min erholen müssen, bevor das Lastrelais wieder schließen darf, damit das Relais an der Grenze nicht flattert.</translation>
        </message>
        <message>
            <source>Gen3: how far below V max the cells must fall before the charge relay may close again.</source>
            <translation>Gen3: wie weit die Zellen unter V max fallen müssen, bevor das Laderelais wieder schließen darf.</translation>
        </message>
        <message>
            <source>Gen3: how long a reason to open the charge relay must last before it opens; short spikes are ignored.</source>
            <translation>Gen3: wie lange ein Grund zum Öffnen des Laderelais anhalten muss, bevor es öffnet; kurze Spitzen werden ignoriert.</translation>
        </message>
        <message>
            <source>Gen3: how long a reason to open the load relay must last before it opens; a short voltage dip under a heavy load is ignored.</source>
            <translation>Gen3: wie lange ein Grund zum Öffnen des Lastrelais anhalten muss, bevor es öffnet; ein kurzer Spannungseinbruch unter hoher Last wird ignoriert.</translation>
        </message>
        <message>
            <source>Gen3: how long the conditions to close the charge relay must hold before it closes again.</source>
            <translation>Gen3: wie lange die Bedingungen zum Schließen des Laderelais bestehen müssen, bevor es wieder schließt.</translation>
        </message>
        <message>
            <source>Gen3: how long the conditions to close the load relay must hold before it closes again.</source>
            <translation>Gen3: wie lange die Bedingungen zum Schließen des Lastrelais bestehen müssen, bevor es wieder schließt.</translation>
        </message>
        <message>
            <source>Gen3: keep the allowed-to-charge signal off whatever the cells do, e.g. for maintenance.</source>
            <translation>Gen3: das Signal „Laden erlaubt“ ausgeschaltet lassen, egal was die Zellen tun, z. B. für Wartungsarbeiten.</translation>
        </message>
        <message>
            <source>Gen3: keep the allowed-to-discharge signal off whatever the cells do, e.g. for maintenance.</source>
            <translation>Gen3: das Signal „Entladen erlaubt“ ausgeschaltet lassen, egal was die Zellen tun, z. B. für Wartungsarbeiten.</translation>
        </message>
        <message>
            <source>Gen3: let the cell voltages correct the counted SoC when they clearly show the pack is fuller or emptier than counted.</source>
            <translation>Gen3: die Zellspannungen den gezählten SoC korrigieren lassen, wenn sie deutlich zeigen, dass der Akku voller oder leerer ist als gezählt.</translation>
        </message>
        <message>
            <source>Gen3: off = normal mode (recommended): the relays follow the SoC and the limits. On = the relays open only in critical conditions (cell voltage or temperature out of range, lost communication), for a combined charger/inverter with one or no enable signal. Gen2 uses option switch 5.</source>
            <translation>Gen3: aus = Normalmodus (empfohlen): die Relais folgen dem SoC und den Grenzwerten. Ein = die Relais öffnen nur in kritischen Fällen (Zellspannung oder Temperatur außerhalb des Bereichs, Kommunikation verloren), für ein kombiniertes Lade-/Wechselrichtergerät mit einem oder keinem Freigabesignal. Gen2 nutzt Optionsschalter 5.</translation>
        </message>
        <message>
            <source>Gen3: the cell's nominal voltage (3.2-3.3 V for LiFePO4), used to turn the capacity into energy figures.</source>
            <translation>Gen3: die Nennspannung der Zelle (3,2-3,3 V für LiFePO4), mit der die Kapazität in Energiewerte umgerechnet wird.</translation>
        </message>
        <message>
            <source>Gen3: the type of cells in the pack; it selects the voltage curve the SoC correction uses.</source>
            <translation>Gen3: die Art der Zellen im Akku; sie wählt die Spannungskurve, die die SoC-Korrektur verwendet.</translation>
        </message>
        <message>
            <source>Gen3: the type of current sensor fitted. A wrong type scales every current and the SoC wrongly. (Gen2 sets the sensor with the IN board's hidden switch settings instead.)</source>
            <translation>Gen3: die Art des eingebauten Stromsensors. Eine falsche Art skaliert jeden Strom und den SoC falsch. (Gen2 stellt den Sensor stattdessen mit den verborgenen Schaltereinstellungen der IN-Platine ein.)</translation>
        </message>
        <message>
            <source>Gen3: when the charge current has fallen below this while the cells are full, the pack counts as full and the SoC is synchronised to 100 %.</source>
            <translation>Gen3: wenn der Ladestrom bei vollen Zellen unter diesen Wert gefallen ist, gilt der Akku als voll und der SoC wird auf 100 % gesetzt.</translation>
        </message>
        <message>
            <source>If any cell falls to this voltage the Vl light turns on and the allowed-to-discharge (load) relay opens, so the consumers stop before a cell is damaged.</source>
            <translation>Fällt eine Zelle auf diese Spannung, leuchtet die Vl-Leuchte und das Relais „Entladen erlaubt“ (Last) öffnet, damit die Verbraucher abschalten, bevor eine Zelle Schaden nimmt.</translation>
        </message>
        <message>
            <source>If any cell is colder than this the Tl light turns on and the relays open. LiFePO4 must not be charged below 0 °C. On Gen3 this limit stops charging only; T min (discharge) covers the load.</source>
            <translation>Ist eine Zelle kälter als dieser Wert, leuchtet die Tl-Leuchte und die Relais öffnen. LiFePO4 darf unter 0 °C nicht geladen werden. Bei Gen3 stoppt diese Grenze nur das Laden; T min (Entladen) deckt die Last ab.</translation>
        </message>
        <message>
            <source>If any cell is hotter than this the Th light turns on and both relays open. Cells read hot while they are balancing, so leave some room.</source>
            <translation>Ist eine Zelle heißer als dieser Wert, leuchtet die Th-Leuchte und beide Relais öffnen. Zellen werden beim Balancing warm, also etwas Spielraum lassen.</translation>
        </message>
        <message>
            <source>If any cell rises to this voltage the Vh light turns on and the allowed-to-charge relay opens, so the chargers stop before a cell is damaged. Must be above V bypass.</source>
            <translation>Steigt eine Zelle auf diese Spannung, leuchtet die Vh-Leuchte und das Relais „Laden erlaubt“ öffnet, damit die Ladegeräte abschalten, bevor eine Zelle Schaden nimmt. Muss über V bypass liegen.</translation>
        </message>
        <message>
            <source>Keep relay 1 off or on whatever the BMS decides, for testing an installation. Leave it 'not forced' in service, or the BMS cannot protect the cells through this relay.</source>
            <translation>Relais 1 aus- oder eingeschaltet halten, egal was das BMS entscheidet, um eine Anlage zu testen. Im Betrieb auf „nicht erzwungen“ lassen, sonst kann das BMS die Zellen über dieses Relais nicht schützen.</translation>
        </message>
        <message>
            <source>Keep relay 2 off or on whatever the BMS decides, for testing an installation. Leave it 'not forced' in service, or the BMS cannot protect the cells through this relay.</source>
            <translation>Relais 2 aus- oder eingeschaltet halten, egal was das BMS entscheidet, um eine Anlage zu testen. Im Betrieb auf „nicht erzwungen“ lassen, sonst kann das BMS die Zellen über dieses Relais nicht schützen.</translation>
        </message>
        <message>
            <source>Set the stored totals of energy in and out of the pack back to zero, for example after commissioning. This cannot be undone.</source>
            <translation>Die gespeicherten Summen der Energie in den Akku und aus dem Akku auf null zurücksetzen, zum Beispiel nach der Inbetriebnahme. Das kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Swap the contacts of relay 1: closed becomes open. Use it when the device you switch wants the opposite signal.</source>
            <translation>Die Kontakte von Relais 1 tauschen: geschlossen wird offen. Nutzen Sie das, wenn das geschaltete Gerät das umgekehrte Signal erwartet.</translation>
        </message>
        <message>
            <source>Swap the contacts of relay 2: closed becomes open. Use it when the device you switch wants the opposite signal.</source>
            <translation>Die Kontakte von Relais 2 tauschen: geschlossen wird offen. Nutzen Sie das, wenn das geschaltete Gerät das umgekehrte Signal erwartet.</translation>
        </message>
        <message>
            <source>The balancing voltage every cell should end at: above it a cell board burns 1 A to let the others catch up, and when all cells reach it the SoC is set to 100 %. It is set with option switches 2, 6 and 7 on the IN board and can only be shown here.</source>
            <translation>Die Balancing-Spannung, bei der jede Zelle enden soll: darüber verheizt eine Zellplatine 1 A, damit die anderen aufholen, und wenn alle Zellen sie erreichen, wird der SoC auf 100 % gesetzt. Sie wird mit den Optionsschaltern 2, 6 und 7 auf der IN-Platine eingestellt und kann hier nur angezeigt werden.</translation>
        </message>
        <message>
            <source>The four-digit password that stops strangers within Bluetooth range from changing your BMS. Change it from the factory 1234. If it is forgotten, hold the OUT board's Bluetooth button for 5 seconds to reset it to 1234.</source>
            <translation>Das vierstellige Passwort, das Fremde in Bluetooth-Reichweite daran hindert, Ihr BMS zu ändern. Ändern Sie es vom Werkswert 1234. Wenn es vergessen wurde, halten Sie die Bluetooth-Taste der OUT-Platine 5 Sekunden gedrückt, um es auf 1234 zurückzusetzen.</translation>
        </message>
        <message>
            <source>The largest power your charging sources can deliver, for example ten 250 W panels = 2500 W. The Overview's solar ring is full at this power.</source>
            <translation>Die größte Leistung, die Ihre Ladequellen liefern können, zum Beispiel zehn 250-W-Module = 2500 W. Der Solar-Ring der Übersicht ist bei dieser Leistung voll.</translation>
        </message>
        <message>
            <source>The largest power your consumers draw, for example a 5 kW inverter = 5000 W. The Overview's load ring is full at this power.</source>
            <translation>Die größte Leistung, die Ihre Verbraucher ziehen, zum Beispiel ein 5-kW-Wechselrichter = 5000 W. Der Last-Ring der Übersicht ist bei dieser Leistung voll.</translation>
        </message>
        <message>
            <source>The usable energy the SoC counts down from. The manual advises 75 % of the rated capacity to allow for ageing and temperature: four 200 Ah cells × 3.2 V = 2560 Wh, so set about 1900 Wh.</source>
            <translation>Die nutzbare Energie, von der der SoC herunterzählt. Das Handbuch empfiehlt 75 % der Nennkapazität wegen Alterung und Temperatur: vier 200-Ah-Zellen × 3,2 V = 2560 Wh, also etwa 1900 Wh einstellen.</translation>
        </message>
        <message>
            <source>V bypass is set with option switches 2, 6 and 7 on the IN board (`smartbms switches normal --vbypass V` shows where they go).</source>
            <translation>V bypass wird mit den Optionsschaltern 2, 6 und 7 auf der IN-Platine eingestellt (`smartbms switches normal --vbypass V` zeigt, wie sie stehen müssen).</translation>
        </message>
        <message>
            <source>What relay 1 on the OUT board follows: the allowed-to-charge signal, the allowed-to-discharge signal, both together as a main relay, or an early pre-alarm.</source>
            <translation>Worauf Relais 1 auf der OUT-Platine reagiert: das Signal „Laden erlaubt“, das Signal „Entladen erlaubt“, beide zusammen als Hauptrelais oder ein früher Voralarm.</translation>
        </message>
        <message>
            <source>What relay 2 on the OUT board follows: the allowed-to-charge signal, the allowed-to-discharge signal, both together as a main relay, or an early pre-alarm.</source>
            <translation>Worauf Relais 2 auf der OUT-Platine reagiert: das Signal „Laden erlaubt“, das Signal „Entladen erlaubt“, beide zusammen als Hauptrelais oder ein früher Voralarm.</translation>
        </message>
    </context>
    <context>
        <name>PlotsPage</name>
        <message>
            <source>A copy of the recorded bytes, to replay or send for support.</source>
            <translation>Eine Kopie der aufgezeichneten Bytes, zum Abspielen oder für den Support.</translation>
        </message>
        <message>
            <source>An export is already running: wait for it to finish or cancel it.</source>
            <translation>Ein Export läuft bereits: warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
        </message>
        <message>
            <source>Back to live</source>
            <translation>Zurück zu live</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Akku</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Can't save {path}: {reason}. Choose another folder.</source>
            <translation>{path} kann nicht gespeichert werden: {reason}. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Cell spread (highest − lowest)</source>
            <translation>Zellspreizung (höchste − niedrigste)</translation>
        </message>
        <message>
            <source>Cell temp.</source>
            <translation>Zelltemp.</translation>
        </message>
        <message>
            <source>Cell voltage</source>
            <translation>Zellspannung</translation>
        </message>
        <message>
            <source>Cell {n}: {value}</source>
            <translation>Zelle {n}: {value}</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Zellen</translation>
        </message>
        <message>
            <source>Cells to draw in “Chosen cells” mode: numbers and ranges, for example 1-4, 9 (at most 12).</source>
            <translation>Zellen für den Modus „Gewählte Zellen“: Nummern und Bereiche, zum Beispiel 1-4, 9 (höchstens 12).</translation>
        </message>
        <message>
            <source>Cells {low}–{high}</source>
            <translation>Zellen {low}–{high}</translation>
        </message>
        <message>
            <source>Cells:</source>
            <translation>Zellen:</translation>
        </message>
        <message>
            <source>Choose which plots are shown.</source>
            <translation>Wählen Sie, welche Diagramme angezeigt werden.</translation>
        </message>
        <message>
            <source>Chosen cells</source>
            <translation>Gewählte Zellen</translation>
        </message>
        <message>
            <source>Close the recording and show the live data again.</source>
            <translation>Die Aufzeichnung schließen und wieder die Live-Daten zeigen.</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Copying the recording to {name}…</source>
            <translation>Die Aufzeichnung wird nach {name} kopiert…</translation>
        </message>
        <message>
            <source>Could not read {name}: {reason}.</source>
            <translation>{name} konnte nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation>{path} konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Currents: battery, solar, load</source>
            <translation>Ströme: Akku, Solar, Last</translation>
        </message>
        <message>
            <source>Data as CSV for Excel…</source>
            <translation>Daten als CSV für Excel…</translation>
        </message>
        <message>
            <source>Data as CSV…</source>
            <translation>Daten als CSV…</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Getrennt</translation>
        </message>
        <message>
            <source>Events: relays, warnings, settings, link</source>
            <translation>Ereignisse: Relais, Warnungen, Einstellungen, Verbindung</translation>
        </message>
        <message>
            <source>Every cell’s temperature</source>
            <translation>Temperatur jeder Zelle</translation>
        </message>
        <message>
            <source>Every cell’s voltage</source>
            <translation>Spannung jeder Zelle</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export cancelled: {path} was not written (an earlier file of that name is unchanged).</source>
            <translation>Export abgebrochen: {path} wurde nicht geschrieben (eine frühere Datei dieses Namens ist unverändert).</translation>
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation>Ordner: {folder}</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Folgen</translation>
        </message>
        <message>
            <source>Heat map (all cells)</source>
            <translation>Heatmap (alle Zellen)</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Höchste</translation>
        </message>
        <message>
            <source>Highest − lowest cell</source>
            <translation>Höchste − niedrigste Zelle</translation>
        </message>
        <message>
            <source>How cell voltages and temperatures are drawn: a heat map of every cell, one line per cell, or a few chosen cells in colour.</source>
            <translation>Wie Zellspannungen und -temperaturen gezeichnet werden: eine Heatmap aller Zellen, eine Linie pro Zelle oder einige gewählte Zellen in Farbe.</translation>
        </message>
        <message>
            <source>How much time the plots show, from 1 minute to 24 hours.</source>
            <translation>Wie viel Zeit die Diagramme zeigen, von 1 Minute bis 24 Stunden.</translation>
        </message>
        <message>
            <source>Keep the newest data in view. Panning or zooming with the mouse pauses following; tick again to catch up.</source>
            <translation>Die neuesten Daten im Blick behalten. Verschieben oder Zoomen mit der Maus hält das Folgen an; erneut ankreuzen, um aufzuholen.</translation>
        </message>
        <message>
            <source>Keep the vertical ranges as they are now instead of fitting them to the visible data.</source>
            <translation>Die senkrechten Bereiche so lassen, wie sie jetzt sind, statt sie an die sichtbaren Daten anzupassen.</translation>
        </message>
        <message>
            <source>Lines (all cells)</source>
            <translation>Linien (alle Zellen)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Link lost</source>
            <translation>Verbindung verloren</translation>
        </message>
        <message>
            <source>Link lost: reconnecting</source>
            <translation>Verbindung verloren: neu verbinden</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Last</translation>
        </message>
        <message>
            <source>Loading {name}… {percent} %</source>
            <translation>{name} wird geladen… {percent} %</translation>
        </message>
        <message>
            <source>Lock Y</source>
            <translation>Y fixieren</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Niedrigste</translation>
        </message>
        <message>
            <source>Lowest and highest cell voltage</source>
            <translation>Niedrigste und höchste Zellspannung</translation>
        </message>
        <message>
            <source>Lowest/highest cell</source>
            <translation>Niedrigste/höchste Zelle</translation>
        </message>
        <message>
            <source>Move the mouse over the plots to read the values here.</source>
            <translation>Fahren Sie mit der Maus über die Diagramme, um hier die Werte zu lesen.</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Noch keine Daten</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Noch nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>Nothing recorded yet: connect to a battery or open a recording first.</source>
            <translation>Noch nichts aufgezeichnet: zuerst mit einem Akku verbinden oder eine Aufzeichnung öffnen.</translation>
        </message>
        <message>
            <source>Open a recording</source>
            <translation>Eine Aufzeichnung öffnen</translation>
        </message>
        <message>
            <source>Open recording…</source>
            <translation>Aufzeichnung öffnen…</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Pack</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Packspannung</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Picture as PNG…</source>
            <translation>Bild als PNG…</translation>
        </message>
        <message>
            <source>Picture as SVG…</source>
            <translation>Bild als SVG…</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Play or pause the recording.</source>
            <translation>Die Aufzeichnung abspielen oder anhalten.</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Position in the recording: drag to jump.</source>
            <translation>Position in der Aufzeichnung: zum Springen ziehen.</translation>
        </message>
        <message>
            <source>Raw recording…</source>
            <translation>Rohaufzeichnung…</translation>
        </message>
        <message>
            <source>Reconnected</source>
            <translation>Wieder verbunden</translation>
        </message>
        <message>
            <source>Relays</source>
            <translation>Relais</translation>
        </message>
        <message>
            <source>Replay speed: ×1 is real time, ×1000 plays 1000 seconds a second.</source>
            <translation>Abspielgeschwindigkeit: ×1 ist Echtzeit, ×1000 spielt 1000 Sekunden pro Sekunde ab.</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG-Zeichnungen (*.svg)</translation>
        </message>
        <message>
            <source>Save the data (CSV), a picture of the visible plots (PNG, SVG) or the raw recording.</source>
            <translation>Die Daten (CSV), ein Bild der sichtbaren Diagramme (PNG, SVG) oder die Rohaufzeichnung speichern.</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>{path} gespeichert.</translation>
        </message>
        <message>
            <source>Saved {rows} rows of {cells} cells to {path}.</source>
            <translation>{rows} Zeilen mit {cells} Zellen in {path} gespeichert.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings written: {names}</source>
            <translation>Einstellungen geschrieben: {names}</translation>
        </message>
        <message>
            <source>Show a recorded connection instead of the live data.</source>
            <translation>Eine aufgezeichnete Verbindung statt der Live-Daten zeigen.</translation>
        </message>
        <message>
            <source>Show or hide this plot.</source>
            <translation>Dieses Diagramm zeigen oder ausblenden.</translation>
        </message>
        <message>
            <source>SmartBMS plots</source>
            <translation>SmartBMS-Diagramme</translation>
        </message>
        <message>
            <source>SmartBMS recordings (*{suffix})</source>
            <translation>SmartBMS-Aufzeichnungen (*{suffix})</translation>
        </message>
        <message>
            <source>SmartBMS recordings (*{suffix});;All files (*)</source>
            <translation>SmartBMS-Aufzeichnungen (*{suffix});;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>SoC</source>
            <translation>SoC</translation>
        </message>
        <message>
            <source>Solar</source>
            <translation>Solar</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Spreizung</translation>
        </message>
        <message>
            <source>State of charge</source>
            <translation>Ladezustand</translation>
        </message>
        <message>
            <source>Stop loading the recording; the page keeps showing what it showed before.</source>
            <translation>Das Laden der Aufzeichnung abbrechen; die Seite zeigt weiter, was sie vorher zeigte.</translation>
        </message>
        <message>
            <source>Stop the export; nothing is written and an earlier file of that name stays as it was.</source>
            <translation>Den Export abbrechen; es wird nichts geschrieben und eine frühere Datei dieses Namens bleibt, wie sie war.</translation>
        </message>
        <message>
            <source>Summary columns and one column per cell, units in the headers.</source>
            <translation>Übersichtsspalten und eine Spalte pro Zelle, Einheiten in den Spaltenköpfen.</translation>
        </message>
        <message>
            <source>The export failed: {error}. Nothing was written to {path}.</source>
            <translation>Der Export ist fehlgeschlagen: {error}. Nach {path} wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>The same CSV, marked as UTF-8 so that Excel shows °C and other symbols right.</source>
            <translation>Dieselbe CSV, als UTF-8 markiert, damit Excel °C und andere Zeichen richtig zeigt.</translation>
        </message>
        <message>
            <source>The visible plots as a scalable drawing.</source>
            <translation>Die sichtbaren Diagramme als skalierbare Zeichnung.</translation>
        </message>
        <message>
            <source>The visible plots as an image.</source>
            <translation>Die sichtbaren Diagramme als Bild.</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>What is shown: the live link, or the recording and the position in it.</source>
            <translation>Was angezeigt wird: die Live-Verbindung oder die Aufzeichnung und die Position darin.</translation>
        </message>
        <message>
            <source>Window:</source>
            <translation>Zeitfenster:</translation>
        </message>
        <message>
            <source>Writing the data to {name}…</source>
            <translation>Die Daten werden nach {name} geschrieben…</translation>
        </message>
        <message>
            <source>e.g. 1-4, 9</source>
            <translation>z. B. 1-4, 9</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{unit} by cell</source>
            <translation>{unit} pro Zelle</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>&amp;Units:</source>
            <translation>&amp;Einheiten:</translation>
        </message>
        <message>
            <source>Close without changes</source>
            <translation>Ohne Änderungen schließen</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Every connection is recorded. When the recordings take more than this, the oldest are deleted (never the one being written). 0 = no limit.</source>
            <translation>Jede Verbindung wird aufgezeichnet. Belegen die Aufzeichnungen mehr als dies, werden die ältesten gelöscht (nie die gerade laufende). 0 = keine Grenze.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Dem System folgen</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Imperial (°F)</source>
            <translation>Imperial (°F)</translation>
        </message>
        <message>
            <source>Keep recordings for:</source>
            <translation>Aufzeichnungen behalten:</translation>
        </message>
        <message>
            <source>Keep this computer awake while connected</source>
            <translation>Diesen Computer wach halten, solange eine Verbindung besteht</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Light or dark colours; dark is easier on the eyes in a dim battery room</source>
            <translation>Helle oder dunkle Farben; dunkel schont die Augen in einem schummrigen Batterieraum</translation>
        </message>
        <message>
            <source>Metric (°C)</source>
            <translation>Metrisch (°C)</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Programmeinstellungen</translation>
        </message>
        <message>
            <source>Preferences are saved on this computer only. The PIN is never saved.</source>
            <translation>Die Programmeinstellungen werden nur auf diesem Computer gespeichert. Die PIN wird nie gespeichert.</translation>
        </message>
        <message>
            <source>Prevent auto-lock:</source>
            <translation>Automatische Sperre verhindern:</translation>
        </message>
        <message>
            <source>Publishing</source>
            <translation>Veröffentlichen</translation>
        </message>
        <message>
            <source>Recordings last written longer ago than this are deleted. 0 = keep them however old.</source>
            <translation>Aufzeichnungen, die länger her zuletzt geschrieben wurden, werden gelöscht. 0 = behalten, egal wie alt.</translation>
        </message>
        <message>
            <source>Recordings up to:</source>
            <translation>Aufzeichnungen bis:</translation>
        </message>
        <message>
            <source>Show the Simulator page</source>
            <translation>Die Seite Simulator zeigen</translation>
        </message>
        <message>
            <source>Simulator:</source>
            <translation>Simulator:</translation>
        </message>
        <message>
            <source>Stops the screen lock and sleep while a battery is connected, so a long commissioning session is not cut off. Released when you disconnect.</source>
            <translation>Verhindert Bildschirmsperre und Ruhezustand, solange ein Akku verbunden ist, damit eine lange Inbetriebnahme nicht unterbrochen wird. Endet beim Trennen.</translation>
        </message>
        <message>
            <source>Temperature unit on the screens; settings stay in the BMS's own units</source>
            <translation>Temperatureinheit auf den Bildschirmen; Einstellungen bleiben in den Einheiten des BMS</translation>
        </message>
        <message>
            <source>The language of the app</source>
            <translation>Die Sprache der App</translation>
        </message>
        <message>
            <source>The simulated battery lets you explore the app without a 123\SmartBMS; its page drives sun, load and faults.</source>
            <translation>Mit dem simulierten Akku lässt sich die App ohne 123\SmartBMS erkunden; seine Seite steuert Sonne, Last und Störungen.</translation>
        </message>
        <message>
            <source>Use and save these preferences</source>
            <translation>Diese Programmeinstellungen verwenden und speichern</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>keine Grenze</translation>
        </message>
    </context>
    <context>
        <name>PublishingIndicator</name>
        <message>
            <source>Click for File → Preferences → Publishing.</source>
            <translation>Klicken für Datei → Programmeinstellungen → Veröffentlichen.</translation>
        </message>
        <message>
            <source>Last error (the broker's words): {0}</source>
            <translation>Letzter Fehler (in den Worten des Brokers): {0}</translation>
        </message>
        <message>
            <source>MQTT: broker away · {0} queued</source>
            <translation>MQTT: Broker weg · {0} in der Warteschlange</translation>
        </message>
        <message>
            <source>MQTT: connected</source>
            <translation>MQTT: verbunden</translation>
        </message>
        <message>
            <source>MQTT: connected · sending {0} queued</source>
            <translation>MQTT: verbunden · {0} aus der Warteschlange werden gesendet</translation>
        </message>
        <message>
            <source>MQTT: connecting</source>
            <translation>MQTT: verbindet</translation>
        </message>
        <message>
            <source>MQTT: refused</source>
            <translation>MQTT: abgewiesen</translation>
        </message>
        <message>
            <source>MQTT: stopped</source>
            <translation>MQTT: angehalten</translation>
        </message>
        <message>
            <source>Publishing to {0}</source>
            <translation>Veröffentlicht an {0}</translation>
        </message>
        <message>
            <source>Sent: {0} · queued: {1} · dropped (older than the limit): {2}</source>
            <translation>Gesendet: {0} · in der Warteschlange: {1} · verworfen (älter als die Grenze): {2}</translation>
        </message>
    </context>
    <context>
        <name>PublishingPage</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Broker:</source>
            <translation>&amp;Broker:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Ben&amp;utzername:</translation>
        </message>
        <message>
            <source>A state message this often; a warning light or relay that changes is sent at once</source>
            <translation>So oft eine Statusnachricht; eine Warnleuchte oder ein Relais, das sich ändert, wird sofort gesendet</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA-Zertifikat</translation>
        </message>
        <message>
            <source>CA certificate:</source>
            <translation>CA-Zertifikat:</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Choose the CA certificate file (PEM)</source>
            <translation>Die Datei mit dem CA-Zertifikat wählen (PEM)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Client id:</source>
            <translation>Client-ID:</translation>
        </message>
        <message>
            <source>Connect to the broker once with these settings and say how it went</source>
            <translation>Einmal mit diesen Einstellungen zum Broker verbinden und sagen, wie es ging</translation>
        </message>
        <message>
            <source>Connected: {0} accepted a test message.</source>
            <translation>Verbunden: {0} hat eine Testnachricht angenommen.</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>Verbinde mit {0}…</translation>
        </message>
        <message>
            <source>Every cell's voltage and temperature (the …/cells topic)</source>
            <translation>Spannung und Temperatur jeder Zelle (das Topic …/cells)</translation>
        </message>
        <message>
            <source>Failed: {0}</source>
            <translation>Fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>Home Assistant discovery (the battery appears with no YAML)</source>
            <translation>Home-Assistant-Discovery (die Batterie erscheint ohne YAML)</translation>
        </message>
        <message>
            <source>Keep while away:</source>
            <translation>Aufbewahren, solange weg:</translation>
        </message>
        <message>
            <source>Kept in this computer's keyring, never in the preferences file</source>
            <translation>Im Schlüsselbund dieses Computers aufbewahrt, nie in der Datei der Programmeinstellungen</translation>
        </message>
        <message>
            <source>MQTT 3.1.1</source>
            <translation>MQTT 3.1.1</translation>
        </message>
        <message>
            <source>MQTT 5</source>
            <translation>MQTT 5</translation>
        </message>
        <message>
            <source>No keyring on this computer: a password typed here is kept only until the app closes.</source>
            <translation>Kein Schlüsselbund auf diesem Computer: ein hier eingegebenes Passwort wird nur bis zum Schließen der App aufbewahrt.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>Publish the live values over MQTT</source>
            <translation>Die aktuellen Werte über MQTT veröffentlichen</translation>
        </message>
        <message>
            <source>Publish:</source>
            <translation>Veröffentlichen:</translation>
        </message>
        <message>
            <source>Publishing:</source>
            <translation>Veröffentlichen:</translation>
        </message>
        <message>
            <source>Send every:</source>
            <translation>Senden alle:</translation>
        </message>
        <message>
            <source>Sends the connected battery's values to an MQTT broker (for Home Assistant and dashboards) while the app runs</source>
            <translation>Sendet die Werte der verbundenen Batterie an einen MQTT-Broker (für Home Assistant und Dashboards), solange die App läuft</translation>
        </message>
        <message>
            <source>The MQTT client id; when empty: smartbms-, this computer's name and the process number</source>
            <translation>Die MQTT-Client-ID; wenn leer: smartbms-, der Name dieses Computers und die Prozessnummer</translation>
        </message>
        <message>
            <source>The broker's user name; empty when the broker needs no login</source>
            <translation>Der Benutzername beim Broker; leer, wenn der Broker keine Anmeldung verlangt</translation>
        </message>
        <message>
            <source>The protocol version the broker speaks; 3.1.1 works with every broker</source>
            <translation>Die Protokollversion, die der Broker spricht; 3.1.1 funktioniert mit jedem Broker</translation>
        </message>
        <message>
            <source>The topics start with this: PREFIX/SERIAL/state, …/cells, …/availability</source>
            <translation>Die Topics beginnen hiermit: PREFIX/SERIAL/state, …/cells, …/availability</translation>
        </message>
        <message>
            <source>Topic prefix:</source>
            <translation>Topic-Präfix:</translation>
        </message>
        <message>
            <source>Type the broker's address first, e.g. mqtt://homeassistant.local</source>
            <translation>Zuerst die Adresse des Brokers eingeben, z. B. mqtt://homeassistant.local</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>While the broker is away, the state messages of this long are kept and sent in order when it is back; older ones are dropped (and counted)</source>
            <translation>Solange der Broker weg ist, werden die Statusnachrichten dieser Dauer aufbewahrt und der Reihe nach gesendet, wenn er zurück ist; ältere werden verworfen (und gezählt)</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>kept in the keyring</source>
            <translation>im Schlüsselbund aufbewahrt</translation>
        </message>
        <message>
            <source>mqtt://HOST[:PORT] (port 1883 unless given) or mqtts://HOST[:PORT] (encrypted, the certificate is checked; port 8883)</source>
            <translation>mqtt://HOST[:PORT] (Port 1883, wenn nicht angegeben) oder mqtts://HOST[:PORT] (verschlüsselt, das Zertifikat wird geprüft; Port 8883)</translation>
        </message>
        <message>
            <source>mqtt://homeassistant.local</source>
            <translation>mqtt://homeassistant.local</translation>
        </message>
        <message>
            <source>mqtts:// only: the certificate authority that signed the broker's certificate, when it is not one the system knows</source>
            <translation>Nur mqtts://: die Zertifizierungsstelle, die das Zertifikat des Brokers signiert hat, wenn das System sie nicht kennt</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>the system's certificates</source>
            <translation>die Zertifikate des Systems</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>2. Your switches now</source>
            <translation>2. Ihre Schalter jetzt</translation>
        </message>
        <message>
            <source>Click the drawing until it matches the option switches on your IN board. The wizard shows these positions again at the end, so you can put them back.</source>
            <translation>Klicken Sie auf die Zeichnung, bis sie den Optionsschaltern auf Ihrer IN-Platine entspricht. Der Assistent zeigt diese Stellungen am Ende wieder, damit Sie sie zurückstellen können.</translation>
        </message>
        <message>
            <source>Fill in from the BMS</source>
            <translation>Aus dem BMS übernehmen</translation>
        </message>
        <message>
            <source>Filled in from the connected BMS: switches %1. Check them, and set the others by looking at the board: the BMS does not report them.</source>
            <translation>Aus dem verbundenen BMS übernommen: Schalter %1. Prüfen Sie sie und stellen Sie die übrigen nach Blick auf die Platine ein: das BMS meldet sie nicht.</translation>
        </message>
        <message>
            <source>In normal use these positions mean:</source>
            <translation>Im Normalbetrieb bedeuten diese Stellungen:</translation>
        </message>
        <message>
            <source>Not connected: set every switch by looking at the board.</source>
            <translation>Nicht verbunden: stellen Sie jeden Schalter nach Blick auf die Platine ein.</translation>
        </message>
        <message>
            <source>Set the switches the connected BMS reveals (V bypass: 2, 6, 7; message rate: 1) in the drawing.</source>
            <translation>Stellen Sie in der Zeichnung die Schalter ein, die das verbundene BMS verrät (V bypass: 2, 6, 7; Nachrichtenrate: 1).</translation>
        </message>
        <message>
            <source>Switch 8 is ON. It must never be left ON. Do not turn it OFF now: that would store switches 1-7 as hidden settings. Carry on; step 4 turns it OFF after switches 1-7 are set.</source>
            <translation>Schalter 8 ist EIN. Er darf nie auf EIN bleiben. Jetzt nicht auf AUS stellen: das würde die Schalter 1-7 als versteckte Einstellungen speichern. Weitermachen; Schritt 4 stellt ihn auf AUS, nachdem die Schalter 1-7 gestellt sind.</translation>
        </message>
        <message>
            <source>The connected BMS has not reported anything that shows the switches yet: set every switch by looking at the board.</source>
            <translation>Das verbundene BMS hat noch nichts gemeldet, was die Schalter verrät: stellen Sie jeden Schalter nach Blick auf die Platine ein.</translation>
        </message>
        <message>
            <source>The drawing matches my IN board</source>
            <translation>Die Zeichnung entspricht meiner IN-Platine</translation>
        </message>
        <message>
            <source>Tick when every switch in the drawing is where it is on the board.</source>
            <translation>Ankreuzen, wenn jeder Schalter in der Zeichnung so steht wie auf der Platine.</translation>
        </message>
        <message>
            <source>Your option switches now</source>
            <translation>Ihre Optionsschalter jetzt</translation>
        </message>
    </context>
    <context>
        <name>RecordingIndicator</name>
        <message>
            <source>Recording · {0}</source>
            <translation>Aufzeichnung · {0}</translation>
        </message>
        <message>
            <source>This connection is being recorded to {0}. Click to see all recordings.</source>
            <translation>Diese Verbindung wird in {0} aufgezeichnet. Klicken Sie, um alle Aufzeichnungen zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>RecordingsWindow</name>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Open in Plots</source>
            <translation>In &amp;Diagrammen öffnen</translation>
        </message>
        <message>
            <source>Battery or link</source>
            <translation>Akku oder Verbindung</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Delete recordings</source>
            <translation>Aufzeichnungen löschen</translation>
        </message>
        <message>
            <source>Delete the selected recordings from this computer</source>
            <translation>Die gewählten Aufzeichnungen von diesem Computer löschen</translation>
        </message>
        <message>
            <source>Delete {0} recording(s), {1}, from this computer? This cannot be undone.</source>
            <translation>{0} Aufzeichnung(en), {1}, von diesem Computer löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Last written</source>
            <translation>Zuletzt geschrieben</translation>
        </message>
        <message>
            <source>No recordings here yet. Every connection is recorded to this folder from its first byte; a recording shows here as soon as it starts.</source>
            <translation>Hier sind noch keine Aufzeichnungen. Jede Verbindung wird ab dem ersten Byte in diesen Ordner aufgezeichnet; eine Aufzeichnung erscheint hier, sobald sie beginnt.</translation>
        </message>
        <message>
            <source>Recordings</source>
            <translation>Aufzeichnungen</translation>
        </message>
        <message>
            <source>Show &amp;folder</source>
            <translation>&amp;Ordner zeigen</translation>
        </message>
        <message>
            <source>Show the selected recording on the Plots page (and the other pages)</source>
            <translation>Die gewählte Aufzeichnung auf der Seite Diagramme (und den anderen Seiten) zeigen</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>The recording being written now cannot be deleted; disconnect first.</source>
            <translation>Die gerade laufende Aufzeichnung kann nicht gelöscht werden; trennen Sie zuerst die Verbindung.</translation>
        </message>
        <message>
            <source>{0} (recording now)</source>
            <translation>{0} (zeichnet gerade auf)</translation>
        </message>
        <message>
            <source>{0} recordings, {1} in all, in {2}</source>
            <translation>{0} Aufzeichnungen, zusammen {1}, in {2}</translation>
        </message>
    </context>
    <context>
        <name>Relay</name>
        <message>
            <source>Allowed</source>
            <translation>Erlaubt</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Kunde:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Installer:</source>
            <translation>&amp;Installateur:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>&amp;Measure again</source>
            <translation>Erneut &amp;messen</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Standort:</translation>
        </message>
        <message>
            <source>A note for the report (optional)</source>
            <translation>Eine Notiz für den Bericht (optional)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Commissioning report</source>
            <translation>Inbetriebnahmebericht</translation>
        </message>
        <message>
            <source>Could not read {0}: {1}</source>
            <translation>{0} konnte nicht gelesen werden: {1}</translation>
        </message>
        <message>
            <source>From a &amp;recording…</source>
            <translation>Aus einer &amp;Aufzeichnung…</translation>
        </message>
        <message>
            <source>From the recording {0}.</source>
            <translation>Aus der Aufzeichnung {0}.</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Make the report from a recording</source>
            <translation>Den Bericht aus einer Aufzeichnung erstellen</translation>
        </message>
        <message>
            <source>Make the report from a recording instead of the connected battery</source>
            <translation>Den Bericht aus einer Aufzeichnung statt vom verbundenen Akku erstellen</translation>
        </message>
        <message>
            <source>Measured from {0} at {1}.</source>
            <translation>Gemessen über {0} um {1}.</translation>
        </message>
        <message>
            <source>No battery connected: connect one, or make the report from a recording.</source>
            <translation>Kein Akku verbunden: verbinden Sie einen oder erstellen Sie den Bericht aus einer Aufzeichnung.</translation>
        </message>
        <message>
            <source>Not printed: {0}</source>
            <translation>Nicht gedruckt: {0}</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>Nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Rated capacity:</source>
            <translation>Nennkapazität:</translation>
        </message>
        <message>
            <source>Recordings (*{0})</source>
            <translation>Aufzeichnungen (*{0})</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Als &amp;PDF speichern…</translation>
        </message>
        <message>
            <source>Save the commissioning report</source>
            <translation>Den Inbetriebnahmebericht speichern</translation>
        </message>
        <message>
            <source>Saved {0} ({1} pages).</source>
            <translation>{0} gespeichert ({1} Seiten).</translation>
        </message>
        <message>
            <source>Sent {0} pages to the printer.</source>
            <translation>{0} Seiten an den Drucker gesendet.</translation>
        </message>
        <message>
            <source>Take the pack, the relays and the session as they are now</source>
            <translation>Pack, Relais und Sitzung so übernehmen, wie sie jetzt sind</translation>
        </message>
        <message>
            <source>The cells' rated capacity: the report checks the manual's advice to set 75 % of it as the battery capacity</source>
            <translation>Die Nennkapazität der Zellen: der Bericht prüft die Empfehlung des Handbuchs, 75 % davon als Akkukapazität einzustellen</translation>
        </message>
        <message>
            <source>The report as it will be printed; Ctrl + wheel zooms</source>
            <translation>Der Bericht, wie er gedruckt wird; Strg + Mausrad zoomt</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>5. Put the switches back</source>
            <translation>5. Schalter zurückstellen</translation>
        </message>
        <message>
            <source>Flip back: %1 (highlighted).</source>
            <translation>Zurückstellen: %1 (hervorgehoben).</translation>
        </message>
        <message>
            <source>Nothing to flip back: 1-7 were already in these positions.</source>
            <translation>Nichts zurückzustellen: 1-7 standen schon so.</translation>
        </message>
        <message>
            <source>Set all switches exactly as you recorded them in step 2. Switch 8 stays OFF.</source>
            <translation>Stellen Sie alle Schalter genau so, wie Sie sie in Schritt 2 notiert haben. Schalter 8 bleibt AUS.</translation>
        </message>
        <message>
            <source>The switches are back as recorded</source>
            <translation>Die Schalter stehen wieder wie notiert</translation>
        </message>
        <message>
            <source>These are your normal settings again:</source>
            <translation>Das sind wieder Ihre normalen Einstellungen:</translation>
        </message>
        <message>
            <source>Tick when the board matches the drawing.</source>
            <translation>Ankreuzen, wenn die Platine der Zeichnung entspricht.</translation>
        </message>
        <message>
            <source>Your recorded switch positions</source>
            <translation>Ihre notierten Schalterstellungen</translation>
        </message>
    </context>
    <context>
        <name>SerialPortDialog</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>A port found on this computer, or type one (COM3, /dev/ttyUSB0)</source>
            <translation>Ein Anschluss an diesem Computer, oder einen eintippen (COM3, /dev/ttyUSB0)</translation>
        </message>
        <message>
            <source>Choose the port of the USB cable on the OUT board's extended data output. The serial link is read-only: it shows live values but cannot change settings.</source>
            <translation>Wählen Sie den Anschluss des USB-Kabels am erweiterten Datenausgang der OUT-Platine. Die serielle Verbindung ist nur lesend: sie zeigt Live-Werte, kann aber keine Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Could not list the serial ports: {0}. {1} You can still type the port.</source>
            <translation>Die seriellen Anschlüsse konnten nicht aufgelistet werden: {0}. {1} Sie können den Anschluss trotzdem eintippen.</translation>
        </message>
        <message>
            <source>Keep the current device</source>
            <translation>Das aktuelle Gerät behalten</translation>
        </message>
        <message>
            <source>Look for serial ports again (after plugging the cable in)</source>
            <translation>Erneut nach seriellen Anschlüssen suchen (nach dem Einstecken des Kabels)</translation>
        </message>
        <message>
            <source>No serial port found. Plug the USB cable in and press Refresh, or type the port. {0}</source>
            <translation>Kein serieller Anschluss gefunden. Stecken Sie das USB-Kabel ein und drücken Sie Aktualisieren, oder tippen Sie den Anschluss ein. {0}</translation>
        </message>
        <message>
            <source>On Linux your user must be in the 'dialout' group (log out and in after adding it).</source>
            <translation>Unter Linux muss Ihr Benutzer in der Gruppe 'dialout' sein (danach ab- und wieder anmelden).</translation>
        </message>
        <message>
            <source>On Windows, check the Device Manager under 'Ports (COM &amp; LPT)'.</source>
            <translation>Unter Windows im Geräte-Manager unter 'Anschlüsse (COM &amp; LPT)' nachsehen.</translation>
        </message>
        <message>
            <source>Ports cannot be listed here: type the port (COM3, /dev/ttyUSB0).</source>
            <translation>Anschlüsse können hier nicht aufgelistet werden: tippen Sie den Anschluss ein (COM3, /dev/ttyUSB0).</translation>
        </message>
        <message>
            <source>Serial port</source>
            <translation>Serieller Anschluss</translation>
        </message>
        <message>
            <source>Type the port (COM3, /dev/ttyUSB0)</source>
            <translation>Den Anschluss eintippen (COM3, /dev/ttyUSB0)</translation>
        </message>
        <message>
            <source>Use this port</source>
            <translation>Diesen Anschluss verwenden</translation>
        </message>
    </context>
    <context>
        <name>SetPage</name>
        <message>
            <source>3. Set switches 1-7 like this</source>
            <translation>3. Schalter 1-7 so stellen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Switches 1-3: %1&lt;/b&gt; → %2 A sensor (hidden settings table, sensor row)&lt;br&gt;&lt;b&gt;Switches 4-7: %3&lt;/b&gt; → %4 cells (hidden settings table, cells row)</source>
            <translation>&lt;b&gt;Schalter 1-3: %1&lt;/b&gt; → %2-A-Sensor (Tabelle der versteckten Einstellungen, Zeile Sensor)&lt;br&gt;&lt;b&gt;Schalter 4-7: %3&lt;/b&gt; → %4 Zellen (Tabelle der versteckten Einstellungen, Zeile Zellen)</translation>
        </message>
        <message>
            <source>Compared with your switches now, flip: %1.</source>
            <translation>Im Vergleich zu Ihren jetzigen Schaltern umlegen: %1.</translation>
        </message>
        <message>
            <source>Leave switch 8 OFF. The highlighted switches are the ones that store the settings.</source>
            <translation>Schalter 8 auf AUS lassen. Die hervorgehobenen Schalter sind diejenigen, die die Einstellungen speichern.</translation>
        </message>
        <message>
            <source>Switches 1-7 are set like the drawing, switch 8 is OFF</source>
            <translation>Schalter 1-7 stehen wie in der Zeichnung, Schalter 8 ist AUS</translation>
        </message>
        <message>
            <source>Target positions of switches 1 to 7</source>
            <translation>Zielstellungen der Schalter 1 bis 7</translation>
        </message>
        <message>
            <source>Tick when the board matches the drawing.</source>
            <translation>Ankreuzen, wenn die Platine der Zeichnung entspricht.</translation>
        </message>
        <message>
            <source>While the switches are set like this the BMS also reads them as normal settings (for example V bypass, mode or auto zero). That is expected and lasts only until step 5 puts them back.</source>
            <translation>Solange die Schalter so stehen, liest das BMS sie auch als normale Einstellungen (zum Beispiel V bypass, Modus oder Nullabgleich). Das ist zu erwarten und dauert nur, bis Schritt 5 sie zurückstellt.</translation>
        </message>
        <message>
            <source>Your switches 1-7 are already in these positions.</source>
            <translation>Ihre Schalter 1-7 stehen bereits so.</translation>
        </message>
    </context>
    <context>
        <name>SettingsCutActions</name>
        <message>
            <source>Restore old value</source>
            <translation>Alten Wert wiederherstellen</translation>
        </message>
        <message>
            <source>Restore old value ({0})</source>
            <translation>Alten Wert wiederherstellen ({0})</translation>
        </message>
        <message>
            <source>The value before this Apply is not known</source>
            <translation>Der Wert vor diesem Anwenden ist unbekannt</translation>
        </message>
        <message>
            <source>Write again</source>
            <translation>Erneut schreiben</translation>
        </message>
        <message>
            <source>Write again ({0})</source>
            <translation>Erneut schreiben ({0})</translation>
        </message>
        <message>
            <source>Write back the value held before this Apply, then read it back</source>
            <translation>Den Wert von vor diesem Übernehmen zurückschreiben und dann zurücklesen</translation>
        </message>
        <message>
            <source>Write the new value of {0} once more, then read it back</source>
            <translation>Den neuen Wert von {0} noch einmal schreiben und dann zurücklesen</translation>
        </message>
        <message>
            <source>Write the new value once more, then read it back</source>
            <translation>Den neuen Wert noch einmal schreiben und dann zurücklesen</translation>
        </message>
        <message>
            <source>Write the value {0} held before this Apply back, then read it back</source>
            <translation>Den Wert, den {0} vor diesem Anwenden hatte, zurückschreiben und dann zurücklesen</translation>
        </message>
        <message>
            <source>Written halfway: the battery could not be read back, so what it holds now is not known; it may be neither the old value ({0}) nor the new one ({1}).</source>
            <translation>Halb geschrieben: die Batterie konnte nicht zurückgelesen werden, daher ist unbekannt, was sie jetzt enthält; es kann weder der alte Wert ({0}) noch der neue ({1}) sein.</translation>
        </message>
        <message>
            <source>Written halfway: the battery could not be read back, so what it holds now is not known; it may not be the new value {0}.</source>
            <translation>Halb geschrieben: die Batterie konnte nicht zurückgelesen werden, daher ist unbekannt, was sie jetzt enthält; es ist möglicherweise nicht der neue Wert {0}.</translation>
        </message>
        <message>
            <source>Written halfway: the battery now holds {0}, neither the old value ({1}) nor the new one ({2}).</source>
            <translation>Halb geschrieben: die Batterie enthält jetzt {0}, weder den alten Wert ({1}) noch den neuen ({2}).</translation>
        </message>
        <message>
            <source>Written halfway: the battery now holds {0}, not the new value {1}.</source>
            <translation>Halb geschrieben: die Batterie enthält jetzt {0}, nicht den neuen Wert {1}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source> cells</source>
            <translation> Zellen</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Anwenden</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Use</source>
            <translation>&amp;Verwenden</translation>
        </message>
        <message>
            <source>(not written on this link)</source>
            <translation>(auf dieser Verbindung nicht geschrieben)</translation>
        </message>
        <message>
            <source>1000 A / 40 A</source>
            <translation>1000 A / 40 A</translation>
        </message>
        <message>
            <source>125 A / 5 A</source>
            <translation>125 A / 5 A</translation>
        </message>
        <message>
            <source>250 A / 10 A</source>
            <translation>250 A / 10 A</translation>
        </message>
        <message>
            <source>3.2 V per cell: LiFePO4 assumed (a Gen2 BMS does not report its cell chemistry). For other cells type their nominal voltage.</source>
            <translation>3,2 V pro Zelle: LiFePO4 angenommen (ein Gen2-BMS meldet seine Zellchemie nicht). Geben Sie für andere Zellen deren Nennspannung ein.</translation>
        </message>
        <message>
            <source>3.2 V per cell: LiFePO4 until the battery reports its cell chemistry.</source>
            <translation>3,2 V pro Zelle: LiFePO4, bis der Akku seine Zellchemie meldet.</translation>
        </message>
        <message>
            <source>500 A / 20 A</source>
            <translation>500 A / 20 A</translation>
        </message>
        <message>
            <source>75 % advice:</source>
            <translation>75-%-Empfehlung:</translation>
        </message>
        <message>
            <source>75 % of the rated energy, rounded to the BMS's 100 Wh steps</source>
            <translation>75 % der Nennenergie, auf die 100-Wh-Schritte des BMS gerundet</translation>
        </message>
        <message>
            <source>&lt;b&gt;File&lt;/b&gt;</source>
            <translation>&lt;b&gt;Datei&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last apply&lt;/b&gt;</source>
            <translation>&lt;b&gt;Zuletzt angewendet&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pending changes:&lt;/b&gt; none</source>
            <translation>&lt;b&gt;Ausstehende Änderungen:&lt;/b&gt; keine</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pending changes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ausstehende Änderungen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Problems&lt;/b&gt;</source>
            <translation>&lt;b&gt;Probleme&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; ({1} rated)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; ({1} Nennwert)</translation>
        </message>
        <message>
            <source>? cells</source>
            <translation>? Zellen</translation>
        </message>
        <message>
            <source>Allowed to charge</source>
            <translation>Laden erlaubt</translation>
        </message>
        <message>
            <source>Allowed to discharge</source>
            <translation>Entladen erlaubt</translation>
        </message>
        <message>
            <source>Battery capacity</source>
            <translation>Akkukapazität</translation>
        </message>
        <message>
            <source>Careful: the battery holds {0} now, more than {1}: with this capacity its SoC would stick at 100 % and count wrongly until the pack is next full.</source>
            <translation>Achtung: der Akku enthält jetzt {0}, mehr als {1}: mit dieser Kapazität bliebe der SoC bei 100 % stehen und zählte falsch, bis der Akku wieder voll ist.</translation>
        </message>
        <message>
            <source>Cell chemistry</source>
            <translation>Zellchemie</translation>
        </message>
        <message>
            <source>Cell chemistry "Other": type the nominal voltage of your cells.</source>
            <translation>Zellchemie "Andere": geben Sie die Nennspannung Ihrer Zellen ein.</translation>
        </message>
        <message>
            <source>Cell voltages</source>
            <translation>Zellspannungen</translation>
        </message>
        <message>
            <source>Changed: not written until you press Apply.</source>
            <translation>Geändert: erst geschrieben, wenn Sie auf Anwenden drücken.</translation>
        </message>
        <message>
            <source>Charge and load relays</source>
            <translation>Lade- und Lastrelais</translation>
        </message>
        <message>
            <source>Charge pause delay</source>
            <translation>Verzögerung Ladepause</translation>
        </message>
        <message>
            <source>Charge relay forced off</source>
            <translation>Laderelais erzwungen aus</translation>
        </message>
        <message>
            <source>Charge restart</source>
            <translation>Ladeneustart</translation>
        </message>
        <message>
            <source>Charge restart delay</source>
            <translation>Verzögerung Ladeneustart</translation>
        </message>
        <message>
            <source>Charge sensor inverted</source>
            <translation>Ladesensor invertiert</translation>
        </message>
        <message>
            <source>Check and write result for {0}</source>
            <translation>Prüf- und Schreibergebnis für {0}</translation>
        </message>
        <message>
            <source>Clear energy counters</source>
            <translation>Energiezähler löschen</translation>
        </message>
        <message>
            <source>Click a setting to read what it does here.</source>
            <translation>Klicken Sie auf eine Einstellung, um hier zu lesen, was sie bewirkt.</translation>
        </message>
        <message>
            <source>Connected to a real BMS ({0}). Changes are written only when you press Apply.</source>
            <translation>Mit einem echten BMS verbunden ({0}). Änderungen werden erst geschrieben, wenn Sie auf Anwenden drücken.</translation>
        </message>
        <message>
            <source>Connected to the simulator. Every setting can be tried here, including those whose hardware address is not published.</source>
            <translation>Mit dem Simulator verbunden. Jede Einstellung lässt sich hier ausprobieren, auch solche, deren Hardware-Adresse nicht veröffentlicht ist.</translation>
        </message>
        <message>
            <source>Could not read {0}: {1}</source>
            <translation>{0} konnte nicht gelesen werden: {1}</translation>
        </message>
        <message>
            <source>Could not save {0}: {1}</source>
            <translation>{0} konnte nicht gespeichert werden: {1}</translation>
        </message>
        <message>
            <source>Critical mode</source>
            <translation>Kritischer Modus</translation>
        </message>
        <message>
            <source>Current and SoC</source>
            <translation>Strom und SoC</translation>
        </message>
        <message>
            <source>Current sensor</source>
            <translation>Stromsensor</translation>
        </message>
        <message>
            <source>Discharge pause delay</source>
            <translation>Verzögerung Entladepause</translation>
        </message>
        <message>
            <source>Discharge relay forced off</source>
            <translation>Entladerelais erzwungen aus</translation>
        </message>
        <message>
            <source>Discharge restart</source>
            <translation>Entladeneustart</translation>
        </message>
        <message>
            <source>Discharge restart delay</source>
            <translation>Verzögerung Entladeneustart</translation>
        </message>
        <message>
            <source>Discharge sensor inverted</source>
            <translation>Entladesensor invertiert</translation>
        </message>
        <message>
            <source>Drop the pending changes and show the BMS's values again</source>
            <translation>Die ausstehenden Änderungen verwerfen und wieder die Werte des BMS zeigen</translation>
        </message>
        <message>
            <source>Hover a setting to read what it does.</source>
            <translation>Zeigen Sie auf eine Einstellung, um zu lesen, was sie bewirkt.</translation>
        </message>
        <message>
            <source>How to change V bypass (option switches)…</source>
            <translation>V bypass ändern (Optionsschalter)…</translation>
        </message>
        <message>
            <source>Inverter peak power</source>
            <translation>Spitzenleistung Wechselrichter</translation>
        </message>
        <message>
            <source>Keep off</source>
            <translation>Aus halten</translation>
        </message>
        <message>
            <source>Keep on</source>
            <translation>Ein halten</translation>
        </message>
        <message>
            <source>Li-ion NCA</source>
            <translation>Li-Ion NCA</translation>
        </message>
        <message>
            <source>Li-ion NMC</source>
            <translation>Li-Ion NMC</translation>
        </message>
        <message>
            <source>LiFePO4 (LFP)</source>
            <translation>LiFePO4 (LFP)</translation>
        </message>
        <message>
            <source>Lithium titanate (LTO)</source>
            <translation>Lithiumtitanat (LTO)</translation>
        </message>
        <message>
            <source>Load from file…</source>
            <translation>Aus Datei laden…</translation>
        </message>
        <message>
            <source>Load settings</source>
            <translation>Einstellungen laden</translation>
        </message>
        <message>
            <source>Load settings from a file as pending changes: review the diff, then Apply</source>
            <translation>Einstellungen aus einer Datei als ausstehende Änderungen laden: Unterschiede prüfen, dann Anwenden</translation>
        </message>
        <message>
            <source>Loaded {0}: {1} change(s) pending. Review them, then press Apply; nothing has been written.</source>
            <translation>{0} geladen: {1} Änderung(en) ausstehend. Prüfen Sie sie und drücken Sie dann Anwenden; es wurde noch nichts geschrieben.</translation>
        </message>
        <message>
            <source>Main relay</source>
            <translation>Hauptrelais</translation>
        </message>
        <message>
            <source>Nominal cell voltage, from the battery's cell chemistry</source>
            <translation>Nennspannung der Zelle, aus der Zellchemie des Akkus</translation>
        </message>
        <message>
            <source>Nominal voltage as you typed it.</source>
            <translation>Nennspannung wie von Ihnen eingegeben.</translation>
        </message>
        <message>
            <source>Not connected: no settings have been read yet. Connect to a battery to read and change them; you can still load a file to review it.</source>
            <translation>Nicht verbunden: es wurden noch keine Einstellungen gelesen. Verbinden Sie sich mit einem Akku, um sie zu lesen und zu ändern; eine Datei laden und prüfen können Sie trotzdem.</translation>
        </message>
        <message>
            <source>Not connected: the values shown are the last ones read. Connect to change settings; you can still load a file to review it.</source>
            <translation>Nicht verbunden: die angezeigten Werte sind die zuletzt gelesenen. Verbinden Sie sich, um Einstellungen zu ändern; eine Datei laden und prüfen geht trotzdem.</translation>
        </message>
        <message>
            <source>Not for this BMS generation, skipped: {0}</source>
            <translation>Nicht für diese BMS-Generation, übersprungen: {0}</translation>
        </message>
        <message>
            <source>Not forced (BMS decides)</source>
            <translation>Nicht erzwungen (BMS entscheidet)</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>Nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>Not written on this link: {0}, because {1}.</source>
            <translation>Über diese Verbindung nicht geschrieben: {0}, weil {1}.</translation>
        </message>
        <message>
            <source>Not written.</source>
            <translation>Nicht geschrieben.</translation>
        </message>
        <message>
            <source>Not written: the battery did not accept the PIN for this (NA), so nothing was sent. Connect again with the right PIN.</source>
            <translation>Nicht geschrieben: der Akku hat die PIN dafür nicht angenommen (NA), daher wurde nichts gesendet. Mit der richtigen PIN neu verbinden.</translation>
        </message>
        <message>
            <source>Not written: the battery did not understand the request to pause its live data (WRONG), so nothing was sent. This is a bug in the app; please report it.</source>
            <translation>Nicht geschrieben: der Akku hat die Anfrage, seine Live-Daten anzuhalten, nicht verstanden (WRONG), daher wurde nichts gesendet. Das ist ein Fehler in der App; bitte melden Sie ihn.</translation>
        </message>
        <message>
            <source>Not written: the battery refused to pause its live data for the change (KO), so nothing was sent. Apply again; if it refuses again, disconnect and connect again.</source>
            <translation>Nicht geschrieben: der Akku hat abgelehnt, seine Live-Daten für die Änderung anzuhalten (KO), daher wurde nichts gesendet. Erneut anwenden; lehnt er wieder ab, trennen und neu verbinden.</translation>
        </message>
        <message>
            <source>Nothing to save yet: connect to a battery first, so its settings are read</source>
            <translation>Noch nichts zu speichern: zuerst mit einem Akku verbinden, damit seine Einstellungen gelesen werden</translation>
        </message>
        <message>
            <source>Nothing to save: no settings have been read from a battery yet.</source>
            <translation>Nichts zu speichern: es wurden noch keine Einstellungen von einem Akku gelesen.</translation>
        </message>
        <message>
            <source>Number of cells in series (taken from the connected battery when it reports them)</source>
            <translation>Anzahl Zellen in Reihe (vom verbundenen Akku übernommen, wenn er sie meldet)</translation>
        </message>
        <message>
            <source>Open the Switches page: it shows where option switches 2, 6 and 7 go for each V bypass</source>
            <translation>Die Seite Schalter öffnen: sie zeigt, wie die Optionsschalter 2, 6 und 7 für jede V bypass stehen müssen</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN: the two entries differ</source>
            <translation>PIN: die beiden Eingaben unterscheiden sich</translation>
        </message>
        <message>
            <source>Pre-alarm</source>
            <translation>Voralarm</translation>
        </message>
        <message>
            <source>Problems with the typed values; errors block Apply</source>
            <translation>Probleme mit den eingegebenen Werten; Fehler verhindern Anwenden</translation>
        </message>
        <message>
            <source>Put this value into Battery capacity (still pending until Apply)</source>
            <translation>Diesen Wert in Akkukapazität eintragen (ausstehend bis Anwenden)</translation>
        </message>
        <message>
            <source>Range: {0}</source>
            <translation>Bereich: {0}</translation>
        </message>
        <message>
            <source>Rated capacity of one cell (or one parallel group), in Ah: printed on the cell</source>
            <translation>Nennkapazität einer Zelle (oder einer Parallelgruppe), in Ah: steht auf der Zelle</translation>
        </message>
        <message>
            <source>Relay 1</source>
            <translation>Relais 1</translation>
        </message>
        <message>
            <source>Relay 1 forced</source>
            <translation>Relais 1 erzwungen</translation>
        </message>
        <message>
            <source>Relay 1 function</source>
            <translation>Funktion Relais 1</translation>
        </message>
        <message>
            <source>Relay 1 inverted</source>
            <translation>Relais 1 invertiert</translation>
        </message>
        <message>
            <source>Relay 2</source>
            <translation>Relais 2</translation>
        </message>
        <message>
            <source>Relay 2 forced</source>
            <translation>Relais 2 erzwungen</translation>
        </message>
        <message>
            <source>Relay 2 function</source>
            <translation>Funktion Relais 2</translation>
        </message>
        <message>
            <source>Relay 2 inverted</source>
            <translation>Relais 2 invertiert</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <source>Save the BMS's settings to a JSON file (the PIN is never saved)</source>
            <translation>Die Einstellungen des BMS in einer JSON-Datei speichern (die PIN wird nie gespeichert)</translation>
        </message>
        <message>
            <source>Save to file…</source>
            <translation>In Datei speichern…</translation>
        </message>
        <message>
            <source>Saved {0} settings to {1}</source>
            <translation>{0} Einstellungen in {1} gespeichert</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>Serial cable: a read-only link (live values and the settings its data frame carries). Connect over Bluetooth to change settings.</source>
            <translation>Serielles Kabel: eine nur lesende Verbindung (Live-Werte und die Einstellungen, die sein Datenrahmen enthält). Über Bluetooth verbinden, um Einstellungen zu ändern.</translation>
        </message>
        <message>
            <source>Set the number of cells (connect to read it from the battery).</source>
            <translation>Stellen Sie die Zahl der Zellen ein (verbinden Sie, um sie vom Akku zu lesen).</translation>
        </message>
        <message>
            <source>Settings files (*.json)</source>
            <translation>Einstellungsdateien (*.json)</translation>
        </message>
        <message>
            <source>Settings in the serial data frame</source>
            <translation>Einstellungen im seriellen Datenrahmen</translation>
        </message>
        <message>
            <source>Settings: {0}</source>
            <translation>Einstellungen: {0}</translation>
        </message>
        <message>
            <source>Shown only: the app cannot write it over any link.</source>
            <translation>Nur angezeigt: die App kann sie über keine Verbindung schreiben.</translation>
        </message>
        <message>
            <source>SoC voltage correction</source>
            <translation>SoC-Spannungskorrektur</translation>
        </message>
        <message>
            <source>Solar peak power</source>
            <translation>Spitzenleistung Solar</translation>
        </message>
        <message>
            <source>Source: the serial data frame of the End/OUT board's USB output; it carries only these settings. The BMS takes no commands over the serial cable, so nothing can be changed here.</source>
            <translation>Quelle: der serielle Datenrahmen des USB-Ausgangs der End/OUT-Platine; er enthält nur diese Einstellungen. Das BMS nimmt über das serielle Kabel keine Befehle an, daher kann hier nichts geändert werden.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>T max</source>
            <translation>T max</translation>
        </message>
        <message>
            <source>T min (charge)</source>
            <translation>T min (Laden)</translation>
        </message>
        <message>
            <source>T min (discharge)</source>
            <translation>T min (Entladen)</translation>
        </message>
        <message>
            <source>Tail current</source>
            <translation>Schweifstrom</translation>
        </message>
        <message>
            <source>Temperatures</source>
            <translation>Temperaturen</translation>
        </message>
        <message>
            <source>The BMS holds code {0}, which this app does not know. Choose a listed value and Apply to replace it.</source>
            <translation>Das BMS enthält den Code {0}, den diese App nicht kennt. Wählen Sie einen aufgeführten Wert und drücken Sie Anwenden, um ihn zu ersetzen.</translation>
        </message>
        <message>
            <source>The BMS holds {0}, which is neither on (1) nor off (0). Choose on or off and Apply to replace it.</source>
            <translation>Das BMS enthält {0}, was weder an (1) noch aus (0) ist. Wählen Sie an oder aus und drücken Sie Anwenden, um es zu ersetzen.</translation>
        </message>
        <message>
            <source>The changes Apply will write: old value → new value</source>
            <translation>Die Änderungen, die Anwenden schreibt: alter Wert → neuer Wert</translation>
        </message>
        <message>
            <source>The file was saved with V bypass {0}; this BMS has {1}. V bypass is set with option switches 2, 6 and 7.</source>
            <translation>Die Datei wurde mit V bypass {0} gespeichert; dieses BMS hat {1}. V bypass wird mit den Optionsschaltern 2, 6 und 7 eingestellt.</translation>
        </message>
        <message>
            <source>The serial cable cannot write settings: connect over Bluetooth to load a file</source>
            <translation>Das serielle Kabel kann keine Einstellungen schreiben: über Bluetooth verbinden, um eine Datei zu laden</translation>
        </message>
        <message>
            <source>The serial link is read-only.</source>
            <translation>Die serielle Verbindung ist nur lesend.</translation>
        </message>
        <message>
            <source>The settings the serial cable's data frame carries, read-only</source>
            <translation>Die Einstellungen, die der Datenrahmen des seriellen Kabels enthält, nur lesend</translation>
        </message>
        <message>
            <source>The write address of this setting on a real BMS is not published, so the app does not send a guessed write. Use the maker's phone app for it. (It works on the simulator.)</source>
            <translation>Die Schreibadresse dieser Einstellung auf einem echten BMS ist nicht veröffentlicht, deshalb sendet die App keinen geratenen Schreibbefehl. Verwenden Sie dafür die Handy-App des Herstellers. (Im Simulator funktioniert es.)</translation>
        </message>
        <message>
            <source>The write failed: {0}</source>
            <translation>Das Schreiben ist fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>Type the Ah of one cell.</source>
            <translation>Geben Sie die Ah einer Zelle ein.</translation>
        </message>
        <message>
            <source>Type the new PIN again, so a typing error cannot lock you out</source>
            <translation>Die neue PIN noch einmal eingeben, damit ein Tippfehler Sie nicht aussperrt</translation>
        </message>
        <message>
            <source>Use measured capacity</source>
            <translation>Gemessene Kapazität verwenden</translation>
        </message>
        <message>
            <source>V bypass</source>
            <translation>V bypass</translation>
        </message>
        <message>
            <source>V low</source>
            <translation>V niedrig</translation>
        </message>
        <message>
            <source>V max</source>
            <translation>V max</translation>
        </message>
        <message>
            <source>V max hysteresis</source>
            <translation>Hysterese V max</translation>
        </message>
        <message>
            <source>V min</source>
            <translation>V min</translation>
        </message>
        <message>
            <source>V min hysteresis</source>
            <translation>Hysterese V min</translation>
        </message>
        <message>
            <source>V nominal</source>
            <translation>V nominal</translation>
        </message>
        <message>
            <source>What can be changed over this link</source>
            <translation>Was über diese Verbindung geändert werden kann</translation>
        </message>
        <message>
            <source>What the last Apply did, setting by setting (written and read back)</source>
            <translation>Was das letzte Anwenden bewirkt hat, Einstellung für Einstellung (geschrieben und zurückgelesen)</translation>
        </message>
        <message>
            <source>What the setting you are editing does</source>
            <translation>Was die Einstellung bewirkt, die Sie bearbeiten</translation>
        </message>
        <message>
            <source>With this capacity the SoC would read about {0} instead of {1} until the pack is next full, when the BMS sets it to 100 % again.</source>
            <translation>Mit dieser Kapazität zeigte der SoC etwa {0} statt {1}, bis der Akku wieder voll ist; dann setzt das BMS ihn wieder auf 100 %.</translation>
        </message>
        <message>
            <source>Write the pending changes to the BMS, read them back and show the result per setting</source>
            <translation>Die ausstehenden Änderungen ins BMS schreiben, zurücklesen und das Ergebnis pro Einstellung zeigen</translation>
        </message>
        <message>
            <source>Writing {0} setting(s)…</source>
            <translation>{0} Einstellung(en) werden geschrieben…</translation>
        </message>
        <message>
            <source>Your BMS does not report this setting (older firmware), so the app does not change it.</source>
            <translation>Ihr BMS meldet diese Einstellung nicht (ältere Firmware), daher ändert die App sie nicht.</translation>
        </message>
        <message>
            <source>at Apply</source>
            <translation>bei Anwenden</translation>
        </message>
        <message>
            <source>do it</source>
            <translation>zu tun</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>new PIN</source>
            <translation>neue PIN</translation>
        </message>
        <message>
            <source>not received yet (the frame sends it about every 20 s)</source>
            <translation>noch nicht empfangen (der Rahmen sendet ihn etwa alle 20 s)</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>nicht gemeldet</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>wiederholen</translation>
        </message>
        <message>
            <source>stored as {0}, the nearest step the BMS can hold</source>
            <translation>gespeichert als {0}, die nächste Stufe, die das BMS speichern kann</translation>
        </message>
        <message>
            <source>the serial cable is a read-only link</source>
            <translation>das serielle Kabel ist eine nur lesende Verbindung</translation>
        </message>
        <message>
            <source>their write address on a real BMS is not published (the maker's phone app can change them)</source>
            <translation>ihre Schreibadresse auf einem echten BMS ist nicht veröffentlicht (die Handy-App des Herstellers kann sie ändern)</translation>
        </message>
        <message>
            <source>they can only be shown</source>
            <translation>sie können nur angezeigt werden</translation>
        </message>
        <message>
            <source>this BMS does not report them (older firmware), so a write could not be checked</source>
            <translation>dieses BMS meldet sie nicht (ältere Firmware), daher könnte ein Schreiben nicht geprüft werden</translation>
        </message>
        <message>
            <source>type Ah</source>
            <translation>Ah eingeben</translation>
        </message>
        <message>
            <source>unknown ({0})</source>
            <translation>unbekannt ({0})</translation>
        </message>
        <message>
            <source>will be stored as {0}, the nearest step the BMS can hold</source>
            <translation>wird als {0} gespeichert, die nächste Stufe, die das BMS speichern kann</translation>
        </message>
        <message>
            <source>written (the BMS does not report it, so it could not be read back)</source>
            <translation>geschrieben (das BMS meldet diesen Wert nicht, daher konnte er nicht zurückgelesen werden)</translation>
        </message>
        <message>
            <source>written and read back: {0}</source>
            <translation>geschrieben und zurückgelesen: {0}</translation>
        </message>
        <message>
            <source>written; {0}</source>
            <translation>geschrieben; {0}</translation>
        </message>
        <message>
            <source>{0} per cell: the battery's cell chemistry is {1}.</source>
            <translation>{0} pro Zelle: die Zellchemie des Akkus ist {1}.</translation>
        </message>
        <message>
            <source>{0}: '{1}' is not a number</source>
            <translation>{0}: '{1}' ist keine Zahl</translation>
        </message>
        <message>
            <source>{0}: type a value</source>
            <translation>{0}: einen Wert eingeben</translation>
        </message>
        <message>
            <source>{0}: {1} → {2}</source>
            <translation>{0}: {1} → {2}</translation>
        </message>
    </context>
    <context>
        <name>SimulatorPanel</name>
        <message>
            <source>Answers to commands arrive late.</source>
            <translation>Antworten auf Befehle kommen verspätet.</translation>
        </message>
        <message>
            <source>Answers to settings writes come late; the value is stored at once.</source>
            <translation>Antworten auf das Schreiben von Einstellungen kommen verspätet; der Wert wird sofort gespeichert.</translation>
        </message>
        <message>
            <source>Bluetooth button:</source>
            <translation>Bluetooth-Taste:</translation>
        </message>
        <message>
            <source>Cell link broken</source>
            <translation>Zellverbindung unterbrochen</translation>
        </message>
        <message>
            <source>Cell over voltage</source>
            <translation>Zelle Überspannung</translation>
        </message>
        <message>
            <source>Cell under voltage</source>
            <translation>Zelle Unterspannung</translation>
        </message>
        <message>
            <source>Clear all faults</source>
            <translation>Alle Störungen löschen</translation>
        </message>
        <message>
            <source>Commands are echoed but never answered.</source>
            <translation>Befehle werden zurückgesendet, aber nie beantwortet.</translation>
        </message>
        <message>
            <source>Day profile</source>
            <translation>Tagesprofil</translation>
        </message>
        <message>
            <source>Device reboot</source>
            <translation>Geräteneustart</translation>
        </message>
        <message>
            <source>Does what holding the OUT board's Bluetooth button for 5 s does on a real BMS: the PIN goes back to 1234 (the simulated battery keeps a changed PIN while the app runs).</source>
            <translation>Wirkt wie das 5 s lange Drücken der Bluetooth-Taste der OUT-Platine an einem echten BMS: die PIN geht zurück auf 1234 (der simulierte Akku behält eine geänderte PIN, solange die App läuft).</translation>
        </message>
        <message>
            <source>Every command is answered with WRONG (malformed).</source>
            <translation>Jeder Befehl wird mit WRONG (fehlerhaft) beantwortet.</translation>
        </message>
        <message>
            <source>Every command is refused with KO.</source>
            <translation>Jeder Befehl wird mit KO abgelehnt.</translation>
        </message>
        <message>
            <source>Every command is refused with NA (not authorised).</source>
            <translation>Jeder Befehl wird mit NA (nicht berechtigt) abgelehnt.</translation>
        </message>
        <message>
            <source>Faults</source>
            <translation>Störungen</translation>
        </message>
        <message>
            <source>Garbled bytes</source>
            <translation>Verfälschte Bytes</translation>
        </message>
        <message>
            <source>IN board option switches (simulated)</source>
            <translation>Optionsschalter der IN-Platine (simuliert)</translation>
        </message>
        <message>
            <source>Last byte of a write refused</source>
            <translation>Letztes Byte eines Schreibvorgangs abgelehnt</translation>
        </message>
        <message>
            <source>Link drop</source>
            <translation>Verbindungsabbruch</translation>
        </message>
        <message>
            <source>Load:</source>
            <translation>Last:</translation>
        </message>
        <message>
            <source>Missing replies</source>
            <translation>Fehlende Antworten</translation>
        </message>
        <message>
            <source>One cell reads above T max: the Th light comes on and both relays open.</source>
            <translation>Eine Zelle misst über T max: die Leuchte Th geht an und beide Relais öffnen.</translation>
        </message>
        <message>
            <source>One cell reads above V max: the Vh light comes on and the charge relay opens.</source>
            <translation>Eine Zelle misst über V max: die Leuchte Vh geht an und das Laderelais öffnet.</translation>
        </message>
        <message>
            <source>One cell reads below T min: the Tl light comes on and both relays open.</source>
            <translation>Eine Zelle misst unter T min: die Leuchte Tl geht an und beide Relais öffnen.</translation>
        </message>
        <message>
            <source>One cell reads below V min: the Vl light comes on and the load relay opens.</source>
            <translation>Eine Zelle misst unter V min: die Leuchte Vl geht an und das Lastrelais öffnet.</translation>
        </message>
        <message>
            <source>Option switches of the simulated IN board</source>
            <translation>Optionsschalter der simulierten IN-Platine</translation>
        </message>
        <message>
            <source>PIN back to 1234</source>
            <translation>PIN auf 1234</translation>
        </message>
        <message>
            <source>PIN is 1234 again</source>
            <translation>PIN ist wieder 1234</translation>
        </message>
        <message>
            <source>Pack:</source>
            <translation>Pack:</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Power the consumers draw: the simulated day's pattern, or a fixed value (0 = no load; with sun 0 too, no current flows, as the auto zero needs).</source>
            <translation>Leistung, die die Verbraucher ziehen: das Muster des simulierten Tages oder ein fester Wert (0 = keine Last; mit Sonne ebenfalls 0 fließt kein Strom, wie der Nullabgleich es verlangt).</translation>
        </message>
        <message>
            <source>Remove every active fault.</source>
            <translation>Alle aktiven Störungen entfernen.</translation>
        </message>
        <message>
            <source>Replies malformed (WRONG)</source>
            <translation>Antworten fehlerhaft (WRONG)</translation>
        </message>
        <message>
            <source>Replies not authorised (NA)</source>
            <translation>Antworten nicht berechtigt (NA)</translation>
        </message>
        <message>
            <source>Replies refused (KO)</source>
            <translation>Antworten abgelehnt (KO)</translation>
        </message>
        <message>
            <source>Simulated seconds per real second (applies when the simulator runs inside the app).</source>
            <translation>Simulierte Sekunden pro echter Sekunde (gilt, wenn der Simulator in der App läuft).</translation>
        </message>
        <message>
            <source>Simulated seconds per real second: ×60 passes a day in 24 minutes.</source>
            <translation>Simulierte Sekunden pro echter Sekunde: ×60 lässt einen Tag in 24 Minuten vergehen.</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>Simulation</translation>
        </message>
        <message>
            <source>Slow replies</source>
            <translation>Langsame Antworten</translation>
        </message>
        <message>
            <source>Slow write answers</source>
            <translation>Langsame Schreibantworten</translation>
        </message>
        <message>
            <source>SoC %1 %</source>
            <translation>SoC %1 %</translation>
        </message>
        <message>
            <source>Solar power offered to the pack: the simulated day's sun, or a fixed value (0 = night).</source>
            <translation>Solarleistung, die dem Akku angeboten wird: die Sonne des simulierten Tages oder ein fester Wert (0 = Nacht).</translation>
        </message>
        <message>
            <source>Some bytes the BMS sends arrive damaged.</source>
            <translation>Einige Bytes, die das BMS sendet, kommen beschädigt an.</translation>
        </message>
        <message>
            <source>Some messages the BMS sends are cut short.</source>
            <translation>Einige Nachrichten, die das BMS sendet, werden abgeschnitten.</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Geschwindigkeit:</translation>
        </message>
        <message>
            <source>Stored hidden settings: %1 A sensor, %2 cells. The pack reports %3 cells.
In normal use: %4</source>
            <translation>Gespeicherte versteckte Einstellungen: %1-A-Sensor, %2 Zellen. Der Akku meldet %3 Zellen.
Im Normalbetrieb: %4</translation>
        </message>
        <message>
            <source>Stream start/stop not answered</source>
            <translation>Start/Stopp des Datenstroms unbeantwortet</translation>
        </message>
        <message>
            <source>Sun:</source>
            <translation>Sonne:</translation>
        </message>
        <message>
            <source>Temperature high</source>
            <translation>Temperatur hoch</translation>
        </message>
        <message>
            <source>Temperature low</source>
            <translation>Temperatur niedrig</translation>
        </message>
        <message>
            <source>The BMS restarts: the data stops, the login is lost and it is silent for a moment.</source>
            <translation>Das BMS startet neu: die Daten stoppen, die Anmeldung geht verloren und es ist einen Moment still.</translation>
        </message>
        <message>
            <source>The commands that pause and restart the live data are obeyed but never answered.</source>
            <translation>Die Befehle, die die Live-Daten anhalten und neu starten, werden ausgeführt, aber nie beantwortet.</translation>
        </message>
        <message>
            <source>The data chain between the cell boards breaks: the E light comes on, both relays open and the cells after the break stop reporting.</source>
            <translation>Die Datenkette zwischen den Zellplatinen bricht: die Leuchte E geht an, beide Relais öffnen und die Zellen nach der Unterbrechung melden sich nicht mehr.</translation>
        </message>
        <message>
            <source>The last byte of every two-byte setting is refused; the first byte was stored already, so the battery holds a mixed value.</source>
            <translation>Das letzte Byte jeder Zwei-Byte-Einstellung wird abgelehnt; das erste Byte war schon gespeichert, daher enthält der Akku einen gemischten Wert.</translation>
        </message>
        <message>
            <source>The link to the app goes silent in both directions.</source>
            <translation>Die Verbindung zur App verstummt in beide Richtungen.</translation>
        </message>
        <message>
            <source>The next byte written is echoed but never answered (and by default not stored): a settings write stops half way.</source>
            <translation>Das nächste geschriebene Byte wird zurückgesendet, aber nie beantwortet (und standardmäßig nicht gespeichert): das Schreiben einer Einstellung bricht auf halbem Weg ab.</translation>
        </message>
        <message>
            <source>The simulated IN board's option switches: flip them as the wizard or the Switches page says. Switch 8 ON then OFF stores switches 1-7 as the hidden settings.</source>
            <translation>Die Optionsschalter der simulierten IN-Platine: stellen Sie sie, wie der Assistent oder die Seite Schalter es angibt. Schalter 8 EIN und dann AUS speichert die Schalter 1-7 als versteckte Einstellungen.</translation>
        </message>
        <message>
            <source>Trigger: %1</source>
            <translation>Auslösen: %1</translation>
        </message>
        <message>
            <source>Truncated messages</source>
            <translation>Abgeschnittene Nachrichten</translation>
        </message>
        <message>
            <source>Write not answered</source>
            <translation>Schreiben unbeantwortet</translation>
        </message>
        <message>
            <source>affects the link, not the cells</source>
            <translation>betrifft die Verbindung, nicht die Zellen</translation>
        </message>
        <message>
            <source>current %1 A</source>
            <translation>Strom %1 A</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
    </context>
    <context>
        <name>SiteOverlay</name>
        <message>
            <source>Current</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Folgen</translation>
        </message>
        <message>
            <source>Highest cell</source>
            <translation>Höchste Zelle</translation>
        </message>
        <message>
            <source>Keep the newest data in view. Panning or zooming with the mouse pauses following; tick again to catch up.</source>
            <translation>Die neuesten Daten im Blick behalten. Verschieben oder Zoomen mit der Maus hält das Folgen an; erneut ankreuzen, um aufzuholen.</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <source>Lowest cell</source>
            <translation>Niedrigste Zelle</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Packspannung</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Leistung</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Größe:</translation>
        </message>
        <message>
            <source>State of charge</source>
            <translation>Ladezustand</translation>
        </message>
        <message>
            <source>The line of pack {name}</source>
            <translation>Die Linie von Pack {name}</translation>
        </message>
        <message>
            <source>The quantity every pack shows in the plot</source>
            <translation>Die Größe, die jedes Pack im Diagramm zeigt</translation>
        </message>
    </context>
    <context>
        <name>SitePackCard</name>
        <message>
            <source>Battery current: + charging, − discharging</source>
            <translation>Akkustrom: + Laden, − Entladen</translation>
        </message>
        <message>
            <source>Bluetooth {0}</source>
            <translation>Bluetooth {0}</translation>
        </message>
        <message>
            <source>Charge:</source>
            <translation>Laden:</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Connect to this pack, or disconnect from it; the other packs are not touched</source>
            <translation>Mit diesem Pack verbinden oder die Verbindung trennen; die anderen Packs bleiben unberührt</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Trennen</translation>
        </message>
        <message>
            <source>Energy stored in the pack</source>
            <translation>Im Pack gespeicherte Energie</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Failed: {0}</source>
            <translation>Fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>Highest cell</source>
            <translation>Höchste Zelle</translation>
        </message>
        <message>
            <source>Into the pack when positive</source>
            <translation>In das Pack hinein, wenn positiv</translation>
        </message>
        <message>
            <source>Keep this PIN in the system's keyring, so the site reconnects this pack at the next start</source>
            <translation>Diese PIN im Schlüsselbund des Systems aufbewahren, damit die Anlage dieses Pack beim nächsten Start wieder verbindet</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Live, {0} ago</source>
            <translation>Live, vor {0}</translation>
        </message>
        <message>
            <source>Load:</source>
            <translation>Last:</translation>
        </message>
        <message>
            <source>Lowest cell</source>
            <translation>Niedrigste Zelle</translation>
        </message>
        <message>
            <source>Move earlier</source>
            <translation>Nach vorn</translation>
        </message>
        <message>
            <source>Move later</source>
            <translation>Nach hinten</translation>
        </message>
        <message>
            <source>No data for {0}</source>
            <translation>Keine Daten seit {0}</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Pack menu</source>
            <translation>Pack-Menü</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Packspannung</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Leistung</translation>
        </message>
        <message>
            <source>Reconnecting</source>
            <translation>Neu verbinden</translation>
        </message>
        <message>
            <source>Reconnecting in {0:.0f} s</source>
            <translation>Neu verbinden in {0:.0f} s</translation>
        </message>
        <message>
            <source>Reconnecting now</source>
            <translation>Neue Verbindung wird aufgebaut</translation>
        </message>
        <message>
            <source>Reconnecting now (try {0})</source>
            <translation>Neue Verbindung wird aufgebaut (Versuch {0})</translation>
        </message>
        <message>
            <source>Remember</source>
            <translation>Merken</translation>
        </message>
        <message>
            <source>Remove from the site</source>
            <translation>Aus der Anlage entfernen</translation>
        </message>
        <message>
            <source>Rename, move or remove this pack</source>
            <translation>Dieses Pack umbenennen, verschieben oder entfernen</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Show on the other pages</source>
            <translation>Auf den anderen Seiten zeigen</translation>
        </message>
        <message>
            <source>Simulator ({0} cells)</source>
            <translation>Simulator ({0} Zellen)</translation>
        </message>
        <message>
            <source>State of charge</source>
            <translation>Ladezustand</translation>
        </message>
        <message>
            <source>State of charge as this pack's BMS counts it</source>
            <translation>Ladezustand, wie das BMS dieses Packs ihn zählt</translation>
        </message>
        <message>
            <source>Stored</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>The PIN has four digits.</source>
            <translation>Die PIN hat vier Ziffern.</translation>
        </message>
        <message>
            <source>The highest cell voltage and its cell number</source>
            <translation>Die höchste Zellspannung und die Nummer der Zelle</translation>
        </message>
        <message>
            <source>The lowest cell voltage and its cell number</source>
            <translation>Die niedrigste Zellspannung und die Nummer der Zelle</translation>
        </message>
        <message>
            <source>This pack's four-digit PIN; it is not stored unless you tick Remember</source>
            <translation>Die vierstellige PIN dieses Packs; sie wird nur gespeichert, wenn Sie Merken wählen</translation>
        </message>
        <message>
            <source>Type the PIN to connect</source>
            <translation>PIN eingeben, um zu verbinden</translation>
        </message>
        <message>
            <source>USB serial {0}</source>
            <translation>Seriell über USB {0}</translation>
        </message>
        <message>
            <source>Voltage</source>
            <translation>Spannung</translation>
        </message>
    </context>
    <context>
        <name>SitePage</name>
        <message>
            <source>&amp;Add pack…</source>
            <translation>Pack &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Add a pack: a Bluetooth module, a USB serial cable or a simulator</source>
            <translation>Ein Pack hinzufügen: ein Bluetooth-Modul, ein serielles USB-Kabel oder einen Simulator</translation>
        </message>
        <message>
            <source>Connect all</source>
            <translation>Alle verbinden</translation>
        </message>
        <message>
            <source>Connect every pack that needs no PIN typed in</source>
            <translation>Jedes Pack verbinden, für das keine PIN eingegeben werden muss</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Disconnect all</source>
            <translation>Alle trennen</translation>
        </message>
        <message>
            <source>Give the site a name</source>
            <translation>Der Anlage einen Namen geben</translation>
        </message>
        <message>
            <source>Into the site when positive</source>
            <translation>In die Anlage hinein, wenn positiv</translation>
        </message>
        <message>
            <source>Left out of the totals: {0}.</source>
            <translation>In den Summen nicht enthalten: {0}.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>No packs yet. Add the packs of this site with "Add pack…", or try a simulated site.</source>
            <translation>Noch keine Packs. Fügen Sie die Packs dieser Anlage mit "Pack hinzufügen…" hinzu, oder probieren Sie eine simulierte Anlage.</translation>
        </message>
        <message>
            <source>One quantity of every pack in one plot</source>
            <translation>Eine Größe jedes Packs in einem Diagramm</translation>
        </message>
        <message>
            <source>Other pages show:</source>
            <translation>Andere Seiten zeigen:</translation>
        </message>
        <message>
            <source>Overlay</source>
            <translation>Überlagert</translation>
        </message>
        <message>
            <source>Packs</source>
            <translation>Packs</translation>
        </message>
        <message>
            <source>Packs online</source>
            <translation>Packs online</translation>
        </message>
        <message>
            <source>Packs with a live link and fresh values</source>
            <translation>Packs mit aktiver Verbindung und frischen Werten</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Leistung</translation>
        </message>
        <message>
            <source>Remove the pack</source>
            <translation>Das Pack entfernen</translation>
        </message>
        <message>
            <source>Remove {0} from the site? Its link is closed; its recordings stay.</source>
            <translation>{0} aus der Anlage entfernen? Die Verbindung wird geschlossen; die Aufzeichnungen bleiben.</translation>
        </message>
        <message>
            <source>Rename the pack</source>
            <translation>Das Pack umbenennen</translation>
        </message>
        <message>
            <source>Rename the site</source>
            <translation>Die Anlage umbenennen</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Replace the site with N simulated packs that differ a little</source>
            <translation>Die Anlage durch N simulierte Packs ersetzen, die sich etwas unterscheiden</translation>
        </message>
        <message>
            <source>Settings compared</source>
            <translation>Einstellungen verglichen</translation>
        </message>
        <message>
            <source>Simulated packs (they replace the packs of this site):</source>
            <translation>Simulierte Packs (sie ersetzen die Packs dieser Anlage):</translation>
        </message>
        <message>
            <source>Simulated site</source>
            <translation>Simulierte Anlage</translation>
        </message>
        <message>
            <source>Simulated site…</source>
            <translation>Simulierte Anlage…</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Anlage</translation>
        </message>
        <message>
            <source>Site SoC</source>
            <translation>SoC der Anlage</translation>
        </message>
        <message>
            <source>Site SoC is the plain mean: the capacity of {0} is not known.</source>
            <translation>Der SoC der Anlage ist der einfache Mittelwert: die Kapazität von {0} ist nicht bekannt.</translation>
        </message>
        <message>
            <source>SoC</source>
            <translation>SoC</translation>
        </message>
        <message>
            <source>Start the app normally to show a pack on the other pages.</source>
            <translation>Starten Sie die App normal, um ein Pack auf den anderen Seiten zu zeigen.</translation>
        </message>
        <message>
            <source>Stored energy</source>
            <translation>Gespeicherte Energie</translation>
        </message>
        <message>
            <source>The energy stored in the online packs</source>
            <translation>Die in den Packs online gespeicherte Energie</translation>
        </message>
        <message>
            <source>The packs agree: no divergence over the limits.</source>
            <translation>Die Packs stimmen überein: keine Abweichung über den Grenzen.</translation>
        </message>
        <message>
            <source>The packs' SoC weighted by their capacity</source>
            <translation>Der SoC der Packs, gewichtet nach ihrer Kapazität</translation>
        </message>
        <message>
            <source>The pages show this window's connection.</source>
            <translation>Die Seiten zeigen die Verbindung dieses Fensters.</translation>
        </message>
        <message>
            <source>The pages show {0} of the site.</source>
            <translation>Die Seiten zeigen {0} der Anlage.</translation>
        </message>
        <message>
            <source>The remembered site could not be read: {0}</source>
            <translation>Die gemerkte Anlage konnte nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <source>The settings of all packs side by side; copy one pack's settings to the others</source>
            <translation>Die Einstellungen aller Packs nebeneinander; die Einstellungen eines Packs auf die anderen kopieren</translation>
        </message>
        <message>
            <source>The sum of the packs' battery currents</source>
            <translation>Die Summe der Akkuströme der Packs</translation>
        </message>
        <message>
            <source>This window's connection</source>
            <translation>Verbindung dieses Fensters</translation>
        </message>
        <message>
            <source>Warn when the packs differ by more than:</source>
            <translation>Warnen, wenn die Packs mehr abweichen als:</translation>
        </message>
        <message>
            <source>Warn when two packs' SoC are further apart than this</source>
            <translation>Warnen, wenn der SoC zweier Packs weiter auseinander liegt als dies</translation>
        </message>
        <message>
            <source>Warn when two packs' voltages are further apart than this</source>
            <translation>Warnen, wenn die Spannungen zweier Packs weiter auseinander liegen als dies</translation>
        </message>
        <message>
            <source>Warnings about the packs</source>
            <translation>Warnungen zu den Packs</translation>
        </message>
        <message>
            <source>Which battery Overview, Battery details, Settings, Plots and the other pages show: the window's own connection or one pack of the site</source>
            <translation>Welchen Akku Übersicht, Akkudetails, Einstellungen, Diagramme und die anderen Seiten zeigen: die eigene Verbindung des Fensters oder ein Pack der Anlage</translation>
        </message>
        <message>
            <source>voltage</source>
            <translation>Spannung</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} von {1}</translation>
        </message>
    </context>
    <context>
        <name>SiteSettingsView</name>
        <message>
            <source>All packs hold the same settings.</source>
            <translation>Alle Packs haben dieselben Einstellungen.</translation>
        </message>
        <message>
            <source>Copy from:</source>
            <translation>Kopieren von:</translation>
        </message>
        <message>
            <source>Copy settings</source>
            <translation>Einstellungen kopieren</translation>
        </message>
        <message>
            <source>Copy to the other packs…</source>
            <translation>Auf die anderen Packs kopieren…</translation>
        </message>
        <message>
            <source>Differs from {0}</source>
            <translation>Weicht von {0} ab</translation>
        </message>
        <message>
            <source>No settings yet: they are read when a pack connects over Bluetooth.</source>
            <translation>Noch keine Einstellungen: sie werden gelesen, wenn ein Pack sich über Bluetooth verbindet.</translation>
        </message>
        <message>
            <source>Nothing to copy: the other packs already hold these values.</source>
            <translation>Nichts zu kopieren: die anderen Packs haben diese Werte schon.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>The pack whose settings the others should get</source>
            <translation>Das Pack, dessen Einstellungen die anderen erhalten sollen</translation>
        </message>
        <message>
            <source>The packs differ here</source>
            <translation>Hier unterscheiden sich die Packs</translation>
        </message>
        <message>
            <source>The settings each pack's BMS reported when it connected. A marked row differs between packs; a bold value differs from the pack to copy from</source>
            <translation>Die Einstellungen, die das BMS jedes Packs beim Verbinden meldete. Eine markierte Zeile unterscheidet sich zwischen den Packs; ein fetter Wert weicht vom Pack ab, von dem kopiert wird</translation>
        </message>
        <message>
            <source>Write the marked settings (or the selected rows) of this pack to every other connected pack; each write is read back</source>
            <translation>Die markierten Einstellungen (oder die gewählten Zeilen) dieses Packs in jedes andere verbundene Pack schreiben; jeder Schreibvorgang wird zurückgelesen</translation>
        </message>
        <message>
            <source>Write {0} setting values of {1} to the other packs? Each pack's writes are read back and reported.</source>
            <translation>{0} Einstellungswerte von {1} in die anderen Packs schreiben? Die Schreibvorgänge jedes Packs werden zurückgelesen und gemeldet.</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Schreiben…</translation>
        </message>
        <message>
            <source>not written: not connected over a link that takes settings</source>
            <translation>nicht geschrieben: nicht über eine Verbindung verbunden, die Einstellungen annimmt</translation>
        </message>
        <message>
            <source>not written: the pack left the site</source>
            <translation>nicht geschrieben: das Pack wurde aus der Anlage entfernt</translation>
        </message>
        <message>
            <source>{0} settings differ between the packs (marked).</source>
            <translation>{0} Einstellungen unterscheiden sich zwischen den Packs (markiert).</translation>
        </message>
        <message>
            <source>{0}: failed: {1}</source>
            <translation>{0}: fehlgeschlagen: {1}</translation>
        </message>
        <message>
            <source>{0}: {1} of {2} written and read back</source>
            <translation>{0}: {1} von {2} geschrieben und zurückgelesen</translation>
        </message>
    </context>
    <context>
        <name>SocGauge</name>
        <message>
            <source>SoC</source>
            <translation>SoC</translation>
        </message>
        <message>
            <source>State of charge</source>
            <translation>Ladezustand</translation>
        </message>
        <message>
            <source>State of charge of the battery pack, as the BMS counts it</source>
            <translation>Ladezustand des Akkupacks, wie ihn das BMS zählt</translation>
        </message>
    </context>
    <context>
        <name>StaleNote</name>
        <message>
            <source>({0} old)</source>
            <translation>({0} alt)</translation>
        </message>
        <message>
            <source>No new data for {0}: the values shown are old (greyed).</source>
            <translation>Seit {0} keine neuen Daten: die angezeigten Werte sind alt (grau).</translation>
        </message>
        <message>
            <source>Shown when the values on this page are old</source>
            <translation>Wird gezeigt, wenn die Werte auf dieser Seite alt sind</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Busy</source>
            <translation>Beschäftigt</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>%1 in series → table entry %2</source>
            <translation>%1 in Reihe → Tabelleneintrag %2</translation>
        </message>
        <message>
            <source>8. Summary</source>
            <translation>8. Zusammenfassung</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Zellen</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Could not print: %1</source>
            <translation>Drucken nicht möglich: %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>%1 konnte nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Current sensor</source>
            <translation>Stromsensor</translation>
        </message>
        <message>
            <source>Current sensor zero (switch 4)</source>
            <translation>Nullpunkt des Stromsensors (Schalter 4)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Keep this for the installation records.</source>
            <translation>Für die Anlagendokumentation aufbewahren.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Print the summary</source>
            <translation>Die Zusammenfassung drucken</translation>
        </message>
        <message>
            <source>Print this summary on paper for the installation records.</source>
            <translation>Diese Zusammenfassung für die Anlagendokumentation auf Papier drucken.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Als PNG speichern…</translation>
        </message>
        <message>
            <source>Save the summary</source>
            <translation>Zusammenfassung speichern</translation>
        </message>
        <message>
            <source>Save this summary as a PDF file.</source>
            <translation>Diese Zusammenfassung als PDF-Datei speichern.</translation>
        </message>
        <message>
            <source>Save this summary as a PNG image.</source>
            <translation>Diese Zusammenfassung als PNG-Bild speichern.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>An den Drucker gesendet.</translation>
        </message>
        <message>
            <source>SmartBMS hidden settings — record</source>
            <translation>Versteckte Einstellungen SmartBMS — Protokoll</translation>
        </message>
        <message>
            <source>Switch 8</source>
            <translation>Schalter 8</translation>
        </message>
        <message>
            <source>Switches 1-7 as set for storing (switch 8 OFF):</source>
            <translation>Schalter 1-7 wie zum Speichern gestellt (Schalter 8 AUS):</translation>
        </message>
        <message>
            <source>Switches 1-7 set to</source>
            <translation>Schalter 1-7 gestellt auf</translation>
        </message>
        <message>
            <source>Switches as restored for normal use:</source>
            <translation>Schalter wie für den Normalbetrieb zurückgestellt:</translation>
        </message>
        <message>
            <source>Switches restored to</source>
            <translation>Schalter zurückgestellt auf</translation>
        </message>
        <message>
            <source>What was set, for your records.</source>
            <translation>Was eingestellt wurde, für Ihre Unterlagen.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>nicht erledigt</translation>
        </message>
        <message>
            <source>the PDF could not be written</source>
            <translation>das PDF konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>the PNG could not be written</source>
            <translation>das PNG konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>toggled ON and OFF; left OFF</source>
            <translation>EIN und AUS geschaltet; auf AUS gelassen</translation>
        </message>
    </context>
    <context>
        <name>SwitchDecoder</name>
        <message>
            <source>Click the drawing until it looks like the option switches on your IN board.</source>
            <translation>Klicken Sie auf die Zeichnung, bis sie wie die Optionsschalter auf Ihrer IN-Platine aussieht.</translation>
        </message>
        <message>
            <source>If switch 8 were toggled ON and OFF now (hidden settings)</source>
            <translation>Wenn Schalter 8 jetzt EIN und AUS geschaltet würde (versteckte Einstellungen)</translation>
        </message>
        <message>
            <source>In normal use</source>
            <translation>Im Normalbetrieb</translation>
        </message>
        <message>
            <source>Only when you program the sensor or the cell count. Normally switch 8 is never touched.</source>
            <translation>Nur wenn Sie den Sensor oder die Zellenzahl programmieren. Normalerweise wird Schalter 8 nie berührt.</translation>
        </message>
        <message>
            <source>What switch 8 would store if toggled ON and OFF with these positions.</source>
            <translation>Was Schalter 8 speichern würde, wenn er mit diesen Stellungen EIN und AUS geschaltet wird.</translation>
        </message>
        <message>
            <source>What the BMS does with these positions while it runs.</source>
            <translation>Was das BMS im Betrieb mit diesen Stellungen macht.</translation>
        </message>
        <message>
            <source>Your option switches</source>
            <translation>Ihre Optionsschalter</translation>
        </message>
    </context>
    <context>
        <name>Switches</name>
        <message>
            <source>%1 A — resolution %2 A, blind spot ±%3 A</source>
            <translation>%1 A — Auflösung %2 A, Totzone ±%3 A</translation>
        </message>
        <message>
            <source>%1 cells is in the table: the switches store exactly %1 cells.</source>
            <translation>%1 Zellen steht in der Tabelle: die Schalter speichern genau %1 Zellen.</translation>
        </message>
        <message>
            <source>%1 cells is not in the table: the switches store the next higher entry, %2 cells.</source>
            <translation>%1 Zellen steht nicht in der Tabelle: die Schalter speichern den nächsthöheren Eintrag, %2 Zellen.</translation>
        </message>
        <message>
            <source>(factory default)</source>
            <translation>(Werkseinstellung)</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Normal mode&lt;/b&gt; (switch 5 OFF, recommended): the BMS also acts on the state of charge. The &lt;i&gt;charge&lt;/i&gt; relay opens when a cell reaches V max &lt;i&gt;or when all cells reach V bypass&lt;/i&gt; (the pack is full), and closes again only when the SoC has fallen below &lt;i&gt;charge restart&lt;/i&gt;. The &lt;i&gt;load&lt;/i&gt; relay opens when a cell falls to V min and closes again only when the SoC has risen to &lt;i&gt;discharge restart&lt;/i&gt;. The SoC is set to 100 % when every cell is at V bypass.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Critical mode&lt;/b&gt; (switch 5 ON): the relays open only in critical conditions — a cell at V max (charge) or V min (load), a cell too cold or too hot, or lost cell communication — and close as soon as the condition is gone; the SoC plays no part. The SoC is set to 100 % when the pack voltage reaches V bypass × the number of cells. Use it for a combined charger/inverter with one or no enable signal (wire both relays in series).&lt;/p&gt;&lt;p&gt;In both modes a cell below T min or above T max opens both relays.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Normalmodus&lt;/b&gt; (Schalter 5 AUS, empfohlen): das BMS berücksichtigt auch den Ladezustand. Das &lt;i&gt;Laderelais&lt;/i&gt; öffnet, wenn eine Zelle V max erreicht &lt;i&gt;oder wenn alle Zellen V bypass erreichen&lt;/i&gt; (der Akku ist voll), und schließt erst wieder, wenn der SoC unter &lt;i&gt;Ladeneustart&lt;/i&gt; gefallen ist. Das &lt;i&gt;Lastrelais&lt;/i&gt; öffnet, wenn eine Zelle auf V min fällt, und schließt erst wieder, wenn der SoC auf &lt;i&gt;Entladeneustart&lt;/i&gt; gestiegen ist. Der SoC wird auf 100 % gesetzt, wenn jede Zelle auf V bypass ist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kritischer Modus&lt;/b&gt; (Schalter 5 EIN): die Relais öffnen nur in kritischen Lagen — eine Zelle auf V max (Laden) oder V min (Last), eine Zelle zu kalt oder zu warm, oder unterbrochene Zellkommunikation — und schließen, sobald die Lage vorbei ist; der SoC spielt keine Rolle. Der SoC wird auf 100 % gesetzt, wenn die Packspannung V bypass × Zellenzahl erreicht. Für einen kombinierten Lader/Wechselrichter mit einem oder keinem Freigabesignal (beide Relais in Reihe verdrahten).&lt;/p&gt;&lt;p&gt;In beiden Modi öffnet eine Zelle unter T min oder über T max beide Relais.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>OFF</source>
            <translation>AUS</translation>
        </message>
        <message>
            <source>ON</source>
            <translation>EIN</translation>
        </message>
        <message>
            <source>Switch 1 — message rate: one message every %1 s</source>
            <translation>Schalter 1 — Nachrichtenrate: eine Nachricht alle %1 s</translation>
        </message>
        <message>
            <source>Switch 3 — blind spot around 0 A: disabled</source>
            <translation>Schalter 3 — Totzone um 0 A: aus</translation>
        </message>
        <message>
            <source>Switch 3 — blind spot around 0 A: enabled (recommended)</source>
            <translation>Schalter 3 — Totzone um 0 A: ein (empfohlen)</translation>
        </message>
        <message>
            <source>Switch 4 — auto zero: ACTIVE (only while no current flows, then back OFF)</source>
            <translation>Schalter 4 — Nullabgleich: AKTIV (nur solange kein Strom fließt, dann wieder AUS)</translation>
        </message>
        <message>
            <source>Switch 4 — auto zero: inactive</source>
            <translation>Schalter 4 — Nullabgleich: inaktiv</translation>
        </message>
        <message>
            <source>Switch 5 works on IN board version %1 or later. Check the version printed on your IN board before you rely on critical mode.</source>
            <translation>Schalter 5 funktioniert ab IN-Platine Version %1. Prüfen Sie die auf Ihrer IN-Platine aufgedruckte Version, bevor Sie sich auf den kritischen Modus verlassen.</translation>
        </message>
        <message>
            <source>Switch 5 — mode: critical mode (needs IN board v%1 or later)</source>
            <translation>Schalter 5 — Modus: kritischer Modus (benötigt IN-Platine ab v%1)</translation>
        </message>
        <message>
            <source>Switch 5 — mode: normal mode (recommended)</source>
            <translation>Schalter 5 — Modus: Normalmodus (empfohlen)</translation>
        </message>
        <message>
            <source>Switch 8 — OFF, as it must be in normal use</source>
            <translation>Schalter 8 — AUS, wie im Normalbetrieb vorgeschrieben</translation>
        </message>
        <message>
            <source>Switch 8 — ON: it must never be left ON. Turning it OFF stores switches 1-7 as the hidden settings.</source>
            <translation>Schalter 8 — EIN: er darf nie auf EIN bleiben. Beim Ausschalten werden die Schalter 1-7 als versteckte Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>Switches 1-3 — current sensor: %1</source>
            <translation>Schalter 1-3 — Stromsensor: %1</translation>
        </message>
        <message>
            <source>Switches 2, 6, 7 — V bypass (balancing voltage): %1 V</source>
            <translation>Schalter 2, 6, 7 — V bypass (Balancing-Spannung): %1 V</translation>
        </message>
        <message>
            <source>Switches 4-7 — number of cells: %1</source>
            <translation>Schalter 4-7 — Zellenzahl: %1</translation>
        </message>
        <message>
            <source>The %1 A sensor works only with IN board version %2 or later. An older board cannot store it: check the version printed on your IN board first.</source>
            <translation>Der %1-A-Sensor funktioniert nur mit IN-Platine ab Version %2. Eine ältere Platine kann ihn nicht speichern: prüfen Sie zuerst die auf Ihrer IN-Platine aufgedruckte Version.</translation>
        </message>
        <message>
            <source>The manual's specification table does not list the 400 A sensor; its resolution and blind spot shown here follow the pattern of the other sensors (0.5 % and ±1 % of the rating).</source>
            <translation>Die Spezifikationstabelle des Handbuchs nennt den 400-A-Sensor nicht; Auflösung und Totzone hier folgen dem Muster der anderen Sensoren (0,5 % und ±1 % des Nennwerts).</translation>
        </message>
        <message>
            <source>needs IN board v%1 or later</source>
            <translation>benötigt IN-Platine ab v%1</translation>
        </message>
    </context>
    <context>
        <name>SwitchesPage</name>
        <message>
            <source>%1 (this BMS)</source>
            <translation>%1 (dieses BMS)</translation>
        </message>
        <message>
            <source>%1 (this BMS: %2)</source>
            <translation>%1 (dieses BMS: %2)</translation>
        </message>
        <message>
            <source>Blind spot</source>
            <translation>Totzone</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Zellen</translation>
        </message>
        <message>
            <source>Connect to the BMS to start from its switches: it reveals V bypass (switches 2, 6, 7) and the message rate (1).</source>
            <translation>Mit dem BMS verbinden, um von seinen Schaltern auszugehen: es verrät V bypass (Schalter 2, 6, 7) und die Nachrichtenrate (1).</translation>
        </message>
        <message>
            <source>Filled in from it: switches %1. Switches 3, 4 and 5 are not reported: set them as you want them.</source>
            <translation>Daraus übernommen: Schalter %1. Die Schalter 3, 4 und 5 werden nicht gemeldet: stellen Sie sie wie gewünscht ein.</translation>
        </message>
        <message>
            <source>Hidden settings (sensor, cells)</source>
            <translation>Versteckte Einstellungen (Sensor, Zellen)</translation>
        </message>
        <message>
            <source>IN board v%1+</source>
            <translation>IN-Platine v%1+</translation>
        </message>
        <message>
            <source>Not listed? Use the next higher number.</source>
            <translation>Nicht aufgeführt? Die nächsthöhere Zahl nehmen.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Open the step-by-step wizard for the hidden settings.</source>
            <translation>Den Schritt-für-Schritt-Assistenten für die versteckten Einstellungen öffnen.</translation>
        </message>
        <message>
            <source>Program sensor and cell count…</source>
            <translation>Sensor und Zellenzahl programmieren…</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Auflösung</translation>
        </message>
        <message>
            <source>Sensor</source>
            <translation>Sensor</translation>
        </message>
        <message>
            <source>Set the switches</source>
            <translation>Schalter stellen</translation>
        </message>
        <message>
            <source>Set the switches for normal use, read what a switch row means, or program the hidden settings.</source>
            <translation>Die Schalter für den Normalbetrieb stellen, nachlesen, was eine Schalterreihe bedeutet, oder die versteckten Einstellungen programmieren.</translation>
        </message>
        <message>
            <source>Switches 1-3: current sensor</source>
            <translation>Schalter 1-3: Stromsensor</translation>
        </message>
        <message>
            <source>Switches 4-7: number of cells</source>
            <translation>Schalter 4-7: Zellenzahl</translation>
        </message>
        <message>
            <source>The connected BMS balances at %1 now.</source>
            <translation>Das verbundene BMS balanciert jetzt bei %1.</translation>
        </message>
        <message>
            <source>The connected BMS reports %1 cells.</source>
            <translation>Das verbundene BMS meldet %1 Zellen.</translation>
        </message>
        <message>
            <source>The current sensor type and the number of cells are stored in the IN board as hidden factory settings. To change them you set switches 1-7 to a special pattern, toggle switch 8 ON and OFF, and put the switches back. The wizard draws every step, remembers your switch positions, and checks the result when connected.</source>
            <translation>Der Stromsensortyp und die Zellenzahl sind in der IN-Platine als versteckte Werkseinstellungen gespeichert. Um sie zu ändern, stellen Sie die Schalter 1-7 auf ein besonderes Muster, schalten Schalter 8 EIN und AUS und stellen die Schalter zurück. Der Assistent zeichnet jeden Schritt, merkt sich Ihre Schalterstellungen und prüft das Ergebnis, wenn eine Verbindung besteht.</translation>
        </message>
        <message>
            <source>The manual's hidden settings table, switches 1-3.</source>
            <translation>Die Tabelle der versteckten Einstellungen aus dem Handbuch, Schalter 1-3.</translation>
        </message>
        <message>
            <source>The manual's hidden settings table, switches 4-7. The row of the cell count the connected BMS reports is marked.</source>
            <translation>Die Tabelle der versteckten Einstellungen aus dem Handbuch, Schalter 4-7. Die Zeile der Zellenzahl, die das verbundene BMS meldet, ist markiert.</translation>
        </message>
        <message>
            <source>What do my switches mean?</source>
            <translation>Was bedeuten meine Schalter?</translation>
        </message>
        <message>
            <source>Your own choices are kept.</source>
            <translation>Ihre eigene Auswahl bleibt erhalten.</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>estimated (not in the manual)</source>
            <translation>geschätzt (nicht im Handbuch)</translation>
        </message>
    </context>
    <context>
        <name>TogglePage</name>
        <message>
            <source>4. Toggle switch 8 ON, then OFF</source>
            <translation>4. Schalter 8 EIN, dann AUS</translation>
        </message>
        <message>
            <source>First: switch 8 ON</source>
            <translation>Zuerst: Schalter 8 EIN</translation>
        </message>
        <message>
            <source>I turned switch 8 ON and back OFF; it is OFF now</source>
            <translation>Ich habe Schalter 8 EIN und wieder AUS geschaltet; er steht jetzt auf AUS</translation>
        </message>
        <message>
            <source>Switch 8 overwrites the hidden factory settings (current sensor and number of cells) with whatever switches 1-7 show at that moment. Check step 3 once more, then turn switch 8 ON and straight back OFF. Never leave switch 8 ON.</source>
            <translation>Schalter 8 überschreibt die versteckten Werkseinstellungen (Stromsensor und Zellenzahl) mit dem, was die Schalter 1-7 in diesem Moment zeigen. Schritt 3 noch einmal prüfen, dann Schalter 8 auf EIN und sofort wieder auf AUS. Schalter 8 nie auf EIN lassen.</translation>
        </message>
        <message>
            <source>Then: switch 8 OFF</source>
            <translation>Dann: Schalter 8 AUS</translation>
        </message>
        <message>
            <source>This stores switches 1-7 as the hidden settings.</source>
            <translation>Damit werden die Schalter 1-7 als versteckte Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>Tick when switch 8 is back OFF.</source>
            <translation>Ankreuzen, wenn Schalter 8 wieder auf AUS steht.</translation>
        </message>
    </context>
    <context>
        <name>ValueTile</name>
        <message>
            <source>({0} old)</source>
            <translation>({0} alt)</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>7. Check what the BMS reports</source>
            <translation>7. Prüfen, was das BMS meldet</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <source>Connect to the BMS and look at the number of cells on the Battery page: it should be %1 (or %2, the table entry).</source>
            <translation>Verbinden Sie sich mit dem BMS und sehen Sie auf der Seite Akku nach der Zellenzahl: sie sollte %1 sein (oder %2, der Tabelleneintrag).</translation>
        </message>
        <message>
            <source>Not checked: not connected.</source>
            <translation>Nicht geprüft: nicht verbunden.</translation>
        </message>
        <message>
            <source>Possible reasons:</source>
            <translation>Mögliche Ursachen:</translation>
        </message>
        <message>
            <source>Read the reported cell count again (it may take a few seconds to update).</source>
            <translation>Die gemeldete Zellenzahl erneut lesen (die Aktualisierung kann einige Sekunden dauern).</translation>
        </message>
        <message>
            <source>The BMS reports %1 cells, as chosen, but %2</source>
            <translation>Das BMS meldet %1 Zellen wie gewählt, aber %2</translation>
        </message>
        <message>
            <source>The BMS reports %1 cells, but you chose %2 (table entry %3).</source>
            <translation>Das BMS meldet %1 Zellen, aber Sie haben %2 gewählt (Tabelleneintrag %3).</translation>
        </message>
        <message>
            <source>The BMS reports %1 cells: matches your choice, and %2</source>
            <translation>Das BMS meldet %1 Zellen: passt zu Ihrer Wahl, und %2</translation>
        </message>
        <message>
            <source>The cell count the BMS reports should match your choice, and what it reports should show that switch 8 stored it.</source>
            <translation>Die vom BMS gemeldete Zellenzahl sollte zu Ihrer Wahl passen, und was es meldet, sollte zeigen, dass Schalter 8 sie gespeichert hat.</translation>
        </message>
        <message>
            <source>The sensor type set with the hidden switches is not reported by a Gen2 BMS; check that the current reads plausibly under a known load.</source>
            <translation>Der mit den versteckten Schaltern eingestellte Sensortyp wird von einem Gen2-BMS nicht gemeldet; prüfen Sie, ob der Strom bei bekannter Last plausibel ist.</translation>
        </message>
        <message>
            <source>Waiting for the BMS to report its cells…</source>
            <translation>Warten, bis das BMS seine Zellen meldet…</translation>
        </message>
        <message>
            <source>during steps 3-4 the BMS never balanced at %1, which switches 1-7 as drawn mean: they were not set as drawn, so switch 8 stored something else.</source>
            <translation>während der Schritte 3-4 hat das BMS nie bei %1 ausgeglichen, was die Schalter 1-7 wie gezeichnet bedeuten: sie standen nicht wie gezeichnet, also hat Schalter 8 etwas anderes gespeichert.</translation>
        </message>
        <message>
            <source>the BMS does not report the stored settings, so the app cannot confirm that switch 8 stored them.</source>
            <translation>das BMS meldet die gespeicherten Einstellungen nicht, daher kann die App nicht bestätigen, dass Schalter 8 sie gespeichert hat.</translation>
        </message>
        <message>
            <source>the BMS read switches 1-7 as drawn (it balanced at %1) while switch 8 was toggled.</source>
            <translation>das BMS las die Schalter 1-7 wie gezeichnet (es glich bei %1 aus), während Schalter 8 umgelegt wurde.</translation>
        </message>
        <message>
            <source>the simulated BMS still holds %1 A and %2 cells: switch 8 stored nothing new.</source>
            <translation>das simulierte BMS hält noch immer %1 A und %2 Zellen: Schalter 8 hat nichts Neues gespeichert.</translation>
        </message>
        <message>
            <source>the simulated BMS stored the sensor and the cell count.</source>
            <translation>das simulierte BMS hat den Sensor und die Zellenzahl gespeichert.</translation>
        </message>
        <message>
            <source>• Fewer cell boards answer than expected: check that every cell board's LED flashes (a broken link stops the chain).</source>
            <translation>• Weniger Zellplatinen antworten als erwartet: prüfen Sie, ob die LED jeder Zellplatine blinkt (eine unterbrochene Verbindung stoppt die Kette).</translation>
        </message>
        <message>
            <source>• Switch 8 was not turned fully ON and OFF again.</source>
            <translation>• Schalter 8 wurde nicht vollständig EIN und wieder AUS geschaltet.</translation>
        </message>
        <message>
            <source>• Switches 1-7 were not exactly as drawn when switch 8 was toggled: go back to step 3 and toggle switch 8 again.</source>
            <translation>• Die Schalter 1-7 standen beim Umlegen von Schalter 8 nicht genau wie gezeichnet: zurück zu Schritt 3 und Schalter 8 erneut umlegen.</translation>
        </message>
        <message>
            <source>• The BMS needs a few seconds to report the new count: press Check again.</source>
            <translation>• Das BMS braucht einige Sekunden, um die neue Zahl zu melden: drücken Sie Erneut prüfen.</translation>
        </message>
        <message>
            <source>• The IN board firmware is too old for the %1 A sensor (needs v%2 or later), so the setting was not taken.</source>
            <translation>• Die Firmware der IN-Platine ist zu alt für den %1-A-Sensor (benötigt v%2 oder neuer), daher wurde die Einstellung nicht übernommen.</translation>
        </message>
    </context>
    <context>
        <name>WarningLamp</name>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>off (last known)</source>
            <translation>aus (zuletzt bekannt)</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>on (last known)</source>
            <translation>an (zuletzt bekannt)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
    </context>
    <context>
        <name>WarningLight</name>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>On</source>
            <translation>An</translation>
        </message>
    </context>
    <context>
        <name>WarningLights</name>
        <message>
            <source>A balancing cell board reads warm (its bypass resistor heats the sensor), so first check whether the hot cell is balancing. Otherwise check loose or dirty busbar connections, ventilation, and the current against the cells' rating.</source>
            <translation>Eine Zellplatine im Balancing zeigt eine erhöhte Temperatur (ihr Bypass-Widerstand heizt den Sensor); prüfen Sie daher zuerst, ob die heiße Zelle balanciert. Sonst lose oder verschmutzte Busbar-Verbindungen, die Belüftung und den Strom im Vergleich zur Zellspezifikation prüfen.</translation>
        </message>
        <message>
            <source>At least one cell is colder than T min. Both relays open.</source>
            <translation>Mindestens eine Zelle ist kälter als T min. Beide Relais öffnen.</translation>
        </message>
        <message>
            <source>At least one cell is hotter than T max. Both relays open.</source>
            <translation>Mindestens eine Zelle ist wärmer als T max. Beide Relais öffnen.</translation>
        </message>
        <message>
            <source>At least one cell voltage is at or above V max. The charge relay opens to stop the chargers.</source>
            <translation>Mindestens eine Zellspannung liegt auf oder über V max. Das Laderelais öffnet, um die Ladegeräte zu stoppen.</translation>
        </message>
        <message>
            <source>At least one cell voltage is at or below V min. The load relay opens to stop the consumers.</source>
            <translation>Mindestens eine Zellspannung liegt auf oder unter V min. Das Lastrelais öffnet, um die Verbraucher zu stoppen.</translation>
        </message>
        <message>
            <source>Check that the charger / MPPT absorption and float voltages suit the pack, and that V bypass is below V max so balancing can catch the high cell. A cell that always runs high may be weaker than the rest.</source>
            <translation>Prüfen Sie, ob Absorptions- und Erhaltungsspannung von Ladegerät / MPPT zum Akku passen und ob V bypass unter V max liegt, damit das Balancing die hohe Zelle einholen kann. Eine Zelle, die immer hoch liegt, ist vielleicht schwächer als die anderen.</translation>
        </message>
        <message>
            <source>E — cell communication error</source>
            <translation>E — Kommunikationsfehler der Zellen</translation>
        </message>
        <message>
            <source>Look at the green LEDs along the cells: where they stop flashing, the data link is broken. Check the interconnection cable into that board and out of the one before it (gently, fully inserted); if the cables are fine, replace that cell board.</source>
            <translation>Sehen Sie auf die grünen LEDs entlang der Zellen: wo sie aufhören zu blinken, ist die Datenverbindung unterbrochen. Prüfen Sie das Verbindungskabel in diese Platine und aus der davor (vorsichtig, ganz eingesteckt); sind die Kabel in Ordnung, diese Zellplatine ersetzen.</translation>
        </message>
        <message>
            <source>Recharge the pack. If one cell is low while the others are fine, check that cell's bolts and busbar and its capacity; a load that is not switched by the load relay drains the pack further.</source>
            <translation>Laden Sie den Akku. Ist eine Zelle niedrig, während die anderen in Ordnung sind, prüfen Sie Schrauben, Busbar und Kapazität dieser Zelle; ein Verbraucher, der nicht über das Lastrelais geschaltet wird, entlädt den Akku weiter.</translation>
        </message>
        <message>
            <source>Th — a cell is above T max</source>
            <translation>Th — eine Zelle liegt über T max</translation>
        </message>
        <message>
            <source>The BMS lost contact with one or more cell boards. Both relays open.</source>
            <translation>Das BMS hat den Kontakt zu einer oder mehreren Zellplatinen verloren. Beide Relais öffnen.</translation>
        </message>
        <message>
            <source>Tl — a cell is below T min</source>
            <translation>Tl — eine Zelle liegt unter T min</translation>
        </message>
        <message>
            <source>Vh — a cell is above V max</source>
            <translation>Vh — eine Zelle liegt über V max</translation>
        </message>
        <message>
            <source>Vl — a cell is below V min</source>
            <translation>Vl — eine Zelle liegt unter V min</translation>
        </message>
        <message>
            <source>Warm the battery space before charging: LiFePO4 must not be charged below 0 °C. Check that T min suits your cells.</source>
            <translation>Den Batterieraum vor dem Laden aufwärmen: LiFePO4 darf nicht unter 0 °C geladen werden. Prüfen Sie, ob T min zu Ihren Zellen passt.</translation>
        </message>
        <message>
            <source>Warning lights</source>
            <translation>Warnleuchten</translation>
        </message>
    </context>
</TS>
