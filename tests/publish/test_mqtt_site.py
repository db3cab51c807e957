"""The window publishes every pack of its Site page, each under its own serial, over one broker
connection; a pack taken out of the site has its Home Assistant entities removed. Against a real
broker (amqtt) and subscriber, with simulated packs."""

from __future__ import annotations

import pytest
from mqtt_brokers import Subscriber
from publish_rig import until

from smartbms_gui import qt_env

qt_env.prepare()

from smartbms_gui import preferences as app_prefs  # noqa: E402
from smartbms_gui.device.publish import PublishConfig, PublisherPhase  # noqa: E402
from smartbms_gui.device.site import PackLink, Site  # noqa: E402
from smartbms_gui.device.state import Phase  # noqa: E402
from smartbms_gui.views.bridge_switch import BridgeSwitch  # noqa: E402
from smartbms_gui.views.device_bridge import DeviceBridge  # noqa: E402
from smartbms_gui.views.main_window import MainWindow  # noqa: E402

FAST = {"silence_s": 1.0, "backoff_initial_s": 0.3, "backoff_max_s": 0.6, "jitter": 0.0, "timeout_s": 0.5,
        "retries": 1}
#: the simulator's serial of the packs with seed 1 and 2 (sim.packs.pack_serial)
PORT, STARBOARD = "03331", "03332"


@pytest.fixture
async def site_window(qtbot, tmp_path, broker):
    # the last device a serial port that is not there: only the site connects by itself
    prefs = app_prefs.Preferences(last_device=app_prefs.LastDevice("serial", "/dev/nonexistent", "x", 2))
    prefs.site = Site(name="Boat").with_pack(PackLink("simulator", seed=1, cells=8), "Port").with_pack(
        PackLink("simulator", seed=2, cells=8), "Starboard").to_dict()
    prefs.extra["publishing"] = PublishConfig(enabled=True, interval_s=0.3).with_url(broker.url).to_dict()
    own = DeviceBridge(record=False, **FAST)
    window = MainWindow(BridgeSwitch(own), prefs, prefs_path=tmp_path / "prefs.json")
    qtbot.addWidget(window)
    # the app attaches publishing in idle time after the first value (Qt's timers do not run on these
    # tests' asyncio loop): here it is asked for at once
    assert window.publishing.config.enabled
    yield window
    window.publishing.close()
    await window.site_page.connections.disconnect_all()
    await own.disconnect()
    await until(lambda: not window.publishing._tasks, what="the publisher closed")


def _discovery(sub: Subscriber, serial: str) -> list:
    return [m for m in sub.messages if m.topic.startswith("homeassistant/") and f"/smartbms_{serial}/" in m.topic]


async def test_every_pack_of_the_site_is_published_and_a_removed_one_loses_its_entities(site_window, broker):
    window = site_window
    connections = window.site_page.connections
    port, starboard = connections.ordered()
    async with Subscriber(broker.port, "smartbms/#", "homeassistant/#") as sub:
        window.start()
        await sub.wait(lambda: sub.on(f"smartbms/{PORT}/state") and sub.on(f"smartbms/{STARBOARD}/state"),
                       what="both packs' state")
        await sub.wait(lambda: sub.on(f"smartbms/{PORT}/cells") and sub.on(f"smartbms/{STARBOARD}/cells"),
                       what="both packs' cells")
        publisher = window.publishing.publisher
        assert publisher is not None and sorted(publisher.serials) == [PORT, STARBOARD]  # one connection, both
        assert sub.last(f"smartbms/{PORT}/availability").payload == b"online"
        assert sub.last(f"smartbms/{STARBOARD}/availability").payload == b"online"
        assert sub.last(f"smartbms/{PORT}/state").json()["cell_count"] == 8
        port_configs, starboard_configs = _discovery(sub, PORT), _discovery(sub, STARBOARD)
        assert len(port_configs) == len(starboard_configs) == 18
        devices = {tuple(m.json()["device"]["identifiers"]) for m in port_configs + starboard_configs}
        assert devices == {(f"smartbms_{PORT}",), (f"smartbms_{STARBOARD}",)}  # one device per battery
        await until(lambda: window.publishing.status.phase is PublisherPhase.CONNECTED)
        assert "connected" in window.publishing.indicator.label.text()

        # showing a pack on the other pages changes nothing of what is published
        window.site_page.show_pack_on_pages(starboard.key)
        window.site_page.show_pack_on_pages(port.key)
        assert sorted(publisher.serials) == [PORT, STARBOARD]

        # the port pack leaves the site: its entities and its availability are cleared (empty retained)
        await connections.remove_pack(port.key)
        await sub.wait(lambda: len([m for m in _discovery(sub, PORT) if m.payload == b""]) == 18,
                       what="the removed pack's discovery configs cleared")
        await sub.wait(lambda: sub.last(f"smartbms/{PORT}/availability").payload == b"", what="availability cleared")
        assert publisher.serials == [STARBOARD]
        assert all(m.payload for m in _discovery(sub, STARBOARD))  # the other pack keeps its entities
        states = len(sub.on(f"smartbms/{STARBOARD}/state"))
        await sub.wait(lambda: len(sub.on(f"smartbms/{STARBOARD}/state")) > states, what="the other pack goes on")

    # a subscriber that comes later finds only the remaining pack's entities retained
    async with Subscriber(broker.port, "homeassistant/#") as late:
        await late.wait(lambda: len({m.topic for m in _discovery(late, STARBOARD)}) == 18,
                        what="the retained configs")
        assert _discovery(late, PORT) == []
        assert all(m.retain for m in _discovery(late, STARBOARD))


async def test_a_pack_added_to_the_site_is_published_and_the_windows_own_battery_too(site_window, broker):
    window = site_window
    connections = window.site_page.connections
    async with Subscriber(broker.port, "smartbms/#") as sub:
        window.start()
        await sub.wait(lambda: sub.on(f"smartbms/{PORT}/state") and sub.on(f"smartbms/{STARBOARD}/state"),
                       what="both packs' state")
        key = connections.add_pack(PackLink("simulator", seed=3, cells=8), "Bow")
        await sub.wait(lambda: sub.on("smartbms/03333/state"), what="the added pack's state")
        own = window.bridge.own
        await own.connect_simulator(cells=16, generation=2)
        await until(lambda: own.state.phase is Phase.STREAMING, what="the window's own simulator live")
        await sub.wait(lambda: sub.on("smartbms/03330/state"), what="the window's own battery")
        assert sorted(window.publishing.publisher.serials) == ["03330", PORT, STARBOARD, "03333"]
        assert key in connections.packs


async def test_a_site_replaced_by_another_publishes_the_new_packs(site_window, broker):
    window = site_window
    connections = window.site_page.connections
    async with Subscriber(broker.port, "smartbms/#", "homeassistant/#") as sub:
        window.start()
        await sub.wait(lambda: sub.on(f"smartbms/{PORT}/state") and sub.on(f"smartbms/{STARBOARD}/state"),
                       what="both packs' state")
        old_port = connections.ordered()[0]
        # another site: the same key and serial as the port pack (a new link, 12 cells), and a new pack
        site = Site(name="New").with_pack(PackLink("simulator", seed=1, cells=12), "Port").with_pack(
            PackLink("simulator", seed=3, cells=8), "Bow")
        await connections.replace_site(site)
        new_port = connections.ordered()[0]
        assert new_port.key == old_port.key and new_port.bridge is not old_port.bridge
        connections.connect_all()
        await sub.wait(lambda: len([m for m in _discovery(sub, STARBOARD) if m.payload == b""]) == 18,
                       what="the pack gone with the old site cleared")
        await sub.wait(lambda: any(m.json()["cell_count"] == 12 for m in sub.on(f"smartbms/{PORT}/state"))
                       and sub.on("smartbms/03333/state"), what="the new packs' state")
        publisher = window.publishing.publisher
        assert sorted(publisher.serials) == [PORT, "03333"]
        live = {pack.serial(): pack.bridge.live for pack in connections.ordered()}
        assert all(publisher._batteries[serial].live is live[serial] for serial in publisher.serials)
