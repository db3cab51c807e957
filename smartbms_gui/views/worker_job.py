"""One long piece of work (an export, loading a recording) on its own worker thread, followed by the
GUI thread on a timer. No Qt: the worker never touches a widget.

The worker writes `progress` (0…1), one float the GUI thread reads without a lock; `cancel()` sets the
event the work checks now and then; `future` holds the result or the exception, every outcome going
back to the GUI thread. The thread is not a daemon: at exit Python waits for it, so cancelled work
still cleans up (an export removes its part file; a load stops within one part).
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any


class WorkerJob:
    def __init__(self, thread_name: str) -> None:
        self.progress = 0.0
        self.cancelled = threading.Event()
        self.future: Future = Future()
        self._thread = threading.Thread(target=self.run_here, name=thread_name)

    def work(self) -> Any:  # pragma: no cover - overridden
        """The work itself; report with `self._report(share)`, stop when `self.cancelled` is set."""
        raise NotImplementedError

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.cancelled.set()

    def done(self) -> bool:
        return self.future.done()

    def _report(self, share: float) -> None:
        self.progress = share

    def run_here(self) -> None:
        """The work on the calling thread: the worker thread, or the GUI thread for a small job."""
        self.future.set_running_or_notify_cancel()
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the GUI thread
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)
