"""Property tests (hypothesis) on arbitrary input: the parser, the decoder, every format's
loader and the --print renderer never raise, lose nothing, and let nothing through that a
terminal would act on."""

from __future__ import annotations

import json
import re
from io import StringIO
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from reader.model import Article, parse_text
from reader.render.console import print_articles
from reader.render.safe import INVISIBLE, searchable, searchable_with_positions, visible
from reader.sources.decode import NotText, decode_bytes
from reader.sources.load import LoadError, ParseError, load_articles, parse_any
from tests.hostile.helpers import TERMINAL_ACTORS

FAST = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

LINE_ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n\r"])
TERMINAL = (
    "\x1b[2J|\x1b[31m|\x1b]0;title\x07|\x1b]2;t\x1b\\|\x1b]52;c;aGk=\x07|\x07|\x08|\x9b|\x85|\x7f"
    "|\x1b]8;;https://e.com\x1b\\link\x1b]8;;\x1b\\|\t|\x0c|\x1c|\u2028"
).split("|")
BIDI_AND_INVISIBLE = list(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u00ad\ufeff"
)
STRUCTURE = (
    "[bold red]|[/]|[@click=app.quit]|[link=https://e.com]|– |Foto: |UKRAINA: |, sier Ola.|«|»"
)
MARKUP = "# |> |<p>|</p>|<script>|&#27;"
HOSTILE_PIECES = st.sampled_from(
    [*TERMINAL, *BIDI_AND_INVISIBLE, *STRUCTURE.split("|"), *MARKUP.split("|")]
)
article_text = st.lists(
    st.one_of(st.text(max_size=12), LINE_ENDINGS, HOSTILE_PIECES), max_size=60
).map("".join)
"""Arbitrary Unicode, mixed line endings and hostile sequences, interleaved."""

OUTPUT_ACTORS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""Everything but newline that must not reach a terminal (tabs are expanded, so none)."""


def non_space(text: str) -> str:
    return "".join(char for char in text if not char.isspace())


def printed(articles: list[Article], color_system: str | None = None) -> str:
    out = StringIO()
    console = Console(
        file=out,
        width=80,
        color_system=color_system,  # type: ignore[arg-type]
        force_terminal=color_system is not None,
    )
    print_articles(articles, console)
    return out.getvalue()


# --- the parser --------------------------------------------------------------------------


@FAST
@given(article_text)
def test_the_parser_keeps_every_non_space_character_in_order(text: str) -> None:
    article = parse_text(text)
    assert non_space("".join(block.text for block in article.blocks)) == non_space(
        text.removeprefix("\ufeff")
    )


@FAST
@given(st.lists(st.text(min_size=1, max_size=30), max_size=20), st.lists(LINE_ENDINGS))
def test_line_endings_never_change_the_words(lines: list[str], mixed: list[str]) -> None:
    """The same lines ended by a random mix of endings, or all by \\n, \\r\\n or \\r,
    give the same words."""

    def joined(endings: list[str]) -> str:
        return "".join(line + endings[n % len(endings)] for n, line in enumerate(lines))

    texts = [joined(endings) for endings in (mixed or ["\n"], ["\n"], ["\r\n"], ["\r"])]
    words = [non_space(" ".join(b.text for b in parse_text(text).blocks)) for text in texts]
    assert words == [non_space("".join(lines).removeprefix("\ufeff"))] * 4


# --- bytes through the decoder ----------------------------------------------------------------

BOMS = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])


@FAST
@given(st.builds(bytes.__add__, BOMS, st.binary(max_size=2000)))
def test_random_bytes_decode_or_are_refused_and_lose_nothing(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except NotText as refused:
        assert str(refused).startswith("not a text file (")
        return
    assert encoding
    article = parse_text(text)
    kept = non_space("".join(block.text for block in article.blocks))
    assert kept == non_space(text.removeprefix("\ufeff"))


@FAST
@given(
    st.one_of(st.binary(max_size=1500), article_text.map(lambda t: t.encode("utf-8"))),
    st.sampled_from(["a.txt", "a.md", "a.html", "a.xml", "a.json", "a.rss"]),
)
def test_any_file_in_any_format_loads_or_is_refused_with_a_safe_reason(
    tmp_path_factory: object, data: bytes, name: str
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")  # type: ignore[attr-defined]
    path = Path(folder) / name
    path.write_bytes(data)
    try:
        articles = load_articles(path, str(path))
    except ParseError as failed:  # a parser bug: the app shows it, but none should exist
        raise AssertionError(f"parser failed on {data!r}: {failed}") from failed
    except LoadError as refused:
        assert not TERMINAL_ACTORS.search(str(refused)) and "\n" not in str(refused)
        return
    assert articles and all(article.blocks for article in articles)
    output = printed(articles)
    assert not OUTPUT_ACTORS.search(output)
    for article in articles:
        assert "\x1b" not in json.dumps(article.to_json(), ensure_ascii=False)


# --- the --print renderer ---------------------------------------------------------------------


@FAST
@given(article_text, st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_print_output_holds_no_control_characters(text: str, name: str) -> None:
    try:
        articles = parse_any(text, name)
    except LoadError:
        return
    output = printed(articles)
    leaked = OUTPUT_ACTORS.search(output)
    assert leaked is None, f"{leaked.group()!r} in the --print output"


@FAST
@given(article_text)
def test_coloured_print_output_sends_only_colour_codes(text: str) -> None:
    """With colour on, the only escape sequences are Rich's own SGR codes (ESC [ ... m)."""
    output = printed([parse_text(text)], color_system="truecolor")
    without_colour = re.sub(r"\x1b\[[0-9;]*m", "", output)
    leaked = OUTPUT_ACTORS.search(without_colour)
    assert leaked is None, f"{leaked.group()!r} in the coloured --print output"


@FAST
@given(article_text)
def test_json_output_holds_no_raw_escape_or_bell(text: str) -> None:
    output = json.dumps(parse_text(text).to_json(), ensure_ascii=False, indent=2)
    assert not re.search("[\x00-\x09\x0b-\x1f]", output)
    assert json.loads(output)["blocks"] == parse_text(text).to_json()["blocks"]


# --- visible() and searchable() ------------------------------------------------------------


@FAST
@given(st.text())
def test_visible_leaves_nothing_a_terminal_acts_on(text: str) -> None:
    shown = visible(text)
    assert not TERMINAL_ACTORS.search(shown.replace("\t", " "))
    if not TERMINAL_ACTORS.search(text.replace("\t", " ")):
        assert shown == text


@FAST
@given(st.text(), st.text(alphabet=INVISIBLE))
def test_searchable_drops_exactly_the_invisible_characters(text: str, noise: str) -> None:
    mixed = "".join(char + noise for char in text)
    assert searchable(mixed) == searchable(text)
    assert not set(searchable(mixed)) & set(INVISIBLE)
    folded, positions = searchable_with_positions(mixed)
    assert folded == searchable(mixed)
    assert [mixed[index] for index in positions] == list(folded)
