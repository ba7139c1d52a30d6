"""Who is quoted: the name in a quote's attribution, as written, without a role before it.

Attribution is grammar, not vocabulary: a speech verb right after the quoted words
(", sier X", "», sa X", "” X said", "“, so X") followed or preceded by a run of
capitalised words.  Lower-case words between the verb and the name are roles
("sier operasjonsleder Ole Petter Hollingen"), capitalised titles are stripped by stem
("Bundeskanzler", "Prime Minister"), and a pronoun alone names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

from reader.model.alternation import compiled_on_first_use, trie_alternation
from reader.model.given_names import is_given_name
from reader.model.lexicon import (
    ARTICLES,
    INDEFINITE_ARTICLES,
    INDEFINITE_SUBJECTS,
    MONTHS,
    ORGANISATION_HEADS,
    OUR_WORDS,
    PARTITIVES,
    PARTY_GENITIVES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    RECIPIENT_MARKERS,
    ROLE_STEMS,
    SPEECH_VERBS,
    STOPWORDS,
    TIME_WORDS,
    WEEKDAYS,
)

_LONGEST_FIRST = sorted(SPEECH_VERBS, key=len, reverse=True)
_FRENCH_PAST = r"a\s+[^\W\d_]{2,}(?:é|i|it|is|u)"
"""French attribution in the passé composé: "a justifié", "a écrit", "a répondu"."""


def _is_genitive(token: str) -> bool:
    """A possessive ("Network Rail’s", "the state's"): what it owns is a role or an
    institution, not the speaker's name."""
    return token.endswith(("'s", "’s"))


def _verb_pattern(verbs: Sequence[str], *, french_past: bool) -> re.Pattern[str]:
    alternatives = [re.escape(verb).replace(r"\ ", r"\s+").replace("'", "['’]") for verb in verbs]
    if french_past:
        alternatives.append(_FRENCH_PAST)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)


@cache
def _any_verb() -> re.Pattern[str]:
    """Every speech verb in one pattern, longest first.  Compiled on first use: only the
    rare quote whose lower-casing changes its length needs it (see `_verbs`)."""
    return _verb_pattern(_LONGEST_FIRST, french_past=True)


_VERB_STARTS = frozenset(re.split(r"\s", verb)[0].lower() for verb in SPEECH_VERBS) | {
    verb.split("'")[0] + "’" + verb.split("'")[1].split()[0] for verb in SPEECH_VERBS if "'" in verb
}
_VERB_TOKENS = {
    start + tail: start
    for start in _VERB_STARTS
    for tail in ("", ",", ".", ":", ";", "!", "?", "”", "»", '"')
}
"""A verb's first word as whitespace splitting leaves it: bare, or with punctuation after
("said." at the end of a quote), mapped back to the bare word."""
_VERB_TOKEN_SET = frozenset(_VERB_TOKENS)
_GERMAN_AGENT = compiled_on_first_use(
    r"^(?:[A-ZÄÖÜ][a-zäöüß]{4,}(?:er|erin|or|orin|ent|entin|ist|istin|graf|gräfin|wart|wartin"
    r"|chef|chefin|arzt|ärztin|wirt|wirtin|loge|login)|(?:[A-ZÄÖÜ][a-zäöüß]*k|K)olleg(?:e|in))$"
)
"""German nouns for people by what they do ("Bergführer", "Pendlerin", "Kuratorin",
"Deichgraf", "Platzwart", "Oberarzt", "Landwirtin", "Glaziologin", "Teamkollegin"; not
"-antin", which "Konstantin" ends in): only ever tested on the first of three or more
capitalised words before a name."""
_NORDIC_DEFINITE_AGENT = compiled_on_first_use(
    r"^[A-ZÆØÅÄÖ](?:[a-zæøåäö]+(?:aren|ären|eren|ören|øren|arien|skan|ikern)"
    r"|[a-zæøåäö]{2,}(?:isten|logen))$"
)
"""A Nordic noun for a person by what they do, in the definite form that opens a sentence
("Statsvetaren Maria Grönberg", "Ägaren Tove Sand", "Pensionären Gunnel Markström",
"Bibliotekarien Maja Lindroth", "Sjuksköterskan Eva Ek", "Geoteknikern Per Ahlqvist",
"Geologen Kari Holm"); tested where `_GERMAN_AGENT` is."""
_ROLE = re.compile(trie_alternation(ROLE_STEMS))
_QUOTE_ENDS = ",?!…:\"”»«“„’'‹›"
"""What quoted words end with before their attribution: a comma, question or exclamation
mark, ellipsis or colon, or a quote mark ("…, sier han", "…?» spurte hun", "…” she said")."""
_DEMONSTRATIVE_WORDS = ("det", "dette", "that", "this", "das", "dies", "cela", "ça", "så")
_DEMONSTRATIVE = rf"(?:{'|'.join(_DEMONSTRATIVE_WORDS)})\s*$"
_DEMONSTRATIVE_AT_START = compiled_on_first_use(rf"^{_DEMONSTRATIVE}", re.IGNORECASE)
_DEMONSTRATIVE_AFTER_SENTENCE = compiled_on_first_use(rf"[.!?]\s+{_DEMONSTRATIVE}", re.IGNORECASE)
_TRAILING_NAME = compiled_on_first_use(
    r"\s[–—]\s*(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})"
    r"(?:,[^,–—]{1,60})?\s*$"
)
"""A signature after the quote: "— Jane Doe", "— Loretta Vance, dispatcher"."""
_ASKED = compiled_on_first_use(
    r"\b(?:spurte|spør|spurgte|spørger|frågade|frågar|asked|asks|fragte|fragt|"
    r"a demandé|demande|spurt|spurgt|frågat|gefragt)\s+"
    r"(?=(?-i:[A-ZÆØÅÄÖÜÉ])|[^\W\d_]+\s+(?-i:[A-ZÆØÅÄÖÜÉ]))",
    re.IGNORECASE,
)
"""A verb of asking followed by the one asked, perhaps after their role ("NRK spurte
Aarvik …", "NTB har spurt seniorforsker Camilo Restrepo …")."""
_QUOTE_MARKS = "\"“”«»„‹›'‘’"
_WORD = re.compile(r"[^\W\d_]")
_CLOSING_MARK = re.compile(
    r"[\"”»“«’‹›'](?:(?<=\S[\"”»“«’‹›])|(?<=\s[»”›])|(?<=[,.!?…]'))(?![^\W\d_])"
)
"""A mark that closes a quotation: attached to the word before it (`done.”`, German
`gut.«`), or French `prêts »`; an opening `« ` or a `’` inside a word does not count.
A straight `'` closes only after the quote's own punctuation (`coast,' Dr Ruth Penrose
told …`): after a letter it is an apostrophe ("teachers' union").
The mark comes first in the pattern (the lookbehinds check what stands before it), so
`re` skips to the marks instead of trying every position."""
_TOKEN = re.compile(r"[\w.'’-]+|[^\w\s]")
_SENTENCE_BREAK = compiled_on_first_use(
    r"(?<=[.!?])"
    r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)(?<!\bSen\.)"
    r"\s+(?![a-zæøåäöüéè])"
    r"(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)"
)
"""Where a sentence ends: not before a word in lower case ("9. oktober") nor a German
month after an ordinal ("am 3. März"), nor after a title's abbreviation ("Dr. Anke …")."""
_CLAUSE_END = compiled_on_first_use(r"[.!?;](?:\s|$)")
_HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. herr frau m. mme mme. me sir dame".split()
)
_DEFINITE_ARTICLES = frozenset("the der die das dem den le la les".split())
_COMPANY_FORMS = frozenset(
    "AS ASA AB A/S ApS Oy Oyj GmbH AG SE SA SAS SARL Ltd Ltd. Inc Inc. LLC plc PLC NV BV".split()
)
_POST_NOMINALS = frozenset(("SC", "QC", "KC", "MP", "MSP", "TD"))
"""Letters after a barrister's or a member's name ("Conor Devally SC"), not part of it."""
_ABBREVIATIONS = frozenset(
    "sen. rep. gov. dr. mr. mrs. ms. prof. gen. lt. sgt. st. col. capt. maj. cmdr. adm. "
    "ald.".split()
)
"""Capitalised abbreviations whose period does not end a sentence ("Sen. Mark Ellison")."""
_ROLE_ABBREVIATIONS = frozenset(
    "sen rep gov gen lt sgt col capt maj cmdr adm supt insp cllr cr clr det prof ald td mpp "
    "mla mep mdb pc dc dci coun ch".split()
)
_INSTITUTION_ARTICLES = frozenset(("the", "der", "die", "das"))
_AGENCY_SUFFIXES = (
    "verket",
    "tilsynet",
    "direktoratet",
    "styrelsen",
    "etaten",
    "myndigheten",
    "rådet",
    "departementet",
    "ministeriet",
    "instituttet",
    "institutet",
    "kommune",
    "kommun",
    "tjänsten",
    "tjenesten",
    "service",
    "förmedlingen",
    "formidlingen",
    "kassan",
    "nämnden",
    "nemnda",
    "nævnet",
    "vesenet",
    "politiet",
    "polisen",
)
"""How the Nordic authorities' one-word names end ("Trafikverket", "Mattilsynet",
"Arbetsförmedlingen", "Försäkringskassan", "Vegvesenet")."""
_KINSHIP = frozenset(
    "kona kone konen hustru hustrun ektemannen mannen maken sønnen sonen dottera datteren "
    "dottern dotteren mora moren mamma pappa faren far mor bestefar bestemor morfar mormor "
    "farfar farmor wife husband son daughter mother father ehefrau ehemann tochter sohn "
    "mutter vater épouse mari fille fils mère père".split()
)
"""Kin named before a name ("Kona Marit"): whole words, not stems ("Morten")."""
_CALENDAR_WORDS = frozenset(word for word in (*MONTHS, *WEEKDAYS) if len(word) >= 4)
"""Months and days spelled out: "May", "Jan" and "Sun" may end or open a name."""
_CLAUSE_OPENERS = frozenset(
    "ob als wenn weil dass da when if as while når om hvis medan quand si lorsque comme "
    "ifølge ifølgje enligt laut selon".split()
)
_TELLS = frozenset(("told", "tells", "tell"))
_AND_WORDS = frozenset(("og", "och", "und", "and", "et", "&"))
PREPOSITIONS_NOT_PARTICLES = frozenset(("der", "la", "le", "du", "al", "el", "af"))
"""Particles that, first after a verb, are more likely an article or a preposition."""
_ELIDED_ARTICLES = frozenset(("l'", "l’", "d'", "d’"))
_NAME_PARTICLES = frozenset("von van der de da di la le du af al bin ibn el".split())
MAX_ROLE_WORDS = 6
_BEFORE_CHARS = 80
"""How far before a verb a closing quote mark is looked for."""
MAX_NAME_TOKENS = 5
RUN_MAX_TOKENS = 12
"""How far a capitalised run is read: an organisation and a title may stand before the
name ("San Bernardino County Fire Division Chief Ray Dominguez")."""


def _verbs(quote: str) -> Iterator[re.Match[str]]:
    """Speech verbs in `quote`, in order.

    A set intersection of the quote's words with the verbs' first words (in C) tells
    which verbs may occur; only where those words stand is the verb pattern tried.  This
    keeps quotes cheap compared with running the whole verb alternation at every position.
    """
    lowered = quote.lower()
    present = _VERB_TOKEN_SET.intersection(lowered.split())
    if not present:
        return
    if len(lowered) != len(quote):  # a case mapping changed lengths: positions differ
        yield from _any_verb().finditer(quote)
        return
    pattern = _verb_at()
    words = {_VERB_TOKENS[token] for token in present}
    if len(words) == 1:  # the usual case: one verb, its places found in order as we go
        word = words.pop()
        index = lowered.find(word)
        while index >= 0:
            match = pattern.match(quote, index)
            if match is not None:
                yield match
            index = lowered.find(word, index + 1)
        return
    places: list[int] = []
    for word in words:
        index = lowered.find(word)
        while index >= 0:
            places.append(index)
            index = lowered.find(word, index + 1)
    places.sort()
    for position in places:
        match = pattern.match(quote, position)
        if match is not None:
            yield match


@cache
def _verb_at() -> re.Pattern[str]:
    """The verb that stands where one of the verbs' first words was found (`_verbs`): the
    same verb `_any_verb()` finds there, with a pattern that tries a few letters instead
    of two hundred alternatives.

    Where a first word stands, only the verbs whose text begins with it can match (a verb
    matching there begins with the letters that stand there, and no verb's first word is
    another's followed by a space or punctuation), and the longer of two such verbs is the
    one found ("sagten" before "sagte" before "sagt").  The verbs' shared beginnings are
    factored out (`trie_alternation`), which tries the longer of two verbs first as the
    longest-first alternation does, so the verb found is the same; a curly apostrophe is
    matched by the straight one's `['’]`.  One pattern, compiled on first use: compiling
    one cut-down pattern per first word cost more than matching them."""
    verbs = trie_alternation(verb.replace("’", "'") for verb in _LONGEST_FIRST)
    verbs = verbs.replace(r"\ ", r"\s+").replace("'", "['’]")
    return re.compile(rf"(?<![\w-])(?:{verbs}|{_FRENCH_PAST})(?![\w-])", re.IGNORECASE)


@dataclass(slots=True)
class _Search:
    """How one search for a speaker reads the capitalised words it finds."""

    organisations_speak: bool = False
    """Whether `_strip_roles` gives an organisation's name ("Trafikverket", "Randers
    Kommune") rather than None.  The search runs first with it off, so that a person named
    beside the organisation ("kontorchef i Teknik- og Miljøforvaltningen Lene Hvid
    svarer:") is found; only when nobody is named does the organisation that speaks count,
    as written ("…», skriver Fødevarestyrelsen i en pressemeddelelse")."""
    asked: bool = False
    """Whether the search read `organisations_speak` (`_organisations_speak`).  A search
    that never read it took the steps it would take with it on, so a second run with it
    on would find nobody again: most quotes that name nobody are spared that run."""


_SEARCH: ContextVar[_Search | None] = ContextVar("speaker_search", default=None)
"""The search under way (None: none, organisations do not speak).  A context variable, so a
parse in another thread never sees this one's setting."""


def _organisations_speak() -> bool:
    """Whether the search under way counts an organisation as the speaker; noted as read."""
    search = _SEARCH.get()
    if search is None:
        return False
    search.asked = True
    return search.organisations_speak


def _person_else_organisation(search: Callable[..., str | None], *args: str) -> str | None:
    """The person `search` finds, else the organisation it finds when they may speak."""
    state = _Search()
    token = _SEARCH.set(state)
    try:
        person = search(*args)
        if person is not None or not state.asked:
            return person  # the setting was never read: the second run would find nobody
        state.organisations_speak = True
        return search(*args)
    finally:
        _SEARCH.reset(token)


def find_speaker(quote: str) -> str | None:
    """The name attributed in a quote paragraph, or None (no name, or a pronoun)."""
    if _ends_with_a_pronoun(quote):
        return _find_speaker(quote)  # "…, sier han.", "…,” she said.": a person, unnamed
    return _person_else_organisation(_find_speaker, quote)


def _ends_with_a_pronoun(quote: str) -> bool:
    """Whether the attribution closing the quote is a pronoun's ("sier han", "she said"):
    then no organisation speaks, and the second search would find nothing new."""
    words = [word.strip(".,;:!?»”\"'’") for word in quote[-30:].split()[-2:]]
    # lower-case "i" is "in" ("skriver Malmö tingsrätt i domen"), English "I" is not; "on"
    # before a last word is English "on" ("said in a post on X"), not French "on"
    last = len(words) - 1
    return any(
        word != "i" and word.lower() in PRONOUNS and not (word == "on" and position < last)
        for position, word in enumerate(words)
    )


def _find_speaker(quote: str) -> str | None:
    for match in _verbs(quote):
        start = match.start()
        before = quote[max(0, start - _BEFORE_CHARS) : start]  # what the checks read of it
        between = _after_closing_mark(before)
        if between is not None:
            # English order: “…,” state official Miguel Arce told …
            return _name_before_verb(between)
        if _ends_quoted_words(before) or _demonstrative_before(quote[:start]):
            end = match.end()
            # The tokens of the 200 characters after the verb, read in place.
            tokens = _without_elision(_TOKEN.findall(quote, end, end + 200))
            if match.group() == "so" and tokens[:1] and _not_after_german_so(tokens[0]):
                continue  # "so wie unsere Nachbarn": no "so Müller"
            found, name = _name_after(tokens)
            if found and name is None and match.group() == "so":
                continue  # "…, so we packed a bag": English "so", not German "so Müller"
            if found:
                return name
            name = _appositive(quote[end:])
            if name is not None:
                return name
    if quote[:1] in "–—-":  # a dash-opened quote uses dashes inside
        return None
    trailing = _TRAILING_NAME().search(quote) if "–" in quote or "—" in quote else None
    return _strip_roles(trailing.group("name").split()) if trailing else None


def _without_elision(tokens: list[str]) -> list[str]:
    """French "l'" set apart from the name it is elided onto ("indique l’ARS Centre-Val de
    Loire"): the article, then the organisation as written.  ("d’Estaing" stays whole.)

    Most attributions hold no "l'" at all: one search of the joined tokens tells."""
    if _ELISION.search(" ".join(tokens)) is None or not any(
        token[:2] in _ELIDED_L and token[2:3].isupper() for token in tokens
    ):
        return tokens
    split: list[str] = []
    for token in tokens:
        if token[:2] in _ELIDED_L and token[2:3].isupper():
            split.extend(("l'", token[2:]))
        else:
            split.append(token)
    return split


_ELIDED_L = frozenset(("l'", "l’", "L'", "L’"))
_ELISION = re.compile("[lL]['’]")
"""Where an elided "l'" may stand: a token opening with one holds this."""


def _not_after_german_so(token: str) -> bool:
    """Whether `token` cannot follow German "so" introducing a speaker ("so Müller", "so
    der Minister", "so ein Sprecher"): a lower-case word other than an article."""
    lowered = token.lower()
    return token[:1].islower() and lowered not in ARTICLES and lowered not in _NAME_PARTICLES


def _ends_quoted_words(before: str) -> bool:
    """Whether the text before a verb ends with quoted words (`_QUOTE_ENDS`), or with a
    dash set off by a space ("… – sier han"), only whitespace after; within its last eight
    characters."""
    window = before[-8:].rstrip()
    last = window[-1:]
    if not last:
        return False
    return last in _QUOTE_ENDS or (last in "–—-" and window[-2:-1].isspace())


def _demonstrative_before(before: str) -> bool:
    """ "– …. Det sier X": a demonstrative that refers back to the quoted words."""
    if len(before) <= 14:
        return _DEMONSTRATIVE_AT_START().search(before) is not None
    return _DEMONSTRATIVE_AFTER_SENTENCE().search(before[-14:]) is not None


def has_attribution(quote: str) -> bool:
    """Whether a speech verb follows quoted words ("…, sier han"), named or not."""
    for match in _verbs(quote):
        start = match.start()
        before = quote[max(0, start - _BEFORE_CHARS) : start]
        if _ends_quoted_words(before) or _after_closing_mark(before) is not None:
            return True
    return False


def _after_closing_mark(before: str) -> str | None:
    """The few words between the last closing quote mark and a verb ("” Biden said")."""
    window = before[-_BEFORE_CHARS:]
    position = _last_closing_mark(window)
    if position < 0:
        return None
    between = window[position + 1 :]
    return between if _WORD.search(between) else None


def _last_closing_mark(text: str) -> int:
    """Where the last closing quote mark is: one not followed by a letter (which would
    make it an opening mark or an apostrophe, as in "there’s")."""
    position = -1
    for mark in _CLOSING_MARK.finditer(text):
        position = mark.start()
    return position


def _name_before_verb(between: str) -> str | None:
    """ "state water official Miguel Arce" / "Ryan Delacroix, a spokesperson, " / "she"."""
    segments = between.strip(" ,").split(",")
    first_words = segments[0].split()
    if len(segments) >= 2 and first_words and first_words[-1].islower():
        # "the team’s lead investigator, Ragnar Thorvaldsson, told reporters": the role,
        # then the name set off by commas
        apposed = _apposed_name(_TOKEN.findall(", " + segments[1]))
        if apposed is not None:
            return apposed
    head = segments[0]
    tokens = _TOKEN.findall(head)
    if not tokens or tokens[0].lower() in PRONOUNS or len(tokens) > 8:
        return None
    if tokens[0] in ("a", "an", "A", "An"):
        return None  # "a Department for Education spokesperson": nobody named
    if _organisations_speak() and tokens[0].lower() in _INSTITUTION_ARTICLES:
        named = _run_from(tokens, 1)
        if len(named) == len(tokens) - 1 and len(named) >= 2:
            # "the Kansas Department of Health and Environment said"
            return _organisation(named)
    # The subject's head comes before its first prepositional phrase: "one nurse | at a
    # hospital in south Wales", "Mayor Jane Smith | of Leeds".  A capitalised word after
    # the preposition is a place or an organisation, not the speaker.
    cut = next((i for i in range(1, len(tokens)) if tokens[i].lower() in PREPOSITIONS), 0)
    if cut:
        runs = _capitalised_runs(tokens)
        start, run = runs[-1] if runs else (0, [])
        if (
            start > cut + 1
            and start + len(run) == len(tokens)
            and tokens[start - 1].islower()
            and _is_role(tokens[start - 1])
        ):
            # "Iowa Department of Transportation spokesperson Brent Haskell": the
            # organisation, its role, then the name that speaks
            return _strip_roles(run)
    if cut and all(_is_role(token) for token in tokens[:cut]):
        # "Minister of State Niamh Carolan": a title with its "of", then the name
        titled = _name_after_organisation(tokens, cut + 1, after_role=True)
        if titled is not None:
            return titled
    if cut:
        subject = tokens[:cut]
        if _capitalised_runs(subject):
            tokens = subject
        elif subject[0][:1].islower():
            return None  # "one nurse at …", "a spokesperson for …": anonymous
    runs = _capitalised_runs(tokens)
    if not runs:
        return None
    start, run = runs[-1]
    if start + len(run) < len(tokens):
        return None  # "an Environment Agency spokesperson": the run qualifies a role
    if len(run) == 1 and start and _is_genitive(tokens[start - 1]):
        return None  # "the state's Department of …": an institution
    if len(run) == 1 and start and tokens[start - 1].lower() == "the":
        return None  # "the Department of Education said" (but "the Rev. Anne Boyd")
    return _strip_roles(run)


def introduces_speech(paragraph: str) -> bool:
    """Whether a paragraph ends with ":" after a speech verb in its last sentence ("…
    Hun siger:", "Han sa dette til NTB:"): the dash lines below it are quotes."""
    text = paragraph.rstrip()
    if not text.endswith(":"):
        return False
    sentence = _SENTENCE_BREAK().split(text[:-1])[-1]
    return next(_verbs(sentence + ":"), None) is not None


def speaker_from_introduction(paragraph: str, before: str = "") -> str | None:
    """The name in a paragraph that introduces the next quote ("…, og Mogens Jensen svarer:").

    `before` is the text just above that paragraph: a lone capital opening the sentence
    is the speaker when it ended a full name there ("… Timo Weinhardt." then "Weinhardt
    kündigte … an:"); any other lone capital at the start may be a noun.
    """
    return _person_else_organisation(_speaker_from_introduction, paragraph, before)


def _speaker_from_introduction(paragraph: str, before: str) -> str | None:
    if not paragraph.rstrip().endswith(":"):
        return None
    sentence = _SENTENCE_BREAK().split(paragraph.rstrip()[:-1])[-1]
    earlier = paragraph[: len(paragraph.rstrip()) - len(sentence) - 1]
    apposed = _apposed_to_opening_role(sentence)
    if apposed is not None:
        return apposed
    if _unnamed_role_opens(sentence):
        return None  # "Der Bauminister eines ostdeutschen Landes, der nicht … möchte, sagte:"
    if _pronoun_speaks(sentence):
        if _organisations_speak():
            return None  # "he", "she": a person, never the organisation named near it
        # "NRK spurte Aarvik hva …, og han svarer:": the one asked answers.  "Da Vårt
        # Land spør om han angrer, svarer han:": the names ask; "han" is the one the
        # paragraph named before.
        asked = _ASKED().search(sentence)
        if asked is not None:
            asked_tokens = _TOKEN.findall(sentence, asked.end())
            if asked_tokens and asked_tokens[0][:1].isupper():
                return _strip_roles(_run_from(asked_tokens, 0))  # "NRK spurte Aarvik hva …"
            # "NTB har spurt seniorforsker Camilo Restrepo ved PRIO …, og han svarer:"
            return _name_after(asked_tokens)[1]
        found = _named_before(earlier, before)
        if found is not None:
            return found
        # "Byrådsmedlem Helle Skov Andersen (S) mener, at …, og hun siger:": the pronoun
        # speaks for the subject named at the start of its own sentence
        return _subject_set_off(sentence) or _subject_of_the_sentence(sentence)
    opening = _subject_set_off(sentence)
    if opening is not None and _VERB_BEFORE_COLON().search(sentence) is not None:
        # "Paul Jennings, a Liberal Democrat councillor on …, said:": the subject set
        # off by its apposition speaks, not the names inside the apposition
        return opening
    tokens = _TOKEN.findall(sentence)
    if _organisations_speak():
        organisation = _organisation_introduced(tokens)
        if organisation is not None:
            return organisation
    if (
        len(tokens) >= 2
        and tokens[0].lower() in INDEFINITE_ARTICLES
        and (len(tokens[0]) > 1 or tokens[0] == "A")
        and tokens[1][:1].isalpha()
        and not (tokens[1][:1].isupper() and len(_run_from(tokens, 1)) >= 2)
    ):
        # "A spokesperson for North Norfolk District Council said:", "Ein Sprecher der
        # Stadt sagte:": nobody named, unless set off after the phrase ("…, Jane Roe, said")
        return _apposed_after_phrase(tokens[1:])
    runs = list(_runs_not_after_prepositions(tokens))  # read by both lists below
    candidates = [
        run
        for start, run in runs
        if not (
            start > 0
            and len(run) < 2
            and (
                tokens[start - 1].lower() in ARTICLES
                or tokens[start - 1].lower() in OUR_WORDS
                # "sa" is also Norwegian "said": "Etter konserten sa Sundli til Dagbladet:"
                or (
                    tokens[start - 1].lower() in POSSESSIVES
                    and tokens[start - 1].lower() not in _VERB_TOKEN_SET
                )
            )
        )
        and not (
            start == 0
            and len(run) < 2
            and not (run and _ended_a_name(run[0], before + earlier))
            and not _aged(tokens, start + len(run))  # "Théo, 13 ans, était assis …:"
        )
        and not (len(run) == 1 and run[0].lower().rstrip(".,") in _CALENDAR_WORDS)
        and not (len(run) == 1 and start and _is_genitive(tokens[start - 1]))
        and not (run and _is_genitive(run[-1]))  # "Dewar's winner": it owns, it does not speak
        # "fra analysehuset Nordkap Economics": a company, named after its kind
        and not (start and _is_kind_of_company(tokens[start - 1], run))
        # "Sør-Rogaland tingrett", "Oslo kommune": a place and the kind of body it names
        and not (len(run) == 1 and len(_with_kind_of_body(run, tokens[start + 1 : start + 2])) > 1)
        and not (
            len(run) == 1
            and start
            and tokens[start - 1] == ","
            and start + 1 < len(tokens)
            and tokens[start + 1].lower() in _AND_WORDS
        )  # "the Department of Climate, Energy and the Environment": one of a name's list
    ]  # a lone capital after an article ("vor dem Werkstor") or at the start is a noun
    aged = [
        run
        for start, run in runs
        if len(run) <= MAX_NAME_TOKENS and _aged(tokens, start + len(run))
    ]
    if len(aged) == 1 and (name := _strip_roles(aged[0])) is not None:
        return name  # "Parmi eux, Léa, 27 ans, qui devait rejoindre Toulouse …:": the person
    # Two-word runs are names in every language, also the one that ends a role's
    # organisation; a lone capital may be a German noun, so it comes last.
    for run in reversed(candidates):
        name = _strip_roles(run) if len(run) >= 2 else None
        if name is not None:
            return name
    for start, _ in _capitalised_runs(tokens):
        # "… og formand for Landbrug Himmerland Jens Christian Dahl svarer:"
        if start and tokens[start - 1].lower() in PREPOSITIONS:
            name = _name_after_organisation(
                tokens,
                start,
                # "A spokesperson for Cork City Council said:": an unnamed one's organisation
                after_role=start >= 2
                and _is_role(tokens[start - 2])
                and not (start >= 3 and tokens[start - 3].lower() in INDEFINITE_ARTICLES),
            )
            if name is not None:
                return name
    if not (tokens and tokens[0].lower() in PRONOUNS and tokens[0] != "I"):  # "I en intervju …"
        # A lone capital names the speaker unless a pronoun is the sentence's subject
        # ("Sie verlas eine Erklärung, die sie nach eigenen Worten … abgestimmt hatte:"):
        # then it is a noun, and the pronoun refers back (below).
        for run in reversed(candidates):
            name = _strip_roles(run) if len(run) < 2 else None
            if name is not None:
                return name
    last_clause = sentence.rsplit(",", 1)[-1].split()
    if (
        (tokens and tokens[0].lower() in PRONOUNS)
        or (last_clause and last_clause[0].lower() in PRONOUNS)
        or _subject_after_verb(tokens)
    ):
        # "… Katrin Voss (SPD) kündigte an, … Sie sagte:", "At a meeting last month, she
        # put it this way:": the pronoun refers back to the
        # one person the paragraph names; or to the one surname in it that ended a full
        # name above ("Da NTB møter Granli …, er han preget. Han sier:").
        return _named_before(earlier, before)
    return None


def _organisation_introduced(tokens: Sequence[str]) -> str | None:
    """The organisation that opens an introduction ("Trafikverket skriver i ett
    pressmeddelande:", "Vest politidistrikt skreiv dette på X:"), or the company named
    after its kind ("… firmaet Brobyg Stilladser, der … skriver:"): its name, as written.
    A noun for a kind of body alone ("Politiet skriver:") names none."""
    if tokens and tokens[0][:1].isupper():
        run = _run_from(tokens, 0)
        if len(run) >= 3 and _is_kind_of_company(run[0], run[1:]):
            return _organisation(run[1:])  # "Rederiet Kyklades Lines skriver …:" its name
        run = _with_kind_of_body(run, tokens[len(run) : len(run) + 1])
        last = run[-1].lower() if run else ""
        if (len(run) >= 2 and (last in ORGANISATION_HEADS or last.endswith(_AGENCY_SUFFIXES))) or (
            len(run) == 1 and last.endswith(_AGENCY_SUFFIXES) and last not in ORGANISATION_HEADS
        ):
            return _organisation(run)
    for start in range(1, len(tokens)):
        if not tokens[start][:1].isupper():
            continue
        run = _run_from(tokens, start)
        if _is_kind_of_company(tokens[start - 1], tokens[start : start + 1]) and run:
            return _organisation(run)
        body = _with_kind_of_body(run, tokens[start + len(run) : start + len(run) + 1])
        if len(body) > len(run):
            return _organisation(body)  # "I dommen skriver Sør-Rogaland tingrett:"
    return None


INVERTED_SUBJECT_WITHIN = 6
"""How far into a sentence a pronoun may stand after its verb: "Am Morgen stand er …"."""


def _subject_after_verb(tokens: Sequence[str]) -> bool:
    """Whether a pronoun is the subject after the verb, as German and the Nordic
    languages put it when the sentence opens with an adverbial ("Am Morgen stand er …
    und sagte:", "Etter møtet sa hun:"): a pronoun right after a lower-case word, past
    the sentence's first word and before any comma."""
    for index in range(2, min(len(tokens), INVERTED_SUBJECT_WITHIN)):
        token = tokens[index]
        if token == ",":
            return False
        if (
            token.lower() in PRONOUNS
            and token.lower() not in ARTICLES
            and tokens[index - 1].isalpha()
            and tokens[index - 1].islower()
        ):
            return True
    return False


def _apposed_to_opening_role(sentence: str) -> str | None:
    """The name set off by commas after the role that opens the sentence with its
    possessive or article: "Sein Anwalt, Florian Brenner, sagte der Süddeutschen Zeitung",
    "Son chef de file, Yannick Morvan, … s’inquiète du financement".  The role is the
    subject, so the name beside it speaks, whatever else the sentence names."""
    tokens = _TOKEN.findall(sentence)
    if len(tokens) < 4:
        return None
    opening = tokens[0].lower()
    if opening not in POSSESSIVES and opening not in ARTICLES and opening != "her":
        return None
    return _apposed_after_phrase(tokens[1:]) or _apposed_before_verb(sentence)


def _apposed_before_verb(sentence: str) -> str | None:
    """The name set off by commas right before the closing verb, however long the role's
    phrase before it: "Un contrôleur qui travaille sur la ligne depuis douze ans, Yannick
    Le Goff, témoigne :"."""
    segments = sentence.rstrip(" :").split(",")
    if len(segments) < 3 or len(segments[-1].split()) > 2:
        return None
    named = _TOKEN.findall(segments[-2])
    if not 2 <= len(named) <= MAX_NAME_TOKENS or _run_from(named, 0) != named:
        return None
    return _strip_roles(named)


_APPOSED_NAME = compiled_on_first_use(r", [^\W\d_a-z][\w'’-]* [^\W\d_a-z]")


def _unnamed_role_opens(sentence: str) -> bool:
    """Whether the sentence opens with an article and a role and no name follows the role
    ("Der Bauminister eines ostdeutschen Landes, …", "Le préfet du Gard a insisté"): its
    subject is somebody nobody named."""
    if _APPOSED_NAME().search(sentence) is not None:
        return False  # "Le président du Collectif …, Bruno Ledoux, a salué …": named after all
    tokens = _TOKEN.findall(sentence)
    return (
        len(tokens) >= 3
        and tokens[0].lower() in _DEFINITE_ARTICLES
        and (_is_role(tokens[1]) or _GERMAN_AGENT().match(tokens[1]) is not None)
        and not tokens[2][:1].isupper()
        and tokens[2] != ","
        # "Le député du Rhône Jean-Marc Ferrand a réagi": a name after the role's place
        and all(len(run) < 2 for _, run in _capitalised_runs(tokens[2:]))
    )


def _named_before(earlier: str, before: str) -> str | None:
    """Whom a pronoun refers back to: the one full name of the paragraph, or of its last
    sentence when the paragraph names more ("Ferja drives av Vestfjord Sjøtransport.
    Administrerende direktør Arnt Johansen var på vei. Han sier:"), or a surname that
    ended a name above."""
    found = _only_full_name(earlier)
    if found is None and earlier:
        last_sentence = _SENTENCE_BREAK().split(earlier.rstrip())[-1]
        if last_sentence != earlier.rstrip():
            found = _only_full_name(last_sentence)
    return found or _only_known_surname(earlier, before)


_VERB_BEFORE_COLON = compiled_on_first_use(
    r",\s*(?:said|says|told|added|explained|sagte|sagt|erklärte|a déclaré|a dit|"
    r"explique|sier|sa|säger|sade|siger|sagde)(?: [^\s,]+){0,4}$"
)
"""The apposition's closing comma, then the speech verb that ends the introduction, with
the one spoken to or where perhaps ("told the PA news agency", "said in a statement")."""


def _subject_set_off(sentence: str) -> str | None:
    """The name opening a one-sentence introduction, set off by a comma: "Muralist Elena
    Ruvalcaba, whose wall was whitewashed in 2019, said she signed on right away"."""
    opening = _opening_run(sentence)
    if opening is None or opening[1][:1] != [","]:
        return None
    run, rest = opening
    if len(run) == 1 and rest[1:2] and rest[1].lower() in _WHO and not _is_role(run[0]):
        # "Llewellyn, who was forced off shortly before Dewar's winner, said:": a
        # surname alone, that a relative clause of persons sets off
        return _strip_roles(run)
    return _full_name(run)


_WHO = frozenset(("who", "som", "der", "die", "qui"))
"""Relative pronouns that set off a clause about a person after the name."""


def _opening_run(sentence: str) -> tuple[list[str], list[str]] | None:
    """The capitalised run that opens `sentence` and the tokens after it, or None when
    the sentence opens otherwise (the first of `_capitalised_runs` would start later)."""
    tokens = _TOKEN.findall(sentence)
    if not tokens or not _opens_a_run(tokens, 0):
        return None
    run = _run_from(tokens, 0)
    return run, tokens[len(run) :]


def _full_name(run: Sequence[str]) -> str | None:
    """The run without the roles before it, when a first name and a surname are left."""
    name = _strip_roles(run)
    return name if name is not None and " " in name else None


def _subject_of_the_sentence(sentence: str) -> str | None:
    """The full name opening a sentence, after its role perhaps, that a verb follows
    ("Anders Kihlberg säger att …", "Helle Skov Andersen (S) mener …"): the subject the
    pronoun at the sentence's end stands for, when no other name comes between them."""
    opening = _opening_run(sentence)
    if opening is None:
        return None
    run, rest = opening
    if rest[:1] == ["("] and rest[2:3] == [")"]:
        rest = rest[3:]  # the party's letters: "(S)", "(Ap)"
    if not rest or not rest[0][:1].islower() or _may_name_another(rest):
        return None
    return _full_name(run)


def _may_name_another(tokens: Sequence[str]) -> bool:
    """Whether someone else may be named in the rest of the sentence (a capitalised word
    after its verb), whom the pronoun could mean as well."""
    return any(token[:1].isupper() for token in tokens[1:])


def _only_known_surname(text: str, before: str) -> str | None:
    """The one capitalised word of `text` that stands in `before` as the end of a name."""
    tokens = _TOKEN.findall(text)
    known = set()
    for _, run in _runs_not_after_prepositions(tokens):
        # "Trenar Sæle meiner …": the surname after a role
        name = run[0] if len(run) == 1 else _strip_roles(run)
        if name is not None and " " not in name and _ended_a_name(name, before):
            known.add(name)
    return known.pop() if len(known) == 1 else None


def _ended_a_name(word: str, text: str) -> bool:
    """Whether `word` stands in `text` as the last word of a name ("Timo Weinhardt")."""
    if len(word) < 3 or word not in text:
        return False
    return any(
        match.group(1)[:1].isupper()
        for match in re.finditer(rf"\b([^\W\d_][\w'’-]*)\s+{re.escape(word)}\b", text)
    )


def _pronoun_speaks(sentence: str) -> bool:
    """Whether the sentence ends with a pronoun and a speech verb ("…, svarer han",
    "…, he said")."""
    verbs = list(_verbs(sentence + ":"))
    if not verbs:
        return False
    last = verbs[-1]
    after = sentence[last.end() :].strip(" ,:").split()
    # "svarer han", "sa hun det slik"; not "mener de reisende" ("de": also "the")
    if (
        after
        and after[0].lower() in PRONOUNS
        and after[0].lower() not in ARTICLES
        and after[0] != "i"  # "skriver i en kommentar": lower-case "i" is "in", English "I" is not
    ):
        return True
    # "Er sagte der Deutschen Presse-Agentur", "Hun forklarer til NTB hvorfor …": the
    # pronoun before the verb, and the one spoken to after it; not "Det siger Jannik
    # Olsen til Ritzau:", where "det" is what is said and the speaker follows the verb
    before = sentence[: last.start()].split()
    return (
        bool(before)
        and before[-1].lower() in PRONOUNS
        and before[-1].lower() not in _DEMONSTRATIVE_WORDS
    )


def _only_full_name(text: str) -> str | None:
    """The one name of two or more words in `text` (roles dropped), or None if there are
    none or several."""
    names: set[str] = set()
    apposed: set[str] = set()
    tokens = _TOKEN.findall(text)
    for start, run in _capitalised_runs(tokens):
        if start and _is_kind_of_company(tokens[start - 1], run):
            continue  # "i meglerhuset Nordvik Securities": a company, named after its kind
        if (run and run[0].lower() in _NUMBER_WORDS) or (
            start and (tokens[start - 1].isdigit() or tokens[start - 1] in _GERMAN_NUMERALS)
        ):
            # "wenige Hundert Meter", "12 Kilometer Luftlinie", "sieben Jahre Haft": German
            # nouns after a number
            continue
        if start and tokens[start - 1].lower() in PREPOSITIONS:
            # "Juridisk konsulent i Forbrugerrådet Tænk Mads Kjeldsen opfordrer …"
            name = _name_after_organisation(
                tokens, start, after_role=start >= 2 and _is_role(tokens[start - 2]), subject=True
            )
            if name is None and _aged(tokens, start + len(run)):
                name = _strip_roles(run)  # "à Samira Benhadj, 34 ans, …": a person
        elif (
            start >= 2
            and tokens[start - 1].lower() in ARTICLES
            and tokens[start - 2].lower() in PREPOSITIONS
        ):
            continue  # "at the State Control Centre": a place
        elif (
            len(run) >= OUTLET_AND_NAME_MIN_WORDS
            and (given := _given_name_after_the_first_word(run))
            and not any(_is_role(word) for word in run[:given])  # a title reads it whole
        ):
            # "möter SVT Nyheter Skåne Sara Yilmaz": who meets her, then her name
            name = _strip_roles(run[given:])
        else:
            name = _strip_roles(run)
        if name is None:
            continue
        words = name.split()
        if len(words) == 1 and _aged(tokens, start + len(run)) and name.isalpha():
            names.add(name)  # "Fatoumata, 24 ans, …": a first name alone, with the age
            continue
        if (
            len(words) < 2
            or any(
                (w.lower() in ARTICLES or w.lower() in STOPWORDS)
                # "Konstantin von Weyhe": a particle inside the name
                and not (0 < position < len(words) - 1 and w.lower() in _NAME_PARTICLES)
                for position, w in enumerate(words)
            )
            or words[-1].lower() in _CALENDAR_WORDS
            or _is_genitive(run[-1])  # "Canterbury City Council's member …"
        ):
            continue  # not "der die", nor "Ende März" (German capitalises a date's nouns)
        names.add(name)
        end = start + len(run)
        if start and tokens[start - 1] == "," and end < len(tokens) and tokens[end] == ",":
            apposed.add(name)  # ", Per Arne Lidal,": the person the phrase before names
    if len(names) > 1 and len(apposed) == 1:
        return apposed.pop()  # "Daglig leder i transportfirmaet Vossebil Frakt, Per Arne Lidal, …"
    if len(names) > 1:
        # "Rosemarie Eder … wie Helfer Möbel auf einen Anhänger luden": German nouns side
        # by side read as a name; the one person's name opens with a given name
        people = [name for name in names if is_given_name(name.split(maxsplit=1)[0])]
        if len(people) == 1:
            return people[0]
    return names.pop() if len(names) == 1 else None


def _name_after(tokens: Sequence[str]) -> tuple[bool, str | None]:
    """The name in the tokens after a speech verb, skipping the role in front of it.

    Returns (True, None) for a pronoun, which settles that nobody is named, and
    (False, None) when this verb turned out not to introduce a name at all.
    """
    index = 0
    while index < len(tokens):
        token = tokens[index]
        lowered = token.lower()
        if index == 0 and lowered in _NAME_PARTICLES and len(tokens) > 1:
            # "sagt von Grünigen", "a dit de Villepin", "tilføjer van der Hoeven",
            # "konstaterar af Tornstedt": a name that opens with its particles
            second = tokens[1].lower() in _NAME_PARTICLES and len(tokens) > 2
            surname = tokens[2 if second else 1]
            if surname[:1].isupper() and (
                lowered not in PREPOSITIONS_NOT_PARTICLES
                or (lowered == "af" and _name_closes(tokens, 2 + second))
            ):
                run = [*tokens[: 1 + second], *_run_from(tokens, 1 + second)]
                return (True, " ".join(t.rstrip(".,") for t in run))
        if index == 0 and lowered in _NORDIC_DEFINITE and _role_then_name(tokens):
            index += 1  # "siger den politiske analytiker Natalia Stratan": an article
            continue
        if _is_lawyers_title(tokens, index) or _is_detectives_rank(tokens, index):
            pass  # "Me Julien Ferrand", "Det Insp Rhys Morgan": a title, no pronoun
        elif (
            token in POSSESSIVES
            and index + 1 < len(tokens)
            and _is_role_word(tokens[index + 1])
            and index < MAX_ROLE_WORDS
        ):
            index += 1  # "säger hennes försvarare, advokat Maria Sjöström"
            continue
        elif (
            lowered in PRONOUNS
            and token != "i"  # lower-case "i" is "in", English "I" is not
            # "le capitaine de frégate …", "la rapporteure du texte": French "de" and "du"
            # after a title, not Nordic "they" and "you"
            and not (index and lowered in _OF_WORDS and _is_role(tokens[index - 1]))
        ):
            return (index == 0, None)
        if (
            index == 0
            and lowered in INDEFINITE_ARTICLES
            and len(tokens) > 2
            and tokens[1][:1].islower()
            # "a lancé un député LR": the party's letters tag the role, they name nobody
            and (not tokens[2][:1].isupper() or _is_acronym(tokens[2]))
        ):
            # "säger en utredare vid polisen i region Väst": an unnamed one and where they
            # work; a name may be set off after the phrase.  ("sa en tårevåt Strand": an
            # adjective, then the name.)
            return (True, _apposed_after_phrase(tokens))
        if lowered in INDEFINITE_ARTICLES and len(_run_from(tokens, _noun_at(tokens, index))) == 1:
            # "sagte ein Schweißer", "said a Labour councillor": a noun, not a name, after
            # an indefinite article; a name may be set off after the phrase ("…, John
            # Hale").  An adjective first keeps the name ("sa en tårevåt Strand").
            return (True, _apposed_after_phrase(tokens[index:]))
        if (
            index == 0
            and lowered in _GERMAN_DEFINITE
            and len(tokens) > 5
            and tokens[1].isdigit()
            and tokens[2] == "Jahre"
            and tokens[3] in _GERMAN_AGED
        ):
            index = 4  # "sagte die 29 Jahre alte Melanie Brandt": her age, then her name
            continue
        if index == 0 and lowered in _GERMAN_DEFINITE and len(tokens) > 3:
            attribute_end = _extended_attribute_end(tokens)
            if attribute_end:
                # "sagte der für Sicherheit zuständige Stadtrat Clemens Hauser": the phrase
                # before the adjective qualifies the role that follows it
                index = attribute_end
                continue
        if _age_is_the_subject(tokens, index):
            # "sagte die 34-Jährige der Süddeutschen Zeitung", "sier 34-åringen til VG": the
            # age is the subject's noun, nobody is named (unless set off after it)
            return (True, _apposed_after_phrase(tokens[index:]))
        if _is_indefinite_subject(tokens, index):
            # "sagte einer von ihnen": nobody, unless a name is set off after it
            # ("säger en av medlarna, Lars Hägg").
            return (True, _apposed_after_phrase(tokens[index:]))
        if (
            lowered in RECIPIENT_MARKERS
            and index + 2 < len(tokens)
            and (tokens[index + 1].lower() in ARTICLES or tokens[index + 1].isdigit())
            and tokens[index + 2][:1].isupper()
        ):  # "… à la RTS le major …", "explique à 20 Minutes Olivier Berthiol"
            # "a indiqué à la RTS le major Olivier Rochat": the one spoken to, with its article
            index += 2 + _words_spoken_to(len(_run_from(tokens, index + 2)))
            continue
        if (
            lowered in RECIPIENT_MARKERS
            and index + 3 < len(tokens)
            and tokens[index + 1] == "l'"
            and _is_acronym(tokens[index + 2])
        ):
            index += 3  # "a indiqué à l'AFP le capitaine …": the agency spoken to
            continue
        if (
            lowered in RECIPIENT_MARKERS
            and index + 3 < len(tokens)
            and tokens[index + 1] in _OPENING_MARKS
            and (closing := _closing_mark_at(tokens, index + 2)) is not None
        ):
            index = closing + 1  # "a déclaré aux « Echos » Pieter Verhaegen": the paper
            continue
        if lowered == "auprès" and index + 2 < len(tokens) and tokens[index + 1] in _OF_WORDS:
            # "a réagi auprès de franceinfo Laurence Aubanel": the one spoken to, its
            # article elided perhaps ("auprès de l’AFP Nicolas Ferrandi")
            index += 2 + (tokens[index + 2] in _ELIDED_L)
            index += _words_spoken_to(len(_run_from(tokens, index)) or 1)
            continue
        if lowered in RECIPIENT_MARKERS and index + 1 < len(tokens):
            recipient = len(_run_from(tokens, index + 1))
            if recipient:
                # "a dit à Reuters Marc Lefèvre", "sagte dem BR": the one spoken to;
                # a speaker may still follow.
                index += 1 + _words_spoken_to(recipient)
                if index < len(tokens) and tokens[index].isdigit():
                    index += 1  # "à France 24 Leïla Ben Salah", "til TV 2"
                continue
        if token[:1].isupper():
            if (
                index >= 2
                and tokens[index - 2].lower() in PREPOSITIONS
                and tokens[index - 2].lower() not in RECIPIENT_MARKERS  # "à franceinfo Élodie"
                and tokens[index - 1].isalpha()
                and tokens[index - 1].islower()
                and len(_run_from(tokens, index)) == 1
            ):
                return (False, None)  # "polisen i region Mitt": a place named after its kind
            if index and tokens[index - 1].lower() in PREPOSITIONS:
                # "sier ministeren om Ola"; but a name may be set off after the place or
                # organisation ("… i Mariagerfjord Kommune, Bente Lauritsen (V)")
                apposed = _apposed_after_run(tokens, index)
                return (apposed is not None, apposed)
            if (
                index >= 2
                and tokens[index - 1].lower() in ARTICLES
                and (tokens[index - 2].lower() in PREPOSITIONS)
            ):
                # "said a spokesman for the Environment Agency": the organisation of an
                # unnamed speaker; a name may be set off after it ("…, John Hale").
                return (
                    True,
                    _apposed_after_phrase(tokens[index + len(_run_from(tokens, index)) :]),
                )
            run = _run_from(tokens, index)
            if _organisations_speak():
                run = _with_kind_of_body(run, tokens[index + len(run) : index + len(run) + 1])
            rest = tokens[index + len(run) :]
            if (
                len(run) == 1
                and index
                and tokens[index - 1].lower() in _DEFINITE_ARTICLES
                and (not rest or not _is_capitalised(rest[0]))
                # "a réagi le CIVB": an organisation's letters, when they may speak
                and not (_organisations_speak() and _is_acronym(run[0]))
            ):
                # "sagte der Angeklagte", "said the Pope": a noun with its article; a
                # name may be set off after its phrase ("der Vorsitzende der …, Ole Hansen").
                return (True, _apposed_after_phrase(rest))
            if rest and _qualifies_a_role(rest):
                # "an Environment Agency spokesperson", "SJ:s presschef": an organisation
                # and a role; a name may follow ("... area manager Claire Hollis"), or be
                # set off after the role's phrase ("Västtrafiks regionchef för Fyrbodal,
                # Peter Strömberg").
                role_of = _skip_genitive(rest)
                return (True, _name_after_role(role_of) or _apposed_after_phrase(role_of))
            if (
                len(rest) >= 2
                and rest[0].lower() in PREPOSITIONS
                and rest[1][:1].isupper()
                and _is_role(run[-1])
            ):
                # "said Oregon Secretary of State Mary-Beth Kessler": a title with its
                # "of", then the name
                titled = _name_after_organisation(tokens, index + len(run) + 1, after_role=True)
                if titled is not None:
                    return (True, titled)
            name = _strip_roles(run)
            if rest and (name is None or name == " ".join([t.rstrip(".,") for t in run])):
                # No role was stripped, so the run may only qualify a later name:
                # "Environment Agency area manager Claire Hollis", "Ukrainas president X",
                # "der Konzernbevollmächtigte der Bahn für Bayern, Thomas Brandl".
                later = _name_after_role(rest) or _apposed_name(rest)
                if later is None and index and tokens[index - 1].lower() in ARTICLES:
                    later = _apposed_after_phrase(rest)
                if later is not None and not _is_role(later.rsplit(" ", 1)[-1]):
                    # (not "Markus Heinlein, Erster Bevollmächtigter der IG Metall": the
                    # name, then its role set off after it)
                    return (True, later)
            return (name is not None, name)
        if index and lowered in PREPOSITIONS:
            # "siger formand for Fagbevægelsens Hovedorganisation Lizette Risgaard."
            after_role = _is_role(tokens[index - 1])
            named_at = index + 1
            while (
                named_at < min(len(tokens), index + 3)
                and tokens[named_at].isalpha()
                and tokens[named_at].islower()
            ):
                named_at += 1  # "for fanklubben Gudenå Support, …": its kind first
            # "formand for Skjern Å Sportsfiskerforening, Kasper Rind Østergaard"
            apposed = _apposed_after_run(tokens, named_at)
            if apposed is not None:
                return (True, apposed)
            name = _name_after_organisation(tokens, index + 1, after_role=after_role)
            if name is None and after_role:
                name = _name_after_department(tokens, index + 1) or _name_after_joined_names(
                    tokens, index + 1
                )
            if (
                name is None
                and after_role
                and named_at > index + 1
                and not any(t in PREPOSITIONS for t in tokens[index + 1 : named_at])
            ):  # "capitaine de frégate Yann …" (not "formand for udvalget i Randers …")
                name = _name_after_title(tokens, named_at)
            if name is None and index + 1 < len(tokens) and tokens[index + 1][:1].isupper():
                # "… i Mariagerfjord Kommune, Bente Lauritsen (V)": the name set off after
                # the organisation
                name = _apposed_after_run(tokens, index + 1)
            if name is None and after_role:
                name = _given_name_closing(tokens, index + 1)
            if name is not None:
                return (True, name)
        if index + 1 > MAX_ROLE_WORDS or not _may_precede_name(token, tokens, index):
            return (False, None)
        index += 1
    return (False, None)


_OPENING_MARKS = frozenset('«“„"')
_CLOSING_MARKS = frozenset('»”“"')
QUOTED_TITLE_MAX_TOKENS = 6


def _closing_mark_at(tokens: Sequence[str], start: int) -> int | None:
    """Where the mark closing a title in quotation marks stands, a few words on."""
    for index in range(start, min(len(tokens), start + QUOTED_TITLE_MAX_TOKENS)):
        if tokens[index] in _CLOSING_MARKS:
            return index
    return None


ORGANISATION_AND_NAME_MIN_WORDS = 4
OUTLET_AND_NAME_MIN_WORDS = 4
_CLAUSE_ENDS = frozenset(".,;!?")


def _words_spoken_to(run_length: int) -> int:
    """How many words of the capitalised run after "to" name the one spoken to: all of a
    run of one or two ("sagte dem BR", "told BBC News"); of a longer run, the outlet's one
    word, as the speaker's name follows it ("a dit à Reuters Marc Lefèvre")."""
    return 1 if run_length >= 3 else run_length


def _name_after_title(tokens: Sequence[str], start: int) -> str | None:
    """The name right after a title whose complement is in lower case ("le capitaine de
    frégate Yann Le Bihan", "chef de service Marie Dupont"), when it ends the clause."""
    if start >= len(tokens) or not tokens[start][:1].isupper():
        return None
    run = _run_from(tokens, start)
    return _strip_roles(run) if run and _name_closes(tokens, start + len(run)) else None


def _name_closes(tokens: Sequence[str], end: int) -> bool:
    """A name after a role's organisation or department must end where the clause does,
    before a party's letter ("… Louise Dam Hvidberg (S)") or before whom it was said to
    ("… Ole Berg til DR"): otherwise the capitalised words run on into something else."""
    return (
        end >= len(tokens)
        or tokens[end] in _CLAUSE_ENDS
        or tokens[end] == "("
        or tokens[end].lower() in RECIPIENT_MARKERS
    )


def _name_after_organisation(
    tokens: Sequence[str], start: int, *, after_role: bool = False, subject: bool = False
) -> str | None:
    """The name that ends a role's organisation: "formand for Landbrug Himmerland Jens
    Christian Dahl".  Nothing in the words tells where the organisation's name stops and
    the person's begins; a person is named by two words, by three when the capitalised
    run has five or more (an organisation of two words or more before it).  Only a run
    of four capitalised words or more that ends the clause, or stands before the speech
    verb, is read so; three will do `after_role`, a role word right before the
    preposition ("direktør i Rejsegarantifonden Lise Kaae", "député du Rhône Jean-Marc
    Ferrand").  A sentence's `subject` may be followed by any verb in lower case."""
    run = _run_from(tokens, start)
    end = start + len(run)
    if (
        not run
        or (
            not _name_closes(tokens, end)
            and tokens[end].lower() not in _VERB_TOKEN_SET  # "… Jens Christian Dahl svarer:"
            and not (subject and tokens[end][:1].islower())
        )
    ):
        return None
    capitalised = [token for token in run if token[:1].isupper()]
    if len(capitalised) < ORGANISATION_AND_NAME_MIN_WORDS - after_role:
        return None
    if capitalised[-1].rstrip(".,") in _COMPANY_FORMS:
        return None  # "i Vågen Marina AS, Per Egil Lervik": the company alone
    for position in range(len(capitalised) - 3, -1, -1):
        if position and capitalised[position].lower() in ORGANISATION_HEADS:
            # "Syd- og Sønderjyllands Politi Camilla Holst": the name after the head word
            return _strip_roles(capitalised[position + 1 :])
        if capitalised[position] in _COMPANY_FORMS:
            # "Raufoss Elektro AS Kari Holmstad": the company's legal form ends its name.
            return _strip_roles(capitalised[position + 1 :])
    given = _given_name_after_the_first_word(capitalised)
    if given is not None and len(capitalised) - given <= MAX_NAME_TOKENS:
        # "i Voss Lars Inge Haugsnes", "i Grundfos Poul Due Jensen": the name opens with
        # a given name, however many words it has
        return _strip_roles(capitalised[given:])
    name_words = 3 if len(capitalised) > ORGANISATION_AND_NAME_MIN_WORDS else 2
    return _strip_roles(capitalised[-name_words:])


GIVEN_NAME_REACH = 12
"""How many words of an organisation's description may stand before the name."""


def _given_name_closing(tokens: Sequence[str], start: int) -> str | None:
    """The name that closes the attribution after an organisation described in words of
    its own ("næstformand i 3F's gruppe for hotel og restauration Dorthe Riis Kamp"): a
    run that opens with a given name and ends the clause."""
    for position in range(start, min(len(tokens), start + GIVEN_NAME_REACH)):
        token = tokens[position]
        if token in _CLAUSE_ENDS:
            return None
        if is_given_name(token):
            run = _run_from(tokens, position)
            if len(run) >= 2 and _name_closes(tokens, position + len(run)):
                return _strip_roles(run)
    return None


def _given_name_after_the_first_word(run: Sequence[str]) -> int | None:
    """Where the person's given names begin after the organisation's first word, a surname
    at least after them: the last given names that stand together ("Voss Lars Inge
    Haugsnes"), as a given name inside the organisation's name stands apart from the
    person's ("Stiftelsen Olav Thon Per Hansen", "Royal Victoria Infirmary Jane Smith")."""
    given = [index for index in range(1, len(run) - 1) if is_given_name(run[index])]
    if not given:
        return None
    start = given[-1]
    while start - 1 in given:
        start -= 1
    return start


DEPARTMENT_MAX_WORDS = 5


def _name_after_department(tokens: Sequence[str], start: int) -> str | None:
    """The name after a role's place and department: "politiadvokat i Oslo
    politidistrikt Kari Holm", where a word in lower case ends the department's name and
    a name of two words or more, ending the clause, follows it."""
    for position in range(start + 1, min(len(tokens), start + DEPARTMENT_MAX_WORDS + 1)):
        before = tokens[position - 1]
        if not tokens[position][:1].isupper():
            continue
        if (
            not before[:1].islower()
            or before.lower() in STOPWORDS
            or before.lower() in ARTICLES  # "a spokesman for the Environment Agency"
            or not before.isalpha()
        ):
            return None
        run = _run_from(tokens, position)
        end = position + len(run)
        closes = _name_closes(tokens, end)
        return _strip_roles(run) if 2 <= len(run) <= MAX_NAME_TOKENS and closes else None
    return None


def _name_after_joined_names(tokens: Sequence[str], start: int) -> str | None:
    """The name after a department named by two words joined by "and": "rådmand for
    Teknik og Miljø Lars Ebbesen", "Minister for Climate and Energy Jane Doe".  The word
    after "and" ends the department; a name of two words or more, ending the clause,
    follows it."""
    first = _run_from(tokens, start)
    joiner = start + len(first)
    if not first or joiner >= len(tokens) or tokens[joiner] not in _AND_WORDS:
        return None
    second = _run_from(tokens, joiner + 1)
    if len(second) < 3 or not _name_closes(tokens, joiner + 1 + len(second)):
        return None
    return _strip_roles(second[1:])


_OF_WORDS = frozenset(("de", "du", "des", "d’", "d'"))
_GERMAN_INDEFINITE = frozenset(("ein", "eine", "einer", "einem", "einen"))
MAX_ADJECTIVES = 3


def _noun_at(tokens: Sequence[str], article: int) -> int:
    """Where the noun of an indefinite article's phrase stands: right after it, or in
    German after its adjectives ("eine 84-jährige Zeugin", "ein älterer Herr"), since
    German capitalises every noun.  Elsewhere a capital after an adjective is a name
    ("sa en tårevåt Strand")."""
    index = article + 1
    if tokens[article].lower() in _GERMAN_INDEFINITE:
        while (
            index < len(tokens)
            and index - article <= MAX_ADJECTIVES
            and (tokens[index][:1].islower() or tokens[index][:1].isdigit())
            and tokens[index][-1:].isalpha()
        ):
            index += 1
    return index


_GERMAN_DEFINITE = frozenset(("der", "die", "das", "dem", "den"))
_NORDIC_DEFINITE = frozenset(("den", "det"))


def _role_then_name(tokens: Sequence[str]) -> bool:
    """After "den"/"det": words in lower case up to a role, then a name ("den politiske
    analytiker Natalia Stratan"), as the article of a role, not the pronoun "it"."""
    for position in range(1, min(len(tokens), MAX_ROLE_WORDS + 2)):
        token = tokens[position]
        if token[:1].isupper():
            return position >= 2 and _is_role(tokens[position - 1])
        if not token.isalpha():
            return False
    return False


_GERMAN_AGED = frozenset(("alte", "alter", "junge", "junger"))
EXTENDED_ATTRIBUTE_MAX_WORDS = 5


def _extended_attribute_end(tokens: Sequence[str]) -> int:
    """Where the role begins after a German article and its extended attribute ("der für
    Sicherheit zuständige | Stadtrat …"): the article, a preposition and its words, then the
    adjective in lower case that closes the phrase; 0 when the tokens are not so built."""
    if tokens[1].lower() not in PREPOSITIONS:
        return 0
    for position in range(2, min(len(tokens) - 1, 2 + EXTENDED_ATTRIBUTE_MAX_WORDS)):
        token = tokens[position]
        if not token.isalpha():
            return 0
        if token.islower() and token.endswith(("e", "en")) and tokens[position + 1][:1].isupper():
            return position + 1
    return 0


def _age_is_the_subject(tokens: Sequence[str], index: int) -> bool:
    """Whether the age right after the verb (or its article) is the speaker's noun, with
    no name after it ("34-åringen Ola Hansen" names him)."""
    if index > 1 or (index == 1 and tokens[0].lower() not in ARTICLES):
        return False
    if _AGE_NOUN().match(tokens[index]) is None:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return not following[:1].isupper() or following.lower() in ARTICLES


def _is_indefinite_subject(tokens: Sequence[str], index: int) -> bool:
    """ "one of them", "en av dem", "einer von ihnen", "l'un d'eux"."""
    if tokens[index].lower() not in INDEFINITE_SUBJECTS or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].lower()
    return following in PARTITIVES or following.startswith(("d'", "d’"))


def _apposed_after_phrase(rest: Sequence[str]) -> str | None:
    """The name set off by a comma after a role noun's phrase ("der Bahn für Bayern,
    Thomas Brandl"), within the clause."""
    for position, token in enumerate(rest[: MAX_ROLE_WORDS + 2]):
        if token == ",":
            return _apposed_name(rest[position:])
        if token in ".;:!?" or token.endswith("."):
            return None
    return None


def _apposed_after_run(tokens: Sequence[str], start: int) -> str | None:
    """The name set off by commas after the place or organisation that starts at
    `start`: "i Mariagerfjord Kommune, Bente Lauritsen (V)".  Without that run there is
    nothing for a name to be set off after."""
    run = _run_from(tokens, start)
    return _apposed_name(tokens[start + len(run) :]) if run else None


def _apposed_name(tokens: Sequence[str]) -> str | None:
    """ "Sozialdezernentin der Stadt Kleinmeeren, Birgit Lohmann": a name set off by commas."""
    if not tokens or tokens[0] != ",":
        return None
    if len(tokens) > 3 and tokens[1].lower() in _DEFINITE_ARTICLES and _is_role(tokens[2]):
        # ", la sénatrice centriste Nathalie Guérin": the role with its article, then the name
        start = 3
        while start < min(len(tokens), 6) and tokens[start].isalpha() and tokens[start].islower():
            if tokens[start] in ARTICLES or tokens[start] in PREPOSITIONS:
                return None  # "der Vorsitzende des Vereins": the role's phrase, no name
            start += 1
        return _name_after_title(tokens, start)
    run = _run_from(tokens, 1)
    if run and _is_genitive(run[-1]):
        return None  # "Owen Kirkbride, Network Rail’s project manager": a role, not a name
    return _strip_roles(run) if len(run) >= 2 else None


def _qualifies_a_role(rest: Sequence[str]) -> bool:
    """Whether what follows a capitalised run makes it a qualifier, not a name."""
    rest = _skip_genitive(rest)
    # `_is_role_word` already turns away a time word ("… Melissa Dargis ifølge Reuters").
    return (
        bool(rest)
        and _is_role_word(rest[0])
        and rest[0].lower() not in POSSESSIVES  # "avslutar Ahlberg sin text"
    )


def _skip_genitive(rest: Sequence[str]) -> Sequence[str]:
    """Swedish writes the genitive of an abbreviation with a colon: "SJ:s presschef"."""
    if len(rest) >= 2 and rest[0] == ":" and rest[1].lower() == "s":
        return rest[2:]
    return rest


def _name_after_role(tokens: Sequence[str]) -> str | None:
    """ "Environment Agency area manager Claire Hollis": the qualifier's role, then a name."""
    roles = 0
    while roles < len(tokens) and _is_role_word(tokens[roles]):
        roles += 1
    if 0 < roles <= 3 and roles < len(tokens) and tokens[roles] == ",":
        return _apposed_name(tokens[roles:])  # "Østbornholms cheftræner, Michael Bech"
    if not 0 < roles <= 3 or roles >= len(tokens) or not _is_capitalised(tokens[roles]):
        return None
    return _strip_roles(_run_from(tokens, roles))


def _may_precede_name(token: str, tokens: Sequence[str], index: int) -> bool:
    """Role words, ages ("74-årige") and the commas of "træner, Javier Molina"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    if token == ",":
        # "træner, Javier Molina"; "försvarare, advokat Maria Sjöström"
        return index > 0 and (
            _is_capitalised(following) or (bool(following) and _is_role(following))
        )
    if not any(map(str.isalpha, token)):
        return False
    if token.lower() in STOPWORDS:
        return following[:1].islower()  # "byråd for byutvikling Sigrun Melby"
    return True  # a role word, or an article before one


def _appositive(text: str) -> str | None:
    """ "…, a déclaré la maire de Paris, Anne Hidalgo, samedi" → the name between commas."""
    segment = _CLAUSE_END().split(text, maxsplit=1)[0]
    for part in segment.split(",")[1:]:
        tokens = _TOKEN.findall(part)
        if len(tokens) >= 2 and all(
            _is_capitalised(t) or t.lower() in _NAME_PARTICLES for t in tokens
        ):
            return _strip_roles(tokens)
    return None


def _run_from(tokens: Sequence[str], start: int) -> list[str]:
    """Capitalised tokens from `start`, allowing name particles ("von", "de") inside."""
    run: list[str] = []
    last = len(tokens) - 1
    for position in range(start, last + 1):
        token = tokens[position]
        lowered = token.lower()
        capitalised = token[:1].isupper() or (
            not run and token[:1].isdigit() and token[-1:].isupper() and token.isalnum()
        )  # "3F Esbjerg": an organisation's name may open with a digit
        if (
            capitalised
            and token.endswith(".")
            and len(token) > 3
            and lowered not in _ABBREVIATIONS
            and "." not in token[:-1]  # "U.S. District Judge Eleanor Marsh" goes on
        ):
            if not (run and token[:-1].isupper() and not run[0].isupper()):
                # not "sagte Helga Brandt WELT.": the outlet spoken to, in capitals
                run.append(token[:-1])  # "Hinrichsen." ends the sentence and the name
            break
        particle = (
            lowered in _NAME_PARTICLES
            and position < last
            and (
                tokens[position + 1][:1].isupper()
                or (  # "von der Leyen", "de la Peña": two particles, then the name
                    position + 1 < last
                    and tokens[position + 1].lower() in _NAME_PARTICLES
                    and tokens[position + 2][:1].isupper()
                )
            )
            # "Ursula von der Leyen", "Ramón De la Peña", "Trainer Henrik de Vries"; not
            # "Katharina Moser von GeoSphere"
            and (
                len(run) <= 1
                or run[-1].lower() in _NAME_PARTICLES
                or all(_is_role(token) for token in run[:-1])
            )
        )
        if (
            particle
            and lowered in ("der", "den")
            and (not run or run[-1].lower() not in ("von", "van"))
        ):
            break  # "Wiesner der Deutschen Presse-Agentur": a genitive, not "von der Leyen"
        if (
            not capitalised
            and run
            and run[-1].endswith("-")
            and token in _AND_WORDS
            and position < last
            and (
                tokens[position + 1][:1].isupper()
                or tokens[position + 1].lower().endswith(_AGENCY_SUFFIXES)
            )
        ):
            run.append(token)  # "Syd- og Sønderjyllands Politi": one organisation's name
            continue
        if (
            len(run) >= 2
            and run[-2].endswith("-")
            and run[-1] in _AND_WORDS
            and token.islower()
            and token.endswith(_AGENCY_SUFFIXES)
        ):
            run.append(token)  # "Nærings- og fiskeridepartementet": one ministry's name
            break
        if (
            not capitalised
            and run
            and position < last
            and tokens[position + 1][:1].isupper()
            and _organisations_speak()
            and _joins_an_organisations_name(lowered, run)
        ):
            run.append(token)  # "Kansas Department of Health and Environment"
            continue
        if not (capitalised or (run and particle)):
            break
        if (
            run
            and len(token) > 2
            and token.isupper()
            and not run[0].isupper()
            and lowered.rstrip(".") not in _ROLE_ABBREVIATIONS  # "Nickel Belt MPP Sylvie …"
        ):
            break  # "Vogt MDR SACHSEN-ANHALT": the outlet spoken to, in capitals, after a name
        run.append(token)
        if len(run) >= RUN_MAX_TOKENS:
            break
    while run and run[-1].lower() in _NAME_PARTICLES:
        run.pop()
    return run


def _joins_an_organisations_name(word: str, run: Sequence[str]) -> bool:
    """Whether a small word goes on with an organisation's name: "of" or "for" after the
    word for its kind ("Department of Health", "Ministry for Europe"), "and" once an "of"
    has come ("… of Health and Environment")."""
    if word in ("of", "for"):
        return run[-1].lower() in ORGANISATION_HEADS
    return word in ("and", "&") and any(token in ("of", "for") for token in run)


def _is_lawyers_title(tokens: Sequence[str], index: int) -> bool:
    """ "Me Delphine Aubrac": a French lawyer's title (Maître) before a name, not the
    nynorsk pronoun "me"."""
    return tokens[index] == "Me" and index + 1 < len(tokens) and tokens[index + 1][:1].isupper()


def _capitalised_runs(tokens: Sequence[str]) -> list[tuple[int, list[str]]]:
    runs: list[tuple[int, list[str]]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        # `_opens_a_run`, written out: this loop reads every token of a paragraph
        if _is_capitalised(token) and (
            token.lower() not in PRONOUNS or _is_lawyers_title(tokens, index)
        ):
            run = _run_from(tokens, index)
            runs.append((index, run))
            index += max(1, len(run))
        else:
            index += 1
    return runs


def _opens_a_run(tokens: Sequence[str], index: int) -> bool:
    """Whether a capitalised run starts at `index`: a capital, not a pronoun ("Me
    Delphine Aubrac" aside)."""
    token = tokens[index]
    return _is_capitalised(token) and (
        token.lower() not in PRONOUNS or _is_lawyers_title(tokens, index)
    )


def _runs_not_after_prepositions(tokens: Sequence[str]) -> Iterator[tuple[int, list[str]]]:
    """Capitalised runs that may name a person: after a preposition one is the one spoken
    to or a place ("til NTB", "to Sky News", "in Oslo")."""
    for start, run in _capitalised_runs(tokens):
        if start and tokens[start - 1].lower() in PREPOSITIONS:
            continue
        if start and tokens[start - 1] in _TELLS:
            continue  # "… told Sky News:": English puts the one told right after the verb
        if (
            start == 0
            and len(run) >= 2
            and run[0].lower() in PREPOSITIONS
            and run[0].lower() not in _NAME_PARTICLES
        ):
            # A sentence opening with a preposition, capitalised: "Pour Hervé Combier, la
            # question …" names the one after it in full; "Am Morgen stand er … und
            # sagte:" opens with an adverbial, and a lone noun after it is no name.
            if len(run) >= 3:
                yield start + 1, run[1:]
            continue
        if (
            start >= 2
            and tokens[start - 1].lower() in ARTICLES
            and tokens[start - 2].lower() in PREPOSITIONS
        ):
            continue  # "at the State Control Centre": a place, with its article
        if (
            start >= 2
            and tokens[start - 1] in _AND_WORDS
            and (
                tokens[start - 2].endswith("-")
                or (
                    len(run) >= 3
                    and start >= 3
                    and _is_capitalised(tokens[start - 2])
                    and tokens[start - 3].lower() in PREPOSITIONS
                )
            )
        ):
            # "kontorchef i Teknik- og Miljøforvaltningen Lene Hvid", "Rådmand for Teknik
            # og Miljø Lars Ebbesen": the first word ends the department's name
            start, run = start + 1, run[1:]
        yield start, run


def _strip_roles(run: Sequence[str]) -> str | None:
    """Drop capitalised titles in front of the name; keep honorifics ("Mr Ross")."""
    if not run:
        return None
    tokens = [
        token
        if token.lower() in _HONORIFICS
        else token.rstrip(",")
        # "J.D.", "Line K. Mortensen": initials keep their full stop
        if "." in token[:-1] or (len(token) == 2 and token[1] == "." and token[0].isupper())
        else token.rstrip(".,")
        for token in run
    ]
    if (
        len(tokens) >= 2
        and (len(run[0]) > 1 or run[0] == "A")
        and tokens[0].lower() in INDEFINITE_ARTICLES
    ):
        return None  # "Ein Fondsmanager, der …": a noun with its article, nobody named
    if len(tokens) == 2 and tokens[0].lower() in ARTICLES and _is_role(tokens[1]):
        return None  # "Die Ministerin sagte dazu:", "Le Préfet": a role, not "Le Pen"
    if len(tokens) >= 3 and (
        tokens[0] in PARTY_GENITIVES or _PARTY_GENITIVE().match(tokens[0]) is not None
    ):
        # "Fremskrittspartiets Kjetil Brekke", "SVs Aslak Wold Hegge": the party's, then
        # the name
        tokens = tokens[1:]
        run = run[1:]
    if len(tokens) == 2 and tokens[0].lower() in POSSESSIVES and tokens[0] != "Hans":
        return None  # "Sein Labrador", "Ihre Tochter": a noun with its possessive
    if 1 <= len(tokens) <= 2 and _is_acronym(tokens[0]):
        # "SKR", "NAV Trøndelag": an organisation's letters, no person's name
        return _organisation(tokens)
    if len(tokens) == 2 and tokens[0].lower().endswith(_AGENCY_SUFFIXES):
        # "Länsstyrelsen Skåne", "Räddningstjänsten Storgöteborg": an authority
        return _organisation(tokens)
    if len(tokens) >= 3 and tokens[-2] in _AND_WORDS and tokens[-1].endswith(_AGENCY_SUFFIXES):
        return _organisation(tokens)  # "Nærings- og fiskeridepartementet": a ministry
    if len(tokens) >= 2 and tokens[-1].lower() in ORGANISATION_HEADS:
        # "Randers Kommune", "Calder Minerals": an institution, no person
        return _organisation(tokens)
    last_role = last_agent = -1
    # "Ihre Verlegerin Dagmar Schöllkopf": the possessive or article before the role
    opening = 1 if tokens[0].lower() in POSSESSIVES or tokens[0].lower() in ARTICLES else 0
    for index, token in enumerate(tokens[:-1]):
        if (
            index
            and last_role != index - 1
            and token.lower() in _ROLE_ABBREVIATIONS
            and not run[index].endswith(".")
            and not run[index].isupper()  # "Labour TD Ciarán Moloney"
        ):
            continue  # "Signe Maj Kofoed": a short title inside a name, without its period
        if (
            _is_role(token)
            # "Bistandsadvokat Mari Louise Fjeld": a word for kin right after a title is
            # the first name it spells ("Mari"), as kin stands first ("Kona Marit")
            and not (index and last_role == index - 1 and token.lower() in _KINSHIP)
        ) or (
            # "Schweizer Vermittlerin Corinne Aebischer": agent nouns one after another
            (index == opening or (index and last_agent == index - 1))
            and len(tokens) >= 3 + opening
            and (_GERMAN_AGENT().match(token) or _NORDIC_DEFINITE_AGENT().match(token))
            and not is_given_name(token)  # "Kristoffer Aamodt Lien", "Alexander …": a name
        ):
            last_role = index
            if not _is_role(token):
                last_agent = index
    if last_role < 0 and len(tokens) >= 2 and tokens[0].lower() in _INSTITUTION_ARTICLES:
        # "The Minnesota Department of Health" speaks as written (`_organisation` drops its
        # article); "Die Initiative" is a noun
        return _organisation(tokens) if len(tokens) >= 3 else None
    if last_role < 0 and len(tokens) == 2 and tokens[0].lower() in ORGANISATION_HEADS:
        # "Region Midtjylland" (but "Energy Minister Marcelo Antezana")
        return _organisation(tokens)
    name = [token for token in tokens[last_role + 1 :] if token]
    if len(name) >= 3 and (
        (name[0].lower() in PREPOSITIONS and name[0].lower() not in _NAME_PARTICLES)
        or name[0].lower() in _CLAUSE_OPENERS
    ):
        # "Pour Hervé Combier, …, la saison est perdue :", "Ob Walburga Fenske …": the
        # sentence's first word
        name = name[1:]
    if len(name) >= 3 and name[-1] in _POST_NOMINALS:
        name.pop()
    if not name or (len(name) == 1 and _is_role(name[0])):
        return None
    if len(name) > MAX_NAME_TOKENS:
        return None
    if len(name) == 1 and name[0].lower() in PRONOUNS:
        return None
    if len(name) == 1 and name[0].lower().endswith(_AGENCY_SUFFIXES):
        # "Jordbruksverket", "Mattilsynet", "Styrelsen": an authority's name
        return _organisation(tokens)
    if name[0][:1].islower():
        return None  # "Sprecher der Wasserschutzpolizei": a role of an organisation
    if name[-1].endswith("-"):
        return None  # "Post- och telestyrelsen": the first half of two joined words
    return " ".join(name)


def _with_kind_of_body(run: list[str], following: Sequence[str]) -> list[str]:
    """A public body's name whose last word is in lower case, as Nordic ones are written
    ("Oslo kommune", "Statens vegvesen", "Region Skåne" aside): the word for its kind
    after a place's name, or any noun after a genitive of the state or the country."""
    if len(run) != 1 or not following or not following[0].isalpha():
        return run
    if run[0].lower() in _COUNTING_WORDS or run[0].lower() in INDEFINITE_ARTICLES:
        return run  # "One council officer …": a number of them, no body's name
    if run[0].lower() in POSSESSIVES:
        return run  # "Son conseil :": her advice, no council of a place called "Son"
    word = following[0]
    if not word.islower():
        return run
    if (
        word in ORGANISATION_HEADS
        or word.endswith(_AGENCY_SUFFIXES)
        or (run[0] in _STATE_GENITIVES and len(word) >= BODY_NOUN_MIN_LETTERS)
    ):
        return [*run, word]
    return run


_COUNTING_WORDS = frozenset(
    "one each every another some any this that these those en ei ett et ein eine un une "
    "jede jeder jedes chaque hver hvert varje".split()
)
_STATE_GENITIVES = frozenset(("Statens", "Norges", "Sveriges", "Danmarks", "Rikets", "Landets"))
BODY_NOUN_MIN_LETTERS = 5


def _organisation(tokens: Sequence[str]) -> str | None:
    """An organisation's name where it may be the speaker (`_Search.organisations_speak`)."""
    if not _organisations_speak():
        return None
    if len(tokens) >= 3 and tokens[0].lower() in _INSTITUTION_ARTICLES:
        tokens = tokens[1:]  # "The Minnesota Department of Health": as written, but its article
    return " ".join(token for token in tokens if token) or None


def _is_acronym(token: str) -> bool:
    return 2 <= len(token) <= 5 and token.isalpha() and token.isupper()


_AFTER_NAME_WORDS = frozenset(
    "après avant pendant lors devant after before during following nach vor während "
    "etter før under efter innan".split()
)
"""Words of time that may follow a speaker's name ("… après le vote"): no role."""


def _is_role_word(token: str) -> bool:
    """A lower-case word that may stand between a qualifier and a name (a role)."""
    if token[:1].isdigit() and "-" in token:
        token = token.rsplit("-", 1)[1]  # "TV 2-meteorolog": a number glued to the role
    if token[-1:] == ".":
        return False  # "legger Hjørungnes til.": the word ends the sentence, no name follows
    lowered = token.lower()
    return (
        token[:1].islower()
        and lowered not in STOPWORDS
        and lowered not in PRONOUNS
        and lowered not in ARTICLES
        and lowered not in TIME_WORDS  # "… Melissa Dargis ifølge Reuters"
        and lowered not in _AFTER_NAME_WORDS  # "a déclaré Claire Aubrac-Moreau après le vote"
        and token[:1].isalpha()
    )


@lru_cache(maxsize=4096)
def _is_role(token: str) -> bool:
    """Whether `token` is a title ("Minister", "Sen.", "Østjysk-træner"); cached, as the
    same names and titles come back quote after quote."""
    lowered = token.lower()
    if lowered in _HONORIFICS:
        return False
    if lowered.rstrip(".") in _ROLE_ABBREVIATIONS or lowered in _KINSHIP:
        return True
    if lowered[:2] in _ELIDED_ARTICLES and token[2:3].islower():
        return True  # "L’infectiologue Marc Ollivier": a noun with its elided article
    # "Østjysk-træner", "Öffi-Stadträtin": a compound whose last part names a role.
    if "-" in token and token.rsplit("-", 1)[-1][:1].islower():
        return True
    if lowered.endswith(_MINISTRIES):
        return False  # "Forsvarsministeriet": the ministry, though "minister" stands in it
    return _ROLE.search(lowered) is not None


_MINISTRIES = ("ministeriet", "ministerium", "ministeriums", "ministère")
"""A ministry's name holds the minister's title: the ministry speaks, not a minister."""


_DETECTIVE_RANKS = frozenset(("insp", "sgt", "supt", "con", "ch", "chief", "sergeant", "inspector"))


def _is_detectives_rank(tokens: Sequence[str], index: int) -> bool:
    """ "said Det Insp Rhys Morgan": the British police's "Det" (detective) before a
    rank, which is no Nordic "det" (it)."""
    return (
        tokens[index] == "Det"
        and index + 1 < len(tokens)
        and tokens[index + 1].lower().rstrip(".") in _DETECTIVE_RANKS
    )


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


_COMPANY_KINDS = (
    "selskap", "selskab", "bolag", "företag", "foretag", "firma", "company", "konsern",
    "koncern", "konzern", "unternehmen", "rederi", "kjede", "kæde", "kedja", "airline",
    "insurer", "entreprise", "société", "groupe", "enseigne", "bryggeri", "brewery",
    "stiftelse", "stiftung", "fondation", "huset", "forlag", "förlag", "verlag", "byrå",
    "bureau", "organisation", "organisasjon", "organization", "forening", "förening",
    "forbund", "förbund", "verband", "verein", "association",
)  # fmt: skip
_COMPANY_KIND = compiled_on_first_use(
    "(?:" + trie_alternation(_COMPANY_KINDS) + ")(?:et|en|n|a|e|s|ets|ens|ns)?$"
)
"""What only an organisation is called when it is named ("flyselskapet Nordavind",
"forsikringsselskabet Jysk Tryg", "la société Valdor"): the word before the name ends in
one, after whatever it is compounded with, in any definite or genitive form."""
_BUSINESS_KINDS = (
    "operatør", "operatör", "operator", "produsent", "producent", "produzent", "producer",
    "leverandør", "leverantör", "lieferant", "supplier", "forhandler", "återförsäljare",
    "utbygger", "developer", "fabrikk", "fabrik",
)  # fmt: skip
_BUSINESS_KIND = compiled_on_first_use("(?:" + trie_alternation(_BUSINESS_KINDS) + ")(?:et|en|n)$")
"""What a business or a person may be called ("Matprodusenten Fjordkjøkken", but
"mælkeproducent Bent Ravnholt"): an organisation's only in the definite form and before a
name of one word, as a person is named in full."""


_PARTY_GENITIVE = compiled_on_first_use(
    r"^(?:[A-ZÆØÅÄÖ][\wæøåäö-]*(?:partiets|partis|partiet's)|[A-ZÆØÅÄÖ][A-Za-z]{0,3}[A-ZÆØÅÄÖ]s)$"
)
"""A party's name in the genitive before a member's name: "Vänsterpartiets", "SVs",
"KrFs" (a party's letters and "s")."""
_GERMAN_NUMERALS = frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig "
    "fünfzig hundert tausend".split()
)
_NUMBER_WORDS = frozenset(
    "hundert tausend hunderte tausende millionen milliarden dutzend dutzende".split()
)


def _is_kind_of_company(word: str, name: Sequence[str]) -> bool:
    """Whether `word`, right before `name`, says what kind of organisation it is."""
    lowered = word.lower()
    return _COMPANY_KIND().search(lowered) is not None or (
        len(name) == 1 and _BUSINESS_KIND().search(lowered) is not None
    )


_AGE_NOUN = compiled_on_first_use(r"\d+-(?:Jährigen?|year-old|åringen)$")
"""An age used as the noun that names the speaker ("der 34-Jährige", "34-åringen"), not
as the adjective before a noun or a name ("die 34-jährige Lehrerin Anna Schmidt")."""
_AGE_WORDS = frozenset(("ans", "år", "years", "year-old", "jahre", "ar"))


def _aged(tokens: Sequence[str], end: int) -> bool:
    """Whether the name ending at `end` is followed by an age, as people are: ", 34 ans",
    ", 52 år", "(17)"."""
    after = tokens[end : end + 4]
    if len(after) >= 3 and after[0] == "(" and after[1].isdigit() and after[2] == ")":
        return True
    return (
        len(after) >= 3
        and after[0] == ","
        and after[1].isdigit()
        and after[2].lower().rstrip(",.") in _AGE_WORDS
    )
