<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy versions, system details and the last errors (never the PIN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the log folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics copied to the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the folder with the log files in the file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version and licences</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bluetooth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bluetooth simulator for tests, not shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close this window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configure and monitor a 123\SmartBMS battery management system over Bluetooth or the USB cable. Independent software, not made by the manufacturer of the BMS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy versions, system details and the last errors to the clipboard for a bug report (the PIN is never included)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics copied to the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each library keeps its own licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Libraries shipped with this program and their licences:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Libraries, their versions and their licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL version 3: they are loaded as separate libraries, which you may replace with your own build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt and asyncio together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result of the last action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the folder with the log files in the file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The version to quote in a bug report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>USB cable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the LGPL licence of Qt allows you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this program is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plot data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>runs the program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>settings and log folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the system password store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>windows and controls</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Awake</name>
        <message>
            <source>Cannot keep this computer awake here: no screen-saver service and no systemd-inhibit were found. Disable automatic sleep by hand while commissioning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot keep this computer awake: '{0}' was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot keep this computer awake: {0} failed ({1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot keep this computer awake: {0} stopped ({1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows refused to keep the computer awake (SetThreadExecutionState failed).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatteryDetailsPage</name>
        <message>
            <source>&amp;Heat map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Colours&lt;/b&gt;: green &lt;b&gt;OK&lt;/b&gt; = in range; yellow striped &lt;b&gt;BAL&lt;/b&gt; = balancing (above V bypass, the board burns 1 A); red with a thick border &lt;b&gt;OUT !&lt;/b&gt; = above V max or below V min; ▼ lowest and ▲ highest cell.&lt;br&gt;&lt;br&gt;A cell that is balancing reads &lt;b&gt;warm&lt;/b&gt;: its bypass resistor heats the temperature sensor, so the real cell is cooler than shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A small coloured square per cell: the whole pack at a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About this light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All cells report, and no cell is outside V min … V max or T min … T max. Click a light to read what it means.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells received {0}/{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change V bypass (switches)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to read the cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest and highest cell, and the spread between them (max − min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cells yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No light is on so far; {0} of {1} cells have reported. Click a light to read what it means.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No warning lights on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One tile per cell with voltage, temperature and state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the serial cable the BMS reports one cell per message, so a large pack needs a while before every cell has been seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The five warning lights; a lit light is red, filled and marked '!'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V bypass is set with option switches 2, 6 and 7 on the IN board; the Switches page shows how</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning lights on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the lit warning lights mean and what to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spread {0:.0f} mV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>temperature {0} … {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▲ highest #{0:03d} {1:.3f} V</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▼ lowest #{0:03d} {1:.3f} V</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalibratePage</name>
        <message>
            <source>1. Make sure absolutely no current flows through the sensors: switch off chargers, solar and loads.
2. Set switch 4 ON (drawing below); the auto zero starts.
3. Wait until the current reads 0 A (a few seconds).
4. Set switch 4 back %1, as recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6. Recalibrate the current sensor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new sensor type needs a new zero point (switch 4, auto zero).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Battery current: %1 A — not zero yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Battery current: %1 A ✓ zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I did the auto zero and switch 4 is back in its position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: watch the current on the Overview page or in the maker's app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 4 ON for the auto zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The battery current the BMS reports now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The manual says it may be needed after changing the sensor; you can also skip this step.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CellGrid</name>
        <message>
            <source>BAL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell #{0:03d}: {1}, {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell voltages and temperatures; hover a cell for details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highest cell voltage of the pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last received {0:.0f} s ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest cell voltage of the pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OUT !</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>balancing (bypass on; its temperature reads warm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the safe range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not received yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>out of range (above V max or below V min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▲ max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▼ min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CellState</name>
        <message>
            <source>Balancing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of range</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChoosePage</name>
        <message>
            <source>1. Choose the current sensor and the number of cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A preview of the positions step 3 asks for. Do not set them yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell counts in the table: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells in series:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current sensor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the switch positions for this choice (you set them in step 3):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview: the positions step 3 will ask for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 1-3 store the sensor type, switches 4-7 the number of cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current sensor fitted to the IN board (J1, and J2 if used). Its rating is printed on the sensor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of cells in series in your pack (one cell board each), 2 to 255. Cells in parallel count as one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the next higher entry is harmless: the table has only 16 places, and the manual states that choosing the entry above your count has no drawbacks. The check at the end of this wizard compares what the BMS reports with your choice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionBar</name>
        <message>
            <source> (last data {0:.0f} s ago)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A simulated battery inside this app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to the chosen battery, or disconnect from it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection state: connecting, live, reconnecting, or stale data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live, but no new data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the battery over the USB serial cable (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnecting in {0:.0f} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanning…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search for 123\SmartBMS batteries over Bluetooth (about 5 s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial port…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The battery's four-digit PIN (factory setting 1234; the simulator uses 1234). It is not stored. Forgot it? Hold the OUT board's Bluetooth button for 5 s to reset it to 1234.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which battery to talk to: a 123\SmartBMS found over Bluetooth (type, serial number, signal strength), the built-in simulator, or the USB serial cable (read-only)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeviceBridge</name>
        <message>
            <source>Not connected: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} failed: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DipSwitchBlock</name>
        <message>
            <source>OFF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Option switches 1 to 8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the option switches on the IN board like this drawing. ON is up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The option switches on the IN board. Click a switch to flip it, or use Left/Right to choose one and Space to flip it (Up = ON, Down = OFF).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>switch %1 %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HiddenSettingsWizard</name>
        <message>
            <source>Close the wizard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden settings: current sensor and number of cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the wizard. If you changed switches, put them back as recorded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Load settings from file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save settings to file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Battery details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot keep the computer awake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell voltages, temperatures, current and SoC over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells as &amp;heat map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the preferences: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnect and close the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drive the simulated battery: sun, load, faults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every cell's voltage and temperature, and the five warning lights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keeping this computer awake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load settings from a file; the changes are shown before anything is written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages (Ctrl+1 … Ctrl+6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevent auto-lock is on ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevent auto-lock status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the battery's settings to a JSON file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the cells as small coloured squares (for many cells)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SmartBMS Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solar, battery and load at a glance (the app's dashboard)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches / wizards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The BMS settings: read, change, apply, save to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The IN board's option switches and the hidden factory settings, step by step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PIN has four digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language changes fully after a restart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme, language, units, prevent auto-lock, simulator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NormalSwitchesSetter</name>
        <message>
            <source>Auto zero (4):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto zero (only while calibrating)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto zero is ON in this drawing: only while no current flows, then set switch 4 back OFF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blind spot (3):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blind spot around 0 A (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 0.5 s (fastest information)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 1.0 s (saves energy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message rate (1):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode (5):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal mode (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal or critical mode: what the relays do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set: %1. Switch 8 stays OFF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 1: how often the cell boards send their messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 3: tiny false currents (temperature drift, sensor offset) read as 0 A, so they do not spoil the SoC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 4: zero calibration of the current sensors. Turn it ON only while absolutely no current flows, wait until the current reads 0 A, then OFF again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 5 OFF: the relays follow the SoC and the limits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 5 ON: the relays open only in critical conditions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 2, 6, 7: the balancing voltage. Above it a cell board burns 1 A so the other cells catch up; when all cells reach it the SoC is set to 100 %. LiFePO4 packs use 3.4-3.7 V.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V bypass (2, 6, 7):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to set the option switches</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Allowed to charge: the CHARGE relay enables the chargers / MPPT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allowed to discharge: the LOAD relay enables the inverter / consumers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Battery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Battery &amp;details ›</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Battery current: positive = charging, negative = discharging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charge allowed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charging when the battery current is positive, discharging when negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consumed current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consumed power (current × pack voltage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy consumed since the counters were cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy consumed today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy harvested since the counters were cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy harvested today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy stored in the pack now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every cell's voltage and temperature, and the warning lights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incoming charge current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incoming energy (charge current sensor I-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incoming energy: solar panels, MPPT, charger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incoming power (current × pack voltage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load allowed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load current: the arrow points the way the current flows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No new data for {0:.0f} s: the values shown are old (greyed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No warning lights on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outgoing energy (load current sensor I-2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outgoing energy: inverter and other consumers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack voltage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power into (+) or out of (−) the pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relays on the OUT board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown when the values on this page are old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solar current: the arrow points the way the current flows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The battery pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total voltage of the pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning lights that are on; Battery details explains each one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the BMS allows now; the CHARGE and LOAD relays follow these</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} Warning light on: {1} — see Battery details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▲ Charging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▼ Discharging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Idle</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlotsPage</name>
        <message>
            <source>A copy of the recorded bytes, to replay or send for support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Battery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell temp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell voltage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell {n} {v:.3f} V</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells to draw in “Chosen cells” mode: numbers and ranges, for example 1-4, 9 (at most 12).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells {low:.3f}–{high:.3f} V</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose which plots are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the recording and show the live data again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat map (all cells)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highest cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highest − lowest cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How cell voltages and temperatures are drawn: a heat map of every cell, one line per cell, or a few chosen cells in colour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much time the plots show, from 1 minute to 24 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the newest data in view. Panning or zooming with the mouse pauses following; tick again to catch up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the vertical ranges as they are now instead of fitting them to the visible data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines (all cells)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock Y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing recorded yet: connect to a battery or open a recording first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open recording…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack voltage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture as SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play or pause the recording.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position in the recording: drag to jump.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw recording…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replay speed: ×1 is real time, ×1000 plays 1000 seconds a second.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the data (CSV), a picture of the visible plots (PNG, SVG) or the raw recording.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {rows} rows of {cells} cells to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings written: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a recorded connection instead of the live data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide this plot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SmartBMS recordings (*{suffix})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SmartBMS recordings (*{suffix});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SoC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State of charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary columns and one column per cell, units in the headers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The visible plots as a scalable drawing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The visible plots as an image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values under the mouse pointer (move over the plots).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is shown: the live link, or the recording and the position in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 1-4, 9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{unit} by cell</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Units:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close without changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imperial (°F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this computer awake while connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light or dark colours; dark is easier on the eyes in a dim battery room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric (°C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences are saved on this computer only. The PIN is never saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevent auto-lock:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the Simulator page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stops the screen lock and sleep while a battery is connected, so a long commissioning session is not cut off. Released when you disconnect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature unit on the screens; settings stay in the BMS's own units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The simulated battery lets you explore the app without a 123\SmartBMS; its page drives sun, load and faults.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use and save these preferences</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>2. Your switches now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click the drawing until it matches the option switches on your IN board. The wizard shows these positions again at the end, so you can put them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in from the BMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled in from the connected BMS: switches %1. Check them, and set the others by looking at the board: the BMS does not report them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In normal use these positions mean:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: set every switch by looking at the board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the switches the connected BMS reveals (V bypass: 2, 6, 7; message rate: 1) in the drawing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 8 is ON. It must never be left ON. Do not turn it OFF now: that would store switches 1-7 as hidden settings. Carry on; step 4 turns it OFF after switches 1-7 are set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connected BMS has not reported anything that shows the switches yet: set every switch by looking at the board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The drawing matches my IN board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when every switch in the drawing is where it is on the board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your option switches now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Relay</name>
        <message>
            <source>Allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>5. Put the switches back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flip back: %1 (highlighted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to flip back: 1-7 were already in these positions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set all switches exactly as you recorded them in step 2. Switch 8 stays OFF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The switches are back as recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These are your normal settings again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when the board matches the drawing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your recorded switch positions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SerialPortDialog</name>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A port found on this computer, or type one (COM3, /dev/ttyUSB0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the port of the USB cable on the OUT board's extended data output. The serial link is read-only: it shows live values but cannot change settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not list ports: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the current device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look for serial ports again (after plugging the cable in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No serial port found; type one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the port (COM3, /dev/ttyUSB0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this port</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetPage</name>
        <message>
            <source>3. Set switches 1-7 like this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Switches 1-3: %1&lt;/b&gt; → %2 A sensor (hidden settings table, sensor row)&lt;br&gt;&lt;b&gt;Switches 4-7: %3&lt;/b&gt; → %4 cells (hidden settings table, cells row)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compared with your switches now, flip: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave switch 8 OFF. The highlighted switches are the ones that store the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 1-7 are set like the drawing, switch 8 is OFF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target positions of switches 1 to 7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when the board matches the drawing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While the switches are set like this the BMS also reads them as normal settings (for example V bypass, mode or auto zero). That is expected and lasts only until step 5 puts them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your switches 1-7 are already in these positions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>&amp;Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>75 % advice:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>75 % of the rated energy, rounded to the BMS's 100 Wh steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Last apply&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Pending changes&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Problems&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Battery capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell voltages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charge and load relays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charge restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check and write result for {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear energy counters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to a real BMS ({0}). Changes are written only when you press Apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to the simulator. Every setting can be tried here, including those whose hardware address is not published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharge restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Display only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop the pending changes and show the BMS's values again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to change V bypass (option switches)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inverter peak power</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load from file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load settings from a file as pending changes: review the diff, then Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loaded {0}: {1} change(s) pending. Review them, then press Apply; nothing has been written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from the BMS in time (timeout); check the link and try again. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nominal cell voltage (3.2 V for LiFePO4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not authorised (NA): the PIN was not accepted; reconnect with the right PIN. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: the values shown are the last ones read. Connect to change settings; you can still load a file to review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not written: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of cells in series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN: the two entries differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems with the typed values; errors block Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put this value into Battery capacity (still pending until Apply)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rated capacity of one cell (or one parallel group), in Ah</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused by the BMS (KO): it did not accept this value. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the BMS's settings to a JSON file (the PIN is never saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save to file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {0} settings to {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solar peak power</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T min (charge)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The BMS did not understand the command (WRONG). {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The changes Apply will write: old value → new value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link dropped during the write; reconnect and apply again. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The serial cable is a read-only link: it shows live values but cannot read or change settings. Use Bluetooth to change settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The serial link is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The write address of this setting on a real BMS is not published, so the app does not send a guessed write. Use the maker's phone app for it. (It works on the simulator.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the new PIN again, so a typing error cannot lock you out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V bypass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What can be changed over this link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the last Apply did, setting by setting (written and read back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the pending changes to the BMS, read them back and show the result per setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {0} setting(s)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written, but the BMS reports a different value afterwards. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>do it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>written (the BMS does not report it, so it could not be read back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>written and read back: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: '{1}' is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: type a value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: {1} → {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Not for this BMS generation, skipped: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SimulatorPanel</name>
        <message>
            <source>Clear all faults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IN board option switches (simulated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Option switches of the simulated IN board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove every active fault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulated seconds per real second (applies when the simulator runs inside the app).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulated seconds per real second: ×60 passes a day in 24 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SoC %1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored hidden settings: %1 A sensor, %2 cells. The pack reports %3 cells.
In normal use: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The simulated IN board's option switches: flip them as the wizard or the Switches page says. Switch 8 ON then OFF stores switches 1-7 as the hidden settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trigger: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>affects the link, not the cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>current %1 A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>×%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SocGauge</name>
        <message>
            <source>SoC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State of charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State of charge of the battery pack, as the BMS counts it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>%1 in series → table entry %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8. Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current sensor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current sensor zero (switch 4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this for the installation records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this summary as a PDF file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this summary as a PNG image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SmartBMS hidden settings — record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 1-7 as set for storing (switch 8 OFF):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 1-7 set to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches as restored for normal use:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches restored to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was set, for your records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PDF could not be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PNG could not be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>toggled ON and OFF; left OFF</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SwitchDecoder</name>
        <message>
            <source>Click the drawing until it looks like the option switches on your IN board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If switch 8 were toggled ON and OFF now (hidden settings)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In normal use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only when you program the sensor or the cell count. Normally switch 8 is never touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What switch 8 would store if toggled ON and OFF with these positions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the BMS does with these positions while it runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your option switches</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Switches</name>
        <message>
            <source>%1 A — resolution %2 A, blind spot ±%3 A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cells is in the table: the switches store exactly %1 cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cells is not in the table: the switches store the next higher entry, %2 cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(factory default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Normal mode&lt;/b&gt; (switch 5 OFF, recommended): the BMS also acts on the state of charge. The &lt;i&gt;charge&lt;/i&gt; relay opens when a cell reaches V max &lt;i&gt;or when all cells reach V bypass&lt;/i&gt; (the pack is full), and closes again only when the SoC has fallen below &lt;i&gt;charge restart&lt;/i&gt;. The &lt;i&gt;load&lt;/i&gt; relay opens when a cell falls to V min and closes again only when the SoC has risen to &lt;i&gt;discharge restart&lt;/i&gt;. The SoC is set to 100 % when every cell is at V bypass.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Critical mode&lt;/b&gt; (switch 5 ON): the relays open only in critical conditions — a cell at V max (charge) or V min (load), a cell too cold or too hot, or lost cell communication — and close as soon as the condition is gone; the SoC plays no part. The SoC is set to 100 % when the pack voltage reaches V bypass × the number of cells. Use it for a combined charger/inverter with one or no enable signal (wire both relays in series).&lt;/p&gt;&lt;p&gt;In both modes a cell below T min or above T max opens both relays.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OFF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 1 — message rate: one message every %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 3 — blind spot around 0 A: disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 3 — blind spot around 0 A: enabled (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 4 — auto zero: ACTIVE (only while no current flows, then back OFF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 4 — auto zero: inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 5 — mode: critical mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 5 — mode: normal mode (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 8 — OFF, as it must be in normal use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 8 — ON: it must never be left ON. Turning it OFF stores switches 1-7 as the hidden settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 1-3 — current sensor: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 2, 6, 7 — V bypass (balancing voltage): %1 V</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 4-7 — number of cells: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 A sensor works only with IN board version %2 or later. An older board cannot store it: check the version printed on your IN board first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The manual's specification table does not list the 400 A sensor; its resolution and blind spot shown here follow the pattern of the other sensors (0.5 % and ±1 % of the rating).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs IN board v%1 or later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SwitchesPage</name>
        <message>
            <source>Blind spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to the BMS to see its V bypass here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden settings (sensor, cells)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IN board v%1+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not listed? Use the next higher number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the step-by-step wizard for the hidden settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program sensor and cell count…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the switches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the switches for normal use, read what a switch row means, or program the hidden settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 1-3: current sensor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switches 4-7: number of cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connected BMS balances at %1 V now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connected BMS reports %1 cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current sensor type and the number of cells are stored in the IN board as hidden factory settings. To change them you set switches 1-7 to a special pattern, toggle switch 8 ON and OFF, and put the switches back. The wizard draws every step, remembers your switch positions, and checks the result when connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The manual's hidden settings table, switches 1-3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The manual's hidden settings table, switches 4-7.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What do my switches mean?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>figures inferred</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TogglePage</name>
        <message>
            <source>4. Toggle switch 8 ON, then OFF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First: switch 8 ON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I turned switch 8 ON and back OFF; it is OFF now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch 8 overwrites the hidden factory settings (current sensor and number of cells) with whatever switches 1-7 show at that moment. Check step 3 once more, then turn switch 8 ON and straight back OFF. Never leave switch 8 ON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then: switch 8 OFF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This stores switches 1-7 as the hidden settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when switch 8 is back OFF.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ValueTile</name>
        <message>
            <source>({0} old)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>7. Check what the BMS reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to the BMS and look at the number of cells on the Battery page: it should be %1 (or %2, the table entry).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked: not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible reasons:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the reported cell count again (it may take a few seconds to update).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cell count the BMS reports should match your choice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sensor type set with the hidden switches is not reported by a Gen2 BMS; check that the current reads plausibly under a known load.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the BMS to report its cells…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• Fewer cell boards answer than expected: check that every cell board's LED flashes (a broken link stops the chain).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• Switch 8 was not turned fully ON and OFF again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• Switches 1-7 were not exactly as drawn when switch 8 was toggled: go back to step 3 and toggle switch 8 again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• The BMS needs a few seconds to report the new count: press Check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• The IN board firmware is too old for the %1 A sensor (needs v%2 or later), so the setting was not taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ The BMS reports %1 cells: matches your choice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ The BMS reports %1 cells, but you chose %2 (table entry %3).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WarningLamp</name>
        <message>
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WarningLight</name>
        <message>
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WarningLights</name>
        <message>
            <source>A balancing cell board reads warm (its bypass resistor heats the sensor), so first check whether the hot cell is balancing. Otherwise check loose or dirty busbar connections, ventilation, and the current against the cells' rating.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least one cell is colder than T min. Both relays open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least one cell is hotter than T max. Both relays open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least one cell voltage is at or above V max. The charge relay opens to stop the chargers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least one cell voltage is at or below V min. The load relay opens to stop the consumers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the charger / MPPT absorption and float voltages suit the pack, and that V bypass is below V max so balancing can catch the high cell. A cell that always runs high may be weaker than the rest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E — cell communication error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look at the green LEDs along the cells: where they stop flashing, the data link is broken. Check the interconnection cable into that board and out of the one before it (gently, fully inserted); if the cables are fine, replace that cell board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recharge the pack. If one cell is low while the others are fine, check that cell's bolts and busbar and its capacity; a load that is not switched by the load relay drains the pack further.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Th — a cell is above T max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The BMS lost contact with one or more cell boards. Both relays open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tl — a cell is below T min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vh — a cell is above V max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vl — a cell is below V min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm the battery space before charging: LiFePO4 must not be charged below 0 °C. Check that T min suits your cells.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
