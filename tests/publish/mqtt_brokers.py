"""Real MQTT brokers for the publishing tests, each on a free local port, and a real subscriber.

- `AmqttBroker`: amqtt (MQTT 3.1.1, from the test extras) in a process of its own, so the tests can
  kill it and start it again on the same port (a broker restart), as a real broker would go away.
- `MosquittoBroker`: Mosquitto (MQTT 5) when it is installed (`shutil.which("mosquitto")`).
- `Subscriber`: an aiomqtt client that keeps every message it receives, with waits on conditions.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

from free_ports import candidate_ports

_AMQTT = """
import asyncio, sys
from amqtt.broker import Broker

async def main(port):
    config = {"listeners": {"default": {"type": "tcp", "bind": f"127.0.0.1:{port}"}},
              "plugins": {"amqtt.plugins.authentication.AnonymousAuthPlugin": {"allow_anonymous": True}}}
    broker = Broker(config)
    await broker.start()
    print("ready", flush=True)
    await asyncio.Event().wait()

asyncio.run(main(int(sys.argv[1])))
"""


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


class _Process:
    name = "broker"

    def __init__(self) -> None:
        self.port = 0
        self.process: subprocess.Popen | None = None

    def command(self, port: int) -> list[str]:
        raise NotImplementedError

    def start(self, port: int | None = None, timeout: float = 15.0) -> None:
        """Start on `port` (a restart) or on a free port (retrying when it was taken meanwhile)."""
        ports = [port] if port else list(candidate_ports())
        for candidate in ports:
            self.process = subprocess.Popen(self.command(candidate), stdout=subprocess.PIPE,
                                            stderr=subprocess.STDOUT, start_new_session=True)
            end = time.monotonic() + timeout
            while time.monotonic() < end:
                if self.process.poll() is not None:
                    break  # ended: the port was taken, or it failed; try the next port
                if _listening(candidate):
                    self.port = candidate
                    return
                time.sleep(0.02)
            output = self.stop_and_output()
            if port or "in use" not in output.lower():
                raise RuntimeError(f"{self.name} did not start on port {candidate}: {output[-2000:]}")
        raise RuntimeError(f"{self.name}: no free port")

    def kill(self) -> None:
        """Gone at once, as a crashed or restarted broker: no goodbyes, retained messages lost."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stop_and_output(self) -> str:
        self.kill()
        out = self.process.stdout.read().decode(errors="replace") if self.process and self.process.stdout else ""
        if self.process is not None and self.process.stdout:
            self.process.stdout.close()
        return out

    def restart(self) -> None:
        self.kill()
        self.start(self.port)

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"


class AmqttBroker(_Process):
    name = "amqtt"

    def command(self, port: int) -> list[str]:
        return [sys.executable, "-c", _AMQTT, str(port)]


class MosquittoBroker(_Process):
    name = "mosquitto"

    def __init__(self, users: dict[str, str] | None = None, *, tls: bool = False) -> None:
        """`users`: name → password; then only they may log in (mosquitto_passwd makes the file).
        `tls`: the listener speaks TLS only, with a certificate for localhost and 127.0.0.1 signed by a
        CA made for the test (`self.ca_file`; openssl makes them)."""
        super().__init__()
        self.folder = tempfile.mkdtemp(prefix="mosquitto-")
        self.tls = tls
        self.ca_file = os.path.join(self.folder, "ca.pem")
        if tls:
            self._make_certificates()
        self.password_file = ""
        if users:
            self.password_file = os.path.join(self.folder, "passwords")
            for n, (user, password) in enumerate(users.items()):
                subprocess.run([shutil.which("mosquitto_passwd") or "mosquitto_passwd", "-b",
                                *(["-c"] if n == 0 else []), self.password_file, user, password],
                               check=True, capture_output=True, timeout=30)

    def command(self, port: int) -> list[str]:
        conf = os.path.join(self.folder, f"{port}.conf")
        login = (f"allow_anonymous false\npassword_file {self.password_file}\n" if self.password_file
                 else "allow_anonymous true\n")
        if self.tls:
            login += (f"cafile {self.ca_file}\ncertfile {os.path.join(self.folder, 'server.pem')}\n"
                      f"keyfile {os.path.join(self.folder, 'server.key')}\n")
        with open(conf, "w") as f:
            # `user`: started as root, mosquitto would switch to the user "mosquitto", who cannot read
            # this private temporary folder; as anyone else the line changes nothing
            f.write(f"listener {port} 127.0.0.1\n{login}persistence false\nuser {getpass.getuser()}\n")
        return [shutil.which("mosquitto") or "mosquitto", "-c", conf]


    def _make_certificates(self) -> None:
        def openssl(*args: str) -> None:
            subprocess.run([shutil.which("openssl") or "openssl", *args], cwd=self.folder, check=True,
                           capture_output=True, timeout=30)

        ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Test CA")
        openssl("req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost")
        with open(os.path.join(self.folder, "san.ext"), "w") as f:
            f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "server.pem", "-days", "2", "-extfile", "san.ext")

    @property
    def url(self) -> str:
        # TLS: the name the certificate was made for
        return f"mqtts://localhost:{self.port}" if self.tls else super().url


@dataclass
class Received:
    topic: str
    payload: bytes
    retain: bool

    def json(self):
        return json.loads(self.payload)


class Subscriber:
    """A real subscriber on the broker: `async with Subscriber(port, "#") as sub`."""

    def __init__(self, port: int, *topics: str, protocol: str = "3.1.1") -> None:
        self.port = port
        self.topics = topics or ("#",)
        self.protocol = protocol
        self.messages: list[Received] = []
        self._client = None
        self._task: asyncio.Task | None = None

    async def __aenter__(self) -> Subscriber:
        import aiomqtt

        version = aiomqtt.ProtocolVersion.V5 if self.protocol == "5" else aiomqtt.ProtocolVersion.V311
        self._client = aiomqtt.Client("127.0.0.1", self.port, protocol=version, identifier=f"test-sub-{id(self)}")
        await self._client.__aenter__()
        for topic in self.topics:
            await self._client.subscribe(topic, qos=1)
        self._task = asyncio.get_running_loop().create_task(self._collect())
        return self

    async def _collect(self) -> None:
        async for message in self._client.messages:
            self.messages.append(Received(str(message.topic), bytes(message.payload), bool(message.retain)))

    async def __aexit__(self, *exc) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        try:
            await self._client.__aexit__(None, None, None)
        except Exception:  # noqa: BLE001 - the broker may be gone already
            pass

    def on(self, topic: str) -> list[Received]:
        return [m for m in self.messages if m.topic == topic]

    def last(self, topic: str) -> Received | None:
        found = self.on(topic)
        return found[-1] if found else None

    async def wait(self, predicate, timeout: float = 10.0, what: str = "messages") -> None:
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while not predicate():
            if loop.time() > end:
                topics = sorted({m.topic for m in self.messages})
                raise AssertionError(f"{what} not received within {timeout:g} s; topics seen: {topics}")
            await asyncio.sleep(0.02)
