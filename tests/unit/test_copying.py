"""Copying from the page leaves out decoration and joins a paragraph's wrapped lines."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style

from reader.render.copying import CONTENT, DECORATION, CopiedLine, copied_text, words_of

BAR = Segment("▌ ", Style(color="red") + DECORATION)
MARGIN = Segment("    ", DECORATION)


def line(piece: int | None, *texts: str, code: bool = False) -> CopiedLine:
    return CopiedLine(piece, code, [MARGIN, *(Segment(text) for text in texts), MARGIN])


def test_decoration_is_left_out_and_content_inside_a_frame_is_kept() -> None:
    frame = Style(color="blue") + DECORATION
    label = frame + Style(bold=True) + CONTENT  # the frame's style reaches the label
    segments = [Segment("╭─ ", frame), Segment("UKRAINA", label), Segment(" ───╮", frame)]
    assert words_of(segments) == "UKRAINA"
    assert words_of([BAR, Segment("– La dem forsøke")]) == "– La dem forsøke"


def test_a_paragraphs_wrapped_lines_are_joined_and_pieces_stand_apart() -> None:
    lines = [
        line(0, "Samtalene mellom Ukraina og  "),
        line(0, "Russland er over."),
        line(None),
        line(1, "Møttes for samtaler"),
    ]
    assert (
        copied_text(lines) == "Samtalene mellom Ukraina og Russland er over.\n\nMøttes for samtaler"
    )


def test_code_keeps_its_lines_and_indentation() -> None:
    lines = [line(2, "def f():   ", code=True), line(2, "    return 1", code=True)]
    assert copied_text(lines) == "def f():\n    return 1"


def test_a_selection_of_only_margins_and_gaps_copies_nothing() -> None:
    assert copied_text([line(None), line(0, "   ")]) == ""
