"""`smartbms report`: the commissioning report as a PDF, from a battery observed now or from a recording.

Live: connect like `monitor`, watch for `--seconds` (the session chart, relays seen switching), read
the cell log and SoC history where the link can (not over the serial cable), then write the PDF.
`--from-recording FILE` makes it afterwards from a recording of `smartbms record` or of the window.
The PDF is drawn with Qt (smartbms_gui/report/render_pdf.py) on its offscreen platform: no window
is opened and no display is needed.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from smartbms_gui.cli.common import EXIT_FAILED, EXIT_USAGE, UserError, note, number_option
from smartbms_gui.cli.device import (
    add_device_options,
    connect,
    describe,
    describe_message,
    device_choice,
    session_for,
)

DEFAULT_SECONDS = 10.0


def add_parser(sub) -> None:
    report = sub.add_parser(
        "report",
        help="write the commissioning report (PDF)",
        description="Write the commissioning report as a PDF: the battery, its option switches and settings "
        "(marks where they differ from the factory values or contradict the manual), the pack "
        "now, the session, the cell log and SoC history where readable, and a checklist marked "
        "pass / fail / not checked from what was measured. The PIN never appears.",
    )
    report.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF to write")
    add_device_options(report)
    report.add_argument(
        "--from-recording", metavar="FILE", help="make the report from a recording instead of a battery"
    )
    report.add_argument(
        "--seconds",
        type=number_option(minimum=0, maximum=86_400, unit="s"),
        default=None,
        metavar="N",
        help=f"observe the battery N seconds before writing (default {DEFAULT_SECONDS:g})",
    )
    report.add_argument("--lang", choices=("en", "nl", "de"), default="en", help="language of the report")
    report.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    report.add_argument("--site", default="", help="where the battery is installed")
    report.add_argument("--customer", default="", help="the customer's name")
    report.add_argument("--installer", default="", help="the installer's name")
    report.add_argument(
        "--date", default=None, metavar="YYYY-MM-DD", help="the report's date (default today)"
    )
    report.add_argument("--note", default="", help="a free note printed under the site details")
    report.add_argument(
        "--rated-ah",
        type=number_option(above=0, maximum=1_000_000, unit="Ah"),
        default=None,
        metavar="AH",
        help="the cells' rated capacity in Ah (checks the manual's 75 %% capacity advice)",
    )
    report.set_defaults(run=run_report)


def _info(args: argparse.Namespace):
    from smartbms_gui.report.content import ReportInfo

    info = ReportInfo(
        site=args.site,
        customer=args.customer,
        installer=args.installer,
        note=args.note,
        language=args.lang,
        paper=args.paper,
        rated_capacity_ah=args.rated_ah,
    )
    if args.date:
        info.date = args.date
    return info


def _check_output(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise UserError(f"the report is a PDF: name the file *.pdf, not {path.name}", EXIT_USAGE)
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist", EXIT_USAGE)


def run_report(args: argparse.Namespace) -> int:
    output = Path(args.output)
    _check_output(output)
    if args.seconds is not None and args.seconds < 0:
        raise UserError("--seconds must be 0 or more", EXIT_USAGE)
    if args.rated_ah is not None and not args.rated_ah > 0:
        raise UserError("--rated-ah must be above 0", EXIT_USAGE)
    if args.date is not None:
        import datetime

        try:
            datetime.date.fromisoformat(args.date)
        except ValueError:
            raise UserError(f"--date wants YYYY-MM-DD, got {args.date!r}", EXIT_USAGE) from None
    if args.from_recording:
        if any(getattr(args, name, None) for name in ("ble", "serial", "simulator")):
            raise UserError("choose a battery or --from-recording, not both", EXIT_USAGE)
        observation = _from_recording(Path(args.from_recording))
    else:
        choice = device_choice(args)
        observation = asyncio.run(_observe(args, choice))
    from smartbms_gui.report.content import build_report
    from smartbms_gui.report.render_pdf import write_pdf

    report = build_report(observation, _info(args))
    try:
        pages = write_pdf(report, output)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}", EXIT_FAILED) from None
    failed = [item.key for item in report.checklist.items if item.status == "fail"]
    note(
        f"{output}: {pages} page(s); checklist: "
        f"{sum(i.status == 'pass' for i in report.checklist.items)} pass, {len(failed)} fail, "
        f"{sum(i.status == 'not_checked' for i in report.checklist.items)} not checked"
    )
    return 0


def _from_recording(path: Path):
    from smartbms_gui.device.recording import RecordingWarning
    from smartbms_gui.report.observe import observe_recording

    if not path.is_file():
        raise UserError(f"no recording at {path}", EXIT_USAGE)
    try:
        return observe_recording(path)
    except RecordingWarning as exc:
        raise UserError(str(exc), EXIT_USAGE, names=[path, path.name]) from None


async def _observe(args: argparse.Namespace, choice):
    from smartbms_gui.device.history import HistoryNotAvailable
    from smartbms_gui.device.model import LiveState
    from smartbms_gui.report.observe import SessionCollector

    live = LiveState(generation=choice.generation)
    session = session_for(choice, args, live=live, one_shot=False)
    collector = SessionCollector(live, link=describe_message(choice), serial=None)
    collector.attach(session)
    await connect(session, choice, args.timeout)
    collector.serial = getattr(session.transport, "serial", None) or None
    if session.settings:
        collector.settings_read()
    collector.factory_pin = session.factory_pin
    cell_log = soc_history = None
    try:
        seconds = DEFAULT_SECONDS if args.seconds is None else args.seconds
        note(f"observing {describe(choice)} for {seconds:g} s…")
        await asyncio.sleep(seconds)
        if choice.kind != "serial":
            try:
                cell_log = await session.read_cell_log()
                soc_history = await session.read_soc_history()
            except HistoryNotAvailable:
                pass
            except Exception as exc:  # noqa: BLE001 - the report is made without them, and says so
                note(f"warning: the cell log and SoC history could not be read: {exc}")
    finally:
        await session.close()
    observation = collector.observation(cell_log=cell_log, soc_history=soc_history)
    observation.link = describe_message(choice)  # in the report's language, as its other words
    return observation
