"""The cheap tests that spare paragraphs a pattern must never turn away what it matches."""

from __future__ import annotations

import pytest

from reader.model.short_forms import (
    _EDITOR_TITLES,
    _FOLLOW_CALL,
    _FREE,
    _LINK_AFTER_TEASER,
    _PRICE,
    _by_first_character,
    _by_last_character,
    _ends_with_one_of,
    _is_follow_call,
    _may_name_a_price,
    _may_name_an_editor,
    _names_the_editor,
    _starts_with_one_of,
    ends_in_link,
)


@pytest.mark.parametrize("title", _EDITOR_TITLES)
def test_every_editor_title_passes_the_editor_prefilter(title: str) -> None:
    assert _may_name_an_editor(title)
    assert _names_the_editor(f"{title} Line Sørbye", f"{title} line sørbye".lower())


@pytest.mark.parametrize(
    "text",
    [
        "Prøv 1 måned for 1 kr",
        "Prøv gratis i 30 dage",
        "Jetzt 4 Wochen kostenlos testen",
        "Ein Monat kostenfrei",
        "Essai GRATUIT pendant 1 mois",
        "Try it free for 14 days",
        "1 € par mois",
        "£1 a week",
        "Koſtenlos testen",  # the case-blind pattern reads "ſ" as "s"
    ],
)
def test_a_price_or_the_word_for_free_passes_the_price_prefilter(text: str) -> None:
    found = _PRICE().search(text) is not None or _FREE().search(text) is not None
    assert found
    assert _may_name_a_price(text, text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Follow STV News on WhatsApp",
        "følg oss på Facebook",
        "Suivez Le Monde sur Instagram",
        "ſuivez Le Monde sur Instagram",  # the case-blind pattern reads "ſ" as "s"
        "Join the M.E.N.'s WhatsApp community HERE",
        "JOIN our readers on Telegram",
        "The council will follow us on WhatsApp",
    ],
)
def test_the_follow_call_initials_agree_with_the_pattern(text: str) -> None:
    assert _is_follow_call(text) == (_FOLLOW_CALL().match(text) is not None)


PHRASES = ("sign up here.", "here.", "s'inscrire", "topics ", "to")


@pytest.mark.parametrize(
    "text", ["", "t", "to", "topics are", "Sign up here.", "here.", "Click here!", "ici."]
)
def test_grouped_phrases_agree_with_the_tuple_tests(text: str) -> None:
    assert _starts_with_one_of(text, _by_first_character(PHRASES)) == text.startswith(PHRASES)
    assert _ends_with_one_of(text, _by_last_character(PHRASES)) == text.endswith(PHRASES)


def test_an_empty_phrase_cannot_be_grouped() -> None:
    with pytest.raises(ValueError):
        _by_first_character(("a", ""))
    with pytest.raises(ValueError):
        _by_last_character(("", "b"))


@pytest.mark.parametrize(
    "text",
    [
        "Det reicht kaum zum Leben. mehr",
        "The council voted again. Read More",
        "Il pleut. LIRE LA SUITE",
        "Regjeringen la fram budsjettet. Les mer",
        "Det blev dyrt. Läs mer\n",  # the pattern's $ stands before a final newline
        "Ein Satz. Weiterlesen",
        "A sentence without a link",
        "",
    ],
)
def test_ends_in_link_agrees_with_the_pattern(text: str) -> None:
    assert ends_in_link(text) == (_LINK_AFTER_TEASER().search(text) is not None)
