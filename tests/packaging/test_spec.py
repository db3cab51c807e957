"""The PyInstaller spec, run with stand-ins for PyInstaller's build steps, for each target OS."""

import plistlib
import runpy
import sys
import types
from pathlib import Path

import app_metadata
import pytest
from packaging_paths import PACKAGING, REPO

import smartbms_gui

# What PyInstaller's PySide6 hook puts into a.datas for Qt's translations, plus one file of the app.
QT_TRANSLATION_SAMPLE = [
    ("PySide6/Qt/translations/qtbase_fr.qm", "/x/qtbase_fr.qm", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
    ("PySide6/Qt/translations/qt_nl.qm", "/x/qt_nl.qm", "DATA"),
    ("PySide6/Qt/translations/qt_help_ja.qm", "/x/qt_help_ja.qm", "DATA"),
    ("smartbms_gui/translations/smartbms_de.qm", "/x/smartbms_de.qm", "DATA"),
]


class _Recorder:
    def __init__(self):
        self.calls = {}

    def step(self, name):
        def record(*args, **kwargs):
            self.calls[name] = (args, kwargs)
            datas = list(QT_TRANSLATION_SAMPLE) if name == "Analysis" else []
            result = types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=datas, args=args, kwargs=kwargs)
            return result
        return record


def _run_spec(monkeypatch, platform: str, onefile: bool = False, workpath: str = "build/none") -> dict:
    recorder = _Recorder()
    collected = []

    def fake_collect_submodules(package, filter=None):
        collected.append(package)
        return [f"{package}.stub"] if filter is None or filter(f"{package}.stub") else []

    from PyInstaller.utils import hooks

    monkeypatch.setattr(hooks, "collect_submodules", fake_collect_submodules)
    monkeypatch.setattr(app_metadata, "platform_key", lambda platform_name=None: platform)
    monkeypatch.setitem(sys.modules, "app_metadata", app_metadata)
    monkeypatch.setenv("SMARTBMS_ONEFILE", "1" if onefile else "0")
    names = {name: recorder.step(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    spec_globals = {"SPECPATH": str(PACKAGING), "workpath": workpath, **names}
    runpy.run_path(str(PACKAGING / "smartbms.spec"), init_globals=spec_globals)
    recorder.calls["collected"] = collected
    return recorder.calls


@pytest.mark.parametrize(
    "platform, backend",
    [("linux", "bleak.backends.bluezdbus"), ("darwin", "bleak.backends.corebluetooth"),
     ("win32", "bleak.backends.winrt")],
)
def test_spec_names_the_bleak_backend_of_each_os(monkeypatch, platform, backend):
    calls = _run_spec(monkeypatch, platform)
    hidden = calls["Analysis"][1]["hiddenimports"]
    assert f"{backend}.stub" in hidden
    others = {"linux", "darwin", "win32"} - {platform}
    for other in others:
        for package in app_metadata.BLEAK_BACKENDS[other]:
            if package not in app_metadata.BLEAK_BACKENDS[platform]:
                assert f"{package}.stub" not in hidden


def test_backend_packages_exist_in_the_installed_bleak():
    import importlib.util

    for packages in app_metadata.BLEAK_BACKENDS.values():
        for package in packages:
            if package.startswith("bleak."):
                assert importlib.util.find_spec(package) is not None, package


def test_macos_bundle_carries_the_bluetooth_usage_description(monkeypatch):
    calls = _run_spec(monkeypatch, "darwin")
    bundle = calls["BUNDLE"][1]
    plist = bundle["info_plist"]
    assert "123\\SmartBMS" in plist["NSBluetoothAlwaysUsageDescription"]
    assert plist["CFBundleShortVersionString"] == smartbms_gui.__version__
    assert bundle["bundle_identifier"] == app_metadata.APP_ID
    assert bundle["icon"].endswith("smartbms.icns")
    # it is a valid property list
    assert b"NSBluetoothAlwaysUsageDescription" in plistlib.dumps(plist)


def test_no_bundle_step_outside_macos(monkeypatch):
    assert "BUNDLE" not in _run_spec(monkeypatch, "linux")
    assert _run_spec(monkeypatch, "win32")["EXE"][1]["icon"].endswith("smartbms.ico")


def test_pywin32_and_test_libraries_are_excluded(monkeypatch):
    excludes = _run_spec(monkeypatch, "win32")["Analysis"][1]["excludes"]
    for name in ("win32api", "win32com", "pythoncom", "pywintypes", "bumble", "pytest"):
        assert name in excludes


def test_one_folder_and_one_file(monkeypatch):
    folder = _run_spec(monkeypatch, "linux", onefile=False)
    assert "COLLECT" in folder and folder["EXE"][1]["exclude_binaries"] is True
    single = _run_spec(monkeypatch, "linux", onefile=True)
    assert "COLLECT" not in single
    assert single["EXE"][1]["name"] == app_metadata.EXE_NAME


def test_resources_and_translations_are_bundled(monkeypatch):
    datas = _run_spec(monkeypatch, "linux")["Analysis"][1]["datas"]
    targets = {target for _, target in datas}
    assert "smartbms_gui/resources" in targets
    assert "smartbms_gui/translations" in targets
    names = {Path(source).name for source, _ in datas}
    folder = REPO / "smartbms_gui" / "translations"
    for language in ("nl", "de"):
        compiled = (folder / f"smartbms_{language}.qm").exists()
        # the compiled translation when there is one (build.sh makes it), else the .ts source
        assert (f"smartbms_{language}.qm" in names) is compiled
        assert (f"smartbms_{language}.ts" in names) is not compiled
    assert (REPO / "smartbms_gui" / "resources" / "icons" / "smartbms-256.png").exists()


def test_only_the_app_languages_of_qt_translations_are_bundled(monkeypatch):
    calls = _run_spec(monkeypatch, "linux")
    collect_args = calls["COLLECT"][0]
    bundled = [entry[0] for part in collect_args if isinstance(part, list) for entry in part]
    assert "PySide6/Qt/translations/qtbase_de.qm" in bundled
    assert "PySide6/Qt/translations/qt_nl.qm" in bundled
    assert "smartbms_gui/translations/smartbms_de.qm" in bundled
    assert "PySide6/Qt/translations/qtbase_fr.qm" not in bundled
    assert "PySide6/Qt/translations/qt_help_ja.qm" not in bundled


@pytest.mark.parametrize("dest, unwanted", [
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),  # --self-check runs on it
    ("PySide6/plugins/platforms/qwindows.dll", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/plugins/imageformats/qico.dll", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
    ("PySide6/plugins/imageformats/qjpeg.dll", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),  # printing the wizard's sheet
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", True),
    ("PySide6/Qt/lib/libQt6Core.so.6", False),  # not a plugin
    ("libjpeg.so.62", False),
])
def test_unwanted_qt_plugins(dest, unwanted):
    assert app_metadata.unwanted_qt_plugin(dest) is unwanted


def test_system_libraries_only_left_out_plugins_needed_are_pruned():
    needs = {
        "/s/libqxcb.so": {"libQt6XcbQpa.so.6", "libxcb-icccm.so.4"},
        "/s/libQt6XcbQpa.so.6": {"libxkbcommon.so.0"},
        "/s/libxkbcommon.so.0": {"libc.so.6"},
        "/s/_ssl.so": {"libssl.so.3"},
        "/s/libssl.so.3": {"libcrypto.so.3"},
    }
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("python3.11/lib-dynload/_ssl.so", "/s/_ssl.so", "EXTENSION"),
        ("libxcb-icccm.so.4", "/s/libxcb-icccm.so.4", "BINARY"),
        ("libxkbcommon.so.0", "/s/libxkbcommon.so.0", "BINARY"),
        ("libssl.so.3", "/s/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/s/libcrypto.so.3", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
        ("libgtk-stuff.so.0", "/s/libgtk-stuff.so.0", "BINARY"),  # only the gtk3 theme needed it
    ]
    kept = app_metadata.prune_unreferenced(binaries, lambda source: needs.get(source, set()))
    assert [name for name, _s, _k in kept] == [name for name, _s, _k in binaries][:-1]


def test_cups_comes_from_the_system_and_what_only_it_needed_is_left_out():
    needs = {
        "/s/libcupsprintersupport.so": {"libQt6PrintSupport.so.6", "libcups.so.2"},
        "/s/libcups.so.2": {"libgnutls.so.30", "libz.so.1"},
        "/s/libQt6PrintSupport.so.6": {"libz.so.1"},
    }
    binaries = [
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/s/libcupsprintersupport.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", "/s/libQt6PrintSupport.so.6", "BINARY"),
        ("libcups.so.2", "/s/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/s/libgnutls.so.30", "BINARY"),
        ("libz.so.1", "/s/libz.so.1", "BINARY"),
    ]
    kept = app_metadata.prune_unreferenced(binaries, lambda source: needs.get(source, set()))
    assert [name for name, _s, _k in kept] == [binaries[0][0], binaries[1][0], "libz.so.1"]


def test_qt_libraries_only_left_out_plugins_needed_are_pruned_with_their_symlinks():
    needs = {
        "/s/QtWidgets.abi3.so": {"libQt6Widgets.so.6"},
        "/s/libQt6Widgets.so.6": {"libQt6Gui.so.6"},
        "/s/libQt6Gui.so.6": {"libQt6Core.so.6"},
        "/s/libQt6Network.so.6": {"libQt6Core.so.6"},  # only the left-out TLS plugin needed it
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    kept = app_metadata.prune_unreferenced(binaries, lambda source: needs.get(source, set()))
    names = [name for name, _s, _k in kept]
    assert names == ["PySide6/QtWidgets.abi3.so", "PySide6/Qt/lib/libQt6Widgets.so.6",
                     "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6"]
    # PyInstaller may list the symlinks with the data files: the same rule there
    datas = [("a/b.txt", "/s/b.txt", "DATA"), ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
             ("sub/libQt6Core.so.6", "../PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")]
    assert app_metadata.without_dangling_symlinks(datas, kept) == [datas[0], datas[2]]
