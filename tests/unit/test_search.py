"""Search: smart case, invisible characters, and counting across 10,000 articles."""

from __future__ import annotations

import random

from reader.search import compile_query, count_hits, find_spans, haystack, hits_per_text


def spans(query: str, text: str) -> list[tuple[int, int]]:
    pattern = compile_query(query)
    assert pattern is not None
    return find_spans(pattern, text)


def test_lower_case_queries_ignore_case() -> None:
    assert spans("zelenskyj", "Zelenskyj sa at ZELENSKYJ og zelenskyj") == [
        (0, 9),
        (16, 25),
        (29, 38),
    ]


def test_a_capital_makes_the_query_exact() -> None:
    assert spans("Zel", "Zelenskyj zelenskyj") == [(0, 3)]


def test_soft_hyphens_and_zero_width_characters_do_not_break_a_word() -> None:
    text = "for\u00adhand\u200blingene og sam\u200dtalene"
    assert spans("forhandlingene", text) == [(0, 16)]
    assert spans("samtalene", text) == [(20, 30)]
    assert spans("for\u00adhand", "forhand") == [(0, 7)]


def test_empty_queries_find_nothing() -> None:
    assert compile_query("") is None
    assert compile_query("  \u200b ") is None
    assert count_hits("", haystack(["anything"])) == 0


def test_regex_characters_are_literal() -> None:
    assert spans("(AP)", "WASHINGTON (AP) — x") == [(11, 15)]
    assert spans(".*", "a.*b") == [(1, 3)]


def test_hits_across_ten_thousand_articles_are_counted_exactly() -> None:
    rng = random.Random(7)
    words = ["storm", "ferje", "Zelenskyj", "havn", "bro", "kommune", "skole", "wind"]
    texts = [" ".join(rng.choice(words) for _ in range(60)) for _ in range(10_000)]
    folded = [haystack([text]) for text in texts]
    hits = hits_per_text("zelenskyj", folded)
    assert hits is not None
    expected = {n: text.count("Zelenskyj") for n, text in enumerate(texts) if "Zelenskyj" in text}
    assert hits == expected
    assert len(hits) > 9_000


def test_a_cancelled_count_returns_none() -> None:
    folded = [haystack(["storm"])] * 2_000
    assert hits_per_text("storm", folded, cancelled=lambda: True) is None
