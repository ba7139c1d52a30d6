"""Photo captions: the credit at their end and the ALL-CAPS label at their start.

Outlets write credits in a handful of shapes (a keyword and a colon, "(AP Photo/Name)",
"© Agency", BBC's "Image source, ..."), in any language's word for photo, so the credit
is found by shape at the end of the paragraph and never by a known name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reader.model.alternation import compiled_on_first_use, trie_alternation

_CREDIT_KEYWORDS = (
    *("photo", "photos", "photograph", "photographs", "foto", "fotos", "fotograf", "fotografi"),
    *("bild", "bilder", "bilde", "kuva", "image", "picture", "illustration", "illustrasjon"),
    *("grafik", "grafikk", "video", "credit", "crédit", "crédits", "arkivfoto", "arkivbild"),
    "quelle",  # German: "Quelle: picture alliance/dpa"
)
"""The words for photo (and video, graphic, credit) that introduce a credit."""
_KEYWORD = f"(?:{trie_alternation(_CREDIT_KEYWORDS)})"
_CREDIT_TEXT = r"(?P<credit>[^\s:()][^:()]{0,100}?)"
_KEYWORD_CREDIT = re.compile(
    rf"(?:^|(?<=[\s.,;!?(]))\(?{_KEYWORD}(?:\s*/\s*(?:quelle|source|kilde|källa))?"
    rf"\s*:\s*(?:©\s*)?{_CREDIT_TEXT}\s*\)?\.?$",
    re.IGNORECASE,
)
_AGENCY_PHOTO_CREDIT = compiled_on_first_use(
    rf"\((?:[\w.&-]+\s+){{0,3}}photos?\s*/\s*{_CREDIT_TEXT}\s*\)\.?$", re.IGNORECASE
)
_PHOTO_BY_CREDIT = compiled_on_first_use(
    rf"\(?photo(?:graph)?\s+by\s+{_CREDIT_TEXT}\s*\)?\.?$", re.IGNORECASE
)
_COPYRIGHT_CREDIT = compiled_on_first_use(rf"(?:^|(?<=[\s.,;!?(]))\(?©\s*{_CREDIT_TEXT}\s*\)?\.?$")
_IMAGE_SOURCE_CREDIT = compiled_on_first_use(
    rf"(?:^|(?<=\s))image source,\s*{_CREDIT_TEXT}\s*$", re.IGNORECASE
)
_KEYWORD_REACH = len("(") + max(map(len, _CREDIT_KEYWORDS))
"""How far before the end of its keyword a keyword credit may start."""


def _credit_searches(tail: str) -> list[tuple[re.Pattern[str], int]]:
    """The credit patterns that can match `tail`, in order, each with the leftmost place a
    match could start.

    Each shape has marks it cannot do without: a keyword credit's colon (the last colon,
    as none may follow in the credit, nor a "("), "(" and "/" for "(AP Photo/Name)", "by",
    "©", "e," for "Image source,".  A shape whose marks are missing is not tried, and
    searching from just before the mark gives the same match as searching the whole tail,
    without trying the pattern at every word before it.
    """
    searches: list[tuple[re.Pattern[str], int]] = []
    colon = tail.rfind(":")
    if colon >= 0 and "(" not in tail[colon + 1 :]:
        # Only the keyword, perhaps "/ Quelle", and whitespace stand before the colon.
        head = tail[:colon].rstrip()
        slash = head.rfind("/")
        keyword_end = len(head[:slash].rstrip()) if slash >= 0 else len(head)
        searches.append((_KEYWORD_CREDIT, max(0, keyword_end - _KEYWORD_REACH)))
    if "(" in tail and "/" in tail:
        searches.append((_AGENCY_PHOTO_CREDIT(), 0))  # opens with "(", which re finds fast
    # "b", "y" and "e" have no other case forms in re (unlike "i", "k" and "s").
    by = "by" in tail or "BY" in tail or "By" in tail or "bY" in tail
    source = "e," in tail or "E," in tail
    lowered = tail.lower() if by or source else ""
    # Positions in `lowered` are those of `tail` unless a case mapping changed a length.
    same_places = len(lowered) == len(tail)
    photo = lowered.find("photo") if by else -1
    if photo >= 0:
        searches.append((_PHOTO_BY_CREDIT(), max(0, photo - 1) if same_places else 0))
    copyright_sign = tail.find("©")
    if copyright_sign >= 0:
        searches.append((_COPYRIGHT_CREDIT(), max(0, copyright_sign - 1)))
    source_at = lowered.find("ource,") if source else -1  # "s" also matches "ſ" in re
    if source_at >= 0:
        searches.append(
            (_IMAGE_SOURCE_CREDIT(), max(0, source_at - len("image s")) if same_places else 0)
        )
    return searches


def _may_hold_credit(tail: str) -> bool:
    """Whether `tail` has a mark that one of the credit shapes cannot do without (see
    `_credit_searches`).  Single characters are tested first: `in` finds one far faster
    than a longer string, and most paragraphs of body text have none of ":", "/", "©",
    and no "by" or "e," either."""
    return (
        ":" in tail
        or "/" in tail
        or "©" in tail
        or ("," in tail and ("e," in tail or "E," in tail))
        or (
            ("y" in tail or "Y" in tail)
            and ("by" in tail or "BY" in tail or "By" in tail or "bY" in tail)
        )
    )


def _has_credit_stem(tail: str) -> bool:
    """A cheap first test for a credit keyword in any case ("Foto", "FOTO", "Bild", "©"):
    substring tests on inner letters, spelled out because this runs on every paragraph."""
    return (
        "oto" in tail  # foto, photo, Photograph
        or "OTO" in tail
        or "ild" in tail  # bild, bilde
        or "ILD" in tail
        or "mage" in tail  # image
        or "MAGE" in tail
        or "©" in tail
        or "redit" in tail  # credit, crédit
        or "REDIT" in tail
        or "rkiv" in tail  # arkivbild, arkivfoto
        or "uva" in tail  # kuva
        or "llustr" in tail
        or "rafi" in tail  # grafikk, grafik
        or "ideo" in tail
        or "icture" in tail
        or "uelle" in tail  # Quelle
        or "UELLE" in tail
    )


_CAPTION_MARKER = re.compile(r"^(?:media|image|video) caption\s*,", re.IGNORECASE)
_LABEL = re.compile(r"^(?P<label>[^\W\d_a-z][^\W_a-z]*(?:[ '’&./-]+[^\W_a-z]+){0,4}):\s+\S")
_YEAR = re.compile(r"^\d{4}$")

MAX_CREDIT_WORDS = 10
TAIL_CHARS = 160
"""Credits sit at the end; looking at the tail only keeps captions cheap on long paragraphs."""


@dataclass(frozen=True, slots=True)
class Credit:
    text: str
    start: int
    """Where the credit phrase (keyword included) begins in the paragraph."""


def find_credit(paragraph: str) -> Credit | None:
    """The photo credit that ends `paragraph`, without keyword, ©, or parentheses."""
    tail = paragraph[-TAIL_CHARS:]
    if not _may_hold_credit(tail) or not _has_credit_stem(tail):
        return None  # a few substring tests rule out nearly every paragraph of body text
    for pattern, start in _credit_searches(tail):
        match = pattern.search(tail, start)
        if match is None:
            continue
        credit = match.group("credit").strip().rstrip(".").strip()
        if _plausible_credit(credit):
            return Credit(credit, len(paragraph) - len(tail) + match.start())
    return None


def _plausible_credit(credit: str) -> bool:
    words = credit.split()
    if not words or len(words) > MAX_CREDIT_WORDS or _YEAR.match(credit):
        return False
    # A credit names people or agencies: a capital or digit first ("123RF"), or one of the
    # agencies that write themselves in lower case ("dpa", "dts").
    return (
        credit[0].isupper()
        or credit[0].isdigit()
        or len(words) <= 2
        or any(word[0].isupper() for word in words)  # "picture alliance / Tobias Lang"
    )


def is_credit_only(line: str, credit: Credit | Literal[False] | None = False) -> bool:
    """A line that is nothing but a photo credit, e.g. "Foto: NTB scanpix".

    `credit` is `find_credit(line)` when the caller already has it (None: no credit).
    """
    if len(line) > 120:
        return False
    if credit is False:
        credit = find_credit(line)
    return credit is not None and credit.start <= 1


def find_label(paragraph: str) -> str | None:
    """The ALL-CAPS prefix before a colon ("UKRAINA: ..."), if the paragraph has one."""
    if ":" not in paragraph:
        return None  # the label's colon: most paragraphs have none
    match = _LABEL.match(paragraph)
    if match is None:
        return None
    label = match.group("label")
    letters = [char for char in label if char.isalpha()]
    if len(letters) < 2 or not all(char.isupper() for char in letters):
        return None
    return label


def has_caption_marker(paragraph: str) -> bool:
    """BBC-style "Media caption, ..." / "Image caption, ..." prefixes."""
    # The first letter, in any case re's IGNORECASE matches ("İ" and "ı" for "i").
    return paragraph[:1] in "mMiIİıvV" and _CAPTION_MARKER.match(paragraph) is not None


def caption_body(text: str) -> str:
    """The caption's own words, without its label prefix and credit phrase.

    The renderer shows label and credit in the caption box's frame; the block's text
    keeps them, so nothing of the article is lost.
    """
    credit = find_credit(text)
    body = text[: credit.start] if credit else text
    label = find_label(body)
    if label is not None:
        body = body[len(label) :].lstrip(" :")
    body = body.strip()
    return body or text
