"""Shared fixtures: every test runs with its own config, data and cache directories."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
REFERENCE = SAMPLES / "ntb-ukraina-russland-samtaler.txt"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point reader's state at a temporary folder so no test sees the user's files."""
    for name in ("CONFIG", "DATA", "CACHE"):
        folder = tmp_path / "reader-dirs" / name.lower()
        monkeypatch.setenv(f"READER_{name}_DIR", str(folder))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path / "reader-dirs"
