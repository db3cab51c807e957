"""`smartbms publish` as a real process on the simulator, against a real broker and subscriber."""

import asyncio
import os
import signal
import subprocess
import sys

import pytest
from mqtt_brokers import Subscriber

from smartbms_gui.cli.entry_point import main

PUBLISH = [sys.executable, "-m", "smartbms_gui.cli", "publish"]


def _env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith("SMARTBMS_")}
    out.update(extra)
    return out


async def test_two_packs_publish_under_their_serials_and_a_killed_publisher_leaves_its_will(broker):
    async with Subscriber(broker.port, "smartbms/#", "homeassistant/#") as sub:
        process = subprocess.Popen([*PUBLISH, "--mqtt", broker.url, "--simulator", "--simulator",
                                    "--interval", "0.3", "--keepalive", "2", "--client-id", "cli-test"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
        try:
            await sub.wait(lambda: sub.on("smartbms/03330/state") and sub.on("smartbms/03331/state"),
                           timeout=20.0, what="both packs' state")
            assert sub.last("smartbms/status").payload == b"online"
            devices = {m.json()["device"]["identifiers"][0] for m in sub.messages
                       if m.topic.startswith("homeassistant/")}
            assert devices == {"smartbms_03330", "smartbms_03331"}
            first, second = (sub.last(f"smartbms/{s}/state").json() for s in ("03330", "03331"))
            assert first["soc_pct"] != second["soc_pct"]  # two packs, not one published twice
            process.send_signal(signal.SIGKILL)
            await asyncio.to_thread(process.wait, 10)
            await sub.wait(lambda: sub.last("smartbms/status").payload == b"offline", timeout=10.0,
                           what="the last will (offline)")
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(10)
            stderr = process.stderr.read().decode() if process.stderr else ""
            process.stdout.close()
            process.stderr.close()
    assert "smartbms/03330/state" in stderr and "connected to" in stderr


@pytest.mark.parametrize(("argv", "code", "words"), [
    (["--mqtt", "tcp://x", "--simulator"], 2, "mqtt://"),
    (["--mqtt", "mqtt://u:secret@x", "--simulator"], 2, "--username"),
    (["--mqtt", "mqtt://x", "--simulator", "--interval", "0"], 2, "interval"),
    (["--mqtt", "mqtt://x"], 2, "Say which battery"),
    (["--mqtt", "mqtt://x", "--simulator", "--username", "ha"], 3, "SMARTBMS_MQTT_PASSWORD"),
])
def test_usage_errors_say_what_to_do(argv, code, words, capsys, monkeypatch):
    monkeypatch.delenv("SMARTBMS_MQTT_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["publish", *argv]) == code
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "secret" not in err


async def test_the_password_from_the_environment_reaches_the_broker_and_not_stderr(broker):
    secret = "s3cret-Pass!"
    done = await asyncio.to_thread(
        subprocess.run, [*PUBLISH, "--mqtt", broker.url, "--simulator", "--username", "ha", "--interval", "0.3",
                         "--seconds", "1.5"], capture_output=True, text=True, timeout=30,
        env=_env(SMARTBMS_MQTT_PASSWORD=secret, SMARTBMS_DEBUG="1"))
    assert done.returncode == 0, done.stderr
    assert "state messages sent" in done.stderr and "Sending CONNECT" in done.stderr
    assert secret not in done.stderr + done.stdout


async def test_a_refused_login_ends_the_command_with_exit_3(mosquitto_with_login):
    done = await asyncio.to_thread(
        subprocess.run, [*PUBLISH, "--mqtt", mosquitto_with_login.url, "--simulator", "--username",
                         "homeassistant", "--seconds", "20"], capture_output=True, text=True, timeout=30,
        env=_env(SMARTBMS_MQTT_PASSWORD="wrong-pass"))
    assert done.returncode == 3, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("smartbms: ") and "refused" in last and "--username and the password" in last
    assert "wrong-pass" not in done.stderr
