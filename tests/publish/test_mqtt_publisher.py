"""The publisher against a real broker (amqtt in its own process; Mosquitto for MQTT 5 where it is
installed) and a real subscriber, on a simulated battery's live session."""

import asyncio
import json
import logging

import keyring
import pytest
from memory_keyring import MemoryKeyring
from mqtt_brokers import Subscriber
from publish_rig import SimPack

from smartbms_gui.device.publish import MqttPublisher, PublishConfig, PublisherPhase
from smartbms_gui.device.publish.config import recall_password, store_password
from smartbms_gui.messages import Message


def _config(broker, **options) -> PublishConfig:
    return PublishConfig(client_id="test-publisher", **options).with_url(broker.url)


async def test_discovery_state_and_cells_match_the_simulator(broker):
    async with Subscriber(broker.port, "smartbms/#", "homeassistant/#") as sub, SimPack() as pack:
        publisher = MqttPublisher(_config(broker, interval_s=0.3), backoff_initial_s=0.2)
        publisher.add_battery("03330", pack.live, name="SmartBMS 03330")
        publisher.start()
        try:
            await sub.wait(lambda: len(sub.on("smartbms/03330/state")) >= 2 and sub.on("smartbms/03330/cells"),
                           what="two state messages and the cells")
            configs = [m for m in sub.messages if m.topic.startswith("homeassistant/")]
            assert len(configs) == 18 and all(m.payload for m in configs)
            voltage = next(m.json() for m in configs if m.topic.endswith("/pack_voltage/config"))
            assert voltage["unit_of_measurement"] == "V" and voltage["device_class"] == "voltage"
            assert voltage["unique_id"] == "smartbms_03330_pack_voltage"
            assert sub.last("smartbms/status").payload == b"online"
            assert sub.last("smartbms/03330/availability").payload == b"online"

            state = sub.last("smartbms/03330/state").json()
            battery = pack.battery
            assert state["pack_voltage_v"] == pytest.approx(battery.pack_voltage_v, abs=0.05)
            assert state["soc_pct"] == pytest.approx(battery.soc_pct, abs=1.0)
            assert state["cell_count"] == 16
            assert state["power_w"] == pytest.approx(state["pack_voltage_v"] * state["battery_current_a"], abs=0.1)
            assert state["charge_allowed"] is True and state["load_allowed"] is True
            assert not any(state["lights"].values())
            cells = sub.last("smartbms/03330/cells").json()
            assert cells["cell_count"] == 16 and len(cells["voltages_v"]) == 16
            assert min(v for v in cells["voltages_v"] if v is not None) == pytest.approx(
                min(battery.cell_voltage_true), abs=0.02)

            # a removed battery's entities go: empty retained configs
            publisher.remove_battery("03330")
            await sub.wait(lambda: sum(1 for m in sub.messages if m.topic.startswith("homeassistant/")
                                       and m.payload == b"") == 18, what="the 18 empty configs")
        finally:
            await publisher.close()
        # it said goodbye (the will is not needed)
        await sub.wait(lambda: sub.last("smartbms/status").payload == b"offline", what="offline on closing")


async def test_a_light_and_a_relay_change_is_published_at_once(broker):
    async with Subscriber(broker.port, "smartbms/+/state") as sub, SimPack() as pack:
        # queue limit 0: nothing is kept while the broker is away, but a connected publisher still sends all
        publisher = MqttPublisher(_config(broker, interval_s=60.0, discovery=False, queue_limit_s=0.0))
        publisher.add_battery("03330", pack.live)
        publisher.start()
        try:
            await publisher.wait_for(lambda s: s.connected, 10.0)
            pack.battery.faults.inject("cell_over_voltage")
            await sub.wait(lambda: any(m.json()["lights"]["Vh"] for m in sub.messages), what="the Vh light")
            state = next(m.json() for m in sub.messages if m.json()["lights"]["Vh"])
            assert state["charge_allowed"] is False
        finally:
            await publisher.close()


async def test_state_messages_queue_across_a_broker_restart_and_go_out_in_order(broker):
    interval = 0.2
    made: list[float] = []  # the "time" of every state message the publisher took from the kill on
    async with SimPack() as pack:
        # a long backoff: the test says when to try again, after its subscriber is back on the new broker
        publisher = MqttPublisher(_config(broker, interval_s=interval, discovery=False, cells=False),
                                  backoff_initial_s=60.0)
        publisher.add_battery("03330", pack.live)
        publisher.start()
        try:
            async with Subscriber(broker.port, "smartbms/+/state") as before:
                await before.wait(lambda: len(before.messages) >= 2)
                push = publisher._outbox.push
                publisher._outbox.push = lambda item: (made.append(json.loads(item.payload)["time"]), push(item))
                broker.kill()
                await publisher.wait_for(lambda s: s.phase is PublisherPhase.WAITING, 10.0)
            await publisher.wait_for(lambda s: s.queued >= 8, 10.0)
            assert publisher.status.last_error
            await asyncio.to_thread(broker.restart)
            async with Subscriber(broker.port, "smartbms/+/state") as after:
                queued = publisher.status.queued
                publisher.retry_now()
                await publisher.wait_for(lambda s: s.connected and s.queued == 0, 10.0)
                await after.wait(lambda: len(after.messages) >= queued, what=f"the {queued} queued messages")
                publisher._outbox.push = push
                await after.wait(lambda: set(made) <= {m.json()["time"] for m in after.messages},
                                 what="every message made from the kill on")
        finally:
            await publisher.close()
    times = [m.json()["time"] for m in after.messages]
    assert times == sorted(times), "order kept"
    assert [t for t in times if t in set(made)] == made, "each one once, in the order made"
    assert publisher.status.dropped == 0


async def test_mqtt5_on_mosquitto(mosquitto):
    async with Subscriber(mosquitto.port, "smartbms/#", "homeassistant/#", protocol="5") as sub, \
            SimPack() as pack:
        publisher = MqttPublisher(_config(mosquitto, interval_s=0.3, protocol="5"))
        publisher.add_battery("03330", pack.live)
        publisher.start()
        try:
            await sub.wait(lambda: sub.on("smartbms/03330/state"), what="a state message over MQTT 5")
            assert sub.last("smartbms/03330/state").json()["cell_count"] == 16
            assert len([m for m in sub.messages if m.topic.startswith("homeassistant/")]) == 18
        finally:
            await publisher.close()


async def test_tls_checks_the_certificate(mosquitto_tls):
    async with SimPack() as pack:
        trusted = MqttPublisher(PublishConfig(client_id="tls-ok", interval_s=0.3, ca_file=mosquitto_tls.ca_file)
                                .with_url(mosquitto_tls.url))
        untrusted = MqttPublisher(PublishConfig(client_id="tls-no", interval_s=0.3).with_url(mosquitto_tls.url),
                                  backoff_initial_s=30.0)
        for publisher in (trusted, untrusted):
            publisher.add_battery("03330", pack.live)
            publisher.start()
        try:
            await trusted.wait_for(lambda s: s.connected and s.sent >= 1, 10.0)
            # the system does not know the test's CA: refused before any byte of MQTT, and said why
            status = await untrusted.wait_for(lambda s: s.phase is PublisherPhase.WAITING, 10.0)
            assert "certificate" in status.last_error.lower()
            assert isinstance(status.last_error, Message)  # in words the window translates
            assert status.sent == 0
        finally:
            await asyncio.gather(trusted.close(), untrusted.close())


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def log_file(tmp_path):
    """The app's own log set-up (rotating file, masking) at DEBUG in a temporary folder."""
    from smartbms_gui import logs

    path = logs.setup_logging("DEBUG", directory=tmp_path)
    yield path
    logs.shutdown_logging()
    logs.clear_secrets()
    logging.getLogger().setLevel(logging.WARNING)


async def test_the_password_lives_in_the_keyring_and_never_in_logs_or_files(broker, memory_keyring, log_file):
    config = _config(broker, username="homeassistant", interval_s=0.3)
    secret = "Tr0ub4dor&3-horse"
    assert store_password(config, secret)
    assert recall_password(config) == secret
    assert secret not in str(config.to_dict())
    async with Subscriber(broker.port, "smartbms/+/state") as sub, SimPack() as pack:
        publisher = MqttPublisher(config, password=recall_password(config))
        publisher.add_battery("03330", pack.live)
        publisher.start()
        try:
            await sub.wait(lambda: sub.messages, what="a state message with a user and password")
            logging.getLogger("smartbms_gui.test").warning("the password is %s", secret)
        finally:
            await publisher.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text()
    assert "Sending CONNECT" in written and "the password is ****" in written
    assert secret not in written
    files = [p for p in log_file.parent.rglob("*") if p.is_file()]
    assert not any(secret.encode() in p.read_bytes() for p in files)
