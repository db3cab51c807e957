"""Dependencies point one way: views → device → transport → protocol (and sim → protocol).
The command line (cli/) is a composition root beside the window: it wires any layer but views.
Only the composition roots (app.py, cli/, sim/'s own programs) and the simulator panel import sim/;
the package root's helper modules (i18n, logs, preferences, ...) import no Qt.

report/ (the commissioning report) sits beside views: it reads the device layer's model and the
protocol's tables and draws a PDF with Qt's painting classes (QtCore/QtGui, and QtPrintSupport for a
printer), never widgets, so both the window and the command line can use it. The command line itself
still imports no Qt: `smartbms report` imports report/ only when it runs, and report/ then starts
Qt's offscreen platform (no window, no display) to draw the PDF.

Read every module's imports (without importing it) and check each layer against what it may use.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "smartbms_gui"

# Third-party modules each layer must never import.
FORBIDDEN_EXTERNAL = {
    "protocol": {"PySide6", "shiboken6", "pyqtgraph", "qasync", "bleak", "serial", "bumble", "socket", "asyncio",
                 "sqlite3", "threading", "subprocess", "os", "io", "pathlib"},
    "transport": {"PySide6", "shiboken6", "pyqtgraph", "qasync"},
    "device": {"PySide6", "shiboken6", "pyqtgraph", "qasync", "bleak", "serial", "bumble"},
    "sim": {"PySide6", "shiboken6", "pyqtgraph", "qasync"},
    "views": {"bleak", "serial", "bumble"},
    "cli": {"PySide6", "shiboken6", "pyqtgraph", "qasync"},
    "report": {"pyqtgraph", "qasync", "bleak", "serial", "bumble", "PySide6.QtWidgets"},
}
# Package layers each layer may import (besides itself and top-level helper modules).
ALLOWED_INTERNAL = {
    "protocol": set(),
    "transport": {"protocol"},
    "device": {"transport", "protocol"},
    "sim": {"protocol"},
    "views": {"device", "protocol", "sim", "report"},  # sim: only the simulator panel (SIM_IMPORTERS)
    "cli": {"device", "transport", "protocol", "sim", "report"},  # composition root: --simulator, --ble, ...
    "report": {"device", "protocol"},  # drawn with QtGui: the window and the command line use it
}
LAYERS = set(ALLOWED_INTERNAL)

# The only modules that may import the simulator (sim/): the composition roots, which build it and
# hand it down (app.py installs sim/front.py through device/simulators.py), and the panel that
# shows the simulated battery and its faults.
SIM_IMPORTERS = ("app.py", "cli/", "sim/", "views/simulator_panel.py")

# The package root's helper modules (logs, preferences, i18n, files, ...): any layer may use them, so
# they import no Qt (not even lazily) and no radio or serial library at import time (diagnostics
# asks bleak lazily, for its report); of the package they use only the protocol. app.py is the
# window's composition root and wires everything.
ROOT_COMPOSITION = {"app.py", "__main__.py"}
ROOT_FORBIDDEN = {"PySide6", "shiboken6", "pyqtgraph", "qasync"}
ROOT_FORBIDDEN_AT_IMPORT = {"bleak", "serial", "bumble"}
ROOT_ALLOWED_INTERNAL = {"protocol"}


def _imports(path: Path) -> list[tuple[str, int]]:
    """Absolute module names a file imports (relative imports resolved), with line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join(base + ((node.module,) if node.module else ()))
                names = [module] if node.module else [f"{module}.{a.name}" for a in node.names]
                found += [(name, node.lineno) for name in names]
            else:
                found.append((node.module, node.lineno))
    return found


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "smartbms_gui" and len(parts) > 1 and parts[1] in LAYERS:
        return parts[1]
    return None


def test_every_layer_imports_only_downwards():
    problems = []
    for layer in LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if layer == "sim" and path.name in ("cli.py", "ble_peripheral.py"):
                continue  # composition roots of the simulator program: they wire transports
            for module, line in _imports(path):
                top = module.split(".")[0]
                forbidden = FORBIDDEN_EXTERNAL[layer]
                if top in forbidden or any(module == f or module.startswith(f + ".") for f in forbidden):
                    problems.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
                target = _layer_of(module)
                if module.startswith("smartbms_gui.") and target is None and layer == "protocol":
                    problems.append(f"{path.relative_to(PACKAGE)}:{line} imports {module} (protocol is pure)")
                if target and target != layer and target not in ALLOWED_INTERNAL[layer]:
                    problems.append(f"{path.relative_to(PACKAGE)}:{line} imports {module} ({layer} → {target})")
    assert not problems, "\n".join(problems)


def _imports_at_import_time(path: Path) -> list[tuple[str, int]]:
    """The absolute imports a module runs when it is imported (not those inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            found.append((node.module, node.lineno))
        elif isinstance(node, (ast.If, ast.Try, ast.With)):
            pending += [*node.body, *getattr(node, "orelse", []), *getattr(node, "finalbody", [])]
            for handler in getattr(node, "handlers", []):
                pending += handler.body
    return found


def test_only_the_composition_roots_and_the_simulator_panel_import_the_simulator():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        if any(where == allowed or (allowed.endswith("/") and where.startswith(allowed))
               for allowed in SIM_IMPORTERS):
            continue
        for module, line in _imports(path):
            if module == "smartbms_gui.sim" or module.startswith("smartbms_gui.sim."):
                problems.append(f"{where}:{line} imports {module} (only {', '.join(SIM_IMPORTERS)} may)")
    assert not problems, "\n".join(problems)


def test_the_package_root_modules_are_helpers_for_every_layer():
    problems = []
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name in ROOT_COMPOSITION:
            continue
        lazy_ok = {module for module, _ in _imports(path)} - {m for m, _ in _imports_at_import_time(path)}
        for module, line in _imports(path):
            top = module.split(".")[0]
            if top in ROOT_FORBIDDEN:
                problems.append(f"{path.name}:{line} imports {module} (Qt: views/ or report/)")
            if top in ROOT_FORBIDDEN_AT_IMPORT and module not in lazy_ok:
                problems.append(f"{path.name}:{line} imports {module} when it is imported (only lazily)")
            target = _layer_of(module)
            if target and target not in ROOT_ALLOWED_INTERNAL:
                problems.append(f"{path.name}:{line} imports {module} (the root's helpers → {target})")
    assert not problems, "\n".join(problems)


def test_the_checker_sees_a_violation():
    # A guard against a checker that passes because it reads nothing.
    sample = PACKAGE / "protocol" / "stream.py"
    assert any(name.startswith("smartbms_gui.protocol") for name, _ in _imports(sample))
    assert _layer_of("smartbms_gui.views.overview") == "views"
    assert _layer_of("smartbms_gui.cli.monitor") == "cli"
    assert _layer_of("smartbms_gui.report.content") == "report"
    # diagnostics asks bleak inside a function: seen by _imports, not run at import time
    diagnostics = PACKAGE / "diagnostics.py"
    assert any(m.startswith("bleak") for m, _ in _imports(diagnostics))
    assert not any(m.startswith("bleak") for m, _ in _imports_at_import_time(diagnostics))


def test_the_lower_layers_and_the_command_line_load_no_qt():
    """Importing the device layer, every transport, the simulator and the CLI pulls in no Qt (run in a
    fresh interpreter, so what other tests imported does not count)."""
    import subprocess
    import sys

    modules = ["smartbms_gui.device.session", "smartbms_gui.device.links", "smartbms_gui.device.recording",
               "smartbms_gui.device.replay", "smartbms_gui.device.export", "smartbms_gui.transport.ble",
               "smartbms_gui.transport.serial", "smartbms_gui.transport.loopback", "smartbms_gui.sim.battery",
               "smartbms_gui.sim.ascii_peer", "smartbms_gui.cli", "smartbms_gui.logs",
               "smartbms_gui.preferences", "smartbms_gui.i18n", "smartbms_gui.diagnostics",
               "smartbms_gui.sim.front", "smartbms_gui.device.simulators",
               # the report's content is worked out without Qt; only render_pdf/language draw with it
               "smartbms_gui.cli.report", "smartbms_gui.report.observe", "smartbms_gui.report.content"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules\n"
            "             if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'qasync'))\n"
            "print(bad)\n"
            "sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
