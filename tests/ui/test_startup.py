"""The first screen: the article is in the first frame, typeset at its real column."""

from __future__ import annotations

from typing import Any

import pytest

from reader.app import make_app
from reader.cli import Options
from reader.library import SMALL_FILE_BYTES
from reader.render.typeset import Typesetter
from reader.screens.main import MainScreen
from reader.widgets.article_view import SIDE_PADDING, ArticleView
from tests.conftest import REFERENCE
from tests.ui.helpers import wait_for, wait_until_loaded

SIZE = (120, 40)


async def test_a_small_file_is_on_screen_before_the_loading_thread_runs() -> None:
    app = make_app(Options(paths=(str(REFERENCE),)))
    async with app.run_test(size=SIZE):
        # No pause: the first frame has been drawn, the worker may not have started.
        view = app.screen.query_one(ArticleView)
        assert view.article is not None
        assert view.article.source == str(REFERENCE)
        assert "til det russiske nyhetsbyrået RIA." in view.page_text()


async def test_a_large_file_is_loaded_by_the_thread_and_still_shown(tmp_path: Any) -> None:
    big = tmp_path / "big.txt"
    paragraph = "Ein lang artikkel om ingenting i det heile, skriven for å fylle plass. "
    big.write_text("Overskrift\n\n" + (paragraph * 8 + "\n\n") * (SMALL_FILE_BYTES // 500))
    assert big.stat().st_size > SMALL_FILE_BYTES
    async with make_app(Options(paths=(str(big),))).run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = screen.query_one(ArticleView)
        assert view.article is not None and view.article.title == "Overskrift"


async def test_the_article_is_never_typeset_at_a_guessed_width(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Laid out before the view had a size, the first frame showed the article squeezed
    into ten columns for a moment; every line must be typeset at the real column."""
    widths: list[int] = []
    lines = Typesetter.lines

    def recording(self: Typesetter, piece: Any, width: int, marks: Any = None) -> Any:
        widths.append(width)
        return lines(self, piece, width, marks)

    monkeypatch.setattr(Typesetter, "lines", recording)
    app = make_app(Options(paths=(str(REFERENCE),)))
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = screen.query_one(ArticleView)
        assert widths, "the article was typeset"
        available = view.scrollable_content_region.width - 2 * SIDE_PADDING
        assert set(widths) == {min(view.column_width, available)}


async def test_the_header_and_footer_come_after_the_first_frame_without_moving_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first frame leaves out the header, the footer and the search field (the
    footer's key widgets alone cost tens of milliseconds of styling); they arrive in rows
    kept free for them, so the article is not pushed about, and the footer lists keys."""
    seen: list[tuple[bool, Any]] = []
    mount_the_rest = MainScreen._mount_the_rest

    async def recording(self: MainScreen) -> None:
        if not seen:
            seen.append((self.has_class("-first-frame"), self.query_one(ArticleView).region))
        await mount_the_rest(self)

    monkeypatch.setattr(MainScreen, "_mount_the_rest", recording)
    app = make_app(Options(paths=(str(REFERENCE),)))
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        await wait_for(pilot, lambda: screen.query("FooterKey"), "the footer's keys")
        reserved, first_region = seen[0]
        assert reserved and first_region.height > 0
        assert not screen.has_class("-first-frame")
        assert screen.query_one(ArticleView).region == first_region
        assert screen.query_one("Header").region.y == 0
        assert screen.query_one("Footer").region.bottom == SIZE[1]
        keys = [key.description for key in screen.query("FooterKey")]  # type: ignore[attr-defined]
        assert "Quit" in keys and "Search" in keys
        await pilot.press("/")
        assert screen.query_one("#search").has_focus
