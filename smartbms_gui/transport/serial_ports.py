"""Which serial ports this computer has, with the maker's cable (an FTDI FT232) marked.

The "SmartBMSToUSB" cable is an FTDI FT232 (USB VID 0x0403, PID 0x6001; docs/protocol.md §4).
Other USB-serial adapters work too when the EXT OUT signal is inverted and isolated, so we
list every port and only put the FT232 ones first.
"""

from __future__ import annotations

from dataclasses import dataclass

FTDI_VID = 0x0403
FT232_PID = 0x6001


@dataclass(frozen=True)
class SerialPortInfo:
    device: str  # what to pass to `--serial`: "/dev/ttyUSB0", "COM3", "/dev/cu.usbserial-A10K"
    description: str
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    manufacturer: str | None = None

    @property
    def is_ftdi(self) -> bool:
        return self.vid == FTDI_VID

    @property
    def is_ft232(self) -> bool:
        """True for the chip the maker's cable uses."""
        return self.vid == FTDI_VID and self.pid == FT232_PID

    @property
    def usb_id(self) -> str | None:
        if self.vid is None or self.pid is None:
            return None
        return f"{self.vid:04X}:{self.pid:04X}"

    @property
    def label(self) -> str:
        """One line for a list: device, what it is, and a mark on the maker's cable type."""
        parts = [self.device]
        if self.description and self.description != "n/a":
            parts.append(self.description)
        if self.usb_id:
            parts.append(f"[USB {self.usb_id}]")
        if self.is_ft232:
            parts.append("<- FTDI FT232, the SmartBMS USB cable type")
        return "  ".join(parts)

    def as_dict(self) -> dict:
        return {
            "device": self.device,
            "description": self.description,
            "usb_id": self.usb_id,
            "serial_number": self.serial_number,
            "manufacturer": self.manufacturer,
            "ftdi_ft232": self.is_ft232,
        }


def _sort_key(port: SerialPortInfo) -> tuple:
    # The maker's cable first, other FTDI next, other USB adapters, then built-in ports.
    return (not port.is_ft232, not port.is_ftdi, port.vid is None, port.device)


def from_pyserial(info) -> SerialPortInfo:
    """Convert a `serial.tools.list_ports_common.ListPortInfo`."""
    return SerialPortInfo(
        device=info.device,
        description=info.description or "",
        vid=info.vid,
        pid=info.pid,
        serial_number=info.serial_number,
        manufacturer=info.manufacturer,
    )


def sort_ports(ports) -> list[SerialPortInfo]:
    return sorted(ports, key=_sort_key)


def list_ports(include_builtin: bool = True) -> list[SerialPortInfo]:
    """Every serial port pyserial sees, FTDI FT232 first.

    `include_builtin=False` drops ports with no USB id (the motherboard's ttyS* that are
    almost never the BMS cable).
    """
    from serial.tools import list_ports as pyserial_list_ports

    ports = [from_pyserial(p) for p in pyserial_list_ports.comports()]
    if not include_builtin:
        ports = [p for p in ports if p.vid is not None]
    return sort_ports(ports)
