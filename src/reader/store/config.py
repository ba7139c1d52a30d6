"""The user's settings from `config.toml`: read only, never written by reader.

An invalid file never stops reader: each problem becomes a warning that names the
setting, the default is used for it, and the file is left exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SORT_ORDERS = ("recent", "title", "path")
MIN_WIDTH, MAX_WIDTH = 40, 200


@dataclass(frozen=True, slots=True)
class Config:
    theme: str | None = None
    """A Textual theme name; None keeps the default (or the last one chosen in the app)."""
    article_width: int = 80
    sidebar: bool = True
    sort: str = "recent"
    """Library order: "recent" (last read first), "title" or "path"."""
    keys: dict[str, str] = field(default_factory=dict)
    """Binding id → keys, e.g. {"app.quit": "ctrl+q"}: passed to Textual's keymap."""


@dataclass(frozen=True, slots=True)
class LoadedConfig:
    config: Config
    warnings: tuple[str, ...] = ()


def load_config(path: Path) -> LoadedConfig:
    """Read `path`; a missing file is the defaults with no warning."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedConfig(Config())
    except OSError as error:
        return LoadedConfig(
            Config(), (f"{path}: cannot be read ({error.strerror}); using defaults",)
        )
    import tomllib  # here, not at the top: most people have no config file to read

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return LoadedConfig(Config(), (f"{path}: not valid TOML ({error}); using defaults",))
    return _validate(data, path)


def _validate(data: dict[str, Any], path: Path) -> LoadedConfig:
    warnings: list[str] = []
    values: dict[str, Any] = {}

    def warn(message: str) -> None:
        warnings.append(f"{path}: {message}")

    for key, value in data.items():
        check = _CHECKS.get(key)
        if check is None:
            warn(f"unknown setting {key!r} ignored")
            continue
        problem = check(value)
        if problem:
            warn(f"{key}: {problem}; using the default")
        else:
            values[key] = dict(value) if key == "keys" else value
    return LoadedConfig(Config(**values), tuple(warnings))


def _check_theme(value: object) -> str | None:
    return None if isinstance(value, str) and value else "must be a theme name"


def _check_width(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "must be a whole number"
    if not MIN_WIDTH <= value <= MAX_WIDTH:
        return f"must be between {MIN_WIDTH} and {MAX_WIDTH}"
    return None


def _check_bool(value: object) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _check_sort(value: object) -> str | None:
    return None if value in SORT_ORDERS else f"must be one of {', '.join(SORT_ORDERS)}"


def _check_keys(value: object) -> str | None:
    if not isinstance(value, dict):
        return "must be a table of binding id = keys"
    bad = [k for k, v in value.items() if not isinstance(v, str) or not v]
    return f"keys for {', '.join(bad)} must be non-empty strings" if bad else None


_CHECKS = {
    "theme": _check_theme,
    "article_width": _check_width,
    "sidebar": _check_bool,
    "sort": _check_sort,
    "keys": _check_keys,
}
