"""Hostile and broken input: the environment every test here starts from."""

from __future__ import annotations

import pytest

from tests.hostile.helpers import BigFolder, make_big_folder


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Colour and width come from the environment: start every test from none of it."""
    for name in ("FORCE_COLOR", "COLUMNS", "LINES", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> BigFolder:
    """One folder of 10,000 files (some broken) for every test that reads it."""
    return make_big_folder(tmp_path_factory.mktemp("big") / "articles")
