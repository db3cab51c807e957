"""What the publisher needs to know: the broker, how to log in, what to publish and how often.

The password is never part of `PublishConfig` (which the preferences keep as JSON): it lives in the
operating system's keyring (`store_password` / `recall_password`, under the same service name as the
remembered PINs) or comes from the caller (the command line's prompt or `$SMARTBMS_MQTT_PASSWORD`).
"""

from __future__ import annotations

import logging
import os
import re
import socket
from dataclasses import asdict, dataclass, fields, replace
from typing import Any
from urllib.parse import unquote, urlsplit

from smartbms_gui.device import pin_store
from smartbms_gui.messages import Message, Quantity

log = logging.getLogger(__name__)

DEFAULT_PREFIX = "smartbms"
DEFAULT_DISCOVERY_PREFIX = "homeassistant"
DEFAULT_INTERVAL_S = 5.0
DEFAULT_QUEUE_LIMIT_S = 600.0
DEFAULT_KEEPALIVE_S = 60
PORTS = {"mqtt": 1883, "mqtts": 8883}
PROTOCOLS = ("3.1.1", "5")
MIN_INTERVAL_S = 0.2
#: a topic level may not hold the wildcards or the separator; we keep to a plain set
_TOPIC_LEVEL = re.compile(r"[^A-Za-z0-9_.-]")


class BrokerUrlError(ValueError):
    """A broker address, prefix or limit that cannot be used (the text, a `Message`, says why)."""


@dataclass(frozen=True)
class PublishConfig:
    """The publisher's settings (no password: see the module text)."""

    host: str = ""
    port: int = PORTS["mqtt"]
    tls: bool = False
    #: a CA bundle to check the broker's certificate against (else the system's)
    ca_file: str = ""
    protocol: str = "3.1.1"
    username: str = ""
    client_id: str = ""
    prefix: str = DEFAULT_PREFIX
    discovery: bool = True
    discovery_prefix: str = DEFAULT_DISCOVERY_PREFIX
    interval_s: float = DEFAULT_INTERVAL_S
    cells: bool = True
    queue_limit_s: float = DEFAULT_QUEUE_LIMIT_S
    keepalive_s: int = DEFAULT_KEEPALIVE_S
    enabled: bool = False

    @property
    def url(self) -> str:
        if not self.host:
            return ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        scheme = "mqtts" if self.tls else "mqtt"
        default = PORTS[scheme] == self.port
        return f"{scheme}://{host}" + ("" if default else f":{self.port}")

    @property
    def effective_client_id(self) -> str:
        return self.client_id or f"smartbms-{_plain(socket.gethostname())}-{os.getpid()}"

    @property
    def bridge_topic(self) -> str:
        """The publisher's own availability (`online`, the last will `offline`)."""
        return f"{self.prefix}/status"

    def with_url(self, url: str) -> PublishConfig:
        host, port, tls = parse_broker_url(url)
        return replace(self, host=host, port=port, tls=tls)

    def checked(self) -> PublishConfig:
        """This config, or a BrokerUrlError saying what is wrong."""
        if not self.host:
            raise BrokerUrlError(Message("no broker: give mqtt://HOST[:PORT] or mqtts://HOST[:PORT]"))
        if not 1 <= self.port <= 65535:
            raise BrokerUrlError(Message("the broker's port must be 1 to 65535, got {port}", port=self.port))
        if self.protocol not in PROTOCOLS:
            raise BrokerUrlError(Message("the MQTT version must be one of {versions}, got {version}",
                                         versions=", ".join(PROTOCOLS), version=self.protocol))
        for value, words in ((self.prefix, Message("the topic prefix {value} cannot be used: not empty, no # or + "
                                                   "and no / at the start or end", value=repr(self.prefix))),
                             (self.discovery_prefix, Message("the discovery prefix {value} cannot be used: not "
                                                             "empty, no # or + and no / at the start or end",
                                                             value=repr(self.discovery_prefix)))):
            if not value or any(c in value for c in "#+") or value.startswith("/") or value.endswith("/"):
                raise BrokerUrlError(words)
        if not self.interval_s >= MIN_INTERVAL_S:
            raise BrokerUrlError(Message("the interval must be at least {minimum}, got {value}",
                                         minimum=Quantity(MIN_INTERVAL_S, "s"), value=Quantity(self.interval_s, "s")))
        if not self.queue_limit_s >= 0:
            raise BrokerUrlError(Message("the queue limit must be 0 s or more, got {value}",
                                         value=Quantity(self.queue_limit_s, "s")))
        if not 1 <= self.keepalive_s <= 65535:
            raise BrokerUrlError(Message("the keep-alive must be 1 to 65535 s, got {value}",
                                         value=Quantity(self.keepalive_s, "s")))
        if self.ca_file and not os.path.isfile(self.ca_file):
            raise BrokerUrlError(Message("the CA file {path} does not exist", path=self.ca_file))
        return self

    # ---- the preferences keep it as a dict (JSON); unknown keys are ignored, bad values refused
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PublishConfig:
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in (data or {}).items():
            if key not in known:
                continue
            default = getattr(cls(), key)
            if isinstance(default, bool):
                values[key] = bool(value)
            elif isinstance(default, (int, float)):
                try:
                    values[key] = type(default)(value)
                except (TypeError, ValueError):
                    log.info("publishing preference %s: %r is not a number; the default is kept", key, value)
            else:
                values[key] = str(value)
        return cls(**values)


def _plain(text: str) -> str:
    return _TOPIC_LEVEL.sub("_", text) or "host"


def topic_id(serial: str) -> str:
    """A battery's serial as one topic level (and a Home Assistant id): letters, digits, _ . -"""
    return _TOPIC_LEVEL.sub("_", str(serial).strip()) or "unknown"


def parse_broker_url(url: str) -> tuple[str, int, bool]:
    """`mqtt://HOST[:PORT]` or `mqtts://HOST[:PORT]` (TLS) → (host, port, tls). A user or password in
    the URL is refused: it would stay in the shell's history and the preferences."""
    text = (url or "").strip()
    if "://" not in text:
        raise BrokerUrlError(Message("{text} is not a broker address: write mqtt://HOST[:PORT] or "
                                     "mqtts://HOST[:PORT]", text=repr(text)))
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise BrokerUrlError(Message("{text} is not a broker address: {reason}", text=text, reason=str(exc))) from None
    scheme = parts.scheme.lower()
    if scheme not in PORTS:
        raise BrokerUrlError(Message("{text}: the address starts with mqtt:// or mqtts://, not {scheme}://",
                                     text=text, scheme=parts.scheme))
    if parts.username is not None or parts.password is not None:
        raise BrokerUrlError(Message("a user name or password does not belong in the broker's address: give the "
                                     "user name on its own (--username, or in Preferences → Publishing); the "
                                     "password is asked for and kept in the keyring"))
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise BrokerUrlError(Message("{text}: a broker address has no path or query, only HOST[:PORT]", text=text))
    host = unquote(parts.hostname or "")
    if not host:
        raise BrokerUrlError(Message("{text}: no host name", text=text))
    return host, port if port is not None else PORTS[scheme], scheme == "mqtts"


# ---- the password, in the operating system's keyring only ----------------------------------------

def _account(config: PublishConfig) -> str:
    return f"mqtt:{config.username}@{config.host}:{config.port}"


def store_password(config: PublishConfig, password: str) -> bool:
    """Keep the broker password in the keyring; False when there is no usable keyring."""
    kr = pin_store._keyring()
    if kr is None or not pin_store._usable(kr):
        return False
    try:
        kr.set_password(pin_store.SERVICE, _account(config), password)
        return True
    except Exception as exc:  # noqa: BLE001 - keyring.errors.KeyringError and backend-specific errors
        log.info("could not store the MQTT password in the keyring: %s", type(exc).__name__)
        return False


def recall_password(config: PublishConfig) -> str | None:
    kr = pin_store._keyring()
    if kr is None or not pin_store._usable(kr) or not config.username:
        return None
    try:
        return kr.get_password(pin_store.SERVICE, _account(config))
    except Exception as exc:  # noqa: BLE001 - reported, never fatal
        log.info("could not read the MQTT password from the keyring: %s", type(exc).__name__)
        return None


def forget_password(config: PublishConfig) -> bool:
    kr = pin_store._keyring()
    if kr is None or not pin_store._usable(kr):
        return False
    try:
        kr.delete_password(pin_store.SERVICE, _account(config))
        return True
    except Exception as exc:  # noqa: BLE001 - not stored, or no backend
        log.info("could not remove the MQTT password from the keyring: %s", type(exc).__name__)
        return False
