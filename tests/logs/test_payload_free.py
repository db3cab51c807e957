"""Other packages' log lines lose their payload bytes; addresses, UUIDs and handles stay readable."""

from __future__ import annotations

import io
import logging

import pytest

from smartbms_gui import logs


@pytest.mark.parametrize(
    "line, kept",
    [
        # bumble: a whole ATT write in hex, and its attribute value on a line of its own
        ("ACL: handle=0x0001, pb=0, bc=0, data_total_length=15, data=0b000400521000505734373131210d",
         "ACL: handle=0x0001, pb=0, bc=0, data_total_length=…, data=…"),
        ("  \x1b[36mattribute_value: \x1b[0m 3334", "  attribute_value:  …"),
        # bleak (BlueZ over dbus_fast): the value as a byte repr inside a D-Bus signal
        ("received D-Bus signal (/org/bluez/hci0/dev_F0_12_3B_00_0D_02/service000c/char000d): "
         "{'Value': <dbus_fast.signature.Variant ('ay', bytearray(b'PW4711!\\r'))>}",
         "received D-Bus signal (/org/bluez/hci0/dev_…_…_…_…_…_…/servi…/char…): "
         "{'Value': <dbus_fast.signature.Variant ('ay', <8 bytes>)>}"),
        # bleak's write, CoreBluetooth's NSData, a list of byte values, a hex dump with separators
        ("Write Characteristic 6e400002-b5a3-f393-e0a9-e50e24dcca9e | b'34-F00!\\r'",
         "Write Characteristic 6e400002-b5a3-f393-e0a9-e50e24dcca9e | <8 bytes>"),
        ("didUpdateValue F0:12:3B:00:0D:02 <50573437 3131210d>", "didUpdateValue F0:12:3B:00:0D:02 <… …>"),
        ("value [80, 87, 52, 55, 49, 49]", "value […, …, …, …, …, …]"),
        ("50 57 34 37 31 31 21 0d | 50:57:34:37:31:31 | 0x3437", "… … … … … … … … | … | …"),
        ("write 8 bytes to handle 0x0012", "write 8 bytes to handle 0x0012"),
    ],
)
def test_payload_is_stripped_and_identifiers_stay(line, kept):
    assert logs.strip_payload(line) == kept


def test_own_lines_keep_their_numbers_foreign_ones_do_not(log_folder):
    seen = io.StringIO()
    later = logging.StreamHandler(seen)  # added after the setup, without our filter
    logging.getLogger().addHandler(later)
    try:
        logging.getLogger("smartbms_gui.test").info("cell 12 at 3.412 V, S1 reply 0A_14_64_34373131_C5")
        logging.getLogger("bleak.backends.test").debug("notify 0x000e: %r", bytearray(b"_3437"))
        logging.getLogger("bleak.backends.test").debug("notify 0x000e: %r", bytearray(b"3131_C5\r"))
        logging.getLogger().debug("bumble on the root logger: %s", "505734373131")
    finally:
        logging.getLogger().removeHandler(later)
    text = seen.getvalue()
    assert "cell 12 at 3.412 V, S1 reply 0A_14_64_********_C5" in text
    assert "notify 0x000e: <5 bytes>\nnotify 0x000e: <8 bytes>\n" in text
    assert "bumble on the root logger: …" in text


def test_a_record_made_in_a_bluetooth_package_is_foreign_whatever_its_name():
    bumble = pytest.importorskip("bumble.gatt_server")
    made_there = logging.LogRecord("smartbms_gui.x", logging.DEBUG, bumble.__file__, 1, "v %s", ("3437",), None)
    made_here = logging.LogRecord("smartbms_gui.x", logging.DEBUG, logs.__file__, 1, "v %s", ("3437",), None)
    assert not logs.is_own_record(made_there) and logs.is_own_record(made_here)
    assert not logs.is_own_record(logging.LogRecord("bleak", logging.DEBUG, logs.__file__, 1, "", None, None))
