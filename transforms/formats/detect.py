"""Which parser reads a file: decided by content first, the file name only as a tie-breaker."""

from __future__ import annotations

PLAIN_TEXT = "plain_text"


def detect_format(path: str, text: str) -> str:
    """The format name of a decoded file (a key of transforms.formats.PARSERS)."""
    return PLAIN_TEXT
