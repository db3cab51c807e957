"""USB serial link: the read-only 58-byte "extended data output" frame (docs/protocol.md §4).

The BMS sends one frame every 0.5 s or 1 s at 9600 8N1 and listens to nothing, so this
transport never writes. A reader thread does blocking reads (with a timeout, so it costs almost
nothing at 2 frames/s) and hands each burst of bytes, stamped with the time it arrived, to the
asyncio loop. Finding frame boundaries is the decoder's job (`protocol.frame.FrameDecoder`: the
frame's checksum and structure, byte by byte; silences play no part).

The reader also watches whether the bytes hold frames at all (a decoder of its own, in the reader
thread). Bytes that hold no frame for `no_frames_s` (or `no_frames_bytes` of them) mean the wrong
port, a wrong cable or another device: that is reported once through the lost callback as
`NoFrames`, whose text the session shows as the reason of its connection state. When no byte comes
at all, the session's own "no data" check speaks instead.

A pulled cable or a vanished port is reported once through the lost callback; the reader then
keeps polling for the port and reopens it when it returns, without anyone restarting anything.
`state` / `status_text` tell the UI what is going on ("waiting for /dev/ttyUSB0 to return").
"""

from __future__ import annotations

import asyncio
import enum
import errno
import os
import threading
import time
from collections.abc import Callable

import serial  # pyserial

from smartbms_gui.messages import Message

from ..protocol.frame import FRAME_LENGTH, FrameDecoder
from .base import LinkLost, Transport, TransportError, Wire
from .reasons import reason
from .serial_ports import SerialPortInfo, list_ports

__all__ = [
    "NO_FRAMES",
    "NoFrames",
    "PortBusy",
    "PortNotFound",
    "PortPermissionDenied",
    "ReadOnlyLink",
    "SerialLinkState",
    "SerialPortInfo",
    "SerialTransport",
    "list_ports",
]

BAUDRATE = 9600  # [U] fixed by the BMS


class PortNotFound(TransportError):
    """The named serial port does not exist (cable unplugged, wrong name)."""


class PortPermissionDenied(TransportError):
    """The port exists but this user may not open it."""


class PortBusy(TransportError):
    """Another program holds the port."""


class ReadOnlyLink(TransportError):
    """Something tried to send on the serial frame link, which carries no commands."""


#: The reason shown while bytes arrive but none of them is a frame.
NO_FRAMES = Message("data on the port, but no 123\\SmartBMS frames: wrong port or cable?")


class NoFrames(LinkLost):
    """Bytes arrive on the port, but no 123\\SmartBMS frame is among them."""


class SerialLinkState(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    WAITING_FOR_PORT = "waiting"  # lost; polling until the port comes back


StateListener = Callable[[SerialLinkState], None]


def _open_error(port: str, exc: Exception) -> TransportError:
    """Turn pyserial's open failure into a message a person can act on."""
    code = getattr(exc, "errno", None)
    text = str(exc)
    if code == errno.ENOENT or "No such file" in text or "could not open port" in text and "FileNotFound" in text:
        return PortNotFound(Message(
            "Serial port {port} not found: plug in the USB cable, or see the ports with `smartbms scan`.",
            port=port))
    if code in (errno.EACCES, errno.EPERM) or "Permission denied" in text or "PermissionError" in text:
        return PortPermissionDenied(Message(
            "No permission to open {port}: on Linux add yourself to the 'dialout' group "
            "(sudo usermod -aG dialout $USER) and log in again.", port=port))
    if code == errno.EBUSY or "busy" in text.lower() or "Access is denied" in text:
        return PortBusy(Message("Serial port {port} is in use by another program: close it and try again.",
                                port=port))
    return TransportError(Message("Could not open serial port {port}: {reason}. Check the cable and that the "
                                  "port is the SmartBMS adapter (`smartbms scan` lists the ports).",
                                  port=port, reason=reason(exc)))


class SerialTransport(Transport):
    """Reads the frame stream from a USB-serial adapter. Read-only."""

    wire = Wire.FRAME
    writable = False
    is_hardware = True

    def __init__(
        self,
        port: str,
        baudrate: int = BAUDRATE,
        *,
        auto_reopen: bool = True,
        reopen_interval_s: float = 1.0,
        read_timeout_s: float = 0.5,
        burst_settle_s: float = 0.01,
        no_frames_s: float = 5.0,
        no_frames_bytes: int = 4800,
    ) -> None:
        super().__init__()
        self.port = port
        self.baudrate = baudrate
        self.auto_reopen = auto_reopen
        self.reopen_interval_s = reopen_interval_s
        # How long one blocking read waits before checking that the port still exists.
        self.read_timeout_s = read_timeout_s
        # After the first byte of a burst, wait this long so one read takes the rest of it
        # (58 bytes take 60 ms at 9600 baud): fewer wake-ups, same arrival times within 10 ms.
        self.burst_settle_s = burst_settle_s
        self._serial: serial.Serial | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._state = SerialLinkState.CLOSED
        self._state_listeners: list[StateListener] = []
        #: How often the port was lost and how often it came back (for diagnostics).
        self.losses = 0
        self.reopens = 0
        self.bytes_received = 0
        self.last_error: Exception | None = None
        # Bytes without a frame: reported once they span `no_frames_s` (and hold at least a frame's
        # length) or reach `no_frames_bytes` (5 s of a 9600-baud line; a flood gets there sooner).
        self.no_frames_s = no_frames_s
        self.no_frames_bytes = no_frames_bytes
        #: frames found in the bytes read (for diagnostics and the no-frames check)
        self.frames_seen = 0
        self._watch = FrameDecoder()
        self._unframed_bytes = 0
        self._unframed_since = 0.0
        self._no_frames = False

    # -- what the UI shows -------------------------------------------------------------------

    @property
    def description(self) -> str:
        return f"Serial {self.port}"

    @property
    def is_open(self) -> bool:
        return self._state is SerialLinkState.OPEN

    @property
    def state(self) -> SerialLinkState:
        return self._state

    @property
    def status_text(self) -> str:
        if self._state is SerialLinkState.OPEN and self._no_frames:
            return f"reading {self.port}: data, but no 123\\SmartBMS frames (wrong port or cable?)"
        if self._state is SerialLinkState.OPEN:
            return f"reading {self.port} (read-only frame link)"
        if self._state is SerialLinkState.WAITING_FOR_PORT:
            return f"waiting for {self.port} to return"
        return f"{self.port} closed"

    def add_state_listener(self, listener: StateListener) -> None:
        """`listener(state)` runs on the asyncio loop whenever the link state changes."""
        self._state_listeners.append(listener)

    def remove_state_listener(self, listener: StateListener) -> None:
        if listener in self._state_listeners:
            self._state_listeners.remove(listener)

    # -- Transport ---------------------------------------------------------------------------

    async def open(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._loop = asyncio.get_running_loop()
        self._stop.clear()
        # Open here, not in the thread, so a missing port is an error the caller sees at once.
        self._serial = await self._loop.run_in_executor(None, self._open_port)
        self._restart_watch()
        self._set_state(SerialLinkState.OPEN)
        self._thread = threading.Thread(target=self._run, name=f"serial-reader {self.port}", daemon=True)
        self._thread.start()

    async def write(self, data: bytes) -> None:
        raise ReadOnlyLink(Message(
            "The USB serial link is read-only: the BMS sends its data frame and accepts no commands. "
            "Change settings over Bluetooth."))

    async def close(self) -> None:
        self._stop.set()
        ser = self._serial
        if ser is not None:
            try:
                ser.cancel_read()  # wakes the blocking read at once (POSIX)
            except Exception:  # noqa: BLE001 - the port may already be gone
                pass
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            await asyncio.get_running_loop().run_in_executor(None, thread.join, 2.0)
        self._thread = None
        self._close_port()
        self._set_state(SerialLinkState.CLOSED)

    # -- the reader thread -------------------------------------------------------------------

    def _open_port(self) -> serial.Serial:
        try:
            return serial.Serial(
                self.port,
                self.baudrate,
                bytesize=serial.EIGHTBITS,
                parity=serial.PARITY_NONE,
                stopbits=serial.STOPBITS_ONE,
                timeout=self.read_timeout_s,
                xonxoff=False,
                rtscts=False,
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            raise _open_error(self.port, exc) from exc

    def _close_port(self) -> None:
        ser, self._serial = self._serial, None
        if ser is not None:
            try:
                ser.close()
            except Exception:  # noqa: BLE001 - closing a vanished port may fail; it is closed anyway
                pass

    def _port_vanished(self) -> bool:
        # A device node (or a /dev/serial/by-id link) that disappeared means the cable was
        # pulled even when the driver has not reported an error yet.
        return self.port.startswith("/") and not os.path.exists(self.port)

    def _run(self) -> None:
        while not self._stop.is_set():
            ser = self._serial
            if ser is None:
                if not self.auto_reopen or not self._wait_for_port():
                    return
                continue
            try:
                data = ser.read(1)
                if not data:
                    if self._port_vanished():
                        raise LinkLost(Message("{port} disappeared", port=self.port))
                    continue
                if self.burst_settle_s > 0:
                    time.sleep(self.burst_settle_s)
                waiting = ser.in_waiting
                if waiting:
                    data += ser.read(waiting)
                stamp = time.monotonic()
            except Exception as exc:  # noqa: BLE001 - any read failure means the link is gone
                if self._stop.is_set():
                    return
                self._handle_loss(exc)
                continue
            self.bytes_received += len(data)
            self._call_in_loop(self._deliver, data, stamp)
            self._watch_frames(data, stamp)

    def _restart_watch(self) -> None:
        """A fresh port: forget held bytes and the count of bytes without a frame."""
        self._watch.reset()
        self._unframed_bytes = 0
        self._no_frames = False

    def _watch_frames(self, data: bytes, stamp: float) -> None:
        """Report once when bytes keep coming but none of them is a frame (reader thread)."""
        found = len(self._watch.feed(data))
        if found:
            self.frames_seen += found
            self._unframed_bytes = 0
            self._no_frames = False
            return
        if not self._unframed_bytes:
            self._unframed_since = stamp
        self._unframed_bytes += len(data)
        if self._no_frames:
            return
        spans = stamp - self._unframed_since >= self.no_frames_s and self._unframed_bytes >= FRAME_LENGTH
        if spans or self._unframed_bytes >= self.no_frames_bytes:
            self._no_frames = True
            self._call_in_loop(self._lost, NoFrames(NO_FRAMES))

    def _handle_loss(self, exc: Exception) -> None:
        self._close_port()
        self.losses += 1
        self.last_error = exc
        # The driver's own words ("device reports readiness to read but returned no data ...")
        # mean nothing to a user; they stay in `last_error` and the exception's cause.
        if self.auto_reopen:
            lost = LinkLost(Message("serial port {port} went away (cable pulled?); waiting for it to return",
                                    port=self.port))
        else:
            lost = LinkLost(Message("serial port {port} went away (cable pulled?); plug it in again and "
                                    "reconnect", port=self.port))
        lost.__cause__ = exc
        self._call_in_loop(self._set_state, SerialLinkState.WAITING_FOR_PORT if self.auto_reopen
                           else SerialLinkState.CLOSED)
        self._call_in_loop(self._lost, lost)

    def _wait_for_port(self) -> bool:
        """Poll until the port opens again; False when closed meanwhile."""
        while not self._stop.wait(self.reopen_interval_s):
            if self._port_vanished():
                continue
            try:
                ser = self._open_port()
            except TransportError as exc:
                self.last_error = exc
                continue
            if self._stop.is_set():
                ser.close()
                return False
            self._serial = ser
            self._restart_watch()
            self.reopens += 1
            self._call_in_loop(self._set_state, SerialLinkState.OPEN)
            return True
        return False

    def _call_in_loop(self, func, *args) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            self._stop.set()
            return
        try:
            loop.call_soon_threadsafe(func, *args)
        except RuntimeError:  # the loop closed between the check and the call
            self._stop.set()

    def _set_state(self, state: SerialLinkState) -> None:
        if state is self._state:
            return
        self._state = state
        for listener in list(self._state_listeners):
            listener(state)
