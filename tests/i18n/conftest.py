import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "translations"))


@pytest.fixture
def english_afterwards(qapp):
    """Whatever a test installs, the app is back in English afterwards."""
    from smartbms_gui.views import translator as i18n

    yield
    i18n.install_translator(qapp, "en")
