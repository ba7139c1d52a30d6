"""Which format a file is in: its content decides, its name only breaks ties.

An HTML page saved as `.txt` is still HTML, and a feed saved as `.html` still a feed, so
the first bytes are read before the extension is believed.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Literal

Format = Literal["text", "markdown", "html", "feed"]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf", ".feed"})
SNIFF_CHARS = 2048

_FEED = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:p|div|article|h1)[\s>]", re.I)
_JSON_FEED = re.compile(r'"version"\s*:\s*"https?://jsonfeed\.org/version/', re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]*\n){0,40}?---[ \t]*\n")


def detect_format(text: str, name: str = "") -> Format:
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    suffix = PurePath(name).suffix.lower()
    if head.startswith("{") and _JSON_FEED.search(head):
        return "feed"
    if head.startswith("<"):
        if _FEED.search(head) and not _HTML.match(head):
            return "feed"
        if _HTML.search(head):
            return "html"
    if suffix in FEED_SUFFIXES and _FEED.search(head):
        return "feed"
    if suffix in HTML_SUFFIXES and "<" in head:
        return "html"
    if suffix in MARKDOWN_SUFFIXES or _FRONT_MATTER.match(head.replace("\r\n", "\n")):
        return "markdown"
    return "text"
