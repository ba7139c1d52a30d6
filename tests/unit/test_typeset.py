"""The typesetter on its own: every kind laid out at a width, with no app."""

from __future__ import annotations

import re
from dataclasses import replace

from rich.console import Console
from rich.style import Style

from reader.model import Block, BlockKind, parse_text
from reader.render.console import PRINT_PALETTE
from reader.render.typeset import Marks, Piece, Typesetter, gaps, known_height, page
from tests.conftest import REFERENCE

K = BlockKind
WIDTH = 60


def typesetter() -> Typesetter:
    return Typesetter(Console(width=WIDTH, color_system=None), PRINT_PALETTE)


def texts(piece: Piece, width: int = WIDTH) -> list[str]:
    return ["".join(segment.text for segment in line) for line in typesetter().lines(piece, width)]


def test_every_line_of_the_reference_page_is_exactly_the_width() -> None:
    article = parse_text(REFERENCE.read_text(encoding="utf-8"))
    for piece in page(article, "summary"):
        for width in (20, 37, WIDTH):
            lines = texts(piece, width)
            assert lines, piece
            assert all(len(line) == width for line in lines), (piece.kind, width)


def test_a_quote_has_a_bar_on_every_line_and_its_speaker_under_it() -> None:
    block = Block(
        K.QUOTE,
        "– Vi må handle nå, før det er for sent for byen vår, sier Kari Nordmann.",
        speaker="Kari Nordmann",
    )
    lines = texts(Piece(K.QUOTE, block.text, 0, block), 40)
    assert all(line.startswith("▌ ") for line in lines)
    assert lines[-1].rstrip() == "▌ — Kari Nordmann"


def test_a_quote_signed_with_a_dash_does_not_repeat_the_name() -> None:
    block = Block(K.QUOTE, "Vi har ventet på dette i tjue år. — Anne Berg", speaker="Anne Berg")
    lines = [line.rstrip() for line in texts(Piece(K.QUOTE, block.text, 0, block))]
    assert lines == ["▌ Vi har ventet på dette i tjue år. — Anne Berg"]


def test_an_interview_turn_opened_by_its_speaker_does_not_repeat_the_name() -> None:
    block = Block(K.QUOTE, "Saarinen: Three projects with their permits.", speaker="Saarinen")
    lines = [line.rstrip() for line in texts(Piece(K.QUOTE, block.text, 0, block))]
    assert lines == ["▌ Saarinen: Three projects with their permits."]


def test_a_caption_is_framed_with_its_label_above_and_credit_below() -> None:
    block = Block(
        K.CAPTION,
        "UKRAINA: Delegasjonen ankom mandag. Foto: Kari Nordmann / NTB",
        label="UKRAINA",
        credit="Kari Nordmann / NTB",
    )
    lines = texts(Piece(K.CAPTION, block.text, 0, block))
    assert re.fullmatch(r"╭─ UKRAINA ─+╮", lines[0])
    assert re.fullmatch(r"╰─+ Kari Nordmann / NTB ─╯", lines[-1])
    assert "Delegasjonen ankom mandag." in lines[1]
    assert "Foto:" not in "".join(lines)


def test_marks_count_the_label_the_body_and_the_credit_in_order() -> None:
    block = Block(K.CAPTION, "NTB: Bilde fra NTB-arkivet. Foto: NTB", label="NTB", credit="NTB")
    piece = Piece(K.CAPTION, block.text, 0, block)
    pattern = re.compile("ntb", re.IGNORECASE)
    assert typesetter().count_matches(piece, pattern) == 3
    palette = replace(PRINT_PALETTE, match=Style(underline=True), current_match=Style(reverse=True))
    marking = Typesetter(Console(width=WIDTH, color_system=None), palette)
    lines = marking.lines(piece, WIDTH, Marks(pattern, current=2))
    marked = ["".join(s.text for s in line if s.style and s.style.underline) for line in lines]
    strong = ["".join(s.text for s in line if s.style and s.style.reverse) for line in lines]
    assert [text for text in marked if text] == ["NTB", "NTB"], "label and body"
    assert [text for text in strong if text] == ["NTB"]
    assert "NTB" in texts(piece)[-1], "the third match is the credit"


def test_known_heights_are_the_typeset_heights() -> None:
    for kind, text in [
        (K.PARAGRAPH, "Kort avsnitt."),
        (K.SUBHEADING, "Møttes for samtaler"),
        (K.PARAGRAPH, "x" * WIDTH),
        (K.PARAGRAPH, "x" * (WIDTH + 1)),
    ]:
        piece = Piece(kind, text, 0, Block(kind, text))
        height = known_height(piece, WIDTH)
        if height is not None:
            assert height == len(texts(piece)), (kind, text)
    assert known_height(Piece(K.PARAGRAPH, "x" * (WIDTH + 1)), WIDTH) is None


def test_margins_collapse_and_bylines_run_together() -> None:
    kinds = [K.HEADLINE, K.BYLINE, K.META, K.LEAD, K.PARAGRAPH, K.SUBHEADING, K.PARAGRAPH]
    pieces = [Piece(kind, "text", number, Block(kind, "text")) for number, kind in enumerate(kinds)]
    assert gaps(pieces) == [1, 0, 0, 1, 1, 1, 1]


def test_a_menu_pasted_line_by_line_runs_together_and_the_text_stands_apart() -> None:
    kinds = [K.BOILERPLATE, K.BOILERPLATE, K.BOILERPLATE, K.HEADLINE, K.PARAGRAPH]
    pieces = [Piece(kind, "text", number, Block(kind, "text")) for number, kind in enumerate(kinds)]
    assert gaps(pieces) == [0, 0, 0, 1, 0]


def test_a_credit_on_its_own_line_is_said_once_without_a_frame() -> None:
    block = Block(K.CAPTION, "Hannah Pruitt/AP", credit="Hannah Pruitt/AP")
    lines = texts(Piece(K.CAPTION, block.text, 0, block))
    assert [line.strip() for line in lines] == ["Hannah Pruitt/AP"]
    assert lines[0].endswith("Hannah Pruitt/AP")  # set to the right, as credits are


def test_a_caption_with_its_credit_keeps_its_frame() -> None:
    block = Block(K.CAPTION, "Police tape at the school. Foto: Ola Berg", credit="Ola Berg")
    lines = texts(Piece(K.CAPTION, block.text, 0, block))
    assert len(lines) == 3 and "Ola Berg" in lines[-1]
