"""The command line: arguments → Options → the app, or --json / --print output.

Exit codes: 0 success, 1 unexpected error, 2 nothing could be loaded or bad usage.
`--json` and `--print` never import Textual, so they stay fast and usable in pipes.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, TextIO

from reader.model import Article, Block, BlockKind
from reader.sources.discover import STDIN, Skipped
from reader.sources.load import Failed, load_all

EXIT_OK = 0
EXIT_NOTHING_LOADED = 2


@dataclass(frozen=True)
class Options:
    """What the user asked for, free of argparse, so tests build apps the same way."""

    paths: tuple[str, ...] = ()
    width: int | None = None
    stdin_data: bytes | None = None
    """Standard input, read before the app starts (the terminal then gives the keys)."""


def bundled_samples() -> Path:
    """The sample articles: installed inside the package, or beside it in a source tree."""
    installed = Path(__file__).resolve().parent / "sample_articles"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "sample_articles"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read news articles in the terminal. Opens article files and folders "
        "(searched recursively); with no PATH, your library of articles read before (the "
        "bundled sample articles while it is empty).",
        epilog="Keys in the app: ? shows them all. Use - as PATH to read standard input.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files or folders (- for standard input)"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help="print the recognised structure as JSON and exit"
    )
    output.add_argument(
        "--print", action="store_true", dest="print_", help="print the typeset articles and exit"
    )
    output.add_argument(
        "--list", action="store_true", dest="list_", help="print the library as a table and exit"
    )
    output.add_argument(
        "--paths",
        action="store_true",
        dest="paths_",
        help="print where config, state and cache live and exit",
    )
    parser.add_argument("--width", type=_positive_int, metavar="N", help="column width for --print")
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version")
    return parser


class _VersionAction(argparse.Action):
    """Prints the version only when asked: looking it up costs every start otherwise."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        import reader

        print(f"{parser.prog} {reader.__version__}")
        parser.exit()


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 20:
        raise argparse.ArgumentTypeError("must be at least 20")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.paths_:
        return _print_locations()
    if args.list_:
        return _print_library()
    paths = list(args.paths)
    if not paths and _stdin_is_piped():
        paths = [STDIN]
    stdin_data = read_stdin() if STDIN in paths else None
    if args.json or args.print_:
        try:
            return _print_output(
                paths or [str(bundled_samples())],
                json_output=args.json,
                width=args.width,
                stdin_data=stdin_data,
            )
        except BrokenPipeError:  # `reader --json … | head`: the reader stopped listening
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
    if stdin_data is not None and not _keys_from_terminal():
        print("reader: standard input held the article and there is no terminal to read "
              "keys from; use --print or --json", file=sys.stderr)  # fmt: skip
        return EXIT_NOTHING_LOADED
    from reader.app import run_app

    return run_app(Options(paths=tuple(paths), width=args.width, stdin_data=stdin_data))


def _stdin_is_piped() -> bool:
    """A pipe or a redirected file on standard input (not a terminal, not /dev/null)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def read_stdin() -> bytes:
    from reader.sources.load import MAX_FILE_BYTES

    try:
        return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError):
        return b""


def _keys_from_terminal() -> bool:
    """Point standard input at the terminal, so the app reads keys from it after the
    article came through a pipe (`cat article.txt | reader`)."""
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(terminal, 0)
    os.close(terminal)
    return True


def _print_output(
    paths: Sequence[str], *, json_output: bool, width: int | None, stdin_data: bytes | None
) -> int:
    gc.disable()  # a short-lived process: collecting the parser's objects only costs time
    articles: list[Article] = []
    for item in load_all(paths, stdin_data):
        if isinstance(item, Article):
            articles.append(item)
        else:
            report_skipped(item)
    if not articles:
        print("reader: nothing to show: no article could be loaded", file=sys.stderr)
        return EXIT_NOTHING_LOADED
    if json_output:
        write_json(articles, sys.stdout)
    else:
        _print_rich(articles, width)
    return EXIT_OK


def write_json(articles: Sequence[Article], out: TextIO) -> None:
    """The `--json` array, one block per line, as `json.dumps` lays out each value.

    Python's encoder falls back to pure Python whenever it indents, and `json.dumps`
    without `ensure_ascii` sets up a new encoder on every call, so the frame and each
    block are written here around the C string encoder: on a large file that took longer
    than parsing it.  Each article is written in one piece, made terminal-safe in one pass.
    """
    out.write("[")
    for number, article in enumerate(articles):
        parts = [",\n  {" if number else "\n  {"]
        for key, value in article.to_json(blocks=False).items():
            parts.append(f"\n    {json.dumps(key)}: {_json(value)},")
        parts.append('\n    "blocks": [')
        append = parts.append
        for block in article.blocks:
            around = _TEXT_ONLY.get(block.kind._value_)
            if around is None:
                append(_block_line(block))
            else:  # the usual block: its line without a call or a %-format of its own
                append(around[0])
                append(encode_basestring(block.text))
                append(around[1])
        if article.blocks:
            parts[-1] = parts[-1][:-1]  # no comma after the last block
        parts.append("\n    ]\n  }" if article.blocks else "]\n  }")
        out.write(_terminal_safe("".join(parts)))
    out.write("\n]\n" if articles else "]\n")


_JSON_ESCAPES = {
    code: f"\\u{code:04x}"
    for code in (*range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}
"""Characters JSON may carry raw but a terminal would act on: C1 controls, bidi overrides."""
_TERMINAL_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""The same characters, found by a regex scan: far quicker than `str.translate` on long
non-ASCII text, which looks up every character in a dictionary."""


def _terminal_safe(json_text: str) -> str:
    """JSON text with terminal-unsafe characters escaped (\\uXXXX).  They can only stand
    inside strings, where the escape changes nothing in the value parsed from it."""
    return _TERMINAL_UNSAFE.sub(lambda found: _JSON_ESCAPES[ord(found.group())], json_text)


def _json(value: object) -> str:
    """JSON text readable as UTF-8 (not ASCII-escaped)."""
    return json.dumps(value, ensure_ascii=False)


def _block_line(block: Block) -> str:
    """A block's line of the array: `json.dumps(block.to_json(), ensure_ascii=False)`,
    indented and followed by a comma, from the block's own fields.  (Kinds whose only
    field is their text are written around it by `write_json`, in `_TEXT_ONLY`.)"""
    layout = _LAYOUTS[block.kind._value_]
    if layout is None:
        return f"{_BLOCK_INDENT}{_json_object(block.to_json())},"
    template, fields = layout
    return template % tuple([_json_value(getattr(block, field)) for field in fields])


def _block_layout(kind: BlockKind) -> tuple[str, tuple[str, ...]] | None:
    """How `Block.to_json` lays out a block of `kind` as a line of JSON text: a template
    with the kind written in and a %s for each other key, and the fields those keys name.

    Read from `to_json` itself on a sample block, so the shape stays its own; None when
    its values are not simply the fields of the same names (then `to_json` is encoded
    block by block).  Filling a template spares building a dict per block.
    """
    sample = Block(kind, " Text\t«", " Label\t«", " Credit\t«", " Speaker\t«")
    data = sample.to_json()
    fields = tuple(key for key in data if key != "kind")
    if data.get("kind") != kind.value or any(
        not hasattr(sample, key) or data[key] != getattr(sample, key) for key in fields
    ):
        return None
    items = []
    for key in data:
        value = _literal(encode_basestring(kind.value)) if key == "kind" else "%s"
        items.append(f"{_literal(encode_basestring(key))}: {value}")
    return _BLOCK_INDENT + "{" + ", ".join(items) + "},", fields


def _literal(text: str) -> str:
    """`text` as it must stand in a %-template to come out unchanged."""
    return text.replace("%", "%%")


_BLOCK_INDENT = "\n      "
_LAYOUTS = {kind._value_: _block_layout(kind) for kind in BlockKind}
"""`_block_layout` of every kind, worked out once; keyed by the kind's value, a plain
string attribute, as hashing an Enum member runs Python code (`Enum.__hash__`) on every
block."""


def _around_text(layout: tuple[str, tuple[str, ...]] | None) -> tuple[str, str] | None:
    """What stands before and after the text in the line of a kind whose only other field
    is its text (the template filled with a mark, split at it), else None."""
    if layout is None or layout[1] != ("text",):
        return None
    before, after = (layout[0] % ("\0",)).split("\0")
    return before, after


_TEXT_ONLY = {
    value: around
    for value, layout in _LAYOUTS.items()
    if (around := _around_text(layout)) is not None
}
"""For the kinds whose line is only their text: the JSON text around it."""


def _json_object(data: dict[str, Any]) -> str:
    """`json.dumps(data, ensure_ascii=False)` for a flat object, strings encoded by the C
    string encoder directly."""
    items = ", ".join(
        f"{encode_basestring(key)}: {_json_value(value)}" for key, value in data.items()
    )
    return "{" + items + "}"


def _json_value(value: object) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    return "null" if value is None else _json(value)


def _print_rich(articles: Sequence[Article], width: int | None) -> None:
    from rich.console import Console

    from reader.render.console import print_articles

    no_color = bool(os.environ.get("NO_COLOR"))
    console = Console(width=width, no_color=no_color, highlight=False, emoji=False, markup=False)
    if no_color or not console.is_terminal:
        console = Console(
            width=width or 80, color_system=None, highlight=False, emoji=False, markup=False
        )
    print_articles(articles, console)


def report_skipped(skipped: Skipped | Failed) -> None:
    from reader.render.safe import visible

    print(f"reader: {visible(skipped.source)}: {skipped.reason}", file=sys.stderr)


def _print_locations() -> int:
    from reader.store.paths import locations

    where = locations()
    print(f"config: {where.config_file}")
    print(f"state:  {where.state_file}")
    print(f"cache:  {where.cache_dir}")
    return EXIT_OK


def _print_library() -> int:
    from rich.console import Console

    from reader.render.library_table import library_table
    from reader.store.paths import locations
    from reader.store.state import StateStore

    store = StateStore(locations().state_file)
    try:
        states = store.library()
    finally:
        store.close()
    if not states:
        print("The library is empty: open some articles with `reader PATH ...`.")
        return EXIT_OK
    Console(highlight=False, markup=False, emoji=False).print(library_table(states))
    return EXIT_OK
