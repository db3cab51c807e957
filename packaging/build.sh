#!/usr/bin/env bash
# Build SmartBMS Desktop with PyInstaller and check that the built program runs.
#
#   packaging/build.sh            one-folder build: dist/smartbms-desktop/smartbms-desktop
#   packaging/build.sh onefile    one-file build:   dist/smartbms-desktop
#
# Uses $PYTHON, else .venv/bin/python, else python3 from PATH (an activated venv). On Linux the check runs offscreen (no display needed).
# Then prints the build's size and, for the one-folder build, its start to the first live value on the
# simulator against the start from source (benchmarks/bench_startup.py --bundle; SMARTBMS_START_RUNS
# starts of each, default 3; SMARTBMS_SKIP_START_TIME=1 skips it).
# Linux: the bundle's numpy is built from source without BLAS, once (about 6 min on 2 cores; kept in
# build/numpy-noblas/), and the bundle is made in a private venv (build/bundle-venv) that has it and the
# same versions of everything else as $PYTHON; SMARTBMS_NUMPY=wheel uses $PYTHON's own numpy instead.
# Windows and macOS: see docs/packaging.md (same spec, same steps).
set -euo pipefail

cd "$(dirname "$0")/.."
if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON="$(command -v python3 || command -v python)"; fi
fi
MODE="${1:-onefolder}"

case "$MODE" in
  onefolder) export SMARTBMS_ONEFILE=0; BUILT="dist/smartbms-desktop/smartbms-desktop" ;;
  onefile)   export SMARTBMS_ONEFILE=1; BUILT="dist/smartbms-desktop" ;;
  *) echo "usage: $0 [onefolder|onefile]" >&2; exit 2 ;;
esac
if [ "$MODE" = onefile ] && [ -d dist/smartbms-desktop ]; then
  rm -rf dist/smartbms-desktop   # the one-file program takes the folder's name
fi

VERSION="$("$PYTHON" -c 'import smartbms_gui; print(smartbms_gui.__version__)')"
echo "== SmartBMS Desktop $VERSION, $MODE build"
SOURCE_PYTHON="$PYTHON"   # the start from source is timed with this one

# numpy's Linux wheels carry OpenBLAS (~28 MB with its Fortran runtime) for linear algebra the app
# never does; built with -Dblas=none -Dlapack=none, numpy uses its own small lapack_lite for the little
# pyqtgraph asks of numpy.linalg (issue 16: the one-folder bundle's size).
# If that cannot be done (no network, no compiler), the build goes on with $PYTHON's numpy and says so.
BUNDLE_VENV=build/bundle-venv
numpy_without_blas() {
  local version tag wheels wheel
  version="$("$PYTHON" -c 'import numpy; print(numpy.__version__)')" || return 1
  tag="$("$PYTHON" -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')" || return 1
  wheels=build/numpy-noblas
  built_wheel() { find "$wheels" -maxdepth 1 -name "numpy-$version-$tag-*.whl" 2>/dev/null | head -1; }
  wheel="$(built_wheel)"
  if [ -z "$wheel" ]; then
    echo "== numpy $version without BLAS: building it once from source (several minutes)"
    # --no-cache-dir: pip's wheel cache does not key on the -C settings, so it could hand back a numpy
    # built from source another way
    "$PYTHON" -m pip wheel --quiet --no-cache-dir --no-deps --no-binary numpy "numpy==$version" -w "$wheels" \
      -Csetup-args=-Dallow-noblas=true -Csetup-args=-Dblas=none -Csetup-args=-Dlapack=none || return 1
    wheel="$(built_wheel)"
    [ -n "$wheel" ] || return 1
  fi
  echo "== the bundle's venv ($BUNDLE_VENV): numpy without BLAS, the rest as in $PYTHON"
  [ -x "$BUNDLE_VENV/bin/python" ] || "$PYTHON" -m venv "$BUNDLE_VENV" || return 1
  # the same versions as $PYTHON's environment (lines "name==version" only; numpy is the one change)
  "$PYTHON" -m pip freeze --exclude-editable | grep -E '^[A-Za-z0-9_.-]+==' | grep -v -i -E '^numpy==' \
    > build/bundle-constraints.txt || return 1
  "$BUNDLE_VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps "$wheel" || return 1
  "$BUNDLE_VENV/bin/python" -m pip install --quiet -c build/bundle-constraints.txt -e . pyinstaller || return 1
}
if [ "$(uname -s)" = Linux ] && [ "${SMARTBMS_NUMPY:-noblas}" = noblas ]; then
  if numpy_without_blas; then
    PYTHON="$BUNDLE_VENV/bin/python"
  else
    echo "WARNING: numpy without BLAS could not be made (see above): the bundle keeps the numpy of" \
         "$PYTHON, with OpenBLAS (about 28 MB more)" >&2
  fi
fi

echo "== compiling translations"
"$PYTHON" translations/update.py --compile

echo "== PyInstaller"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/smartbms.spec
echo "== built in $(( $(date +%s) - start )) s: $BUILT"

echo "== checking the built program"
export QT_QPA_PLATFORM=offscreen
output="$("$BUILT" --version)"
echo "$output"
if [ "$output" != "SmartBMS Desktop $VERSION" ]; then
  echo "FAIL: expected 'SmartBMS Desktop $VERSION' from --version" >&2
  exit 1
fi
"$BUILT" --self-check

# Size and start time (goals, issue 16: one-folder <= 150 MB, start <= 1.5 x the start from source).
if [ "$MODE" = onefolder ]; then
  SIZE_MB=$(du -sm dist/smartbms-desktop | cut -f1)
  echo "== one-folder bundle: ${SIZE_MB} MB (goal <= 150 MB)"
else
  SIZE_MB=$(du -sm "$BUILT" | cut -f1)
  echo "== one-file program: ${SIZE_MB} MB"
fi
if [ "$MODE" = onefolder ] && [ "${SMARTBMS_SKIP_START_TIME:-0}" != 1 ]; then
  echo "== start to the first live value (simulator): the built program vs. from source"
  "$SOURCE_PYTHON" benchmarks/bench_startup.py --runs "${SMARTBMS_START_RUNS:-3}" --bundle "$BUILT"
fi
echo "OK: $BUILT"
