"""Fixtures made at test time (no committed binaries) and checks shared by the hostile tests."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.sources.load import MAX_FILE_BYTES

NOTHING_LOADED = "reader: nothing to show: no article could be loaded"
NOT_REGULAR = "not a regular file (device, pipe or socket)"
TOO_LARGE = f"file too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB)"
LOOP = "symbolic link loop (too many levels of symbolic links)"
NO_ARTICLES = "folder has no article files (text, Markdown, HTML or feeds)"

TERMINAL_ACTORS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""Characters a terminal acts on (or cannot take): C0 but newline, DEL, C1, bidi overrides
and isolates, lone surrogates. None of them may reach the terminal from an article."""

GOOD_TEXT = (
    "Harbour reopens after the storm\n\n"
    "The harbour reopened on Monday after three days of closure, the port authority said, "
    "and the first ferries left on time.\n\n"
    "Repairs to the outer pier will take another month.\n"
)
GOOD_TITLE = "Harbour reopens after the storm"


def write_good(path: Path, title: str = GOOD_TITLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOOD_TEXT.replace(GOOD_TITLE, title), encoding="utf-8")
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """`reader ARGV` in-process: exit code, standard output, standard error."""
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def permissions_enforced(folder: Path) -> bool:
    """False when chmod 000 does not stop this process reading (root, CAP_DAC_OVERRIDE)."""
    probe = folder / ".permission-probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        with probe.open("rb"):
            return False
    except PermissionError:
        return True
    finally:
        probe.chmod(stat.S_IRUSR | stat.S_IWUSR)
        probe.unlink()


ROOT_SKIP_REASON = (
    "file permissions are not enforced for this user (root or CAP_DAC_OVERRIDE): chmod 000 "
    "cannot make a file unreadable; the simulated PermissionError tests cover this path"
)


# --- bad inputs, each with the reason reader must give --------------------------------


@dataclass(frozen=True)
class BadInput:
    id: str
    make: Callable[[Path], Path]
    reason: str
    needs_permissions: bool = False

    def shown(self, path: Path) -> str:
        """How reader names the path in its message."""
        return str(path)


def _missing(tmp: Path) -> Path:
    return tmp / "missing.txt"


def _empty_folder(tmp: Path) -> Path:
    folder = tmp / "empty-folder"
    folder.mkdir()
    return folder


def _folder_without_articles(tmp: Path) -> Path:
    folder = tmp / "no-articles"
    (folder / ".hidden").mkdir(parents=True)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".secret.txt").write_text("Hidden\n\nA hidden file is not listed.\n")
    (folder / ".hidden" / "inside.txt").write_text("Hidden\n\nNor is a hidden folder.\n")
    return folder


def _unreadable_file(tmp: Path) -> Path:
    path = write_good(tmp / "locked.txt")
    path.chmod(0)
    return path


def _unreadable_folder(tmp: Path) -> Path:
    folder = tmp / "locked-folder"
    write_good(folder / "inside.txt")
    folder.chmod(0)
    return folder


def _broken_symlink(tmp: Path) -> Path:
    link = tmp / "broken.txt"
    link.symlink_to(tmp / "nowhere.txt")
    return link


def _symlink_loop(tmp: Path) -> Path:
    first, second = tmp / "loop-a.txt", tmp / "loop-b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    return first


def _fifo(tmp: Path) -> Path:
    path = tmp / "pipe.txt"
    os.mkfifo(path)
    return path


def _dev_null(tmp: Path) -> Path:
    return Path(os.devnull)


def _binary(tmp: Path) -> Path:
    path = tmp / "image.txt"
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(range(256)) * 4)
    return path


def _control_soup(tmp: Path) -> Path:
    path = tmp / "controls.txt"
    path.write_bytes(bytes(range(1, 9)) * 200 + b"some text")
    return path


def _utf16_garbage(tmp: Path) -> Path:
    """A binary file whose first bytes happen to be a UTF-16 byte-order mark."""
    path = tmp / "bom.txt"
    path.write_bytes(b"\xff\xfe" + bytes([1, 0, 2, 0, 3, 0, 4, 0]) * 100)
    return path


def _empty(tmp: Path) -> Path:
    path = tmp / "empty.txt"
    path.write_bytes(b"")
    return path


def _whitespace(tmp: Path) -> Path:
    path = tmp / "blank.txt"
    path.write_text("  \n\n\t\r\n\u00a0\u2003\r\n\x0c\n", encoding="utf-8")
    return path


def _bom_only(tmp: Path) -> Path:
    path = tmp / "bom-only.txt"
    path.write_bytes(b"\xef\xbb\xbf\n\n")
    return path


def _huge(tmp: Path) -> Path:
    """200 MB, sparse: made in no time, and reader must never read it."""
    path = tmp / "huge.txt"
    with path.open("wb") as file:
        file.write(b"Huge\n\nA file far larger than any article.\n")
        file.truncate(200 * 1024 * 1024)
    return path


def _tags_only(tmp: Path) -> Path:
    path = tmp / "tags.html"
    path.write_text(
        "<html><head><title> </title></head><body><script>alert(1)</script>"
        "<div><span></span></div></body></html>"
    )
    return path


BAD_INPUTS = [
    BadInput("missing", _missing, "no such file or directory"),
    BadInput("empty-folder", _empty_folder, NO_ARTICLES),
    BadInput("folder-without-articles", _folder_without_articles, NO_ARTICLES),
    BadInput("unreadable-file", _unreadable_file, "permission denied", needs_permissions=True),
    BadInput("unreadable-folder", _unreadable_folder, "permission denied", needs_permissions=True),
    BadInput("broken-symlink", _broken_symlink, "broken symbolic link"),
    BadInput("symlink-loop", _symlink_loop, LOOP),
    BadInput("fifo", _fifo, NOT_REGULAR),
    BadInput("dev-null", _dev_null, NOT_REGULAR),
    BadInput("binary", _binary, "not a text file (contains NUL bytes)"),
    BadInput("control-characters", _control_soup, "not a text file (mostly control characters)"),
    BadInput(
        "utf16-bom-then-binary", _utf16_garbage, "not a text file (mostly control characters)"
    ),
    BadInput("empty", _empty, "empty file"),
    BadInput("whitespace-only", _whitespace, "empty file"),
    BadInput("byte-order-mark-only", _bom_only, "empty file"),
    BadInput("200-MB", _huge, TOO_LARGE),
    BadInput("html-without-text", _tags_only, "no article text in the file"),
]


def bad_input_params() -> Iterator[Any]:
    for bad in BAD_INPUTS:
        yield pytest.param(bad, id=bad.id)


def make_bad(bad: BadInput, tmp: Path) -> Path:
    if bad.needs_permissions and not permissions_enforced(tmp):
        pytest.skip(ROOT_SKIP_REASON)
    return bad.make(tmp)


def restore_permissions(path: Path) -> None:
    """Give back what chmod 000 took, so pytest can clean the temporary folder."""
    if path.is_symlink() or not path.exists():
        return
    if path.is_dir():
        path.chmod(stat.S_IRWXU)
        for child in path.iterdir():
            restore_permissions(child)
    else:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


# --- a folder of 10,000 files, some of them broken -------------------------------------------

FOLDER_FILES = 10_000


@dataclass(frozen=True)
class BigFolder:
    root: Path
    good: list[str]
    """Sources of the readable articles, in the order reader lists them."""
    bad: dict[str, str]
    """Source → the reason reader gives for skipping it."""


def make_big_folder(root: Path) -> BigFolder:
    """10,000 article files in two levels, with every kind of broken file among them."""
    root.mkdir(parents=True)
    bad: dict[str, str] = {}

    def broken(name: str, reason: str) -> Path:
        bad[str(root / name)] = reason
        return root / name

    broken("b-empty.txt", "empty file").write_bytes(b"")
    broken("b-blank.txt", "empty file").write_text(" \n\t\n")
    broken("b-binary.txt", "not a text file (contains NUL bytes)").write_bytes(b"\x00" * 64)
    os.mkfifo(broken("b-fifo.txt", NOT_REGULAR))
    broken("b-dangling.txt", "broken symbolic link").symlink_to(root / "nowhere.txt")
    broken("b-loop-1.txt", LOOP).symlink_to(root / "b-loop-2.txt")
    broken("b-loop-2.txt", LOOP).symlink_to(root / "b-loop-1.txt")
    with broken("b-large.txt", TOO_LARGE).open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)
    broken("b-tags.html", "no article text in the file").write_text("<p><b></b></p>")
    (root / "photo.png").write_bytes(b"\x89PNG")  # not an article file: passed over silently
    (root / ".cache").mkdir()
    write_good(root / ".cache" / "hidden.txt")
    body = "Body of article {n}: the council met on Tuesday and agreed the budget.\n"
    made = len(bad)
    for n in range(FOLDER_FILES - made):
        folder = root / f"part-{n // 5000}"
        folder.mkdir(exist_ok=True)
        (folder / f"a{n:05}.txt").write_text(f"Article {n:05}\n\n" + body.format(n=n))
    good = [str(root / f"part-{n // 5000}" / f"a{n:05}.txt") for n in range(FOLDER_FILES - made)]
    return BigFolder(root, good, bad)


# --- what reaches the terminal from a running app ------------------------------------------


def terminal_stream(app: Any) -> str:
    """Everything Textual would write to the terminal to paint the current screen.

    `run_test` uses a headless driver that writes nothing, so the screen's compositor
    is asked for a full update and rendered as the real driver would render it.
    """
    update = app.screen._compositor.render_full_update()
    return str(update.render_segments(app.console))


def drawn_text(widget: Any) -> str:
    """The lines a widget draws, its border and padding included (titles sit in borders)."""
    from textual.geometry import Region

    width = widget.size.width + widget.gutter.width
    height = widget.size.height + widget.gutter.height
    strips = widget.render_lines(Region(0, 0, width, height))
    return "\n".join("".join(segment.text for segment in strip).rstrip() for strip in strips)
