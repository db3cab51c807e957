"""PyInstaller runtime hook: the bundle carries neither `PySide6.QtOpenGL` nor `PySide6.QtOpenGLWidgets`
(about 9 MB with their Qt library).

pyqtgraph imports both by name when it loads (`Qt/OpenGLHelpers.py`, `graphicsItems/PlotCurveItem.py`)
and defines one class on `QtOpenGLWidgets.QOpenGLWidget`, but it only uses them to draw with OpenGL,
which this app never turns on (`useOpenGL` stays off; tests/packaging/test_no_qt_opengl.py checks the
app's code never asks for it). This hook runs before the app and puts a stand-in under each name, so
the imports succeed:
- `QOpenGLWidget` is a plain class whose construction raises ImportError (pyqtgraph only subclasses
  it, and asks `isinstance(viewport, ...)`, which is then always False);
- anything else in them raises an ImportError that says why.

Issue 16 (bundle size); app_metadata.RUNTIME_HOOKS names this file for the spec.
"""

import sys
import types

_WHY = "OpenGL drawing is not part of this build of SmartBMS Desktop"


class _NoOpenGLWidget:
    """Stands in for QOpenGLWidget: can be subclassed and tested against, never made."""

    def __init__(self, *args, **kwargs):
        raise ImportError(f"QOpenGLWidget: {_WHY}")


def _stand_in(name, known):
    module = types.ModuleType(name, f"Stand-in: {_WHY} (see the runtime hook).")

    def missing(attribute):
        if attribute in known:
            return known[attribute]
        raise ImportError(f"{name}.{attribute}: {_WHY}")

    module.__getattr__ = missing  # PEP 562: only for names the module does not have
    return module


for _name, _known in (("PySide6.QtOpenGL", {}), ("PySide6.QtOpenGLWidgets", {"QOpenGLWidget": _NoOpenGLWidget})):
    if _name not in sys.modules:
        sys.modules[_name] = _stand_in(_name, _known)
