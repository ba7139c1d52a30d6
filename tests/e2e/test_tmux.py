"""End to end: the installed `reader` command in a real terminal (tmux), driven by keys."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.model import parse_text
from tests.conftest import REFERENCE, SAMPLES

SECOND = SAMPLES / "sv-regeringen-tag.txt"
TITLE = "Samtalene mellom Ukraina og Russland er over skriver AFP og Sky News"
LEAD_END = "til det russiske nyhetsbyrået RIA."
SECOND_HEADLINE = "Regeringen satsar två miljarder på nya nattåg"
WAIT_SECONDS = 10.0
EXITED = re.compile(r"^\[reader exited with status (\d+)\]$", re.M)


def reader_command() -> str | None:
    found = shutil.which("reader")
    if found:
        return found
    beside_python = Path(sys.executable).parent / "reader"
    return str(beside_python) if beside_python.is_file() else None


class Tmux:
    """One detached session on a private tmux server (socket), so nothing else is touched."""

    def __init__(self, reader: str, socket: Path, state_root: Path) -> None:
        self.name = f"reader-e2e-{uuid.uuid4().hex}"
        self.socket = socket
        self.reader = reader
        self.state = {
            f"READER_{name}_DIR": str(state_root / name.lower())
            for name in ("CONFIG", "DATA", "CACHE")
        }

    def __call__(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            ["tmux", "-S", str(self.socket), *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def start(self, *paths: Path, stdin: Path | None = None) -> None:
        """Run `reader PATHS` in a 120x40 pane that stays after it exits.

        The shell prints the exit status: tmux's own pane_dead_status is empty now and then
        (it has not reaped the process yet when the pane closes).
        """
        # COLUMNS and LINES go: under pytest the C-level environment holds COLUMNS=80 and
        # LINES=24 (not visible in os.environ), and Textual would believe them over the pane.
        unset = ["-u", "COLUMNS", "-u", "LINES", "-u", "NO_COLOR"]
        assignments = [f"{name}={value}" for name, value in self.state.items()]
        reader = shlex.join(["env", *unset, *assignments, self.reader, *map(str, paths)])
        if stdin is not None:
            reader = f"cat {shlex.quote(str(stdin))} | {reader}"
        command = f'{reader}; echo "[reader exited with status $?]"'
        self(
            "new-session", "-d", "-s", self.name, "-x", "120", "-y", "40", command,
            ";", "set-option", "-t", self.name, "remain-on-exit", "on",
        )  # fmt: skip

    def screen(self) -> str:
        """The pane's text; lines the pane itself wrapped are joined again (-J)."""
        return self("capture-pane", "-p", "-J", "-t", self.name)

    def everything(self) -> str:
        """The pane's text with its scrollback (tmux's "Pane is dead" line scrolls it)."""
        return self("capture-pane", "-p", "-J", "-S", "-", "-t", self.name)

    def send(self, *keys: str) -> None:
        self("send-keys", "-t", self.name, *keys)

    def wait_for(self, condition: Callable[[str], bool], what: str) -> str:
        deadline = time.monotonic() + WAIT_SECONDS
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if condition(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{what} not on screen after {WAIT_SECONDS}s:\n{screen}")

    def wait_until_exited(self) -> int:
        """The reader's exit status, as the shell reports it."""
        deadline = time.monotonic() + WAIT_SECONDS
        while (found := EXITED.search(self.everything())) is None:
            assert time.monotonic() < deadline, f"reader still running:\n{self.screen()}"
            time.sleep(0.1)
        return int(found.group(1))


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    reader = reader_command()
    if reader is None:
        pytest.skip("the `reader` command is not installed (pip install -e .)")
    # A short private socket path (tmp_path can be too long for a Unix socket).
    socket_dir = Path(tempfile.mkdtemp(prefix="reader-tmux-"))
    session = Tmux(reader, socket_dir / "socket", tmp_path / "state")
    try:
        yield session
    finally:
        # Only this test's session, on this test's own server socket.
        session("kill-session", "-t", session.name, check=False)
        shutil.rmtree(socket_dir, ignore_errors=True)


def test_reader_in_a_real_terminal(tmux: Tmux) -> None:
    tmux.start(REFERENCE, SECOND)

    # The first article is shown before the rest of the list arrives, and the header and
    # footer right after the first frame: wait for all of them.
    screen = tmux.wait_for(
        lambda s: LEAD_END in s and "Regeringen satsar två" in s and " Quit " in s,
        "the lead, the list and the footer",
    )
    lines = screen.splitlines()
    assert "reader — Samtalene mellom Ukraina og Russland" in lines[0], "header and subtitle"
    assert "╭─ Articles ─" in lines[1]
    assert f"│  {TITLE}" in lines[2], "the title heads the article column"
    assert "╭─ UKRAINA ─" in screen, "the caption label is its box title"
    assert "Sergei Kholodilin / AP / NTB ─╯" in screen, "the credit closes the caption box"
    assert "Regeringen satsar två" in screen, "the second file is listed in the sidebar"

    tmux.send("Tab", "G")  # G scrolls smoothly: wait for the end, both quotes on screen
    screen = tmux.wait_for(
        lambda s: "sier Zelenskyj mandag morgen." in s and s.count("— Zelenskyj") == 2,
        "the end of the article with both quotes",
    )
    lines = screen.splitlines()
    assert sum("  ▌ — Zelenskyj" in line for line in lines) == 2, "quotes signed by the speaker"
    assert any("  ▌ – La dem forsøke" in line for line in lines), "quotes have a bar"
    assert "│  Zelenskyj har ikke et stort håp" in screen

    tmux.send("]")
    screen = tmux.wait_for(lambda s: f"reader — {SECOND_HEADLINE}" in s, "the next article")
    assert f"│  {SECOND_HEADLINE}" in screen.splitlines()[2]
    assert LEAD_END not in screen
    assert EXITED.search(tmux.everything()) is None, "still running"

    tmux.send("q")
    assert tmux.wait_until_exited() == 0
    data_dir = Path(tmux.state["READER_DATA_DIR"])
    assert data_dir.is_dir(), "reading state went to the folder the environment named"
    assert any(data_dir.iterdir())


def test_nothing_to_read_exits_2_with_one_line_per_reason(tmux: Tmux, tmp_path: Path) -> None:
    missing = tmp_path / ("a-file-with-a-long-name-that-does-not-exist-" * 2 + ".txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    tmux.start(missing, empty)

    assert tmux.wait_until_exited() == 2
    lines = [line for line in tmux.everything().splitlines() if line.startswith("reader:")]
    assert lines == [
        "reader: nothing to show: no article could be loaded",
        f"reader: {missing}: no such file or directory",
        f"reader: {empty}: empty file",
    ]


SIDEBAR_CELLS = 36


def article_line(screen_line: str) -> str:
    """The article column's text on a screen line (right of the 36-cell sidebar)."""
    return screen_line[SIDEBAR_CELLS:].strip(" ▁▂▃▄▅▆▇█")


def top_article_line(screen: str) -> str:
    """The first line of article text below the header (blank margins skipped)."""
    return next((text for line in screen.splitlines()[1:] if (text := article_line(line))), "")


def test_reading_position_survives_quitting_and_relaunching_the_library(tmux: Tmux) -> None:
    long_article = SAMPLES / "en-wire-harbour-storm.txt"
    paragraphs = [block.text for block in parse_text(long_article.read_text("utf-8")).blocks]
    tmux.start(long_article)
    tmux.wait_for(lambda s: "Late-winter storm floods Portland" in s, "the article")
    tmux.send("Tab", "Space")
    tmux.wait_for(lambda s: "Late-winter" not in top_article_line(s), "a page further down")
    time.sleep(1.0)  # the end of the smooth scroll, then the debounced save
    top_before = top_article_line(tmux.screen())
    tmux.send("q")
    assert tmux.wait_until_exited() == 0

    tmux("kill-session", "-t", tmux.name)
    tmux.start()  # no paths: the library, most recently read first
    paragraph = next(text for text in paragraphs if top_before in text)
    # Both on one screen: a frame caught half drawn may show a fragment at the top first.
    screen = tmux.wait_for(
        lambda s: (
            "Late-winter storm floods Portland" in s
            and bool(top_article_line(s))
            and paragraph.startswith(top_article_line(s))
        ),
        "that article, the same paragraph at the top",
    )
    assert paragraph.startswith(top_article_line(screen))


def test_an_article_piped_in_is_read_and_keys_still_work(tmux: Tmux) -> None:
    tmux.start(stdin=REFERENCE)
    tmux.wait_for(lambda s: LEAD_END in s, "the piped article")
    tmux.send("?")
    tmux.wait_for(lambda s: "Keys" in s and "Quit" in s, "the help screen")
    tmux.send("Escape")  # alone: ESC then q at once reads as Alt+q
    tmux.wait_for(lambda s: "Escape to close" not in s, "the help screen closing")
    tmux.send("q")
    assert tmux.wait_until_exited() == 0


def test_a_search_typed_in_one_burst_keeps_every_key(tmux: Tmux) -> None:
    """Keys sent in one write (as a paste or a fast typist's) reach the search field,
    none of them running the reading screen's bindings ("s" would hide the sidebar)."""
    tmux.start(REFERENCE)
    tmux.wait_for(lambda s: LEAD_END in s, "the lead")
    tmux.send("Tab")
    tmux.send("/zelenskyj")  # one send-keys: the terminal gets all ten keys at once
    screen = tmux.wait_for(lambda s: "zelenskyj 1/6" in s, "six matches of the whole word")
    assert "╭─ Articles ─" in screen, "the sidebar is still shown"
    # Escape alone: an escape followed at once by a key is how terminals send Alt+key.
    tmux.send("Escape")
    tmux.wait_for(lambda s: "/zelenskyj" not in s, "the search cleared")
    tmux.send("q")
    assert tmux.wait_until_exited() == 0


def test_a_folder_opens_with_the_sidebar_focused(tmux: Tmux) -> None:
    """The list arrives after the first frame when a folder is opened; the keys must still
    start in the sidebar (Textual's own first-focus rule handed them to the article)."""
    tmux.start(SAMPLES)
    first = tmux.wait_for(
        lambda s: "sv-regeringen-tag.txt" in s and "reader — " in s.splitlines()[0],
        "the whole list and the header",
    ).splitlines()[0]
    tmux.send("Down")
    screen = tmux.wait_for(lambda s: s.splitlines()[0] != first, "the next article's title")
    titles = [
        parse_text(path.read_text(encoding="utf-8")).title for path in sorted(SAMPLES.glob("*.txt"))
    ]
    assert any(title[:40] in screen.splitlines()[0] for title in titles[1:2])
    tmux.send("q")
    assert tmux.wait_until_exited() == 0
