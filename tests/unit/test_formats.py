"""Every format becomes the same Article: Markdown, HTML, feeds, encodings, stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.sources.decode import NotText, decode_bytes
from reader.sources.detect import detect_format
from tests.conftest import ROOT

FORMATS = ROOT / "tests" / "fixtures" / "formats"


def run_json(capsys: pytest.CaptureFixture[str], *paths: Path | str) -> list[dict[str, Any]]:
    assert main(["--json", *map(str, paths)]) == 0
    data: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return data


def kinds(article: dict[str, Any]) -> list[str]:
    return [block["kind"] for block in article["blocks"]]


def test_html_page_drops_chrome_and_keeps_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    [article] = run_json(capsys, FORMATS / "harbour-storm.html")
    assert article["format"] == "html"
    assert article["title"] == "Harbour storm floods waterfront"
    assert kinds(article) == [
        "headline", "byline", "meta", "lead", "paragraph", "caption", "subheading",
        "paragraph", "quote", "paragraph",
    ]  # fmt: skip
    text = json.dumps(article, ensure_ascii=False)
    for chrome in ("Skip to content", "Advertisement", "Share on", "All rights reserved",
                   "alert(", "color:red", "Home"):  # fmt: skip
        assert chrome not in text
    caption = article["blocks"][5]
    assert caption["credit"] == "Marta Lindqvist"
    assert caption["text"].startswith("Waves break over the sea wall")
    quote = article["blocks"][8]
    assert quote["speaker"] == "Tom Bellamy"


def test_html_saved_as_text_is_still_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "page.txt"
    saved.write_bytes((FORMATS / "harbour-storm.html").read_bytes())
    [article] = run_json(capsys, saved)
    assert article["format"] == "html"
    assert article["blocks"][0] == {"kind": "headline", "text": "Harbour storm floods waterfront"}


def test_markdown_front_matter_headings_captions_lists_and_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    [article] = run_json(capsys, FORMATS / "ny-bro.md")
    assert article["format"] == "markdown"
    assert article["title"] == "Byrådet vil bygge ny bro"
    assert kinds(article) == [
        "headline", "byline", "meta", "lead", "caption", "subheading", "quote", "quote",
        "list_item", "list_item", "list_item", "list_item", "code",
    ]  # fmt: skip
    blocks = article["blocks"]
    assert blocks[1]["text"] == "Kari Nordmann"
    assert blocks[4]["label"] == "ILLUSTRASJON" and blocks[4]["credit"] == "Nordvik kommune"
    assert blocks[6]["speaker"] == "Per Hansen"  # a dash quote inside a Markdown paragraph
    assert blocks[7]["speaker"] == "Anne Berg"  # a block quote signed "— Anne Berg"
    assert blocks[10]["text"] == "1. Først kommer høringen"
    assert blocks[12]["text"] == "kode linje 1\n  kode linje 2"


@pytest.mark.parametrize(
    ("name", "feed", "titles"),
    [
        ("coastal.rss", "The Coastal Times", ["Ferry service resumes after storm",
                                              "Council approves new sea wall",
                                              "Storm warning for the weekend"]),
        ("nordvik.atom", "Nordvik Avis", ["Ny bro over elva", "Skolen får nytt tak"]),
        ("harbour.json", "Harbour Notes", ["Boats return to the marina",
                                           "Beach clean-up on Saturday"]),
    ],
)  # fmt: skip
def test_every_feed_entry_is_an_article(
    capsys: pytest.CaptureFixture[str], name: str, feed: str, titles: list[str]
) -> None:
    articles = run_json(capsys, FORMATS / name)
    assert [a["title"] for a in articles] == titles
    assert {a["format"] for a in articles} == {"feed"}
    assert [a["source"] for a in articles] == [
        f"{FORMATS / name}#{n}" for n in range(1, len(titles) + 1)
    ]
    for article in articles:
        assert article["blocks"][0] == {"kind": "headline", "text": article["title"]}
        assert "lead" in kinds(article), "every entry has its body, from content or summary"


def test_feed_entry_content_goes_through_the_html_path(capsys: pytest.CaptureFixture[str]) -> None:
    first = run_json(capsys, FORMATS / "coastal.rss")[0]
    assert kinds(first) == ["headline", "byline", "meta", "lead", "quote", "caption"]
    assert first["blocks"][1]["text"] == "Jane Roe"
    assert first["blocks"][4]["speaker"] == "Tom Bellamy"
    assert first["blocks"][5]["credit"] == "Marta Lindqvist"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("cp1252", b""), ("utf-16", b""), ("utf-8", b"\xef\xbb\xbf"), ("latin-1", b"")],
)
def test_encodings_come_out_right(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, prefix: bytes
) -> None:
    text = "Blåbær og grøt i Ålesund\n\nGrüße aus München, ça va très bien, sa Åse Øvergård.\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(prefix + text.encode(encoding))
    [article] = run_json(capsys, path)
    words = " ".join(block["text"] for block in article["blocks"])
    assert words == " ".join(text.split())


def test_other_single_byte_scripts_are_detected() -> None:
    text = "Привет, это статья о погоде в Москве и о том, что будет завтра."
    assert decode_bytes(text.encode("cp1251"))[0] == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"abc\x00def" * 10, "not a text file (contains NUL bytes)"),
        (bytes(range(1, 32)) * 20, "not a text file (mostly control characters)"),
        (bytes(range(128, 160)) * 20, "not a text file (mostly undecodable bytes)"),
    ],
    ids=["nul", "controls", "undecodable"],
)
def test_binary_data_is_not_text(data: bytes, reason: str) -> None:
    with pytest.raises(NotText, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p>", "a.txt", "html"),
        ('<?xml version="1.0"?><rss version="2.0">', "a.txt", "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom">', "a.html", "feed"),
        ('{"version": "https://jsonfeed.org/version/1.1", "items": []}', "f.json", "feed"),
        ("---\ntitle: X\n---\nBody", "a.txt", "markdown"),
        ("# Heading\n\nBody", "a.md", "markdown"),
        ("Plain <b>text</b> about HTML tags in a sentence.", "a.txt", "text"),
        ("Plain text.", "a.html", "text"),
    ],
)
def test_format_detection_prefers_content(text: str, name: str, expected: str) -> None:
    assert detect_format(text, name) == expected


def test_standard_input_is_read_with_a_dash() -> None:
    text = (ROOT / "sample_articles" / "ntb-ukraina-russland-samtaler.txt").read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--json", "-"],
        input=text,
        capture_output=True,
        check=True,
        timeout=60,
    )
    [article] = json.loads(result.stdout)
    assert article["source"] == "-"
    assert len(article["blocks"]) == 16


def test_piped_standard_input_needs_no_dash() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--json"],
        input=b"Storm closes the coastal road\n\nThe road was closed on Monday.\n",
        capture_output=True,
        check=True,
        timeout=60,
    )
    [article] = json.loads(result.stdout)
    assert article["title"] == "Storm closes the coastal road"


@pytest.mark.parametrize("path", ["sample_articles/ntb-ukraina-russland-samtaler.txt"])
@pytest.mark.parametrize("mode", ["--json", "--print"])
def test_plain_text_output_imports_no_heavy_library(path: str, mode: str) -> None:
    probe = (
        "import sys\n"
        "from reader.cli import main\n"
        f"main([{mode!r}, {str(ROOT / path)!r}])\n"
        "heavy = ('textual', 'lxml', 'readability', 'feedparser', 'markdown_it', "
        "'charset_normalizer')\n"
        "print([name for name in heavy if name in sys.modules], file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"
