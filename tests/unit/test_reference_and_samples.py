"""The reference article exactly as specified, and every bundled sample as labelled."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from reader.model import BlockKind, parse_text
from reader.sources.decode import decode_bytes
from tests.conftest import REFERENCE, ROOT, SAMPLES

EXPECTED = ROOT / "tests" / "samples_expected"

REFERENCE_TABLE = [
    ("lead", {}),
    ("paragraph", {}),
    ("paragraph", {}),
    ("subheading", {"text": "Møttes for samtaler i Hviterussland"}),
    ("paragraph", {}),
    ("paragraph", {}),
    ("caption", {"label": "UKRAINA", "credit": "Sergei Kholodilin / AP / NTB"}),
    ("paragraph", {}),
    ("paragraph", {}),
    ("paragraph", {}),
    ("caption", {"label": "RUSSISK DELEGASJON", "credit": "Sergei Kholodilin / AP / NTB"}),
    ("subheading", {"text": "Zelenskyj har ikke et stort håp"}),
    ("paragraph", {}),
    ("quote", {"speaker": "Zelenskyj"}),
    ("paragraph", {}),
    ("quote", {"speaker": "Zelenskyj"}),
]


def test_reference_article_paragraph_by_paragraph() -> None:
    article = parse_text(REFERENCE.read_text(encoding="utf-8"), source="ref.txt")
    assert len(article.blocks) == len(REFERENCE_TABLE)
    for block, (kind, attributes) in zip(article.blocks, REFERENCE_TABLE, strict=True):
        assert block.kind.value == kind, block.text
        for name, value in attributes.items():
            assert getattr(block, name) == value


def test_reference_article_title_comes_from_the_lead() -> None:
    article = parse_text(REFERENCE.read_text(encoding="utf-8"))
    assert not any(block.kind is BlockKind.HEADLINE for block in article.blocks)
    lead = article.blocks[0].text
    assert article.title.rstrip("…") in lead
    assert article.title.startswith("Samtalene mellom Ukraina og Russland er over")
    assert len(article.title) <= 80


def test_reference_article_keeps_every_word() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    article = parse_text(text)
    assert " ".join(block.text for block in article.blocks).split() == text.split()


def _wrapped(text: str, width: int) -> str:
    paragraphs = text.strip().split("\n\n")
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs) + "\n"


_LAYOUTS = {
    "one paragraph per line": lambda text: text.replace("\n\n", "\n"),
    "CRLF": lambda text: text.replace("\n", "\r\n"),
    "wrapped at 60": lambda text: _wrapped(text, 60),
    "wrapped at 72": lambda text: _wrapped(text, 72),
    "wrapped at 80": lambda text: _wrapped(text, 80),
    "stray spaces, tabs and NBSP": lambda text: text.replace(". ", ".\u00a0 ").replace(
        "\n\n", " \t\n\n"
    ),
    "site chrome above": lambda text: "Hopp til innhold\n\nNyheter\n\nAnnonse\n\n" + text,
    "site chrome below": lambda text: text + "\n\nDel artikkelen\n\nLes også: Flere saker\n",
}


@pytest.mark.parametrize("layout", list(_LAYOUTS))
def test_reference_article_in_every_layout(layout: str) -> None:
    """The same article pasted another way: the same blocks, and chrome kept apart."""
    text = _LAYOUTS[layout](REFERENCE.read_text(encoding="utf-8"))
    article = parse_text(text)
    blocks = [b for b in article.blocks if b.kind is not BlockKind.BOILERPLATE]
    assert article.title.startswith("Samtalene mellom Ukraina og Russland er over")
    assert len(blocks) == len(REFERENCE_TABLE)
    for block, (kind, attributes) in zip(blocks, REFERENCE_TABLE, strict=True):
        assert block.kind.value == kind, block.text
        for name, value in attributes.items():
            assert getattr(block, name) == value
    assert " ".join(block.text for block in article.blocks).split() == text.split()


def _expected_files() -> list[Path]:
    return sorted(EXPECTED.glob("*.json"))


def test_every_sample_article_has_expectations() -> None:
    labelled = {
        json.loads(path.read_text(encoding="utf-8"))["source"] for path in _expected_files()
    }
    samples = {path.name for path in SAMPLES.glob("*.txt")}
    assert samples == labelled
    assert len(samples) >= 7


@pytest.mark.parametrize("expected_path", _expected_files(), ids=lambda path: path.stem)
def test_sample_article_kinds_and_attributes(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    text, _ = decode_bytes((SAMPLES / expected["source"]).read_bytes())
    article = parse_text(text, source=expected["source"])
    assert [block.to_json() for block in article.blocks] == expected["blocks"]
    if expected["title"] is not None:
        assert article.title == expected["title"]
