"""Photo captions: the credit at their end and the ALL-CAPS label at their start.

Outlets write credits in a handful of shapes (a keyword and a colon, "(AP Photo/Name)",
"© Agency", BBC's "Image source, ..."), in any language's word for photo, so the credit
is found by shape at the end of the paragraph and never by a known name.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Literal

from reader.model.alternation import compiled_on_first_use, trie_alternation
from reader.model.given_names import is_given_name

_CREDIT_KEYWORDS = (
    *(
        "photo",
        "photos",
        "photograph",
        "photographs",
        "photographer",
        "foto",
        "fotos",
        "fotograf",
        "fotografi",
    ),
    *("bild", "bilder", "bilde", "kuva", "image", "picture", "pic", "illustration", "illustrasjon"),
    *("grafik", "grafikk", "video", "credit", "crédit", "crédits", "arkivfoto", "arkivbild"),
    *("illustrasjonsfoto", "illustrationsfoto", "skjermdump", "skjermbilde", "skærmbillede"),
    *("skärmdump", "screenshot", "bildschirmfoto", "capture d'écran", "capture d’écran"),
    *("photo d'illustration", "photo d’illustration"),  # "(Photo d'illustration : Name)"
    *("tegning", "teckning", "zeichnung", "dessin"),  # a drawing's credit: "Tegning: Name"
    "quelle",  # German: "Quelle: picture alliance/dpa"
    # "Bildquelle: WDR"; the French "Source : TF1" with its spaced colon (an English
    # "(Source: Statistics Canada)" names where figures come from, not a picture's credit)
    *("bildquelle", "source "),
    *("bildrechte", "bildnachweis"),  # "Bildrechte: MDR/Juliane Dörfler"
    # "… in Porz-Lind. Copyright: Matthias Reuschenbach" (a line of its own that opens
    # with the word is the site's notice: short_forms reads those first)
    "copyright",
)
"""The words for photo (and video, graphic, credit) that introduce a credit."""
_KEYWORD = f"(?:{trie_alternation(_CREDIT_KEYWORDS)})"
_CREDIT_TEXT = r"(?P<credit>[^\s:()][^:()]{0,100}?)"
_AGENCY_IN_PARENTHESES = r"(?:\s\((?!symbol|archiv|arkiv|illustra|file\b|archive)[^():]{2,30}\))?"
"""An agency after the photographer, in parentheses: "Foto: Lena Hartwig (dpa)"."""
_KEYWORD_CREDIT = re.compile(
    rf"(?:^|(?<=[\s.,;!?(]))\(?{_KEYWORD}(?:\s*/\s*(?:quelle|source|kilde|källa|{_KEYWORD}))?"
    rf"\s*:\s*(?:©\s*)?{_CREDIT_TEXT[:-1]}{_AGENCY_IN_PARENTHESES})\s*\)?\.?$",
    re.IGNORECASE,
)
_AGENCY_PHOTO_CREDIT = compiled_on_first_use(
    rf"\((?:[\w.&-]+\s+){{0,3}}photos?\s*/\s*{_CREDIT_TEXT}\s*\)\.?$", re.IGNORECASE
)
_PHOTO_BY_CREDIT = compiled_on_first_use(
    rf"\(?(?:photo(?:graph)?|picture|pic|image|illustration)\s+by\s+{_CREDIT_TEXT}\s*\)?\.?$",
    re.IGNORECASE,
)
_COPYRIGHT_CREDIT = compiled_on_first_use(
    rf"(?:^|(?<=[\s.,;!?(]))\(?(?:©|\([cC]\))\s*(?:(?i:photo|foto|bild)\s+)?{_CREDIT_TEXT}\s*\)?\.?$"
)
"""A credit after the copyright sign, the keyword perhaps between ("© Photo NR, Name")."""
_IMAGE_SOURCE_CREDIT = compiled_on_first_use(
    rf"(?:^|(?<=\s))image source,\s*{_CREDIT_TEXT}\s*$", re.IGNORECASE
)
_ELLIPSIS_CREDIT = compiled_on_first_use(
    rf"(?:^|(?<=[\s.]))(?:credit|photo|image)(?:\.{{3}}|…)\s*{_CREDIT_TEXT}\s*$", re.IGNORECASE
)
"""The New York Times' "Credit...Name/The New York Times", glued to the caption's end."""
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
    after_colon = tail[colon + 1 :]
    if colon >= 0 and ("(" not in after_colon or after_colon.rstrip(" .").endswith(")")):
        # No "(" after the colon, but for an agency closing the credit ("… (dpa)")
        # Only the keyword, perhaps "/ Quelle", and whitespace stand before the colon.
        head = tail[:colon].rstrip()
        slash = head.rfind("/")
        keyword_end = len(head[:slash].rstrip()) if slash >= 0 else len(head)
        searches.append((_KEYWORD_CREDIT, max(0, keyword_end - _KEYWORD_REACH)))
    if "(" in tail and "/" in tail:
        searches.append((_AGENCY_PHOTO_CREDIT(), 0))  # opens with "(", which re finds fast
    ellipsis = max(tail.rfind("..."), tail.rfind("…"))
    if ellipsis >= 0:
        searches.append((_ELLIPSIS_CREDIT(), max(0, ellipsis - len("credit"))))
    # "b", "y" and "e" have no other case forms in re (unlike "i", "k" and "s").
    by = "by" in tail or "BY" in tail or "By" in tail or "bY" in tail
    source = "e," in tail or "E," in tail
    lowered = tail.lower() if by or source else ""
    # Positions in `lowered` are those of `tail` unless a case mapping changed a length.
    same_places = len(lowered) == len(tail)
    photo = -1
    if by:  # the word before "by": "Photo by …", "Picture by …", "Illustration by …"
        for word in ("photo", "picture", "pic ", "image", "illustration"):
            photo = lowered.find(word)
            if photo >= 0:
                break
    if photo >= 0:
        searches.append((_PHOTO_BY_CREDIT(), max(0, photo - 1) if same_places else 0))
    copyright_sign = tail.find("©")
    if copyright_sign < 0 and ("(c)" in tail or "(C)" in tail):
        copyright_sign = max(tail.rfind("(c)"), tail.rfind("(C)")) + 1  # "(c) Name"
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
        or "…" in tail
        or "..." in tail
        or "©" in tail
        or "(c)" in tail
        or "(C)" in tail
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
        or "redit" in tail  # credit
        or "rédit" in tail  # crédit
        or "REDIT" in tail
        or "RÉDIT" in tail
        or "rkiv" in tail  # arkivbild, arkivfoto
        or "uva" in tail  # kuva
        or "llustr" in tail
        or "rafi" in tail  # grafikk, grafik
        or "ideo" in tail
        or "icture" in tail
        or "Pic:" in tail  # Irish and British papers: "(Pic: Name)"
        or "dump" in tail  # skjermdump, skärmdump
        or "kærm" in tail  # skærmbillede
        or "kjerm" in tail  # skjermbilde
        or "creens" in tail  # screenshot
        or "apture" in tail  # capture d'écran
        or "(c)" in tail
        or "(C)" in tail
        or "uelle" in tail  # Quelle, Bildquelle
        or "UELLE" in tail
        or "ource :" in tail  # French "Source : TF1"
        or "opyright:" in tail
        or "egning" in tail  # tegning
        or "eichnung" in tail  # Zeichnung
        or "eckning" in tail  # teckning
        or "essin" in tail  # dessin
    )


_CAPTION_MARKER = re.compile(r"^(?:media|image|video) caption\s*,", re.IGNORECASE)
_LABEL = re.compile(r"^(?P<label>[^\W\d_a-z][^\W_a-z]*(?:[ '’&./-]+[^\W_a-z]+){0,4}) ?:\s+\S")
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
    """The photo credit that ends `paragraph`, without keyword, ©, or parentheses (or,
    the BBC's order, opens it: "Image source, PA Media Image caption, Water flowed …")."""
    if paragraph[:1] in "iI" and (leading := _source_over_caption(paragraph)) is not None:
        return leading
    if paragraph[-1:] == ")" and (note := _PICTURE_NOTE().search(paragraph)) is not None:
        # "Foto: Marcus Merk (Symbolbild)": a note on the picture closes the credit
        return find_credit(paragraph[: note.start()]) if note.start() else None
    tail = paragraph[-TAIL_CHARS:]
    # A few substring tests rule out nearly every paragraph of body text.
    if _may_hold_credit(tail) and _has_credit_stem(tail):
        for pattern, start in _credit_searches(tail):
            match = pattern.search(tail, start)
            if match is None:
                continue
            credit = match.group("credit").strip().rstrip(".").strip()
            if match.group().lstrip("(")[:2] in ("c)", "C)") and not _name_words(credit, 5):
                continue  # "(C)" is also a party: "Lena Grahn (C) i ett mejl"
            if _plausible_credit(credit):
                return Credit(credit, len(paragraph) - len(tail) + match.start())
    # The shapes without a keyword or ©: a parenthesis closes the paragraph, or a slash
    # stands between the names.
    last = tail[-1:]  # what most of the shapes below are told apart by
    if "picture alliance" in tail:
        found = _picture_alliance_credit(paragraph)
        if found is not None:
            return found
    if last == ")":
        found = _parenthesised_credit(paragraph)
        if found is not None or "ourtesy" not in tail:
            return found
    if last == "]":
        return _bracketed_credit(paragraph)
    if "/" in tail or " | " in tail:
        found = _credit_after_sentence(paragraph)
        if found is not None:
            return found
    if last.isalpha() and tail[tail.rfind(" ") + 1 :].lower() in _AGENCY_LAST_WORDS:
        found = _agency_after_sentence(paragraph)
        if found is not None:
            return found
    if last.isupper():
        if tail.endswith(" DR") and _sentence_ends_at(paragraph, len(paragraph) - 3):
            # "… mardi après-midi. DR": droits réservés, the French credit that names nobody
            return Credit("DR", len(paragraph) - 2)
        found = (
            _capitals_after_sentence(paragraph)
            if ". " in tail
            else _capitals_closing_a_picture_line(paragraph)
        )
        if found is not None:
            return found
    if last not in _SENTENCE_END and (
        "hoto " in tail or "HOTO " in tail or "rchives " in tail or "ourtesy " in tail
    ):
        return _keyword_without_colon(paragraph)  # a name ends it, not a full stop
    if last.isalpha() and (" for " in tail or " pour " in tail or " für " in tail):
        commissioned = _COMMISSIONED_FOR().search(tail)
        if (
            commissioned is not None
            and _sentence_ends_at(tail, commissioned.start())
            # German nouns and French names of office take capitals too ("Neue Hoffnung
            # für Anwohner"): after "für" and "pour", a photographer's given name opens it
            and (" for " in commissioned.group() or is_given_name(commissioned.group().split()[0]))
        ):
            # "… in Dayton, Ohio. Dwayne Ashcombe for NPR": the photographer and the outlet
            return Credit(commissioned.group(), len(paragraph) - len(tail) + commissioned.start())
    if last == "»" and (" POUR " in tail or " pour « " in tail):
        commissioned = _COMMISSIONED_CREDIT().search(tail)
        if commissioned is not None and _sentence_ends_at(tail, commissioned.start()):
            credit = commissioned.group().strip()
            # "Photo Lucie Garnier / Hans Lucas pour « Libération »"
            credit = _after_keyword(credit) or credit
            return Credit(credit, len(paragraph) - len(tail) + commissioned.start())
    return None


PICTURE_AGENCY_CREDIT_MAX_WORDS = 8


def _picture_alliance_credit(paragraph: str) -> Credit | None:
    """ "Umgestürzter Baum in Essen-Rüttenscheid picture alliance / dpa | Henrik Sauer": the
    German picture agency, in lower case as it signs, opens the credit without a keyword."""
    start = paragraph.rfind("picture alliance")
    credit = paragraph[start:]
    if start <= 0 or not paragraph[start - 1].isspace() or credit[-1] in _SENTENCE_END:
        return None
    if credit.count(" ") >= PICTURE_AGENCY_CREDIT_MAX_WORDS:
        return None
    return Credit(credit, start)


def _after_keyword(credit: str) -> str | None:
    """The credit after the keyword that opens it without a colon ("Photo Lucie Garnier /
    Hans Lucas", "PHOTO AFP"), or None if no keyword opens it."""
    keyword, _, rest = credit.partition(" ")
    return rest if rest and keyword.lower() in _CREDIT_KEYWORDS else None


_COMMISSIONED_FOR = compiled_on_first_use(
    r"(?<=\s)[^\W\d_a-z][\w'’-]*(?: [^\W\d_a-z][\w'’-]*){1,3}"
    r" (?:for|pour|für) (?:The |Le |La |Les |L'|L’|Die |Der |Das )?"
    r"[^\W\d_a-z][\w&.'’-]*(?: [^\W\d_a-z][\w&.'’-]*){0,3}$"
)
"""A photographer working for the outlet, after the caption: "Dwayne Ashcombe for NPR",
"Patrick Gherdoussi pour Libération"."""
_COMMISSIONED_CREDIT = compiled_on_first_use(
    r"(?<=\s)[^\W\d_a-z][^\W\d_a-z'’-]*(?: (?:/ )?[^\W\d_a-z][^\W\d_a-z'’-]*){1,5}"
    r" POUR « [^«»]{2,40} »$"
    r"|(?<=\s)[^\W\d_a-z][\w'’-]*(?: (?:/ )?[^\W\d_a-z][\w'’-]*){1,5} pour « [^«»]{2,40} »$"
)
"""A photographer working for the outlet, in capitals: "LUDOVIC MARIN POUR « LE MONDE »",
"OLIVIA BERTRAND / HANS LUCAS POUR « LE MONDE »"."""
_NO_COLON_CREDIT = compiled_on_first_use(
    r"(?:(?:photo|archives?)(?:\s+courtesy\s+of)?|courtesy\s+of)\s+(?P<credit>\S.{0,60})$",
    re.IGNORECASE,
)
_PICTURE_NOTE = compiled_on_first_use(
    r"\s*\((?:symbolbild|symbolfoto|archivbild|archivfoto|arkivbild|arkivfoto|arkivbilde|arkiv|archiv|"
    r"illustrasjonsfoto|illustrationsfoto|illustration|archives?|file photo|file image|file)\)$",
    re.IGNORECASE,
)
_ARCHIVE_WORD = compiled_on_first_use(
    r"^(?:archives?|archivbild|arkivfoto|arkivbild)\s+", re.IGNORECASE
)
"""The word that marks an archive picture between the keyword and the credit."""
_LONE_CREDITS = frozenset(("privat", "private", "handout", "supplied", "leserbild", "læserfoto"))
"""Credits that stand alone on the line under a caption without naming anyone."""
PICTURE_AGENCIES = frozenset(
    (
        *("reuters", "afp", "ap", "epa", "epa-efe", "anp", "belga", "dpa", "apa", "ansa"),
        *("getty", "istockphoto", "istock", "shutterstock", "ntb", "tt", "ritzau", "scanpix"),
        *("keystone", "imago", "handout", "maxppp", "sipa", "abaca", "alamy", "pa", "afp)"),
        *("pd", "zvg"),  # Swiss press pictures: "Pressedienst", "zur Verfügung gestellt"
        *("swns", "bnps", "rex"),  # British picture agencies
    )
)
"""Picture agencies and stock libraries, which make a slash-joined line a credit."""
_CREDIT_JOINERS = frozenset(
    ("via", "for", "of", "and", "&", "de", "du", "des", "la", "le", "von", "van", "der", "den")
)
"""Small words that may stand between the capitalised names of a credit without keyword
("Name/AFP via Getty Images", "Name/Agence de presse")."""
_ARTICLES = frozenset(("the", "le", "la", "les", "der", "die", "das", "el", "il"))
_SUPPLIED = frozenset(("supplied", "handout"))
"""A picture given to the outlet, credited by that word alone: "(Supplied)"."""
_NOT_CREDIT_HEADS = frozenset(
    (
        *("source", "sources", "note", "update", "updated", "correction", "see", "read"),
        *("watch", "reporting", "editing", "translation", "übersetzung", "traduction"),
    )
)
"""What a parenthesis after a sentence may open with that is not a photographer's
outlet: "(Source: Statistics Canada)", "(Update: …)", a wire's "(Reporting: Name)"."""
_SENTENCE_END = '.!?…"”»’'
_NOT_IN_NAMES = frozenset('.,;:!?()[]"“”«»|')
"""Punctuation that no name of a credit without keyword holds."""


def _name_words(part: str, most: int) -> int:
    """How many words `part` has if it reads as a name ("Hannah Lovejoy", "The Canadian
    Press", "AFP via Getty Images", "HANS LUCAS"): capitalised words, the first always,
    and small joining words; 0 if it does not, or has more than `most` words."""
    words = part.split()
    if not words or len(words) > most:
        return 0
    for position, word in enumerate(words):
        if not _NOT_IN_NAMES.isdisjoint(word) and not (
            len(word) == 2 and word[1] == "." and word[0].isupper()
        ):  # an initial may stand for a first name: "F. Delmas / 20 Minutes"
            return 0
        first = word[0]
        if first.isupper() or (first.isdigit() and not word.isdigit()):
            continue  # "123RF": a digit first, but not a number
        if word.isdigit() and len(word) <= 2 and position + 1 < len(words):
            continue  # "20 Minutes": a number in an outlet's name, a word after it
        if first.islower() and any(char.isupper() for char in word[1:]):
            continue  # "iStockphoto": a brand's capital inside
        if position == 0 or word not in _CREDIT_JOINERS:
            return 0
    return len(words)


_STOCK_ADDRESS = re.compile(r"\s*[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|de|fr|no|se|dk)\s*$")


def _names_around_slashes(credit: str) -> bool:
    """Names on either side of one or two slashes, a person's name among them (two words
    or more): "Jordan Whiteway/CBC", "Keystone / Marco Züllig", "CLAIRE DELORME/HANS LUCAS".
    Single words ("RND/dpa", "UK/US") are agencies or a comparison, and an outlet's name
    opens with an article ("Le Monde/AFP")."""
    parts = credit.split("/")
    if not 2 <= len(parts) <= 3:
        return False
    # A stock library may sign with its address: "Lumière Nord / stock.adobe.com"
    counts = [_name_words(part, 5) or int(_STOCK_ADDRESS.match(part) is not None) for part in parts]
    if not all(counts) or sum(counts) > MAX_CREDIT_WORDS:
        return False
    return any(
        count >= 2 and part.split(None, 1)[0].lower() not in _ARTICLES
        for part, count in zip(parts, counts, strict=True)
    )


def _sentence_ends_at(paragraph: str, end: int) -> bool:
    """Whether `paragraph[:end]`, whitespace at its end aside, ends like a sentence, after
    three words at least.  Indices instead of slices: no copy of a long paragraph."""
    while end > 0 and paragraph[end - 1].isspace():
        end -= 1
    return end > 0 and paragraph[end - 1] in _SENTENCE_END and paragraph.count(" ", 0, end) >= 2


def _parenthesised_credit(paragraph: str) -> Credit | None:
    """A credit in parentheses after the caption's last sentence, without a keyword:
    "(Jordan Whiteway/CBC)", "(ABC Riverland: Hannah Lovejoy)", "(Supplied)".  A wire's
    tag ("(Reuters)", "(dpa)") or an aside ("(in French)") has neither slash nor colon."""
    opening = paragraph.rfind("(", max(0, len(paragraph) - TAIL_CHARS))
    if opening < 0:
        return None
    if not _sentence_ends_at(paragraph, opening):
        return _credit_closing_a_picture_line(paragraph, opening)
    inner = paragraph[opening + 1 : -1].strip()
    if ")" in inner:
        return None
    keyword = _KEYWORD_WITHOUT_COLON.match(inner)
    named = inner[keyword.end() :] if keyword is not None else ""
    # "(Photo Théo Garnaud / Hans Lucas pour « Libération »)": the outlet worked for, in
    # its quotation marks, after the names
    names = named.split(" pour « ", 1)[0] if named.endswith("»") else named
    if names and (_names_around_slashes(names) or _name_words(names, 4) or _is_commissioned(named)):
        # "(Photo Gwenaël Kerouanton/REA)", "(Photo Frantz Bouton)"
        return Credit(named, opening)
    if inner.lower() in _SUPPLIED:
        return Credit(inner, opening)
    if ":" in inner:
        # "(AAP: Dean Saltmarsh)", "(Supplied: Tom Ferraro)": outlet, colon, name
        head, _, name = inner.partition(":")
        if (
            head.strip().lower() not in _NOT_CREDIT_HEADS
            and _name_words(head, 3)
            and _name_words(name, 5)
        ):
            return Credit(inner, opening)
        return None
    if _names_around_slashes(inner) or _capitals_credit(inner, paragraph):
        return Credit(inner, opening)
    if _is_commissioned(inner):
        return Credit(inner, opening)  # "(Nadia Brenner for The Atlantic)"
    return None


def _is_commissioned(inner: str) -> bool:
    """ "Nadia Brenner for The Atlantic": the photographer and the outlet they worked for,
    the whole of a credit in parentheses."""
    if " for " not in inner and " pour " not in inner and " für " not in inner:
        return False
    commissioned = _COMMISSIONED_FOR().search(" " + inner)
    return commissioned is not None and commissioned.start() == 1


_KEYWORD_WITHOUT_COLON = re.compile(r"(?:photos?|fotos?|bild|photograph)\s+", re.IGNORECASE)
PICTURE_LINE_MAX_WORDS = 30
AGENCY_TAG_MAX_WORDS = 4


def _credit_closing_a_picture_line(paragraph: str, opening: int) -> Credit | None:
    """British style: a picture's description with no full stop and its agency in
    parentheses ("A train waits at London King's Cross station (PA)", "… (Getty
    Images)", "… (AFP via Getty Images)").  A sentence would end before the parenthesis;
    a single capital is a party ("(V)")."""
    inner = paragraph[opening + 1 : -1].strip()
    before = paragraph[:opening].rstrip()
    keyword = _KEYWORD_WITHOUT_COLON.match(inner)
    if keyword is not None and _names_around_slashes(inner[keyword.end() :]):
        inner = inner[keyword.end() :]  # "… depuis lundi (PHOTO FABIEN MARCHETEAU / AFP)"
        return Credit(inner, opening) if before.count(" ") >= 3 else None
    if (
        len(inner) < 2
        or not inner[0].isalpha()  # a score or a year: "(1–0)", "(2024)"
        or not before
        or before[-1] in _SENTENCE_END + ",;:"
        or before.count(" ") < 3
        or paragraph.count(" ") >= PICTURE_LINE_MAX_WORDS
        or not (_name_words(inner, AGENCY_TAG_MAX_WORDS) or _is_commissioned(inner))
    ):
        return None
    return Credit(inner, opening)


CAPITALS_CREDIT_MAX_WORDS = 6
CAPITALS_CAPTION_MAX_WORDS = 40


def _capitals_credit(inner: str, paragraph: str) -> bool:
    """A photographer or channel in capitals, two words or more, closing a short caption
    (franceinfo's "(FRANCE 3 BRETAGNE)", "(MAXPPP)" does not count: one word is a wire's
    tag like "(AFP)")."""
    words = inner.split()
    return (
        2 <= len(words) <= CAPITALS_CREDIT_MAX_WORDS
        and inner.isupper()
        and _NOT_IN_NAMES.isdisjoint(inner)
        and paragraph.count(" ") < CAPITALS_CAPTION_MAX_WORDS
    )


def _bracketed_credit(paragraph: str) -> Credit | None:
    """Swiss style: "… sur la vase. [Keystone - Noémie Vuilleumier]", the agency and the
    photographer in square brackets after the caption's last sentence; also with a bar
    ("[ DEREK OKAFOR | Times ]"), and after "File:" or "Courtesy of", which name no one."""
    opening = paragraph.rfind("[", max(0, len(paragraph) - TAIL_CHARS))
    if opening < 0 or not _sentence_ends_at(paragraph, opening):
        return None
    inner = paragraph[opening + 1 : -1].strip()
    for note in _BRACKET_NOTES:
        if inner.lower().startswith(note):
            inner = inner[len(note) :].strip()
            break
    parts = [part for part in _BRACKET_SEPARATORS.split(inner) if part.strip()]
    if not 1 <= len(parts) <= 3 or not all(_name_words(part, 4) for part in parts):
        return None
    return Credit(inner, opening)


_BRACKET_NOTES = ("file:", "courtesy of ")
_BRACKET_SEPARATORS = re.compile(r" - | – | \| |/")


_STAFF_WORDS = frozenset(("photographer", "staff", "contributor"))
"""Lower-case words of a newsroom's credit: "Marisol Treviño/Staff photographer"."""
_GLUED_SENTENCE_END = compiled_on_first_use(r"[a-z\d][.!?](?=[A-ZÆØÅÄÖÜÉ][a-zæøåäöüé])")


def _without_staff_words(credit: str) -> str:
    """ "Marisol Treviño/Staff": the credit without its lower-case newsroom words."""
    return " ".join(word for word in credit.split(" ") if word not in _STAFF_WORDS)


def _last_glued_sentence_end(paragraph: str, start: int) -> int:
    """Where the text after the last sentence end with no space after it begins, or -1."""
    last = -1
    for match in _GLUED_SENTENCE_END().finditer(paragraph, start):
        last = match.end()
    return last


def _credit_after_sentence(paragraph: str) -> Credit | None:
    """A credit with a slash after the caption's last sentence and no keyword or colon:
    after a bar ("… the Continent. | Lukas Brenner/AFP via Getty Images"), in capitals
    ("… le 2 mars. CLAIRE DELORME/HANS LUCAS"), after a capitalised "Photo" ("… mardi
    après-midi. Photo Thierry Castaing / Sud Ouest"), with spaced slashes ("Stéphane
    Guiochon / Le Progrès / MaxPPP") or after an agency in capitals ("REUTERS/Tom
    Lindgren/File Photo")."""
    reach = max(0, len(paragraph) - TAIL_CHARS)
    bar = paragraph.rfind(" | ", reach)
    if bar >= 0:
        credit = paragraph[bar + 3 :].strip()
        named = _after_keyword(credit)
        if named is not None and credit[0].isupper() and "/" in named:
            credit = named  # "… | Photo Loïc Thébault / AFP"
        # not a byline's "By Name | …": a description, or a sentence ended before the bar
        # ("Photo d’illustration. | ARCHIVES YANN PERRIN / OUEST-FRANCE")
        described = paragraph.count(" ", reach, bar) >= 4 or paragraph[bar - 1 : bar] == "."
        if "/" in credit and described and _names_around_slashes(credit):
            return Credit(credit, bar + 1)  # "… | Name/AFP via Getty Images", "… | APA/EXPA/NAME"
        if _sentence_ends_at(paragraph, bar) and _name_words(credit, 3):
            return Credit(credit, bar + 1)  # "… de la pointe. | OUEST-FRANCE"
        return None
    dash = max(
        paragraph.rfind(" – ", reach), paragraph.rfind(" - ", reach), paragraph.rfind(" — ", reach)
    )
    if dash >= 0 and _sentence_ends_at(paragraph, dash):
        credit = paragraph[dash + 3 :].strip()
        if "/" in credit and _names_around_slashes(credit):
            # "… on Wednesday morning. – ANP/Koen Verhoef", "… 2025. - Ludovic FERRAND / AFP"
            return Credit(credit, dash + 1)
    if "/" not in paragraph[reach:]:
        return None
    end = max(
        paragraph.rfind(". ", reach), paragraph.rfind("! ", reach), paragraph.rfind("? ", reach)
    )
    glued = _last_glued_sentence_end(paragraph, max(reach, end + 1))
    if glued > 0:
        # "… that it would close.Jonathan Pereira/Globe Staff": pasted without the space
        end, start = glued - 1, glued
    else:
        start = end + 2
    if end < 0 and paragraph[-1:].isalpha():
        return _agency_credit_closing_a_picture_line(paragraph)
    if end < 0 or not _sentence_ends_at(paragraph, end + 1):
        return None
    rest = paragraph[start:]
    if "/" not in rest:
        return None
    first, _, after = rest.partition(" ")
    if first[:1] == "(" and first[-1:] == ")" and _PICTURE_NOTE().match(first) is not None:
        # "… les spécialistes. (Illustration) LP/Mathilde Verrier": the note on the
        # picture, then its credit
        start += len(first) + 1
        rest = after
        first, _, after = rest.partition(" ")
    if first.lower() in _CREDIT_KEYWORDS and first[0].isupper():
        # "Photo Name / Outlet": the keyword without its colon; "PHOTO ARCHIVES Name /
        # AFP": an archive picture, the word no part of the credit
        credit = _ARCHIVE_WORD().sub("", after.strip(), count=1)
        return Credit(credit, start) if _names_around_slashes(credit) else None
    capitalised = [
        word
        for word in rest.replace("/", " ").split()
        if word[:1].isalpha() and word not in _STAFF_WORDS
    ]
    if (
        rest.count("/") == 1
        and len(capitalised) >= 3
        and all(word[0].isupper() for word in capitalised)
        and _names_around_slashes(_without_staff_words(rest))
    ):
        return Credit(rest.strip(), start)  # "… on Tuesday. Jane Doe/The New York Times"
    agency_first = first.split("/", 1)[0]
    credit_like = (
        rest.upper() == rest  # "CLAIRE DELORME/HANS LUCAS"
        or " / " in rest  # "Stéphane Guiochon / Le Progrès / MaxPPP"
        or (len(agency_first) >= 2 and agency_first.isupper())  # "REUTERS/Tom Lindgren"
        or _names_an_agency(rest)  # "Getty Images/iStockphoto", "Name/Handout via REUTERS"
    )
    if credit_like and _names_around_slashes(rest):
        return Credit(rest.strip(), start)
    return None


_AGENCY_LAST_WORDS = frozenset(
    (
        *("photo", "photos", "images", "scanpix", "ntb", "tt", "ritzau", "reuters", "afp"),
        *("dpa", "pd", "zvg", "keystone", "news", "supplied", "handout", "swns", "bnps"),
    )
)
AGENCY_AFTER_SENTENCE_MAX_WORDS = 4


def _after_last_sentence(paragraph: str) -> int | None:
    """Where the words after the caption's last full stop begin, near its end: a credit
    with no keyword stands there ("… i Oslo. NTB scanpix")."""
    end = paragraph.rfind(". ", max(0, len(paragraph) - TAIL_CHARS))
    if end < 0 or not _sentence_ends_at(paragraph, end + 1):
        return None
    return end + 2


def _agency_after_sentence(paragraph: str) -> Credit | None:
    """A picture agency's name alone after the caption's sentence, with no keyword:
    "… outside a house. Alamy Stock Photo", "… i Oslo. NTB scanpix"."""
    start = _after_last_sentence(paragraph)
    if start is None:
        return _agency_closing_a_picture_line(paragraph)
    credit = paragraph[start:].strip()
    words = credit.split()
    if (
        len(words) >= 2
        and words[0].lower() in _CREDIT_KEYWORDS
        and _names_an_agency(rest := credit.split(None, 1)[1])
    ):
        # "… le 4 mai 2025. PHOTO AFP": the keyword, then the agency alone
        return Credit(rest, start)
    if (
        not 1 <= len(words) <= AGENCY_AFTER_SENTENCE_MAX_WORDS
        or not words[0][:1].isupper()
        or not (
            _names_an_agency(credit)
            or credit.lower().endswith(("stock photo", "images"))
            or credit.lower() in _LONE_CREDITS  # "… with the old projector. Supplied"
            or (credit.endswith(" News") and all(w[:1].isupper() for w in words))  # "STV News"
        )
    ):
        return None
    return Credit(credit, start)


AGENCY_CLOSED_LINE_MIN_WORDS = 6
_PICTURE_ONLY_AGENCIES = frozenset(("swns", "bnps", "rex", "shutterstock", "alamy", "imago"))
"""Agencies that sell pictures only: a newswire closing a line (TT, NTB, PA) is the source
a sentence names ("… uppger källor för TT"), not a credit."""


def _agency_closing_a_picture_line(paragraph: str) -> Credit | None:
    """A picture's line with no full stop, then the agency in capitals, its credit line
    joined to it: "Emergency services outside the Orbit Leisure Centre … after the leak
    SWNS".  The word before is in lower case: the agency is no name in the sentence."""
    head, _, agency = paragraph.rpartition(" ")
    before = head.rsplit(None, 1)[-1] if head else ""
    if (
        agency.isupper()
        and agency.lower() in _PICTURE_ONLY_AGENCIES
        and before.isalpha()
        and before.islower()
        and head.count(" ") + 1 >= AGENCY_CLOSED_LINE_MIN_WORDS
    ):
        return Credit(agency, len(head) + 1)
    return None


CAPITALS_AFTER_SENTENCE_MAX_WORDS = 8


def _capitals_after_sentence(paragraph: str) -> Credit | None:
    """The outlet and the photographer in capitals, set apart by a dash, after the
    caption's sentence and with no keyword: "… de vinification. MIDI LIBRE - THIBAUT
    ROUVIÈRE"."""
    start = _after_last_sentence(paragraph)
    if start is None:
        return None
    credit = paragraph[start:].strip()
    words = credit.replace(" - ", " ").replace(" – ", " ").split()
    dashed = len(words) < credit.count(" ") + 1
    if (
        not 2 <= len(words) <= CAPITALS_AFTER_SENTENCE_MAX_WORDS
        # without a dash between outlet and name, only a caption's length will do:
        # "… de Claire Aubenas. LES FILMS DU LARGE"
        or (not dashed and paragraph.count(" ") >= CAPITALS_CAPTION_MAX_WORDS)
        or any(character.islower() for character in credit)
        or not all(word[:1].isalpha() for word in words)
        or words[0].lower() in _CREDIT_KEYWORDS  # "PHOTO NAME - VDNPQR": the keyword's form
    ):
        return None
    return Credit(credit, start)


AGENCY_CREDIT_MAX_WORDS = 4


def _agency_credit_closing_a_picture_line(paragraph: str) -> Credit | None:
    """A picture's description with no full stop, then the agency in capitals and the
    photographer after a slash ("… steht der Aufzug still ORF/Lukas Weinberger", "…
    später eingebaut APA/Helga Steindl")."""
    words = paragraph.split()
    for count in range(1, min(AGENCY_CREDIT_MAX_WORDS, len(words) - 4) + 1):
        first = words[-count]
        agency, slash, name = first.partition("/")
        if not slash:
            continue
        credit_words = [name, *words[len(words) - count + 1 :]]
        if (
            len(agency) >= 2
            and agency.isupper()
            and agency.isalpha()
            and all(word[:1].isupper() for word in credit_words)
        ):
            credit = " ".join(words[-count:])
            return Credit(credit, len(paragraph) - len(credit))
        return None
    return None


CAPITALS_CREDIT_MIN_WORDS = 2
CAPITALS_PICTURE_LINE_MAX_WORDS = 40


def _capitals_closing_a_picture_line(paragraph: str) -> Credit | None:
    """A picture's description with no full stop, then who took it in capitals: "Jason
    Pascoe stole jewellery worth more than £40,000 DEVON AND CORNWALL POLICE"."""
    words = paragraph.split()
    if len(words) > CAPITALS_PICTURE_LINE_MAX_WORDS:
        return None
    count = len(list(itertools.takewhile(_is_capitalised_credit_word, reversed(words))))
    if count < CAPITALS_CREDIT_MIN_WORDS or count > MAX_CREDIT_WORDS or count + 3 > len(words):
        return None
    credit_words = words[-count:]
    if count == CAPITALS_CREDIT_MIN_WORDS and "/" not in credit_words[-1]:
        return None  # "… held at the UN HQ": two acronyms end many sentences
    if sum(word[:1].islower() for word in words[:-count]) < 2:
        return None  # a menu in title case ("Nyheder Regionale Sporten DRTV DR LYD")
    credit = " ".join(credit_words)
    return Credit(credit, len(paragraph) - len(credit))


def _is_capitalised_credit_word(word: str) -> bool:
    letters = word.replace("/", "").replace("-", "").replace("’", "").replace("'", "")
    return letters.isalpha() and letters.isupper()


def _names_an_agency(credit: str) -> bool:
    """Whether a credit names a picture agency or a stock library among its parts."""
    words = credit.lower().replace("/", " ").split()
    return any(word in PICTURE_AGENCIES for word in words)


def _keyword_without_colon(paragraph: str) -> Credit | None:
    """French and American style: the keyword and the credit after the caption's last
    sentence, with no colon: "… de l'écluse. Photo Sébastien Jarry", "… Photo DR",
    "… PHOTO PIERRE DELANNOY - VDNPQR", "… Archives Sébastien Jarry", "… Photo courtesy of
    Marisa Quint", "(Courtesy of Llandyfan Community Council)", or alone on its line under
    the caption: "Photo Camille Ordas / Hans Lucas"."""
    reach = max(0, len(paragraph) - TAIL_CHARS)
    end = max(paragraph.rfind(". ", reach), paragraph.rfind(" (", reach) - 1)
    capitals = paragraph.rfind(" PHOTO ", reach)
    if capitals > end and not any(c.islower() for c in paragraph[capitals:]):
        # La Presse: "Le tartare de cerf … PHOTO FRANÇOIS DESROCHERS, LA PRESSE": the
        # keyword in capitals sets the credit off where no full stop does.
        end = capitals - 1
        if not paragraph[:capitals].strip():
            end = -1
    if end < 0:
        start = 0  # the credit on a line of its own, under its caption
    elif (
        paragraph[end + 1 : end + 3] == " ("
        or end + 1 == capitals
        or _sentence_ends_at(paragraph, end + 1)
    ):
        start = end + 2
    else:
        return None
    rest = paragraph[start:].strip().rstrip(".")
    if rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1]
    match = _NO_COLON_CREDIT().match(rest)
    if match is None:
        return None
    credit = match.group("credit").strip()
    names = credit.replace(" - ", " ").replace(" – ", " ").replace(", ", " ")
    if credit != "DR" and not (_name_words(names, 6) or _names_around_slashes(credit)):
        return None
    return Credit(credit, start)


def is_credit_line(line: str) -> bool:
    """A line that is nothing but a credit without keyword: "Keystone / Marco Züllig",
    "Jordan Whiteway/CBC".  Only its place, under a caption, makes it one."""
    if line.lower().rstrip(".") in _LONE_CREDITS:
        return True  # "Privat": a reader's own picture
    return "/" in line and line.count(" ") < MAX_CREDIT_WORDS and _names_around_slashes(line)


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
        or _names_an_agency(credit)  # "picture alliance / dpa"
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


_PHOTO_KEYWORDS = frozenset(
    "foto fotos photo photos bild bilde billede image picture pic photograph credit".split()
)
"""Credit keywords that are never a caption's label (unlike "ARKIVFOTO", which is)."""


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
    if label.lower() in _PHOTO_KEYWORDS:
        return None  # "FOTO: LINE BERG KVAMME / DAGBLADET": the credit's keyword
    return label


def has_caption_marker(paragraph: str) -> bool:
    """BBC-style "Media caption, ..." / "Image caption, ..." prefixes, or a note on the
    picture closing the line ("… rural bus network. (File image)")."""
    if paragraph[-1:] == ")" and _PICTURE_NOTE().search(paragraph) is not None:
        return True
    # The first letter, in any case re's IGNORECASE matches ("İ" and "ı" for "i").
    if paragraph[:1] in "mMiIİıvV" and _CAPTION_MARKER.match(paragraph) is not None:
        return True
    return paragraph[:1] == "P" and _PICTURED.match(paragraph) is not None


_PICTURED = re.compile(r"^Pictured(?: (?:left|right|above|below|top|centre|center))?\s*:\s+\S")
"""The British tabloids' caption opening: "Pictured: Fire crews in protective suits …"."""


_SOURCE_OVER_CAPTION = re.compile(
    r"^image source,\s*(?P<credit>.{1,80}?)\s+(?=image caption,)", re.IGNORECASE
)


def _source_over_caption(paragraph: str) -> Credit | None:
    """The BBC's two lines run into one paragraph: the picture's source, then its caption."""
    match = _SOURCE_OVER_CAPTION.match(paragraph)
    if match is None or not _plausible_credit(match.group("credit")):
        return None
    return Credit(match.group("credit"), 0)


def caption_body(text: str) -> str:
    """The caption's own words, without its label prefix and credit phrase.

    The renderer shows label and credit in the caption box's frame; the block's text
    keeps them, so nothing of the article is lost.
    """
    credit = find_credit(text)
    if credit is not None and credit.start == 0:  # the BBC's source line first
        body = _CAPTION_MARKER.sub("", text[text.lower().find("image caption,") :]).strip()
        return body or text
    body = text[: credit.start] if credit else text
    label = find_label(body)
    if label is not None:
        body = body[len(label) :].lstrip(" :")
    body = body.strip()
    return body or text
