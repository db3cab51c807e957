"""The protocol layer's own errors: each names the record and the field that failed."""

from __future__ import annotations


class ProtocolError(ValueError):
    """Bytes that do not follow the 123\\SmartBMS protocol."""

    def __init__(self, message: str, *, record: str | None = None, field: str | None = None) -> None:
        self.record = record
        self.field = field
        where = []
        if record:
            where.append(f"record {record}")
        if field:
            where.append(f"field {field}")
        prefix = (", ".join(where) + ": ") if where else ""
        super().__init__(prefix + message)


class ChecksumError(ProtocolError):
    """The checksum at the end of a record or frame does not match its content."""


class FieldError(ProtocolError):
    """A field is missing, malformed or out of its plausible range."""


class FrameError(ProtocolError):
    """A 58-byte serial frame is malformed."""
