"""At DEBUG, over the virtual Bluetooth link, not one byte any logger writes holds the PIN.

A full session against the simulated module on bumble's virtual radio with a PIN that is not the
factory's: a wrong-PIN attempt, a login, the settings (the S1 record carries the PIN) and a PIN
change. Everything is captured: the log file, a handler a user adds on the root logger after the
setup, pytest's capture, and the stderr of the `smartbms` command line run with SMARTBMS_DEBUG=1
against the module in another process. Every capture is searched for each PIN in ASCII, in hex
(any case, with or without separators), as byte reprs, and cut over two lines or chunks.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import re
import stat
import subprocess
import sys

import pytest
from free_ports import candidate_ports, is_in_use

pytest.importorskip("bumble")

from bumble.link import LocalLink  # noqa: E402

from smartbms_gui import logs  # noqa: E402
from smartbms_gui.device.model import LiveState  # noqa: E402
from smartbms_gui.device.session import DeviceSession  # noqa: E402
from smartbms_gui.device.state import Phase  # noqa: E402
from smartbms_gui.protocol import params  # noqa: E402
from smartbms_gui.protocol.scaling import Generation  # noqa: E402
from smartbms_gui.sim.ascii_peer import AsciiPeer  # noqa: E402
from smartbms_gui.sim.battery import SimulatedBattery  # noqa: E402
from smartbms_gui.sim.ble_peripheral import VirtualSmartBms  # noqa: E402
from smartbms_gui.sim.runner import SimulatorRunner  # noqa: E402
from smartbms_gui.transport.ble import BleTransport  # noqa: E402
from smartbms_gui.transport.ble_bumble_backend import BumbleClient, BumbleScanner, VirtualRadio  # noqa: E402

PIN, WRONG_PIN, NEW_PIN = "4711", "5826", "2468"
PINS = (PIN, WRONG_PIN, NEW_PIN)
FAST = {"wake_wait_s": 0.05, "timeout_s": 0.5, "retries": 2, "backoff_initial_s": 0.2, "backoff_max_s": 1.0,
        "jitter": 0.0}
ADDRESS = "F0:12:3B:00:0D:02"  # the virtual module's address (sim/ble_peripheral.py)

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# what may sit between the bytes of a hex dump: blanks, line ends, separators, 0x and \x prefixes
_SEPARATORS = re.compile(r"\s|[:,;|/-]|0x|0X|\\x|\\X")
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", re.MULTILINE)


def pin_write_commands(pin: str) -> list[str]:
    """The byte writes that set `pin` ("34-F00!" … one per digit, the address from the parameter table)."""
    param = params.parameter("pin")
    first = param.address if param.address is not None else param.sim_address
    return [f"{ord(digit):02X}-{first + i:03X}!" for i, digit in enumerate(pin)]


def leaks(text: str, pin: str) -> list[str]:
    """Every form of `pin` found in `text` (empty: none). The S1 record carries the PIN as ASCII hex
    ("34373131"), so a hex dump of it is the hex of that ("3334333733313331")."""
    found = []
    text = _ANSI.sub("", text)
    bare = _TIMESTAMP.sub("", text)  # the log file's time stamps ("13:23:43,638" holds "32343638")
    if re.search(rf"(?<![0-9A-Za-z.]){pin}(?![0-9])", text):
        found.append(f"{pin} in ASCII")
    if f"PW{pin}" in text:
        found.append(f"PW{pin}")
    if re.search(r"\\x3" + r"\\x3".join(pin), text, re.IGNORECASE):
        found.append("\\x escapes")
    if re.search(r"\D{1,3}".join(str(b) for b in pin.encode()), text):
        found.append("decimal byte values")
    writes = pin_write_commands(pin)
    for write in writes:
        if write.lower() in text.lower():
            found.append(f"PIN write {write}")
    hex_forms = {"PIN in hex": pin.encode().hex(), "S1 field in hex": pin.encode().hex().encode().hex()}
    hex_forms.update({f"PIN write {w} in hex": w.encode().hex() for w in writes})
    # blanks, line ends, separators and 0x/\x prefixes taken out; any case
    joined = _SEPARATORS.sub("", bare).lower()
    # cut over two notifications or log lines: the hex runs holding a digit, in order, joined end to end
    runs = re.findall(r"[0-9A-Fa-f]{2,}", bare)
    stream = "".join(run for run in runs if any(c.isdigit() for c in run)).lower()
    for what, form in hex_forms.items():
        if form in joined:
            found.append(f"{what}, any case, any separators")
        elif form in stream:
            found.append(f"{what}, cut over lines")
    if pin in stream:
        found.append("ASCII cut over lines")
    return found


def assert_no_pin(where: str, text: str) -> None:
    assert text.strip(), f"nothing captured in {where}"
    problems = {pin: leaks(text, pin) for pin in PINS}
    assert not any(problems.values()), f"PIN in {where}: {problems}"


@pytest.mark.parametrize("line", [
    "login b'PW4711!\\r'", "pin 4711", "data=0b00050573437313121", "50 57 34 37 31 31 21 0D", "34:37:31:31",
    "b'\\x34\\x37\\x31\\x31'", "[52, 55, 49, 49]", "S1 hex dump 5f3334333733313331", "0x34 0x37 0x31 0x31",
    "2026-12-01 08:00:00,001 DEBUG bumble.host: data=0b0005057343\n2026-12-01 08:00:00,002 DEBUG bumble.host: "
    "data=73131210d",  # a dump cut over two lines
    "notify '_3437' then notify '3131_'", "echo 34-F00!",
])
def test_the_search_finds_every_form(line):
    assert leaks(line, PIN), line
    assert not leaks(line.replace("3", "9").replace("4711", "9999").replace("52", "57"), PIN)


async def session(radio: VirtualRadio, module: VirtualSmartBms, generation: Generation, pin: str) -> DeviceSession:
    def transport() -> BleTransport:
        return BleTransport(module.address, generation, serial=f"{module.serial:05d}",
                            backend=(BumbleScanner, BumbleClient), radio=radio, rts_wait_s=0.05, mode_wait_s=0.05)

    return DeviceSession(transport, pin=pin, generation=generation, live=LiveState(generation=generation), **FAST)


async def test_a_session_at_debug_leaves_no_pin_byte(log_folder, caplog):
    generation = Generation(3)  # Nordic UART here; the command line's test below meets a Gen2 (BRSP) module
    root = logging.getLogger()
    added_later = io.StringIO()  # a user's handler on the root logger, added after the setup
    user_handler = logging.StreamHandler(added_later)
    user_handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root.addHandler(user_handler)
    caplog.set_level(logging.DEBUG)

    battery = SimulatedBattery(cells=8, generation=generation, seed=4)
    battery.change_pin(PIN)
    peer = AsciiPeer(battery, generation)
    runner = SimulatorRunner(battery, tick_s=0.02)
    runner.attach(peer)
    link = LocalLink()
    module = VirtualSmartBms(peer, generation)
    radio = VirtualRadio(link)
    await module.start(link)
    runner_task = asyncio.get_running_loop().create_task(runner.run())
    try:
        wrong = await session(radio, module, generation, WRONG_PIN)
        try:
            state = await wrong.connect(5)
            assert state.phase is Phase.FAILED and "PIN" in state.text
        finally:
            await wrong.close()
        right = await session(radio, module, generation, PIN)
        try:
            state = await right.connect(5)
            assert state.phase is Phase.STREAMING, state.text
            assert right.settings  # the S1 record was read
            results = await right.write_settings({"pin": NEW_PIN})
            assert results[-1].ok, results
        finally:
            await right.close()
    finally:
        runner.stop()
        await asyncio.gather(runner_task, return_exceptions=True)
        await module.stop()
        await radio.close()
        root.removeHandler(user_handler)
    assert battery.pin == NEW_PIN  # the PIN change really happened
    # the bytes that could leak crossed the radio: the login, both S1 records, the new PIN's writes
    assert b"PW" + PIN.encode() + b"!" in b"".join(module.received)
    for pin in (PIN, NEW_PIN):
        assert pin.encode().hex().upper().encode() in module.notified.upper()
    assert pin_write_commands(NEW_PIN)[0].encode() in b"".join(module.received)

    for handler in root.handlers:
        handler.flush()
    file_text = log_folder.read_text(encoding="utf-8")
    # the Bluetooth stack's debug lines were there to leak: the test sees them
    assert "bumble." in file_text and "bumble." in added_later.getvalue()
    assert_no_pin("the log file", file_text)
    assert_no_pin("a handler added on the root logger later", added_later.getvalue())
    assert_no_pin("pytest's capture", caplog.text)
    assert_no_pin("the records' messages", "\n".join(r.getMessage() for r in caplog.records))

    if os.name == "posix":
        assert stat.S_IMODE(log_folder.stat().st_mode) == 0o600


def test_log_files_and_the_folder_made_are_owner_only(tmp_path, monkeypatch):
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    monkeypatch.setattr(logs, "MAX_BYTES", 400)
    folder = tmp_path / "made" / "log"
    old = tmp_path / "old"
    old.mkdir()
    (old / "smartbms.log").write_text("from an older version\n")
    (old / "smartbms.log.2").write_text("rotated by an older version\n")
    for path in old.iterdir():
        path.chmod(0o644)
    try:
        path = logs.setup_logging("DEBUG", directory=folder)
        for i in range(40):
            logging.getLogger("smartbms_gui.test").debug("line %03d %s", i, "x" * 40)
        logs.setup_logging("DEBUG", directory=old)
    finally:
        logs.shutdown_logging()
        logging.getLogger().setLevel(logging.WARNING)
    assert (folder / "smartbms.log.1").exists()
    written = [*folder.iterdir(), *old.iterdir()]
    for file in written:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
    for made in (folder, folder.parent):
        assert stat.S_IMODE(made.stat().st_mode) == 0o700, made
    assert path == folder / "smartbms.log"


MODULE = r"""
import asyncio, sys
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.ble_peripheral import serve_ble

async def main():
    battery = SimulatedBattery(cells=8, seed=2)
    battery.change_pin(sys.argv[2])
    ready = asyncio.Event()
    task = asyncio.create_task(serve_ble(battery, hci=sys.argv[1], ready=ready))
    waiting = asyncio.create_task(ready.wait())
    await asyncio.wait({task, waiting}, return_when=asyncio.FIRST_COMPLETED)
    if ready.is_set():
        print("ready", flush=True)
    await task

asyncio.run(main())
"""


def test_command_line_debug_output_holds_no_pin(tmp_path):
    """`smartbms` with SMARTBMS_DEBUG=1 over the virtual radio: a wrong PIN, then a PIN change (login,
    S1 read, the PIN's byte writes, S1 read back); its stderr is searched, and no log file is made."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SMARTBMS_")}
    clean["XDG_STATE_HOME"] = str(tmp_path / "state")  # where a log file would go (platformdirs)
    for attempt, port in enumerate(candidate_ports()):
        errors = tmp_path / f"module-{attempt}.err"
        with errors.open("w") as sink:
            module = subprocess.Popen([sys.executable, "-c", MODULE, f"tcp-server:127.0.0.1:{port}", PIN],
                                      stdout=subprocess.PIPE, stderr=sink, text=True, env=clean)
        if module.stdout.readline().strip() == "ready":
            break
        module.wait(timeout=10)
        module.stdout.close()
        if not is_in_use(errors.read_text()):
            pytest.fail(f"the virtual module ended early (code {module.returncode}):\n{errors.read_text()}")
    else:
        pytest.fail("the virtual module found every free port taken")
    environment = {**clean, "SMARTBMS_DEBUG": "1", "SMARTBMS_BLE_BACKEND": "bumble",
                   "SMARTBMS_BUMBLE_HCI": f"tcp-client:127.0.0.1:{port}"}
    command = [sys.executable, "-m", "smartbms_gui.cli"]
    try:
        wrong = subprocess.run([*command, "settings", "get", "--ble", ADDRESS],
                               env={**environment, "SMARTBMS_PIN": WRONG_PIN},
                               capture_output=True, text=True, timeout=60, check=False)
        changed = subprocess.run([*command, "settings", "set", "pin", "-", "--ble", ADDRESS],
                                 env={**environment, "SMARTBMS_PIN": PIN, "SMARTBMS_NEW_PIN": NEW_PIN},
                                 capture_output=True, text=True, timeout=60, check=False)
    finally:
        module.terminate()
        module.wait(timeout=10)
        module.stdout.close()
    assert wrong.returncode == 3, wrong.stderr[-2000:]
    assert changed.returncode == 0, changed.stderr[-2000:]
    for name, done in (("a wrong PIN", wrong), ("a PIN change", changed)):
        assert "bumble." in done.stderr, f"no bumble debug lines with {name}"
        assert_no_pin(f"the stderr of {name}", done.stderr + done.stdout)
    assert not list((tmp_path / "state").rglob("*.log")), "the command line wrote a log file"
