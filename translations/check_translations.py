"""Checks a translation must pass: same placeholders, same markup, one accelerator where the source has one.

Used by the tests (tests/i18n/test_translations_complete.py) and by update.py --check.
"""

from __future__ import annotations

import re
from collections import Counter

PLACEHOLDER = re.compile(r"%\d+|\{[^{}]*\}")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def problems(source: str, translation: str) -> list[str]:
    found = []
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
        found.append(f"placeholders differ: {PLACEHOLDER.findall(source)} vs {PLACEHOLDER.findall(translation)}")
    def tag_names(text: str) -> Counter:
        return Counter(re.sub(r"\s.*", "", t.strip("<>/")) for t in TAG.findall(text))

    if tag_names(source) != tag_names(translation):
        found.append("HTML tags differ")
    if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translation)):
        found.append("accelerator (&) count differs")
    if source.count("\n") != translation.count("\n"):
        found.append("line breaks differ")
    if source.endswith(":") != translation.endswith(":"):
        found.append("trailing colon differs")
    if source.endswith("…") != translation.endswith("…"):
        found.append("trailing ellipsis differs")
    return found
