"""reader: a terminal reader that typesets news articles pasted as plain text.

The version comes from the installed distribution so it can never drift from pyproject.toml.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("reader-tui")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
