"""RSS, Atom and JSON Feed → one Article per entry, with feedparser.

An entry's content is already the article, so its HTML is read whole (no reader-mode
extraction); an entry with no content falls back to its summary.  Every article carries
the feed's name as its `collection`, which the sidebar shows above its entries.
"""

from __future__ import annotations

import json
from typing import Any

from reader.model import Article, Block, BlockKind
from reader.model.paragraphs import normalise_whitespace
from reader.model.text_parser import classify_paragraphs, derive_title
from reader.sources.html import html_fragment_blocks

K = BlockKind


class FeedError(ValueError):
    """Not a feed reader can read; the message says why."""


def parse_feed(text: str, source: str = "-") -> list[Article]:
    if text.lstrip().startswith("{"):
        feed_title, entries = _json_feed(text)
    else:
        feed_title, entries = _xml_feed(text)
    articles = []
    for number, entry in enumerate(entries, start=1):
        articles.append(_article(entry, feed_title, f"{source}#{number}"))
    if not articles:
        raise FeedError("feed has no entries")
    return articles


def _xml_feed(text: str) -> tuple[str, list[dict[str, str]]]:
    import feedparser

    parsed: Any = feedparser.parse(text)
    if not parsed.entries and parsed.get("bozo"):
        raise FeedError(f"not a readable feed ({parsed.get('bozo_exception')})")
    feed_title = normalise_whitespace(parsed.feed.get("title", ""))
    entries = []
    for item in parsed.entries:
        content = item.get("content") or []
        body = content[0].get("value", "") if content else item.get("summary", "")
        entries.append(
            {
                "title": item.get("title", ""),
                "author": item.get("author", ""),
                "published": item.get("published", "") or item.get("updated", ""),
                "html": body,
            }
        )
    return feed_title, entries


def _json_feed(text: str) -> tuple[str, list[dict[str, str]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise FeedError(f"not valid JSON ({error.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise FeedError("JSON without a feed's items")
    entries = []
    for item in data["items"]:
        if not isinstance(item, dict):
            continue
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        names = ", ".join(str(a.get("name", "")) for a in authors if isinstance(a, dict))
        html = item.get("content_html") or _paragraphs_html(item.get("content_text", ""))
        entries.append(
            {
                "title": str(item.get("title", "")),
                "author": names,
                "published": str(item.get("date_published", "")),
                "html": str(html or item.get("summary", "")),
            }
        )
    return normalise_whitespace(str(data.get("title", ""))), entries


def _paragraphs_html(text: str) -> str:
    from html import escape

    return "".join(f"<p>{escape(part)}</p>" for part in str(text).split("\n\n") if part.strip())


def _article(entry: dict[str, str], feed_title: str, source: str) -> Article:
    title = normalise_whitespace(entry["title"])
    items: list[str | Block] = []
    if title:
        items.append(Block(K.HEADLINE, title))
    if entry["author"].strip():
        items.append(Block(K.BYLINE, normalise_whitespace(entry["author"])))
    if entry["published"].strip():
        items.append(Block(K.META, normalise_whitespace(entry["published"])))
    items.extend(html_fragment_blocks(entry["html"]))
    blocks = tuple(classify_paragraphs(items))
    return Article(
        title=title or derive_title(blocks),
        blocks=blocks,
        source=source,
        format="feed",
        collection=feed_title,
    )
