"""How long ago a battery log entry was, in words (Events page, History page)."""

from __future__ import annotations

import pytest

from smartbms_gui.views.history_texts import ago_text


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "less than a minute ago"),
    (59.9, "less than a minute ago"),
    (60, "1 min ago"),
    (3599, "59 min ago"),
    (3600, "1 h ago"),
    (71 * 3600 + 3599, "71 h ago"),
    (72 * 3600, "3 days ago"),
])
def test_ago_text_never_says_zero_minutes(qapp, seconds, text):
    assert ago_text(seconds) == text
