"""Properties of the parser on arbitrary input: it never raises and never drops text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model import BlockKind, parse_text

ARTICLE_ALPHABET = st.sampled_from(
    [
        *list("abcæøåäöüéABCÆØÅ .,:;!?-–—«»“”„\"'()/©0123456789\n\n\n\r\t\xa0"),
        "Foto: ",
        "Photo: ",
        "UKRAINA: ",
        "– ",
        "sier ",
        "said ",
        "\n\n",
        "Av ",
        "Publisert ",
    ]
)
article_like = st.lists(ARTICLE_ALPHABET, max_size=200).map("".join)
any_text = st.text(max_size=400)


def non_space(text: str) -> str:
    return "".join(char for char in text.removeprefix("\ufeff") if not char.isspace())


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(any_text, article_like))
def test_never_raises_and_keeps_every_non_space_character_in_order(text: str) -> None:
    article = parse_text(text)
    assert non_space("".join(block.text for block in article.blocks)) == non_space(text)


@settings(max_examples=200)
@given(st.one_of(any_text, article_like))
def test_blocks_are_whitespace_normalised_and_never_empty(text: str) -> None:
    for block in parse_text(text).blocks:
        assert block.text
        assert block.text == " ".join(block.text.split())


@settings(max_examples=200)
@given(article_like)
def test_extra_attributes_only_on_their_kinds(text: str) -> None:
    for block in parse_text(text).blocks:
        if block.kind is not BlockKind.CAPTION:
            assert block.label is None and block.credit is None
        if block.kind is not BlockKind.QUOTE:
            assert block.speaker is None
        if block.credit is not None:
            assert block.credit in block.text
        if block.label is not None:
            assert block.text.startswith(block.label)
