"""The main window: connection bar on top, page list on the left, the pages, and the menus.

It only wires: the connection bar's wishes go to the DeviceBridge, the bridge's states come back to
the bar, the pages and the prevent-auto-lock inhibit. Pages read `bridge.live` themselves.

While a recording is replayed (opened on the Plots page) every page shows it; a banner under the
connection bar says so ("Replaying <file> at <time>") with a button back to live data, so recorded
values are never taken for the battery's present state.

Start-up: only the Overview is built with the window. The other pages (Battery details, Settings, Plots,
Events, History, Switches / wizards, Site, Simulator) are built when first shown, or in idle time right
after the first live value (`page(key)` builds one on demand). Until then the rail, the View menu and
the stack hold a light placeholder for each. A page built late reads the model (`bridge.live`), the
connection state and the preferences when it is made; what the model does not keep (the Plots page's
samples from the first record on, the battery's log as it is read) waits in a small backlog and is
handed to the page when it is built.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import inspect
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDateTime, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device.client import DEFAULT_PIN_WARNING
from smartbms_gui.device.recording_store import Limits
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.views import help_menu, theme
from smartbms_gui.views.awake import AwakeInhibitor
from smartbms_gui.views.bridge_switch import BridgeSwitch
from smartbms_gui.views.connection_bar import ConnectionBar, DeviceTarget
from smartbms_gui.views.device_bridge import SIMULATOR_PIN
from smartbms_gui.views.first_placement import first_placement
from smartbms_gui.views.kept_tasks import keep_task
from smartbms_gui.views.link_quality import LinkQualityLabel
from smartbms_gui.views.overview import OverviewPage
from smartbms_gui.views.recording_indicator import RecordingIndicator
from smartbms_gui.views.translator import translate_message
from smartbms_gui.views.widgets.nav_rail import NavRail

if TYPE_CHECKING:
    from smartbms_gui.views.battery_details import BatteryDetailsPage
    from smartbms_gui.views.events_page import EventsPage
    from smartbms_gui.views.plots_page import PlotsPage
    from smartbms_gui.views.publishing import PublishingController
    from smartbms_gui.views.recordings_window import RecordingsWindow
    from smartbms_gui.views.settings_page import SettingsPage
    from smartbms_gui.views.simulator_panel import SimulatorPanel
    from smartbms_gui.views.site_page import SitePage
    from smartbms_gui.views.switches_page import SwitchesPage

log = logging.getLogger(__name__)

#: the window's smallest size (width, height): every page and language fits it without sideways scrolling
MINIMUM_SIZE = (1000, 640)
#: the pages built in idle time once the first live value arrived (ms after it), or this long after
#: the window was made when no value comes (no battery connected).
IDLE_BUILD_AFTER_LIVE_MS = 300
IDLE_BUILD_FALLBACK_MS = 2500
#: a page not built yet while this many signals wait in its backlog is built at once
BACKLOG_MAX = 5000


class Pages(dict):
    """key → page, in the rail's order. A page not built yet is built when it is looked up
    (`pages[key]`, `get`, `values`, `items`); `key in pages` and iterating the keys build nothing."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __getitem__(self, key: str) -> QWidget:
        value = super().__getitem__(key)
        return self._build(key) if value is None else value

    def get(self, key, default=None):  # type: ignore[override]
        if key not in self:
            return default
        return self[key]

    def values(self):  # type: ignore[override]
        return [self[key] for key in list(self)]

    def items(self):  # type: ignore[override]
        return [(key, self[key]) for key in list(self)]

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built (None: not built, or no such page); builds nothing."""
        return super().get(key)


class SignalBacklog:
    """What a page would have received from the bridge before it was built, in order (live items
    with the time they came, connection states, the battery's log …). The page gets all of it when it
    is built, so nothing from the first record on is lost. `routes`: bridge signal → the page's
    method that takes it ("live item": fed to the page's live plot data at the time it came)."""

    def __init__(self, bridge, routes: dict[str, str], overflow: Callable[[], object]) -> None:
        self.entries: list[tuple[str, tuple, float]] = []
        self._overflow = overflow
        self._connected: list[tuple[object, Callable]] = []
        for name, handler in routes.items():
            signal = getattr(bridge, name, None)
            if signal is None:
                continue
            slot = functools.partial(self._keep, handler)
            signal.connect(slot)
            self._connected.append((signal, slot))

    def _keep(self, handler: str, *args) -> None:
        self.entries.append((handler, args, time.time()))
        if len(self.entries) >= BACKLOG_MAX:
            self._overflow()

    def hand_over(self, page) -> None:
        """Stop collecting and give the page what was kept (the page listens to the bridge itself now)."""
        for signal, slot in self._connected:
            try:
                signal.disconnect(slot)  # type: ignore[attr-defined]
            except (RuntimeError, TypeError):  # already gone with the bridge
                pass
        self._connected.clear()
        entries, self.entries = self.entries, []
        for handler, args, t in entries:
            if handler == "live item":
                page.live_data.feed(args[0], t)
            elif handler.endswith(TIMED):
                getattr(page, handler.removesuffix(TIMED))(*args, t=t)
            else:
                getattr(page, handler)(*args)
        if entries and hasattr(page, "_schedule"):
            page._schedule()


#: a route's handler that takes the time the signal came as `t`: a marker goes where it happened, not
#: where the page was built (the Plots page's link markers and breaks, its settings and recording marks)
TIMED = "(t)"
#: what each page built late would have heard from the bridge meanwhile (see SignalBacklog)
BACKLOG_ROUTES = {
    "plots": {"itemReceived": "live item", "stateChanged": "_on_state" + TIMED,
              "writeFinished": "_settings_written" + TIMED,
              "recordingWarning": "show_recording_warning" + TIMED,
              "historyFinished": "_cell_log_read"},
    "events": {"stateChanged": "_on_state", "historyStarted": "_on_started", "historyFinished": "_on_finished",
               "newCellEvents": "_on_new_events"},
    "history": {"stateChanged": "_on_state", "historyStarted": "_on_started",
                "historyProgress": "_on_progress", "historyFinished": "_on_finished"},
}


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, bridge, prefs: app_prefs.Preferences | None = None,
                 prefs_path: Path | None = None, parent: QWidget | None = None,
                 list_serial_ports=None) -> None:
        super().__init__(parent)
        self.list_serial_ports = list_serial_ports  # injected by app.py (views do not import transport/)
        self.bridge = bridge
        self.prefs = prefs if prefs is not None else app_prefs.Preferences()
        self.prefs_path = prefs_path
        self.awake = AwakeInhibitor()
        self._tasks: set[asyncio.Future] = set()
        self._replaying = False
        self._replay_t: float | None = None  # the recorded time of the last replayed item
        self._state = ConnectionState(Phase.DISCONNECTED)
        self._pending_target: DeviceTarget | None = None
        self._state_since = time.monotonic()
        self._showing_stale = False
        self.setWindowTitle(self.tr("SmartBMS Desktop"))
        self.setMinimumSize(QSize(*MINIMUM_SIZE))

        self.connection_bar = ConnectionBar(self)
        self.nav = NavRail(self)  # the width follows the (translated) titles as pages are added
        self.nav.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget(self)

        self.overview = OverviewPage(bridge, self)
        self.overview.set_units(self.prefs.units)
        self.pages = Pages(self.page)
        self._unbuilt: dict[str, tuple[QWidget, Callable[[], QWidget], str]] = {}  # placeholder, factory, title
        self._add_page("overview", self.tr("Overview"), self.overview,
                       self.tr("Solar, battery and load at a glance (the app's dashboard)"))
        self._add_page("details", self.tr("Battery details"), self._make_details,
                       self.tr("Every cell's voltage and temperature, and the five warning lights"))
        self._add_page("settings", self.tr("Settings"), self._make_settings,
                       self.tr("The BMS settings: read, change, apply, save to a file"))
        self._add_extra_pages()
        self.overview.open_details.connect(lambda: self.show_page("details"))
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.connection_bar)
        outer.addWidget(self._build_replay_banner())
        outer.addWidget(self._build_notice_banner())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.awake_note = QLabel("", self)
        self.awake_note.setToolTip(self.tr("Prevent auto-lock status"))
        self.statusBar().addPermanentWidget(self.awake_note)
        # Recording made visible: "● Recording · 1.2 MB" while this connection is recorded
        self.recording_indicator = RecordingIndicator(bridge, self)
        self.recording_indicator.clicked.connect(self.open_recordings)
        self.statusBar().addPermanentWidget(self.recording_indicator)
        # MQTT (Preferences → Publishing) and its status indicator: attached in idle time after the first
        # live value, like the pages (or on first use of `publishing`)
        self._publishing: PublishingController | None = None
        self.link_quality = LinkQualityLabel(bridge, self)  # records held back as implausible
        self.statusBar().addPermanentWidget(self.link_quality)
        self.recordings_window: RecordingsWindow | None = None
        self._apply_recording_limits()
        self._build_menus()

        self.connection_bar.connectRequested.connect(self._connect)
        self.connection_bar.disconnectRequested.connect(self._disconnect)
        self.connection_bar.scanRequested.connect(self._scan)
        self.connection_bar.serialPortRequested.connect(self._pick_serial_port)
        bridge.stateChanged.connect(self._on_state)
        bridge.errorRaised.connect(self._on_error)
        bridge.scanFailed.connect(self._on_scan_failed)
        bridge.noticeRaised.connect(self._on_notice)
        bridge.scanResult.connect(self._on_scan_result)

        self._stale_timer = QTimer(self)
        self._stale_timer.setInterval(1000)
        self._stale_timer.timeout.connect(self._tick)
        self._stale_timer.start()

        if self.prefs.window_geometry:
            self.restoreGeometry(QByteArray.fromHex(self.prefs.window_geometry.encode()))
        else:
            self._place_first_time()
        self._restore_last_device()

        # The pages not shown first are built in idle time: soon after the first live value, or
        # after a while without one.
        self._idle_build = QTimer(self)
        self._idle_build.setSingleShot(True)
        self._idle_build.timeout.connect(self._build_next_page)
        self._idle_build.start(IDLE_BUILD_FALLBACK_MS)
        live_changed = getattr(bridge, "liveChanged", None)
        if live_changed is not None:
            live_changed.connect(self._first_live)

    def _first_live(self, *_args) -> None:
        self.bridge.liveChanged.disconnect(self._first_live)
        if (self._unbuilt or self._publishing is None) and self._idle_build.remainingTime() > IDLE_BUILD_AFTER_LIVE_MS:
            self._idle_build.start(IDLE_BUILD_AFTER_LIVE_MS)

    def _build_next_page(self) -> None:
        """Attach publishing, then build one page not built yet, then come back for the next when the
        loop is idle again."""
        if self._publishing is None:
            self.publishing  # noqa: B018 - attached on first use
        elif self._unbuilt:
            self.page(next(iter(self._unbuilt)))
        if self._unbuilt:
            self._idle_build.start(0)

    @property
    def publishing(self) -> PublishingController:
        """MQTT publishing (views/publishing.py), attached when first asked for: in idle time after the
        first live value, when the preferences change, or by a test."""
        if self._publishing is None:
            from smartbms_gui.views.publishing import attach_publishing

            self._publishing = attach_publishing(self)
        return self._publishing

    def _build_replay_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("replayBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.replay_icon = QLabel(banner)
        self.replay_label = QLabel("", banner)
        self.replay_label.setObjectName("replayText")
        self.replay_label.setWordWrap(True)
        self.replay_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.replay_label.setToolTip(self.tr("Every page shows the recording, not the battery's present "
                                             "state"))
        font = self.replay_label.font()
        font.setBold(True)
        self.replay_label.setFont(font)
        self.live_button = QPushButton(self.tr("Back to &live data"), banner)
        self.live_button.setToolTip(self.tr("Close the recording; the pages show the connected battery "
                                            "again"))
        self.live_button.clicked.connect(self._back_to_live)
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.replay_icon)
        row.addWidget(self.replay_label, 1)
        row.addWidget(self.live_button)
        banner.hide()
        self.replay_banner = banner
        theme.theme_changed().connect(self._style_replay_banner)
        self._style_replay_banner()
        return banner

    def _build_notice_banner(self) -> QFrame:
        """Warnings worth keeping in sight while connected (the factory PIN, settings the battery did
        not report): unlike the status bar they stay until dismissed or until the next connection."""
        banner = QFrame(self)
        banner.setObjectName("noticeBanner")
        self.notice_icon = QLabel(banner)
        self.notice_label = QLabel("", banner)
        self.notice_label.setObjectName("noticeText")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_pin_button = QPushButton(self.tr("Change the &PIN…"), banner)
        self.change_pin_button.setToolTip(self.tr("Open Settings at the PIN"))
        self.change_pin_button.clicked.connect(self._change_pin)
        dismiss = QPushButton(self.tr("&Dismiss"), banner)
        dismiss.setToolTip(self.tr("Hide these notes until the next connection"))
        dismiss.clicked.connect(self.clear_notices)
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.notice_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.notice_label, 1)
        row.addWidget(self.change_pin_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.change_pin_button.hide()
        banner.hide()
        self.notice_banner = banner
        self._notices: list[str] = []
        theme.theme_changed().connect(self._style_notice_banner)
        self._style_notice_banner()
        return banner

    def _style_notice_banner(self, *_args) -> None:
        colour = theme.WARNING_STYLE.colour
        self.notice_banner.setStyleSheet(
            f"QFrame#noticeBanner {{ border: 2px solid {colour}; border-radius: 4px; }}")
        size = self.notice_label.fontMetrics().height() + 4
        self.notice_icon.setPixmap(theme.status_pixmap("warning", colour, size, self.devicePixelRatioF()))

    def _on_notice(self, message) -> None:
        """A gentle warning from the device layer (a `Message`), kept in the notice banner."""
        factory_pin = getattr(message, "template", None) == DEFAULT_PIN_WARNING.template
        if factory_pin and self.bridge.battery is not None:
            return  # the built-in simulator: nobody nearby can reach it, its PIN is 1234 on purpose
        text = translate_message(message)
        if text in self._notices:
            return
        self._notices.append(text)
        self.notice_label.setText("\n".join(self._notices))
        if factory_pin:
            self.change_pin_button.show()
        self.notice_banner.show()

    def notices(self) -> list[str]:
        return list(self._notices)

    def clear_notices(self) -> None:
        self._notices.clear()
        self.notice_label.setText("")
        self.change_pin_button.hide()
        self.notice_banner.hide()

    def _change_pin(self) -> None:
        self.show_page("settings")
        editor = self.settings_page.editors.get("pin")
        if editor is not None:
            editor.field.setFocus()

    def _style_replay_banner(self, *_args) -> None:
        colour = theme.INFO_STYLE.colour
        self.replay_banner.setStyleSheet(
            f"QFrame#replayBanner {{ border: 2px solid {colour}; border-radius: 4px; }}")
        size = self.replay_label.fontMetrics().height() + 4
        self.replay_icon.setPixmap(theme.status_pixmap("replay", colour, size, self.devicePixelRatioF()))

    def replay_text(self) -> str:
        """"Replaying <file> at <date time>" (what the banner says)."""
        replay = getattr(self.plots, "replay", None)
        info = getattr(replay, "info", None)
        name = Path(info.path).name if info is not None else self.tr("a recording")
        if self._replay_t is None:
            return self.tr("Replaying {0}: every page shows the recording.").format(name)
        when = QDateTime.fromSecsSinceEpoch(int(self._replay_t))
        locale = QLocale()
        stamp = f"{locale.toString(when.date(), QLocale.FormatType.ShortFormat)} {when.toString('HH:mm:ss')}"
        return self.tr("Replaying {0} at {1}: every page shows the recording.").format(name, stamp)

    def _update_replay_banner(self) -> None:
        self.replay_banner.setVisible(self._replaying)
        if self._replaying:
            self.replay_label.setText(self.replay_text())

    def _back_to_live(self) -> None:
        self.plots.show_live()

    # -- pages --------------------------------------------------------------------------------
    def _add_page(self, key: str, title: str, widget: QWidget | Callable[[], QWidget], tooltip: str,
                  icon: str | None = None) -> None:
        """A page in the rail and the stack. `icon` names an SVG in resources/icons/nav; without it a
        page whose key is an icon's name gets that icon, any other page the default "page" icon.
        `widget` may be a function that makes the page: it is called when the page is first needed
        (`page(key)`); until then an empty placeholder holds its place in the stack."""
        self.nav.add_page(key, title, tooltip, icon)
        if isinstance(widget, QWidget):
            self.stack.addWidget(widget)
            dict.__setitem__(self.pages, key, widget)
            if not widget.accessibleName():
                widget.setAccessibleName(title)
        else:
            placeholder = QWidget(self)
            placeholder.setAccessibleName(title)
            self.stack.addWidget(placeholder)
            dict.__setitem__(self.pages, key, None)
            self._unbuilt[key] = (placeholder, widget, title)
        self._sync_view_menu()

    def page(self, key: str) -> QWidget:
        """The page `key`, built now if it was not yet (KeyError: no such page)."""
        built = self.pages.built(key)
        if built is not None:
            return built
        if key not in self._unbuilt:
            raise KeyError(key)
        placeholder, factory, title = self._unbuilt.pop(key)
        widget = factory()
        index = self.stack.indexOf(placeholder)
        was_current = self.stack.currentIndex() == index
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if was_current:
            self.stack.setCurrentIndex(index)
        dict.__setitem__(self.pages, key, widget)
        if not widget.accessibleName():
            widget.setAccessibleName(title)
        return widget

    def _show_row(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            key = item.data(Qt.ItemDataRole.UserRole)
            if key in self._unbuilt:
                self.page(key)
        self.stack.setCurrentIndex(row)

    @property
    def details(self) -> BatteryDetailsPage:
        return self.page("details")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    @property
    def simulator_panel(self) -> SimulatorPanel | None:
        """The Simulator page while there is one (built now if it was not yet), else None."""
        return self.pages.get("simulator")  # type: ignore[return-value]

    @property
    def plots(self) -> PlotsPage:
        return self.page("plots")  # type: ignore[return-value]

    @property
    def events_page(self) -> EventsPage:
        return self.page("events")  # type: ignore[return-value]

    @property
    def site_page(self) -> SitePage:
        return self.page("site")  # type: ignore[return-value]

    @property
    def switches(self) -> SwitchesPage:
        return self.page("switches")  # type: ignore[return-value]

    def _make_details(self) -> QWidget:
        from smartbms_gui.views.battery_details import BatteryDetailsPage

        details = BatteryDetailsPage(self.bridge, self)
        details.set_units(self.prefs.units)
        details.set_connection(self._state)
        details.open_switches.connect(lambda: self.show_page("switches"))
        return details

    def _make_settings(self) -> QWidget:
        from smartbms_gui.views.settings_page import SettingsPage

        settings = SettingsPage(self.bridge, self)
        settings.set_connection(self._state)
        settings.open_switches.connect(lambda: self.show_page("switches"))
        # Like the page's own Save button: nothing to save until settings were read from a battery.
        self.save_action.setEnabled(settings.has_settings())
        settings.saveAvailable.connect(self.save_action.setEnabled)
        return settings

    def _make_plots(self) -> QWidget:
        from smartbms_gui.views.plots_page import PlotsPage

        plots = PlotsPage(self.bridge, self)
        self._backlogs.pop("plots").hand_over(plots)  # what came before the page was built
        # A replayed recording drives every screen through the same model the live link feeds.
        plots.replayActive.connect(self._on_replay_active)
        plots.replayItem.connect(self._on_replay_item)
        plots.replayMemory.connect(self.bridge.historyFinished.emit)  # a replay shows what was read
        return plots

    def _make_events(self) -> QWidget:
        from smartbms_gui.views.events_page import EventsPage

        events = EventsPage(self.bridge, self)
        events.set_units(self.prefs.units)
        self._backlogs.pop("events").hand_over(events)
        events.noticeWanted.connect(self._on_notice)
        events.openCell.connect(lambda n: (self.details.show_cell(n), self.show_page("details")))
        return events

    def _make_history(self) -> QWidget:
        from smartbms_gui.views.history_page import HistoryPage

        history = HistoryPage(self.bridge, self)
        self._backlogs.pop("history").hand_over(history)
        return history

    def _make_site(self) -> QWidget:
        from smartbms_gui.views.site_page import site_page_for

        page = site_page_for(self)
        publishing = getattr(self, "_publishing", None)
        if publishing is not None:  # (built late: publishing was attached before the page existed)
            publishing.follow_site(page.connections)
        return page

    def _make_switches(self) -> QWidget:
        from smartbms_gui.views.switches_page import SwitchesPage

        return SwitchesPage(self.bridge, self)

    def _add_extra_pages(self) -> None:
        # Built when first shown or in idle time after the first live value (see the module).
        self._backlogs = {key: SignalBacklog(self.bridge, routes, functools.partial(self.page, key))
                          for key, routes in BACKLOG_ROUTES.items()}
        self._add_page("plots", self.tr("Plots"), self._make_plots,
                       self.tr("Cell voltages, temperatures, current and SoC over time"))
        self._add_page("events", self.tr("Events"), self._make_events,
                       self.tr("The battery's own log of its last ten cell events, explained"))
        self._add_page("history", self.tr("History"), self._make_history,
                       self.tr("The battery's state of charge of every hour of the last 7 days"))
        self._add_page("switches", self.tr("Switches / wizards"), self._make_switches,
                       self.tr("The IN board's option switches and the hidden factory settings, step by step"))
        if isinstance(self.bridge, BridgeSwitch):
            # The connection bar always acts on the window's own connection: connected before the
            # window's own slot, so this runs first (the Site page may be built later).
            switch = self.bridge
            self.connection_bar.connectRequested.connect(lambda *_args: switch.switch_to(None))
        self._add_page("site", self.tr("Site"), self._make_site,  # several packs, each its own connection
                       self.tr("Several packs at once: a card per pack, the totals, divergence warnings"))
        self._simulated: object | None = None  # the simulated battery the Simulator page is for
        self._update_simulator_page()

    def _update_simulator_page(self) -> None:
        """The Simulator page is there while "show simulator" is on and a simulated battery runs (it is
        built when first shown, like the other pages)."""
        battery = self.bridge.battery
        wanted = self.prefs.show_simulator and battery is not None
        if self._simulated is not None and (not wanted or self._simulated is not battery):
            self._remove_simulator_page()
        if wanted and self._simulated is None:
            self._simulated = battery
            runner = self.bridge.runner

            def make() -> QWidget:
                from smartbms_gui.views.simulator_panel import SimulatorPanel

                return SimulatorPanel(battery, self, runner=runner)

            self._add_page("simulator", self.tr("Simulator"), make,
                           self.tr("Drive the simulated battery: sun, load, faults"))

    def _remove_simulator_page(self) -> None:
        if self._simulated is None:
            return
        self._simulated = None
        unbuilt = self._unbuilt.pop("simulator", None)
        widget = unbuilt[0] if unbuilt is not None else self.pages.built("simulator")
        self.pages.pop("simulator", None)
        if widget is None:
            return
        index = self.stack.indexOf(widget)
        if self.nav.currentRow() == index:
            self.nav.setCurrentRow(0)
        self.nav.takeItem(index)
        self.stack.removeWidget(widget)
        widget.deleteLater()
        self._sync_view_menu()

    def show_page(self, key: str) -> None:
        widget = self.pages.get(key)  # built now if it was not yet
        if widget is not None:
            self.nav.setCurrentRow(self.stack.indexOf(widget))

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    # -- menus --------------------------------------------------------------------------------
    def _action(self, menu, text: str, tip: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)
        self.save_action = self._action(file_menu, self.tr("&Save settings to file…"),
                                        self.tr("Save the battery's settings to a JSON file"),
                                        lambda: self.settings_page.save_to_file(), QKeySequence.StandardKey.Save)
        # Follows the Settings page's own Save button once the page is built (_make_settings); until
        # then nothing was read to save.
        self.save_action.setEnabled(False)
        self.load_action = self._action(file_menu, self.tr("&Load settings from file…"),
                                        self.tr("Load settings from a file; the changes are shown before "
                                                "anything is written"),
                                        lambda: self.settings_page.load_from_file(), QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("Commissioning &report…"),
                     self.tr("The commissioning report (PDF): site, battery, settings, pack, session, checklist"),
                     self._open_report)
        self._action(file_menu, self.tr("&Recordings…"),
                     self.tr("Every recorded connection: sizes and dates, open in Plots, delete"),
                     self.open_recordings, "Ctrl+R")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Preferences…"), self.tr("Theme, language, units, prevent auto-lock, "
                                                                  "simulator, recordings limits"),
                     self.open_preferences, QKeySequence.StandardKey.Preferences)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.tr("Disconnect and close the app"), self.close,
                     QKeySequence.StandardKey.Quit)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.setToolTipsVisible(True)
        self._view_pages_end = self.view_menu.addSeparator()
        self._sync_view_menu()
        self.heatmap_action = self._action(self.view_menu, self.tr("Cells as &heat map"),
                                           self.tr("Show the cells as small coloured squares (for many cells)"),
                                           self._toggle_heatmap, "Ctrl+H")
        self.heatmap_action.setCheckable(True)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.setToolTipsVisible(True)
        self._build_help_menu()

    def _sync_view_menu(self) -> None:
        """One View entry per page, Ctrl+1 … Ctrl+N in the list's order: it follows the pages as they
        come and go (the Simulator page appears with the simulator)."""
        end = getattr(self, "_view_pages_end", None)
        if end is None:
            return  # the menus are built after the first pages; they catch up then
        for action in getattr(self, "page_actions", []):
            self.view_menu.removeAction(action)
            action.deleteLater()
        self.page_actions: list[QAction] = []
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            action = QAction(item.text(), self)
            action.setToolTip(item.toolTip())
            action.setStatusTip(item.toolTip())
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda checked=False, k=key: self.show_page(k))
            self.view_menu.insertAction(end, action)
            self.page_actions.append(action)
        self.nav.setToolTip(self.tr("Pages (Ctrl+1 … Ctrl+{0})").format(min(self.nav.count(), 9)))

    def _open_report(self) -> None:
        from smartbms_gui.views import report_dialog

        report_dialog.open_report_dialog(self)

    def _build_help_menu(self) -> None:
        help_menu.install_help_menu(self, self.help_menu)

    def _toggle_heatmap(self, checked: bool) -> None:
        self.details.set_heatmap(checked)
        self.show_page("details")

    # -- preferences --------------------------------------------------------------------------
    def open_preferences(self) -> None:
        from smartbms_gui.views.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self)
        dialog.accepted.connect(lambda: self._apply_preferences(dialog.result_preferences()))
        dialog.open()
        self._preferences_dialog = dialog  # for tests and to keep it alive

    def _apply_preferences(self, prefs: app_prefs.Preferences) -> None:
        old = self.prefs
        self.prefs = prefs
        if prefs.theme != old.theme:
            from smartbms_gui.views.theme import apply_theme

            apply_theme(QApplication.instance(), prefs.theme)
        if prefs.language != old.language:
            from smartbms_gui.views import translator as i18n

            i18n.install_translator(QApplication.instance(), prefs.language)
            self.statusBar().showMessage(self.tr("The language changes fully after a restart."), 8000)
        if prefs.units != old.units:
            for key in ("overview", "details", "events", "plots"):  # a page built later takes them when made
                page = self.pages.built(key)
                if page is not None:
                    page.set_units(prefs.units)
        self.publishing.apply(prefs)
        if prefs.prevent_auto_lock != old.prevent_auto_lock:
            self._update_awake()
        self._update_simulator_page()
        if (prefs.recordings_max_mb, prefs.recordings_max_days) != (old.recordings_max_mb,
                                                                   old.recordings_max_days):
            self._apply_recording_limits()
            self.bridge.tidy_recordings()
        self.save_preferences()

    # -- recordings ---------------------------------------------------------------------------
    def _apply_recording_limits(self) -> None:
        self.bridge.recording_limits = Limits.from_preferences(self.prefs.recordings_max_mb,
                                                               self.prefs.recordings_max_days)

    def recording_limits_text(self) -> str:
        mb, days = self.prefs.recordings_max_mb, self.prefs.recordings_max_days
        size = self.tr("{0} MB").format(mb) if mb else self.tr("no size limit")
        age = self.tr("{0} days").format(days) if days else self.tr("no age limit")
        text = self.tr("Kept: up to {0} and {1}; the oldest go first. Change it in File → Preferences.")
        return text.format(size, age)

    def open_recordings(self) -> RecordingsWindow:
        """The Recordings window (non-modal; one at a time)."""
        from smartbms_gui.views.recordings_window import RecordingsWindow

        window = self.recordings_window
        if window is None or not window.isVisible():
            window = RecordingsWindow(self.bridge, self.recording_limits_text(), self.open_in_plots, self)
            self.recordings_window = window
            window.show()
        else:
            window.limits.setText(self.recording_limits_text())
            window.refresh()
        window.raise_()
        window.activateWindow()
        return window

    def open_in_plots(self, path: str) -> bool:
        self.show_page("plots")
        return self.plots.open_recording(path)

    def save_preferences(self) -> None:
        self.prefs.window_geometry = bytes(self.saveGeometry().toHex()).decode()
        try:
            app_prefs.save(self.prefs, self.prefs_path)
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Could not save the preferences: {0}").format(exc), 8000)

    # -- connecting ---------------------------------------------------------------------------
    def _restore_last_device(self) -> None:
        device = self.prefs.last_device
        if device is None or device.kind == "simulator":
            self.connection_bar.select(DeviceTarget("simulator", name="Simulator"))
            return
        self.connection_bar.select(DeviceTarget(device.kind, device.address, device.name, device.generation))

    def start(self) -> None:
        """Called once the event loop runs: a first run (or a simulator user) sees a living system at once."""
        device = self.prefs.last_device
        if device is None or device.kind == "simulator":
            self._connect(DeviceTarget("simulator", name="Simulator"), SIMULATOR_PIN)
        if self.prefs.site:
            self.site_page.connections.connect_all()  # the remembered site reopens

    def _place_first_time(self) -> None:
        """No saved geometry: a share of the screen, centred, or maximized on a small screen
        (views/first_placement.py)."""
        screen = self.screen()
        placement = first_placement(screen.availableGeometry(), self.minimumSize()) if screen else None
        if placement is None:
            return
        self.setGeometry(placement.geometry)
        if placement.maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def connecting_to_simulator(self) -> bool:
        """Whether the connection asked for last is to the simulator (app.py shows the window once its
        first values are in)."""
        return self._pending_target is not None and self._pending_target.kind == "simulator"

    def is_replaying(self) -> bool:
        return self._replaying

    def _run(self, result):
        """Bridge methods may be plain or coroutines; keep a reference to tasks and report their errors."""
        if not inspect.isawaitable(result):
            return
        def failed(exc: BaseException) -> None:
            log.error("connection task failed: %s", exc)
            self._on_error(str(exc))

        return keep_task(self._tasks, result, failed)

    def _connect(self, target: DeviceTarget, pin: str) -> None:
        if target.kind == "ble" and len(pin) not in (0, 4):  # empty: the bridge tries a remembered PIN
            self.statusBar().showMessage(self.tr("The PIN has four digits."), 8000)
            self.connection_bar.pin.setFocus()
            return
        self.clear_notices()  # notes about the last battery
        self.statusBar().clearMessage()  # an error belongs to the attempt that raised it
        if self._replaying:
            self.plots.show_live()  # connecting ends the replay: the pages show the battery again
        self._pending_target = target
        if target.kind == "simulator":
            self._run(self.bridge.connect_simulator(pin=pin or SIMULATOR_PIN))
        elif target.kind == "ble":
            self._run(self.bridge.connect_ble(target.address, target.generation, pin,
                                              serial=target.extra.get("serial", "")))
        elif target.kind == "serial":
            self._run(self.bridge.connect_serial(target.address))
        self.connection_bar.clear_pin()
        self._update_simulator_page()

    def _disconnect(self) -> None:
        """The user's Disconnect: the link closes, and what went wrong with it is no longer news."""
        self.statusBar().clearMessage()
        self._run(self.bridge.disconnect())

    # -- replay -------------------------------------------------------------------------------
    def _on_replay_active(self, active: bool) -> None:
        """While a recording plays, the live link is closed so the two never mix in one model."""
        self._replaying = active
        self._replay_t = None
        self.connection_bar.set_replaying(active)
        if active:
            self.bridge.live.reset()
            self.bridge.live.set_link(True)
            if self.bridge.session is not None:
                task = self._run(self.bridge.disconnect())
                # Closing the link marks the model stale; the replay is the source now.
                if task is not None:
                    task.add_done_callback(lambda _t: self._replaying and self.bridge.live.set_link(True))
        else:
            self.bridge.live.set_link(False)
        self.statusBar().clearMessage()
        self._update_replay_banner()

    def _on_replay_item(self, item, t: float) -> None:
        if self._replay_t is None:
            self._replay_t = t
            self._update_replay_banner()
        self._replay_t = t
        self.bridge.live.apply(item)

    def _scan(self) -> None:
        self.connection_bar.set_scanning(True)
        result = self.bridge.scan_ble()
        if inspect.isawaitable(result):
            task = asyncio.ensure_future(result)
            self._tasks.add(task)

            def done(t):
                self._tasks.discard(t)
                self.connection_bar.set_scanning(False)
                if not t.cancelled() and t.exception() is not None:
                    self._on_error(str(t.exception()))

            task.add_done_callback(done)
        else:
            self.connection_bar.set_scanning(False)

    def _on_scan_failed(self, message) -> None:
        """Why the scan could not run and what to do, whole, under the connection state."""
        self.connection_bar.show_scan_problem(translate_message(message))

    def _on_scan_result(self, found) -> None:
        """`found` is one advert-like object or a list of them."""
        items = found if isinstance(found, (list, tuple)) else [found]
        for adv in items:
            self.connection_bar.add_target(self.target_from_scan(adv))

    @staticmethod
    def target_from_scan(found) -> DeviceTarget:
        """A scan sighting (transport.ble.FoundDevice: address, rssi, type_label, serial, generation)."""
        name = f"{found.type_label} {found.serial}".strip() or found.name or found.address
        generation = None if found.generation is None else int(found.generation)  # None: an unknown type
        return DeviceTarget("ble", found.address, name, generation, found.rssi, extra={"serial": found.serial})

    def _pick_serial_port(self) -> None:
        from smartbms_gui.views.serial_port_dialog import SerialPortDialog

        dialog = SerialPortDialog(self.list_serial_ports, self)
        dialog.accepted.connect(lambda: self._serial_chosen(dialog.port()))
        dialog.rejected.connect(lambda: self.connection_bar.select(DeviceTarget("simulator")))
        dialog.open()
        self._serial_dialog = dialog

    def _serial_chosen(self, port: str) -> None:
        if port:
            self.connection_bar.add_target(DeviceTarget("serial", port, port), select=True)

    def _on_state(self, state: ConnectionState) -> None:
        self._state = state
        self._state_since = time.monotonic()
        self._showing_stale = False
        self.connection_bar.set_state(state)
        if state.phase is Phase.STREAMING:
            # An error shown before (wrong PIN, a timeout of an earlier attempt) no longer holds.
            self.statusBar().clearMessage()
        if state.phase is Phase.STREAMING and self._pending_target is not None:
            target = self._pending_target
            session = self.bridge.session
            settled = int(session.generation) if session is not None else target.generation  # as the link found
            self.prefs.last_device = app_prefs.LastDevice(target.kind, target.address, target.name, settled)
            self.save_preferences()
        self._update_awake()
        self._update_simulator_page()
        for key in ("overview", "details", "settings"):  # a page built later takes the state when it is made
            page = self.pages.built(key)
            if page is not None:
                page.set_connection(state)

    def _on_error(self, message) -> None:
        """An error from below (a `Message` or an exception's text) in the user's language."""
        self.statusBar().showMessage(translate_message(message), 15000)

    def _update_awake(self) -> None:
        want = self.prefs.prevent_auto_lock and self._state.connected
        if want and not self.awake.active:
            if self.awake.acquire():
                self.awake_note.setText(self.tr("Keeping this computer awake"))
                self.awake_note.setToolTip(self.tr("Prevent auto-lock is on ({0})").format(self.awake.method))
            else:
                self.awake_note.setText(self.tr("Cannot keep the computer awake"))
                self.awake_note.setToolTip(self.awake.note)
                self.statusBar().showMessage(self.awake.note, 15000)
        elif not want:
            if self.awake.active:
                self.awake.release()
            self.awake_note.setText("")

    def _tick(self) -> None:
        """Once a second: count down "reconnecting in N s" and mark a live link whose data stopped."""
        if self._replaying:
            self._update_replay_banner()
        state = self._state
        if state.phase is Phase.RECONNECTING and state.retry_in_s is not None:
            left = max(0.0, state.retry_in_s - (time.monotonic() - self._state_since))
            self.connection_bar.set_state(dataclasses.replace(state, retry_in_s=left))
            return
        if state.phase is not Phase.STREAMING:
            return
        live = self.bridge.live
        now = live.clock()
        if live.is_stale(None, now):
            ages = [a for a in (live.age(name, now) for name in live.values()) if a is not None]
            self.connection_bar.set_stale(True, min(ages) if ages else None)
            self._showing_stale = True
        elif self._showing_stale:
            self._showing_stale = False
            self.connection_bar.set_state(state)

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        self.save_preferences()
        self.awake.release()
        if self._publishing is not None:
            self._publishing.close()
        self.closing.emit()
        super().closeEvent(event)
