"""Paths for the packaging tests (imported by a unique name: test folders share the conftest name)."""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))
