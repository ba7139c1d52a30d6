"""Plain text → Article: the structure recogniser.

Each paragraph is judged on its own form first (credits here; bylines, dates and site
chrome in `short_forms`), then by position (the headline and lead open the article), then
by form in the body (subheadings are short and unpunctuated, quotes open with a dash or
quote mark), and last by context (a credit line makes the short line above it a caption;
"… svarer:" names the speaker of the quote below).  No rule looks for a known sentence.
"""

from __future__ import annotations

import gc
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal

from reader.model.alternation import compiled_on_first_use, trie_alternation
from reader.model.article import Article, Block, BlockKind, content_key
from reader.model.captions import (
    Credit,
    find_credit,
    find_label,
    has_caption_marker,
    is_credit_line,
    is_credit_only,
)
from reader.model.lexicon import (
    ARTICLES,
    EMAIL_HEADERS,
    FACT_BOX_HEADINGS,
    GENERIC_TURN_LABELS,
    GRAPHIC_REFERENCES,
    PICTURE_REFERENCES,
    PRONOUNS,
    STOPWORDS,
    SUMMARY_HEADINGS,
    TEASER_HEADING_OPENINGS,
    TEASER_HEADINGS,
    TOPIC_HEADINGS,
)
from reader.model.paragraphs import (
    COUNTER,
    EMAIL_LINE,
    LINK_MAX_WORDS,
    TAG_MAX_WORDS,
    split_laid_out,
)
from reader.model.short_forms import (
    AFFILIATION_PATTERN,
    BULLET_OPEN,
    BULLETS,
    JOURNALIST_ROLE_PATTERN,
    PLAYER_LINE_MAX_WORDS,
    PLAYER_TIME,
    ROLE_LINE_MAX_WORDS,
    SUBMISSION_MAX_WORDS,
    asks_cookie_consent,
    bullet_opened,
    ends_in_link,
    ends_sentence,
    invites_submissions,
    is_copyright_notice,
    is_feedback_form,
    is_long_boilerplate,
    is_navigation,
    is_newsletter_block,
    is_role_line,
    is_salutation,
    is_wire_agency,
    looks_like_name,
    looks_like_name_and_role,
    looks_like_name_over_role,
    looks_like_names,
    looks_like_role_credits,
    opening_of,
    opens_with_greeting,
    short_form,
    without_asides,
)
from reader.model.speakers import (
    find_speaker,
    has_attribution,
    introduces_speech,
    speaker_from_introduction,
)

# The kinds as module names: on Python 3.11 looking a member up on the Enum class costs
# ~70 ns (attribute lookups on classes are not specialised), and the per-paragraph passes
# compare and assign kinds tens of thousands of times.
_HEADLINE, _LEAD, _SUBHEADING, _PARAGRAPH, _QUOTE = (
    BlockKind.HEADLINE,
    BlockKind.LEAD,
    BlockKind.SUBHEADING,
    BlockKind.PARAGRAPH,
    BlockKind.QUOTE,
)
_CAPTION, _BYLINE, _META, _BOILERPLATE = (
    BlockKind.CAPTION,
    BlockKind.BYLINE,
    BlockKind.META,
    BlockKind.BOILERPLATE,
)
_BODY_KINDS = (_PARAGRAPH, _QUOTE, _SUBHEADING, _CAPTION)
_NAME_LINE_KINDS = (_SUBHEADING, _PARAGRAPH, _BYLINE)
"""What the article goes on with below a picture."""
_COUNTER_NUMBERS = re.compile(r"\d+")
_DURATION = compiled_on_first_use(r"^\d{1,2}:\d{2}$")
"""A clip's length ("01:12", "1:24"), or a live blog's time: only what stands around it
tells them apart."""
PLAYER_CAPTION_MAX_WORDS = 25
"""The caption printed under a video player is a single sentence of at most this many."""
_PICTURE_REFERENCE = compiled_on_first_use(
    r"(?:" + trie_alternation(PICTURE_REFERENCES) + r")\s+(?:\w+\s+){0,2}?"
    r"(?:er|blev|ble|var|är|blev|was|is|shows?|wurde|zeigt|a été|montre|viser|visar)\b",
    re.IGNORECASE,
)
"""A paragraph that opens by speaking of a picture ("Billedet er taget af …")."""
_PICTURE_REFERENCE_INITIALS = frozenset(word[0].upper() for word in PICTURE_REFERENCES)
"""Capitals such a paragraph can start with: most paragraphs are ruled out by one test."""
_REACHED_AT = compiled_on_first_use(
    r"\b(?:can be reached at|may be reached at|kan nås på|kan kontaktes på|kan kontaktas på|"
    r"ist erreichbar unter|est joignable à)\s+\S+@"
    r"|^(?:contact|email|e-mail|kontakt|kontakta|kontaktieren sie|contactez)\s+"
    r"(?:[^\W\d_][\w'’.-]*\s+){1,3}(?:at|on|på|unter|à)\s+\S+@",
    re.IGNORECASE,
)
_AUTHOR_NOTE = compiled_on_first_use(
    r"(?P<name>(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’.-]*)\s+"
    r"(?:is|was|er|var|är|ist|war|est|writes (?:about|on)|skriver om|schreibt über|écrit sur)\s"
)
"""A name of two to four words, then "is" (or "writes about") in one of the languages: an
author's note ("Rachel Okonjo writes about public services")."""
_CONTRIBUTED = compiled_on_first_use(
    r"contributed (?:to )?(?:this )?(?:report|reporting|story)|additional reporting by|"
    r"bidro(?:g)? til (?:denne )?(?:saken|artikkelen)|medverkade|mitarbeit:",
    re.IGNORECASE,
)
_AGENCY = compiled_on_first_use(
    r"^(?:[A-ZÆØÅÄÖ]{2,6}|(?:[A-ZÆØÅÄÖ]{2,6}|[a-zæøåäö]{2,4})"
    r"(?:/(?:[A-ZÆØÅÄÖ]{2,6}|[a-zæøåäö]{2,4}|[A-Z][a-z]{2,8}))+)$"
)
"""A news agency's initials alone on a line ("NTB", "TT", "AFP"), or the outlet's and
the agency's together ("RND/dpa", "AFP/Reuters")."""
_AGENCY_BYLINE = compiled_on_first_use(r"^[A-ZÆØÅÄÖ]{2,4}(?:-[A-ZÆØÅÄÖ]{2,4})?$")
"""An agency's initials under the headline, or two joined ("TT-AFP"): shorter than a
section name ("DEBATT")."""
_QUOTE_OPEN = re.compile(r"^(?:[–—―]|-\s|[\"“”„«»‹›‚‘’'](?=\s?\w|\s?[–—.]))")
_DASH_OPEN = re.compile(r"^(?:[–—―-])\s")
_SIGNED_QUOTATION = compiled_on_first_use(r"[”»“\"’›«']\s*[—–]\s*[^\W\d_]")
"""A closing quote mark, a dash and a name: a quotation signed by its speaker."""
_QUOTE_OPENERS = "–—―-\"“”„«»‹›‚‘’'"
_DASHES = "–—―-"
_FACT_BOX_HEADING = compiled_on_first_use(
    r"^(?:" + trie_alternation(FACT_BOX_HEADINGS) + r")(?:\s*:|$)", re.IGNORECASE
)
"""A fact-box heading: "FAKTA: Ekstremværet «Frida»", "Fakten", "Les faits :"."""
_FACT_BOX_OPENERS = "".join(sorted({c for h in FACT_BOX_HEADINGS for c in (h[0], h[0].upper())}))
"""The first letters of the fact-box headings, in either case."""
_QUOTED_END = re.compile(r"[.!?]\s?[\"”»«“’'‹›]$")

SUBHEADING_MAX_WORDS = 12
SUBHEADING_MAX_CHARS = 100
BOILERPLATE_LONG_MAX_WORDS = 60
COPYRIGHT_NOTICE_MAX_WORDS = 80
BOILERPLATE_LINKED_MAX_WORDS = 50
"""A long chrome notice may run this far when it ends in a row of links ("… | Subscribe")."""
CONSENT_MAX_WORDS = 90
"""A cookie-consent banner explains what the site and its partners do with the data; one
that runs past BOILERPLATE_LONG_MAX_WORDS is told only above the lead."""
META_MAX_WORDS = 20
SHORT_CAPTION_MAX_WORDS = 45
SIGNATURE_MAX_WORDS = 25
FACT_BOX_POINT_MAX_WORDS = 6
"""A fact box holds short points; a longer paragraph is the text going on."""
AUTHOR_NOTE_MAX_WORDS = 80
SIGNING_NAMES_MAX_WORDS = 16
"""Four names of three words and the words joining them."""
CHROME_AFTER_SIGN_OFF = 3
"""Lines of chrome (buttons, tags) that may stand under an agency's sign-off."""
CLOSING_NAME_MAX_WORDS = 4
"""A name signing the text below its last paragraph ("Birgitta Eklund")."""
LONG_WITHOUT_PUNCTUATION = 30
"""Longer than any headline: prose, even when a paste lost its final full stop."""
QUESTION_HEADLINE_MAX_WORDS = 15
"""A question this short above the prose, before any title line, is the headline."""
LONG_QUESTION_HEADLINE_MAX_WORDS = 25
"""A question over a standfirst that lost its stop may run longer: "Mayors are betting on
buses to win back the north. Can they make the numbers work?"."""
STANDFIRST_MIN_WORDS = 12
MASTHEAD_MAX_WORDS = 5
HEADING_RUN_MIN = 3
AUTHOR_NOTE_FROM_END = 8
"""How far from the end a note on the article's named writer may stand (chrome, a tip
line and an offer may follow it)."""
BYLINE_NAME_MAX_WORDS = 8
"""Below a headline, a line this long is the lead even without final punctuation."""
SHORT_FORMS_MAX_WORDS = 20
"""No byline, date line or short chrome runs longer (BYLINE_ and META_MAX_WORDS fit)."""
PHOTO_LINE_MAX_WORDS = 10
"""A sentence this short under a headline may be the caption of its picture…"""
PHOTO_LINE_LEAD_MIN_WORDS = 15
"""… when a paragraph at least this long, and twice its length, follows it."""
PHOTO_LINE_SIGNED_MAX_WORDS = 20
"""A caption up to this long when the byline or date stands right under the lead."""
INTERVIEW_MIN_TURNS = 4
INTRODUCTION_CONTEXT = 16
"""Paragraphs above a quote's introduction that may name its speaker in full: a
surname alone ("Strømsnes understreker …. Hun sier:") may come back long after."""
TURN_LABEL_MAX_CHARS = 30
_TURN = compiled_on_first_use(
    r"(?P<label>[^\W\d_][\w.'’-]*(?: (?:(?:von|van|der|den|de|du|la|le|zu|af) )*"
    r"[^\W\d_][\w.'’-]*)?) ?: \S"
)
"""A turn of an interview: one or two words, a colon, what they said; a name's particles
come along ("Friederike von der Heydt:")."""
TITLE_MAX_CHARS = 80
_SITE_SEPARATORS = (" – ", " — ", " | ", " - ", " · ", " :: ")
"""What sets the site's name off the headline in a page title."""
SITE_NAME_MAX_WORDS = 4
TAGLINE_MAX_WORDS = 6
"""A site's slogan is short ("Democracy Dies in Darkness"); headlines mostly run longer."""
MENU_MIN_WORDS = 4
"""A site's menu names several sections; a shorter capitalised line may be a kicker."""
KICKER_MAX_WORDS = 6
NAME_LINES_MAX = 3
NAME_LINE_MAX_WORDS = 6
"""A kicker over the headline names the story's subject in a few words."""
_TITLE_SEPARATOR = compiled_on_first_use(r":\s|\s[–—-]\s")
"""A colon or a dash inside a title ("Isglat motorvej: …", "… – 19 skadd")."""
SUMMARY_HEADING_MAX_WORDS = 2
"""A heading over summary points above the lead is a word or two ("Summary", "Kort fortalt")."""
SUMMARY_MIN_POINTS = 2
"""Points it must stand over: a single short line under it may be a kicker's or a name's."""
PAGE_TITLE_REACH = 3
"""How many lines below the page title the headline may stand (a kicker between)."""
_TITLE_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class _Paragraph:
    """A paragraph on its way to becoming a Block; mutable only inside the parser."""

    text: str
    words: int
    after_single_newline: bool = False
    kind: BlockKind | None = None
    label: str | None = None
    credit: str | None = None
    speaker: str | None = None
    found_credit: Credit | Literal[False] | None = False
    """What `find_credit` found in the text (None: nothing), once looked for (not False)."""


_WORDS = attrgetter("words")


def parse_text(text: str, source: str = "-", fmt: str = "text") -> Article:
    """Recognise the structure of a plain-text article.

    The cyclic garbage collector is paused while the text is parsed.  The parser makes
    two objects per paragraph and many short-lived lists and strings, all freed by
    reference counting (it builds no reference cycles), so the collections that these
    allocations set off find nothing to free; they only walk the objects already made,
    and on a large text (20 MB: 160,000 paragraphs) that walking grows with the text,
    making the parse about a tenth slower per megabyte than on a small one.  The
    collector is switched back on only if it was on, so a caller that paused it (the
    short-lived `--json` process) keeps it paused.  The switch is process-wide: cyclic
    garbage of other threads waits for the first collection after the parse.
    """
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        # Paragraph text is whitespace-normalised, so counting spaces counts words.
        paragraphs = [_Paragraph(p, p.count(" ") + 1, listed) for p, listed in split_laid_out(text)]
        blocks = tuple(_classify(paragraphs))
        return Article(
            title=derive_title(blocks),
            blocks=blocks,
            source=source,
            format=fmt,
            key=content_key(text),
            word_count=sum(map(_WORDS, paragraphs)),
        )
    finally:
        if collecting:
            gc.enable()


def classify_paragraphs(items: Sequence[str | Block]) -> list[Block]:
    """Classify paragraphs that a source format already separated (Markdown, HTML).

    Blocks whose kind the format settled (an `<h1>`, a `<figure>`) keep it and serve as
    context; plain strings are recognised by the same rules as pasted text.
    """
    paragraphs = []
    for item in items:
        if isinstance(item, Block):
            paragraph = _Paragraph(item.text, len(item.text.split()), kind=item.kind)
            paragraph.label, paragraph.credit, paragraph.speaker = (
                item.label,
                item.credit,
                item.speaker,
            )
        else:
            paragraph = _Paragraph(item, len(item.split()))
        paragraphs.append(paragraph)
    return _classify(paragraphs)


def _classify(paragraphs: list[_Paragraph]) -> list[Block]:
    for paragraph in paragraphs:
        _classify_by_form(paragraph)
    _mail_headers(paragraphs)
    lead = _assign_headline_and_lead(paragraphs)
    _headline_given_twice(paragraphs, lead)
    _classify_body(paragraphs, lead)
    _box_under_a_heading(paragraphs, lead)
    _apply_context(paragraphs)
    _interview_turns(paragraphs)
    _questions_over_answers(paragraphs)
    _tags_under_the_chrome(paragraphs)
    _footer_below_the_text(paragraphs)
    _polls(paragraphs)
    _headings_over_nothing(paragraphs)
    _contents_lists(paragraphs)
    _links_between_chrome(paragraphs)
    _teaser_times(paragraphs)
    _tags_closing_the_text(paragraphs)
    return [
        Block(p.kind or _PARAGRAPH, p.text, p.label, p.credit, p.speaker)
        for p in _join_chrome_lines(paragraphs)
    ]


TITLE_REPEAT_REACH = 10


def _headline_given_twice(paragraphs: list[_Paragraph], lead: int) -> None:
    """A saved or printed article may give its title twice: the saving tool's header
    ("Title" / site / address / "Saved 8 April"), then the page itself.  The copy nearer
    the lead is the page's headline; the first is the tool's."""
    headline = next((i for i, p in enumerate(paragraphs) if p.kind is _HEADLINE), -1)
    if headline < 0:
        return
    text = paragraphs[headline].text
    end = lead if lead > headline else min(len(paragraphs), headline + TITLE_REPEAT_REACH)
    for index in range(headline + 1, end):
        title = paragraphs[index].text
        # the tool's lines may follow its copy in the same block ("… berlingske.dk https://…")
        if title == text or (paragraphs[index].words >= 4 and text.startswith(title + " ")):
            paragraphs[headline].kind = _BOILERPLATE
            paragraphs[index].kind = _HEADLINE
            return


MAIL_HEADER_MIN = 2
MAIL_HEADER_REACH = 8


def _mail_headers(paragraphs: list[_Paragraph]) -> None:
    """An article mailed to oneself and saved from the mail program opens with the mail's
    header lines ("From: Dana Whitfield <…@icloud.com>", "Subject: Fwd: …", "Emne:"):
    two of them or more near the top, one with an address, are the program's, not the
    article's (its headline comes later, from the forwarded page)."""
    top = paragraphs[:MAIL_HEADER_REACH]
    headers = [p for p in top if _mail_header_label(p.text) is not None]
    if len(headers) < MAIL_HEADER_MIN or not any("@" in p.text for p in headers):
        return
    for paragraph in headers:
        paragraph.kind = _BOILERPLATE


def _mail_header_label(text: str) -> str | None:
    """The label of a mail header line ("Subject", "Emne", "Fwd"), or None."""
    colon = text.find(":", 1, 12)
    if colon < 0:
        return None
    label = text[:colon].rstrip().lower()
    return label if label in EMAIL_HEADERS else None


def _join_chrome_lines(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """Lines of site chrome set one under another, with no blank line between, in a text
    that uses blank lines (a menu, a "most read" heading and its links, a footer) are one
    block of chrome, as they are one block on the page; their lines were split apart only
    to be read one by one."""
    joined: list[_Paragraph] = []
    for paragraph in paragraphs:
        above = joined[-1] if joined and paragraph.after_single_newline else None
        if above is not None and (
            (paragraph.kind is _BOILERPLATE and above.kind is _BOILERPLATE)
            # the writers' names and roles one to a line ("Siri Hovland Myklebust" /
            # "Journalist"), and a last button of a row that no rule knows ("Sauvegarder")
            or (paragraph.kind is _BYLINE and above.kind is _BYLINE)
            or (
                above.kind is _BOILERPLATE
                and paragraph.kind in (None, _PARAGRAPH)
                and paragraph.words <= LINK_MAX_WORDS
                and not ends_sentence(paragraph.text)
            )
        ):
            joined[-1] = _Paragraph(
                f"{above.text} {paragraph.text}",
                above.words + paragraph.words,
                above.after_single_newline,
                above.kind,
            )
        else:
            joined.append(paragraph)
    return joined


FOOTER_LINK_MAX_WORDS = 4


def _links_between_chrome(paragraphs: list[_Paragraph]) -> None:
    """Two or more short unfinished lines with chrome above and below them ("About Us" /
    "Sky Group" / "Advertise With Us" / "Terms & Conditions" / "Contact Us") are the
    page's links, one per line: nothing in an article stands between chrome on both
    sides without a sentence.  (A single such line is read in `_apply_context`.)"""
    run_start = -1
    for index, paragraph in enumerate(paragraphs):
        # The length first, as in `_may_be_footer_link`: most paragraphs end here.
        if paragraph.words <= FOOTER_LINK_MAX_WORDS and _may_be_footer_link(paragraph):
            if run_start < 0:
                run_start = index
            continue
        if (
            run_start > 0
            and index - run_start >= 2
            and paragraph.kind is _BOILERPLATE
            and paragraphs[run_start - 1].kind is _BOILERPLATE
        ):
            for link in paragraphs[run_start:index]:
                link.kind = _BOILERPLATE
        run_start = -1


def _teaser_times(paragraphs: list[_Paragraph]) -> None:
    """A short time between the links of a "Mest lest" list ("Mann pågrepet i Sandvika" /
    "for 3 timer siden" / "Se flere") is the linked story's, chrome like its title: the
    article's own date stands under its headline or byline, not under a link (a
    newsletter's date may stand under its masthead, above the text)."""
    body = next((i for i, p in enumerate(paragraphs) if p.kind is _PARAGRAPH), len(paragraphs))
    for index in range(body + 1, len(paragraphs) - 1):
        paragraph = paragraphs[index]
        if not _is_teaser_time(paragraph):
            continue
        above, below = paragraphs[index - 1], paragraphs[index + 1]
        if (
            above.kind is _BOILERPLATE
            and below.kind is _BOILERPLATE
            and above.words >= LINKED_TITLE_MIN_WORDS
            and not ends_sentence(above.text)
        ):
            paragraph.kind = _BOILERPLATE


LINKED_TITLE_MIN_WORDS = 3
CLOSING_TAGS_MIN = 3


def _tags_closing_the_text(paragraphs: list[_Paragraph]) -> None:
    """The topic tags one to a line in the text's last block, under its last sentence
    ("Konkurs" / "Bygg og anlegg" / "Boligmarkedet" / "Innlandet"): a word or a few each,
    one of them a single word, none a sentence, no digit, no address."""
    start = len(paragraphs) - 1
    while start > 0 and paragraphs[start].after_single_newline:
        start -= 1
    tags = paragraphs[start:]
    if start == 0 or len(tags) < CLOSING_TAGS_MIN or not ends_sentence(paragraphs[start - 1].text):
        return
    if any(tag.words == 1 for tag in tags) and all(
        (tag.kind is None or tag.kind is _PARAGRAPH or tag.kind is _SUBHEADING)
        and tag.words <= TAG_MAX_WORDS
        and not ends_sentence(tag.text)
        and "@" not in tag.text
        and not any(character.isdigit() for character in tag.text)
        for tag in tags
    ):
        for tag in tags:
            tag.kind = _BOILERPLATE


def _may_be_footer_link(paragraph: _Paragraph) -> bool:
    kind = paragraph.kind
    return (
        paragraph.words <= FOOTER_LINK_MAX_WORDS
        and (
            kind is _PARAGRAPH
            or kind is _SUBHEADING
            or kind is None
            # "AGB": a short word in capitals reads as an agency's initials on its own
            or (kind is _BYLINE and paragraph.words == 1 and not is_wire_agency(paragraph.text))
        )
        and not ends_sentence(paragraph.text)
    )


def _tags_under_the_chrome(paragraphs: list[_Paragraph]) -> None:
    """The article's topic tags, one to a line at the very end under the page's chrome
    ("Voir les commentaires" / "Tourisme" / "Randonnée" / "Provence-Alpes-Côte d'Azur"):
    short lines that end no sentence, with chrome right above them, are chrome too."""
    run = 0
    for paragraph in reversed(paragraphs):
        kind = paragraph.kind
        if (
            (kind is None or kind is _PARAGRAPH or kind is _SUBHEADING)
            and paragraph.words <= TAG_MAX_WORDS
            and not ends_sentence(paragraph.text)
        ):
            run += 1
            continue
        if run and kind is _BOILERPLATE:
            for tag in paragraphs[len(paragraphs) - run :]:
                tag.kind = _BOILERPLATE
        elif not run:
            _tags_over_the_chrome(paragraphs)
        return


TAGS_MIN = 2
TAIL_CHROME_MIN = 2


def _tags_over_the_chrome(paragraphs: list[_Paragraph]) -> None:
    """The article's topic tags, one to a line, right above the page's tail of chrome
    ("Faits divers" / "Normandie" / "Tempêtes" over "Newsletter …", "Les plus lus"): two
    or more lines of a word or three, with no digit, colon or full stop, between the
    text's last sentence and the chrome that ends the page."""
    end = len(paragraphs)
    while end and paragraphs[end - 1].kind is _BOILERPLATE:
        end -= 1
    if len(paragraphs) - end < TAIL_CHROME_MIN:
        return
    start = end
    while start and _may_be_a_tag(paragraphs[start - 1]):
        start -= 1
    if end - start >= TAGS_MIN and start and ends_sentence(paragraphs[start - 1].text):
        for tag in paragraphs[start:end]:
            tag.kind = _BOILERPLATE


def _may_be_a_tag(paragraph: _Paragraph) -> bool:
    text = paragraph.text
    return (
        (paragraph.kind is _PARAGRAPH or paragraph.kind is _SUBHEADING)
        and paragraph.words <= TAG_MAX_WORDS - 1
        and not ends_sentence(text)
        and ":" not in text
        and not any(character.isdigit() for character in text)
    )


_POLL_HEADINGS = frozenset((
    "omröstning", "avstemning", "avstemming", "afstemning", "poll", "umfrage", "abstimmung",
    "sondage", "dagens spørsmål", "dagens fråga", "dagens spørgsmål", "reader poll",
    "quick poll",
))  # fmt: skip
"""Headings of a reader poll, alone on their line."""
_POLL_CLOSE = compiled_on_first_use(
    r"^(?:rösta|stem|stemme|vote|abstimmen|voter|je vote|\d[\d\s]*\s*"
    r"(?:röster|stemmer|stemmar|votes|stimmen|votants|voix))$",
    re.IGNORECASE,
)
"""A poll's last line: its button, or the count of votes cast."""
POLL_MAX_LINES = 10


def _polls(paragraphs: list[_Paragraph]) -> None:
    """A reader poll pasted with the page ("OMRÖSTNING" / the question / its answers /
    "Rösta" / "2 184 röster"): from its heading to its button or count, the page's."""
    for index, paragraph in enumerate(paragraphs):
        if paragraph.words > 3 or paragraph.text.lower().rstrip(":") not in _POLL_HEADINGS:
            continue
        end = min(len(paragraphs), index + POLL_MAX_LINES)
        close = next(
            (i for i in range(index + 1, end) if _POLL_CLOSE().match(paragraphs[i].text)), -1
        )
        if close > index + 1:
            for line in paragraphs[index : close + 1]:
                line.kind = _BOILERPLATE
            if close + 1 < len(paragraphs) and _POLL_CLOSE().match(paragraphs[close + 1].text):
                paragraphs[close + 1].kind = _BOILERPLATE  # the count under the button


FOOTER_RUN_MIN = 2
"""Lines of chrome one after another that start the page's footer under the text."""
FOOTER_LINE_MAX_WORDS = 12
TEXT_SENTENCE_MIN_WORDS = 6
"""The text's last sentence is at least this long; a footer's line ending in a full stop
("B.T.") is shorter."""


def _footer_below_the_text(paragraphs: list[_Paragraph]) -> None:
    """The page's footer: under the text's last sentence, once chrome has started (two
    lines of it running), the short lines that end no sentence are chrome too: links
    ("Om Aftonbladet"), the publisher's address ("Pilestræde 34, 1147 København K"),
    the editor's line, tags.  A short line of the text there would end a sentence."""
    last_text = -1
    for index in range(len(paragraphs) - 1, -1, -1):
        paragraph = paragraphs[index]
        if (
            paragraph.kind in _TEXT_KINDS
            and paragraph.words >= TEXT_SENTENCE_MIN_WORDS
            and ends_sentence(paragraph.text)
        ):
            last_text = index
            break
    if last_text < 0:
        return
    tail = paragraphs[last_text + 1 :]
    for paragraph in tail:
        if (
            (paragraph.kind is _PARAGRAPH or paragraph.kind is _SUBHEADING)
            and paragraph.words >= LINK_ROW_MIN_WORDS
            and opening_of(paragraph.text) != "byline"  # "Reporting by … in Ankara; …"
            and (_is_row_of_links(paragraph) or _is_run_of_titles(paragraph))
        ):
            paragraph.kind = _BOILERPLATE  # a column of links, wherever it stands below
    first_chrome = next((i for i, p in enumerate(tail) if p.kind is _BOILERPLATE), -1)
    if first_chrome >= 0 and _all_footer(tail[first_chrome:]):
        # chrome in a few lines among short ones to the end ("Dieses Thema im Programm:" /
        # "Das Erste" / "tagesschau" / … / "Impressum" / "Datenschutz" / "© …")
        for paragraph in tail[first_chrome + 1 :]:
            if _may_be_footer_line(paragraph):
                paragraph.kind = _BOILERPLATE
        return
    run = 0
    for paragraph in tail:
        kind = paragraph.kind
        if run < FOOTER_RUN_MIN:
            run = run + 1 if kind is _BOILERPLATE else 0
            continue
        if _may_be_footer_line(paragraph):
            paragraph.kind = _BOILERPLATE


FOOTER_CHROME_MIN = 3
"""Lines of chrome, not all together, that make the short lines between them a footer."""


def _all_footer(tail: Sequence[_Paragraph]) -> bool:
    return sum(p.kind is _BOILERPLATE for p in tail) >= FOOTER_CHROME_MIN and all(
        p.kind is _BOILERPLATE or p.kind is _META or p.kind is _BYLINE or _may_be_footer_line(p)
        for p in tail
    )


def _may_be_footer_line(paragraph: _Paragraph) -> bool:
    """A short line that ends no sentence ("Om Aftonbladet", "Pilestræde 34, 1147 København
    K"), or a word or two ("B.T."), or one word read as an agency's initials ("AGB")."""
    kind = paragraph.kind
    return (
        kind is _PARAGRAPH
        or kind is _SUBHEADING
        or (
            kind is _BYLINE
            and paragraph.words == 1
            and paragraph.text.isupper()
            and not is_wire_agency(paragraph.text.strip("/()"))
        )
    ) and (
        (
            paragraph.words <= FOOTER_LINE_MAX_WORDS
            and (paragraph.words <= 2 or not ends_sentence(paragraph.text))
        )
        or _is_row_of_links(paragraph)
    )


FOOTER_LINKS_MAX_WORDS = 40
LINK_ROW_MIN_WORDS = 8
TITLES_RUN_MIN_WORDS = 12
TITLES_RUN_CAPITALS = 0.6


def _is_run_of_titles(paragraph: _Paragraph) -> bool:
    """Links or teasers' titles joined into one line under the text ("Terms of Use About
    the BBC … Make an editorial complaint BBC emails for you", "Man rushed to hospital
    after … Plans for 120 homes …"): long, no sentence ended, and most words capitalised,
    as no sentence of the text has them."""
    text = paragraph.text
    if paragraph.words < TITLES_RUN_MIN_WORDS or ends_sentence(text) or ". " in text:
        return False
    words = text.split()
    capitals = sum(1 for word in words if word[:1].isupper() or word == "&")
    return capitals >= TITLES_RUN_CAPITALS * len(words)


"""Links enough in a row to be chrome under the text even where no other chrome is."""


def _is_row_of_links(paragraph: _Paragraph) -> bool:
    """A column of the footer's links joined into one line ("Company About The Post
    Newsroom Policies & Standards … Sitemap", "Terms of Use Digital Products Terms of
    Sale …"): capitalised words, small words of a link's name between them, no sentence."""
    text = paragraph.text
    if paragraph.words > FOOTER_LINKS_MAX_WORDS or ends_sentence(text):
        return False
    words = text.split()
    small = 0
    for word in words:
        if _is_menu_word(word):
            continue
        lowered = word.lower()
        if lowered not in STOPWORDS and lowered not in ARTICLES:
            return False
        small += 1
    return small * 5 <= len(words)


_TEXT_KINDS = frozenset((BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LEAD))
CONTENTS_MIN_ENTRIES = 2
CONTENTS_HEADING_MAX_WORDS = 6


def _contents_lists(paragraphs: list[_Paragraph]) -> None:
    """A page's table of contents ("Das Wichtigste im Überblick" / "Warum das Geschäft
    eingebrochen ist" / "Was die Gewerkschaft fordert"): two or more lines in a row that
    each repeat, word for word, a subheading further down are links to those sections,
    chrome like a menu, and so is the short line heading them."""
    later_heading: dict[str, int] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind is _SUBHEADING:
            later_heading[paragraph.text] = index  # the last one: a list stands above it
    if len(later_heading) < CONTENTS_MIN_ENTRIES:
        return
    index = 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and later_heading.get(paragraphs[end].text, -1) > end:
            end += 1
        if end - index < CONTENTS_MIN_ENTRIES:
            index = end + 1
            continue
        if any(later_heading[p.text] < end for p in paragraphs[index:end]):
            index = end  # a heading listed again inside the run: not a list of links
            continue
        for entry in paragraphs[index:end]:
            entry.kind = _BOILERPLATE
        heading = paragraphs[index - 1] if index > 0 else None
        if (
            heading is not None
            and heading.words <= CONTENTS_HEADING_MAX_WORDS
            and heading.kind in (_SUBHEADING, _PARAGRAPH, None)
            and not ends_sentence(heading.text)
        ):
            heading.kind = _BOILERPLATE
        index = end


def _headings_over_nothing(paragraphs: list[_Paragraph]) -> None:
    """A heading heads text: a short line with nothing but chrome, dates and bylines
    below it ("At the Lyceum, Edinburgh, until 5 April" closing a review) is the last
    line of the text."""
    for paragraph in reversed(paragraphs):
        kind = paragraph.kind
        if kind is _SUBHEADING:
            paragraph.kind = _PARAGRAPH
        elif kind is not _BOILERPLATE and kind is not _META and kind is not _BYLINE:
            return


def _interview_turns(paragraphs: list[_Paragraph]) -> None:
    """An interview set as turns, each opened by who speaks ("POLITICO: Which one worries
    you most?" / "Saarinen: The one between Spain and France."): four or more paragraphs
    in a row opened by the same two labels are quotes.  The one who asks names nobody;
    the other turns are spoken by their label when it is a name (not "Q", "Svar")."""
    # Paragraphs with a colon near their start, found in one comprehension: most have none.
    opened = [
        index
        for index, paragraph in enumerate(paragraphs)
        if paragraph.text.find(":", 1, TURN_LABEL_MAX_CHARS) > 0
    ]
    if len(opened) < INTERVIEW_MIN_TURNS:
        return
    labels: list[str] = []
    turns: list[_Paragraph] = []
    continuations: list[_Paragraph] = []
    previous = -1
    for index in [*opened, -1]:  # -1 ends the last run
        label = _turn_label(paragraphs[index]) if index >= 0 else None
        between = paragraphs[previous + 1 : index]
        # A paragraph between turns may go on with an answer once both voices have spoken.
        answering = len({_voice(known) for known in labels}) == 2
        if label is not None and labels and _only_interruptions(between, answering):
            labels.append(label)
            turns.append(paragraphs[index])
            continuations.extend(p for p in between[:1] if p.kind is _PARAGRAPH)
            previous = index
            continue
        if _is_interview(labels):
            _mark_turns(turns, labels)
            for paragraph in continuations:  # more of the answer above: speech, unsigned
                paragraph.kind, paragraph.speaker = _QUOTE, None
        labels, turns = ([label], [paragraphs[index]]) if label is not None else ([], [])
        continuations = []
        previous = index


QUESTION_MAX_WORDS = 30
INTERVIEW_MIN_PAIRS = 2


def _questions_over_answers(paragraphs: list[_Paragraph]) -> None:
    """An interview set as bare questions, each over its answer in dash style ("Varför ska
    ni sluta klippa?" / "– För att …"): two such pairs in a row or more make the questions
    the interviewer's turns, quotes with no speaker named, not subheadings.

    Only a question over a quote can open a run: those are found in one comprehension
    (most texts have few), and the runs are read from them.  Marking a run changes only
    its questions, which no later test reads, so the places found first stay valid."""
    asks = [
        index
        for index, paragraph in enumerate(paragraphs[:-1])
        if paragraph.text[-1:] == "?" and _asks_over_answer(paragraphs, index)
    ]
    index = 0
    for start in asks:
        if start < index:
            continue  # a question inside the run read last
        questions: list[int] = []
        at = start
        while _asks_over_answer(paragraphs, at):
            questions.append(at)
            at += 2
            while at < len(paragraphs) and paragraphs[at].kind is _BOILERPLATE:
                at += 1  # "Annons" between one answer and the next question
        if len(questions) >= INTERVIEW_MIN_PAIRS:
            for question in questions:
                paragraphs[question].kind, paragraphs[question].speaker = _QUOTE, None
        index = at


def _asks_over_answer(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    question, answer = paragraphs[index], paragraphs[index + 1]
    return (
        (question.kind is _SUBHEADING or question.kind is _PARAGRAPH)
        and question.text[-1] == "?"
        and question.words <= QUESTION_MAX_WORDS
        and answer.kind is _QUOTE
        and _dash_opened(answer.text)
    )


def _only_interruptions(between: Sequence[_Paragraph], answering: bool) -> bool:
    """Whether the paragraphs between two turns only interrupt the interview: an ad, a
    heading set into it, a picture, or one more paragraph of the answer before them."""
    continued = 0
    for index, paragraph in enumerate(between):
        kind = paragraph.kind
        if answering and kind is _PARAGRAPH and index == 0 and paragraph.text[-1] != ":":
            continued += 1  # the answer goes on in a paragraph of its own
        elif kind is not _BOILERPLATE and kind is not _SUBHEADING and kind is not _CAPTION:
            return False
    return continued <= 1


def _voice(label: str) -> str:
    """Who a turn's label names: its last word, so that "Maren Iversen:" on the first
    answer and "Iversen:" on the next are one voice."""
    return label.rsplit(" ", 1)[-1]


def _is_interview(labels: Sequence[str]) -> bool:
    """Two voices, each speaking at least twice."""
    voices = [_voice(label) for label in labels]
    distinct = set(voices)
    return (
        len(labels) >= INTERVIEW_MIN_TURNS
        and len(distinct) == 2
        and all(voices.count(voice) >= 2 for voice in distinct)
    )


def _mark_turns(turns: Sequence[_Paragraph], labels: Sequence[str]) -> None:
    questions: dict[str, int] = {}
    for turn, label in zip(turns, labels, strict=True):
        voice = _voice(label)
        questions[voice] = questions.get(voice, 0) + turn.text.endswith("?")
    asker = max(questions, key=questions.__getitem__)
    for turn, label in zip(turns, labels, strict=True):
        turn.kind, turn.label, turn.credit = _QUOTE, None, None
        named = _voice(label) != asker and label.lower() not in GENERIC_TURN_LABELS
        turn.speaker = label if named else None


def _turn_label(paragraph: _Paragraph) -> str | None:
    if paragraph.kind is _HEADLINE or paragraph.kind is _BOILERPLATE:
        return None
    turn = _TURN().match(paragraph.text)
    return turn.group("label") if turn else None


def derive_title(blocks: Sequence[Block]) -> str:
    """The headline, else the lead's first sentence or clause, shortened at a word boundary."""
    for block in blocks:
        if block.kind is _HEADLINE:
            return block.text
    lead = next((b for b in blocks if b.kind is _LEAD), None)
    fallback = next((b for b in blocks if b.kind is not _BOILERPLATE), None)
    source = lead or fallback
    if source is None:
        return ""
    return shorten_title(source.text)


def shorten_title(text: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    if len(sentence) > TITLE_MAX_CHARS:
        clause = re.split(r"\s*[,;:]\s+|\s+[–—]\s+", sentence, maxsplit=1)[0]
        if len(clause) >= 20:
            sentence = clause
    sentence = sentence.rstrip(".")
    if len(sentence) <= TITLE_MAX_CHARS:
        return sentence
    cut = sentence[: TITLE_MAX_CHARS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–— ") + "…"


def _classify_by_form(paragraph: _Paragraph) -> None:
    """Kinds a paragraph shows on its own, wherever it stands."""
    text, words = paragraph.text, paragraph.words
    if words > SHORT_FORMS_MAX_WORDS:
        # Bylines, dates and most site chrome are short: longer paragraphs skip those
        # checks, which keeps parsing fast on the body text that makes up most articles.
        group = opening_of(text)  # read once for the checks below
        if words <= BOILERPLATE_LONG_MAX_WORDS and (
            is_long_boilerplate(text, words, group) or (text[-1].isalpha() and ends_in_link(text))
        ):
            paragraph.kind = _BOILERPLATE
            return
        if is_newsletter_block(text, words, group) or is_feedback_form(text, words):
            paragraph.kind = _BOILERPLATE
            return
        if words <= COPYRIGHT_NOTICE_MAX_WORDS and is_copyright_notice(text):
            paragraph.kind = _BOILERPLATE  # a site's notice may spell out what is forbidden
            return
        if (
            words <= NAVIGATION_MAX_WORDS
            and ("·" in text or "|" in text)
            and is_navigation(text, words)
        ):
            paragraph.kind = _BOILERPLATE  # a footer's links: "Le Monde · Nous contacter · …"
            return
        if words <= SUBMISSION_MAX_WORDS and "? " in text and invites_submissions(text):
            paragraph.kind = _BOILERPLATE  # a letters page's call, longer than most chrome
            return
        if words <= BOILERPLATE_LINKED_MAX_WORDS and text[-80:].count("|") >= 2 and group == "long":
            # "A version of this article appears in print … Order Reprints | Today’s
            # Paper | Subscribe": a notice that runs into a row of links.
            paragraph.kind = _BOILERPLATE
            return
    else:
        kind = short_form(text, words)
        if kind is not None:
            paragraph.kind = kind
            return
    _classify_caption(paragraph)


def _classify_caption(paragraph: _Paragraph) -> None:
    text = paragraph.text
    paragraph.found_credit = credit = find_credit(text)
    label = find_label(text)
    if credit is not None and _signed_by_the_agency(text, credit):
        return  # "… i Stavanger-området. (©NTB)": the wire's sign-off closing its last paragraph
    if credit is not None:
        paragraph.kind, paragraph.credit, paragraph.label = _CAPTION, credit.text, label
    elif has_caption_marker(text) or _says_what_it_shows(paragraph):
        paragraph.kind = _CAPTION
    elif (
        label is not None
        and text[len(label)] == ":"
        and not _looks_like_subheading(paragraph)
        and paragraph.words > 4
    ):
        # Alone, only a label set close to its colon makes a caption: French spacing
        # ("TER : la Normandie …") also sets off the subject of a headline.
        paragraph.kind, paragraph.label = _CAPTION, label


_SHOWS = compiled_on_first_use(
    r"(?:" + trie_alternation(GRAPHIC_REFERENCES) + r")\s+(?:viser|visar|shows|zeigt|montre)[\s,]",
    re.IGNORECASE,
)
"""A sentence that says what the picture or map above it shows: "Kartan visar var …"."""
SHOWS_CAPTION_MAX_WORDS = 15


def _says_what_it_shows(paragraph: _Paragraph) -> bool:
    text = paragraph.text
    return (
        paragraph.words <= SHOWS_CAPTION_MAX_WORDS
        and text[:1] in _GRAPHIC_INITIALS
        and _SHOWS().match(text) is not None
        and ". " not in text
        and ends_sentence(text)
    )


_GRAPHIC_INITIALS = frozenset(word[0].upper() for word in GRAPHIC_REFERENCES)


def _signed_by_the_agency(text: str, credit: Credit) -> bool:
    """Whether the "credit" is the agency's "(©NTB)" after the paragraph's last sentence:
    a picture is credited to its photographer, a story signed by the agency."""
    return (
        text[credit.start : credit.start + 2] == "(©"
        and text[-1] == ")"
        and is_wire_agency(credit.text)
        and ends_sentence(text[: credit.start].rstrip())
    )


def _dash_opened(text: str) -> bool:
    return text[:1] in _DASHES and _DASH_OPEN.match(text) is not None


def _looks_like_subheading(paragraph: _Paragraph) -> bool:
    text = paragraph.text
    if paragraph.words > SUBHEADING_MAX_WORDS or len(text) > SUBHEADING_MAX_CHARS:
        return False
    if "–" in text and _RESULT_LINE().search(text) is not None:
        return False  # "Molde FK–Bodø/Glimt 2–1 (1–0)": a match's result, a line of text
    if text[-1] in ".,;:" or text[0].islower() or bullet_opened(text):
        return False
    if text.count(": ") >= 2 or (text.count(", ") >= 2 and any(map(str.isdigit, text))):
        # a match's facts: "Tore: 0:1 Okonkwo (34.), 1:1 Brandauer (63.)", "… – Zuschauer:
        # 11.240 – Schiedsrichter: …" (a heading may list words: "Lüften, verschatten, begrünen")
        return False
    if text[0] in _QUOTE_OPENERS and _SIGNED_QUOTATION().search(text) is not None:
        return False  # a pull quote and its speaker: "“It’s still fishing.” — Dale Hutchins"
    if text.endswith(("!", "?", "…")) or _QUOTED_END.search(text):
        # A question opened by a dash is an interviewer speaking, not a heading.
        asks = text.endswith(("?", "!")) and not _dash_opened(text)
        return asks and paragraph.words <= 10
    # A review's facts about the book ("Ekebo förlag, 312 sidor") head nothing.
    return text[-1] not in _PAGE_WORD_ENDS or _PAGE_COUNT().search(text) is None


_CORRECTION = compiled_on_first_use(
    r"^(?:rettelse|rättelse|korreksjon|korrigering|correction|clarification|berichtigung"
    r"|korrektur|rectificatif|erratum)\s?:",
    re.IGNORECASE,
)
"""A correction notice, which may stand above the headline."""
_RESULT_LINE = compiled_on_first_use(r"[^\W\d_]–[^\W\d_].*\b\d{1,3}–\d{1,3}\b")
"""Two sides joined by a dash, then the score: "Sognefjord FK–Vestkysten IL 2–1 (0–0)"."""
_PAGE_COUNT = compiled_on_first_use(r"\b\d+\s(?:sider|sidor|seiten|pages|s\.|p\.)$", re.IGNORECASE)
_PAGE_WORD_ENDS = "rns."


def _is_prose(paragraph: _Paragraph) -> bool:
    """A sentence to read, not a title: final punctuation, or simply long."""
    if bullet_opened(paragraph.text):
        return False
    if paragraph.words >= LONG_WITHOUT_PUNCTUATION:
        return True
    return paragraph.words >= 4 and ends_sentence(paragraph.text)


ABBREVIATED_TITLE_MAX_WORDS = 16
_TITLE_ABBREVIATIONS = (" a.m.", " p.m.", " U.S.", " Jr.", " Inc.", " Co.", " St.", " D.C.")


def _abbreviated_title(paragraph: _Paragraph) -> bool:
    """ "Naperville District 203 board votes to push high school start times to 8:30
    a.m.": one short line whose full stop belongs to an abbreviation."""
    text = paragraph.text
    return (
        paragraph.words <= ABBREVIATED_TITLE_MAX_WORDS
        and text.endswith(_TITLE_ABBREVIATIONS)
        and _NEXT_SENTENCE().search(text) is None
    )


_CLOSING_QUOTES = "\"”»’'›"
EXCLAIMED_TITLE_MAX_WORDS = 14
_NEXT_SENTENCE = compiled_on_first_use(r"[.!?…][\"”»’'›)]?\s+\S")
"""Where a sentence ends and the next begins: a text with it holds two sentences or more
(`speakers` splits sentences more carefully, around titles and dates)."""


def _exclaimed_title(paragraph: _Paragraph) -> bool:
    """One short exclamation, a tabloid's way to end a headline: a lead says more."""
    text = paragraph.text
    return (
        paragraph.words <= EXCLAIMED_TITLE_MAX_WORDS
        and text.rstrip(_CLOSING_QUOTES)[-1:] == "!"
        and _NEXT_SENTENCE().search(text) is None
    )


def _assign_headline_and_lead(paragraphs: list[_Paragraph]) -> int:
    """Decide the opening by position and form; returns the lead's index (or -1).

    Reading from the top, past what is already known (chrome, bylines, dates, captions):
    the first unpunctuated line of four words or more is the headline, shorter ones
    above it are kickers and section names, unless a later one nearer the lead displaces
    it (`_displaces_headline`: the first was the page's name or menu); the first prose
    paragraph is the lead, and after a headline so is a long unpunctuated standfirst.
    """
    kinds = [paragraph.kind for paragraph in paragraphs]
    given = kinds.index(_HEADLINE) if _HEADLINE in kinds else -1
    headline = given
    short_lines: list[int] = []
    lead = -1
    points_until = -1
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind is not None or index < given:
            greets = paragraph.kind is _BOILERPLATE and is_salutation(paragraph.text)
            if headline > given and greets:
                # A newsletter greets its readers under its masthead and above the story.
                short_lines.append(headline)
                headline = given
            continue
        if index <= points_until or bullet_opened(paragraph.text):
            continue
        if _CORRECTION().match(paragraph.text) is not None:
            # "Rettelse: I en tidligere version …" above the headline: an editor's note
            paragraph.kind = _PARAGRAPH
            continue
        run = _bullet_run_length(paragraphs, index, near_top=True)
        if run:
            points_until = index + run - 1  # the last point too, though no run starts there
            continue
        if paragraph.words <= GREETING_MAX_WORDS and opens_with_greeting(paragraph.text):
            # A newsletter's note to its reader above the story it carries: the headline
            # found so far was the newsletter's name ("GP Morgon – tisdag 18 november").
            paragraph.kind = _BOILERPLATE
            if headline > given:
                short_lines.append(headline)
                headline = given
            continue
        if paragraph.words <= CONSENT_MAX_WORDS and (
            opening_of(paragraph.text) == "consent" or asks_cookie_consent(paragraph.text)
        ):
            # A cookie banner above the article, too long for `_classify_by_form` to read
            # every paragraph for (any length does here, where few are read), and with
            # its buttons run into it perhaps ("… Godkänn alla Endast nödvändiga").
            paragraph.kind = _BOILERPLATE
            continue
        standfirst = headline >= 0 and paragraph.words >= STANDFIRST_MIN_WORDS
        if standfirst and headline > given and _displaces_headline(paragraphs, headline, index):
            short_lines.append(headline)
            headline = index
            continue
        asks_first = (
            headline < 0
            # "… – ”Hur ska jag ta mig hem från jobbet?”": the question may be quoted
            and paragraph.text.rstrip(_CLOSING_QUOTES)[-1:] == "?"
            and (
                paragraph.words <= QUESTION_HEADLINE_MAX_WORDS
                or (
                    paragraph.words <= LONG_QUESTION_HEADLINE_MAX_WORDS
                    and _unpunctuated_standfirst_below(paragraphs, index)
                )
            )
            and _prose_follows(paragraphs, index)
        )  # "Varför vill ingen döma barnfotboll?" over the standfirst: a headline that asks
        asks_first = asks_first or (
            headline < 0
            and (_exclaimed_title(paragraph) or _abbreviated_title(paragraph))
            and _prose_follows(paragraphs, index)
        )  # "Sturm-Fichte kracht auf Schulbus – 23 Kinder an Bord!": a tabloid's headline
        if (_is_prose(paragraph) or standfirst) and not asks_first:
            if headline >= 0 and _photo_line_over_lead(paragraphs, index):
                paragraph.kind = _CAPTION
                continue
            if headline >= 0 and _credited_below(paragraphs, index):
                credit = paragraphs[index + 1]
                paragraph.kind = credit.kind = _CAPTION
                credit.credit = credit.text  # the picture's credit on its own line
                continue
            lead = index
            break
        if (
            headline < 0
            and (paragraph.words >= 4 or asks_first)
            and not _is_menu(paragraphs, index)
            and not _is_section_path(paragraph.text)
        ):
            if _is_page_title(paragraphs, index):
                paragraph.kind = _BOILERPLATE
                continue
            if _above_the_menu(paragraphs, index) or _kicker_over_headline(paragraphs, index):
                short_lines.append(index)
                continue
            if _standfirst_under_short_headline(paragraphs, index, short_lines):
                # "Margaret Quayle obituary" over a standfirst that lost its full stop
                headline = short_lines.pop()
                lead = index
                break
            headline = index
        elif headline > given and _displaces_headline(paragraphs, headline, index):
            # The title line nearest the lead is the headline: the page's name, its menu
            # and the section names stand above it ("Home News Sport Weather" / "Wales").
            short_lines.append(headline)
            headline = index
        else:
            short_lines.append(index)
    if headline > given and lead == headline + 1 and _tagline_over_headline(paragraphs, headline):
        short_lines.append(headline)
        headline, lead = lead, lead + 1
    if lead >= 0:
        paragraphs[lead].kind = _LEAD
    if headline < 0:
        named = [
            i for i in short_lines if paragraphs[i].words >= 2 and not _is_menu(paragraphs, i)
        ]  # not "politik öko gesellschaft kultur sport": a menu, however long
        if not named and len(short_lines) == 1 and not _chrome_above(paragraphs, short_lines[0]):
            named = short_lines  # one word alone at the top of the text: its title
        if not named:
            # Single words and menus over the lead ("Nyheter", "LOCAL"), among the page's
            # chrome, name the site and the section: the text was pasted from its lead.
            for index in short_lines:
                _set_above_the_headline(paragraphs[index])
            return lead
        headline = max(named, key=lambda i: (paragraphs[i].words, i))  # nearest the lead
    paragraphs[headline].kind = _HEADLINE
    for index in short_lines:
        paragraph = paragraphs[index]
        if paragraph.kind is not None:
            continue
        if index < headline:
            _set_above_the_headline(paragraph)
        elif (
            looks_like_name(paragraph.text)
            or looks_like_names(paragraph.text)
            or (paragraph.words == 1 and _AGENCY_BYLINE().match(paragraph.text) is not None)
            or looks_like_name_over_role(paragraph.text)
            or (
                ")" in paragraph.text and looks_like_names(_CREDITED_ROLE().sub("", paragraph.text))
            )
        ):
            # a name, an agency's initials ("NTB", "AFP"), a name over a role or outlet
            paragraph.kind = _BYLINE
        elif (
            index
            and paragraphs[index - 1].kind is _BYLINE
            and paragraph.words <= OUTLET_LINE_MAX_WORDS
            and _is_outlet_and_desk(paragraph.text)
        ):
            paragraph.kind = _BYLINE  # "Megan Armstrong" / "BBC News, North East and Cumbria"
        elif paragraph.words <= SUMMARY_HEADING_MAX_WORDS and _heads_summary_points(
            paragraphs, index
        ):
            paragraph.kind = _SUBHEADING
    return lead


def _chrome_above(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """Whether anything above `index` was already told apart as the page's (chrome,
    a date, a byline): a one-word title line at the very top still heads the story."""
    return any(paragraph.kind is not None for paragraph in paragraphs[:index])


def _set_above_the_headline(paragraph: _Paragraph) -> None:
    """A short line above the headline is the page's (a menu item, the section, the
    site's name), unless it is a sentence: then it captions the picture at the top."""
    if paragraph.kind is None:
        prose = ends_sentence(paragraph.text) and paragraph.words >= 4
        paragraph.kind = _CAPTION if prose else _BOILERPLATE


GREETING_MAX_WORDS = 60
UNPUNCTUATED_STANDFIRST_MIN_WORDS = 16
"""Longer than headlines run: an unpunctuated line this long under a short title line is
the standfirst, and the title line the headline, not its kicker."""


def _standfirst_under_short_headline(
    paragraphs: Sequence[_Paragraph], index: int, short_lines: Sequence[int]
) -> bool:
    above = index - 1
    text = paragraphs[index].text
    return (
        paragraphs[index].words >= UNPUNCTUATED_STANDFIRST_MIN_WORDS
        # "Statsministeren om krisen: – Vi må …": a long headline is set off by a colon
        # or a dash, or quotes; a standfirst is one plain clause
        and _TITLE_SEPARATOR().search(text) is None
        and not _is_quotation(text)
        and bool(short_lines)
        and short_lines[-1] == above
        and 2 <= paragraphs[above].words <= 3
        and paragraphs[above].text[:1].isupper()
        and (above == 0 or paragraphs[above - 1].kind is not None)
    )


_PERSON_PRONOUNS = frozenset("han hun hon vi he she they we er sie wir elle elles ils nous".split())


def _opens_with_a_person_pronoun(text: str) -> bool:
    """ "Hun opfordrer landmænd, …": a paragraph opening with someone already named goes
    on with the story; a caption names whom the picture shows."""
    first = text.split(" ", 1)[0]
    return first[:1].isupper() and first.lower() in _PERSON_PRONOUNS


def _unpunctuated_standfirst_below(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """A standfirst's length with no final stop right under the line: the title's
    companion, as sites set them, so the line above is the title however long."""
    if index + 1 >= len(paragraphs):
        return False
    below = paragraphs[index + 1]
    return (
        below.kind is None
        and below.words >= STANDFIRST_MIN_WORDS
        and not ends_sentence(below.text)
        and below.text[-1:].isalpha()
    )


def _prose_follows(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """Whether the next paragraph not yet known as a byline, date, picture or chrome (the
    BBC's writer, time, "Share" and picture stand between headline and lead) is prose or
    a standfirst that lost its full stop."""
    short_lines = 0
    for following in paragraphs[index + 1 :]:
        if following.kind is None:
            if _is_prose(following) or following.words >= STANDFIRST_MIN_WORDS:
                return True
            short_lines += 1  # the writer's name and outlet, not yet known as a byline
            if short_lines > NAME_LINES_MAX or following.words > NAME_LINE_MAX_WORDS:
                return False
        elif following.kind not in (_BYLINE, _META, _BOILERPLATE, _CAPTION):
            return False
    return False


def _title_over_the_lead(paragraphs: Sequence[_Paragraph], headline: int, index: int) -> bool:
    """Two title lines one under the other, then the lead: the first is the kicker
    ("Elfmeter in der 86. Minute" over "Weserbergland dreht Spiel und übernimmt die
    Tabellenspitze", "Roman von Marlene Quast" over "Das Haff vergisst nichts"), as the
    second, short as a title and followed by prose, cannot be the standfirst.  A longer
    second line is a title still when a colon or a dash sets it off, as a standfirst's
    one plain clause is not ("Météo" / "VIDÉO - Neige dans le Cantal : …"); so set off,
    its byline or date may follow it instead of the lead ("Großrazzia in fünf
    Bundesländern" / "Schleuserbande … – 14 Festnahmen" / "Von t-online, dpa, mak")."""
    if index != headline + 1 or index + 1 >= len(paragraphs):
        return False
    title, following = paragraphs[index], paragraphs[index + 1]
    # one sentence set off by its colon or dash (a standfirst that lost its last stop may
    # hold a dash too, after a first sentence: "… cementfabrik. Nu har … – och hon …")
    set_off = (
        _TITLE_SEPARATOR().search(title.text) is not None
        and _NEXT_SENTENCE().search(title.text) is None
    )
    if paragraphs[headline].words >= STANDFIRST_MIN_WORDS:
        return False
    if title.words >= STANDFIRST_MIN_WORDS and not set_off:
        return False
    if following.kind is None:
        return _is_prose(following) and following.words >= STANDFIRST_MIN_WORDS
    return set_off and (following.kind is _BYLINE or following.kind is _META)


def _displaces_headline(paragraphs: Sequence[_Paragraph], headline: int, index: int) -> bool:
    """Whether a second title line below the first one found, still above the lead, is
    the headline: a line of four words or more that ends no sentence, not a name nor a
    list's point, with short lines (section names, a kicker) and chrome between the two,
    and below it only what is already known (pictures, chrome) or a few short lines (the
    writer's name and outlet) before the prose.  A byline or date under the first settles
    that it is the headline, and the lines under it are its summary or standfirst."""
    paragraph = paragraphs[index]
    if (
        paragraph.words < 4
        or ends_sentence(paragraph.text)
        or bullet_opened(paragraph.text)
        or looks_like_names(paragraph.text)
        or _is_menu(paragraphs, index)
    ):
        return False
    if paragraphs[index - 1].text.lower().rstrip(" :") in SUMMARY_HEADINGS:
        return False  # "Summary" over its points: the story's summary, under its headline
    section_names = chrome = 0
    for position in range(headline + 1, index):
        between = paragraphs[position]
        if between.kind is _BYLINE or between.kind is _META:
            return False
        if between.kind is None:
            if between.words >= 4:
                if not _is_menu(paragraphs, position) and not _is_breadcrumb(between.text):
                    return False
                chrome += 1  # "Actualité Sports Loisirs Loiret S’abonner", "Faits divers - Justice"
                continue
            section_names += 1
        elif between.kind is _BOILERPLATE:
            chrome += 1
    if not section_names and not (
        (chrome and paragraphs[headline].words <= MASTHEAD_MAX_WORDS and paragraph.words >= 8)
        or _title_over_the_lead(paragraphs, headline, index)
    ):
        # Right under a headline, a title line is its standfirst; a long one under a
        # short one with chrome between (the site's name, its breadcrumb) is the headline.
        return False
    short_lines = 0
    for below in paragraphs[index + 1 :]:
        if below.kind is not None:
            continue
        if _is_prose(below) or below.words >= STANDFIRST_MIN_WORDS:
            return True
        short_lines += 1  # the writer's name and outlet, not yet known as a byline
        if short_lines > NAME_LINES_MAX or below.words > NAME_LINE_MAX_WORDS:
            return False
    return False


def _heads_summary_points(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """Reuters' "Summary" over its points, between the headline and the lead: a word or
    two without punctuation over two or more longer lines, still unread, that state a
    point each (no final punctuation, or a list's bullet)."""
    heading = paragraphs[index]
    if ends_sentence(heading.text) or heading.text[-1:] == ":":
        return False
    points = 0
    for paragraph in paragraphs[index + 1 : index + 1 + SUMMARY_MIN_POINTS]:
        if (
            paragraph.kind is not None
            or paragraph.words <= heading.words
            or paragraph.words > SUBHEADING_MAX_WORDS
            or (ends_sentence(paragraph.text) and not bullet_opened(paragraph.text))
        ):
            return False
        points += 1
    return points == SUMMARY_MIN_POINTS


def _tagline_over_headline(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """The site's slogan above the headline ("Academic rigour, journalistic flair"): a
    short line, then an unpunctuated one that would be taken for the standfirst, then
    prose with the byline or date right under it.  A standfirst is not followed by more
    prose before the byline; a headline's lead is: so the second line is the headline."""
    if paragraphs[index].words > TAGLINE_MAX_WORDS or index + 3 >= len(paragraphs):
        return False
    headline, lead, below = paragraphs[index + 1 : index + 4]
    return (
        not _is_prose(headline)
        and lead.kind is None
        and lead.words >= STANDFIRST_MIN_WORDS
        and lead.text[:1] not in _QUOTE_OPENERS
        and _is_prose(lead)
        and (below.kind is _BYLINE or below.kind is _META)
    )


def _is_page_title(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """The browser's page title pasted above the article: the headline and the site's name
    ("Bompengene rammer dem som har minst – BA", "… | Yorkshire Post"), with the
    headline itself a few lines below."""
    text = paragraphs[index].text
    if not any(separator in text for separator in _SITE_SEPARATORS):
        return False
    titles = [
        part.strip()
        for separator in _SITE_SEPARATORS
        for part in (text.rpartition(separator)[0], text.partition(separator)[2])
        if separator in text
    ]
    below = paragraphs[index + 1 : index + 1 + PAGE_TITLE_REACH]
    return any(
        _same_title(title, paragraph.text)
        for title in titles
        if title.count(" ") >= 2 and text.count(" ") - title.count(" ") <= SITE_NAME_MAX_WORDS + 1
        for paragraph in below
    )


def _same_title(page_title: str, headline: str) -> bool:
    """The same words, whatever the case and punctuation; a page title cut short
    ("Walker rescued from cliff ledge after…") matches the headline it begins."""
    title, head = _title_words(page_title), _title_words(headline)
    if page_title.endswith(("…", "...")):
        return len(title) >= 3 and head[: len(title) - 1] == title[:-1]
    return title == head


def _title_words(text: str) -> list[str]:
    return _TITLE_WORD.findall(text.lower())


def _credited_below(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """A short sentence under the headline with a lone credit line under it ("Police tape
    surrounds the parking lot …" / "Hannah Pruitt/AP"): the picture's caption, not the
    lead, which follows the credit."""
    if index + 2 >= len(paragraphs) or paragraphs[index].words > SHORT_CAPTION_MAX_WORDS:
        return False
    credit, below = paragraphs[index + 1], paragraphs[index + 2]
    return (
        credit.kind is None
        and "/" in credit.text
        and is_credit_line(credit.text)
        and below.kind is None
        and _is_prose(below)
    )


def _photo_line_over_lead(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """A short sentence under the headline with a long one right after it: the caption
    of the picture under the headline ("Båthallen vid Ängö varv på tisdagsmorgonen."),
    and the long one is the lead.  A lead is rarely that short, and rarely followed
    straight away by a paragraph twice its length."""
    paragraph = paragraphs[index]
    if paragraph.text[:1] in _QUOTE_OPENERS:
        return False
    # the page's byline or date right under the long one: the two lines above it are
    # the picture's and the lead's, though the caption is long (one sentence: not the
    # headline in two, "… earlier every year. Here are five things to know")
    signed = (
        index + 2 < len(paragraphs)
        and paragraphs[index + 2].kind in (_BYLINE, _META)
        and ". " not in paragraph.text
    )
    if paragraph.words > (PHOTO_LINE_SIGNED_MAX_WORDS if signed else PHOTO_LINE_MAX_WORDS):
        return False
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    return (
        following is not None
        and following.kind is None
        and following.words >= (paragraph.words + 1 if signed else 2 * paragraph.words)
        and following.words >= PHOTO_LINE_LEAD_MIN_WORDS
        and _is_prose(following)
    )


def _is_section_path(text: str) -> bool:
    """The sections above an article, slash-separated ("Nyheder / Regionale / Midt- og
    Vestjylland"): three parts or more, none of them a sentence.  (A picture's credit
    has slashes too, but stands under its caption, not above the headline.)"""
    separators = text.count(" / ")
    if not separators or ends_sentence(text):
        return False
    parts = text.split(" / ")
    if separators == 1 and len(parts[0].split()) != 1:
        return False  # "News / Northern Ireland"; not "Tor Erik / VG", a credit
    return all(0 < len(part.split()) <= 4 for part in parts)


BREADCRUMB_MAX_WORDS = 8
_BREADCRUMB_SEPARATOR = compiled_on_first_use(r" [-–>›»/|] ")


def _is_breadcrumb(text: str) -> bool:
    """A section and its subsection between two title lines ("Faits divers - Justice",
    "News › Local"): short capitalised parts set apart by a dash, an arrow or a slash."""
    if text.count(" ") >= BREADCRUMB_MAX_WORDS or ends_sentence(text):
        return False
    parts = _BREADCRUMB_SEPARATOR().split(text)
    return len(parts) >= 2 and all(part[:1].isupper() and len(part.split()) <= 3 for part in parts)


def _is_menu(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """Section names run together ("Startseite Inland Ausland Wirtschaft", "TV 2 Nyheder
    Sport Vejr", "Sport Rampelys VG+ Meny"): every word capitalised and nothing else but
    a channel's number, a "+" for the paid section or an "&" inside a name, with
    another title line still to come."""
    words = paragraphs[index].text.split()
    if not words[0][:1].isupper():
        # "actualité politique économie société météo jt": a menu set in lower case
        return (
            len(words) >= MENU_MIN_WORDS
            and all(
                word.replace("-", "").isalnum()
                and word.islower()
                and word not in STOPWORDS
                and word not in ARTICLES
                for word in words
            )
            and _is_menu_above_more(paragraphs, index)
        )
    lower = [
        word
        for position, word in enumerate(words)
        if not _is_menu_word(word)
        # "Sign in", "Logg inn": the account link's second word
        and not (position and words[position - 1].lower() in _SIGN_IN_VERBS)
    ]
    # One section name may have a word in lower case ("Faits divers"), not a function
    # word as a title-case headline has ("Trump Meets Putin in Helsinki").
    if lower and not (
        (len(lower) == 1 and len(words) >= MENU_MIN_WORDS + 2)
        or (len(lower) == 2 and len(words) >= MENU_MIN_WORDS + 4)
    ):
        return False
    if any(not word.isalpha() or word in STOPWORDS or word in ARTICLES for word in lower):
        return False
    return _is_menu_above_more(paragraphs, index)


def _is_menu_above_more(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """Another title line still to come below: a menu stands above the headline, where
    the prose has not begun.  Points in a list are no title line ("• Stock falls as much as
    23% …" under a headline in title case)."""
    following = next(
        (p for p in paragraphs[index + 1 :] if p.kind is None and not bullet_opened(p.text)),
        None,
    )
    return following is not None and (
        not _is_prose(following)
        # "Urgences fermées la nuit à Belley : où les patients devront-ils aller ?"
        or (following.text[-1] == "?" and following.words <= QUESTION_HEADLINE_MAX_WORDS)
    )


_SIGN_IN_VERBS = frozenset(("sign", "log", "logg", "logga"))


def _is_menu_word(word: str) -> bool:
    if word[-1] == "," and len(word) > 1:
        word = word[:-1]  # "Edinburgh, Fife & East", "NE, Orkney & Shetland": one link
    if len(word) == 2 and word[1] == "." and word[0].isupper():
        return True  # "N. Ireland": an initial in a section's name
    if word.isalpha() or word.replace("’", "").replace("'", "").replace("-", "").isalpha():
        # "S’abonner", "Île-de-France", "iPlayer", "e-Edition"
        return (
            word[0].isupper()
            or (word[0].islower() and word[1:2].isupper())
            or (word[1:2] == "-" and word[2:3].isupper())
        )
    if word[-1:] == "+":
        return word[:-1].isalpha() and word[0].isupper()  # "VG+", "Plus+"
    return word == "&" or (word.isdigit() and len(word) <= 2)  # "TV 2", "Autos & Transport"


def _above_the_menu(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """A line between the page's first chrome and the site's menu: the site's tagline
    ("Exclusive news, data and analytics for financial market professionals"), not the
    headline, which stands below the menu."""
    if index == 0 or index + 1 >= len(paragraphs):
        return False
    following = paragraphs[index + 1]
    return (
        paragraphs[index - 1].kind is _BOILERPLATE
        and following.kind is None
        and following.words >= MENU_MIN_WORDS
        and _is_menu(paragraphs, index + 1)
    )


KICKER_CHROME_BELOW = 3


_BETWEEN_HEADLINE_AND_LEAD = frozenset((BlockKind.META, BlockKind.BOILERPLATE, BlockKind.CAPTION))


def _kicker_over_headline(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """Two unpunctuated title lines over the lead (Spiegel's "Schiffsunfall an der Mosel"
    over "Frachter rammt Brückenpfeiler – Moselbrücke … gesperrt"): the short one above is
    the kicker, and the longer one below, a sentence's length, set off by a colon or a
    dash, or a quotation, the headline.  Only where the lead follows the second: above a
    byline, a longer unpunctuated line may be a standfirst that lost its full stop."""
    if index + 2 >= len(paragraphs):
        return False
    kicker, headline = paragraphs[index : index + 2]
    below_at = index + 2
    while (
        below_at + 1 < len(paragraphs)
        and below_at - index <= KICKER_CHROME_BELOW + 2
        and paragraphs[below_at].kind in _BETWEEN_HEADLINE_AND_LEAD
    ):
        # "Stand: 12.03.25 18:42 Uhr", "Artikel anhören", the picture's caption between
        # the headline and the lead
        below_at += 1
    below = paragraphs[below_at]
    # the date line under the pair ("Hochwasser an der Mosel" over "Cochem und
    # Traben-Trarbach stehen unter Wasser" over "Stand: …"): the line next to the date,
    # no shorter, is the headline
    dated = any(paragraph.kind is _META for paragraph in paragraphs[index + 2 : below_at])
    if (
        kicker.words > KICKER_MAX_WORDS
        or headline.kind is not None
        or headline.words >= STANDFIRST_MIN_WORDS
        # a quotation may be the shorter line: "Streit um Rechenzentrum in Brandenburg"
        # over "»Die wollen unser Wasser«"
        or (headline.words < kicker.words + (not dated) and not _is_quotation(headline.text))
        or _is_prose(headline)
        or bullet_opened(headline.text)
        or below.kind is not None
        or not _is_prose(below)
    ):
        return False
    if _TITLE_SEPARATOR().search(kicker.text) is not None:
        return False
    return (
        headline.words >= 2 * kicker.words
        or dated
        or _TITLE_SEPARATOR().search(headline.text) is not None
        or _is_quotation(headline.text)
        # a clause set off by a comma under a bare noun phrase: "Premiere an den
        # Kammerspielen" over "Ein Haus, das nicht schweigen will"
        or ("," in headline.text and "," not in kicker.text)
    )


_QUOTATION_PAIRS = frozenset(("»«", "«»", "„“", "“”", '""', "‘’", "›‹", "‹›", "”“"))


def _is_quotation(text: str) -> bool:
    """A line that is a quotation from its first mark to its last ("»Wir lassen uns nicht
    erpressen«"), as papers set a headline that quotes someone."""
    return text[0] + text[-1] in _QUOTATION_PAIRS


def _bullet_run_length(paragraphs: Sequence[_Paragraph], start: int, *, near_top: bool) -> int:
    """How many paragraphs from `start` are summary points written as dash lines (0: none).

    Points are two or more dash lines with no speech verb and no question.  Dashes also
    open quotes, so a run of en dashes only counts near the top, or when the lines were
    set as a list (single line breaks in a text that otherwise uses blank lines); a plain
    hyphen-minus, the list marker of plain text, counts anywhere.
    """
    run: list[_Paragraph] = []
    marker = paragraphs[start].text[:1]
    for index in range(start, len(paragraphs)):
        paragraph = paragraphs[index]
        # A list keeps its marker: "– Vi har …" after "- " points is a quote below it.
        if paragraph.kind is not None or paragraph.text[:1] != marker:
            break
        if not _dash_opened(paragraph.text):
            break
        if len(run) >= 2 and run[1].after_single_newline and not paragraph.after_single_newline:
            break  # a list set line by line ends at the blank line after it
        run.append(paragraph)
    if len(run) < 2:
        return 0
    if start and introduces_speech(paragraphs[start - 1].text) and not all(map(_is_fragment, run)):
        return 0  # "… Hun siger:" over dash lines: what she says, not a list
    hyphens = all(p.text.startswith("- ") for p in run)
    listed = all(p.after_single_newline for p in run[1:])
    # The layout first: it rules out most runs (quotes in the body) before any verb search.
    if not (hyphens or listed or near_top):
        return _announced_points(paragraphs, start, run)
    points = sum(map(_is_point, run))
    # A point may name its source ("…, selon Enedis"): in a list of plain hyphens most
    # lines stating a point will do; dash lines must all be points, or they are quotes.
    if points < len(run) and not (hyphens and points * 2 > len(run)):
        return _announced_points(paragraphs, start, run)
    return len(run)


def _announced_points(
    paragraphs: Sequence[_Paragraph], start: int, run: Sequence[_Paragraph]
) -> int:
    """Dash lines under a colon that names no speaker ("… Kravene er:"): the points of a
    list, as many as state a point before the first that is speech ("– …, sier
    Rasmussen.")."""
    above = paragraphs[start - 1].text.rstrip() if start else ""
    if not above.endswith(":") or speaker_from_introduction(above) is not None:
        return 0  # "Tränaren Magnus Holm var märkbart besviken efter matchen:": his words
    points = len(list(itertools.takewhile(_is_point, run)))
    return points if points >= 2 else 0


_CLOSING_MARKS = "”»«“’'\"›‹"
_CLOSING_MARK = re.compile(f"[{_CLOSING_MARKS}]")
"""One of `_CLOSING_MARKS`: `re` finds the first one in C."""
TITLE_MAX_WORDS = 6


INTRODUCTION_MAX_WORDS = 14
NAVIGATION_MAX_WORDS = 40
_INTRODUCED = compiled_on_first_use(r"^([^:“”„«»\"]{3,80}): ?[“„«»\"”]")


def _introduced_quotation(text: str) -> str | None:
    """The introduction of a paragraph that is one quotation after a short attribution
    and a colon ("Klubbordföranden Samira Haddad säger: ”…”", "Demir fordert: „…“"), or
    None.  Only a speech verb may end the introduction (narration before a colon makes
    a paragraph), and the quotation runs to the end with no mark closing it before."""
    match = _INTRODUCED().match(text)
    if match is None:
        return None
    introduction = match.group(1)
    if introduction.count(" ") >= INTRODUCTION_MAX_WORDS or not introduces_speech(
        introduction + ":"
    ):
        return None
    quoted = text[match.end() : -1].rstrip('”“»«"’')
    if any(mark in quoted for mark in '”»«"'):
        return None  # the quotation closes before the end: narration follows it
    return introduction + ":"


def _opens_with_a_title(text: str) -> bool:
    """A paragraph that opens with a title or a term in quotation marks and goes on in
    the same sentence ("’Sommerhuset’ Af Nanna Krogh …", "»Sommerhuset« er en
    forestilling om …", "«Åpent når flagget er heist» står det på et skilt"): no
    punctuation closes the quoted words, as it closes speech ("«Nei», sier han", "“No,”
    he said").  A comma may follow a title in capitals ("“Salmon Town,” the 2016
    documentary …", "‘Salt and Stone’, a short film …"), when no speech verb follows."""
    if text[0] not in _CLOSING_MARKS and text[0] not in "„‚‘":
        return False
    mark = _CLOSING_MARK.search(text, 2, 80)  # the first mark after the opening one
    close = mark.start() if mark is not None else -1
    if close < 0 or text[close - 1 : close + 2].isalpha():
        return False  # an apostrophe stands inside a word
    quoted = text[1:close]
    words = quoted.split()
    if not words or len(words) > TITLE_MAX_WORDS:
        return False
    after = text[close + 1 : close + 3]
    last = text[close - 1] if text[close - 1] != " " else text[close - 2]  # "« Marée basse »"
    if last.isalnum() and after[:1] == " " and after[1:].isalpha():
        # "„Föhn“ erzählt von einer Familie …": a verb of telling after a title names
        # no speaker when no name or pronoun follows it
        following = text[close + 1 :].split()[:2]
        if (
            text[0] + text[close] in _QUOTATION_PAIRS  # not "“… residents’ safety …”"
            and len(following) == 2
            and following[0].islower()
            and not following[1][:1].isupper()
            and following[1].lower().rstrip(",.;:!?") not in PRONOUNS
        ):
            return True
        return not has_attribution(text)
    comma = text[close - 1] == "," or after[:1] == ","
    titled = sum(word[:1].isupper() for word in words) * 2 > len(words) and len(words) >= 2
    return comma and titled and not has_attribution(text)


def _is_fragment(paragraph: _Paragraph) -> bool:
    """A dash line that is no sentence of speech: it opens in lower case ("- check whether
    …") or has no final punctuation ("- Vägen över Kolåsfjället")."""
    words = paragraph.text[1:].lstrip()
    return words[:1].islower() or not ends_sentence(words)


def _is_point(paragraph: _Paragraph) -> bool:
    text = paragraph.text
    return paragraph.words <= 40 and not text.endswith("?") and not has_attribution(text)


def _classify_body(paragraphs: list[_Paragraph], lead: int) -> None:
    points_until = -1
    last = len(paragraphs) - 1
    fact_box_next = -1  # where the next point of a fact box would stand
    listed_at = -2  # the last short line of a list announced by a colon
    for index in range(max(lead + 1, 0), last + 1):
        paragraph = paragraphs[index]
        if paragraph.kind is not None:
            continue
        text = paragraph.text
        first = text[:1]  # the openings below are tried only where it allows them
        if index > points_until and first in _DASHES and _DASH_OPEN.match(text):
            length = _bullet_run_length(paragraphs, index, near_top=index <= lead + 3)
            points_until = index + length - 1
        if index <= points_until or (first in BULLETS and BULLET_OPEN().match(text)):
            paragraph.kind = _PARAGRAPH
        elif (
            paragraph.words <= SUBHEADING_MAX_WORDS
            and index != last
            and not paragraph.after_single_newline  # a list's item or a box's fact
            and _looks_like_subheading(paragraph)
        ):
            if index == fact_box_next:
                # Under a fact-box heading ("FAKTA: …"), short lines are its points.
                paragraph.kind = _PARAGRAPH
                fact_box_next = index + 1
            elif index - 1 == listed_at or (
                paragraphs[index - 1].text[-1] == ":"
                and paragraphs[index - 1].kind is not _BOILERPLATE  # not "Les også:"
            ):
                # Under a line that announces them ("DT:s tre stjärnor:"), short lines
                # are a list's, down to the first that is not short.
                paragraph.kind = _PARAGRAPH
                listed_at = index
            else:
                paragraph.kind = _SUBHEADING
                if first in _FACT_BOX_OPENERS and _is_fact_box_heading(text):
                    fact_box_next = index + 1
        elif first in _QUOTE_OPENERS and _QUOTE_OPEN.match(text) and not _opens_with_a_title(text):
            paragraph.kind = _QUOTE
        elif (
            text[-1] in _CLOSING_MARKS or (text[-1] in ".!?" and text[-2:-1] in _CLOSING_MARKS)
        ) and _introduced_quotation(text) is not None:
            paragraph.kind = _QUOTE  # "Mr Tobin added: “I want to know who knew what.”"
        else:
            paragraph.kind = _PARAGRAPH
            if index == fact_box_next and paragraph.words <= FACT_BOX_POINT_MAX_WORDS:
                fact_box_next = index + 1  # a short sentence among the box's points
            # "Fakta:" alone on its line: a paragraph (its colon) that opens a fact box
            elif paragraph.words <= 3 and first in _FACT_BOX_OPENERS and _is_fact_box_heading(text):
                fact_box_next = index + 1


def _box_under_a_heading(paragraphs: list[_Paragraph], lead: int) -> None:
    """A heading heads text: three short lines or more in a row ("KONSERT" / "Frida
    Lervik og band" / "Hamar kulturhus, lørdag 15. mars" / "Publikum: 650") are a box
    under its heading, and only the first is one."""
    run_start = -1
    for index in range(max(lead + 1, 0), len(paragraphs) + 1):
        if index < len(paragraphs) and paragraphs[index].kind is _SUBHEADING:
            if run_start < 0:
                run_start = index
            continue
        if (
            run_start >= 0
            and index - run_start >= HEADING_RUN_MIN
            and paragraphs[run_start - 1].kind is not _BOILERPLATE  # not "Les også" links
        ):
            for paragraph in paragraphs[run_start + 1 : index]:
                paragraph.kind = _PARAGRAPH
        run_start = -1


def _is_fact_box_heading(text: str) -> bool:
    return _FACT_BOX_HEADING().match(text) is not None


def _apply_context(paragraphs: list[_Paragraph]) -> None:
    """Kinds and speakers that the neighbouring paragraphs decide.

    Each kind has its own rule (a caption may be a lone credit line, a short paragraph may
    sign the article, a quote gets its speaker), and none of the rules turns a paragraph
    into a kind that another rule would then look at, so one branch per paragraph.
    """
    last = len(paragraphs) - 1
    writers = _Writers()  # the short bylines above: whom a note on the writer may name
    for index, paragraph in enumerate(paragraphs):
        signed = paragraphs[index - 1]
        if index and signed.kind is _BYLINE and signed.words <= BYLINE_NAME_MAX_WORDS:
            writers.append(signed.text)
        kind = paragraph.kind
        if kind is _QUOTE:
            paragraph.speaker = find_speaker(paragraph.text)
            introduction = paragraphs[index - 1].text if paragraph.speaker is None and index else ""
            above_end = index - 1  # the paragraph above introduces the quote ...
            if paragraph.speaker is None and paragraph.text[0] not in _QUOTE_OPENERS:
                own = _introduced_quotation(paragraph.text)  # ... or the quote's own opening
                if own is not None:
                    introduction, above_end = own, index
            if introduction.rstrip().endswith(":"):
                above = paragraphs[max(0, above_end - INTRODUCTION_CONTEXT + 1) : above_end]
                paragraph.speaker = speaker_from_introduction(
                    introduction, " ".join(p.text for p in above)
                )
        elif kind is _PARAGRAPH or kind is _SUBHEADING:
            # Every signature and gallery caption is short: most paragraphs stop at the
            # word count.
            if paragraph.words > SIGNATURE_MAX_WORDS:
                if (
                    index >= last - AUTHOR_NOTE_FROM_END
                    and paragraph.words <= AUTHOR_NOTE_MAX_WORDS
                    and (
                        (index >= last - 2 and _is_author_note(paragraph.text))
                        or _notes_on_the_writer(paragraph.text, writers)
                    )
                ):
                    paragraph.kind = _BYLINE  # a columnist's note of a few sentences
                continue
            previous = paragraphs[index - 1] if index else None
            following = paragraphs[index + 1] if index < last else None
            if previous is not None and _is_role_under_a_name(paragraph, previous):
                paragraph.kind = previous.kind = _BYLINE
            elif following is not None and _leads_a_byline(paragraph, following):
                paragraph.kind = following.kind = _BYLINE  # "Article rédigé par" / the name
            elif (
                _signs_the_article(paragraphs, index)
                or (index >= last - 2 and _is_author_note(paragraph.text))
                # a short note on the writer named in the byline, however much of the
                # page's chrome follows it
                or _notes_on_the_writer(paragraph.text, writers)
                or (
                    paragraph.words <= CLOSING_NAME_MAX_WORDS
                    and _signs_below_the_text(paragraphs, index)
                )
                or _signs_a_letter(paragraph.text)
                or _repeats_the_writer(paragraph, writers)
                or (
                    _signed_with_capital_surname(paragraph.text)
                    and (index == last or _only_chrome_below(paragraphs, index))
                )  # "Ouest-France Erwan LE GOFF." closing the text
            ):
                paragraph.kind = _BYLINE
            elif (
                previous is not None
                and previous.kind is _BOILERPLATE
                and (
                    _between_gallery_counters(previous, following)
                    or (index >= 2 and _after_last_counter(paragraphs, index))
                    or (index >= 3 and _under_a_gallery_counter(paragraphs, index))
                )
            ) or (
                following is not None
                and following.text[:1] in _PICTURE_REFERENCE_INITIALS
                and _above_words_on_its_picture(paragraph, following)
            ):
                paragraph.kind, paragraph.label = _CAPTION, find_label(paragraph.text)
            elif (
                previous is not None
                and ("/" in paragraph.text or paragraph.words == 1)
                and _credits_the_paragraph_above(paragraph, previous, following)
            ):
                paragraph.kind, paragraph.credit = _CAPTION, paragraph.text
                previous.kind, previous.label = _CAPTION, find_label(previous.text)
            elif previous is not None and previous.kind is _BOILERPLATE:
                if _under_a_player(paragraph, previous):
                    paragraph.kind, paragraph.label = _CAPTION, find_label(paragraph.text)
                elif (
                    following is not None
                    and following.kind is _BOILERPLATE
                    and not ends_sentence(paragraph.text)
                ):
                    # A newsletter's blurb between its sign-up line and its privacy note,
                    # a clip's title between "Video" and its length: unfinished text with
                    # chrome on both sides (a heading there would head nothing).
                    paragraph.kind = _BOILERPLATE
        elif kind is _META and index < last and paragraph.words == 1:
            if _times_the_video_below(paragraph, paragraphs[index + 1]) or (
                _DURATION().match(paragraph.text) is not None
                and (
                    _breaks_the_blog_times(paragraphs, index)
                    or (index and _introduces_a_video(paragraphs[index - 1]))
                    or _no_other_blog_time(paragraphs, index)
                )
            ):
                paragraph.kind = _BOILERPLATE
        elif kind is _BOILERPLATE and index < last and paragraph.words <= 6:
            following = paragraphs[index + 1]
            if (following.kind is _SUBHEADING or following.kind is _PARAGRAPH) and _is_teaser(
                paragraph, following
            ):
                following.kind = _BOILERPLATE
                if paragraph.text.lower().rstrip(" :") in TOPIC_HEADINGS:
                    _topic_tags_below(paragraphs, index + 2)
                else:
                    _more_links_below(paragraphs, index + 2)
        elif kind is _CAPTION and is_credit_only(paragraph.text, paragraph.found_credit):
            if paragraph.text[:1] in "iI" and paragraph.text[:13].lower() == "image source,":
                # BBC order: "Image source, RNLI" stands above its caption.
                if index < last:
                    _caption_below_source(paragraphs[index + 1])
            elif index:
                _credit_line_in_context(
                    paragraph,
                    paragraphs[index - 1],
                    at_end=index >= last - 1,
                    # only "Quelle:" asks (the whole rest read once per such line)
                    text_ends_above=paragraph.text[:7].lower() == "quelle:"
                    and all(p.kind is _BOILERPLATE for p in paragraphs[index + 1 :]),
                )


_BLOG_TIME = compiled_on_first_use(r"^(\d{1,2})[:.h](\d{2})$")
BLOG_TIME_REACH = 30
"""How many paragraphs away the live blog's neighbouring entry times are looked for."""


def _blog_minutes(paragraph: _Paragraph) -> int | None:
    if paragraph.kind is not _META or paragraph.words != 1:
        return None
    time = _BLOG_TIME().match(paragraph.text)
    return int(time[1]) * 60 + int(time[2]) if time else None


def _no_other_blog_time(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """A lone "02:31" in an article with no other entry time is no live blog's entry: it
    is the length of the video under it.  Only a length of a few minutes reads so; a lone
    "14:32" is when something happened."""
    text = paragraphs[index].text
    few_minutes = (len(text) == 5 and text[0] == "0" and text[1] <= "5") or (
        len(text) == 4 and text[0] <= "5"  # "1:05"
    )
    if not few_minutes:
        return False
    # Within a live blog's reach, as `_breaks_the_blog_times` looks: a parse of a long text
    # holding many clips then stays linear in its length.
    start, end = max(0, index - BLOG_TIME_REACH), min(len(paragraphs), index + BLOG_TIME_REACH + 1)
    return not any(
        position != index and _blog_minutes(paragraphs[position]) is not None
        for position in range(start, end)
    )


def _breaks_the_blog_times(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """A clip's length among a live blog's entry times ("01:24" between "12h45" and
    "12h10"): a live blog's times run in order, and this one falls outside the two
    around it, so it is the length of the video below, not an entry's time."""
    around = []
    for step in (-1, 1):
        position = index + step
        while 0 <= position < len(paragraphs) and abs(position - index) <= BLOG_TIME_REACH:
            minutes = _blog_minutes(paragraphs[position])
            if minutes is not None:
                around.append(minutes)
                break
            position += step
    if len(around) < 2:
        return False
    own = _blog_minutes(paragraphs[index])
    return own is not None and not min(around) <= own <= max(around)


def _introduces_a_video(paragraph: _Paragraph) -> bool:
    """Chrome ending in a colon over a player ("Se hele interviewet her:"): the time
    under it is the clip's length."""
    return paragraph.kind is _BOILERPLATE and paragraph.text[-1] == ":"


def _times_the_video_below(paragraph: _Paragraph, following: _Paragraph) -> bool:
    """A clip's length ("01:12", "1:24") over the video's caption, whose credit is a
    video's ("… VIDEO: TORMOD EIDE / NRK"): the player's, not a live blog's time."""
    if following.kind is not _CAPTION or _DURATION().match(paragraph.text) is None:
        return False
    credit = following.found_credit
    if not credit:
        return False
    return following.text[credit.start : credit.start + 6].lstrip("(").lower().startswith("video")


def _under_a_player(paragraph: _Paragraph, previous: _Paragraph) -> bool:
    """One short sentence right under a video player's time ("00:48"): the video's
    caption, printed without a credit."""
    text = previous.text
    return (
        previous.words <= PLAYER_LINE_MAX_WORDS
        and (
            _DURATION().match(text) is not None
            or PLAYER_TIME().match(text) is not None
            or _PLAYER_WITH_TIME().search(text) is not None  # "Video 1:37 min"
        )
        and paragraph.words <= PLAYER_CAPTION_MAX_WORDS
        and (ends_sentence(paragraph.text) or paragraph.text[-1].isalpha())  # a clip's title
        and ". " not in paragraph.text
        and paragraph.text[:1] not in _QUOTE_OPENERS
    )


def _topic_tags_below(paragraphs: list[_Paragraph], start: int) -> None:
    """The rest of a list of topic tags under "Related topics": short lines, one tag each."""
    for index in range(start, len(paragraphs)):  # not a copy of the text's rest
        paragraph = paragraphs[index]
        if (
            (paragraph.kind is not _SUBHEADING and paragraph.kind is not _PARAGRAPH)
            or paragraph.words > 4
            or ends_sentence(paragraph.text)
        ):
            return
        paragraph.kind = _BOILERPLATE


def _above_words_on_its_picture(paragraph: _Paragraph, following: _Paragraph) -> bool:
    """ "Sådan så det ud søndag morgen." over "Billedet er taget af Lars Mikkelsen, …": a
    short sentence that the next paragraph speaks of as a picture is that picture's
    caption."""
    return (
        paragraph.words <= PHOTO_LINE_MAX_WORDS + 5
        and _PICTURE_REFERENCE().match(following.text) is not None
        and ends_sentence(paragraph.text)
    )


def _more_links_below(paragraphs: list[_Paragraph], start: int) -> None:
    """The other linked headlines of a "Læs også" block, one per line under the first: a
    title-like line right above another (a subheading heads text, not another heading),
    or one that ends the article."""
    last = len(paragraphs) - 1
    for index in range(start, last + 1):
        paragraph = paragraphs[index]
        if paragraph.kind is _BOILERPLATE:
            continue  # a link already known as one
        if _is_teaser_time(paragraph):
            pass  # the time of the story linked above ("1 day ago", "for 3 timer siden")
        elif _may_be_a_linked_title(paragraph) and (
            paragraph.after_single_newline or _timed_below(paragraphs, index)
        ):
            pass  # the next link: in the same block, or over its story's time
        elif (
            paragraph.kind is _PARAGRAPH
            and index < last
            and paragraphs[index - 1].kind is _BOILERPLATE  # the link above it
            and _is_title_line(paragraph)
            and (
                paragraphs[index + 1].kind is _BOILERPLATE or _is_title_line(paragraphs[index + 1])
            )
        ):
            pass  # a linked title between others ("Tempête en Bretagne : des rafales à …")
        elif paragraph.kind is _SUBHEADING and index < last:
            if paragraphs[index + 1].kind is not _SUBHEADING:
                return
        elif not (
            (index == last or _only_chrome_below(paragraphs, index))
            and (paragraph.kind is _PARAGRAPH or paragraph.kind is _QUOTE)
            and paragraph.words <= SHORT_FORMS_MAX_WORDS
            and not ends_sentence(paragraph.text)
        ):
            # The last teaser may quote ("« Je ne peux plus dormir » : à Marseille, …"),
            # and French spacing counts the marks as words.
            return
        paragraph.kind = _BOILERPLATE


def _is_title_line(paragraph: _Paragraph) -> bool:
    """Short, and ending no sentence nor announcing a list: a linked title, among others."""
    return (
        paragraph.words <= SHORT_FORMS_MAX_WORDS
        and not ends_sentence(paragraph.text)
        and paragraph.text[-1] != ":"
    )


TEASER_TIME_MAX_WORDS = 6


def _is_teaser_time(paragraph: _Paragraph) -> bool:
    """A short date line: a linked story's time among links ("1 day ago")."""
    return paragraph.kind is _META and paragraph.words <= TEASER_TIME_MAX_WORDS


def _timed_below(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    return index + 1 < len(paragraphs) and _is_teaser_time(paragraphs[index + 1])


def _may_be_a_linked_title(paragraph: _Paragraph) -> bool:
    return (
        (paragraph.kind is _PARAGRAPH or paragraph.kind is _SUBHEADING)
        and paragraph.words <= SHORT_FORMS_MAX_WORDS
        and not ends_sentence(paragraph.text)
    )


def _after_last_counter(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """The caption after a gallery's last counter ("3 / 3"), in a gallery whose counters
    stand above their captions: the first counter ("1 / 3") has a caption under it and
    text at least twice as long above it (where counters follow their captions, a
    caption of about the same length stands above the first one)."""
    previous = paragraphs[index - 1]
    if previous.kind is not _BOILERPLATE or previous.text[-1:] not in "0123456789)":
        return False
    numbers = _COUNTER_NUMBERS.findall(previous.text)
    if len(numbers) != 2 or numbers[0] != numbers[1] or int(numbers[1]) < 2:
        return False
    first = index - 1 - 2 * (int(numbers[1]) - 1)  # where "1 / n" stands, one caption per counter
    if first < 1 or COUNTER.match(paragraphs[first].text) is None:
        return False
    above, below = paragraphs[first - 1], paragraphs[first + 1]
    if above.kind is _BOILERPLATE and first >= 2:
        above = paragraphs[first - 2]  # "Annonse" over the gallery: the text is above it
    # A caption above the first counter is the first picture's: counters follow captions.
    return below.kind is _CAPTION and above.kind is not _CAPTION and above.words >= 2 * below.words


def _under_a_gallery_counter(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """The paragraph under a gallery's counter that is not its last ("2 von 12"), where
    the counter before it ("1 von 12") stands over a caption: a gallery pasted only in
    part goes on with its next caption, whether counters stand over or under them."""
    previous, before = paragraphs[index - 1], paragraphs[index - 3]
    if (
        previous.kind is not _BOILERPLATE
        or before.kind is not _BOILERPLATE
        or paragraphs[index - 2].kind is not _CAPTION
        or previous.text[-1:] not in "0123456789)"
        or COUNTER.match(previous.text) is None
        or COUNTER.match(before.text) is None
    ):
        return False
    numbers = [int(n) for n in _COUNTER_NUMBERS.findall(previous.text)]
    earlier = [int(n) for n in _COUNTER_NUMBERS.findall(before.text)]
    return len(numbers) == 2 and numbers[0] < numbers[1] and earlier == [numbers[0] - 1, numbers[1]]


def _between_gallery_counters(previous: _Paragraph | None, following: _Paragraph | None) -> bool:
    """A photo gallery pasted as caption, counter, caption ("• (2/3)"): a short paragraph
    with a counter on each side is one of its captions."""
    return (
        previous is not None
        and following is not None
        and previous.kind is _BOILERPLATE
        and following.kind is _BOILERPLATE
        and COUNTER.match(previous.text) is not None
        and COUNTER.match(following.text) is not None
    )


def _credits_the_paragraph_above(
    line: _Paragraph, previous: _Paragraph, following: _Paragraph | None
) -> bool:
    """A line of names around a slash and nothing else ("Keystone / Marco Züllig") under a
    short sentence, with the article going on below: the credit of a picture, whose
    caption is that sentence.  At the end of the article such a line signs it, and under
    anything but a short paragraph it credits nothing that can be told."""
    return (
        following is not None
        and previous.kind is _PARAGRAPH
        and previous.words <= SHORT_CAPTION_MAX_WORDS
        and following.kind in _BODY_KINDS
        and ends_sentence(previous.text)
        and is_credit_line(line.text)
    )


def _is_teaser(heading: _Paragraph, following: _Paragraph) -> bool:
    """The linked headline under a "Mehr zum Thema" / "Les også" heading alone on its
    line: a title, not prose; a teaser's headline may end in a question ("… Who pays
    the price?")."""
    heading_text = heading.text.lower().rstrip(" :")
    if (
        heading_text not in TEASER_HEADINGS
        and heading_text not in TOPIC_HEADINGS
        and not heading_text.startswith(TEASER_HEADING_OPENINGS)
    ):
        return False
    text = following.text
    return following.kind is _SUBHEADING or (
        following.words <= BOILERPLATE_LONG_MAX_WORDS
        and (not ends_sentence(text) or (text.endswith("?") and following.words <= 20))
    )


def _only_chrome_below(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """Whether a one-word line has nothing but a little chrome under it ("kha/dpa" over
    "Feedback"): it stands where an agency signs off."""
    return index >= len(paragraphs) - 1 - CHROME_AFTER_SIGN_OFF and all(
        p.kind is _BOILERPLATE for p in paragraphs[index + 1 :]
    )


def _signs_the_article(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """A name beside a date or byline ("Martina Zollinger, Sitten" over "16.03.2024"), an
    agency signing off alone ("NTB", "kha/dpa" over the page's last buttons), or "X
    contributed to this report".

    Only the last runs longer than a few names: a longer paragraph is tested for it alone,
    without looking for the date or byline around it."""
    paragraph = paragraphs[index]
    text, words = paragraph.text, paragraph.words
    if words > SIGNING_NAMES_MAX_WORDS:
        return _credits_contributors(text)
    previous = _above_the_chrome(paragraphs, index)
    following = _below_the_chrome(paragraphs, index)
    chrome_below = words == 1 and _only_chrome_below(paragraphs, index)
    signs_off = words == 1 and (following is None or following.text.startswith("©") or chrome_below)
    if signs_off and (_AGENCY().match(text) or is_wire_agency(text)):
        return True
    if (
        words == 1
        and _is_signature_kind(following)
        and (_AGENCY_BYLINE().match(text) or is_wire_agency(text))
    ):
        return True  # "TT" over "Publicerad 12 mar 2025 kl 08.05"
    if (
        words == 1
        and "/" in text
        and _AGENCY().match(text) is not None
        and is_wire_agency(text.rsplit("/", 1)[-1])
    ):
        return True  # "jpe/dpa": the writer's initials and the agency, wherever they sign
    if (
        (
            _is_signature_kind(following)
            # not "QUIET, PLEASE" under a reader's signature: a letter's heading in capitals
            or (
                previous is not None
                and _is_signature_kind(previous)
                and not (text.isupper() and previous.kind is _BYLINE)
            )
        )
        and (
            looks_like_names(text)
            # "Ouest-France Nolwenn Guillou.": the outlet and the name, closed
            or (text[-1] == "." and words <= NAME_LINE_MAX_WORDS and looks_like_names(text[:-1]))
            or looks_like_name_and_role(text)
            or looks_like_name_over_role(text)
            or _signed_with_capital_surname(text)
            or looks_like_role_credits(text)
        )
    ):
        return True
    if _is_email_line(paragraph):
        # the writer's, beside a date or a byline, or at the end above the page's chrome
        return _is_signature_kind(previous) or _is_signature_kind(following) or chrome_below
    return _credits_contributors(text)


def _credits_contributors(text: str) -> bool:
    """ "X contributed to this report", "Additional reporting by X"."""
    return _may_credit_contributors(text.lower()) and _CONTRIBUTED().search(text) is not None


_LETTER_TITLES = frozenset(
    "professor prof dr sir dame lord lady baroness baron rev reverend cllr councillor "
    "mr mrs ms miss".split()
)


def _signs_a_letter(text: str) -> bool:
    """A reader's letter signed with the name in capitals and where they write from or
    what they do after it, as a letters page prints it: "MARGARET ELLISON Ambleside,
    Cumbria", "Professor DAVID KERSHAW Emeritus professor of transport studies".  A
    heading is all in capitals or all in lower case, never both in this order."""
    if ends_sentence(text):
        return False
    tokens = text.split()
    start = 1 if tokens[0].lower().rstrip(".") in _LETTER_TITLES else 0
    capitals = start
    while capitals < len(tokens) and _is_capital_word(tokens[capitals].rstrip(",")):
        capitals += 1
    rest = tokens[capitals:]
    return (
        2 <= capitals - start <= NAME_TOKENS_MAX
        and not tokens[capitals - 1].endswith(",")
        and bool(rest)
        and rest[0][:1].isupper()
        and not rest[0].isupper()
    )


NAME_TOKENS_MAX = 4


def _is_capital_word(token: str) -> bool:
    """A word of a name set in capitals: "ELLISON", "O'NEILL", "LE-BRUN"."""
    return len(token) >= 2 and token.isupper() and token.replace("'", "").replace("-", "").isalpha()


_BYLINE_LEADS = frozenset(
    ("article rédigé par", "rédigé par", "par", "by", "written by", "av", "af", "von", "text")
)
"""A byline's opening words alone on their line, the name on the next one."""


def _leads_a_byline(paragraph: _Paragraph, following: _Paragraph) -> bool:
    """ "Article rédigé par" over "Baptiste Lemaire - franceinfo": the byline set on two
    lines, its opening words on the first."""
    return (
        paragraph.words <= 3
        and paragraph.text.lower().rstrip(" :") in _BYLINE_LEADS
        and (following.kind is _PARAGRAPH or following.kind is _SUBHEADING)
        and following.words <= NAME_LINE_MAX_WORDS
        and following.text[:1].isupper()
        and looks_like_name(following.text.split(" - ")[0].split(",")[0])
    )


class _Writers(list[str]):
    """The short bylines above a paragraph, searched for a name as one text.

    A text's bylines only add up (a long paste holds hundreds), so a name is looked for in
    them all joined by a line break, with one search, rather than byline by byline; a name
    without a line break can only stand in the joined text inside one byline.  The joined
    text grows by the bylines that came since the last search.  A list, so that asking
    whether there are any stays a C call."""

    _SEPARATOR = "\n"

    def __init__(self) -> None:
        super().__init__()
        self._joined = ""
        self._joined_count = 0

    def name(self, name: str) -> bool:
        """Whether `name` stands in one of the bylines."""
        if self._SEPARATOR in name:
            return any(name in byline for byline in self)
        if self._joined_count != len(self):  # join the bylines that came since
            added = self._SEPARATOR.join(self[self._joined_count :])
            self._joined = self._joined + self._SEPARATOR + added if self._joined_count else added
            self._joined_count = len(self)
        return bool(self) and name in self._joined


def _repeats_the_writer(paragraph: _Paragraph, writers: _Writers) -> bool:
    """The name of a writer from a byline above, alone on its line ("Par Anaïs Berthelot"
    at the top, "Anaïs Berthelot" under the text): the page signs the article again."""
    text = without_asides(paragraph.text)  # "Léa Santoni (à Marseille)"
    return (
        bool(writers)
        and paragraph.words <= NAME_LINE_MAX_WORDS
        and looks_like_name(text)
        and writers.name(text)
    )


def _signed_with_capital_surname(text: str) -> bool:
    """A name whose surname is set in capitals, as French papers sign, perhaps after the
    outlet and closed by a full stop: "Ouest-France Gwenola LE BIHAN.", "Jean DUPONT"."""
    core = text[:-1] if text.endswith(".") else text
    last = core.rsplit(None, 1)[-1]
    return len(last) >= 2 and last.isupper() and last.isalpha() and looks_like_name(core)


def _is_role_under_a_name(paragraph: _Paragraph, previous: _Paragraph) -> bool:
    """ "Kari Nordmann" over "Journalist": a writer's name, and under it the role, each
    on its own line as pages set them beside the writer's portrait."""
    return (
        previous.kind in _NAME_LINE_KINDS
        and (
            (paragraph.words <= ROLE_LINE_MAX_WORDS and is_role_line(paragraph.text))
            or (paragraph.words <= OUTLET_LINE_MAX_WORDS and _is_outlet_and_desk(paragraph.text))
        )
        and looks_like_name(previous.text)
    )


OUTLET_LINE_MAX_WORDS = 8


def _is_outlet_and_desk(text: str) -> bool:
    """ "BBC News, North East and Cumbria", "BBC Scotland News, Orkney": the writer's
    outlet (its initials first, or a name with "News") and desk, under the writer's name."""
    outlet, comma, desk = text.partition(", ")
    words = outlet.split()
    return (
        bool(comma)
        and bool(words)
        and bool(desk)
        and desk[:1].isupper()
        and not text.isupper()  # a heading in capitals: "QUIET, PLEASE"
        and not ends_sentence(text)
        and all(word[:1].isupper() for word in words)
        and ((words[0].isupper() and len(words[0]) >= 2) or words[-1] == "News")
    )


def _signs_below_the_text(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """A name on its own line right under the last paragraph of the text, with nothing
    but other such names and chrome below it: the signature of an obituary or a letter
    ("Karin Åhlén" / "Lars Nyström" / "Birgitta Eklund").  The names under the first sign
    beside it (`_signs_the_article`)."""
    if not index:
        return False
    above = paragraphs[index - 1]
    if (above.kind is not _PARAGRAPH and above.kind is not _QUOTE) or not ends_sentence(
        above.text  # not "Disse ble valgt:" over a list of names
    ):
        return False
    # Below first: in the body the next paragraph is text, too long to be a name.
    for position in range(index + 1, len(paragraphs)):
        below = paragraphs[position]
        kind = below.kind
        if kind is _BOILERPLATE or kind is _BYLINE or kind is _META:
            continue
        if (
            (kind is _SUBHEADING or kind is _PARAGRAPH)
            and below.words <= CLOSING_NAME_MAX_WORDS
            and looks_like_name(below.text)
        ):
            continue
        return False
    return looks_like_name(paragraphs[index].text)


def _is_author_note(text: str) -> bool:
    """ "Miriam Aldana-Clarke is a staff writer at The Atlantic.", "Kari Lie er journalist
    i Aftenposten.": the note on the writer that closes an article."""
    if text.startswith(_WRITER_NOTE_OPENINGS):
        return True  # "L’auteure est bibliothécaire …": the writer named by the role
    tokens = text.split(maxsplit=2)
    if len(tokens) < 3 or not (tokens[0][:1].isupper() and tokens[1][:1].isupper()):
        return False
    if "@" in text and _REACHED_AT().search(text) is not None:
        return True  # "Caitlin Mahoney can be reached at caitlin.mahoney@globe.com."
    note = _AUTHOR_NOTE().match(text)
    if note is None:
        return False
    lowered = text.lower()
    # "… is a staff writer at …", "… est maîtresse de conférences en …" (an expert's op-ed)
    return (
        JOURNALIST_ROLE_PATTERN().search(lowered, note.end()) is not None
        or AFFILIATION_PATTERN().match(lowered, note.end()) is not None
    )


_WRITER_NOTE_OPENINGS = (
    "L’auteure est ",
    "L’auteur est ",
    "L'auteure est ",
    "L'auteur est ",
    "The author is ",
    "The writer is ",
    "Forfatteren er ",
    "Skribenten er ",
    "Skribenten är ",
    "Der Autor ist ",
    "Die Autorin ist ",
)
"""How a note on the writer opens when it names them by their role."""


def _notes_on_the_writer(text: str, writers: _Writers) -> bool:
    """ "Solveig Aksnes Hovland er rektor ved …" near the end, where the article's byline
    (one of `writers`, the short bylines above) named "Solveig Aksnes Hovland, rektor": a
    note on the writer, whatever they do."""
    if not writers:
        return False
    note = _AUTHOR_NOTE().match(text)
    if note is None:
        return False
    name = note.group("name")
    return looks_like_name(name) and writers.name(name)


def _may_credit_contributors(lowered: str) -> bool:
    """Whether a lower-cased paragraph holds a piece of a phrase `_CONTRIBUTED` looks for.

    The pieces leave out the letters that re's IGNORECASE also matches in other
    characters ("ı" and "İ" for "i", "ſ" for "s"), so without one the paragraph cannot
    match, and most paragraphs are spared that case-insensitive search (it has no fixed
    first letter for re to skip to).  Spelled out: `in` tests are the quickest way to ask.
    """
    return (
        "contr" in lowered  # contributed
        or "onal repor" in lowered  # additional reporting by
        or "dro" in lowered  # bidro, bidrog
        or "medver" in lowered  # medverkade
        or "tarbe" in lowered  # mitarbeit
    )


_CREDITED_ROLE = compiled_on_first_use(
    r"\s*\((?:tekst|text|texte|foto|fotos|photo|photos|bild|bilder|illustrasjon|illustration)\)",
    re.IGNORECASE,
)
"""What each one did, after the names of a piece's makers: "Gunhild Moe Sætre (tekst) og
Hans Petter Lund (foto)"."""
_PLAYER_WITH_TIME = compiled_on_first_use(r"\b\d{1,2}(?::\d{2}|h\d{2}mn\d{2}s)\b")
CHROME_BETWEEN_SIGNATURES = 3
"""Buttons that may stand between a date line and the writer's name ("Share", "Save")."""


def _above_the_chrome(paragraphs: Sequence[_Paragraph], index: int) -> _Paragraph | None:
    """The paragraph above `index`, past a few lines of chrome: a date line and the
    writer's name often have share and save buttons between them."""
    for position in range(index - 1, max(-1, index - 2 - CHROME_BETWEEN_SIGNATURES), -1):
        if paragraphs[position].kind is not _BOILERPLATE:
            return paragraphs[position]
    return paragraphs[index - 1] if index else None


def _is_email_line(paragraph: _Paragraph) -> bool:
    """The writer's address alone on its line, under their name ("jevk@fyens.dk")."""
    return (
        paragraph.words == 1
        and "@" in paragraph.text
        and EMAIL_LINE.match(paragraph.text) is not None
    )


def _below_the_chrome(paragraphs: Sequence[_Paragraph], index: int) -> _Paragraph | None:
    """The paragraph below `index`, past a few lines of chrome and other writers' names
    and addresses: the reading time or a listen button stands between the writer's name
    and the date, and two writers' names, or a name and its e-mail, one under the other,
    over it."""
    end = min(len(paragraphs), index + 2 + CHROME_BETWEEN_SIGNATURES)
    for position in range(index + 1, end):
        below = paragraphs[position]
        if below.kind is not _BOILERPLATE and not (
            below.kind is not _BYLINE
            and below.words <= NAME_LINE_MAX_WORDS
            and (looks_like_name(below.text) or _is_email_line(below))
        ):
            return below
    return paragraphs[index + 1] if index + 1 < len(paragraphs) else None


def _is_signature_kind(paragraph: _Paragraph | None) -> bool:
    return paragraph is not None and (paragraph.kind is _META or paragraph.kind is _BYLINE)


def _caption_below_source(following: _Paragraph) -> None:
    """The short unpunctuated line under an "Image source, …" line is its caption."""
    if (
        (following.kind is _SUBHEADING or following.kind is _PARAGRAPH)
        and following.words <= SHORT_CAPTION_MAX_WORDS
        and not ends_sentence(following.text)
    ):
        following.kind = _CAPTION
        following.label = find_label(following.text)


_WRITER_KEYWORDS = ("text:", "tekst:", "texte :", "texte:", "text ", "tekst ", "texte ")
"""How a byline that credits the writer beside the photographer opens ("Text: Oskar
Bengtsson"), no "By" or "Av" of a byline alone."""


def _credit_line_in_context(
    credit_line: _Paragraph,
    previous: _Paragraph,
    *,
    at_end: bool,
    text_ends_above: bool,
) -> None:
    """A lone credit line makes the short line above it a photo caption; a lone "© Agency"
    at the end, or under anything else, is the agency's sign-off, and "Quelle: Agency" as
    the last line (only chrome under it, however much: `text_ends_above`), under the
    editors' sign-off ("/tav/bek/jha") or beside the article's date names the source of
    the whole article."""
    if credit_line.text.startswith("©") and at_end:
        credit_line.kind, credit_line.credit = _BOILERPLATE, None
        return
    if credit_line.text[:7].lower() == "quelle:" and (
        text_ends_above or previous.kind is _BYLINE or previous.kind is _META
    ):
        # "Quelle: dpa" closing the article, "Quelle: ZEIT ONLINE, dpa, AFP, lsch" under
        # its date: the agencies the article came from
        credit_line.kind, credit_line.credit = _BYLINE, None
        return
    if previous.kind is _BYLINE and previous.text.lower().startswith(_WRITER_KEYWORDS):
        # "Text: Oskar Bengtsson" / "Foto: Malin Åkesson": who wrote and who took the
        # pictures, credited together, no picture's line
        credit_line.kind, credit_line.credit = _BYLINE, None
        return
    if (
        previous.kind in (_PARAGRAPH, _SUBHEADING)
        and previous.words <= SHORT_CAPTION_MAX_WORDS
        and not _opens_with_a_person_pronoun(previous.text)
    ):
        previous.kind = _CAPTION
        previous.label = find_label(previous.text)
    elif previous.kind is not _CAPTION and credit_line.text.startswith("©"):
        credit_line.kind, credit_line.credit = _BOILERPLATE, None
