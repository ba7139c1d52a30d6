"""Caption credits and labels, in the forms outlets write them."""

from __future__ import annotations

import pytest

from reader.model import BlockKind, parse_text
from reader.model.captions import (
    caption_body,
    find_credit,
    find_label,
    is_credit_line,
    is_credit_only,
)


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
        ("Un camion du convoi incendié sur la route, le 4 mai 2025. PHOTO AFP", "AFP"),
        ("Illustration by Tessa Moreland", "Tessa Moreland"),
        (
            "Les blocs se sont arrêtés en travers des deux voies. (Photo Frantz Bouton)",
            "Frantz Bouton",
        ),
        (
            "Bernice Tull tightens a chain in her garage in Dayton, Ohio. Dwayne Ashcombe for NPR",
            "Dwayne Ashcombe for NPR",
        ),
        (
            "Le maire devant la halle détruite, mardi. Patrick Gherdoussi pour Libération",
            "Patrick Gherdoussi pour Libération",
        ),
        (
            "Die Fähre im Hafen von Sassnitz, am Dienstag. Lena Vogt für Die Zeit",
            "Lena Vogt für Die Zeit",
        ),
        (
            "Le sommeil devient plus léger, rappellent les spécialistes. (Illustration) "
            "LP/Mathilde Verrier",
            "LP/Mathilde Verrier",
        ),
        (
            "Photo d’illustration. | ARCHIVES YANN PERRIN / OUEST-FRANCE",
            "ARCHIVES YANN PERRIN / OUEST-FRANCE",
        ),
        (
            "Umgestürzter Baum in Essen-Rüttenscheid picture alliance / dpa | Henrik Sauer",
            "picture alliance / dpa | Henrik Sauer",
        ),
        (
            "Emergency services outside the leisure centre on Thursday after the leak SWNS",
            "SWNS",
        ),
        (
            "Floodwater at King's Staith in York on Tuesday morning. Picture by Tom Maddison",
            "Tom Maddison",
        ),
        (
            "Devant l’usine, mardi 3 mars. (Photo Théo Garnaud / Hans Lucas pour « Libération »)",
            "Théo Garnaud / Hans Lucas pour « Libération »",
        ),
        ("La fumée vue depuis un immeuble, mardi soir. Crédit : Nadia Belkacem", "Nadia Belkacem"),
        (
            "La plage de Criel-sur-Mer, fermée depuis lundi (PHOTO FABIEN MARCHETEAU / AFP)",
            "FABIEN MARCHETEAU / AFP",
        ),
        (
            "Jason Pascoe stole jewellery and cash worth £40,000 DEVON AND CORNWALL POLICE",
            "DEVON AND CORNWALL POLICE",
        ),
        (
            "Le site de Maronnier, à Cholet, le 4 mars 2025. | Photo Loïc Thébault / AFP",
            "Loïc Thébault / AFP",
        ),
        (
            "Devant l’hôpital, mercredi. Photo Lucie Garnier / Hans Lucas pour « Libération »",
            "Lucie Garnier / Hans Lucas pour « Libération »",
        ),
        (
            "Un technicien intervient sur une ligne électrique. "
            "(Photo d'illustration : Gwenaël Kerhervé / Ouest-France)",
            "Gwenaël Kerhervé / Ouest-France",
        ),
        ("Børn i en fyldt kalender. Tegning: Anna Bjerre", "Anna Bjerre"),
        ("Kinder mit vollen Terminkalendern. Zeichnung: Lena Hartwig", "Lena Hartwig"),
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
        "The talks were held at the UN HQ",
        "He voted for the bill. Jane Roe voted for Labour",
        "Nyheder Regionale Sporten Vejret DRTV DR LYD",
    ],
)
def test_no_credit(text: str) -> None:
    assert find_credit(text) is None


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Trucks line up at the winter road. (Jordan Whiteway/CBC)", "Jordan Whiteway/CBC"),
        (
            "A fuel truck crosses a frozen lake. (Kelsey Morin/The Canadian Press)",
            "Kelsey Morin/The Canadian Press",
        ),
        (
            "Floodwater covers the vineyards. (ABC Riverland: Hannah Lovejoy)",
            "ABC Riverland: Hannah Lovejoy",
        ),
        ("Ein Bagger räumt den Schutt weg. (Keystone: Marco Züllig)", "Keystone: Marco Züllig"),
        ("An aerial view of the flooded orchards. (Supplied)", "Supplied"),
        ("Le maire devant la piscine fermée. (Jeanne Roux/Belga)", "Jeanne Roux/Belga"),
    ],
)
def test_credit_in_parentheses_without_keyword(text: str, credit: str) -> None:
    found = find_credit(text)
    assert found is not None
    assert (found.text, text[found.start]) == (credit, "(")


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned on Tuesday, the agency said. (Reuters)",
        "Die Regierung will das Gesetz noch im März beschliessen. (dpa)",
        "She answered every question in her mother tongue. (in French)",
        "Prices for flights between the two countries doubled. (UK/US)",
        "Unemployment rose to 6.1 per cent in February. (Source: Statistics Canada)",
        "Das Interview wurde auf Englisch geführt. (Übersetzung: Anna Berg)",
        "Le texte sera examiné au Sénat en avril (voir page 4).",
        "Blessed are the peacemakers. (Matthew 5:9)",
        "(Av en eller annen grunn ble møtet utsatt.)",
    ],
)
def test_wire_tags_and_asides_in_parentheses_are_not_credits(text: str) -> None:
    assert find_credit(text) is None


@pytest.mark.parametrize(
    ("text", "credit", "body"),
    [
        (
            "Pylons near the border. Grids were built for national markets. | Lukas Brenner/AFP"
            " via Getty Images",
            "Lukas Brenner/AFP via Getty Images",
            "Pylons near the border. Grids were built for national markets.",
        ),
        (
            "Distribution de colis alimentaires à Villeurbanne, le 2 mars. CLAIRE DELORME/HANS LUCAS",
            "CLAIRE DELORME/HANS LUCAS",
            "Distribution de colis alimentaires à Villeurbanne, le 2 mars.",
        ),
        (
            "Die Feuerwehr am Brandort in Mitte. MARCO ZÜLLIG / KEYSTONE",
            "MARCO ZÜLLIG / KEYSTONE",
            "Die Feuerwehr am Brandort in Mitte.",
        ),
        (
            "MIMIZAN : Un bombardier d’eau au-dessus du massif. Photo Thierry Castaing / Sud Ouest",
            "Thierry Castaing / Sud Ouest",
            "Un bombardier d’eau au-dessus du massif.",
        ),
        (
            "Der Hafen von Freest am Morgen. Foto Kristin Harms / NDR",
            "Kristin Harms / NDR",
            "Der Hafen von Freest am Morgen.",
        ),
    ],
)
def test_credit_with_a_slash_after_the_last_sentence(text: str, credit: str, body: str) -> None:
    found = find_credit(text)
    assert found is not None
    assert found.text == credit
    assert caption_body(text) == body


@pytest.mark.parametrize(
    "text",
    [
        "Tickets cost £4 one way. Return fares are cheaper | See the full list of fares",
        "By Tom Ashcroft | Sky News/Reuters",
        "Die Fusion von RND und dpa ist abgeschlossen. RND/dpa",
        "La réunion a duré deux heures. Le ministre/la ministre répondra demain",
        "The results are due on Friday. NATO/EU",
        "Le feu a été fixé mardi. Photo du jour / archives",
        "The vote was close. Photo finishes are rare in this league / said Smith",
    ],
)
def test_slashes_in_prose_are_not_credits(text: str) -> None:
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
    ("line", "expected"),
    [
        ("Keystone / Marco Züllig", True),
        ("Jordan Whiteway/CBC", True),
        ("CLAIRE DELORME/HANS LUCAS", True),
        ("Kelsey Morin/The Canadian Press", True),
        ("RND/dpa", False),
        ("Krieg / Frieden", False),
        ("Le Monde/AFP", False),
        ("Mehr Geld / weniger Stellen", False),
        ("Zürich, Bern / Basel, Genf", False),
        ("Die Spitäler im Vergleich: Zürich / Winterthur", False),
    ],
)
def test_credit_lines_without_keyword(line: str, expected: bool) -> None:
    assert is_credit_line(line) is expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("UKRAINA: Delegasjonen ankom mandag.", "UKRAINA"),
        ("RUSSISK DELEGASJON: Den russiske delegasjonen.", "RUSSISK DELEGASJON"),
        ("PÅ PLASS: Mannskapene.", "PÅ PLASS"),
        ("MIMIZAN : Un bombardier d’eau au-dessus du massif.", "MIMIZAN"),
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


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Des huîtres dans un bassin, à Plougastel, le 6 mars. LUDOVIC MARIN POUR « LE MONDE »",
            "LUDOVIC MARIN POUR « LE MONDE »",
        ),
        (
            "Les motards ont défilé samedi à Lyon. Stéphane Guiochon / Le Progrès / MaxPPP",
            "Stéphane Guiochon / Le Progrès / MaxPPP",
        ),
        (
            "A worker walks past battery modules, February 2, 2024. REUTERS/Tom Lindgren/File Photo",
            "REUTERS/Tom Lindgren/File Photo",
        ),
    ],
)
def test_credits_without_keyword_in_the_styles_of_big_outlets(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    "prose",
    [
        "Le maire l'a dit samedi. Il votera POUR « LA RÉFORME »",
        "The ratio was 3/4 in 2023. Sales rose in the UK/US market",
    ],
)
def test_prose_ending_like_a_credit_has_none(prose: str) -> None:
    assert find_credit(prose) is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Residents collect water from a tanker this morning (Pic: Ciarán Mulvihill)",
            "Ciarán Mulvihill",
        ),
        ("Près de 300 camping-cars sur le parking de la pointe. | OUEST-FRANCE", "OUEST-FRANCE"),
        (
            "Au port de Cudrefin, les bateaux reposent sur la vase. [Keystone - Noémie Vuilleumier]",
            "Keystone - Noémie Vuilleumier",
        ),
    ],
)
def test_more_credit_styles(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


def test_photo_in_capitals_inside_a_sentence_is_not_a_credit() -> None:
    assert find_credit("Le club a publié une PHOTO du trophée sur son site web") is None


def test_a_bracketed_aside_is_not_a_credit() -> None:
    assert find_credit("Le maire a parlé longtemps. [Applaudissements dans la salle.]") is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Jean-Marc Lefebvre à bord de sa péniche. Photo Sébastien Jarry", "Sébastien Jarry"),
        ("Une photo prise au lever du jour montre l’effondrement. Photo DR", "DR"),
        (
            "Les engins sur le chantier, lundi. PHOTO PIERRE DELANNOY - VDNPQR",
            "PIERRE DELANNOY - VDNPQR",
        ),
        ("La Scarpe à Lallaing, en juin 2023. Archives Sébastien Jarry", "Sébastien Jarry"),
        (
            "Le tartare de cerf et sa crème de raifort PHOTO LUC MORIN, LE QUOTIDIEN",
            "LUC MORIN, LE QUOTIDIEN",
        ),
        (
            "Commuters on the upper deck of the ferry. Photo courtesy of Marisa Quint",
            "Marisa Quint",
        ),
        (
            "Residents at a meeting last week (Courtesy of Llandyfan Community Council)",
            "Llandyfan Community Council",
        ),
        (
            "The route carries 4,000 riders on a weekday. Getty Images/iStockphoto",
            "Getty Images/iStockphoto",
        ),
        ("Volunteers fill sandbags on Wednesday morning. – ANP/Koen Verhoef", "ANP/Koen Verhoef"),
        (
            "Lkw müssen künftig über die Umfahrung ausweichen | APA/EXPA/ERWIN SCHERIAU",
            "APA/EXPA/ERWIN SCHERIAU",
        ),
        ("Erste Ergebnisse soll es im Mai geben (c) Thomas Weixler", "Thomas Weixler"),
        ("Radfahrer auf der Murbrücke. Bild/Foto: Privat", "Privat"),
        (
            "Oversikten viser leveranser i Rogaland. Skjermdump: Fiskeridirektoratet",
            "Fiskeridirektoratet",
        ),
        ("Villrein er svært sky (Illustrasjonsfoto: Shutterstock)", "Shutterstock"),
    ],
)
def test_credit_shapes_of_regional_papers(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    "prose",
    [
        "”Vi förstår oron”, skriver kommunalrådet Lena Grahn (C) i ett mejl till Norran.",
        "The vote was split 50/50 between the two camps, officials said.",
        "Il a pris une photo du chantier. Photo prise dimanche, a-t-il précisé.",
    ],
)
def test_prose_near_these_shapes_has_no_credit(prose: str) -> None:
    assert find_credit(prose) is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "A new building under construction in Queens.Credit...Hiroko Masuike/The New York Times",
            "Hiroko Masuike/The New York Times",
        ),
        (
            "Workers at the site on Monday.Credit…Dave Sanders for The New York Times",
            "Dave Sanders for The New York Times",
        ),
    ],
)
def test_a_credit_glued_after_an_ellipsis_is_found(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    "text",
    ["He paused... and then he said nothing at all.", "Credit... where it is due, he said."],
)
def test_an_ellipsis_in_a_sentence_is_no_credit(text: str) -> None:
    assert find_credit(text) is None


def test_a_channel_in_capitals_in_parentheses_credits_a_short_caption() -> None:
    found = find_credit("Les voiliers échoués au Conquet, jeudi matin. (FRANCE 3 BRETAGNE)")
    assert found is not None and found.text == "FRANCE 3 BRETAGNE"


@pytest.mark.parametrize(
    "text", ["Le trafic a repris jeudi. (AFP)", "Die Nato tagte am Montag. (dpa)"]
)
def test_a_wires_tag_in_parentheses_is_no_credit(text: str) -> None:
    assert find_credit(text) is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("A train waits at London King's Cross station (PA)", "PA"),
        ("Protesters outside Parliament on Tuesday (AFP via Getty Images)", "AFP via Getty Images"),
    ],
)
def test_an_agency_in_parentheses_closes_a_picture_line_without_full_stop(
    caption: str, credit: str
) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    "text",
    ["Ny leder i partiet (V)", "He said it was fine (mostly)", "Rising prices (in millions)"],
)
def test_a_party_letter_or_an_aside_in_parentheses_is_no_credit(text: str) -> None:
    assert find_credit(text) is None


def test_a_name_in_parentheses_closes_a_picture_line_but_not_a_long_sentence() -> None:
    """A picture's line is short; a sentence of 34 words that ends on a name in
    parentheses, with its full stop missing, names a person in it, not a photographer."""
    short = "A retired engineer walks along the old breakwater at dawn (Ingrid Solheim)"
    long_sentence = (
        "The committee heard from the harbour master, two fishermen who had worked the "
        "northern banks for thirty years, a marine biologist from the university and a "
        "retired engineer who designed the old breakwater (Ingrid Solheim)"
    )
    found = find_credit(short)
    assert found is not None and found.text == "Ingrid Solheim"
    assert find_credit(long_sentence) is None


def test_a_photographer_and_agency_commissioned_by_le_monde() -> None:
    caption = (
        "La station d’hydrogène, à l’arrêt depuis le 19 février. "
        "OLIVIA BERTRAND / HANS LUCAS POUR « LE MONDE »"
    )
    found = find_credit(caption)
    assert found is not None and found.text == "OLIVIA BERTRAND / HANS LUCAS POUR « LE MONDE »"


def test_the_photo_word_before_a_credit_in_parentheses_is_left_out() -> None:
    found = find_credit("La ligne de surgélation, en mars. (Photo Gwenaël Kerouanton/REA)")
    assert found is not None and found.text == "Gwenaël Kerouanton/REA"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Les pompiers sur place, mardi 12 mars. PHOTO ARCHIVES JEAN DUPONT / AFP",
            "JEAN DUPONT / AFP",
        ),
        ("Brannfolk på stedet i 2019. Foto arkivfoto Ola Hansen / NTB", "Ola Hansen / NTB"),
        (
            "Firefighters at the scene on Tuesday. Jane Doe/The New York Times",
            "Jane Doe/The New York Times",
        ),
        (
            "Die Feuerwehr am Dienstag in Köln. Oliver Berg/Kölner Stadt-Anzeiger",
            "Oliver Berg/Kölner Stadt-Anzeiger",
        ),
    ],
)
def test_archive_words_and_name_slash_outlet_credits(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    "sentence",
    [
        "The service runs every day of the year. Reporting by Jane Doe/Editing by John Roe",
        "Prisene steg mest i Oslo. Det gjelder også for Oslo/Viken.",
    ],
)
def test_a_slash_in_text_is_no_credit(sentence: str) -> None:
    assert find_credit(sentence) is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Seit Ende Jänner steht der Aufzug im Karl-Hruby-Hof still ORF/Lukas Weinberger",
            "ORF/Lukas Weinberger",
        ),
        (
            "Viele Gemeindebauten stammen aus der Zwischenkriegszeit APA/Helga Steindl",
            "APA/Helga Steindl",
        ),
        (
            "Les pompiers ont lutté toute la nuit. MIDI LIBRE - THIBAUT ROUVIÈRE",
            "MIDI LIBRE - THIBAUT ROUVIÈRE",
        ),
        (
            "Brannfolk på stedet natt til tirsdag. AVISA NORDLAND - KARI HOLM",
            "AVISA NORDLAND - KARI HOLM",
        ),
    ],
)
def test_agency_credits_without_a_keyword(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    "text",
    [
        "Die Arbeitslosigkeit stieg laut AMS im Jänner auf 7,9 Prozent",
        "Les manifestants ont défilé pendant trois heures dans le centre-ville, de la gare "
        "jusqu’à la préfecture, sous une pluie battante et sans le moindre incident, selon la "
        "police qui en a compté près de deux mille. Leur slogan était clair. ON NE LÂCHE RIEN",
    ],
)
def test_capitals_without_an_agency_and_dash_are_no_credit(text: str) -> None:
    assert find_credit(text) is None


def test_an_outlet_in_capitals_after_a_short_caption_is_its_credit() -> None:
    caption = "Jeanne Morel dans « La Maison des marées », de Claire Aubenas. LES FILMS DU LARGE"
    found = find_credit(caption)
    assert found is not None and found.text == "LES FILMS DU LARGE"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Ein Auerhahn im Südschwarzwald im Winter. Foto: Lena Hartwig (dpa)",
            "Lena Hartwig (dpa)",
        ),
        ("Brannfolk på stedet tirsdag. Foto: Kari Holm (NTB)", "Kari Holm (NTB)"),
    ],
)
def test_an_agency_in_parentheses_after_the_photographer(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "In vielen Wohnstraßen bleibt es nachts dunkel. Foto: Marcus Merk (Symbolbild)",
            "Marcus Merk",
        ),
        ("Ferjekaien i Vik ein morgon i oktober. Foto: Ola Nes (arkiv)", "Ola Nes"),
        ("La halle aux grains, mardi. © Photo NR, Hélène Martineau", "NR, Hélène Martineau"),
        ("A heat pump being fitted outside a house. Alamy Stock Photo", "Alamy Stock Photo"),
        ("Brannbilen på vei til Lier tirsdag. NTB scanpix", "NTB scanpix"),
        ("L’hémicycle, le 18 novembre 2025. - Ludovic FERRAND / AFP", "Ludovic FERRAND / AFP"),
    ],
)
def test_picture_notes_copyright_keywords_agencies_and_hyphen_dashes(
    caption: str, credit: str
) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Konzernchef Reto Amstutz an der Bilanzmedienkonferenz in Zürich. PD", "PD"),
        ("Die Seilbahn im Toggenburg im Februar. zvg", None),
    ],
)
def test_swiss_press_picture_credits(caption: str, credit: str | None) -> None:
    found = find_credit(caption)
    assert (found.text if found else None) == credit


def test_a_photographer_working_for_the_outlet_in_mixed_case() -> None:
    caption = "Le hameau, le 9 octobre 2025. Élise Rambert / Hans Lucas pour « Le Monde »"
    found = find_credit(caption)
    assert found is not None and found.text == "Élise Rambert / Hans Lucas pour « Le Monde »"


def test_a_credit_after_an_em_dash() -> None:
    caption = "Un rayon de produits frais (illustration). — Romain Lafabrègue / 20 Minutes"
    found = find_credit(caption)
    assert found is not None and found.text == "Romain Lafabrègue / 20 Minutes"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The Kinnoull Picture House has been showing films since 1935. STV News", "STV News"),
        ("Dougie Strachan and Fiona Menzies with the old 35mm projector. Supplied", "Supplied"),
    ],
)
def test_an_outlet_or_supplied_after_the_caption_without_a_keyword(
    caption: str, credit: str
) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Ein Kiebitz auf einem Acker im Kreis Borken. Bildquelle: WDR", "WDR"),
        ("Une paire de sabots terminée, prête à être vendue. Source : TF1", "TF1"),
    ],
)
def test_bildquelle_and_source_introduce_a_credit(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("FOTO: LINE BERG KVAMME / DAGBLADET", None),
        ("ARKIVFOTO: Fordrevne familier i en leir. Foto: Ola Berg / NTB", "ARKIVFOTO"),
        ("KØ: Pasientene venter i gangen. Foto: Line Berg", "KØ"),
    ],
)
def test_a_credit_keyword_is_no_label(text: str, label: str | None) -> None:
    assert find_label(text) == label


@pytest.mark.parametrize(
    "caption",
    [
        "Sediment cores in cold storage at the core repository, in Minneapolis "
        "(Nadia Brenner for The Atlantic)",
        "Sediment cores in cold storage at the core repository. (Nadia Brenner for The Atlantic)",
    ],
)
def test_a_photographer_for_the_outlet_in_parentheses_is_the_credit(caption: str) -> None:
    credit = find_credit(caption)
    assert credit is not None and credit.text == "Nadia Brenner for The Atlantic"


def test_copyright_and_its_colon_after_the_caption_introduce_the_credit() -> None:
    credit = find_credit(
        "Feuerwehrleute löschen am frühen Morgen die Reste der Lagerhalle in Porz-Lind. "
        "Copyright: Matthias Reuschenbach"
    )
    assert credit is not None and credit.text == "Matthias Reuschenbach"


def test_a_line_opening_with_copyright_stays_the_sites_notice() -> None:
    article = parse_text(
        "Lagerhalle brennt aus\n\n"
        "In der Nacht zu Donnerstag ist in Köln-Porz die Lagerhalle eines Getränkehandels "
        "vollständig ausgebrannt. Die Rauchwolke war kilometerweit zu sehen.\n\n"
        "Rund 110 Einsatzkräfte waren vor Ort. Verletzt wurde nach ersten Erkenntnissen "
        "niemand.\n\n"
        "Copyright: Kölner Stadt-Anzeiger\n"
    )
    assert article.blocks[-1].kind is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Un géologue mandaté par le Département a inspecté la paroi mardi après-midi. DR", "DR"),
        ("Forældrene var ikke blevet spurgt, fortalte hun til DR", None),
        ("DR", None),
    ],
)
def test_dr_alone_after_the_caption_is_the_french_credit(text: str, credit: str | None) -> None:
    found = find_credit(text)
    assert (found.text if found else None) == credit


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Selon les chercheurs, l'effet est plus marqué après le repas. "
            "Lumière Nord / stock.adobe.com",
            "Lumière Nord / stock.adobe.com",
        ),
        (
            "Des pipistrelles ont été découvertes dans les combles (illustration). "
            "— F. Delmas / 20 Minutes",
            "F. Delmas / 20 Minutes",
        ),
    ],
)
def test_a_stock_librarys_address_and_an_initial_belong_to_the_credit(
    caption: str, credit: str
) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


def test_a_source_and_an_address_after_a_sentence_are_no_credit() -> None:
    assert find_credit("Les prix ont augmenté de 3 %. Source / insee.fr") is None


def test_an_agency_credit_written_in_lower_case_is_a_credit() -> None:
    credit = find_credit(
        "Ein Kreißsaal in einem Krankenhaus (Symbolbild). Bild: picture alliance / dpa"
    )
    assert credit is not None and credit.text == "picture alliance / dpa"


def test_the_bbcs_source_and_caption_run_into_one_paragraph_make_one_caption() -> None:
    text = (
        "Homes evacuated as River Calder bursts its banks\n\n"
        "Image source, PA Media\n"
        "Image caption, Water flowed along Burnley Road in Mytholmroyd on Tuesday\n\n"
        "About 60 homes have been evacuated in West Yorkshire after the river burst its banks.\n\n"
        "The Environment Agency said more rain was expected overnight.\n"
    )
    blocks = parse_text(text).blocks
    caption = next(b for b in blocks if b.text.startswith("Image source"))
    assert (caption.kind, caption.credit) == (BlockKind.CAPTION, "PA Media")
    assert caption_body(caption.text) == "Water flowed along Burnley Road in Mytholmroyd on Tuesday"
    assert blocks[2].kind is BlockKind.LEAD


@pytest.mark.parametrize(
    "line",
    [
        "Kartan visar var på Kalixälven olyckan inträffade.",
        "The map shows where the lorry left the road.",
        "Die Karte zeigt, wo der Zug entgleiste.",
    ],
)
def test_a_sentence_saying_what_the_map_shows_is_its_caption(line: str) -> None:
    text = (
        "Tre räddade ur vak på Kalixälven\n\n"
        "Tre skoteråkare gick genom isen på lördagen, men alla kom upp levande.\n\n"
        f"{line}\n\n"
        "Räddningstjänsten varnar nu för svag is längs hela älven.\n"
    )
    assert next(b for b in parse_text(text).blocks if b.text == line).kind is BlockKind.CAPTION


def test_a_long_sentence_about_a_chart_in_the_text_stays_a_paragraph() -> None:
    line = (
        "The chart shows that unemployment has risen in every region since 2020, and most "
        "of all in the north-east."
    )
    text = (
        "Jobless rate rises again\n\nUnemployment rose for the third month in a row, official figures "
        "published on Tuesday show.\n\n"
        f"{line}\n\nMinisters said the figures were disappointing.\n"
    )
    assert next(b for b in parse_text(text).blocks if b.text == line).kind is BlockKind.PARAGRAPH


def test_bildrechte_introduces_a_credit() -> None:
    credit = find_credit(
        "Die Praxis in Stendal schließt Ende März. Bildrechte: MDR/Juliane Dörfler"
    )
    assert credit is not None and credit.text == "MDR/Juliane Dörfler"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Elena Varela presses a Cuban sandwich at the counter on Monday. "
            "[ DEREK OKAFOR | Times ]",
            "DEREK OKAFOR | Times",
        ),
        (
            "Rafael Varela with his daughter outside the shop in 1994. [ Courtesy of Elena Varela ]",
            "Elena Varela",
        ),
        (
            "A health worker sprays a street in São Paulo. [File: Ana Lima/Reuters]",
            "Ana Lima/Reuters",
        ),
    ],
)
def test_credits_in_square_brackets_with_a_bar_or_a_note(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Customers lined up outside the bakery on Saturday after word spread that it "
            "would close.Jonathan Pereira/Globe Staff",
            "Jonathan Pereira/Globe Staff",
        ),
        (
            "Police displayed catalytic converters at a storage unit in north Houston during a "
            "news conference Tuesday. Marisol Treviño/Staff photographer",
            "Marisol Treviño/Staff photographer",
        ),
    ],
)
def test_a_newsrooms_slash_credit_glued_to_the_sentence_or_with_a_staff_role(
    caption: str, credit: str
) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


def test_a_sentence_glued_to_the_next_without_a_slash_has_no_credit() -> None:
    assert find_credit("The bakery will close in March.Its owners plan to retire.") is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Des policiers municipaux devant l’immeuble de la rue de Lodi, dimanche soir. "
            "(Photo Patrick Gherdoussi pour Libération)",
            "Patrick Gherdoussi pour Libération",
        ),
        (
            "Der Hafen von Wedel am Dienstagmorgen. (Foto Jana Brockmann für Die Zeit)",
            "Jana Brockmann für Die Zeit",
        ),
    ],
)
def test_a_photographer_working_for_the_outlet_in_french_and_german(
    caption: str, credit: str
) -> None:
    found = find_credit(caption)
    assert found is not None and found.text == credit


def test_a_sentence_naming_the_picture_agency_has_no_credit() -> None:
    assert find_credit("Die Agentur picture alliance hat die Bilder am Abend geliefert.") is None


@pytest.mark.parametrize(
    "line", ["Why patients still trust the AP", "Crews on the A40 on Monday AFP"]
)
def test_an_agency_ending_a_line_after_a_capital_or_a_short_line_is_no_credit(line: str) -> None:
    assert find_credit(line) is None


def test_pictured_opens_a_tabloid_caption() -> None:
    article = parse_text(
        "Seventeen children taken to hospital after gas leak\n\n"
        "Pupils were in the learner pool when staff sounded the alarm at 10.15am.\n\n"
        "Pictured: Fire crews in protective suits at the rear of the building\n\n"
        "The centre is run on behalf of the borough council by a leisure trust.\n"
    )
    kinds = {block.text[:9]: block.kind for block in article.blocks}
    assert kinds["Pictured:"] is BlockKind.CAPTION


@pytest.mark.parametrize(
    "line",
    ["Eine lange Nacht. Neue Hoffnung für Anwohner", "Bundestag stimmt zu. Mehr Geld für Schulen"],
)
def test_german_nouns_before_fur_make_no_photographers_credit(line: str) -> None:
    assert find_credit(line) is None


def test_a_picture_taken_by_someone_in_a_sentence_is_no_credit() -> None:
    assert find_credit("The first picture by the new telescope shows a distant galaxy.") is None
