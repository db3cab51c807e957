"""Publishing the window's battery over MQTT (issue 20): the controller that runs the device layer's
`MqttPublisher` on the window's loop, and the status-bar indicator.

The settings are the Preferences → Publishing tab's (`publishing_page.py`), kept in the preferences
file under `"publishing"` (`PublishConfig.to_dict()`, never the password: that is in the operating
system's keyring, or only in memory for this run where there is no keyring).

The window's own connection is published under its battery's serial number (a Bluetooth module's
advert; the simulator's `03330`). When the window connects to another battery, the one before is
shown offline but keeps its Home Assistant entities.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from smartbms_gui.device.publish.config import BrokerUrlError, PublishConfig, recall_password
from smartbms_gui.device.publish.publisher import MqttPublisher, PublisherPhase, PublisherStatus, battery_id
from smartbms_gui.device.state import Phase
from smartbms_gui.views import theme
from smartbms_gui.views.kept_tasks import keep_task
from smartbms_gui.views.status_items import kind_style

log = logging.getLogger(__name__)

PREFS_KEY = "publishing"
#: passwords typed where no keyring could keep them: for this run only (by broker account)
_RUN_PASSWORDS: dict[tuple[str, str, int], str] = {}


def config_from(prefs) -> PublishConfig:
    """The publishing settings in the preferences (the defaults, off, when none or unreadable)."""
    data = getattr(prefs, "extra", {}).get(PREFS_KEY)
    return PublishConfig.from_dict(data) if isinstance(data, dict) else PublishConfig()


def with_config(extra: dict, config: PublishConfig) -> dict:
    """The preferences' `extra` with these publishing settings (a new dict)."""
    return {**extra, PREFS_KEY: config.to_dict()}


def keep_for_this_run(config: PublishConfig, password: str) -> None:
    _RUN_PASSWORDS[(config.username, config.host, config.port)] = password


def password_for(config: PublishConfig) -> str | None:
    if not config.username:
        return None
    return recall_password(config) or _RUN_PASSWORDS.get((config.username, config.host, config.port))


class PublishingController(QObject):
    """Runs the publisher while publishing is on; `statusChanged(PublisherStatus | None)` (None: off)."""

    statusChanged = Signal(object)

    def __init__(self, bridge, prefs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.publisher: MqttPublisher | None = None
        self.config = PublishConfig()
        self._serial: str | None = None
        self._password: str | None = None
        self._tasks: set[asyncio.Future] = set()
        self.indicator: PublishingIndicator | None = None  # set by attach_publishing
        bridge.stateChanged.connect(self._on_bridge_state)
        self.apply(prefs)

    @property
    def status(self) -> PublisherStatus | None:
        return None if self.publisher is None else self.publisher.status

    def apply(self, prefs) -> None:
        """Follow the preferences: start, restart with new settings, or stop."""
        config = config_from(prefs)
        password = password_for(config)
        if (self.publisher is not None and config == self.config and password == self._password
                and self.publisher.status.phase is not PublisherPhase.FAILED):
            return  # nothing changed (a new password, or OK after a refusal, starts it again)
        self.config, self._password = config, password
        self._stop()
        if not (config.enabled and config.host):
            self.statusChanged.emit(None)
            return
        try:
            publisher = MqttPublisher(config, password=password, on_status=self.statusChanged.emit)
        except BrokerUrlError as exc:  # a preferences file edited by hand
            log.warning("publishing is off: %s", exc)
            self.statusChanged.emit(None)
            return
        self.publisher = publisher
        self._serial = None
        self._follow_battery()
        publisher.start()
        self.statusChanged.emit(publisher.status)

    def close(self) -> None:
        """Stop publishing (the app closes): the publisher says offline and disconnects."""
        self._stop()

    def _stop(self) -> None:
        publisher, self.publisher = self.publisher, None
        if publisher is not None:
            keep_task(self._tasks, publisher.close(), lambda exc: log.warning("closing the publisher: %s", exc))

    def _on_bridge_state(self, state) -> None:
        if state.phase is Phase.STREAMING:
            self._follow_battery()

    def _battery_id(self) -> str:
        serial = getattr(self.bridge, "serial", None)
        if not serial and getattr(self.bridge, "battery", None) is not None:
            from smartbms_gui.device import simulators

            serial = simulators.serial_of(0)  # the simulator's serial, as smartbms-sim advertises it
        return battery_id(serial, 1)

    def _follow_battery(self) -> None:
        publisher = self.publisher
        if publisher is None or self.bridge.state.phase is not Phase.STREAMING:
            return
        ident = self._battery_id()
        if ident == self._serial:
            return
        if self._serial is not None:
            publisher.remove_battery(self._serial, remove_entities=False)
        self._serial = ident
        publisher.add_battery(ident, self.bridge.live, name=f"SmartBMS {ident}")


class PublishingIndicator(QWidget):
    """"MQTT: connected" / "MQTT: broker away · 12 queued" in the status bar; hidden while publishing is
    off. The tooltip holds the broker, the counts and the last error. Click: the publishing preferences."""

    clicked = Signal()

    def __init__(self, controller: PublishingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishingIndicator")
        self.icon = QLabel(self)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        self._status: PublisherStatus | None = None
        controller.statusChanged.connect(self.show_status)
        theme.theme_changed().connect(self._restyle)
        self.show_status(controller.status)

    def _restyle(self, *_args) -> None:
        self.show_status(self._status)

    def show_status(self, status: PublisherStatus | None) -> None:
        self._status = status
        if status is None:
            self.setVisible(False)
            return
        phase = status.phase
        if phase is PublisherPhase.CONNECTED:
            kind = "ok"
            text = (self.tr("MQTT: connected · sending {0} queued").format(status.queued) if status.queued
                    else self.tr("MQTT: connected"))
        elif phase is PublisherPhase.FAILED:
            kind, text = "error", self.tr("MQTT: refused")
        elif phase is PublisherPhase.WAITING:
            kind, text = "warning", self.tr("MQTT: broker away · {0} queued").format(status.queued)
        elif phase is PublisherPhase.CONNECTING:
            kind, text = "warning", self.tr("MQTT: connecting")
        else:
            kind, text = "note", self.tr("MQTT: stopped")
        self.label.setText(text)
        style = kind_style(kind)
        if style is not None and style.icon:
            height = self.label.fontMetrics().height()
            self.icon.setPixmap(theme.status_pixmap(style.icon, style.colour, height * 2 // 3,
                                                    self.devicePixelRatioF()))
            self.icon.setVisible(True)
        else:
            self.icon.setVisible(False)
        lines = [self.tr("Publishing to {0}").format(status.broker),
                 self.tr("Sent: {0} · queued: {1} · dropped (older than the limit): {2}").format(
                     status.sent, status.queued, status.dropped)]
        if status.last_error:
            lines.append(self.tr("Last error (the broker's words): {0}").format(status.last_error))
        lines.append(self.tr("Click for File → Preferences → Publishing."))
        self.setToolTip("\n".join(lines))
        self.setAccessibleName(text)
        self.setVisible(True)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit()
        super().mousePressEvent(event)


def attach_publishing(window) -> PublishingController:
    """Publishing for the main window: the controller, and its indicator in the status bar (a click opens
    File → Preferences on its Publishing tab)."""
    controller = PublishingController(window.bridge, window.prefs, window)
    indicator = PublishingIndicator(controller, window)
    window.statusBar().addPermanentWidget(indicator)

    def open_publishing() -> None:
        window.open_preferences()
        dialog = getattr(window, "_preferences_dialog", None)
        if dialog is not None and hasattr(dialog, "show_publishing"):
            dialog.show_publishing()

    indicator.clicked.connect(open_publishing)
    controller.indicator = indicator
    return controller
