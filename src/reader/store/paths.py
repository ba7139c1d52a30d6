"""Every location reader uses on disk, from platformdirs, each overridable for tests.

`READER_CONFIG_DIR`, `READER_DATA_DIR` and `READER_CACHE_DIR` replace the platform's
folders, so tests (and people with unusual setups) can point reader anywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_path, user_config_path, user_data_path

APP_NAME = "reader"


@dataclass(frozen=True, slots=True)
class Locations:
    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def state_file(self) -> Path:
        return self.data_dir / "state.db"


def locations() -> Locations:
    """The three folders, with environment overrides applied; nothing is created here."""
    return Locations(
        config_dir=_override("READER_CONFIG_DIR") or user_config_path(APP_NAME, appauthor=False),
        data_dir=_override("READER_DATA_DIR") or user_data_path(APP_NAME, appauthor=False),
        cache_dir=_override("READER_CACHE_DIR") or user_cache_path(APP_NAME, appauthor=False),
    )


def _override(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None
