"""`smartbms settings get | set | save | load`: the parameter table over the device layer.

Every value is checked by the parameter table (protocol/params.py) before anything is sent;
`set` and `load` work through the window's own edit model (`device/settings_edit.py`: the device's
values, the edits, one check of range, step and cross-field rules, the diff, what this link cannot
write and why, one write batch through `DeviceSession.write_settings`, which writes, reads back and
compares). Numbers are read as the window reads them (`params.parse_number`: a decimal comma
or point). The serial cable is read-only: writes on `--serial` are refused before the port is opened.
"""

from __future__ import annotations

import argparse
import asyncio
import math
from pathlib import Path
from typing import Any

from smartbms_gui import files
from smartbms_gui.cli.common import (
    EXIT_AUTH,
    EXIT_FAILED,
    EXIT_HALF_WRITTEN,
    EXIT_LINK,
    EXIT_REFUSED,
    EXIT_USAGE,
    PIN_ON_COMMAND_LINE,
    UserError,
    accept_negative_values,
    add_json_flag,
    note,
    print_json,
    read_new_pin,
    say,
    shortened,
)
from smartbms_gui.cli.device import (
    add_device_options,
    confirm_while_connected,
    connect,
    describe,
    device_choice,
    link_is_hardware,
    session_for,
)
from smartbms_gui.protocol import params

SERIAL_READ_ONLY = (
    "the USB serial link is read-only (the BMS sends data and accepts no commands): "
    "change settings over Bluetooth (--ble ADDRESS)"
)


def add_parser(sub) -> None:
    parser = sub.add_parser("settings", help="read, change, back up and restore the BMS settings",
                            description="Read and change the BMS settings (validated by the parameter table).")
    add_json_flag(parser, group_level=True)
    s = parser.add_subparsers(dest="settings_command", metavar="{get,set,save,load}", required=True)

    get = s.add_parser("get", help="show every setting")
    add_json_flag(get)
    add_device_options(get)
    get.set_defaults(run=run_get)

    set_ = s.add_parser("set", help="change one setting (written, then read back)",
                        description="Change one setting. NAME is the table name shown by `settings get`. "
                                    "Yes/no settings take on/off; choices take the code or the label. "
                                    "For the PIN give - and type the new PIN (or set $SMARTBMS_NEW_PIN).")
    add_json_flag(set_)
    accept_negative_values(set_)  # `settings set tmin_discharge_c -1e1` is a value, not an option
    set_.add_argument("name", metavar="NAME")
    set_.add_argument("value", metavar="VALUE")
    add_device_options(set_)
    set_.set_defaults(run=run_set)

    save = s.add_parser("save", help="save the settings to a JSON file")
    add_json_flag(save)
    save.add_argument("file", metavar="FILE")
    save.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    add_device_options(save)
    save.set_defaults(run=run_save)

    load = s.add_parser("load", help="write the settings from a JSON file (shows the changes, asks first)")
    add_json_flag(load)
    load.add_argument("file", metavar="FILE")
    load.add_argument("--yes", action="store_true", help="write without asking (for scripts)")
    add_device_options(load)
    load.set_defaults(run=run_load)


# ------------------------------------------------------------------------------- value handling

_TRUE = {"on", "yes", "true", "1", "enabled"}
_FALSE = {"off", "no", "false", "0", "disabled"}


def lookup(name: str) -> params.Parameter:
    try:
        return params.parameter(name)
    except KeyError:
        close = [p.name for p in params.PARAMETERS if name.lower().replace("-", "_") in p.name]
        hint = f"; did you mean {', '.join(close[:3])}?" if close else "; `smartbms settings get` lists the names"
        raise UserError(f"there is no setting called {shortened(name)!r}{hint}", EXIT_USAGE) from None


def parse_value(param: params.Parameter, text: str) -> Any:
    """The command-line text as the table's value type; range and step checked."""
    word = text.strip().lower()
    typed = repr(shortened(text))  # (quoted in a message: a pasted megabyte stays out of it)
    if param.kind == "pin":
        if text.strip() != "-":
            raise UserError(PIN_ON_COMMAND_LINE, EXIT_USAGE)
        value: Any = read_new_pin()
    elif param.kind == "action":
        if word not in _TRUE and word != "do":
            raise UserError(f"{param.label} is an action: give 'yes' to do it", EXIT_USAGE)
        value = True
    elif param.kind == "bool":
        if word in _TRUE:
            value = True
        elif word in _FALSE:
            value = False
        else:
            raise UserError(f"{param.label}: give on or off, not {typed}", EXIT_USAGE)
    elif param.kind == "choice":
        value = None
        for c in param.choices:
            if word == str(c.code) or word == c.label.lower():
                value = c.code
        if value is None:  # a unique part of a label: "LTO", "keep on"
            partial = [c.code for c in param.choices if word and word in c.label.lower()]
            value = partial[0] if len(partial) == 1 else None
        if value is None:
            allowed = ", ".join(f"{c.code} ({c.label})" for c in param.choices)
            raise UserError(f"{param.label}: {typed} is not one of {allowed}", EXIT_USAGE)
    else:
        number = params.parse_number(text)  # the window's reading: "3,65", "3.65", " −5 " alike
        if number is None:
            raise UserError(f"{param.label}: {typed} is not a number", EXIT_USAGE)
        value = number
        if not math.isfinite(value):  # inf, nan, 1e400 and a number of 400 digits
            raise UserError(f"{param.label}: {typed} is not a finite number; give a value from "
                            f"{params.number_text(param, param.minimum)} to {params.value_text(param, param.maximum)}",
                            EXIT_USAGE)
        if value.is_integer() and param.decimals == 0:
            value = int(value)
    problem = param.problem(value)
    if problem:
        raise UserError(problem, EXIT_USAGE)
    return value


def shown(param: params.Parameter, value: Any) -> str:
    if param.kind == "pin":  # always masked, reported or not: as in the JSON (`_json_value`)
        return "****"
    if value is None:
        return "not reported" if param.readable else "--"
    if isinstance(value, params.UnknownCode):
        return str(value)  # "unknown (2)": neither on nor off, never shown as one of them
    if param.kind == "bool":
        return "on" if value else "off"
    if param.kind == "choice":
        return f"{param.choice_label(value)} ({value})"
    if param.kind == "number" and isinstance(value, (int, float)):
        return params.value_text(param, value)  # the window's formatter: at the device's precision
    return f"{value} {param.unit}".strip()


def _json_value(param: params.Parameter | None, value: Any) -> Any:
    return "****" if param is not None and param.kind == "pin" else value


def _refuse_on_serial(choice) -> None:
    if choice.read_only:
        raise UserError(SERIAL_READ_ONLY, EXIT_REFUSED)


def _edit_for(session, choice, *, rewrite: bool = False):
    """The edit model on the opened session: the battery's values and the link's facts (the opened
    transport says whether it is real hardware)."""
    from smartbms_gui.device.settings_edit import LinkFacts, SettingsEdit

    facts = LinkFacts(connected=True, writable=not choice.read_only, hardware=link_is_hardware(session),
                      generation=choice.generation)
    return SettingsEdit(session.settings, facts, rewrite=rewrite)


def _check_writable(param: params.Parameter, edit) -> None:
    """Refuse an unpublished address on real hardware (or a setting this BMS does not report)."""
    kind, reason = edit.why_not(param)
    if kind:
        raise UserError(f"{param.label} cannot be written: {reason}", EXIT_REFUSED)


async def _open(args, choice, *, live=None):
    session = session_for(choice, args, live=live, one_shot=True)
    await connect(session, choice, args.timeout)
    return session


# ---------------------------------------------------------------------------------------- get


def run_get(args: argparse.Namespace) -> int:
    choice = device_choice(args)
    values, source = asyncio.run(_read_values(args, choice))
    if args.json:
        print_json({"device": describe(choice), "generation": int(choice.generation), "source": source,
                    "settings": {k: _json_value(_param_or_none(k), v) for k, v in values.items()}})
        return 0
    if source == "serial frame":
        note("Read from the serial data frame: it carries only these settings.")
    rows = [(param.label, shown(param, values[param.name]), param.name)
            for param in params.PARAMETERS if param.name in values]
    # columns as wide as their longest entry (a Gen3 choice label is longer than any number)
    label_width = max((len(label) for label, _v, _n in rows), default=10)
    value_width = max((len(value) for _l, value, _n in rows), default=10)
    for label, value, name in rows:
        say(f"{label:<{label_width}}  {value:<{value_width}}  {name}")
    return 0


def _param_or_none(name: str) -> params.Parameter | None:
    try:
        return params.parameter(name)
    except KeyError:
        return None


async def _read_values(args, choice) -> tuple[dict[str, Any], str]:
    values, source, _firmware = await _read_device(args, choice)
    return values, source


async def _read_device(args, choice) -> tuple[dict[str, Any], str, str | None]:
    """The settings, where they came from, and the firmware as the link reports it (for backups)."""
    from smartbms_gui.device.model import LiveState

    live = LiveState(generation=choice.generation)
    if choice.read_only:
        return await _read_from_frames(args, choice, live), "serial frame", live.get("firmware")
    session = await _open(args, choice, live=live)
    try:
        return dict(session.settings), "settings records", live.get("firmware")
    finally:
        await session.close()


async def _read_from_frames(args, choice, live=None) -> dict[str, Any]:
    from smartbms_gui.device.frame_settings import frame_settings
    from smartbms_gui.device.model import LiveState

    live = live if live is not None else LiveState(generation=choice.generation)
    got = asyncio.Event()
    session = session_for(choice, args, live=live, one_shot=True,
                          on_item=lambda item, t: got.set())
    await connect(session, choice, args.timeout)
    try:
        await asyncio.wait_for(got.wait(), args.timeout)
    except asyncio.TimeoutError:
        raise UserError(f"no data frame from {choice.target} within {args.timeout:g} s", EXIT_LINK) from None
    finally:
        await session.close()
    return frame_settings(live)  # the settings the frame carries (docs/protocol.md §4)


# ---------------------------------------------------------------------------------------- set


def run_set(args: argparse.Namespace) -> int:
    choice = device_choice(args)
    param = lookup(args.name)
    _refuse_on_serial(choice)
    if param.read_only:
        raise UserError(f"{param.label} cannot be written: {param.not_writable_reason or 'it is read-only'}",
                        EXIT_REFUSED)
    if choice.generation_given and choice.generation not in param.generations:
        raise UserError(f"{param.label} does not exist on a Gen{int(choice.generation)} BMS "
                        f"(use --generation 3 for a Gen3 battery)", EXIT_USAGE)
    value = parse_value(param, args.value)
    stored = params.snapped(param, value)
    if stored is not None:  # on stderr, so --json output stays one object
        note(f"{param.label}: {value:g} {param.unit} is stored as {shown(param, stored)}, "
             "the nearest step the BMS can hold")
    return asyncio.run(_set(args, choice, param, value))


async def _set(args, choice, param: params.Parameter, value: Any) -> int:
    session = await _open(args, choice)
    try:
        edit = _edit_for(session, choice, rewrite=True)
        _check_writable(param, edit)
        before = session.settings.get(param.name)
        edit.edit(param.name, value)
        _refuse_errors(edit.check())
        results = await _write_edit(edit, session, {param.name: value})
    finally:
        await session.close()
    result = results[0]
    if not result.ok:
        raise _write_failure(result)
    if args.json:
        print_json({"name": param.name, "old": _json_value(param, before), "requested": _json_value(param, value),
                    "value": _json_value(param, result.value), "verified": result.verified, "ok": True})
    elif param.kind == "action":
        say(f"{param.label}: done")
    else:
        check = "read back" if result.verified else "written; the BMS does not report it, so not read back"
        say(f"{param.label}: {shown(param, before)} -> {shown(param, result.value if result.verified else value)} "
            f"({check})")
    return 0


def _refuse_errors(check) -> None:
    """The edit's check found an error (cross-field rules with the device's other values: V max above
    V bypass, ...): nothing is written."""
    if check.errors:
        raise UserError(f"{check.errors[0].message} Nothing was written.", EXIT_USAGE)


async def _write_edit(edit, session, batch: dict[str, Any]) -> list:
    """The edit's one write batch (`batch` is what the check let through), one result per setting."""
    outcome = await edit.apply(session.write_settings)
    if outcome is None:  # (the check let nothing through: never after the checks above)
        return await session.write_settings(batch)
    if outcome.error is not None:
        raise outcome.error
    return outcome.results


def _write_failure(result) -> UserError:
    from smartbms_gui.cli.errors import exit_code_for

    if result.written_halfway:
        return UserError(half_written_text(result), EXIT_HALF_WRITTEN)
    error = result.error
    if error is None:
        return UserError(f"{result.name}: not written", EXIT_FAILED, names=[result.name])
    code, message = exit_code_for(error)
    return UserError(message or str(error), code)


def _typed(param: params.Parameter, value: Any) -> str:
    """`value` as it is typed after `settings set NAME` (the command that writes it again)."""
    if param.kind == "bool":
        return "on" if value else "off"
    if param.kind == "number":
        return params.number_text(param, value)
    return str(value)


def half_written_text(result) -> str:
    """Exit 7's line: what the battery holds after a write cut half-way, what that means, and the two
    commands that write the new value again or restore the old one (never done on its own)."""
    param = params.parameter(result.name)
    if param.kind == "pin":
        return (f"{param.label}: written halfway: the battery now holds a PIN that is neither the old nor "
                "the new one (not shown); connect with it and write the new PIN again")
    if result.value is None:
        held = ("the battery could not be read back, so what it holds now is not known: it may be neither "
                f"the old value{' ' + shown(param, result.before) if result.before is not None else ''} "
                f"nor the new {shown(param, result.requested)}")
    else:
        held = (f"the battery now holds {shown(param, result.value)}, neither the old value "
                f"{shown(param, result.before)} nor the new {shown(param, result.requested)}")
    text = f"{param.label}: written halfway: {held}."
    if result.meaning is not None:
        text += f" {result.meaning}"
    again = f"`smartbms settings set {param.name} {_typed(param, result.requested)}`"
    text += f" Write it again: {again}"
    if result.before is not None:
        old = _typed(param, result.before)
        text += f"; restore the old value: `smartbms settings set {param.name} {old}`"
    return text + " (with the same battery options). Nothing was retried."


# ------------------------------------------------------------------------------------- save/load


def run_save(args: argparse.Namespace) -> int:
    import json

    from smartbms_gui.protocol.settings_file import dump_settings, not_saved

    choice = device_choice(args)
    if not args.file.strip():
        raise UserError("FILE is empty: give the settings file a name", EXIT_USAGE)
    path = Path(args.file)
    if path.is_dir():  # (--force or not: a folder is never replaced by a file)
        raise UserError(f"{path} is a folder: name the settings file to write", EXIT_USAGE, names=[path])
    if path.exists() and not args.force:
        raise UserError(f"{path} exists already: add --force to overwrite it", EXIT_USAGE, names=[path])
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist", EXIT_USAGE)
    values, source, firmware = asyncio.run(_read_device(args, choice))
    # No link reports the serial number to the command line (a scan shows it: `smartbms scan`).
    meta = {"generation": int(choice.generation), "serial": None, "firmware": firmware}
    text = dump_settings(values, meta, note=f"saved from {describe(choice)} ({source})")
    try:
        files.write_text(path, text)  # all or nothing: a full disk never destroys an earlier backup
    except OSError as exc:
        raise UserError(files.describe_write_error(exc, path), EXIT_FAILED, names=[path]) from None
    document = json.loads(text)
    count = len(document["settings"]) + len(document.get("read_only", {}))
    for name, reason in not_saved(values).items():
        note(f"not saved: {params.parameter(name).label} ({reason})")
    if args.json:
        print_json({"path": str(path), "count": count})
    else:
        say(f"Saved {count} settings to {path}")
    return 0


def _load_file(path: Path):
    from smartbms_gui.protocol.settings_file import MAX_FILE_BYTES, SettingsFileError, load_settings
    from smartbms_gui.small_files import NotASmallFile, read_small_text

    try:
        # a regular file of at most 1 MB: /dev/zero, a named pipe or a huge file is refused unread
        text = read_small_text(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise UserError(f"file not found: {path}", EXIT_USAGE) from None
    except NotASmallFile as exc:
        raise UserError(str(exc), EXIT_USAGE, names=[path, path.name]) from None
    except UnicodeDecodeError:
        raise UserError(f"cannot read {path}: it is not UTF-8 text, so not a settings file", EXIT_USAGE) from None
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}", EXIT_USAGE) from None
    try:
        return load_settings(text)
    except SettingsFileError as exc:
        raise UserError(f"{path.name} cannot be loaded (nothing was written): {_first_problems(exc.problems)}",
                        EXIT_USAGE, names=[path.name]) from None


#: how many of a settings file's problems the one line names before it counts the rest (docs/cli.md)
_NAMED_PROBLEMS = 5


def _first_problems(problems) -> str:
    """The first five problems, separated by "; ", then "and N more" for the rest. The file reader
    already folds a long tail into "… and {count} more …" items; their counts are added to the rest."""
    named: list[str] = []
    counted = 0
    for problem in problems:
        template = getattr(problem, "template", "")
        if template.startswith("… and {count} more"):
            counted += int(getattr(problem, "args", {}).get("count", 0))
        else:
            named.append(str(problem).strip().rstrip("."))
    rest = len(named) - _NAMED_PROBLEMS + counted if len(named) > _NAMED_PROBLEMS else counted
    text = "; ".join(named[:_NAMED_PROBLEMS])
    return f"{text}; and {rest} more problem{'s' if rest != 1 else ''}" if rest else text


def run_load(args: argparse.Namespace) -> int:
    choice = device_choice(args)
    loaded = _load_file(Path(args.file))  # the whole file first: a bad file is exit 2 on any link
    _refuse_on_serial(choice)
    for warning in loaded.warnings:
        note(f"warning: {warning.message}")
    return asyncio.run(_load(args, choice, loaded))


async def _load(args, choice, loaded) -> int:
    session = await _open(args, choice)
    try:
        edit = _edit_for(session, choice)
        wanted = {n: v for n, v in loaded.values.items() if choice.generation in params.parameter(n).generations}
        skipped = sorted(set(loaded.values) - set(wanted))
        edit.set_edits(wanted)
        check = edit.check()
        changes = list(check.writable)
        not_writable = [(r.change, r.reason) for r in check.refused]
        if not args.json:
            _print_diff(changes, not_writable, skipped)
        else:  # what would change on stderr only when about to ask (stdout stays JSON)
            _print_diff(changes, not_writable, skipped, out=note if not args.yes else None)
        if not changes:
            if args.json:
                print_json({"changes": [], "written": [], "not_writable": [c.name for c, _ in not_writable]})
            elif not not_writable:
                say("Nothing to change: the battery already holds these settings.")
            if not_writable:  # the battery does NOT hold the file's values for these: never "nothing to change"
                raise _not_written_error(not_writable, written=0)
            return 0
        _refuse_errors(check)
        await confirm_while_connected(f"Write {len(changes)} change(s) to {describe(choice)}?",
                                      assume_yes=args.yes)
        results = await _write_edit(edit, session, check.batch)
    finally:
        await session.close()
    failed = [r for r in results if not r.ok]
    if args.json:
        print_json({
            "changes": [_change_json(c) for c in changes],
            "written": [{"name": r.name, "ok": r.ok, "value": _json_value(_param_or_none(r.name), r.value),
                         "verified": r.verified, "error": r.message or None} for r in results],
            "not_writable": [c.name for c, _ in not_writable],
        })
    else:
        for r in results:
            param = params.parameter(r.name)
            say(f"  {param.label}: {'ok, read back ' + shown(param, r.value) if r.ok else 'FAILED: ' + r.message}")
    if failed:
        cut = [r for r in failed if r.written_halfway]
        first = _write_failure(cut[0] if cut else failed[0])
        also = f"; {len(not_writable)} more could not be written on this link" if not_writable else ""
        raise UserError(f"{len(failed)} of {len(results)} settings were not written: {first.message}{also}",
                        first.code)
    if not_writable:
        raise _not_written_error(not_writable, written=len(results))
    return 0


def _not_written_error(not_writable, *, written: int) -> UserError:
    """Exit 5 after a load that wrote what it could: the settings of the file this link cannot write
    (their reasons are on stderr already), and that the battery still holds its own values for them."""
    labels = ", ".join(f"{c.parameter.label} (file {shown(c.parameter, c.new)}, battery {shown(c.parameter, c.old)})"
                       for c, _reason in not_writable)
    done = f"wrote {written} setting(s), but " if written else "nothing was written: "
    return UserError(f"{done}{len(not_writable)} setting(s) of the file could not be written on this link and "
                     f"keep the battery's own value: {labels}", EXIT_REFUSED)


def _change_json(change) -> dict[str, Any]:
    param = change.parameter
    return {"name": change.name, "old": _json_value(param, change.old), "new": _json_value(param, change.new)}


def _print_diff(changes, not_writable, skipped, *, out=say) -> None:
    """The changes (on `out`; None: not shown), then on stderr always: what cannot be written and why,
    and what the file holds for another generation."""
    if changes and out is not None:
        out("Changes:")
        for c in changes:
            p = c.parameter
            out(f"  {p.label}: {shown(p, c.old)} -> {shown(p, c.new)}")
    for change, reason in not_writable:
        p = change.parameter
        note(f"not written: {p.label}: {shown(p, change.old)} -> {shown(p, change.new)}: {reason}")
    if skipped:
        note(f"skipped (not on this generation): {', '.join(skipped)}")


__all__ = ["EXIT_AUTH", "run_get", "run_load", "run_save", "run_set"]
