"""The pure protocol layer: codecs, tables and conversions. No Qt, no bleak, no I/O."""
