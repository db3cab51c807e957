"""The bundle leaves PySide6's OpenGL modules out: the runtime hook's stand-in lets pyqtgraph load and
draw the app's plots without them, and nothing in the app turns OpenGL drawing on."""

import os
import re
import subprocess
import sys

import app_metadata
from packaging_paths import PACKAGING, REPO

# Run in a fresh interpreter: in this one pyqtgraph (and the real QtOpenGL) may be loaded already.
# The real module is blocked, as if it were not in the bundle, before the hook runs.
CHILD = r"""
import importlib.abc, runpy, sys

class NoQtOpenGL(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
            raise ImportError(f"{name} is not in this bundle")
        return None

sys.meta_path.insert(0, NoQtOpenGL())
runpy.run_path(sys.argv[1])

from PySide6.QtWidgets import QApplication
app = QApplication([])
import numpy as np
import pyqtgraph as pg
from PySide6 import QtOpenGL, QtOpenGLWidgets
assert QtOpenGL.__doc__.startswith("Stand-in") and QtOpenGLWidgets.__doc__.startswith("Stand-in")
try:
    QtOpenGLWidgets.QOpenGLWidget()
except ImportError:
    pass
else:
    raise SystemExit("the stand-in QOpenGLWidget was made")
try:
    QtOpenGL.QOpenGLBuffer
except ImportError as exc:
    print("stand-in says:", exc)
else:
    raise SystemExit("the stand-in has no attributes")

plot = pg.PlotWidget()
curve = plot.plot(np.arange(100.0), np.sin(np.arange(100.0) / 10))
plot.resize(400, 300)
image = plot.grab().toImage()
assert pg.getConfigOption("useOpenGL") is False
drawn = {image.pixel(x, y) for x in range(0, 400, 7) for y in range(0, 300, 7)}
print("colours drawn:", len(drawn))
assert len(drawn) > 2, "the plot drew nothing"
"""


def test_hook_is_in_the_spec_and_the_modules_are_excluded():
    assert "PySide6.QtOpenGL" in app_metadata.EXCLUDES and "PySide6.QtOpenGLWidgets" in app_metadata.EXCLUDES
    for hook in app_metadata.RUNTIME_HOOKS:
        assert (PACKAGING / hook).is_file()
    assert "runtime_hooks=" in (PACKAGING / "smartbms.spec").read_text(encoding="utf-8")


def test_pyqtgraph_loads_and_draws_with_the_stand_in(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    hook = PACKAGING / "runtime_hooks" / "no_qt_opengl.py"
    result = subprocess.run([sys.executable, "-c", CHILD, str(hook)], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OpenGL drawing is not part of this build" in result.stdout
    assert "colours drawn:" in result.stdout


def test_the_app_never_turns_opengl_drawing_on():
    """The stand-in holds only while nothing asks pyqtgraph for OpenGL."""
    pattern = re.compile(r"useOpenGL|enableExperimental|QtOpenGL|setViewport\(|QOpenGLWidget")
    hits = [f"{path.relative_to(REPO)}:{number}"
            for path in sorted((REPO / "smartbms_gui").rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if pattern.search(line)]
    assert hits == []
