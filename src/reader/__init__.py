"""reader: a terminal reader that typesets news articles pasted as plain text.

The version comes from the installed distribution so it can never drift from
pyproject.toml; it is looked up only when asked for, because reading package metadata
costs tens of milliseconds that every start would otherwise pay.
"""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module 'reader' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("reader-tui")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+unknown"
