"""Bytes → text: byte-order marks first, then UTF-8, then Windows-1252 or detection.

Pasted articles are saved by editors on every platform; a file that is not text at all
(NUL bytes, mostly undecodable) is refused with a reason instead of shown as noise.
"""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CONTROL_SHARE = 0.05
"""A text with more C0 control bytes than this (besides tab, CR, LF, FF, ESC) is binary."""
WESTERN_ACCENTED_SHARE = 0.3
"""Western European text has a few accented letters in a hundred, never a third."""


class NotText(ValueError):
    """Raised for content that is not text; its message is the reason shown to the user."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; returns the text and the encoding that read it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise NotText(f"not a text file (broken {encoding}: {error.reason})") from None
            # A binary file can start with bytes that look like a byte-order mark.
            if "\x00" in text:
                raise NotText("not a text file (contains NUL characters)")
            if _mostly_garbage(text):
                raise NotText("not a text file (mostly control characters)")
            return text, encoding
    if b"\x00" in data:
        raise NotText("not a text file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _mostly_garbage(text):
            raise NotText("not a text file (mostly control characters)")
        return text, "utf-8"
    text, encoding = _western_or_detected(data)
    if _mostly_garbage(text):
        raise NotText("not a text file (mostly undecodable bytes)")
    return text, encoding


def _western_or_detected(data: bytes) -> tuple[str, str]:
    """Windows-1252 when it reads as Western text, else what charset-normalizer finds.

    Detection alone misreads short Nordic texts as Central European (cp1250 turns "å"
    into "ĺ"), so cp1252 is tried first and kept when its letters are mostly plain
    Latin: text in another script decodes to runs of accented letters instead.
    """
    try:
        western, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; Latin-1 maps them all
        western, encoding = data.decode("latin-1"), "latin-1"
    letters = [char for char in western if char.isalpha()]
    accented = sum(1 for char in letters if ord(char) > 0x7F)
    if not letters or accented / len(letters) < WESTERN_ACCENTED_SHARE:
        return western, encoding
    from charset_normalizer import from_bytes  # imported only for such files

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return western, encoding
    return str(best), best.encoding


def _mostly_garbage(text: str) -> bool:
    """More control characters (C0 besides tab, newlines, form feed and ESC; DEL; C1)
    than text has, in its first SNIFF_CHARS: the file is binary, whatever decoded it."""
    sample = text[:SNIFF_CHARS]
    if not sample:
        return False
    return len(_CONTROLS.findall(sample)) / len(sample) > MAX_CONTROL_SHARE


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
SNIFF_CHARS = 65536
