"""Tasks the window starts and keeps until they end (asyncio holds only weak references to running
tasks, so an unkept one may vanish mid-way), with their failure handed to whoever reports it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any


def keep_task(tasks: set, awaitable: Awaitable[Any], on_failure: Callable[[BaseException], None], *,
              name: str | None = None) -> asyncio.Task:
    """Run `awaitable` as a task held in `tasks` until it ends; a failure (not a cancellation) goes to
    `on_failure`."""
    task = asyncio.ensure_future(awaitable)
    if name is not None:
        task.set_name(name)
    tasks.add(task)

    def done(t: asyncio.Task) -> None:
        tasks.discard(t)
        if not t.cancelled() and t.exception() is not None:
            on_failure(t.exception())  # type: ignore[arg-type]  # (not None: checked above)

    task.add_done_callback(done)
    return task
