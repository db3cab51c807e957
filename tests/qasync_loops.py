"""Closing a test's qasync loop (imported by a unique name: test folders share the conftest name)."""

import asyncio

import shiboken6
from PySide6.QtCore import QObject


def close_qasync_loop(loop) -> None:
    """Close `loop` and destroy its own Qt objects now, on the GUI thread, while the QApplication exists.

    qasync's close() leaves its timer object (with Qt timers still registered) and its call-soon
    signaller to Python's garbage collector, and the loop object outlives the test (the BLE radio keeps
    the last loop it saw). A collection can start on any thread, often a later test's recorder writer
    thread; Qt then unregisters the timers from the wrong thread ("QObject::~QObject: Timers cannot be
    stopped from another thread") and the GUI thread crashes in its event loop (a segmentation fault
    in a later qasync test).
    """
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()
    for value in list(vars(loop).values()):
        if isinstance(value, QObject) and shiboken6.isValid(value):
            shiboken6.delete(value)
