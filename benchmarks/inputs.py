"""The benchmark inputs, generated from the repository's own articles.

Everything is written under a folder the caller owns (a temporary directory in
`run.py`): a folder of many distinct articles, long articles, and large text files.
The texts come from `sample_articles/` and `tests/corpus*/`, so they are realistic news
articles in six languages, and each generated article has its own text (its own key).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
REFERENCE = SAMPLES / "ntb-ukraina-russland-samtaler.txt"
REFERENCE_PHRASE = "til det russiske nyhetsbyrået RIA."
"""The end of the reference article's lead: on screen means the article text is shown.
Short enough to sit on one line in reader's column and in the minimal app at 120 columns."""
MB = 1_000_000


@cache
def source_texts() -> tuple[str, ...]:
    """Every plain-text article in the repository, in a stable order, the reference first
    (so the first article of a generated folder is the reference article, unchanged)."""
    files = [REFERENCE, *sorted(set(SAMPLES.glob("*.txt")) - {REFERENCE})]
    for folder in sorted(ROOT.glob("tests/corpus*")):
        files.extend(sorted(folder.glob("*.txt")))
    texts = tuple(text for text in map(_utf8, files) if text)
    if not texts:
        raise FileNotFoundError(f"no article texts under {SAMPLES} or {ROOT / 'tests'}")
    return texts


def _utf8(path: Path) -> str:
    """The file's text, or "" for the few corpus files kept in other encodings."""
    try:
        return path.read_text(encoding="utf-8-sig").strip()
    except UnicodeDecodeError:
        return ""


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def varied_articles(count: int) -> Iterator[str]:
    """`count` different articles: each source text with its body paragraphs rotated,
    and past the last rotation, with another article's opening line as its headline."""
    texts = [paragraphs(text) for text in source_texts()]
    seen: set[bytes] = set()
    for number in range(count):
        parts = texts[number % len(texts)]
        variant = number // len(texts)
        head, body = parts[0], parts[1:]
        if body:
            shift = variant % len(body)
            body = body[shift:] + body[:shift]
            if variant >= len(body):
                head = texts[(number + variant) % len(texts)][0]
        text = "\n\n".join([head, *body]) + "\n"
        digest = hashlib.blake2b(text.encode()).digest()
        if digest in seen:  # a short article ran out of rotations: make it distinct
            text += f"\nOppdatert {number}.\n"
            digest = hashlib.blake2b(text.encode()).digest()
        seen.add(digest)
        yield text


def write_folder(folder: Path, count: int) -> Path:
    """A folder of `count` distinct articles, `00000.txt`, `00001.txt`, ..."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(varied_articles(count)):
        (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def long_article(words: int, offset: int) -> str:
    """One article of about `words` words: a headline, then body paragraphs of the
    source texts (starting at text `offset`) until the count is reached."""
    texts = source_texts()
    head = paragraphs(texts[offset % len(texts)])[0]
    body: list[str] = []
    count = 0
    number = offset
    while count < words:
        for paragraph in paragraphs(texts[number % len(texts)])[1:]:
            body.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
        number += 1
    return "\n\n".join([head, *body]) + "\n"


def write_long_articles(folder: Path, words: int = 3000) -> tuple[Path, Path]:
    """Two different articles of about `words` words each."""
    folder.mkdir(parents=True, exist_ok=True)
    first, second = folder / "long-1.txt", folder / "long-2.txt"
    first.write_text(long_article(words, 0), encoding="utf-8")
    second.write_text(long_article(words, len(source_texts()) // 2), encoding="utf-8")
    return first, second


def big_text(size: int) -> str:
    """About `size` bytes (UTF-8) of article text: whole articles one after another,
    cut at a paragraph boundary."""
    pieces: list[str] = []
    total = 0
    for text in varied_articles(1_000_000):
        for paragraph in paragraphs(text):
            pieces.append(paragraph)
            total += len(paragraph.encode()) + 2
            if total >= size:
                return "\n\n".join(pieces) + "\n"
    raise AssertionError("unreachable: the generator is effectively endless")


def write_big_text(folder: Path, size: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"big-{size // MB}MB.txt"
    path.write_text(big_text(size), encoding="utf-8")
    return path
