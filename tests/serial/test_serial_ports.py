"""Port listing: the maker's cable type (FTDI FT232, 0403:6001) comes first and is marked."""

from __future__ import annotations

from types import SimpleNamespace

from smartbms_gui.transport import serial_ports
from smartbms_gui.transport.serial_ports import SerialPortInfo, from_pyserial, sort_ports


def test_ft232_first_then_other_ftdi_then_usb_then_builtin():
    ports = [
        SerialPortInfo("/dev/ttyS0", "n/a"),
        SerialPortInfo("/dev/ttyACM0", "Arduino", vid=0x2341, pid=0x0043),
        SerialPortInfo("/dev/ttyUSB1", "FT231X", vid=0x0403, pid=0x6015),
        SerialPortInfo("/dev/ttyUSB0", "FT232R USB UART", vid=0x0403, pid=0x6001),
    ]
    ordered = [p.device for p in sort_ports(ports)]
    assert ordered == ["/dev/ttyUSB0", "/dev/ttyUSB1", "/dev/ttyACM0", "/dev/ttyS0"]


def test_label_marks_only_the_ft232():
    ft232 = SerialPortInfo("COM3", "USB Serial Port", vid=0x0403, pid=0x6001)
    other = SerialPortInfo("COM4", "CH340", vid=0x1A86, pid=0x7523)
    assert "FTDI FT232" in ft232.label and "[USB 0403:6001]" in ft232.label
    assert "FT232" not in other.label and "[USB 1A86:7523]" in other.label
    assert ft232.as_dict()["ftdi_ft232"] is True and other.as_dict()["ftdi_ft232"] is False


def test_list_ports_reads_pyserial(monkeypatch):
    fake = [
        SimpleNamespace(device="/dev/ttyS0", description="n/a", vid=None, pid=None, serial_number=None,
                        manufacturer=None),
        SimpleNamespace(device="/dev/ttyUSB0", description="SmartBMSToUSB", vid=0x0403, pid=0x6001,
                        serial_number="A10K", manufacturer="FTDI"),
    ]
    from serial.tools import list_ports as pyserial_list_ports

    monkeypatch.setattr(pyserial_list_ports, "comports", lambda: fake)
    ports = serial_ports.list_ports()
    assert [p.device for p in ports] == ["/dev/ttyUSB0", "/dev/ttyS0"]
    assert ports[0] == from_pyserial(fake[1]) and ports[0].is_ft232
    assert [p.device for p in serial_ports.list_ports(include_builtin=False)] == ["/dev/ttyUSB0"]


def test_an_open_failure_without_text_still_says_why_and_what_to_try():
    from smartbms_gui.transport.serial import _open_error

    message = str(_open_error("/dev/ttyUSB9", OSError()))
    assert ": ." not in message and "OSError" in message and "smartbms scan" in message
