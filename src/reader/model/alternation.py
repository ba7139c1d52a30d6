"""Regular expressions that look for any of many words, shaped so `re` tries them fast.

`re` tries the branches of an alternation one after the other, so "abonnent|abonné|
abonnement|…" costs a comparison per word at every place it is tried.  Sharing prefixes
("abonn(?:e(?:nt|ment)|é)") makes that one comparison per letter, which matters for the
word lists the parser searches every short paragraph for.  Whether and where a match is
found does not change: only how quickly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, partial

_Trie = dict[str, "_Trie"]
_END = ""
"""The key that marks the end of a word in a trie node (no letter is the empty string)."""


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching exactly the given words (escaped), their shared prefixes factored
    out; where a word is a prefix of another, the longer is tried first, as in an
    alternation sorted longest first."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(root) if root else "(?!)"


def _pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


def compiled_on_first_use(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """`re.compile(pattern, flags)` when first called, the same compiled pattern after.

    For the patterns that only a few articles need (a reading-time line, a signature in
    parentheses): compiling them at import would slow every start of the app for nothing,
    and the cached call costs a few tens of nanoseconds where they are used.
    """
    return cache(partial(re.compile, pattern, flags))
