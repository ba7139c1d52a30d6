"""Who is quoted: the name in a quote's attribution, as written, without a role before it.

Attribution is grammar, not vocabulary: a speech verb right after the quoted words
(", sier X", "», sa X", "” X said", "“, so X") followed or preceded by a run of
capitalised words.  Lower-case words between the verb and the name are roles
("sier operasjonsleder Ole Petter Hollingen"), capitalised titles are stripped by stem
("Bundeskanzler", "Prime Minister"), and a pronoun alone names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.model.lexicon import PREPOSITIONS, PRONOUNS, ROLE_STEMS, SPEECH_VERBS, STOPWORDS

_VERBS = "|".join(
    re.escape(verb).replace(r"\ ", r"\s+") for verb in sorted(SPEECH_VERBS, key=len, reverse=True)
)
_VERB = re.compile(rf"(?<![\w-])(?:{_VERBS})(?![\w-])", re.IGNORECASE)
_AFTER_QUOTE = re.compile(r"(?:[,?!…:]|[,?!.…]?\s*[\"”»«“„’'‹›]|\s[–—-])\s*$")
_DEMONSTRATIVE_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)(?:det|dette|that|this|das|dies|cela|ça|så)\s*$", re.IGNORECASE
)
_TRAILING_NAME = re.compile(
    r"\s[–—]\s*(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})\s*$"
)
_TOKEN = re.compile(r"[\w.'’-]+|[^\w\s]")
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. herr frau m. mme mme. sir dame".split())
_NAME_PARTICLES = frozenset("von van der de da di la le du af al bin ibn el".split())
MAX_ROLE_WORDS = 6
MAX_NAME_TOKENS = 5


def find_speaker(quote: str) -> str | None:
    """The name attributed in a quote paragraph, or None (no name, or a pronoun)."""
    for match in _VERB.finditer(quote):
        before = quote[: match.start()]
        if _AFTER_QUOTE.search(before) or _DEMONSTRATIVE_BEFORE.search(before):
            after = quote[match.end() :]
            found, name = _name_after(after)
            if found:
                return name
            name = _appositive(after)
            if name is not None:
                return name
            continue
        inverted = _name_before(before)
        if inverted is not None:
            return inverted
    trailing = _TRAILING_NAME.search(quote)
    if trailing and quote[:1] in "\"“”«»„‹›'‘’":
        return _strip_roles(trailing.group("name").split())
    return None


def has_attribution(quote: str) -> bool:
    """Whether a speech verb follows quoted words ("…, sier han"), named or not."""
    return any(_AFTER_QUOTE.search(quote[: m.start()]) for m in _VERB.finditer(quote))


def speaker_from_introduction(paragraph: str) -> str | None:
    """The name in a paragraph that introduces the next quote ("…, og Mogens Jensen svarer:")."""
    if not paragraph.rstrip().endswith(":"):
        return None
    sentence = re.split(r"(?<=[.!?])\s+", paragraph.rstrip()[:-1])[-1]
    tokens = _TOKEN.findall(sentence)
    for start, run in reversed(_capitalised_runs(tokens)):
        if start == 0 and len(run) < 2:
            continue  # a lone capital at the start may be any word, not a name
        if start > 0 and tokens[start - 1].lower() in PREPOSITIONS:
            continue  # "til NRK": the object of a preposition, not the speaker
        name = _strip_roles(run)
        if name is not None:
            return name
    return None


def _name_after(text: str) -> tuple[bool, str | None]:
    """The name after a speech verb, skipping the role in front of it.

    Returns (True, None) for a pronoun, which settles that nobody is named, and
    (False, None) when this verb turned out not to introduce a name at all.
    """
    tokens = _TOKEN.findall(text[:200])
    for index, token in enumerate(tokens):
        lowered = token.lower()
        if lowered in PRONOUNS:
            return (index == 0, None)
        if _is_capitalised(token):
            if index and tokens[index - 1].lower() in PREPOSITIONS:
                return (False, None)  # "sier ministeren til TT"
            run = _run_from(tokens, index)
            after = tokens[index + len(run) : index + len(run) + 2]
            if len(after) == 2 and _is_role_word(after[0]) and _is_capitalised(after[1]):
                # "Ukrainas president Volodymyr Zelenskyj": the first run qualifies the role.
                return _name_after(" ".join(tokens[index + len(run) :]))
            return (True, _strip_roles(run))
        if index + 1 > MAX_ROLE_WORDS or not _may_precede_name(token, tokens, index):
            return (False, None)
    return (False, None)


def _may_precede_name(token: str, tokens: Sequence[str], index: int) -> bool:
    """Role words, ages ("74-årige") and the commas of "træner, Javier Molina"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    if token == ",":
        return index > 0 and _is_capitalised(following)
    if not any(char.isalpha() for char in token):
        return False
    if token.lower() in STOPWORDS:
        return following[:1].islower()  # "byråd for byutvikling Sigrun Melby"
    return True


def _appositive(text: str) -> str | None:
    """ "…, a déclaré la maire de Paris, Anne Hidalgo." → the name after the last comma."""
    segment = re.split(r"[.!?;](?:\s|$)", text, maxsplit=1)[0]
    if "," not in segment:
        return None
    tokens = _TOKEN.findall(segment.rsplit(",", 1)[1])
    if len(tokens) < 2 or not all(
        _is_capitalised(t) or t.lower() in _NAME_PARTICLES for t in tokens
    ):
        return None
    return _strip_roles(tokens)


def _name_before(before: str) -> str | None:
    """English word order: "“…,” Mr Ross said" / "“…,” the mayor said" (no name)."""
    match = re.search(r"[\"”’'»“]\s*(?P<words>(?:[\w.'’-]+\s+){1,6})$", before)
    if match is None:
        return None
    tokens = match.group("words").split()
    if not _is_capitalised(tokens[0]) or tokens[0].lower() in PRONOUNS:
        return None
    run = _run_from(tokens, 0)
    if len(run) != len(tokens):
        return None
    return _strip_roles(run)


def _run_from(tokens: Sequence[str], start: int) -> list[str]:
    """Capitalised tokens from `start`, allowing name particles ("von", "de") inside."""
    run: list[str] = []
    for token in tokens[start:]:
        if _is_capitalised(token) or (run and token.lower() in _NAME_PARTICLES):
            run.append(token)
        elif run and not token[0].isalpha() and token not in ",.;:!?()«»“”\"'":
            break
        else:
            break
        if len(run) >= MAX_NAME_TOKENS + 2:
            break
    while run and run[-1].lower() in _NAME_PARTICLES:
        run.pop()
    return run


def _capitalised_runs(tokens: Sequence[str]) -> list[tuple[int, list[str]]]:
    runs: list[tuple[int, list[str]]] = []
    index = 0
    while index < len(tokens):
        if _is_capitalised(tokens[index]) and tokens[index].lower() not in PRONOUNS:
            run = _run_from(tokens, index)
            runs.append((index, run))
            index += max(1, len(run))
        else:
            index += 1
    return runs


def _strip_roles(run: Sequence[str]) -> str | None:
    """Drop capitalised titles in front of the name; keep honorifics ("Mr Ross")."""
    tokens = [token.rstrip(".,") if token.lower() not in _HONORIFICS else token for token in run]
    last_role = -1
    for index, token in enumerate(tokens[:-1]):
        if _is_role(token):
            last_role = index
    name = [token for token in tokens[last_role + 1 :] if token]
    if not name or (_is_role(name[0]) and len(name) == 1):
        return None
    if len(name) > MAX_NAME_TOKENS:
        return None
    if len(name) == 1 and name[0].lower() in PRONOUNS:
        return None
    return " ".join(name)


def _is_role_word(token: str) -> bool:
    """A lower-case word that may stand between a qualifier and a name (a role)."""
    lowered = token.lower()
    return (
        token[:1].islower()
        and lowered not in STOPWORDS
        and lowered not in PRONOUNS
        and token[:1].isalpha()
    )


def _is_role(token: str) -> bool:
    lowered = token.lower()
    return lowered not in _HONORIFICS and any(stem in lowered for stem in ROLE_STEMS)


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()
