"""Bad files and paths through `reader --json` and `--print`: each one is skipped with its
reason on standard error, the rest open, and the exit code says whether anything did."""

from __future__ import annotations

import io
import json
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import reader.sources.load as load_module
from reader.model import Article
from reader.sources.discover import Found, Skipped, discover
from reader.sources.load import Failed, LoadError, load_all, read_source
from tests.hostile.helpers import (
    GOOD_TITLE,
    NOT_REGULAR,
    NOTHING_LOADED,
    BadInput,
    bad_input_params,
    make_bad,
    restore_permissions,
    run_cli,
    write_good,
)

MODES = ["--json", "--print"]


@pytest.fixture
def tmp(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "inputs"
    folder.mkdir()
    yield folder
    restore_permissions(folder)


# --- every bad input, alone and beside a good article, in both output modes ------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", bad_input_params())
def test_a_bad_input_alone_exits_2_with_its_reason(
    capsys: pytest.CaptureFixture[str], tmp: Path, bad: BadInput, mode: str
) -> None:
    path = make_bad(bad, tmp)
    code, out, err = run_cli(capsys, mode, path)
    assert code == 2
    assert out == ""
    assert err.splitlines() == [f"reader: {path}: {bad.reason}", NOTHING_LOADED]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", bad_input_params())
def test_a_bad_input_beside_a_good_article_is_reported_and_the_article_opens(
    capsys: pytest.CaptureFixture[str], tmp: Path, bad: BadInput, mode: str
) -> None:
    path = make_bad(bad, tmp)
    good = write_good(tmp / "good" / "article.txt")
    code, out, err = run_cli(capsys, mode, path, good)
    assert code == 0
    assert err == f"reader: {path}: {bad.reason}\n"
    if mode == "--json":
        articles = json.loads(out)
        assert [(a["source"], a["title"]) for a in articles] == [(str(good), GOOD_TITLE)]
    else:
        assert out.startswith(GOOD_TITLE + "\n")
        assert "Repairs to the outer pier will take another month." in out


# --- standard input ---------------------------------------------------------------------


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def fileno(self) -> int:
        raise OSError("not a real file")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\n\t", "empty file"),
        (b"\x00\x01binary\x00", "not a text file (contains NUL bytes)"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_bad_standard_input_exits_2_with_its_reason(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data: bytes,
    reason: str,
    mode: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    code, out, err = run_cli(capsys, mode, "-")
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"reader: -: {reason}", NOTHING_LOADED]


# --- permissions, simulated (they are not enforced for root) -----------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_file_that_cannot_be_opened_is_skipped_as_permission_denied(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp: Path, mode: str
) -> None:
    """As chmod 000 would for a user other than root: every way of opening it refuses."""
    locked = write_good(tmp / "locked.txt")
    good = write_good(tmp / "good.txt", "Another title")
    for module in (os, io):
        real_open = module.open

        def refusing(
            path: object, *args: object, _open: object = real_open, **kw: object
        ) -> object:
            if isinstance(path, str | Path) and Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return _open(path, *args, **kw)  # type: ignore[operator]

        monkeypatch.setattr(module, "open", refusing)
    code, out, err = run_cli(capsys, mode, locked, good)
    assert code == 0
    assert err == f"reader: {locked}: permission denied\n"
    assert "Another title" in out


def test_a_folder_that_cannot_be_listed_is_skipped_as_permission_denied(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp: Path
) -> None:
    locked = tmp / "locked"
    write_good(locked / "inside.txt")
    write_good(tmp / "open" / "a.txt", "Readable title")
    real_scandir = os.scandir

    def refusing_scandir(path: object = ".") -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    code, out, err = run_cli(capsys, "--json", tmp)
    assert code == 0
    assert err == f"reader: {locked}: permission denied\n"
    assert [a["title"] for a in json.loads(out)] == ["Readable title"]


# --- FIFOs and devices never block ---------------------------------------------------------


def _finishes(target: object, seconds: float, unblock: Path | None = None) -> bool:
    """Run `target` in a thread; False if it was still running after `seconds` (then a
    FIFO it blocks on is opened for writing and closed, so the thread can end)."""
    thread = threading.Thread(target=target, daemon=True)  # type: ignore[arg-type]
    thread.start()
    thread.join(seconds)
    if thread.is_alive() and unblock is not None:
        writer = os.open(unblock, os.O_WRONLY | os.O_NONBLOCK)
        os.close(writer)
        thread.join(5)
        return False
    return not thread.is_alive()


def test_a_fifo_given_or_in_a_folder_is_never_opened(tmp: Path) -> None:
    fifo = tmp / "folder" / "pipe.txt"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    write_good(tmp / "folder" / "real.txt")
    results: list[object] = []
    assert _finishes(lambda: results.extend(load_all([str(fifo), str(fifo.parent)])), 5, fifo)
    assert results[0] == Skipped(str(fifo), NOT_REGULAR)
    assert results[1] == Skipped(str(fifo), NOT_REGULAR)
    assert isinstance(results[2], Article) and results[2].title == GOOD_TITLE
    assert len(results) == 3


def test_a_file_swapped_for_a_fifo_after_it_was_found_never_blocks(
    tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_good(tmp / "swapped.txt")

    def discover_then_swap(paths: list[str]) -> Iterator[Found | Skipped]:
        for item in discover(paths):
            path.unlink()
            os.mkfifo(path)
            yield item

    monkeypatch.setattr(load_module, "discover", discover_then_swap)
    results: list[object] = []
    assert _finishes(lambda: results.extend(load_all([str(path)])), 5, path), "blocked on a FIFO"
    assert results == [Skipped(str(path), NOT_REGULAR)]


def test_the_reader_command_never_blocks_on_a_fifo(tmp: Path) -> None:
    import subprocess

    fifo = tmp / "pipe.txt"
    os.mkfifo(fifo)
    for mode in MODES:
        done = subprocess.run(
            [sys.executable, "-m", "reader", mode, str(fifo), str(tmp)],
            capture_output=True,
            text=True,
            timeout=30,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 2
        assert done.stderr.splitlines() == [
            f"reader: {fifo}: {NOT_REGULAR}",
            f"reader: {fifo}: {NOT_REGULAR}",
            NOTHING_LOADED,
        ]


# --- large files are refused without being read ----------------------------------------------


PROC_IO = Path("/proc/self/io")


def _bytes_read() -> int:
    """Bytes this process has read through system calls so far (Linux), however read."""
    for line in PROC_IO.read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


@pytest.mark.skipif(not PROC_IO.is_file(), reason="counts bytes read with Linux /proc/self/io")
def test_a_200_mb_file_is_refused_before_a_byte_is_read(tmp: Path) -> None:
    huge = tmp / "huge.txt"
    with huge.open("wb") as file:
        file.write(b"Huge\n\nA file far larger than any article.\n")
        file.truncate(200 * 1024 * 1024)
    before = _bytes_read()
    with pytest.raises(LoadError, match=r"^file too large \(over 32 MB\)$"):
        read_source(huge, str(huge))
    assert _bytes_read() - before < 64 * 1024, "refused by its size, not by reading it"


@pytest.mark.skipif(not PROC_IO.is_file(), reason="counts bytes read with Linux /proc/self/io")
def test_a_file_whose_size_lies_is_read_only_up_to_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """/proc files say they are empty and are not: the read itself must be bounded."""
    smaps = Path("/proc/self/smaps")
    assert smaps.stat().st_size == 0 and len(smaps.read_bytes()) > 10_000
    monkeypatch.setattr(load_module, "MAX_FILE_BYTES", 100)
    before = _bytes_read()
    with pytest.raises(LoadError, match=r"^file too large"):
        read_source(smaps, str(smaps))
    assert _bytes_read() - before < 5_000, "read past the limit"


# --- files that change or vanish between being found and being read ----------------------------


def _discover_then(action: object) -> object:
    def wrapped(paths: list[str]) -> Iterator[Found | Skipped]:
        for item in discover(paths):
            if isinstance(item, Found):
                action(item.path)  # type: ignore[operator]
            yield item

    return wrapped


def _into_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _into_binary(path: Path) -> None:
    path.write_bytes(b"\x00\x01\x02")


@pytest.mark.parametrize(
    ("action", "reason"),
    [
        (Path.unlink, "the file has disappeared"),
        (_into_folder, "is a folder"),
        (_into_binary, "not a text file (contains NUL bytes)"),
    ],
    ids=["deleted", "became-a-folder", "became-binary"],
)
@pytest.mark.parametrize("mode", MODES)
def test_a_file_that_changes_after_it_was_found_is_skipped_with_a_message(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp: Path,
    action: object,
    reason: str,
    mode: str,
) -> None:
    path = write_good(tmp / "changing.txt")
    monkeypatch.setattr(load_module, "discover", _discover_then(action))
    code, out, err = run_cli(capsys, mode, path)
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"reader: {path}: {reason}", NOTHING_LOADED]


# --- names and contents that used to break the reader ---------------------------------------


def _latin1_named(tmp: Path) -> tuple[str, str]:
    """A file whose name is not UTF-8 (and holds an escape sequence): (path, as shown)."""
    folder = tmp / "names"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/caf\xe9-\x1b]0;x\x07.txt"
    with open(raw, "w", encoding="utf-8") as file:
        file.write("Caf\u00e9 title\n\nA paragraph in a file with a Latin-1 name.\n")
    return os.fsdecode(raw), f"{folder}/caf\\xe9-\x1b]0;x\x07.txt"


def test_a_file_name_that_is_not_utf8_keeps_json_valid_utf8(
    monkeypatch: pytest.MonkeyPatch, tmp: Path
) -> None:
    from reader.cli import main

    path, shown = _latin1_named(tmp)
    # A UTF-8 terminal that refuses lone surrogates, as under an en_US.UTF-8 locale.
    buffer = io.BytesIO()
    strict = io.TextIOWrapper(buffer, encoding="utf-8", errors="strict")
    monkeypatch.setattr(sys, "stdout", strict)
    assert main(["--json", str(Path(path).parent), path]) == 0
    strict.flush()
    articles = json.loads(buffer.getvalue().decode("utf-8"))
    assert [a["source"] for a in articles] == [shown, shown]
    assert articles[0]["title"] == "Caf\u00e9 title"


def test_a_file_name_that_is_not_utf8_is_printed_escaped(
    capsys: pytest.CaptureFixture[str], tmp: Path
) -> None:
    path, _ = _latin1_named(tmp)
    code, out, err = run_cli(capsys, "--print", "--width", "200", path)
    assert (code, err) == (0, "")
    assert "/caf\\xe9-␛]0;x␇.txt" in out
    assert "\x1b" not in out and "\x07" not in out


def test_html_with_escape_sequences_beside_a_script_keeps_every_word(
    capsys: pytest.CaptureFixture[str], tmp: Path
) -> None:
    """lxml refuses control characters when it removes the <script>: the page used to fail."""
    page = tmp / "page.html"
    page.write_text(
        "<html><body><h1>Title \x1b]0;owned\x07</h1><p>First &#27;[2J paragraph.</p>"
        "<script>alert(1)</script>Loose\x08 text<ol start='x'><li>Item</li></ol></body></html>",
        encoding="utf-8",
    )
    code, out, err = run_cli(capsys, "--json", page)
    assert (code, err) == (0, "")
    [article] = json.loads(out)
    texts = [block["text"] for block in article["blocks"]]
    assert texts == [
        "Title \x1b]0;owned\x07",
        "First \x1b[2J paragraph.",
        "Loose\x08 text",
        "1. Item",
    ]
    code, out, err = run_cli(capsys, "--print", page)
    assert (code, err) == (0, "")
    assert "Title ␛]0;owned␇" in out and "First ␛[2J paragraph." in out
    assert "Loose␈ text" in out and "alert" not in out


def test_markdown_of_nothing_but_inline_html_is_skipped_not_failed(
    capsys: pytest.CaptureFixture[str], tmp: Path
) -> None:
    page = tmp / "tags.md"
    page.write_text("---\n<rss><p>\n\n<b></b>\n", encoding="utf-8")
    assert list(load_all([str(page)])) == [Skipped(str(page), "no article text in the file")]


def test_a_parser_exception_costs_one_file_with_a_safe_one_line_reason(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp: Path
) -> None:
    bad = write_good(tmp / "bad.txt", "Bad title")
    good = write_good(tmp / "good.txt")
    real_parse = load_module.parse_text

    def exploding(text: str, source: str = "-", fmt: str = "text") -> Article:
        if source == str(bad):
            raise ValueError("boom [bold red]x[/]\n\x1b]0;owned\x07 " + "y" * 500)
        return real_parse(text, source=source)

    monkeypatch.setattr(load_module, "parse_text", exploding)
    results = list(load_all([str(bad), str(good)]))
    assert isinstance(results[0], Failed)
    reason = results[0].reason
    assert reason.startswith("could not be parsed (ValueError: boom [bold red]x[/] ␛]0;owned␇ yyy")
    assert len(reason) <= 200 and reason.endswith("…")
    assert "\n" not in reason and "\x1b" not in reason
    assert isinstance(results[1], Article)
    code, out, err = run_cli(capsys, "--json", bad, good)
    assert code == 0
    assert err == f"reader: {bad}: {reason}\n"
    assert [a["title"] for a in json.loads(out)] == [GOOD_TITLE]


def test_an_unexpected_error_while_reading_costs_one_file(
    monkeypatch: pytest.MonkeyPatch, tmp: Path
) -> None:
    bad = write_good(tmp / "bad.txt")
    good = write_good(tmp / "good.txt")

    def broken_decoder(data: bytes) -> tuple[str, str]:
        raise LookupError("unknown encoding: x-\x1b[2J")

    monkeypatch.setattr(load_module, "decode_bytes", broken_decoder)
    results = list(load_all([str(bad), str(good)]))
    assert results == [
        Skipped(str(bad), "could not be decoded (LookupError: unknown encoding: x-␛[2J)"),
        Skipped(str(good), "could not be decoded (LookupError: unknown encoding: x-␛[2J)"),
    ]
