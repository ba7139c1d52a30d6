"""HTML pages → Article: reader-mode extraction, then the page's own structure.

readability-lxml finds the main article and drops navigation, ads and footers; the
remaining elements map to blocks (h1 headline, h2-h6 subheadings, blockquote quotes,
figure/figcaption captions, lists, pre).  Plain `<p>` text goes through the plain-text
rules, so a dash quote or a credit written into a paragraph is still recognised.
Scripts and styles are removed before anything is read: they never run or show.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from reader.model import Article, Block, BlockKind
from reader.model.captions import find_credit, find_label
from reader.model.paragraphs import normalise_whitespace
from reader.model.text_parser import classify_paragraphs, derive_title

K = BlockKind
_HEADINGS = {"h1": K.HEADLINE, "h2": K.SUBHEADING, "h3": K.SUBHEADING, "h4": K.SUBHEADING,
             "h5": K.SUBHEADING, "h6": K.SUBHEADING}  # fmt: skip
_CONTAINERS = frozenset(
    "div article section main header footer span body html center font aside".split()
)
_CHROME = re.compile(
    r"share|social|newsletter|related|promo|advert|\bad\b|ads\b|sponsor|comment|subscribe|"
    r"paywall|cookie|breadcrumb|\bnav|menu|toolbar|signup|teaser",
    re.IGNORECASE,
)
_BYLINE_CLASS = re.compile(r"byline|author|writer|dateline-author", re.IGNORECASE)
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|source", re.IGNORECASE)
_QUIET = logging.NullHandler()
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")


def parse_html(html: str, source: str = "-", *, extract: bool = True) -> Article:
    """`extract=False` reads the whole document (a feed entry is all article already)."""
    import lxml.html
    from lxml import etree

    html = _shield(html)
    try:
        document = lxml.html.document_fromstring(html) if html.strip() else None
    except etree.ParserError:  # "Document is empty": only stray closing tags, no content
        document = None
    if document is None:
        return Article(title="", blocks=(), source=source, format="html")
    _strip_unsafe(document)
    title = _page_title(document)
    opening = list(_page_opening(document))
    body = _main_content(html, document) if extract else document
    items = list(_blocks(body))
    if opening:
        items = _insert_opening(items, opening)
    blocks = tuple(_unshield_block(block) for block in classify_paragraphs(items))
    title = _unshield(title) or derive_title(blocks)
    return Article(title=title, blocks=blocks, source=source, format="html")


def html_fragment_blocks(html: str) -> list[str | Block]:
    """The blocks of an HTML fragment (a feed entry's content), unclassified."""
    import lxml.html

    if not html.strip():
        return []
    fragment = lxml.html.fragment_fromstring(_shield(html), create_parent="div")
    _strip_unsafe(fragment)
    return [
        _unshield_block(item) if isinstance(item, Block) else _unshield(item)
        for item in _blocks(fragment)
    ]


# lxml refuses to set text holding C0 controls (other than tab and newlines), U+FFFE or
# U+FFFF, so removing a <script> beside an escape sequence failed the whole page. Such
# characters stand in as private-use characters while lxml has the text, and are put
# back after: the article keeps them, and the renderers show them as visible symbols.
# The C0 characters Python counts as whitespace become spaces, as in plain text.
_SPACES = (0x0B, 0x0C, *range(0x1C, 0x20))
_UNSAFE_FOR_XML = (*range(0x00, 0x09), *range(0x0E, 0x1C), 0xFFFE, 0xFFFF)
_STAND_INS = {code: 0x10FF00 + n for n, code in enumerate(_UNSAFE_FOR_XML)}
_SHIELD = {**dict.fromkeys(_SPACES, 0x20), **_STAND_INS}
_UNSHIELD = {stand_in: code for code, stand_in in _STAND_INS.items()}
_UNSAFE_REFERENCE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,8})|(?P<dec>[0-9]{1,10}));?")


def _shield(html: str) -> str:
    """`html` with every character lxml cannot hold (raw or as a `&#27;` reference)
    replaced by its stand-in."""
    return _UNSAFE_REFERENCE.sub(_shield_reference, html).translate(_SHIELD)


def _shield_reference(match: re.Match[str]) -> str:
    number = int(match["hex"], 16) if match["hex"] else int(match["dec"])
    if number == 0 or number not in _SHIELD:  # lxml reads &#0; as U+FFFD, as browsers do
        return match.group()
    return chr(_SHIELD[number])


def _unshield(text: str) -> str:
    return text.translate(_UNSHIELD)


def _unshield_block(block: Block) -> Block:
    return Block(
        block.kind,
        _unshield(block.text),
        _unshield(block.label) if block.label is not None else None,
        _unshield(block.credit) if block.credit is not None else None,
        _unshield(block.speaker) if block.speaker is not None else None,
    )


def _strip_unsafe(root: Any) -> None:
    for element in root.xpath("//script|//style|//noscript|//template|//iframe|//svg"):
        element.drop_tree()


def _main_content(html: str, document: Any) -> Any:
    """The article element readability picks; the whole body if it finds nothing."""
    import lxml.html
    from readability import Document

    # readability logs a traceback for each page it gives up on; the fallback below is
    # the answer, so it never reaches standard error (or the app's screen).
    logging.getLogger("readability").addHandler(_QUIET)
    try:
        summary = Document(html).summary(html_partial=True)
        content = lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:  # readability gives up on some pages; read the whole body then
        return document.body if document.body is not None else document
    _strip_unsafe(content)
    return content


def _page_title(document: Any) -> str:
    for xpath in (
        "//meta[@property='og:title']/@content",
        "//meta[@name='twitter:title']/@content",
        "//h1",
        "//title",
    ):
        found = document.xpath(xpath)
        if found:
            value = found[0] if isinstance(found[0], str) else found[0].text_content()
            title = normalise_whitespace(value)
            if title:
                return _TITLE_SEPARATOR.sub("", title) if xpath == "//title" else title
    return ""


def _page_opening(document: Any) -> Iterator[Block]:
    """Byline and publication time from the page's metadata, when the body lacks them."""
    authors = document.xpath("//meta[@name='author']/@content") or document.xpath(
        "//meta[@property='article:author']/@content"
    )
    if authors and not document.xpath("//*[@rel='author' or contains(@class, 'byline')]"):
        yield Block(K.BYLINE, normalise_whitespace(str(authors[0])))
    times = document.xpath("//meta[@property='article:published_time']/@content")
    if times and not document.xpath("//time"):
        yield Block(K.META, normalise_whitespace(str(times[0])))


def _insert_opening(items: list[str | Block], opening: list[Block]) -> list[str | Block]:
    at = next(
        (n + 1 for n, i in enumerate(items) if isinstance(i, Block) and i.kind is K.HEADLINE), 0
    )
    return items[:at] + list(opening) + items[at:]


def _blocks(root: Any) -> Iterator[str | Block]:
    """Block-level content in document order; loose text between blocks as paragraphs."""
    yield from _loose(root.text)
    for element in root.iterchildren():
        yield from _element_blocks(element)
        yield from _loose(element.tail)


def _loose(text: str | None) -> Iterator[str]:
    if text and text.strip():
        yield normalise_whitespace(text)


def _element_blocks(element: Any) -> Iterator[str | Block]:
    tag = element.tag if isinstance(element.tag, str) else ""
    if not tag or _is_chrome(element):
        return
    if tag in _HEADINGS:
        text = _text(element)
        if text:
            yield Block(_HEADINGS[tag], text)
    elif tag == "figure":
        yield from _figure(element)
    elif tag == "blockquote":
        text = _text(element)
        if text:
            yield Block(K.QUOTE, text, speaker=_cited(element))
    elif tag in ("ul", "ol"):
        yield from _list(element, ordered=tag == "ol")
    elif tag == "pre":
        text = element.text_content().strip("\n")
        if text.strip():
            yield Block(K.CODE, text)
    elif tag == "time":
        text = _text(element)
        if text:
            yield Block(K.META, text)
    elif tag == "address" or _BYLINE_CLASS.search(_classes(element)):
        text = _text(element)
        if text:
            yield Block(K.BYLINE, text)
    elif tag in _CONTAINERS and _has_blocks(element):
        yield from _blocks(element)
    else:
        yield from _paragraph(element)


def _paragraph(element: Any) -> Iterator[str | Block]:
    text = _text(element)
    if not text:
        return
    quoted = element.xpath("./q")
    if quoted:
        # <q> opens the paragraph: the browser shows quote marks that the text lacks.
        inner = _text(quoted[0])
        if inner and text.lstrip("“”\"«»„‘’' ").startswith(inner[:30]):
            yield Block(K.QUOTE, text)
            return
    yield text


def _figure(element: Any) -> Iterator[Block]:
    captions = element.xpath(".//figcaption")
    if not captions:
        alt = element.xpath(".//img/@alt")
        text = normalise_whitespace(str(alt[0])) if alt else ""
        if text:
            yield Block(K.CAPTION, text)
        return
    caption = captions[0]
    text = _text(caption)
    if not text:
        return
    marked = [
        normalise_whitespace(node.text_content())
        for node in caption.iter()
        if isinstance(node.tag, str) and _CREDIT_CLASS.search(_classes(node))
    ]
    found = find_credit(text)
    credit = found.text if found else (marked[0].strip("()") if marked and marked[0] else None)
    yield Block(K.CAPTION, text, label=find_label(text), credit=credit)


def _list(element: Any, *, ordered: bool) -> Iterator[Block]:
    number = _start(element.get("start"))
    for item in element.iterchildren("li"):
        text = _text(item)
        if text:
            yield Block(K.LIST_ITEM, f"{number}. {text}" if ordered else text)
            number += 1


def _start(value: str | None) -> int:
    """An ordered list's first number; a missing or malformed `start` counts from 1."""
    try:
        return int(value or 1)
    except ValueError:
        return 1


def _cited(element: Any) -> str | None:
    for node in element.xpath(".//cite|.//footer"):
        name = normalise_whitespace(node.text_content()).lstrip("—–- ")
        if name:
            return name
    return None


def _has_blocks(element: Any) -> bool:
    return any(
        isinstance(child.tag, str) and child.tag not in _INLINE for child in element.iterchildren()
    )


_INLINE = frozenset(
    "a abbr b bdi bdo br cite code data dfn em i kbd mark q rp rt ruby s samp small span "
    "strong sub sup time u var wbr img button label".split()
)


def _is_chrome(element: Any) -> bool:
    identity = f"{_classes(element)} {element.get('id') or ''} {element.get('role') or ''}"
    return element.tag in ("nav", "button", "form", "input", "select", "aside") or bool(
        identity.strip() and _CHROME.search(identity)
    )


def _classes(element: Any) -> str:
    return str(element.get("class") or "")


def _text(element: Any) -> str:
    return normalise_whitespace(element.text_content())
