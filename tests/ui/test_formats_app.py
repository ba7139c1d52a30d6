"""Markdown, HTML and feeds in the app: the same sidebar and article view for all."""

from __future__ import annotations

from reader.app import make_app
from reader.cli import Options
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView
from tests.conftest import ROOT
from tests.ui.helpers import wait_until_loaded

FORMATS = ROOT / "tests" / "fixtures" / "formats"


async def test_a_folder_of_every_format_lists_feeds_under_their_names() -> None:
    app = make_app(Options(paths=(str(FORMATS),)))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_until_loaded(pilot)
        sidebar = screen.query_one(ArticleList)
        assert len(screen.entries) == 3 + 1 + 2 + 2 + 1  # rss, html, json, atom, md
        headers = [
            str(sidebar.get_option_at_index(n).prompt)
            for n, index in enumerate(sidebar.shown)
            if index is None
        ]
        assert headers == ["The Coastal Times", "Harbour Notes", "Nordvik Avis"]
        formats = [entry.article.format for entry in screen.entries if entry.article]
        assert set(formats) == {"feed", "html", "markdown"}


async def test_brackets_step_over_feed_names() -> None:
    app = make_app(Options(paths=(str(FORMATS / "coastal.rss"), str(FORMATS / "nordvik.atom"))))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_until_loaded(pilot)
        titles = []
        for _ in range(5):
            titles.append(screen.entries[screen.current].title)
            await pilot.press("right_square_bracket")
            await pilot.pause()
        assert titles == [
            "Ferry service resumes after storm",
            "Council approves new sea wall",
            "Storm warning for the weekend",
            "Ny bro over elva",
            "Skolen får nytt tak",
        ]


async def test_markdown_lists_and_code_are_typeset() -> None:
    app = make_app(Options(paths=(str(FORMATS / "ny-bro.md"),)))
    async with app.run_test(size=(120, 60)) as pilot:
        screen = await wait_until_loaded(pilot)
        lines = [line.rstrip() for line in screen.query_one(ArticleView).page_text().splitlines()]
        assert any(line.strip().startswith("• Broen blir 120 meter lang") for line in lines)
        assert any(line.strip().startswith("1. Først kommer høringen") for line in lines)
        code = next(n for n, line in enumerate(lines) if "kode linje 1" in line)
        assert lines[code + 1].endswith("  kode linje 2")
