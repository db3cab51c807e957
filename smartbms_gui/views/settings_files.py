"""Settings backups on the Settings page: Save to file… and Load from file… (a part of `SettingsPage`).

Save writes the BMS's settings all or nothing (`files.write_text`: a full disk keeps an earlier
backup) and only once settings were read; the backup's device block holds the generation and,
when known, the firmware (the serial frame's version, or V@'s code over Bluetooth) and the serial
number (from the scan that found the module). Load puts a file's values in as pending edits and leaves out,
with the reason, the rows this link cannot write (as `smartbms settings load` does).

A mixin: it uses the page's editors, lists, edit model and link facts (`_why_not`, `facts`, ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from smartbms_gui import files
from smartbms_gui.device import settings_edit
from smartbms_gui.device.frame_settings import frame_settings
from smartbms_gui.i18n import translate_message
from smartbms_gui.protocol import params
from smartbms_gui.protocol.params import UnknownCode
from smartbms_gui.protocol.settings_file import (
    MAX_FILE_BYTES,
    DeviceMeta,
    SettingsFileError,
    dump_settings,
    load_settings,
)
from smartbms_gui.small_files import NotASmallFile, read_small_text
from smartbms_gui.views.settings_texts import NOT_REPORTED, _t, format_value, param_label, unknown_text
from smartbms_gui.views.status_items import status_item

KNOWN = settings_edit.KNOWN  # the settings the app knows (and may save)


class SettingsFiles:
    """Save and load for `SettingsPage` (strings in its translation context, through `_t`)."""

    def _meta(self) -> DeviceMeta:
        """Where the settings came from: the generation, the firmware (the serial frame's version, or
        V@'s code as sent over Bluetooth) and the serial number of a module found by a scan (null
        when the address was typed in or over the serial cable). The last values read, shown after a
        failed connection, keep the facts of the connection they were read on."""
        if self._last_meta is not None and self.showing_last_read():
            return self._last_meta
        facts = self.facts()  # (the connection's facts, as the edit model holds them)
        return DeviceMeta(generation=facts.generation, serial=facts.serial, firmware=facts.firmware)

    def save_to_path(self, path: str | Path) -> bool:
        """Write the BMS's settings to `path`, all or nothing; the page says what happened."""
        if not self.has_settings():
            self._file_problem(_t("Nothing to save: no settings have been read from a battery yet."))
            return False
        if self.frame_mode():
            values: dict[str, Any] = frame_settings(self.bridge.live)
            note = "read from the serial data frame, which carries only these settings"
        else:
            values = {k: v for k, v in self.device_values().items() if k in KNOWN}
            note = ""
        try:
            files.write_text(path, dump_settings(values, self._meta(), note=note))
        except OSError as exc:
            self._file_problem(translate_message(files.describe_write_error(exc, path)))
            return False
        except SettingsFileError as exc:
            self._file_problem(_t("Could not save {0}: {1}").format(path, translate_message(exc)))
            return False
        left_out = [n for n, v in values.items() if v is None or isinstance(v, UnknownCode)]
        self._begin_messages(_t("<b>File</b>"))
        saved = len(values) - len(left_out)
        self.result_list.addItem(_t("Saved {0} settings to {1}").format(saved, path))
        if left_out:
            names = ", ".join(
                f"{param_label(params.parameter(n))} ({self._left_out_reason(values[n])})" for n in left_out)
            self.result_list.addItem(status_item(_t("Not saved: {0}").format(names), "warning"))
        return True

    def _left_out_reason(self, value: Any) -> str:
        return _t("not reported") if value is None else unknown_text(value)

    def load_from_path(self, path: str | Path) -> list[params.Change]:
        """Put a file's values in as pending edits (nothing is written) and return the diff shown.

        Rows this link cannot write (read-only, not reported by this BMS, an unpublished address on
        a real BMS) are left out and listed with the reason; they never block the rest."""
        try:
            # A regular file of at most 1 MB: a device, a pipe or a huge file is refused unread; every
            # value is checked before anything is put in (a file with one bad value is refused whole).
            loaded = load_settings(read_small_text(path, MAX_FILE_BYTES))
        except NotASmallFile as exc:
            self._file_problem(translate_message(exc.message))
            return []
        except (OSError, UnicodeDecodeError) as exc:
            self._file_problem(_t("Could not read {0}: {1}").format(path, exc))
            return []
        except SettingsFileError as exc:
            self._file_problem(translate_message(exc))
            return []
        self.revert()
        device = self.device_values()
        other_generation: list[str] = []
        held: dict[str, list[str]] = {}
        for name, value in loaded.values.items():
            editor = self.editors.get(name)
            if editor is None:
                other_generation.append(name)
                continue
            kind, _reason = self._why_not(editor.param)
            if kind == NOT_REPORTED or (kind and params.diff(device, {name: value})):
                held.setdefault(kind, []).append(name)
            elif not kind:
                editor.set_value(value)
        self._recheck()
        self._begin_messages(_t("<b>File</b>"))
        changes = self.changes()
        self.result_list.addItem(_t("Loaded {0}: {1} change(s) pending. Review them, then press Apply; "
                                    "nothing has been written.").format(Path(path).name, len(changes)))
        for warning in loaded.warnings:
            self.result_list.addItem(status_item(translate_message(warning.message), "warning"))
        if other_generation:
            labels = ", ".join(param_label(params.parameter(n)) for n in other_generation)
            skipped = _t("Not for this BMS generation, skipped: {0}").format(labels)
            self.result_list.addItem(status_item(skipped, "warning"))
        for line in self._not_written_lines(held):
            self.result_list.addItem(status_item(line, "warning"))
        # Apply names them again beside what it wrote: the battery does not hold the file's values for them.
        self.edit.hold_file_values({name: loaded.values[name] for names in held.values() for name in names})
        bypass = loaded.read_only.get("vbypass_v")
        if bypass is not None and device.get("vbypass_v") is not None and \
                params.diff(device, {"vbypass_v": bypass}):
            param = params.parameter("vbypass_v")
            text = _t("The file was saved with V bypass {0}; this BMS has {1}. V bypass is set with "
                      "option switches 2, 6 and 7.")
            text = text.format(format_value(param, bypass), format_value(param, device["vbypass_v"]))
            self.result_list.addItem(status_item(text, "warning"))
        return changes

    def _file_problem(self, text: str) -> None:
        self._begin_messages(_t("<b>File</b>"))
        self.result_list.addItem(status_item(text, "error"))

    def save_to_file(self) -> None:
        if not self.has_settings():  # (the File menu's Save may call this while the button is disabled)
            self._file_problem(_t("Nothing to save: no settings have been read from a battery yet."))
            return
        dialog = QFileDialog(self, _t("Save settings"), "smartbms-settings.json",
                             _t("Settings files (*.json)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(self.save_to_path)
        dialog.open()
        self._file_dialog = dialog

    def load_from_file(self) -> None:
        dialog = QFileDialog(self, _t("Load settings"), "", _t("Settings files (*.json)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load_from_path)
        dialog.open()
        self._file_dialog = dialog
