"""The window's publishing: Preferences → Publishing and the status-bar indicator, on the simulator,
against a real broker and subscriber."""

from __future__ import annotations

import keyring
import pytest
from memory_keyring import MemoryKeyring
from mqtt_brokers import Subscriber
from publish_rig import until

from smartbms_gui import qt_env

qt_env.prepare()

from smartbms_gui import preferences as app_prefs  # noqa: E402
from smartbms_gui.device.publish import PublishConfig, PublisherPhase  # noqa: E402
from smartbms_gui.device.publish.config import recall_password  # noqa: E402
from smartbms_gui.views.connection_bar import DeviceTarget  # noqa: E402
from smartbms_gui.views.device_bridge import DeviceBridge  # noqa: E402
from smartbms_gui.views.main_window import SIMULATOR_PIN, MainWindow  # noqa: E402

FAST = {"silence_s": 1.0, "backoff_initial_s": 0.3, "backoff_max_s": 0.6, "jitter": 0.0, "timeout_s": 0.5,
        "retries": 1}


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
async def window(qtbot, tmp_path):
    bridge = DeviceBridge(**FAST)
    win = MainWindow(bridge, app_prefs.Preferences(), prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(win)
    yield win
    win.publishing.close()
    await bridge.disconnect()
    await until(lambda: not win.publishing._tasks, what="the publisher closed")


async def test_publishing_is_set_up_in_preferences_and_shown_in_the_status_bar(window, broker, memory_keyring,
                                                                               tmp_path):
    indicator = window.publishing.indicator
    assert not indicator.isVisibleTo(window)  # off until switched on
    window.open_preferences()
    dialog = window._preferences_dialog
    dialog.show_publishing()
    page = dialog.publishing
    assert dialog.tabs.currentWidget() is page
    page.enabled.setChecked(True)
    page.broker.setText("http://nowhere")
    assert not page.commit() and "mqtt://" in page.test_result.text()  # said why, dialog stays
    page.broker.setText(broker.url)
    page.username.setText("homeassistant")
    page.password.setText("pa55-word-kept")
    page.interval.setValue(0.5)
    page.test_connection()
    await until(lambda: page.test_button.isEnabled(), what="the connection test")
    assert page.test_result.text().startswith("Connected") and broker.url in page.test_result.text()
    assert page.commit()
    dialog.accept()

    saved = app_prefs.load(tmp_path / "prefs.json")
    config = PublishConfig.from_dict(saved.extra["publishing"])
    assert config.enabled and config.url == broker.url and config.interval_s == 0.5
    assert "pa55-word-kept" not in (tmp_path / "prefs.json").read_text()
    assert recall_password(config) == "pa55-word-kept"  # in the keyring

    async with Subscriber(broker.port, "smartbms/#") as sub:
        window.connection_bar.select(DeviceTarget("simulator", name="Simulator"))
        window._connect(DeviceTarget("simulator", name="Simulator"), SIMULATOR_PIN)
        await sub.wait(lambda: sub.on("smartbms/03330/state"), what="the window's battery state")
        assert sub.last("smartbms/03330/availability").payload == b"online"
    await until(lambda: window.publishing.status.phase is PublisherPhase.CONNECTED)
    assert indicator.isVisibleTo(window) and "connected" in indicator.label.text()
    assert broker.url in indicator.toolTip()

    broker.kill()
    await until(lambda: window.publishing.status.queued >= 1, what="a queued message")
    assert "away" in indicator.label.text() and "queued" in indicator.label.text()
    assert window.publishing.status.last_error in indicator.toolTip()


async def test_a_refused_login_shows_and_a_new_password_starts_again(window, mosquitto_with_login,
                                                                      memory_keyring):
    def set_up(password: str) -> None:
        window.open_preferences()
        page = window._preferences_dialog.publishing
        page.enabled.setChecked(True)
        page.broker.setText(mosquitto_with_login.url)
        page.username.setText("homeassistant")
        page.password.setText(password)
        window._preferences_dialog.accept()

    set_up("wrong-pass")
    await until(lambda: window.publishing.status.phase is PublisherPhase.FAILED, what="the refusal")
    indicator = window.publishing.indicator
    assert "refused" in indicator.label.text() and "not authorised" in indicator.toolTip()
    set_up("right-pass")  # the same settings, a new password: it tries again
    await until(lambda: window.publishing.status.phase is PublisherPhase.CONNECTED, what="connected")
    assert "connected" in indicator.label.text()


async def test_a_refusal_after_switching_brokers_is_not_hidden_by_the_old_publishers_close(
        window, broker, mosquitto_with_login, memory_keyring):
    """Publishing to one broker, then Preferences point it at another with a wrong password: the old
    publisher closes in the background, and its late "stopped" used to overwrite the refusal, so the
    status bar said "MQTT: stopped" (and named the old broker) for good."""
    def set_up(url: str, user: str, password: str) -> None:
        window.open_preferences()
        page = window._preferences_dialog.publishing
        page.enabled.setChecked(True)
        page.broker.setText(url)
        page.username.setText(user)
        page.password.setText(password)
        window._preferences_dialog.accept()

    set_up(broker.url, "", "")
    await until(lambda: window.publishing.status.phase is PublisherPhase.CONNECTED, what="the first broker")
    set_up(mosquitto_with_login.url, "homeassistant", "wrong-pass")
    await until(lambda: window.publishing.status.phase is PublisherPhase.FAILED, what="the refusal")
    await until(lambda: not window.publishing._tasks, what="the first publisher closed")
    indicator = window.publishing.indicator
    assert "refused" in indicator.label.text() and "not authorised" in indicator.toolTip()
    assert mosquitto_with_login.url in indicator.toolTip() and broker.url not in indicator.toolTip()
