"""Texts from the layers below the views reach the window translated, with the user's decimal sign.

The device layer, the transports, the parameter table and files.py have no Qt: their texts are
`Message`s (English strings that keep their template and arguments), turned into the user's language
by `i18n.translate_message` in the views. Each test drives a real code path (a session against the
simulated battery with a fault, a serial port that does not exist, a file write that hits its size
limit) and shows what it produced the way the window does, in the pseudo-locale ("xx": every
translated string is wrapped in "[!! … !!]") with German number formats. A text is fully translated
when every template and label in it went through the translator (one marker each), no `{field}` is
left, and what is passed through untranslated is data (a path, a port, a record name), not prose.
"""

from __future__ import annotations

import asyncio
import errno
import re
import resource
import signal

import pytest
from PySide6.QtCore import QLocale
from sim_fakes import RefusingPeer

from smartbms_gui import files
from smartbms_gui.device import links
from smartbms_gui.device.errors import NotAuthorised, Refused, RequestTimeout, WrongPin
from smartbms_gui.device.recording import RecordingCorrupt, RecordingReader
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.messages import Joined, Label, Message, Quantity
from smartbms_gui.protocol import params
from smartbms_gui.protocol.scaling import Generation
from smartbms_gui.sim.battery import SimulatedBattery
from smartbms_gui.sim.runner import SimulatorRunner
from smartbms_gui.transport.loopback import LoopbackTransport
from smartbms_gui.views import translator as i18n

FAST = {"wake_wait_s": 0.02, "timeout_s": 0.4, "write_timeout_s": 0.6, "late_answer_s": 0.3, "retries": 2,
        "keepalive_s": 0.1, "backoff_initial_s": 0.1, "backoff_max_s": 0.5, "jitter": 0.0}
FIELD = re.compile(r"\{\w*\}")


@pytest.fixture
def pseudo_german(qapp):
    """Every translated string marked, numbers as German writes them ("3,500 V")."""
    i18n.install_translator(qapp, "xx")
    QLocale.setDefault(QLocale("de"))
    yield
    i18n.install_translator(qapp, "en")


def _walk(value, found: dict) -> None:
    """Count the translated parts of a message and collect the arguments passed through as they are."""
    if isinstance(value, Message):
        found["translated"] += 1
        for arg in value.args.values():
            _walk(arg, found)
    elif isinstance(value, Label):
        found["translated"] += bool(value)
    elif isinstance(value, Joined):
        for item in value.items:
            _walk(item, found)
    elif not isinstance(value, (Quantity, int, float)):
        found["plain"].append(str(value))


def shown(message, *, data: tuple[str, ...] = ()) -> str:
    """`message` as the window shows it, after checking that all of it was translated.

    `data`: texts that may pass through untranslated although they have spaces (a device's name)."""
    assert isinstance(message, Message), f"not a translatable Message: {message!r}"
    text = i18n.translate_message(message)
    found = {"translated": 0, "plain": []}
    _walk(message, found)
    assert text.count(i18n.PSEUDO_START) == found["translated"], text
    assert text.startswith(i18n.PSEUDO_START) and text.endswith(i18n.PSEUDO_END), text
    assert not FIELD.search(text), f"a field was not filled: {text}"
    for plain in found["plain"]:
        # a record name, a port, a path, a repr: a few tokens, never a sentence of ours
        assert len(plain.split()) <= 3 or any(d in plain for d in data), f"prose not translated: {plain!r}"
    return text


def german(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


class Simulator:
    def __init__(self, *, refuse=()):
        self.battery = SimulatedBattery(cells=16, generation=Generation.GEN2, seed=1)
        self.peer = RefusingPeer(self.battery, Generation.GEN2, refuse=refuse)
        self.runner = SimulatorRunner(self.battery, tick_s=0.02)
        self.runner.attach(self.peer)

    def link(self):
        return LoopbackTransport(self.peer, chunk_size=20)

    async def __aenter__(self):
        self.task = asyncio.get_running_loop().create_task(self.runner.run())
        return self

    async def __aexit__(self, *_exc):
        self.runner.stop()
        await asyncio.gather(self.task, return_exceptions=True)


async def until(predicate, timeout: float = 10.0, what: str = "condition") -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError(f"{what} not reached within {timeout:g} s")
        await asyncio.sleep(0.02)


async def streaming_session(sim: Simulator, **options) -> DeviceSession:
    session = DeviceSession(sim.link, pin="1234", **{**FAST, **options})
    state = await session.connect(timeout=10)
    assert state.phase is Phase.STREAMING, state.text
    return session


# --------------------------------------------------------------------------- connecting


async def test_a_wrong_pin_in_the_status_bar_and_the_connection_state(pseudo_german):
    async with Simulator() as sim:
        errors: list = []
        session = DeviceSession(sim.link, pin="9999", on_error=errors.append, **FAST)
        state = await session.connect(timeout=10)
        await session.close()
    assert state.phase is Phase.FAILED and isinstance(errors[0], WrongPin)
    assert "Type its four-digit PIN again" in shown(errors[0].message)
    assert "wrong PIN" in shown(state.reason)
    assert "Failed" in shown(state.text)


async def test_an_unanswered_pin_check_is_named_in_words_with_its_seconds(pseudo_german):
    async with Simulator() as sim:
        sim.battery.faults.inject("missing_replies")
        errors: list = []
        session = DeviceSession(sim.link, pin="1234", on_error=errors.append, max_attempts=1, **FAST)
        state = await session.connect(timeout=15)
        await session.close()
    error = errors[0]
    assert isinstance(error, RequestTimeout) and error.command == "PW****!"  # the token: logs only
    text = shown(error.message)
    assert "the PIN check" in text and "PW" not in text
    assert f"{german(0.4, 1)} s" in text and "3 attempts" in text
    assert state.phase is Phase.FAILED and "gave up after 1 attempt" in shown(state.reason)


async def test_a_serial_port_that_does_not_exist_and_giving_up(pseudo_german):
    errors: list = []
    session = DeviceSession(links.serial_link("/dev/ttyNOSUCHPORT"), on_error=errors.append,
                            **{**FAST, "max_attempts": 2})
    state = await session.connect(timeout=15)
    await session.close()
    assert "Serial port /dev/ttyNOSUCHPORT not found" in errors[0].message
    assert "plug in the USB cable" in shown(errors[0].message)
    assert state.phase is Phase.FAILED and "gave up after 2 attempts" in shown(state.reason)


async def test_a_silent_stream_reconnects_with_its_reason_in_german_numbers(pseudo_german):
    async with Simulator() as sim:
        states: list[ConnectionState] = []
        session = await streaming_session(sim, silence_s=0.3, on_state=states.append)
        sim.battery.faults.inject("link_drop")
        await until(lambda: any(s.phase is Phase.RECONNECTING and s.reason for s in states),
                    what="reconnecting")
        await session.close()
    state = next(s for s in states if s.phase is Phase.RECONNECTING and s.reason)
    assert str(state.reason) == "no data for 0.3 s"  # English for logs
    assert f"no data for {german(0.3, 1)} s" in shown(state.reason)
    assert "Reconnecting in" in shown(state.text)


# --------------------------------------------------------------------------- writing settings


async def test_a_refused_byte_says_what_the_battery_holds(pseudo_german):
    vmax = params.parameter("vmax_v")
    async with Simulator(refuse={vmax.address}) as sim:
        session = await streaming_session(sim)
        old = session.settings["vmax_v"]
        [result] = await session.write_settings({"vmax_v": round(old - 0.05, 3)})
        await session.close()
    assert isinstance(result.error, Refused) and not result.ok
    text = shown(result.error.message)
    assert "(KO)" in text and f"{german(old, 2)} V" in text and "nothing changed" in text


async def test_a_write_cut_after_its_first_byte(pseudo_german):
    async with Simulator() as sim:
        session = await streaming_session(sim)
        old = session.settings["vmax_v"]
        sim.battery.faults.inject("write_unanswered", low_byte=1)
        [result] = await session.write_settings({"vmax_v": round(old + 0.2, 3)})
        await session.close()
    assert isinstance(result.error, RequestTimeout)
    text = shown(result.error.message)
    assert "second byte" in text and f"{german(0.6, 1)} s" in text
    assert re.search(r"\d,\d+ V", text) and not re.search(r"\d\.\d+ V", text)


async def test_a_refused_pause_of_the_live_data_is_one_sentence_without_tokens(pseudo_german):
    async with Simulator() as sim:
        session = await streaming_session(sim)
        old = session.settings["vmin_v"]
        sim.battery.faults.inject("reply_ko")
        [result] = await session.write_settings({"vmin_v": round(old + 0.05, 3)})
        sim.battery.faults.clear("reply_ko")
        await session.close()
    assert isinstance(result.error, Refused)
    text = shown(result.error.message)
    assert "refused to pause its live data" in text
    assert "D!" not in text and "(KO)" in text and text.count("(") == 1  # no message nested in another


async def test_a_rule_between_two_settings_with_german_decimals(pseudo_german):
    async with Simulator() as sim:
        session = await streaming_session(sim)
        vbypass = session.settings["vbypass_v"]
        wanted = round(vbypass - 0.05, 3)
        [result] = await session.write_settings({"vmax_v": wanted})
        await session.close()
    assert not result.ok
    assert f"V bypass ({vbypass:.3f} V) must be below V max ({wanted:.3f} V)" in result.error.message
    text = shown(result.error.message)
    assert f"({german(vbypass, 3)} V)" in text and f"({german(wanted, 3)} V)" in text
    assert f"{vbypass:.3f}" not in text


def test_value_problems_and_not_reported_reasons(pseudo_german):
    vmax = params.parameter("vmax_v")
    assert f"{german(9.0, 3)} V" in shown(vmax.problem(9.0))
    assert "is not a multiple" in shown(vmax.problem(3.6001))
    shown(params.not_reported_reason(params.parameter("tail_current_a")))


# --------------------------------------------------------------------------- the cell log


async def test_a_refused_pause_before_reading_the_log(pseudo_german):
    async with Simulator() as sim:
        session = await streaming_session(sim)
        session.history_pause = True  # a battery that answers these reads only with its stream paused
        sim.battery.faults.inject("reply_na")
        with pytest.raises(NotAuthorised) as caught:
            await session.read_cell_log()
        sim.battery.faults.clear("reply_na")
        await session.close()
    text = shown(caught.value.message)
    assert text.count("(") == 1 and "D!" not in text and "Not read" in text


# --------------------------------------------------------------------------- files and recordings


def test_a_full_disk_through_files_py(pseudo_german, tmp_path):
    """A real write that fails: the process may write no more than 1 kB per file (the kernel answers
    EFBIG, which the app reads as a full disk)."""
    target = tmp_path / "backup.json"
    files.write_text(target, "old")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))
        with pytest.raises(OSError) as caught:
            files.write_text(target, "x" * 8192)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert caught.value.errno == errno.EFBIG and target.read_text() == "old"
    message = files.describe_write_error(caught.value, target)
    assert str(message).startswith("The disk is full")
    text = shown(message)
    assert str(target) in text and "Free some space" in text


def test_a_file_that_is_not_a_recording(pseudo_german, tmp_path):
    with pytest.raises(RecordingCorrupt) as caught:
        RecordingReader(tmp_path / "missing.smartbms-recording")
    assert "No recording at" in i18n.translate_message(caught.value)
    shown(str(caught.value))


# --------------------------------------------------------------------------- the window


async def test_the_window_shows_the_errors_and_rules_translated(pseudo_german, qtbot, tmp_path):
    from smartbms_gui import preferences as app_prefs
    from smartbms_gui.views.connection_bar import DeviceTarget
    from smartbms_gui.views.device_bridge import DeviceBridge
    from smartbms_gui.views.main_window import MainWindow

    bridge = DeviceBridge(record=False, silence_s=1.0, backoff_initial_s=0.3, backoff_max_s=0.6, jitter=0.0,
                          timeout_s=0.5, retries=1)
    window = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(window)
    try:
        window.connection_bar.select(DeviceTarget("simulator"))
        window.connection_bar.pin.setText("9999")
        window.connection_bar.connect_button.click()
        await until(lambda: bridge.session is not None and bridge.state.phase is Phase.FAILED, what="failed")
        await until(lambda: window.statusBar().currentMessage() != "", what="the status bar")
        status = window.statusBar().currentMessage()
        assert status.startswith(i18n.PSEUDO_START) and "Wrong PIN" in status
        bar = window.connection_bar.state_label.text()
        assert f"{i18n.PSEUDO_START}wrong PIN" in bar

        await bridge.disconnect()  # (so the wait below is for the new session, not the failed one)
        window.connection_bar.pin.setText("1234")
        window.connection_bar.connect_button.click()
        await until(lambda: bridge.session is not None, what="a session")
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        page = window.settings_page
        await until(lambda: page.device_values().get("vbypass_v") is not None, what="the settings")
        vbypass = page.device_values()["vbypass_v"]
        field = page.editors["vmax_v"].field
        field.setText(german(vbypass - 0.05, 3))
        field.textEdited.emit(field.text())  # as typing does
        items = [page.issue_list.item(i).text() for i in range(page.issue_list.count())]
        rule = next(text for text in items if "V bypass" in text)
        assert i18n.PSEUDO_START in rule and f"({german(vbypass, 3)} V)" in rule
    finally:
        await bridge.disconnect()
