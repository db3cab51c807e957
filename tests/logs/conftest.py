import logging

import pytest

from smartbms_gui import logs


@pytest.fixture
def log_folder(tmp_path):
    """setup_logging into a temporary folder at DEBUG; removed again afterwards. The recent warnings
    start empty: an earlier test on the same worker (a wrong PIN, a dropped link) may have left some."""
    logs._recent.lines.clear()
    path = logs.setup_logging("DEBUG", directory=tmp_path)
    yield path
    logs.shutdown_logging()
    logs.clear_secrets()
    logs._recent.lines.clear()
    logging.getLogger().setLevel(logging.WARNING)
