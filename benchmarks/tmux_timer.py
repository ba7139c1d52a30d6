"""Timing a terminal app from outside, the way a person sees it: in a real tmux pane.

A private tmux server (its own socket in a temporary folder, no user config) runs each
command in a fresh detached 120x40 session; `Pane.wait_for` polls `capture-pane` every few
milliseconds until the screen shows what we wait for, and returns the wall time since just
before `new-session`.  Only sessions this module created are ever killed, and the server
is the private one, so nothing else running on the machine is touched.
"""

from __future__ import annotations

import itertools
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType

WIDTH, HEIGHT = 120, 40
POLL_SECONDS = 0.005
DEAD_CHECK_EVERY = 25
"""Polls between checks that the command is still running (each check is a tmux call)."""
TMUX_CALL_TIMEOUT = 10.0
EXIT_TIMEOUT = 5.0


class TmuxError(RuntimeError):
    """tmux is missing, failed, or the screen never showed what was awaited."""


def require_tmux() -> str:
    found = shutil.which("tmux")
    if found is None:
        raise TmuxError(
            "tmux is not installed (or not on PATH); the start-up measurements run the app "
            "in a real terminal. Install it (apt-get install tmux) or skip them with --only."
        )
    return found


class TmuxServer:
    """A private tmux server, alive for the `with` block.

    A small keeper session holds the server up between measurements, so starting the
    server is never part of a timed launch.
    """

    def __init__(self) -> None:
        self.tmux = require_tmux()
        # A short path: Unix socket paths are limited to about 100 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="rbench-tmux-"))
        self.socket = self.folder / "socket"
        self.sessions: set[str] = set()
        self.environment = _clean_environment()

    def __enter__(self) -> TmuxServer:
        # The keeper ends when this process does, so even a killed run leaves no server.
        watch = f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done"
        self._new_session("keeper", watch, remain=False)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for name in sorted(self.sessions):
            self.kill(name)
        # The server is ours alone (private socket): once its sessions are gone it exits.
        shutil.rmtree(self.folder, ignore_errors=True)

    def __call__(self, *args: str, check: bool = True) -> str:
        command = [self.tmux, "-S", str(self.socket), "-f", "/dev/null", *args]
        try:
            result = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=TMUX_CALL_TIMEOUT,
                check=False,
                env=self.environment,
            )
        except subprocess.TimeoutExpired:
            raise TmuxError(f"tmux {' '.join(args[:2])} did not answer") from None
        if check and result.returncode != 0:
            raise TmuxError(f"tmux {' '.join(args[:2])} failed: {result.stderr.strip()}")
        return result.stdout

    def _new_session(self, name: str, command: str, *, remain: bool = True) -> None:
        """A detached session running `command`; with `remain` its pane stays after the
        command exits, so a crash can be told from a slow start."""
        self.sessions.add(name)
        keep = ["set-option", "-t", name, "remain-on-exit", "on"] if remain else []
        size = ["-x", str(WIDTH), "-y", str(HEIGHT)]
        self("new-session", "-d", "-s", name, *size, command, *([";", *keep] if keep else []))

    def kill(self, name: str) -> None:
        if name in self.sessions:
            self("kill-session", "-t", name, check=False)
            self.sessions.discard(name)

    def launch(self, argv: Sequence[str], env: Mapping[str, str] | None = None) -> Pane:
        """Start `argv` in a new session; the clock starts just before `new-session`.

        COLUMNS and LINES are removed (Textual would believe them over the pane), and the
        command is exec'd, so the pane's process is the app itself (for its memory).
        """
        name = f"bench-{uuid.uuid4().hex[:12]}"
        assignments = [f"{key}={value}" for key, value in (env or {}).items()]
        unset = ["-u", "COLUMNS", "-u", "LINES", "-u", "NO_COLOR"]
        command = "exec " + shlex.join(["env", *unset, *assignments, *argv])
        started = time.perf_counter()
        self._new_session(name, command)
        return Pane(self, name, started)


class Pane:
    """One launched command; close it (or use `with`) to kill its session."""

    def __init__(self, server: TmuxServer, name: str, started: float) -> None:
        self.server = server
        self.name = name
        self.started = started
        self._pid: int | None = None

    def __enter__(self) -> Pane:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Kill the session and wait for the process to be gone, so a large app freeing
        its memory never overlaps the next timed launch."""
        try:
            pid: int | None = self.pid
        except (TmuxError, ValueError):
            pid = None
        self.server.kill(self.name)
        deadline = time.perf_counter() + EXIT_TIMEOUT
        while pid is not None and _running(pid) and time.perf_counter() < deadline:
            time.sleep(0.01)

    def screen(self) -> str:
        return self.server("capture-pane", "-p", "-t", self.name)

    def wait_for(
        self,
        condition: Callable[[str], bool],
        what: str,
        timeout: float,
        poll: float = POLL_SECONDS,
    ) -> float:
        """Seconds from launch until `condition(screen)` first held, checked every `poll`
        seconds (each check runs tmux, which costs CPU the app could use: poll slowly
        when the wait is long)."""
        deadline = time.perf_counter() + timeout
        screen = ""
        for polls in itertools.count():
            screen = self.screen()
            now = time.perf_counter()
            if condition(screen):
                return now - self.started
            if now > deadline:
                break
            if polls % DEAD_CHECK_EVERY == DEAD_CHECK_EVERY - 1 and self._dead():
                raise TmuxError(f"the command exited before {what} was shown:\n{screen}")
            time.sleep(poll)
        raise TmuxError(f"{what} not on screen after {timeout:.0f}s; the screen:\n{screen}")

    def wait_for_text(
        self, text: str | re.Pattern[str], timeout: float, poll: float = POLL_SECONDS
    ) -> float:
        if isinstance(text, str):
            return self.wait_for(lambda screen: text in screen, repr(text), timeout, poll)
        pattern = text
        return self.wait_for(
            lambda screen: bool(pattern.search(screen)), pattern.pattern, timeout, poll
        )

    def _dead(self) -> bool:
        shown = self.server("display-message", "-p", "-t", self.name, "#{pane_dead}", check=False)
        return shown.strip() == "1"

    @property
    def pid(self) -> int:
        """The app's process id (the command was exec'd, so it is the pane's process)."""
        if self._pid is None:
            shown = self.server("display-message", "-p", "-t", self.name, "#{pane_pid}")
            self._pid = int(shown.strip())
        return self._pid

    def peak_rss_mb(self) -> float:
        """The app's resident-memory high-water mark so far (VmHWM), in MB (10^6 bytes)."""
        status = Path(f"/proc/{self.pid}/status").read_text()
        found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
        if found is None:
            raise TmuxError(f"no VmHWM in /proc/{self.pid}/status")
        return int(found.group(1)) * 1024 / 1_000_000


def _running(pid: int) -> bool:
    """The process exists and is not a zombie waiting for tmux to reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _clean_environment() -> dict[str, str]:
    """This process's environment without the sizes a parent shell or pytest may set."""
    return {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}
