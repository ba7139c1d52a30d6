"""Paragraph splitting across the layouts people paste."""

from __future__ import annotations

import textwrap

import pytest

from reader.model.paragraphs import (
    COUNTER,
    is_counter,
    normalise_whitespace,
    split_laid_out,
    split_paragraphs,
)

LONG = (
    "Kommunestyret vedtok torsdag kveld å bygge en ny bro over elva, etter flere år med "
    "diskusjoner om kostnader, trafikk og hensynet til naboene på begge sider av vannet."
)
SECOND = (
    "Arbeidet skal etter planen starte neste høst, og broen skal stå ferdig i løpet av "
    "2027 dersom anbudsrunden går som forventet og ingen klager stopper prosjektet."
)


def test_blank_lines_separate_paragraphs() -> None:
    assert split_paragraphs(f"{LONG}\n\n{SECOND}\n") == [LONG, SECOND]


def test_single_newlines_without_blank_lines_give_one_paragraph_per_line() -> None:
    assert split_paragraphs(f"Ny bro over elva\n{LONG}\n{SECOND}") == [
        "Ny bro over elva",
        LONG,
        SECOND,
    ]


def test_hard_wrapped_paragraphs_are_joined_back() -> None:
    wrapped = textwrap.fill(LONG, 72) + "\n\n" + textwrap.fill(SECOND, 72)
    assert split_paragraphs(wrapped) == [LONG, SECOND]


def test_hard_wrapped_without_blank_lines_still_joins_lines() -> None:
    text = textwrap.fill(LONG, 60) + "\n" + textwrap.fill(SECOND, 60)
    assert split_paragraphs(text) == [LONG, SECOND]


def test_crlf_tabs_and_non_breaking_spaces_are_normalised() -> None:
    text = f"\ufeff  {LONG}\u00a0\t\r\n\r\n\t{SECOND}  \r\n"
    assert split_paragraphs(text) == [LONG, SECOND]


def test_whitespace_only_lines_count_as_blank() -> None:
    assert split_paragraphs(f"{LONG}\n \u00a0\t\n{SECOND}") == [LONG, SECOND]


def test_credit_on_its_own_line_stays_with_its_caption() -> None:
    text = f"Broen slik den vil se ut fra sør.\nFoto: Kari Nordmann / NTB\n\n{LONG}"
    assert (
        split_paragraphs(text)[0] == "Broen slik den vil se ut fra sør. Foto: Kari Nordmann / NTB"
    )


def test_bullet_lines_are_separate_paragraphs() -> None:
    text = "- Broen koster 300 millioner.\n- Den står ferdig i 2027.\n\n" + LONG
    assert split_paragraphs(text) == [
        "- Broen koster 300 millioner.",
        "- Den står ferdig i 2027.",
        LONG,
    ]


def test_word_broken_at_hyphen_by_the_wrapper_is_mended() -> None:
    text = "Delegasjonen ankom Homjel-\nregionen mandag morgen og ble møtt av mange journalister\nog fotografer."
    paragraphs = split_paragraphs(text)
    assert paragraphs == [
        "Delegasjonen ankom Homjel-regionen mandag morgen og ble møtt av mange journalister "
        "og fotografer."
    ]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("die Kinder-", "und Jugendbibliotheken leitet.", "die Kinder- und Jugendbibliotheken"),
        ("både sommer-", "og vinterdekk i lageret.", "både sommer- og vinterdekk"),
        ("pre-", "and post-war housing estates.", "pre- and post-war"),
    ],
)
def test_a_compounds_first_part_before_and_keeps_its_space(
    first: str, second: str, joined: str
) -> None:
    text = f"Sabine Ortner sagt, dass sie {first}\n{second}"
    assert joined in split_paragraphs(text)[0]


def test_empty_and_whitespace_text_has_no_paragraphs() -> None:
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\t\n\u00a0\r\n") == []


def test_normalise_whitespace() -> None:
    assert normalise_whitespace(" a\u00a0 b\t\nc ") == "a b c"


@pytest.mark.parametrize(
    "byline", ["von Jana Reimers, MDR SACHSEN-ANHALT", "av Kari Nordmann, NRK", "by Jane Roe"]
)
def test_a_lower_case_byline_on_its_own_line_is_its_own_paragraph(byline: str) -> None:
    lead = "In Hasselbrück im Harz schließt Ende Juni die einzige Hausarztpraxis."
    text = f"Die letzte Praxis schließt\n{lead}\n{byline}\nDer Arzt geht in Rente.\n"
    assert split_paragraphs(text)[1:3] == [lead, byline]


def test_a_wrapped_line_starting_with_by_continues_its_sentence() -> None:
    text = "The bridge was opened in 1932 and was rebuilt\nby the county in 1990.\nIt is closed.\n"
    assert (
        split_paragraphs(text)[0]
        == "The bridge was opened in 1932 and was rebuilt by the county in 1990."
    )


def test_an_agency_sign_off_in_lower_case_is_its_own_line() -> None:
    lines = [
        "Der Frost traf in der Nacht zum Dienstag vor allem die Weinberge im Remstal.",
        "Das Landwirtschaftsministerium prüft nach eigenen Angaben, ob Betriebe Hilfen bekommen.",
        "cmz/dpa",
        "Themen: Remstal, Weinbau, Wetter",
    ]
    assert split_paragraphs("\n".join(lines) + "\n") == lines


@pytest.mark.parametrize(
    "box",
    [
        ["La fiche du match", "Arbitre : M. Jérôme Le Dantec.", "Spectateurs : 6 240."],
        ["1. Livio Brunner (SUI) 2:31,44", "2. Jonas Haugstad (NOR) +0,18", "3. Matteo Rainer"],
        ["Zur Person", "Alter: 54 Jahre", "Beruf: Stadtplanerin"],
    ],
)
def test_lines_of_facts_under_one_another_stay_apart(box: list[str]) -> None:
    text = f"{LONG}\n\n" + "\n".join(box) + f"\n\n{SECOND}\n"
    assert split_paragraphs(text) == [LONG, *box, SECOND]


def test_a_line_break_inside_a_paragraph_still_joins_when_lines_are_no_facts() -> None:
    credits = ["Die Schneiderin von Ottakring. A 2025. Regie: Lena Hofbauer.", "Mit Mira Kovač."]
    text = f"{LONG}\n\n" + "\n".join(credits) + f"\n\n{SECOND}\n"
    assert split_paragraphs(text) == [LONG, " ".join(credits), SECOND]


def test_a_site_address_under_the_title_is_its_own_line() -> None:
    text = f"A Dutch fungus may help farmers\neconomist.com · 5 min read\n{LONG}\n{SECOND}"
    assert split_paragraphs(text)[:2] == [
        "A Dutch fungus may help farmers",
        "economist.com · 5 min read",
    ]


def test_a_pull_quote_and_its_signature_line_are_one_paragraph() -> None:
    text = (
        "Parents were angry.\n\n"
        "'Where are we supposed to leave our kids?'\n— Shazia Mahmood, parent\n\n"
        "The council will decide in May.\n"
    )
    assert split_paragraphs(text)[1] == (
        "'Where are we supposed to leave our kids?' — Shazia Mahmood, parent"
    )


def test_a_menu_set_one_lower_case_section_a_line_stays_lines() -> None:
    text = "Spring til indhold\nNORDJYSKE\nnyheder\nsport\naalborg\nLog ind\n"
    assert split_paragraphs(text) == [
        "Spring til indhold",
        "NORDJYSKE",
        "nyheder",
        "sport",
        "aalborg",
        "Log ind",
    ]


def test_a_name_in_lower_case_with_a_capital_inside_opens_its_own_line() -> None:
    text = "Hopp til hovedinnhold\niTromsø\nTuristbuss i grøfta på Kvaløya\n"
    assert split_paragraphs(text)[:2] == ["Hopp til hovedinnhold", "iTromsø"]


def test_a_lower_case_line_still_continues_a_sentence() -> None:
    text = "Kommunen vil stenge to skoler og\nflytte elevene til sentrum.\n"
    assert split_paragraphs(text) == [
        "Kommunen vil stenge to skoler og flytte elevene til sentrum."
    ]


def test_a_break_where_the_next_word_would_just_have_fitted_ends_the_paragraph() -> None:
    body = " ".join(["Le conseil municipal a vote le budget de la ville mardi soir"] * 4)
    lines = textwrap.wrap(body, 72)
    last = "un grand bruit, m'a-t-il dit, et puis tout le monde dans le car cria."
    assert len(last) + len(" Le") == 72  # "Le" would have fitted on this line
    text = "\n".join([*lines, last, "Le maire de la ville s'est rendu sur les lieux.", ""])
    assert split_paragraphs(text)[-1] == "Le maire de la ville s'est rendu sur les lieux."


def test_a_lower_case_name_alone_on_its_line_is_its_own_line() -> None:
    assert split_paragraphs("Aller au contenu principal\nfranceinfo\nMétéo\n")[:2] == [
        "Aller au contenu principal",
        "franceinfo",
    ]


def test_a_block_of_short_capitalised_lines_is_a_list_of_links_read_line_by_line() -> None:
    text = "Forskerne vil nu undersøge effekten.\n\nSøvn\nBørn og unge\nForskning\n"
    assert split_laid_out(text) == [
        ("Forskerne vil nu undersøge effekten.", False),
        ("Søvn", False),
        ("Børn og unge", True),
        ("Forskning", True),
    ]


@pytest.mark.parametrize(
    "block",
    [
        "Ministeren sa at\nhun ikke\nvil gå av.",  # a sentence, however short its lines
        "Søvn\nForskning",  # two lines: a heading over a line, or a wrapped title
    ],
)
def test_short_lines_that_make_a_sentence_or_a_pair_stay_one_paragraph(block: str) -> None:
    text = f"Forskerne vil nu undersøge effekten.\n\n{block}\n"
    assert len(split_laid_out(text)) == 2


@pytest.mark.parametrize(
    "line",
    ["(2/3)", "• 1 av 4", "Bilde 1 av 2", "3 / 12 •", "Foto 2 of 5)", "1/4 Bilde", "Søvn", ""],
)
def test_is_counter_agrees_with_the_counter_pattern(line: str) -> None:
    assert is_counter(line) == (COUNTER.match(line) is not None)


_LONG_MENU = [
    "AP Logo",
    "Menu",
    "World",
    "U.S.",
    "Politics",
    "Sports",
    "Entertainment",
    "Business",
    "Science",
    "Fact Check",
    "AP Buyline Personal Finance",
    "Press Releases",
    "My Account",
]


def test_a_long_menu_with_an_abbreviation_and_a_longer_name_stays_lines() -> None:
    text = "Skip to main content\n\n" + "\n".join(_LONG_MENU) + "\n\n" + LONG + "\n\n" + LONG
    assert split_paragraphs(text)[1 : 1 + len(_LONG_MENU)] == _LONG_MENU


def test_a_short_block_of_names_with_a_longer_line_is_still_one_paragraph() -> None:
    block = ["Fact Check", "AP Buyline Personal Finance", "Press Releases"]
    text = LONG + "\n\n" + "\n".join(block) + "\n\n" + LONG
    assert split_paragraphs(text)[1] == " ".join(block)
