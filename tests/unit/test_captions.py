"""Caption credits and labels, in the forms outlets write them."""

from __future__ import annotations

import pytest

from reader.model.captions import caption_body, find_credit, find_label, is_credit_only


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "UKRAINA: Delegasjonen ankom. Foto: Sergei Kholodilin / AP / NTB",
            "Sergei Kholodilin / AP / NTB",
        ),
        ("Waves break over the sea wall. (AP Photo/Jane Doe)", "Jane Doe"),
        ("Flooded streets in the old town Photo: Getty Images", "Getty Images"),
        ("Rescue teams at the site. Photograph: Tom Pike/Reuters", "Tom Pike/Reuters"),
        ("Der neue Radweg an der Lindenallee. Bild: dpa", "dpa"),
        ("Statsministeren på talerstolen. Foto: NTB scanpix", "NTB scanpix"),
        ("Regeringen presenterade budgeten. Foto: Anna Berg, TT", "Anna Berg, TT"),
        ("HAVNEN: Båtene ligger fortøyd. FOTO: OLA NORDMANN", "OLA NORDMANN"),
        ("Die Polizei sperrte die Straße ab. Foto/Quelle: dts", "dts"),
        ("Protesten samlet mange. (Foto: © Lars Holm, Scanpix)", "Lars Holm, Scanpix"),
        ("Les manifestants à Paris © AFP", "AFP"),
        ("Ministern i riksdagen. Arkivbild.Foto: Per Ek/TT", "Per Ek/TT"),
        ("Image source, Getty Images", "Getty Images"),
    ],
)
def test_credit_forms(text: str, credit: str) -> None:
    found = find_credit(text)
    assert found is not None
    assert found.text == credit


@pytest.mark.parametrize(
    "text",
    [
        "Regjeringen la fram budsjettet torsdag.",
        "The photo: it was taken in 2019 by a tourist who later sold it to several papers.",
        "Copyright © 2019",
        "",
    ],
)
def test_no_credit(text: str) -> None:
    assert find_credit(text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Foto: NTB scanpix", True),
        ("Photo: Reuters", True),
        ("(AP Photo/Jane Doe)", True),
        ("© Ritzau Scanpix", True),
        ("Broen slik den vil se ut. Foto: NTB", False),
        ("Fotografen tok bildet fra taket.", False),
    ],
)
def test_credit_only_lines(line: str, expected: bool) -> None:
    assert is_credit_only(line) is expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("UKRAINA: Delegasjonen ankom mandag.", "UKRAINA"),
        ("RUSSISK DELEGASJON: Den russiske delegasjonen.", "RUSSISK DELEGASJON"),
        ("PÅ PLASS: Mannskapene.", "PÅ PLASS"),
        ("Oslo: byen våknet.", None),
        ("OSLO (NTB): Regjeringen la fram.", None),
        ("A: Ja.", None),
        ("Ingen etikett her.", None),
    ],
)
def test_labels(text: str, label: str | None) -> None:
    assert find_label(text) == label


def test_caption_body_drops_label_and_credit() -> None:
    text = "UKRAINA: Delegasjonen ankom mandag. Foto: Sergei Kholodilin / AP / NTB"
    assert caption_body(text) == "Delegasjonen ankom mandag."
    assert caption_body("Waves break. (AP Photo/Jane Doe)") == "Waves break."
