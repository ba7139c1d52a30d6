"""End to end: the installed `reader` command in a real terminal (tmux), driven by keys."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import REFERENCE, SAMPLES

SECOND = SAMPLES / "sv-regeringen-tag.txt"
LEAD_END = "til det russiske nyhetsbyrået RIA."
SECOND_HEADLINE = "Regeringen satsar två miljarder på nya nattåg"
WAIT_SECONDS = 10.0


def reader_command() -> str | None:
    found = shutil.which("reader")
    if found:
        return found
    beside_python = Path(sys.executable).parent / "reader"
    return str(beside_python) if beside_python.is_file() else None


class Tmux:
    """One detached session on a private tmux server (socket), so nothing else is touched."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.name, *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", self.name)

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

    def pane(self, variable: str) -> str:
        return self("display-message", "-p", "-t", self.name, f"#{{{variable}}}").strip()


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[tuple[Tmux, str]]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    reader = reader_command()
    if reader is None:
        pytest.skip("the `reader` command is not installed (pip install -e .)")
    session = Tmux(f"reader-e2e-{uuid.uuid4().hex}")
    try:
        yield session, reader
    finally:
        session("kill-session", "-t", session.name, check=False)


def test_reader_in_a_real_terminal(tmux: tuple[Tmux, str], tmp_path: Path) -> None:
    session, reader = tmux
    state = {
        f"READER_{name}_DIR": str(tmp_path / "state" / name.lower())
        for name in ("CONFIG", "DATA", "CACHE")
    }
    # COLUMNS and LINES go: under pytest the C-level environment has COLUMNS=80 and
    # LINES=24 (not visible in os.environ), and Textual would believe them over the pane.
    unset = ["-u", "COLUMNS", "-u", "LINES", "-u", "NO_COLOR"]
    assignments = [f"{name}={value}" for name, value in state.items()]
    command = shlex.join(["env", *unset, *assignments, reader, str(REFERENCE), str(SECOND)])
    # Keep the pane after the reader exits so its exit status can be read.
    session(
        "new-session", "-d", "-s", session.name, "-x", "120", "-y", "40", command,
        ";", "set-option", "-t", session.name, "remain-on-exit", "on",
    )  # fmt: skip

    screen = session.wait_for(lambda s: LEAD_END in s, "the lead")
    lines = screen.splitlines()
    assert "reader — Samtalene mellom Ukraina og Russland" in lines[0], "header and subtitle"
    assert "╭─ Articles ─" in lines[1]
    title = "Samtalene mellom Ukraina og Russland er over skriver AFP og Sky News"
    assert f"│  {title}" in lines[2], "the title heads the article column"
    assert "╭─ UKRAINA ─" in screen, "the caption label is its box title"
    assert "Sergei Kholodilin / AP / NTB ─╯" in screen, "the credit closes the caption box"
    assert "Regeringen satsar två" in screen, "the second file is listed in the sidebar"
    assert "\x1b" not in screen

    session.send("Tab", "G")  # G scrolls smoothly: wait for the end, both quotes on screen
    screen = session.wait_for(
        lambda s: "sier Zelenskyj mandag morgen." in s and s.count("— Zelenskyj") == 2,
        "the end of the article with both quotes",
    )
    lines = screen.splitlines()
    assert sum("  ▌ — Zelenskyj" in line for line in lines) == 2, "quotes signed by the speaker"
    assert any("  ▌ – La dem forsøke" in line for line in lines), "quotes have a bar"
    assert "│  Zelenskyj har ikke et stort håp" in screen

    session.send("]")
    screen = session.wait_for(lambda s: f"reader — {SECOND_HEADLINE}" in s, "the next article")
    assert LEAD_END not in screen
    assert session.pane("pane_dead") == "0"

    session.send("q")
    deadline = time.monotonic() + WAIT_SECONDS
    while session.pane("pane_dead") != "1":
        assert time.monotonic() < deadline, "q did not quit the reader"
        time.sleep(0.1)
    assert session.pane("pane_dead_status") == "0"
    data_dir = Path(state["READER_DATA_DIR"])
    assert data_dir.is_dir(), "reading state went to the folder the environment named"
    assert any(data_dir.iterdir())
