"""`smartbms publish`: the live data of one or more batteries on an MQTT broker, with Home Assistant
discovery (`device/publish/`; docs/publishing.md has the topics and payloads).

The batteries are opened as `monitor` opens them (the same link options; several packs run in one
`site_packs.Site`); each publishes under its serial number (`<prefix>/<serial>/…`; a pack whose
serial is unknown under `pack<n>`). Runs until stopped (Ctrl-C: exit 0) or for `--seconds`. The
broker's state goes to stderr when it changes. A broker that cannot be reached is tried again and the
state messages queue meanwhile; a broker that refuses the login ends the command (exit 3).

The password: `$SMARTBMS_MQTT_PASSWORD`, else the keyring (stored there by the window or by
`--remember-password`), else a prompt that does not echo. Never on the command line, never logged.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys

from smartbms_gui.cli.common import EXIT_AUTH, EXIT_FAILED, EXIT_USAGE, OutputClosed, UserError, note
from smartbms_gui.cli.device import (
    add_device_options,
    describe,
    device_choices,
    lookup_ble,
    run_until_stopped,
    stopped_by_user,
)

PASSWORD_ENV = "SMARTBMS_MQTT_PASSWORD"


def add_parser(sub) -> None:
    from smartbms_gui.device.publish.config import (
        DEFAULT_INTERVAL_S,
        DEFAULT_KEEPALIVE_S,
        DEFAULT_PREFIX,
        DEFAULT_QUEUE_LIMIT_S,
        PROTOCOLS,
    )

    publish = sub.add_parser(
        "publish", help="publish live values over MQTT (Home Assistant discovery)",
        description="Publish the battery's live values to an MQTT broker until stopped: "
                    "<prefix>/<serial>/state (JSON, SI units, every --interval seconds and at once when a "
                    "warning light or relay changes), <prefix>/<serial>/cells, <prefix>/<serial>/availability "
                    "and <prefix>/status (last will: offline), plus retained Home Assistant discovery "
                    "configs. While the broker is away, state messages queue (up to --queue-limit seconds) "
                    "and are sent in order afterwards. Several packs: repeat --ble/--serial/--simulator.")
    publish.add_argument("--mqtt", required=True, metavar="URL",
                         help="the broker: mqtt://HOST[:PORT] (default port 1883) or mqtts://HOST[:PORT] "
                              "(TLS with certificate checks, default port 8883)")
    add_device_options(publish, several=True)
    mqtt = publish.add_argument_group("MQTT")
    mqtt.add_argument("--prefix", default=DEFAULT_PREFIX,
                      help=f"the topics' first level (default {DEFAULT_PREFIX})")
    mqtt.add_argument("--interval", type=float, default=DEFAULT_INTERVAL_S, metavar="S",
                      help=f"a state message every S seconds (default {DEFAULT_INTERVAL_S:g})")
    mqtt.add_argument("--username", default="", metavar="NAME",
                      help=f"log in as NAME; the password comes from ${PASSWORD_ENV}, the keyring or a prompt")
    mqtt.add_argument("--remember-password", action="store_true",
                      help="keep the password typed at the prompt in the operating system's keyring")
    mqtt.add_argument("--client-id", default="", metavar="ID",
                      help="the MQTT client id (default smartbms-<host name>-<process id>)")
    mqtt.add_argument("--mqtt-version", choices=PROTOCOLS, default="3.1.1",
                      help="the MQTT protocol version (default 3.1.1)")
    mqtt.add_argument("--ca-file", default="", metavar="FILE",
                      help="mqtts://: check the broker's certificate against this CA file (default: the "
                           "system's certificates)")
    mqtt.add_argument("--queue-limit", type=float, default=DEFAULT_QUEUE_LIMIT_S, metavar="S",
                      help="while the broker is away, keep the state messages of the last S seconds "
                           f"(default {DEFAULT_QUEUE_LIMIT_S:g})")
    mqtt.add_argument("--keepalive", type=int, default=DEFAULT_KEEPALIVE_S, metavar="S",
                      help="MQTT keep-alive: the broker sends the last will when it hears nothing for 1.5 × S "
                           f"seconds (default {DEFAULT_KEEPALIVE_S})")
    mqtt.add_argument("--no-discovery", action="store_true", help="send no Home Assistant discovery configs")
    mqtt.add_argument("--no-cells", action="store_true", help="do not publish <prefix>/<serial>/cells")
    publish.add_argument("--seconds", type=float, default=None, metavar="N", help="stop after N seconds")
    publish.set_defaults(run=run_publish)


def publish_config(args: argparse.Namespace):
    from smartbms_gui.device.publish.config import BrokerUrlError, PublishConfig

    try:
        return PublishConfig(prefix=args.prefix, interval_s=args.interval, username=args.username,
                             client_id=args.client_id, protocol=args.mqtt_version, ca_file=args.ca_file,
                             queue_limit_s=args.queue_limit, keepalive_s=args.keepalive,
                             discovery=not args.no_discovery, cells=not args.no_cells,
                             enabled=True).with_url(args.mqtt).checked()
    except BrokerUrlError as exc:
        raise UserError(str(exc), EXIT_USAGE) from None


def mqtt_password(config, *, remember: bool = False) -> str | None:
    """No user: no password. Else $SMARTBMS_MQTT_PASSWORD, the keyring, or a prompt (see the module text)."""
    from smartbms_gui.device.publish.config import recall_password, store_password

    if not config.username:
        return None
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = recall_password(config)
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise UserError(f"no password for {config.username}: set {PASSWORD_ENV}, keep it in the keyring "
                            "(the window's Preferences → Publishing) or run in a terminal to be asked", EXIT_AUTH)
        try:
            password = getpass.getpass(f"Password of {config.username} on {config.url}: ")
        except (EOFError, KeyboardInterrupt):
            raise UserError("no password entered", EXIT_AUTH) from None
        if remember and not store_password(config, password):
            note("No usable keyring here: the password was not kept")
    return password


def run_publish(args: argparse.Namespace) -> int:
    if args.seconds is not None and args.seconds <= 0:
        raise UserError("--seconds must be above 0", EXIT_USAGE)
    config = publish_config(args)
    choices = device_choices(args)
    password = mqtt_password(config, remember=args.remember_password)
    return run_until_stopped(_publish(args, choices, config, password))


async def _publish(args: argparse.Namespace, choices: list, config, password: str | None) -> int:
    from smartbms_gui.cli.site_packs import Site
    from smartbms_gui.device.publish import MqttPublisher, PublisherPhase
    from smartbms_gui.device.publish.publisher import battery_id

    await lookup_ble(choices)
    last_phase = [PublisherPhase.STOPPED]

    def on_status(status) -> None:
        if status.phase is not last_phase[0] and status.phase is not PublisherPhase.CONNECTING:
            note(f"MQTT: {status.text()}")
        last_phase[0] = status.phase

    site = Site(args, choices)
    publisher = MqttPublisher(config, password=password, on_status=on_status)
    for choice, pack in zip(choices, site.sessions):
        ident = battery_id(None if choice.serial_shared else choice.serial, choice.position)
        publisher.add_battery(ident, pack.live, name=f"SmartBMS {choice.serial or describe(choice)}")
        note(f"pack {choice.label} ({describe(choice)}): {config.prefix}/{ident}/state")
    publisher.start()
    try:
        await site.open(args.timeout)
    except BaseException:
        await publisher.close()
        raise
    try:
        loop = asyncio.get_running_loop()
        end = None if args.seconds is None else loop.time() + args.seconds
        try:
            while (end is None or loop.time() < end) and not OutputClosed.closed:
                if publisher.status.phase is PublisherPhase.FAILED:
                    break
                await asyncio.sleep(0.2 if end is None else max(0.0, min(0.2, end - loop.time())))
        except asyncio.CancelledError:
            stopped_by_user()  # Ctrl-C is the normal way to end it: a clean exit 0
    finally:
        await publisher.close()
        await site.close()
    status = publisher.status
    note(f"{status.sent} state messages sent" + (f", {status.queued} not sent" if status.queued else "")
         + (f", {status.dropped} dropped (older than --queue-limit)" if status.dropped else ""))
    if status.phase is PublisherPhase.STOPPED and status.last_error.startswith("refused"):
        if "password" in status.last_error or "authorised" in status.last_error:
            raise UserError(f"the broker {config.url} {status.last_error}: check --username and the password",
                            EXIT_AUTH)
        raise UserError(f"the broker {config.url} {status.last_error}", EXIT_FAILED)
    site.check_all_went_live()
    return 0
