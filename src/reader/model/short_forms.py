"""What a short paragraph shows on its own: site chrome, bylines and date lines.

Judged from the paragraph's text alone (its opening words, its shape, a date, a
journalist's title), wherever it stands; `text_parser` runs these checks first and
decides the rest by position and context.  The patterns behind cheap gates keep the
checks fast on the body text that makes up most articles.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from reader.model.alternation import compiled_on_first_use, trie_alternation
from reader.model.article import BlockKind
from reader.model.captions import find_credit
from reader.model.lexicon import (
    AFFILIATIONS,
    APP_VERBS,
    BOILERPLATE_LONG_PREFIXES,
    BOILERPLATE_PREFIXES,
    BYLINE_PREFIXES,
    CALL_VERBS,
    CALLS_TO_ACTION,
    CHROME_FOLLOWERS,
    COMMENT_WORDS,
    COMMON_CHROME_WORDS,
    CONSENT_BUTTONS,
    CONSENT_NOTICES,
    CONSENT_REQUESTS,
    CONTENT_LOADING_WORDS,
    FOOTER_LINK_WORDS,
    HERE_LINKS,
    JOURNALIST_ROLES,
    LINK_CALLS,
    LOADING_ENDS,
    MACHINE_HELP,
    MEDIA_IMPERATIVES,
    META_PREFIXES,
    MONTHS,
    NAVIGATION_SEPARATORS,
    NEW_TAB_NOTES,
    NEWSLETTER_FOOTERS,
    OFFER_OPENINGS,
    OPINION_NOTES,
    OWN_PAGE_LINKS,
    PAGE_BUTTONS,
    PAYWALL_BADGES,
    PREPOSITIONS,
    PROMO_WORDS,
    RATING_WORDS,
    READER_WORDS,
    READING_TIME_WORDS,
    RELATIVE_TIME_WORDS,
    SALUTATIONS,
    SHARE_WORDS,
    SIGN_UP_CALLS,
    STOPWORDS,
    STORY_REQUESTS,
    TEASER_HEADING_OPENINGS,
    TEASER_HEADINGS,
    THIS_ARTICLE,
    TIP_REQUESTS,
    TIP_WORDS,
    TOPIC_HEADINGS,
    TRIAL_OFFER_VERBS,
    VERDICTS,
    WEEKDAYS,
    WIRE_AGENCIES,
    WIRE_CREDIT_OPENINGS,
)
from reader.model.paragraphs import ADDRESS_OPENINGS, COUNTER, POINT_MARKS

# Module names for the kinds, as in text_parser: quicker than looking them up on BlockKind.
_BYLINE, _META, _BOILERPLATE = BlockKind.BYLINE, BlockKind.META, BlockKind.BOILERPLATE


_OPENINGS = (
    ("consent", CONSENT_NOTICES, r"(?!\w)"),
    ("long", BOILERPLATE_LONG_PREFIXES, r"(?![\w-])"),
    ("note", OPINION_NOTES, r"(?:\s+[^\W\d_]+){0,2}\s*[.:;,]"),
    ("boilerplate", BOILERPLATE_PREFIXES, r"(?!\w)"),
    ("byline", BYLINE_PREFIXES, r"(?!\w)\s*:?\s+\S"),
    ("meta", META_PREFIXES, r"(?!\w)"),
    ("media", MEDIA_IMPERATIVES, r"\s"),
)
"""Every opening that marks a short paragraph as chrome, a byline or a date line, by what
it makes of the paragraph (the first that matches decides), and what must follow it.
A copyright sign ("©", "(©", "(c)") is the one opening that is not a word."""
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")
_OPENING_WORDS = frozenset(
    "(" * paren + first
    for prefix in (
        *CONSENT_NOTICES,
        *OPINION_NOTES,
        *BOILERPLATE_PREFIXES,
        *BOILERPLATE_LONG_PREFIXES,
        *BYLINE_PREFIXES,
        *META_PREFIXES,
        *MEDIA_IMPERATIVES,
        "©",
        "(c)",
    )
    # "push-nachrichten": a paragraph's first word (`_FIRST_WORD`) stops at the hyphen
    for word in (prefix.split()[0].rstrip(":.…"),)
    for first in {word, word.split("-")[0]}
    for paren in (0, 1)
)
"""First words of those openings: a set lookup spares most paragraphs the regex."""
_DIGIT = re.compile(r"\d")
PLAYER_TIME = compiled_on_first_use(r"^(?:\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|0?0:\d{2})$")
"""A video player's position and length ("00:00/04:51"), or a clip under a minute
("00:48"): chrome, where "14:32" alone may be a live blog's time."""
_BROADCAST = compiled_on_first_use(
    r",[^,]+\b\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h))?,\s*\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}$",
    re.IGNORECASE,
)
"""A clip's box in a broadcaster's article, ending in the programme, its time and its date
("Wolf am Deich: Schäfer in Sorge Jana Petersen, NDR, tagesschau 17:00 Uhr, 13.03.2025"):
a link to the programme, where a date line has only the date and time."""
_COPYRIGHT = compiled_on_first_use(r"^(?:(?:19|20)\d\d\s+)?\(?(?:©|\(c\)|copyright)", re.IGNORECASE)
"""The sign or the word, perhaps after the year ("2025 © Chicago Tribune. …")."""
_COPYRIGHT_OPENERS = "(©cC12"
_TIP_LINE = compiled_on_first_use(r"\S@\S+\.\w")
_WORD_AND_READING_TIME = (
    r"(?:" + trie_alternation(READING_TIME_WORDS) + r")\s*:?\s*\d{1,3}\s*"
    r"(?:min|mins|mn|minutes?|minutter|minuter|minuten)\.?"
)
"""The reading time with its word first, the body of the two patterns below."""
_READING_TIME_OPENING = compiled_on_first_use(_WORD_AND_READING_TIME + r"\s+")
"""A reading time opening a row of buttons ("Lecture 4 min. Ajouter à vos sélections …"),
matched in the lower-cased text."""
_READING_TIME_FIRST = compiled_on_first_use(
    "^" + _WORD_AND_READING_TIME + "$",
    re.IGNORECASE,
)
"""The reading time with its word first: "Lecture 3 min.", "Lesezeit: 4 Minuten"; every
match ends in "n", "s", "r" or a full stop, which callers test first."""
_READING_TIME = compiled_on_first_use(
    r"^\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:min|mins|mn|minutes?|minutter|minuter|minuten)\.?(?:\s+(?:"
    + trie_alternation(READING_TIME_WORDS)
    + r")\.?)?$",
    re.IGNORECASE,
)
"""A reading-time line: "4 min read", "5 minutes de lecture", "7–9 Minuten"."""
_APP_PROMO = compiled_on_first_use(
    r"^(?:" + trie_alternation(APP_VERBS) + r")\b.{0,40}?\b(?:app|appen|appar|application)\b",
    re.IGNORECASE,
)
"""An app promo: "Download the Sky News app for the latest updates", "Last ned appen"."""
HANDLE_LINE_MAX_WORDS = 6
_HANDLE_LINE = compiled_on_first_use(r"^(?:[^\W\d_][\w.'’-]* ){1,4}@\w{2,30}$")
_MORE_LINKS = compiled_on_first_use(
    r"^(?:more|mehr|mer|mere|meir|plus|flere|fler|fleire)\b[^:.!?]{0,40}:\s", re.IGNORECASE
)
"""A heading of links to more stories, and the first of them on its line: "More high
school sports: Section 7AA final moved to Saturday", "Mehr zum Thema: …"."""
_MORE_LINKS_INITIALS = "MmPpFf"
_TIP_REQUEST_ALTERNATION = trie_alternation(TIP_REQUESTS)
_TIP_AFTER_QUESTION = compiled_on_first_use(r"\?\s+(?:" + _TIP_REQUEST_ALTERNATION + r")\b")
"""A question, then a request for tips: "Har du bilder fra uværet? Tips oss på …"."""
_TIP_TO_OUTLET = compiled_on_first_use(
    r"\?\s+(?i:tipsa|tips|tip)\s+[A-ZÆØÅÄÖ][\w.]*(?:\s+[A-ZÆØÅÄÖ][\w.]*)?$"
)
"""A question, then "tips" and the outlet's name closing the line: "… svindel? Tips VG"."""
_TIP_REQUEST_OPENING = compiled_on_first_use(r"(?:" + _TIP_REQUEST_ALTERNATION + r")\b")
WRITE_IN_MAX_WORDS = 40


def _asks_to_write_in(lowered: str, words: int) -> bool:
    """ "Email us at tips@the-sun.co.uk or call 020 7946 0321. You can WhatsApp us …":
    the newsroom's request opening the paragraph, and the address to write to."""
    return (
        words <= WRITE_IN_MAX_WORDS
        and "@" in lowered
        and _TIP_REQUEST_OPENING().match(lowered) is not None
    )


_RATING = compiled_on_first_use(
    r"^(?:(?:" + trie_alternation(RATING_WORDS) + r")\s*:?\s*\d{1,2}(?:[.,]5)?"
    r"(?:\s*(?:/|av|af|of|von|sur|de|out of)\s*\d{1,2})?"
    r"|[★☆⭐✩✪♥♡❤]+(?:\s*[★☆⭐✩✪♥♡❤½]+)*)$",
    re.IGNORECASE,
)
"""A review's score: a rating word and a number ("Terningkast 5", "Betyg: 4 av 5"), or stars."""
_RATING_STARS = "★☆⭐✩✪♥♡❤"
_LABELLED_STARS = compiled_on_first_use(r"^[^\W\d_][\w' -]{0,30}\s?:\s*[★☆⭐✩✪♥♡❤]{2,}½?$")
"""A score in stars after what it rates: "KURIER-Wertung: ★★★★☆", "Cuisine : ★★★½"."""
_SIGN_AND_YEAR = compiled_on_first_use(r"©\s*(?:19|20)\d\d\b")
_PLAYER_LINE = compiled_on_first_use(
    r"^(?:(?:video|vidéo|audio)[\w-]*|spela upp|spill av|afspil|play|watch|abspielen"
    r"|durée de la vidéo)"
    r"\s*:?\s*\d{1,2}(?::\d{2}|h\d{2}mn\d{2}s)(?:\s*(?:min|mins|minuten|minutter)\.?)?$",
    re.IGNORECASE,
)
PLAYER_LINE_MAX_WORDS = 7
_FOLLOW_CALL = compiled_on_first_use(
    r"^(?:(?:follow|følg|följ|folgen sie|suivez)\s+[\w .&'’-]{1,40}?\s+(?:on|på|auf|sur)\s+"
    r"(?:whatsapp|x|twitter|facebook|instagram|tiktok|youtube|snapchat|threads|linkedin)\b"
    r"|join\s+[\w .&'’-]{1,40}?\s+(?:whatsapp|telegram|facebook|instagram)\s+"
    r"(?:community|channel|group)\b"
    r"|join\s+[\w .&'’-]{1,40}?\s+on\s+(?:whatsapp|telegram)\b)",
    re.IGNORECASE,
)
"""A call to follow the outlet or join its group: "Follow STV News on WhatsApp",
"Join the M.E.N.'s WhatsApp community HERE"."""
_FOLLOW_CALL_INITIALS = "FfSsſJj"
"""The letters a `_FOLLOW_CALL` match can open with ("follow", "suivez", "join"; the
case-blind pattern also reads "s" as "ſ"): other paragraphs skip the pattern."""
FOLLOW_CALL_MAX_WORDS = 30
_SECTION_BREAK = compiled_on_first_use(
    r"^(?:[*•·—–#~=◆■□●○_-](?:\s?[*•·—–#~=◆■□●○_-])*|[IVX]{1,5})$"
)
SECTION_BREAK_MAX_WORDS = 5
_SPACED_TIME = compiled_on_first_use(r"\b\d{1,2}\s?h\s?\d{2}\b")
_CLOCK_TIME = compiled_on_first_use(
    r"^\d{1,2}[.:]\d{2}\s?(?:(?:[ap]m|[ap]\.m\.)(?:\s?[A-Z]{2,5})?|[A-Z]{3,5})$"
)
"""A time of day in English, alone on its line, perhaps with its zone ("3.52pm",
"17.08 AEDT", "9:41 a.m. EST")."""
_SIGN_OFF = compiled_on_first_use(r"^(?:\(©\s*[^\W\d_]+\)|[\W_]+)$")
_EDITORS_SIGN_OFF = compiled_on_first_use(
    r"^(?:/[^\W\d_]{2,8}/(?:[^\W\d_]{2,8}/?)?|/[a-zäöü]{2,4}(?:/[a-zäöü]{2,4})+/?"
    r"|\((?:[^\W\d_]{2,8}/)*[Rr]ed\.?\)"
    r"|[a-zäöü]{1,4}(?:/[a-zäöü]{1,4})+\s?\([^\W\d_]{2,8}(?:,\s?[^\W\d_]{2,8})*\))$"
)
"""The agency's or the editors' sign-off at the end of wire copy: "/ritzau/",
"/ritzau/Reuters" (and the agency it took the story from), "/tav/bek/jha", "(APA/red.)",
the editors' initials and the agency ("km/ch (dpa)")."""
_WIRE_CREDIT = compiled_on_first_use(
    r"^(?:(?:"
    + trie_alternation(WIRE_CREDIT_OPENINGS)
    + r")\s*)?(?:"
    + trie_alternation(WIRE_AGENCIES)
    + r")(?:\s*(?:,|/|&|\bet\b|\band\b|\bund\b|\bog\b|\boch\b)\s*(?:"
    + trie_alternation(WIRE_AGENCIES)
    + r"))*$",
    re.IGNORECASE,
)
"""A credit to the agencies whose copy the article uses: "Mit Material von dpa", "Avec ATS
et AFP", "Avec les informations de La Presse canadienne", "Quelle: dpa-AFX"."""
_WIRE_CREDIT_FIRST_WORDS = frozenset(
    word for phrase in WIRE_CREDIT_OPENINGS for word in (phrase.split()[0].rstrip(":"),)
)
_WIRE_AGENCY_NAMES = frozenset(WIRE_AGENCIES)
_WIRE_FIRST_WORDS = _WIRE_CREDIT_FIRST_WORDS | frozenset(
    agency.split()[0] for agency in WIRE_AGENCIES
)
WIRE_CREDIT_MAX_WORDS = 9
DATE_LINE_MAX_WORDS = 18
"""A line of dates without keyword: long enough for a first date and an update on one
line ("March 12, 2025 at 8:14 AM GMT Updated on March 12, 2025 at 11:02 AM GMT")."""
_SALUTATION_ALTERNATION = trie_alternation(SALUTATIONS)
_SALUTATION = compiled_on_first_use(
    r"^(?:" + _SALUTATION_ALTERNATION + r")(?:,|(?:\s+[^\s,!.]+){1,5}\s*[,!])",
    re.IGNORECASE,
)
"""A newsletter's greeting: "Good morning, Chicago.", "Bonjour,", "Hi Anna,", "Liebe
Leserinnen und Leser!": the greeting, then a comma at once or ending the line."""
SALUTATION_MAX_WORDS = 7
_SALUTATION_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in SALUTATIONS)
_GREETING_OPENING = compiled_on_first_use(
    r"^(?:" + _SALUTATION_ALTERNATION + r")(?:[,!]|\s+(?-i:[A-ZÆØÅÄÖÜÉ]))",
    re.IGNORECASE,
)
READING_TIME_LINE_MAX_WORDS = 16
_MINUTES_READ = compiled_on_first_use(
    r"\b\d{1,2}(?:[.,]\d)?[- ]?(?:min|mins|minute|minutes)\.?[- ]read\b", re.IGNORECASE
)
"""A reading time inside a line: "economist.com · 5 min read", "Today's newsletter is 612
words, a 2.5-minute read."."""
_PRICE = compiled_on_first_use(
    r"(?:\d+(?:[.,]\d+)?\s*(?:kr\.?|kroner|krone|kronor|krona|€|euros?|\$|dollars?|chf)"
    r"(?!\w)|[€$£]\s?\d)",
    re.IGNORECASE,
)
_FREE = compiled_on_first_use(
    r"\b(?:gratis|free|kostenlos|kostenfrei|gratuit|gratuite|gratuits|gratuites|gratuitement)\b",
    re.IGNORECASE,
)
"""A price of nothing: a free trial ("Prøv gratis i 30 dage")."""
_OFFER_PERIODS = (
    "veker", "veke", "uker", "uke", "uger", "uge", "veckor", "vecka", "måneder", "måned",
    "månader", "månad", "månaden", "week", "weeks", "month", "months", "monat", "monate",
    "wochen", "woche", "mois", "semaine", "semaines", "dage", "dager", "dagar", "days", "tage",
    "jours",
)  # fmt: skip
_OFFER_PERIOD = compiled_on_first_use(
    r"\b(?:" + trie_alternation(_OFFER_PERIODS) + r")\b", re.IGNORECASE
)
"""A subscription offer: a price and the time it buys ("8 veker for 149 kroner",
"Första månaden för 1 krona", "1 € par mois")."""
TRIAL_OFFER_MAX_WORDS = 20
_DOMAIN = compiled_on_first_use(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$")
"""A site's address alone on its line, as reader views and read-later apps set it."""
_FIRST_WORD = re.compile(r"\(?(?:[^\W\d_]+|©)")
_PROMO = compiled_on_first_use(trie_alternation(PROMO_WORDS))
JOURNALIST_ROLE_PATTERN = compiled_on_first_use(trie_alternation(JOURNALIST_ROLES))
AFFILIATION_PATTERN = compiled_on_first_use(r"\b(?:" + trie_alternation(AFFILIATIONS) + r")")
_YEAR = compiled_on_first_use(r"\b(?:19|20)\d{2}\b")
_NAVIGATION_SEPARATOR = compiled_on_first_use("[" + re.escape(NAVIGATION_SEPARATORS) + "]")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_COMMENTS = compiled_on_first_use(r"^\d+\s+(?:" + "|".join(COMMENT_WORDS) + r")$", re.IGNORECASE)
_TOKENS = compiled_on_first_use(r"[\w'’-]+")
_COMMENT_WORD_SET = frozenset(COMMENT_WORDS)
_DATE_TOKENS = re.compile(r"[\w.:'-]+")
_SIGNED_DATE = compiled_on_first_use(
    r"^\((?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
    r"(?:,\s*[^\W\d_][\w.'’/-]*){0,3}),\s*[\d./-]+\)$"
)
"""Der Standard's closing signature: "(Lisa Berger, 12.3.2024)", "(APA, red, 10.3.2025)"."""
_RIGHTS = compiled_on_first_use(
    trie_alternation(
        ("rights reserved", "rettigheter", "rettigheder", "rättigheter", "droits", "rechte")
    ),
    re.I,
)
"""An agency's sign-off on its own: "/ritzau/", "(NTB)", "(©NTB)"."""
_MONTH_ALTERNATION = trie_alternation(MONTHS)
"""The month names with their shared prefixes factored out: the month-first branch of
`_DATE` is tried at every letter of a paragraph, and fifty names one after the other
made that search several times slower than the rest of the date checks together."""
_DATE = compiled_on_first_use(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.h]\d{2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:" + _MONTH_ALTERNATION + r")\w*\.?(?:\s+\d{4})?\b"
    r"|\b(?:" + _MONTH_ALTERNATION + r")\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
"""A date or a time: "28.02.2022", "14:35", "12. März 2024", "1er mars", "Mar 13th"."""
_RELATIVE_TIME = compiled_on_first_use(
    r"\b\d+\s+\w+\s+(?:" + "|".join(RELATIVE_TIME_WORDS) + r")\b"
    r"|\b(?:for|för|il y a|vor)\s+\d+\s+\w+",
    re.IGNORECASE,
)
_DATE_WORDS = frozenset(
    MONTHS
    + WEEKDAYS
    + META_PREFIXES
    + RELATIVE_TIME_WORDS
    + ("kl", "kl.", "klokken", "uhr", "am", "pm", "a.m", "p.m", "gmt", "utc")
    + ("cet", "cest", "est", "edt", "pst", "bst", "·", "|", "-", "–")
    # a mobile page's "I dag 07:42", "I går 22:10", "Igår 18.05" ("i" is glue)
    + ("dag", "går", "idag", "igår")
)
_DATE_GLUE = frozenset(("at", "à", "um", "on", "le", "den", "the", "of", "de", "i", "på", "by"))
"""Small words in date lines that count neither for nor against a date ("le 12 mars")."""
BULLET_OPEN = compiled_on_first_use(r"^[•·▪●*]\s")
BULLETS = "•·▪●*"
"""The first characters those three can match: testing the first character spares the
regex for the paragraphs (nearly all) that open with a letter."""
_TERMINAL = re.compile(r"(?:[.!?…]|[.!?…,][\"”»’'“)]|\.\))$")
_TERMINAL_LAST = ".!?…\"”»’'“)"
"""The characters a `_TERMINAL` match can end with."""
BOILERPLATE_MAX_WORDS = 12
CONSENT_BUTTON_MAX_WORDS = 5
BYLINE_MAX_WORDS = 16
NAME_AND_OUTLET_MAX_WORDS = 8
OFFER_SENTENCE_CHARS = 120
_PhraseTable = dict[str, tuple[str, ...]]
"""Phrases grouped by a character they open or end with (see `_by_first_character`)."""


def _by_first_character(phrases: Iterable[str]) -> _PhraseTable:
    """Phrases grouped by their first character.  `str.startswith` with a tuple compares
    the text with each phrase in turn; with the phrases grouped, a paragraph is compared
    only with those that open as it does (`_starts_with_one_of`)."""
    table: dict[str, list[str]] = {}
    for phrase in phrases:
        if not phrase:
            raise ValueError("an empty phrase starts every text")
        table.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in table.items()}


def _by_last_character(phrases: Iterable[str]) -> _PhraseTable:
    """Phrases grouped by their last character, for `_ends_with_one_of`."""
    table: dict[str, list[str]] = {}
    for phrase in phrases:
        if not phrase:
            raise ValueError("an empty phrase ends every text")
        table.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(group) for last, group in table.items()}


def _starts_with_one_of(text: str, table: _PhraseTable) -> bool:
    """`text.startswith(phrases)` for the phrases grouped in `table`."""
    return text.startswith(table.get(text[:1], ()))


def _ends_with_one_of(text: str, table: _PhraseTable) -> bool:
    """`text.endswith(phrases)` for the phrases grouped in `table`."""
    return text.endswith(table.get(text[-1:], ()))


_TOPIC_WORDS = frozenset(
    heading.split()[0] for heading in TOPIC_HEADINGS if heading.split()[0] not in ("more", "mehr")
) | {"schlagwörter", "stichwörter", "stichworte", "nøkkelord", "nøgleord", "nyckelord", "topic"}
"""First words of a topic-tag heading ("Schlagwörter zu diesem Artikel: …")."""
_TOPIC_STARTS = _by_first_character(_TOPIC_WORDS)
_LINK_AFTER_TEASER = compiled_on_first_use(
    r"[.!?…]\s+(?:mehr|more|weiterlesen|read more|les mer|läs mer|læs mere|lire la suite)$",
    re.IGNORECASE,
)
_LINK_LAST_CHARACTERS = "eEnNrR\n"
"""The letters the links of `_LINK_AFTER_TEASER` end in (no other letter matches them
case-blind), or the final newline its `$` may stand before."""
PROMO_MAX_WORDS = 25
"""A promotion may carry the outlet's slogan before its offer ("Vårt Land – en avis om tro,
kultur og samfunn. Prøv en måned for 1 krone"); tip lines stay within 15 words."""


def ends_sentence(text: str) -> bool:
    """Final punctuation, also inside a closing mark ("… ferme.»"); only the end is read."""
    # A match ends with one of `_TERMINAL_LAST` (or stands before a final newline, `$`).
    last = text[-1:]
    if last not in _TERMINAL_LAST and last != "\n":
        return False
    return _TERMINAL.search(text[-3:]) is not None


def short_form(text: str, words: int) -> BlockKind | None:
    """Boilerplate, byline or meta for a short paragraph, else None.

    The opening (`opening_of`) decides which checks apply, so a short paragraph of body text
    costs a handful of cheap tests.
    """
    group = opening_of(text)
    if group is None and text[0] == "-" and text[1:2].isalpha():
        group = opening_of(text[1:])  # "-Aktualisiert am 03.03.2026-17:42": FAZ's dash
    if group == "copyright" and text[0] == "(" and is_wire_agency(text.strip("()© ")):
        return _BYLINE  # "(©NTB)": the agency that wrote the story signs it, as "(NTB)" does
    if text[0] == "(" and words <= UPDATE_NOTE_MAX_WORDS and _WIRE_UPDATE_NOTE().match(text):
        return _META  # "(Updates with analyst comment in sixth paragraph.)": the wire's note
    if (
        (group == "boilerplate" and words <= BOILERPLATE_MAX_WORDS and _chrome_opening(text))
        or (group == "long" and _chrome_opening(text))
        or group == "consent"
        or group == "note"
        or (group == "media" and words <= 10 and not ends_sentence(text))
        or (group == "copyright" and _is_copyright_line(text, words))
    ):
        return _BOILERPLATE
    if group == "byline" and words <= _byline_max_words(text) and _is_byline(text):
        return _BYLINE
    if words <= WIRE_CREDIT_MAX_WORDS and _is_wire_credit(text):
        return _BYLINE
    if (
        text[:4] == "Mit "
        and words <= INTERVIEWER_LINE_MAX_WORDS
        and _INTERVIEWER_LINE().match(text)
    ):
        return _BYLINE  # "Mit Jörg Brandes sprach Clara Wegner": who interviewed whom
    if (
        group == "meta"
        and (words <= 6 or _has_date(text) or _SPACED_TIME().search(text))
        and not (words > UPDATE_NOTE_MIN_WORDS and _tells_the_update(text))
    ):
        return _META  # "Publié à 5 h 00 Mis à jour à 11 h 47": La Presse's spaced hours
    lowered = text.lower()  # shared by the checks below
    if words <= NAME_AND_OUTLET_MAX_WORDS and (
        _is_name_and_outlet(text) or ("@" in text and _is_name_and_address(text))
    ):
        return _BYLINE
    if words <= HANDLE_LINE_MAX_WORDS and " @" in text and _HANDLE_LINE().match(text):
        return _BOILERPLATE  # "Bernard Costes @BCostesFigeac": a pasted post's author line
    if words <= 3 and text[0].isdigit() and _CLOCK_TIME().match(text) is not None:
        return _META  # a live blog's entry time: "3.52pm", "10.25 am"
    if words <= 5 and _is_rating_or_verdict(text, lowered):
        return _META  # before the chrome checks: a row of stars is not a sign-off ("***")
    if words <= SALUTATION_MAX_WORDS and is_salutation(text, lowered):
        return _BOILERPLATE
    if "ookie" in text and asks_cookie_consent(text):
        return _BOILERPLATE  # "Let us know you agree to cookies"
    if asks_consent_to_show(text, lowered, words):
        return _BOILERPLATE  # "Um diese Karte anzuzeigen, ist Ihre Zustimmung … nötig."
    if _is_other_boilerplate(text, lowered, words):
        return _BOILERPLATE
    if words <= LINK_HEADING_MAX_WORDS and _is_link_heading(lowered):
        return _BOILERPLATE
    if group in (None, "boilerplate") and _heads_linked_titles(text, lowered):
        return _BOILERPLATE  # "More stories Junior doctors to be balloted …": a list's lines
    if words <= BYLINE_MAX_WORDS and (
        _is_signed_role(text, lowered, words)
        or (" Reporting from " in text and _opens_with_a_name(text))
        or _is_signature(text)
        or (", " in text and _is_name_and_affiliation(text, lowered))
    ):
        return _BYLINE
    if (
        group is None
        and words <= DATE_LINE_MAX_WORDS
        and text[0] not in POINT_MARKS
        and _is_date_line(text, lowered)
        and not bullet_opened(text)
    ):
        return _META  # a list item is a point made, even when a date fills half of it
    if text[-1].isdigit() and text.count(",") >= 2 and _BROADCAST().search(text) is not None:
        return _BOILERPLATE
    return None


INTERVIEWER_LINE_MAX_WORDS = 10
_INTERVIEWER_LINE = compiled_on_first_use(
    r"Mit (?:[A-ZÄÖÜ][\w.'’-]*\s+){1,4}(?:sprach|sprachen|redete|redeten)"
    r"(?:\s+[A-ZÄÖÜ][\w.'’-]*){1,4}\.?$"
)
"""The German interview's closing line that names both sides: the one interviewed after
"Mit", then the interviewer."""
UPDATE_NOTE_MIN_WORDS = 8
"""Longer than any date line: "Oppdatert 14.32: Gassleverandøren har nå stengt …"."""
UPDATE_NOTE_MAX_WORDS = 20
_WIRE_UPDATE_NOTE = compiled_on_first_use(
    r"\((?:updates|adds|recasts|corrects|rewrites|changes|fixes|refiles)\b[^()]*\)\.?$",
    re.IGNORECASE,
)
"""What a wire story says it changed since the last version, in parentheses at its top or
bottom: "(Adds details in paragraphs 4-6)"."""


def _tells_the_update(text: str) -> bool:
    """Whether a time stamp opens a sentence of news ("Oppdatert 14.32: Gassleverandøren
    har nå stengt tilførselen, …."): a live story's update is a paragraph of it, not a
    date line; the stamp's colon is followed by a sentence, not by the date."""
    colon = text.find(": ")
    if colon < 0 or not ends_sentence(text):
        return False
    told = text[colon + 2 :].split()
    return len(told) >= UPDATE_NOTE_MIN_WORDS and not any(map(str.isdigit, told[0][:1]))


CHROME_WORD_TAIL_WORDS = 3
_AFTER_CHROME_WORD = ":|(-–—•·»>›/©0123456789"
"""What may follow a one-word chrome opening on its line: "Kommentarer (12)", "Annonse:",
"Menu › World", "Anzeige – Weiter nach der Anzeige"."""


def _chrome_opening(text: str) -> bool:
    """Whether a chrome opening stands as chrome: a phrase ("Del artikkelen", "Skip to
    content") or a word that only chrome opens with ("Kopiering …") whatever follows;
    a word that a sentence may also open with (`COMMON_CHROME_WORDS`: "Search for the
    missing climber resumed on Monday.", "Suche nach Vermissten geht weiter") alone,
    before a colon, a count or a separator, or before a few words of chrome that end
    no sentence ("Teilen auf Facebook", "Partager Lire plus tard")."""
    word = _first_word(text)
    if word not in COMMON_CHROME_WORDS:
        return True
    rest = text[len(word) :].lstrip()
    if rest[:3].lower() in ("av ", "af ") and word in ("del", "dela"):
        return False  # "Del av gängkonflikt": "part of", not a share button
    if not rest or rest[0] in _AFTER_CHROME_WORD or rest[0].isupper():
        return True  # "Copyright © …", "Related Topics", "Kommentarer (12)"
    if rest.split(maxsplit=1)[0].lower() in CHROME_FOLLOWERS:
        return True  # "Subscribe to our newsletter", "Abonnez-vous"
    return rest.count(" ") < CHROME_WORD_TAIL_WORDS and not ends_sentence(text)


LINK_HEADING_MAX_WORDS = 6


CONTACT_LINE_MAX_WORDS = 25
_CONTACT_PHONE = compiled_on_first_use(
    r"\b(?:tlf|tel|tél|telefon|téléphone|phone|mobil|mob|mobile)\.?:?\s*\+?\d[\d ]{6,}",
    re.IGNORECASE,
)
"""A telephone number after its keyword: a contact's line, not the article's."""


def _may_name_a_phone(lowered: str) -> bool:
    """Whether a lower-cased paragraph holds the start of every `_CONTACT_PHONE` keyword:
    a few `in` tests spare nearly every paragraph the case-blind search."""
    return (
        "tel" in lowered
        or "tlf" in lowered
        or "tél" in lowered
        or "phone" in lowered
        or "mob" in lowered
    )


BUTTON_ROW_MAX_WORDS = 10
EDITOR_LINE_MAX_WORDS = 45
_EDITOR_TITLES = (
    "ansvarlig redaktør:", "ansvarshavende redaktør:", "ansvarshavende chefredaktør:",
    "ansvarig utgivare:", "chefredaktør:", "chefredaktör:", "editor-in-chief:",
    "chefredakteur:", "chefredakteurin:", "chefredaktion:", "v.i.s.d.p.:",
    "directeur de la publication :",
    "directrice de la publication :", "directeur de la publication:",
    "directrice de la publication:", "rédacteur en chef :", "rédactrice en chef :",
)  # fmt: skip
"""The editor who answers for the paper, named in its footer by the title and a colon."""


def _names_the_editor(text: str, lowered: str) -> bool:
    """The title, its colon and a name ("Ansvarlig redaktør: Line Sørbye"); not a heading
    that quotes an editor ("Chefredaktør: – Vi må kutte")."""
    if not _may_name_an_editor(lowered):
        return False
    for title in _EDITOR_TITLES:
        at = lowered.find(title)
        if at >= 0:
            name = text[at + len(title) :].split()[:2]
            return len(name) == 2 and all(word[:1].isupper() for word in name)
    return False


def _may_name_an_editor(lowered: str) -> bool:
    """Whether a lower-cased paragraph holds a piece of every `_EDITOR_TITLES` title: a
    few `in` tests instead of a search for each title."""
    return (
        "red" in lowered  # redaktør, redaktör, chefredakteur, chefredaktion
        or "réd" in lowered  # rédacteur, rédactrice
        or "editor" in lowered
        or "utgivare" in lowered
        or "v.i.s.d.p." in lowered
        or "publication" in lowered  # directeur, directrice de la publication
    )


def _is_hashtag_row(text: str) -> bool:
    """Tags set as hashtags, two or more, after at most a heading word."""
    words = text.split()
    tags = sum(1 for word in words if word[:1] == "#" and len(word) > 1 and word[1].isalpha())
    return tags >= 2 and tags >= len(words) - 1 and words[-1][:1] == "#"


_BUTTON_FIRST_WORDS = frozenset(
    label.split()[0] for label in (*CONSENT_BUTTONS, *PAGE_BUTTONS, *SHARE_WORDS) if label
)
"""The first words of button labels: most lines open with none, and skip the row test."""


def _is_button_row(words: Sequence[str]) -> bool:
    """Whether the words are button labels set side by side, each a label of one to four
    words ("godta alle" + "kun nødvendige", "écouter l’article" + "partager")."""
    if not words:
        return True
    for size in range(min(4, len(words)), 0, -1):
        label = " ".join(words[:size])
        if (
            label in CONSENT_BUTTONS or label in PAGE_BUTTONS or label in SHARE_WORDS
        ) and _is_button_row(words[size:]):
            return True
    return False


def _is_link_heading(lowered: str) -> bool:
    """A heading alone on its line over links to other stories or over topic tags ("Sur
    le même sujet", "Suggested Topics:", "Companies"): the lines under it are read by
    their context (`_apply_context`)."""
    heading = lowered.rstrip(" :")
    return heading in TEASER_HEADINGS or heading in TOPIC_HEADINGS


CREDITS_LINE_MAX_WORDS = 30


def _byline_max_words(text: str) -> int:
    """A wire's credits line names everyone who worked on the story, each role after a
    semicolon ("Reporting by … in Bengaluru and … in New York; Editing by … and …")."""
    return CREDITS_LINE_MAX_WORDS if ";" in text else BYLINE_MAX_WORDS


def _is_rating_or_verdict(text: str, lowered: str) -> bool:
    """A review's score ("Terningkast 5", "★★★★☆") or a fact check's verdict ("FAUX",
    "Mostly false") alone on its line: facts about the article, like its date."""
    if lowered in VERDICTS:
        return True
    if (text[-1] in _RATING_STARS or text[-1] == "½") and _LABELLED_STARS().match(text):
        return True
    if not lowered.startswith(RATING_WORDS) and text[0] not in _RATING_STARS:
        return False
    return _RATING().match(text) is not None


def _is_offer(text: str, lowered: str) -> bool:
    """A subscription's trial offer or a paywall product's offer.  Both may set off the
    product's name by a colon near the start, looked for once for both."""
    colon = text.find(":", 0, OFFER_PRODUCT_CHARS)
    return _is_trial_offer(text, lowered, colon) or _is_product_offer(text, lowered, colon)


OFFER_PRODUCT_CHARS = 30
"""How far into an offer the colon after the product's name may stand."""


def _is_trial_offer(text: str, lowered: str, colon: int) -> bool:
    """A subscription offer: opened by a call ("Prøv …") or by the product and a colon
    ("SMP Plus: Läs allt …"), with a price and the time it buys.  `colon` is where the
    first colon stands within `OFFER_PRODUCT_CHARS`, or -1."""
    first = lowered[: lowered.find(" ")]
    if (
        colon < 0
        and first not in TRIAL_OFFER_VERBS
        and lowered[lowered.rfind(" ") + 1 :] not in TRIAL_OFFER_VERBS  # "… kostenlos testen"
        and not first.endswith(
            ("plus", "+")  # "BZ-Plus Jetzt weiterlesen … – 1 Monat für 0 Euro"
        )
    ):
        return False
    if not _may_name_a_price(text, lowered) or _OFFER_PERIOD().search(text) is None:
        return False
    if _PRICE().search(text) is not None:
        return True
    # Free for a while: only an offer when it calls on the reader to try or subscribe.
    return _FREE().search(text) is not None and not TRIAL_OFFER_VERBS.isdisjoint(
        _TOKENS().findall(lowered)
    )


def _may_name_a_price(text: str, lowered: str) -> bool:
    """Whether a paragraph may hold what a trial offer needs besides its period: a price
    (every branch of `_PRICE` holds a digit) or the word for free (`_FREE`).  The words
    are found by pieces without "i" and "s", which the case-blind pattern also matches
    as "ı" and "ſ": "grat" (gratis, gratuit), "free", "tenlo" and "tenfr" (kostenlos,
    kostenfrei)."""
    return (
        _DIGIT.search(text) is not None
        or "grat" in lowered
        or "free" in lowered
        or "tenlo" in lowered
        or "tenfr" in lowered
    )


def is_wire_sign_off(text: str) -> bool:
    """The agency's or the editors' initials signing off wire copy ("/ritzau/",
    "/tav/bek/jha", "(APA/red.)", "–ritzau–"): a byline wherever it stands."""
    if text[:1] in "–—" and text[-1:] in "–—" and text[1:-1].strip().isalpha():
        return text[1:-1].strip().lower() in _WIRE_AGENCY_NAMES  # "–ritzau–"
    if text[:4] == "red," or text[:4] == "Red,":
        return _NEWSROOM_SIGN_OFF().match(text) is not None  # "red, wien.ORF.at"
    if text[0] == "(" and text[-1] == ")" and "/" in text and _signs_with_agency(text[1:-1]):
        return True  # "(kess/dpa)": the editor's initials and the agency
    return (text[0] == "/" or text[-1] == ")") and _EDITORS_SIGN_OFF().match(text) is not None


SIGN_OFF_MAX_PARTS = 4


def _signs_with_agency(inner: str) -> bool:
    """ "kess/dpa", "dpa/lnw", "AFP/jk": an agency and an editor's initials in lower case,
    slash-separated ("(AP/Reuters)" alone credits a picture)."""
    parts = inner.split("/")
    if not 2 <= len(parts) <= SIGN_OFF_MAX_PARTS:
        return False
    if not all(part.isalpha() and len(part) <= 8 for part in parts):
        return False
    agencies = [part.lower() in _WIRE_AGENCY_NAMES for part in parts]
    return any(agencies) and any(
        part.islower() and not agency for part, agency in zip(parts, agencies, strict=True)
    )


_NEWSROOM_SIGN_OFF = compiled_on_first_use(r"^[Rr]ed,\s*[\w.-]+(?:/[\w. -]+)?$")
"""The newsroom signing off with its site ("red, wien.ORF.at", "red, ORF.at/Agenturen")."""


def _is_wire_credit(text: str) -> bool:
    """A line crediting the agencies whose copy the article uses: "Mit Material von dpa",
    "Avec ATS et AFP", "(AFP)", "— With assistance from Daniel Okoye" (Bloomberg).  A lone
    agency's name is left to its place in the article (`text_parser`): at the top it
    may be the site's logo."""
    if text[0] in "—–" and text[1:2] == " ":
        core = text[2:]
        return opening_of(core) == "byline" and _is_byline(core)
    if is_wire_sign_off(text):
        return True
    parenthesised = text[0] == "(" and text[-1] == ")"
    if parenthesised:
        text = text[1:-1]
    first = text.split(" ", 1)[0].lower().rstrip(":")
    if first not in _WIRE_FIRST_WORDS or _WIRE_CREDIT().match(text) is None:
        return _is_outlet_with_agency(text)
    return parenthesised or text.lower() not in _WIRE_AGENCY_NAMES


_WITH_AGENCY = compiled_on_first_use(r" (?:avec|med|mit|with|og|och|und|et|and|&) ")
OUTLET_MAX_WORDS = 4


def _is_outlet_with_agency(text: str) -> bool:
    """The outlet's or the writer's name with the agency whose copy it used: "Sud Ouest
    avec AFP", "Bergens Tidende med NTB", "Jane Doe with Reuters", "Le Point.fr (avec
    AFP)"."""
    if text[-1:] == ")" and text.count("(") == 1:
        text = text.replace("(", "").rstrip(")").rstrip()
    if not text[-1:].isalpha():
        return False
    parts = _WITH_AGENCY().split(text)
    if len(parts) != 2 or parts[1].lower() not in _WIRE_AGENCY_NAMES:
        return False
    name = parts[0].split()
    # Capitalised words or a number ("20 Minutes avec AFP"), or one brand in lower case
    # ("franceinfo avec AFP")
    return len(name) == 1 or (
        len(name) <= OUTLET_MAX_WORDS and all(word[:1].isupper() or word.isdigit() for word in name)
    )


def is_wire_agency(text: str) -> bool:
    """A news agency's name alone: "Ritzau", "NTB", "Reuters"."""
    return text.lower() in _WIRE_AGENCY_NAMES


def is_salutation(text: str, lowered: str | None = None) -> bool:
    """A newsletter greeting its readers ("Good morning, Chicago.", "Bonjour,")."""
    return _may_greet(lowered or text.lower()) and _SALUTATION().match(text) is not None


def opens_with_greeting(text: str) -> bool:
    """ "God morgon! Här är dagens utvalda artikel …", "Godmorgen I dag sender vi dig …":
    a newsletter's greeting opening its note to the reader, then a new sentence."""
    return _may_greet(text.lower()) and _GREETING_OPENING().match(text) is not None


def _may_greet(lowered: str) -> bool:
    """Whether a lower-cased paragraph's first word may start a greeting: one set lookup
    before the salutation patterns."""
    return lowered.split(" ", 1)[0].rstrip(",!.") in _SALUTATION_FIRST_WORDS


def _first_word(text: str) -> str:
    """The paragraph's first word, lower-cased, as `_FIRST_WORD` reads it."""
    space = text.find(" ")
    head = text[:space] if space > 0 else text
    if head.isalpha():
        # The usual first word, all letters up to a space: what `_FIRST_WORD` would match,
        # found by two string methods instead of a regex match and its group.
        return head.lower()
    first = _FIRST_WORD.match(text)
    return first.group().lower() if first else ""


def opening_of(text: str) -> str | None:
    """Which kind of opening (`_OPENINGS`) starts `text`, or None."""
    word = _first_word(text)
    if word not in _OPENING_WORDS:
        return None  # most paragraphs: their first word opens nothing
    if word in ("©", "(©"):
        return "copyright"
    if word[0] == "(":
        # Only a copyright sign, or a wire's credit in parentheses ("(Reporting by …;
        # Editing by …)", "(Reportage …, édité par …)"), may follow a parenthesis.
        if text[-1] != ")":
            return None
        opening = _match_opening(text, 1, word[1:])
        return "byline" if opening and opening[0] == "byline" else None
    opening = _match_opening(text, 0, word)
    return opening[0] if opening else None


def _match_opening(text: str, start: int, word: str) -> tuple[str, int] | None:
    """The first kind (in `_OPENINGS` order) with an opening that starts `text` at
    `start`, followed by what that kind needs after it; and where the opening ends.

    Only the openings whose leading letters are `word` are read, and a paragraph that
    starts with none of them costs one `startswith` (most paragraphs whose first word
    can open chrome, "The", "Les", "Se", go on as prose).  Letters compare lower-cased,
    as the case-insensitive patterns these replace compared them.
    """
    openings = _OPENINGS_BY_WORD.get(word)
    if openings is None:
        return None
    prefixes, longest, candidates = openings
    head = text[start : start + longest]
    lowered = head.lower()
    if len(lowered) != len(head):
        # "İ" lower-cases to two characters: keep one per character, so that the
        # opening's length is its length in `text`.
        lowered = "".join(char.lower()[:1] for char in head)
    if not lowered.startswith(prefixes):
        return None
    for kind, prefix, after in candidates:
        if lowered.startswith(prefix) and after.match(text, start + len(prefix)) is not None:
            return kind, start + len(prefix)
    return None


def _leading_letters(prefix: str) -> str:
    letters = _LEADING_LETTERS.match(prefix)
    return letters.group() if letters else ""


def _openings_by_word() -> dict[str, tuple[tuple[str, ...], int, tuple[_Opening, ...]]]:
    """For each leading word, the openings that start with it (each with its kind and
    what must follow it, in `_OPENINGS` order), all its prefixes for one quick test,
    and the longest prefix's length.

    An opening's leading letters are the paragraph's first word (`_first_word`): the
    letters of a match are the paragraph's, up to a space, a hyphen or punctuation
    that both share.  Grouped once at import, so a paragraph reads only its word's.
    """
    follows = {after: re.compile(after, re.IGNORECASE) for _, _, after in _OPENINGS}
    by_word: dict[str, list[_Opening]] = {}
    for kind, prefixes, after in _OPENINGS:
        for prefix in prefixes:
            opening = (kind, prefix.lower(), follows[after])
            by_word.setdefault(_leading_letters(prefix), []).append(opening)
    return {
        word: (
            tuple({prefix for _, prefix, _ in openings}),
            max(len(prefix) for _, prefix, _ in openings),
            tuple(openings),
        )
        for word, openings in by_word.items()
    }


_Opening = tuple[str, str, re.Pattern[str]]
"""An opening's kind, its words lower-cased, and the pattern for what must follow them."""
_OPENINGS_BY_WORD = _openings_by_word()


LINK_LINE_MAX_WORDS = 15


def _ends_in_address(text: str) -> bool:
    """Whether a line ends in a web address ("… https://www.gp.se/nyheter/…", "… på
    berlingske.dk"): the link to the article's page, as saved or shared copies add it."""
    space = text.rfind(" ")
    last = text[space + 1 :]
    if last.startswith(ADDRESS_OPENINGS):
        return True
    # A site named as where to read on ("på", "on", "sur"); not a writer's workplace
    # ("journalist i forskning.no")
    before = text[text.rfind(" ", 0, space) + 1 : space].lower() if space > 0 else ""
    return before in _READ_ON_PREPOSITIONS and _DOMAIN().match(last) is not None


_READ_ON_PREPOSITIONS = frozenset(("på", "on", "sur", "auf", "at", "unter"))


SITE_LINE_MAX_WORDS = 8


def _is_site_line(text: str) -> bool:
    """Parts set off by dots, each the site's address or the reading time."""
    return all(
        (" " not in part and "." in part and _DOMAIN().match(part) is not None)
        or _READING_TIME_FIRST().match(part) is not None
        or _READING_TIME().match(part) is not None
        for part in (part.strip() for part in text.split(" · "))
    )


def _is_copyright_line(text: str, words: int) -> bool:
    if words <= 6 and (text[0] in "Cc" or find_credit(text) is None):
        return True  # "© NTB" alone may credit the picture above; "Copyright: X" is the site's
    if text.count("·") >= 2 or text.count(" | ") >= 2:
        return True  # "© Irish Examiner Ltd About Us · Contact Us · …": the notice, then links
    if not _COMPANY_FORMS.isdisjoint(text.replace(",", " ").split()):
        return True  # "© News Group Newspapers Limited in England": a company owns the page
    return _RIGHTS().search(text) is not None or _YEAR().search(text) is not None


_COMPANY_FORMS = frozenset(
    "Limited Ltd Ltd. Inc Inc. LLC plc PLC GmbH AG ASA A/S AB Oy S.A. SAS Pty".split()
)
"""The legal forms that end a company's name: a photographer is no company, an agency
that credits a picture is named without its form ("© AFP", not "© AFP SA")."""


HERE_LINK_MAX_WORDS = 14


def _is_link_sentence(lowered: str, words: int) -> bool:
    return words <= HERE_LINK_MAX_WORDS and lowered.rstrip(".!:→ ").endswith(HERE_LINKS)


MACHINE_NOTE_MAX_WORDS = 50


_MACHINE_HELP = compiled_on_first_use(trie_alternation(MACHINE_HELP))


def notes_machine_help(lowered: str, words: int) -> bool:
    """ "Dieser Artikel wurde mithilfe von KI erstellt und vor der Veröffentlichung von
    einem Redakteur geprüft.": the outlet's note on how the text was made, not the news.
    One search for the forms of "with the help of AI": most paragraphs are this short,
    and a test per form took a tenth of the time spent on a body paragraph's form."""
    return (
        words <= MACHINE_NOTE_MAX_WORDS
        and _MACHINE_HELP().search(lowered) is not None
        and any(article in lowered for article in THIS_ARTICLE)
    )


LOADING_LINE_MAX_WORDS = 5


def _is_loading_line(lowered: str, words: int) -> bool:
    """What a player or an embed leaves in a paste while it loads: "Video-Player wird
    geladen...", "Loading…"."""
    return words <= LOADING_LINE_MAX_WORDS and lowered.rstrip(".… ").endswith(LOADING_ENDS)


SHARE_PRICE_MAX_WORDS = 14
SHARE_PRICE_MAX_CHARS = 160
_SHARE_PRICE = compiled_on_first_use(
    r"[-+−]\s?\d+(?:[.,]\d+)?\s?%"
    r".*?\d+(?:[.,]\d+)?\s?(?:SEK|NOK|DKK|EUR|USD|GBP|CHF|kr|€|\$|£)(?:\s|$)"
    r"|\d+(?:[.,]\d+)?\s?(?:SEK|NOK|DKK|EUR|USD|GBP|CHF|kr|€|\$|£)\s.*?[-+−]\s?\d+(?:[.,]\d+)?\s?%"
)
"""A change in per cent and a price in a currency, either first."""


def _is_share_price(text: str) -> bool:
    """ "Aktien just nu Holmsten Kemi B -17,2 % 104,30 SEK", "Kessler Chemie AG 24,18 EUR
    -4,92 EUR -16,91%": a share's price widget, its change signed, names and numbers
    (a word in lower case at most: a headline's verbs are more)."""
    if len(text) > SHARE_PRICE_MAX_CHARS or ends_sentence(text):
        return False  # (a long token would make the pattern's two open spans costly)
    if _SHARE_PRICE().search(text) is None:
        return False
    return (
        sum(1 for word in text.split() if len(word) >= 3 and word.isalpha() and word.islower()) <= 1
    )


LOGO_MAX_WORDS = 3
CONTACT_LINK_MAX_WORDS = 4
_CONTACT_VERBS = frozenset(("kontakta", "kontakt", "contact", "contacter", "kontaktieren"))
_ABOUT_WORDS = frozenset(("om", "about", "über"))
ACRONYM_MAX_LETTERS = 5


def _is_contact_link(text: str, lowered: str) -> bool:
    """ "Kontakta SVT", "Contact BBC News": the footer's link to the newsroom, the outlet's
    name after the word, no sentence (no name signing the text either)."""
    verb, _, name = text.partition(" ")
    words = name.split()
    if lowered[: len(verb)] in _ABOUT_WORDS:
        # "Om DR", "About BBC": the footer's page on the outlet, named by its initials
        return len(words) == 1 and name.isupper() and len(name) <= ACRONYM_MAX_LETTERS
    return (
        lowered[: len(verb)] in _CONTACT_VERBS
        and bool(words)
        and all(word[:1].isupper() and word.lower() not in STOPWORDS for word in words)
        and not ends_sentence(text)
    )  # (not a subheading in title case: "Contact With Survivors")


def _is_other_boilerplate(text: str, lowered: str, words: int) -> bool:
    """Chrome recognised by its shape rather than its first words."""
    if _is_loading_line(lowered, words) or _is_link_sentence(lowered, words):
        return True
    if _asks_to_write_in(lowered, words):
        return True
    if text[0].isalpha() and any(link in lowered for link in LINK_CALLS):
        return True  # "Live Click here to search Search": a link's words, never the story's
    if notes_machine_help(lowered, words):
        return True
    if words <= CONTACT_LINK_MAX_WORDS and _is_contact_link(text, lowered):
        return True
    if lowered.startswith("appeared in the") and "print edition" in lowered:
        return True  # "Appeared in the March 4, 2026, print edition as '…'": the paper's note
    if words > COMMENT_LINK_MAX_WORDS and _opens_the_comments(text):
        return True  # the comment section's heading and count, its notes run on after it
    if words <= LOGO_MAX_WORDS and lowered.endswith(" logo") and text.split()[0].isupper():
        return True  # "AP Logo": the picture of the outlet's name, its alternative text
    if words <= SHARE_PRICE_MAX_WORDS and "%" in text and _is_share_price(text):
        return True
    if words <= CONSENT_BUTTON_MAX_WORDS and (
        lowered.rstrip(".!") in CONSENT_BUTTONS or lowered in PAGE_BUTTONS
    ):
        return True  # a button alone on its line ("Godta alle", "Feedback", "X.com")
    if "#" in text and _is_hashtag_row(text):
        return True  # "Themen #Bremen #Kleingärten", "#klima #energi": the page's tags
    if (
        2 <= words <= BUTTON_ROW_MAX_WORDS
        and lowered[: lowered.find(" ")] in _BUTTON_FIRST_WORDS
        and _is_button_row(lowered.split())
    ):
        return True  # "Godta alle Kun nødvendige", "Écouter l’article Partager"
    if words <= BUTTON_ROW_MAX_WORDS + 3 and (timed := _READING_TIME_OPENING().match(lowered)):
        rest = lowered[timed.end() :].split()
        if rest and _is_button_row(rest):
            return True  # "Lecture 4 min. Ajouter à vos sélections Partager"
    if (
        words <= CONTACT_LINE_MAX_WORDS
        and _may_name_a_phone(lowered)
        and _CONTACT_PHONE().search(text) is not None
    ):
        return True  # "Signe Laursen, kommunikationsansvarlig Tlf. 29 87 12 34": a contact
    if ":" in text and words <= EDITOR_LINE_MAX_WORDS and _names_the_editor(text, lowered):
        return True  # "Ansvarlig redaktør: Line Sørbye", a footer's legal line
    if (
        words <= BOILERPLATE_MAX_WORDS
        and (not text[0].isalpha() or text[-1].isdigit())  # "• (2/3)", "Bilde 1 av 2"
        and COUNTER.match(text)
    ):
        return True
    if words <= 4 and text[-1] in "n.sr" and _READING_TIME_FIRST().match(text):
        return True
    if words <= READING_TIME_LINE_MAX_WORDS and "read" in lowered and _MINUTES_READ().search(text):
        return True  # "Save Share Normal text size Larger text size … 3 min read": buttons too
    if words == 1 and "." in text and _DOMAIN().match(text) is not None:
        return True  # "economist.com", "www.t-online.de"
    if words <= SITE_LINE_MAX_WORDS and " · " in text and _is_site_line(text):
        return True  # "dn.se · Lästid 6 min": a reader view's line of the site and the time
    if words <= LINK_LINE_MAX_WORDS and "." in text and _ends_in_address(text):
        return True  # "Läs artikeln på gp.se: https://…", "Læs originalen på berlingske.dk"
    if words <= PLAYER_LINE_MAX_WORDS and _PLAYER_LINE().match(text) is not None:
        return True  # "Video 1:37 min", "Spela upp 1:48", "Durée de la vidéo : 00h01mn52s"
    if words <= FOLLOW_CALL_MAX_WORDS and _is_follow_call(text):
        return True  # "Follow STV News on WhatsApp. Scan the QR code …"
    if words <= SECTION_BREAK_MAX_WORDS and _SECTION_BREAK().match(text) is not None:
        return True  # "* * *", "•", "—", "II": a break between a long piece's sections
    if not text[0].isalpha():
        if words <= 5 and _READING_TIME().match(text):
            return True
        if text[0].isdigit() and is_copyright_notice(text):
            return True  # "2025 © Chicago Tribune. Visit at chicagotribune.com."
        if words == 1 and _SIGN_OFF().match(text):
            return True
        if words <= 10 and _COMMENTS().match(text):
            return True
        if words <= 3 and PLAYER_TIME().match(text):
            return True
    elif (
        words <= 15
        and "©" in text
        and ((text[-1].isdigit() and _YEAR().search(text)) or _SIGN_AND_YEAR().search(text))
    ):  # a caption's "© Name" after its date is a credit, not the site's notice
        return True  # "Le Devoir © 2025", "DinSide er en del av Aller Media. © DinSide 2025"
    if _may_be_newsroom_note(lowered) and any(phrase in lowered for phrase in _NEWSROOM_NOTES):
        return True  # "P4 Göteborg uppdaterar nyheten under dagen.", "… Vær Varsom-plakaten …"
    if "? " in text and invites_submissions(text):
        return True  # "Vil du sende inn eit minneord? Send teksten til …@…"
    if disclaims_the_views(lowered):
        return True  # "Kronikken er udtryk for skribentens egen holdning."
    if is_navigation(text, words) or (words <= SHARE_ROW_MAX_WORDS and _is_share_row(lowered)):
        return True
    if HEADER_BAR_MIN_WORDS <= words <= HEADER_BAR_MAX_WORDS and _is_header_bar(text, lowered):
        return True  # "Open side navigation menu Open search bar Financial Times myFT Sign In"
    if (words <= 14 or _may_close_with_a_notice(text, words)) and _is_footer_row(
        text, lowered
    ):  # the links with the owner's notice after them may run longer
        return True
    if text[-1] in _BACK_LINK_LAST_LETTERS and lowered.endswith(_BACK_LINKS):
        return True  # "The Guardian - Back to home", "… - Back to homepage"
    if _is_paywall_badge(text, lowered, words) or _is_home_link(lowered, words):
        return True
    if words <= COMMENT_LINK_MAX_WORDS and _is_comment_link(text, lowered):
        return True
    if (words <= 15 and _is_tip_line(lowered)) or (
        words <= PROMO_MAX_WORDS and _addresses_the_reader(text, lowered) and _is_promo(lowered)
    ):
        return True
    if "app" in lowered and words <= 15 and _APP_PROMO().match(text) is not None:
        return True
    if words <= TRIAL_OFFER_MAX_WORDS and _is_offer(text, lowered):
        return True
    if (
        text[0] in _MORE_LINKS_INITIALS
        and _MORE_LINKS().match(text) is not None
        and not ends_sentence(text)
    ):
        return True
    if "?" in text and (
        _TIP_AFTER_QUESTION().search(lowered) is not None
        or _TIP_TO_OUTLET().search(text) is not None
    ):
        return True
    if text[-1].isalpha() and (_ends_with_one_of(lowered, _NEW_TAB_NOTES) or ends_in_link(text)):
        return True
    if _starts_with_one_of(lowered, _TOPIC_STARTS) and ":" in text and _is_topic_line(text):
        return True
    if _starts_with_one_of(lowered, _TAG_ROW_STARTS_BY_FIRST) and _is_tag_row(text, lowered):
        return True  # "Ämnen Stockholm Kollektivtrafik", "Sujets Santé Diabète Inserm"
    if _asks_to_sign_up(text) or is_newsletter_footer(lowered):
        return True
    return (
        "@" in text
        and _TIP_LINE().search(text) is not None
        and any(word in lowered for word in STORY_REQUESTS)
    )


_SIGN_UP_LAST_WORDS = tuple(
    {call.rsplit(" ", 1)[-1] for call in SIGN_UP_CALLS}
    | {call.rsplit(" ", 1)[-1].capitalize() for call in SIGN_UP_CALLS}
)
"""The last words of those calls ("here.", "her.", "ici."; a button's "S'inscrire" in its
capital too): most paragraphs end in none."""
_SIGN_UP_ENDINGS = _by_last_character(_SIGN_UP_LAST_WORDS)
_OFFER_OPENINGS = _by_first_character(OFFER_OPENINGS)
_NEW_TAB_NOTES = _by_last_character(NEW_TAB_NOTES)


def _asks_to_sign_up(text: str) -> bool:
    """A newsletter's or subscription's blurb that ends by asking the reader to sign up
    ("… Sign up here.") or to order ("… Jetzt bestellen unter: …")."""
    if _ends_with_one_of(text, _SIGN_UP_ENDINGS) and _calls_to_sign_up(text):
        return True
    return (". " in text or "? " in text) and _ends_in_offer(text)


def _ends_in_offer(text: str) -> bool:
    """A blurb whose last sentence asks the reader to sign up or order ("… Sign up for our
    free newsletter here.", "Jetzt bestellen unter: www.sz.de/…"): read only the word
    after the last full stop, so a paragraph of prose costs one search."""
    reach = max(0, len(text) - OFFER_SENTENCE_CHARS)
    question = text.rfind("? ", reach)
    if question >= 0 and text[question + 2 : question + 40].lower().startswith(OWN_PAGE_LINKS):
        return True  # "Sie wollen keine Nachrichten verpassen? Hier geht es zu unserem …"
    stop = text.rfind(". ", reach)
    if stop < 0:
        return False
    # the first letter picks the openings to compare with, before the rest is lower-cased
    openings = _OFFER_OPENINGS.get(text[stop + 2 : stop + 3].lower()[:1])
    return openings is not None and text[stop + 2 : stop + 40].lower().startswith(openings)


def _calls_to_sign_up(text: str) -> bool:
    """A newsletter's blurb ending in the call to sign up ("… Sign up here.")."""
    return text[-24:].lower().endswith(SIGN_UP_CALLS)


_SPEECH_OPENERS = frozenset('«»“”„"‘’‹›–—')


def _addresses_the_reader(text: str, lowered: str) -> bool:
    """Whether a paragraph speaks to the reader as a promotion does: no full stop (a
    button's words, a heading), "you"/"du"/"Sie"/"vous" or their possessives, or a call
    to act first ("Subscribe …", "Prøv …", "Abonnez-vous …").  A sentence of news that
    names a newsletter or subscribers ("Netflix lost 200,000 subscribers …") does not."""
    if text[0] in _SPEECH_OPENERS:
        return False  # « On paie un abonnement pour rien » : speech, not a promotion
    if not ends_sentence(text):
        return True
    words = lowered.replace("’", "'").split()
    if not READER_WORDS.isdisjoint(words) or " Sie " in text or " Ihr" in text:
        return True
    first = words[0].strip("«»\"“”'").split("-")[0] if words else ""
    return first in CALL_VERBS


def _is_follow_call(text: str) -> bool:
    """A call to follow the outlet or join its group (`_FOLLOW_CALL`)."""
    return text[:1] in _FOLLOW_CALL_INITIALS and _FOLLOW_CALL().match(text) is not None


def _is_promo(lowered: str) -> bool:
    """Whether a promotion's words stand in the paragraph.  The search reads every letter,
    so short paragraphs ask it last, once they speak to the reader (`_addresses_the_reader`
    sets aside speech and most sentences of news at a fraction of its cost)."""
    return _PROMO().search(lowered) is not None


_COOKIE_WORDS = ("cookie", "informasjonskapsl", "kakor", "traceurs", "tracker")


_PARTNERS = (
    "våre partnere", "vores partnere", "våra partners", "våra partner", "our partners",
    "unsere partner", "nos partenaires",
)  # fmt: skip


_DATA_WORDS = (
    "vos données", "your data", "your personal data", "dine data", "dine personopplysninger",
    "dina data", "dina personuppgifter", "dine personoplysninger", "ihre daten",
)  # fmt: skip


def asks_cookie_consent(text: str) -> bool:
    """A cookie banner however it opens ("Soundvenue bruger cookies til at forbedre din
    oplevelse …"): it names cookies and speaks to the reader.  Only asked of paragraphs
    above the article, where a news story about cookies does not stand."""
    lowered = text.lower()
    if not any(word in lowered for word in _COOKIE_WORDS):
        # "Avec vos données, nous et nos partenaires mesurons l'audience …": the data
        # the site and its partners use, without the word for cookies
        return any(partners in lowered for partners in _PARTNERS) and any(
            data in lowered for data in _DATA_WORDS
        )
    words = set(_TOKENS().findall(lowered.replace("’", "'")))
    if any(partners in lowered for partners in _PARTNERS):
        return True  # "VG og våre partnere bruker informasjonskapsler …": the site's notice
    return not READER_WORDS.isdisjoint(words) or " Sie " in text or " Ihre " in text


EMBED_CONSENT_MAX_WORDS = 60


def asks_consent_to_show(text: str, lowered: str, words: int) -> bool:
    """ "Um diese Karte anzuzeigen, ist Ihre Zustimmung zur Datenübertragung an …
    erforderlich": the placeholder of an embedded map, video or post, which asks the
    reader's consent to load it; it names the consent and the showing or loading.  In
    German the reader is "Ihre" with its capital ("ihre Zustimmung" is theirs)."""
    if words > EMBED_CONSENT_MAX_WORDS:
        return False
    request = next((request for request in CONSENT_REQUESTS if request in lowered), None)
    if request is None or (request.startswith("ihre ") and "Ihre " not in text):
        return False
    return any(verb in lowered for verb in CONTENT_LOADING_WORDS)


def is_newsletter_footer(lowered: str) -> bool:
    """ "Axios Media Inc., Arlington, Virginia. You received this email because …": a
    newsletter's footer, found by why it says the reader got it, wherever that stands."""
    return (
        ("receiv" in lowered or "mottar" in lowered or "får d" in lowered
         or "modtager" in lowered or "erhalten" in lowered or "recevez" in lowered)
        and any(footer in lowered for footer in NEWSLETTER_FOOTERS)
    )  # fmt: skip


def is_long_boilerplate(text: str, words: int, group: str | None) -> bool:
    """The few kinds of chrome that run past SHORT_FORMS_MAX_WORDS: links to other
    stories, paywall and copyright notices, tip lines.  `group` is `opening_of(text)`."""
    if group == "note" or group == "consent" or (group == "long" and _chrome_opening(text)):
        return True
    lowered = text.lower()
    if group == "media" and words <= MEDIA_PROMO_MAX_WORDS and _asks_for_stories(lowered):
        return True  # "Listen to highlights … on BBC Sounds, … or tell us about a story …"
    if group in (None, "boilerplate") and _heads_linked_titles(text, lowered):
        return True  # "You may also be interested in: Lost ring found … Town's last post …"
    if _asks_to_sign_up(text) or is_newsletter_footer(lowered):
        return True
    if asks_consent_to_show(text, lowered, words):
        return True  # an embedded post's placeholder asking leave to load it
    if _asks_to_write_in(lowered, words):
        return True  # "Email us at tips@… or call …. We pay for videos too."
    if notes_machine_help(lowered, words):
        return True  # "Dieser Artikel wurde mithilfe von KI erstellt und … geprüft."
    if is_copyright_notice(text) or ("? " in text and invites_submissions(text)):
        return True
    if _may_close_with_a_notice(text, words) and _is_footer_row(text, lowered):
        return True  # the footer's links, then the owner's notice
    if _is_follow_call(text) or ("app" in lowered and _APP_PROMO().match(text) is not None):
        return True  # "Follow STV News on WhatsApp. …", "Download the STV News app. …"
    if ":" in text and words <= EDITOR_LINE_MAX_WORDS and _names_the_editor(text, lowered):
        return True  # a footer's legal line with its links, longer than short chrome
    if words <= DISCLAIMER_MAX_WORDS and disclaims_the_views(lowered):
        return True
    if _opens_the_comments(text):
        return True  # "Comments 37 Share what you think The comments below have not been …"
    if words <= RIGHTS_NOTICE_MAX_WORDS and _protects_the_content(lowered):
        return True  # "Alle Inhalte … sind urheberrechtlich geschützt und dürfen nur …"
    return (
        words <= 25 and "@" in text and _TIP_LINE().search(text) is not None and "tips" in lowered
    )


FEEDBACK_FORM_MAX_WORDS = 150
_FORM_BUTTONS = (" Cancel ", " Submit ", " Close ", " Abbrechen ", " Senden ", " Annuler ")
"""Buttons with their capitals in the middle of the text, where no sentence has them."""
FORM_BUTTONS_MIN = 2


def is_feedback_form(text: str, words: int) -> bool:
    """ "CNN values your feedback 1. How relevant is this ad to you? … Cancel Submit":
    a form asking what the reader thinks of an ad or the page, pasted with its choices
    and buttons, longer than other chrome; two of the buttons at least, as no paragraph
    of the story has."""
    if words > FEEDBACK_FORM_MAX_WORDS or "eedback" not in text:
        return False
    buttons = sum(button in text for button in _FORM_BUTTONS) + text.endswith(" Close")
    return buttons >= FORM_BUTTONS_MIN


def _opens_the_comments(text: str) -> bool:
    """The comment section's heading with its count, its notes run on after it."""
    first, _, rest = text.partition(" ")
    count = rest.split(None, 1)[0] if rest else ""
    return first in _COMMENT_HEADINGS and count.isdigit()


_COMMENT_HEADINGS = frozenset(
    ("Comments", "Kommentare", "Kommentarer", "Commentaires", "Postings", "Reaktionen")
)
"""The comment section's heading as it is set (not French "Comment 5 start-up …")."""


RIGHTS_NOTICE_MAX_WORDS = 60
_PROTECTED = (
    "urheberrechtlich geschützt", "protected by copyright", "subject to copyright",
    "opphavsrettslig beskyttet", "ophavsretligt beskyttet", "upphovsrättsligt skyddat",
    "protégé par le droit d'auteur", "protégés par le droit d'auteur",
    "protégé par le droit d’auteur", "protégés par le droit d’auteur",
)  # fmt: skip
_PROTECTED_PHRASE = compiled_on_first_use(trie_alternation(_PROTECTED))
_REUSE_BANS = (
    "dürfen nur", "dürfen nicht", "may not be", "must not be", "may only be",
    "without permission", "without the written", "ohne genehmigung", "ohne zustimmung",
    "ne peut", "ne peuvent", "sans autorisation", "må ikke", "får ikke", "får inte",
    "uten tillatelse", "utan tillstånd", "uden tilladelse",
)  # fmt: skip
"""What the notice forbids: a sentence about a copyright case forbids nothing."""
_SITE_CONTENT = (
    "inhalte", "content", "innhold", "indhold", "innehåll", "contenus", "material", "artikel",
    "article", "texte", "texts",
)  # fmt: skip


def _protects_the_content(lowered: str) -> bool:
    """A notice that the site's content is protected by copyright, without the sign or
    the word "copyright" to open it: what is protected, that it is, and what the notice
    forbids."""
    return (
        _PROTECTED_PHRASE().search(lowered) is not None
        and any(content in lowered for content in _SITE_CONTENT)
        and any(ban in lowered for ban in _REUSE_BANS)
    )


MEDIA_PROMO_MAX_WORDS = 45
_STORY_REQUEST = compiled_on_first_use(r"\b(?:" + _TIP_REQUEST_ALTERNATION + r")\b")


def _asks_for_stories(lowered: str) -> bool:
    """A promotion for the outlet's radio or TV that ends by asking for the reader's
    stories: the programme's and the newsroom's, not the article's."""
    return _STORY_REQUEST().search(lowered) is not None


def _heads_linked_titles(text: str, lowered: str) -> bool:
    """A teaser's heading, with its colon or without, then the linked titles run together
    on one line or in one block: titles end no sentence, so the whole line ends in none."""
    if ends_sentence(text):
        return False
    colon = lowered.find(":")
    if colon > 0 and lowered[:colon] in TEASER_HEADINGS:
        return True
    # The heading alone on its line over the titles, its lines joined into one block:
    # "More stories Junior doctors to be balloted … Why your GP surgery may soon be shut",
    # "More From Bloomberg Sandwich Chain Owner Weighs Sale …" (the site's name after it)
    words = text.split(maxsplit=TEASER_HEADING_MAX_WORDS + 1)
    if len(words) > TEASER_HEADING_MAX_WORDS and lowered.startswith(TEASER_HEADING_OPENINGS):
        opening = next(o for o in TEASER_HEADING_OPENINGS if lowered.startswith(o))
        size = opening.count(" ") + 1
        # the opening's last word whole ("mer om", not "mer omfattende"), a name after it
        if words[size - 1].lower() == opening.rsplit(" ", 1)[-1] and words[size][:1].isupper():
            return True
    return any(
        " ".join(words[:size]).lower() in TEASER_HEADINGS and words[size][:1].isupper()
        # two words at least: one ("Link", "Trending") may open a company's name or a title
        for size in range(2, min(TEASER_HEADING_MAX_WORDS, len(words) - 1) + 1)
    )


TEASER_HEADING_MAX_WORDS = 4


NEWSLETTER_BLOCK_MAX_WORDS = 90


def is_newsletter_block(text: str, words: int, group: str | None) -> bool:
    """ "Sign up to Curtain Call Free weekly newsletter … Enter your email address Sign up
    Privacy Notice: …": a sign-up box pasted whole, its privacy note included, longer
    than other chrome.  Its opening is chrome's (`group`, as `opening_of(text)` gives
    it) and it names what it promotes."""
    return words <= NEWSLETTER_BLOCK_MAX_WORDS and group == "long" and _is_promo(text.lower())


_SUBMISSION_ENDINGS = ("here.", "her.", "hier.", "ici.", "här.", "her!", "here!")
SUBMISSION_QUESTION_MAX_CHARS = 120
SUBMISSION_MAX_WORDS = 60


def invites_submissions(text: str) -> bool:
    """A question to the reader, then where to send what they have to say: "Do you have
    an opinion on the issues raised in this article? If you would like to submit a
    response …, please click here.", "Vil du skrive i avisen? Send innlegg til
    debatt@…".  The link or the address is what makes it the page's, not the writer's."""
    question = text.find("? ")
    if not 0 < question <= SUBMISSION_QUESTION_MAX_CHARS:
        return False
    if (
        not text.endswith(_SUBMISSION_ENDINGS)
        and "@" not in text
        # "… ? Envoyez-nous vos photos": the request to send it right after the question
        and _TIP_AFTER_QUESTION().search(text.lower()) is None
    ):
        return False
    asked = text[:question]
    return (
        not READER_WORDS.isdisjoint(_TOKENS().findall(asked.lower()))
        or " Sie " in asked
        or asked.startswith(("Haben Sie", "Möchten Sie", "Wollen Sie"))
    )


def is_copyright_notice(text: str) -> bool:
    """ "Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten. …", "© NTB 2025":
    the sign or the word, then the rights reserved or a year."""
    return (
        text[:1] in _COPYRIGHT_OPENERS
        and _COPYRIGHT().match(text) is not None
        and (_RIGHTS().search(text) is not None or _YEAR().search(text) is not None)
    )


def _is_signature(text: str) -> bool:
    return text[0] == "(" and _SIGNED_DATE().match(text) is not None


def ends_in_link(text: str) -> bool:
    """ "… reicht es kaum zum Leben. mehr": a teaser's text, and the link to the story
    (callers first check that the text ends in a letter, as few paragraphs do)."""
    return text[-1:] in _LINK_LAST_CHARACTERS and _LINK_AFTER_TEASER().search(text) is not None


_TAG_ROW_STARTS = tuple(
    sorted((f"{heading} " for heading in TOPIC_HEADINGS), key=len, reverse=True)
)
_TAG_ROW_STARTS_BY_FIRST = _by_first_character(_TAG_ROW_STARTS)
TAG_ROW_MAX_TAGS = 10


def _is_tag_row(text: str, lowered: str) -> bool:
    """The topic heading and its tags run into one line, without a colon ("Ämnen Stockholm
    Kollektivtrafik Region Stockholm", "More about Ferries Portsmouth France"): the words
    after the heading capitalised, but for a public body's kind after its place ("Tags
    Uvær Tromsø kommune Skole"), and no sentence ended."""
    heading = next(start for start in _TAG_ROW_STARTS if lowered.startswith(start))
    tags = text[len(heading) :].split()
    if not 0 < len(tags) <= TAG_ROW_MAX_TAGS or ends_sentence(text):
        return False
    capitalised = [tag[:1].isupper() or tag[:1].isdigit() for tag in tags]
    in_lower_case = capitalised.count(False)
    return (
        capitalised[0]
        and in_lower_case <= len(tags) // 3
        and all(capitalised[index - 1] for index in range(1, len(tags)) if not capitalised[index])
    )


def _is_topic_line(text: str) -> bool:
    """ "Schlagwörter zu diesem Artikel: Fischerei, Ostsee", "Topics: Energy, EU": a
    heading of topic words, then a list of short tags."""
    head, _, tags = text.partition(":")
    heading = head.split()
    if not heading or len(heading) > 5 or heading[0].lower() not in _TOPIC_WORDS:
        return False
    items = [item.split() for item in tags.split(",")]
    return all(0 < len(item) <= 4 and item[0][:1].isupper() for item in items) and not (
        ends_sentence(text)
    )


def _is_name_and_address(text: str) -> bool:
    """ "Jonas Wallin jonas.wallin@sydsvenskan.se": a writer's name and e-mail address."""
    name, _, address = text.rpartition(" ")
    return "@" in address and "." in address.split("@")[-1] and looks_like_name(name)


def _is_name_and_outlet(text: str) -> bool:
    """ "Daniel Okimaw · CBC News", "Kari Lie | NRK": a writer's name beside the outlet."""
    if "·" not in text and "|" not in text:
        return False
    parts = _NAVIGATION_SEPARATOR().split(text.rstrip(" ·|"))  # "Name · CBC News ·"
    if len(parts) != 2 or ends_sentence(text):
        return False
    name, outlet = parts[0].strip(), parts[1].split()
    return (
        looks_like_name(name)
        and "," not in name
        and 0 < len(outlet) <= 4
        and all(word[:1].isupper() or not word[:1].isalpha() for word in outlet)
    )


def is_navigation(text: str, words: int) -> bool:
    """A menu pasted as one line: "World | Business | Markets | Sustainability"; two
    links will do when a bar sets them apart ("Our Standards | About CBC News")."""
    # NAVIGATION_SEPARATORS spelled out: `in` tests are quicker than a character class.
    if not ("|" in text or "·" in text or "•" in text or "›" in text or ">" in text):
        return " / " in text and _is_breadcrumb(text)
    separators = sum(text.count(char) for char in NAVIGATION_SEPARATORS)
    if (
        separators == 1
        and ("›" in text or " > " in text or (" · " in text and _DIGIT.search(text) is None))
        and not ends_sentence(text)
    ):
        # "Régions > Grand Est", "Faits divers · Essonne": a breadcrumb of two sections (a
        # dot between a date and a time, or before "3 min read", sets off no section)
        crumbs = [crumb.strip() for crumb in _NAVIGATION_SEPARATOR().split(text)]
        return len(crumbs) == 2 and all(
            0 < len(crumb.split()) <= 3 and crumb[:1].isupper() for crumb in crumbs
        )
    if separators == 1 and "|" in text and not ends_sentence(text):
        links = text.split("|")
        if links[0].rstrip().endswith("."):
            return False  # "Le tribunal de Rennes. | ARCHIVES OUEST-FRANCE": a caption
        if _DIGIT.search(links[0]) is not None and _has_date(links[0]):
            return False  # a date and the place it was written: "Mar 13th 2025 | WAGENINGEN"
        return all(0 < len(link.split()) <= 6 and link.strip()[:1].isupper() for link in links)
    if separators < 2 or words - separators > (separators + 1) * 3:  # "·" counts as a word
        return False
    segments = [s for s in _NAVIGATION_SEPARATOR().split(text) if s.strip()]
    return len(segments) >= 3 and all(len(segment.split()) <= 4 for segment in segments)


_HOME_LINKS = frozenset(
    (
        "home",
        "startseite",
        "start",
        "accueil",
        "forside",
        "forsiden",
        "hjem",
        "hem",
        "startsida",
        "startsidan",
        "homepage",
    )
)
_BACK_LINKS = (
    "back to home", "back to homepage", "back to the homepage", "back to top",
    "back to the top", "tilbake til forsiden", "tilbake til toppen", "tilbage til forsiden",
    "tilbage til toppen", "tillbaka till startsidan", "tillbaka till toppen",
    "zurück zur startseite", "zurück nach oben", "retour à l'accueil", "retour à l’accueil",
    "retour en haut",
)  # fmt: skip
"""A link back to the front page or the top, closing a line of the page's chrome."""
_BACK_LINK_LAST_LETTERS = frozenset(link[-1] for link in _BACK_LINKS)
_HOME_LINK_OPENINGS = frozenset(("zur", "til", "till", "tilbage", "tillbaka", "back", "retour"))
PAYWALL_BADGE_MAX_WORDS = 3
HOME_LINK_MAX_WORDS = 3


def _is_breadcrumb(text: str) -> bool:
    """The page's path from the front page, slash-separated: "Home / News / Associated
    Press".  Only a path from home: "Name / AP / NTB" alone is a picture's credit."""
    crumbs = text.split(" / ")
    return (
        len(crumbs) >= 2
        and crumbs[0].lower() in _HOME_LINKS
        and all(0 < len(crumb.split()) <= 4 for crumb in crumbs)
        and not ends_sentence(text)
    )


COMMENT_LINK_MAX_WORDS = 6


def _is_comment_link(text: str, lowered: str) -> bool:
    """A link to the comments with their count ("Voir les 47 commentaires", "Se alle 12
    kommentarer", "236" alone under the byline): no sentence, a number, the word."""
    if _DIGIT.search(text) is None or ends_sentence(text):
        return False
    if text.isdigit():
        return True  # a count alone on its line: comments, shares
    words = lowered.split()
    if len(words) >= 2 and words[-1] in _SHARE_COUNTS and words[-2].isdigit():
        return True  # "e-mail 214 shares": the count closing the share buttons
    return not _COMMENT_WORD_SET.isdisjoint(words)


_SHARE_COUNTS = frozenset(("shares", "delinger", "delningar", "partages"))


SHARE_ROW_MAX_WORDS = 16
_MULTI_WORD_BUTTONS = tuple(
    sorted((button for button in PAGE_BUTTONS if " " in button), key=len, reverse=True)
)
_MULTI_WORD_BUTTON_OPENINGS = frozenset(button.split(None, 1)[0] for button in _MULTI_WORD_BUTTONS)
_MULTI_WORD_BUTTON = compiled_on_first_use(
    r"(?<!\w)(?:" + trie_alternation(_MULTI_WORD_BUTTONS) + r")(?!\w)"
)
_BUTTON_MARK = "\x00"
"""Stands for a button of several words in the row ("Zur Merkliste hinzufügen")."""


def _is_share_row(lowered: str) -> bool:
    """A row of share and page buttons ("Teilen Facebook", "Hören Merken Drucken Teilen",
    "X.com Facebook E-Mail Link kopieren", "Zur Merkliste hinzufügen X.com … Weitere
    Optionen zum Teilen"): a button of several words counts as one."""
    first = lowered.split(None, 1)[0]
    if (
        first not in SHARE_WORDS
        and first not in PAGE_BUTTONS
        and not (first in _MULTI_WORD_BUTTON_OPENINGS and lowered.startswith(_MULTI_WORD_BUTTONS))
    ):
        return False  # most lines: the first word opens no button
    lowered = _MULTI_WORD_BUTTON().sub(_BUTTON_MARK, lowered)
    tokens = [
        token
        for word in lowered.split()
        for token in (
            [word] if word in PAGE_BUTTONS or word == _BUTTON_MARK else _TOKENS().findall(word)
        )
    ]
    buttons = sum(
        token in SHARE_WORDS or token in PAGE_BUTTONS or token == _BUTTON_MARK for token in tokens
    )
    # "Partager sur Facebook Partager sur X Copier le lien": the little words between
    return all(
        token in SHARE_WORDS
        or token in PAGE_BUTTONS
        or token in _BUTTON_GLUE
        or token == _BUTTON_MARK
        for token in tokens
    ) and buttons * 2 > len(tokens)


_BUTTON_GLUE = frozenset("sur le la on to på på til auf via par by with med".split())
FOOTER_ROW_MIN_LINKS = 2


FOOTER_NOTICE_MAX_WORDS = 30


def _is_footer_row(text: str, lowered: str) -> bool:
    """The page's footer links run together ("Kontakt DR Privatlivspolitik Cookies", "Om
    BT Kundeservice Personvern Annonser"): link words, and only the outlet's initials
    beside them."""
    notice = _notice_start(lowered)
    if notice >= 0:
        # "Midtjyllands Avis Kontakt Privatlivspolitik Cookies © Jysk Fynske Medier", "BBC
        # Terms of Use · About the BBC · Cookies Copyright 2026 BBC.": the links, then the
        # owner's notice
        head = lowered[:notice]
        if sum(word in FOOTER_LINK_WORDS for word in head.split()) >= FOOTER_ROW_MIN_LINKS:
            return True
        return is_navigation(text[:notice], head.count(" ") + 1) and is_copyright_notice(
            text[notice:]
        )
    first = text.split(None, 1)[0]
    if not (len(first) <= 5 and first.isupper()) and lowered.split(None, 1)[0] not in (
        FOOTER_LINK_WORDS
    ):
        return False  # most paragraphs: the first word is neither a link nor initials
    links = 0
    for word, lower in zip(text.split(), lowered.split(), strict=True):
        if lower in FOOTER_LINK_WORDS:
            links += 1
        elif not (word.isupper() and len(word) <= 5):
            return False
    return links >= FOOTER_ROW_MIN_LINKS


def _may_close_with_a_notice(text: str, words: int) -> bool:
    """Short enough for a footer's links and the owner's notice after them, and holding
    the sign or the word that opens the notice."""
    return words <= FOOTER_NOTICE_MAX_WORDS and ("©" in text or "opyright" in text)


def _notice_start(lowered: str) -> int:
    """Where a footer's notice of rights begins ("©" or "copyright"), or -1."""
    sign = lowered.find("©")
    return sign if sign >= 0 else lowered.find("copyright")


_NEWSROOM_NOTES = (
    "uppdaterar nyheten",
    "oppdaterer saken",
    "saken blir oppdatert",
    "saka blir oppdatert",
    "saka vert oppdatert",
    "saken oppdateres",
    "artikkelen oppdateres",
    "artikkelen blir oppdatert",
    "artikeln uppdateras",
    "nyheten uppdateras",
    "artiklen opdateres",
    "artiklen bliver opdateret",
    "oppdaterer artikkelen",
    "opdaterer artiklen",
    "opdaterer historien",
    "aktualisiert diesen artikel",
    "will update this story",
    "met à jour cet article",
    "vær varsom-plakat",
    "vær varsom plakat",
    "pressens faglige utvalg",
    "pressens opinionsnämnd",
    "pressenævnet",
    "presserat",
    "ipso",
)
"""What a newsroom says about its own copy: that it will update it, the ethics it follows."""


_OWN_VIEW_NOTES = (
    "skribentens egen", "skribentens egne", "skribentens holdning", "skribentens analyser",
    "skribentens mening", "skribentens meninger", "skribentens åsikter",
    "skribenten svarar för", "skribenten står för", "skribenten ansvarar för",
    "forfatterens egen", "forfatterens egne", "forfatterens holdning", "forfatterens mening",
    "politiska hållning", "the views expressed", "views expressed in",
    "opinions expressed", "not necessarily reflect", "n'engagent que", "n’engagent que",
    "n'engage que", "n’engage que", "meinung des autors", "meinung der autorin",
    "meinung der autoren", "nicht notwendigerweise die meinung", "nicht unbedingt die meinung",
)  # fmt: skip
"""How a page says that an opinion piece speaks for its writer, not for the paper
("Kronikken er udtryk for skribentens egen holdning.", "Les idées exprimées n'engagent
que leur auteur"): the page's note, not the writer's text."""
DISCLAIMER_MAX_WORDS = 40


def disclaims_the_views(lowered: str) -> bool:
    # the stems spelled out: `in` tests are quicker than a generator over them
    return (
        "skribent" in lowered
        or "forfatter" in lowered
        or "hållning" in lowered
        or "expressed" in lowered
        or "reflect" in lowered
        or "engag" in lowered
        or "meinung" in lowered
    ) and any(phrase in lowered for phrase in _OWN_VIEW_NOTES)


HEADER_BAR_MIN_WORDS = 4
HEADER_BAR_MAX_WORDS = 20
HEADER_BAR_MIN_BUTTONS = 3
_HEADER_BUTTONS = re.compile(
    r"\b(?:menu|meny|menü|navigation|search|søk|sök|suche|rechercher|subscribe|abonner|"
    r"abonnieren|s'abonner|prenumerera|sign in|log in|logg inn|logga in|log ind|anmelden|"
    r"se connecter|newsletters?|close dialogue|next image|previous image|toggle caption)\b"
)
"""The buttons of a page's header bar or a picture viewer, in each language."""


def _is_header_bar(text: str, lowered: str) -> bool:
    """A page's header pasted as one line: three of its buttons or more (menu, search,
    subscribe, sign in) and no sentence ("Open side navigation menu Open search bar
    Financial Times myFT Subscribe Sign In")."""
    if not (
        "men" in lowered
        or "search" in lowered
        or "sø" in lowered
        or "sö" in lowered
        or "image" in lowered
    ):
        return False
    return (
        not ends_sentence(text)
        and len(set(_HEADER_BUTTONS.findall(lowered))) >= HEADER_BAR_MIN_BUTTONS
    )


def _may_be_newsroom_note(lowered: str) -> bool:
    """Whether a lower-cased paragraph holds a piece of every `_NEWSROOM_NOTES` phrase: a
    few `in` tests spare most paragraphs the longer search."""
    return (
        "pdat" in lowered
        or "aktualis" in lowered
        or "jour" in lowered
        or "press" in lowered
        or "varsom" in lowered
        or "ipso" in lowered
    )


def _is_paywall_badge(text: str, lowered: str, words: int) -> bool:
    """The outlet's paywall badge alone on its line: "SZ Plus", "Berlingske+", "E24+"."""
    if words > PAYWALL_BADGE_MAX_WORDS or not text[0].isupper() or ends_sentence(text):
        return False
    if lowered.endswith("+") and words == 1:
        return len(text) > 2
    return words >= 2 and lowered.rsplit(None, 1)[-1] in PAYWALL_BADGES


def _is_product_offer(text: str, lowered: str, colon: int) -> bool:
    """A paywall product's name and badge, a colon, and the offer: "Børsen Pro: Få de
    vigtigste erhvervsnyheder først", "Berlingske+: Få adgang til alle artikler".
    `colon` is as for `_is_trial_offer`."""
    if colon < 0:
        return False
    product = lowered[:colon].split()
    if not 1 <= len(product) <= PAYWALL_BADGE_MAX_WORDS or not text[0].isupper():
        return False
    badged = product[-1].endswith("+") or (len(product) >= 2 and product[-1] in PAYWALL_BADGES)
    offer = _TOKENS().findall(lowered[colon + 1 :])
    return badged and bool(offer) and (offer[0] in TRIAL_OFFER_VERBS or offer[0] in READER_WORDS)


def _is_home_link(lowered: str, words: int) -> bool:
    """ "Zur SZ-Startseite", "Til VG-forsiden": the link back to the site's front page."""
    if words > HOME_LINK_MAX_WORDS:
        return False
    last = lowered.rsplit(None, 1)[-1].rsplit("-", 1)[-1]
    return last in _HOME_LINKS and lowered.split(None, 1)[0] in _HOME_LINK_OPENINGS


def _is_tip_line(lowered: str) -> bool:
    """ "Har du et tip? Skriv til os her": a request for tips with a way to send them."""
    if "tip" not in lowered and "hinweis" not in lowered and "témoin" not in lowered:
        return False
    tokens = set(_TOKENS().findall(lowered))
    return bool(tokens & set(TIP_WORDS)) and bool(tokens & set(CALLS_TO_ACTION))


BYLINE_SOURCES_MAX = 5


def _is_byline(text: str) -> bool:
    if ends_sentence(text) and not text.endswith((")", ".")):
        return False
    opening = _match_opening(text, 0, _first_word(text))
    rest = text[opening[1] :] if opening and opening[0] == "byline" else ""
    if not rest:
        rest = text.split(maxsplit=1)[1] if " " in text else ""
    # "Par Thomas Weissenbach - 06 mars 2026 à 13:05 - Temps de lecture : 3 min": the
    # names stand before the date the byline runs into
    rest = rest.split(" - ", 1)[0].split(" | ", 1)[0]
    sources = [source.strip() for source in rest.split(",")]
    if (
        len(sources) <= BYLINE_SOURCES_MAX
        and all(source and " " not in source for source in sources)
        and any(map(is_wire_agency, sources))
    ):
        return True  # "Von t-online, dpa, mak", "Von dpa": the outlet, the agency, initials
    names = _NAME_WORD.findall(rest)
    # and where they wrote from: "Reporting by Ayse Demir in Ankara and … in Istanbul"
    joiners = {"og", "and", "und", "och", "et", "&", "med", "with", "mit", "avec", "in", "i"}
    named = [w for w in names if w.lower() not in joiners]
    capitals = sum(1 for w in named if w[0].isupper())
    return bool(named) and capitals * 2 >= len(named)


def _opens_with_a_name(text: str) -> bool:
    """Two capitalised words first, and no sentence: "Gareth Pryce-Jenkins BBC Wales News
    Reporting from Cardiff Crown Court" (a correspondent's line)."""
    tokens = text.split(maxsplit=2)
    return (
        len(tokens) >= 2
        and tokens[0][:1].isupper()
        and tokens[1][:1].isupper()
        and not ends_sentence(text)
    )


def _is_signed_role(text: str, lowered: str, words: int) -> bool:
    """ "Helen Carver North of England correspondent": a name and a journalist's role (not
    an introduction to a quote: "Schulleiterin Andrea Böhm sagte vor Journalisten:")."""
    if words > 8 or ends_sentence(text) or text[-1] == ":":
        return False
    tokens = text.split()
    named = len(tokens) >= 3 and tokens[0][0].isupper() and tokens[1][0].isupper()
    return (
        named
        and JOURNALIST_ROLE_PATTERN().search(lowered) is not None
        # A portrait's caption that is only a name, and its credit: "Hugh Lambourne
        # Photographer: Chris Ratcliffe/Bloomberg".
        and (":" not in text or find_credit(text) is None)
    )


def _is_name_and_affiliation(text: str, lowered: str) -> bool:
    """ "Helen Okonjo, Senior Lecturer in Aerobiology, University of Eastmoor": an author's
    name, a comma, then an academic rank or an institution (an expert writing for the site)."""
    if text[-1] in ".!?…:;":  # most short paragraphs end a sentence
        return False
    comma = text.find(", ")
    if comma < 0 or not looks_like_name(text[:comma]):
        return False
    return (
        text[comma + 2 : comma + 3].isalpha()
        and AFFILIATION_PATTERN().search(lowered, comma) is not None
        and find_credit(text) is None  # a portrait's caption: "…, professor. Foto: …"
    )


def _has_date(text: str) -> bool:
    """A date or a time (`_DATE`), or a time counted back from now (`_RELATIVE_TIME`).
    Every branch of both patterns holds a digit, so a text without one skips them."""
    return _DIGIT.search(text) is not None and (
        _DATE().search(text) is not None or _RELATIVE_TIME().search(text) is not None
    )


def _is_date_line(text: str, lowered: str) -> bool:
    """A line made mostly of a date and time, with no keyword ("12. März 2024, 14:05")."""
    if _DIGIT.search(text) is None:
        return False
    tokens = [t for t in _DATE_TOKENS.findall(lowered) if t not in _DATE_GLUE]
    datey = sum(1 for t in tokens if _is_datey(t))
    if datey * 2 <= len(tokens) or not _has_date(text):
        return False
    head, colon, _ = lowered.partition(": ")
    name = _DATE_TOKENS.findall(head)
    # "Gilt ab: 1. Juli 2025", "Født: 3. mai 2001": a fact's name, then its date (but
    # "Originally Published: March 11, 2025")
    return not colon or len(name) > FACT_NAME_MAX_WORDS or any(map(_is_datey, name))


FACT_NAME_MAX_WORDS = 2


def _is_datey(token: str) -> bool:
    return token.strip(".,") in _DATE_WORDS or any(map(str.isdigit, token))


def bullet_opened(text: str) -> bool:
    return text[:1] in BULLETS and BULLET_OPEN().match(text) is not None


_ASIDE = re.compile(r" \([^()\s]+(?: [^()\s]+)?\)")
"""A word or two in parentheses after a name: what the writer did or does ("(tekst)",
"(foto)", "(now)", "(earlier)") or their party ("(S)", "(V)")."""


def without_asides(text: str) -> str:
    """`text` without its asides in parentheses ("Léa Santoni (à Marseille)")."""
    return _ASIDE.sub("", text) if "(" in text else text


def looks_like_name(text: str) -> bool:
    """2-5 capitalised words, a comma allowed: "Tom Reeve", "Martina Zollinger, Sitten";
    asides in parentheses do not count ("Gunhild Moe Sætre (tekst)")."""
    text = without_asides(text)
    tokens = text.replace(",", " ").split()
    return 2 <= len(tokens) <= 5 and all(t[0].isupper() for t in tokens) and text[-1] not in ".?!:"


_NAME_JOINER = re.compile(r",? (?:og|and|und|och|et|&) ")
_NAME_LIST_JOINER = re.compile(r",? (?:og|and|und|och|et|&) |, ")
_WHERE_FROM = re.compile(
    r" (?:in|i|à|en|aus|from|fra|från) [^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}$"
)
"""Where a writer reports from, after the name: "Jane Doe in Kyiv", "Kari Lie i Brussel"."""
NAMES_MAX = 4
ROLE_LINE_MAX_WORDS = 3


def looks_like_names(text: str) -> bool:
    """One to four names, joined by the word for "and" or a comma, each perhaps with the
    place the writer reports from: "Jesper Kromann Lund og Mette Bøgh Andersen", "Jane Doe
    in Kyiv and John Roe in Moscow", "Mathias Strand Eikeland, Ida Marie Rosvold".  Each is
    a name of two words or more, so that "Oslo og Bergen" is not two people."""
    for joiner in (_NAME_JOINER, _NAME_LIST_JOINER):
        parts = joiner.split(text)
        if len(parts) <= NAMES_MAX and all(
            looks_like_name(_WHERE_FROM.sub("", part)) for part in parts
        ):
            return True  # "Tobias Rheinländer, Berlin" is one name and its place
    return False


NAME_ROLE_MAX_WORDS = 3


def looks_like_name_and_role(text: str) -> bool:
    """A writer's name and, after a comma, what they do, in lower case: "Solveig Aksnes
    Hovland, rektor", "Kari Lie, lege og forfatter"."""
    comma = text.find(", ")
    if comma < 0 or text[-1] in ".!?:;":
        return False
    role = text[comma + 2 :].split()
    if not 0 < len(role) <= NAME_ROLE_WITH_PLACE_MAX_WORDS or not role[0][:1].islower():
        return False
    # The role in lower case, or its organisation's name after a preposition ("leiar i
    # Sognefjorden pendlarforeining").
    preposition = next((i for i, word in enumerate(role) if word in PREPOSITIONS), len(role))
    return (
        (len(role) <= NAME_ROLE_MAX_WORDS or preposition < len(role))
        and all(word[:1].islower() for word in role[: preposition + 1])
        and looks_like_name(text[:comma])
    )


NAME_ROLE_WITH_PLACE_MAX_WORDS = 6


NAME_OVER_ROLE_MAX_WORDS = 6


def looks_like_name_over_role(text: str) -> bool:
    """A writer's name and, on the line that was under it, their role or outlet, joined
    into one paragraph: "Silje Marie Nordby Lege og spesialist i allmennmedisin" (a
    capitalised role in lower case after its first word), "Tom Ashworth BBC News, North
    East and Cumbria" (an outlet opening with its initials)."""
    if (ends_sentence(text) and not text.endswith(")")) or _DIGIT.search(text) is not None:
        return False  # not "Kessler Chemie AG 24,18 EUR": a share's quote
    tokens = text.split()
    for size in (2, 3, 4):
        rest = tokens[size:]
        if not 0 < len(rest) <= NAME_OVER_ROLE_MAX_WORDS or not looks_like_name(
            " ".join(tokens[:size])
        ):
            continue
        first = rest[0].rstrip(",")
        if len(first) >= 2 and first.isupper() and first.isalpha():
            return True  # "BBC News, …": the outlet's initials
        if first[:1].isupper() and len(rest) >= 2 and all(w[:1].islower() for w in rest[1:]):
            return True  # "Lege og spesialist i …"
    return False


ROLE_CREDITS_MAX = 4
ROLE_MAX_WORDS = 3


def looks_like_role_credits(text: str) -> bool:
    """Who did what, one role and one name after another: "Sujet radio: Lucie Favre
    Adaptation web: Thomas Mauron", "Tekst: Kari Lie Foto: Ola Hansen".  Each role is a
    few words opening with a capital before its colon, each name two to four capitalised
    words; where a name ends and the next role begins is where the role can start."""
    if text.count(":") < 2 or ends_sentence(text):
        return False
    tokens = text.replace(" :", ":").split()
    colons = [i for i, token in enumerate(tokens) if token.endswith(":")]
    if not 2 <= len(colons) <= ROLE_CREDITS_MAX or colons[0] >= ROLE_MAX_WORDS:
        return False
    if not tokens[0][:1].isupper():
        return False
    bounds = [*colons, len(tokens)]
    # "Sujet radio: Coralie Gassmann, adaptation web: Hugo Berset": a comma ends a name
    tokens = [token.rstrip(",") for token in tokens]
    tokens = [token[:1].upper() + token[1:] if token else token for token in tokens]
    for previous, colon in itertools.pairwise(bounds):
        between = tokens[previous + 1 : colon + 1]
        last = colon == len(tokens)
        roles = [0] if last else range(1, ROLE_MAX_WORDS + 1)
        if not any(
            2 <= len(between) - role <= 4
            and all(word[:1].isupper() for word in between[: len(between) - role])
            and (last or between[len(between) - role][:1].isupper())
            for role in roles
        ):
            return False
    return True


def is_role_line(text: str) -> bool:
    """A journalist's role alone on its line, as pasted from under the writer's name:
    "Journalist", "Fotograf", "Politisk redaktør", "Senior correspondent"."""
    if text.count(" ") >= ROLE_LINE_MAX_WORDS or text[-1] in ".!?:;,":
        return False
    lowered = text.lower()
    role = JOURNALIST_ROLE_PATTERN().search(lowered)
    return role is not None and role.end() == len(lowered)
