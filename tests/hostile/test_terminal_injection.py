"""Escape sequences, control characters, bidi overrides and markup in an article are data:
shown as visible symbols or literally, never acted on, in --print, --json and search."""

from __future__ import annotations

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from reader.model import Article, Block, BlockKind
from reader.render.console import print_articles
from reader.render.safe import INVISIBLE, searchable, searchable_with_positions, visible
from tests.hostile.helpers import TERMINAL_ACTORS, run_cli

K = BlockKind

SEQUENCES = [
    pytest.param("\x1b[2J\x1b[H", "␛[2J␛[H", id="clear-screen"),
    pytest.param("\x1b[31;1mred", "␛[31;1mred", id="colour"),
    pytest.param("\x1b]0;pwned\x07", "␛]0;pwned␇", id="osc-0-title"),
    pytest.param("\x1b]2;pwned\x1b\\", "␛]2;pwned␛\\", id="osc-2-title"),
    pytest.param("\x1b]52;c;cm0gLXJmIH4=\x07", "␛]52;c;cm0gLXJmIH4=␇", id="osc-52-clipboard"),
    pytest.param(
        "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
        "␛]8;;https://evil.example␛\\click␛]8;;␛\\",
        id="osc-8-hyperlink",
    ),
    pytest.param("ding\x07", "ding␇", id="bell"),
    pytest.param("safe\x08\x08\x08\x08evil", "safe␈␈␈␈evil", id="backspaces"),
    pytest.param("safe text\revil", "safe text␍evil", id="carriage-return-overwrite"),
    pytest.param("\x9b2J\x9d0;t\x9c", "<9B>2J<9D>0;t<9C>", id="c1-csi-osc"),
    pytest.param("\x85next", "<85>next", id="c1-next-line"),
    pytest.param("\x7f", "␡", id="delete"),
    pytest.param("\x0b\x0c", "␋␌", id="vertical-tab-form-feed"),
    pytest.param(
        "a\u202ab\u202bc\u202cd\u202de\u202ef",
        "a<U+202A>b<U+202B>c<U+202C>d<U+202D>e<U+202E>f",
        id="bidi-embeddings-overrides",
    ),
    pytest.param(
        "a\u2066b\u2067c\u2068d\u2069", "a<U+2066>b<U+2067>c<U+2068>d<U+2069>", id="bidi-isolates"
    ),
    pytest.param("caf\udce9", "caf<U+DCE9>", id="lone-surrogate"),
]


@pytest.mark.parametrize(("raw", "shown"), SEQUENCES)
def test_visible_turns_each_sequence_into_symbols(raw: str, shown: str) -> None:
    assert visible(raw) == shown
    assert not TERMINAL_ACTORS.search(visible(raw))


@pytest.mark.parametrize(
    "text",
    ["Plain words", "Tabs\tand\nnewlines", "Stor\u00adting\u200b", "日本語 العربية 🙂", ""],
)
def test_visible_leaves_ordinary_text_alone(text: str) -> None:
    assert visible(text) is text


# --- --print and --json on an article full of them ----------------------------------------


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    paragraphs = [f"Paragraph {n} holds {raw} inside." for n, (raw, _) in enumerate(_raw())]
    path = tmp_path / "hostile.txt"
    text = "Hostile \x1b]0;title\x07 headline\n\n" + "\n\n".join(paragraphs) + "\n"
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _raw() -> list[tuple[str, str]]:
    return [(p.values[0], p.values[1]) for p in SEQUENCES if p.id != "lone-surrogate"]  # type: ignore[misc]


@pytest.mark.parametrize("force_color", [None, "1"])
def test_print_shows_every_sequence_as_symbols(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    hostile_file: Path,
    force_color: str | None,
) -> None:
    if force_color:
        monkeypatch.setenv("FORCE_COLOR", force_color)
    code, out, err = run_cli(capsys, "--print", "--width", "200", hostile_file)
    assert (code, err) == (0, "")
    assert "Hostile ␛]0;title␇ headline" in out
    flat = " ".join(out.split())
    for raw, shown in _raw():
        if any(char.isspace() for char in raw):
            continue  # a line break or whitespace to the parser (VT, FF, NEL, CR): below
        assert f"holds {shown} inside." in flat
    assert "safe text" in flat and "evil inside." in flat
    without_colour = re.sub(r"\x1b\[[0-9;]*m", "", out)
    if force_color:
        assert without_colour != out, "coloured, so the check means something"
    leaked = TERMINAL_ACTORS.search(without_colour)
    assert leaked is None, f"{leaked.group()!r} reached the terminal"


def test_json_keeps_the_characters_and_escapes_them(
    capsys: pytest.CaptureFixture[str], hostile_file: Path
) -> None:
    code, out, err = run_cli(capsys, "--json", hostile_file)
    assert (code, err) == (0, "")
    assert not re.search("[\x00-\x08\x0b-\x1f]", out), "C0 controls are \\u escapes"
    [article] = json.loads(out)
    text = " ".join(block["text"] for block in article["blocks"])
    assert "\x1b]52;c;cm0gLXJmIH4=\x07" in text and "\u202e" in text


def test_json_output_has_no_raw_c1_or_bidi_characters(
    capsys: pytest.CaptureFixture[str], hostile_file: Path
) -> None:
    _, out, _ = run_cli(capsys, "--json", hostile_file)
    assert not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069]", out)


# --- markup in every field the renderer shows ---------------------------------------------

EVIL = "[bold red]red[/] [@click=app.quit]quit[/] [link=https://example.com]link[/link]"


def _marked_up() -> Article:
    blocks = (
        Block(K.LEAD, f"Lead {EVIL}."),
        Block(K.SUBHEADING, f"Sub {EVIL}"),
        Block(
            K.CAPTION,
            f"LABEL: Caption {EVIL}. Foto: Credit",
            label="[reverse]LABEL\x1b]0;t\x07",
            credit=f"Credit {EVIL}",
        ),
        Block(K.QUOTE, f"– Quote {EVIL}.", speaker=f"Ola {EVIL} \u202e"),
        Block(K.BYLINE, f"By {EVIL}"),
        Block(K.CODE, f"code {EVIL}\n\tx"),
        Block(K.LIST_ITEM, f"item {EVIL}"),
    )
    return Article(f"Title {EVIL}", blocks, f"[blink]file {EVIL}\x1b[2J.txt")


@pytest.mark.parametrize("color_system", [None, "truecolor"])
def test_markup_in_every_field_is_printed_literally(color_system: str | None) -> None:
    out = StringIO()
    console = Console(
        file=out,
        width=200,
        color_system=color_system,  # type: ignore[arg-type]
        force_terminal=color_system is not None,
        highlight=False,
    )
    print_articles([_marked_up()], console)
    output = out.getvalue()
    plain = re.sub(r"\x1b\[[0-9;]*m", "", output)
    for literal in (
        f"Title {EVIL}",
        f"[blink]file {EVIL}␛[2J.txt",
        f"Lead {EVIL}.",
        f"Sub {EVIL}",
        "[reverse]LABEL␛]0;t␇",
        f"Credit {EVIL}",
        f"Quote {EVIL}.",
        f"— Ola {EVIL} <U+202E>",
        f"By {EVIL}",
        f"code {EVIL}",
        f"item {EVIL}",
    ):
        assert literal in plain
    assert "\x1b]" not in output, "no hyperlink (OSC 8) or title sequence"
    assert not TERMINAL_ACTORS.search(plain)
    if color_system:
        assert "\x1b[5m" not in output and "\x1b[7m" not in output, "no blink, no reverse"


# --- search through invisible characters ------------------------------------------------------


@pytest.mark.parametrize(
    "hidden",
    [
        "Stor\u00adting",
        "Stor\u200bting",
        "Stor\u200cting",
        "Stor\u200dting",
        "Stor\u2060ting",
        "Stor\ufeffting",
        "\u200bS\u00adt\u200co\u200dr\u2060t\ufeffing",
    ],
)
def test_searchable_finds_a_word_split_by_invisible_characters(hidden: str) -> None:
    assert "Storting" in searchable(f"Møte i {hidden} i dag")
    assert searchable(hidden) == "Storting"


def test_searchable_positions_mark_the_match_in_the_original_text() -> None:
    text = "Møte i Stor\u00adting\u200bet i dag"
    folded, positions = searchable_with_positions(text)
    start = folded.index("Stortinget")
    end = start + len("Stortinget")
    assert text[positions[start] : positions[end - 1] + 1] == "Stor\u00adting\u200bet"


def test_searchable_leaves_visible_text_alone() -> None:
    text = "Ærlig talt – «sa hun» 🙂 \x1b"
    assert searchable(text) == text
    assert searchable_with_positions(text) == (text, list(range(len(text))))
    assert set(INVISIBLE) == {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
