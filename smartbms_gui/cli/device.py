"""Choosing and opening a battery for the command line, through the same `DeviceSession` as the window.

`--simulator` wires an in-process simulated battery into a loopback transport (the same
simulator the window offers); `--ble ADDRESS` and `--serial PORT` open real links. There is
no default device: a command that talks to a battery must be told which one, so nobody
writes to a simulator believing it was the battery (or the other way round).

`monitor` and `record` take several packs (a site): each link option may be repeated and the
packs are numbered in the order given (`device_choices`). The n-th `--simulator` is pack n of a
simulated site (`sim/packs.py`: its own seed, SoC and serial). Bluetooth packs are looked up in
one short scan first, for the serial number their module advertises (`lookup_ble`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from smartbms_gui.cli.common import (
    EXIT_AUTH,
    EXIT_LINK,
    EXIT_USAGE,
    PIN_ENV,
    UserError,
    check_pin,
    confirm,
    note,
    number_option,
    read_pin,
)
from smartbms_gui.messages import Message
from smartbms_gui.protocol.scaling import Generation

DEFAULT_CONNECT_TIMEOUT_S = 30.0
#: the longest --timeout taken (a day): a longer wait is a typing error
MAX_TIMEOUT_S = 86_400.0
#: the simulator's fastest speed (sim/runner.py MAX_SPEED, written out so building the parser does not
#: import the simulator; a test checks that the two agree)
SIM_MAX_SPEED = 3600.0
#: longest look for the Bluetooth packs' adverts before connecting (it ends once all were seen)
LOOKUP_SCAN_S = 4.0
#: `$SMARTBMS_PIN_<n>`: the PIN of pack n when the packs of a site have different PINs
PIN_ENV_PACK = PIN_ENV + "_{position}"


class _AddPack(argparse.Action):
    """`--ble/--serial/--simulator`: also appends (kind, target) to `args.packs`, in command-line order."""

    def __call__(self, parser, namespace, values, option_string=None):
        kind = self.dest
        target = "" if kind == "simulator" else values
        namespace.packs = [*(getattr(namespace, "packs", None) or []), (kind, target)]
        setattr(namespace, kind, True if kind == "simulator" else values)


def add_device_options(parser: argparse.ArgumentParser, *, replay: bool = False,
                       several: bool = False) -> None:
    """The link options. `several`: each may be repeated to add packs (monitor, record); else one battery."""
    group = parser.add_argument_group("battery (repeat to add packs)" if several else "battery (choose one)")
    choice = group if several else group.add_mutually_exclusive_group()
    again = "; repeat to add packs" if several else ""
    choice.add_argument("--ble", metavar="ADDRESS", action=_AddPack,
                        help=f"a battery over Bluetooth (address from `smartbms scan`){again}")
    choice.add_argument("--serial", metavar="PORT", action=_AddPack,
                        help="a battery on the USB serial cable, e.g. /dev/ttyUSB0 or COM3 "
                             f"(read-only){again}")
    choice.add_argument("--simulator", nargs=0, action=_AddPack, default=False,
                        help="the built-in simulated battery"
                             + ("; repeat for a simulated site of packs that differ a little" * several))
    parser.set_defaults(packs=[])
    if replay:
        choice.add_argument("--replay", metavar="FILE", help="a recording made with `smartbms record`")
    from smartbms_gui.protocol.switches import MAX_CELLS, MIN_CELLS

    sim = parser.add_argument_group("simulator options")
    sim.add_argument("--cells", type=number_option(int, minimum=MIN_CELLS, maximum=MAX_CELLS), default=16,
                     metavar="N", help="simulated cells in series (default 16)")
    sim.add_argument("--seed", type=number_option(int, minimum=0, maximum=2**63 - 1), default=0,
                     help="simulator random seed (default 0)")
    sim.add_argument("--speed", type=number_option(above=0, maximum=SIM_MAX_SPEED), default=1.0, metavar="X",
                     help="simulated time runs X times faster (default 1)")
    sim.add_argument("--fault", type=_fault_spec, action="append", default=[], metavar="NAME[:k=v,...]",
                     help="inject a fault when the simulator starts, as smartbms-sim --fault does "
                          "(repeatable; smartbms-sim --list-faults names them)")
    parser.add_argument("--generation", type=int, choices=(2, 3), default=None,
                        help="BMS generation: 2 or 3 (simulator: default 2; Bluetooth: read from the "
                             "module when not given)")
    parser.add_argument("--timeout", type=number_option(above=0, maximum=MAX_TIMEOUT_S, unit="s"),
                        default=DEFAULT_CONNECT_TIMEOUT_S, metavar="S",
                        help=f"give up connecting after S seconds (default {DEFAULT_CONNECT_TIMEOUT_S:g})")


def _fault_spec(text: str) -> tuple[str, dict[str, float]]:
    """`--fault NAME[:k=v,...]` (`sim.faults.parse_fault_spec`). Whether a cell is in the pack is
    checked once --cells is known (`simulator_factory`)."""
    from smartbms_gui.sim.faults import parse_fault_spec

    try:
        return parse_fault_spec(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _check_fault_cells(faults, cells: int) -> None:
    """A fault's cell must be in the simulated pack: a usage error naming the option, not a crash."""
    from smartbms_gui.sim.faults import CELL_PARAMETERS

    for name, values in faults:
        for key in CELL_PARAMETERS:
            if key in values and values[key] > cells:
                raise UserError(f"argument --fault: fault {name}: {key} {values[key]:g} is not in this {cells}-cell "
                                f"pack (give a cell from 1 to {cells}, or more --cells)", EXIT_USAGE)


@dataclass
class DeviceChoice:
    kind: str  # "simulator" | "ble" | "serial"
    target: str
    #: provisional until connected when not given: `connect()` sets what the link settled
    generation: Generation
    generation_given: bool = True
    #: 1-based place among the packs given (monitor, record); 1 for a single battery
    position: int = 1
    #: the pack's serial number when known (a module's advert; a simulated pack's), else None
    serial: str | None = None
    #: the n-th --simulator (0-based): which pack of a simulated site it is
    sim_index: int = 0
    #: another pack shows the same serial number (a built-in simulator beside `smartbms-sim`'s modules)
    serial_shared: bool = False
    #: the look-up scan ran for it (`lookup_ble`): `connect()` does not scan again
    looked_up: bool = False

    @property
    def read_only(self) -> bool:
        return self.kind == "serial"

    @property
    def label(self) -> str | int:
        """The `"pack"` of the JSON output: the serial number when known (and no other pack has it),
        else the position."""
        return self.serial if self.serial and not self.serial_shared else self.position


def link_is_hardware(session) -> bool:
    """True when writes reach a real BMS (unpublished addresses are then refused).

    Asked of the opened transport, never guessed from the command line: the BLE transport
    decides after connecting (a module is real hardware unless it serves the simulator's
    marker service), the loopback simulator says False, a serial cable says True.
    """
    transport = session.transport
    if transport is None:  # no link any more: assume the cautious answer
        return True
    return bool(transport.is_hardware)


def device_choices(args: argparse.Namespace) -> list[DeviceChoice]:
    """Every pack given, in command-line order (at least one)."""
    from smartbms_gui.sim.front import SimulatorFront

    given = getattr(args, "generation", None) is not None
    generation = Generation(args.generation) if given else Generation.GEN2
    packs = list(getattr(args, "packs", None) or [])
    if not packs:
        raise UserError("say which battery: --ble ADDRESS, --serial PORT or --simulator", EXIT_USAGE)
    if len(packs) > SimulatorFront.max_packs:
        raise UserError(f"at most {SimulatorFront.max_packs} packs at once, got {len(packs)}", EXIT_USAGE)
    seen: set[tuple[str, str]] = set()
    choices: list[DeviceChoice] = []
    simulators = 0
    for position, (kind, target) in enumerate(packs, start=1):
        same = (kind, target.upper() if kind == "ble" else target)
        if kind != "simulator" and same in seen:
            raise UserError(f"{describe(DeviceChoice(kind, target, generation))} is given twice", EXIT_USAGE)
        seen.add(same)
        if kind == "simulator":
            # the n-th simulator is pack n of a simulated site, with the serial smartbms-sim gives it
            choices.append(DeviceChoice("simulator", "Simulator", generation, position=position,
                                        serial=SimulatorFront.serial_of(simulators), sim_index=simulators))
            simulators += 1
        elif kind == "ble":
            # Not given: the module's services decide after connecting (docs/protocol.md §1-2).
            choices.append(DeviceChoice("ble", target, generation, generation_given=given, position=position))
        else:
            choices.append(DeviceChoice("serial", target, generation, position=position))
    return choices


def device_choice(args: argparse.Namespace) -> DeviceChoice:
    """The one battery of a command that talks to one (settings, log, …)."""
    choices = device_choices(args)
    if len(choices) > 1:
        raise UserError(f"`{getattr(args, 'command', 'this command')}` talks to one battery at a time: give "
                        "one of --ble, --serial or --simulator (`monitor` and `record` take several)",
                        EXIT_USAGE)
    return choices[0]


async def lookup_ble(choices: list[DeviceChoice], *, seconds: float = LOOKUP_SCAN_S) -> None:
    """One short scan for the Bluetooth packs among `choices`: each one seen gets the serial number
    (and, when not given, the generation) its module advertises. Ends as soon as all were seen; a
    pack not seen keeps its position as label, and its connect says what is wrong. A scan that
    cannot run (no adapter) is left to the connect to report. Packs showing the same serial number
    are labelled by their positions."""
    wanted = {c.target.upper(): c for c in choices if c.kind == "ble"}
    if wanted:
        await _scan_for(wanted, seconds)
        for choice in wanted.values():
            choice.looked_up = True
    serials = [c.serial for c in choices if c.serial]
    for choice in choices:
        choice.serial_shared = bool(choice.serial) and serials.count(choice.serial) > 1


async def _scan_for(wanted: dict[str, DeviceChoice], seconds: float) -> None:
    from smartbms_gui.device import links

    seen: dict[str, Any] = {}

    def found(device) -> bool:
        if device.address.upper() in wanted:
            seen[device.address.upper()] = device
        return len(seen) == len(wanted)

    try:
        await links.scanner().scan(seconds, until=found)
    except Exception as exc:  # noqa: BLE001 - the connect that follows reports the link's trouble
        import logging

        logging.getLogger(__name__).info("looking up the Bluetooth packs failed: %r", exc)
        return
    for address, device in seen.items():
        choice = wanted[address]
        choice.serial = device.serial or None
        if not choice.generation_given and device.generation is not None:
            # the advert settles it, as the window's scan list does
            choice.generation, choice.generation_given = Generation(int(device.generation)), True


def transport_factory(choice: DeviceChoice, args: argparse.Namespace) -> Callable[[], Any]:
    """A factory making a new transport for each connection attempt (what DeviceSession wants):
    the same link choice as the window's (device/links.py `link_for`)."""
    from smartbms_gui.device import links

    if choice.kind == "serial":
        return links.link_for("serial", choice.target)
    if choice.kind == "ble":
        def ble() -> Any:  # (read at each attempt: `connect()`'s look-up scan may settle the generation)
            generation = choice.generation if choice.generation_given else None
            return links.link_for("ble", choice.target, generation=generation, serial=choice.serial or "")()

        return ble
    return simulator_factory(args, choice.generation, index=choice.sim_index)


def simulator_factory(args: argparse.Namespace, generation: Generation, *, index: int = 0
                      ) -> Callable[[], Any]:
    """One simulated battery for this run (sim/front.py); each connection attempt gets a fresh
    loopback link, which runs the simulator while it is open.
    `index`: pack `index` of a simulated site (sim/packs.py); pack 0 is the single simulator."""
    from smartbms_gui.device import links
    from smartbms_gui.sim.front import SimulatorFront

    if not 2 <= args.cells <= 255:
        raise UserError(f"the simulator takes 2 to 255 cells, got {args.cells}", EXIT_USAGE)
    if not 0 < args.speed <= SIM_MAX_SPEED:  # (the option's parser says so first)
        raise UserError(f"argument --speed: {args.speed:g} is out of range: give more than 0, up to "
                        f"{SIM_MAX_SPEED:g}", EXIT_USAGE)
    faults = getattr(args, "fault", None) or []
    _check_fault_cells(faults, args.cells)
    # faults at start: already in the cell log when it is first read
    try:
        front = SimulatorFront(cells=args.cells, generation=generation, speed=args.speed, seed=args.seed,
                               index=index, faults=faults)
    except ValueError as exc:
        if not faults:
            raise
        raise UserError(f"argument --fault: {exc}", EXIT_USAGE) from None
    return links.link_for("simulator", front, drive_runner=True, chunk_size=None)


def session_for(
    choice: DeviceChoice,
    args: argparse.Namespace,
    *,
    live: Any = None,
    one_shot: bool,
    need_pin: bool = True,
    on_item: Callable[[Any, float], None] | None = None,
):
    """A DeviceSession for the chosen battery, not started yet.

    one_shot: after a drop the session tries once more and stops (settings commands, whose work is
    done in one go); otherwise it keeps reconnecting (monitor, record). Either way the first connection
    is tried again until `--timeout` when the link opened but its handshake failed (`connect`).
    """
    from smartbms_gui.device.session import DeviceSession

    pin = pin_for(choice) if need_pin else None
    session = DeviceSession(transport_factory(choice, args), pin, choice.generation, live=live,
                            on_item=on_item, **session_options(choice, one_shot=one_shot))
    return session


#: a settings command's first connection: attempts before it gives up (each a login and a settings
#: read; --timeout ends it sooner). A reply damaged on a noisy line costs one attempt, not the command.
FIRST_CONNECTION_ATTEMPTS = 1000


def session_options(choice: DeviceChoice, *, one_shot: bool) -> dict[str, Any]:
    """The `DeviceSession` options for this kind of link."""
    options: dict[str, Any] = {}
    if choice.kind == "simulator":
        options["wake_wait_s"] = 0.05  # the simulator needs no wake-up pause
    if choice.kind == "serial":
        # A replugged cable should be read again within a second or two, not after 30 s.
        options.update(backoff_initial_s=0.5, backoff_max_s=2.0, silence_s=5.0)
    if one_shot:
        # after a live link: one more attempt, then stop. Until the link was live `connect` decides
        # (the session's limit while never live would end the command at the first damaged reply)
        options["max_attempts"] = 0
        options["first_attempts"] = FIRST_CONNECTION_ATTEMPTS
    return options


def pin_for(choice: DeviceChoice, *, several: bool = False) -> str | None:
    """The PIN for one pack: None over the serial cable (it needs none); `$SMARTBMS_PIN_<n>` for pack
    n of several; else `$SMARTBMS_PIN`; else the factory PIN for a simulator (as on a new BMS: nothing
    to ask; a set `$SMARTBMS_PIN` still wins, to try a wrong PIN on it); else a prompt."""
    if choice.kind == "serial":
        return None
    if several:
        name = PIN_ENV_PACK.format(position=choice.position)
        own = os.environ.get(name)
        if own is not None:
            return check_pin(own, f"{name}: ")
    if choice.kind == "simulator" and PIN_ENV not in os.environ:
        from smartbms_gui.protocol import params

        return str(params.parameter("pin").default)
    if several:
        return read_pin(f"PIN of pack {choice.position} ({describe(choice)}): ")
    return read_pin()


def pack_pins(choices: list[DeviceChoice]) -> list[str | None]:
    """The PIN of each pack (`pin_for`): one pack as for every command; several: `$SMARTBMS_PIN_<n>`
    for pack n, else `$SMARTBMS_PIN` for all, else a prompt per pack that needs one."""
    return [pin_for(choice, several=len(choices) > 1) for choice in choices]


class SessionErrors:
    """Collects what the session reports, to end the command with the right code and words."""

    def __init__(self, session) -> None:
        self.errors: list[Exception] = []
        session.listen("error", self.errors.append)

    @property
    def last(self) -> Exception | None:
        return self.errors[-1] if self.errors else None


async def connect(session, choice: DeviceChoice, timeout: float) -> None:
    """Start the session and wait until it streams; raise a UserError-able exception otherwise."""
    from smartbms_gui.device.errors import LinkDown, WrongPin
    from smartbms_gui.device.state import Phase

    if choice.kind == "ble" and not choice.looked_up:
        # The generation from the module's advert, as the window and monitor take it: a Gen3 BMS on a
        # BlueRadios module (type 4) has the Gen2 services, and taken as Gen2 its currents read 2.5×
        # too high. Not seen in the short scan: the services settle it (docs/protocol.md §1).
        await lookup_ble([choice])  # (the session follows the link's generation once it is open)
    errors = SessionErrors(session)

    def settled(state) -> bool:
        if state.phase in (Phase.STREAMING, Phase.FAILED):
            return True
        # The link itself did not open (no such port, device not found), or it opened and carried no
        # battery's data (silence, or bytes with no frame: the state's reason says which): trying it
        # for the whole --timeout would only make a typo wait. A link that opened and then failed its
        # handshake with an error (a reply damaged or lost on a noisy line) is tried again until
        # --timeout.
        return state.phase is Phase.RECONNECTING and (session.connects == 0 or errors.last is None)

    session.start()
    try:
        await session.wait_for(settled, timeout)
    except asyncio.TimeoutError:
        last = errors.last
        await session.close()
        if isinstance(last, WrongPin):
            raise UserError(str(last), EXIT_AUTH) from None
        if last is not None:
            raise last from None  # why every attempt failed (its own exit code: 1 device, 4 link)
        raise UserError(f"no connection to {describe(choice)} within {timeout:g} s", EXIT_LINK) from None
    if session.state.phase is Phase.STREAMING:
        choice.generation = session.generation  # what the link settled (a module of unknown type)
        return
    state = session.state  # why it failed; after close() the state only says "Disconnected"
    await session.close()
    error = errors.last
    if isinstance(error, WrongPin) or "wrong PIN" in str(state.reason):
        raise UserError(str(error or "wrong PIN"), EXIT_AUTH)
    if error is not None:
        raise error
    raise LinkDown(f"could not connect to {describe(choice)}: {state.reason or state.text}")


def describe_message(choice: DeviceChoice) -> Message:
    """`describe` as a Message, for a document in another language (the report's "Connected by")."""
    if choice.kind == "simulator":
        return (Message("Simulator") if choice.sim_index == 0
                else Message("Simulator {number}", number=choice.sim_index + 1))
    if choice.kind == "serial":
        return Message("serial port {port}", port=choice.target)
    return Message("Bluetooth device {address}", address=choice.target)


def describe(choice: DeviceChoice) -> str:
    if choice.kind == "simulator":
        return "the simulator" if choice.sim_index == 0 else f"simulator {choice.sim_index + 1}"
    if choice.kind == "serial":
        return f"serial port {choice.target}"
    return f"Bluetooth device {choice.target}"


def progress(text: str, *, quiet: bool = False) -> None:
    if not quiet:
        note(text)


def run_until_stopped(coro) -> int:
    """`asyncio.run` for `monitor` and `record`, which Ctrl-C ends normally: the interrupt must reach
    the coroutine as a cancellation (caught there, see `stopped_by_user`) so it closes the link and
    reports what it did. Python 3.11+ does exactly that; 3.10 raises KeyboardInterrupt out of the
    loop instead, so there the main task is cancelled by a signal handler of our own (POSIX)."""
    import signal
    import sys

    if sys.version_info >= (3, 11):
        return asyncio.run(coro)

    async def main() -> int:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        try:
            loop.add_signal_handler(signal.SIGINT, task.cancel)
        except (NotImplementedError, RuntimeError):  # Windows: KeyboardInterrupt, as before
            pass
        try:
            return await coro
        finally:
            try:
                loop.remove_signal_handler(signal.SIGINT)
            except (NotImplementedError, RuntimeError):
                pass

    return asyncio.run(main())


def stopped_by_user() -> None:
    """Ctrl-C arrived as a cancellation of the main task: accept it as the end of the command.
    (Python 3.11+ counts cancel requests and would cancel again at the next await; 3.10 does not
    count them and has no `uncancel`.)"""
    task = asyncio.current_task()
    if task is not None and hasattr(task, "uncancel"):
        task.uncancel()


async def confirm_while_connected(question: str, *, assume_yes: bool) -> None:
    """`confirm()` without stopping the event loop: while the person reads the question the
    keep-alive must go on, or the battery ends its stream (~1.6 s) and the link drops. The
    answer is read on a daemon thread, so Ctrl-C at the prompt never waits for an Enter."""
    import threading

    if assume_yes:
        return
    loop = asyncio.get_running_loop()
    answered: asyncio.Future = loop.create_future()

    def ask() -> None:
        try:
            confirm(question, assume_yes=False)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting coroutine
            # (bound now: `exc` is unset once the except block ends)
            loop.call_soon_threadsafe(lambda error=exc: answered.done() or answered.set_exception(error))
        else:
            loop.call_soon_threadsafe(lambda: answered.done() or answered.set_result(None))

    threading.Thread(target=ask, name="smartbms-confirm", daemon=True).start()
    await answered
