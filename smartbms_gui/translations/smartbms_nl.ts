<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>About %1</source>
            <translation>Over %1</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Diagnose kopiëren</translation>
        </message>
        <message>
            <source>Copy versions, system details and the last errors (never the PIN)</source>
            <translation>Versies, systeemgegevens en de laatste fouten kopiëren (nooit de pincode)</translation>
        </message>
        <message>
            <source>Could not open the log folder: %1</source>
            <translation>Kan de logmap niet openen: %1</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard.</source>
            <translation>Diagnose naar het klembord gekopieerd.</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Logmap openen</translation>
        </message>
        <message>
            <source>Show the folder with the log files in the file manager</source>
            <translation>De map met de logbestanden in de bestandsbeheerder tonen</translation>
        </message>
        <message>
            <source>Version and licences</source>
            <translation>Versie en licenties</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About %1</source>
            <translation>Over %1</translation>
        </message>
        <message>
            <source>Application name</source>
            <translation>Naam van het programma</translation>
        </message>
        <message>
            <source>Bluetooth</source>
            <translation>Bluetooth</translation>
        </message>
        <message>
            <source>Bluetooth simulator for tests, not shipped</source>
            <translation>Bluetooth-simulator voor tests, niet meegeleverd</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Close this window</source>
            <translation>Dit venster sluiten</translation>
        </message>
        <message>
            <source>Configure and monitor a 123\SmartBMS battery management system over Bluetooth or the USB cable. Independent software, not made by the manufacturer of the BMS.</source>
            <translation>Een 123\SmartBMS-batterijbeheersysteem instellen en bewaken via Bluetooth of de USB-kabel. Onafhankelijke software, niet gemaakt door de fabrikant van het BMS.</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Diagnose kopiëren</translation>
        </message>
        <message>
            <source>Copy versions, system details and the last errors to the clipboard for a bug report (the PIN is never included)</source>
            <translation>Versies, systeemgegevens en de laatste fouten naar het klembord kopiëren voor een foutmelding (de pincode staat er nooit in)</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard.</source>
            <translation>Diagnose naar het klembord gekopieerd.</translation>
        </message>
        <message>
            <source>Each library keeps its own licence</source>
            <translation>Elke bibliotheek houdt haar eigen licentie</translation>
        </message>
        <message>
            <source>Libraries shipped with this program and their licences:</source>
            <translation>Bibliotheken die met dit programma worden meegeleverd en hun licenties:</translation>
        </message>
        <message>
            <source>Libraries, their versions and their licences</source>
            <translation>Bibliotheken, hun versies en hun licenties</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliotheek</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>Not shipped: used only by the tests and the demo</source>
            <translation>Niet meegeleverd: alleen gebruikt door de tests en de demo</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Logmap openen</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL version 3: they are loaded as separate libraries, which you may replace with your own build.</source>
            <translation>Qt en PySide6 worden gebruikt onder de GNU LGPL versie 3: ze worden als aparte bibliotheken geladen, die u door uw eigen build mag vervangen.</translation>
        </message>
        <message>
            <source>Qt and asyncio together</source>
            <translation>Qt en asyncio samen</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Resultaat van de laatste actie</translation>
        </message>
        <message>
            <source>Show the folder with the log files in the file manager</source>
            <translation>De map met de logbestanden in de bestandsbeheerder tonen</translation>
        </message>
        <message>
            <source>The version to quote in a bug report</source>
            <translation>De versie die u in een foutmelding noemt</translation>
        </message>
        <message>
            <source>USB cable</source>
            <translation>USB-kabel</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Gebruikt voor</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Versie %1</translation>
        </message>
        <message>
            <source>What the LGPL licence of Qt allows you</source>
            <translation>Wat de LGPL-licentie van Qt u toestaat</translation>
        </message>
        <message>
            <source>What this program is</source>
            <translation>Wat dit programma is</translation>
        </message>
        <message>
            <source>plot data</source>
            <translation>grafiekgegevens</translation>
        </message>
        <message>
            <source>plots</source>
            <translation>grafieken</translation>
        </message>
        <message>
            <source>runs the program</source>
            <translation>voert het programma uit</translation>
        </message>
        <message>
            <source>settings and log folders</source>
            <translation>instellingen- en logmappen</translation>
        </message>
        <message>
            <source>the system password store</source>
            <translation>de wachtwoordopslag van het systeem</translation>
        </message>
        <message>
            <source>windows and controls</source>
            <translation>vensters en bedieningselementen</translation>
        </message>
    </context>
    <context>
        <name>AddPackDialog</name>
        <message>
            <source>Add a pack</source>
            <translation>Een pack toevoegen</translation>
        </message>
        <message>
            <source>Address or port:</source>
            <translation>Adres of poort:</translation>
        </message>
        <message>
            <source>Bluetooth address</source>
            <translation>Bluetooth-adres</translation>
        </message>
        <message>
            <source>Cells:</source>
            <translation>Cellen:</translation>
        </message>
        <message>
            <source>Find out on connecting</source>
            <translation>Bij het verbinden bepalen</translation>
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
            <translation>Generatie:</translation>
        </message>
        <message>
            <source>How the app reaches this pack's BMS</source>
            <translation>Hoe de app het BMS van dit pack bereikt</translation>
        </message>
        <message>
            <source>How the site shows this pack, e.g. "Port" or "Pack 2"</source>
            <translation>Hoe de installatie dit pack toont, bijv. "Bakboord" of "Pack 2"</translation>
        </message>
        <message>
            <source>Link:</source>
            <translation>Verbinding:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>Simulator</source>
            <translation>Simulator</translation>
        </message>
        <message>
            <source>The module's Bluetooth address (as a scan shows it), or the serial port of the USB cable</source>
            <translation>Het Bluetooth-adres van de module (zoals een scan het toont), of de seriële poort van de USB-kabel</translation>
        </message>
        <message>
            <source>Type the module's Bluetooth address, e.g. AA:BB:CC:DD:EE:FF.</source>
            <translation>Typ het Bluetooth-adres van de module, bijv. AA:BB:CC:DD:EE:FF.</translation>
        </message>
        <message>
            <source>USB serial port (read-only)</source>
            <translation>Seriële USB-poort (alleen lezen)</translation>
        </message>
    </context>
    <context>
        <name>Awake</name>
        <message>
            <source>Cannot keep this computer awake here: no screen-saver service and no systemd-inhibit were found. Disable automatic sleep by hand while commissioning.</source>
            <translation>Kan deze computer hier niet wakker houden: geen schermbeveiligingsdienst en geen systemd-inhibit gevonden. Schakel de automatische slaapstand tijdens het inbedrijfstellen zelf uit.</translation>
        </message>
        <message>
            <source>Cannot keep this computer awake: '{0}' was not found.</source>
            <translation>Kan deze computer niet wakker houden: '{0}' niet gevonden.</translation>
        </message>
        <message>
            <source>Cannot keep this computer awake: {0} failed ({1}).</source>
            <translation>Kan deze computer niet wakker houden: {0} mislukt ({1}).</translation>
        </message>
        <message>
            <source>Cannot keep this computer awake: {0} stopped ({1}).</source>
            <translation>Kan deze computer niet wakker houden: {0} gestopt ({1}).</translation>
        </message>
        <message>
            <source>Windows refused to keep the computer awake (SetThreadExecutionState failed).</source>
            <translation>Windows weigerde de computer wakker te houden (SetThreadExecutionState mislukt).</translation>
        </message>
    </context>
    <context>
        <name>BatteryDetailsPage</name>
        <message>
            <source>&amp;Heat map</source>
            <translation>&amp;Warmtekaart</translation>
        </message>
        <message>
            <source>&amp;Tiles</source>
            <translation>&amp;Tegels</translation>
        </message>
        <message>
            <source>&lt;b&gt;Colours&lt;/b&gt;: green &lt;b&gt;OK&lt;/b&gt; = in range; yellow striped &lt;b&gt;BAL&lt;/b&gt; = balancing (above V bypass, the board burns 1 A); red with a thick border &lt;b&gt;OUT !&lt;/b&gt; = above V max or below V min, or outside T min … T max (the value that is out is marked &lt;b&gt;!&lt;/b&gt;); plain and greyed &lt;b&gt;old&lt;/b&gt; = overtaken by the BMS's lowest/highest (its new value is on its way), &lt;b&gt;no data&lt;/b&gt; = no recent value; ▼ lowest and ▲ highest cell.</source>
            <translation>&lt;b&gt;Kleuren&lt;/b&gt;: groen &lt;b&gt;OK&lt;/b&gt; = binnen bereik; geel gestreept &lt;b&gt;BAL&lt;/b&gt; = balanceren (boven V bypass, de celmodule verstookt 1 A); rood met dikke rand &lt;b&gt;OUT !&lt;/b&gt; = boven V max of onder V min, of buiten T min … T max (de waarde die erbuiten valt is gemarkeerd met &lt;b&gt;!&lt;/b&gt;); gewoon en grijs &lt;b&gt;oud&lt;/b&gt; = ingehaald door de laagste/hoogste waarden van het BMS (de nieuwe waarde is onderweg), &lt;b&gt;geen gegevens&lt;/b&gt; = geen recente waarde; ▼ laagste en ▲ hoogste cel.</translation>
        </message>
        <message>
            <source>A cell that is balancing reads &lt;b&gt;warm&lt;/b&gt;: its bypass resistor heats the temperature sensor, so the real cell is cooler than shown.</source>
            <translation>Een cel die balanceert geeft een &lt;b&gt;hoge&lt;/b&gt; temperatuur aan: de bypassweerstand verwarmt de temperatuursensor, de cel zelf is koeler dan getoond.</translation>
        </message>
        <message>
            <source>A small square per cell, shaded by its voltage: the whole pack at a glance</source>
            <translation>Een klein vierkant per cel, gekleurd naar de spanning: het hele pakket in één oogopslag</translation>
        </message>
        <message>
            <source>About this light</source>
            <translation>Over dit lampje</translation>
        </message>
        <message>
            <source>All cells report, and no cell is outside V min … V max or T min … T max. Click a light to read what it means.</source>
            <translation>Alle cellen melden zich en geen cel valt buiten V min … V max of T min … T max. Klik op een lampje om te lezen wat het betekent.</translation>
        </message>
        <message>
            <source>Cells after {0} have stopped reporting ({1}): check the cable between cell boards {0} and {2} first.</source>
            <translation>Cellen na {0} melden zich niet meer ({1}): controleer eerst de kabel tussen celmodules {0} en {2}.</translation>
        </message>
        <message>
            <source>Cells received {0}/{1}</source>
            <translation>Cellen ontvangen {0}/{1}</translation>
        </message>
        <message>
            <source>Change V bypass (switches)…</source>
            <translation>V bypass wijzigen (schakelaars)…</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>Controle:</translation>
        </message>
        <message>
            <source>Each square is shaded by its cell's voltage: light blue = the lowest of the pack, dark blue = the highest (the scale is above the squares). Yellow stripes = balancing; red with a thick border and &lt;b&gt;!&lt;/b&gt; = out of range; grey hatched = no recent value; ▼ lowest and ▲ highest cell.</source>
            <translation>Elk vierkant is gekleurd naar de spanning van zijn cel: lichtblauw = de laagste van het pakket, donkerblauw = de hoogste (de schaal staat boven de vierkanten). Gele strepen = balanceren; rood met dikke rand en &lt;b&gt;!&lt;/b&gt; = buiten bereik; grijs gearceerd = geen recente waarde; ▼ laagste en ▲ hoogste cel.</translation>
        </message>
        <message>
            <source>How to read the cells</source>
            <translation>Zo leest u de cellen</translation>
        </message>
        <message>
            <source>Last known, {0} ago: no warning light was on</source>
            <translation>Laatst bekend, {0} geleden: er brandde geen waarschuwingslampje</translation>
        </message>
        <message>
            <source>Lowest and highest cell, and the spread between them (max − min), as the BMS reports them with every message</source>
            <translation>Laagste en hoogste cel, en het verschil ertussen (max − min), zoals het BMS ze bij elk bericht meldt</translation>
        </message>
        <message>
            <source>No cells yet</source>
            <translation>Nog geen cellen</translation>
        </message>
        <message>
            <source>No data yet — connect to a battery</source>
            <translation>Nog geen gegevens — maak verbinding met een accu</translation>
        </message>
        <message>
            <source>No light is on so far; {0} of {1} cells have reported recently. Click a light to read what it means.</source>
            <translation>Er brandt nog geen lampje; {0} van {1} cellen hebben zich onlangs gemeld. Klik op een lampje om te lezen wat het betekent.</translation>
        </message>
        <message>
            <source>No warning lights on</source>
            <translation>Geen waarschuwingslampjes aan</translation>
        </message>
        <message>
            <source>One tile per cell with voltage, temperature and state</source>
            <translation>Eén tegel per cel met spanning, temperatuur en toestand</translation>
        </message>
        <message>
            <source>Over the serial cable the BMS reports one cell per message, so a large pack needs a while before every cell has been seen</source>
            <translation>Via de seriële kabel meldt het BMS één cel per bericht, dus bij een groot pakket duurt het even voordat elke cel is gezien</translation>
        </message>
        <message>
            <source>Show or hide what the colours and marks of the cells mean</source>
            <translation>De betekenis van de kleuren en markeringen van de cellen tonen of verbergen</translation>
        </message>
        <message>
            <source>The five warning lights; a lit light is red, filled and marked '!'</source>
            <translation>De vijf waarschuwingslampjes; een brandend lampje is rood, gevuld en gemarkeerd met '!'</translation>
        </message>
        <message>
            <source>The warning lights and the cells are shown once a battery is connected and sends its data. Click a light to read what it means.</source>
            <translation>De waarschuwingslampjes en de cellen worden getoond zodra er een accu verbonden is die zijn gegevens stuurt. Klik op een lampje om te lezen wat het betekent.</translation>
        </message>
        <message>
            <source>This is not live: the battery is not connected. The cells show their last known values, greyed.</source>
            <translation>Dit is niet live: de accu is niet verbonden. De cellen tonen hun laatst bekende waarden, in grijs.</translation>
        </message>
        <message>
            <source>This is not live: the battery sends no new data. The cells show their last known values, greyed.</source>
            <translation>Dit is niet live: de accu stuurt geen nieuwe gegevens. De cellen tonen hun laatst bekende waarden, in grijs.</translation>
        </message>
        <message>
            <source>V bypass is set with option switches 2, 6 and 7 on the IN board; the Switches page shows how</source>
            <translation>V bypass wordt ingesteld met optieschakelaars 2, 6 en 7 op het IN-board; de pagina Schakelaars laat zien hoe</translation>
        </message>
        <message>
            <source>Waiting for the first cell…</source>
            <translation>Wachten op de eerste cel…</translation>
        </message>
        <message>
            <source>Warning lights on</source>
            <translation>Waarschuwingslampjes aan</translation>
        </message>
        <message>
            <source>Warning lights on when last heard, {0} ago</source>
            <translation>Waarschuwingslampjes aan bij het laatste bericht, {0} geleden</translation>
        </message>
        <message>
            <source>What the lit warning lights mean and what to check</source>
            <translation>Wat de brandende waarschuwingslampjes betekenen en wat u moet controleren</translation>
        </message>
        <message>
            <source>off</source>
            <translation>uit</translation>
        </message>
        <message>
            <source>spread {0} mV</source>
            <translation>spreiding {0} mV</translation>
        </message>
        <message>
            <source>temperature {0} … {1}</source>
            <translation>temperatuur {0} … {1}</translation>
        </message>
        <message>
            <source>{0} cells</source>
            <translation>{0} cellen</translation>
        </message>
        <message>
            <source>▲ highest {0} {1}</source>
            <translation>▲ hoogste {0} {1}</translation>
        </message>
        <message>
            <source>▼ lowest {0} {1}</source>
            <translation>▼ laagste {0} {1}</translation>
        </message>
    </context>
    <context>
        <name>CalibratePage</name>
        <message>
            <source>1. Make sure absolutely no current flows through the sensors: switch off chargers, solar and loads.
2. Set switch 4 ON (drawing below); the auto zero starts.
3. Wait until the current reads 0 A (a few seconds).
4. Set switch 4 back %1, as recorded.</source>
            <translation>1. Zorg dat er absoluut geen stroom door de sensoren loopt: schakel laders, zonnepanelen en verbruikers uit.
2. Zet schakelaar 4 AAN (tekening hieronder); het automatische nulpunt start.
3. Wacht tot de stroom 0 A aangeeft (enkele seconden).
4. Zet schakelaar 4 terug op %1, zoals genoteerd.</translation>
        </message>
        <message>
            <source>6. Recalibrate the current sensor</source>
            <translation>6. Stroomsensor opnieuw kalibreren</translation>
        </message>
        <message>
            <source>A new sensor type needs a new zero point (switch 4, auto zero).</source>
            <translation>Een nieuw sensortype heeft een nieuw nulpunt nodig (schakelaar 4, automatisch nulpunt).</translation>
        </message>
        <message>
            <source>Battery current: %1 — not zero yet</source>
            <translation>Accustroom: %1 — nog niet nul</translation>
        </message>
        <message>
            <source>Battery current: %1 — zero</source>
            <translation>Accustroom: %1 — nul</translation>
        </message>
        <message>
            <source>Can be ticked once the BMS reads 0 A.</source>
            <translation>Aan te vinken zodra het BMS 0 A meet.</translation>
        </message>
        <message>
            <source>I did the auto zero and switch 4 is back in its position</source>
            <translation>Ik heb het automatische nulpunt gedaan en schakelaar 4 staat weer in zijn stand</translation>
        </message>
        <message>
            <source>Not connected: watch the current on the Overview page or in the maker's app.</source>
            <translation>Niet verbonden: volg de stroom op de pagina Overzicht of in de app van de fabrikant.</translation>
        </message>
        <message>
            <source>Skip: the current sensor type did not change</source>
            <translation>Overslaan: het type stroomsensor is niet veranderd</translation>
        </message>
        <message>
            <source>Switch 4 ON for the auto zero</source>
            <translation>Schakelaar 4 AAN voor het automatische nulpunt</translation>
        </message>
        <message>
            <source>The BMS reads a current: the auto zero was done with current flowing, or it is flowing again. Switch off chargers, solar and loads and wait for 0 A, or skip this step.</source>
            <translation>Het BMS meet een stroom: de nulpuntinstelling is gedaan terwijl er stroom liep, of er loopt weer stroom. Schakel laders, zonnepanelen en verbruikers uit en wacht op 0 A, of sla deze stap over.</translation>
        </message>
        <message>
            <source>The battery current the BMS reports now.</source>
            <translation>De accustroom die het BMS nu meldt.</translation>
        </message>
        <message>
            <source>The manual says it may be needed after changing the sensor; you can also skip this step.</source>
            <translation>Volgens de handleiding kan dit nodig zijn na het wisselen van de sensor; u kunt deze stap ook overslaan.</translation>
        </message>
        <message>
            <source>Without a new sensor type the old zero point still holds.</source>
            <translation>Zonder nieuw sensortype blijft het oude nulpunt geldig.</translation>
        </message>
    </context>
    <context>
        <name>CellBars</name>
        <message>
            <source> (old value)</source>
            <translation> (oude waarde)</translation>
        </message>
        <message>
            <source>Cell voltages</source>
            <translation>Celspanningen</translation>
        </message>
        <message>
            <source>Cell {0}: not received yet</source>
            <translation>Cel {0}: nog niet ontvangen</translation>
        </message>
        <message>
            <source>Cell {0}: {1}, {2}</source>
            <translation>Cel {0}: {1}, {2}</translation>
        </message>
        <message>
            <source>Every cell's voltage, cell 1 on the left; hover a cell for its value</source>
            <translation>De spanning van elke cel, cel 1 links; wijs een cel aan voor haar waarde</translation>
        </message>
        <message>
            <source>No cell voltages yet</source>
            <translation>Nog geen celspanningen</translation>
        </message>
        <message>
            <source>balancing</source>
            <translation>balanceert</translation>
        </message>
        <message>
            <source>in range</source>
            <translation>binnen bereik</translation>
        </message>
        <message>
            <source>out of range</source>
            <translation>buiten bereik</translation>
        </message>
        <message>
            <source>{0} of {1} cells, {2} to {3}</source>
            <translation>{0} van {1} cellen, {2} tot {3}</translation>
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
            <translation>Cel #{0:03d}: {1}, {2}</translation>
        </message>
        <message>
            <source>Cell voltage:</source>
            <translation>Celspanning:</translation>
        </message>
        <message>
            <source>Cell voltages and temperatures; hover a cell for details</source>
            <translation>Celspanningen en -temperaturen; wijs een cel aan voor details</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Cellen</translation>
        </message>
        <message>
            <source>Highest cell voltage of the pack</source>
            <translation>Hoogste celspanning van het pakket</translation>
        </message>
        <message>
            <source>Last received {0} s ago</source>
            <translation>Laatst ontvangen {0} s geleden</translation>
        </message>
        <message>
            <source>Lowest cell voltage of the pack</source>
            <translation>Laagste celspanning van het pakket</translation>
        </message>
        <message>
            <source>No new value: the cell-board link is broken before this cell (light E)</source>
            <translation>Geen nieuwe waarde: de verbinding tussen de celmodules is vóór deze cel onderbroken (lampje E)</translation>
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
            <translation>Verouderd: het BMS meldt nu elke cel tussen zijn laagste en hoogste, en deze waarde valt daarbuiten</translation>
        </message>
        <message>
            <source>Voltage from the BMS's own lowest/highest report, newer than this cell's last message</source>
            <translation>Spanning uit de eigen melding van het BMS over de laagste/hoogste cel, nieuwer dan het laatste bericht van deze cel</translation>
        </message>
        <message>
            <source>balancing (bypass on; its temperature reads warm)</source>
            <translation>balanceert (bypass aan; de temperatuur lijkt hoger)</translation>
        </message>
        <message>
            <source>in the safe range</source>
            <translation>binnen het veilige bereik</translation>
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
            <translation>geen gegevens</translation>
        </message>
        <message>
            <source>not received yet</source>
            <translation>nog niet ontvangen</translation>
        </message>
        <message>
            <source>old</source>
            <translation>oud</translation>
        </message>
        <message>
            <source>out of range (above V max or below V min)</source>
            <translation>buiten bereik (boven V max of onder V min)</translation>
        </message>
        <message>
            <source>out of range (temperature above T max or below T min)</source>
            <translation>buiten bereik (temperatuur boven T max of onder T min)</translation>
        </message>
        <message>
            <source>out of range (voltage and temperature)</source>
            <translation>buiten bereik (spanning en temperatuur)</translation>
        </message>
    </context>
    <context>
        <name>CellState</name>
        <message>
            <source>Balancing</source>
            <translation>Balanceert</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Out of range</source>
            <translation>Buiten bereik</translation>
        </message>
    </context>
    <context>
        <name>ChoosePage</name>
        <message>
            <source>1. Choose the current sensor and the number of cells</source>
            <translation>1. Kies de stroomsensor en het aantal cellen</translation>
        </message>
        <message>
            <source>A preview of the positions step 3 asks for. Do not set them yet.</source>
            <translation>Een voorbeeld van de standen die stap 3 vraagt. Zet ze nog niet.</translation>
        </message>
        <message>
            <source>Cell counts in the table: %1.</source>
            <translation>Celaantallen in de tabel: %1.</translation>
        </message>
        <message>
            <source>Cells in series:</source>
            <translation>Cellen in serie:</translation>
        </message>
        <message>
            <source>Current sensor:</source>
            <translation>Stroomsensor:</translation>
        </message>
        <message>
            <source>Preview of the switch positions for this choice (you set them in step 3):</source>
            <translation>Voorbeeld van de schakelaarstanden voor deze keuze (u zet ze in stap 3):</translation>
        </message>
        <message>
            <source>Preview: the positions step 3 will ask for</source>
            <translation>Voorbeeld: de standen die stap 3 vraagt</translation>
        </message>
        <message>
            <source>Switches 1-3 store the sensor type, switches 4-7 the number of cells.</source>
            <translation>Schakelaars 1-3 slaan het sensortype op, schakelaars 4-7 het aantal cellen.</translation>
        </message>
        <message>
            <source>The current sensor fitted to the IN board (J1, and J2 if used). Its rating is printed on the sensor.</source>
            <translation>De stroomsensor op het IN-board (J1, en J2 indien gebruikt). Zijn waarde staat op de sensor gedrukt.</translation>
        </message>
        <message>
            <source>The number of cells in series in your pack (one cell board each), 2 to 255. Cells in parallel count as one.</source>
            <translation>Het aantal cellen in serie in uw pakket (elk met een celmodule), 2 tot 255. Parallel geschakelde cellen tellen als één.</translation>
        </message>
        <message>
            <source>Why the next higher entry is harmless: the table has only 16 places, and the manual states that choosing the entry above your count has no drawbacks. The check at the end of this wizard compares what the BMS reports with your choice.</source>
            <translation>Waarom de eerstvolgende hogere waarde geen kwaad kan: de tabel heeft maar 16 plaatsen, en volgens de handleiding heeft het kiezen van de waarde boven uw aantal geen nadelen. De controle aan het eind van deze wizard vergelijkt wat het BMS meldt met uw keuze.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBar</name>
        <message>
            <source> (last data {0:.0f} s ago)</source>
            <translation> (laatste gegevens {0:.0f} s geleden)</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>Verbinding &amp;verbreken</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;Pincode:</translation>
        </message>
        <message>
            <source>&amp;Scan</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>4 digits</source>
            <translation>4 cijfers</translation>
        </message>
        <message>
            <source>A simulated battery inside this app</source>
            <translation>Een gesimuleerde accu in deze app</translation>
        </message>
        <message>
            <source>Bluetooth address {0}</source>
            <translation>Bluetooth-adres {0}</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>Pincode controleren…</translation>
        </message>
        <message>
            <source>Connect to the chosen battery, or disconnect from it</source>
            <translation>Verbinden met de gekozen accu, of de verbinding verbreken</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Connection state</source>
            <translation>Verbindingsstatus</translation>
        </message>
        <message>
            <source>Connection state: connecting, live, reconnecting, or stale data</source>
            <translation>Verbindingsstatus: verbinden, live, opnieuw verbinden of verouderde gegevens</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Apparaat</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Apparaat:</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Live, but no new data</source>
            <translation>Live, maar geen nieuwe gegevens</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Niet verbonden</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>Read the battery over the USB serial cable (read-only)</source>
            <translation>De accu uitlezen via de seriële USB-kabel (alleen-lezen)</translation>
        </message>
        <message>
            <source>Reading settings…</source>
            <translation>Instellingen lezen…</translation>
        </message>
        <message>
            <source>Reconnecting in {0:.0f} s</source>
            <translation>Opnieuw verbinden over {0:.0f} s</translation>
        </message>
        <message>
            <source>Reconnecting in {0:.0f} s (try {1})</source>
            <translation>Opnieuw verbinden over {0:.0f} s (poging {1})</translation>
        </message>
        <message>
            <source>Reconnecting now</source>
            <translation>Nu opnieuw verbinden</translation>
        </message>
        <message>
            <source>Reconnecting now (try {0})</source>
            <translation>Nu opnieuw verbinden (poging {0})</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Opnieuw verbinden…</translation>
        </message>
        <message>
            <source>Scanning…</source>
            <translation>Zoeken…</translation>
        </message>
        <message>
            <source>Search for 123\SmartBMS batteries over Bluetooth (about 5 s)</source>
            <translation>Via Bluetooth naar 123\SmartBMS-accu's zoeken (ongeveer 5 s)</translation>
        </message>
        <message>
            <source>Serial port…</source>
            <translation>Seriële poort…</translation>
        </message>
        <message>
            <source>Serial {0}</source>
            <translation>Serieel {0}</translation>
        </message>
        <message>
            <source>Showing a recording (not connected)</source>
            <translation>Een opname wordt getoond (niet verbonden)</translation>
        </message>
        <message>
            <source>Signal {0} dBm</source>
            <translation>Signaal {0} dBm</translation>
        </message>
        <message>
            <source>Simulator</source>
            <translation>Simulator</translation>
        </message>
        <message>
            <source>The battery's four-digit PIN (factory setting 1234; the simulator uses 1234). It is not stored. Forgot it? Hold the OUT board's Bluetooth button for 5 s to reset it to 1234.</source>
            <translation>De viercijferige pincode van de accu (fabrieksinstelling 1234; de simulator gebruikt 1234). Ze wordt niet opgeslagen. Vergeten? Houd de Bluetooth-knop van het OUT-board 5 s ingedrukt om haar terug te zetten op 1234.</translation>
        </message>
        <message>
            <source>Unnamed device {0}</source>
            <translation>Naamloos apparaat {0}</translation>
        </message>
        <message>
            <source>Which battery to talk to: a 123\SmartBMS found over Bluetooth (type, serial number, signal strength), the built-in simulator, or the USB serial cable (read-only)</source>
            <translation>Met welke accu communiceren: een 123\SmartBMS gevonden via Bluetooth (type, serienummer, signaalsterkte), de ingebouwde simulator, of de seriële USB-kabel (alleen-lezen)</translation>
        </message>
        <message>
            <source>fair signal</source>
            <translation>redelijk signaal</translation>
        </message>
        <message>
            <source>good signal</source>
            <translation>goed signaal</translation>
        </message>
        <message>
            <source>strong signal</source>
            <translation>sterk signaal</translation>
        </message>
        <message>
            <source>weak signal</source>
            <translation>zwak signaal</translation>
        </message>
    </context>
    <context>
        <name>DeviceBridge</name>
        <message>
            <source>Connect to a battery to read its log and history.</source>
            <translation>Maak verbinding met een accu om het logboek en de geschiedenis te lezen.</translation>
        </message>
        <message>
            <source>Keeping the recordings within their limit</source>
            <translation>Opnamen binnen hun limiet houden</translation>
        </message>
        <message>
            <source>Not available over the USB serial cable: it only carries the live data. Connect over Bluetooth to read the log and the history.</source>
            <translation>Niet beschikbaar via de seriële USB-kabel: die voert alleen de live gegevens. Maak verbinding via Bluetooth om het logboek en de geschiedenis te lezen.</translation>
        </message>
        <message>
            <source>Not connected: nothing was read.</source>
            <translation>Niet verbonden: er is niets gelezen.</translation>
        </message>
        <message>
            <source>Not connected: nothing was written.</source>
            <translation>Niet verbonden: er is niets geschreven.</translation>
        </message>
        <message>
            <source>Reading the history</source>
            <translation>Het lezen van de geschiedenis</translation>
        </message>
        <message>
            <source>Recording not started: {0}. The live view continues.</source>
            <translation>Opname niet gestart: {0}. De live weergave gaat door.</translation>
        </message>
        <message>
            <source>Simulator {0} cells</source>
            <translation>Simulator {0} cellen</translation>
        </message>
        <message>
            <source>The Bluetooth scan</source>
            <translation>Het zoeken via Bluetooth</translation>
        </message>
        <message>
            <source>The simulator</source>
            <translation>De simulator</translation>
        </message>
        <message>
            <source>Tidying old simulator recordings</source>
            <translation>Oude simulatoropnamen opruimen</translation>
        </message>
        <message>
            <source>Writing the settings</source>
            <translation>Het schrijven van de instellingen</translation>
        </message>
        <message>
            <source>{0} failed: {1}</source>
            <translation>{0} is mislukt: {1}</translation>
        </message>
    </context>
    <context>
        <name>DipSwitchBlock</name>
        <message>
            <source>OFF</source>
            <translation>UIT</translation>
        </message>
        <message>
            <source>ON</source>
            <translation>AAN</translation>
        </message>
        <message>
            <source>Option switches 1 to 8</source>
            <translation>Optieschakelaars 1 tot 8</translation>
        </message>
        <message>
            <source>Set the option switches on the IN board like this drawing. ON is up.</source>
            <translation>Zet de optieschakelaars op het IN-board zoals in deze tekening. AAN is omhoog.</translation>
        </message>
        <message>
            <source>The option switches on the IN board. Click a switch to flip it, or use Left/Right to choose one and Space to flip it (Up = ON, Down = OFF).</source>
            <translation>De optieschakelaars op het IN-board. Klik op een schakelaar om hem om te zetten, of kies er een met Links/Rechts en zet hem om met Spatie (Omhoog = AAN, Omlaag = UIT).</translation>
        </message>
        <message>
            <source>switch %1 %2</source>
            <translation>schakelaar %1 %2</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>About: the battery restarted since, and its clock with it; this time may be off.</source>
            <translation>Ongeveer: de batterij is sindsdien herstart, en haar klok ook; deze tijd kan afwijken.</translation>
        </message>
        <message>
            <source>Ask the battery for its cell log again</source>
            <translation>Vraag de batterij opnieuw om haar cellogboek</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Cell events</source>
            <translation>Celgebeurtenissen</translation>
        </message>
        <message>
            <source>Charge the pack. Measure this cell and its neighbours with a multimeter: a cell that is the lowest again and again has lost capacity. Check that V min suits the cells and that the load was switched off in time.</source>
            <translation>Laad het pakket. Meet deze cel en haar buren met een multimeter: een cel die steeds weer de laagste is, heeft capaciteit verloren. Controleer of V min bij de cellen past en of de belasting op tijd werd uitgeschakeld.</translation>
        </message>
        <message>
            <source>Check the charger's and solar charger's voltage settings and that they stop when the charge relay opens. Check that the cells balance (V bypass below V max); a cell that is always the first to run high has lost capacity.</source>
            <translation>Controleer de spanningsinstellingen van de lader en de zonnelader, en of ze stoppen wanneer het laadrelais opent. Controleer of de cellen balanceren (V bypass onder V max); een cel die altijd als eerste te hoog komt, heeft capaciteit verloren.</translation>
        </message>
        <message>
            <source>Check the ventilation, the currents against the cells' ratings, and this cell's terminal screws: a loose connection heats up. While a cell balances its board reads warmer than the cell itself.</source>
            <translation>Controleer de ventilatie, de stromen tegenover wat de cellen aankunnen, en de poolschroeven van deze cel: een losse verbinding wordt warm. Terwijl een cel balanceert, meet haar print warmer dan de cel zelf.</translation>
        </message>
        <message>
            <source>Click the cell number in the table to see this cell now.</source>
            <translation>Klik op het celnummer in de tabel om deze cel nu te zien.</translation>
        </message>
        <message>
            <source>Compare with the 123\SmartBMS app; newer firmware may log more kinds.</source>
            <translation>Vergelijk met de 123\SmartBMS-app; nieuwere firmware kan meer soorten vastleggen.</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <source>Look at the green LEDs of the cell boards: where they stop flashing is the problem. Check the data cables from this cell's board on (OUT to the next IN) or replace that cell module.</source>
            <translation>Kijk naar de groene leds van de celprintjes: waar ze ophouden met knipperen zit het probleem. Controleer de datakabels vanaf het printje van deze cel (OUT naar de volgende IN) of vervang die celmodule.</translation>
        </message>
        <message>
            <source>No events in the slots read; {0} of 10 could not be read.</source>
            <translation>Geen gebeurtenissen in de gelezen plaatsen; {0} van 10 konden niet gelezen worden.</translation>
        </message>
        <message>
            <source>Not available on this BMS: it does not answer the requests for its cell log and SoC history (older firmware may not keep them). The live values are not affected.</source>
            <translation>Niet beschikbaar op dit BMS: het beantwoordt de vragen naar zijn cellogboek en SoC-geschiedenis niet (oudere firmware houdt ze mogelijk niet bij). De live waarden blijven gewoon werken.</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Opnieuw lezen</translation>
        </message>
        <message>
            <source>Reading the battery's cell log…</source>
            <translation>Het cellogboek van de batterij wordt gelezen…</translation>
        </message>
        <message>
            <source>Select an event to read what it means and what to check.</source>
            <translation>Kies een gebeurtenis om te lezen wat ze betekent en wat u moet controleren.</translation>
        </message>
        <message>
            <source>Show cell {0} in Battery details</source>
            <translation>Cel {0} tonen in Batterijdetails</translation>
        </message>
        <message>
            <source>The battery gave no time for this event (or one after its clock's now, as after a restart).</source>
            <translation>De batterij gaf geen tijd voor deze gebeurtenis (of een tijd na het 'nu' van haar klok, zoals na een herstart).</translation>
        </message>
        <message>
            <source>The battery keeps its last ten cell events. They are read after connecting.</source>
            <translation>De batterij bewaart haar laatste tien celgebeurtenissen. Ze worden na het verbinden gelezen.</translation>
        </message>
        <message>
            <source>The battery logged an event: {0} ({1}). See the Events page.</source>
            <translation>De batterij heeft een gebeurtenis vastgelegd: {0} ({1}). Zie de pagina Gebeurtenissen.</translation>
        </message>
        <message>
            <source>The battery logs an event when a cell goes below V min or above V max, below T min or above T max, and when the cell boards stop answering. Each one is listed in the table; select it to read here what it means and what to check.</source>
            <translation>De batterij logt een gebeurtenis wanneer een cel onder V min of boven V max komt, onder T min of boven T max, en wanneer de celmodules niet meer antwoorden. Elke gebeurtenis staat in de tabel; kies ze om hier te lezen wat ze betekent en wat u moet controleren.</translation>
        </message>
        <message>
            <source>The battery's last ten cell events, newest first. Read at {0}; read again by itself when the battery logs an event.</source>
            <translation>De laatste tien celgebeurtenissen van de batterij, nieuwste eerst. Gelezen om {0}; vanzelf opnieuw gelezen wanneer de batterij een gebeurtenis vastlegt.</translation>
        </message>
        <message>
            <source>The log is empty: the battery has not logged a cell event.</source>
            <translation>Het logboek is leeg: de batterij heeft geen celgebeurtenis vastgelegd.</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Wat er gebeurde</translation>
        </message>
        <message>
            <source>What to check</source>
            <translation>Wat te controleren</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Where does the battery stand: does it need heating or insulation in the cold? Check that this cell board's sensor sits firmly on the cell and that T min for discharging suits the cells.</source>
            <translation>Waar staat de batterij: heeft ze verwarming of isolatie nodig in de kou? Controleer of de sensor van dit celprintje stevig op de cel zit en of T min voor ontladen bij de cellen past.</translation>
        </message>
        <message>
            <source>Where does the battery stand: does it need heating or insulation in the cold? Lithium cells must not be charged below freezing. Check that this cell board's sensor sits firmly on the cell.</source>
            <translation>Waar staat de batterij: heeft ze verwarming of isolatie nodig in de kou? Lithiumcellen mogen onder het vriespunt niet geladen worden. Controleer of de sensor van dit celprintje stevig op de cel zit.</translation>
        </message>
        <message>
            <source>about {0}</source>
            <translation>ongeveer {0}</translation>
        </message>
        <message>
            <source>cell {0}</source>
            <translation>cel {0}</translation>
        </message>
        <message>
            <source>{0} events; {1} of 10 slots empty.</source>
            <translation>{0} gebeurtenissen; {1} van 10 plaatsen leeg.</translation>
        </message>
        <message>
            <source>{0}, cell {1}</source>
            <translation>{0}, cel {1}</translation>
        </message>
        <message>
            <source>{0}–{1}</source>
            <translation>{0}–{1}</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… en nog {0}</translation>
        </message>
    </context>
    <context>
        <name>HiddenSettingsWizard</name>
        <message>
            <source>Close the wizard</source>
            <translation>De wizard sluiten</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Eén stap terug</translation>
        </message>
        <message>
            <source>Go to the next step</source>
            <translation>Naar de volgende stap</translation>
        </message>
        <message>
            <source>Hidden settings: current sensor and number of cells</source>
            <translation>Verborgen instellingen: stroomsensor en aantal cellen</translation>
        </message>
        <message>
            <source>Stop the wizard. If you changed switches, put them back as recorded.</source>
            <translation>De wizard stoppen. Hebt u schakelaars verzet, zet ze dan terug zoals genoteerd.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>A cell fell below V min: the load relay opens (Vl light).</source>
            <translation>Een cel daalde onder V min: het belastingrelais opent (lampje Vl).</translation>
        </message>
        <message>
            <source>A cell rose above V max: the charge relay opens (Vh light).</source>
            <translation>Een cel steeg boven V max: het laadrelais opent (lampje Vh).</translation>
        </message>
        <message>
            <source>A cell was colder than T min for charging (Tl light).</source>
            <translation>Een cel was kouder dan T min voor laden (lampje Tl).</translation>
        </message>
        <message>
            <source>A cell was colder than T min for discharging (Tl light).</source>
            <translation>Een cel was kouder dan T min voor ontladen (lampje Tl).</translation>
        </message>
        <message>
            <source>A cell was hotter than T max: both relays open (Th light).</source>
            <translation>Een cel was warmer dan T max: beide relais openen (lampje Th).</translation>
        </message>
        <message>
            <source>An event type this app does not know.</source>
            <translation>Een soort gebeurtenis die deze app niet kent.</translation>
        </message>
        <message>
            <source>Ask the battery for its cell log and its SoC of the last 7 days again (a few seconds)</source>
            <translation>Vraag de batterij opnieuw om haar cellogboek en haar SoC van de laatste 7 dagen (enkele seconden)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communicatie</translation>
        </message>
        <message>
            <source>Every hour has a value.</source>
            <translation>Elk uur heeft een waarde.</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exporteren…</translation>
        </message>
        <message>
            <source>Export the log and the history</source>
            <translation>Het logboek en de geschiedenis exporteren</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>Geëxporteerd naar {0}</translation>
        </message>
        <message>
            <source>Hatched: not read.</source>
            <translation>Gearceerd: niet gelezen.</translation>
        </message>
        <message>
            <source>Hours without a value show as gaps: {0}.</source>
            <translation>Uren zonder waarde verschijnen als open plekken: {0}.</translation>
        </message>
        <message>
            <source>Not exported: {0}</source>
            <translation>Niet geëxporteerd: {0}</translation>
        </message>
        <message>
            <source>Not read yet</source>
            <translation>Nog niet gelezen</translation>
        </message>
        <message>
            <source>Not read yet.</source>
            <translation>Nog niet gelezen.</translation>
        </message>
        <message>
            <source>Nothing read: every answer arrived damaged. Try again.</source>
            <translation>Niets gelezen: elk antwoord kwam beschadigd aan. Probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Nothing read: not allowed (NA). Reconnect with the right PIN.</source>
            <translation>Niets gelezen: niet toegestaan (NA). Maak opnieuw verbinding met de juiste pincode.</translation>
        </message>
        <message>
            <source>Nothing read: the battery did not answer. Check that it is in range and try again.</source>
            <translation>Niets gelezen: de accu antwoordde niet. Controleer of hij binnen bereik is en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Nothing read: the battery did not understand the request (WRONG). Its firmware may not keep a log.</source>
            <translation>Niets gelezen: de accu begreep het verzoek niet (WRONG). Misschien houdt zijn firmware geen logboek bij.</translation>
        </message>
        <message>
            <source>Nothing read: the battery refused (KO).</source>
            <translation>Niets gelezen: de accu weigerde (KO).</translation>
        </message>
        <message>
            <source>Nothing read: the link dropped. Connect again and try again.</source>
            <translation>Niets gelezen: de verbinding viel weg. Maak opnieuw verbinding en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Nothing to export yet: read from the battery first.</source>
            <translation>Nog niets te exporteren: lees eerst uit de accu.</translation>
        </message>
        <message>
            <source>One bar per hour, at the hour's end, newest on the right (hours by {0}); dashed lines: each day's lowest and highest value.</source>
            <translation>Eén staaf per uur, aan het einde van het uur, nieuwste rechts (uren volgens {0}); stippellijnen: de laagste en hoogste waarde van elke dag.</translation>
        </message>
        <message>
            <source>Read from battery</source>
            <translation>Uit accu lezen</translation>
        </message>
        <message>
            <source>Read from the battery at {0}.</source>
            <translation>Uit de accu gelezen om {0}.</translation>
        </message>
        <message>
            <source>Reading the log and the history…</source>
            <translation>Het logboek en de geschiedenis worden gelezen…</translation>
        </message>
        <message>
            <source>Save the cell log and the SoC history to one CSV file</source>
            <translation>Het cellogboek en de SoC-geschiedenis in één CSV-bestand opslaan</translation>
        </message>
        <message>
            <source>State of charge, last 7 days</source>
            <translation>Laadtoestand, laatste 7 dagen</translation>
        </message>
        <message>
            <source>T high</source>
            <translation>T hoog</translation>
        </message>
        <message>
            <source>T low (charge)</source>
            <translation>T laag (laden)</translation>
        </message>
        <message>
            <source>T low (discharge)</source>
            <translation>T laag (ontladen)</translation>
        </message>
        <message>
            <source>The battery began a new hour during the read: {0} h not known. Read again.</source>
            <translation>De accu begon tijdens het lezen een nieuw uur: {0} u niet bekend. Lees opnieuw.</translation>
        </message>
        <message>
            <source>The battery keeps its SoC of every hour of the last 7 days. It is read after connecting.</source>
            <translation>De batterij bewaart haar SoC van elk uur van de laatste 7 dagen. Die wordt na het verbinden gelezen.</translation>
        </message>
        <message>
            <source>The cell-board chain was broken from this cell on (E light).</source>
            <translation>De keten van celmodules was vanaf deze cel onderbroken (lampje E).</translation>
        </message>
        <message>
            <source>Unknown event ({0})</source>
            <translation>Onbekende gebeurtenis ({0})</translation>
        </message>
        <message>
            <source>V high</source>
            <translation>V hoog</translation>
        </message>
        <message>
            <source>V low</source>
            <translation>V laag</translation>
        </message>
        <message>
            <source>arrived damaged (checksum)</source>
            <translation>beschadigd aangekomen (controlesom)</translation>
        </message>
        <message>
            <source>less than a minute ago</source>
            <translation>minder dan een minuut geleden</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>geen antwoord</translation>
        </message>
        <message>
            <source>not allowed (NA)</source>
            <translation>niet toegestaan (NA)</translation>
        </message>
        <message>
            <source>not asked for: the battery stopped answering</source>
            <translation>niet opgevraagd: de accu antwoordde niet meer</translation>
        </message>
        <message>
            <source>not understood (WRONG)</source>
            <translation>niet begrepen (WRONG)</translation>
        </message>
        <message>
            <source>refused (KO)</source>
            <translation>geweigerd (KO)</translation>
        </message>
        <message>
            <source>the battery's clock</source>
            <translation>de klok van de accu</translation>
        </message>
        <message>
            <source>the link dropped</source>
            <translation>de verbinding viel weg</translation>
        </message>
        <message>
            <source>this computer's clock</source>
            <translation>de klok van deze computer</translation>
        </message>
        <message>
            <source>time unknown</source>
            <translation>tijd onbekend</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>{0} dagen geleden</translation>
        </message>
        <message>
            <source>{0} h ago</source>
            <translation>{0} u geleden</translation>
        </message>
        <message>
            <source>{0} min ago</source>
            <translation>{0} min geleden</translation>
        </message>
        <message>
            <source>{0} not read: {1}</source>
            <translation>{0} niet gelezen: {1}</translation>
        </message>
        <message>
            <source>{0} values were not a percentage: shown as gaps.</source>
            <translation>{0} waarden waren geen percentage: getoond als gaten.</translation>
        </message>
        <message>
            <source>{0}: no value</source>
            <translation>{0}: geen waarde</translation>
        </message>
        <message>
            <source>{0}: not read</source>
            <translation>{0}: niet gelezen</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… en nog {0}</translation>
        </message>
    </context>
    <context>
        <name>LinkQualityLabel</name>
        <message>
            <source>A record from the battery that looks garbled on the way (a value far from the last one, or values that contradict each other) is held back until the next record confirms it, so no spike, light or relay reason comes from it. Link quality: the share of the records received on this connection that became values (neither unreadable nor held back).</source>
            <translation>Een record van de accu dat onderweg verminkt lijkt (een waarde ver van de vorige, of waarden die elkaar tegenspreken) wordt tegengehouden tot het volgende record het bevestigt, zodat er geen piek, lampje of relaisreden uit voortkomt. Verbindingskwaliteit: het deel van de op deze verbinding ontvangen records dat een waarde werd (niet onleesbaar en niet tegengehouden).</translation>
        </message>
        <message>
            <source>Link quality {0} %</source>
            <translation>Verbindingskwaliteit {0} %</translation>
        </message>
        <message>
            <source>Link quality {0} % · {1} held back</source>
            <translation>Verbindingskwaliteit {0} % · {1} tegengehouden</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Load settings from file…</source>
            <translation>Instellingen &amp;laden uit bestand…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Voorkeuren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Recordings…</source>
            <translation>&amp;Opnamen…</translation>
        </message>
        <message>
            <source>&amp;Save settings to file…</source>
            <translation>Instellingen op&amp;slaan in bestand…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Beeld</translation>
        </message>
        <message>
            <source>Back to &amp;live data</source>
            <translation>Terug naar &amp;live gegevens</translation>
        </message>
        <message>
            <source>Battery details</source>
            <translation>Accudetails</translation>
        </message>
        <message>
            <source>Cannot keep the computer awake</source>
            <translation>Kan de computer niet wakker houden</translation>
        </message>
        <message>
            <source>Cell voltages, temperatures, current and SoC over time</source>
            <translation>Celspanningen, temperaturen, stroom en SoC in de tijd</translation>
        </message>
        <message>
            <source>Cells as &amp;heat map</source>
            <translation>Cellen als &amp;warmtekaart</translation>
        </message>
        <message>
            <source>Change the &amp;PIN…</source>
            <translation>Pin&amp;code wijzigen…</translation>
        </message>
        <message>
            <source>Close the recording; the pages show the connected battery again</source>
            <translation>De opname sluiten; de pagina's tonen weer de verbonden accu</translation>
        </message>
        <message>
            <source>Commissioning &amp;report…</source>
            <translation>Inbedrijfstellings&amp;rapport…</translation>
        </message>
        <message>
            <source>Could not save the preferences: {0}</source>
            <translation>Kan de voorkeuren niet opslaan: {0}</translation>
        </message>
        <message>
            <source>Disconnect and close the app</source>
            <translation>Verbinding verbreken en de app sluiten</translation>
        </message>
        <message>
            <source>Drive the simulated battery: sun, load, faults</source>
            <translation>De gesimuleerde accu besturen: zon, belasting, storingen</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Gebeurtenissen</translation>
        </message>
        <message>
            <source>Every cell's voltage and temperature, and the five warning lights</source>
            <translation>Spanning en temperatuur van elke cel, en de vijf waarschuwingslampjes</translation>
        </message>
        <message>
            <source>Every page shows the recording, not the battery's present state</source>
            <translation>Elke pagina toont de opname, niet de huidige toestand van de accu</translation>
        </message>
        <message>
            <source>Every recorded connection: sizes and dates, open in Plots, delete</source>
            <translation>Elke opgenomen verbinding: grootte en datum, openen in Grafieken, verwijderen</translation>
        </message>
        <message>
            <source>Hide these notes until the next connection</source>
            <translation>Deze meldingen verbergen tot de volgende verbinding</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <source>Keeping this computer awake</source>
            <translation>Deze computer wordt wakker gehouden</translation>
        </message>
        <message>
            <source>Kept: up to {0} and {1}; the oldest go first. Change it in File → Preferences.</source>
            <translation>Bewaard: tot {0} en {1}; de oudste gaan eerst. Wijzig dit in Bestand → Voorkeuren.</translation>
        </message>
        <message>
            <source>Load settings from a file; the changes are shown before anything is written</source>
            <translation>Instellingen uit een bestand laden; de wijzigingen worden getoond voordat er iets wordt geschreven</translation>
        </message>
        <message>
            <source>Open Settings at the PIN</source>
            <translation>Instellingen openen bij de pincode</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <source>Pages (Ctrl+1 … Ctrl+{0})</source>
            <translation>Pagina's (Ctrl+1 … Ctrl+{0})</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>Grafieken</translation>
        </message>
        <message>
            <source>Prevent auto-lock is on ({0})</source>
            <translation>Automatische vergrendeling voorkomen staat aan ({0})</translation>
        </message>
        <message>
            <source>Prevent auto-lock status</source>
            <translation>Status automatische vergrendeling voorkomen</translation>
        </message>
        <message>
            <source>Replaying {0} at {1}: every page shows the recording.</source>
            <translation>{0} wordt afgespeeld, stand {1}: elke pagina toont de opname.</translation>
        </message>
        <message>
            <source>Replaying {0}: every page shows the recording.</source>
            <translation>{0} wordt afgespeeld: elke pagina toont de opname.</translation>
        </message>
        <message>
            <source>Save the battery's settings to a JSON file</source>
            <translation>De instellingen van de accu in een JSON-bestand opslaan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Several packs at once: a card per pack, the totals, divergence warnings</source>
            <translation>Meerdere packs tegelijk: een kaart per pack, de totalen, waarschuwingen bij verschillen</translation>
        </message>
        <message>
            <source>Show the cells as small coloured squares (for many cells)</source>
            <translation>De cellen als kleine gekleurde vierkanten tonen (voor veel cellen)</translation>
        </message>
        <message>
            <source>Simulator</source>
            <translation>Simulator</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Installatie</translation>
        </message>
        <message>
            <source>SmartBMS Desktop</source>
            <translation>SmartBMS Desktop</translation>
        </message>
        <message>
            <source>Solar, battery and load at a glance (the app's dashboard)</source>
            <translation>Zon, accu en belasting in één oogopslag (het dashboard van de app)</translation>
        </message>
        <message>
            <source>Switches / wizards</source>
            <translation>Schakelaars / wizards</translation>
        </message>
        <message>
            <source>The BMS settings: read, change, apply, save to a file</source>
            <translation>De instellingen van het BMS: lezen, wijzigen, toepassen, opslaan in een bestand</translation>
        </message>
        <message>
            <source>The IN board's option switches and the hidden factory settings, step by step</source>
            <translation>De optieschakelaars van het IN-board en de verborgen fabrieksinstellingen, stap voor stap</translation>
        </message>
        <message>
            <source>The PIN has four digits.</source>
            <translation>De pincode heeft vier cijfers.</translation>
        </message>
        <message>
            <source>The battery's own log of its last ten cell events, explained</source>
            <translation>Het eigen logboek van de batterij met haar laatste tien celgebeurtenissen, uitgelegd</translation>
        </message>
        <message>
            <source>The battery's state of charge of every hour of the last 7 days</source>
            <translation>De laadtoestand van de batterij van elk uur van de laatste 7 dagen</translation>
        </message>
        <message>
            <source>The commissioning report (PDF): site, battery, settings, pack, session, checklist</source>
            <translation>Het inbedrijfstellingsrapport (PDF): locatie, accu, instellingen, pakket, sessie, checklist</translation>
        </message>
        <message>
            <source>The language changes fully after a restart.</source>
            <translation>De taal verandert volledig na een herstart.</translation>
        </message>
        <message>
            <source>Theme, language, units, prevent auto-lock, simulator, recordings limits</source>
            <translation>Thema, taal, eenheden, automatische vergrendeling voorkomen, simulator, limieten voor opnamen</translation>
        </message>
        <message>
            <source>a recording</source>
            <translation>een opname</translation>
        </message>
        <message>
            <source>no age limit</source>
            <translation>geen leeftijdslimiet</translation>
        </message>
        <message>
            <source>no size limit</source>
            <translation>geen groottelimiet</translation>
        </message>
        <message>
            <source>{0} MB</source>
            <translation>{0} MB</translation>
        </message>
        <message>
            <source>{0} days</source>
            <translation>{0} dagen</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>'{label}' is an action, not a setting; remove it from the file.</source>
            <translation>'{label}' is een actie, geen instelling; verwijder het uit het bestand.</translation>
        </message>
        <message>
            <source>(not reported)</source>
            <translation>(niet gemeld)</translation>
        </message>
        <message>
            <source>1 attempt</source>
            <translation>1 poging</translation>
        </message>
        <message>
            <source>123\SmartBMS</source>
            <translation>123\SmartBMS</translation>
        </message>
        <message>
            <source>? = not reported by the BMS: check on the board</source>
            <translation>? = niet gemeld door het BMS: controleer op de print</translation>
        </message>
        <message>
            <source>A pack has 1 to 255 cells, not {cells}.</source>
            <translation>Een pack heeft 1 tot 255 cellen, niet {cells}.</translation>
        </message>
        <message>
            <source>A pack has no key.</source>
            <translation>Een pack heeft geen sleutel.</translation>
        </message>
        <message>
            <source>A pack must be an object.</source>
            <translation>Een pack moet een object zijn.</translation>
        </message>
        <message>
            <source>A pack needs a name.</source>
            <translation>Een pack heeft een naam nodig.</translation>
        </message>
        <message>
            <source>A pack's link is not valid: {reason}</source>
            <translation>De verbinding van een pack is ongeldig: {reason}</translation>
        </message>
        <message>
            <source>A pack's link must be an object.</source>
            <translation>De verbinding van een pack moet een object zijn.</translation>
        </message>
        <message>
            <source>A recorded cell log or SoC history could not be read: {problem}</source>
            <translation>Een opgenomen cellogboek of SoC-geschiedenis kon niet gelezen worden: {problem}</translation>
        </message>
        <message>
            <source>A simulated site has 1 to 32 packs, not {count}.</source>
            <translation>Een gesimuleerde installatie heeft 1 tot 32 packs, niet {count}.</translation>
        </message>
        <message>
            <source>A site must be a JSON object.</source>
            <translation>Een installatie moet een JSON-object zijn.</translation>
        </message>
        <message>
            <source>A site's packs must be a list.</source>
            <translation>De packs van een installatie moeten een lijst zijn.</translation>
        </message>
        <message>
            <source>A {kind} link needs an address or a port.</source>
            <translation>Een {kind}-verbinding heeft een adres of een poort nodig.</translation>
        </message>
        <message>
            <source>At the start: {states}.</source>
            <translation>Bij het begin: {states}.</translation>
        </message>
        <message>
            <source>At the start: {states}; no relay, warning-light or setting change during the session.</source>
            <translation>Bij het begin: {states}; geen wijziging van relais, waarschuwingslampjes of instellingen tijdens de sessie.</translation>
        </message>
        <message>
            <source>Balancing cells</source>
            <translation>Balancerende cellen</translation>
        </message>
        <message>
            <source>Battery capacity {capacity} is above 75 % of the rated {rated} ({cells} cells × {ah} × {nominal}): the manual advises 75 % to allow for ageing and temperature, about {advice}.</source>
            <translation>Accucapaciteit {capacity} ligt boven 75 % van de nominale {rated} ({cells} cellen × {ah} × {nominal}): de handleiding adviseert 75 % vanwege veroudering en temperatuur, ongeveer {advice}.</translation>
        </message>
        <message>
            <source>Battery current</source>
            <translation>Accustroom</translation>
        </message>
        <message>
            <source>Bluetooth device {address}</source>
            <translation>Bluetooth-apparaat {address}</translation>
        </message>
        <message>
            <source>Bluetooth is switched off. Switch it on in Settings → Bluetooth &amp; devices, then try again.</source>
            <translation>Bluetooth staat uit. Zet het aan in Instellingen → Bluetooth en apparaten en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Bluetooth is switched off. Switch it on in System Settings → Bluetooth, then try again.</source>
            <translation>Bluetooth staat uit. Zet het aan in Systeeminstellingen → Bluetooth en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Bluetooth is switched off. Switch it on in the system's Bluetooth settings (or run "rfkill unblock bluetooth" and "bluetoothctl power on"), then try again.</source>
            <translation>Bluetooth staat uit. Zet het aan in de Bluetooth-instellingen van het systeem (of voer "rfkill unblock bluetooth" en "bluetoothctl power on" uit) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Can't copy the recording to {path}: {reason}. Choose another folder (an earlier file of that name is unchanged).</source>
            <translation>Kan de opname niet naar {path} kopiëren: {reason}. Kies een andere map (een eerder bestand met die naam is ongewijzigd).</translation>
        </message>
        <message>
            <source>Can't write the recording {path}: {reason}. The live view continues; choose a folder you can write to.</source>
            <translation>Kan de opname {path} niet schrijven: {reason}. De live weergave gaat door; kies een map waarin u kunt schrijven.</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Cell chemistry</source>
            <translation>Celchemie</translation>
        </message>
        <message>
            <source>Cell event log (the BMS's last ten events)</source>
            <translation>Cellogboek (de laatste tien gebeurtenissen van het BMS)</translation>
        </message>
        <message>
            <source>Cell spread under {limit}</source>
            <translation>Celspreiding onder {limit}</translation>
        </message>
        <message>
            <source>Cell temperatures plausible</source>
            <translation>Celtemperaturen plausibel</translation>
        </message>
        <message>
            <source>Cells in series</source>
            <translation>Cellen in serie</translation>
        </message>
        <message>
            <source>Cells reporting</source>
            <translation>Cellen die melden</translation>
        </message>
        <message>
            <source>Charge relay</source>
            <translation>Laadrelais</translation>
        </message>
        <message>
            <source>Charge relay open on {open} while closed on {closed}.</source>
            <translation>Laadrelais open bij {open}, terwijl gesloten bij {closed}.</translation>
        </message>
        <message>
            <source>Charge relay seen switching</source>
            <translation>Laadrelais zien schakelen</translation>
        </message>
        <message>
            <source>Charge restart at 100 % lets the charge relay close again as soon as the SoC drops from full, so it toggles; the manual's restart exists to prevent that. 90-95 % is usual.</source>
            <translation>Herstart laden op 100 % laat het laadrelais weer sluiten zodra de SoC van vol daalt, zodat het heen en weer schakelt; de herstart uit de handleiding is er juist om dat te voorkomen. 90-95 % is gebruikelijk.</translation>
        </message>
        <message>
            <source>Check that the battery is in range and powered.</source>
            <translation>Controleer of de accu binnen bereik is en voeding heeft.</translation>
        </message>
        <message>
            <source>Check that the battery is powered and within about 10 m, press Scan and pick it from the list, then connect.</source>
            <translation>Controleer of de accu aan staat en binnen ongeveer 10 m is, druk op Zoeken, kies hem uit de lijst en maak dan verbinding.</translation>
        </message>
        <message>
            <source>Check the battery and try again.</source>
            <translation>Controleer de accu en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Checking the PIN</source>
            <translation>Pincode controleren</translation>
        </message>
        <message>
            <source>Choose at most {count} cells (use the heat map for all).</source>
            <translation>Kies maximaal {count} cellen (gebruik de warmtekaart voor allemaal).</translation>
        </message>
        <message>
            <source>Coldest / warmest cell</source>
            <translation>Koudste / warmste cel</translation>
        </message>
        <message>
            <source>Commissioning checklist</source>
            <translation>Checklist inbedrijfstelling</translation>
        </message>
        <message>
            <source>Commissioning report</source>
            <translation>Inbedrijfstellingsrapport</translation>
        </message>
        <message>
            <source>Connected again</source>
            <translation>Weer verbonden</translation>
        </message>
        <message>
            <source>Connected by</source>
            <translation>Verbonden via</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Could not connect to {device}. {fix}</source>
            <translation>Kon geen verbinding maken met {device}. {fix}</translation>
        </message>
        <message>
            <source>Could not open serial port {port}: {reason}. Check the cable and that the port is the SmartBMS adapter (`smartbms scan` lists the ports).</source>
            <translation>Kan seriële poort {port} niet openen: {reason}. Controleer de kabel en of de poort de SmartBMS-adapter is (`smartbms scan` toont de poorten).</translation>
        </message>
        <message>
            <source>Current sensor</source>
            <translation>Stroomsensor</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Differs</source>
            <translation>Afwijkend</translation>
        </message>
        <message>
            <source>Discharge restart at 0 % lets the load relay close again on an empty pack as soon as the cells recover above V min, so it toggles. 10-30 % is usual.</source>
            <translation>Herstart ontladen op 0 % laat het belastingrelais bij een leeg pakket weer sluiten zodra de cellen boven V min herstellen, zodat het heen en weer schakelt. 10-30 % is gebruikelijk.</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Niet verbonden</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <source>Every cell reports</source>
            <translation>Elke cel meldt</translation>
        </message>
        <message>
            <source>Export cancelled: {path} was not written (an earlier file of that name is unchanged).</source>
            <translation>Export geannuleerd: {path} is niet geschreven (een eerder bestand met die naam is ongewijzigd).</translation>
        </message>
        <message>
            <source>Factory PIN changed</source>
            <translation>Fabriekspincode gewijzigd</translation>
        </message>
        <message>
            <source>Factory value</source>
            <translation>Fabriekswaarde</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>Generatie</translation>
        </message>
        <message>
            <source>Generation {generation} is not 2 or 3.</source>
            <translation>Generatie {generation} is niet 2 of 3.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Hidden settings (switches 4–7): {cells} cells (table entry {entry})</source>
            <translation>Verborgen instellingen (schakelaars 4–7): {cells} cellen (tabelregel {entry})</translation>
        </message>
        <message>
            <source>Highest cell</source>
            <translation>Hoogste cel</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>Installatie</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>Installateur</translation>
        </message>
        <message>
            <source>Internal error in the connection: {error}</source>
            <translation>Interne fout in de verbinding: {error}</translation>
        </message>
        <message>
            <source>It is not a settings file (not valid JSON: {error}).</source>
            <translation>Het is geen instellingenbestand (geen geldige JSON: {error}).</translation>
        </message>
        <message>
            <source>It is not a settings file (the top level is not a JSON object).</source>
            <translation>Het is geen instellingenbestand (het hoogste niveau is geen JSON-object).</translation>
        </message>
        <message>
            <source>It is not a settings file of this app (no schema_version).</source>
            <translation>Het is geen instellingenbestand van deze app (geen schema_version).</translation>
        </message>
        <message>
            <source>It is not a settings file: it is larger than {limit} (a settings file holds a few kilobytes).</source>
            <translation>Het is geen instellingenbestand: het is groter dan {limit} (een instellingenbestand is enkele kilobytes groot).</translation>
        </message>
        <message>
            <source>It is not a settings file: its objects and lists nest more than {depth} deep.</source>
            <translation>Het is geen instellingenbestand: de objecten en lijsten zijn meer dan {depth} niveaus diep genest.</translation>
        </message>
        <message>
            <source>LiFePO4, assumed from V bypass</source>
            <translation>LiFePO4, aangenomen op grond van V bypass</translation>
        </message>
        <message>
            <source>Link lost</source>
            <translation>Verbinding verbroken</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Load relay</source>
            <translation>Belastingrelais</translation>
        </message>
        <message>
            <source>Load relay open on {open} while closed on {closed}.</source>
            <translation>Belastingrelais open bij {open}, terwijl gesloten bij {closed}.</translation>
        </message>
        <message>
            <source>Load relay seen switching</source>
            <translation>Belastingrelais zien schakelen</translation>
        </message>
        <message>
            <source>Long session: the chart shows {points} moments spread over it.</source>
            <translation>Lange sessie: de grafiek toont {points} momenten verspreid over de sessie.</translation>
        </message>
        <message>
            <source>Lowest cell</source>
            <translation>Laagste cel</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemeten</translation>
        </message>
        <message>
            <source>Move closer (within about 10 m), check that the battery is powered and that no phone is connected to it, then try again.</source>
            <translation>Kom dichterbij (binnen ongeveer 10 m), controleer of de accu aan staat en er geen telefoon mee verbonden is en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>No cell reported.</source>
            <translation>Geen cel heeft gemeld.</translation>
        </message>
        <message>
            <source>No permission to open {port}: on Linux add yourself to the 'dialout' group (sudo usermod -aG dialout $USER) and log in again.</source>
            <translation>Geen toestemming om {port} te openen: voeg uzelf op Linux toe aan de groep 'dialout' (sudo usermod -aG dialout $USER) en meld u opnieuw aan.</translation>
        </message>
        <message>
            <source>No permission to write {path}. Choose another file or folder (or close the file in other programs); an earlier version of it is unchanged.</source>
            <translation>Geen toestemming om {path} te schrijven. Kies een ander bestand of een andere map (of sluit het bestand in andere programma's); een eerdere versie ervan is ongewijzigd.</translation>
        </message>
        <message>
            <source>No recording at {path}.</source>
            <translation>Geen opname op {path}.</translation>
        </message>
        <message>
            <source>No recording at {path}: nothing was copied.</source>
            <translation>Geen opname op {path}: er is niets gekopieerd.</translation>
        </message>
        <message>
            <source>No relay, warning-light or setting change during the session.</source>
            <translation>Geen wijziging van relais, waarschuwingslampjes of instellingen tijdens de sessie.</translation>
        </message>
        <message>
            <source>No warning light on</source>
            <translation>Geen waarschuwingslampje aan</translation>
        </message>
        <message>
            <source>Not read: the battery did not accept the PIN for this (NA), so nothing was asked. Connect again with the right PIN.</source>
            <translation>Niet gelezen: de accu accepteerde de pincode hiervoor niet (NA), dus er is niets gevraagd. Maak opnieuw verbinding met de juiste pincode.</translation>
        </message>
        <message>
            <source>Not read: the battery did not understand the request to pause its live data (WRONG), so nothing was asked. This is a bug in the app; please report it.</source>
            <translation>Niet gelezen: de accu begreep het verzoek om zijn live gegevens te pauzeren niet (WRONG), dus er is niets gevraagd. Dit is een fout in de app; meld hem alstublieft.</translation>
        </message>
        <message>
            <source>Not read: the battery is not connected ({state}).</source>
            <translation>Niet gelezen: de accu is niet verbonden ({state}).</translation>
        </message>
        <message>
            <source>Not read: the battery refused to pause its live data (KO), so nothing was asked. Read again; if it refuses again, disconnect and connect again.</source>
            <translation>Niet gelezen: de accu weigerde zijn live gegevens te pauzeren (KO), dus er is niets gevraagd. Lees opnieuw; weigert hij weer, verbreek dan de verbinding en maak opnieuw verbinding.</translation>
        </message>
        <message>
            <source>Not read: {path} is a folder, not a file.</source>
            <translation>Niet gelezen: {path} is een map, geen bestand.</translation>
        </message>
        <message>
            <source>Not read: {path} is larger than {limit}; a file of this kind is much smaller.</source>
            <translation>Niet gelezen: {path} is groter dan {limit}; een bestand van deze soort is veel kleiner.</translation>
        </message>
        <message>
            <source>Not read: {path} is not a regular file (it is a device, a pipe or a socket).</source>
            <translation>Niet gelezen: {path} is geen gewoon bestand (het is een apparaat, een pipe of een socket).</translation>
        </message>
        <message>
            <source>Not reported yet</source>
            <translation>Nog niet gemeld</translation>
        </message>
        <message>
            <source>Not written: another setting in this change is invalid, so nothing was sent.</source>
            <translation>Niet geschreven: een andere instelling in deze wijziging is ongeldig, dus er is niets verzonden.</translation>
        </message>
        <message>
            <source>Not written: the battery is not connected ({state}). Nothing was changed.</source>
            <translation>Niet geschreven: de accu is niet verbonden ({state}). Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Not written: this link is read-only (serial frame). Nothing was changed.</source>
            <translation>Niet geschreven: deze verbinding is alleen-lezen (serieel frame). Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Waargenomen</translation>
        </message>
        <message>
            <source>Off, although no warning light is lit (critical mode opens it only on a fault): check the cells on Battery details.</source>
            <translation>Uit, hoewel er geen waarschuwingslampje brandt (kritieke modus opent het alleen bij een storing): controleer de cellen op Accudetails.</translation>
        </message>
        <message>
            <source>Off, no warning light lit: probably the pack was emptied and is waiting for discharge restart {restart} (or a restart delay).</source>
            <translation>Uit, geen waarschuwingslampje: waarschijnlijk was de accu leeg en wacht hij op de herstart ontladen {restart} (of een herstartvertraging).</translation>
        </message>
        <message>
            <source>Off, no warning light lit: probably the pack was full and is waiting for charge restart {restart} (or a restart delay).</source>
            <translation>Uit, geen waarschuwingslampje: waarschijnlijk was de accu vol en wacht hij op de herstart laden {restart} (of een herstartvertraging).</translation>
        </message>
        <message>
            <source>Off: a cell is above T max (Th light). Back on when all cells are below it.</source>
            <translation>Uit: een cel is warmer dan T max (lampje Th). Weer aan als alle cellen eronder zijn.</translation>
        </message>
        <message>
            <source>Off: a cell is at or above V max {vmax} (Vh light). Back on when all cells are below it.</source>
            <translation>Uit: een cel staat op of boven V max {vmax} (lampje Vh). Weer aan als alle cellen eronder zijn.</translation>
        </message>
        <message>
            <source>Off: a cell is at or below V min {vmin} (Vl light): the pack is empty. Charge it; back on when all cells are above V min and the SoC reaches discharge restart {restart}.</source>
            <translation>Uit: een cel staat op of onder V min {vmin} (lampje Vl): de accu is leeg. Laad hem op; weer aan als alle cellen boven V min zijn en de SoC de herstart ontladen {restart} bereikt.</translation>
        </message>
        <message>
            <source>Off: a cell is below T min for charging (Tl light). Back on when all cells are warmer.</source>
            <translation>Uit: een cel is kouder dan T min voor laden (lampje Tl). Weer aan als alle cellen warmer zijn.</translation>
        </message>
        <message>
            <source>Off: a cell is below T min for discharging (Tl light). Back on when all cells are warmer.</source>
            <translation>Uit: een cel is kouder dan T min voor ontladen (lampje Tl). Weer aan als alle cellen warmer zijn.</translation>
        </message>
        <message>
            <source>Off: pack full, all cells at V bypass {vbypass}; back on below charge restart {restart} (now {soc}).</source>
            <translation>Uit: accu vol, alle cellen op V bypass {vbypass}; weer aan onder herstart laden {restart} (nu {soc}).</translation>
        </message>
        <message>
            <source>Off: the cell boards stopped reporting (E light). Back on when every cell reports again; check the cell-board cables.</source>
            <translation>Uit: de celprintjes melden niets meer (lampje E). Weer aan als elke cel weer meldt; controleer de kabels tussen de celprintjes.</translation>
        </message>
        <message>
            <source>Off: the pack was emptied; back on when the SoC reaches discharge restart {restart} (now {soc}).</source>
            <translation>Uit: de accu was leeg; weer aan als de SoC de herstart ontladen {restart} bereikt (nu {soc}).</translation>
        </message>
        <message>
            <source>Off: the pack was full; back on below charge restart {restart} (now {soc}).</source>
            <translation>Uit: de accu was vol; weer aan onder herstart laden {restart} (nu {soc}).</translation>
        </message>
        <message>
            <source>On: charging allowed</source>
            <translation>Aan: laden toegestaan</translation>
        </message>
        <message>
            <source>On: discharging allowed</source>
            <translation>Aan: ontladen toegestaan</translation>
        </message>
        <message>
            <source>Option switches on the IN board</source>
            <translation>Optieschakelaars op de IN-print</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Pakketspanning</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>Reading settings</source>
            <translation>Instellingen lezen</translation>
        </message>
        <message>
            <source>Reconnect with the right PIN.</source>
            <translation>Maak opnieuw verbinding met de juiste pincode.</translation>
        </message>
        <message>
            <source>Reconnecting</source>
            <translation>Opnieuw verbinden</translation>
        </message>
        <message>
            <source>Reconnecting in {seconds}</source>
            <translation>Opnieuw verbinden over {seconds}</translation>
        </message>
        <message>
            <source>Recording to {path} stopped: {reason}. The live view continues.</source>
            <translation>Opname naar {path} gestopt: {reason}. De live weergave gaat door.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serienummer</translation>
        </message>
        <message>
            <source>Serial number: {serial}</source>
            <translation>Serienummer: {serial}</translation>
        </message>
        <message>
            <source>Serial port {port} is in use by another program: close it and try again.</source>
            <translation>Seriële poort {port} is in gebruik door een ander programma: sluit dat en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Serial port {port} not found: plug in the USB cable, or see the ports with `smartbms scan`.</source>
            <translation>Seriële poort {port} niet gevonden: sluit de USB-kabel aan, of bekijk de poorten met `smartbms scan`.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Instelling</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Settings follow the manual's advice</source>
            <translation>Instellingen volgen het advies van de handleiding</translation>
        </message>
        <message>
            <source>Settings read back after the last change</source>
            <translation>Instellingen teruggelezen na de laatste wijziging</translation>
        </message>
        <message>
            <source>Settings written: {what}</source>
            <translation>Instellingen geschreven: {what}</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Handtekeningen</translation>
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
            <translation>Locatie</translation>
        </message>
        <message>
            <source>SoC {spread} apart ({low} {low_soc}, {high} {high_soc}); the limit is {limit}.</source>
            <translation>SoC {spread} uit elkaar ({low} {low_soc}, {high} {high_soc}); de grens is {limit}.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Spreiding</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Toestand</translation>
        </message>
        <message>
            <source>State of charge</source>
            <translation>Laadtoestand</translation>
        </message>
        <message>
            <source>State of charge, hour by hour, over the last week</source>
            <translation>Laadtoestand per uur over de afgelopen week</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>Switch 1 — message rate: not measured</source>
            <translation>Schakelaar 1 — berichtsnelheid: niet gemeten</translation>
        </message>
        <message>
            <source>Switch 1 — message rate: one message every {seconds}</source>
            <translation>Schakelaar 1 — berichtsnelheid: één bericht per {seconds}</translation>
        </message>
        <message>
            <source>Switch 3 — blind spot and switch 4 — auto zero: not reported by the BMS; check them on the board (3 ON and 4 OFF are the manual's advice)</source>
            <translation>Schakelaar 3 — dode zone en schakelaar 4 — automatische nulstelling: niet gemeld door het BMS; controleer ze op de print (3 AAN en 4 UIT is het advies van de handleiding)</translation>
        </message>
        <message>
            <source>Switch 5 — mode: critical mode</source>
            <translation>Schakelaar 5 — modus: kritieke modus</translation>
        </message>
        <message>
            <source>Switch 5 — mode: normal mode (recommended)</source>
            <translation>Schakelaar 5 — modus: normale modus (aanbevolen)</translation>
        </message>
        <message>
            <source>Switch 5 — mode: not reported by this BMS</source>
            <translation>Schakelaar 5 — modus: niet gemeld door dit BMS</translation>
        </message>
        <message>
            <source>Switch 8 — must be OFF in normal use (not reported by the BMS)</source>
            <translation>Schakelaar 8 — moet bij normaal gebruik UIT staan (niet gemeld door het BMS)</translation>
        </message>
        <message>
            <source>Switches 2, 6, 7 — V bypass (balancing voltage): {volts}</source>
            <translation>Schakelaars 2, 6, 7 — V bypass (balanceerspanning): {volts}</translation>
        </message>
        <message>
            <source>Switches 2, 6, 7 — V bypass: not reported</source>
            <translation>Schakelaars 2, 6, 7 — V bypass: niet gemeld</translation>
        </message>
        <message>
            <source>T min (charge) {value} is below 0 °C: LiFePO4 must not be charged below freezing.</source>
            <translation>T min (laden) {value} ligt onder 0 °C: LiFePO4 mag niet onder het vriespunt worden geladen.</translation>
        </message>
        <message>
            <source>The 'device' section must be an object.</source>
            <translation>De sectie 'device' moet een object zijn.</translation>
        </message>
        <message>
            <source>The '{section}' section must be an object of name: value.</source>
            <translation>De sectie '{section}' moet een object van naam: waarde zijn.</translation>
        </message>
        <message>
            <source>The BMS now acts at {value}, between the old and the new value.</source>
            <translation>Het BMS grijpt nu in bij {value}, tussen de oude en de nieuwe waarde.</translation>
        </message>
        <message>
            <source>The BMS now works with {value} for {label}, a value nobody chose.</source>
            <translation>Het BMS werkt nu met {value} voor {label}, een waarde die niemand koos.</translation>
        </message>
        <message>
            <source>The BMS sent no value for these hours.</source>
            <translation>Het BMS stuurde voor deze uren geen waarde.</translation>
        </message>
        <message>
            <source>The Bluetooth scan failed. Check that Bluetooth is switched on, then scan again.</source>
            <translation>Zoeken via Bluetooth is mislukt. Controleer of Bluetooth aan staat en zoek opnieuw.</translation>
        </message>
        <message>
            <source>The Bluetooth scan failed. {fix}</source>
            <translation>Zoeken via Bluetooth is mislukt. {fix}</translation>
        </message>
        <message>
            <source>The Bluetooth service (BlueZ) is not running. Start it with "sudo systemctl start bluetooth" (install the bluez package if it is missing), then try again.</source>
            <translation>De Bluetooth-dienst (BlueZ) draait niet. Start hem met "sudo systemctl start bluetooth" (installeer het pakket bluez als het ontbreekt) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The USB serial link is read-only: the BMS sends its data frame and accepts no commands. Change settings over Bluetooth.</source>
            <translation>De seriële USB-verbinding is alleen-lezen: het BMS stuurt zijn dataframe en neemt geen opdrachten aan. Wijzig instellingen via Bluetooth.</translation>
        </message>
        <message>
            <source>The Windows Bluetooth service is not running. Start "Bluetooth Support Service" in Services, then try again.</source>
            <translation>De Bluetooth-dienst van Windows draait niet. Start "Bluetooth-ondersteuningsservice" in Services en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The battery</source>
            <translation>De accu</translation>
        </message>
        <message>
            <source>The battery did not allow {request} (NA): the PIN was not accepted. Reconnect with the right PIN.</source>
            <translation>De accu stond {request} niet toe (NA): de pincode is niet geaccepteerd. Maak opnieuw verbinding met de juiste pincode.</translation>
        </message>
        <message>
            <source>The battery did not give its {records} settings ({reasons}). These settings show as not reported: {listed}. The live values are not affected; older firmware may lack these records. Reconnect to try again.</source>
            <translation>De accu gaf zijn instellingen uit {records} niet ({reasons}). Deze instellingen worden getoond als niet gemeld: {listed}. De live waarden worden niet beïnvloed; oudere firmware heeft deze records misschien niet. Maak opnieuw verbinding om het opnieuw te proberen.</translation>
        </message>
        <message>
            <source>The battery did not understand {request} (WRONG). This is a bug in the app; please report it.</source>
            <translation>De accu begreep {request} niet (WRONG). Dit is een fout in de app; meld hem alstublieft.</translation>
        </message>
        <message>
            <source>The battery refused {request} (KO).</source>
            <translation>De accu weigerde {request} (KO).</translation>
        </message>
        <message>
            <source>The battery started a new hour while its history was being read: 1 hour not known. Read again to get it.</source>
            <translation>De accu begon een nieuw uur terwijl zijn geschiedenis werd gelezen: 1 uur niet bekend. Lees opnieuw om het te krijgen.</translation>
        </message>
        <message>
            <source>The battery started a new hour while its history was being read: {count} hours not known. Read again to get them.</source>
            <translation>De accu begon een nieuw uur terwijl zijn geschiedenis werd gelezen: {count} uur niet bekend. Lees opnieuw om ze te krijgen.</translation>
        </message>
        <message>
            <source>The cell log and the SoC history are not available on this BMS: it did not answer {records}. Older (Gen2) firmware may not keep them. The live values are not affected.</source>
            <translation>Het cellogboek en de SoC-geschiedenis zijn niet beschikbaar op dit BMS: het beantwoordde {records} niet. Oudere (Gen2-)firmware houdt ze mogelijk niet bij. De live waarden blijven gewoon werken.</translation>
        </message>
        <message>
            <source>The cell log and the SoC history are not available over the USB serial cable: the cable only carries the live data frame. Connect over Bluetooth to read them.</source>
            <translation>Het cellogboek en de SoC-geschiedenis zijn niet beschikbaar via de seriële USB-kabel: de kabel voert alleen het live dataframe. Maak verbinding via Bluetooth om ze te lezen.</translation>
        </message>
        <message>
            <source>The disk is full: can't record to {path}. The live view continues; free some space and reconnect to record again.</source>
            <translation>De schijf is vol: kan niet opnemen naar {path}. De live weergave gaat door; maak ruimte vrij en maak opnieuw verbinding om weer op te nemen.</translation>
        </message>
        <message>
            <source>The disk is full: recording to {path} stopped. The live view continues; free some space and reconnect to record again.</source>
            <translation>De schijf is vol: opname naar {path} gestopt. De live weergave gaat door; maak ruimte vrij en maak opnieuw verbinding om weer op te nemen.</translation>
        </message>
        <message>
            <source>The disk is full: {path} was not written (an earlier version of it is unchanged). Free some space and try again.</source>
            <translation>De schijf is vol: {path} is niet geschreven (een eerdere versie ervan is ongewijzigd). Maak ruimte vrij en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The factory PIN is still set: anyone nearby with the app can change the settings. Choose your own PIN before handing over.</source>
            <translation>De fabriekspincode is nog ingesteld: iedereen in de buurt met de app kan de instellingen wijzigen. Kies een eigen pincode voor de overdracht.</translation>
        </message>
        <message>
            <source>The file contains a PIN; PINs are never stored in settings files. Remove the 'pin' entry.</source>
            <translation>Het bestand bevat een pincode; pincodes worden nooit in instellingenbestanden opgeslagen. Verwijder de regel 'pin'.</translation>
        </message>
        <message>
            <source>The file has no '{section}' section.</source>
            <translation>Het bestand heeft geen sectie '{section}'.</translation>
        </message>
        <message>
            <source>The file has schema version {version}; it was written by a newer version of the app; update the app.</source>
            <translation>Het bestand heeft schemaversie {version}; het is geschreven door een nieuwere versie van de app; werk de app bij.</translation>
        </message>
        <message>
            <source>The file has schema version {version}; this app reads version {supported}.</source>
            <translation>Het bestand heeft schemaversie {version}; deze app leest versie {supported}.</translation>
        </message>
        <message>
            <source>The file holds the number {number}, which no setting can take (too large, or not a finite number).</source>
            <translation>Het bestand bevat het getal {number}, dat geen enkele instelling kan aannemen (te groot, of geen eindig getal).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose another file.</source>
            <translation>De map {folder} bestaat niet. Kies een ander bestand.</translation>
        </message>
        <message>
            <source>The link dropped while sending: {reason}.</source>
            <translation>De verbinding viel weg tijdens het verzenden: {reason}.</translation>
        </message>
        <message>
            <source>The link dropped while waiting for the battery's answer.</source>
            <translation>De verbinding viel weg tijdens het wachten op het antwoord van de accu.</translation>
        </message>
        <message>
            <source>The link failed. Check that the battery is powered and in range, then try again.</source>
            <translation>De verbinding is mislukt. Controleer of de accu aan staat en binnen bereik is en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The link failed: the battery did not answer in time. Check that the battery is powered and in range.</source>
            <translation>De verbinding is mislukt: de accu antwoordde niet op tijd. Controleer of de accu aan staat en binnen bereik is.</translation>
        </message>
        <message>
            <source>The link is down.</source>
            <translation>De verbinding is verbroken.</translation>
        </message>
        <message>
            <source>The link to {device} broke while sending. It is re-established by itself; check that the battery is in range.</source>
            <translation>De verbinding met {device} viel weg tijdens het verzenden. Ze wordt vanzelf hersteld; controleer of de accu binnen bereik is.</translation>
        </message>
        <message>
            <source>The log is empty: no cell events recorded.</source>
            <translation>Het logboek is leeg: geen celgebeurtenissen vastgelegd.</translation>
        </message>
        <message>
            <source>The macOS Bluetooth service is restarting. Wait a few seconds and try again; if it stays, switch Bluetooth off and on.</source>
            <translation>De Bluetooth-dienst van macOS start opnieuw. Wacht een paar seconden en probeer het opnieuw; blijft het zo, zet Bluetooth dan uit en weer aan.</translation>
        </message>
        <message>
            <source>The pack at the time of the report</source>
            <translation>Het pakket op het moment van het rapport</translation>
        </message>
        <message>
            <source>The protection is now looser than both the old and the new value: the BMS acts only at {value}.</source>
            <translation>De beveiliging is nu ruimer dan zowel de oude als de nieuwe waarde: het BMS grijpt pas in bij {value}.</translation>
        </message>
        <message>
            <source>The protection is now stricter than both the old and the new value: the BMS acts already at {value}.</source>
            <translation>De beveiliging is nu strenger dan zowel de oude als de nieuwe waarde: het BMS grijpt al in bij {value}.</translation>
        </message>
        <message>
            <source>The recording holds no data.</source>
            <translation>De opname bevat geen gegevens.</translation>
        </message>
        <message>
            <source>The recording of this connection could not be read: {why}</source>
            <translation>De opname van deze verbinding kon niet worden gelezen: {why}</translation>
        </message>
        <message>
            <source>The recording {name} cannot keep up with the data (slow disk?); some received bytes are not stored. The live view continues.</source>
            <translation>De opname {name} kan de gegevens niet bijhouden (trage schijf?); sommige ontvangen bytes worden niet opgeslagen. De live weergave gaat door.</translation>
        </message>
        <message>
            <source>The recording {name} reached its size limit ({limit}, file {size}) and stopped. The live view continues.</source>
            <translation>De opname {name} heeft zijn maximale grootte bereikt ({limit}, bestand {size}) en is gestopt. De live weergave gaat door.</translation>
        </message>
        <message>
            <source>The serial link is read-only.</source>
            <translation>De seriële verbinding is alleen-lezen.</translation>
        </message>
        <message>
            <source>The session</source>
            <translation>De sessie</translation>
        </message>
        <message>
            <source>The settings were not read: the USB serial cable and a recording carry only the live data. Make the report while connected over Bluetooth to include them.</source>
            <translation>De instellingen zijn niet gelezen: de USB-seriële kabel en een opname bevatten alleen de live gegevens. Maak het rapport terwijl u via Bluetooth verbonden bent om ze op te nemen.</translation>
        </message>
        <message>
            <source>The site is not valid JSON: {reason}</source>
            <translation>De installatie is geen geldige JSON: {reason}</translation>
        </message>
        <message>
            <source>The system does not let this app use Bluetooth. Add your user to the "bluetooth" group (sudo usermod -aG bluetooth $USER, then log in again) or ask the administrator.</source>
            <translation>Het systeem staat deze app geen Bluetooth toe. Voeg uw gebruiker toe aan de groep "bluetooth" (sudo usermod -aG bluetooth $USER, daarna opnieuw aanmelden) of vraag het de beheerder.</translation>
        </message>
        <message>
            <source>The value may be outside what this battery accepts.</source>
            <translation>De waarde ligt misschien buiten wat deze accu accepteert.</translation>
        </message>
        <message>
            <source>The write address of {label} is not published, so the app does not send it to a real BMS; it works on the simulator.</source>
            <translation>Het schrijfadres van {label} is niet gepubliceerd, daarom stuurt de app het niet naar een echt BMS; op de simulator werkt het wel.</translation>
        </message>
        <message>
            <source>The {record} record arrived damaged ({problem}).</source>
            <translation>Het record {record} kwam beschadigd aan ({problem}).</translation>
        </message>
        <message>
            <source>This Mac does not let this app use Bluetooth. Allow it in System Settings → Privacy &amp; Security → Bluetooth (for the app or terminal that starts it), then start it again.</source>
            <translation>Deze Mac staat deze app geen Bluetooth toe. Sta het toe in Systeeminstellingen → Privacy en beveiliging → Bluetooth (voor de app of de terminal die hem start) en start hem opnieuw.</translation>
        </message>
        <message>
            <source>This Mac reports no Bluetooth LE. Check System Information → Bluetooth, or use the USB serial cable.</source>
            <translation>Deze Mac meldt geen Bluetooth LE. Kijk in Systeeminformatie → Bluetooth, of gebruik de seriële USB-kabel.</translation>
        </message>
        <message>
            <source>This battery still uses the factory PIN 1234. Anyone nearby with the app can change its settings: consider choosing your own PIN in Settings.</source>
            <translation>Deze accu gebruikt nog de fabriekspincode 1234. Iedereen in de buurt met de app kan de instellingen wijzigen: kies bij voorkeur een eigen pincode in Instellingen.</translation>
        </message>
        <message>
            <source>This computer has no Bluetooth adapter that can talk to a battery. Plug in a Bluetooth 4.0 (LE) USB adapter, or use the USB serial cable.</source>
            <translation>Deze computer heeft geen Bluetooth-adapter die met een accu kan praten. Sluit een USB-adapter voor Bluetooth 4.0 (LE) aan, of gebruik de seriële USB-kabel.</translation>
        </message>
        <message>
            <source>This is a bug in the app; please report it.</source>
            <translation>Dit is een fout in de app; meld hem alstublieft.</translation>
        </message>
        <message>
            <source>This settings file cannot be loaded:
- {problems}</source>
            <translation>Dit instellingenbestand kan niet worden geladen:
- {problems}</translation>
        </message>
        <message>
            <source>This site was saved by a newer version (schema {version}).</source>
            <translation>Deze installatie is door een nieuwere versie opgeslagen (schema {version}).</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Too short to chart: fewer than two pack records.</source>
            <translation>Te kort voor een grafiek: minder dan twee pakketrecords.</translation>
        </message>
        <message>
            <source>Two packs have the same key.</source>
            <translation>Twee packs hebben dezelfde sleutel.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Unknown BMS generation {generation} in the 'device' section (2 or 3).</source>
            <translation>Onbekende BMS-generatie {generation} in de sectie 'device' (2 of 3).</translation>
        </message>
        <message>
            <source>Unknown Bluetooth backend {name} in {variable}: use 'bumble' or leave it empty.</source>
            <translation>Onbekende Bluetooth-backend {name} in {variable}: gebruik 'bumble' of laat het leeg.</translation>
        </message>
        <message>
            <source>Unknown link kind {kind}: use {kinds}.</source>
            <translation>Onbekend soort verbinding {kind}: gebruik {kinds}.</translation>
        </message>
        <message>
            <source>Unknown section {key} in the file.</source>
            <translation>Onbekende sectie {key} in het bestand.</translation>
        </message>
        <message>
            <source>Unknown setting {name} cannot be saved.</source>
            <translation>Onbekende instelling {name} kan niet worden opgeslagen.</translation>
        </message>
        <message>
            <source>Unknown setting {name}: nothing was written.</source>
            <translation>Onbekende instelling {name}: er is niets geschreven.</translation>
        </message>
        <message>
            <source>Unknown setting {name}: this version of the app does not know it, so the file was not loaded rather than silently dropping it.</source>
            <translation>Onbekende instelling {name}: deze versie van de app kent haar niet, dus is het bestand niet geladen in plaats van haar stilletjes weg te laten.</translation>
        </message>
        <message>
            <source>Unknown setting {name}: this version of the app does not know it.</source>
            <translation>Onbekende instelling {name}: deze versie van de app kent haar niet.</translation>
        </message>
        <message>
            <source>V low is a warning below the nominal voltage.</source>
            <translation>V laag is een waarschuwing onder de nominale spanning.</translation>
        </message>
        <message>
            <source>V low is an early warning above V min.</source>
            <translation>V laag is een vroege waarschuwing boven V min.</translation>
        </message>
        <message>
            <source>V max {value} is above the typical cell limit {limit} for {chemistry}: check the cells' data sheet.</source>
            <translation>V max {value} ligt boven de gangbare celgrens {limit} voor {chemistry}: controleer het gegevensblad van de cellen.</translation>
        </message>
        <message>
            <source>V min + its hysteresis ({low}) reaches V max − its hysteresis ({high}): a relay that opened may never close again. Use smaller hysteresis values.</source>
            <translation>V min + zijn hysterese ({low}) bereikt V max − zijn hysterese ({high}): een relais dat geopend is, sluit misschien nooit meer. Gebruik kleinere hysteresewaarden.</translation>
        </message>
        <message>
            <source>V min {value} is below the typical cell limit {limit} for {chemistry}: check the cells' data sheet.</source>
            <translation>V min {value} ligt onder de gangbare celgrens {limit} voor {chemistry}: controleer het gegevensblad van de cellen.</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Values that are not a percentage, shown as no value: {values}.</source>
            <translation>Waarden die geen percentage zijn, getoond als geen waarde: {values}.</translation>
        </message>
        <message>
            <source>Voltage {spread} apart ({low} {low_v}, {high} {high_v}); the limit is {limit}.</source>
            <translation>Spanning {spread} uit elkaar ({low} {low_v}, {high} {high_v}); de grens is {limit}.</translation>
        </message>
        <message>
            <source>Warning light {light} off</source>
            <translation>Waarschuwingslampje {light} uit</translation>
        </message>
        <message>
            <source>Warning light {light} on</source>
            <translation>Waarschuwingslampje {light} aan</translation>
        </message>
        <message>
            <source>Warning lights</source>
            <translation>Waarschuwingslampjes</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Waarschuwingen</translation>
        </message>
        <message>
            <source>What the BMS remembers</source>
            <translation>Wat het BMS onthoudt</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Windows does not let this app use Bluetooth. Allow it in Settings → Privacy &amp; security → Radios, then try again.</source>
            <translation>Windows staat deze app geen Bluetooth toe. Sta het toe in Instellingen → Privacy en beveiliging → Radio's en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Windows finds no Bluetooth adapter. Plug in a Bluetooth 4.0 (LE) adapter and check Device Manager, or use the USB serial cable.</source>
            <translation>Windows vindt geen Bluetooth-adapter. Sluit een adapter voor Bluetooth 4.0 (LE) aan en kijk in Apparaatbeheer, of gebruik de seriële USB-kabel.</translation>
        </message>
        <message>
            <source>Wrong PIN: the battery did not accept it. Type its four-digit PIN again; forgot it? Hold the OUT board's Bluetooth button for 5 s to reset it to 1234.</source>
            <translation>Verkeerde pincode: de accu heeft hem niet aanvaard. Typ de viercijferige pincode opnieuw; vergeten? Houd de Bluetooth-knop van het OUT-board 5 s ingedrukt om hem terug te zetten op 1234.</translation>
        </message>
        <message>
            <source>Your BMS does not report {label} (its firmware sends a shorter {record} record), so the app does not write it: the write could not be checked, and this firmware may not have the setting at all.</source>
            <translation>Uw BMS meldt {label} niet (zijn firmware stuurt een korter {record}-record), daarom schrijft de app het niet: het schrijven zou niet gecontroleerd kunnen worden, en deze firmware heeft de instelling misschien helemaal niet.</translation>
        </message>
        <message>
            <source>a cell above T max (Th)</source>
            <translation>een cel boven T max (Th)</translation>
        </message>
        <message>
            <source>a cell at or above V max (Vh)</source>
            <translation>een cel op of boven V max (Vh)</translation>
        </message>
        <message>
            <source>a cell at or below V min (Vl)</source>
            <translation>een cel op of onder V min (Vl)</translation>
        </message>
        <message>
            <source>a cell below T min (Tl)</source>
            <translation>een cel onder T min (Tl)</translation>
        </message>
        <message>
            <source>a user name or password does not belong in the broker's address: give the user name on its own (--username, or in Preferences → Publishing); the password is asked for and kept in the keyring</source>
            <translation>een gebruikersnaam of wachtwoord hoort niet in het adres van de broker: geef de gebruikersnaam apart op (--username, of in Voorkeuren → Publiceren); het wachtwoord wordt gevraagd en in de sleutelbos bewaard</translation>
        </message>
        <message>
            <source>about the last {seconds}</source>
            <translation>ongeveer de laatste {seconds}</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>toegestaan</translation>
        </message>
        <message>
            <source>allowed: no reason to open it</source>
            <translation>toegestaan: geen reden om het te openen</translation>
        </message>
        <message>
            <source>an action takes no value, only 'do it'</source>
            <translation>een actie heeft geen waarde, alleen 'te doen'</translation>
        </message>
        <message>
            <source>arrived damaged</source>
            <translation>beschadigd aangekomen</translation>
        </message>
        <message>
            <source>balancing</source>
            <translation>balanceert</translation>
        </message>
        <message>
            <source>banned by the broker</source>
            <translation>geblokkeerd door de broker</translation>
        </message>
        <message>
            <source>battery</source>
            <translation>accu</translation>
        </message>
        <message>
            <source>byte {number}</source>
            <translation>byte {number}</translation>
        </message>
        <message>
            <source>cell communication lost (E)</source>
            <translation>celcommunicatie verloren (E)</translation>
        </message>
        <message>
            <source>cell event</source>
            <translation>celgebeurtenis</translation>
        </message>
        <message>
            <source>cell spread</source>
            <translation>celspreiding</translation>
        </message>
        <message>
            <source>cell voltage: ok</source>
            <translation>celspanning: ok</translation>
        </message>
        <message>
            <source>changed after the last read</source>
            <translation>gewijzigd na de laatste keer lezen</translation>
        </message>
        <message>
            <source>changed from the factory PIN</source>
            <translation>gewijzigd ten opzichte van de fabriekspincode</translation>
        </message>
        <message>
            <source>charge relay switched off</source>
            <translation>laadrelais uitgeschakeld</translation>
        </message>
        <message>
            <source>connection refused: no broker answers at that address and port</source>
            <translation>verbinding geweigerd: op dat adres en die poort antwoordt geen broker</translation>
        </message>
        <message>
            <source>data on the port, but no 123\SmartBMS frames: wrong port or cable?</source>
            <translation>gegevens op de poort, maar geen 123\SmartBMS-frames: verkeerde poort of kabel?</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>alles</translation>
        </message>
        <message>
            <source>factory PIN</source>
            <translation>fabriekspincode</translation>
        </message>
        <message>
            <source>factory PIN — change it</source>
            <translation>fabriekspincode — wijzig hem</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <source>fewer than two cells measured</source>
            <translation>minder dan twee cellen gemeten</translation>
        </message>
        <message>
            <source>forced off in the settings</source>
            <translation>uitgeforceerd in de instellingen</translation>
        </message>
        <message>
            <source>gave up</source>
            <translation>opgegeven</translation>
        </message>
        <message>
            <source>gave up after 1 attempt</source>
            <translation>opgegeven na 1 poging</translation>
        </message>
        <message>
            <source>gave up after {count} attempts</source>
            <translation>opgegeven na {count} pogingen</translation>
        </message>
        <message>
            <source>its first byte</source>
            <translation>de eerste byte</translation>
        </message>
        <message>
            <source>its first digit</source>
            <translation>het eerste cijfer</translation>
        </message>
        <message>
            <source>its unreadable end skipped</source>
            <translation>het onleesbare einde overgeslagen</translation>
        </message>
        <message>
            <source>link lost</source>
            <translation>verbinding verloren</translation>
        </message>
        <message>
            <source>live connection</source>
            <translation>live verbinding</translation>
        </message>
        <message>
            <source>load</source>
            <translation>belasting</translation>
        </message>
        <message>
            <source>load relay switched off</source>
            <translation>belastingrelais uitgeschakeld</translation>
        </message>
        <message>
            <source>measured {spread}</source>
            <translation>gemeten {spread}</translation>
        </message>
        <message>
            <source>must be on or off</source>
            <translation>moet aan of uit zijn</translation>
        </message>
        <message>
            <source>name, date, signature</source>
            <translation>naam, datum, handtekening</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>geen antwoord</translation>
        </message>
        <message>
            <source>no answer from the broker (timed out)</source>
            <translation>geen antwoord van de broker (time-out)</translation>
        </message>
        <message>
            <source>no answer from {url} within {seconds} s</source>
            <translation>geen antwoord van {url} binnen {seconds} s</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>geen antwoord op tijd</translation>
        </message>
        <message>
            <source>no broker: give mqtt://HOST[:PORT] or mqtts://HOST[:PORT]</source>
            <translation>geen broker: geef mqtt://HOST[:PORT] of mqtts://HOST[:PORT] op</translation>
        </message>
        <message>
            <source>no cell count received</source>
            <translation>geen celaantal ontvangen</translation>
        </message>
        <message>
            <source>no contradiction found</source>
            <translation>geen tegenstrijdigheid gevonden</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>geen gegevens</translation>
        </message>
        <message>
            <source>no data for {seconds}</source>
            <translation>al {seconds} geen gegevens</translation>
        </message>
        <message>
            <source>no relay state received</source>
            <translation>geen relaistoestand ontvangen</translation>
        </message>
        <message>
            <source>no status received</source>
            <translation>geen status ontvangen</translation>
        </message>
        <message>
            <source>no temperature received</source>
            <translation>geen temperatuur ontvangen</translation>
        </message>
        <message>
            <source>no warning light: waiting for the SoC to pass the charge restart level (the pack was full)</source>
            <translation>geen waarschuwingslampje: wacht tot de SoC onder het herstartniveau voor laden komt (het pakket was vol)</translation>
        </message>
        <message>
            <source>no warning light: waiting for the SoC to reach the discharge restart level (the pack was empty)</source>
            <translation>geen waarschuwingslampje: wacht tot de SoC het herstartniveau voor ontladen bereikt (het pakket was leeg)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>none on</source>
            <translation>geen aan</translation>
        </message>
        <message>
            <source>not allowed (NA)</source>
            <translation>niet toegestaan (NA)</translation>
        </message>
        <message>
            <source>not allowed (NA): the PIN was not accepted. Reconnect with the right PIN.</source>
            <translation>niet toegestaan (NA): de pincode is niet geaccepteerd. Maak opnieuw verbinding met de juiste pincode.</translation>
        </message>
        <message>
            <source>not authorised</source>
            <translation>niet gemachtigd</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>niet beschikbaar</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>niet gecontroleerd</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>not known from a recording (it masks the PIN)</source>
            <translation>onbekend uit een opname (die maskeert de pincode)</translation>
        </message>
        <message>
            <source>not known over this link</source>
            <translation>onbekend via deze verbinding</translation>
        </message>
        <message>
            <source>not read</source>
            <translation>niet gelezen</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>niet gemeld</translation>
        </message>
        <message>
            <source>not reported by the BMS</source>
            <translation>niet gemeld door het BMS</translation>
        </message>
        <message>
            <source>not reported by this BMS</source>
            <translation>niet gemeld door dit BMS</translation>
        </message>
        <message>
            <source>not understood (WRONG)</source>
            <translation>niet begrepen (WRONG)</translation>
        </message>
        <message>
            <source>not written, the link dropped before it was sent. Connect again and apply it again if you still want it.</source>
            <translation>niet geschreven, de verbinding viel weg voordat het verzonden was. Maak opnieuw verbinding en pas het opnieuw toe als u het nog wilt.</translation>
        </message>
        <message>
            <source>not written: the battery did not accept the PIN for this (NA), so nothing was sent. Connect again with the right PIN.</source>
            <translation>niet geschreven: de accu accepteerde de pincode hiervoor niet (NA), dus er is niets verzonden. Maak opnieuw verbinding met de juiste pincode.</translation>
        </message>
        <message>
            <source>not written: the battery did not understand the request to pause its live data (WRONG), so nothing was sent. This is a bug in the app; please report it.</source>
            <translation>niet geschreven: de accu begreep het verzoek om zijn live gegevens te pauzeren niet (WRONG), dus er is niets verzonden. Dit is een fout in de app; meld hem alstublieft.</translation>
        </message>
        <message>
            <source>not written: the battery refused to pause its live data for the change (KO), so nothing was sent. Apply again; if it refuses again, disconnect and connect again.</source>
            <translation>niet geschreven: de accu weigerde zijn live gegevens te pauzeren voor de wijziging (KO), dus er is niets verzonden. Pas opnieuw toe; weigert hij weer, verbreek dan de verbinding en maak opnieuw verbinding.</translation>
        </message>
        <message>
            <source>nothing readable</source>
            <translation>niets leesbaars</translation>
        </message>
        <message>
            <source>off</source>
            <translation>uit</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>on</source>
            <translation>aan</translation>
        </message>
        <message>
            <source>only seen {state}</source>
            <translation>alleen {state} gezien</translation>
        </message>
        <message>
            <source>otherwise charging is never allowed.</source>
            <translation>anders is laden nooit toegestaan.</translation>
        </message>
        <message>
            <source>otherwise discharging is never allowed.</source>
            <translation>anders is ontladen nooit toegestaan.</translation>
        </message>
        <message>
            <source>otherwise the charge relay opens before the cells balance and the SoC never resets to 100 %. Raise V max or lower V bypass with switches 2, 6, 7.</source>
            <translation>anders opent het laadrelais voordat de cellen balanceren en wordt de SoC nooit op 100 % gezet. Verhoog V max of verlaag V bypass met schakelaars 2, 6, 7.</translation>
        </message>
        <message>
            <source>out of range</source>
            <translation>buiten bereik</translation>
        </message>
        <message>
            <source>pack voltage</source>
            <translation>pakketspanning</translation>
        </message>
        <message>
            <source>pass</source>
            <translation>geslaagd</translation>
        </message>
        <message>
            <source>read at {time}</source>
            <translation>gelezen om {time}</translation>
        </message>
        <message>
            <source>recording {name}</source>
            <translation>opname {name}</translation>
        </message>
        <message>
            <source>refused (KO)</source>
            <translation>geweigerd (KO)</translation>
        </message>
        <message>
            <source>refused: {reason}</source>
            <translation>geweigerd: {reason}</translation>
        </message>
        <message>
            <source>relay allowed</source>
            <translation>relais toegestaan</translation>
        </message>
        <message>
            <source>relay switched off</source>
            <translation>relais uitgeschakeld</translation>
        </message>
        <message>
            <source>seen both allowed and switched off</source>
            <translation>zowel toegestaan als uitgeschakeld gezien</translation>
        </message>
        <message>
            <source>serial port {port}</source>
            <translation>seriële poort {port}</translation>
        </message>
        <message>
            <source>serial port {port} went away (cable pulled?); plug it in again and reconnect</source>
            <translation>seriële poort {port} is verdwenen (kabel losgetrokken?); sluit hem weer aan en maak opnieuw verbinding</translation>
        </message>
        <message>
            <source>serial port {port} went away (cable pulled?); waiting for it to return</source>
            <translation>seriële poort {port} is verdwenen (kabel losgetrokken?); wachten tot hij terugkomt</translation>
        </message>
        <message>
            <source>set with the hidden switch settings (not reported)</source>
            <translation>ingesteld met de verborgen schakelaarinstellingen (niet gemeld)</translation>
        </message>
        <message>
            <source>settings not read</source>
            <translation>instellingen niet gelezen</translation>
        </message>
        <message>
            <source>settings written</source>
            <translation>instellingen geschreven</translation>
        </message>
        <message>
            <source>simulator</source>
            <translation>simulator</translation>
        </message>
        <message>
            <source>solar / charge</source>
            <translation>zon / laden</translation>
        </message>
        <message>
            <source>switched off</source>
            <translation>uitgeschakeld</translation>
        </message>
        <message>
            <source>switched off: {reasons}</source>
            <translation>uitgeschakeld: {reasons}</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>temperatuur</translation>
        </message>
        <message>
            <source>the BMS holds an unknown value ({raw}), which the app never writes; choose on or off</source>
            <translation>het BMS bevat een onbekende waarde ({raw}), die de app nooit schrijft; kies aan of uit</translation>
        </message>
        <message>
            <source>the BMS holds an unknown value ({raw}), which the app never writes; choose one of the listed choices</source>
            <translation>het BMS bevat een onbekende waarde ({raw}), die de app nooit schrijft; kies een van de keuzes uit de lijst</translation>
        </message>
        <message>
            <source>the CA file {path} does not exist</source>
            <translation>het CA-bestand {path} bestaat niet</translation>
        </message>
        <message>
            <source>the MQTT version must be one of {versions}, got {version}</source>
            <translation>de MQTT-versie moet een van {versions} zijn, niet {version}</translation>
        </message>
        <message>
            <source>the PIN check</source>
            <translation>de pincodecontrole</translation>
        </message>
        <message>
            <source>the PIN must be exactly four digits 0-9</source>
            <translation>de pincode moet precies vier cijfers 0-9 zijn</translation>
        </message>
        <message>
            <source>the battery</source>
            <translation>de accu</translation>
        </message>
        <message>
            <source>the battery did not allow {part} (NA: the PIN was not accepted)</source>
            <translation>de accu stond {part} niet toe (NA: de pincode is niet geaccepteerd)</translation>
        </message>
        <message>
            <source>the battery did not answer {part} within {seconds}</source>
            <translation>de accu antwoordde niet binnen {seconds} op {part}</translation>
        </message>
        <message>
            <source>the battery did not answer {request} within {seconds} ({attempts}). Check that it is in range and powered.</source>
            <translation>de accu antwoordde niet binnen {seconds} op {request} ({attempts}). Controleer of hij binnen bereik is en voeding heeft.</translation>
        </message>
        <message>
            <source>the battery did not understand the command (WRONG). This is a bug in the app; please report it.</source>
            <translation>de accu begreep de opdracht niet (WRONG). Dit is een fout in de app; meld hem alstublieft.</translation>
        </message>
        <message>
            <source>the battery did not understand {part} (WRONG)</source>
            <translation>de accu begreep {part} niet (WRONG)</translation>
        </message>
        <message>
            <source>the battery refused the change (KO). The value may be outside what this battery accepts.</source>
            <translation>de accu weigerde de wijziging (KO). De waarde ligt misschien buiten wat deze accu accepteert.</translation>
        </message>
        <message>
            <source>the battery refused {part} (KO)</source>
            <translation>de accu weigerde {part} (KO)</translation>
        </message>
        <message>
            <source>the broker closed the connection</source>
            <translation>de broker heeft de verbinding verbroken</translation>
        </message>
        <message>
            <source>the broker does not speak this MQTT version</source>
            <translation>de broker ondersteunt deze MQTT-versie niet</translation>
        </message>
        <message>
            <source>the broker is unavailable just now</source>
            <translation>de broker is op dit moment niet beschikbaar</translation>
        </message>
        <message>
            <source>the broker refused the client id</source>
            <translation>de broker weigerde de client-id</translation>
        </message>
        <message>
            <source>the broker refused the login method</source>
            <translation>de broker weigerde de aanmeldmethode</translation>
        </message>
        <message>
            <source>the broker's certificate was not accepted ({detail})</source>
            <translation>het certificaat van de broker werd niet geaccepteerd ({detail})</translation>
        </message>
        <message>
            <source>the broker's host name was not found</source>
            <translation>de hostnaam van de broker werd niet gevonden</translation>
        </message>
        <message>
            <source>the broker's port must be 1 to 65535, got {port}</source>
            <translation>de poort van de broker moet 1 tot 65535 zijn, niet {port}</translation>
        </message>
        <message>
            <source>the cells must be able to reach the balancing voltage without tripping V min.</source>
            <translation>de cellen moeten de balanceerspanning kunnen bereiken zonder dat V min aanspreekt.</translation>
        </message>
        <message>
            <source>the connection closed</source>
            <translation>de verbinding werd gesloten</translation>
        </message>
        <message>
            <source>the connection to the broker was lost</source>
            <translation>de verbinding met de broker is verbroken</translation>
        </message>
        <message>
            <source>the connection was aborted</source>
            <translation>de verbinding werd afgebroken</translation>
        </message>
        <message>
            <source>the connection was reset</source>
            <translation>de verbinding werd gereset</translation>
        </message>
        <message>
            <source>the discovery prefix {value} cannot be used: not empty, no # or + and no / at the start or end</source>
            <translation>het discovery-voorvoegsel {value} is niet bruikbaar: niet leeg, geen # of + en geen / aan het begin of einde</translation>
        </message>
        <message>
            <source>the file holds null, which is no value; give a value or remove the line to leave the setting as it is</source>
            <translation>het bestand bevat null, en dat is geen waarde; geef een waarde of verwijder de regel om de instelling te laten zoals ze is</translation>
        </message>
        <message>
            <source>the fourth byte</source>
            <translation>de vierde byte</translation>
        </message>
        <message>
            <source>the fourth digit</source>
            <translation>het vierde cijfer</translation>
        </message>
        <message>
            <source>the interval must be at least {minimum}, got {value}</source>
            <translation>de interval moet minstens {minimum} zijn, niet {value}</translation>
        </message>
        <message>
            <source>the keep-alive must be 1 to 65535 s, got {value}</source>
            <translation>de keep-alive moet 1 tot 65535 s zijn, niet {value}</translation>
        </message>
        <message>
            <source>the last {seconds}</source>
            <translation>de laatste {seconds}</translation>
        </message>
        <message>
            <source>the link dropped</source>
            <translation>de verbinding viel weg</translation>
        </message>
        <message>
            <source>the network cannot reach the broker</source>
            <translation>het netwerk kan de broker niet bereiken</translation>
        </message>
        <message>
            <source>the new PIN</source>
            <translation>de nieuwe pincode</translation>
        </message>
        <message>
            <source>the new value {value}</source>
            <translation>de nieuwe waarde {value}</translation>
        </message>
        <message>
            <source>the nominal voltage lies inside the safe band.</source>
            <translation>de nominale spanning ligt binnen de veilige band.</translation>
        </message>
        <message>
            <source>the old PIN</source>
            <translation>de oude pincode</translation>
        </message>
        <message>
            <source>the old value {value}</source>
            <translation>de oude waarde {value}</translation>
        </message>
        <message>
            <source>the queue limit must be 0 s or more, got {value}</source>
            <translation>de grens van de wachtrij moet 0 s of meer zijn, niet {value}</translation>
        </message>
        <message>
            <source>the request for {record}</source>
            <translation>het verzoek om {record}</translation>
        </message>
        <message>
            <source>the request to pause the live data</source>
            <translation>het verzoek om de live gegevens te pauzeren</translation>
        </message>
        <message>
            <source>the request to start the live data</source>
            <translation>het verzoek om de live gegevens te starten</translation>
        </message>
        <message>
            <source>the safe band between them must not be empty.</source>
            <translation>de veilige band ertussen mag niet leeg zijn.</translation>
        </message>
        <message>
            <source>the second byte</source>
            <translation>de tweede byte</translation>
        </message>
        <message>
            <source>the second digit</source>
            <translation>het tweede cijfer</translation>
        </message>
        <message>
            <source>the secure connection (TLS) failed ({detail})</source>
            <translation>de beveiligde verbinding (TLS) is mislukt ({detail})</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>het begin</translation>
        </message>
        <message>
            <source>the third byte</source>
            <translation>de derde byte</translation>
        </message>
        <message>
            <source>the third digit</source>
            <translation>het derde cijfer</translation>
        </message>
        <message>
            <source>the topic prefix {value} cannot be used: not empty, no # or + and no / at the start or end</source>
            <translation>het topic-voorvoegsel {value} is niet bruikbaar: niet leeg, geen # of + en geen / aan het begin of einde</translation>
        </message>
        <message>
            <source>the write</source>
            <translation>het schrijven</translation>
        </message>
        <message>
            <source>the write was cut after {done}: {reason}</source>
            <translation>het schrijven werd afgebroken na {done}: {reason}</translation>
        </message>
        <message>
            <source>time unknown</source>
            <translation>tijd onbekend</translation>
        </message>
        <message>
            <source>warning light</source>
            <translation>waarschuwingslampje</translation>
        </message>
        <message>
            <source>warning light {light} on</source>
            <translation>waarschuwingslampje {light} aan</translation>
        </message>
        <message>
            <source>wrong PIN</source>
            <translation>verkeerde pincode</translation>
        </message>
        <message>
            <source>wrong user name or password</source>
            <translation>verkeerde gebruikersnaam of wachtwoord</translation>
        </message>
        <message>
            <source>{code} ({label})</source>
            <translation>{code} ({label})</translation>
        </message>
        <message>
            <source>{count} attempts</source>
            <translation>{count} pogingen</translation>
        </message>
        <message>
            <source>{count} damaged row(s)</source>
            <translation>{count} beschadigde regel(s)</translation>
        </message>
        <message>
            <source>{count} damaged row(s) skipped</source>
            <translation>{count} beschadigde rij(en) overgeslagen</translation>
        </message>
        <message>
            <source>{count} warning(s) above</source>
            <translation>{count} waarschuwing(en) hierboven</translation>
        </message>
        <message>
            <source>{device} did not answer. {fix}</source>
            <translation>{device} antwoordde niet. {fix}</translation>
        </message>
        <message>
            <source>{device} disconnected.</source>
            <translation>Verbinding met {device} verbroken.</translation>
        </message>
        <message>
            <source>{device} is not connected.</source>
            <translation>{device} is niet verbonden.</translation>
        </message>
        <message>
            <source>{device} offers neither the BRSP nor the Nordic UART service: it is not a 123\SmartBMS Bluetooth module.</source>
            <translation>{device} biedt noch de BRSP- noch de Nordic UART-dienst: het is geen 123\SmartBMS-Bluetoothmodule.</translation>
        </message>
        <message>
            <source>{device} was not found. {fix}</source>
            <translation>{device} is niet gevonden. {fix}</translation>
        </message>
        <message>
            <source>{done} of its {count} bytes</source>
            <translation>{done} van de {count} bytes</translation>
        </message>
        <message>
            <source>{done} of its {count} digits</source>
            <translation>{done} van de {count} cijfers</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} en {last}</translation>
        </message>
        <message>
            <source>{first} or {last}</source>
            <translation>{first} of {last}</translation>
        </message>
        <message>
            <source>{got} of {count}</source>
            <translation>{got} van {count}</translation>
        </message>
        <message>
            <source>{got} of {count} cells</source>
            <translation>{got} van {count} cellen</translation>
        </message>
        <message>
            <source>{got} of {count} cells, but light E (cell communication) is on</source>
            <translation>{got} van {count} cellen, maar lampje E (celcommunicatie) is aan</translation>
        </message>
        <message>
            <source>{got} of {count} cells; silent: {cells}</source>
            <translation>{got} van {count} cellen; stil: {cells}</translation>
        </message>
        <message>
            <source>{kind} (no details given)</source>
            <translation>{kind} (geen details)</translation>
        </message>
        <message>
            <source>{label} ({name}) belongs in the '{section}' section.</source>
            <translation>{label} ({name}) hoort in de sectie '{section}'.</translation>
        </message>
        <message>
            <source>{label} does not exist on a Gen{generation} BMS: nothing was written.</source>
            <translation>{label} bestaat niet op een Gen{generation}-BMS: er is niets geschreven.</translation>
        </message>
        <message>
            <source>{label} does not exist on a Gen{generation} BMS; it will be skipped.</source>
            <translation>{label} bestaat niet op een Gen{generation}-BMS; het wordt overgeslagen.</translation>
        </message>
        <message>
            <source>{label} has no write address.</source>
            <translation>{label} heeft geen schrijfadres.</translation>
        </message>
        <message>
            <source>{label} is read-only.</source>
            <translation>{label} is alleen-lezen.</translation>
        </message>
        <message>
            <source>{label}: every byte was answered OK, but the setting could not be read back to check it ({why}). Check {label} once the link is better and write it again if it differs.</source>
            <translation>{label}: elke byte is met OK beantwoord, maar de instelling kon niet worden teruggelezen om haar te controleren ({why}). Controleer {label} zodra de verbinding beter is en schrijf haar opnieuw als ze afwijkt.</translation>
        </message>
        <message>
            <source>{label}: not written, the link dropped before it was sent. Connect again and apply it again if you still want it.</source>
            <translation>{label}: niet geschreven, de verbinding viel weg voordat het verzonden was. Maak opnieuw verbinding en pas het opnieuw toe als u het nog wilt.</translation>
        </message>
        <message>
            <source>{label}: not written. The write of {failed} before it failed, so the app stopped there and sent nothing more. Check {failed}, then apply the remaining changes again.</source>
            <translation>{label}: niet geschreven. Het schrijven van {failed} ervoor is mislukt, dus de app stopte daar en verzond niets meer. Controleer {failed} en pas daarna de overige wijzigingen opnieuw toe.</translation>
        </message>
        <message>
            <source>{label}: the link dropped while it was being written. The battery may or may not have stored it; the settings are read again after reconnecting. It is not repeated automatically.</source>
            <translation>{label}: de verbinding viel weg tijdens het schrijven. De accu heeft het misschien wel of niet opgeslagen; de instellingen worden na het opnieuw verbinden opnieuw gelezen. Het wordt niet automatisch herhaald.</translation>
        </message>
        <message>
            <source>{label}: wrote {written} but the battery reports {held}. The setting may be limited by the battery; check it and try again.</source>
            <translation>{label}: {written} geschreven, maar de accu meldt {held}. De instelling wordt misschien door de accu begrensd; controleer haar en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>{label}: {text}</source>
            <translation>{label}: {text}</translation>
        </message>
        <message>
            <source>{links} is in the site twice.</source>
            <translation>{links} staat twee keer in de installatie.</translation>
        </message>
        <message>
            <source>{listed} and {count} more</source>
            <translation>{listed} en nog {count}</translation>
        </message>
        <message>
            <source>{lower} ({lower_value}) must be below {upper} ({upper_value}): {why}</source>
            <translation>{lower} ({lower_value}) moet lager zijn dan {upper} ({upper_value}): {why}</translation>
        </message>
        <message>
            <source>{low} / {high}</source>
            <translation>{low} / {high}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} tot {high}</translation>
        </message>
        <message>
            <source>{name} has a damaged header: its generation “{value}” is not 2 or 3.</source>
            <translation>{name} heeft een beschadigde kop: generatie “{value}” is niet 2 of 3.</translation>
        </message>
        <message>
            <source>{name} has a damaged header: its start time “{value}” is not a time.</source>
            <translation>{name} heeft een beschadigde kop: de begintijd “{value}” is geen tijd.</translation>
        </message>
        <message>
            <source>{name} has a damaged header: its wire “{value}” is neither ascii nor frame.</source>
            <translation>{name} heeft een beschadigde kop: verbindingstype “{value}” is niet ascii en niet frame.</translation>
        </message>
        <message>
            <source>{name} is damaged after {where}: {what}; everything readable is shown.</source>
            <translation>{name} is beschadigd na {where}: {what}; alles wat leesbaar is wordt getoond.</translation>
        </message>
        <message>
            <source>{name} is damaged: no row of it could be read; lost: {lost}.</source>
            <translation>{name} is beschadigd: er kon geen enkele regel uit gelezen worden; verloren: {lost}.</translation>
        </message>
        <message>
            <source>{name} is damaged: read up to {end} (its last good row), the rest skipped; lost: {lost}.</source>
            <translation>{name} is beschadigd: gelezen tot {end} (de laatste goede regel), de rest overgeslagen; verloren: {lost}.</translation>
        </message>
        <message>
            <source>{name} is not a SmartBMS recording (no header).</source>
            <translation>{name} is geen SmartBMS-opname (geen header).</translation>
        </message>
        <message>
            <source>{name} is not a number: {value}</source>
            <translation>{name} is geen getal: {value}</translation>
        </message>
        <message>
            <source>{name} is not a readable SmartBMS recording ({reason}).</source>
            <translation>{name} is geen leesbare SmartBMS-opname ({reason}).</translation>
        </message>
        <message>
            <source>{name} must be above 0 and at most {top}, not {value}.</source>
            <translation>{name} moet boven 0 en hoogstens {top} zijn, niet {value}.</translation>
        </message>
        <message>
            <source>{name} says it holds ASCII text records, but its data are binary (serial frames?): its header is wrong, so it can't be replayed or exported.</source>
            <translation>{name} zegt ASCII-tekstregels te bevatten, maar de gegevens zijn binair (seriële frames?): de kop klopt niet, dus de opname kan niet worden afgespeeld of geëxporteerd.</translation>
        </message>
        <message>
            <source>{name} says it holds serial frames, but its data are ASCII text records: its header is wrong, so it can't be replayed or exported.</source>
            <translation>{name} zegt seriële frames te bevatten, maar de gegevens zijn ASCII-tekstregels: de kop klopt niet, dus de opname kan niet worden afgespeeld of geëxporteerd.</translation>
        </message>
        <message>
            <source>{name} was not closed: its recording stopped abruptly at {end} (the program was killed or the computer lost power); what arrived just before that may be missing.</source>
            <translation>{name} is niet afgesloten: de opname stopte plotseling om {end} (het programma werd afgebroken of de computer viel zonder stroom); wat vlak daarvoor binnenkwam, kan ontbreken.</translation>
        </message>
        <message>
            <source>{packs} offline: left out of the totals.</source>
            <translation>{packs} offline: buiten de totalen gelaten.</translation>
        </message>
        <message>
            <source>{part} failed ({reason})</source>
            <translation>{part} is mislukt ({reason})</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}. Choose another file (an earlier version of it is unchanged).</source>
            <translation>{path} kon niet worden geschreven: {reason}. Kies een ander bestand (een eerdere versie ervan is ongewijzigd).</translation>
        </message>
        <message>
            <source>{port} disappeared</source>
            <translation>{port} is verdwenen</translation>
        </message>
        <message>
            <source>{problem} Nothing was written.</source>
            <translation>{problem} Er is niets geschreven.</translation>
        </message>
        <message>
            <source>{problem}.</source>
            <translation>{problem}.</translation>
        </message>
        <message>
            <source>{reason}, so nothing more was sent</source>
            <translation>{reason}, dus er is niets meer verzonden</translation>
        </message>
        <message>
            <source>{record} not asked for: the battery answered none of the cell log records.</source>
            <translation>{record} niet gevraagd: de batterij beantwoordde geen enkel record van het cellogboek.</translation>
        </message>
        <message>
            <source>{record} not asked for: the battery did not answer {asked} before it. Read again later.</source>
            <translation>{record} niet opgevraagd: de accu antwoordde niet op {asked} ervoor. Lees later opnieuw.</translation>
        </message>
        <message>
            <source>{record} not read: the link dropped before it was asked for.</source>
            <translation>{record} niet gelezen: de verbinding viel weg voordat het werd opgevraagd.</translation>
        </message>
        <message>
            <source>{record} not read: {why}</source>
            <translation>{record} niet gelezen: {why}</translation>
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
            <translation>{relay}: toegestaan</translation>
        </message>
        <message>
            <source>{relay}: switched off</source>
            <translation>{relay}: uitgeschakeld</translation>
        </message>
        <message>
            <source>{size} cut off its end</source>
            <translation>{size} van het einde afgesneden</translation>
        </message>
        <message>
            <source>{start} to {end} ({minutes})</source>
            <translation>{start} tot {end} ({minutes})</translation>
        </message>
        <message>
            <source>{state}: {reason}</source>
            <translation>{state}: {reason}</translation>
        </message>
        <message>
            <source>{text} (its answer, {answer}, came later still)</source>
            <translation>{text} (het antwoord, {answer}, kwam nog later)</translation>
        </message>
        <message>
            <source>{text} is not a broker address: write mqtt://HOST[:PORT] or mqtts://HOST[:PORT]</source>
            <translation>{text} is geen brokeradres: schrijf mqtt://HOST[:PORT] of mqtts://HOST[:PORT]</translation>
        </message>
        <message>
            <source>{text} is not a broker address: {reason}</source>
            <translation>{text} is geen brokeradres: {reason}</translation>
        </message>
        <message>
            <source>{text}. Check it and write {label} again now.</source>
            <translation>{text}. Controleer dit en schrijf {label} nu opnieuw.</translation>
        </message>
        <message>
            <source>{text}. Read back, the battery holds {what} all the same: the change took effect. {advice}</source>
            <translation>{text}. Teruggelezen bevat de accu toch {what}: de wijziging is doorgevoerd. {advice}</translation>
        </message>
        <message>
            <source>{text}. Read back, the battery now holds a PIN that is neither the old nor the new one (not shown). The app uses it to log in from now on; write the new PIN again now.</source>
            <translation>{text}. Teruggelezen bevat de accu nu een pincode die noch de oude noch de nieuwe is (niet getoond). De app gebruikt die voortaan om in te loggen; schrijf de nieuwe pincode nu opnieuw.</translation>
        </message>
        <message>
            <source>{text}. Read back, the battery now holds {held}, not the new value {new}</source>
            <translation>{text}. Teruggelezen bevat de accu nu {held}, niet de nieuwe waarde {new}</translation>
        </message>
        <message>
            <source>{text}. Read back, the battery still holds {what}: nothing changed. {advice}</source>
            <translation>{text}. Teruggelezen bevat de accu nog steeds {what}: er is niets veranderd. {advice}</translation>
        </message>
        <message>
            <source>{text}. Reading it back failed too ({why}), so what the battery holds now is not known: it may be {maybe}. Reconnect, check {label} and write it again.</source>
            <translation>{text}. Ook het teruglezen is mislukt ({why}), dus wat de accu nu bevat is niet bekend: het kan {maybe} zijn. Maak opnieuw verbinding, controleer {label} en schrijf het opnieuw.</translation>
        </message>
        <message>
            <source>{text}. Reading it back failed too ({why}): the battery's PIN may now be the old one, the new one or a mix of both. Reconnect with the old PIN; if it is refused, try the new one, then write the PIN again.</source>
            <translation>{text}. Ook het teruglezen is mislukt ({why}): de pincode van de accu kan nu de oude zijn, de nieuwe of een mengsel van beide. Maak opnieuw verbinding met de oude pincode; wordt die geweigerd, probeer dan de nieuwe en schrijf daarna de pincode opnieuw.</translation>
        </message>
        <message>
            <source>{text}. The battery does not report {label}, so the app cannot check what it holds now. {advice} Write it again.</source>
            <translation>{text}. De accu meldt {label} niet, dus de app kan niet controleren wat hij nu bevat. {advice} Schrijf het opnieuw.</translation>
        </message>
        <message>
            <source>{text}. The battery now holds {held}, which is neither the old value ({old}) nor the new one ({new})</source>
            <translation>{text}. De accu bevat nu {held}, wat noch de oude waarde ({old}) noch de nieuwe ({new}) is</translation>
        </message>
        <message>
            <source>{text}. This is dangerous: {unsafe} The protection {label} gives may not work until it is written again</source>
            <translation>{text}. Dit is gevaarlijk: {unsafe} De bescherming die {label} geeft werkt misschien niet totdat het opnieuw is geschreven</translation>
        </message>
        <message>
            <source>{text}: a broker address has no path or query, only HOST[:PORT]</source>
            <translation>{text}: een brokeradres heeft geen pad of query, alleen HOST[:PORT]</translation>
        </message>
        <message>
            <source>{text}: no host name</source>
            <translation>{text}: geen hostnaam</translation>
        </message>
        <message>
            <source>{text}: the address starts with mqtt:// or mqtts://, not {scheme}://</source>
            <translation>{text}: het adres begint met mqtt:// of mqtts://, niet met {scheme}://</translation>
        </message>
        <message>
            <source>{unsafe} {text}</source>
            <translation>{unsafe} {text}</translation>
        </message>
        <message>
            <source>{value} does not fit the device's {width}-byte field</source>
            <translation>{value} past niet in het veld van {width} bytes van het apparaat</translation>
        </message>
        <message>
            <source>{value} is not a multiple of {step}</source>
            <translation>{value} is geen veelvoud van {step}</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} is geen getal</translation>
        </message>
        <message>
            <source>{value} is not a value this setting takes</source>
            <translation>{value} is geen waarde die deze instelling aanneemt</translation>
        </message>
        <message>
            <source>{value} is not one of {allowed}</source>
            <translation>{value} is niet een van {allowed}</translation>
        </message>
        <message>
            <source>{value} is outside the range the BMS is meant to work with, {minimum}–{maximum}.</source>
            <translation>{value} ligt buiten het bereik waarvoor het BMS bedoeld is, {minimum}–{maximum}.</translation>
        </message>
        <message>
            <source>{value} is outside {minimum}–{maximum}</source>
            <translation>{value} ligt buiten {minimum}–{maximum}</translation>
        </message>
        <message>
            <source>{volts} (cell {cell})</source>
            <translation>{volts} (cel {cell})</translation>
        </message>
        <message>
            <source>“{part}” is not a cell number or a range like 3-7.</source>
            <translation>“{part}” is geen celnummer of reeks zoals 3-7.</translation>
        </message>
        <message>
            <source>“{part}”: cells are numbered from 1, ranges go low-high.</source>
            <translation>“{part}”: cellen zijn genummerd vanaf 1, reeksen gaan van laag naar hoog.</translation>
        </message>
        <message>
            <source>“{part}”: this pack has {count} cells.</source>
            <translation>“{part}”: dit pakket heeft {count} cellen.</translation>
        </message>
        <message>
            <source>• marks a value that differs from the factory value. Factory values are the parameter table's values for a new LiFePO4 pack.</source>
            <translation>• markeert een waarde die afwijkt van de fabriekswaarde. Fabriekswaarden zijn de waarden uit de parametertabel voor een nieuw LiFePO4-pakket.</translation>
        </message>
        <message>
            <source>… and {count} more problems.</source>
            <translation>… en nog {count} problemen.</translation>
        </message>
        <message>
            <source>… and {count} more unknown sections.</source>
            <translation>… en nog {count} onbekende secties.</translation>
        </message>
        <message>
            <source>… and {count} more unknown settings.</source>
            <translation>… en nog {count} onbekende instellingen.</translation>
        </message>
    </context>
    <context>
        <name>NormalSwitchesSetter</name>
        <message>
            <source>Auto zero (4):</source>
            <translation>Automatisch nulpunt (4):</translation>
        </message>
        <message>
            <source>Auto zero (only while calibrating)</source>
            <translation>Automatisch nulpunt (alleen tijdens kalibreren)</translation>
        </message>
        <message>
            <source>Auto zero is ON in this drawing: only while no current flows, then set switch 4 back OFF.</source>
            <translation>Automatisch nulpunt staat AAN in deze tekening: alleen zolang er geen stroom loopt, zet schakelaar 4 daarna terug op UIT.</translation>
        </message>
        <message>
            <source>Blind spot (3):</source>
            <translation>Dode zone (3):</translation>
        </message>
        <message>
            <source>Blind spot around 0 A (recommended)</source>
            <translation>Dode zone rond 0 A (aanbevolen)</translation>
        </message>
        <message>
            <source>Critical mode</source>
            <translation>Kritieke modus</translation>
        </message>
        <message>
            <source>Every %1 s (fastest information)</source>
            <translation>Elke %1 s (snelste informatie)</translation>
        </message>
        <message>
            <source>Every %1 s (saves energy)</source>
            <translation>Elke %1 s (bespaart energie)</translation>
        </message>
        <message>
            <source>Message rate (1):</source>
            <translation>Berichtfrequentie (1):</translation>
        </message>
        <message>
            <source>Mode (5):</source>
            <translation>Modus (5):</translation>
        </message>
        <message>
            <source>Normal mode (recommended)</source>
            <translation>Normale modus (aanbevolen)</translation>
        </message>
        <message>
            <source>Normal or critical mode: what the relays do</source>
            <translation>Normale of kritieke modus: wat de relais doen</translation>
        </message>
        <message>
            <source>Set: %1. Switch 8 stays OFF.</source>
            <translation>Zet: %1. Schakelaar 8 blijft UIT.</translation>
        </message>
        <message>
            <source>Switch 1: how often the cell boards send their messages.</source>
            <translation>Schakelaar 1: hoe vaak de celmodules hun berichten sturen.</translation>
        </message>
        <message>
            <source>Switch 3: tiny false currents (temperature drift, sensor offset) read as 0 A, so they do not spoil the SoC.</source>
            <translation>Schakelaar 3: kleine schijnstromen (temperatuurdrift, sensoroffset) worden als 0 A gelezen, zodat ze de SoC niet verstoren.</translation>
        </message>
        <message>
            <source>Switch 4: zero calibration of the current sensors. Turn it ON only while absolutely no current flows, wait until the current reads 0 A, then OFF again.</source>
            <translation>Schakelaar 4: nulpuntkalibratie van de stroomsensoren. Zet hem alleen AAN als er absoluut geen stroom loopt, wacht tot de stroom 0 A aangeeft en zet hem dan weer UIT.</translation>
        </message>
        <message>
            <source>Switch 5 OFF: the relays follow the SoC and the limits.</source>
            <translation>Schakelaar 5 UIT: de relais volgen de SoC en de grenzen.</translation>
        </message>
        <message>
            <source>Switch 5 ON: the relays open only in critical conditions.</source>
            <translation>Schakelaar 5 AAN: de relais openen alleen bij kritieke situaties.</translation>
        </message>
        <message>
            <source>Switches 2, 6, 7: the balancing voltage. Above it a cell board burns 1 A so the other cells catch up; when all cells reach it the SoC is set to 100 %. LiFePO4 packs use 3.4-3.7 V.</source>
            <translation>Schakelaars 2, 6, 7: de balanceerspanning. Daarboven verstookt een celmodule 1 A zodat de andere cellen bijkomen; als alle cellen haar bereiken wordt de SoC op 100 % gezet. LiFePO4-pakketten gebruiken 3,4-3,7 V.</translation>
        </message>
        <message>
            <source>V bypass (2, 6, 7):</source>
            <translation>V bypass (2, 6, 7):</translation>
        </message>
        <message>
            <source>Where to set the option switches</source>
            <translation>Waar u de optieschakelaars zet</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Allowed to charge: the CHARGE relay enables the chargers / MPPT</source>
            <translation>Laden toegestaan: het LAADrelais geeft de laders / MPPT vrij</translation>
        </message>
        <message>
            <source>Allowed to discharge: the LOAD relay enables the inverter / consumers</source>
            <translation>Ontladen toegestaan: het BELASTINGrelais geeft de omvormer / verbruikers vrij</translation>
        </message>
        <message>
            <source>BMS clock</source>
            <translation>BMS-klok</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Accu</translation>
        </message>
        <message>
            <source>Battery &amp;details ›</source>
            <translation>Accu&amp;details ›</translation>
        </message>
        <message>
            <source>Battery current: positive = charging, negative = discharging</source>
            <translation>Accustroom: positief = laden, negatief = ontladen</translation>
        </message>
        <message>
            <source>Battery health and counters</source>
            <translation>Accugezondheid en tellers</translation>
        </message>
        <message>
            <source>Calibrated</source>
            <translation>Gekalibreerd</translation>
        </message>
        <message>
            <source>Charge cycles</source>
            <translation>Laadcycli</translation>
        </message>
        <message>
            <source>Charge relay:</source>
            <translation>Laadrelais:</translation>
        </message>
        <message>
            <source>Charged in total</source>
            <translation>Totaal geladen</translation>
        </message>
        <message>
            <source>Charged today</source>
            <translation>Vandaag geladen</translation>
        </message>
        <message>
            <source>Charging</source>
            <translation>Laden</translation>
        </message>
        <message>
            <source>Charging when the battery current is positive, discharging when negative</source>
            <translation>Laden bij positieve accustroom, ontladen bij negatieve</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Gesloten</translation>
        </message>
        <message>
            <source>Consumed current</source>
            <translation>Verbruikte stroom</translation>
        </message>
        <message>
            <source>Consumed power (current × pack voltage)</source>
            <translation>Verbruikt vermogen (stroom × pakketspanning)</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Stroom</translation>
        </message>
        <message>
            <source>Discharge cycles</source>
            <translation>Ontlaadcycli</translation>
        </message>
        <message>
            <source>Discharged in total</source>
            <translation>Totaal ontladen</translation>
        </message>
        <message>
            <source>Discharged today</source>
            <translation>Vandaag ontladen</translation>
        </message>
        <message>
            <source>Discharging</source>
            <translation>Ontladen</translation>
        </message>
        <message>
            <source>Early warning</source>
            <translation>Vroege waarschuwing</translation>
        </message>
        <message>
            <source>Efficiency</source>
            <translation>Rendement</translation>
        </message>
        <message>
            <source>Energy charged into the pack since the counters were cleared</source>
            <translation>Energie in het pakket geladen sinds de tellers zijn gewist</translation>
        </message>
        <message>
            <source>Energy charged into the pack today (BMS clock)</source>
            <translation>Vandaag in het pakket geladen energie (BMS-klok)</translation>
        </message>
        <message>
            <source>Energy consumed since the counters were cleared (the BMS counts whole kWh)</source>
            <translation>Verbruikte energie sinds de tellers zijn gewist (het BMS telt hele kWh)</translation>
        </message>
        <message>
            <source>Energy consumed today</source>
            <translation>Vandaag verbruikte energie</translation>
        </message>
        <message>
            <source>Energy harvested since the counters were cleared (the BMS counts whole kWh)</source>
            <translation>Opgewekte energie sinds de tellers zijn gewist (het BMS telt hele kWh)</translation>
        </message>
        <message>
            <source>Energy harvested today</source>
            <translation>Vandaag opgewekte energie</translation>
        </message>
        <message>
            <source>Energy out of the pack divided by energy into it, as the BMS measures it</source>
            <translation>Energie uit het pakket gedeeld door energie erin, zoals het BMS die meet</translation>
        </message>
        <message>
            <source>Energy stored in the pack now</source>
            <translation>Energie die nu in het pakket zit</translation>
        </message>
        <message>
            <source>Energy taken from the pack since the counters were cleared</source>
            <translation>Energie uit het pakket genomen sinds de tellers zijn gewist</translation>
        </message>
        <message>
            <source>Energy taken from the pack today (BMS clock)</source>
            <translation>Vandaag uit het pakket genomen energie (BMS-klok)</translation>
        </message>
        <message>
            <source>Every cell's voltage and temperature, and the warning lights</source>
            <translation>Spanning en temperatuur van elke cel, en de waarschuwingslampjes</translation>
        </message>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>Full charge cycles the BMS has counted</source>
            <translation>Volledige laadcycli die het BMS heeft geteld</translation>
        </message>
        <message>
            <source>Full discharge cycles the BMS has counted</source>
            <translation>Volledige ontlaadcycli die het BMS heeft geteld</translation>
        </message>
        <message>
            <source>How much of its new capacity the pack still has, as the BMS estimates it (SoH)</source>
            <translation>Hoeveel van zijn oorspronkelijke capaciteit het pakket nog heeft, zoals het BMS dat schat (SoH)</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Rust</translation>
        </message>
        <message>
            <source>Incoming charge current</source>
            <translation>Inkomende laadstroom</translation>
        </message>
        <message>
            <source>Incoming energy: solar panels, MPPT, charger</source>
            <translation>Inkomende energie: zonnepanelen, MPPT, lader</translation>
        </message>
        <message>
            <source>Incoming power (charge current sensor I-1). The ring is full at the solar peak power set on the Settings page.</source>
            <translation>Inkomend vermogen (laadstroomsensor I-1). De ring is vol bij het piekvermogen zonnepanelen dat op de pagina Instellingen is ingesteld.</translation>
        </message>
        <message>
            <source>Incoming power (current × pack voltage)</source>
            <translation>Inkomend vermogen (stroom × pakketspanning)</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Belasting</translation>
        </message>
        <message>
            <source>Load current: the arrow points the way the current flows</source>
            <translation>Belastingstroom: de pijl wijst in de richting waarin de stroom loopt</translation>
        </message>
        <message>
            <source>Load relay:</source>
            <translation>Belastingrelais:</translation>
        </message>
        <message>
            <source>Measured capacity</source>
            <translation>Gemeten capaciteit</translation>
        </message>
        <message>
            <source>No new data for {0}: the values shown are old (greyed).</source>
            <translation>Al {0} geen nieuwe gegevens: de getoonde waarden zijn oud (grijs).</translation>
        </message>
        <message>
            <source>No warning lights on</source>
            <translation>Geen waarschuwingslampjes aan</translation>
        </message>
        <message>
            <source>Not calibrated yet: charge fully once</source>
            <translation>Nog niet gekalibreerd: één keer volledig laden</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Uit</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Aan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Outgoing energy: inverter and other consumers</source>
            <translation>Uitgaande energie: omvormer en andere verbruikers</translation>
        </message>
        <message>
            <source>Outgoing power (load current sensor I-2). The ring is full at the inverter peak power set on the Settings page.</source>
            <translation>Uitgaand vermogen (belastingstroomsensor I-2). De ring is vol bij het piekvermogen omvormer dat op de pagina Instellingen is ingesteld.</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Pakketspanning</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Vermogen</translation>
        </message>
        <message>
            <source>Power into (+) or out of (−) the pack</source>
            <translation>Vermogen het pakket in (+) of uit (−)</translation>
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
            <translation>Relais op het OUT-board</translation>
        </message>
        <message>
            <source>Shown when the values on this page are old</source>
            <translation>Getoond als de waarden op deze pagina oud zijn</translation>
        </message>
        <message>
            <source>SoC calibration</source>
            <translation>SoC-kalibratie</translation>
        </message>
        <message>
            <source>Solar</source>
            <translation>Zon</translation>
        </message>
        <message>
            <source>Solar current: the arrow points the way the current flows</source>
            <translation>Zonnestroom: de pijl wijst in de richting waarin de stroom loopt</translation>
        </message>
        <message>
            <source>State of health</source>
            <translation>Gezondheidstoestand</translation>
        </message>
        <message>
            <source>Stored</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <source>The BMS firmware version, when the link reports it</source>
            <translation>De firmwareversie van het BMS, als de verbinding die meldt</translation>
        </message>
        <message>
            <source>The BMS's early warning (Gen3): a limit is close</source>
            <translation>De vroege waarschuwing van het BMS (Gen3): een grens is dichtbij</translation>
        </message>
        <message>
            <source>The OUT board's programmable relay 1 (Gen3)</source>
            <translation>Het programmeerbare relais 1 van het OUT-board (Gen3)</translation>
        </message>
        <message>
            <source>The OUT board's programmable relay 2 (Gen3)</source>
            <translation>Het programmeerbare relais 2 van het OUT-board (Gen3)</translation>
        </message>
        <message>
            <source>The battery pack</source>
            <translation>Het accupakket</translation>
        </message>
        <message>
            <source>The capacity the BMS measured between a full and an empty pack</source>
            <translation>De capaciteit die het BMS tussen een vol en een leeg pakket heeft gemeten</translation>
        </message>
        <message>
            <source>The time of day on the BMS's own clock (its day starts the 'today' counters)</source>
            <translation>De tijd op de eigen klok van het BMS (zijn dag start de tellers van 'vandaag')</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Total voltage of the pack</source>
            <translation>Totale spanning van het pakket</translation>
        </message>
        <message>
            <source>Warning light on: {0} — see Battery details</source>
            <translation>Waarschuwingslampje aan: {0} — zie Accudetails</translation>
        </message>
        <message>
            <source>Warning lights that are on; Battery details explains each one</source>
            <translation>Waarschuwingslampjes die aan zijn; Accudetails legt elk ervan uit</translation>
        </message>
        <message>
            <source>Warning lights: unknown (not connected)</source>
            <translation>Waarschuwingslampjes: onbekend (niet verbonden)</translation>
        </message>
        <message>
            <source>Warning lights: waiting for the first cell data…</source>
            <translation>Waarschuwingslampjes: wachten op de eerste celgegevens…</translation>
        </message>
        <message>
            <source>What the BMS allows now; the CHARGE and LOAD relays follow these</source>
            <translation>Wat het BMS nu toestaat; het LAAD- en BELASTINGrelais volgen dit</translation>
        </message>
        <message>
            <source>What the BMS reports about the pack's health and its energy counters; "not reported" when this BMS or link does not send it</source>
            <translation>Wat het BMS meldt over de gezondheid van het pakket en zijn energietellers; "niet gemeld" als dit BMS of deze verbinding het niet stuurt</translation>
        </message>
        <message>
            <source>Whether the state of charge is calibrated: the BMS sets it to 100 % the first time every cell reaches V bypass (a full charge)</source>
            <translation>Of de laadtoestand gekalibreerd is: het BMS zet hem op 100 % de eerste keer dat elke cel V bypass bereikt (een volledige lading)</translation>
        </message>
        <message>
            <source>above the {0} peak</source>
            <translation>boven de piek van {0}</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>niet gemeld</translation>
        </message>
        <message>
            <source>of {0} peak</source>
            <translation>van {0} piek</translation>
        </message>
        <message>
            <source>peak power not known</source>
            <translation>piekvermogen onbekend</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>{0} (last known)</source>
            <translation>{0} (laatst bekend)</translation>
        </message>
    </context>
    <context>
        <name>Parameter</name>
        <message>
            <source>After the pack was empty, the load relay closes again only when the SoC has risen to this percentage (normal mode), so the consumers do not drain a barely recharged pack.</source>
            <translation>Nadat de accu leeg was, sluit het belastingrelais pas weer als de SoC tot dit percentage is gestegen (normale modus), zodat de verbruikers een nauwelijks bijgeladen accu niet leegtrekken.</translation>
        </message>
        <message>
            <source>After the pack was full, the charge relay closes again only when the SoC has fallen below this percentage (normal mode), so the relay does not toggle at the top.</source>
            <translation>Nadat de accu vol was, sluit het laadrelais pas weer als de SoC onder dit percentage is gedaald (normale modus), zodat het relais bovenaan niet heen en weer schakelt.</translation>
        </message>
        <message>
            <source>Gen3: an early-warning cell voltage between V min and V nominal; below it the pre-alarm warns before the load relay opens at V min.</source>
            <translation>Gen3: een vroege waarschuwingsspanning per cel tussen V min en V nominaal; daaronder waarschuwt het voor-alarm voordat het belastingrelais bij V min opent.</translation>
        </message>
        <message>
            <source>Gen3: below this cell temperature the load relay opens. LiFePO4 may be discharged well below freezing.</source>
            <translation>Gen3: onder deze celtemperatuur opent het belastingrelais. LiFePO4 mag ruim onder het vriespunt ontladen worden.</translation>
        </message>
        <message>
            <source>Gen3: count the SoC from the capacity the BMS measured over full cycles instead of the capacity entered above.</source>
            <translation>Gen3: tel de SoC vanaf de capaciteit die de BMS over volledige cycli heeft gemeten in plaats van de hierboven ingevoerde capaciteit.</translation>
        </message>
        <message>
            <source>Gen3: flip the sign of the charge-side current sensor (I-1) if it was fitted the wrong way round. The BMS does not report this setting, so the app cannot show or check it.</source>
            <translation>Gen3: keer het teken van de stroomsensor aan de laadzijde (I-1) om als die verkeerd om is gemonteerd. De BMS meldt deze instelling niet, dus de app kan haar niet tonen of controleren.</translation>
        </message>
        <message>
            <source>Gen3: flip the sign of the load-side current sensor (I-2) if it was fitted the wrong way round. The BMS does not report this setting, so the app cannot show or check it.</source>
            <translation>Gen3: keer het teken van de stroomsensor aan de belastingzijde (I-2) om als die verkeerd om is gemonteerd. De BMS meldt deze instelling niet, dus de app kan haar niet tonen of controleren.</translation>
        </message>
        <message>
            <source>Gen3: how far above V min the cells must recover before the load relay may close again, so the relay does not chatter at the limit.</source>
            <translation>Gen3: hoever de cellen boven V min moeten herstellen voordat het belastingrelais weer mag sluiten, zodat het relais niet klappert op de grens.</translation>
        </message>
        <message>
            <source>Gen3: how far below V max the cells must fall before the charge relay may close again.</source>
            <translation>Gen3: hoever de cellen onder V max moeten dalen voordat het laadrelais weer mag sluiten.</translation>
        </message>
        <message>
            <source>Gen3: how long a reason to open the charge relay must last before it opens; short spikes are ignored.</source>
            <translation>Gen3: hoelang een reden om het laadrelais te openen moet duren voordat het opent; korte pieken worden genegeerd.</translation>
        </message>
        <message>
            <source>Gen3: how long a reason to open the load relay must last before it opens; a short voltage dip under a heavy load is ignored.</source>
            <translation>Gen3: hoelang een reden om het belastingrelais te openen moet duren voordat het opent; een korte spanningsdip onder zware belasting wordt genegeerd.</translation>
        </message>
        <message>
            <source>Gen3: how long the conditions to close the charge relay must hold before it closes again.</source>
            <translation>Gen3: hoelang de voorwaarden om het laadrelais te sluiten moeten gelden voordat het weer sluit.</translation>
        </message>
        <message>
            <source>Gen3: how long the conditions to close the load relay must hold before it closes again.</source>
            <translation>Gen3: hoelang de voorwaarden om het belastingrelais te sluiten moeten gelden voordat het weer sluit.</translation>
        </message>
        <message>
            <source>Gen3: keep the allowed-to-charge signal off whatever the cells do, e.g. for maintenance.</source>
            <translation>Gen3: houd het signaal 'laden toegestaan' uit, wat de cellen ook doen, bijvoorbeeld voor onderhoud.</translation>
        </message>
        <message>
            <source>Gen3: keep the allowed-to-discharge signal off whatever the cells do, e.g. for maintenance.</source>
            <translation>Gen3: houd het signaal 'ontladen toegestaan' uit, wat de cellen ook doen, bijvoorbeeld voor onderhoud.</translation>
        </message>
        <message>
            <source>Gen3: let the cell voltages correct the counted SoC when they clearly show the pack is fuller or emptier than counted.</source>
            <translation>Gen3: laat de celspanningen de getelde SoC corrigeren als ze duidelijk tonen dat de accu voller of leger is dan geteld.</translation>
        </message>
        <message>
            <source>Gen3: off = normal mode (recommended): the relays follow the SoC and the limits. On = the relays open only in critical conditions (cell voltage or temperature out of range, lost communication), for a combined charger/inverter with one or no enable signal. Gen2 uses option switch 5.</source>
            <translation>Gen3: uit = normale modus (aanbevolen): de relais volgen de SoC en de grenzen. Aan = de relais openen alleen in kritieke situaties (celspanning of temperatuur buiten bereik, communicatie verloren), voor een gecombineerde lader/omvormer met één of geen enable-signaal. Gen2 gebruikt optieschakelaar 5.</translation>
        </message>
        <message>
            <source>Gen3: the cell's nominal voltage (3.2-3.3 V for LiFePO4), used to turn the capacity into energy figures.</source>
            <translation>Gen3: de nominale spanning van de cel (3,2-3,3 V voor LiFePO4), gebruikt om de capaciteit om te rekenen naar energie.</translation>
        </message>
        <message>
            <source>Gen3: the type of cells in the pack; it selects the voltage curve the SoC correction uses.</source>
            <translation>Gen3: het type cellen in de accu; het kiest de spanningscurve die de SoC-correctie gebruikt.</translation>
        </message>
        <message>
            <source>Gen3: the type of current sensor fitted. A wrong type scales every current and the SoC wrongly. (Gen2 sets the sensor with the IN board's hidden switch settings instead.)</source>
            <translation>Gen3: het type stroomsensor dat is gemonteerd. Een verkeerd type schaalt elke stroom en de SoC verkeerd. (Gen2 stelt de sensor in met de verborgen schakelinstellingen van het IN-board.)</translation>
        </message>
        <message>
            <source>Gen3: when the charge current has fallen below this while the cells are full, the pack counts as full and the SoC is synchronised to 100 %.</source>
            <translation>Gen3: als de laadstroom hieronder is gezakt terwijl de cellen vol zijn, geldt de accu als vol en wordt de SoC op 100 % gezet.</translation>
        </message>
        <message>
            <source>If any cell falls to this voltage the Vl light turns on and the allowed-to-discharge (load) relay opens, so the consumers stop before a cell is damaged.</source>
            <translation>Als een cel tot deze spanning daalt, gaat het Vl-lampje aan en opent het relais 'ontladen toegestaan' (belasting), zodat de verbruikers stoppen voordat een cel beschadigd raakt.</translation>
        </message>
        <message>
            <source>If any cell is colder than this the Tl light turns on and the relays open. LiFePO4 must not be charged below 0 °C. On Gen3 this limit stops charging only; T min (discharge) covers the load.</source>
            <translation>Als een cel kouder is dan dit, gaat het Tl-lampje aan en openen de relais. LiFePO4 mag niet onder 0 °C geladen worden. Bij Gen3 stopt deze grens alleen het laden; T min (ontladen) dekt de belasting.</translation>
        </message>
        <message>
            <source>If any cell is hotter than this the Th light turns on and both relays open. Cells read hot while they are balancing, so leave some room.</source>
            <translation>Als een cel warmer is dan dit, gaat het Th-lampje aan en openen beide relais. Cellen worden warm tijdens het balanceren, dus laat wat ruimte.</translation>
        </message>
        <message>
            <source>If any cell rises to this voltage the Vh light turns on and the allowed-to-charge relay opens, so the chargers stop before a cell is damaged. Must be above V bypass.</source>
            <translation>Als een cel tot deze spanning stijgt, gaat het Vh-lampje aan en opent het relais 'laden toegestaan', zodat de laders stoppen voordat een cel beschadigd raakt. Moet boven V bypass liggen.</translation>
        </message>
        <message>
            <source>Keep relay 1 off or on whatever the BMS decides, for testing an installation. Leave it 'not forced' in service, or the BMS cannot protect the cells through this relay.</source>
            <translation>Houd relais 1 uit of aan, wat de BMS ook beslist, om een installatie te testen. Laat het in bedrijf op 'niet geforceerd', anders kan de BMS de cellen niet via dit relais beschermen.</translation>
        </message>
        <message>
            <source>Keep relay 2 off or on whatever the BMS decides, for testing an installation. Leave it 'not forced' in service, or the BMS cannot protect the cells through this relay.</source>
            <translation>Houd relais 2 uit of aan, wat de BMS ook beslist, om een installatie te testen. Laat het in bedrijf op 'niet geforceerd', anders kan de BMS de cellen niet via dit relais beschermen.</translation>
        </message>
        <message>
            <source>Set the stored totals of energy in and out of the pack back to zero, for example after commissioning. This cannot be undone.</source>
            <translation>Zet de opgeslagen totalen van energie in en uit de accu terug op nul, bijvoorbeeld na de inbedrijfstelling. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Swap the contacts of relay 1: closed becomes open. Use it when the device you switch wants the opposite signal.</source>
            <translation>Verwissel de contacten van relais 1: gesloten wordt open. Gebruik dit als het apparaat dat u schakelt het omgekeerde signaal verwacht.</translation>
        </message>
        <message>
            <source>Swap the contacts of relay 2: closed becomes open. Use it when the device you switch wants the opposite signal.</source>
            <translation>Verwissel de contacten van relais 2: gesloten wordt open. Gebruik dit als het apparaat dat u schakelt het omgekeerde signaal verwacht.</translation>
        </message>
        <message>
            <source>The balancing voltage every cell should end at: above it a cell board burns 1 A to let the others catch up, and when all cells reach it the SoC is set to 100 %. It is set with option switches 2, 6 and 7 on the IN board and can only be shown here.</source>
            <translation>De balanceerspanning waarop elke cel moet eindigen: daarboven verstookt een celmodule 1 A zodat de andere cellen kunnen bijkomen, en als alle cellen haar bereiken wordt de SoC op 100 % gezet. Ze wordt ingesteld met optieschakelaars 2, 6 en 7 op het IN-board en kan hier alleen getoond worden.</translation>
        </message>
        <message>
            <source>The four-digit password that stops strangers within Bluetooth range from changing your BMS. Change it from the factory 1234. If it is forgotten, hold the OUT board's Bluetooth button for 5 seconds to reset it to 1234.</source>
            <translation>Het viercijferige wachtwoord dat voorkomt dat vreemden binnen Bluetooth-bereik uw BMS wijzigen. Verander het van de fabriekswaarde 1234. Bent u het vergeten, houd dan de Bluetooth-knop van het OUT-board 5 seconden ingedrukt om het terug te zetten naar 1234.</translation>
        </message>
        <message>
            <source>The largest power your charging sources can deliver, for example ten 250 W panels = 2500 W. The Overview's solar ring is full at this power.</source>
            <translation>Het grootste vermogen dat uw laadbronnen kunnen leveren, bijvoorbeeld tien panelen van 250 W = 2500 W. De zonnering op de pagina Overzicht is vol bij dit vermogen.</translation>
        </message>
        <message>
            <source>The largest power your consumers draw, for example a 5 kW inverter = 5000 W. The Overview's load ring is full at this power.</source>
            <translation>Het grootste vermogen dat uw verbruikers opnemen, bijvoorbeeld een omvormer van 5 kW = 5000 W. De belastingring op de pagina Overzicht is vol bij dit vermogen.</translation>
        </message>
        <message>
            <source>The usable energy the SoC counts down from. The manual advises 75 % of the rated capacity to allow for ageing and temperature: four 200 Ah cells × 3.2 V = 2560 Wh, so set about 1900 Wh.</source>
            <translation>De bruikbare energie waarvan de SoC aftelt. De handleiding raadt 75 % van de nominale capaciteit aan, voor veroudering en temperatuur: vier cellen van 200 Ah × 3,2 V = 2560 Wh, dus stel ongeveer 1900 Wh in.</translation>
        </message>
        <message>
            <source>V bypass is set with option switches 2, 6 and 7 on the IN board (`smartbms switches normal --vbypass V` shows where they go).</source>
            <translation>V bypass wordt ingesteld met optieschakelaars 2, 6 en 7 op het IN-board (`smartbms switches normal --vbypass V` laat zien hoe ze moeten staan).</translation>
        </message>
        <message>
            <source>What relay 1 on the OUT board follows: the allowed-to-charge signal, the allowed-to-discharge signal, both together as a main relay, or an early pre-alarm.</source>
            <translation>Wat relais 1 op het OUT-board volgt: het signaal 'laden toegestaan', het signaal 'ontladen toegestaan', beide samen als hoofdrelais, of een vroeg voor-alarm.</translation>
        </message>
        <message>
            <source>What relay 2 on the OUT board follows: the allowed-to-charge signal, the allowed-to-discharge signal, both together as a main relay, or an early pre-alarm.</source>
            <translation>Wat relais 2 op het OUT-board volgt: het signaal 'laden toegestaan', het signaal 'ontladen toegestaan', beide samen als hoofdrelais, of een vroeg voor-alarm.</translation>
        </message>
    </context>
    <context>
        <name>PlotsPage</name>
        <message>
            <source>A copy of the recorded bytes, to replay or send for support.</source>
            <translation>Een kopie van de opgenomen bytes, om af te spelen of naar support te sturen.</translation>
        </message>
        <message>
            <source>An export is already running: wait for it to finish or cancel it.</source>
            <translation>Er loopt al een export: wacht tot die klaar is of annuleer hem.</translation>
        </message>
        <message>
            <source>Back to live</source>
            <translation>Terug naar live</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Accu</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>Can't save {path}: {reason}. Choose another folder.</source>
            <translation>Kan {path} niet opslaan: {reason}. Kies een andere map.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annuleren…</translation>
        </message>
        <message>
            <source>Cell spread (highest − lowest)</source>
            <translation>Celspreiding (hoogste − laagste)</translation>
        </message>
        <message>
            <source>Cell temp.</source>
            <translation>Celtemp.</translation>
        </message>
        <message>
            <source>Cell voltage</source>
            <translation>Celspanning</translation>
        </message>
        <message>
            <source>Cell {n}: {value}</source>
            <translation>Cel {n}: {value}</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Cellen</translation>
        </message>
        <message>
            <source>Cells to draw in “Chosen cells” mode: numbers and ranges, for example 1-4, 9 (at most 12).</source>
            <translation>Cellen voor de modus “Gekozen cellen”: nummers en reeksen, bijvoorbeeld 1-4, 9 (maximaal 12).</translation>
        </message>
        <message>
            <source>Cells {low}–{high}</source>
            <translation>Cellen {low}–{high}</translation>
        </message>
        <message>
            <source>Cells:</source>
            <translation>Cellen:</translation>
        </message>
        <message>
            <source>Choose which plots are shown.</source>
            <translation>Kies welke grafieken worden getoond.</translation>
        </message>
        <message>
            <source>Chosen cells</source>
            <translation>Gekozen cellen</translation>
        </message>
        <message>
            <source>Close the recording and show the live data again.</source>
            <translation>De opname sluiten en de live gegevens weer tonen.</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Verbonden</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Copying the recording to {name}…</source>
            <translation>De opname wordt gekopieerd naar {name}…</translation>
        </message>
        <message>
            <source>Could not read {name}: {reason}.</source>
            <translation>Kon {name} niet lezen: {reason}.</translation>
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation>Kan {path} niet schrijven.</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Stroom</translation>
        </message>
        <message>
            <source>Currents: battery, solar, load</source>
            <translation>Stromen: accu, zon, belasting</translation>
        </message>
        <message>
            <source>Data as CSV for Excel…</source>
            <translation>Gegevens als CSV voor Excel…</translation>
        </message>
        <message>
            <source>Data as CSV…</source>
            <translation>Gegevens als CSV…</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Niet verbonden</translation>
        </message>
        <message>
            <source>Events: relays, warnings, settings, link</source>
            <translation>Gebeurtenissen: relais, waarschuwingen, instellingen, verbinding</translation>
        </message>
        <message>
            <source>Every cell’s temperature</source>
            <translation>Temperatuur van elke cel</translation>
        </message>
        <message>
            <source>Every cell’s voltage</source>
            <translation>Spanning van elke cel</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Export cancelled: {path} was not written (an earlier file of that name is unchanged).</source>
            <translation>Export geannuleerd: {path} is niet geschreven (een eerder bestand met die naam is ongewijzigd).</translation>
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation>Map: {folder}</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Volgen</translation>
        </message>
        <message>
            <source>Heat map (all cells)</source>
            <translation>Warmtekaart (alle cellen)</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Hoogste</translation>
        </message>
        <message>
            <source>Highest − lowest cell</source>
            <translation>Hoogste − laagste cel</translation>
        </message>
        <message>
            <source>How cell voltages and temperatures are drawn: a heat map of every cell, one line per cell, or a few chosen cells in colour.</source>
            <translation>Hoe celspanningen en -temperaturen worden getekend: een warmtekaart van alle cellen, één lijn per cel, of een paar gekozen cellen in kleur.</translation>
        </message>
        <message>
            <source>How much time the plots show, from 1 minute to 24 hours.</source>
            <translation>Hoeveel tijd de grafieken tonen, van 1 minuut tot 24 uur.</translation>
        </message>
        <message>
            <source>Keep the newest data in view. Panning or zooming with the mouse pauses following; tick again to catch up.</source>
            <translation>De nieuwste gegevens in beeld houden. Schuiven of zoomen met de muis pauzeert het volgen; vink opnieuw aan om bij te komen.</translation>
        </message>
        <message>
            <source>Keep the vertical ranges as they are now instead of fitting them to the visible data.</source>
            <translation>De verticale bereiken houden zoals ze nu zijn in plaats van ze aan de zichtbare gegevens aan te passen.</translation>
        </message>
        <message>
            <source>Lines (all cells)</source>
            <translation>Lijnen (alle cellen)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Verbinding</translation>
        </message>
        <message>
            <source>Link lost</source>
            <translation>Verbinding verloren</translation>
        </message>
        <message>
            <source>Link lost: reconnecting</source>
            <translation>Verbinding verloren: opnieuw verbinden</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Belasting</translation>
        </message>
        <message>
            <source>Loading {name}… {percent} %</source>
            <translation>{name} laden… {percent} %</translation>
        </message>
        <message>
            <source>Lock Y</source>
            <translation>Y vastzetten</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Laagste</translation>
        </message>
        <message>
            <source>Lowest and highest cell voltage</source>
            <translation>Laagste en hoogste celspanning</translation>
        </message>
        <message>
            <source>Lowest/highest cell</source>
            <translation>Laagste/hoogste cel</translation>
        </message>
        <message>
            <source>Move the mouse over the plots to read the values here.</source>
            <translation>Beweeg de muis over de grafieken om hier de waarden te lezen.</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Nog geen gegevens</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Niet verbonden</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Nog niets opgenomen.</translation>
        </message>
        <message>
            <source>Nothing recorded yet: connect to a battery or open a recording first.</source>
            <translation>Nog niets opgenomen: maak eerst verbinding met een accu of open een opname.</translation>
        </message>
        <message>
            <source>Open a recording</source>
            <translation>Een opname openen</translation>
        </message>
        <message>
            <source>Open recording…</source>
            <translation>Opname openen…</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-afbeeldingen (*.png)</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Pakket</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Pakketspanning</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <source>Picture as PNG…</source>
            <translation>Afbeelding als PNG…</translation>
        </message>
        <message>
            <source>Picture as SVG…</source>
            <translation>Afbeelding als SVG…</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Afspelen</translation>
        </message>
        <message>
            <source>Play or pause the recording.</source>
            <translation>De opname afspelen of pauzeren.</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>Grafieken</translation>
        </message>
        <message>
            <source>Position in the recording: drag to jump.</source>
            <translation>Positie in de opname: sleep om te springen.</translation>
        </message>
        <message>
            <source>Raw recording…</source>
            <translation>Ruwe opname…</translation>
        </message>
        <message>
            <source>Reconnected</source>
            <translation>Opnieuw verbonden</translation>
        </message>
        <message>
            <source>Relays</source>
            <translation>Relais</translation>
        </message>
        <message>
            <source>Replay speed: ×1 is real time, ×1000 plays 1000 seconds a second.</source>
            <translation>Afspeelsnelheid: ×1 is echte tijd, ×1000 speelt 1000 seconden per seconde af.</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG-tekeningen (*.svg)</translation>
        </message>
        <message>
            <source>Save the data (CSV), a picture of the visible plots (PNG, SVG) or the raw recording.</source>
            <translation>De gegevens (CSV), een afbeelding van de zichtbare grafieken (PNG, SVG) of de ruwe opname opslaan.</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>{path} opgeslagen.</translation>
        </message>
        <message>
            <source>Saved {rows} rows of {cells} cells to {path}.</source>
            <translation>{rows} rijen van {cells} cellen opgeslagen in {path}.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Settings written: {names}</source>
            <translation>Instellingen geschreven: {names}</translation>
        </message>
        <message>
            <source>Show a recorded connection instead of the live data.</source>
            <translation>Een opgenomen verbinding tonen in plaats van de live gegevens.</translation>
        </message>
        <message>
            <source>Show or hide this plot.</source>
            <translation>Deze grafiek tonen of verbergen.</translation>
        </message>
        <message>
            <source>SmartBMS plots</source>
            <translation>SmartBMS-grafieken</translation>
        </message>
        <message>
            <source>SmartBMS recordings (*{suffix})</source>
            <translation>SmartBMS-opnamen (*{suffix})</translation>
        </message>
        <message>
            <source>SmartBMS recordings (*{suffix});;All files (*)</source>
            <translation>SmartBMS-opnamen (*{suffix});;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>SoC</source>
            <translation>SoC</translation>
        </message>
        <message>
            <source>Solar</source>
            <translation>Zon</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Spreiding</translation>
        </message>
        <message>
            <source>State of charge</source>
            <translation>Laadtoestand</translation>
        </message>
        <message>
            <source>Stop loading the recording; the page keeps showing what it showed before.</source>
            <translation>Stop met het laden van de opname; de pagina blijft tonen wat ze eerder toonde.</translation>
        </message>
        <message>
            <source>Stop the export; nothing is written and an earlier file of that name stays as it was.</source>
            <translation>De export stoppen; er wordt niets geschreven en een eerder bestand met die naam blijft zoals het was.</translation>
        </message>
        <message>
            <source>Summary columns and one column per cell, units in the headers.</source>
            <translation>Samenvattingskolommen en één kolom per cel, eenheden in de kopteksten.</translation>
        </message>
        <message>
            <source>The export failed: {error}. Nothing was written to {path}.</source>
            <translation>De export is mislukt: {error}. Er is niets naar {path} geschreven.</translation>
        </message>
        <message>
            <source>The same CSV, marked as UTF-8 so that Excel shows °C and other symbols right.</source>
            <translation>Dezelfde CSV, gemarkeerd als UTF-8 zodat Excel °C en andere tekens juist toont.</translation>
        </message>
        <message>
            <source>The visible plots as a scalable drawing.</source>
            <translation>De zichtbare grafieken als schaalbare tekening.</translation>
        </message>
        <message>
            <source>The visible plots as an image.</source>
            <translation>De zichtbare grafieken als afbeelding.</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Waarschuwingen</translation>
        </message>
        <message>
            <source>What is shown: the live link, or the recording and the position in it.</source>
            <translation>Wat er getoond wordt: de live verbinding, of de opname en de positie daarin.</translation>
        </message>
        <message>
            <source>Window:</source>
            <translation>Venster:</translation>
        </message>
        <message>
            <source>Writing the data to {name}…</source>
            <translation>De gegevens worden naar {name} geschreven…</translation>
        </message>
        <message>
            <source>e.g. 1-4, 9</source>
            <translation>bijv. 1-4, 9</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} u</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{unit} by cell</source>
            <translation>{unit} per cel</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source> days</source>
            <translation> dagen</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Thema:</translation>
        </message>
        <message>
            <source>&amp;Units:</source>
            <translation>&amp;Eenheden:</translation>
        </message>
        <message>
            <source>Close without changes</source>
            <translation>Sluiten zonder wijzigingen</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Donker</translation>
        </message>
        <message>
            <source>Every connection is recorded. When the recordings take more than this, the oldest are deleted (never the one being written). 0 = no limit.</source>
            <translation>Elke verbinding wordt opgenomen. Nemen de opnamen meer ruimte in dan dit, dan worden de oudste verwijderd (nooit de opname die nu loopt). 0 = geen limiet.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Systeem volgen</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>Imperial (°F)</source>
            <translation>Imperiaal (°F)</translation>
        </message>
        <message>
            <source>Keep recordings for:</source>
            <translation>Opnamen bewaren:</translation>
        </message>
        <message>
            <source>Keep this computer awake while connected</source>
            <translation>Deze computer wakker houden zolang er verbinding is</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Licht</translation>
        </message>
        <message>
            <source>Light or dark colours; dark is easier on the eyes in a dim battery room</source>
            <translation>Lichte of donkere kleuren; donker is prettiger voor de ogen in een schemerige accuruimte</translation>
        </message>
        <message>
            <source>Metric (°C)</source>
            <translation>Metrisch (°C)</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <source>Preferences are saved on this computer only. The PIN is never saved.</source>
            <translation>Voorkeuren worden alleen op deze computer opgeslagen. De pincode wordt nooit opgeslagen.</translation>
        </message>
        <message>
            <source>Prevent auto-lock:</source>
            <translation>Automatische vergrendeling voorkomen:</translation>
        </message>
        <message>
            <source>Publishing</source>
            <translation>Publiceren</translation>
        </message>
        <message>
            <source>Recordings last written longer ago than this are deleted. 0 = keep them however old.</source>
            <translation>Opnamen die langer geleden voor het laatst zijn geschreven, worden verwijderd. 0 = bewaren, hoe oud ook.</translation>
        </message>
        <message>
            <source>Recordings up to:</source>
            <translation>Opnamen tot:</translation>
        </message>
        <message>
            <source>Show the Simulator page</source>
            <translation>De pagina Simulator tonen</translation>
        </message>
        <message>
            <source>Simulator:</source>
            <translation>Simulator:</translation>
        </message>
        <message>
            <source>Stops the screen lock and sleep while a battery is connected, so a long commissioning session is not cut off. Released when you disconnect.</source>
            <translation>Voorkomt schermvergrendeling en slaapstand zolang er een accu verbonden is, zodat een lange inbedrijfstelling niet wordt onderbroken. Vervalt als u de verbinding verbreekt.</translation>
        </message>
        <message>
            <source>Temperature unit on the screens; settings stay in the BMS's own units</source>
            <translation>Temperatuureenheid op de schermen; instellingen blijven in de eigen eenheden van het BMS</translation>
        </message>
        <message>
            <source>The language of the app</source>
            <translation>De taal van de app</translation>
        </message>
        <message>
            <source>The simulated battery lets you explore the app without a 123\SmartBMS; its page drives sun, load and faults.</source>
            <translation>Met de gesimuleerde accu kunt u de app verkennen zonder 123\SmartBMS; de pagina ervan bestuurt zon, belasting en storingen.</translation>
        </message>
        <message>
            <source>Use and save these preferences</source>
            <translation>Deze voorkeuren gebruiken en opslaan</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>geen limiet</translation>
        </message>
    </context>
    <context>
        <name>PublishingIndicator</name>
        <message>
            <source>Click for File → Preferences → Publishing.</source>
            <translation>Klik voor Bestand → Voorkeuren → Publiceren.</translation>
        </message>
        <message>
            <source>Last error (the broker's words): {0}</source>
            <translation>Laatste fout (in de woorden van de broker): {0}</translation>
        </message>
        <message>
            <source>MQTT: broker away · {0} queued</source>
            <translation>MQTT: broker weg · {0} in de wachtrij</translation>
        </message>
        <message>
            <source>MQTT: connected</source>
            <translation>MQTT: verbonden</translation>
        </message>
        <message>
            <source>MQTT: connected · sending {0} queued</source>
            <translation>MQTT: verbonden · {0} uit de wachtrij worden verstuurd</translation>
        </message>
        <message>
            <source>MQTT: connecting</source>
            <translation>MQTT: verbinden</translation>
        </message>
        <message>
            <source>MQTT: refused</source>
            <translation>MQTT: geweigerd</translation>
        </message>
        <message>
            <source>MQTT: stopped</source>
            <translation>MQTT: gestopt</translation>
        </message>
        <message>
            <source>Publishing to {0}</source>
            <translation>Publiceert naar {0}</translation>
        </message>
        <message>
            <source>Sent: {0} · queued: {1} · dropped (older than the limit): {2}</source>
            <translation>Verstuurd: {0} · in de wachtrij: {1} · weggegooid (ouder dan de grens): {2}</translation>
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
            <translation>Verbinding &amp;testen</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Gebruikersnaam:</translation>
        </message>
        <message>
            <source>A state message this often; a warning light or relay that changes is sent at once</source>
            <translation>Zo vaak een statusbericht; een waarschuwingslampje of relais dat verandert wordt meteen verstuurd</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA-certificaat</translation>
        </message>
        <message>
            <source>CA certificate:</source>
            <translation>CA-certificaat:</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Choose the CA certificate file (PEM)</source>
            <translation>Het bestand met het CA-certificaat kiezen (PEM)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Client id:</source>
            <translation>Client-id:</translation>
        </message>
        <message>
            <source>Connect to the broker once with these settings and say how it went</source>
            <translation>Eén keer met deze instellingen met de broker verbinden en zeggen hoe het ging</translation>
        </message>
        <message>
            <source>Connected: {0} accepted a test message.</source>
            <translation>Verbonden: {0} heeft een testbericht aangenomen.</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>Verbinden met {0}…</translation>
        </message>
        <message>
            <source>Every cell's voltage and temperature (the …/cells topic)</source>
            <translation>Spanning en temperatuur van elke cel (het topic …/cells)</translation>
        </message>
        <message>
            <source>Failed: {0}</source>
            <translation>Mislukt: {0}</translation>
        </message>
        <message>
            <source>Home Assistant discovery (the battery appears with no YAML)</source>
            <translation>Home Assistant-discovery (de accu verschijnt zonder YAML)</translation>
        </message>
        <message>
            <source>Keep while away:</source>
            <translation>Bewaren zolang weg:</translation>
        </message>
        <message>
            <source>Kept in this computer's keyring, never in the preferences file</source>
            <translation>Bewaard in de sleutelbos van deze computer, nooit in het voorkeurenbestand</translation>
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
            <translation>Geen sleutelbos op deze computer: een hier getypt wachtwoord wordt alleen bewaard tot de app sluit.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>Publish the live values over MQTT</source>
            <translation>De actuele waarden via MQTT publiceren</translation>
        </message>
        <message>
            <source>Publish:</source>
            <translation>Publiceren:</translation>
        </message>
        <message>
            <source>Publishing:</source>
            <translation>Publiceren:</translation>
        </message>
        <message>
            <source>Send every:</source>
            <translation>Versturen elke:</translation>
        </message>
        <message>
            <source>Sends the connected battery's values to an MQTT broker (for Home Assistant and dashboards) while the app runs</source>
            <translation>Stuurt de waarden van de verbonden accu naar een MQTT-broker (voor Home Assistant en dashboards) zolang de app draait</translation>
        </message>
        <message>
            <source>The MQTT client id; when empty: smartbms-, this computer's name and the process number</source>
            <translation>De MQTT-client-id; als het leeg is: smartbms-, de naam van deze computer en het procesnummer</translation>
        </message>
        <message>
            <source>The broker's user name; empty when the broker needs no login</source>
            <translation>De gebruikersnaam bij de broker; leeg als de broker geen aanmelding vraagt</translation>
        </message>
        <message>
            <source>The protocol version the broker speaks; 3.1.1 works with every broker</source>
            <translation>De protocolversie die de broker spreekt; 3.1.1 werkt met elke broker</translation>
        </message>
        <message>
            <source>The topics start with this: PREFIX/SERIAL/state, …/cells, …/availability</source>
            <translation>De topics beginnen hiermee: PREFIX/SERIAL/state, …/cells, …/availability</translation>
        </message>
        <message>
            <source>Topic prefix:</source>
            <translation>Topic-voorvoegsel:</translation>
        </message>
        <message>
            <source>Type the broker's address first, e.g. mqtt://homeassistant.local</source>
            <translation>Typ eerst het adres van de broker, bijv. mqtt://homeassistant.local</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versie:</translation>
        </message>
        <message>
            <source>While the broker is away, the state messages of this long are kept and sent in order when it is back; older ones are dropped (and counted)</source>
            <translation>Zolang de broker weg is, worden de statusberichten van zo lang bewaard en op volgorde verstuurd als hij terug is; oudere worden weggegooid (en geteld)</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>kept in the keyring</source>
            <translation>bewaard in de sleutelbos</translation>
        </message>
        <message>
            <source>mqtt://HOST[:PORT] (port 1883 unless given) or mqtts://HOST[:PORT] (encrypted, the certificate is checked; port 8883)</source>
            <translation>mqtt://HOST[:PORT] (poort 1883 tenzij opgegeven) of mqtts://HOST[:PORT] (versleuteld, het certificaat wordt gecontroleerd; poort 8883)</translation>
        </message>
        <message>
            <source>mqtt://homeassistant.local</source>
            <translation>mqtt://homeassistant.local</translation>
        </message>
        <message>
            <source>mqtts:// only: the certificate authority that signed the broker's certificate, when it is not one the system knows</source>
            <translation>Alleen mqtts://: de certificaatautoriteit die het certificaat van de broker ondertekende, als het systeem die niet kent</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>niets</translation>
        </message>
        <message>
            <source>the system's certificates</source>
            <translation>de certificaten van het systeem</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>2. Your switches now</source>
            <translation>2. Uw schakelaars nu</translation>
        </message>
        <message>
            <source>Click the drawing until it matches the option switches on your IN board. The wizard shows these positions again at the end, so you can put them back.</source>
            <translation>Klik op de tekening tot ze overeenkomt met de optieschakelaars op uw IN-board. De wizard toont deze standen aan het eind opnieuw, zodat u ze kunt terugzetten.</translation>
        </message>
        <message>
            <source>Fill in from the BMS</source>
            <translation>Invullen vanuit het BMS</translation>
        </message>
        <message>
            <source>Filled in from the connected BMS: switches %1. Check them, and set the others by looking at the board: the BMS does not report them.</source>
            <translation>Ingevuld vanuit het verbonden BMS: schakelaars %1. Controleer ze en zet de andere door naar het board te kijken: het BMS meldt die niet.</translation>
        </message>
        <message>
            <source>In normal use these positions mean:</source>
            <translation>Bij normaal gebruik betekenen deze standen:</translation>
        </message>
        <message>
            <source>Not connected: set every switch by looking at the board.</source>
            <translation>Niet verbonden: zet elke schakelaar door naar het board te kijken.</translation>
        </message>
        <message>
            <source>Set the switches the connected BMS reveals (V bypass: 2, 6, 7; message rate: 1) in the drawing.</source>
            <translation>Zet de schakelaars die het verbonden BMS prijsgeeft (V bypass: 2, 6, 7; berichtfrequentie: 1) in de tekening.</translation>
        </message>
        <message>
            <source>Switch 8 is ON. It must never be left ON. Do not turn it OFF now: that would store switches 1-7 as hidden settings. Carry on; step 4 turns it OFF after switches 1-7 are set.</source>
            <translation>Schakelaar 8 staat AAN. Hij mag nooit AAN blijven staan. Zet hem nu niet UIT: dan worden schakelaars 1-7 als verborgen instellingen opgeslagen. Ga verder; stap 4 zet hem UIT nadat schakelaars 1-7 zijn gezet.</translation>
        </message>
        <message>
            <source>The connected BMS has not reported anything that shows the switches yet: set every switch by looking at the board.</source>
            <translation>Het verbonden BMS heeft nog niets gemeld waaruit de schakelaars blijken: zet elke schakelaar door naar het board te kijken.</translation>
        </message>
        <message>
            <source>The drawing matches my IN board</source>
            <translation>De tekening komt overeen met mijn IN-board</translation>
        </message>
        <message>
            <source>Tick when every switch in the drawing is where it is on the board.</source>
            <translation>Vink aan als elke schakelaar in de tekening staat zoals op het board.</translation>
        </message>
        <message>
            <source>Your option switches now</source>
            <translation>Uw optieschakelaars nu</translation>
        </message>
    </context>
    <context>
        <name>RecordingIndicator</name>
        <message>
            <source>Recording · {0}</source>
            <translation>Opname · {0}</translation>
        </message>
        <message>
            <source>This connection is being recorded to {0}. Click to see all recordings.</source>
            <translation>Deze verbinding wordt opgenomen in {0}. Klik om alle opnamen te zien.</translation>
        </message>
    </context>
    <context>
        <name>RecordingsWindow</name>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Verwijderen…</translation>
        </message>
        <message>
            <source>&amp;Open in Plots</source>
            <translation>&amp;Openen in Grafieken</translation>
        </message>
        <message>
            <source>Battery or link</source>
            <translation>Accu of verbinding</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Delete recordings</source>
            <translation>Opnamen verwijderen</translation>
        </message>
        <message>
            <source>Delete the selected recordings from this computer</source>
            <translation>De gekozen opnamen van deze computer verwijderen</translation>
        </message>
        <message>
            <source>Delete {0} recording(s), {1}, from this computer? This cannot be undone.</source>
            <translation>{0} opname(n), {1}, van deze computer verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Last written</source>
            <translation>Laatst geschreven</translation>
        </message>
        <message>
            <source>No recordings here yet. Every connection is recorded to this folder from its first byte; a recording shows here as soon as it starts.</source>
            <translation>Hier zijn nog geen opnamen. Elke verbinding wordt vanaf de eerste byte in deze map opgenomen; een opname staat hier zodra ze begint.</translation>
        </message>
        <message>
            <source>Recordings</source>
            <translation>Opnamen</translation>
        </message>
        <message>
            <source>Show &amp;folder</source>
            <translation>&amp;Map tonen</translation>
        </message>
        <message>
            <source>Show the selected recording on the Plots page (and the other pages)</source>
            <translation>De gekozen opname tonen op de pagina Grafieken (en de andere pagina's)</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>The recording being written now cannot be deleted; disconnect first.</source>
            <translation>De opname die nu loopt kan niet worden verwijderd; verbreek eerst de verbinding.</translation>
        </message>
        <message>
            <source>{0} (recording now)</source>
            <translation>{0} (neemt nu op)</translation>
        </message>
        <message>
            <source>{0} recordings, {1} in all, in {2}</source>
            <translation>{0} opnamen, samen {1}, in {2}</translation>
        </message>
    </context>
    <context>
        <name>Relay</name>
        <message>
            <source>Allowed</source>
            <translation>Toegestaan</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Geblokkeerd</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Uit</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wacht</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Klant:</translation>
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
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>&amp;Measure again</source>
            <translation>Opnieuw &amp;meten</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notitie:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Locatie:</translation>
        </message>
        <message>
            <source>A note for the report (optional)</source>
            <translation>Een notitie voor het rapport (optioneel)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Commissioning report</source>
            <translation>Inbedrijfstellingsrapport</translation>
        </message>
        <message>
            <source>Could not read {0}: {1}</source>
            <translation>Kon {0} niet lezen: {1}</translation>
        </message>
        <message>
            <source>From a &amp;recording…</source>
            <translation>Uit een &amp;opname…</translation>
        </message>
        <message>
            <source>From the recording {0}.</source>
            <translation>Uit de opname {0}.</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Make the report from a recording</source>
            <translation>Het rapport maken uit een opname</translation>
        </message>
        <message>
            <source>Make the report from a recording instead of the connected battery</source>
            <translation>Het rapport maken uit een opname in plaats van de verbonden accu</translation>
        </message>
        <message>
            <source>Measured from {0} at {1}.</source>
            <translation>Gemeten via {0} om {1}.</translation>
        </message>
        <message>
            <source>No battery connected: connect one, or make the report from a recording.</source>
            <translation>Geen accu verbonden: verbind er een, of maak het rapport uit een opname.</translation>
        </message>
        <message>
            <source>Not printed: {0}</source>
            <translation>Niet afgedrukt: {0}</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>Niet opgeslagen: {0}</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Af&amp;drukken…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Rated capacity:</source>
            <translation>Nominale capaciteit:</translation>
        </message>
        <message>
            <source>Recordings (*{0})</source>
            <translation>Opnamen (*{0})</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Opslaan als &amp;PDF…</translation>
        </message>
        <message>
            <source>Save the commissioning report</source>
            <translation>Het inbedrijfstellingsrapport opslaan</translation>
        </message>
        <message>
            <source>Saved {0} ({1} pages).</source>
            <translation>{0} opgeslagen ({1} pagina's).</translation>
        </message>
        <message>
            <source>Sent {0} pages to the printer.</source>
            <translation>{0} pagina's naar de printer gestuurd.</translation>
        </message>
        <message>
            <source>Take the pack, the relays and the session as they are now</source>
            <translation>Neem het pakket, de relais en de sessie zoals ze nu zijn</translation>
        </message>
        <message>
            <source>The cells' rated capacity: the report checks the manual's advice to set 75 % of it as the battery capacity</source>
            <translation>De nominale capaciteit van de cellen: het rapport controleert het advies van de handleiding om 75 % daarvan als accucapaciteit in te stellen</translation>
        </message>
        <message>
            <source>The report as it will be printed; Ctrl + wheel zooms</source>
            <translation>Het rapport zoals het wordt afgedrukt; Ctrl + scrollwiel zoomt</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>niet opgegeven</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>5. Put the switches back</source>
            <translation>5. Zet de schakelaars terug</translation>
        </message>
        <message>
            <source>Flip back: %1 (highlighted).</source>
            <translation>Terugzetten: %1 (gemarkeerd).</translation>
        </message>
        <message>
            <source>Nothing to flip back: 1-7 were already in these positions.</source>
            <translation>Niets terug te zetten: 1-7 stonden al in deze standen.</translation>
        </message>
        <message>
            <source>Set all switches exactly as you recorded them in step 2. Switch 8 stays OFF.</source>
            <translation>Zet alle schakelaars precies zoals u ze in stap 2 hebt genoteerd. Schakelaar 8 blijft UIT.</translation>
        </message>
        <message>
            <source>The switches are back as recorded</source>
            <translation>De schakelaars staan weer zoals genoteerd</translation>
        </message>
        <message>
            <source>These are your normal settings again:</source>
            <translation>Dit zijn weer uw normale instellingen:</translation>
        </message>
        <message>
            <source>Tick when the board matches the drawing.</source>
            <translation>Vink aan als het board overeenkomt met de tekening.</translation>
        </message>
        <message>
            <source>Your recorded switch positions</source>
            <translation>Uw genoteerde schakelaarstanden</translation>
        </message>
    </context>
    <context>
        <name>SerialPortDialog</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <source>A port found on this computer, or type one (COM3, /dev/ttyUSB0)</source>
            <translation>Een poort op deze computer, of typ er een (COM3, /dev/ttyUSB0)</translation>
        </message>
        <message>
            <source>Choose the port of the USB cable on the OUT board's extended data output. The serial link is read-only: it shows live values but cannot change settings.</source>
            <translation>Kies de poort van de USB-kabel op de uitgebreide datauitgang van het OUT-board. De seriële verbinding is alleen-lezen: ze toont live waarden maar kan geen instellingen wijzigen.</translation>
        </message>
        <message>
            <source>Could not list the serial ports: {0}. {1} You can still type the port.</source>
            <translation>Kan de seriële poorten niet opvragen: {0}. {1} U kunt de poort wel typen.</translation>
        </message>
        <message>
            <source>Keep the current device</source>
            <translation>Het huidige apparaat houden</translation>
        </message>
        <message>
            <source>Look for serial ports again (after plugging the cable in)</source>
            <translation>Opnieuw naar seriële poorten zoeken (nadat de kabel is aangesloten)</translation>
        </message>
        <message>
            <source>No serial port found. Plug the USB cable in and press Refresh, or type the port. {0}</source>
            <translation>Geen seriële poort gevonden. Sluit de USB-kabel aan en druk op Vernieuwen, of typ de poort. {0}</translation>
        </message>
        <message>
            <source>On Linux your user must be in the 'dialout' group (log out and in after adding it).</source>
            <translation>Op Linux moet uw gebruiker in de groep 'dialout' zitten (meld u daarna af en weer aan).</translation>
        </message>
        <message>
            <source>On Windows, check the Device Manager under 'Ports (COM &amp; LPT)'.</source>
            <translation>Kijk op Windows in Apparaatbeheer onder 'Poorten (COM &amp; LPT)'.</translation>
        </message>
        <message>
            <source>Ports cannot be listed here: type the port (COM3, /dev/ttyUSB0).</source>
            <translation>Poorten kunnen hier niet worden opgevraagd: typ de poort (COM3, /dev/ttyUSB0).</translation>
        </message>
        <message>
            <source>Serial port</source>
            <translation>Seriële poort</translation>
        </message>
        <message>
            <source>Type the port (COM3, /dev/ttyUSB0)</source>
            <translation>Typ de poort (COM3, /dev/ttyUSB0)</translation>
        </message>
        <message>
            <source>Use this port</source>
            <translation>Deze poort gebruiken</translation>
        </message>
    </context>
    <context>
        <name>SetPage</name>
        <message>
            <source>3. Set switches 1-7 like this</source>
            <translation>3. Zet schakelaars 1-7 zo</translation>
        </message>
        <message>
            <source>&lt;b&gt;Switches 1-3: %1&lt;/b&gt; → %2 A sensor (hidden settings table, sensor row)&lt;br&gt;&lt;b&gt;Switches 4-7: %3&lt;/b&gt; → %4 cells (hidden settings table, cells row)</source>
            <translation>&lt;b&gt;Schakelaars 1-3: %1&lt;/b&gt; → sensor van %2 A (tabel verborgen instellingen, rij sensor)&lt;br&gt;&lt;b&gt;Schakelaars 4-7: %3&lt;/b&gt; → %4 cellen (tabel verborgen instellingen, rij cellen)</translation>
        </message>
        <message>
            <source>Compared with your switches now, flip: %1.</source>
            <translation>Vergeleken met uw huidige schakelaars omzetten: %1.</translation>
        </message>
        <message>
            <source>Leave switch 8 OFF. The highlighted switches are the ones that store the settings.</source>
            <translation>Laat schakelaar 8 UIT. De gemarkeerde schakelaars zijn de schakelaars die de instellingen opslaan.</translation>
        </message>
        <message>
            <source>Switches 1-7 are set like the drawing, switch 8 is OFF</source>
            <translation>Schakelaars 1-7 staan zoals de tekening, schakelaar 8 staat UIT</translation>
        </message>
        <message>
            <source>Target positions of switches 1 to 7</source>
            <translation>Doelstanden van schakelaars 1 tot 7</translation>
        </message>
        <message>
            <source>Tick when the board matches the drawing.</source>
            <translation>Vink aan als het board overeenkomt met de tekening.</translation>
        </message>
        <message>
            <source>While the switches are set like this the BMS also reads them as normal settings (for example V bypass, mode or auto zero). That is expected and lasts only until step 5 puts them back.</source>
            <translation>Zolang de schakelaars zo staan, leest het BMS ze ook als normale instellingen (bijvoorbeeld V bypass, modus of automatisch nulpunt). Dat is te verwachten en duurt maar tot stap 5 ze terugzet.</translation>
        </message>
        <message>
            <source>Your switches 1-7 are already in these positions.</source>
            <translation>Uw schakelaars 1-7 staan al in deze standen.</translation>
        </message>
    </context>
    <context>
        <name>SettingsCutActions</name>
        <message>
            <source>Restore old value</source>
            <translation>Oude waarde herstellen</translation>
        </message>
        <message>
            <source>Restore old value ({0})</source>
            <translation>Oude waarde herstellen ({0})</translation>
        </message>
        <message>
            <source>The value before this Apply is not known</source>
            <translation>De waarde van vóór deze toepassing is onbekend</translation>
        </message>
        <message>
            <source>Write again</source>
            <translation>Opnieuw schrijven</translation>
        </message>
        <message>
            <source>Write again ({0})</source>
            <translation>Opnieuw schrijven ({0})</translation>
        </message>
        <message>
            <source>Write back the value held before this Apply, then read it back</source>
            <translation>De waarde van vóór deze Toepassen terugschrijven en daarna teruglezen</translation>
        </message>
        <message>
            <source>Write the new value of {0} once more, then read it back</source>
            <translation>De nieuwe waarde van {0} nog eens schrijven en daarna teruglezen</translation>
        </message>
        <message>
            <source>Write the new value once more, then read it back</source>
            <translation>De nieuwe waarde nog eens schrijven en daarna teruglezen</translation>
        </message>
        <message>
            <source>Write the value {0} held before this Apply back, then read it back</source>
            <translation>De waarde die {0} vóór deze toepassing had terugschrijven en daarna teruglezen</translation>
        </message>
        <message>
            <source>Written halfway: the battery could not be read back, so what it holds now is not known; it may be neither the old value ({0}) nor the new one ({1}).</source>
            <translation>Half geschreven: de batterij kon niet worden teruggelezen, dus wat ze nu bevat is onbekend; het kan de oude waarde ({0}) noch de nieuwe ({1}) zijn.</translation>
        </message>
        <message>
            <source>Written halfway: the battery could not be read back, so what it holds now is not known; it may not be the new value {0}.</source>
            <translation>Half geschreven: de batterij kon niet worden teruggelezen, dus wat ze nu bevat is onbekend; het is mogelijk niet de nieuwe waarde {0}.</translation>
        </message>
        <message>
            <source>Written halfway: the battery now holds {0}, neither the old value ({1}) nor the new one ({2}).</source>
            <translation>Half geschreven: de batterij bevat nu {0}, niet de oude waarde ({1}) en ook niet de nieuwe ({2}).</translation>
        </message>
        <message>
            <source>Written halfway: the battery now holds {0}, not the new value {1}.</source>
            <translation>Half geschreven: de batterij bevat nu {0}, niet de nieuwe waarde {1}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source> cells</source>
            <translation> cellen</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Toepassen</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <source>&amp;Use</source>
            <translation>&amp;Gebruiken</translation>
        </message>
        <message>
            <source>(not written on this link)</source>
            <translation>(niet geschreven via deze verbinding)</translation>
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
            <translation>3,2 V per cel: LiFePO4 aangenomen (een Gen2-BMS meldt zijn celchemie niet). Typ voor andere cellen hun nominale spanning.</translation>
        </message>
        <message>
            <source>3.2 V per cell: LiFePO4 until the battery reports its cell chemistry.</source>
            <translation>3,2 V per cel: LiFePO4 tot de accu zijn celchemie meldt.</translation>
        </message>
        <message>
            <source>500 A / 20 A</source>
            <translation>500 A / 20 A</translation>
        </message>
        <message>
            <source>75 % advice:</source>
            <translation>Advies 75 %:</translation>
        </message>
        <message>
            <source>75 % of the rated energy, rounded to the BMS's 100 Wh steps</source>
            <translation>75 % van de nominale energie, afgerond op de stappen van 100 Wh van het BMS</translation>
        </message>
        <message>
            <source>&lt;b&gt;File&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bestand&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last apply&lt;/b&gt;</source>
            <translation>&lt;b&gt;Laatst toegepast&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pending changes:&lt;/b&gt; none</source>
            <translation>&lt;b&gt;Wijzigingen in afwachting:&lt;/b&gt; geen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pending changes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Wijzigingen in afwachting&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Problems&lt;/b&gt;</source>
            <translation>&lt;b&gt;Problemen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; ({1} rated)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; ({1} nominaal)</translation>
        </message>
        <message>
            <source>? cells</source>
            <translation>? cellen</translation>
        </message>
        <message>
            <source>Allowed to charge</source>
            <translation>Laden toegestaan</translation>
        </message>
        <message>
            <source>Allowed to discharge</source>
            <translation>Ontladen toegestaan</translation>
        </message>
        <message>
            <source>Battery capacity</source>
            <translation>Accucapaciteit</translation>
        </message>
        <message>
            <source>Careful: the battery holds {0} now, more than {1}: with this capacity its SoC would stick at 100 % and count wrongly until the pack is next full.</source>
            <translation>Let op: de accu bevat nu {0}, meer dan {1}: met deze capaciteit blijft de SoC op 100 % staan en telt hij verkeerd tot de accu weer vol is.</translation>
        </message>
        <message>
            <source>Cell chemistry</source>
            <translation>Celchemie</translation>
        </message>
        <message>
            <source>Cell chemistry "Other": type the nominal voltage of your cells.</source>
            <translation>Celchemie "Overig": typ de nominale spanning van uw cellen.</translation>
        </message>
        <message>
            <source>Cell voltages</source>
            <translation>Celspanningen</translation>
        </message>
        <message>
            <source>Changed: not written until you press Apply.</source>
            <translation>Gewijzigd: pas geschreven als u op Toepassen drukt.</translation>
        </message>
        <message>
            <source>Charge and load relays</source>
            <translation>Laad- en belastingrelais</translation>
        </message>
        <message>
            <source>Charge pause delay</source>
            <translation>Vertraging laadpauze</translation>
        </message>
        <message>
            <source>Charge relay forced off</source>
            <translation>Laadrelais geforceerd uit</translation>
        </message>
        <message>
            <source>Charge restart</source>
            <translation>Herstart laden</translation>
        </message>
        <message>
            <source>Charge restart delay</source>
            <translation>Vertraging herstart laden</translation>
        </message>
        <message>
            <source>Charge sensor inverted</source>
            <translation>Laadsensor omgekeerd</translation>
        </message>
        <message>
            <source>Check and write result for {0}</source>
            <translation>Controle- en schrijfresultaat voor {0}</translation>
        </message>
        <message>
            <source>Clear energy counters</source>
            <translation>Energietellers wissen</translation>
        </message>
        <message>
            <source>Click a setting to read what it does here.</source>
            <translation>Klik op een instelling om hier te lezen wat ze doet.</translation>
        </message>
        <message>
            <source>Connected to a real BMS ({0}). Changes are written only when you press Apply.</source>
            <translation>Verbonden met een echt BMS ({0}). Wijzigingen worden pas geschreven als u op Toepassen drukt.</translation>
        </message>
        <message>
            <source>Connected to the simulator. Every setting can be tried here, including those whose hardware address is not published.</source>
            <translation>Verbonden met de simulator. Elke instelling kan hier worden uitgeprobeerd, ook die waarvan het hardware-adres niet gepubliceerd is.</translation>
        </message>
        <message>
            <source>Could not read {0}: {1}</source>
            <translation>Kan {0} niet lezen: {1}</translation>
        </message>
        <message>
            <source>Could not save {0}: {1}</source>
            <translation>Kan {0} niet opslaan: {1}</translation>
        </message>
        <message>
            <source>Critical mode</source>
            <translation>Kritieke modus</translation>
        </message>
        <message>
            <source>Current and SoC</source>
            <translation>Stroom en SoC</translation>
        </message>
        <message>
            <source>Current sensor</source>
            <translation>Stroomsensor</translation>
        </message>
        <message>
            <source>Discharge pause delay</source>
            <translation>Vertraging ontlaadpauze</translation>
        </message>
        <message>
            <source>Discharge relay forced off</source>
            <translation>Ontlaadrelais geforceerd uit</translation>
        </message>
        <message>
            <source>Discharge restart</source>
            <translation>Herstart ontladen</translation>
        </message>
        <message>
            <source>Discharge restart delay</source>
            <translation>Vertraging herstart ontladen</translation>
        </message>
        <message>
            <source>Discharge sensor inverted</source>
            <translation>Ontlaadsensor omgekeerd</translation>
        </message>
        <message>
            <source>Drop the pending changes and show the BMS's values again</source>
            <translation>De wijzigingen in afwachting laten vallen en de waarden van het BMS weer tonen</translation>
        </message>
        <message>
            <source>Hover a setting to read what it does.</source>
            <translation>Wijs een instelling aan om te lezen wat ze doet.</translation>
        </message>
        <message>
            <source>How to change V bypass (option switches)…</source>
            <translation>V bypass wijzigen (optieschakelaars)…</translation>
        </message>
        <message>
            <source>Inverter peak power</source>
            <translation>Piekvermogen omvormer</translation>
        </message>
        <message>
            <source>Keep off</source>
            <translation>Uit houden</translation>
        </message>
        <message>
            <source>Keep on</source>
            <translation>Aan houden</translation>
        </message>
        <message>
            <source>Li-ion NCA</source>
            <translation>Li-ion NCA</translation>
        </message>
        <message>
            <source>Li-ion NMC</source>
            <translation>Li-ion NMC</translation>
        </message>
        <message>
            <source>LiFePO4 (LFP)</source>
            <translation>LiFePO4 (LFP)</translation>
        </message>
        <message>
            <source>Lithium titanate (LTO)</source>
            <translation>Lithiumtitanaat (LTO)</translation>
        </message>
        <message>
            <source>Load from file…</source>
            <translation>Laden uit bestand…</translation>
        </message>
        <message>
            <source>Load settings</source>
            <translation>Instellingen laden</translation>
        </message>
        <message>
            <source>Load settings from a file as pending changes: review the diff, then Apply</source>
            <translation>Instellingen uit een bestand laden als wijzigingen in afwachting: bekijk de verschillen, druk dan op Toepassen</translation>
        </message>
        <message>
            <source>Loaded {0}: {1} change(s) pending. Review them, then press Apply; nothing has been written.</source>
            <translation>{0} geladen: {1} wijziging(en) in afwachting. Bekijk ze en druk dan op Toepassen; er is nog niets geschreven.</translation>
        </message>
        <message>
            <source>Main relay</source>
            <translation>Hoofdrelais</translation>
        </message>
        <message>
            <source>Nominal cell voltage, from the battery's cell chemistry</source>
            <translation>Nominale celspanning, uit de celchemie van de accu</translation>
        </message>
        <message>
            <source>Nominal voltage as you typed it.</source>
            <translation>Nominale spanning zoals u die typte.</translation>
        </message>
        <message>
            <source>Not connected: no settings have been read yet. Connect to a battery to read and change them; you can still load a file to review it.</source>
            <translation>Niet verbonden: er zijn nog geen instellingen gelezen. Maak verbinding met een accu om ze te lezen en te wijzigen; u kunt wel een bestand laden om het te bekijken.</translation>
        </message>
        <message>
            <source>Not connected: the values shown are the last ones read. Connect to change settings; you can still load a file to review it.</source>
            <translation>Niet verbonden: de getoonde waarden zijn de laatst gelezen. Maak verbinding om instellingen te wijzigen; u kunt wel een bestand laden om het te bekijken.</translation>
        </message>
        <message>
            <source>Not for this BMS generation, skipped: {0}</source>
            <translation>Niet voor deze BMS-generatie, overgeslagen: {0}</translation>
        </message>
        <message>
            <source>Not forced (BMS decides)</source>
            <translation>Niet geforceerd (BMS beslist)</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>Niet opgeslagen: {0}</translation>
        </message>
        <message>
            <source>Not written on this link: {0}, because {1}.</source>
            <translation>Niet geschreven via deze verbinding: {0}, omdat {1}.</translation>
        </message>
        <message>
            <source>Not written.</source>
            <translation>Niet geschreven.</translation>
        </message>
        <message>
            <source>Not written: the battery did not accept the PIN for this (NA), so nothing was sent. Connect again with the right PIN.</source>
            <translation>Niet geschreven: de accu accepteerde de pincode hiervoor niet (NA), dus er is niets verzonden. Maak opnieuw verbinding met de juiste pincode.</translation>
        </message>
        <message>
            <source>Not written: the battery did not understand the request to pause its live data (WRONG), so nothing was sent. This is a bug in the app; please report it.</source>
            <translation>Niet geschreven: de accu begreep het verzoek om zijn live gegevens te pauzeren niet (WRONG), dus er is niets verzonden. Dit is een fout in de app; meld hem alstublieft.</translation>
        </message>
        <message>
            <source>Not written: the battery refused to pause its live data for the change (KO), so nothing was sent. Apply again; if it refuses again, disconnect and connect again.</source>
            <translation>Niet geschreven: de accu weigerde zijn live gegevens te pauzeren voor de wijziging (KO), dus er is niets verzonden. Pas opnieuw toe; weigert hij weer, verbreek dan de verbinding en maak opnieuw verbinding.</translation>
        </message>
        <message>
            <source>Nothing to save yet: connect to a battery first, so its settings are read</source>
            <translation>Nog niets op te slaan: maak eerst verbinding met een accu, zodat zijn instellingen worden gelezen</translation>
        </message>
        <message>
            <source>Nothing to save: no settings have been read from a battery yet.</source>
            <translation>Niets op te slaan: er zijn nog geen instellingen uit een accu gelezen.</translation>
        </message>
        <message>
            <source>Number of cells in series (taken from the connected battery when it reports them)</source>
            <translation>Aantal cellen in serie (overgenomen van de verbonden accu als die ze meldt)</translation>
        </message>
        <message>
            <source>Open the Switches page: it shows where option switches 2, 6 and 7 go for each V bypass</source>
            <translation>De pagina Schakelaars openen: die laat zien hoe optieschakelaars 2, 6 en 7 moeten staan voor elke V bypass</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>PIN: the two entries differ</source>
            <translation>Pincode: de twee invoeren verschillen</translation>
        </message>
        <message>
            <source>Pre-alarm</source>
            <translation>Voor-alarm</translation>
        </message>
        <message>
            <source>Problems with the typed values; errors block Apply</source>
            <translation>Problemen met de ingevoerde waarden; fouten blokkeren Toepassen</translation>
        </message>
        <message>
            <source>Put this value into Battery capacity (still pending until Apply)</source>
            <translation>Deze waarde in Accucapaciteit zetten (in afwachting tot Toepassen)</translation>
        </message>
        <message>
            <source>Range: {0}</source>
            <translation>Bereik: {0}</translation>
        </message>
        <message>
            <source>Rated capacity of one cell (or one parallel group), in Ah: printed on the cell</source>
            <translation>Nominale capaciteit van één cel (of één parallelle groep), in Ah: staat op de cel</translation>
        </message>
        <message>
            <source>Relay 1</source>
            <translation>Relais 1</translation>
        </message>
        <message>
            <source>Relay 1 forced</source>
            <translation>Relais 1 geforceerd</translation>
        </message>
        <message>
            <source>Relay 1 function</source>
            <translation>Functie relais 1</translation>
        </message>
        <message>
            <source>Relay 1 inverted</source>
            <translation>Relais 1 omgekeerd</translation>
        </message>
        <message>
            <source>Relay 2</source>
            <translation>Relais 2</translation>
        </message>
        <message>
            <source>Relay 2 forced</source>
            <translation>Relais 2 geforceerd</translation>
        </message>
        <message>
            <source>Relay 2 function</source>
            <translation>Functie relais 2</translation>
        </message>
        <message>
            <source>Relay 2 inverted</source>
            <translation>Relais 2 omgekeerd</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Instellingen opslaan</translation>
        </message>
        <message>
            <source>Save the BMS's settings to a JSON file (the PIN is never saved)</source>
            <translation>De instellingen van het BMS in een JSON-bestand opslaan (de pincode wordt nooit opgeslagen)</translation>
        </message>
        <message>
            <source>Save to file…</source>
            <translation>Opslaan in bestand…</translation>
        </message>
        <message>
            <source>Saved {0} settings to {1}</source>
            <translation>{0} instellingen opgeslagen in {1}</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Beveiliging</translation>
        </message>
        <message>
            <source>Serial cable: a read-only link (live values and the settings its data frame carries). Connect over Bluetooth to change settings.</source>
            <translation>Seriële kabel: een alleen-lezen verbinding (live waarden en de instellingen die het dataframe meestuurt). Maak verbinding via Bluetooth om instellingen te wijzigen.</translation>
        </message>
        <message>
            <source>Set the number of cells (connect to read it from the battery).</source>
            <translation>Stel het aantal cellen in (maak verbinding om het van de accu te lezen).</translation>
        </message>
        <message>
            <source>Settings files (*.json)</source>
            <translation>Instellingenbestanden (*.json)</translation>
        </message>
        <message>
            <source>Settings in the serial data frame</source>
            <translation>Instellingen in het seriële dataframe</translation>
        </message>
        <message>
            <source>Settings: {0}</source>
            <translation>Instellingen: {0}</translation>
        </message>
        <message>
            <source>Shown only: the app cannot write it over any link.</source>
            <translation>Alleen getoond: de app kan deze via geen enkele verbinding schrijven.</translation>
        </message>
        <message>
            <source>SoC voltage correction</source>
            <translation>SoC-spanningscorrectie</translation>
        </message>
        <message>
            <source>Solar peak power</source>
            <translation>Piekvermogen zonnepanelen</translation>
        </message>
        <message>
            <source>Source: the serial data frame of the End/OUT board's USB output; it carries only these settings. The BMS takes no commands over the serial cable, so nothing can be changed here.</source>
            <translation>Bron: het seriële dataframe van de USB-uitgang van het End/OUT-board; het bevat alleen deze instellingen. Het BMS neemt geen opdrachten aan via de seriële kabel, dus hier kan niets worden gewijzigd.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Systeem</translation>
        </message>
        <message>
            <source>T max</source>
            <translation>T max</translation>
        </message>
        <message>
            <source>T min (charge)</source>
            <translation>T min (laden)</translation>
        </message>
        <message>
            <source>T min (discharge)</source>
            <translation>T min (ontladen)</translation>
        </message>
        <message>
            <source>Tail current</source>
            <translation>Staartstroom</translation>
        </message>
        <message>
            <source>Temperatures</source>
            <translation>Temperaturen</translation>
        </message>
        <message>
            <source>The BMS holds code {0}, which this app does not know. Choose a listed value and Apply to replace it.</source>
            <translation>Het BMS bevat code {0}, die deze app niet kent. Kies een waarde uit de lijst en druk op Toepassen om hem te vervangen.</translation>
        </message>
        <message>
            <source>The BMS holds {0}, which is neither on (1) nor off (0). Choose on or off and Apply to replace it.</source>
            <translation>Het BMS bevat {0}, wat aan (1) noch uit (0) is. Kies aan of uit en druk op Toepassen om het te vervangen.</translation>
        </message>
        <message>
            <source>The changes Apply will write: old value → new value</source>
            <translation>De wijzigingen die Toepassen schrijft: oude waarde → nieuwe waarde</translation>
        </message>
        <message>
            <source>The file was saved with V bypass {0}; this BMS has {1}. V bypass is set with option switches 2, 6 and 7.</source>
            <translation>Het bestand is opgeslagen met V bypass {0}; dit BMS heeft {1}. V bypass stelt u in met de optieschakelaars 2, 6 en 7.</translation>
        </message>
        <message>
            <source>The serial cable cannot write settings: connect over Bluetooth to load a file</source>
            <translation>De seriële kabel kan geen instellingen schrijven: maak verbinding via Bluetooth om een bestand te laden</translation>
        </message>
        <message>
            <source>The serial link is read-only.</source>
            <translation>De seriële verbinding is alleen-lezen.</translation>
        </message>
        <message>
            <source>The settings the serial cable's data frame carries, read-only</source>
            <translation>De instellingen die het dataframe van de seriële kabel meestuurt, alleen-lezen</translation>
        </message>
        <message>
            <source>The write address of this setting on a real BMS is not published, so the app does not send a guessed write. Use the maker's phone app for it. (It works on the simulator.)</source>
            <translation>Het schrijfadres van deze instelling op een echt BMS is niet gepubliceerd, daarom stuurt de app geen gegokte schrijfopdracht. Gebruik hiervoor de telefoonapp van de fabrikant. (Op de simulator werkt het wel.)</translation>
        </message>
        <message>
            <source>The write failed: {0}</source>
            <translation>Het schrijven is mislukt: {0}</translation>
        </message>
        <message>
            <source>Type the Ah of one cell.</source>
            <translation>Typ de Ah van één cel.</translation>
        </message>
        <message>
            <source>Type the new PIN again, so a typing error cannot lock you out</source>
            <translation>Typ de nieuwe pincode nogmaals, zodat een typefout u niet kan buitensluiten</translation>
        </message>
        <message>
            <source>Use measured capacity</source>
            <translation>Gemeten capaciteit gebruiken</translation>
        </message>
        <message>
            <source>V bypass</source>
            <translation>V bypass</translation>
        </message>
        <message>
            <source>V low</source>
            <translation>V laag</translation>
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
            <translation>V nominaal</translation>
        </message>
        <message>
            <source>What can be changed over this link</source>
            <translation>Wat er via deze verbinding gewijzigd kan worden</translation>
        </message>
        <message>
            <source>What the last Apply did, setting by setting (written and read back)</source>
            <translation>Wat de laatste Toepassen deed, instelling voor instelling (geschreven en teruggelezen)</translation>
        </message>
        <message>
            <source>What the setting you are editing does</source>
            <translation>Wat de instelling die u bewerkt doet</translation>
        </message>
        <message>
            <source>With this capacity the SoC would read about {0} instead of {1} until the pack is next full, when the BMS sets it to 100 % again.</source>
            <translation>Met deze capaciteit zou de SoC ongeveer {0} tonen in plaats van {1} tot de accu weer vol is; dan zet het BMS hem weer op 100 %.</translation>
        </message>
        <message>
            <source>Write the pending changes to the BMS, read them back and show the result per setting</source>
            <translation>De wijzigingen in afwachting naar het BMS schrijven, teruglezen en het resultaat per instelling tonen</translation>
        </message>
        <message>
            <source>Writing {0} setting(s)…</source>
            <translation>{0} instelling(en) schrijven…</translation>
        </message>
        <message>
            <source>Your BMS does not report this setting (older firmware), so the app does not change it.</source>
            <translation>Uw BMS meldt deze instelling niet (oudere firmware), daarom wijzigt de app haar niet.</translation>
        </message>
        <message>
            <source>at Apply</source>
            <translation>bij Toepassen</translation>
        </message>
        <message>
            <source>do it</source>
            <translation>te doen</translation>
        </message>
        <message>
            <source>done</source>
            <translation>gedaan</translation>
        </message>
        <message>
            <source>new PIN</source>
            <translation>nieuwe pincode</translation>
        </message>
        <message>
            <source>not received yet (the frame sends it about every 20 s)</source>
            <translation>nog niet ontvangen (het frame stuurt het ongeveer elke 20 s)</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>niet gemeld</translation>
        </message>
        <message>
            <source>off</source>
            <translation>uit</translation>
        </message>
        <message>
            <source>on</source>
            <translation>aan</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>herhalen</translation>
        </message>
        <message>
            <source>stored as {0}, the nearest step the BMS can hold</source>
            <translation>opgeslagen als {0}, de dichtstbijzijnde stap die het BMS kan bevatten</translation>
        </message>
        <message>
            <source>the serial cable is a read-only link</source>
            <translation>de seriële kabel is een alleen-lezen verbinding</translation>
        </message>
        <message>
            <source>their write address on a real BMS is not published (the maker's phone app can change them)</source>
            <translation>hun schrijfadres op een echt BMS is niet gepubliceerd (de telefoonapp van de fabrikant kan ze wijzigen)</translation>
        </message>
        <message>
            <source>they can only be shown</source>
            <translation>ze kunnen alleen worden getoond</translation>
        </message>
        <message>
            <source>this BMS does not report them (older firmware), so a write could not be checked</source>
            <translation>dit BMS meldt ze niet (oudere firmware), dus een schrijfactie kon niet worden gecontroleerd</translation>
        </message>
        <message>
            <source>type Ah</source>
            <translation>typ Ah</translation>
        </message>
        <message>
            <source>unknown ({0})</source>
            <translation>onbekend ({0})</translation>
        </message>
        <message>
            <source>will be stored as {0}, the nearest step the BMS can hold</source>
            <translation>wordt opgeslagen als {0}, de dichtstbijzijnde stap die het BMS kan bevatten</translation>
        </message>
        <message>
            <source>written (the BMS does not report it, so it could not be read back)</source>
            <translation>geschreven (het BMS meldt deze waarde niet, dus kon ze niet worden teruggelezen)</translation>
        </message>
        <message>
            <source>written and read back: {0}</source>
            <translation>geschreven en teruggelezen: {0}</translation>
        </message>
        <message>
            <source>written; {0}</source>
            <translation>geschreven; {0}</translation>
        </message>
        <message>
            <source>{0} per cell: the battery's cell chemistry is {1}.</source>
            <translation>{0} per cel: de celchemie van de accu is {1}.</translation>
        </message>
        <message>
            <source>{0}: '{1}' is not a number</source>
            <translation>{0}: '{1}' is geen getal</translation>
        </message>
        <message>
            <source>{0}: type a value</source>
            <translation>{0}: typ een waarde</translation>
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
            <translation>Antwoorden op opdrachten komen te laat.</translation>
        </message>
        <message>
            <source>Answers to settings writes come late; the value is stored at once.</source>
            <translation>Antwoorden op het schrijven van instellingen komen te laat; de waarde wordt meteen opgeslagen.</translation>
        </message>
        <message>
            <source>Bluetooth button:</source>
            <translation>Bluetooth-knop:</translation>
        </message>
        <message>
            <source>Cell link broken</source>
            <translation>Celverbinding verbroken</translation>
        </message>
        <message>
            <source>Cell over voltage</source>
            <translation>Cel overspanning</translation>
        </message>
        <message>
            <source>Cell under voltage</source>
            <translation>Cel onderspanning</translation>
        </message>
        <message>
            <source>Clear all faults</source>
            <translation>Alle storingen wissen</translation>
        </message>
        <message>
            <source>Commands are echoed but never answered.</source>
            <translation>Opdrachten worden herhaald maar nooit beantwoord.</translation>
        </message>
        <message>
            <source>Day profile</source>
            <translation>Dagprofiel</translation>
        </message>
        <message>
            <source>Device reboot</source>
            <translation>Apparaat herstart</translation>
        </message>
        <message>
            <source>Does what holding the OUT board's Bluetooth button for 5 s does on a real BMS: the PIN goes back to 1234 (the simulated battery keeps a changed PIN while the app runs).</source>
            <translation>Doet wat de Bluetooth-knop van het OUT-board 5 s ingedrukt houden op een echt BMS doet: de pincode gaat terug naar 1234 (de gesimuleerde accu houdt een gewijzigde pincode zolang de app draait).</translation>
        </message>
        <message>
            <source>Every command is answered with WRONG (malformed).</source>
            <translation>Elke opdracht wordt met WRONG (onjuist) beantwoord.</translation>
        </message>
        <message>
            <source>Every command is refused with KO.</source>
            <translation>Elke opdracht wordt met KO geweigerd.</translation>
        </message>
        <message>
            <source>Every command is refused with NA (not authorised).</source>
            <translation>Elke opdracht wordt met NA (niet gemachtigd) geweigerd.</translation>
        </message>
        <message>
            <source>Faults</source>
            <translation>Storingen</translation>
        </message>
        <message>
            <source>Garbled bytes</source>
            <translation>Verminkte bytes</translation>
        </message>
        <message>
            <source>IN board option switches (simulated)</source>
            <translation>Optieschakelaars IN-board (gesimuleerd)</translation>
        </message>
        <message>
            <source>Last byte of a write refused</source>
            <translation>Laatste byte van een schrijfactie geweigerd</translation>
        </message>
        <message>
            <source>Link drop</source>
            <translation>Verbinding valt weg</translation>
        </message>
        <message>
            <source>Load:</source>
            <translation>Belasting:</translation>
        </message>
        <message>
            <source>Missing replies</source>
            <translation>Ontbrekende antwoorden</translation>
        </message>
        <message>
            <source>One cell reads above T max: the Th light comes on and both relays open.</source>
            <translation>Eén cel meet boven T max: het lampje Th gaat aan en beide relais openen.</translation>
        </message>
        <message>
            <source>One cell reads above V max: the Vh light comes on and the charge relay opens.</source>
            <translation>Eén cel meet boven V max: het lampje Vh gaat aan en het laadrelais opent.</translation>
        </message>
        <message>
            <source>One cell reads below T min: the Tl light comes on and both relays open.</source>
            <translation>Eén cel meet onder T min: het lampje Tl gaat aan en beide relais openen.</translation>
        </message>
        <message>
            <source>One cell reads below V min: the Vl light comes on and the load relay opens.</source>
            <translation>Eén cel meet onder V min: het lampje Vl gaat aan en het belastingrelais opent.</translation>
        </message>
        <message>
            <source>Option switches of the simulated IN board</source>
            <translation>Optieschakelaars van het gesimuleerde IN-board</translation>
        </message>
        <message>
            <source>PIN back to 1234</source>
            <translation>Pincode naar 1234</translation>
        </message>
        <message>
            <source>PIN is 1234 again</source>
            <translation>Pincode is weer 1234</translation>
        </message>
        <message>
            <source>Pack:</source>
            <translation>Pakket:</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message>
            <source>Power the consumers draw: the simulated day's pattern, or a fixed value (0 = no load; with sun 0 too, no current flows, as the auto zero needs).</source>
            <translation>Vermogen dat de verbruikers trekken: het patroon van de gesimuleerde dag, of een vaste waarde (0 = geen belasting; met zon ook op 0 loopt er geen stroom, zoals het automatische nulpunt vereist).</translation>
        </message>
        <message>
            <source>Remove every active fault.</source>
            <translation>Alle actieve storingen verwijderen.</translation>
        </message>
        <message>
            <source>Replies malformed (WRONG)</source>
            <translation>Antwoorden onjuist (WRONG)</translation>
        </message>
        <message>
            <source>Replies not authorised (NA)</source>
            <translation>Antwoorden niet gemachtigd (NA)</translation>
        </message>
        <message>
            <source>Replies refused (KO)</source>
            <translation>Antwoorden geweigerd (KO)</translation>
        </message>
        <message>
            <source>Simulated seconds per real second (applies when the simulator runs inside the app).</source>
            <translation>Gesimuleerde seconden per echte seconde (geldt als de simulator in de app draait).</translation>
        </message>
        <message>
            <source>Simulated seconds per real second: ×60 passes a day in 24 minutes.</source>
            <translation>Gesimuleerde seconden per echte seconde: ×60 laat een dag in 24 minuten voorbijgaan.</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>Simulatie</translation>
        </message>
        <message>
            <source>Slow replies</source>
            <translation>Trage antwoorden</translation>
        </message>
        <message>
            <source>Slow write answers</source>
            <translation>Trage schrijfantwoorden</translation>
        </message>
        <message>
            <source>SoC %1 %</source>
            <translation>SoC %1 %</translation>
        </message>
        <message>
            <source>Solar power offered to the pack: the simulated day's sun, or a fixed value (0 = night).</source>
            <translation>Zonnevermogen dat het pakket aangeboden krijgt: de zon van de gesimuleerde dag, of een vaste waarde (0 = nacht).</translation>
        </message>
        <message>
            <source>Some bytes the BMS sends arrive damaged.</source>
            <translation>Sommige bytes die het BMS stuurt komen beschadigd aan.</translation>
        </message>
        <message>
            <source>Some messages the BMS sends are cut short.</source>
            <translation>Sommige berichten die het BMS stuurt worden afgekapt.</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Snelheid:</translation>
        </message>
        <message>
            <source>Stored hidden settings: %1 A sensor, %2 cells. The pack reports %3 cells.
In normal use: %4</source>
            <translation>Opgeslagen verborgen instellingen: sensor van %1 A, %2 cellen. Het pakket meldt %3 cellen.
Bij normaal gebruik: %4</translation>
        </message>
        <message>
            <source>Stream start/stop not answered</source>
            <translation>Start/stop van de datastroom niet beantwoord</translation>
        </message>
        <message>
            <source>Sun:</source>
            <translation>Zon:</translation>
        </message>
        <message>
            <source>Temperature high</source>
            <translation>Temperatuur hoog</translation>
        </message>
        <message>
            <source>Temperature low</source>
            <translation>Temperatuur laag</translation>
        </message>
        <message>
            <source>The BMS restarts: the data stops, the login is lost and it is silent for a moment.</source>
            <translation>Het BMS herstart: de gegevens stoppen, de aanmelding gaat verloren en het is even stil.</translation>
        </message>
        <message>
            <source>The commands that pause and restart the live data are obeyed but never answered.</source>
            <translation>De opdrachten die de live gegevens pauzeren en herstarten worden uitgevoerd maar nooit beantwoord.</translation>
        </message>
        <message>
            <source>The data chain between the cell boards breaks: the E light comes on, both relays open and the cells after the break stop reporting.</source>
            <translation>De dataketen tussen de celmodules breekt: het lampje E gaat aan, beide relais openen en de cellen na de breuk melden zich niet meer.</translation>
        </message>
        <message>
            <source>The last byte of every two-byte setting is refused; the first byte was stored already, so the battery holds a mixed value.</source>
            <translation>De laatste byte van elke instelling van twee bytes wordt geweigerd; de eerste byte was al opgeslagen, dus de accu bevat een gemengde waarde.</translation>
        </message>
        <message>
            <source>The link to the app goes silent in both directions.</source>
            <translation>De verbinding met de app valt in beide richtingen stil.</translation>
        </message>
        <message>
            <source>The next byte written is echoed but never answered (and by default not stored): a settings write stops half way.</source>
            <translation>De volgende geschreven byte wordt herhaald maar nooit beantwoord (en standaard niet opgeslagen): het schrijven van een instelling stopt halverwege.</translation>
        </message>
        <message>
            <source>The simulated IN board's option switches: flip them as the wizard or the Switches page says. Switch 8 ON then OFF stores switches 1-7 as the hidden settings.</source>
            <translation>De optieschakelaars van het gesimuleerde IN-board: zet ze zoals de wizard of de pagina Schakelaars aangeeft. Schakelaar 8 AAN en dan UIT slaat schakelaars 1-7 op als verborgen instellingen.</translation>
        </message>
        <message>
            <source>Trigger: %1</source>
            <translation>Activeren: %1</translation>
        </message>
        <message>
            <source>Truncated messages</source>
            <translation>Afgekapte berichten</translation>
        </message>
        <message>
            <source>Write not answered</source>
            <translation>Schrijfactie niet beantwoord</translation>
        </message>
        <message>
            <source>affects the link, not the cells</source>
            <translation>beïnvloedt de verbinding, niet de cellen</translation>
        </message>
        <message>
            <source>current %1 A</source>
            <translation>stroom %1 A</translation>
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
            <translation>Stroom</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Volgen</translation>
        </message>
        <message>
            <source>Highest cell</source>
            <translation>Hoogste cel</translation>
        </message>
        <message>
            <source>Keep the newest data in view. Panning or zooming with the mouse pauses following; tick again to catch up.</source>
            <translation>De nieuwste gegevens in beeld houden. Schuiven of zoomen met de muis pauzeert het volgen; vink opnieuw aan om bij te komen.</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <source>Lowest cell</source>
            <translation>Laagste cel</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Packspanning</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Vermogen</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Grootheid:</translation>
        </message>
        <message>
            <source>State of charge</source>
            <translation>Laadtoestand</translation>
        </message>
        <message>
            <source>The line of pack {name}</source>
            <translation>De lijn van pack {name}</translation>
        </message>
        <message>
            <source>The quantity every pack shows in the plot</source>
            <translation>De grootheid die elk pack in de grafiek toont</translation>
        </message>
    </context>
    <context>
        <name>SitePackCard</name>
        <message>
            <source>Battery current: + charging, − discharging</source>
            <translation>Accustroom: + laden, − ontladen</translation>
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
            <translation>Met dit pack verbinden of de verbinding verbreken; de andere packs blijven ongemoeid</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Stroom</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Verbreken</translation>
        </message>
        <message>
            <source>Energy stored in the pack</source>
            <translation>In het pack opgeslagen energie</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Failed: {0}</source>
            <translation>Mislukt: {0}</translation>
        </message>
        <message>
            <source>Highest cell</source>
            <translation>Hoogste cel</translation>
        </message>
        <message>
            <source>Into the pack when positive</source>
            <translation>Het pack in wanneer positief</translation>
        </message>
        <message>
            <source>Keep this PIN in the system's keyring, so the site reconnects this pack at the next start</source>
            <translation>Deze pincode in de sleutelbos van het systeem bewaren, zodat de installatie dit pack bij de volgende start weer verbindt</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Live, {0} ago</source>
            <translation>Live, {0} geleden</translation>
        </message>
        <message>
            <source>Load:</source>
            <translation>Belasting:</translation>
        </message>
        <message>
            <source>Lowest cell</source>
            <translation>Laagste cel</translation>
        </message>
        <message>
            <source>Move earlier</source>
            <translation>Naar voren</translation>
        </message>
        <message>
            <source>Move later</source>
            <translation>Naar achteren</translation>
        </message>
        <message>
            <source>No data for {0}</source>
            <translation>Geen gegevens sinds {0}</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Niet verbonden</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>Pack menu</source>
            <translation>Packmenu</translation>
        </message>
        <message>
            <source>Pack voltage</source>
            <translation>Packspanning</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Vermogen</translation>
        </message>
        <message>
            <source>Reconnecting</source>
            <translation>Opnieuw verbinden</translation>
        </message>
        <message>
            <source>Reconnecting in {0:.0f} s</source>
            <translation>Opnieuw verbinden over {0:.0f} s</translation>
        </message>
        <message>
            <source>Reconnecting now</source>
            <translation>Nu opnieuw verbinden</translation>
        </message>
        <message>
            <source>Reconnecting now (try {0})</source>
            <translation>Nu opnieuw verbinden (poging {0})</translation>
        </message>
        <message>
            <source>Remember</source>
            <translation>Onthouden</translation>
        </message>
        <message>
            <source>Remove from the site</source>
            <translation>Uit de installatie verwijderen</translation>
        </message>
        <message>
            <source>Rename, move or remove this pack</source>
            <translation>Dit pack hernoemen, verplaatsen of verwijderen</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Hernoemen…</translation>
        </message>
        <message>
            <source>Show on the other pages</source>
            <translation>Op de andere pagina's tonen</translation>
        </message>
        <message>
            <source>Simulator ({0} cells)</source>
            <translation>Simulator ({0} cellen)</translation>
        </message>
        <message>
            <source>State of charge</source>
            <translation>Laadtoestand</translation>
        </message>
        <message>
            <source>State of charge as this pack's BMS counts it</source>
            <translation>Laadtoestand zoals het BMS van dit pack hem telt</translation>
        </message>
        <message>
            <source>Stored</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <source>The PIN has four digits.</source>
            <translation>De pincode heeft vier cijfers.</translation>
        </message>
        <message>
            <source>The highest cell voltage and its cell number</source>
            <translation>De hoogste celspanning en het nummer van die cel</translation>
        </message>
        <message>
            <source>The lowest cell voltage and its cell number</source>
            <translation>De laagste celspanning en het nummer van die cel</translation>
        </message>
        <message>
            <source>This pack's four-digit PIN; it is not stored unless you tick Remember</source>
            <translation>De viercijferige pincode van dit pack; hij wordt alleen bewaard als u Onthouden aanvinkt</translation>
        </message>
        <message>
            <source>Type the PIN to connect</source>
            <translation>Typ de pincode om te verbinden</translation>
        </message>
        <message>
            <source>USB serial {0}</source>
            <translation>Serieel via USB {0}</translation>
        </message>
        <message>
            <source>Voltage</source>
            <translation>Spanning</translation>
        </message>
    </context>
    <context>
        <name>SitePage</name>
        <message>
            <source>&amp;Add pack…</source>
            <translation>Pack &amp;toevoegen…</translation>
        </message>
        <message>
            <source>Add a pack: a Bluetooth module, a USB serial cable or a simulator</source>
            <translation>Een pack toevoegen: een Bluetooth-module, een seriële USB-kabel of een simulator</translation>
        </message>
        <message>
            <source>Connect all</source>
            <translation>Alles verbinden</translation>
        </message>
        <message>
            <source>Connect every pack that needs no PIN typed in</source>
            <translation>Elk pack verbinden waarvoor geen pincode getypt hoeft te worden</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Stroom</translation>
        </message>
        <message>
            <source>Disconnect all</source>
            <translation>Alles verbreken</translation>
        </message>
        <message>
            <source>Give the site a name</source>
            <translation>De installatie een naam geven</translation>
        </message>
        <message>
            <source>Into the site when positive</source>
            <translation>De installatie in wanneer positief</translation>
        </message>
        <message>
            <source>Left out of the totals: {0}.</source>
            <translation>Buiten de totalen gelaten: {0}.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>No packs yet. Add the packs of this site with "Add pack…", or try a simulated site.</source>
            <translation>Nog geen packs. Voeg de packs van deze installatie toe met "Pack toevoegen…", of probeer een gesimuleerde installatie.</translation>
        </message>
        <message>
            <source>One quantity of every pack in one plot</source>
            <translation>Eén grootheid van elk pack in één grafiek</translation>
        </message>
        <message>
            <source>Other pages show:</source>
            <translation>Andere pagina's tonen:</translation>
        </message>
        <message>
            <source>Overlay</source>
            <translation>Over elkaar</translation>
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
            <translation>Packs met een live verbinding en verse waarden</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Vermogen</translation>
        </message>
        <message>
            <source>Remove the pack</source>
            <translation>Het pack verwijderen</translation>
        </message>
        <message>
            <source>Remove {0} from the site? Its link is closed; its recordings stay.</source>
            <translation>{0} uit de installatie verwijderen? De verbinding wordt gesloten; de opnames blijven.</translation>
        </message>
        <message>
            <source>Rename the pack</source>
            <translation>Het pack hernoemen</translation>
        </message>
        <message>
            <source>Rename the site</source>
            <translation>De installatie hernoemen</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Hernoemen…</translation>
        </message>
        <message>
            <source>Replace the site with N simulated packs that differ a little</source>
            <translation>De installatie vervangen door N gesimuleerde packs die een beetje verschillen</translation>
        </message>
        <message>
            <source>Settings compared</source>
            <translation>Instellingen vergeleken</translation>
        </message>
        <message>
            <source>Simulated packs (they replace the packs of this site):</source>
            <translation>Gesimuleerde packs (ze vervangen de packs van deze installatie):</translation>
        </message>
        <message>
            <source>Simulated site</source>
            <translation>Gesimuleerde installatie</translation>
        </message>
        <message>
            <source>Simulated site…</source>
            <translation>Gesimuleerde installatie…</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Installatie</translation>
        </message>
        <message>
            <source>Site SoC</source>
            <translation>SoC installatie</translation>
        </message>
        <message>
            <source>Site SoC is the plain mean: the capacity of {0} is not known.</source>
            <translation>De SoC van de installatie is het gewone gemiddelde: de capaciteit van {0} is niet bekend.</translation>
        </message>
        <message>
            <source>SoC</source>
            <translation>SoC</translation>
        </message>
        <message>
            <source>Start the app normally to show a pack on the other pages.</source>
            <translation>Start de app gewoon om een pack op de andere pagina's te tonen.</translation>
        </message>
        <message>
            <source>Stored energy</source>
            <translation>Opgeslagen energie</translation>
        </message>
        <message>
            <source>The energy stored in the online packs</source>
            <translation>De energie opgeslagen in de packs die online zijn</translation>
        </message>
        <message>
            <source>The packs agree: no divergence over the limits.</source>
            <translation>De packs zijn het eens: geen verschil boven de grenzen.</translation>
        </message>
        <message>
            <source>The packs' SoC weighted by their capacity</source>
            <translation>De SoC van de packs, gewogen naar hun capaciteit</translation>
        </message>
        <message>
            <source>The pages show this window's connection.</source>
            <translation>De pagina's tonen de verbinding van dit venster.</translation>
        </message>
        <message>
            <source>The pages show {0} of the site.</source>
            <translation>De pagina's tonen {0} van de installatie.</translation>
        </message>
        <message>
            <source>The remembered site could not be read: {0}</source>
            <translation>De onthouden installatie kon niet gelezen worden: {0}</translation>
        </message>
        <message>
            <source>The settings of all packs side by side; copy one pack's settings to the others</source>
            <translation>De instellingen van alle packs naast elkaar; kopieer de instellingen van één pack naar de andere</translation>
        </message>
        <message>
            <source>The sum of the packs' battery currents</source>
            <translation>De som van de accustromen van de packs</translation>
        </message>
        <message>
            <source>This window's connection</source>
            <translation>Verbinding van dit venster</translation>
        </message>
        <message>
            <source>Warn when the packs differ by more than:</source>
            <translation>Waarschuwen als de packs meer verschillen dan:</translation>
        </message>
        <message>
            <source>Warn when two packs' SoC are further apart than this</source>
            <translation>Waarschuwen als de SoC van twee packs verder uit elkaar ligt dan dit</translation>
        </message>
        <message>
            <source>Warn when two packs' voltages are further apart than this</source>
            <translation>Waarschuwen als de spanningen van twee packs verder uit elkaar liggen dan dit</translation>
        </message>
        <message>
            <source>Warnings about the packs</source>
            <translation>Waarschuwingen over de packs</translation>
        </message>
        <message>
            <source>Which battery Overview, Battery details, Settings, Plots and the other pages show: the window's own connection or one pack of the site</source>
            <translation>Welke accu Overzicht, Accudetails, Instellingen, Grafieken en de andere pagina's tonen: de eigen verbinding van het venster of één pack van de installatie</translation>
        </message>
        <message>
            <source>voltage</source>
            <translation>spanning</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} van {1}</translation>
        </message>
    </context>
    <context>
        <name>SiteSettingsView</name>
        <message>
            <source>All packs hold the same settings.</source>
            <translation>Alle packs hebben dezelfde instellingen.</translation>
        </message>
        <message>
            <source>Copy from:</source>
            <translation>Kopiëren van:</translation>
        </message>
        <message>
            <source>Copy settings</source>
            <translation>Instellingen kopiëren</translation>
        </message>
        <message>
            <source>Copy to the other packs…</source>
            <translation>Naar de andere packs kopiëren…</translation>
        </message>
        <message>
            <source>Differs from {0}</source>
            <translation>Verschilt van {0}</translation>
        </message>
        <message>
            <source>No settings yet: they are read when a pack connects over Bluetooth.</source>
            <translation>Nog geen instellingen: ze worden gelezen als een pack via Bluetooth verbindt.</translation>
        </message>
        <message>
            <source>Nothing to copy: the other packs already hold these values.</source>
            <translation>Niets te kopiëren: de andere packs hebben deze waarden al.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Instelling</translation>
        </message>
        <message>
            <source>The pack whose settings the others should get</source>
            <translation>Het pack waarvan de andere de instellingen moeten krijgen</translation>
        </message>
        <message>
            <source>The packs differ here</source>
            <translation>Hier verschillen de packs</translation>
        </message>
        <message>
            <source>The settings each pack's BMS reported when it connected. A marked row differs between packs; a bold value differs from the pack to copy from</source>
            <translation>De instellingen die het BMS van elk pack bij het verbinden meldde. Een gemarkeerde rij verschilt tussen de packs; een vette waarde verschilt van het pack waarvan gekopieerd wordt</translation>
        </message>
        <message>
            <source>Write the marked settings (or the selected rows) of this pack to every other connected pack; each write is read back</source>
            <translation>De gemarkeerde instellingen (of de gekozen rijen) van dit pack naar elk ander verbonden pack schrijven; elke schrijfactie wordt teruggelezen</translation>
        </message>
        <message>
            <source>Write {0} setting values of {1} to the other packs? Each pack's writes are read back and reported.</source>
            <translation>{0} instellingswaarden van {1} naar de andere packs schrijven? De schrijfacties van elk pack worden teruggelezen en gemeld.</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Schrijven…</translation>
        </message>
        <message>
            <source>not written: not connected over a link that takes settings</source>
            <translation>niet geschreven: niet verbonden via een verbinding die instellingen aanneemt</translation>
        </message>
        <message>
            <source>not written: the pack left the site</source>
            <translation>niet geschreven: het pack is uit de installatie verwijderd</translation>
        </message>
        <message>
            <source>{0} settings differ between the packs (marked).</source>
            <translation>{0} instellingen verschillen tussen de packs (gemarkeerd).</translation>
        </message>
        <message>
            <source>{0}: failed: {1}</source>
            <translation>{0}: mislukt: {1}</translation>
        </message>
        <message>
            <source>{0}: {1} of {2} written and read back</source>
            <translation>{0}: {1} van {2} geschreven en teruggelezen</translation>
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
            <translation>Laadtoestand</translation>
        </message>
        <message>
            <source>State of charge of the battery pack, as the BMS counts it</source>
            <translation>Laadtoestand van het accupakket, zoals het BMS die telt</translation>
        </message>
    </context>
    <context>
        <name>StaleNote</name>
        <message>
            <source>({0} old)</source>
            <translation>({0} oud)</translation>
        </message>
        <message>
            <source>No new data for {0}: the values shown are old (greyed).</source>
            <translation>Al {0} geen nieuwe gegevens: de getoonde waarden zijn oud (grijs).</translation>
        </message>
        <message>
            <source>Shown when the values on this page are old</source>
            <translation>Getoond als de waarden op deze pagina oud zijn</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Busy</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>%1 in series → table entry %2</source>
            <translation>%1 in serie → tabelwaarde %2</translation>
        </message>
        <message>
            <source>8. Summary</source>
            <translation>8. Samenvatting</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Cellen</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Controleren</translation>
        </message>
        <message>
            <source>Could not print: %1</source>
            <translation>Kan niet afdrukken: %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>Kan %1 niet opslaan: %2</translation>
        </message>
        <message>
            <source>Current sensor</source>
            <translation>Stroomsensor</translation>
        </message>
        <message>
            <source>Current sensor zero (switch 4)</source>
            <translation>Nulpunt stroomsensor (schakelaar 4)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Keep this for the installation records.</source>
            <translation>Bewaar dit voor de installatiedocumentatie.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-afbeeldingen (*.png)</translation>
        </message>
        <message>
            <source>Print the summary</source>
            <translation>De samenvatting afdrukken</translation>
        </message>
        <message>
            <source>Print this summary on paper for the installation records.</source>
            <translation>Deze samenvatting op papier afdrukken voor de installatiedocumentatie.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Opslaan als PDF…</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Opslaan als PNG…</translation>
        </message>
        <message>
            <source>Save the summary</source>
            <translation>De samenvatting opslaan</translation>
        </message>
        <message>
            <source>Save this summary as a PDF file.</source>
            <translation>Deze samenvatting als PDF-bestand opslaan.</translation>
        </message>
        <message>
            <source>Save this summary as a PNG image.</source>
            <translation>Deze samenvatting als PNG-afbeelding opslaan.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 opgeslagen</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Naar de printer gestuurd.</translation>
        </message>
        <message>
            <source>SmartBMS hidden settings — record</source>
            <translation>Verborgen instellingen SmartBMS — verslag</translation>
        </message>
        <message>
            <source>Switch 8</source>
            <translation>Schakelaar 8</translation>
        </message>
        <message>
            <source>Switches 1-7 as set for storing (switch 8 OFF):</source>
            <translation>Schakelaars 1-7 zoals gezet voor het opslaan (schakelaar 8 UIT):</translation>
        </message>
        <message>
            <source>Switches 1-7 set to</source>
            <translation>Schakelaars 1-7 gezet op</translation>
        </message>
        <message>
            <source>Switches as restored for normal use:</source>
            <translation>Schakelaars zoals teruggezet voor normaal gebruik:</translation>
        </message>
        <message>
            <source>Switches restored to</source>
            <translation>Schakelaars teruggezet op</translation>
        </message>
        <message>
            <source>What was set, for your records.</source>
            <translation>Wat er is ingesteld, voor uw administratie.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>gedaan</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>niet gedaan</translation>
        </message>
        <message>
            <source>the PDF could not be written</source>
            <translation>de PDF kon niet worden geschreven</translation>
        </message>
        <message>
            <source>the PNG could not be written</source>
            <translation>de PNG kon niet worden geschreven</translation>
        </message>
        <message>
            <source>toggled ON and OFF; left OFF</source>
            <translation>AAN en UIT gezet; UIT gelaten</translation>
        </message>
    </context>
    <context>
        <name>SwitchDecoder</name>
        <message>
            <source>Click the drawing until it looks like the option switches on your IN board.</source>
            <translation>Klik op de tekening tot ze eruitziet als de optieschakelaars op uw IN-board.</translation>
        </message>
        <message>
            <source>If switch 8 were toggled ON and OFF now (hidden settings)</source>
            <translation>Als schakelaar 8 nu AAN en UIT gezet zou worden (verborgen instellingen)</translation>
        </message>
        <message>
            <source>In normal use</source>
            <translation>Bij normaal gebruik</translation>
        </message>
        <message>
            <source>Only when you program the sensor or the cell count. Normally switch 8 is never touched.</source>
            <translation>Alleen als u de sensor of het celaantal programmeert. Normaal wordt schakelaar 8 nooit aangeraakt.</translation>
        </message>
        <message>
            <source>What switch 8 would store if toggled ON and OFF with these positions.</source>
            <translation>Wat schakelaar 8 zou opslaan als hij met deze standen AAN en UIT wordt gezet.</translation>
        </message>
        <message>
            <source>What the BMS does with these positions while it runs.</source>
            <translation>Wat het BMS met deze standen doet terwijl het werkt.</translation>
        </message>
        <message>
            <source>Your option switches</source>
            <translation>Uw optieschakelaars</translation>
        </message>
    </context>
    <context>
        <name>Switches</name>
        <message>
            <source>%1 A — resolution %2 A, blind spot ±%3 A</source>
            <translation>%1 A — resolutie %2 A, dode zone ±%3 A</translation>
        </message>
        <message>
            <source>%1 cells is in the table: the switches store exactly %1 cells.</source>
            <translation>%1 cellen staat in de tabel: de schakelaars slaan precies %1 cellen op.</translation>
        </message>
        <message>
            <source>%1 cells is not in the table: the switches store the next higher entry, %2 cells.</source>
            <translation>%1 cellen staat niet in de tabel: de schakelaars slaan de eerstvolgende hogere waarde op, %2 cellen.</translation>
        </message>
        <message>
            <source>(factory default)</source>
            <translation>(fabrieksinstelling)</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Normal mode&lt;/b&gt; (switch 5 OFF, recommended): the BMS also acts on the state of charge. The &lt;i&gt;charge&lt;/i&gt; relay opens when a cell reaches V max &lt;i&gt;or when all cells reach V bypass&lt;/i&gt; (the pack is full), and closes again only when the SoC has fallen below &lt;i&gt;charge restart&lt;/i&gt;. The &lt;i&gt;load&lt;/i&gt; relay opens when a cell falls to V min and closes again only when the SoC has risen to &lt;i&gt;discharge restart&lt;/i&gt;. The SoC is set to 100 % when every cell is at V bypass.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Critical mode&lt;/b&gt; (switch 5 ON): the relays open only in critical conditions — a cell at V max (charge) or V min (load), a cell too cold or too hot, or lost cell communication — and close as soon as the condition is gone; the SoC plays no part. The SoC is set to 100 % when the pack voltage reaches V bypass × the number of cells. Use it for a combined charger/inverter with one or no enable signal (wire both relays in series).&lt;/p&gt;&lt;p&gt;In both modes a cell below T min or above T max opens both relays.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Normale modus&lt;/b&gt; (schakelaar 5 UIT, aanbevolen): het BMS kijkt ook naar de laadtoestand. Het &lt;i&gt;laadrelais&lt;/i&gt; opent als een cel V max bereikt &lt;i&gt;of als alle cellen V bypass bereiken&lt;/i&gt; (het pakket is vol), en sluit pas weer als de SoC onder &lt;i&gt;herstart laden&lt;/i&gt; is gezakt. Het &lt;i&gt;belastingrelais&lt;/i&gt; opent als een cel tot V min daalt en sluit pas weer als de SoC tot &lt;i&gt;herstart ontladen&lt;/i&gt; is gestegen. De SoC wordt op 100 % gezet als elke cel op V bypass staat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kritieke modus&lt;/b&gt; (schakelaar 5 AAN): de relais openen alleen bij kritieke situaties — een cel op V max (laden) of V min (belasting), een cel te koud of te warm, of verbroken celcommunicatie — en sluiten zodra de situatie voorbij is; de SoC speelt geen rol. De SoC wordt op 100 % gezet als de pakketspanning V bypass × het aantal cellen bereikt. Gebruik deze modus voor een gecombineerde lader/omvormer met één of geen vrijgavesignaal (beide relais in serie bedraden).&lt;/p&gt;&lt;p&gt;In beide modi opent een cel onder T min of boven T max beide relais.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>OFF</source>
            <translation>UIT</translation>
        </message>
        <message>
            <source>ON</source>
            <translation>AAN</translation>
        </message>
        <message>
            <source>Switch 1 — message rate: one message every %1 s</source>
            <translation>Schakelaar 1 — berichtfrequentie: één bericht per %1 s</translation>
        </message>
        <message>
            <source>Switch 3 — blind spot around 0 A: disabled</source>
            <translation>Schakelaar 3 — dode zone rond 0 A: uitgeschakeld</translation>
        </message>
        <message>
            <source>Switch 3 — blind spot around 0 A: enabled (recommended)</source>
            <translation>Schakelaar 3 — dode zone rond 0 A: ingeschakeld (aanbevolen)</translation>
        </message>
        <message>
            <source>Switch 4 — auto zero: ACTIVE (only while no current flows, then back OFF)</source>
            <translation>Schakelaar 4 — automatisch nulpunt: ACTIEF (alleen zolang er geen stroom loopt, daarna terug op UIT)</translation>
        </message>
        <message>
            <source>Switch 4 — auto zero: inactive</source>
            <translation>Schakelaar 4 — automatisch nulpunt: inactief</translation>
        </message>
        <message>
            <source>Switch 5 works on IN board version %1 or later. Check the version printed on your IN board before you rely on critical mode.</source>
            <translation>Schakelaar 5 werkt op IN-board versie %1 of later. Controleer de versie die op uw IN-board staat voordat u op de kritieke modus vertrouwt.</translation>
        </message>
        <message>
            <source>Switch 5 — mode: critical mode (needs IN board v%1 or later)</source>
            <translation>Schakelaar 5 — modus: kritieke modus (vereist IN-board v%1 of later)</translation>
        </message>
        <message>
            <source>Switch 5 — mode: normal mode (recommended)</source>
            <translation>Schakelaar 5 — modus: normale modus (aanbevolen)</translation>
        </message>
        <message>
            <source>Switch 8 — OFF, as it must be in normal use</source>
            <translation>Schakelaar 8 — UIT, zoals hij bij normaal gebruik moet staan</translation>
        </message>
        <message>
            <source>Switch 8 — ON: it must never be left ON. Turning it OFF stores switches 1-7 as the hidden settings.</source>
            <translation>Schakelaar 8 — AAN: hij mag nooit AAN blijven staan. Door hem UIT te zetten worden schakelaars 1-7 als verborgen instellingen opgeslagen.</translation>
        </message>
        <message>
            <source>Switches 1-3 — current sensor: %1</source>
            <translation>Schakelaars 1-3 — stroomsensor: %1</translation>
        </message>
        <message>
            <source>Switches 2, 6, 7 — V bypass (balancing voltage): %1 V</source>
            <translation>Schakelaars 2, 6, 7 — V bypass (balanceerspanning): %1 V</translation>
        </message>
        <message>
            <source>Switches 4-7 — number of cells: %1</source>
            <translation>Schakelaars 4-7 — aantal cellen: %1</translation>
        </message>
        <message>
            <source>The %1 A sensor works only with IN board version %2 or later. An older board cannot store it: check the version printed on your IN board first.</source>
            <translation>De sensor van %1 A werkt alleen met IN-board versie %2 of later. Een ouder board kan hem niet opslaan: controleer eerst de versie die op uw IN-board staat.</translation>
        </message>
        <message>
            <source>The manual's specification table does not list the 400 A sensor; its resolution and blind spot shown here follow the pattern of the other sensors (0.5 % and ±1 % of the rating).</source>
            <translation>De specificatietabel in de handleiding noemt de sensor van 400 A niet; de resolutie en dode zone die hier staan volgen het patroon van de andere sensoren (0,5 % en ±1 % van de nominale waarde).</translation>
        </message>
        <message>
            <source>needs IN board v%1 or later</source>
            <translation>vereist IN-board v%1 of later</translation>
        </message>
    </context>
    <context>
        <name>SwitchesPage</name>
        <message>
            <source>%1 (this BMS)</source>
            <translation>%1 (dit BMS)</translation>
        </message>
        <message>
            <source>%1 (this BMS: %2)</source>
            <translation>%1 (dit BMS: %2)</translation>
        </message>
        <message>
            <source>Blind spot</source>
            <translation>Dode zone</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Cellen</translation>
        </message>
        <message>
            <source>Connect to the BMS to start from its switches: it reveals V bypass (switches 2, 6, 7) and the message rate (1).</source>
            <translation>Maak verbinding met het BMS om van zijn schakelaars uit te gaan: het geeft V bypass (schakelaars 2, 6, 7) en de berichtfrequentie (1) prijs.</translation>
        </message>
        <message>
            <source>Filled in from it: switches %1. Switches 3, 4 and 5 are not reported: set them as you want them.</source>
            <translation>Daaruit ingevuld: schakelaars %1. Schakelaars 3, 4 en 5 worden niet gemeld: zet ze zoals u ze wilt.</translation>
        </message>
        <message>
            <source>Hidden settings (sensor, cells)</source>
            <translation>Verborgen instellingen (sensor, cellen)</translation>
        </message>
        <message>
            <source>IN board v%1+</source>
            <translation>IN-board v%1+</translation>
        </message>
        <message>
            <source>Not listed? Use the next higher number.</source>
            <translation>Staat het er niet bij? Kies het eerstvolgende hogere aantal.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Open the step-by-step wizard for the hidden settings.</source>
            <translation>De stapsgewijze wizard voor de verborgen instellingen openen.</translation>
        </message>
        <message>
            <source>Program sensor and cell count…</source>
            <translation>Sensor en celaantal programmeren…</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolutie</translation>
        </message>
        <message>
            <source>Sensor</source>
            <translation>Sensor</translation>
        </message>
        <message>
            <source>Set the switches</source>
            <translation>Zet de schakelaars</translation>
        </message>
        <message>
            <source>Set the switches for normal use, read what a switch row means, or program the hidden settings.</source>
            <translation>De schakelaars voor normaal gebruik zetten, lezen wat een schakelaarrij betekent, of de verborgen instellingen programmeren.</translation>
        </message>
        <message>
            <source>Switches 1-3: current sensor</source>
            <translation>Schakelaars 1-3: stroomsensor</translation>
        </message>
        <message>
            <source>Switches 4-7: number of cells</source>
            <translation>Schakelaars 4-7: aantal cellen</translation>
        </message>
        <message>
            <source>The connected BMS balances at %1 now.</source>
            <translation>Het verbonden BMS balanceert nu bij %1.</translation>
        </message>
        <message>
            <source>The connected BMS reports %1 cells.</source>
            <translation>Het verbonden BMS meldt %1 cellen.</translation>
        </message>
        <message>
            <source>The current sensor type and the number of cells are stored in the IN board as hidden factory settings. To change them you set switches 1-7 to a special pattern, toggle switch 8 ON and OFF, and put the switches back. The wizard draws every step, remembers your switch positions, and checks the result when connected.</source>
            <translation>Het type stroomsensor en het aantal cellen staan in het IN-board als verborgen fabrieksinstellingen. Om ze te wijzigen zet u schakelaars 1-7 in een speciaal patroon, zet u schakelaar 8 AAN en UIT, en zet u de schakelaars terug. De wizard tekent elke stap, onthoudt uw schakelaarstanden en controleert het resultaat als er verbinding is.</translation>
        </message>
        <message>
            <source>The manual's hidden settings table, switches 1-3.</source>
            <translation>De tabel verborgen instellingen uit de handleiding, schakelaars 1-3.</translation>
        </message>
        <message>
            <source>The manual's hidden settings table, switches 4-7. The row of the cell count the connected BMS reports is marked.</source>
            <translation>De tabel verborgen instellingen uit de handleiding, schakelaars 4-7. De rij van het celaantal dat het verbonden BMS meldt is gemarkeerd.</translation>
        </message>
        <message>
            <source>What do my switches mean?</source>
            <translation>Wat betekenen mijn schakelaars?</translation>
        </message>
        <message>
            <source>Your own choices are kept.</source>
            <translation>Uw eigen keuzes blijven behouden.</translation>
        </message>
        <message>
            <source>default</source>
            <translation>standaard</translation>
        </message>
        <message>
            <source>estimated (not in the manual)</source>
            <translation>geschat (niet in de handleiding)</translation>
        </message>
    </context>
    <context>
        <name>TogglePage</name>
        <message>
            <source>4. Toggle switch 8 ON, then OFF</source>
            <translation>4. Zet schakelaar 8 AAN en dan UIT</translation>
        </message>
        <message>
            <source>First: switch 8 ON</source>
            <translation>Eerst: schakelaar 8 AAN</translation>
        </message>
        <message>
            <source>I turned switch 8 ON and back OFF; it is OFF now</source>
            <translation>Ik heb schakelaar 8 AAN en weer UIT gezet; hij staat nu UIT</translation>
        </message>
        <message>
            <source>Switch 8 overwrites the hidden factory settings (current sensor and number of cells) with whatever switches 1-7 show at that moment. Check step 3 once more, then turn switch 8 ON and straight back OFF. Never leave switch 8 ON.</source>
            <translation>Schakelaar 8 overschrijft de verborgen fabrieksinstellingen (stroomsensor en aantal cellen) met wat schakelaars 1-7 op dat moment aangeven. Controleer stap 3 nog eens, zet schakelaar 8 dan AAN en meteen weer UIT. Laat schakelaar 8 nooit AAN staan.</translation>
        </message>
        <message>
            <source>Then: switch 8 OFF</source>
            <translation>Daarna: schakelaar 8 UIT</translation>
        </message>
        <message>
            <source>This stores switches 1-7 as the hidden settings.</source>
            <translation>Hiermee worden schakelaars 1-7 als verborgen instellingen opgeslagen.</translation>
        </message>
        <message>
            <source>Tick when switch 8 is back OFF.</source>
            <translation>Vink aan als schakelaar 8 weer UIT staat.</translation>
        </message>
    </context>
    <context>
        <name>ValueTile</name>
        <message>
            <source>({0} old)</source>
            <translation>({0} oud)</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>7. Check what the BMS reports</source>
            <translation>7. Controleer wat het BMS meldt</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Opnieuw controleren</translation>
        </message>
        <message>
            <source>Connect to the BMS and look at the number of cells on the Battery page: it should be %1 (or %2, the table entry).</source>
            <translation>Maak verbinding met het BMS en kijk op de pagina Accu naar het aantal cellen: dat moet %1 zijn (of %2, de tabelwaarde).</translation>
        </message>
        <message>
            <source>Not checked: not connected.</source>
            <translation>Niet gecontroleerd: niet verbonden.</translation>
        </message>
        <message>
            <source>Possible reasons:</source>
            <translation>Mogelijke oorzaken:</translation>
        </message>
        <message>
            <source>Read the reported cell count again (it may take a few seconds to update).</source>
            <translation>Het gemelde celaantal opnieuw lezen (het bijwerken kan enkele seconden duren).</translation>
        </message>
        <message>
            <source>The BMS reports %1 cells, as chosen, but %2</source>
            <translation>Het BMS meldt %1 cellen, zoals gekozen, maar %2</translation>
        </message>
        <message>
            <source>The BMS reports %1 cells, but you chose %2 (table entry %3).</source>
            <translation>Het BMS meldt %1 cellen, maar u koos %2 (tabelwaarde %3).</translation>
        </message>
        <message>
            <source>The BMS reports %1 cells: matches your choice, and %2</source>
            <translation>Het BMS meldt %1 cellen: komt overeen met uw keuze, en %2</translation>
        </message>
        <message>
            <source>The cell count the BMS reports should match your choice, and what it reports should show that switch 8 stored it.</source>
            <translation>Het aantal cellen dat het BMS meldt moet overeenkomen met uw keuze, en wat het meldt moet laten zien dat schakelaar 8 het heeft opgeslagen.</translation>
        </message>
        <message>
            <source>The sensor type set with the hidden switches is not reported by a Gen2 BMS; check that the current reads plausibly under a known load.</source>
            <translation>Het sensortype dat met de verborgen schakelaars is ingesteld wordt door een Gen2-BMS niet gemeld; controleer of de stroom bij een bekende belasting plausibel is.</translation>
        </message>
        <message>
            <source>Waiting for the BMS to report its cells…</source>
            <translation>Wachten tot het BMS zijn cellen meldt…</translation>
        </message>
        <message>
            <source>during steps 3-4 the BMS never balanced at %1, which switches 1-7 as drawn mean: they were not set as drawn, so switch 8 stored something else.</source>
            <translation>tijdens stap 3-4 balanceerde het BMS nooit op %1, wat schakelaars 1-7 zoals getekend betekenen: ze stonden niet zoals getekend, dus schakelaar 8 heeft iets anders opgeslagen.</translation>
        </message>
        <message>
            <source>the BMS does not report the stored settings, so the app cannot confirm that switch 8 stored them.</source>
            <translation>het BMS meldt de opgeslagen instellingen niet, dus de app kan niet bevestigen dat schakelaar 8 ze heeft opgeslagen.</translation>
        </message>
        <message>
            <source>the BMS read switches 1-7 as drawn (it balanced at %1) while switch 8 was toggled.</source>
            <translation>het BMS las schakelaars 1-7 zoals getekend (het balanceerde op %1) terwijl schakelaar 8 werd omgezet.</translation>
        </message>
        <message>
            <source>the simulated BMS still holds %1 A and %2 cells: switch 8 stored nothing new.</source>
            <translation>het gesimuleerde BMS houdt nog steeds %1 A en %2 cellen: schakelaar 8 heeft niets nieuws opgeslagen.</translation>
        </message>
        <message>
            <source>the simulated BMS stored the sensor and the cell count.</source>
            <translation>het gesimuleerde BMS heeft de sensor en het aantal cellen opgeslagen.</translation>
        </message>
        <message>
            <source>• Fewer cell boards answer than expected: check that every cell board's LED flashes (a broken link stops the chain).</source>
            <translation>• Er antwoorden minder celmodules dan verwacht: controleer of de led van elke celmodule knippert (een verbroken verbinding stopt de keten).</translation>
        </message>
        <message>
            <source>• Switch 8 was not turned fully ON and OFF again.</source>
            <translation>• Schakelaar 8 is niet helemaal AAN en weer UIT gezet.</translation>
        </message>
        <message>
            <source>• Switches 1-7 were not exactly as drawn when switch 8 was toggled: go back to step 3 and toggle switch 8 again.</source>
            <translation>• Schakelaars 1-7 stonden niet precies zoals getekend toen schakelaar 8 werd omgezet: ga terug naar stap 3 en zet schakelaar 8 nogmaals om.</translation>
        </message>
        <message>
            <source>• The BMS needs a few seconds to report the new count: press Check again.</source>
            <translation>• Het BMS heeft enkele seconden nodig om het nieuwe aantal te melden: druk op Opnieuw controleren.</translation>
        </message>
        <message>
            <source>• The IN board firmware is too old for the %1 A sensor (needs v%2 or later), so the setting was not taken.</source>
            <translation>• De firmware van het IN-board is te oud voor de sensor van %1 A (vereist v%2 of later), dus de instelling is niet overgenomen.</translation>
        </message>
    </context>
    <context>
        <name>WarningLamp</name>
        <message>
            <source>off</source>
            <translation>uit</translation>
        </message>
        <message>
            <source>off (last known)</source>
            <translation>uit (laatst bekend)</translation>
        </message>
        <message>
            <source>on</source>
            <translation>aan</translation>
        </message>
        <message>
            <source>on (last known)</source>
            <translation>aan (laatst bekend)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
    </context>
    <context>
        <name>WarningLight</name>
        <message>
            <source>Off</source>
            <translation>Uit</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Aan</translation>
        </message>
    </context>
    <context>
        <name>WarningLights</name>
        <message>
            <source>A balancing cell board reads warm (its bypass resistor heats the sensor), so first check whether the hot cell is balancing. Otherwise check loose or dirty busbar connections, ventilation, and the current against the cells' rating.</source>
            <translation>Een balancerende celmodule geeft een hoge temperatuur aan (de bypassweerstand verwarmt de sensor), kijk dus eerst of de warme cel balanceert. Controleer anders losse of vuile busbarverbindingen, de ventilatie en de stroom ten opzichte van de specificatie van de cellen.</translation>
        </message>
        <message>
            <source>At least one cell is colder than T min. Both relays open.</source>
            <translation>Minstens één cel is kouder dan T min. Beide relais openen.</translation>
        </message>
        <message>
            <source>At least one cell is hotter than T max. Both relays open.</source>
            <translation>Minstens één cel is warmer dan T max. Beide relais openen.</translation>
        </message>
        <message>
            <source>At least one cell voltage is at or above V max. The charge relay opens to stop the chargers.</source>
            <translation>Minstens één celspanning staat op of boven V max. Het laadrelais opent om de laders te stoppen.</translation>
        </message>
        <message>
            <source>At least one cell voltage is at or below V min. The load relay opens to stop the consumers.</source>
            <translation>Minstens één celspanning staat op of onder V min. Het belastingrelais opent om de verbruikers te stoppen.</translation>
        </message>
        <message>
            <source>Check that the charger / MPPT absorption and float voltages suit the pack, and that V bypass is below V max so balancing can catch the high cell. A cell that always runs high may be weaker than the rest.</source>
            <translation>Controleer of de absorptie- en druppelspanning van de lader / MPPT bij het pakket passen en of V bypass onder V max ligt, zodat het balanceren de hoge cel kan bijhalen. Een cel die steeds hoog staat kan zwakker zijn dan de rest.</translation>
        </message>
        <message>
            <source>E — cell communication error</source>
            <translation>E — communicatiefout cellen</translation>
        </message>
        <message>
            <source>Look at the green LEDs along the cells: where they stop flashing, the data link is broken. Check the interconnection cable into that board and out of the one before it (gently, fully inserted); if the cables are fine, replace that cell board.</source>
            <translation>Kijk naar de groene leds langs de cellen: waar ze stoppen met knipperen is de dataverbinding verbroken. Controleer de verbindingskabel naar die module en uit de module ervoor (voorzichtig, helemaal ingestoken); zijn de kabels in orde, vervang dan die celmodule.</translation>
        </message>
        <message>
            <source>Recharge the pack. If one cell is low while the others are fine, check that cell's bolts and busbar and its capacity; a load that is not switched by the load relay drains the pack further.</source>
            <translation>Laad het pakket op. Is één cel laag terwijl de andere in orde zijn, controleer dan de bouten, de busbar en de capaciteit van die cel; een verbruiker die niet via het belastingrelais wordt geschakeld, trekt het pakket verder leeg.</translation>
        </message>
        <message>
            <source>Th — a cell is above T max</source>
            <translation>Th — een cel staat boven T max</translation>
        </message>
        <message>
            <source>The BMS lost contact with one or more cell boards. Both relays open.</source>
            <translation>Het BMS heeft het contact met een of meer celmodules verloren. Beide relais openen.</translation>
        </message>
        <message>
            <source>Tl — a cell is below T min</source>
            <translation>Tl — een cel staat onder T min</translation>
        </message>
        <message>
            <source>Vh — a cell is above V max</source>
            <translation>Vh — een cel staat boven V max</translation>
        </message>
        <message>
            <source>Vl — a cell is below V min</source>
            <translation>Vl — een cel staat onder V min</translation>
        </message>
        <message>
            <source>Warm the battery space before charging: LiFePO4 must not be charged below 0 °C. Check that T min suits your cells.</source>
            <translation>Verwarm de accuruimte voor het laden: LiFePO4 mag niet onder 0 °C worden geladen. Controleer of T min bij uw cellen past.</translation>
        </message>
        <message>
            <source>Warning lights</source>
            <translation>Waarschuwingslampjes</translation>
        </message>
    </context>
</TS>
