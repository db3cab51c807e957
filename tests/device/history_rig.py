"""Literal §3.4 answers (docs/protocol.md) and simulator peers that give them, damage them or drop them.

The lines below are written out by hand from the reference's format (`_`-separated hex fields, the
last field the byte sum of the characters before the last `_` without the `_`); they do not come from
the simulator's encoders, so a shared misreading of the format would show.
"""

from __future__ import annotations

from smartbms_gui.sim.ascii_peer import AsciiPeer

TS = "00012345_8F"  # the counter now: 0x12345 = 74565 s
NOW = 0x12345

#: slot → (literal answer, expected: (event code, value, unit, cell, age in s or None))
LOG = {
    0: ("00012000_01_0226_03_11", (1, 2.750, "V", 3, 837)),  # V low, 0x226 × 5 mV
    1: ("00012100_04_0170_0B_22", (4, 83.276, "°C", 11, 581)),  # T high, 0x170 × 0.857 − 232.1
    2: ("00011000_06_0109_07_19", (6, -4.995, "°C", 7, 4933)),  # T low (discharge), below 0 °C
    3: ("00012300_05_0000_09_14", (5, None, "", 9, 69)),  # communication: no value
    4: ("00010000_02_02D0_10_1A", (2, 3.600, "V", 16, 9029)),  # V high
    5: ("00012200_03_X_FF_CC", (3, None, "", None, 325)),  # T low (charge), value X, cell 255
    6: ("X_01_0230_01_DF", (1, 2.800, "V", 1, None)),  # time X: age unknown
    7: ("00020000_02_02D0_02_1C", (2, 3.600, "V", 2, None)),  # after "now": age unknown
    8: ("00012340_07_1234_05_20", (7, None, "", 5, 5)),  # a type the reference does not list
    9: ("00000000_00_0000_00_00", None),  # empty
}

#: the fourteen blocks, ring index 0x1D = 29 in every one: slot 29 (the newest) holds 100 %, slot 30
#: (the oldest) FF, slot 31 XX, every other slot s holds (7·s) mod 100
HISTORY = [
    "1D_00070E151C232A31383F464D_8D",
    "1D_545B62050C131A21282F363D_90",
    "1D_444B52596064FFXX181F262D_F2",
    "1D_343B424950575E01080F161D_8A",
    "1D_242B323940474E555C63060D_8D",
    "1D_141B222930373E454C535A61_86",
    "1D_040B121920272E353C434A51_7A",
    "1D_585F020910171E252C333A41_82",
    "1D_484F565D00070E151C232A31_91",
    "1D_383F464D545B62050C131A21_94",
    "1D_282F363D444B525960030A11_86",
    "1D_181F262D343B424950575E01_8E",
    "1D_080F161D242B323940474E55_8C",
    "1D_5C63060D141B222930373E45_85",
]
NEWEST_SLOT = 0x1D
BLOCK_0_INDEX_OUT_OF_RANGE = "C8_00070E151C232A31383F464D_93"  # ring index 200 of 168


def expected_soc(slot: int) -> int | None:
    if slot == NEWEST_SLOT:
        return 100
    if slot in (30, 31):
        return None
    return (7 * slot) % 100


def literal_answers() -> dict[str, str]:
    answers = {"TS": TS}
    answers.update({f"L{slot}": line for slot, (line, _) in LOG.items()})
    answers.update({f"H{k:X}": line for k, line in enumerate(HISTORY)})
    return answers


class LiteralPeer(AsciiPeer):
    """The simulator, but `TS@`, `Ln@` and `Hk@` answered with given lines.

    `damaged`: record → how many of its first answers arrive with a wrong checksum;
    `silent`: records that are echoed and never answered; `drop_after`: a record after whose
    answer `on_drop()` is called (the test drops the link there); `quiet_while_streaming`: these
    records are echoed and not answered while the stream runs (a battery that answers reads only
    with its stream stopped, as its settings are read)."""

    def __init__(self, *args, answers=None, damaged=None, silent=(), drop_after=None, on_drop=None,
                 quiet_while_streaming=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.quiet_while_streaming = quiet_while_streaming
        self.answers = dict(answers or {})
        self.damaged = dict(damaged or {})
        self.silent = set(silent)
        self.drop_after = drop_after
        self.on_drop = on_drop
        self.asked: list[str] = []

    def _command(self, line: bytes) -> None:
        text = line.decode("latin-1")
        if text.endswith("@"):
            self.asked.append(text[:-1])
        quiet = self.quiet_while_streaming and self.streaming and text[:1] in "TLH"
        if text.endswith("@") and (text[:-1] in self.silent or quiet):
            self.commands_received += 1
            self._send(line + b"\r")  # the echo, and no answer
            return
        super()._command(line)
        if self.drop_after is not None and text == f"{self.drop_after}@" and self.on_drop is not None:
            self.on_drop()

    def _read(self, record: str) -> str:
        answer = self.answers.get(record)
        if answer is None:
            return super()._read(record)
        if self.damaged.get(record, 0) > 0:
            self.damaged[record] -= 1
            body, _, check = answer.rpartition("_")
            return f"{body}_{(int(check, 16) + 1) & 0xFF:02X}"  # one off: the checksum fails
        return answer
