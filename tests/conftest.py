"""Shared test set-up: Qt offscreen, the Qt binding fixed, hardware tests opt-in."""

import gc
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never write into the real user folders (recordings, preferences, logs): on Linux
# platformdirs follows the XDG variables, which point into a throw-away folder for this run.
_TEST_HOME = tempfile.mkdtemp(prefix="smartbms-tests-")
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_TEST_HOME, _var.lower())
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402

# What app.py does as the composition root: the views' simulated batteries come from the simulator's
# front (device/simulators.py), also for tests that build a bridge without app.py.
from smartbms_gui.device import simulators  # noqa: E402
from smartbms_gui.sim.front import SimulatorFront  # noqa: E402

simulators.install(SimulatorFront)

# As app.py does before the window: Qt's translators and locale behind smartbms_gui/i18n.py's helpers,
# also for a test that uses a view module which takes them from the pure module.
from smartbms_gui.views import translator as _translator  # noqa: E402, F401
from smartbms_gui.views.gui_thread_gc import collect_due_generations  # noqa: E402

_GC_THRESHOLDS = gc.get_threshold()


# As the app does (views/gui_thread_gc.py): Python's cyclic collector must not run on a worker
# thread (a recorder's writer, a bumble or MQTT thread), where it could destroy a Qt object left in a
# cycle by an earlier test, off its thread; Qt then crashed later in the event loop (a segfault in
# pytest-qt's processEvents at the next test's set-up, seen once in ~2,200 tests). So automatic
# collection is off while a test runs, and between tests the main thread collects each generation
# whose count passed its threshold, as the automatic collector would have.
@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    gc.disable()


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    collect_due_generations(_GC_THRESHOLDS)


def pytest_addoption(parser):
    parser.addoption("--ble-address", default=None, help="run hardware tests against this BLE device")
    parser.addoption("--serial-port", default=None, help="run hardware tests against this serial port")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--ble-address") or config.getoption("--serial-port"):
        return
    skip = pytest.mark.skip(reason="hardware test: pass --ble-address ADDR or --serial-port PORT")
    for item in items:
        if "hardware" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def qloop(qapp):
    """A qasync loop on the test's QApplication (the app's own loop kind); tests drive it with
    run_until_complete. Closed with its Qt parts destroyed on this thread (tests/qasync_loops.py)."""
    import asyncio

    import qasync
    from qasync_loops import close_qasync_loop

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    close_qasync_loop(loop)  # while the QApplication still exists
    asyncio.set_event_loop(None)


@pytest.fixture
def validations(monkeypatch):
    """The values of every run of the parameter table's validation (the edit model's check, the
    session's last guard), in order: tests count them."""
    from smartbms_gui.protocol import params

    calls: list[dict] = []
    real = params.validate

    def counting(values, **kw):
        calls.append(dict(values))
        return real(values, **kw)

    monkeypatch.setattr(params, "validate", counting)
    return calls
