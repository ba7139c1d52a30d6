"""Quote speakers: the name as written, roles dropped, pronouns give None."""

from __future__ import annotations

import pytest

from reader.model.speakers import find_speaker, speaker_from_introduction


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("– La dem forsøke, uttalte Zelenskyj.", "Zelenskyj"),
        ("– Vi er klare, sier Zelenskyj.", "Zelenskyj"),
        ("– Det er alvorlig, uttalte han.", None),
        ("– Vi tar det på alvor, sa Støre til NRK.", "Støre"),
        ("– Vannet steg raskt, sier operasjonsleder Ole Petter Hollingen.", "Ole Petter Hollingen"),
        ("– Det är ett viktigt beslut, säger ministern.", None),
        ("– Det är ett viktigt beslut, säger Anna Lindgren.", "Anna Lindgren"),
        ("– Det er en god dag, siger hun.", None),
        ("– Det er en god dag, siger Mette Frederiksen til DR.", "Mette Frederiksen"),
        ("“We will rebuild,” said Biden.", "Biden"),
        ("“We will rebuild,” Biden said.", "Biden"),
        ("“We will rebuild,” she said.", None),
        ("“It is a disgrace,” Mr Ross said on Tuesday.", "Mr Ross"),
        ("“We are ready,” said Foreign Secretary Jane Roe.", "Jane Roe"),
        ("“We are ready,” the mayor said.", None),
        ("„Wir schaffen das“, sagte Scholz.", "Scholz"),
        ("„Wir schaffen das“, so Scholz.", "Scholz"),
        ("„Wir schaffen das“, sagte Bundeskanzler Olaf Scholz.", "Olaf Scholz"),
        ("„Das ist gut“, sagte er.", None),
        ("« Nous sommes prêts », a déclaré Macron.", "Macron"),
        ("« Nous sommes prêts », a déclaré Emmanuel Macron.", "Emmanuel Macron"),
        ("« Nous sommes prêts », a-t-il déclaré.", None),
        ("“Nothing is certain.” — Jane Doe", "Jane Doe"),
        (
            "– Vi er klare, sier Ukrainas president Volodymyr Zelenskyj til BBC.",
            "Volodymyr Zelenskyj",
        ),
        ("– Hva skjer nå?", None),
    ],
)
def test_speakers(quote: str, speaker: str | None) -> None:
    assert find_speaker(quote) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Ministeren fikk spørsmål om saken, og Mogens Jensen svarer:", "Mogens Jensen"),
        ("Asked about the plan, Minister Anna Berg replied:", "Anna Berg"),
        ("Hun forklarer det slik:", None),
        ("Han sier til NRK at saken er alvorlig.", None),
    ],
)
def test_speaker_from_introduction(paragraph: str, speaker: str | None) -> None:
    assert speaker_from_introduction(paragraph) == speaker
