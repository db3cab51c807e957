"""The cell log and the SoC history as JSON text, for the recording's events (`EventKind.CELL_LOG`,
`EventKind.SOC_HISTORY`): written as read, read back into the same typed results for a replay and an
export. Times are Unix seconds (UTC); a problem keeps its record, code and English text. No Qt."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from smartbms_gui.device import history
from smartbms_gui.device.errors import DeviceError
from smartbms_gui.protocol.ascii_records import LogEvent

FORMAT = 1


def _t(at: datetime | None) -> float | None:
    return None if at is None else round(at.timestamp(), 3)


def _at(t: Any) -> datetime | None:
    return None if t is None else datetime.fromtimestamp(float(t), tz=timezone.utc)


def _at_required(t: Any) -> datetime:
    return datetime.fromtimestamp(float(t or 0), tz=timezone.utc)


def _problems(problems) -> list[dict]:
    return [{"record": p.record, "code": p.code, "count": p.count, "message": str(p.message)}
            for p in problems]


def _read_problems(items) -> tuple[history.BlockProblem, ...]:
    return tuple(history.BlockProblem(str(p["record"]), DeviceError(str(p.get("message", ""))),
                                      str(p.get("code", "")) or "not_understood", int(p.get("count", 0)))
                 for p in items or [])


def dumps_cell_log(log: history.CellLog) -> str:
    events = [{"slot": e.slot, "code": e.code, "value": e.value, "unit": e.unit, "cell": e.cell,
               "device_time": e.device_time, "age_s": e.age_s, "at": _t(e.at), "approximate": e.approximate}
              for e in log.events]
    return json.dumps({"format": FORMAT, "read_at": _t(log.read_at), "device_now": log.device_now,
                       "events": events, "empty_slots": list(log.empty_slots),
                       "problems": _problems(log.problems)}, separators=(",", ":"), ensure_ascii=False)


def loads_cell_log(text: str) -> history.CellLog:
    """A recorded cell log; raises ValueError on text that is not one."""
    try:
        obj = json.loads(text)
        events = []
        for e in obj["events"]:
            code = int(e["code"])
            try:
                event: LogEvent | None = LogEvent(code)
            except ValueError:
                event = None
            value = None if e["value"] is None else float(e["value"])
            events.append(history.CellLogEvent(
                int(e["slot"]), code, event, value, str(e["unit"]),
                None if e["cell"] is None else int(e["cell"]), e["device_time"], e["age_s"], _at(e["at"]),
                bool(e.get("approximate", False))))
        return history.CellLog(_at_required(obj["read_at"]), obj.get("device_now"), tuple(events),
                               tuple(int(s) for s in obj.get("empty_slots", [])),
                               _read_problems(obj.get("problems")))
    except (KeyError, TypeError, ValueError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a recorded cell log: {exc}") from None


def dumps_soc_history(soc: history.SocHistory) -> str:
    return json.dumps({"format": FORMAT, "read_at": _t(soc.read_at), "newest_at": _t(soc.newest_at),
                       "clock": soc.clock, "hours": [[_t(h.at), h.soc_pct, h.read] for h in soc.hours],
                       "problems": _problems(soc.problems)}, separators=(",", ":"))


def loads_soc_history(text: str) -> history.SocHistory:
    """A recorded SoC history; raises ValueError on text that is not one."""
    try:
        obj = json.loads(text)
        hours = tuple(history.SocHour(_at_required(t), None if v is None else int(v), bool(read))
                      for t, v, read in obj["hours"])
        return history.SocHistory(_at_required(obj["read_at"]), _at(obj.get("newest_at")),
                                  str(obj.get("clock", "computer")), hours,
                                  _read_problems(obj.get("problems")))
    except (KeyError, TypeError, ValueError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a recorded SoC history: {exc}") from None


def event_marker_text(e: history.CellLogEvent) -> str:
    """A plot marker's English text: "V high, cell 3: 3.750 V" (the window words its own)."""
    text = e.name
    if e.cell is not None:
        text += f", cell {e.cell}"
    if e.value is not None:
        text += f": {e.value:.3f} V" if e.unit == "V" else f": {e.value:.1f} °C"
    return text
