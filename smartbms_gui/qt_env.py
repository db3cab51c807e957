"""Pick the Qt binding before pyqtgraph is imported, so it never picks another one."""

import os


def prepare() -> None:
    os.environ.setdefault("QT_API", "pyside6")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
