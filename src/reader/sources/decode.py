"""Bytes → text: byte-order marks first, then UTF-8, then the Windows code page.

Pasted articles are saved by editors on every platform; a file that is not text at all
(NUL bytes, mostly undecodable) is refused with a reason instead of shown as noise.
"""

from __future__ import annotations

import codecs

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CONTROL_SHARE = 0.05
"""A text with more C0 control bytes than this (besides tab, CR, LF, FF, ESC) is binary."""


class NotText(ValueError):
    """Raised for content that is not text; its message is the reason shown to the user."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; returns the text and the encoding that read it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise NotText(f"not a text file (broken {encoding}: {error.reason})") from None
    if b"\x00" in data:
        raise NotText("not a text file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; Latin-1 maps them all
        text, encoding = data.decode("latin-1"), "latin-1"
    if _mostly_garbage(text):
        raise NotText("not a text file (mostly undecodable bytes)")
    return text, encoding


def _mostly_garbage(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f\x1b")
    return bad / len(text) > MAX_CONTROL_SHARE
