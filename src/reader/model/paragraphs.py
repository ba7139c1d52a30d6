"""Plain text → paragraphs, the way a reader sees them.

Pasted articles come in three layouts: blank lines between paragraphs, one paragraph per
line, and hard-wrapped lines.  Where the text uses blank lines, they alone separate
paragraphs (only list items in a block stand apart); where it does not, each line is a
paragraph unless it was visibly wrapped (the next word would not have fitted) or only
continues the line before (a lower-case start, a photo credit under its caption).

Nothing is dropped: a paragraph is its lines joined, with whitespace normalised.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from typing import cast

from reader.model.lexicon import FACT_BOX_HEADINGS, META_PREFIXES

WRAP_WIDTH_LIMIT = 100
"""Lines longer than this are never taken as hard-wrapped: no one wraps prose wider."""

_BULLET = re.compile(r"^[-–—•*·▪●]\s")
POINT_MARKS = "-–—•*·▪●"
"""The marks a list's point may open with (a dash may also open a quote)."""
_ENDS_SENTENCE = re.compile(r"[.!?:;…»”\"')\]]$")
_AGENCY_SIGN_OFF = re.compile(r"^[a-zäöüæøå]{2,5}(?:/[^\W\d_]{2,8})*$")
"""An agency's sign-off in lower case, alone on its line: "dpa", "cmz/dpa", "kha/afp"."""
_DOMAIN_LINE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:\s|$)")
"""A site's address opening a line."""
ADDRESS_OPENINGS = ("http://", "https://")
"""How a web address opens: alone on its line, the saved or shared article's link."""
EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
"""An e-mail address alone on its line: the writer's, under the text."""
_RELATIVE_TIME_LINE = re.compile(
    r"^(?:for|för|vor|il y a)\s+(?:\d+|en|ett|et|ei|einer|einem)\s+\w+(?:\s+(?:siden|sedan))?$"
)
"""A time counted back from now, alone on its line: "for 4 timer siden", "för 3 tim sedan",
"vor 2 Stunden", "il y a 5 minutes"."""
_DATE_LINE_OPENING = re.compile(
    r"^(?:" + "|".join(map(re.escape, META_PREFIXES)) + r")[\s:]", re.IGNORECASE
)
"""A date line's first words ("publié le", "Oppdatert:"), whole words."""
_BYLINE_WORDS = frozenset(("von", "av", "af", "by", "par", "från", "fra"))
_CLOSING_QUOTES = '”»«"’›'
SIGNATURE_MAX_WORDS = 8
COUNTER = re.compile(
    r"^[\W_]*(?i:(?:bilde|bild|billede|foto|photo|image|picture|bild nr\.?)\s+)?"
    r"\(?\d{1,3}\s*(?:/|av|of|von|sur|af|de)\s*\d{1,3}\)?[\W_]*$"
)
"""A gallery's counter: "(2/3)", "• 1 av 4", "Bilde 1 av 2"."""


def is_counter(line: str) -> bool:
    """A gallery's counter (`COUNTER`).  A counter ends in its number, perhaps closed by
    a parenthesis or marks, never in a letter: a line that does is not read further."""
    return not line[-1:].isalpha() and COUNTER.match(line) is not None


def normalise_whitespace(text: str) -> str:
    """Collapse every whitespace run (tabs, NBSP, newlines) to one space, as readers see it.

    Most paragraphs already are normal, and checking is cheaper than rebuilding them: the
    space is the only whitespace character that counts as printable, so a printable text
    with no double, leading or trailing space has nothing to collapse.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def split_paragraphs(text: str) -> list[str]:
    """Split article text into whitespace-normalised paragraphs, in order."""
    return [paragraph for paragraph, _ in split_laid_out(text)]


LaidOut = tuple[str, bool]
"""A paragraph, and whether only a line break (no blank line) sets it apart from the one
before in a text that does use blank lines elsewhere: the mark of a list item."""


def split_laid_out(text: str) -> list[LaidOut]:
    """Paragraphs with how they were laid out; plain tuples, as this runs per paragraph.

    A block on one line is a paragraph as it stands; blocks of several lines are laid out
    once every block is known, as they depend on the width the whole text was wrapped at.
    """
    laid_out: list[LaidOut | list[str]] = []
    chunks: list[list[str]] = []
    for raw in _BLANK_LINES.split(_normalise_newlines(text)):
        if "\n" not in raw:
            if raw and not raw.isspace():
                laid_out.append((normalise_whitespace(raw), False))
            continue
        lines = [line for part in raw.split("\n") if (line := part.strip())]
        if len(lines) > 1:
            laid_out.append(lines)
            chunks.append(lines)
        elif lines:
            laid_out.append((normalise_whitespace(lines[0]), False))
    if not chunks:
        return cast(list[LaidOut], laid_out)  # no chunk: only laid-out paragraphs
    width = _wrap_width(chunks)
    uses_blank_lines = len(laid_out) > 1
    # In a text laid out with blank lines and not wrapped, a block's lines all make one
    # paragraph unless one is a list item (`_continues`).
    lines_continue = uses_blank_lines and width is None
    paragraphs: list[LaidOut] = []
    for block in laid_out:
        if isinstance(block, tuple):
            paragraphs.append(block)
        elif (headed := _FACT_BOX_HEADING.match(block[0]) is not None) or _is_fact_list(block):
            # The first line is the box's heading, unless it states a fact of its own
            # ("Plouvenec (N3) 2 - Valmont (L2) 1").
            first_is_fact = not headed and (
                _FACT_LINE.match(block[0]) is not None or _DIGIT.search(block[0])
            )
            paragraphs.extend(
                (normalise_whitespace(line), position > 0 or bool(first_is_fact))
                for position, line in enumerate(block)
            )
        elif lines_continue and is_counter(block[0]):
            # "1 / 5" over its picture's caption: the gallery's counter stands apart
            paragraphs.append((block[0], False))
            paragraphs.append((_join(block[1:]), True))
        elif lines_continue and _is_signed_quotation(block):
            paragraphs.append((_join(block), False))  # a pull quote over "— Name, role"
        elif (lines_continue or (uses_blank_lines and block is laid_out[-1])) and _is_link_list(
            block, TAG_MAX_WORDS if block is laid_out[-1] else LINK_MAX_WORDS
        ):
            # "Fotball" / "OBOS-ligaen" / "Fjordhavn FK": links one to a line, read one by one
            paragraphs.extend(
                (normalise_whitespace(line), position > 0) for position, line in enumerate(block)
            )
        elif lines_continue and not any(line[:1] in POINT_MARKS for line in block):
            if _heads_its_text(block):
                # "FAKTA: Orange varning" over the box's text: a heading on its own line.
                paragraphs.append((normalise_whitespace(block[0]), False))
                paragraphs.append((_join(block[1:]), True))
            else:
                paragraphs.append((_join(block), False))
        else:
            paragraphs.extend(
                (paragraph, uses_blank_lines and position > 0)
                for position, paragraph in enumerate(_split_chunk(block, width, uses_blank_lines))
            )
    return paragraphs


_FACT_LINE = re.compile(r"^(?:\d{1,2}[.)]\s|[^\W\d_][^\W_]*(?:[ -][\w()]+){0,3}\s?:\s)")
"""A fact box's line or a ranking's place: "Arbitre : M. Jérôme Le Dantec.",
"Fin de la saison : 6 jours plus tôt.", "1. Livio Brunner (SUI) 2:31,44"."""
FACT_LINE_MAX_CHARS = 160
FACT_LIST_MAX_LINES = 20
_DIGIT = re.compile(r"\d")


_FACT_BOX_HEADING = re.compile(
    r"^(?:" + "|".join(map(re.escape, FACT_BOX_HEADINGS)) + r")\s*(?::.{0,40})?$", re.IGNORECASE
)
"""A fact box's heading over its lines ("Repères", "FAKTA: Orange varning"): each line
under it is a point of its own."""


def _is_fact_list(block: Sequence[str]) -> bool:
    """Lines set one under another as a list of facts or places, each its own paragraph:
    every line after the first (which may be the box's heading or the result) is a fact,
    or a list's item with its number ("Tessa Moraine (Independent) – 8,947", "Taboulé
    oriental 300 g, lot L2502-14, …")."""
    if not 3 <= len(block) <= FACT_LIST_MAX_LINES:
        return False  # a whole text laid out a paragraph per line is one block
    if all(
        len(line) <= FACT_LINE_MAX_CHARS and _DIGIT.search(line) and not _ENDS_SENTENCE.search(line)
        for line in block[1:]
    ):
        return True
    return all(
        len(line) <= FACT_LINE_MAX_CHARS
        and _FACT_LINE.match(normalise_whitespace(line)) is not None
        for line in block[1:]
    )  # (no-break spaces inside a label: "Matcher för\u00a0Nordfjord: 104")


HEADING_LINE_MAX_WORDS = 8
LINK_LIST_MIN_LINES = 3
LINK_MAX_WORDS = 3
TAG_MAX_WORDS = 4
"""The tags closing a text may run a word longer than other links ("Pays de la Loire")."""


LONG_LINK_LIST_MIN_LINES = 10
"""A site's menu runs this long or longer; a fifth of its lines may be longer names."""
LONG_LINK_MAX_WORDS = 6


def _is_link_list(block: Sequence[str], max_words: int = LINK_MAX_WORDS) -> bool:
    """Three lines or more of a few capitalised words each, none a sentence: a list of
    links or tags (a line of prose wrapped this short would be broken mid-phrase, so the
    tags that close a hard-wrapped text are read so too).  A menu of ten lines or more
    may hold a few longer names ("AP Buyline Personal Finance")."""
    if len(block) < LINK_LIST_MIN_LINES:
        return False
    links = sum(1 for line in block if _is_link(line, max_words))
    return links == len(block) or (
        len(block) >= LONG_LINK_LIST_MIN_LINES
        and links >= len(block) - len(block) // 5
        # the longer names capitalised and ending no sentence as well
        and all(_is_link(line, LONG_LINK_MAX_WORDS) for line in block)
    )


_ABBREVIATED_NAME = re.compile(r"(?:[A-Z]\.){2,}$")
"""A name written with its initials' full stops ("U.S.", "U.K."): no sentence's end."""


def _is_link(line: str, max_words: int) -> bool:
    return (
        line[:1].isupper()
        and line.count(" ") < max_words
        and (not _ENDS_SENTENCE.search(line) or _ABBREVIATED_NAME.search(line) is not None)
    )


_QUOTATION_LINE = re.compile(r"^[\"'“”„«»‘’‹›].*[\"'“”«»‘’‹›][.!?]?$")


def _is_signed_quotation(block: Sequence[str]) -> bool:
    """A quotation on its line and, on the next, the dash and the name of who said it
    ("'Where are we supposed to leave our kids?'" / "— Shazia Mahmood, parent"): one pull
    quote, not a quotation over a list's point."""
    if len(block) != 2 or block[1][:1] not in "–—" or _QUOTATION_LINE.match(block[0]) is None:
        return False
    name = block[1][1:].split()
    # A name of two capitalised words or more: not a point ("– Mer penger til drift").
    return 2 <= len(name) <= SIGNATURE_MAX_WORDS and name[0][:1].isupper() and name[1][:1].isupper()


def _heads_its_text(block: Sequence[str]) -> bool:
    """A short line with no final punctuation over a long sentence in the same block: a
    heading set above its text with one line break, as a fact box's or a section's.  A
    credit or a caption's second line is short, so it is never the long line here."""
    heading, text = block[0], block[1]
    return (
        len(block) == 2
        and len(heading.split()) <= HEADING_LINE_MAX_WORDS
        and not _ENDS_SENTENCE.search(heading)
        and not heading.endswith(",")
        and text[:1].isupper()
        and len(text) > 3 * len(heading)
        and _ENDS_SENTENCE.search(text) is not None
    )


def _normalise_newlines(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" not in text:
        return text  # the usual case: one quick scan instead of two copies
    return text.replace("\r\n", "\n").replace("\r", "\n")


_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
"""One or more lines holding nothing but whitespace (NBSP and tabs included)."""


def _wrap_width(chunks: Sequence[Sequence[str]]) -> int | None:
    """The column the text was hard-wrapped at, or None when it was not wrapped.

    The widest line is taken as the wrap width; the text counts as wrapped when a good share
    of line breaks fall where a greedy wrapper at that width would put them.
    """
    lengths = [len(line) for chunk in chunks for line in chunk]
    if len(lengths) < 3:
        return None
    width = max(lengths)
    if width > WRAP_WIDTH_LIMIT:
        return None
    breaks = full = 0
    for chunk in chunks:
        for line, following in itertools.pairwise(chunk):
            breaks += 1
            full += _is_full(line, following, width)
    return width if breaks and full >= max(2, breaks * 0.4) else None


def _is_full(line: str, following: str, width: int) -> bool:
    first_word = following.split(maxsplit=1)[0] if following else ""
    return len(line) + 1 + len(first_word) > width


def _split_chunk(chunk: Sequence[str], width: int | None, blank_lines: bool) -> Iterator[str]:
    if len(chunk) == 1:
        yield normalise_whitespace(chunk[0])
        return
    current = [chunk[0]]
    for previous, line in itertools.pairwise(chunk):
        if _continues(previous, line, width, blank_lines):
            current.append(line)
        else:
            yield _join(current)
            current = [line]
    yield _join(current)


def _continues(previous: str, line: str, width: int | None, blank_lines: bool) -> bool:
    """Whether `line` carries on the paragraph that `previous` is part of.

    In a text that separates paragraphs with blank lines, every line of a block belongs
    to its paragraph, except list items; in a text without blank lines, each line is a
    paragraph unless it was visibly wrapped or only continues the line before.
    """
    if line[:1] in POINT_MARKS and _BULLET.match(line):
        return _signs_quote(previous, line)
    if width is not None and _is_full(previous, line, width):
        return True
    if blank_lines:
        return True
    if line.startswith(ADDRESS_OPENINGS) or previous.startswith(ADDRESS_OPENINGS):
        return False  # a link alone on its line: the saved or shared article's address
    first = line[0]
    if first.islower():
        if _DOMAIN_LINE.match(line) is not None or EMAIL_LINE.match(line) is not None:
            # "economist.com · 5 min read": a reader view's site line; a writer's address
            return False
        # "von Jana Reimers, MDR" or "cmz/dpa" under a finished sentence: a byline or an
        # agency's sign-off on its own line.
        if _is_byline_line(line) and _DIGIT.search(previous):
            return False  # "von Sabine Kuhnert, MDR THÜRINGEN" under "Stand: 02. Juli 2025 …"
        if line[1:2].isupper():
            return (
                False  # "iTromsø", "eBay": a name that opens in lower case, not a sentence's rest
            )
        if _RELATIVE_TIME_LINE.match(line) is not None or (
            _DATE_LINE_OPENING.match(line) is not None and _DIGIT.search(line) is not None
        ):
            # "for 4 timer siden", "publié le 3 mars 2026 à 17h42": when it was posted
            return False
        if " " not in line and line.isalnum() and not previous.endswith(","):
            return False  # "franceinfo" under "Aller au contenu principal": a name alone
        if _is_menu_item(previous) and _is_menu_item(line):
            return False  # "NORDJYSKE" / "nyheder" / "sport": a menu, one section a line
        if (
            previous[-1] in ".!?"
            and line.count(" ") < LOWER_CASE_LINE_MAX_WORDS
            and not _ENDS_SENTENCE.search(line)
        ):
            # "skip past newsletter promotion" under a finished sentence: a line of the
            # page's own, not the rest of a sentence that had ended
            return False
        return not (
            _ENDS_SENTENCE.search(previous)
            and (_is_byline_line(line) or _AGENCY_SIGN_OFF.match(line) is not None)
        )
    return not _ENDS_SENTENCE.search(previous) and previous.endswith(",")


MENU_ITEM_MAX_WORDS = 2
LOWER_CASE_LINE_MAX_WORDS = 6


def _is_menu_item(line: str) -> bool:
    """A line of a word or two with no punctuation: a section's link, not part of a
    sentence broken across lines (whose lines run longer)."""
    return (
        line.count(" ") < MENU_ITEM_MAX_WORDS and line.replace("-", "").replace(" ", "").isalnum()
    )


def _is_byline_line(line: str) -> bool:
    """A lower-case byline: the word for "by", then a name of two capitalised words."""
    words = line.split(maxsplit=3)
    return (
        len(words) >= 3
        and words[0] in _BYLINE_WORDS
        and words[1][:1].isupper()
        and words[2][:1].isupper()
    )


def _signs_quote(previous: str, line: str) -> bool:
    """ "— Loretta Vance, dispatcher" under a line that closes a quotation: the quote's
    signature (a pull quote), not a list item or a new dash quote."""
    return (
        previous[-1:] in _CLOSING_QUOTES
        and line[:1] in "—–"
        and len(line.split()) <= SIGNATURE_MAX_WORDS
        and not _ENDS_SENTENCE.search(line)
    )


_CONJUNCTIONS = frozenset("und oder bzw. sowie and or og eller och samt et ou".split())


def _join(lines: Sequence[str]) -> str:
    """Join lines with spaces, mending words that a wrapper broke after a hyphen."""
    joined = " ".join(lines)
    if "- " not in joined:
        return normalise_whitespace(joined)  # no line ends with a hyphen
    parts = [lines[0]]
    for previous, line in itertools.pairwise(lines):
        broken_word = (
            previous[-1:] == "-"
            and previous[-2:-1].isalnum()
            and line[:1].isalpha()
            # "die Kinder- / und Jugendbibliotheken": a compound's first part standing
            # alone before "and", not a word broken at the line's end
            and line.split(maxsplit=1)[0] not in _CONJUNCTIONS
        )
        parts.append(line if broken_word else " " + line)
    return normalise_whitespace("".join(parts))
