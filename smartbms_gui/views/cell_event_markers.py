"""The battery's logged cell events as markers on the Plots page's time axis (`EventKind.CELL_EVENT`):
from a cell log read live, and from the cell logs a recording holds (`EventKind.CELL_LOG`, as read).
An event already marked (same slot, type, counter time, value and cell) is not marked twice."""

from __future__ import annotations

import logging

from smartbms_gui.device import history_json
from smartbms_gui.device.history import CellLog
from smartbms_gui.device.recording import EventKind
from smartbms_gui.views.history_texts import marker_text

log = logging.getLogger(__name__)

#: recorded events that are not markers themselves (the cell log becomes one marker per event)
MEMORY_EVENTS = frozenset({EventKind.CELL_LOG.value, EventKind.SOC_HISTORY.value})


class CellEventMarkers:
    def __init__(self) -> None:
        self._marked: set = set()

    def clear(self) -> None:
        self._marked.clear()

    def markers(self, cell_log: CellLog | None) -> list[tuple[float, str]]:
        """(Unix time, text) for each event of `cell_log` with a time, not marked before."""
        out = []
        for event in cell_log.events if cell_log is not None else ():
            if event.at is None or event.identity in self._marked:
                continue
            self._marked.add(event.identity)
            out.append((event.at.timestamp(), marker_text(event)))
        return out

    def from_recorded(self, kind: str, text: str) -> list[tuple[float, str]]:
        """The markers of a recorded event: a cell log's events; nothing for the other memory events."""
        if kind != EventKind.CELL_LOG.value:
            return []
        try:
            return self.markers(history_json.loads_cell_log(text))
        except ValueError as exc:
            log.warning("a recorded cell log could not be read: %s", exc)
            return []
