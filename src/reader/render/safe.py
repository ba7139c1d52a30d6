"""Article text is data: make every control character visible before a terminal sees it.

A plain Textual Static or a Rich print passes escape sequences straight through, so an
article could clear the screen, set the window title or write the clipboard (OSC 52).
Mapping them to visible symbols once, at the edge, keeps the model's text untouched
(nothing is lost) and every widget safe.
"""

from __future__ import annotations

import re

_C0 = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_C0[0x1B] = "␛"
_TABLE: dict[int, str] = {**_C0, 0x7F: "␡", 0x09: " "}
_TABLE.update({code: f"<{code:02X}>" for code in range(0x80, 0xA0)})
_TABLE.update(
    {code: f"<U+{code:04X}>" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """`text` with control, C1 and bidi-override characters replaced by visible symbols."""
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_TABLE)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None
