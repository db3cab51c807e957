"""Translated words for the option switches, shared by the switches page, the wizard and the simulator panel.

The tables themselves live in protocol/switches.py; this file only turns their values into
sentences in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from smartbms_gui.protocol import switches as sw
from smartbms_gui.views.translator import format_number, format_shortest

CONTEXT = "Switches"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fill(text: str, *args: object) -> str:
    """Qt-style %1 %2 placeholders, so translators can reorder them."""
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", str(arg))
    return text


def on_off(on: bool) -> str:
    return tr("ON") if on else tr("OFF")


def positions_text(positions: Sequence[bool], switches: Iterable[int] = range(1, 9)) -> str:
    """`1 ON, 2 OFF, ...` for the given switch numbers."""
    return ", ".join(f"{n} {on_off(positions[n - 1])}" for n in switches)


def sensor_label(sensor: sw.CurrentSensor) -> str:
    text = fill(tr("%1 A — resolution %2 A, blind spot ±%3 A"), sensor.amps,
                format_shortest(sensor.resolution_a), format_shortest(sensor.blind_spot_a))
    if sensor.default:
        text += " " + tr("(factory default)")
    if sensor.min_in_board_version:
        text += " — " + fill(tr("needs IN board v%1 or later"), sensor.min_in_board_version)
    return text


def sensor_note(sensor: sw.CurrentSensor) -> str:
    notes = []
    if sensor.min_in_board_version:
        notes.append(fill(tr("The %1 A sensor works only with IN board version %2 or later. An older board "
                             "cannot store it: check the version printed on your IN board first."),
                          sensor.amps, sensor.min_in_board_version))
    if sensor.amps in sw.INFERRED_SENSOR_SPECS:
        notes.append(tr("The manual's specification table does not list the 400 A sensor; its resolution and "
                        "blind spot shown here follow the pattern of the other sensors (0.5 % and ±1 % of "
                        "the rating)."))
    return " ".join(notes)


def cell_mapping_text(cells: int) -> str:
    entry = sw.table_cells_for(cells)
    if entry == cells:
        return fill(tr("%1 cells is in the table: the switches store exactly %1 cells."), cells)
    return fill(tr("%1 cells is not in the table: the switches store the next higher entry, %2 cells."),
                cells, entry)


def normal_meaning_lines(positions: Sequence[bool]) -> list[str]:
    n = sw.decode_normal(positions)
    lines = [
        fill(tr("Switch 1 — message rate: one message every %1 s"), format_number(n.message_interval_s, 1)),
        fill(tr("Switches 2, 6, 7 — V bypass (balancing voltage): %1 V"), format_number(n.vbypass_v, 1)),
        tr("Switch 3 — blind spot around 0 A: enabled (recommended)") if n.blind_spot
        else tr("Switch 3 — blind spot around 0 A: disabled"),
        tr("Switch 4 — auto zero: ACTIVE (only while no current flows, then back OFF)") if n.auto_zero
        else tr("Switch 4 — auto zero: inactive"),
        fill(tr("Switch 5 — mode: critical mode (needs IN board v%1 or later)"), n.min_in_board_version)
        if n.critical_mode else tr("Switch 5 — mode: normal mode (recommended)"),
    ]
    if positions[sw.SWITCH_STORE_HIDDEN - 1]:
        lines.append(tr("Switch 8 — ON: it must never be left ON. Turning it OFF stores switches 1-7 as the "
                        "hidden settings."))
    else:
        lines.append(tr("Switch 8 — OFF, as it must be in normal use"))
    return lines


def hidden_meaning_lines(positions: Sequence[bool]) -> list[str]:
    h = sw.decode_hidden(positions)
    return [
        fill(tr("Switches 1-3 — current sensor: %1"), sensor_label(h.sensor)),
        fill(tr("Switches 4-7 — number of cells: %1"), h.cells),
    ]


def mode_version_note() -> str:
    """Which IN board switch 5 needs (the manual: "Option switch nr 5 (v1.5+)")."""
    return fill(tr("Switch 5 works on IN board version %1 or later. Check the version printed on your IN "
                   "board before you rely on critical mode."),
                sw.switch_min_in_board_version(sw.SWITCH_MODE))


def mode_explanation_html() -> str:
    """Normal vs critical mode: what each does to the relays (the manual's algorithm tables)."""
    return tr(
        "<p><b>Normal mode</b> (switch 5 OFF, recommended): the BMS also acts on the state of charge. "
        "The <i>charge</i> relay opens when a cell reaches V max <i>or when all cells reach V bypass</i> "
        "(the pack is full), and closes again only when the SoC has fallen below <i>charge restart</i>. "
        "The <i>load</i> relay opens when a cell falls to V min and closes again only when the SoC has risen "
        "to <i>discharge restart</i>. The SoC is set to 100 % when every cell is at V bypass.</p>"
        "<p><b>Critical mode</b> (switch 5 ON): the relays open only in critical conditions — a cell at V max "
        "(charge) or V min (load), a cell too cold or too hot, or lost cell communication — and close as soon "
        "as the condition is gone; the SoC plays no part. The SoC is set to 100 % when the pack voltage reaches "
        "V bypass × the number of cells. Use it for a combined charger/inverter with one or no enable signal "
        "(wire both relays in series).</p>"
        "<p>In both modes a cell below T min or above T max opens both relays.</p>") + \
        f"<p>{mode_version_note()}</p>"
