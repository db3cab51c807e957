"""The words of the Events and History pages: each cell-log event type with the manual's explanation and
what to check, the reasons a record could not be read, "n h ago", times and values in the user's
locale. One table of the event types (`event_words`); the pages only lay them out.

The explanations follow the manual's "The App" settings (V min, V max, T min, T max: which warning
light comes on, which relay opens) and its "No communication" answer (the cell boards' LEDs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from smartbms_gui import preferences as app_prefs
from smartbms_gui.device import history
from smartbms_gui.device.history import CellLogEvent
from smartbms_gui.protocol.ascii_records import LogEvent
from smartbms_gui.views import translator as i18n

HOUR_S = 3600.0


HISTORY_CONTEXT = "HistoryPage"  # the texts the History page had: their translations live under its name
EVENTS_CONTEXT = "EventsPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(HISTORY_CONTEXT, text)


def tr_events(text: str) -> str:
    return QCoreApplication.translate(EVENTS_CONTEXT, text)


@dataclass(frozen=True)
class EventWords:
    name: str  # "V low"
    meaning: str  # what happened and what the BMS did (the manual's words)
    check: str  # what an installer checks
    light: str  # the warning light it lights ("VL", "VH", "TL", "TH", "E") or ""


def event_words(event: LogEvent | None, code: int) -> EventWords:
    """The one table of the log's event types, translated."""
    if event is LogEvent.VOLTAGE_LOW:
        check = tr_events("Charge the pack. Measure this cell and its neighbours with a multimeter: a cell "
                          "that is the lowest again and again has lost capacity. Check that V min suits the "
                          "cells and that the load was switched off in time.")
        return EventWords(tr("V low"), tr("A cell fell below V min: the load relay opens (Vl light)."),
                          check, "VL")
    if event is LogEvent.VOLTAGE_HIGH:
        check = tr_events("Check the charger's and solar charger's voltage settings and that they stop when "
                          "the charge relay opens. Check that the cells balance (V bypass below V max); a "
                          "cell that is always the first to run high has lost capacity.")
        return EventWords(tr("V high"), tr("A cell rose above V max: the charge relay opens (Vh light)."),
                          check, "VH")
    if event is LogEvent.TEMPERATURE_LOW_CHARGE:
        check = tr_events("Where does the battery stand: does it need heating or insulation in the cold? "
                          "Lithium cells must not be charged below freezing. Check that this cell board's "
                          "sensor sits firmly on the cell.")
        return EventWords(tr("T low (charge)"), tr("A cell was colder than T min for charging (Tl light)."),
                          check, "TL")
    if event is LogEvent.TEMPERATURE_HIGH:
        check = tr_events("Check the ventilation, the currents against the cells' ratings, and this cell's "
                          "terminal screws: a loose connection heats up. While a cell balances its board "
                          "reads warmer than the cell itself.")
        return EventWords(tr("T high"), tr("A cell was hotter than T max: both relays open (Th light)."),
                          check, "TH")
    if event is LogEvent.COMMUNICATION:
        check = tr_events("Look at the green LEDs of the cell boards: where they stop flashing is the "
                          "problem. Check the data cables from this cell's board on (OUT to the next IN) or "
                          "replace that cell module.")
        return EventWords(tr("Communication"),
                          tr("The cell-board chain was broken from this cell on (E light)."), check, "E")
    if event is LogEvent.TEMPERATURE_LOW_DISCHARGE:
        check = tr_events("Where does the battery stand: does it need heating or insulation in the cold? "
                          "Check that this cell board's sensor sits firmly on the cell and that T min for "
                          "discharging suits the cells.")
        return EventWords(tr("T low (discharge)"),
                          tr("A cell was colder than T min for discharging (Tl light)."), check, "TL")
    return EventWords(tr("Unknown event ({0})").format(code), tr("An event type this app does not know."),
                      tr_events("Compare with the 123\\SmartBMS app; newer firmware may log more kinds."), "")


def problem_text(problem: history.BlockProblem) -> str:
    """One line per record that could not be read, in the user's language (the detail as tooltip)."""
    reasons = {
        "unanswered": tr("no answer"),
        "damaged": tr("arrived damaged (checksum)"),
        "refused": tr("refused (KO)"),
        "not_allowed": tr("not allowed (NA)"),
        "not_understood": tr("not understood (WRONG)"),
        "link": tr("the link dropped"),
        "not_asked": tr("not asked for: the battery stopped answering"),
    }
    if problem.code == "new_hour":
        return tr("The battery began a new hour during the read: {0} h not known. Read again.").format(
            problem.count)
    if problem.code == "not_percent":
        return tr("{0} values were not a percentage: shown as gaps.").format(problem.count)
    return tr("{0} not read: {1}").format(problem.record, reasons.get(problem.code, problem.code))


def error_text(error) -> str:
    """Why a whole read gave nothing, in a sentence."""
    if isinstance(error, history.NotOnThisBms):
        return tr_events("Not available on this BMS: it does not answer the requests for its cell log and "
                         "SoC history (older firmware may not keep them). The live values are not affected.")
    problem = history.BlockProblem("", error)
    reasons = {"unanswered": tr("Nothing read: the battery did not answer. Check that it is in "
                                "range and try again."),
               "link": tr("Nothing read: the link dropped. Connect again and try again."),
               "refused": tr("Nothing read: the battery refused (KO)."),
               "not_allowed": tr("Nothing read: not allowed (NA). Reconnect with the right PIN."),
               "damaged": tr("Nothing read: every answer arrived damaged. Try again."),
               "not_understood": tr("Nothing read: the battery did not understand the request "
                                    "(WRONG). Its firmware may not keep a log.")}
    return reasons.get(problem.code, i18n.translate_message(error))


def ago_text(seconds: float) -> str:
    """"less than a minute ago", "12 min ago", "5 h ago", "4 days ago" (numbers in the user's format)."""
    if seconds < 60:
        return tr("less than a minute ago")  # not "0 min ago"
    if seconds < HOUR_S:
        return tr("{0} min ago").format(i18n.format_number(max(0, seconds // 60), 0))
    if seconds < 72 * HOUR_S:
        return tr("{0} h ago").format(i18n.format_number(seconds // HOUR_S, 0))
    return tr("{0} days ago").format(i18n.format_number(seconds // (24 * HOUR_S), 0))


def local_time_text(at: datetime | None, fmt=QLocale.FormatType.ShortFormat) -> str:
    if at is None:
        return tr("time unknown")
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(at.timestamp())), fmt)


def event_time_text(event: CellLogEvent) -> str:
    """The local time, "about …" when a reboot makes it uncertain, "time unknown" without one."""
    text = local_time_text(event.at)
    if event.at is not None and event.approximate:
        return tr_events("about {0}").format(text)
    return text


def value_text(event: CellLogEvent, units: str = "metric") -> str:
    """The event's value; a temperature in °F when the units preference is "imperial"."""
    if event.value is None:
        return "—"
    if event.unit == "°C" and units == "imperial":
        return i18n.format_quantity(app_prefs.fahrenheit(event.value), "°F", 1)
    return i18n.format_quantity(event.value, event.unit, 3 if event.unit == "V" else 1)


def marker_text(event: CellLogEvent) -> str:
    """A plot marker's words: "V high, cell 3: 3.750 V"."""
    text = event_words(event.event, event.code).name
    if event.cell is not None:
        text = tr_events("{0}, cell {1}").format(text, i18n.format_number(event.cell, 0))
    if event.value is not None:
        text = f"{text}: {value_text(event)}"
    return text
