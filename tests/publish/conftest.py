"""Fixtures of the publishing tests: a real broker per test (module text of mqtt_brokers.py)."""

import shutil

import pytest
from mqtt_brokers import AmqttBroker, MosquittoBroker


@pytest.fixture
def broker():
    """amqtt (MQTT 3.1.1) on a free local port, killed after the test."""
    pytest.importorskip("amqtt", reason="amqtt (the test extras' MQTT broker) is not installed")
    started = AmqttBroker()
    started.start()
    yield started
    started.stop_and_output()


@pytest.fixture
def mosquitto():
    """Mosquitto (MQTT 5) on a free local port; skipped where it is not installed."""
    if shutil.which("mosquitto") is None:
        pytest.skip("Mosquitto is not installed (apt-get install mosquitto): the MQTT 5 test needs it")
    started = MosquittoBroker()
    started.start()
    yield started
    started.stop_and_output()


@pytest.fixture
def mosquitto_with_login():
    """Mosquitto that lets only `homeassistant` / `right-pass` in; skipped where it is not installed."""
    if shutil.which("mosquitto") is None or shutil.which("mosquitto_passwd") is None:
        pytest.skip("Mosquitto is not installed (apt-get install mosquitto): the refused-login test needs it")
    started = MosquittoBroker(users={"homeassistant": "right-pass"})
    started.start()
    yield started
    started.stop_and_output()


@pytest.fixture
def mosquitto_tls():
    """Mosquitto speaking TLS only, its certificate signed by a CA made for the test (openssl)."""
    if shutil.which("mosquitto") is None or shutil.which("openssl") is None:
        pytest.skip("Mosquitto or openssl is not installed: the TLS test needs both")
    started = MosquittoBroker(tls=True)
    started.start()
    yield started
    started.stop_and_output()
