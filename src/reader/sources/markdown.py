"""Markdown → Article, with markdown-it-py.

The format settles what it marks ("#" headings, block quotes, lists, code, images);
ordinary paragraphs still go through the plain-text rules, so a dash quote or a caption
line written in a Markdown paragraph is recognised as in pasted text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from reader.model import Article, Block, BlockKind
from reader.model.captions import find_credit, find_label
from reader.model.paragraphs import normalise_whitespace
from reader.model.text_parser import classify_paragraphs, derive_title

K = BlockKind
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n){0,60}?)---[ \t]*\n")
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


def parse_markdown(text: str, source: str = "-") -> Article:
    from markdown_it import MarkdownIt  # imported here: plain text never pays for it

    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    fields, body = split_front_matter(text)
    tokens = MarkdownIt("commonmark").parse(body)
    items = list(_items(tokens))
    has_headline = any(isinstance(i, Block) and i.kind is K.HEADLINE for i in items)
    if fields.get("title") and not has_headline:
        items.insert(0, Block(K.HEADLINE, normalise_whitespace(fields["title"])))
    opening = [
        Block(kind, normalise_whitespace(fields[key]))
        for key, kind in (("author", K.BYLINE), ("date", K.META))
        if fields.get(key)
    ]
    headline_at = next(
        (n for n, i in enumerate(items) if isinstance(i, Block) and i.kind is K.HEADLINE), -1
    )
    items[headline_at + 1 : headline_at + 1] = opening
    blocks = tuple(classify_paragraphs(items))
    title = normalise_whitespace(fields.get("title", "")) or derive_title(blocks)
    return Article(title=title, blocks=blocks, source=source, format="markdown")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` front matter (YAML's common subset); the rest is the body."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in match.group("body").splitlines():
        field = _FIELD.match(line)
        if field:
            fields[field.group("key").lower()] = field.group("value").strip("\"'")
    return fields, text[match.end() :]


def _items(tokens: Sequence[Any]) -> Iterator[str | Block]:
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind == "heading_open":
            level = int(token.tag[1])
            text = _inline_text(tokens[index + 1])
            if text:
                yield Block(K.HEADLINE if level == 1 else K.SUBHEADING, text)
            index += 3
        elif kind == "paragraph_open":
            paragraph = _paragraph(tokens[index + 1])
            if paragraph:  # a paragraph of nothing but inline HTML tags has no words
                yield paragraph
            index += 3
        elif kind == "blockquote_open":
            end = _closing(tokens, index)
            text = " ".join(_inline_text(t) for t in tokens[index:end] if t.type == "inline")
            if text.strip():
                yield Block(K.QUOTE, normalise_whitespace(text))
            index = end + 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            end = _closing(tokens, index)
            yield from _list_items(tokens[index:end], ordered=kind == "ordered_list_open")
            index = end + 1
        elif kind in ("fence", "code_block"):
            if token.content.strip():
                yield Block(K.CODE, token.content.rstrip("\n"))
            index += 1
        elif kind == "html_block":
            text = normalise_whitespace(re.sub(r"<[^>]*>", " ", token.content))
            if text:
                yield text
            index += 1
        else:
            index += 1


def _paragraph(inline: Any) -> str | Block:
    """A paragraph; one that holds only an image is that image's caption."""
    children = [c for c in inline.children or [] if c.type not in ("softbreak", "hardbreak")]
    images = [c for c in children if c.type == "image"]
    only_images = images and all(
        c.type == "image" or (c.type == "text" and not c.content.strip()) for c in children
    )
    if only_images:
        image = images[0]
        caption = normalise_whitespace(str(image.attrGet("title") or "") or _inline_text(image))
        if caption:
            credit = find_credit(caption)
            return Block(
                K.CAPTION,
                caption,
                label=find_label(caption),
                credit=credit.text if credit else None,
            )
    return _inline_text(inline)


def _list_items(tokens: Sequence[Any], *, ordered: bool) -> Iterator[Block]:
    depth = 0
    number = int(tokens[0].attrGet("start") or 1) if ordered else 0
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif token.type == "inline" and depth == 1:
            text = _inline_text(token)
            if text:
                yield Block(K.LIST_ITEM, f"{number}. {text}" if ordered else text)
                number += 1
        elif token.type == "inline":
            text = _inline_text(token)
            if text:
                yield Block(K.LIST_ITEM, text)


def _closing(tokens: Sequence[Any], start: int) -> int:
    """Index of the token that closes the one at `start` (same nesting level)."""
    level = tokens[start].level
    closing = tokens[start].type.replace("_open", "_close")
    for index in range(start + 1, len(tokens)):
        if tokens[index].type == closing and tokens[index].level == level:
            return index
    return len(tokens) - 1


def _inline_text(token: Any) -> str:
    """Inline Markdown as plain words: emphasis and links dropped, images as their alt."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(_inline_text(child) or child.content)
        elif child.type == "html_inline":
            continue
    if not token.children and token.content:
        parts.append(token.content)
    return normalise_whitespace("".join(parts))
