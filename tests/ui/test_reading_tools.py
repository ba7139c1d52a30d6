"""Search, contents and reading comfort in the running app, driven through Textual's Pilot.

`/` (article search and list filter), n / N, the contents panel (t), { and }, + and -,
the theme switch (d), the palette's key commands, small terminals, the status line and
the help screen.  Expected match counts come from what the article draws on screen
(caption frames and speaker lines included), never from the parser.

Tests marked xfail(strict=True) document app bugs found while writing them; each reason
says what is wrong.  When a bug is fixed the test starts passing and strict mode fails
it, so the marker is removed together with the bug.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from rich.style import Style
from textual import events
from textual.content import Content
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Footer, Header, OptionList, Static

from reader.app import DARK_THEME, LIGHT_THEME, ReaderApp, make_app
from reader.cli import Options
from reader.model import BlockKind
from reader.screens.contents import ContentsScreen
from reader.screens.help import HelpScreen
from reader.screens.main import MainScreen
from reader.store.config import MAX_WIDTH, MIN_WIDTH
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView
from reader.widgets.search_bar import SearchBar
from reader.widgets.status_line import StatusLine
from tests.conftest import REFERENCE, SAMPLES
from tests.ui.helpers import rendered_text, wait_for, wait_until_loaded

SIZE = (120, 40)
TIMEOUT = 30.0
"""Generous: the machine running the tests may be busy with other work."""
SAMPLE_COUNT = 7
REFERENCE_NAME = REFERENCE.name
STORM = "en-wire-harbour-storm.txt"
SCHOOL = "no-kommune-skole.txt"
LIBRARY = "en-hard-wrapped-library.txt"
HARBOUR = "da-single-newlines-havn.txt"


# --- helpers -------------------------------------------------------------------------


def samples_app() -> ReaderApp:
    return make_app(Options(paths=(str(SAMPLES),)))


def article_app(name: str = REFERENCE_NAME) -> ReaderApp:
    return make_app(Options(paths=(str(SAMPLES / name),)))


async def loaded(pilot: Pilot[Any]) -> MainScreen:
    return await wait_until_loaded(pilot, timeout=TIMEOUT)


async def until(pilot: Pilot[Any], condition: Callable[[], object], what: str) -> None:
    await wait_for(pilot, condition, what, timeout=TIMEOUT)


async def settle(pilot: Pilot[Any]) -> None:
    """Let timers, workers and messages run a while (before asserting a known bug, so an
    xfail test fails fast instead of waiting out a timeout)."""
    for _ in range(10):
        await pilot.pause(0.05)


def status(screen: MainScreen) -> str:
    return str(screen.query_one(StatusLine).render())


def drawn(view: ArticleView, index: int) -> str:
    """Everything block `index` draws, its frame (caption label and credit) included."""
    return "\n".join(view.page_line(y).text.rstrip() for y in view.block_lines(index))


def blocks(view: ArticleView) -> list[int]:
    return view.shown_blocks


def drawn_article(view: ArticleView) -> str:
    """The article's blocks as drawn (not the summary line the page adds)."""
    return "\n".join(drawn(view, index) for index in blocks(view))


def occurrences(text: str, query: str) -> int:
    """Smart case, counted independently of the app: a capital makes the query exact."""
    if any(char.isupper() for char in query):
        return text.count(query)
    return text.lower().count(query.lower())


def is_mark(view: ArticleView, style: Style | None) -> bool:
    """Drawn as a match: the theme's match background, or reversed (the current one)."""
    match = view.get_component_rich_style("article--match", partial=True)
    return style is not None and (style.reverse or style.bgcolor == match.bgcolor)


def marked_texts(view: ArticleView, index: int) -> list[str]:
    """The text under each match mark of block `index`, in drawing order."""
    found: list[str] = []
    for y in view.block_lines(index):
        run = ""
        for segment in view.page_line(y):
            if is_mark(view, segment.style):
                run += segment.text
            elif run:
                found.append(run)
                run = ""
        if run:
            found.append(run)
    return found


def marks(view: ArticleView) -> list[str]:
    return [text for index in blocks(view) for text in marked_texts(view, index)]


def marked_kinds(view: ArticleView) -> set[BlockKind]:
    assert view.article is not None
    return {view.article.blocks[index].kind for index in blocks(view) if marked_texts(view, index)}


def strong_rows(view: ArticleView) -> list[int]:
    """Page lines showing the current match (drawn reversed), over the whole article."""
    return [
        y
        for y in range(view.page_height)
        if any(segment.style is not None and segment.style.reverse for segment in view.page_line(y))
    ]


def on_screen(view: ArticleView, row: int) -> bool:
    top = round(view.scroll_y)
    return top <= row < top + view.scrollable_content_region.height


def in_view(view: ArticleView, index: int) -> bool:
    return any(on_screen(view, y) for y in view.block_lines(index))


def first_line(view: ArticleView, index: int) -> int:
    return view.block_lines(index).start


def at_top(view: ArticleView, index: int) -> bool:
    """The block is the first line of the view, or the view is scrolled as far as it goes
    with the block on screen (a block near the end cannot reach the top)."""
    if first_line(view, index) == round(view.scroll_y):
        return True
    return view.scroll_y == view.max_scroll_y and on_screen(view, first_line(view, index))


def index_of(screen: MainScreen, file_name: str) -> int:
    return [entry.file_name for entry in screen.entries].index(file_name)


async def show(pilot: Pilot[Any], screen: MainScreen, file_name: str) -> int:
    """Highlight an entry in the sidebar (which shows it) and wait until it is on show."""
    index = index_of(screen, file_name)
    screen.query_one(ArticleList).highlight_entry(index)
    await until(pilot, lambda: screen.current == index, f"{file_name} shown")
    await until(pilot, lambda: len(blocks(screen.query_one(ArticleView))) > 0, "blocks shown")
    await pilot.pause()
    return index


async def focus_article(pilot: Pilot[Any], screen: MainScreen) -> ArticleView:
    view = screen.query_one(ArticleView)
    if pilot.app.focused is not view:
        await pilot.press("tab")
    assert pilot.app.focused is view
    return view


async def type_text(pilot: Pilot[Any], text: str) -> None:
    for char in text:
        await pilot.press("space" if char == " " else char)


async def search_article(pilot: Pilot[Any], screen: MainScreen, query: str) -> None:
    """`/`, the query and Enter, from the article."""
    await focus_article(pilot, screen)
    await pilot.press("slash")
    await type_text(pilot, query)
    await until(pilot, lambda: screen.search.query == query, f"searched for {query!r}")
    await pilot.press("enter")
    await until(pilot, lambda: not screen.query_one(SearchBar).display, "search bar closed")


def listed_entries(screen: MainScreen) -> list[int]:
    return [index for index in screen.query_one(ArticleList).shown if index is not None]


def containing(screen: MainScreen, query: str) -> list[int]:
    """Entries whose title or text holds `query` (case-insensitive), worked out here."""
    needle = query.casefold()
    found = []
    for index, entry in enumerate(screen.entries):
        article = entry.article
        assert article is not None
        text = "\n".join([article.title, *(block.text for block in article.blocks)])
        if needle in text.casefold():
            found.append(index)
    return found


async def filter_list(pilot: Pilot[Any], screen: MainScreen, query: str) -> None:
    """`/` from the sidebar and the query, waiting until the list shows the result."""
    assert isinstance(pilot.app.focused, ArticleList)
    await pilot.press("slash")
    await type_text(pilot, query)
    expected = containing(screen, query)
    await until(
        pilot,
        lambda: screen.filter_query == query and listed_entries(screen) == expected,
        f"list filtered by {query!r}",
    )
    await pilot.pause()


def no_overlaps(widgets: Iterable[Widget]) -> None:
    placed = list(widgets)
    for widget in placed:
        assert widget.display, f"{widget!r} is hidden"
        assert widget.region.width > 0, f"{widget!r} has no width"
        assert widget.region.height > 0, f"{widget!r} has no height"
    for n, first in enumerate(placed):
        for second in placed[n + 1 :]:
            assert not first.region.overlaps(second.region), (
                f"{first!r} {first.region} overlaps {second!r} {second.region}"
            )


# --- 1. searching the article ----------------------------------------------------------


async def test_slash_in_the_article_opens_the_search_field() -> None:
    async with article_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        bar = screen.query_one(SearchBar)
        assert not bar.display
        await focus_article(pilot, screen)
        await pilot.press("slash")
        assert bar.display
        assert bar.scope == "article"
        assert pilot.app.focused is bar
        assert bar.value == ""
        assert bar.placeholder == "Search this article"


async def burst(pilot: Pilot[Any], keys: str | list[tuple[str, str | None]]) -> None:
    """Keys arriving together, as from a paste or fast typing: all are queued before the
    app handles the first (pilot.press lets the app settle after each key)."""
    driver = pilot.app._driver
    assert driver is not None
    if isinstance(keys, str):
        keys = [("slash" if char == "/" else char, char) for char in keys]
    for key, char in keys:
        event = events.Key(key, char)
        event.set_sender(pilot.app)
        driver.send_message(event)  # as the terminal driver does, without waiting
    await pilot.pause()


@pytest.mark.parametrize("where", ["article", "list"])
async def test_a_burst_after_slash_is_typed_into_the_search_field(where: str) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        sidebar_shown = screen.query_one(ArticleList).display
        if where == "article":
            await focus_article(pilot, screen)
        else:
            screen.query_one(ArticleList).focus()
            await pilot.pause()
        await burst(pilot, "/storm")
        bar = screen.query_one(SearchBar)
        await until(pilot, lambda: bar.value == "storm", f"'storm' in the field: {bar.value!r}")
        assert pilot.app.focused is bar
        assert bar.scope == where
        assert screen.query_one(ArticleList).display == sidebar_shown, "s toggled the sidebar"


async def test_keys_right_after_enter_go_to_the_article_not_the_closed_field() -> None:
    async with article_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await focus_article(pilot, screen)
        await burst(pilot, "/zelenskyj")
        await until(pilot, lambda: len(screen.search.matches) == 6, "six matches")
        await burst(pilot, [("enter", "\r"), ("n", "n"), ("n", "n")])
        bar = screen.query_one(SearchBar)
        await until(pilot, lambda: status(screen).endswith("/zelenskyj 3/6"), "third match")
        assert bar.value == "zelenskyj", "nothing typed into the closed field"
        assert not bar.display


async def test_matches_are_marked_as_you_type() -> None:
    async with article_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        text = drawn_article(view)
        await pilot.press("slash")
        typed = ""
        for char in "kholodilin":
            typed += char
            await pilot.press(char)
            await until(pilot, lambda q=typed: screen.search.query == q, f"marks for {typed!r}")
            expected = occurrences(text, typed)
            assert sum(occurrences(mark, typed) for mark in marks(view)) == expected, typed
            assert len(screen.search.matches) == expected, typed
            assert status(screen).endswith(f"/{typed} 1/{expected}"), status(screen)
        # Only the two captions' credits (in their frames) are left.
        assert [m.lower() for m in marks(view)] == ["kholodilin", "kholodilin"]


@pytest.mark.parametrize(
    ("query", "count", "kinds"),
    [
        # Subheading, paragraph, and both quotes twice: the text and the speaker line.
        ("zelenskyj", 6, {BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE}),
        ("Zelenskyj", 6, {BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE}),
        ("ZELENSKYJ", 0, set()),  # smart case: a capital makes the query exact
        ("ntb", 2, {BlockKind.CAPTION}),  # the credit in each caption's frame
        ("sergei", 2, {BlockKind.CAPTION}),
        ("kholodilin", 2, {BlockKind.CAPTION}),
        ("delegasjon", 8, {BlockKind.CAPTION, BlockKind.PARAGRAPH}),  # a frame's label too
    ],
)
async def test_search_counts_every_match_on_screen(
    query: str, count: int, kinds: set[BlockKind]
) -> None:
    async with article_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        text = drawn_article(view)
        assert occurrences(text, query) == count, "the expected count is off what is drawn"
        await search_article(pilot, screen, query)
        found = marks(view)
        assert len(found) == count
        assert len(screen.search.matches) == count
        if query == query.lower():
            assert {mark.lower() for mark in found} <= {query}
        else:
            assert set(found) <= {query}
        assert marked_kinds(view) == kinds
        if count:
            assert status(screen).endswith(f"/{query} 1/{count}")
        else:
            assert status(screen).endswith(f"/{query} no matches")


async def test_caption_labels_and_credits_are_marked_in_the_frame() -> None:
    async with article_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        await search_article(pilot, screen, "russisk")
        article = view.article
        assert article is not None
        caption = article.blocks[10]
        assert caption.kind is BlockKind.CAPTION
        assert caption.label == "RUSSISK DELEGASJON"
        assert marked_texts(view, 10) == ["RUSSISK", "russisk"], "label first, then the body"
        await search_article(pilot, screen, "ap")
        credits = [
            text
            for index in blocks(view)
            if article.blocks[index].kind is BlockKind.CAPTION
            for text in marked_texts(view, index)
            if text == "AP"
        ]
        assert len(credits) == 2, "the “AP” in both credits"


async def test_enter_keeps_the_marks_and_n_and_shift_n_step_through_them() -> None:
    async with article_app().run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        query = "ukraina"  # spread from the lead to the last quote
        total = occurrences(drawn_article(view), query)
        assert total >= 8
        assert view.max_scroll_y > 2 * view.region.height, "the article must need scrolling"
        await search_article(pilot, screen, query)
        bar = screen.query_one(SearchBar)
        assert not bar.display, "Enter closes the field"
        assert pilot.app.focused is view, "and gives the keys back to the article"
        assert len(marks(view)) == total, "Enter keeps the marks"

        async def expect_current(number: int) -> None:
            def current_visible() -> bool:
                rows = strong_rows(view)
                return len(rows) == 1 and on_screen(view, rows[0])

            await until(pilot, current_visible, f"match {number} on screen")
            assert screen.search.current == number - 1
            assert status(screen).endswith(f"/{query} {number}/{total}"), status(screen)
            block, _ = screen.search.matches[number - 1]
            assert in_view(view, block), "the current match's block is in view"
            assert len(marks(view)) == total, "the other marks stay"

        await expect_current(1)
        for number in range(2, total + 1):
            await pilot.press("n")
            await expect_current(number)
        assert view.scroll_y > 0
        await pilot.press("n")
        await expect_current(1)  # wraps to the first, scrolling back up
        await pilot.press("N")
        await expect_current(total)  # and backwards to the last
        for number in range(total - 1, 0, -1):
            await pilot.press("N")
            await expect_current(number)


async def test_n_finds_the_current_match_even_in_a_small_terminal() -> None:
    """At 40x15 a caption is nearly as tall as the view: its credit must still show."""
    async with article_app().run_test(size=(40, 15)) as pilot:
        screen = await loaded(pilot)
        view = screen.query_one(ArticleView)
        assert pilot.app.focused is view
        await search_article(pilot, screen, "ntb")
        for number in (1, 2, 1):
            await until(
                pilot,
                lambda: len(rows := strong_rows(view)) == 1 and on_screen(view, rows[0]),
                f"credit {number} on screen",
            )
            assert status(screen).endswith(f"/ntb {number}/2")
            await pilot.press("n")


async def test_escape_clears_the_marks_and_the_status() -> None:
    async with article_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        await search_article(pilot, screen, "zelenskyj")
        assert len(marks(view)) == 6
        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        assert bar.value == "zelenskyj", "the field reopens with the kept query"
        await pilot.press("escape")
        await until(pilot, lambda: not marks(view), "marks cleared")
        assert not bar.display
        assert pilot.app.focused is view
        assert re.fullmatch(r"1/1 · \d+%", status(screen)), status(screen)
        assert screen.search.matches == []
        assert marked_kinds(view) == set()
        await pilot.press("n")
        assert " · /" not in status(screen), "n does nothing without a search"


async def test_escape_while_typing_clears_the_marks() -> None:
    async with article_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        await pilot.press("slash")
        await type_text(pilot, "ukr")
        await until(pilot, lambda: len(marks(view)) > 0, "marks while typing")
        await pilot.press("escape")
        await until(pilot, lambda: not marks(view), "marks cleared")
        assert " · /" not in status(screen)
        assert pilot.app.focused is view


# --- 2. filtering the list ---------------------------------------------------------------


async def test_slash_in_the_sidebar_filters_the_list_as_you_type() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        article_list = screen.query_one(ArticleList)
        assert pilot.app.focused is article_list
        assert len(listed_entries(screen)) == SAMPLE_COUNT
        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        assert bar.scope == "list"
        assert bar.placeholder == "Filter articles"
        typed = ""
        sizes = []
        for char in "zelenskyj":
            typed += char
            await pilot.press(char)
            expected = containing(screen, typed)
            await until(
                pilot,
                lambda q=typed, e=expected: (
                    screen.filter_query == q and listed_entries(screen) == e
                ),
                f"list filtered by {typed!r}",
            )
            sizes.append(len(expected))
        assert sizes[0] > 1, "one letter still lists several articles"
        assert sizes == sorted(sizes, reverse=True)
        reference = index_of(screen, REFERENCE_NAME)
        assert listed_entries(screen) == [reference]
        assert article_list.entry_count == 1
        hits = article_list.hits[reference]
        assert hits >= 1
        assert f"{hits} hits" in rendered_text(article_list)


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("the", [LIBRARY, STORM]),  # several articles, by their text
        ("bookstore", [LIBRARY]),  # a word of the title (the headline)
        ("kholodilin", [REFERENCE_NAME]),  # only in the captions' credits
    ],
)
async def test_the_filter_matches_titles_and_full_text(query: str, names: list[str]) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await filter_list(pilot, screen, query)
        assert [screen.entries[i].file_name for i in listed_entries(screen)] == names
        article_list = screen.query_one(ArticleList)
        text = rendered_text(article_list)
        for index in listed_entries(screen):
            hits = article_list.hits[index]
            assert hits >= 1
            assert f"{hits} hit{'s' if hits != 1 else ''} · " in text


async def test_the_status_line_counts_the_filtered_articles() -> None:
    """With the reference article already highlighted the highlight never moves."""
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await show(pilot, screen, REFERENCE_NAME)
        await filter_list(pilot, screen, "zelenskyj")
        await until(pilot, lambda: "filter" in status(screen), "filter status")
        assert "filter “zelenskyj”: 1 article ·" in status(screen), status(screen)
        assert status(screen).startswith("1/1 · "), "the position counts listed articles"


async def test_the_filter_status_survives_a_moved_highlight() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert screen.current == index_of(screen, HARBOUR)  # not in the result
        await filter_list(pilot, screen, "the")
        library = index_of(screen, LIBRARY)
        await until(pilot, lambda: screen.current == library, "highlight moved")
        await until(pilot, lambda: screen.search.query == "the", "article searched")
        await settle(pilot)
        assert "filter “the”: 2 articles" in status(screen), status(screen)


async def test_opening_a_filtered_entry_shows_the_marks_at_the_first_match() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await filter_list(pilot, screen, "the")
        await pilot.press("enter")  # keeps the filter, back to the list
        article_list = screen.query_one(ArticleList)
        assert pilot.app.focused is article_list
        assert not screen.query_one(SearchBar).display
        assert listed_entries(screen) == containing(screen, "the")
        await pilot.press("enter")  # opens the highlighted entry
        view = screen.query_one(ArticleView)
        assert pilot.app.focused is view
        assert screen.entries[screen.current].file_name == LIBRARY
        await until(pilot, lambda: screen.search.query == "the", "article searched")
        expected = occurrences(drawn_article(view), "the")
        assert len(marks(view)) == expected
        assert screen.search.current == 0
        first_block, _ = screen.search.matches[0]
        await until(pilot, lambda: at_top(view, first_block), "first match at the top")
        rows = strong_rows(view)
        assert len(rows) == 1
        assert on_screen(view, rows[0])
        assert status(screen).startswith("1/2 · ")


async def test_opening_the_article_already_on_show_from_the_filter_marks_it() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await show(pilot, screen, REFERENCE_NAME)
        await filter_list(pilot, screen, "zelenskyj")
        await pilot.press("enter", "enter")
        view = screen.query_one(ArticleView)
        assert pilot.app.focused is view
        await settle(pilot)
        assert len(marks(view)) == 6
        assert screen.search.query == "zelenskyj"
        assert status(screen).endswith("/zelenskyj 1/6")


async def test_the_marks_follow_the_whole_filter_query() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        storm = index_of(screen, STORM)
        await pilot.press("slash")
        await type_text(pilot, "por")
        await until(pilot, lambda: listed_entries(screen) == [storm], "only the storm left")
        await until(pilot, lambda: screen.current == storm, "storm on show")
        await type_text(pilot, "tland")
        await until(pilot, lambda: screen.filter_query == "portland", "filter complete")
        await pilot.press("enter", "enter")
        view = screen.query_one(ArticleView)
        expected = occurrences(drawn_article(view), "portland")
        await settle(pilot)
        assert screen.search.query == "portland"
        assert len(marks(view)) == expected


@pytest.mark.parametrize(
    ("query", "file_name"),
    [
        pytest.param("kholodilin", REFERENCE_NAME, id="caption-credit"),
        pytest.param(
            "zelenskyj",
            REFERENCE_NAME,
            id="quote-speaker",
        ),
        pytest.param("russisk delegasjon", REFERENCE_NAME, id="caption-label"),
        pytest.param(
            "portland",
            STORM,
            id="headline-title",
        ),
        pytest.param(
            "afp",
            REFERENCE_NAME,
            id="derived-title",
        ),
    ],
)
async def test_the_list_counts_the_hits_the_article_search_finds(
    query: str, file_name: str
) -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        index = await show(pilot, screen, file_name)
        await filter_list(pilot, screen, query)
        listed = screen.query_one(ArticleList).hits.get(index, 0)
        assert listed >= 1
        await pilot.press("escape")
        await until(pilot, lambda: len(listed_entries(screen)) == SAMPLE_COUNT, "full list")
        assert screen.current == index
        await search_article(pilot, screen, query)
        assert len(screen.search.matches) == listed


async def test_escape_in_the_filter_restores_the_full_list() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await filter_list(pilot, screen, "the")
        assert len(listed_entries(screen)) == 2
        await pilot.press("escape")
        await until(
            pilot, lambda: len(listed_entries(screen)) == SAMPLE_COUNT, "full list restored"
        )
        article_list = screen.query_one(ArticleList)
        assert listed_entries(screen) == list(range(SAMPLE_COUNT))
        assert article_list.hits == {}
        assert "hit" not in rendered_text(article_list)
        assert screen.filter_query == ""
        assert not screen.query_one(SearchBar).display
        assert pilot.app.focused is article_list
        assert "filter" not in status(screen)
        assert " · /" not in status(screen)
        assert not marks(screen.query_one(ArticleView))
        number = listed_entries(screen).index(screen.current) + 1
        assert status(screen).startswith(f"{number}/{SAMPLE_COUNT} · ")


# --- 3. the contents panel ---------------------------------------------------------------

REFERENCE_CONTENTS = [
    "Samtalene mellom Ukraina og Russland er over skriver AFP og Sky News",  # derived title
    "Møttes for samtaler i Hviterussland",
    "▢ UKRAINA: Ukrainas forhandlingsdelegasjon, ledet av forsvarsminister",
    "▢ RUSSISK DELEGASJON: Den russiske forhandlingsdelegasjonen ankom",
    "Zelenskyj har ikke et stort håp",
    "▌ Zelenskyj: – La dem forsøke, så ikke en eneste innbygger",
    "▌ Zelenskyj: – Da jeg tok over presidentskapet",
]
SCHOOL_CONTENTS = [
    "Foreldre protesterer mot forslag om å legge ned Solbakken skole",  # the headline
    "▌ Ingrid Berg: – Dette kom som et sjokk på oss alle.",
    "Bekymret for skoleveien",
    "▢ SKOLEVEI: Fylkesveien mellom Solbakken og sentrum er uten fortau",
    "▌ Marius Lie: – Seksåringer skal sitte nesten en time på bussen",
    "Må spare millioner",
    "▌ Eriksen: – Vi har vurdert mange alternativer",
    "▌ – Vi kommer til å møte opp, alle sammen.",  # no speaker: no "None:"
]


def option_texts(panel: OptionList) -> list[str]:
    texts = []
    for n in range(panel.option_count):
        prompt = panel.get_option_at_index(n).prompt
        texts.append(str(prompt.plain if isinstance(prompt, Content) else prompt).strip())
    return texts


async def open_contents(pilot: Pilot[Any]) -> tuple[ContentsScreen, OptionList]:
    await pilot.press("t")
    await until(pilot, lambda: isinstance(pilot.app.screen, ContentsScreen), "contents open")
    contents = pilot.app.screen
    assert isinstance(contents, ContentsScreen)
    panel = contents.query_one(OptionList)
    assert pilot.app.focused is panel
    return contents, panel


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [(REFERENCE_NAME, REFERENCE_CONTENTS), (SCHOOL, SCHOOL_CONTENTS)],
)
async def test_t_lists_title_subheadings_quotes_and_captions(
    file_name: str, expected: list[str]
) -> None:
    async with article_app(file_name).run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await focus_article(pilot, screen)
        _, panel = await open_contents(pilot)
        texts = option_texts(panel)
        assert len(texts) == len(expected), texts
        for text, start in zip(texts, expected, strict=True):
            assert text.startswith(start), (text, start)
        assert panel.border_title == "Contents"
        assert panel.highlighted == 0, "at the top the title is the reading position"
        shown = rendered_text(panel)
        assert expected[1][:20] in shown


async def test_contents_highlights_the_landmark_at_the_reading_position() -> None:
    async with article_app().run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        view.scroll_to_block(7)  # the paragraph after the first caption
        await until(pilot, lambda: view.top_block == 7, "scrolled to block 7")
        _, panel = await open_contents(pilot)
        assert option_texts(panel)[panel.highlighted or 0].startswith("▢ UKRAINA:")
        await pilot.press("escape")
        view.scroll_to_block(12)  # the paragraph after the second subheading
        await until(pilot, lambda: view.top_block == 12, "scrolled to block 12")
        _, panel = await open_contents(pilot)
        assert option_texts(panel)[panel.highlighted or 0] == "Zelenskyj har ikke et stort håp"


@pytest.mark.parametrize("option", range(1, len(REFERENCE_CONTENTS)))
async def test_enter_on_a_landmark_scrolls_it_to_the_top(option: int) -> None:
    async with article_app().run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        contents, _ = await open_contents(pilot)
        block = contents.blocks[option]
        await pilot.press("home", *["down"] * option, "enter")
        await until(pilot, lambda: isinstance(pilot.app.screen, MainScreen), "contents closed")
        assert pilot.app.focused is view
        await until(pilot, lambda: at_top(view, block), f"block {block} at the top")
        if first_line(view, block) == round(view.scroll_y):
            _, panel = await open_contents(pilot)
            assert panel.highlighted == option, "the landmark is now the reading position"


async def test_choosing_the_title_in_the_contents_goes_back_to_the_top() -> None:
    async with article_app().run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        await pilot.press("G")
        await until(pilot, lambda: view.scroll_y == view.max_scroll_y > 0, "at the end")
        await open_contents(pilot)
        await pilot.press("home", "enter")
        await until(pilot, lambda: isinstance(pilot.app.screen, MainScreen), "contents closed")
        await settle(pilot)
        assert view.scroll_y == 0
        assert view.article is not None
        first_line_drawn = view.page_line(1).text.strip()
        assert first_line_drawn and view.article.title.startswith(first_line_drawn), "title on top"


@pytest.mark.parametrize("key", ["escape", "t", "q"])
async def test_escape_closes_the_contents_where_you_were(key: str) -> None:
    async with article_app().run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        await pilot.press("j", "j", "j")
        where = view.scroll_y
        await open_contents(pilot)
        await pilot.press("down", "down", key)
        await until(pilot, lambda: pilot.app.screen is screen, "contents closed")
        assert pilot.app.is_running, f"{key} closes the panel, it does not quit"
        assert pilot.app.focused is view
        assert view.scroll_y == where


PLAIN = (
    "The council met on Tuesday evening and talked for a long time about the budget.\n\n"
    "Several members said that they wanted more time to read the proposal before voting.\n\n"
    "The meeting ended late in the evening without any decision being taken by anyone.\n"
)


async def test_t_says_so_when_there_is_nothing_to_list(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(PLAIN, encoding="utf-8")
    app = make_app(Options(paths=(str(path),)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await loaded(pilot)
        await focus_article(pilot, screen)
        await pilot.press("t")
        await until(
            pilot,
            lambda: any("no headings" in str(toast.render()) for toast in screen.query("Toast")),
            "a notice",
        )
        assert pilot.app.screen is screen


# --- 4. subheadings ----------------------------------------------------------------------


@pytest.mark.parametrize("file_name", [STORM, SCHOOL])
async def test_braces_jump_between_subheadings(file_name: str) -> None:
    async with article_app(file_name).run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        article = view.article
        assert article is not None
        headings = [i for i, b in enumerate(article.blocks) if b.kind is BlockKind.SUBHEADING]
        assert len(headings) >= 2
        assert view.scroll_y == 0
        for heading in headings:
            await pilot.press("right_curly_bracket")
            await until(pilot, lambda h=heading: at_top(view, h), f"subheading {heading}")
        last = view.scroll_y
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert view.scroll_y == last, "} after the last subheading stays"
        # Back: from the last subheading to the one before, then to the top.
        if first_line(view, headings[-1]) == round(view.scroll_y):
            earlier = headings[-2::-1]
        else:
            earlier = [h for h in headings[::-1] if h < view.top_block]
        for heading in earlier:
            await pilot.press("left_curly_bracket")
            await until(pilot, lambda h=heading: at_top(view, h), f"back to {heading}")
            assert first_line(view, heading) == round(view.scroll_y)
        await pilot.press("left_curly_bracket")
        await until(pilot, lambda: view.scroll_y == 0, "{ before the first goes to the top")


# --- 5. column width ---------------------------------------------------------------------


async def test_plus_and_minus_change_the_column_width_within_limits() -> None:
    async with article_app().run_test(size=(220, 40)) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        await pilot.press("s")  # hide the sidebar: room for the widest column
        await until(pilot, lambda: not screen.query_one(ArticleList).display, "sidebar hidden")

        def drawn_width() -> int:
            """The rule under the headline spans the column."""
            lines = (view.page_line(y).text.strip() for y in range(view.page_height))
            return next(len(line) for line in lines if line and set(line) == {"─"})

        def width_is(width: int) -> bool:
            return screen.column_width == width and drawn_width() == width

        await until(pilot, lambda: width_is(80), "the configured width")
        await pilot.press("plus")
        await until(pilot, lambda: width_is(84), "4 wider")
        await pilot.press("minus", "minus")
        await until(pilot, lambda: width_is(76), "8 narrower")
        for _ in range((76 - MIN_WIDTH) // 4 + 3):
            await pilot.press("minus")
        await until(pilot, lambda: width_is(MIN_WIDTH), "clamped at the minimum")
        for _ in range((MAX_WIDTH - MIN_WIDTH) // 4 + 3):
            await pilot.press("plus")
        await until(pilot, lambda: width_is(MAX_WIDTH), "clamped at the maximum")
        assert view.region.width > MAX_WIDTH, "the terminal is wide enough to show it"


# --- 6. theme and palette ----------------------------------------------------------------


async def test_d_switches_between_dark_and_light() -> None:
    async with article_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await focus_article(pilot, screen)
        app = pilot.app
        assert app.theme == DARK_THEME
        assert app.current_theme.dark
        dark_background = screen.styles.background
        await pilot.press("d")
        assert app.theme == LIGHT_THEME
        assert not app.current_theme.dark
        await until(pilot, lambda: screen.styles.background != dark_background, "repainted")
        await pilot.press("d")
        assert app.theme == DARK_THEME
        await until(pilot, lambda: screen.styles.background == dark_background, "dark again")


READER_BINDINGS = [
    ("Search", "/"),
    ("Contents", "t"),
    ("Sidebar", "s"),
    ("Next match", "n"),
    ("Previous match", "N"),
    ("Next subheading", "}"),
    ("Previous subheading", "{"),
    ("Wider column", "+"),
    ("Narrower column", "-"),
    ("Prev", "["),
    ("Next", "]"),
    ("Dark/light", "d"),
    ("Help", "?"),
]


async def test_the_palette_lists_every_key_of_the_reading_screen() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        app = pilot.app
        assert isinstance(app, ReaderApp)
        commands = {(c.title, c.help) for c in app.get_system_commands(screen)}
        for description, key in READER_BINDINGS:
            assert (description, f"Key: {key}") in commands, description
        # Every binding reader declares (those with an id), from the live binding maps.
        nodes = [app, screen, screen.query_one(ArticleList), screen.query_one(ArticleView)]
        for node in nodes:
            for key, binding in node._bindings:
                if not binding.id or not binding.description:
                    continue  # Textual's own keys carry no id
                shown = app.get_key_display(binding.with_key(key))
                assert (binding.description, f"Key: {shown}") in commands, binding.id


async def test_a_palette_key_command_runs_its_action() -> None:
    async with article_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await focus_article(pilot, screen)
        commands = {c.title: c for c in pilot.app.get_system_commands(screen)}
        commands["Contents"].callback()
        await until(pilot, lambda: isinstance(pilot.app.screen, ContentsScreen), "contents")


def write_keymap(isolated_dirs: Any, keys: str) -> None:
    config = isolated_dirs / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text(f"[keys]\n{keys}\n", encoding="utf-8")


async def test_the_palette_shows_keys_from_the_users_keymap(isolated_dirs: Any) -> None:
    write_keymap(isolated_dirs, '"main.contents" = "o"')
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await focus_article(pilot, screen)
        await pilot.press("t")
        assert pilot.app.screen is screen, "t is no longer bound"
        await pilot.press("o")
        await until(pilot, lambda: isinstance(pilot.app.screen, ContentsScreen), "o opens")
        await pilot.press("escape")
        helps = {c.title: c.help for c in pilot.app.get_system_commands(screen)}
        assert helps["Contents"] == "Key: o"


# --- 7. small terminals ------------------------------------------------------------------


def layout(screen: MainScreen) -> dict[str, Widget]:
    return {
        "header": screen.query_one(Header),
        "sidebar": screen.query_one(ArticleList),
        "article": screen.query_one(ArticleView),
        "status": screen.query_one(StatusLine),
        "footer": screen.query_one(Footer),
    }


@pytest.mark.parametrize("size", [(40, 15), (70, 24)])
async def test_a_small_terminal_floats_the_sidebar_over_the_article(
    size: tuple[int, int],
) -> None:
    async with samples_app().run_test(size=size) as pilot:
        screen = await loaded(pilot)
        parts = layout(screen)
        sidebar, article = parts["sidebar"], parts["article"]
        assert screen.has_class("-narrow")
        assert not screen.has_class("-sidebar-open")
        assert not sidebar.display, "hidden by default"
        assert pilot.app.focused is article
        no_overlaps([parts["header"], article, parts["status"], parts["footer"]])
        assert article.region.width == size[0], "the article takes the whole width"
        assert parts["footer"].region.bottom == size[1]
        article_region = article.region

        await pilot.press("s")
        await until(pilot, lambda: sidebar.display and sidebar.region.width > 0, "overlay")
        assert screen.has_class("-sidebar-open")
        assert pilot.app.focused is sidebar
        assert article.region == article_region, "the article keeps its width"
        assert sidebar.region.overlaps(article.region), "drawn over the article"
        assert sidebar.region.width <= size[0]
        assert not sidebar.region.overlaps(parts["header"].region)
        assert not sidebar.region.overlaps(parts["footer"].region)
        x, y = sidebar.region.x + 2, sidebar.region.y + 2
        on_top, _ = screen.get_widget_at(x, y)
        assert on_top is sidebar or sidebar in on_top.ancestors, "the sidebar is on top"

        await pilot.press("down", "down", "enter")
        await until(pilot, lambda: not sidebar.display, "overlay closed")
        assert not screen.has_class("-sidebar-open")
        assert screen.current == 2
        assert pilot.app.focused is article
        assert article.region == article_region
        no_overlaps([parts["header"], article, parts["status"], parts["footer"]])

        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        await until(pilot, lambda: bar.display and bar.region.height == 1, "search field")
        no_overlaps([parts["header"], article, bar, parts["status"], parts["footer"]])


@pytest.mark.parametrize("size", [(40, 15), (70, 24)])
async def test_s_closes_the_overlay_again(size: tuple[int, int]) -> None:
    async with samples_app().run_test(size=size) as pilot:
        screen = await loaded(pilot)
        sidebar = screen.query_one(ArticleList)
        await pilot.press("s")
        await until(pilot, lambda: sidebar.display, "overlay open")
        await pilot.press("s")
        await until(pilot, lambda: not sidebar.display, "overlay closed")
        assert pilot.app.focused is screen.query_one(ArticleView)
        assert screen.current == 0


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 50)])
async def test_a_wide_terminal_puts_the_sidebar_beside_the_article(
    size: tuple[int, int],
) -> None:
    async with samples_app().run_test(size=size) as pilot:
        screen = await loaded(pilot)
        parts = layout(screen)
        sidebar, article = parts["sidebar"], parts["article"]
        assert not screen.has_class("-narrow")
        assert sidebar.display
        assert pilot.app.focused is sidebar
        no_overlaps(parts.values())
        assert sidebar.region.right <= article.region.x, "side by side"
        assert sidebar.region.y == article.region.y
        assert article.region.right == size[0]


async def test_shrinking_the_terminal_keeps_the_reading_keys_working() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert isinstance(pilot.app.focused, ArticleList)
        await pilot.resize_terminal(70, 24)
        await until(pilot, lambda: screen.has_class("-narrow"), "narrow layout")
        await settle(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("j")
        await settle(pilot)
        assert view.scroll_y == 1, "j scrolls the article"


# --- 8. the status line ------------------------------------------------------------------


async def test_the_status_line_shows_list_position_and_reading_progress() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await until(pilot, lambda: re.fullmatch(r"1/7 · \d+%", status(screen)), "1/7")
        await pilot.press("down", "down")
        await until(pilot, lambda: status(screen).startswith("3/7 · "), "3/7")
        view = await focus_article(pilot, screen)
        assert view.max_scroll_y > 0
        await until(pilot, lambda: re.fullmatch(r"3/7 · \d+%", status(screen)), "progress")

        def percent() -> int:
            match = re.fullmatch(r"3/7 · (\d+)%", status(screen))
            return int(match.group(1)) if match else -1

        at_start = percent()
        assert 0 < at_start < 100
        await pilot.press("space")
        await until(pilot, lambda: percent() > at_start, "progress after a page")
        await pilot.press("G")
        await until(pilot, lambda: percent() == 100, "100% at the end")
        await pilot.press("g")
        # At the top the share read is what one screen shows of the whole article.
        top = round(100 * view.scrollable_content_region.height / view.virtual_size.height)
        await until(pilot, lambda: percent() == top, "back at the top")
        await pilot.press("right_square_bracket")
        await until(pilot, lambda: status(screen).startswith("4/7 · "), "4/7")


def seen_share(view: ArticleView) -> int:
    """The reading progress worked out from the view: how much of the article is above
    the bottom of the screen, in percent."""
    seen = view.scroll_y + view.scrollable_content_region.height
    return round(100 * min(1.0, seen / max(1, view.virtual_size.height)))


async def test_the_progress_is_right_for_each_article_opened() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        view = await focus_article(pilot, screen)
        shown: list[tuple[str, int]] = []
        for number in range(1, SAMPLE_COUNT + 1):
            if number > 1:
                await pilot.press("right_square_bracket")
            await until(
                pilot,
                lambda n=number: re.fullmatch(rf"{n}/7 · \d+%", status(screen)),
                f"article {number}",
            )
            await settle(pilot)
            shown.append((status(screen), seen_share(view)))
        assert all(text.endswith(f" {share}%") for text, share in shown), shown


# --- 9. the help screen ------------------------------------------------------------------


def help_rows(help_screen: HelpScreen) -> dict[str, dict[str, set[str]]]:
    """Group title → description → keys, parsed from what the help screen shows."""
    groups: dict[str, dict[str, set[str]]] = {}
    title = ""
    for static in help_screen.query(Static):
        text = str(static.render())
        if static.has_class("group"):
            title = text
            groups[title] = {}
            continue
        for line in text.splitlines():
            keys, description, *_ = [*re.split(r" {2,}", line.strip()), ""]
            groups[title][description] = set(keys.split(" / "))
    return groups


def live_rows(app: ReaderApp, nodes: Iterable[Any]) -> dict[str, set[str]]:
    rows: dict[str, set[str]] = {}
    for node in nodes:
        for key, binding in node._bindings:
            if binding.action in ("", "noop") or not binding.description:
                continue
            rows.setdefault(binding.description, set()).add(
                app.get_key_display(binding.with_key(key))
            )
    return rows


async def test_help_lists_every_binding_of_the_app_the_screen_the_list_and_the_article() -> None:
    async with samples_app().run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        app = pilot.app
        assert isinstance(app, ReaderApp)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help open")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        shown = help_rows(help_screen)
        expected = {
            "Anywhere": live_rows(app, [app]),
            "Reading screen": live_rows(app, [screen]),
            "Article list": live_rows(app, [screen.query_one(ArticleList)]),
            "Article": live_rows(app, [screen.query_one(ArticleView)]),
        }
        for title, rows in expected.items():
            assert shown.get(title) == rows, title
        for description, key in READER_BINDINGS:
            assert any(key in rows.get(description, ()) for rows in shown.values()), description


async def test_help_shows_keys_from_the_users_keymap(isolated_dirs: Any) -> None:
    write_keymap(isolated_dirs, '"main.contents" = "o"')
    async with samples_app().run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen), "help open")
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        assert help_rows(help_screen)["Reading screen"]["Contents"] == {"o"}
