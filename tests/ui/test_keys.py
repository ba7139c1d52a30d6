"""Every key (and the mouse) in the running app, driven through Textual's Pilot."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from textual import events
from textual.selection import Selection
from textual.widgets import Static

from reader.app import ReaderApp, make_app
from reader.cli import Options
from reader.model import BlockKind
from reader.screens.help import HelpScreen
from reader.screens.main import MainScreen
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView
from tests.conftest import REFERENCE, SAMPLES
from tests.ui.helpers import rendered_text, wait_until_exited, wait_until_loaded

SIZE = (120, 40)
SAMPLE_COUNT = 7
LONGEST = "en-wire-harbour-storm.txt"
"""The one sample taller than two screens' worth of article at 120x40 (for paging)."""


def samples_app() -> ReaderApp:
    return make_app(Options(paths=(str(SAMPLES),)))


def showing(screen: MainScreen) -> int:
    """The index of the entry on show, checked against what the article column holds."""
    view = screen.query_one(ArticleView)
    index = screen.current
    article = screen.entries[index].article
    assert article is not None
    assert view.article is article
    shown = view.shown_blocks
    assert shown == list(range(len(article.blocks))), "the column does not show the article"
    return index


def index_of(screen: MainScreen, file_name: str) -> int:
    names = [Path(entry.source).name for entry in screen.entries]
    return names.index(file_name)


async def focus_article(pilot, screen: MainScreen) -> ArticleView:
    await pilot.press("tab")
    view = screen.query_one(ArticleView)
    assert pilot.app.focused is view
    return view


# --- loading -------------------------------------------------------------------------


async def test_starts_on_the_first_article_with_the_sidebar_focused() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        assert len(screen.entries) == SAMPLE_COUNT
        assert all(entry.article is not None for entry in screen.entries)
        assert showing(screen) == 0
        assert isinstance(pilot.app.focused, ArticleList)
        assert screen.sub_title == screen.entries[0].title


# --- the sidebar ---------------------------------------------------------------------


@pytest.mark.parametrize(("down", "up"), [("down", "up"), ("j", "k")])
async def test_sidebar_keys_show_the_article_at_once(down: str, up: str) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        sidebar = screen.query_one(ArticleList)
        await pilot.press(down)
        assert sidebar.highlighted == 1
        assert showing(screen) == 1
        assert screen.sub_title == screen.entries[1].title
        await pilot.press(down)
        assert showing(screen) == 2
        await pilot.press(up)
        assert showing(screen) == 1
        await pilot.press(up)
        assert showing(screen) == 0
        assert pilot.app.focused is sidebar, "moving in the list must not take focus away"


@pytest.mark.parametrize("key", ["enter", "l"])
async def test_enter_and_l_open_the_highlighted_article(key: str) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        await pilot.press("down", "down")
        await pilot.press(key)
        assert isinstance(pilot.app.focused, ArticleView)
        assert showing(screen) == 2


# --- the article ---------------------------------------------------------------------


@pytest.mark.parametrize(("down", "up"), [("j", "k"), ("down", "up")])
async def test_article_line_keys_scroll_one_line(down: str, up: str) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = await focus_article(pilot, screen)
        assert view.max_scroll_y > 3
        assert view.scroll_y == 0
        await pilot.press(down)
        assert view.scroll_y == 1
        await pilot.press(down, down)
        assert view.scroll_y == 3
        await pilot.press(up)
        assert view.scroll_y == 2
        await pilot.press(up, up, up)
        assert view.scroll_y == 0, "scrolling up stops at the top"


@pytest.mark.parametrize(("down", "up"), [("space", "b"), ("pagedown", "pageup")])
async def test_article_page_keys_scroll_one_page(down: str, up: str) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        screen.query_one(ArticleList).highlighted = index_of(screen, LONGEST)
        await pilot.pause()
        view = await focus_article(pilot, screen)
        page = view.scrollable_content_region.height
        end = view.max_scroll_y
        assert page > 20
        assert page < end < 2 * page, "the longest sample must be between one and two pages"
        await pilot.press(down)
        assert view.scroll_y == page
        await pilot.press(down)
        assert view.scroll_y == end, "the second page stops at the end"
        await pilot.press(up)
        assert view.scroll_y == end - page
        await pilot.press(up)
        assert view.scroll_y == 0


@pytest.mark.parametrize(("bottom", "top"), [("G", "g"), ("end", "home")])
async def test_article_end_keys_go_to_bottom_and_top(bottom: str, top: str) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = await focus_article(pilot, screen)
        assert view.max_scroll_y > 10
        await pilot.press(bottom)
        assert view.scroll_y == view.max_scroll_y
        await pilot.press(top)
        assert view.scroll_y == 0
        await pilot.press("j", "j", bottom)
        assert view.scroll_y == view.max_scroll_y


async def test_another_article_starts_at_the_top() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = await focus_article(pilot, screen)
        await pilot.press("G")
        assert view.scroll_y > 0
        await pilot.press("right_square_bracket")
        assert showing(screen) == 1
        assert view.scroll_y == 0


# --- focus, panes and articles -------------------------------------------------------


async def test_tab_and_shift_tab_switch_between_sidebar_and_article() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        sidebar, view = screen.query_one(ArticleList), screen.query_one(ArticleView)
        assert pilot.app.focused is sidebar
        await pilot.press("tab")
        assert pilot.app.focused is view
        await pilot.press("tab")
        assert pilot.app.focused is sidebar
        await pilot.press("shift+tab")
        assert pilot.app.focused is view
        await pilot.press("shift+tab")
        assert pilot.app.focused is sidebar
        assert showing(screen) == 0, "switching panes does not change the article"


@pytest.mark.parametrize("pane", ["sidebar", "article"])
async def test_brackets_go_to_previous_and_next_and_stop_at_the_ends(pane: str) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        if pane == "article":
            await focus_article(pilot, screen)
        focused = pilot.app.focused
        await pilot.press("left_square_bracket")
        assert showing(screen) == 0, "[ on the first article stays there"
        await pilot.press("right_square_bracket")
        assert showing(screen) == 1
        assert screen.query_one(ArticleList).highlighted == 1, "the sidebar follows"
        await pilot.press("right_square_bracket")
        assert showing(screen) == 2
        await pilot.press("left_square_bracket")
        assert showing(screen) == 1
        for _ in range(SAMPLE_COUNT + 2):
            await pilot.press("right_square_bracket")
        assert showing(screen) == SAMPLE_COUNT - 1, "] on the last article stays there"
        for _ in range(SAMPLE_COUNT + 2):
            await pilot.press("left_square_bracket")
        assert showing(screen) == 0
        assert pilot.app.focused is focused, "[ and ] leave the focus where it was"


@pytest.mark.parametrize(("key", "char"), [("j", "j"), ("right_square_bracket", "]")])
async def test_keys_arriving_faster_than_the_screen_updates_are_not_lost(
    key: str, char: str
) -> None:
    """Three key events queued at once, as a terminal delivers key repeat or fast typing.

    Regression: `]` once stepped from `screen.current`, which changes only when the
    sidebar's Highlighted message comes back, so queued presses all computed one target.
    """
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        for _ in range(3):
            pilot.app.post_message(events.Key(key, char))
        for _ in range(5):
            await pilot.pause()
        assert showing(screen) == 3


async def test_s_hides_and_shows_the_sidebar() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        sidebar, view = screen.query_one(ArticleList), screen.query_one(ArticleView)
        width_with_sidebar = view.size.width
        assert pilot.app.focused is sidebar
        await pilot.press("s")
        assert not sidebar.display
        assert pilot.app.focused is view, "focus leaves the hidden sidebar for the article"
        assert view.size.width > width_with_sidebar, "the article takes the sidebar's room"
        await pilot.press("tab")
        assert pilot.app.focused is view, "a hidden sidebar cannot take focus"
        await pilot.press("s")
        assert sidebar.display
        assert view.size.width == width_with_sidebar
        assert pilot.app.focused is view
        await pilot.press("s")
        assert not sidebar.display
        assert pilot.app.focused is view
        await pilot.press("right_square_bracket")
        assert showing(screen) == 1, "] still works with the sidebar hidden"


# --- help and quitting ---------------------------------------------------------------


def help_text(screen: HelpScreen) -> str:
    return "\n".join(str(static.render()) for static in screen.query(Static))


@pytest.mark.parametrize("close", ["escape", "q", "question_mark"])
async def test_question_mark_opens_help_listing_the_keys(close: str) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        await pilot.press("question_mark")
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        text = help_text(help_screen)
        for title in ("Anywhere", "Reading screen", "Article list", "Article"):
            assert re.search(rf"^{title}$", text, re.M), title
        for key, description in [
            (r"\[", "Prev"),
            (r"\]", "Next"),
            ("s", "Sidebar"),
            ("q", "Quit"),
            (r"\?", "Help"),
            ("l", "Read"),
            ("j", "Line down"),
            ("b", "Page up"),
            ("G", "Bottom"),
        ]:
            row = rf"(^|/ ){key}\s+{description}(\s|$)"  # keys, description, maybe more
            assert re.search(row, text, re.M), description
        await pilot.press(close)
        assert pilot.app.screen is screen
        assert pilot.app.is_running, f"{close} closes the help, it does not quit"
        await pilot.press("j")
        assert showing(screen) == 1, "keys reach the reading screen again"


async def test_q_quits_with_return_code_0() -> None:
    app = samples_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_until_loaded(pilot)
        assert app.is_running
        await pilot.press("q")
        await wait_until_exited(pilot)
    assert app.return_code == 0
    assert app.return_value is None


# --- the mouse -----------------------------------------------------------------------


async def test_clicking_an_option_shows_that_article() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        # Below the top border each option is two lines: title, then file and words.
        landed = await pilot.click(ArticleList, offset=(4, 1 + 2 * 3))
        assert landed
        assert showing(screen) == 3
        assert screen.query_one(ArticleList).highlighted == 3
        assert isinstance(pilot.app.focused, ArticleView), "clicking opens the article"


async def test_dragging_over_the_article_selects_its_text_to_copy() -> None:
    app = make_app(Options(paths=(str(REFERENCE),)))
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = screen.query_one(ArticleView)
        lead = view.block_lines(0)
        first_words = view.page_line(lead.start).text.strip()[:20]
        top = round(view.scroll_y)
        start_x = view.page_line(lead.start).text.index(first_words)
        await pilot.mouse_down(view, offset=(start_x, lead.start - top))
        await pilot.hover(view, offset=(start_x + 20, lead.start - top + 1))
        await pilot.mouse_up(view, offset=(start_x + 20, lead.start - top + 1))
        await pilot.pause()
        selected = screen.get_selected_text()
        assert selected is not None
        assert selected.startswith(first_words), selected
        second_line = view.page_line(lead.start + 1).text.strip()
        assert " " + second_line[:10] in selected, "the drag went on to the next line"
        assert "\n" not in selected, "the lead's wrapped lines are joined back"
        drawn = view.render_line(lead.start - top)
        chosen = [s for s in drawn if s.text.strip() and s.style and s.style.bgcolor]
        selection = screen.get_component_rich_style("screen--selection", partial=True)
        assert any(s.style.bgcolor == selection.bgcolor for s in chosen), "drawn selected"


async def test_copying_the_whole_page_gives_the_words_without_frames_bars_or_wrapping() -> None:
    app = make_app(Options(paths=(str(REFERENCE),)))
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = screen.query_one(ArticleView)
        article = view.article
        assert article is not None
        screen.selections = {view: Selection(None, None)}
        copied = screen.get_selected_text()
        assert copied is not None
        assert not set(copied) & set("╭╮╰╯│─▌"), "no frame, bar or rule characters"
        pasted = copied.split("\n\n")
        for block in article.blocks:
            if block.kind is BlockKind.CAPTION:
                # The label and credit stand in the frame, around the caption's text.
                assert any(block.credit and block.credit in part for part in pasted)
            else:
                assert any(block.text in part for part in pasted), block.text


async def test_mouse_wheel_over_the_article_scrolls_it() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = screen.query_one(ArticleView)
        x, y = view.region.center
        assert view.scroll_y == 0

        async def wheel(event_type: type[events.MouseEvent]) -> None:
            pilot.app.post_message(event_type(None, x, y, 0, 0, 0, False, False, False, x, y))
            await pilot.pause()
            await pilot.wait_for_scheduled_animations()
            await pilot.pause()

        await wheel(events.MouseScrollDown)
        first = view.scroll_y
        assert first > 0
        await wheel(events.MouseScrollDown)
        assert view.scroll_y > first
        await wheel(events.MouseScrollUp)
        await wheel(events.MouseScrollUp)
        assert view.scroll_y == 0
        assert showing(screen) == 0


# --- files that cannot be read -------------------------------------------------------


async def test_a_missing_path_beside_a_good_article_shows_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(REFERENCE, folder / "good.txt")
    # A file name may hold markup and escape sequences too: both must show literally.
    missing = tmp_path / "not-[bold]there[/bold]-\x1b[2J.txt"
    shown = str(missing).replace("\x1b", "␛")
    app = make_app(Options(paths=(str(folder), str(missing))))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await wait_until_loaded(pilot)
        assert [Path(entry.source).name for entry in screen.entries] == ["good.txt"]
        assert showing(screen) == 0
        toasts = list(screen.query("Toast.-warning"))
        assert len(toasts) == 1
        text = str(toasts[0].render())
        assert "Some files could not be opened" in text
        assert f"{shown}: no such file or directory" in text
        assert "\x1b" not in rendered_text(toasts[0])
        assert app.is_running


async def test_only_bad_paths_exit_with_code_2(tmp_path: Path) -> None:
    """The message on standard error is checked end to end in tests/e2e (a real terminal)."""
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    app = make_app(Options(paths=(str(missing), str(empty))))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until_exited(pilot)
    assert app.return_code == 2


# --- article text is data ------------------------------------------------------------

HOSTILE = (
    "Mark [bold red]x[/] up\n\n"
    "A lead with [@click=app.quit]y[/] in it and a title escape \x1b]0;pwned\x07 too.\n\n"
    "A paragraph that clears the screen \x1b[2J and links [link=https://example.com]z[/link].\n"
)


async def test_markup_and_escape_sequences_in_an_article_are_shown_literally(
    tmp_path: Path,
) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    async with make_app(Options(paths=(str(path),))).run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        showing(screen)
        shown = screen.query_one(ArticleView).page_text()
        assert "[bold red]x[/]" in shown
        assert "[@click=app.quit]y[/]" in shown
        assert "␛]0;pwned␇" in shown
        assert "␛[2J" in shown
        assert "[link=https://example.com]z[/link]" in shown
        assert "\x1b" not in shown
        assert "\x07" not in shown
        sidebar = rendered_text(screen.query_one(ArticleList))
        assert "Mark [bold red]x[/] up" in sidebar
        assert screen.sub_title == "Mark [bold red]x[/] up"
        assert pilot.app.is_running
