"""Sizes no article has: a 1 MB line, 100,000 paragraphs, a folder of 10,000 files.
Each must load and lose nothing.  The times are printed (-s) for a look, not asserted:
`benchmarks/run.py` measures speed; a test that fails on a busy machine tests the machine."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from reader.model import Article, parse_text
from reader.sources.load import load_all
from tests.hostile.helpers import NOTHING_LOADED, BigFolder, run_cli

PARAGRAPHS = 100_000


def _report_time(label: str, started: float) -> None:
    print(f"\n{label}: {time.perf_counter() - started:.2f} s")


@pytest.fixture(scope="module")
def one_megabyte_line(tmp_path_factory: pytest.TempPathFactory) -> Path:
    words = " ".join(f"ord{n}" for n in range(200_000))[:1_000_000].rsplit(" ", 1)[0]
    path = tmp_path_factory.mktemp("line") / "line.txt"
    path.write_text(words + " slutt.", encoding="utf-8")
    assert len(path.read_bytes()) > 999_990
    return path


@pytest.fixture(scope="module")
def many_paragraphs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paragraphs") / "paragraphs.txt"
    path.write_text("\n\n".join(f"Avsnitt {n}." for n in range(PARAGRAPHS)), encoding="utf-8")
    return path


def test_a_one_megabyte_line_parses_whole(one_megabyte_line: Path) -> None:
    text = one_megabyte_line.read_text(encoding="utf-8")
    started = time.perf_counter()
    article = parse_text(text)
    _report_time("parse a 1 MB line", started)
    assert " ".join(block.text for block in article.blocks) == text


@pytest.mark.parametrize("mode", ["--json", "--print"])
def test_a_one_megabyte_line_through_the_command_line(
    capsys: pytest.CaptureFixture[str], one_megabyte_line: Path, mode: str
) -> None:
    started = time.perf_counter()
    code, out, err = run_cli(capsys, mode, one_megabyte_line)
    _report_time(f"reader {mode} on a 1 MB line", started)
    assert (code, err) == (0, "")
    if mode == "--json":
        [article] = json.loads(out)
        text = one_megabyte_line.read_text(encoding="utf-8")
        assert " ".join(block["text"] for block in article["blocks"]) == text
    else:
        assert all(len(line) <= 80 for line in out.splitlines())
        _title, body = out.split("─" * 80 + "\n", 1)
        assert body.split() == one_megabyte_line.read_text(encoding="utf-8").split()


def test_a_hundred_thousand_paragraphs_parse_whole(many_paragraphs: Path) -> None:
    text = many_paragraphs.read_text(encoding="utf-8")
    started = time.perf_counter()
    article = parse_text(text)
    _report_time(f"parse {PARAGRAPHS:,} paragraphs", started)
    assert [block.text for block in article.blocks] == text.split("\n\n")


@pytest.mark.parametrize("mode", ["--json", "--print"])
def test_a_hundred_thousand_paragraphs_through_the_command_line(
    capsys: pytest.CaptureFixture[str], many_paragraphs: Path, mode: str
) -> None:
    started = time.perf_counter()
    code, out, err = run_cli(capsys, mode, many_paragraphs)
    _report_time(f"reader {mode} on {PARAGRAPHS:,} paragraphs", started)
    assert (code, err) == (0, "")
    if mode == "--json":
        [article] = json.loads(out)
        assert len(article["blocks"]) == PARAGRAPHS
    else:
        lines = [line for line in out.splitlines() if line.startswith("Avsnitt")]
        assert lines == [f"Avsnitt {n}." for n in range(PARAGRAPHS)]


def test_a_folder_of_ten_thousand_files_skips_each_broken_one_with_its_reason(
    big_folder: BigFolder,
) -> None:
    started = time.perf_counter()
    results = list(load_all([str(big_folder.root)]))
    _report_time("read a folder of 10,000 files", started)
    articles = [item for item in results if isinstance(item, Article)]
    skipped = {item.source: item.reason for item in results if not isinstance(item, Article)}
    assert skipped == big_folder.bad
    assert [article.source for article in articles] == big_folder.good
    assert articles[-1].title == f"Article {len(big_folder.good) - 1:05}"


@pytest.mark.parametrize("mode", ["--json", "--print"])
def test_a_folder_of_ten_thousand_files_through_the_command_line(
    capsys: pytest.CaptureFixture[str], big_folder: BigFolder, mode: str
) -> None:
    started = time.perf_counter()
    code, out, err = run_cli(capsys, mode, big_folder.root)
    _report_time(f"reader {mode} on a folder of 10,000 files", started)
    assert code == 0
    assert sorted(err.splitlines()) == sorted(
        f"reader: {source}: {reason}" for source, reason in big_folder.bad.items()
    )
    assert NOTHING_LOADED not in err
    if mode == "--json":
        assert [a["source"] for a in json.loads(out)] == big_folder.good
    else:
        titles = [line for line in out.splitlines() if line.startswith("Article ")]
        assert len(titles) == len(big_folder.good)
