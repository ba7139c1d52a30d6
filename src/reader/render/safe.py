"""Article text is data: make every control character visible before a terminal sees it.

A plain Textual Static or a Rich print passes escape sequences straight through, so an
article could clear the screen, set the window title or write the clipboard (OSC 52).
Mapping them to visible symbols once, at the edge, keeps the model's text untouched
(nothing is lost) and every widget safe.

Search is the one place that must look through characters a reader never sees: soft
hyphens and zero-width characters split words invisibly, so `searchable()` drops them.
"""

from __future__ import annotations

import re

_C0 = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_C0[0x1B] = "␛"
_TABLE: dict[int, str] = {**_C0, 0x7F: "␡"}
_TABLE.update({code: f"<{code:02X}>" for code in range(0x80, 0xA0)})
_TABLE.update(
    {code: f"<U+{code:04X}>" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
)
# Lone surrogates (a file name that is not UTF-8) cannot even be written to a terminal.
_TABLE.update({code: f"<U+{code:04X}>" for code in range(0xD800, 0xE000)})
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen, zero-width space, non-joiner, joiner, word joiner, zero-width no-break
space (a byte-order mark inside text): none shows, any can sit inside a word."""
_DROP_INVISIBLE = str.maketrans("", "", INVISIBLE)
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def visible(text: str) -> str:
    """`text` with control, C1 and bidi-override characters replaced by visible symbols.

    Tabs and newlines are kept (renderers expand tabs and break lines themselves);
    everything else a terminal would act on becomes a symbol: ESC `␛`, BEL `␇`,
    CR `␍`, backspace `␈`, C1 controls `<9B>`, bidi overrides `<U+202E>`.
    """
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_TABLE)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def searchable(text: str) -> str:
    """`text` for matching: soft hyphens and zero-width characters removed, so
    "Stor\\u00adting" and "Stor\\u200bting" both match "Storting". Case is left alone
    (fold it with `str.casefold()` when the search ignores case)."""
    return text.translate(_DROP_INVISIBLE)


def searchable_with_positions(text: str) -> tuple[str, list[int]]:
    """`searchable(text)`, and for each of its characters the index it came from in
    `text`, so a match found in the searchable text can be marked in the original:
    the span (start, end) there is (positions[start], positions[end - 1] + 1) here."""
    if _INVISIBLE.search(text) is None:
        return text, list(range(len(text)))
    positions = [index for index, char in enumerate(text) if char not in INVISIBLE]
    return "".join(text[index] for index in positions), positions
