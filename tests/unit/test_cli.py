"""The command line in-process: `reader.cli.main(argv)` with --json, --print and errors."""

from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from reader.cli import main
from tests.conftest import REFERENCE, SAMPLES

REFERENCE_TITLE = "Samtalene mellom Ukraina og Russland er over skriver AFP og Sky News"
REFERENCE_KINDS = [
    "lead",
    "paragraph",
    "paragraph",
    "subheading",
    "paragraph",
    "paragraph",
    "caption",
    "paragraph",
    "paragraph",
    "paragraph",
    "caption",
    "subheading",
    "paragraph",
    "quote",
    "paragraph",
    "quote",
]
CREDIT = "Sergei Kholodilin / AP / NTB"
ANSI = re.compile(r"\x1b[\[\]]")

HOSTILE = (
    "Mark [bold red]x[/] up\n\n"
    "A lead with [@click=app.quit]y[/] in it and a title escape \x1b]0;pwned\x07 too.\n\n"
    "A paragraph that clears the screen \x1b[2J and links [link=https://example.com]z[/link].\n"
)


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Colour and width come from the environment: start every test from none of it."""
    for name in ("FORCE_COLOR", "COLUMNS", "LINES", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def paragraphs(path: Path) -> list[str]:
    return [part.strip() for part in path.read_text(encoding="utf-8").split("\n\n")]


# --- --json --------------------------------------------------------------------------


def test_json_reference_article_has_the_documented_shape(capsys: pytest.CaptureFixture[str]):
    code, out, err = run(capsys, "--json", REFERENCE)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert isinstance(data, list)
    assert len(data) == 1
    article = data[0]
    assert list(article) == ["source", "format", "title", "blocks"]
    assert article["source"] == str(REFERENCE)
    assert article["format"] == "text"
    assert article["title"] == REFERENCE_TITLE
    blocks = article["blocks"]
    assert [block["kind"] for block in blocks] == REFERENCE_KINDS
    for block in blocks:
        keys = set(block)
        if block["kind"] == "caption":
            assert keys == {"kind", "text", "label", "credit"}
        elif block["kind"] == "quote":
            assert keys == {"kind", "text", "speaker"}
        else:
            assert keys == {"kind", "text"}, block
    # The file's paragraphs are blank-line separated: each block keeps its text whole.
    assert [block["text"] for block in blocks] == paragraphs(REFERENCE)
    captions = [block for block in blocks if block["kind"] == "caption"]
    assert [(c["label"], c["credit"]) for c in captions] == [
        ("UKRAINA", CREDIT),
        ("RUSSISK DELEGASJON", CREDIT),
    ]
    assert [b["speaker"] for b in blocks if b["kind"] == "quote"] == ["Zelenskyj", "Zelenskyj"]


def test_json_is_utf8_not_ascii_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--json", REFERENCE)
    assert "Møttes for samtaler i Hviterussland" in out
    assert "\\u00f8" not in out
    assert out.endswith("]\n")


def test_json_on_a_folder_lists_every_article_in_order(capsys: pytest.CaptureFixture[str]):
    code, out, err = run(capsys, "--json", SAMPLES)
    assert (code, err) == (0, "")
    data = json.loads(out)
    files = sorted(path.name for path in SAMPLES.glob("*.txt"))
    assert len(files) == 7
    assert [article["source"] for article in data] == [str(SAMPLES / name) for name in files]
    for article in data:
        assert list(article) == ["source", "format", "title", "blocks"]
        assert article["format"] == "text"
        assert isinstance(article["title"], str)
        assert article["title"]
        assert article["blocks"]
        for block in article["blocks"]:
            extra = {"caption": {"label", "credit"}, "quote": {"speaker"}}.get(block["kind"], set())
            assert set(block) == {"kind", "text"} | extra
            assert block["text"]
    _, single, _ = run(capsys, "--json", REFERENCE)
    reference = next(a for a in data if a["source"] == str(REFERENCE))
    assert reference == json.loads(single)[0]


# --- --print -------------------------------------------------------------------------


def test_print_typesets_title_captions_and_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--print", REFERENCE)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == REFERENCE_TITLE
    # The path may wrap, or fold, wherever the checkout is: compare without the breaks.
    summary = "".join(f"349 words · 2 min · {REFERENCE}".split())
    assert "".join("".join(lines[1:4]).split()).startswith(summary)
    assert re.search(r"^╭─ UKRAINA ─+╮$", out, re.M)
    assert re.search(r"^╭─ RUSSISK DELEGASJON ─+╮$", out, re.M)
    assert len(re.findall(rf"^╰─+ {re.escape(CREDIT)} ─╯$", out, re.M)) == 2
    assert "UKRAINA:" not in out, "the label is the box title, not repeated in the text"
    assert "Foto:" not in out, "the credit is the box subtitle, not repeated in the text"
    assert "│ Ukrainas forhandlingsdelegasjon, ledet av" in out
    speakers = [line for line in lines if line.startswith("▌ — ")]
    assert speakers == ["▌ — Zelenskyj", "▌ — Zelenskyj"]
    assert "▌ – La dem forsøke" in out
    assert "\nMøttes for samtaler i Hviterussland\n" in out
    assert max(cell_len(line) for line in lines) == 80, "not a terminal: 80 columns"


def test_print_uses_colour_when_the_terminal_has_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control for the NO_COLOR test: forced to a terminal, --print is styled."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, out, _ = run(capsys, "--print", REFERENCE)
    assert ANSI.search(out)


@pytest.mark.parametrize("force_color", [None, "1"])
def test_print_with_no_color_has_no_escape_codes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, force_color: str | None
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    if force_color:
        monkeypatch.setenv("FORCE_COLOR", force_color)
    code, out, _ = run(capsys, "--print", REFERENCE)
    assert code == 0
    assert REFERENCE_TITLE in out
    assert "\x1b" not in out


def test_print_width_wraps_to_that_many_columns(capsys: pytest.CaptureFixture[str]) -> None:
    _, wide, _ = run(capsys, "--print", REFERENCE)
    code, out, _ = run(capsys, "--print", "--width", "50", REFERENCE)
    assert code == 0
    widths = [cell_len(line) for line in out.splitlines()]
    assert max(widths) == 50
    assert len(widths) > len(wide.splitlines()) + 10, "more lines at 50 than at 80 columns"
    words = " ".join(out.split())
    for paragraph in paragraphs(REFERENCE):
        if paragraph[0].isupper() and ":" not in paragraph:
            assert paragraph in words, "rewrapped, not cut"
    assert "╭─ UKRAINA ─" in out


def test_width_below_20_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--print", "--width", "10", str(REFERENCE)])
    assert exit_info.value.code == 2
    assert "--width: must be at least 20" in capsys.readouterr().err


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"reader {version('reader-tui')}\n"


# --- paths that cannot be used -------------------------------------------------------


@pytest.mark.parametrize("mode", ["--json", "--print"])
def test_a_missing_path_alone_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mode: str
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, mode, missing)
    assert code == 2
    assert out == ""
    assert err.splitlines() == [
        f"reader: {missing}: no such file or directory",
        "reader: nothing to show: no article could be loaded",
    ]


@pytest.mark.parametrize("mode", ["--json", "--print"])
def test_a_missing_path_beside_an_article_is_reported_and_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mode: str
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, mode, missing, REFERENCE)
    assert code == 0
    assert err == f"reader: {missing}: no such file or directory\n"
    assert REFERENCE_TITLE in out


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _blank(tmp_path: Path) -> Path:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t\n", encoding="utf-8")
    return path


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02 not text \x00\x00")
    return path


def _no_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "no-articles"
    folder.mkdir()
    (folder / "image.png").write_bytes(b"\x89PNG")
    (folder / ".hidden.txt").write_text("Hidden\n\nNot an article to list.\n")
    return folder


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_empty, "empty file"),
        (_blank, "empty file"),
        (_binary, "not a text file (contains NUL bytes)"),
        (_no_articles, "folder has no article files (text, Markdown, HTML or feeds)"),
    ],
)
def test_unusable_paths_give_their_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: Any, reason: str
) -> None:
    path = make(tmp_path)
    code, out, err = run(capsys, "--json", path)
    assert code == 2
    assert out == ""
    assert err.splitlines()[0] == f"reader: {path}: {reason}"
    code, out, err = run(capsys, "--json", path, REFERENCE)
    assert code == 0
    assert err == f"reader: {path}: {reason}\n"
    assert [a["source"] for a in json.loads(out)] == [str(REFERENCE)]


def test_a_path_with_escape_sequences_is_reported_visibly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "evil\x1b]0;pwned\x07name.txt"
    code, _, err = run(capsys, "--json", missing)
    assert code == 2
    assert "evil␛]0;pwned␇name.txt: no such file or directory" in err
    assert "\x1b" not in err
    assert "\x07" not in err


# --- article text is data ------------------------------------------------------------


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


@pytest.mark.parametrize("force_color", [None, "1"])
def test_print_shows_markup_and_escape_sequences_literally(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    hostile: Path,
    force_color: str | None,
) -> None:
    if force_color:
        monkeypatch.setenv("FORCE_COLOR", force_color)
    code, out, _ = run(capsys, "--print", "--width", "200", hostile)
    assert code == 0
    for literal in (
        "Mark [bold red]x[/] up",
        "[@click=app.quit]y[/]",
        "escape ␛]0;pwned␇ too",
        "screen ␛[2J and",
        "[link=https://example.com]z[/link]",
    ):
        assert literal in out
    assert "\x07" not in out
    assert "\x1b]" not in out, "no OSC sequence from the article reaches the terminal"
    assert "\x1b[2J" not in out
    if force_color:
        assert ANSI.search(out), "styled output (so the test above means something)"
    else:
        assert "\x1b" not in out


def test_json_keeps_the_text_but_escapes_control_characters(
    capsys: pytest.CaptureFixture[str], hostile: Path
) -> None:
    code, out, _ = run(capsys, "--json", hostile)
    assert code == 0
    assert "\x1b" not in out
    assert "\x07" not in out
    texts = " ".join(block["text"] for block in json.loads(out)[0]["blocks"])
    assert "[@click=app.quit]y[/]" in texts
    assert "\x1b]0;pwned\x07" in texts, "the model keeps the original characters"


def test_help_says_what_opens_without_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "with no PATH, your library of articles read before" in help_text
    assert "sample articles while it is empty" in help_text
