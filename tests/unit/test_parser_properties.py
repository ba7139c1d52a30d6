"""Properties of the parser on arbitrary input: it never raises and never drops text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model import BlockKind, parse_text

ARTICLE_ALPHABET = st.sampled_from(
    [
        *list("abcæøåäöüéABCÆØÅ .,:;!?-–—«»“”„\"'()/©0123456789\n\n\n\r\t\xa0"),
        "Foto: ",
        "Photo: ",
        "UKRAINA: ",
        "– ",
        "sier ",
        "said ",
        "\n\n",
        "Av ",
        "Publisert ",
    ]
)
article_like = st.lists(ARTICLE_ALPHABET, max_size=200).map("".join)
any_text = st.text(max_size=400)


def non_space(text: str) -> str:
    return "".join(char for char in text.removeprefix("\ufeff") if not char.isspace())


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(any_text, article_like))
def test_never_raises_and_keeps_every_non_space_character_in_order(text: str) -> None:
    article = parse_text(text)
    assert non_space("".join(block.text for block in article.blocks)) == non_space(text)


@settings(max_examples=200)
@given(st.one_of(any_text, article_like))
def test_blocks_are_whitespace_normalised_and_never_empty(text: str) -> None:
    for block in parse_text(text).blocks:
        assert block.text
        assert block.text == " ".join(block.text.split())


@settings(max_examples=200)
@given(article_like)
def test_extra_attributes_only_on_their_kinds(text: str) -> None:
    for block in parse_text(text).blocks:
        if block.kind is not BlockKind.CAPTION:
            assert block.label is None and block.credit is None
        if block.kind is not BlockKind.QUOTE:
            assert block.speaker is None
        if block.credit is not None:
            assert block.credit in block.text
        if block.label is not None:
            assert block.text.startswith(block.label)


ARTICLE_LINES = st.sampled_from(
    [
        "Russiske og ukrainske forhandlere møttes mandag",
        "Samtalene varte i fem timer, opplyser kilder til NTB.",
        "UKRAINA: Delegasjonen ankom grensen. Foto: Sergei Kholodilin / AP / NTB",
        "– La dem forsøke, uttalte Zelenskyj.",
        "– Vi er klare, sier operasjonsleder Ole Petter Hollingen i Vest politidistrikt til NRK.",
        "Statssekretær Ingrid Sørli var til stede. Hun sier:",
        "Sein Anwalt, Florian Brenner, sagte der Süddeutschen Zeitung:",
        "„Das war knapp“, sagte Trainer Henrik de Vries.",
        "« C’est une décision juste », a réagi auprès de franceinfo Laurence Aubanel.",
        '"We are cooperating fully," Kyma Lines said in a statement.',
        "”Vi beklagar det”, skriver Mittlinjen i ett pressmeddelande.",
        "Sie verlas eine Erklärung, die sie nach eigenen Worten abgestimmt hatte:",
        "Av Kari Nordmann og Ola Hansen",
        "Publisert 28.02.2022 14:35",
        "Les også: Dette er rettighetene dine",
        "Mest lest",
        "Godta alle Kun nødvendige",
        "Ansvarlig redaktør: Line Sørbye",
        "Themen #Bremen #Kleingärten",
        "1 / 5",
        "Molde FK–Bodø/Glimt 2–1 (1–0)",
        "Kravene er:",
        "– Tre sykepleiere på hver nattevakt.",
        "Varför ska ni sluta klippa?",
        "Rettelse: I en tidligere versjon stod det feil år.",
        "(©NTB)",
        "Is Medford about to close its smallest school?",
        "Bernard Costes @BCostesFigeac",
        "Photo Lucie Garnier / Hans Lucas pour « Libération »",
        "Signe Laursen, kommunikationsansvarlig Tlf. 29 87 12 34",
        "Trenar Sæle meiner at spissen har gjort seg fortent. Han seier:",
        "wenige Hundert Meter vom Hafen",
        "Der Leiter des Netzbetriebs, Konstantin von Weyhe, hält Frost für unwahrscheinlich.",
        "",
        "I",
        ",",
        "– ",
        ":",
    ]
)
recombined_article = st.tuples(
    st.lists(ARTICLE_LINES, max_size=25), st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"])
).map(lambda parts: parts[1].join(parts[0]))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(recombined_article)
def test_recombined_article_lines_never_raise_or_lose_text(text: str) -> None:
    # Lines that set off the speaker, caption and chrome rules, in any order and next to
    # any other: the rules read their neighbours, and none may fail on an odd neighbour.
    article = parse_text(text)
    assert non_space("".join(block.text for block in article.blocks)) == non_space(text)
