"""A site: several packs in parallel, each with its own BMS and link (issue 19). Pure: no Qt, no I/O.

Three parts:

- `Site`: what the user set up and the app remembers (preferences JSON): the site's name, its packs
  in display order (each a display name and a `PackLink`: simulator, serial port or BLE address),
  and the `Thresholds` of the divergence warnings. The PIN is never part of it (pin_store keeps it
  in the OS keyring when the user asks).
- `PackSnapshot`: one pack as the site screens and the CLI show it, taken from a `LiveState` at one
  moment (`snapshot`).
- `site_totals` (power, stored energy, SoC weighted by capacity) and `divergences` (SoC or voltage
  apart by more than a threshold, one pack's relay open while the others' are closed, a pack
  offline) over a list of snapshots.

Which packs count in the totals: only packs that are online (link up and values fresh). A pack
offline, or without the value, is left out of that total and named in `SiteTotals.missing`, so a
total is never silently short.

A pack's capacity is the BMS's "Battery capacity" setting (`capacity_wh`, read over Bluetooth),
else the capacity the serial frame carries (`capacity_kwh`). When the capacity of any pack that
counts is unknown the site SoC is the plain mean of the packs' SoC (`SiteTotals.soc_basis ==
"equal"`), not a weighting that guesses: the screens say so, and name the packs
(`unknown_capacity`). Either way the site SoC lies between the lowest and the highest pack SoC.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from smartbms_gui.messages import Joined, Message, Quantity, all_of
from smartbms_gui.protocol.status import CellState, WarningLight
from smartbms_gui.value_range import outwards, spanning

SITE_SCHEMA_VERSION = 1

LINK_KINDS = ("simulator", "serial", "ble")

#: Defaults of the divergence thresholds (the user can change them on the Site page).
DEFAULT_SOC_SPREAD_PCT = 5.0  # parallel packs settle together: a few % apart already says something
DEFAULT_VOLTAGE_SPREAD_V = 0.5
#: Values older than this (seconds) make a pack count as offline on the site page.
DEFAULT_OFFLINE_AFTER_S = 10.0

#: Upper bounds a threshold may take (anything larger would never warn).
MAX_SOC_SPREAD_PCT = 100.0
MAX_VOLTAGE_SPREAD_V = 100.0


class SiteError(ValueError):
    """A site description that cannot be used (bad JSON, a pack without a link target); the text
    is a `Message` that names what is wrong."""


# ------------------------------------------------------------------------------------------------
# The site description (remembered in the preferences)


@dataclass(frozen=True)
class PackLink:
    """How to reach one pack. `target`: the BLE address or the serial port ("" for the simulator).
    `generation`: 2 or 3, None = settle it on connecting (a BLE module of unknown type).
    `cells` and `seed` only matter for a simulated pack (its size and how it differs from others)."""

    kind: str = "simulator"
    target: str = ""
    generation: int | None = 2
    cells: int = 16
    seed: int = 0

    def __post_init__(self) -> None:
        if self.kind not in LINK_KINDS:
            raise SiteError(Message("Unknown link kind {kind}: use {kinds}.", kind=self.kind,
                                    kinds=Joined(LINK_KINDS, ", ")))
        if self.kind != "simulator" and not self.target.strip():
            raise SiteError(Message("A {kind} link needs an address or a port.", kind=self.kind))
        if self.generation not in (None, 2, 3):
            raise SiteError(Message("Generation {generation} is not 2 or 3.", generation=self.generation))
        if not 1 <= int(self.cells) <= 255:
            raise SiteError(Message("A pack has 1 to 255 cells, not {cells}.", cells=self.cells))

    @property
    def identity(self) -> str:
        """What tells two real links apart ("ble:AA:BB:..", "serial:/dev/ttyUSB0"); simulated packs
        are told apart by their seed."""
        if self.kind == "simulator":
            return f"simulator:{self.seed}"
        return f"{self.kind}:{self.target.strip().upper() if self.kind == 'ble' else self.target.strip()}"

    def to_dict(self) -> dict:
        data: dict[str, Any] = {"kind": self.kind, "target": self.target, "generation": self.generation}
        if self.kind == "simulator":
            data.update(cells=self.cells, seed=self.seed)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PackLink:
        if not isinstance(data, Mapping):
            raise SiteError(Message("A pack's link must be an object."))
        try:
            generation = data.get("generation", 2)
            return cls(kind=str(data.get("kind", "simulator")), target=str(data.get("target", "")),
                       generation=None if generation is None else int(generation),
                       cells=int(data.get("cells", 16)), seed=int(data.get("seed", 0)))
        except (TypeError, ValueError) as exc:
            if isinstance(exc, SiteError):
                raise
            raise SiteError(Message("A pack's link is not valid: {reason}", reason=str(exc))) from exc


@dataclass(frozen=True)
class PackEntry:
    """One pack of a site: its display name and link. `key` stays the same while the pack is
    renamed or moved (the window keys its connection by it)."""

    key: str
    name: str
    link: PackLink

    def to_dict(self) -> dict:
        return {"key": self.key, "name": self.name, "link": self.link.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PackEntry:
        if not isinstance(data, Mapping):
            raise SiteError(Message("A pack must be an object."))
        key = str(data.get("key", "")).strip()
        if not key:
            raise SiteError(Message("A pack has no key."))
        return cls(key=key, name=str(data.get("name", "")), link=PackLink.from_dict(data.get("link", {})))


@dataclass(frozen=True)
class Thresholds:
    """When the Site page warns that packs diverge."""

    soc_spread_pct: float = DEFAULT_SOC_SPREAD_PCT
    voltage_spread_v: float = DEFAULT_VOLTAGE_SPREAD_V
    offline_after_s: float = DEFAULT_OFFLINE_AFTER_S

    def __post_init__(self) -> None:
        for name, top in (("soc_spread_pct", MAX_SOC_SPREAD_PCT), ("voltage_spread_v", MAX_VOLTAGE_SPREAD_V),
                          ("offline_after_s", 3600.0)):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) \
                    or not 0 < value <= top:
                raise SiteError(Message("{name} must be above 0 and at most {top}, not {value}.",
                                        name=name, top=Quantity(top), value=value))

    def to_dict(self) -> dict:
        return {"soc_spread_pct": self.soc_spread_pct, "voltage_spread_v": self.voltage_spread_v,
                "offline_after_s": self.offline_after_s}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Thresholds:
        if not isinstance(data, Mapping):
            return cls()
        values = {}
        for name in ("soc_spread_pct", "voltage_spread_v", "offline_after_s"):
            if name in data:
                try:
                    values[name] = float(data[name])
                except (TypeError, ValueError) as exc:
                    raise SiteError(Message("{name} is not a number: {value}", name=name,
                                            value=data[name])) from exc
        return cls(**values)


@dataclass(frozen=True)
class Site:
    """A named set of packs in display order, with the divergence thresholds."""

    name: str = ""  # "" = not named yet (the window shows its word for "Site")
    packs: tuple[PackEntry, ...] = ()
    thresholds: Thresholds = field(default_factory=Thresholds)

    def __post_init__(self) -> None:
        keys = [p.key for p in self.packs]
        if len(set(keys)) != len(keys):
            raise SiteError(Message("Two packs have the same key."))
        identities = [p.link.identity for p in self.packs]
        doubles = sorted({i for i in identities if identities.count(i) > 1})
        if doubles:
            raise SiteError(Message("{links} is in the site twice.", links=all_of(doubles)))

    # -- lookups ---------------------------------------------------------------------------------
    def pack(self, key: str) -> PackEntry:
        for entry in self.packs:
            if entry.key == key:
                return entry
        raise KeyError(key)

    def index(self, key: str) -> int:
        return [p.key for p in self.packs].index(key)

    def new_key(self) -> str:
        used = {p.key for p in self.packs}
        n = len(self.packs) + 1
        while f"pack{n}" in used:
            n += 1
        return f"pack{n}"

    # -- edits (each returns a new Site) ---------------------------------------------------------
    def with_pack(self, link: PackLink, name: str = "") -> Site:
        key = self.new_key()
        name = name.strip() or default_pack_name(len(self.packs) + 1)
        return replace(self, packs=self.packs + (PackEntry(key, name, link),))

    def without_pack(self, key: str) -> Site:
        self.pack(key)
        return replace(self, packs=tuple(p for p in self.packs if p.key != key))

    def renamed(self, key: str, name: str) -> Site:
        self.pack(key)
        name = name.strip()
        if not name:
            raise SiteError(Message("A pack needs a name."))
        return replace(self, packs=tuple(replace(p, name=name) if p.key == key else p for p in self.packs))

    def moved(self, key: str, to_index: int) -> Site:
        """The pack at position `to_index` (clamped to the list)."""
        packs = list(self.packs)
        entry = packs.pop(self.index(key))
        packs.insert(max(0, min(to_index, len(packs))), entry)
        return replace(self, packs=tuple(packs))

    def with_thresholds(self, thresholds: Thresholds) -> Site:
        return replace(self, thresholds=thresholds)

    # -- JSON ------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {"schema_version": SITE_SCHEMA_VERSION, "name": self.name,
                "packs": [p.to_dict() for p in self.packs], "thresholds": self.thresholds.to_dict()}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Site:
        if not isinstance(data, Mapping):
            raise SiteError(Message("A site must be a JSON object."))
        version = data.get("schema_version", SITE_SCHEMA_VERSION)
        if not isinstance(version, int) or version > SITE_SCHEMA_VERSION:
            raise SiteError(Message("This site was saved by a newer version (schema {version}).",
                                    version=version))
        packs = data.get("packs", [])
        if not isinstance(packs, list):
            raise SiteError(Message("A site's packs must be a list."))
        return cls(name=str(data.get("name", "")), packs=tuple(PackEntry.from_dict(p) for p in packs),
                   thresholds=Thresholds.from_dict(data.get("thresholds")))

    @classmethod
    def from_json(cls, text: str) -> Site:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise SiteError(Message("The site is not valid JSON: {reason}", reason=str(exc))) from exc
        return cls.from_dict(data)


def default_pack_name(position: int) -> str:
    """"Pack 1", "Pack 2", … (English; the window shows names as the user typed them)."""
    return f"Pack {position}"


def simulated_site(count: int, *, cells: int = 16, generation: int = 2, name: str = "Simulated site") -> Site:
    """A site of `count` simulated packs that differ a little (each its own seed, so its own cells,
    capacity spread and SoC)."""
    if not 1 <= count <= 32:
        raise SiteError(Message("A simulated site has 1 to 32 packs, not {count}.", count=count))
    site = Site(name=name)
    for n in range(count):
        site = site.with_pack(PackLink("simulator", generation=generation, cells=cells, seed=n))
    return site


# ------------------------------------------------------------------------------------------------
# Snapshots of the live packs


class LinkStatus(enum.Enum):
    ONLINE = "online"  # link up and values fresh
    STALE = "stale"  # link up but nothing new for longer than the offline limit
    OFFLINE = "offline"  # no link (connecting, reconnecting, failed, not started)


#: the live values that tell whether a pack is still talking (any of them fresh = talking)
_FRESHNESS = ("pack_voltage_v", "battery_current_a", "soc_pct", "status1", "lowest_cell_v")


@dataclass(frozen=True)
class PackSnapshot:
    """One pack at one moment, in SI units; None = not known."""

    key: str
    name: str
    serial: str | None = None
    soc_pct: float | None = None
    pack_voltage_v: float | None = None
    battery_current_a: float | None = None
    lowest_cell_v: float | None = None
    lowest_cell: int | None = None
    highest_cell_v: float | None = None
    highest_cell: int | None = None
    lights: frozenset = frozenset()  # the WarningLights that are on
    charge_allowed: bool | None = None
    load_allowed: bool | None = None
    link: LinkStatus = LinkStatus.OFFLINE
    phase: str = ""  # the session's phase ("streaming", "reconnecting", …), for the screen
    age_s: float | None = None  # age of the newest live value
    capacity_wh: float | None = None
    stored_wh: float | None = None  # the BMS's own figure, else SoC × capacity
    cell_count: int | None = None
    #: every cell's last voltage (None: none received yet) and its state, cell 1 first; the per-cell
    #: records go round the pack, so these are of different ages (the card shows their spread)
    cell_voltages: tuple[float | None, ...] = ()
    cell_states: tuple[CellState, ...] = ()

    @property
    def online(self) -> bool:
        return self.link is LinkStatus.ONLINE

    @property
    def power_w(self) -> float | None:
        """Into the pack when positive (the battery current's sign: charging is positive)."""
        if self.pack_voltage_v is None or self.battery_current_a is None:
            return None
        return self.pack_voltage_v * self.battery_current_a

    @property
    def cell_spread_v(self) -> float | None:
        if self.lowest_cell_v is None or self.highest_cell_v is None:
            return None
        return self.highest_cell_v - self.lowest_cell_v

    def to_dict(self) -> dict:
        """For the CLI's JSON (`"pack"` is added by the caller)."""
        return {"name": self.name, "serial": self.serial, "link": self.link.value, "age_s": self.age_s,
                "soc_pct": self.soc_pct, "pack_voltage_v": self.pack_voltage_v,
                "battery_current_a": self.battery_current_a, "power_w": self.power_w,
                "lowest_cell_v": self.lowest_cell_v, "lowest_cell": self.lowest_cell,
                "highest_cell_v": self.highest_cell_v, "highest_cell": self.highest_cell,
                "lights": sorted(light.value for light in self.lights),
                "charge_allowed": self.charge_allowed, "load_allowed": self.load_allowed,
                "capacity_wh": self.capacity_wh, "stored_wh": self.stored_wh}


def _float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _int(value: Any) -> int | None:
    number = _float(value)
    return None if number is None else int(number)


def capacity_of(live: Any) -> float | None:
    """The pack's capacity in Wh: the "Battery capacity" setting, else the serial frame's figure."""
    setting = _float(live.settings.get("capacity_wh"))
    if setting is not None and setting > 0:
        return setting
    frame = _float(live.get("capacity_kwh"))
    if frame is not None and frame > 0:
        return frame * 1000.0
    return None


def snapshot(key: str, name: str, live: Any, *, now: float | None = None, serial: str | None = None,
             phase: str = "", offline_after_s: float = DEFAULT_OFFLINE_AFTER_S) -> PackSnapshot:
    """Take one pack from its `LiveState` (`now` on the live model's clock)."""
    now = live.clock() if now is None else now
    ages = [a for a in (live.age(n, now) for n in _FRESHNESS) if a is not None]
    age = min(ages) if ages else None
    if not live.link_up:
        link = LinkStatus.OFFLINE
    elif age is None or age > offline_after_s:
        link = LinkStatus.STALE
    else:
        link = LinkStatus.ONLINE
    soc = _float(live.get("soc_pct"))
    capacity = capacity_of(live)
    stored = _float(live.get("stored_wh"))
    if stored is None and soc is not None and capacity is not None:
        stored = capacity * soc / 100.0
    lights = frozenset(light for light, on in live.lights.items() if on and isinstance(light, WarningLight))
    return PackSnapshot(
        key=key, name=name, serial=serial or None, soc_pct=soc,
        pack_voltage_v=_float(live.get("pack_voltage_v")),
        battery_current_a=_float(live.get("battery_current_a")),
        lowest_cell_v=_float(live.get("lowest_cell_v")), lowest_cell=_int(live.get("lowest_cell")),
        highest_cell_v=_float(live.get("highest_cell_v")), highest_cell=_int(live.get("highest_cell")),
        lights=lights, charge_allowed=live.charge_allowed, load_allowed=live.load_allowed,
        link=link, phase=phase, age_s=age, capacity_wh=capacity, stored_wh=stored,
        cell_count=live.cell_count,
        cell_voltages=tuple(_float(cell.voltage_v) for cell in live.cells),
        cell_states=tuple(cell.state for cell in live.cells))


#: the narrowest voltage range the cell bars of a site are drawn on: a balanced pack's cells a few
#: millivolts apart are not drawn as if they differed wildly. On 20 mV each 5 mV step of the wire
#: moved a bar by a fifth of its height (a tall card made a well balanced pack look alarming); on
#: 100 mV it moves a twentieth, and a cell 50 mV off its neighbours still stands out by half.
MIN_CELL_RANGE_V = 0.10
CELL_RANGE_STEP_V = 0.005


def cell_range(snaps: Iterable[PackSnapshot],
               min_span_v: float = MIN_CELL_RANGE_V) -> tuple[float, float] | None:
    """One voltage range for the cell bars of every online pack, so the packs' cells compare at a glance:
    the lowest to the highest cell voltage of them all, widened about its middle to at least
    `min_span_v`, a quarter of that below (so the lowest cell still has a bar), and rounded outwards to
    5 mV. None when no online pack has a cell voltage."""
    span = spanning((v for snap in snaps if snap.online for v in snap.cell_voltages), min_span_v)
    if span is None:
        return None
    low, high = span
    # a quarter below, then outwards to whole steps of the V record's 5 mV (docs/protocol.md §3.3): the
    # axis reads 3.295 V, not 3.2975 V
    return outwards(low - (high - low) / 4, high, CELL_RANGE_STEP_V)


# ------------------------------------------------------------------------------------------------
# Site totals


@dataclass(frozen=True)
class SiteTotals:
    """The site as one battery. Every figure is over the online packs that have it; `missing`
    names the packs left out of at least one figure (offline, or the value not received yet)."""

    packs: int = 0  # packs in the site
    online: int = 0  # packs online
    power_w: float | None = None
    current_a: float | None = None
    stored_wh: float | None = None
    capacity_wh: float | None = None  # of the packs whose capacity is known
    soc_pct: float | None = None
    soc_basis: str | None = None  # "capacity" (weighted) | "equal" (a capacity unknown) | None
    unknown_capacity: tuple[str, ...] = ()  # keys of online packs whose capacity is unknown
    missing: tuple[str, ...] = ()  # keys of packs left out of some figure

    @property
    def complete(self) -> bool:
        return not self.missing

    def to_dict(self) -> dict:
        return {"packs": self.packs, "online": self.online, "power_w": self.power_w,
                "current_a": self.current_a, "stored_wh": self.stored_wh, "capacity_wh": self.capacity_wh,
                "soc_pct": self.soc_pct, "soc_basis": self.soc_basis,
                "unknown_capacity": list(self.unknown_capacity), "missing": list(self.missing)}


def weighted_soc(pairs: Sequence[tuple[float, float | None]]) -> tuple[float | None, str | None]:
    """(SoC, basis) of packs given as (soc_pct, capacity_wh or None): weighted by capacity when every
    capacity is known and positive, else the plain mean ("equal")."""
    if not pairs:
        return None, None
    weights = [c for _, c in pairs if c is not None and c > 0]
    if len(weights) == len(pairs):
        value = sum(s * c for (s, _), c in zip(pairs, weights)) / sum(weights)
        basis = "capacity"
    else:
        value = sum(s for s, _ in pairs) / len(pairs)
        basis = "equal"
    # Rounding must not take the result outside the packs' own range.
    lo, hi = min(s for s, _ in pairs), max(s for s, _ in pairs)
    return min(max(value, lo), hi), basis


def site_totals(packs: Sequence[PackSnapshot]) -> SiteTotals:
    online = [p for p in packs if p.online]
    missing: list[str] = [p.key for p in packs if not p.online]

    def total(values: Iterable[tuple[str, float | None]]) -> float | None:
        known = []
        for key, value in values:
            if value is None:
                if key not in missing:
                    missing.append(key)
            else:
                known.append(value)
        return sum(known) if known else None

    power = total((p.key, p.power_w) for p in online)
    current = total((p.key, p.battery_current_a) for p in online)
    stored = total((p.key, p.stored_wh) for p in online)
    capacities = [p.capacity_wh for p in online if p.capacity_wh is not None]
    pairs = []
    for p in online:
        if p.soc_pct is None:
            if p.key not in missing:
                missing.append(p.key)
        else:
            pairs.append((p.soc_pct, p.capacity_wh))
    soc, basis = weighted_soc(pairs)
    unknown = tuple(p.key for p in online if p.capacity_wh is None)
    order = {p.key: n for n, p in enumerate(packs)}
    return SiteTotals(packs=len(packs), online=len(online), power_w=power, current_a=current,
                      stored_wh=stored, capacity_wh=sum(capacities) if capacities else None,
                      soc_pct=soc, soc_basis=basis,
                      unknown_capacity=unknown, missing=tuple(sorted(missing, key=order.__getitem__)))


# ------------------------------------------------------------------------------------------------
# Divergence warnings


class DivergenceKind(enum.Enum):
    SOC = "soc"
    VOLTAGE = "voltage"
    CHARGE_RELAY = "charge_relay"
    LOAD_RELAY = "load_relay"
    OFFLINE = "offline"


@dataclass(frozen=True)
class Divergence:
    """One warning. `packs`: the keys of the packs it is about (the lowest and highest for a
    spread; the odd ones out for a relay; the offline ones). `message` is English (views translate)."""

    kind: DivergenceKind
    packs: tuple[str, ...]
    message: Message
    spread: float | None = None
    threshold: float | None = None

    def to_dict(self) -> dict:
        return {"kind": self.kind.value, "packs": list(self.packs), "message": str(self.message),
                "spread": self.spread, "threshold": self.threshold}


@dataclass(frozen=True)
class _Spread:
    low: PackSnapshot
    high: PackSnapshot
    low_value: float
    high_value: float

    @property
    def spread(self) -> float:
        return self.high_value - self.low_value


def _spread(online: Sequence[PackSnapshot], attr: str) -> _Spread | None:
    """The packs with the lowest and highest value of `attr` (None with fewer than two values)."""
    having = [(float(value), p) for p in online if (value := getattr(p, attr)) is not None]
    if len(having) < 2:
        return None
    low = min(having, key=lambda pair: pair[0])
    high = max(having, key=lambda pair: pair[0])
    return _Spread(low[1], high[1], low[0], high[0])


def divergences(packs: Sequence[PackSnapshot], thresholds: Thresholds = Thresholds()) -> list[Divergence]:
    """What the Site page warns about, most serious first: offline packs, relays that disagree,
    then SoC and voltage spreads over the threshold. Only online packs are compared."""
    warnings: list[Divergence] = []
    offline = [p for p in packs if not p.online]
    if offline and len(packs) > 1:
        warnings.append(Divergence(
            DivergenceKind.OFFLINE, tuple(p.key for p in offline),
            Message("{packs} offline: left out of the totals.", packs=all_of([p.name for p in offline]))))
    online = [p for p in packs if p.online]
    relays = ((DivergenceKind.CHARGE_RELAY, "charge_allowed"), (DivergenceKind.LOAD_RELAY, "load_allowed"))
    for kind, attr in relays:
        known = [p for p in online if getattr(p, attr) is not None]
        opened = [p for p in known if not getattr(p, attr)]
        closed = [p for p in known if getattr(p, attr)]
        if opened and closed:
            names = {"open": all_of([p.name for p in opened]), "closed": all_of([p.name for p in closed])}
            if kind is DivergenceKind.CHARGE_RELAY:
                message = Message("Charge relay open on {open} while closed on {closed}.", **names)
            else:
                message = Message("Load relay open on {open} while closed on {closed}.", **names)
            warnings.append(Divergence(kind, tuple(p.key for p in opened), message))
    soc = _spread(online, "soc_pct")
    if soc is not None and soc.spread > thresholds.soc_spread_pct:
        warnings.append(Divergence(
            DivergenceKind.SOC, (soc.low.key, soc.high.key),
            Message("SoC {spread} apart ({low} {low_soc}, {high} {high_soc}); the limit is {limit}.",
                    spread=Quantity(soc.spread, "%", 0), low=soc.low.name, low_soc=Quantity(soc.low_value, "%", 0),
                    high=soc.high.name, high_soc=Quantity(soc.high_value, "%", 0),
                    limit=Quantity(thresholds.soc_spread_pct, "%", None)),
            soc.spread, thresholds.soc_spread_pct))
    volts = _spread(online, "pack_voltage_v")
    if volts is not None and volts.spread > thresholds.voltage_spread_v:
        warnings.append(Divergence(
            DivergenceKind.VOLTAGE, (volts.low.key, volts.high.key),
            Message("Voltage {spread} apart ({low} {low_v}, {high} {high_v}); the limit is {limit}.",
                    spread=Quantity(volts.spread, "V", 2), low=volts.low.name,
                    low_v=Quantity(volts.low_value, "V", 2), high=volts.high.name,
                    high_v=Quantity(volts.high_value, "V", 2),
                    limit=Quantity(thresholds.voltage_spread_v, "V", None)),
            volts.spread, thresholds.voltage_spread_v))
    return warnings
