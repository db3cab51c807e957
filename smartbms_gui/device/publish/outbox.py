"""The state messages waiting for the broker: in the order they were taken, up to a limit in seconds.

A message leaves only once the broker has acknowledged it (`pop` after the publish succeeded), so a
broker that goes away mid-send costs nothing: the same messages go again, in the same order, after
the reconnect (the broker may see one twice; `"time"` tells them apart). Messages older than the
limit are dropped, oldest first, and counted: the limit is what the user allowed, not a silent loss.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

#: a ceiling whatever the limit in seconds says (a light flickering many times a second for hours)
MAX_MESSAGES = 200_000


@dataclass(frozen=True)
class Outgoing:
    topic: str
    payload: bytes
    queued_at: float  # monotonic


class Outbox:
    def __init__(self, limit_s: float, *, max_messages: int = MAX_MESSAGES) -> None:
        self.limit_s = limit_s
        self.max_messages = max_messages
        self._items: deque[Outgoing] = deque()
        self.dropped = 0
        #: messages handed to the broker and not acknowledged yet (never expired under the sender's feet)
        self.in_flight = 0

    def __len__(self) -> int:
        return len(self._items)

    def push(self, item: Outgoing) -> None:
        self._items.append(item)
        if len(self._items) > self.max_messages and len(self._items) > self.in_flight:
            del self._items[self.in_flight]
            self.dropped += 1

    def expire(self, now: float) -> int:
        """Drop the messages queued more than `limit_s` ago; returns how many went."""
        items, oldest_kept, gone = self._items, now - self.limit_s, 0
        while len(items) > self.in_flight and items[self.in_flight].queued_at < oldest_kept:
            del items[self.in_flight]
            gone += 1
        self.dropped += gone
        return gone

    def take(self, n: int) -> list[Outgoing]:
        """The first `n` messages, now in flight until `done()` (acknowledged) or `failed()`."""
        items = self._items
        batch = [items[i] for i in range(min(n, len(items)))]
        self.in_flight = len(batch)
        return batch

    def done(self) -> None:
        """The broker acknowledged the messages in flight: they leave."""
        for _ in range(self.in_flight):
            self._items.popleft()
        self.in_flight = 0

    def failed(self) -> None:
        """The send broke off: the messages in flight stay first in the queue."""
        self.in_flight = 0
