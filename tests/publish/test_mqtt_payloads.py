"""The publisher's settings, topics and Home Assistant discovery configs (pure: no broker)."""

import pytest

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.publish import payloads
from smartbms_gui.device.publish.config import BrokerUrlError, PublishConfig, parse_broker_url, topic_id
from smartbms_gui.device.publish.outbox import Outbox, Outgoing


@pytest.mark.parametrize(("url", "expected"), [
    ("mqtt://broker.local", ("broker.local", 1883, False)),
    ("mqtts://broker.local", ("broker.local", 8883, True)),
    ("MQTT://10.0.0.2:1884", ("10.0.0.2", 1884, False)),
    ("mqtts://[::1]:8884", ("::1", 8884, True)),
])
def test_broker_urls(url, expected):
    assert parse_broker_url(url) == expected


@pytest.mark.parametrize(("url", "words"), [
    ("broker.local", "mqtt://HOST"),
    ("http://broker.local", "not http://"),
    ("mqtt://user:secret@broker.local", "--username"),
    ("mqtt://broker.local:99999", "not a broker address"),
    ("mqtt://broker.local/topic", "no path"),
    ("mqtt://", "no host"),
])
def test_bad_broker_urls_say_why(url, words):
    with pytest.raises(BrokerUrlError, match=words) as raised:
        parse_broker_url(url)
    assert "secret" not in str(raised.value)


@pytest.mark.parametrize(("change", "words"), [
    ({"prefix": "a/#"}, "topic prefix"), ({"prefix": ""}, "topic prefix"), ({"discovery_prefix": "/x"}, "discovery"),
    ({"interval_s": 0.0}, "interval"),
    ({"queue_limit_s": -1.0}, "queue limit"), ({"protocol": "4"}, "MQTT version"),
    ({"ca_file": "/nonexistent/ca.pem"}, "CA file"),
])
def test_bad_settings_are_refused(change, words):
    with pytest.raises(BrokerUrlError, match=words):
        PublishConfig(host="h", **change).checked()


def test_preferences_round_trip_without_password_and_ignore_junk():
    config = PublishConfig(host="h", port=1884, username="ha", interval_s=2.0, discovery=False)
    data = config.to_dict()
    assert "password" not in data
    assert PublishConfig.from_dict({**data, "unknown": 1, "interval_s": "x"}) == PublishConfig(
        host="h", port=1884, username="ha", discovery=False)  # the bad interval falls back to the default
    assert PublishConfig.from_dict(data) == config


def test_serials_become_one_topic_level():
    assert topic_id("03330") == "03330"
    assert topic_id("a/b+#c") == "a_b__c"


def test_discovery_configs_carry_class_unit_and_one_device_per_battery():
    config = PublishConfig(host="h", prefix="bms")
    messages = dict(payloads.discovery_messages(config, "03330", name="Boat"))
    by_key = {topic.split("/")[-2]: payloads.json.loads(body) for topic, body in messages.items()}
    expected = {"pack_voltage": ("voltage", "V"), "battery_current": ("current", "A"), "power": ("power", "W"),
                "soc": ("battery", "%"), "stored_energy": ("energy_storage", "Wh"),
                "lowest_cell_voltage": ("voltage", "V"), "highest_cell_voltage": ("voltage", "V"),
                "lowest_temperature": ("temperature", "°C"), "highest_temperature": ("temperature", "°C")}
    for key, (device_class, unit) in expected.items():
        assert by_key[key]["device_class"] == device_class
        assert by_key[key]["unit_of_measurement"] == unit
        assert by_key[key]["state_class"] == "measurement"
    assert {"lowest_cell", "highest_cell"} <= set(by_key)
    lights = [k for k in by_key if k.startswith("light_")]
    assert sorted(lights) == ["light_e", "light_th", "light_tl", "light_vh", "light_vl"]
    assert all(by_key[k]["device_class"] == "problem" for k in lights)
    assert {"charge_relay", "load_relay"} <= set(by_key)
    assert len({c["unique_id"] for c in by_key.values()}) == len(by_key)
    assert all(c["unique_id"].startswith("smartbms_03330_") for c in by_key.values())
    assert {c["device"]["identifiers"][0] for c in by_key.values()} == {"smartbms_03330"}
    assert all(c["state_topic"] == "bms/03330/state" for c in by_key.values())
    assert all(c["availability_mode"] == "all" for c in by_key.values())
    assert all(t.startswith("homeassistant/") and t.endswith("/config") for t in messages)
    removal = dict(payloads.removal_messages(config, "03330"))
    assert set(messages) <= set(removal) and set(removal.values()) == {b""}


def test_state_payload_leaves_out_what_has_not_come():
    live = LiveState()
    obj = payloads.state_payload(live, 1000.0)
    assert obj["time"] == 1000.0 and "pack_voltage_v" not in obj and "power_w" not in obj
    assert obj["lights"] == {"E": False, "Vh": False, "Vl": False, "Th": False, "Tl": False}


def test_outbox_keeps_order_and_drops_only_what_is_older_than_the_limit():
    box = Outbox(limit_s=10.0)
    for n in range(5):
        box.push(Outgoing("t", bytes([n]), queued_at=float(n)))
    batch = box.take(2)
    assert [m.payload for m in batch] == [b"\0", b"\1"]
    assert box.expire(now=13.5) == 2  # 2 and 3 are older than 10 s; the two in flight stay
    box.failed()
    assert [m.payload for m in box.take(10)] == [b"\0", b"\1", b"\4"]
    box.done()
    assert len(box) == 0 and box.dropped == 2
