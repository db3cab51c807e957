"""Publishing the window's battery over MQTT (issue 20): the controller that runs the device layer's
`MqttPublisher` on the window's loop, and the status-bar indicator.

The settings are the Preferences → Publishing tab's (`publishing_page.py`), kept in the preferences
file under `"publishing"` (`PublishConfig.to_dict()`, never the password: that is in the operating
system's keyring, or only in memory for this run where there is no keyring).

The window's own connection is published under its battery's serial number (a Bluetooth module's
advert; the simulator's `03330`). When the window connects to another battery, the one before is
shown offline but keeps its Home Assistant entities.

The Site page's packs (`site_connections.SiteConnections`, followed once the window built the page)
are published too, each under its own serial, over the same broker connection: one Home Assistant
device per battery. A pack taken out of the site has its entities removed (empty retained discovery
configs). The broker's error words are `Message`s, shown in the user's language.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from smartbms_gui.device.publish.config import BrokerUrlError, PublishConfig, recall_password, topic_id
from smartbms_gui.device.publish.publisher import MqttPublisher, PublisherPhase, PublisherStatus, battery_id
from smartbms_gui.device.state import Phase
from smartbms_gui.i18n import translate_message
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
    """Runs the publisher while publishing is on; `statusChanged(PublisherStatus | None)` (None: off).

    One publisher (one broker connection) carries every battery: the window's own connection and,
    once `follow_site(connections)` is called, each pack of the Site page, each under its own serial."""

    statusChanged = Signal(object)

    def __init__(self, bridge, prefs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the window's own connection: with a BridgeSwitch, the pages may show a site pack meanwhile,
        # and that pack is published as the site's (follow_site), not as the window's battery
        self.bridge = getattr(bridge, "own", None) or bridge
        self.publisher: MqttPublisher | None = None
        self.config = PublishConfig()
        self._serial: str | None = None  # the window's battery, as published
        self._site = None  # SiteConnections, once follow_site was called
        #: site pack key → the battery id it is published under and the model published (a site replaced
        #: by another may reuse the keys: the model tells the packs apart)
        self._packs: dict[str, tuple[str, object]] = {}
        self._password: str | None = None
        self._tasks: set[asyncio.Future] = set()
        self.indicator: PublishingIndicator | None = None  # set by attach_publishing
        self.bridge.stateChanged.connect(self._on_bridge_state)
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
        publisher: MqttPublisher | None = None

        def forward(status: PublisherStatus) -> None:
            # only the current publisher speaks: one replaced by new settings closes in the background,
            # and its late "stopped" hid the new one's refusal (a wrong password never shown)
            if publisher is not None and publisher is self.publisher:
                self.statusChanged.emit(status)

        try:
            publisher = MqttPublisher(config, password=password, on_status=forward)
        except BrokerUrlError as exc:  # a preferences file edited by hand
            log.warning("publishing is off: %s", exc)
            self.statusChanged.emit(None)
            return
        self.publisher = publisher
        self._serial = None
        self._packs = {}
        self._follow_battery()
        self._follow_packs()
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
        previous, self._serial = self._serial, ident
        if previous is not None and previous not in self._pack_ids():
            publisher.remove_battery(previous, remove_entities=False)
        if ident not in self._pack_ids():  # a site pack with the same serial is published already
            publisher.add_battery(ident, self.bridge.live, name=f"SmartBMS {ident}")

    # ------------------------------------------------------------------ the site's packs

    def follow_site(self, connections) -> None:
        """Publish every pack of the site (`SiteConnections`) under its own serial once it streams; a pack
        taken out of the site has its Home Assistant entities removed."""
        self._site = connections
        connections.packStateChanged.connect(self._on_pack_state)
        connections.packsChanged.connect(self._on_packs_changed)
        self._follow_packs()

    def _pack_ids(self) -> set[str]:
        return {ident for ident, _live in self._packs.values()}

    def _pack_id(self, pack) -> str:
        serial = pack.serial()
        # a pack whose serial is unknown (a cable without one): its site key, apart from the window's `pack1`
        return battery_id(serial, 0) if serial else topic_id(f"site-{pack.key}")

    def _on_pack_state(self, key: str, state) -> None:
        if state.phase is Phase.STREAMING:
            self._follow_pack(key)

    def _follow_packs(self) -> None:
        if self._site is None:
            return
        for pack in self._site.ordered():
            if pack.bridge.state.phase is Phase.STREAMING:
                self._follow_pack(pack.key)

    def _follow_pack(self, key: str) -> None:
        publisher = self.publisher
        pack = None if self._site is None else self._site.packs.get(key)
        if publisher is None or pack is None:
            return
        ident = self._pack_id(pack)
        previous = self._packs.get(key)
        if previous == (ident, pack.bridge.live):
            return
        self._packs[key] = (ident, pack.bridge.live)
        if previous is not None and previous[0] != ident:
            self._let_go(previous[0])
        publisher.add_battery(ident, pack.bridge.live, name=f"SmartBMS {ident}")

    def _on_packs_changed(self) -> None:
        packs = {} if self._site is None else self._site.packs
        gone = [key for key, (_ident, live) in self._packs.items()
                if key not in packs or packs[key].bridge.live is not live]
        for key in gone:
            self._let_go(self._packs.pop(key)[0])
        self._follow_packs()  # a new site (replace_site) may stream already

    def _let_go(self, ident: str) -> None:
        """A site pack no longer publishes under `ident`: its entities go, unless another battery of the
        window's uses the same serial (then that one is published under it again)."""
        publisher = self.publisher
        if publisher is None:
            return
        for key, (other, _live) in self._packs.items():
            if other == ident and self._site is not None and key in self._site.packs:
                publisher.add_battery(ident, self._site.packs[key].bridge.live, name=f"SmartBMS {ident}")
                return
        if ident == self._serial:
            publisher.add_battery(ident, self.bridge.live, name=f"SmartBMS {ident}")
            return
        publisher.remove_battery(ident, remove_entities=True)


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
            lines.append(self.tr("Last error (the broker's words): {0}").format(translate_message(status.last_error)))
        lines.append(self.tr("Click for File → Preferences → Publishing."))
        self.setToolTip("\n".join(lines))
        self.setAccessibleName(text)
        self.setVisible(True)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit()
        super().mousePressEvent(event)


def attach_publishing(window) -> PublishingController:
    """Publishing for the main window: the controller (the window's battery and the Site page's packs),
    and its indicator in the status bar (a click opens File → Preferences on its Publishing tab)."""
    controller = PublishingController(window.bridge, window.prefs, window)
    # The Site page is built when first shown (or when a remembered site reopens); the window's
    # page factory hands its packs over then. A page built already is followed now.
    pages = getattr(window, "pages", None)
    site_page = pages.built("site") if hasattr(pages, "built") else getattr(window, "site_page", None)
    if site_page is not None:
        controller.follow_site(site_page.connections)
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
