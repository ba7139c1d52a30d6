"""Chrome, credits and captions that the parser tells from their form or neighbours."""

from __future__ import annotations

import pytest

from reader.model import BlockKind, parse_text
from reader.model.short_forms import short_form

_TOP = (
    "Streiken stengte flyplassen i hele går\n\n"
    "Sikkerhetspersonalet la ned arbeidet torsdag, og hundrevis av avganger ble innstilt.\n\n"
)
_BODY = "Forhandlingene fortsetter neste uke, opplyser partene i en felles uttalelse."


def _kind_of(line: str, *, before: str = "", after: str = _BODY) -> BlockKind:
    article = parse_text(_TOP + before + line + "\n\n" + after)
    return next(block.kind for block in article.blocks if block.text == line)


@pytest.mark.parametrize(
    "line",
    [
        "More about: Nursing, NHS Wales, Strikes",
        "Emner: Helse, Streik, Sykepleiere",
        "Themen: Luftverkehr, Warnstreik, Verdi",
        "Sujets : Grève, SNCF, Normandie",
    ],
)
def test_topic_tag_lines_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    ["Join our commenting forum", "Vis kommentarer", "Kommentare anzeigen", "Show comments"],
)
def test_comment_prompts_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Jane Doe; Editing by John Smith)",
        "(Reportage Claire Dumont, édité par Nicolas Brière)",
        "(Berichterstattung: Anna Schmidt, Redigiert von Karl Maier)",
    ],
)
def test_wire_credits_in_parentheses_are_bylines(line: str) -> None:
    assert _kind_of(line) is BlockKind.BYLINE


def test_a_parenthesised_remark_is_not_a_byline() -> None:
    line = "(Av en eller annen grunn ble møtet utsatt.)"
    assert _kind_of(line) is not BlockKind.BYLINE


@pytest.mark.parametrize(
    ("heading", "teaser"),
    [
        ("Mehr zum Thema", "Flugausfall: Diese Rechte haben Passagiere bei einem Streik"),
        ("Les også:", "Dette er rettighetene dine når flyet blir innstilt"),
        ("Lire aussi", "Grève à la SNCF : les prévisions de trafic pour le week-end"),
    ],
)
def test_the_line_under_a_read_more_heading_is_a_teaser(heading: str, teaser: str) -> None:
    after = "Kritikk fra næringslivet\n\n" + _BODY
    article = parse_text(_TOP + heading + "\n\n" + teaser + "\n\n" + after)
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[teaser] is BlockKind.BOILERPLATE
    assert kinds["Kritikk fra næringslivet"] is BlockKind.SUBHEADING


@pytest.mark.parametrize(
    ("heading", "teasers", "footer"),
    [
        (
            "Mest lest",
            ("Sterk vind stoppet fergen til Munkholmen", "Ny keeper klar for neste sesong"),
            "© Avisa 2025 · Personvern · Informasjonskapsler",
        ),
        (
            "Les plus lus",
            ("Bellac : un hangar agricole détruit par le feu", "Météo : des gelées attendues"),
            "Radio France © 2025 Mentions légales · Cookies",
        ),
    ],
)
def test_most_read_headlines_above_the_footer_are_teasers(
    heading: str, teasers: tuple[str, str], footer: str
) -> None:
    lines = [_BODY, heading, *teasers, footer]
    article = parse_text(_TOP.replace("\n\n", "\n") + "\n".join(lines) + "\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[line] for line in (heading, *teasers, footer)] == [BlockKind.BOILERPLATE] * 4
    assert kinds[_BODY] is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("counter", "caption"),
    [
        ("• (2/3)", "Reisende warten am Informationsschalter einer Fluggesellschaft."),
        ("2 av 3", "Passasjerer venter ved skranken i avgangshallen."),
    ],
)
def test_a_paragraph_between_gallery_counters_is_a_caption(counter: str, caption: str) -> None:
    last = counter.replace("2", "3", 1)
    line = caption
    kind = _kind_of(line, before=counter + "\n\n", after=last + "\n\n" + _BODY)
    assert kind is BlockKind.CAPTION


@pytest.mark.parametrize(
    ("intro", "lines", "kind"),
    [
        (
            "Biskoppen peger på boligerne. Hun siger:",
            ("- Vi konkurrerer med de store byer.", "- Derfor må vi tænke anderledes."),
            BlockKind.QUOTE,
        ),
        (
            "Statsministeren er i Ålesund. Han sa dette til NTB:",
            ("- Jeg vil takke alle som står på.", "- Vi følger situasjonen tett."),
            BlockKind.QUOTE,
        ),
        (
            "The minister spoke to reporters on Tuesday. She says:",
            ("- We are ready for this.", "- We will not back down."),
            BlockKind.QUOTE,
        ),
        (
            "Regjeringen foreslår tre tiltak:",
            ("- Lavere avgift på strøm", "- Mer penger til kommunene"),
            BlockKind.PARAGRAPH,
        ),
    ],
)
def test_dash_lines_after_a_speech_colon_are_quotes(
    intro: str, lines: tuple[str, str], kind: BlockKind
) -> None:
    """Dash lines are speech after "… Hun siger:", list points after any other colon."""
    article = parse_text("\n".join((*_TOP.split("\n\n")[:2], _BODY, intro, *lines, _BODY)))
    assert [b.kind for b in article.blocks if b.text in lines] == [kind, kind]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Ein Abschleppwagen birgt einen umgestürzten Lastwagen Quelle: picture alliance/dpa",
            "picture alliance/dpa",
        ),
        ("Feuerwehrleute sichern die Unfallstelle Foto/Quelle: dpa", "dpa"),
        ("Trær har blåst over vegen på Sula Foto: Håkon Lie", "Håkon Lie"),
    ],
)
def test_quelle_introduces_a_credit(line: str, credit: str) -> None:
    article = parse_text(_TOP + line + "\n\n" + _BODY)
    block = next(block for block in article.blocks if block.text == line)
    assert (block.kind, block.credit) == (BlockKind.CAPTION, credit)


def test_the_line_under_an_image_source_line_is_its_caption() -> None:
    lines = ["Image source, RNLI", "Lifeboat crews at the scene on Tuesday morning"]
    article = parse_text("\n".join((*_TOP.split("\n\n")[:2], _BODY, *lines, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[line] for line in lines] == [BlockKind.CAPTION, BlockKind.CAPTION]
    assert kinds[_BODY] is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Article rédigé par Julien Marchal - franceinfo avec AFP",
        "Par Julien Marchal",
        "Av Eirik Vatne og Line Brunstad",
        "Sujet TJ: Camille Rossier Adaptation web: Julien Moret",
        "Reporting from West Chester, Pa.",
        "Skrevet af Anne Sofie Brandt",
        "Staff and agencies in Athens",
    ],
)
def test_byline_openings(line: str) -> None:
    assert _kind_of(line, before="") is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "4 min read",
        "5 minutes de lecture",
        "Lesetid: 3 min",
        "Lästid: 4 min",
        "Lesezeit: 2 Minuten",
        "Temps de lecture : 2 min",
        "Gift Article",
        "Why you can trust Sky News",
        "Download the Sky News app for the latest updates",
        "Last ned appen vår og få nyhetene først",
        "Ladda ner appen för de senaste nyheterna",
        "Laden Sie die App herunter",
        "Téléchargez l'application franceinfo",
        "taz zahl ich: Unterstützen Sie unabhängigen Journalismus",
        "Support independent journalism",
        "Få nyhetsvarsler fra Fædrelandsvennen",
        "Få pushvarsler når noe skjer",
        "Get alerts on this story",
        "Push-Nachrichten aktivieren",
        "Har du bilder eller video fra uværet? Tips oss på 900 12 345.",
        "Har du sett något? Tipsa oss på 08-123 45 67.",
        "Were you affected by the storm? Send us your pictures.",
        "More high school sports: Section 7AA boys final moved to Saturday",
        "Mehr zum Thema: Warnstreik legt Flughäfen lahm",
        "Flere saker: Streiken kan vare hele helgen",
    ],
)
def test_reading_times_promos_and_tip_lines_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Appen har fått kritikk for å samle inn for mye data om brukerne.",
        "Hvorfor stengte de hallen? Kommunen svarer at pengene var brukt opp.",
        "Nach 4 Minuten war alles vorbei.",
        "Mer enn 300 avganger ble innstilt: det er den største streiken på ti år.",
        "More than 300 flights were cancelled: the worst strike in a decade.",
    ],
)
def test_body_text_about_apps_questions_and_minutes_is_not_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("heading", "points"),
    [
        (
            "FAKTA: Ekstremværet «Frida»",
            ("Rødt farevarsel fra Stad til Smøla", "Vindkast opp mot 45 meter per sekund"),
        ),
        ("Fakten", ("Baujahr der Werft 1952", "Rund 1400 Beschäftigte")),
        ("Key facts:", ("Built in 1952", "About 1,400 workers")),
        ("Matchfakta", ("Närke United–Bergslagens IF 1–2 (1–0)", "Domare Henrik Palm")),
        ("Kampfakta", ("Bodø/Glimt–Molde 3–1 (2–0)", "Tilskuere 8042")),
        ("Zur Person", ("Geboren 1971 in Kassel", "Förster seit 1998")),
    ],
)
def test_short_lines_under_a_fact_box_heading_are_paragraphs(
    heading: str, points: tuple[str, str]
) -> None:
    later = "Neue Hoffnung"
    article = parse_text(_TOP + "\n\n".join((_BODY, heading, *points, _BODY, later, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[heading] in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
    assert [kinds[point] for point in points] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert kinds[later] is BlockKind.SUBHEADING


@pytest.mark.parametrize(
    "line",
    [
        "Kronikken er udtryk for skribentens egen holdning.",
        "Detta är en ledartext. DN:s politiska hållning är oberoende liberal.",
        "Les idées exprimées n'engagent que leur auteur.",
        "The views expressed in this column are the writer's own and do not necessarily "
        "reflect those of the paper.",
        "Die Kommentare von Userinnen und Usern geben nicht notwendigerweise die Meinung der "
        "Redaktion wieder.",
    ],
)
def test_a_note_that_the_views_are_the_writers_own_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Zur Bildergalerie",
        "Visa alla bilder",
        "Sjå alle bileta",
        "Voir le diaporama",
        "View gallery",
        "Weitere Optionen zum Teilen",
        "Cookieinställningar",
        "Voir aussi - Crue de la Seine : faut-il craindre un scénario à la 1910 ?",
        "skip past newsletter promotion Sign up to First Edition Free daily newsletter Our "
        "morning email gives you the day's main stories Privacy Notice: Newsletters may "
        "contain information about charities. after newsletter promotion",
        "Before you go: journalism like this takes time and money. If you found it useful, "
        "please consider supporting us.",
        "Before you go: we have a small favour to ask. Millions of people read the paper for "
        "free each month because our journalism is funded by readers, not by a billionaire "
        "owner. If you value reporting like this, please consider a regular contribution. "
        "Continue Remind me in May",
    ],
)
def test_gallery_buttons_teasers_and_appeals_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_topic_tags_between_the_last_sentence_and_the_pages_tail_are_boilerplate() -> None:
    tags = ["Faits divers", "Normandie", "Tempêtes"]
    tail = [
        "Newsletter L'essentiel du matin",
        "Un tour de l'actualité pour bien commencer la journée",
        "S'inscrire",
        "Les plus lus",
        "© Le Parisien",
    ]
    article = parse_text(_TOP + "\n\n".join((_BODY, _BODY, *tags, *tail)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[line] for line in tags + tail] == [BlockKind.BOILERPLATE] * 8


def test_short_lines_closing_the_text_above_a_lone_chrome_line_stay_text() -> None:
    closing = ["Fakta om saken", "Kari Holm"]
    article = parse_text(_TOP + "\n\n".join((_BODY, _BODY, *closing, "Annonse")))
    kinds = {block.text: block.kind for block in article.blocks}
    assert BlockKind.BOILERPLATE not in [kinds[line] for line in closing]


def test_the_pages_footer_under_the_text_is_boilerplate() -> None:
    footer = [
        "Mest lästa",
        "Tåg stoppade av snöoväder i Norrland",
        "Aftonbladet Hierta AB, Västra Järnvägsgatan 21, 105 18 Stockholm",
        "Om Aftonbladet",
        "Personuppgiftspolicy",
        "B.T.",
    ]
    article = parse_text(_TOP + "\n\n".join((_BODY, _BODY, *footer)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[line] for line in footer] == [BlockKind.BOILERPLATE] * len(footer)


@pytest.mark.parametrize(
    "poll",
    [
        ["OMRÖSTNING", "Ska hon åka VM redan i år?", "Ja", "Nej, hon behöver mer tid", "Rösta",
         "2 184 röster"],
        ["Poll", "Should the council close the pool?", "Yes", "No", "Vote"],
    ],
)  # fmt: skip
def test_a_reader_poll_from_its_heading_to_its_button_is_boilerplate(poll: list[str]) -> None:
    article = parse_text(_TOP + "\n\n".join((_BODY, *poll, _BODY + " Og mer.")))
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[line] for line in poll] == [BlockKind.BOILERPLATE] * len(poll)


@pytest.mark.parametrize(
    "line",
    [
        "Über dieses Thema berichtete der WDR am 03. März 2026 um 16:00 Uhr in der Lokalzeit.",
        "Vous avez participé au trail ? Envoyez-nous vos photos et vos impressions, nous "
        "publierons une sélection sur notre site dans la semaine qui vient.",
    ],
)
def test_a_programme_note_and_a_call_for_readers_photos_are_boilerplate(line: str) -> None:
    assert _kind_of(line, before=_BODY + "\n\n") is BlockKind.BOILERPLATE


def test_the_writers_initials_with_the_agency_sign_above_a_correction() -> None:
    note = (
        "Anmerkung der Redaktion: In einer früheren Version hieß es, das Schiff sei 250 Meter lang."
    )
    kinds = {b.text: b.kind for b in parse_text(_TOP + _BODY + "\n\njpe/dpa\n\n" + note).blocks}
    assert kinds["jpe/dpa"] is BlockKind.BYLINE


def test_the_teaser_under_a_related_articles_heading_is_boilerplate() -> None:
    teaser = "Kommunen in der Schuldenfalle: »Wir verwalten nur noch den Mangel«"
    article = parse_text(_TOP + "\n\n".join((_BODY, _BODY, "Verwandte Artikel", teaser)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Verwandte Artikel"] is kinds[teaser] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    ("heading", "tags"),
    [
        ("Related topics", ("Flooding", "Kendal", "Cumbria")),
        ("Relaterade ämnen", ("Översvämningar", "Kalmar")),
        ("Mehr lesen über", ("Kommunen", "Schwimmen", "Haushaltspolitik")),
    ],
)
def test_topic_tags_under_a_topics_heading_are_boilerplate(
    heading: str, tags: tuple[str, ...]
) -> None:
    article = parse_text(_TOP + "\n\n".join((_BODY, _BODY, heading, *tags)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[text] for text in (heading, *tags)] == [BlockKind.BOILERPLATE] * (1 + len(tags))


@pytest.mark.parametrize("agency", ["NTB", "AFP", "TT"])
def test_agency_initials_under_the_headline_are_a_byline(agency: str) -> None:
    top = _TOP.split("\n\n")
    article = parse_text("\n\n".join((top[0], "Publisert 21.03.2024 11:35", agency, top[1], _BODY)))
    assert next(b.kind for b in article.blocks if b.text == agency) is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "A version of this article appears in print on March 13, 2024, Section A, Page 14 of "
        "the New York edition with the headline: Century-Old Bridge Closes For Repairs After "
        "Inspection. Order Reprints | Today’s Paper | Subscribe",
        "Lesen Sie auch: Die Brücke ist seit Jahren marode und die Stadt hat nach mehreren "
        "Gutachten und langen Debatten im Stadtrat endlich beschlossen sie abzureißen und neu "
        "zu bauen | Verkehr | Bauen | Stadtrat",
    ],
)
def test_long_chrome_notice_ending_in_links_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Få DNs sjømatbrev på e-post hver fredag",
        "Få morgenbrevet i din indbakke hver dag",
        "Get the morning briefing in your inbox",
        "Vårt Land – en avis om tro, kultur og samfunn. Prøv en måned for 1 krone",
    ],
)
def test_sign_up_and_trial_offers_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    ("headline", "photo", "lead"),
    [
        (
            "Brand i båthall i hamnen – fyra båtar förstördes",
            "Båthallen vid Ängö varv på tisdagsmorgonen.",
            "En båthall i Kalmar hamn brann ner natten till tisdag. Ingen människa skadades, "
            "men fyra båtar förstördes helt.",
        ),
        (
            "Fire destroys boat shed in the harbour",
            "The boat shed on Tuesday morning.",
            "A boat shed in Kalmar harbour burned down overnight, destroying four boats "
            "that had been stored there for the winter, although nobody was hurt.",
        ),
    ],
)
def test_a_short_line_between_headline_and_a_long_lead_is_a_caption(
    headline: str, photo: str, lead: str
) -> None:
    body = "Larmet kom strax efter klockan två på natten, säger räddningstjänsten."
    article = parse_text(f"{headline}\n\n{photo}\n\n{lead}\n\n{body}")
    assert [b.kind for b in article.blocks[:3]] == [
        BlockKind.HEADLINE,
        BlockKind.CAPTION,
        BlockKind.LEAD,
    ]


@pytest.mark.parametrize(
    ("photo", "lead", "signature"),
    [
        (
            "Passengers wait at the ferry terminal after the morning boat was canceled on Tuesday.",
            "Harbor police towed the commuter boat to the city wharf. Nobody was hurt, but "
            "riders say it was the latest in a string of breakdowns this winter.",
            "By Jane Doe Globe Staff",
        ),
        (
            "Fiskemottaket på øya har tatt imot sild og makrell siden 1961.",
            "Etter 64 år er det slutt for mottaket. Eierne sier det ikke lenger lønner seg å "
            "ta imot fisk ute på øya.",
            "Publisert: 11.03.2025 14:40",
        ),
    ],
)
def test_a_long_photo_line_between_headline_and_the_lead_over_the_byline_is_a_caption(
    photo: str, lead: str, signature: str
) -> None:
    body = "The crew had reported engine trouble twice this month, the operator said."
    article = parse_text(
        f"Ferry left adrift for two hours\n\n{photo}\n\n{lead}\n\n{signature}\n\n{body}"
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds[photo], kinds[lead]) == (BlockKind.CAPTION, BlockKind.LEAD)


def test_a_headline_of_two_sentences_over_the_standfirst_and_byline_stays_the_headline() -> None:
    headline = "Hay fever starts earlier every year. Here are five things to know"
    lead = (
        "Warmer winters are pushing the tree pollen season forward by weeks, and a pollen "
        "scientist explains what that means."
    )
    article = parse_text(f"{headline}\n\n{lead}\n\nBy Helen Okonjo\n\n{_BODY}\n")
    assert article.title == headline
    assert article.blocks[1].kind is BlockKind.LEAD


def test_a_short_lead_followed_by_a_short_paragraph_stays_the_lead() -> None:
    article = parse_text(
        "Fire destroys boat shed\n\nNobody was hurt in the fire.\n\n"
        "Four boats were lost, the owners said on Tuesday.\n"
    )
    assert article.blocks[1].kind is BlockKind.LEAD


@pytest.mark.parametrize(
    "line",
    [
        "Artikel anhören",
        "Listen to this article",
        "Loading...",
        "Externer Inhalt",
        "Cookies zulassen",
        "Fehler gefunden? Jetzt melden.",
        "Found an error? Let us know.",
        "Lecture en 4 min.",
        "Pour aller plus loin, abonnez-vous à La Croix : 1 € le premier mois",
        "Want more analysis from the Herald? Herald Pro is our premium service for insiders.",
        "Zürich heute – Erhalten Sie die wichtigsten Nachrichten aus der Stadt. Einloggen",
        "Our Standards | About Herald News",
    ],
)
def test_players_consent_walls_and_offers_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Loading the ferry took most of the night, the crew said.",
        "Mehr als 200 Menschen kamen zur Kundgebung vor dem Rathaus.",
        "Politik | Inland war der Titel der Sendung, die am Abend lief.",
    ],
)
def test_prose_that_starts_like_chrome_stays_a_paragraph(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("heading", "teaser", "blurb"),
    [
        (
            "Weitere Informationen",
            "Hering in der Ostsee: Fangquote bleibt auf Rekordtief",
            "Die Fischereiminister haben die Quoten festgelegt. Für die Fischer reicht es "
            "kaum. mehr",
        ),
        (
            "More information",
            "Herring quota stays at a record low",
            "Ministers set next year's quotas on Monday. For fishers it is barely enough. more",
        ),
    ],
)
def test_a_teaser_block_under_a_heading_is_boilerplate(
    heading: str, teaser: str, blurb: str
) -> None:
    article = parse_text(f"{_TOP}{heading}\n\n{teaser}\n\n{blurb}\n\n{_BODY}")
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[heading] is kinds[teaser] is kinds[blurb] is BlockKind.BOILERPLATE
    assert kinds[_BODY] is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Schlagwörter zu diesem Artikel: Fischerei, Ostsee",
        "Emneord i saken: Fiske, Kystverket, Lofoten",
        "Topics in this story: Energy, European Union",
    ],
)
def test_topic_lines_with_a_longer_heading_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line", ["Daniel Okimaw · CBC News", "Kari Lie | NRK Vestland", "Jonas Berg · Aftonbladet"]
)
def test_a_name_beside_the_outlet_is_a_byline(line: str) -> None:
    assert _kind_of(line) is BlockKind.BYLINE


@pytest.mark.parametrize("sign_off", ["RND/dpa", "AFP/Reuters", "NTB"])
def test_agency_sign_offs_before_the_copyright_line(sign_off: str) -> None:
    article = parse_text(f"{_TOP}{_BODY}\n\n{sign_off}\n\n© dpa-infocom, dpa:240312-99-318842/2")
    assert next(b.kind for b in article.blocks if b.text == sign_off) is BlockKind.BYLINE


@pytest.mark.parametrize(
    "note",
    [
        "Miriam Aldana-Clarke is a staff writer at The Atlantic.",
        "Kari Lie er journalist i Aftenposten.",
        "Anna Berg ist Redakteurin im Wirtschaftsressort.",
    ],
)
def test_a_closing_note_on_the_writer_is_a_byline(note: str) -> None:
    article = parse_text(f"{_TOP}{_BODY}\n\n{note}\n")
    assert article.blocks[-1].kind is BlockKind.BYLINE


def test_a_sentence_about_someone_else_at_the_end_stays_a_paragraph() -> None:
    line = "Kari Lie er leder i Norsk Sykepleierforbund."
    article = parse_text(f"{_TOP}{_BODY}\n\n{line}\n")
    assert article.blocks[-1].kind is BlockKind.PARAGRAPH


def _gallery(counters_first: bool, captions: list[str], after: str) -> str:
    above = (
        "Ejeren, der gik på pension, har solgt bygningen til foreningen for én krone på "
        "betingelse af, at den bliver brugt som butik."
    )
    parts = [_TOP + above]
    for number, caption in enumerate(captions, 1):
        counter = f"{number} / {len(captions)}"
        parts += [counter, caption] if counters_first else [caption, counter]
    return "\n\n".join([*parts, after])


@pytest.mark.parametrize(
    "captions",
    [
        [
            "Frivillige maler facaden.",
            "Lone Bach går regnskabet igennem.",
            "Butikken åbner 1. maj.",
        ],
        ["Volunteers paint the front.", "The treasurer checks the books.", "It opens on 1 May."],
    ],
)
def test_the_caption_after_a_gallerys_last_counter(captions: list[str]) -> None:
    after = "Butikken skal drives som en forening, hvor de frivillige tager vagter i weekenden."
    article = parse_text(_gallery(True, captions, after))
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[c] for c in captions] == [BlockKind.CAPTION] * 3
    assert kinds[after] is BlockKind.PARAGRAPH


def test_a_gallery_pasted_in_part_keeps_the_caption_under_its_second_counter() -> None:
    first = "Die Brandung schlägt am Montagmorgen gegen die Promenade. Quelle: dpa"
    second = "Schaum auf der Friedrichstraße"
    heading = "Zugverkehr eingestellt"
    text = "\n\n".join(
        (_BODY, "Zur Bildergalerie", "1 von 12", first, "2 von 12", second, heading, _BODY)
    )
    kinds = {block.text: block.kind for block in parse_text(_TOP + text).blocks}
    assert kinds[first] is kinds[second] is BlockKind.CAPTION
    assert kinds[heading] is BlockKind.SUBHEADING


def test_after_a_gallery_whose_counters_follow_their_captions_the_text_goes_on() -> None:
    captions = ["Frivillige maler facaden.", "Lone Bach går regnskabet igennem.", "Butikken."]
    after = "Butikken åbner igen i maj."
    article = parse_text(_gallery(False, captions, after))
    assert next(b.kind for b in article.blocks if b.text == after) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("headline", "photo", "credit"),
    [
        (
            "Riverland growers count the cost as the river peaks",
            "Floodwater covers vineyards near Renmark West on Monday afternoon. "
            "(ABC Riverland: Hannah Lovejoy)",
            "ABC Riverland: Hannah Lovejoy",
        ),
        (
            "Spital schliesst die Notfallstation in der Nacht",
            "Der Eingang zur Notfallstation des Regionalspitals. (Marco Züllig/Keystone)",
            "Marco Züllig/Keystone",
        ),
    ],
)
def test_a_credit_in_parentheses_makes_the_first_paragraph_a_caption_not_the_lead(
    headline: str, photo: str, credit: str
) -> None:
    lead = "Growers say they face months of clean-up after the river peaked overnight."
    article = parse_text(f"{headline}\n\n{photo}\n\n{lead}\n\n{_BODY}")
    blocks = {block.text: block for block in article.blocks}
    assert (blocks[photo].kind, blocks[photo].credit) == (BlockKind.CAPTION, credit)
    assert blocks[lead].kind is BlockKind.LEAD


@pytest.mark.parametrize(
    "line",
    [
        "The minister resigned on Tuesday, the agency said. (Reuters)",
        "Sie antwortete auf jede Frage in ihrer Muttersprache (auf Französisch).",
        "Le texte sera examiné au Sénat en avril. (Le Monde/AFP)",
    ],
)
def test_a_wire_tag_or_aside_in_parentheses_is_not_a_caption(line: str) -> None:
    assert _kind_of(line) is not BlockKind.CAPTION


def test_a_place_label_before_a_spaced_colon_labels_a_credited_caption() -> None:
    line = "MIMIZAN : Un bombardier d’eau au-dessus du massif. Photo Thierry Castaing / Sud Ouest"
    block = next(b for b in parse_text(_TOP + line + "\n\n" + _BODY).blocks if b.text == line)
    assert (block.kind, block.label, block.credit) == (
        BlockKind.CAPTION,
        "MIMIZAN",
        "Thierry Castaing / Sud Ouest",
    )


def test_a_spaced_colon_alone_does_not_make_a_headline_a_caption() -> None:
    headline = "TER : la Normandie va supprimer une centaine de trains par jour"
    article = parse_text(f"{headline}\n\n{_BODY}\n\n{_BODY}")
    assert article.blocks[0].kind is BlockKind.HEADLINE


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Der Eingang zur Notfallstation des Spitals: Ab April bleibt er nachts geschlossen.",
            "Keystone / Marco Züllig",
        ),
        ("Trucks line up at the southern end of the winter road on Sunday.", "Jordan Whiteway/CBC"),
    ],
)
@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_line_of_names_around_a_slash_credits_the_sentence_above(
    caption: str, credit: str, separator: str
) -> None:
    # Lines longer than anyone wraps: one paragraph per line where the separator is "\n".
    body = _BODY + " Die Gewerkschaft will am Montag über weitere Schritte entscheiden."
    top = separator.join(_TOP.split("\n\n")[:2])
    article = parse_text(separator.join((top, body, caption, credit, body, body)))
    blocks = {block.text: block for block in article.blocks}
    assert blocks[caption].kind is BlockKind.CAPTION
    assert (blocks[credit].kind, blocks[credit].credit) == (BlockKind.CAPTION, credit)
    assert blocks[body].kind is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("last", "line"),
    [
        ("Das Spital will die Massnahme nach sechs Monaten überprüfen.", "Kristin Harms / NDR"),
        ("The road is expected to reopen to light vehicles next week.", "Daniel Okimaw/CBC"),
        ("Les enquêteurs ont entendu une dizaine de témoins mardi.", "RND/dpa"),
    ],
)
def test_names_around_a_slash_at_the_end_do_not_make_a_caption(last: str, line: str) -> None:
    article = parse_text("\n\n".join((_TOP.rstrip(), _BODY, last, line)))
    blocks = {block.text: block for block in article.blocks}
    assert blocks[last].kind is BlockKind.PARAGRAPH
    assert blocks[line].kind is not BlockKind.CAPTION


def test_a_line_of_names_under_a_long_paragraph_does_not_make_it_a_caption() -> None:
    long = " ".join(["Die Gemeinden im Einzugsgebiet reagieren mit Unverständnis."] * 8)
    line = "Keystone / Marco Züllig"
    article = parse_text("\n\n".join((_TOP.rstrip(), long, line, _BODY)))
    blocks = {block.text: block for block in article.blocks}
    assert blocks[long].kind is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("photo", "about"),
    [
        (
            "Sådan så det ud i haveforeningen søndag morgen.",
            "Billedet er taget af Lars Mikkelsen, der har haft have i Søndervang i 22 år.",
        ),
        (
            "The allotments on Sunday morning.",
            "The photo was taken by Lars Mikkelsen, who has kept a plot there for 22 years.",
        ),
    ],
)
def test_a_short_sentence_over_words_on_its_picture_is_a_caption(photo: str, about: str) -> None:
    article = parse_text(f"{_TOP}{_BODY}\n\n{photo}\n\n{about}\n\n{_BODY}")
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[photo] is BlockKind.CAPTION
    assert kinds[about] is BlockKind.PARAGRAPH


def test_a_short_lead_over_a_longer_paragraph_stays_the_lead_when_not_twice_as_long() -> None:
    article = parse_text(
        "Fire destroys boat shed\n\nNobody was hurt when the shed burned down.\n\n"
        "Four boats were lost, the owners said on Tuesday, and police are investigating.\n"
    )
    assert article.blocks[1].kind is BlockKind.LEAD


@pytest.mark.parametrize("line", ["00:00/04:51", "00:48", "0:35"])
def test_a_video_players_times_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line", ["Publié aujourd’hui à 06h00, modifié à 11h32", "Mis à jour le 12 mars à 14h05"]
)
def test_french_times_make_a_date_line(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


@pytest.mark.parametrize(
    "line", ["Yann Le Cozic (Brest, correspondant)", "Marie Dubois, envoyée spéciale à Kiev"]
)
def test_a_name_with_a_correspondents_title_is_a_byline(line: str) -> None:
    assert _kind_of(line) is BlockKind.BYLINE


@pytest.mark.parametrize(
    ("banner", "buttons", "headline"),
    [
        (
            "Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse, tilpasse"
            " annonser og analysere trafikken. Les mer i vår personvernerklæring.",
            ["Godta alle", "Bare nødvendige", "Administrer valg"],
            "Streiken stengte flyplassen i hele går",
        ),
        (
            "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und"
            " Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren."
            " Sie können Ihre Auswahl jederzeit in den Einstellungen ändern.",
            ["Alle akzeptieren", "Alle ablehnen", "Einstellungen verwalten"],
            "Warnstreik legt den Flughafen den ganzen Tag lahm",
        ),
        (
            "We use cookies to improve your experience, personalise ads and analyse our traffic.",
            ["Accept all", "Reject all", "Manage preferences"],
            "Strike closes the airport for the whole day",
        ),
        (
            "Nous utilisons des cookies pour mesurer l'audience et vous proposer des publicités"
            " adaptées à vos centres d'intérêt.",
            ["Tout accepter", "Continuer sans accepter", "Personnaliser"],
            "La grève a fermé l'aéroport toute la journée",
        ),
    ],
)
def test_a_cookie_banner_above_the_article_is_boilerplate(
    banner: str, buttons: list[str], headline: str
) -> None:
    lead = "Sikkerhetspersonalet la ned arbeidet torsdag, og hundrevis av avganger ble innstilt."
    article = parse_text("\n\n".join((banner, *buttons, "Nyheter", headline, lead, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert all(kinds[line] is BlockKind.BOILERPLATE for line in (banner, *buttons))
    assert (kinds[headline], kinds[lead]) == (BlockKind.HEADLINE, BlockKind.LEAD)
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Nettstedet bruker informasjonskapsler for å følge hvem som leser hva, og det er lovlig"
        " så lenge leserne har sagt ja til det, mener Datatilsynet.",
        "Websites use cookies to follow readers from page to page, and regulators say most"
        " consent banners are designed to make refusing harder than accepting.",
    ],
)
def test_a_paragraph_about_cookies_stays_a_paragraph(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


def test_a_subheading_that_merely_starts_like_a_button_stays_a_subheading() -> None:
    assert _kind_of("Accept all the risks") is BlockKind.SUBHEADING


@pytest.mark.parametrize(
    "line",
    ["Terningkast 5", "Betyg: 4 av 5", "★★★★☆", "Wertung: 4,5 von 5", "FAUX", "Mostly false"],
)
def test_a_rating_or_verdict_alone_on_its_line_is_meta(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


@pytest.mark.parametrize(
    "line", ["Karakterene faller", "Faux départ pour la réforme", "Sant eller usant?"]
)
def test_headings_with_rating_or_verdict_words_stay_subheadings(line: str) -> None:
    assert _kind_of(line) is BlockKind.SUBHEADING


@pytest.mark.parametrize(
    ("page_title", "kicker", "headline"),
    [
        (
            "Bompengene rammer dem som har minst – BA",
            "Kommentar",
            "Bompengene rammer dem som har minst",
        ),
        (
            "Walker rescued from cliff ledge near Whitby | Yorkshire Post",
            "",
            "Walker rescued from cliff ledge near Whitby",
        ),
        (
            "Non, la Wallonie ne va pas interdire les poêles à bois - RTBF Actus",
            "Faky",
            "Non, la Wallonie ne va pas interdire les poêles à bois",
        ),
        (
            "Sturm deckt Dächer in Dortmund ab | Ruhr Nachrichten",
            "Lokales",
            "Sturm deckt Dächer in Dortmund ab",
        ),
        ("Aftonbladet – Stormen stängde bron över natten", "", "Stormen stängde bron över natten"),
    ],
)
def test_a_page_title_with_the_site_name_above_the_headline_is_boilerplate(
    page_title: str, kicker: str, headline: str
) -> None:
    lead = "Sikkerhetspersonalet la ned arbeidet torsdag, og hundrevis av avganger ble innstilt."
    lines = [page_title, kicker, headline, lead, _BODY]
    article = parse_text("\n".join(line for line in lines if line))
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[page_title] is BlockKind.BOILERPLATE
    assert (kinds[headline], kinds[lead]) == (BlockKind.HEADLINE, BlockKind.LEAD)
    assert article.title == headline
    if kicker:
        assert kinds[kicker] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "headline",
    [
        "Straumbrua stenges – fiskeindustrien frykter omkjøring på 14 mil",
        "Storm closes the bridge | Drivers face a detour of ninety miles for weeks",
    ],
)
def test_a_headline_with_a_dash_is_not_a_page_title_unless_repeated_below(headline: str) -> None:
    lead = "Sikkerhetspersonalet la ned arbeidet torsdag, og hundrevis av avganger ble innstilt."
    article = parse_text("\n\n".join((headline, lead, _BODY)))
    assert article.blocks[0].kind is BlockKind.HEADLINE
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Helen Okonjo, Senior Lecturer in Aerobiology, University of Eastmoor",
        "Kari Nordmann, førsteamanuensis ved Universitetet i Bergen",
        "Anna Berg, forskare vid Umeå universitet",
        "Jonas Weber, Professor für Forstwissenschaft, Universität Freiburg",
        "Sophie Martin, chercheuse à l'Université de Liège",
    ],
)
def test_a_name_with_an_academic_affiliation_is_a_byline(line: str) -> None:
    assert _kind_of(line) is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Kari Nordmann, professor ved Universitetet i Bergen. Foto: Ola Hansen",
        "Sophie Martin, chercheuse à l'Université de Liège. Photo : Marc Dubois",
    ],
)
def test_a_portrait_caption_naming_an_affiliation_stays_a_caption(line: str) -> None:
    assert _kind_of(line) is BlockKind.CAPTION


def test_a_sentence_about_a_university_stays_a_paragraph() -> None:
    line = "Kari Nordmann, som leder instituttet, sier universitetet må spare penger i år."
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("tagline", "headline", "lead", "byline"),
    [
        (
            "Academic rigour, journalistic flair",
            "Hay fever is starting earlier every year. Here are five things to know",
            "Warmer winters are pushing the tree pollen season forward by weeks. A pollen"
            " scientist explains what that means.",
            "Helen Okonjo, Senior Lecturer in Aerobiology, University of Eastmoor",
        ),
        (
            "Uavhengig, kritisk, lokal",
            "Brua stenges for tunge kjøretøy i minst to år etter at rustskader ble funnet",
            "Statens vegvesen fant alvorlige skader i bærebjelkene under en rutinemessig"
            " inspeksjon i februar.",
            "Av Marte Skjelstad",
        ),
    ],
)
def test_a_slogan_above_headline_lead_and_byline_is_boilerplate(
    tagline: str, headline: str, lead: str, byline: str
) -> None:
    article = parse_text("\n\n".join((tagline, headline, lead, byline, _BODY)))
    kinds = [block.kind for block in article.blocks]
    assert kinds[:4] == [
        BlockKind.BOILERPLATE,
        BlockKind.HEADLINE,
        BlockKind.LEAD,
        BlockKind.BYLINE,
    ]
    assert article.title == headline


def test_a_headline_over_an_unpunctuated_standfirst_and_a_byline_stays() -> None:
    headline = "Brua stenges for tunge kjøretøy"
    standfirst = (
        "Statens vegvesen fant alvorlige skader i bærebjelkene under en inspeksjon i februar"
    )
    article = parse_text("\n\n".join((headline, standfirst, "Av Marte Skjelstad", _BODY, _BODY)))
    kinds = [block.kind for block in article.blocks]
    assert kinds[:3] == [BlockKind.HEADLINE, BlockKind.LEAD, BlockKind.BYLINE]


@pytest.mark.parametrize(
    "line",
    [
        "Dette er en kommentar. Kommentaren gir uttrykk for skribentens analyser og holdninger.",
        "Detta är en ledare. Ledarredaktionen står bakom texten.",
        "This is an opinion piece. The views expressed are the author's own.",
        "Dies ist ein Kommentar. Er gibt die Meinung des Autors wieder.",
        "Cet article est une opinion, qui n'engage que son auteur.",
    ],
)
def test_the_label_on_an_opinion_piece_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Dette er en kommentar jeg aldri trodde jeg skulle skrive, for jeg har alltid"
        " forsvart bompengene.",
        "This is a column about the people who keep the buses running at night.",
    ],
)
def test_a_column_that_opens_by_naming_its_genre_stays_a_paragraph(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "This article is republished from The Conversation under a Creative Commons license."
        " Read the original article.",
        "Dieser Artikel erschien zuerst bei Correctiv und wird hier mit freundlicher"
        " Genehmigung veröffentlicht.",
        "Artikkelen ble først publisert i Dagsavisen.",
        "Cet article a été initialement publié sur le site de nos confrères du Soir.",
    ],
)
def test_a_note_on_where_the_article_first_appeared_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez vu passer une information douteuse ? Envoyez-la-nous via notre formulaire.",
        "Vill du skicka in ett minnesord? Mejla familj@vk.se.",
        "Har du et minneord du vil dele? Send inn til familie@avisa.no.",
        "Seen something we should check? Email us at factcheck@example.com.",
        "Haben Sie etwas beobachtet? Schreiben Sie uns an leserreporter@example.de.",
    ],
)
def test_a_question_then_a_request_to_write_in_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_question_in_a_quote_followed_by_other_words_stays_a_quote() -> None:
    line = "– Hvorfor skal vi betale mer? Skriv det ned, så ser du det selv, sa Solheim."
    assert _kind_of(line) is BlockKind.QUOTE


@pytest.mark.parametrize(
    ("names", "after"),
    [
        (
            ["Karin Åhlén", "Lars Nyström", "Birgitta Eklund"],
            "Vill du skicka in ett minnesord? Mejla familj@vk.se.",
        ),
        (["Kari Nordmann", "Per Hansen"], ""),
        (["Jean-Pierre Dubois"], "Partager"),
    ],
)
def test_names_under_the_last_paragraph_sign_the_text(names: list[str], after: str) -> None:
    last = "Vi som fick känna henne minns en varm och klok människa."
    article = parse_text("\n\n".join((_TOP.rstrip(), _BODY, last, *names, after)).rstrip())
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[last] is BlockKind.PARAGRAPH
    assert all(kinds[name] is BlockKind.BYLINE for name in names)


@pytest.mark.parametrize(
    ("above", "names"),
    [
        ("Disse ble valgt inn i styret:", ["Kari Nordmann", "Per Hansen"]),
        (
            "Vi som fick känna henne minns en varm och klok människa.",
            ["Nya Tider", "Ett liv i skolan"],
        ),
    ],
)
def test_a_list_or_a_heading_above_more_text_does_not_sign_it(above: str, names: list[str]) -> None:
    article = parse_text("\n\n".join((_TOP.rstrip(), _BODY, above, *names, _BODY + " Slutt.")))
    kinds = {block.text: block.kind for block in article.blocks}
    assert not any(kinds[name] is BlockKind.BYLINE for name in names)


@pytest.mark.parametrize(
    "line",
    [
        "• Ny vektgrense på 7,5 tonn fra mandag 17. mars",
        "• Neue Regel ab Montag, 17. März 2025",
        "• Closed to lorries from Monday 17 March",
    ],
)
def test_a_bullet_with_a_date_in_it_is_a_point_not_a_date_line(line: str) -> None:
    assert _kind_of(line, before="FAKTA: Straumbrua\n\n") is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line", ["Mandag 17. mars 2025 kl. 14.05", "Montag, 17. März 2025, 14:05 Uhr"]
)
def test_a_date_line_without_a_bullet_stays_meta(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


@pytest.mark.parametrize(
    "line",
    [
        "Oppdatert 14.32: Gassleverandøren har nå stengt tilførselen, og brannvesenet måler "
        "ikke lenger gass i lufta.",
        "Updated 3.45pm: Police have reopened the road after the lorry was towed away "
        "from the junction.",
    ],
)
def test_an_update_stamp_over_a_sentence_of_news_is_a_paragraph(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize("line", ["Oppdatert: 12.03.26 14:32", "Updated: 3 March 2026, 15:45"])
def test_an_update_stamp_over_its_date_stays_meta(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


@pytest.mark.parametrize(
    ("heading", "links", "subheading"),
    [
        (
            "Læs også",
            [
                "Forening i Vejen mistede 200.000 kroner: »Vi stolede blindt på ham«",
                "Sådan beskytter du din forening mod underslæb",
            ],
            "Anklager ønskede længere straf",
        ),
        (
            "Mehr zum Thema",
            [
                "Flugausfall: Diese Rechte haben Passagiere",
                "Warum Warnstreiks so oft die Flughäfen treffen",
                "So kommen Sie trotzdem in den Urlaub",
            ],
            "Gespräche am Montag",
        ),
        (
            "Read more",
            ["Airport strike: what are your rights?", "Why walkouts hit airports first"],
            "Talks resume on Monday",
        ),
    ],
)
def test_every_link_in_a_read_more_block_is_boilerplate(
    heading: str, links: list[str], subheading: str
) -> None:
    article = parse_text(_TOP + "\n\n".join((_BODY, heading, *links, subheading, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert all(kinds[line] is BlockKind.BOILERPLATE for line in (heading, *links))
    assert kinds[subheading] is BlockKind.SUBHEADING


def test_two_subheadings_in_a_row_without_a_read_more_heading_stay_subheadings() -> None:
    lines = ["Your questions answered", "Does rain wash the pollen away?"]
    article = parse_text(_TOP + "\n\n".join((_BODY, *lines, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[line] for line in lines] == [BlockKind.SUBHEADING, BlockKind.SUBHEADING]


_LEAD_NO = "Sikkerhetspersonalet la ned arbeidet torsdag, og hundrevis av avganger ble innstilt."


@pytest.mark.parametrize(
    ("menu", "section", "headline"),
    [
        (
            "TV 2 Nyheder Sport Vejr Underholdning Play",
            "Samfund",
            "Isglat motorvej: Over 30 biler i kædekollision på Fynske Motorvej",
        ),
        ("Sport Rampelys Vektklubb VG+ Meny", "NYHETER", "Buss veltet på Filefjell – 19 skadd"),
        ("Home News Sport Business & Money Culture", "", "Storm closes the bridge for a week"),
        (
            "Scotland Scotland Politics Scotland Business Edinburgh, Fife & East Glasgow & West "
            "Highlands & Islands NE, Orkney & Shetland South Tayside & Central",
            "",
            "Independent wins Orkney by-election by 14 votes after recount",
        ),
    ],
)
def test_a_menu_with_numbers_plus_or_ampersand_is_boilerplate(
    menu: str, section: str, headline: str
) -> None:
    lines = [menu, section, headline, _LEAD_NO, _BODY]
    article = parse_text("\n\n".join(line for line in lines if line))
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[menu] is BlockKind.BOILERPLATE
    assert article.title == headline
    if section:
        assert kinds[section] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "headline", ["Storm Closes The Bridge For A Week", "Trump, Putin Agree To Meet In Helsinki"]
)
def test_a_title_case_headline_over_its_lead_is_not_a_menu(headline: str) -> None:
    article = parse_text("\n\n".join(("Skip to main content", headline, _LEAD_NO, _BODY)))
    assert article.title == headline


@pytest.mark.parametrize(
    ("tagline", "menu"),
    [
        (
            "Exclusive news, data and analytics for financial market professionals",
            "World Business Markets Sustainability Legal Breakingviews Technology More",
        ),
        (
            "Uavhengig og kritisk journalistikk fra hele landet",
            "Nyheter Sport Kultur Økonomi Meninger Debatt",
        ),
    ],
)
def test_a_tagline_above_the_site_menu_is_boilerplate(tagline: str, menu: str) -> None:
    headline = "Battery maker to cut 1,600 jobs as electric truck orders stall"
    lines = ("Skip to main content", tagline, menu, "Autos & Transportation", headline)
    article = parse_text("\n".join((*lines, _LEAD_NO, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds[tagline], kinds[menu]) == (BlockKind.BOILERPLATE, BlockKind.BOILERPLATE)
    assert kinds["Autos & Transportation"] is BlockKind.BOILERPLATE
    assert article.title == headline


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        (
            "Schiffsunfall an der Mosel",
            "Frachter rammt Brückenpfeiler – Moselbrücke bei Wintrich auf unbestimmte Zeit"
            " gesperrt",
        ),
        ("Storm over Vestlandet", "Ferja sto fast i seks timer: 212 passasjerer kom i land"),
        ("Ice on the motorway", "Thirty cars crash in a pile-up on the icy motorway"),
    ],
)
def test_a_short_kicker_over_a_longer_headline_is_boilerplate(kicker: str, headline: str) -> None:
    article = parse_text("\n\n".join(("Panorama", kicker, headline, _LEAD_NO, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[kicker] is BlockKind.BOILERPLATE
    assert (kinds[headline], kinds[_LEAD_NO]) == (BlockKind.HEADLINE, BlockKind.LEAD)
    assert article.title == headline


@pytest.mark.parametrize(
    ("headline", "second"),
    [
        # The second line as long as the first: a headline over a subheading-like line
        ("Storm closes the bridge for the week", "Drivers face a long detour"),
        # Above a byline, a longer unpunctuated line is the standfirst
        (
            "Brua stenges i to år",
            "Statens vegvesen fant alvorlige skader i bærebjelkene i februar",
        ),
    ],
)
def test_a_headline_over_another_unpunctuated_line_stays_the_headline(
    headline: str, second: str
) -> None:
    article = parse_text("\n\n".join((headline, second, "Av Marte Skjelstad", _LEAD_NO, _BODY)))
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Afspil video",
        "Spill av video",
        "Video abspielen",
        "Giv artikel",
        "Gi bort artikkelen",
        "Artikel verschenken",
        "Offrir l’article",
        "Zur Merkliste hinzufügen",
        "Lire plus tard",
        "Läs senare",
        "Save for later",
        "Link kopieren",
        "Copier le lien",
        "Feedback",
        "X.com",
        "Play",
        "Reuse this content",
        "Flere nyheter fra NRK Vestland",
        "More news from BBC Cornwall",
        "Ämnen i artikeln Region Stockholm Norrtälje Sjukvård",
    ],
)
def test_play_gift_save_and_copy_buttons_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Play resumes after the rain",
        "Feedback fra foreldrene",
        "Flere nyheter enn før",
        "Lire entre les lignes",
    ],
)
def test_headings_that_start_like_a_button_stay_subheadings(line: str) -> None:
    assert _kind_of(line) is BlockKind.SUBHEADING


@pytest.mark.parametrize(
    "line",
    [
        "Purchase Licensing Rights, opens new tab",
        "Nutzungsbedingungen, öffnet in neuem Tab",
        "Conditions d'utilisation, s’ouvre dans un nouvel onglet",
    ],
)
def test_a_link_that_opens_a_new_tab_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Get a look at the day ahead in European and global markets with the Morning Bid"
        " Europe newsletter. Sign up here.",
        "Få en oversikt over dagens viktigste nyheter fra næringslivet hver morgen i vårt"
        " nyhetsbrev. Meld deg på her.",
        "Follow BBC Cornwall on X, Facebook and Instagram. Send your story ideas to"
        " spotlight@bbc.co.uk.",
        "Haben Sie einen Hinweis für uns? Schreiben Sie an redaktion@example.de.",
    ],
)
def test_sign_up_calls_and_requests_for_stories_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Hun skriver i en e-post til NRK at historien er oppdiktet fra ende til annen.",
        "The company said customers could sign up here in the first week of April.",
    ],
)
def test_sentences_near_sign_up_and_e_mail_words_stay_paragraphs(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Denne artikel er en del af Politikens serie om Københavns forsvindende butikker.",
        "Denne artikkelen er en del av Aftenpostens serie om boligmarkedet i Oslo.",
        "This article is part of our series on Britain's disappearing high streets.",
        "Cet article fait partie de notre série sur les commerces qui disparaissent.",
        "Artiklen bliver opdateret.",
        "Saken oppdateres.",
        "This story will be updated.",
        "Dieser Artikel wird laufend aktualisiert.",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content"
        " funded by outside parties. For more information see our Privacy Policy.",
    ],
)
def test_series_and_update_notes_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_sentence_about_a_series_stays_a_paragraph() -> None:
    line = "Serien er en del av et større prosjekt, sier redaktøren, og den fortsetter i vår."
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("heading", "tags"),
    [
        ("Explore more on these topics", "Water Pollution Rivers Dorset Environment"),
        ("Ämnen i artikeln", "Region Stockholm"),
    ],
)
def test_the_tags_under_a_topic_heading_are_boilerplate(heading: str, tags: str) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + heading + "\n\n" + tags + "\n\nShare")
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds[heading], kinds[tags]) == (BlockKind.BOILERPLATE, BlockKind.BOILERPLATE)


@pytest.mark.parametrize(
    "line", ["Suggested Topics: Autos & Transportation Sweden", "Topics: Energy, Sweden"]
)
def test_suggested_topics_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(("sign_off", "chrome"), [("kha/dpa", "Feedback"), ("ola/NTB", "Del")])
def test_initials_and_agency_over_the_last_buttons_are_a_byline(sign_off: str, chrome: str) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + sign_off + "\n\n" + chrome)
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds[sign_off], kinds[chrome]) == (BlockKind.BYLINE, BlockKind.BOILERPLATE)


def test_a_slashed_word_above_more_text_stays_a_paragraph() -> None:
    assert _kind_of("UK/US", after=_BODY + "\n\n" + _BODY) is not BlockKind.BYLINE


@pytest.mark.parametrize(
    ("heading", "teasers"),
    [
        (
            "La rédaction vous conseille",
            [
                "Pollution sonore : les villes françaises les plus bruyantes",
                "« Je ne peux plus dormir » : à Marseille, les habitants excédés par les"
                " rodéos urbains",
            ],
        ),
        (
            "Die Redaktion empfiehlt",
            [
                "Lärm in der Stadt: Die lautesten Straßen",
                "„Ich kann nicht mehr schlafen“: Anwohner klagen",
            ],
        ),
    ],
)
def test_teaser_titles_under_a_recommendation_heading_are_boilerplate(
    heading: str, teasers: list[str]
) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + "\n\n".join((heading, *teasers)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert all(kinds[line] is BlockKind.BOILERPLATE for line in (heading, *teasers))


def test_a_closing_quote_under_a_subheading_stays_a_quote() -> None:
    quote = "« Je ne peux plus dormir », dit-elle."
    article = parse_text(_TOP + _BODY + "\n\nLes riverains excédés\n\n" + quote)
    assert article.blocks[-1].kind is BlockKind.QUOTE


@pytest.mark.parametrize(
    ("sign_up", "blurb", "note"),
    [
        (
            "Sign up to Down to Earth",
            "The planet's most important stories. Get all the week's environment news - the"
            " good, the bad and the essential",
            "Privacy Notice: Newsletters may contain info about charities, online ads, and"
            " content funded by outside parties.",
        ),
        (
            "Abonner på nyhetsbrevet Klima",
            "De viktigste klimasakene hver fredag, med bakgrunn og analyse fra våre journalister"
            " i inn- og utland",
            "Personvern: Vi deler ikke e-postadressen din med andre.",
        ),
    ],
)
def test_a_newsletter_blurb_between_sign_up_and_privacy_note_is_boilerplate(
    sign_up: str, blurb: str, note: str
) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + "\n\n".join((sign_up, blurb, note, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert all(kinds[line] is BlockKind.BOILERPLATE for line in (sign_up, blurb, note))


def test_a_finished_paragraph_between_two_chrome_lines_stays_a_paragraph() -> None:
    line = "Politiet har startet etterforskning, og Statens havarikommisjon er varslet."
    article = parse_text(_TOP + _BODY + "\n\nAnnonse\n\n" + line + "\n\nLes også: Mer om saken")
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[line] is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("duration", "caption"),
    [
        ("01:12", "Dronebilder viser sprekken øverst i fjellsiden. VIDEO: TORMOD EIDE / NRK"),
        (
            "1:24",
            "Se när svävaren hämtar de sista fiskarna på isflaket. Video: Räddningstjänsten"
            " Skellefteå",
        ),
        ("2:05", "Drone footage shows the bridge as it collapsed. Video: Cornwall Council"),
    ],
)
def test_a_clip_length_over_a_video_caption_is_boilerplate(duration: str, caption: str) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + duration + "\n\n" + caption + "\n\n" + _BODY)
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds[duration], kinds[caption]) == (BlockKind.BOILERPLATE, BlockKind.CAPTION)


def test_a_live_blog_time_over_a_photo_caption_stays_meta() -> None:
    caption = "Brannmenn på stedet tirsdag kveld. Foto: Ola Hansen / NTB"
    article = parse_text(_TOP + _BODY + "\n\n14:32\n\n" + caption + "\n\n" + _BODY)
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["14:32"] is BlockKind.META


@pytest.mark.parametrize(
    "caption",
    [
        "Vores reporter er på stedet ved Ullerslev, hvor bilerne stadig holder på motorvejen.",
        "Our reporter is at the scene, where the cars are still on the motorway.",
    ],
)
def test_a_sentence_under_a_player_time_is_the_video_caption(caption: str) -> None:
    article = parse_text(_TOP + _BODY + "\n\n00:48\n\n" + caption + "\n\n" + _BODY)
    block = next(block for block in article.blocks if block.text == caption)
    assert (block.kind, block.label, block.credit) == (BlockKind.CAPTION, None, None)


def test_text_of_two_sentences_under_a_live_blog_time_stays_a_paragraph() -> None:
    line = "Politiet er på stedet. Vi kommer tilbake med mer informasjon."
    article = parse_text(_TOP + _BODY + "\n\n14:32\n\n" + line + "\n\n" + _BODY)
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds["14:32"], kinds[line]) == (BlockKind.META, BlockKind.PARAGRAPH)


@pytest.mark.parametrize(
    ("heading", "points"),
    [
        (
            "Summary",
            [
                "Nordcell to shed a third of its workforce",
                "Truck makers delay orders as EV demand slows",
                "Company seeks new funding from shareholders",
            ],
        ),
        ("Kort fortalt", ["Brua stenges i minst to år", "Tungtrafikken må kjøre om Steinkjer"]),
    ],
)
def test_a_summary_heading_between_headline_and_lead_is_a_subheading(
    heading: str, points: list[str]
) -> None:
    headline = "Sweden's Nordcell to cut 1,600 jobs as electric truck orders stall"
    lines = (headline, "By Anna Ringdahl", "March 12, 2025 11:31 AM GMT+1", heading, *points)
    article = parse_text("\n".join((*lines, _LEAD_NO, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[heading] is BlockKind.SUBHEADING
    assert all(kinds[point] is BlockKind.PARAGRAPH for point in points)
    assert (kinds[headline], kinds[_LEAD_NO]) == (BlockKind.HEADLINE, BlockKind.LEAD)


def test_a_short_line_over_a_single_line_before_the_lead_is_no_summary_heading() -> None:
    headline = "Sweden's Nordcell to cut 1,600 jobs as electric truck orders stall"
    article = parse_text("\n".join((headline, "Analysis", "Jobs at risk", _LEAD_NO, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Analysis"] is not BlockKind.SUBHEADING


@pytest.mark.parametrize(
    "line",
    [
        "Wolf am Deich: Schäfer in Sorge Jana Petersen, NDR, tagesschau 17:00 Uhr, 13.03.2025",
        "Raset i Fjellvik Åse Brekkhus, NRK, Dagsrevyen 19.00, 11.03.2025",
        "Le radar qui flashe les motards Clémence Vautrin, France 3, 19/20 19h00, 13.03.2025",
    ],
)
def test_a_clip_box_ending_in_programme_time_and_date_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize("line", ["Oslo, tirsdag 14:05, 13.03.2025", "Stand: 13.03.2025 16:48 Uhr"])
def test_a_date_line_with_place_and_time_stays_meta(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


@pytest.mark.parametrize(
    "line",
    [
        "Get the biggest stories from across the region sent straight to your inbox. "
        "Sign up for our free newsletter here.",
        "Bestens informiert mit Plus – 14 Tage kostenlos lesen. Jetzt bestellen unter: "
        "www.example.de/plus",
        "Les nouvelles de la région chaque matin dans votre boîte. Inscrivez-vous à notre "
        "lettre gratuite.",
    ],
)
def test_a_blurb_ending_in_a_call_to_sign_up_or_order_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_sentence_about_signing_up_stays_a_paragraph() -> None:
    line = "Hundreds of residents signed the petition. Sign-ups closed on Friday at noon."
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Jonas Wallin jonas.wallin@sydsvenskan.se",
        "Kari Lie kari.lie@bt.no",
        "(APA, red, 10.3.2025)",
    ],
)
def test_a_name_with_an_address_or_an_agency_signature_is_a_byline(line: str) -> None:
    assert _kind_of(line) is BlockKind.BYLINE


def test_a_teaser_under_more_to_read_may_end_in_a_question() -> None:
    teaser = "Warehouse boom brings jobs and traffic to the valley. Who pays the price?"
    article = parse_text(f"{_TOP}{_BODY}\n\nMore to Read\n\n{teaser}\n\n{_BODY}")
    assert next(b.kind for b in article.blocks if b.text == teaser) is BlockKind.BOILERPLATE


@pytest.mark.parametrize("line", ["Bilde 1 av 2", "Bild 3/5", "Photo 2 of 4"])
def test_a_numbered_picture_counter_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize("line", ["Mehr aus Leoben", "Mer fra Vestland"])
def test_links_to_more_local_news_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Caitlin Mahoney can be reached at caitlin.mahoney@globe.com.",
        "Kari Lie kan kontaktes på kari.lie@bt.no.",
    ],
)
def test_how_to_reach_the_writer_at_the_end_is_a_byline(line: str) -> None:
    article = parse_text(f"{_TOP}{_BODY}\n\n{line}\n")
    assert article.blocks[-1].kind is BlockKind.BYLINE


def test_additional_sources_is_a_byline() -> None:
    assert _kind_of("Additional sources • ANP, Belga, Reuters") is BlockKind.BYLINE


@pytest.mark.parametrize("credit", ["Privat", "Handout"])
def test_a_lone_credit_word_under_a_short_sentence_makes_both_a_caption(credit: str) -> None:
    photo = "Anne Grethe Sjo på kaia ved mottaket sommeren 2019."
    article = parse_text(f"{_TOP}{_BODY}\n\n{photo}\n\n{credit}\n\n{_BODY} Og mer.")
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[photo] is kinds[credit] is BlockKind.CAPTION


@pytest.mark.parametrize(
    "names",
    [
        "Jesper Kromann Lund og Mette Bøgh Andersen",
        "Jane Doe and John Roe",
        "Anna Berger, Lukas Hofer und Eva Maria Steiner",
        "Claire Dubois et Jean-Marc Petit",
    ],
)
def test_names_joined_by_and_beside_the_date_are_a_byline(names: str) -> None:
    assert _kind_of(names, after="12. marts 2025 kl. 07.45\n\n" + _BODY) is BlockKind.BYLINE


@pytest.mark.parametrize(
    "names",
    [
        "Gunhild Moe Sætre (tekst) og Hans Petter Lund (foto)",
        "Natasha Kerr (now) and Tom Abberley (earlier)",
    ],
)
def test_names_with_what_each_did_in_parentheses_beside_the_date_are_a_byline(
    names: str,
) -> None:
    assert _kind_of(names, after="Publisert 14. mars 2025 kl. 06.00\n\n" + _BODY) is (
        BlockKind.BYLINE
    )


def test_two_writers_names_one_under_the_other_over_the_date_are_bylines() -> None:
    article = parse_text(
        _TOP + "Ingrid Solbakken\n\nMartin Eek-Hansen\n\nPublisert: 12.03.26 12:57\n\n" + _BODY
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Ingrid Solbakken"] is kinds["Martin Eek-Hansen"] is BlockKind.BYLINE


def test_readers_letters_signed_in_capitals_with_their_place_are_bylines() -> None:
    signatures = [
        "MARGARET ELLISON Ambleside, Cumbria",
        "Professor DAVID KERSHAW University of Leeds",
    ]
    letter = "Sir, Your report describes the decision as a matter of arithmetic. It is not."
    text = "\n\n".join(
        (letter, signatures[0], "QUIET, PLEASE", letter + " Nor is this.", signatures[1], _BODY)
    )
    kinds = {block.text: block.kind for block in parse_text(_TOP + text).blocks}
    assert [kinds[s] for s in signatures] == [BlockKind.BYLINE, BlockKind.BYLINE]
    assert kinds["QUIET, PLEASE"] is BlockKind.SUBHEADING


@pytest.mark.parametrize("line", ["EU Commission Approves New Rules", "NATO SUMMIT ENDS"])
def test_a_heading_opening_with_initials_signs_no_letter(line: str) -> None:
    assert _kind_of(line, before=_BODY + "\n\n") is BlockKind.SUBHEADING


def test_the_outlet_and_the_writer_closed_by_a_full_stop_over_the_date_are_a_byline() -> None:
    after = "Publié le 12/03/2026 à 16h05\n\n" + _BODY
    assert _kind_of("Ouest-France Nolwenn Guillou.", after=after) is BlockKind.BYLINE


def test_a_name_over_its_e_mail_address_and_the_date_is_a_byline() -> None:
    article = parse_text(
        _TOP + "Lone Thyssen Bork\n\nlbo@jv.dk\n\nPubliceret 3. marts 2026 kl. 12.15\n\n" + _BODY
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Lone Thyssen Bork"] is kinds["lbo@jv.dk"] is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Open side navigation menu Open search bar Financial Times myFT Subscribe Sign In",
        "Meny Søk Abonner Logg inn",
        "Close dialogue 1/1 Next image Previous image Toggle caption",
        "Artikel zum Hören • 5 Min",
        "Lien copié",
        "Join The Irish Times on WhatsApp and stay up to date",
        "Har du bilder eller information om en nyhet i Göteborg? Hör av dig till GP:s nyhetsdesk.",
        "Topic:Regional Communities",
        "Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigenbedarf.",
    ],
)
def test_header_bars_buttons_notices_and_calls_to_write_in_are_boilerplate(line: str) -> None:
    assert _kind_of(line, before=_BODY + "\n\n") is BlockKind.BOILERPLATE


def test_a_heading_naming_a_search_is_no_header_bar() -> None:
    line = "Search for the missing climbers resumes on the mountain"
    assert _kind_of(line, before=_BODY + "\n\n") is BlockKind.SUBHEADING


def test_short_lines_among_a_few_lines_of_chrome_to_the_end_are_the_footer() -> None:
    footer = [
        "Dieses Thema im Programm:",
        "Das Erste",
        "tagesschau",
        "Über diese Meldung",
        "Schlagwörter",
        "Bundestag",
        "Impressum",
        "Datenschutz",
        "© ARD-aktuell / tagesschau.de",
    ]
    article = parse_text(_TOP + "\n\n".join((_BODY, _BODY, *footer)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[line] for line in footer if line != "Das Erste"] == [BlockKind.BOILERPLATE] * 8


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Del av gängkonflikt", BlockKind.SUBHEADING),
        ("Le tribunal judiciaire de Rennes. | ARCHIVES OUEST-FRANCE", BlockKind.CAPTION),
    ],
)
def test_part_of_and_a_caption_with_its_credit_after_a_bar_are_no_chrome(
    line: str, kind: BlockKind
) -> None:
    assert _kind_of(line, before=_BODY + "\n\n") is kind


def test_speech_that_names_a_subscription_is_no_promotion() -> None:
    quote = "« On paie un abonnement pour un service qu'on n'a pas. »"
    assert _kind_of(quote, before=_BODY + "\n\n") is BlockKind.QUOTE


@pytest.mark.parametrize("line", ["Print this page", "Artikel drucken"])
def test_print_buttons_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_the_teaser_under_a_recommended_heading_is_boilerplate() -> None:
    teaser = "Cross-Channel operators face questions over ageing fleets"
    article = parse_text(_TOP + "\n\n".join((_BODY, "Recommended", teaser, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[teaser] is BlockKind.BOILERPLATE


@pytest.mark.parametrize("signature", ["Ouest-France Erwan LE GOFF.", "Jean DUPONT."])
def test_a_name_with_its_surname_in_capitals_closing_the_text_is_a_byline(
    signature: str,
) -> None:
    kinds = {b.text: b.kind for b in parse_text(_TOP + _BODY + "\n\n" + signature).blocks}
    assert kinds[signature] is BlockKind.BYLINE


def test_a_bylines_opening_words_over_the_name_make_one_byline() -> None:
    text = (
        "Crue de l'Aa : 300 habitants évacués\n\nLa rivière est sortie de son lit dans "
        "plusieurs communes.\n\nArticle rédigé par\n\nBaptiste Lemaire - franceinfo\n\n"
        "Publié le 12/03/2026 09:14\n\n" + _BODY
    )
    kinds = {b.text: b.kind for b in parse_text(text).blocks}
    assert kinds["Article rédigé par"] is kinds["Baptiste Lemaire - franceinfo"] is BlockKind.BYLINE


def test_the_writers_name_with_their_place_under_the_text_is_a_byline() -> None:
    text = (
        "Marseille : un immeuble évacué\n\nLes familles attendent un relogement.\n\n"
        "par Léa Santoni, correspondante à Marseille\n\n" + _BODY + "\n\n"
        "Léa Santoni (à Marseille)\n\nDans la même rubrique"
    )
    kinds = {b.text: b.kind for b in parse_text(text).blocks}
    assert kinds["Léa Santoni (à Marseille)"] is BlockKind.BYLINE


def test_the_writers_name_again_under_the_text_is_a_byline() -> None:
    text = (
        "Crèches : un gérant condamné\n\nLe tribunal a condamné le gérant pour fraude.\n\n"
        "Par Anaïs Berthelot-Kouassi\n\n" + _BODY + "\n\nAnaïs Berthelot-Kouassi\n\n"
        "Réutiliser ce contenu"
    )
    kinds = {b.text: b.kind for b in parse_text(text).blocks}
    assert kinds["Anaïs Berthelot-Kouassi"] is BlockKind.BYLINE


def test_a_name_over_the_reading_time_and_the_date_is_a_byline() -> None:
    after = "4–5 minuter\n\nPublicerad 11 nov 2025 kl 16.05\n\n" + _BODY
    assert _kind_of("Sofia Bergqvist", after=after) is BlockKind.BYLINE


@pytest.mark.parametrize("line", ["Oslo og Bergen", "Brann og redning"])
def test_places_or_words_joined_by_and_beside_the_date_are_not_a_byline(line: str) -> None:
    assert _kind_of(line, after="12. marts 2025 kl. 07.45\n\n" + _BODY) is not BlockKind.BYLINE


@pytest.mark.parametrize(
    ("names", "roles"),
    [
        (["Kari Nordmann", "Ola Hansen"], ["Journalist", "Fotograf"]),
        (["Marte Lindgren Aas"], ["Filmanmelder"]),
        (["Anna Svensson"], ["Reporter"]),
        (["Jana Reimers", "Tobias Kehl"], ["Redakteurin", "Korrespondent"]),
        (["Claire Dubois"], ["Journaliste"]),
        (["Mette Holm"], ["Politisk redaktør"]),
    ],
)
def test_writers_names_with_their_roles_on_lines_of_their_own_are_bylines(
    names: list[str], roles: list[str]
) -> None:
    lines = [line for pair in zip(names, roles, strict=True) for line in pair]
    text = _TOP.replace("\n\n", "\n") + "\n".join([*lines, "Publisert 28. feb. 2022 kl. 14:35"])
    article = parse_text(text + "\n" + _BODY + "\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert all(kinds[line] is BlockKind.BYLINE for line in lines), kinds


def test_a_heading_that_ends_in_a_role_word_under_a_sentence_stays_a_heading() -> None:
    text = f"{_TOP}{_BODY}\n\nNy redaktør\n\n{_BODY} Og mer.\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["Ny redaktør"] is BlockKind.SUBHEADING


@pytest.mark.parametrize(
    "names",
    ["Jane Doe in Kyiv and John Roe in Moscow", "Kari Lie i Brussel", "Anna Berg från Kiruna"],
)
def test_writers_with_the_place_they_report_from_beside_the_date_are_a_byline(
    names: str,
) -> None:
    assert _kind_of(names, after="Mon 28 Feb 2022 14.35 GMT\n\n" + _BODY) is BlockKind.BYLINE


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("Streik bei der Bahn", "»Wir lassen uns nicht erpressen«"),
        ("Krisen i vården", "”Vi klarar inte en sommar till”"),
        ("Grève à la SNCF", "« Nous irons jusqu’au bout »"),
    ],
)
def test_a_quotation_under_a_kicker_is_the_headline(kicker: str, headline: str) -> None:
    lead = "Die Gewerkschaft kündigt neue Streiks an. Pendler müssen sich auf Ausfälle einstellen."
    article = parse_text(f"{kicker}\n\n{headline}\n\n{lead}\n\n{_BODY}\n")
    kinds = [block.kind for block in article.blocks[:3]]
    assert kinds == [BlockKind.BOILERPLATE, BlockKind.HEADLINE, BlockKind.LEAD]
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Search for the missing climber resumed on Monday.",
        "Anzeige gegen den Bürgermeister wurde erstattet.",
        "Suche nach Vermissten geht weiter",
        "Søk etter savnet mann avsluttet",
        "Kommentarer fra politiet kom senere.",
        "Partager les coûts reste difficile.",
        "Menu prices rose by a fifth last year.",
    ],
)
def test_sentences_and_headings_opening_with_a_chrome_word_stay_text(line: str) -> None:
    assert _kind_of(line) in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)


@pytest.mark.parametrize(
    "line",
    [
        "Annonse",
        "ANZEIGE",
        "Kommentarer (12)",
        "Teilen auf Facebook",
        "Search",
        "Partager Lire plus tard",
        "Comments 34",
        "SKIP ADVERTISEMENT",
        "Werbung",
    ],
)
def test_chrome_words_alone_or_with_a_little_chrome_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize("agency", ["TT", "NTB", "AFP"])
def test_agency_initials_over_the_date_line_are_a_byline(agency: str) -> None:
    after = "Publicerad 12 mar 2025 kl 08.05\n\n" + _BODY
    assert _kind_of(agency, after=after) is BlockKind.BYLINE


@pytest.mark.parametrize("line", ["Meir frå NRK Vestland", "Mer fra NRK Vestland"])
def test_links_to_more_from_the_outlet_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    ["Bildbeschreibung einblenden", "View image in fullscreen", "Vis bildetekst", "Vergrößern"],
)
def test_the_buttons_on_a_picture_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_heading_opening_with_a_button_word_stays_a_heading() -> None:
    assert _kind_of("Vergrößern will die Stadt den Hafen nicht") is BlockKind.SUBHEADING


@pytest.mark.parametrize(
    ("above", "headline"),
    [
        (
            ["Home News Sport Weather iPlayer Sounds Bitesize", "Wales"],
            "Pupils stranded after bus firm collapses",
        ),
        (
            ["Aktuell Rhein-Main Region und Hessen", "Großbrand in Hanau"],
            "Feuer in Batterielager: Anwohner sollen Fenster schließen",
        ),
        (
            ["Print subscriptions Sign in Search jobs", "Environment", "Marine life"],
            "Seagrass meadows double in size after anchoring ban",
        ),
    ],
)
def test_the_title_line_nearest_the_lead_is_the_headline(above: list[str], headline: str) -> None:
    lead = "About 900 pupils were left without a way to get to school on Monday, the council said."
    article = parse_text("\n\n".join([*above, headline, "Published 3 hours ago", lead, _BODY]))
    kinds = {block.text: block.kind for block in article.blocks}
    assert article.title == headline
    assert all(kinds[line] is BlockKind.BOILERPLATE for line in above), kinds
    assert kinds[lead] is BlockKind.LEAD


def test_a_headline_with_its_byline_keeps_the_summary_lines_under_it() -> None:
    text = (
        "Nordcell to cut 1,600 jobs as truck orders stall\n\nBy Anna Ringdahl\n\n"
        "Summary\n\nNordcell to shed a third of its workforce\n\n"
        "Company seeks new funding from shareholders\n\n"
        "STOCKHOLM, March 12 (Reuters) - Swedish battery maker Nordcell said on Wednesday it "
        "would cut 1,600 jobs.\n"
    )
    assert parse_text(text).title == "Nordcell to cut 1,600 jobs as truck orders stall"


@pytest.mark.parametrize(
    "line",
    ["4 min", "2 Min", "Hören", "Merken", "Sur le même sujet", "Suggested Topics:", "Companies"],
)
def test_reading_times_buttons_and_link_headings_alone_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_long_copyright_notice_is_boilerplate() -> None:
    notice = (
        "Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten. Eine "
        "Weiterverarbeitung, Wiederveröffentlichung oder dauerhafte Speicherung zu "
        "gewerblichen oder anderen Zwecken ohne vorherige ausdrückliche Erlaubnis von Neue "
        "Zürcher Zeitung ist nicht gestattet, auch nicht in Auszügen oder als Zusammenfassung."
    )
    assert _kind_of(notice, before=_BODY + "\n\n") is BlockKind.BOILERPLATE


def test_a_clips_title_between_its_label_and_its_length_is_boilerplate() -> None:
    article = parse_text(
        f"{_TOP}{_BODY}\n\nVideo\n\nGeflügelpest: Landwirte in Sorge\n\n2 Min\n\n{_BODY}"
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Geflügelpest: Landwirte in Sorge"] is BlockKind.BOILERPLATE


def test_embedded_content_waiting_for_consent_is_boilerplate() -> None:
    notice = (
        "Um externe Inhalte anzuzeigen, ist Ihre widerrufliche Zustimmung nötig. Dabei können "
        "personenbezogene Daten von Drittplattformen (ggf. USA) verarbeitet werden. Weitere "
        "Informationen finden Sie in unserer Datenschutzerklärung."
    )
    assert _kind_of(notice, before=_BODY + "\n\n") is BlockKind.BOILERPLATE


@pytest.mark.parametrize("line", ["Voir les 47 commentaires", "Se alle 12 kommentarer", "236"])
def test_links_to_the_comments_with_their_count_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_sentence_about_comments_with_a_number_stays_text() -> None:
    line = "The council received 47 comments on the plan before the deadline."
    assert _kind_of(line) is BlockKind.PARAGRAPH


def test_a_pull_quote_signed_by_its_speaker_is_a_quote() -> None:
    line = "“It’s not lobstering. But it’s still fishing.” — Dale Hutchins, lobsterman"
    article = parse_text(f"{_TOP}{_BODY}\n\n{line}\n\n{_BODY} Og mer.")
    block = next(block for block in article.blocks if block.text == line)
    assert (block.kind, block.speaker) == (BlockKind.QUOTE, "Dale Hutchins")


def test_an_interview_interrupted_by_an_ad_and_headings_keeps_its_turns() -> None:
    turns = [
        "ZEIT ONLINE: Frau Kessler, warum reicht der Regen nicht?",
        "Kessler: Weil Regen nicht sofort im Grundwasser ankommt.",
        "ZEIT ONLINE: Wie groß ist dieses Defizit?",
        "Kessler: In manchen Gebieten fehlt Wasser für zwei bis drei Jahre.",
        "Anzeige",
        "ZEIT ONLINE: Wer verbraucht das meiste Wasser?",
        "Kessler: Die öffentliche Versorgung ist der größte Posten.",
        "„Die Landwirtschaft ist nicht der Feind“",
        "ZEIT ONLINE: Und die Bauern?",
        "Kessler: Sie sparen schon heute viel Wasser ein.",
    ]
    article = parse_text(_TOP + "\n\n".join(turns) + "\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert all(kinds[turn] is BlockKind.QUOTE for turn in turns if ":" in turn[:12])


def test_a_list_of_hyphen_points_may_name_a_source() -> None:
    points = [
        "- Environ 140 000 foyers étaient privés d’électricité jeudi, selon Enedis.",
        "- Un homme de 67 ans est mort à Plougastel-Daoulas.",
        "- Les écoles du Finistère sont fermées toute la journée.",
    ]
    article = parse_text(_TOP + "Ce qu’il faut savoir\n" + "\n".join(points) + "\n\n" + _BODY)
    kinds = {block.text: block.kind for block in article.blocks}
    assert all(kinds[point] is BlockKind.PARAGRAPH for point in points), kinds


@pytest.mark.parametrize(
    "line",
    [
        "Related research from the university shows that more students drop out every year.",
        "Copyright disputes between the two publishers have dragged on for almost a decade.",
        "Subscribe numbers at the paper have fallen for the third year in a row, the audit said.",
        "Abonnieren lässt sich der Dienst seit Montag auch in Österreich, teilte die Firma mit.",
    ],
)
def test_sentences_opening_with_a_long_chrome_word_stay_text(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Copyright © 2025 NTB. All rights reserved.",
        "Subscribe to our newsletter to get the best stories every morning in your inbox.",
        "Abonnez-vous pour lire la suite de cet article et soutenir notre rédaction.",
        "Related article Why heat waves are lasting longer",
        "Pour ne rien rater de l’actualité, inscrivez-vous à notre newsletter quotidienne.",
    ],
)
def test_long_chrome_still_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_wires_credits_line_with_several_roles_is_a_byline() -> None:
    line = (
        "Reporting by Priya Natarajan in Bengaluru and Carl Westbrook in New York; "
        "Editing by Devika Sarin and Paul Gorrie"
    )
    assert _kind_of(line, before=_BODY + "\n\n", after="Our Standards") is BlockKind.BYLINE


def test_quelle_as_the_last_line_names_the_source_and_leaves_the_text_above() -> None:
    body = "Die Brandursache ist noch unklar. Die Polizei ermittelt weiter, hieß es am Abend."
    article = parse_text(f"{_TOP}{body}\n\nQuelle: dpa\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds[body], kinds["Quelle: dpa"]) == (BlockKind.PARAGRAPH, BlockKind.BYLINE)


def test_quelle_beside_the_articles_date_names_its_sources() -> None:
    line = "Quelle: ZEIT ONLINE, dpa, AFP, lsch"
    top = "Warnstreik legt drei Flughäfen lahm\n\n" + _LEAD_NO + "\n\n"
    article = parse_text(f"{top}Aktualisiert am 10. März 2026, 14:05 Uhr\n\n{line}\n\n{_BODY}")
    assert next(block.kind for block in article.blocks if block.text == line) is BlockKind.BYLINE


def test_quelle_over_a_page_of_chrome_names_the_source() -> None:
    body = "Die Brandursache ist noch unklar. Die Polizei ermittelt weiter, hieß es am Abend."
    chrome = "\n\n".join(("Zur Startseite", "Teilen", "Drucken", "Kommentare", "Impressum"))
    article = parse_text(f"{_TOP}{body}\n\nQuelle: dpa\n\n{chrome}\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds[body], kinds["Quelle: dpa"]) == (BlockKind.PARAGRAPH, BlockKind.BYLINE)


def test_quelle_under_a_short_line_in_the_text_credits_its_picture() -> None:
    photo = "Rauch über dem Industriegebiet am Mittwoch."
    article = parse_text(f"{_TOP}{photo}\n\nQuelle: dpa\n\n{_BODY}\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[photo] is kinds["Quelle: dpa"] is BlockKind.CAPTION


def test_a_writers_name_over_the_role_under_the_lead_is_a_byline() -> None:
    text = (
        "Train drivers to strike for three days next month\n"
        "Union says members have not had a pay rise in four years\n"
        "Jane Doe\nTransport Correspondent\nTuesday 11 March 2025 14:35 GMT\n"
        "Train drivers at six rail companies will walk out for three days next month.\n"
    )
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["Jane Doe"] is kinds["Transport Correspondent"] is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line", ["Artiklen fortsætter under annoncen", "Story continues below advertisement", "Læs op"]
)
def test_notes_where_an_ad_breaks_the_text_and_read_aloud_buttons_are_boilerplate(
    line: str,
) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "The podcast, which launched in 2019, has more than a million listeners each week.",
        "Prisen på et abonnement stiger med 10 prosent fra januar.",
        "Netflix lost 200,000 subscribers in the first quarter.",
        "Le nombre d'abonnés a doublé en un an.",
        "Hun har skrevet et nyhetsbrev til alle ansatte om kuttene.",
    ],
)
def test_news_about_subscribers_podcasts_and_newsletters_stays_text(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Get our free newsletter every morning.",
        "Få nyhetsbrevet vårt hver morgen.",
        "Abonnez-vous à notre newsletter.",
        "Holen Sie sich unseren Newsletter.",
        "Du kan lese mer i vårt nyhetsbrev.",
        "Get the biggest stories from across Merseyside straight to your inbox by signing up "
        "to our daily newsletter here",
        "Unlock the Editor’s Digest for free. The FT’s editor selects her favourite stories "
        "in this weekly newsletter.",
    ],
)
def test_promotions_that_speak_to_the_reader_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Lecture 3 min.",
        "Lesezeit: 4 Minuten",
        "Lesetid 3 minutter",
        "Video Loading",
        "Ajouter à mes articles",
    ],
)
def test_reading_times_word_first_and_player_and_save_buttons_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    ["Ein Interview von Felix Brandstätter", "Propos recueillis par Claire Dubois"],
)
def test_interview_and_column_credits_are_bylines(line: str) -> None:
    assert _kind_of(line) is BlockKind.BYLINE


def test_a_dash_point_holding_a_date_is_a_point_not_a_date_line() -> None:
    points = ["- 14 løyper, til sammen 412 kilometer", "- Åpner fredag 11. april kl. 12"]
    article = parse_text(
        _TOP + "FAKTA: Skuterløyper i Alta\n\n" + "\n".join(points) + "\n\n" + _BODY
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert all(kinds[point] is BlockKind.PARAGRAPH for point in points), kinds


def test_short_sentences_names_and_a_source_in_a_fact_box_are_its_points() -> None:
    box = [
        "Delas ut sedan 1968.",
        "Nominerade 2025:",
        "Malin Ekholm",
        "Kören Tolvskillingen",
        "Källa: Borås stad",
    ]
    top = _TOP.replace("\n\n", "\n")  # one paragraph per line, as the page was copied
    text = top + "Fakta: Borås stads kulturpris\n" + "\n".join(box) + "\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert all(kinds[line] is BlockKind.PARAGRAPH for line in box), kinds


def test_a_columnists_note_of_a_few_sentences_at_the_end_is_a_byline() -> None:
    note = (
        "Priya Menon is a journalist and broadcaster who grew up in Hackney and has written "
        "about London’s working lives for more than 15 years. She presents the podcast Night "
        "Shift and is the author of a book about the people who keep the city running at night."
    )
    article = parse_text(f"{_TOP}{_BODY}\n\n{note}\n\nMore about: TfL, Night buses\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[note] is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Mit Material von dpa",
        "Avec ATS et AFP",
        "Avec les informations de La Presse canadienne",
        "— With assistance from Daniel Okoye",
        "/tav/bek/jha",
        "/ritzau/",
        "(APA/red.)",
        "(AFP)",
    ],
)
def test_agency_credits_and_sign_offs_are_bylines(line: str) -> None:
    assert _kind_of(line, before=_BODY + "\n\n", after="") is BlockKind.BYLINE


def test_an_agency_named_over_the_date_line_is_a_byline() -> None:
    article = parse_text(_TOP + "Ritzau\n\n15. maj 2025 kl. 09.12\n\n" + _BODY)
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Ritzau"] is BlockKind.BYLINE


def test_quelle_under_the_editors_sign_off_names_the_source() -> None:
    article = parse_text(
        _TOP + _BODY + "\n\n/tav/bek/jha\n\nQuelle: dpa-AFX\n\nAusgewählte Hebelprodukte\n"
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Quelle: dpa-AFX"] is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Good morning, Chicago.",
        "Bonjour,",
        "Guten Morgen, liebe Leserinnen und Leser!",
        "Hei alle sammen!",
        "View in browser",
        "Voir la version en ligne",
        "Today's newsletter is 612 words, a 2.5-minute read.",
        "economist.com · 5 min read",
        "www.t-online.de",
        "7–9 Minuten",
    ],
)
def test_newsletter_and_reader_view_furniture_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    ["Hello from the other side of the river, where the ferry still runs.", "Liebe in Zeiten"],
)
def test_a_sentence_opening_with_a_greeting_word_is_not_a_salutation(line: str) -> None:
    assert _kind_of(line) is not BlockKind.BOILERPLATE


def test_the_headline_of_a_newsletter_stands_under_its_greeting() -> None:
    headline = "Pilsen's murals are going digital, with strings attached"
    text = (
        "View in browser\n\nAxios Chicago Weekly Edition\n\nTuesday, March 18, 2025\n\n"
        f"Good morning, Chicago.\n\n{headline}\n\n{_BODY}\n"
    )
    article = parse_text(text)
    kinds = {block.text: block.kind for block in article.blocks}
    assert article.title == headline
    assert kinds["Axios Chicago Weekly Edition"] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line", ["KURIER-Wertung: ★★★★☆", "Cuisine : ★★★★", "Service : ★★★½", "★★★½"]
)
def test_star_ratings_with_what_they_rate_are_meta(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


@pytest.mark.parametrize("line", ["3.52pm", "10.25 am", "7:05 a.m."])
def test_a_live_blogs_entry_time_is_meta(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


def test_a_breadcrumb_from_home_is_boilerplate_but_a_slashed_credit_is_not() -> None:
    assert _kind_of("Home / News / Associated Press") is BlockKind.BOILERPLATE
    assert _kind_of("Sergei Kholodilin / AP / NTB") is not BlockKind.BOILERPLATE


def test_a_long_title_under_the_site_name_and_its_breadcrumb_is_the_headline() -> None:
    headline = "Edith Marlowe, Whose Diner Fed Three Generations of Steelworkers, Dies at 91"
    article = parse_text(
        f"U.S. News & World Report\n\nHome / News / Associated Press\n\n{headline}\n\n"
        f"By DANA O'CONNELL, Associated Press\n\n{_BODY}\n"
    )
    assert article.title == headline


def test_a_cookie_banners_buttons_are_boilerplate() -> None:
    assert _kind_of("Paramétrer les cookies Accepter et fermer") is BlockKind.BOILERPLATE


def test_ranking_lines_under_one_another_are_not_subheadings() -> None:
    ranking = "1. Livio Brunner (SUI) 2:31,44\n2. Jonas Haugstad (NOR) +0,18\n3. Nico Egger"
    article = parse_text(_TOP + _BODY + "\n\n" + ranking + "\n\n" + _BODY + "\n")
    kinds = [block.kind for block in article.blocks if block.text[:2] in ("1.", "2.", "3.")]
    assert kinds == [BlockKind.PARAGRAPH] * 3


def test_short_lines_in_a_row_under_text_are_a_box_under_its_heading() -> None:
    box = ["KONSERT", "Frida Lervik og band", "Hamar kulturhus, storsalen", "Publikum: 650"]
    article = parse_text(_TOP + _BODY + "\n\n" + "\n\n".join(box) + "\n\n" + _BODY + "\n")
    kinds = [next(b.kind for b in article.blocks if b.text == line) for line in box]
    assert kinds == [BlockKind.SUBHEADING] + [BlockKind.PARAGRAPH] * 3


def test_two_headings_in_a_row_stay_headings() -> None:
    article = parse_text(
        _TOP + _BODY + "\n\nYour questions answered\n\nDoes rain wash the pollen away?\n\n" + _BODY
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Your questions answered"] is BlockKind.SUBHEADING
    assert kinds["Does rain wash the pollen away?"] is BlockKind.SUBHEADING


def test_names_under_a_line_ending_in_a_colon_are_a_list() -> None:
    names = ["Anton Sjödin", "Noah Berglund", "Hampus Nyström"]
    text = _TOP + _BODY + "\n\nDT:s tre stjärnor:\n\n" + "\n\n".join(names) + "\n\nDela artikeln\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert [kinds[name] for name in names] == [BlockKind.PARAGRAPH] * 3


def test_a_writer_named_with_a_role_and_noted_at_the_end_is_a_byline() -> None:
    note = (
        "Solveig Aksnes Hovland er rektor ved ein barneskule i Sunnfjord og har skrive "
        "boka «Skulen i bygda» (2021)."
    )
    text = (
        _TOP
        + "Solveig Aksnes Hovland, rektor\n\nPublisert 9. mai 2025\n\n"
        + _BODY
        + f"\n\n{_BODY}\n\n{note}\n\nDel artikkelen\n"
    )
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["Solveig Aksnes Hovland, rektor"] is BlockKind.BYLINE
    assert kinds[note] is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Prøv Dag og Tid: 8 veker for 149 kroner",
        "SMP Plus: Läs allt från Smålandsposten. Första månaden för 1 krona.",
        "Dette er ein kronikk. Meiningane i teksten står for skribenten si rekning.",
        "Har du noko på hjartet? Send kronikk eller lesarbrev til debatt@dagogtid.no",
    ],
)
def test_offers_opinion_notes_and_letter_calls_are_boilerplate(line: str) -> None:
    assert _kind_of(line, before=_BODY + "\n\n", after="") is BlockKind.BOILERPLATE


def test_a_price_in_a_sentence_is_not_an_offer() -> None:
    line = "Billetten koster 50 kroner for en uke, opplyser selskapet."
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Loading",
        "View original",
        "Most Viewed in National",
        "Save Gift this article",
        "Außerdem lesenswert:",
        "Vous avez trouvé une erreur? Merci de nous la signaler.",
        "This article appeared in the Science section of the print edition under the "
        "headline “Hungry mould”",
    ],
)
def test_page_loading_read_later_and_correction_lines_are_boilerplate(line: str) -> None:
    assert _kind_of(line, before=_BODY + "\n\n") is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "March 12, 2025 at 8:14 AM GMT Updated on March 12, 2025 at 11:02 AM GMT",
        "Mar 13th 2025 | WAGENINGEN",
        "Publié le 1er mars 2025",
    ],
)
def test_date_lines_with_an_update_ordinals_or_a_place_are_meta(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


def test_a_name_over_a_photographer_credit_is_a_caption() -> None:
    line = "Hugh Lambourne\nPhotographer: Chris Ratcliffe/Bloomberg"
    article = parse_text(_TOP + _BODY + "\n\n" + line + "\n\n" + _BODY)
    caption = next(block for block in article.blocks if block.text.startswith("Hugh"))
    assert caption.kind is BlockKind.CAPTION
    assert caption.credit == "Chris Ratcliffe/Bloomberg"


@pytest.mark.parametrize(
    "line",
    [
        "Axios Media Inc., Arlington, Virginia. You received this email because you signed "
        "up for Axios Chicago.",
        "Vous recevez cette newsletter car vous êtes inscrit sur notre site.",
        "Unsubscribe | Manage your email preferences",
        "Newsletter abbestellen | Einstellungen ändern | Datenschutz",
    ],
)
def test_newsletter_footers_are_boilerplate(line: str) -> None:
    assert _kind_of(line, before=_BODY + "\n\n", after="") is BlockKind.BOILERPLATE


def test_a_sentence_about_receiving_mail_is_not_a_footer() -> None:
    line = "Kommunen sier at innbyggerne mottar denne e-posten om vannkvaliteten hver uke."
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("introduction", "points", "quote"),
    [
        (
            "Trafikverket räknar med att de här sträckorna kan stängas under natten:",
            ["- E14 mellan Storlien och riksgränsen", "- Vägen över Kolåsfjället"],
            "– Vi har alla plogbilar ute i kväll, säger driftledaren Mikael Sundin.",
        ),
        (
            "The motoring group suggests that drivers:",
            [
                "- check whether the car park still takes payment by phone call",
                "- compare apps, as some car parks accept more than one",
            ],
            "- We have had hundreds of complaints since January, said Ann Lowe.",
        ),
    ],
)
def test_points_under_a_colon_are_a_list_and_a_quote_after_them_is_speech(
    introduction: str, points: list[str], quote: str
) -> None:
    """Points are fragments (no final stop, or lower case) and keep their marker; what
    follows with another dash, or as a full sentence, is speech."""
    text = _TOP + introduction + "\n" + "\n".join(points) + "\n\n" + quote + "\n\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert [kinds[point] for point in points] == [BlockKind.PARAGRAPH] * len(points)
    if quote[0] != points[0][0]:
        assert kinds[quote] is BlockKind.QUOTE


def test_sentences_under_a_speech_verb_and_a_colon_stay_quotes() -> None:
    lines = ["- Vi er ikke ferdige ennå.", "- Vi skal bygge det opp igjen."]
    text = _TOP + "Ordføreren sier:\n\n" + "\n\n".join(lines) + "\n\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert [kinds[line] for line in lines] == [BlockKind.QUOTE, BlockKind.QUOTE]


@pytest.mark.parametrize(
    "line",
    [
        "Berlingske+: Få adgang til alle artikler. Prøv gratis i 30 dage.",
        "Jetzt abonnieren: Lesen Sie alle Artikel mit SZ Plus vier Wochen lang kostenlos.",
        "Essayez gratuitement pendant 30 jours : tous nos articles en illimité",
        "Har du billeder eller video fra branden? Send dem til DR Trekanten på trekanten@dr.dk",
        "Have you got pictures of the fire? Send them to us at news@example.co.uk",
        "SZ Plus",
        "Berlingske+",
        "Zur SZ-Startseite",
        "Til VG-forsiden",
        "Hören Merken Drucken Teilen",
        "Lytt Del Lagre",
    ],
)
def test_free_trials_picture_requests_badges_home_links_and_button_rows_are_chrome(
    line: str,
) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Gratis parkering i 30 dage: kommunen vil lokke flere til bymidten.",
        "Plus de 300 personnes ont été évacuées dans la nuit.",
        "Har du sett brannen? Mange i Vejle så røyken fra motorveien.",
    ],
)
def test_sentences_with_offer_words_stay_text(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize("rating", ["♥♥♥♥♡♡", "★★★☆☆", "Betyg: ♥♥♥♡♡"])
def test_hearts_rate_like_stars(rating: str) -> None:
    assert _kind_of(rating) is BlockKind.META


@pytest.mark.parametrize(
    ("heading", "box"),
    [
        (
            "FAKTA: Orange varning",
            "SMHI:s vädervarningar har tre nivåer: gul, orange och röd. En orange varning "
            "betyder att vädret kan få allvarliga konsekvenser.",
        ),
        (
            "Hintergrund",
            "Die Stadt hatte das Bad schon 2019 schließen wollen, nachdem ein Gutachten "
            "Schäden am Dach gefunden hatte.",
        ),
    ],
)
def test_a_heading_set_one_line_above_its_text_is_its_own_paragraph(heading: str, box: str) -> None:
    text = _TOP + _BODY + "\n\n" + heading + "\n" + box + "\n\n" + _BODY + "\n"
    texts = [block.text for block in parse_text(text).blocks]
    assert heading in texts and box in texts


@pytest.mark.parametrize(
    "opening",
    [
        "’Sommerhuset’ Af Nanna Krogh Iscenesættelse: Jonas Beck Teater Fjord, Aalborg.",
        "»Sommerhuset« er Nanna Kroghs første stykke for en stor scene.",
        "„Das Haus am Fluss“ ist Lotte Brennickes erfolgreichster Roman.",
    ],
)
def test_a_paragraph_opening_with_a_quoted_title_is_no_quote(opening: str) -> None:
    assert _kind_of(opening, before=_BODY + "\n\n") is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "quote",
    ["»Nej«, siger hun.", "“No,” he said.", "« Jamais » : le maire tranche."],
)
def test_a_short_quotation_closed_by_punctuation_is_still_speech(quote: str) -> None:
    assert _kind_of(quote, before=_BODY + "\n\n") is BlockKind.QUOTE


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("Premiere an den Kammerspielen", "Ein Haus, das nicht schweigen will"),
        ("Teater i Aalborg", "Et sommerhus, hvor ingen siger noget"),
    ],
)
def test_a_clause_under_a_bare_kicker_is_the_headline(kicker: str, headline: str) -> None:
    lead = (
        "Die Regisseurin bringt den Familienroman auf die Bühne – mit viel Wasser und einer "
        "großartigen Hauptdarstellerin."
    )
    article = parse_text(f"{kicker}\n\n{headline}\n\n{lead}\n\n{_BODY}\n")
    assert article.title == headline


@pytest.mark.parametrize(
    ("heading", "links"),
    [
        (
            "Meir frå NRK Vestland",
            [
                "Ferja går ikkje – 40 elevar kjem seg ikkje på skulen",
                "Rekordmange vil bli bygdeutviklarar",
            ],
        ),
        ("More about", ["Parking Motorists Consumer rights"]),
    ],
)
def test_links_under_a_more_from_heading_are_chrome(heading: str, links: list[str]) -> None:
    text = _TOP + _BODY + "\n\n" + heading + "\n\n" + "\n\n".join(links) + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert [kinds[link] for link in links] == [BlockKind.BOILERPLATE] * len(links)


@pytest.mark.parametrize(
    ("first", "clip", "second"), [("12h45", "01:24", "12h10"), ("13:58", "01:48", "13:30")]
)
def test_a_clip_length_among_live_blog_times_is_chrome(first: str, clip: str, second: str) -> None:
    entry = "Les trains repartent lentement depuis la gare, selon la SNCF."
    text = _TOP + f"{first}\n\n{entry}\n\n{clip}\n\nDes voyageurs patientent sur les quais.\n\n"
    text += f"{second}\n\n{entry}\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[clip] is BlockKind.BOILERPLATE
    assert kinds[first] is kinds[second] is BlockKind.META


def test_a_live_blog_time_in_order_stays_meta() -> None:
    entry = "Die Fahrer gehen nacheinander auf die Strecke, der Wind hat nachgelassen."
    text = _TOP + f"13:58\n\n{entry}\n\n13:41\n\n{entry}\n\n13:30\n\n{entry}\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["13:41"] is BlockKind.META


@pytest.mark.parametrize(
    ("lines", "signature"),
    [
        (
            "Silje Marie Nordby\nLege og spesialist i allmennmedisin",
            "Silje Marie Nordby Lege og spesialist i allmennmedisin",
        ),
        (
            "Tom Ashworth\nBBC News, North East and Cumbria",
            "Tom Ashworth BBC News, North East and Cumbria",
        ),
    ],
)
def test_a_name_over_its_role_or_outlet_under_the_date_is_a_byline(
    lines: str, signature: str
) -> None:
    text = (
        "Hundreds evacuated as fire engulfs battery plant\n\nPublished 38 minutes ago\n\n"
        f"Share\n\n{lines}\n\n"
        "Hundreds of people have been told to leave their homes after a large fire broke "
        "out at a recycling plant.\n\n" + _BODY + "\n"
    )
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[signature] is BlockKind.BYLINE


@pytest.mark.parametrize("signature", ["Ouest-France Gwenola LE BIHAN.", "Jean-Marc DUPONT"])
def test_a_name_with_its_surname_in_capitals_over_the_date_is_a_byline(signature: str) -> None:
    assert _kind_of(signature, after="Publié le 12/03/2025 à 18h03\n\n" + _BODY) is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Do you have an opinion on the issues raised in this article? If you would like to "
        "submit a response of up to 300 words by email to be considered for publication in "
        "our letters section, please click here.",
        "Vil du skrive i avisen? Send kronikk eller debattinnlegg med navn og telefonnummer "
        "til redaksjonen, så svarer vi deg så snart vi kan, på debatt@example.no",
        "This breaking news story is being updated and more details will be published "
        "shortly. Please refresh the page for the fullest version.",
    ],
)
def test_letters_calls_and_updating_notes_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_question_in_the_text_with_an_address_stays_text() -> None:
    line = (
        "Who pays for the repairs? The council says the owners do, and it has written to "
        "all of them at the address they gave when the flats were sold, it said here."
    )
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "note",
    [
        "Hannah Whitcombe is a writer and campaigner on ageing and disability",
        "Hannah Whitcombe writes about public services and local government",
    ],
)
def test_a_note_on_the_writer_above_several_lines_of_chrome_signs_the_article(
    note: str,
) -> None:
    chrome = [
        "Explore more on these topics",
        "Local government Older people",
        "Share",
        "Reuse this content",
        "Comments (412)",
        "Most viewed",
        "The supermarket loyalty card is a con – and we all fell for it",
        "I swapped my car for an e-bike for a year. Here is what happened",
        "About us Contact us Complaints & corrections",
        "© 2026 Guardian News & Media Limited",
    ]
    text = (
        "Our towns have forgotten their older people\n\nHannah Whitcombe\n\n"
        "Councils closed the public toilets to save money, and now the town centre is "
        "closed to many of us.\n\n"
        + _BODY
        + "\n\n"
        + _BODY
        + "\n\n"
        + note
        + "\n\n"
        + "\n\n".join(chrome)
        + "\n"
    )
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[note] is BlockKind.BYLINE


@pytest.mark.parametrize(
    "credits",
    ["Sujet radio: Lucie Favre Adaptation web: Thomas Mauron", "Tekst: Kari Lie Foto: Ola Hansen"],
)
def test_roles_and_names_over_the_date_line_are_a_byline(credits: str) -> None:
    assert _kind_of(credits, after="Publisert 12.03.2025 14:35\n\n" + _BODY) is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Børsen Pro: Få de vigtigste erhvervsnyheder først",
        "Handelsblatt Premium: Lesen Sie alle Analysen",
        "Vidéo – Les buts de Plouvenec-Valmont (2-1)",
        "Video – Die Rettung am Zielhang",
    ],
)
def test_product_offers_and_video_teasers_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "facts",
    [
        "Roman Karin Vallgren ”Vinterhamnen” Ekebo förlag, 312 sidor",
        "Roman Ida Lunde «Vinterhavn» Gyldendal, 288 sider",
        "Lotte Brennicke „Das Haus am Fluss“ Hanser, 412 Seiten",
    ],
)
def test_a_books_facts_line_is_no_subheading(facts: str) -> None:
    assert _kind_of(facts, before=_BODY + "\n\n") is BlockKind.PARAGRAPH


def test_a_share_price_line_is_no_name_over_an_outlet() -> None:
    line = "Kessler Chemie AG 24,18 EUR -4,92 EUR -16,91%"
    assert _kind_of(line, after="Publisert 12.03.2025 14:35\n\n" + _BODY) is not BlockKind.BYLINE


@pytest.mark.parametrize(
    ("labels", "speakers"),
    [
        (
            ["Hamburger Abendblatt", "Maren Iversen", "Hamburger Abendblatt", "Iversen"],
            [None, "Maren Iversen", None, "Iversen"],
        ),
        (["RFI", "Claire Vasseur", "RFI", "Vasseur"], [None, "Claire Vasseur", None, "Vasseur"]),
    ],
)
def test_an_interviewee_named_in_full_then_by_surname_is_one_voice(
    labels: list[str], speakers: list[str | None]
) -> None:
    said = [
        "Wie wird man das?",
        "Über Umwege, wie so oft.",
        "Und bei Nebel?",
        "Man hört den Hafen.",
    ]
    turns = [f"{label}: {text}" for label, text in zip(labels, said, strict=True)]
    article = parse_text(_TOP + "\n\n".join(turns) + "\n\n" + _BODY + "\n")
    found = {block.text: block for block in article.blocks}
    assert [found[turn].kind for turn in turns] == [BlockKind.QUOTE] * 4
    assert [found[turn].speaker for turn in turns] == speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Mr Tobin added: “I want to know who knew what, and when.”", "Mr Tobin"),
        (
            "Klubbordföranden Samira Haddad säger: ”Vi fick veta det samtidigt som alla andra.”",
            "Samira Haddad",
        ),
        ("Bürgermeisterin Anna Huber sagte: „Wir brauchen einen Plan.“", "Anna Huber"),
    ],
)
def test_a_quotation_after_a_short_attribution_and_a_colon_is_a_quote(
    paragraph: str, speaker: str
) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + paragraph + "\n\n" + _BODY + "\n")
    block = next(block for block in article.blocks if block.text == paragraph)
    assert (block.kind, block.speaker) == (BlockKind.QUOTE, speaker)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Am Eingang klebt seit Wochen ein Zettel: „Aufzug außer Betrieb“, und niemand weiß mehr.",
        "The council's notice read: “Closed for repairs”, but nobody came for a month.",
    ],
)
def test_narration_before_a_colon_keeps_the_paragraph(paragraph: str) -> None:
    assert _kind_of(paragraph, before=_BODY + "\n\n") is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "We value your privacy",
        "Avec nos partenaires, nous utilisons des cookies pour mesurer l’audience.",
        "MORE OPTIONS",
        "Plus d’options",
        "2025 © Chicago Tribune. Visit at chicagotribune.com.",
        "Le Devoir © 2025",
        "Sidan uppdateras.",
        "Die Seite wird aktualisiert.",
        "4 mn",
        "À voir en vidéo",
        "Report an error",
    ],
)
def test_consent_updating_notes_and_footer_links_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(("sign_off", "after"), [("km/ch (dpa)", ""), ("red, wien.ORF.at", "")])
def test_newsroom_and_editor_sign_offs_are_bylines(sign_off: str, after: str) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + sign_off + "\n")
    assert next(b.kind for b in article.blocks if b.text == sign_off) is BlockKind.BYLINE


def test_a_writers_address_under_the_date_at_the_end_is_a_byline() -> None:
    lines = [
        "Hail damages thousands of cars in the western suburbs",
        "Hailstones the size of golf balls fell for twenty minutes on Tuesday evening, denting "
        "cars and shattering skylights from Naperville to Aurora.",
        "Insurance experts advise homeowners to photograph the damage before making any repairs "
        "and to be wary of contractors who knock on doors, officials said.",
        "Originally Published: March 11, 2025 at 9:58 PM CDT",
        "mdelaney@example.com",
    ]
    text = "\n".join(lines) + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["mdelaney@example.com"] is BlockKind.BYLINE


@pytest.mark.parametrize(
    ("heading", "points"),
    [
        ("Repères", ["1935 : création de la cave coopérative.", "140 vignerons coopérateurs."]),
        ("Fakta", ["Grunnlagt i 1961.", "Tolv ansatte."]),
    ],
)
def test_the_lines_under_a_fact_box_heading_are_points(heading: str, points: list[str]) -> None:
    text = _TOP + _BODY + "\n\n" + heading + "\n" + "\n".join(points) + "\n\n" + _BODY + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert [kinds[point] for point in points] == [BlockKind.PARAGRAPH] * len(points)


@pytest.mark.parametrize(
    ("links_heading", "link"), [("Link:", "Wiener Wohnen"), ("More in this section", "Cork pool")]
)
def test_a_link_under_a_links_heading_is_chrome(links_heading: str, link: str) -> None:
    text = _TOP + _BODY + "\n\n" + links_heading + "\n\n" + link + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[link] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "notice",
    [
        "Denne artikkelen er over ett år gammel.",
        "Den här artikeln är mer än två år gammal.",
        "This article is more than 3 years old",
        "Dieser Artikel ist älter als ein Jahr.",
    ],
)
def test_an_old_articles_notice_is_chrome(notice: str) -> None:
    assert _kind_of(notice) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "points",
    [
        [
            "- Regjeringen vil kutte utslippene",
            "- Planen koster 20 milliarder",
            "- Opposisjonen er kritisk",
        ],
        ["- The council will close the pool", "- Clubs lose their training slots"],
    ],
)
def test_the_last_of_the_summary_points_at_the_top_is_no_headline(points: list[str]) -> None:
    lead = "Regjeringen la tirsdag frem sin nye klimaplan, som skal gi store kutt i utslippene."
    article = parse_text("\n".join(points) + "\n\n" + lead + "\n\n" + _BODY + "\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[point] for point in points] == [BlockKind.PARAGRAPH] * len(points)
    assert kinds[lead] is BlockKind.LEAD


@pytest.mark.parametrize(
    ("top", "headline", "lead"),
    [
        (
            "Jönköpings-Posten\n\nFotboll",
            "Varför vill ingen döma barnfotboll?",
            "Var tredje nyutbildad fotbollsdomare i länet slutar efter sin första säsong.",
        ),
        (
            "WESER-KURIER\n\nNiedersachsen",
            "Bleiben viele Badeseen in diesem Sommer ohne Aufsicht?",
            "Kurz vor dem Start der Badesaison fehlen in Niedersachsen Hunderte Rettungsschwimmer.",
        ),
    ],
)
def test_a_question_over_the_standfirst_is_the_headline(top: str, headline: str, lead: str) -> None:
    article = parse_text(f"{top}\n\n{headline}\n\n{lead}\n\n{_BODY}\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert article.title == headline
    assert kinds[lead] is BlockKind.LEAD


def test_a_question_headline_over_the_writer_time_and_share_button_is_the_headline() -> None:
    headline = "Kendal library hours to be cut: 'Where else will we go?'"
    lead = (
        "Opening hours at a town library are to be cut by a third, leaving regulars "
        "worried about where they will spend their afternoons."
    )
    text = (
        f"{headline}\n\nTom Ashworth\n\nBBC News, Cumbria\n\n5 hours ago\n\nShare\n\n"
        f"{lead}\n\n{_BODY}\n"
    )
    article = parse_text(text)
    kinds = {block.text: block.kind for block in article.blocks}
    assert article.title == headline
    assert kinds[lead] is BlockKind.LEAD


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("Hochwasser an der Mosel", "Cochem und Traben-Trarbach stehen unter Wasser"),
        ("Sturmtief über dem Norden", "Bahn stellt Fernverkehr in Schleswig-Holstein ein"),
        ("Razzia in fünf Bundesländern", "Schlag gegen mutmaßliche Schleuserbande"),
    ],
)
def test_the_lower_of_two_title_lines_over_the_date_line_is_the_headline(
    kicker: str, headline: str
) -> None:
    text = (
        f"{kicker}\n\n{headline}\n\nStand: 04.12.2026 15:24 Uhr\n\n"
        "Nach tagelangem Regen hat der Fluss die Marke von neun Metern überschritten.\n\n" + _BODY
    )
    article = parse_text(text)
    kinds = {block.text: block.kind for block in article.blocks}
    assert article.title == headline
    assert kinds[kicker] is BlockKind.BOILERPLATE


def test_a_kicker_over_a_quoted_headline_with_the_date_between_it_and_the_lead() -> None:
    headline = "„Die Leute kommen einfach nicht mehr“ – Händler leiden unter Brückensperrung"
    text = (
        "Gesperrte Lahnbrücke in Weilburg\n\n" + headline + "\n\nStand: 12.03.25 18:42 Uhr\n\n"
        "Seit die Lahnbrücke gesperrt ist, bleiben in der Altstadt die Kunden aus.\n\n"
        + _BODY
        + "\n"
    )
    assert parse_text(text).title == headline


@pytest.mark.parametrize("intro", ["Se hele interviewet her:", "Watch the full interview here:"])
def test_a_clip_length_under_a_video_introduction_is_chrome(intro: str) -> None:
    caption = "Driftschef Anders Møller på færgelejet i Stigsnæs."
    text = _TOP + _BODY + "\n\n" + intro + "\n\n01:58\n\n" + caption + "\n\n" + _BODY + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["01:58"] is BlockKind.BOILERPLATE
    assert kinds[caption] is BlockKind.CAPTION


def test_a_gallery_below_an_ad_keeps_its_last_caption() -> None:
    captions = [
        "Publikum på første rad under konserten.",
        "Gitarist Mads Aune på scenen.",
        "Køen utenfor Plassen en time før konserten.",
    ]
    gallery = "\n\n".join(f"• ({n}/3)\n\n{caption}" for n, caption in enumerate(captions, 1))
    above = (
        "Bandet spilte i nesten to timer, og publikum sang med på hvert eneste refreng fra "
        "første til siste låt, også på de nye sangene fra høstens album."
    )
    text = _TOP + above + "\n\nAnnonse\n\n" + gallery + "\n\nHvor ble det av låtene?\n\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text + "\n").blocks}
    assert [kinds[caption] for caption in captions] == [BlockKind.CAPTION] * 3


@pytest.mark.parametrize(
    ("last_line", "chrome"),
    [
        ("At the Lyceum, Edinburgh, until 5 April", "Sign up to Observer Culture, our newsletter"),
        ("Im Schauspielhaus, wieder am 15. und 16. März", "Zur Startseite"),
    ],
)
def test_a_short_last_line_with_only_chrome_below_heads_nothing(
    last_line: str, chrome: str
) -> None:
    text = _TOP + _BODY + "\n\n" + last_line + "\n\n" + chrome + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[last_line] is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Sendung: hr-fernsehen, hessenschau, 12.03.2025, 19.30 Uhr",
        "Réagir (18)",
        "Recevez chaque matin l’essentiel de l’actualité de votre commune Je m’inscris",
    ],
)
def test_broadcast_notes_comment_links_and_sign_up_boxes_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_an_answer_going_on_in_a_paragraph_of_its_own_stays_in_the_interview() -> None:
    turns = [
        "BZ: Frau von der Heydt, wie viele Auerhühner gibt es am Feldberg noch?",
        "Friederike von der Heydt: Wir zählen jedes Frühjahr die Hähne an den Balzplätzen.",
        "Die Spuren im Schnee erzählen dann die Geschichte, Fußabdrücke quer durch den Wald.",
        "BZ: Warum ist ein einzelner Wanderer gefährlich?",
        "Von der Heydt: Weil das Auerhuhn im Winter kaum Energie hat.",
        "BZ: Was raten Sie denen, die sich ärgern?",
        "Von der Heydt: Im Sommer wiederzukommen.",
    ]
    article = parse_text(_TOP + "\n\n".join(turns) + "\n\n" + _BODY + "\n")
    found = {block.text: block for block in article.blocks}
    assert all(found[turn].kind is BlockKind.QUOTE for turn in turns)
    assert [found[turn].speaker for turn in turns] == [
        None,
        "Friederike von der Heydt",
        None,
        None,
        "Von der Heydt",
        None,
        "Von der Heydt",
    ]


@pytest.mark.parametrize(
    "contact",
    ["Contact Kevin Ostrowski at kostrowski@example.com.", "Kontakt Kari Holm på kari@example.no"],
)
def test_a_contact_line_at_the_end_signs_the_article(contact: str) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + contact + "\n")
    assert next(b.kind for b in article.blocks if b.text == contact) is BlockKind.BYLINE


def test_a_results_box_of_long_lines_is_its_lines() -> None:
    lines = [
        "Gudenå FC-Kalundborg Forenede 3-2 (0-1)",
        "Mål: 0-1 Adam Nyborg (23.), 0-2 Mikkel Skov (49.), 1-2 Jonas Bech (71.), 2-2 Emil "
        "Thorsen (84.), 3-2 Jonas Bech (90.+2)",
        "Dommer: Kasper Lauridsen",
        "Tilskuere: 2.314",
    ]
    text = _TOP + _BODY + "\n\n" + "\n".join(lines) + "\n\n" + _BODY + "\n"
    texts = [block.text for block in parse_text(text).blocks]
    assert all(line in texts for line in lines)


@pytest.mark.parametrize(
    "banner",
    [
        "Soundvenue bruger cookies til at forbedre din oplevelse og til statistik.",
        "This site relies on cookies to give you the best experience. Read our policy.",
    ],
)
def test_a_cookie_banner_above_the_article_is_chrome_however_it_opens(banner: str) -> None:
    headline = "Ida Marie Kjær forvandlede Store Vega til et kirkerum"
    lead = "Den jyske sangerinde leverede en koncert, der var så stille, at man kunne høre vejret."
    article = parse_text(f"{banner}\n\nAnmeldelse\n\n{headline}\n\n{lead}\n\n{_BODY}\n")
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[banner] is BlockKind.BOILERPLATE
    assert article.title == headline


def test_a_masthead_above_a_menu_gives_way_to_the_headline() -> None:
    headline = "Saint-Martin-d’Abbat : les parents occupent l’école contre la fermeture"
    text = (
        "La République du Centre\n\nActualité Sports Loisirs Loiret S’abonner\n\n"
        "Châteauneuf-sur-Loire\n\n" + headline + "\n\n"
        "Une quarantaine de parents ont passé la nuit de lundi à mardi dans l’école.\n\n"
        "Par Élodie Marchais\n\n" + _BODY + "\n"
    )
    assert parse_text(text).title == headline


@pytest.mark.parametrize(
    "opening",
    [
        "“Salmon Town,” the 2016 documentary about the canneries, opens with a long shot.",
        "‘Salt and Stone’, a short film about the village, was made here in 2019.",
        "«Åpent når flagget er heist» står det på et håndmalt skilt over døra.",
    ],
)
def test_titles_and_signs_opening_a_paragraph_are_no_quotes(opening: str) -> None:
    assert _kind_of(opening, before=_BODY + "\n\n") is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "signature",
    [
        "Eli Tveiterås, leiar i Sognefjorden pendlarforeining",
        "Kari Lie, lege ved Ahus",
    ],
)
def test_a_name_and_a_role_in_an_organisation_sign_the_article(signature: str) -> None:
    assert _kind_of(signature, after="Publisert 21.10.2025 06:00\n\n" + _BODY) is BlockKind.BYLINE


def test_a_lone_clip_length_above_its_title_is_chrome() -> None:
    title = "Stationnement à l’hôpital : le témoignage d’une mère"
    text = _TOP + _BODY + "\n\n02:31\n\n" + title + "\n\n" + _BODY + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert (kinds["02:31"], kinds[title]) == (BlockKind.BOILERPLATE, BlockKind.CAPTION)


@pytest.mark.parametrize(
    "line",
    [
        "Readers like you are keeping these stories free for everyone. Support The Journal",
        "Kontakt os",
        "Mentions légales",
        "Sendung am Di., 18.11.2025 17:00 Uhr, SWR4 Rheinland-Pfalz",
    ],
)
def test_support_appeals_footer_links_and_broadcast_notes_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Let us know you agree to cookies",
        "Yes, I agree",
        "No, take me to settings",
        "Print subscriptions Sign in Search jobs",
        "The Guardian - Back to home",
        "Live",
        "Kontakt DR Privatlivspolitik Cookies",
        "Om BT Kundeservice Personvern Annonser",
        "X.com Facebook E-Mail Link kopieren",
        "The audio version of this article is read by a computer-generated voice built from "
        "real ones, and may not be perfect.",
    ],
)
def test_consent_live_badges_footer_and_share_rows_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line", ["17.08 AEDT", "9:41 a.m. EST", "Publié à 5 h 00 Mis à jour à 11 h 47"]
)
def test_times_with_their_zone_and_spaced_hours_are_meta(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


def test_a_name_beside_its_outlet_with_a_trailing_dot_is_a_byline() -> None:
    assert _kind_of("Jonah Lavigne · CBC News ·") is BlockKind.BYLINE


@pytest.mark.parametrize(
    "caption",
    [
        "The bill would allow local authorities to fill gaps in the rural bus network. (File image)",
        "Die Schule in Giesing soll 2027 saniert werden (Archivbild)",
    ],
)
def test_a_note_on_the_picture_makes_a_caption(caption: str) -> None:
    assert _kind_of(caption, before=_BODY + "\n\n") is BlockKind.CAPTION


def test_a_long_attribution_before_a_colon_and_a_quotation() -> None:
    paragraph = (
        "Det Sgt Kieran Walsh, of Nottinghamshire Police's economic crime unit, said: "
        "“She took advantage of people who trusted her completely.”"
    )
    article = parse_text(_TOP + _BODY + "\n\n" + paragraph + "\n\n" + _BODY + "\n")
    block = next(block for block in article.blocks if block.text == paragraph)
    assert (block.kind, block.speaker) == (BlockKind.QUOTE, "Kieran Walsh")


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        (
            "Nyheder / Regionale / Midt- og Vestjylland",
            "Vinge knækkede af vindmølle ved Ringkøbing",
        ),
        (
            "Home News Sport Weather iPlayer Sounds Bitesize",
            "Villagers raise money to save the shop",
        ),
    ],
)
def test_section_paths_and_menus_above_the_headline(top: str, headline: str) -> None:
    lead = (
        "En 60 meter lang møllevinge landede på en mark natten til fredag, og ingen kom til skade."
    )
    assert parse_text(f"{top}\n\n{headline}\n\n{lead}\n\n{_BODY}\n").title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Le Monde · Nous contacter · Mentions légales · Politique de confidentialité · Conditions "
        "générales de vente · Plan du site · Index des sujets · Aide",
        "Följ ämnen: Östersund Olyckor Jämtland",
        "Contribuer 12 contributions",
        "Flere nyheder",
    ],
)
def test_footers_topic_follows_and_more_news_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_byline_under_a_date_on_its_own_line_is_kept_apart() -> None:
    lines = [
        "Blaualgen in der Bleilochtalsperre: Landratsamt warnt vor dem Baden",
        "Wenige Tage vor Ferienbeginn hat das Gesundheitsamt vor dem Baden an mehreren Stellen der "
        "Talsperre gewarnt, weil sich Blaualgen ausbreiten.",
        "Stand: 02. Juli 2025, 17:23 Uhr",
        "von Sabine Kuhnert, MDR THÜRINGEN",
        "Grund sind hohe Wassertemperaturen und wenig Wind, wie das Landratsamt mitteilte, das die "
        "Werte jede Woche prüft.",
    ]
    texts = [block.text for block in parse_text("\n".join(lines) + "\n").blocks]
    assert lines[2] in texts and lines[3] in texts


@pytest.mark.parametrize(
    "items",
    [
        [
            "Tessa Moraine (Independent) – 8,947",
            "Graeme Haldane (Nelson Together) – 8,635",
            "Informal and blank votes – 214",
        ],
        [
            "Taboulé oriental 300 g, lot L2502-14",
            "Taboulé oriental 500 g, lot L2502-14",
            "Salade de boulgour 250 g, lot L2502-15",
        ],
    ],
)
def test_numbered_list_lines_under_a_colon_are_their_own_paragraphs(items: list[str]) -> None:
    text = (
        _TOP + _BODY + "\n\nThe preliminary results:\n" + "\n".join(items) + "\n\n" + _BODY + "\n"
    )
    texts = [block.text for block in parse_text(text).blocks]
    assert all(item in texts for item in items)


@pytest.mark.parametrize(
    "line",
    [
        "Partager sur Facebook Partager sur X Copier le lien",
        "Sujets liés Consommation Santé Alimentation",
        "Auch interessant",
        "About Stuff Contact us Privacy policy © 2025 Stuff Limited",
        "DinSide er en del av Aller Media. © DinSide 2025",
        "P4 Göteborg uppdaterar nyheten under dagen.",
        "Lyssna: Tågstoppet på Västra stambanan (1 min)",
        "Vil du sende inn eit minneord? Send teksten til redaksjonen@example.no",
    ],
)
def test_share_rows_topics_ownership_and_newsroom_notes_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_caption_with_a_copyright_credit_after_its_date_stays_a_caption() -> None:
    caption = "Des agents d’Enedis sur une ligne à Morlaix, le 13 mars 2025. © AFP"
    assert _kind_of(caption, before=_BODY + "\n\n") is BlockKind.CAPTION


@pytest.mark.parametrize(
    "note",
    [
        "L’auteure est bibliothécaire à Québec depuis dix-neuf ans.",
        "The author is a retired teacher in Leeds.",
    ],
)
def test_a_note_naming_the_writer_by_role_signs_the_article(note: str) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + note + "\n")
    assert next(b.kind for b in article.blocks if b.text == note) is BlockKind.BYLINE


@pytest.mark.parametrize("mark", ["* * *", "***", "•", "—", "II", "◆ ◆ ◆"])
def test_section_breaks_in_a_long_piece_are_chrome(mark: str) -> None:
    assert _kind_of(mark, before=_BODY + "\n\n") is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Midtjyllands Avis Kontakt Privatlivspolitik Cookies © Jysk Fynske Medier",
        "KentOnline About us Contact us Privacy policy © KM Media Group",
        "Dieser Text stammt aus dem ZEITmagazin Nr. 12/2025.",
        "Aus dem ZEITmagazin Nr. 12/2025",
    ],
)
def test_footers_with_the_owner_and_edition_notes_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    ("menu", "headline"),
    [
        (
            "Marseille Aix-en-Provence Bouches-du-Rhône Vaucluse Sports Faits divers",
            "Puyloubier retrouve une épicerie, tenue par ses habitants",
        ),
    ],
)
def test_a_menu_with_one_section_in_lower_case(menu: str, headline: str) -> None:
    lead = "Après deux ans sans commerce, les habitants ont rouvert une épicerie participative."
    assert parse_text(f"{menu}\n\n{headline}\n\n{lead}\n\n{_BODY}\n").title == headline


def test_a_title_case_headline_is_no_menu() -> None:
    headline = "Trump Meets Putin in Helsinki Amid Protests"
    lead = "The two leaders met for two hours on Monday, their first summit in a year."
    assert parse_text(f"{headline}\n\n{lead}\n\n{_BODY}\n").title == headline


@pytest.mark.parametrize(
    "makers",
    [
        "Words by Colette Arsenault Photographs by Devon Tulk",
        "Gunhild Moe Sætre (tekst) og Hans Petter Lund (foto)",
    ],
)
def test_the_makers_of_a_long_piece_under_its_standfirst_are_a_byline(makers: str) -> None:
    text = (
        "Skogen under havet\n\nTareskogen langs Helgelandskysten vokser tilbake, og med den "
        "kommer fisken, fuglene og fiskerne\n\n" + makers + "\n\n" + _BODY + "\n\n" + _BODY + "\n"
    )
    assert next(b.kind for b in parse_text(text).blocks if b.text == makers) is BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Video 1:37 min",
        "Spela upp 1:48",
        "Durée de la vidéo : 00h01mn52s",
        "Follow STV News on WhatsApp. Scan the QR code on your mobile device for the latest.",
        "Følg NRK Vestland på Facebook",
        "Seneste nyt",
        "Mest läst Ny restaurang öppnar i gamla tullhuset Olofström: Vägarbete stänger centrum "
        "i tre veckor Trafikolycka på riksväg 27",
    ],
)
def test_player_lines_follow_calls_and_latest_news_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_video_title_under_its_player_line_is_a_caption() -> None:
    title = "Eine Ärztin, ein Bus, vier Dörfer: Wie der Praxisbus funktioniert"
    text = _TOP + _BODY + "\n\nVideo 1:37 min\n\n" + title + "\n\n" + _BODY + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[title] is BlockKind.CAPTION


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("News / Northern Ireland", "Farmer pleads for patience as rare bird draws hundreds"),
        (
            "Senaste nytt Inrikes Utrikes Ekonomi Sport Väder Lokala nyheter",
            "Sista apoteket i Kopparberg stänger – ”Vi har inget val”",
        ),
    ],
)
def test_two_part_section_paths_and_menus_with_two_lower_case_words(
    top: str, headline: str
) -> None:
    lead = "A wader not recorded in Northern Ireland for more than 40 years has come to the shore."
    assert parse_text(f"{top}\n\n{headline}\n\n{lead}\n\n{_BODY}\n").title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Download the STV News app. Get all the latest news from around the country, breaking "
        "stories and videos sent straight to your phone every day.",
        "Follow STV News on WhatsApp. Scan the QR code on your mobile device for all the latest "
        "news from around the country, every day of the week.",
        "Écouter l’article",
        "ZDF Impressum Datenschutz Einstellungen Kontakt",
    ],
)
def test_long_app_and_follow_promos_listen_buttons_and_footers_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_short_lone_clip_length_is_chrome() -> None:
    text = (
        _TOP + _BODY + "\n\n1:05\n\nOwner thanks supporters outside the cinema\n\n" + _BODY + "\n"
    )
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["1:05"] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Régions > Grand Est",
        "Über dieses Thema berichtet der WDR am 12.03.2025 auch im Hörfunk: WDR 5, 18 Uhr.",
        "Unsere Quellen: Reporterin vor Ort, Kiebitzstiftung Westmünsterland",
        "This segment aired on March 18, 2025.",
        "Support the news WBUR is a nonprofit newsroom. Make a gift today.",
        "BZ-Plus Jetzt weiterlesen mit BZ-Digital Basis – 1 Monat für 0 Euro",
        "Ressort: Titisee-Neustadt",
    ],
)
def test_breadcrumbs_source_notes_airing_notes_and_badge_offers_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_menu_in_lower_case_is_no_headline() -> None:
    headline = "« On ne voulait pas que ça meure » : dans les Vosges, le dernier sabotier forme une apprentie"
    lead = "À 79 ans, Gérard Thiébaut fabrique encore des sabots en bois de hêtre dans son atelier."
    text = f"TF1 INFO\n\nactualité politique économie société météo jt\n\n{headline}\n\n{lead}\n\n{_BODY}\n"
    assert parse_text(text).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Merken Teilen Kommentieren",
        "Cet article vous a été utile ? Sachez que vous pouvez suivre Actu Rouen dans l’espace "
        "Mon Actu. En un clic, après inscription, vous y retrouverez toute l’actualité.",
        "Les plus lus Rouen : un bus prend feu sur les quais rive gauche Fête de la musique : le "
        "programme",
    ],
)
def test_comment_buttons_helpfulness_prompts_and_most_read_lists_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_chrome_lines_of_one_block_stay_one_block() -> None:
    most_read = "Les plus lus\nRouen : un bus prend feu sur les quais\nMétéo : des gelées attendues"
    article = parse_text(_TOP + _BODY + "\n\n" + most_read + "\n")
    last = article.blocks[-1]
    assert last.kind is BlockKind.BOILERPLATE
    assert last.text == most_read.replace("\n", " ")


def test_chrome_lines_of_a_text_without_blank_lines_stay_lines() -> None:
    lines = [
        "Streiken stengte flyplassen i hele går",
        "Sikkerhetspersonalet la ned arbeidet torsdag, og hundrevis av avganger ble innstilt.",
        _BODY,
        "Mest lest",
        "Sterk vind stoppet fergen til Munkholmen",
        "© Avisa 2025 · Personvern · Informasjonskapsler",
    ]
    article = parse_text("\n".join(lines) + "\n")
    assert [block.text for block in article.blocks] == lines


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sud Ouest avec AFP", BlockKind.BYLINE),
        ("/ritzau/Reuters", BlockKind.BYLINE),
        ("(©NTB)", BlockKind.BYLINE),
        ("–ritzau–", BlockKind.BYLINE),
        ("franceinfo avec AFP", BlockKind.BYLINE),
        ("Bergens Tidende med NTB", BlockKind.BYLINE),
        ("20 Minutes avec AFP", BlockKind.BYLINE),
        ("(kess/dpa)", BlockKind.BYLINE),
        ("(AFP/jk)", BlockKind.BYLINE),
        ("Hun snakket med NTB om saken i går kveld.", BlockKind.PARAGRAPH),
        ("Saka blir oppdatert.", BlockKind.BOILERPLATE),
        ("Artikeln uppdateras.", BlockKind.BOILERPLATE),
        ("Systemet blir oppdatert neste uke, opplyser kommunen.", BlockKind.PARAGRAPH),
        ("Emne: Ras, Kvinnherad, Vestland", BlockKind.BOILERPLATE),
    ],
)
def test_outlets_with_an_agency_newsroom_notes_and_topics(line: str, kind: BlockKind) -> None:
    assert _kind_of(line) is kind


def test_a_newsletter_promo_with_its_privacy_notice_is_boilerplate() -> None:
    promo = (
        "Sign up to This Week in Westminster Free weekly newsletter Our political team’s guide "
        "to what happened at Westminster and why it matters, every Friday morning. Privacy "
        "notice: we will only use your email address to send you this newsletter."
    )
    assert _kind_of(promo) is BlockKind.BOILERPLATE


def test_a_hyphenated_word_is_not_the_chrome_word_it_starts_with() -> None:
    line = (
        "Related-party dealings have also drawn attention. The company, which is majority "
        "owned by its founder's family, bought kilns worth £4m from a firm controlled by his "
        "brother last year, the accounts show."
    )
    assert _kind_of(line) is BlockKind.PARAGRAPH


def test_a_masthead_its_slogan_and_the_account_links_are_chrome() -> None:
    page = (
        "Skip to main content\n\nThe Washington Post\nDemocracy Dies in Darkness\n\n"
        "Sections\nSubscribe\nSign in\n\nLocal › Education\n\n"
        "College to raise tuition 9 percent and cut 60 jobs\n\n"
        "The college faces a $14.6 million shortfall after enrollment fell again.\n\n"
        + _BODY
        + "\n"
    )
    article = parse_text(page)
    assert article.title == "College to raise tuition 9 percent and cut 60 jobs"
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Sections Subscribe Sign in"] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("Originally Published: March 11, 2025 at 9:58 PM CDT", True),
        ("12. März 2025, 14:05 Uhr", True),
        ("Gilt ab: 1. Juli 2025", False),
        ("Född: 3 maj 2001 i Florø.", False),
    ],
)
def test_a_facts_name_before_a_date_makes_it_no_date_line(line: str, meta: bool) -> None:
    assert (_kind_of(line) is BlockKind.META) is meta


def test_a_gallery_counter_over_its_caption_stands_apart() -> None:
    page = (
        _TOP
        + "1 / 3\nFLAMMER: Ilden brød ud kort efter midnat. Foto: Kenneth Lind\n\n"
        + "2 / 3\nBeboerne blev bedt om at holde vinduerne lukket.\n\n"
        + "3 / 3\nSådan så bygningen ud torsdag morgen. Foto: Ekstra Bladet\n\n"
        + _BODY
        + "\n"
    )
    kinds = {block.text: block.kind for block in parse_text(page).blocks}
    assert kinds["1 / 3"] is kinds["2 / 3"] is BlockKind.BOILERPLATE
    assert kinds["Beboerne blev bedt om at holde vinduerne lukket."] is BlockKind.CAPTION


@pytest.mark.parametrize(
    ("title", "standfirst"),
    [
        (
            "Gwenllian Morgan obituary",
            "Choir conductor who turned 11 women in a Rhondda chapel vestry into one of the "
            "best-loved amateur choirs in Wales",
        ),
        (
            "Nachruf Hanna Albrecht",
            "Die Bildhauerin, die in einer Scheune bei Templin vierzig Jahre lang Figuren aus "
            "Treibholz baute und nie verkaufte",
        ),
    ],
)
def test_a_short_headline_over_an_unpunctuated_standfirst(title: str, standfirst: str) -> None:
    article = parse_text(f"{title}\n\n{standfirst}\n\nDelyth Parry\n\n{_BODY}\n")
    assert article.title == title
    assert article.blocks[1].kind is BlockKind.LEAD


@pytest.mark.parametrize(
    ("announcement", "points", "speech"),
    [
        (
            "Oppropet er kort. Kravene er:",
            ["– Tre sykepleiere på hver nattevakt.", "– Ingen pålagte doble vakter."],
            "– Ingen av punktene er nye, sier Rasmussen.",
        ),
        (
            "The petition makes three demands:",
            ["– Three nurses on every night shift.", "– No forced double shifts."],
            "– None of this is new, said Ms Rasmussen.",
        ),
    ],
)
def test_dash_lines_under_an_announcing_colon_are_a_list(
    announcement: str, points: list[str], speech: str
) -> None:
    text = _TOP + announcement + "\n\n" + "\n\n".join([*points, speech]) + "\n\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert [kinds[point] for point in points] == [BlockKind.PARAGRAPH] * len(points)
    assert kinds[speech] is BlockKind.QUOTE


def test_dash_lines_under_a_colon_that_names_the_speaker_are_speech() -> None:
    intro = "Tränaren Magnus Holm var märkbart besviken efter matchen:"
    answers = [
        "– Vi leder med två mål och har full kontroll.",
        "– Jag är ändå stolt över killarna.",
    ]
    body = "\n\n".join([_BODY] * 4)  # further down than a summary's points stand
    text = _TOP + body + "\n\n" + intro + "\n\n" + "\n\n".join(answers) + "\n\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert [kinds[answer] for answer in answers] == [BlockKind.QUOTE] * 2


def test_bare_questions_over_dash_answers_are_the_interviewers_turns() -> None:
    turns = [
        "Varför ska ni sluta klippa?",
        "– För att vi har klippt för mycket i femtio år.",
        "Vad säger du till dem som tycker att det ser ovårdat ut?",
        "– Att det inte är slarv.",
    ]
    blocks = parse_text(_TOP + "\n\n".join(turns) + "\n\n" + _BODY).blocks
    kinds = {block.text: (block.kind, block.speaker) for block in blocks}
    assert [kinds[turn] for turn in turns] == [(BlockKind.QUOTE, None)] * 4


def test_one_question_over_a_quote_stays_a_subheading() -> None:
    text = _TOP + "Hva skjer nå?\n\n– Vi venter på svar fra departementet, sier Lie.\n\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["Hva skjer nå?"] is BlockKind.SUBHEADING


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Bernard Costes @BCostesFigeac", BlockKind.BOILERPLATE),
        ("Jonas Wallin jonas.wallin@sydsvenskan.se", BlockKind.BYLINE),
    ],
)
def test_a_pasted_posts_author_line(line: str, kind: BlockKind) -> None:
    assert _kind_of(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "Godta alle Kun nødvendige",
        "Écouter l’article Partager",
        "Hide Ad",
        "Je m’abonne",
        "Themen #Bremen #Kleingärten #Wohnungsbau",
        "Dagsavisen Ansvarlig redaktør: Line Margrethe Sørbye Postboks 1183 Sentrum, 0107 Oslo",
        "Chefredaktör och ansvarig utgivare: Jonas Ekberg Lantz © Svenska Dagbladet 2025",
        "Cet article est en accès libre. Mediapart est un journal indépendant, financé "
        "uniquement par ses abonnés.",
    ],
)
def test_buttons_tags_promos_and_the_editors_line_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Del ut mat til alle som trenger det, sier hun.",
        "Redaktøren sa at avisen skal fortsette som før.",
    ],
)
def test_sentences_with_button_and_editor_words_stay_paragraphs(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


def test_a_menu_is_no_headline_however_long() -> None:
    page = (
        "Zum Inhalt springen\n\ntaz. die tageszeitung\n\n"
        "politik öko gesellschaft kultur sport berlin nord wahrheit\n\nLogin\nAbo\n\n"
        "Nord / Bremen\n\nKleingärten gegen Wohnungsbau\n\nLaube gegen Bagger\n\n"
        "In Bremen-Walle sollen 140 Parzellen einem neuen Wohnviertel weichen. Die "
        "Kleingärtner wehren sich.\n\n" + _BODY + "\n"
    )
    assert parse_text(page).title == "Laube gegen Bagger"


def test_a_heading_that_quotes_the_editor_stays_a_heading() -> None:
    text = _TOP + "Chefredaktør: – Vi må kutte\n\n" + _BODY + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["Chefredaktør: – Vi må kutte"] is BlockKind.SUBHEADING


def test_a_kicker_over_a_long_headline_with_a_quote_stays_a_kicker() -> None:
    headline = (
        "Statsministeren om krisen: – Vi må være forberedt på at dette kan vare i flere år framover"
    )
    article = parse_text(f"Krigen i Ukraina\n\n{headline}\n\nKari Nordmann\n\n{_BODY}\n")
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    ["Sognefjord FK–Vestkysten IL 2–1 (0–0)", "Älvbacka IK–Frostvik HC 3–4 (2–0, 1–1, 0–2, 0–1)"],
)
def test_a_match_result_is_no_subheading(line: str) -> None:
    text = _TOP + line + "\n\n" + _BODY + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[line] is BlockKind.PARAGRAPH


def test_a_film_title_in_guillemets_opening_a_sentence_is_no_quote() -> None:
    line = "« Marée basse » sortira en salles le 10 septembre."
    text = _TOP + line + "\n\n« On y va », dit-il.\n\n" + _BODY + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[line] is BlockKind.PARAGRAPH
    assert kinds["« On y va », dit-il."] is BlockKind.QUOTE


def test_a_correction_above_the_headline_leaves_the_headline_its_place() -> None:
    text = (
        "Rettelse: I en tidligere version af denne artikel stod der, at kranen blev bygget i "
        "1952. Den blev bygget i 1949.\n\n"
        "Frivillige vil have den gamle havnekran til at dreje igen\n\n"
        "Portalkranen på Svendborg Havn har stået stille i over 40 år. Nu har en forening "
        "samlet penge ind til at sætte den i stand.\n\n" + _BODY + "\n"
    )
    article = parse_text(text)
    assert article.title == "Frivillige vil have den gamle havnekran til at dreje igen"
    assert [block.kind for block in article.blocks[:3]] == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADLINE,
        BlockKind.LEAD,
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Yderligere oplysninger:",
        "Signe Laursen, kommunikationsansvarlig Tlf. 29 87 12 34 E-mail: sl@nordsotang.dk",
        "Press contact: Jane Roe, Tel. +44 20 7946 0321",
    ],
)
def test_a_press_releases_contacts_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_an_op_eds_author_lines_are_bylines() -> None:
    author = "Hélène Marchetti, maîtresse de conférences en sciences de l’éducation"
    note = (
        "Hélène Marchetti est maîtresse de conférences en sciences de l’éducation. Elle a "
        "dirigé l’ouvrage collectif « Le petit bain » (éditions Lanterne, 2023)."
    )
    text = (
        "« Fermer les piscines l’hiver prive les enfants d’un apprentissage vital »\n\n"
        + author
        + "\n\nLa fermeture hivernale des bassins prive les écoliers d’un apprentissage vital, "
        "et les communes le savent.\n\n" + _BODY + "\n\n" + note + "\n"
    )
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[author] is BlockKind.BYLINE
    assert kinds[note] is BlockKind.BYLINE


def test_a_question_headline_over_a_standfirst_without_its_full_stop() -> None:
    lines = [
        "Is Medford about to close its smallest elementary school?",
        "The School Committee will vote next week on a plan to shut the Hillcrest School and "
        "send its 212 students to two larger schools",
        "By Hannah Pryce-Lowell Globe Staff",
        _BODY,
    ]
    article = parse_text("\n".join(lines) + "\n")
    assert article.title == lines[0]
    assert article.blocks[1].kind is BlockKind.LEAD


def test_a_menu_over_a_question_headline_is_chrome() -> None:
    text = (
        "Le Progrès\n\nLyon\nRhône\nLoire\nAin\nJura\nSports\nFaits divers\n\n"
        "Urgences fermées la nuit à Belley : où les patients devront-ils aller ?\n\n"
        "Faute de médecins, le service des urgences fermera de 20 heures à 8 heures dès le "
        "mois prochain.\n\n" + _BODY + "\n"
    )
    article = parse_text(text)
    assert article.title.startswith("Urgences fermées la nuit à Belley")


@pytest.mark.parametrize(
    "line",
    [
        "© Irish Examiner Ltd About Us · Contact Us · Privacy Statement · Cookie Settings",
        "© Kleine Zeitung GmbH & Co KG Impressum · Datenschutz · Cookie-Einstellungen · AGB",
        "Auch interessant Hallenbad in Buer bleibt bis zum Herbst geschlossen",
        "Sur le même sujet Vauvenargues : la dernière boulangerie cherche un repreneur",
    ],
)
def test_footers_with_links_and_inline_teasers_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Gå til hovedindhold",
        "Diskutieren Sie mit 58 Beiträge",
        "Connectez-vous à votre compte pour participer à la conversation",
        "Bestens informiert mit SZ Plus – 4 Wochen kostenlos testen",
        "Chefredaktion: Carolin Fenske-Hoyer Impressum Datenschutz Nutzungsbedingungen",
    ],
)
def test_skip_links_comment_prompts_trials_and_the_masthead_line(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "names", ["Mathias Strand Eikeland, Ida Marie Rosvold", "Tobias Rheinländer, Berlin"]
)
def test_names_listed_under_the_headline_are_the_byline(names: str) -> None:
    text = f"Mann dømt for knivstikking i Drammen\n\n{names}\n\n" + _BODY + "\n\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds[names] is BlockKind.BYLINE


@pytest.mark.parametrize(
    "banner",
    [
        "VG og våre partnere bruker informasjonskapsler for å tilpasse innhold og annonser.",
        "TV 2 og vores partnere bruger cookies til at forbedre siden og vise relevante annoncer.",
    ],
)
def test_a_cookie_notice_naming_the_sites_partners_is_no_lead(banner: str) -> None:
    text = (
        f"Hopp til hovedinnhold\n\n{banner}\n\nGodta Innstillinger\n\n"
        "Bussjåfør kjørte med 40 passasjerer i promille – dømt til fengsel\n\n"
        "En 51 år gammel sjåfør hadde 1,1 i promille da han kjørte ekspressbussen fra Oslo.\n\n"
        + _BODY
        + "\n"
    )
    article = parse_text(text)
    assert article.title.startswith("Bussjåfør kjørte med 40 passasjerer")
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[banner] is BlockKind.BOILERPLATE
    assert kinds["Godta Innstillinger"] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "LES OGSÅ: Dette er rettighetene dine når flyet blir innstilt",
        # "İ" lower-cases to two characters: the opening is still found where it ends.
        "Les også: İstanbul stengte flyplassen",
    ],
)
def test_openings_compare_letters_in_any_case(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_an_opening_after_another_word_opens_nothing() -> None:
    assert _kind_of("İ Les også: ikke en åpning") is not BlockKind.BOILERPLATE


_LEAD = (
    "Sikkerhetspersonalet la ned arbeidet torsdag, og hundrevis av avganger ble innstilt "
    "over hele landet."
)


def test_one_word_alone_at_the_top_is_the_headline() -> None:
    article = parse_text("Streik\n\n" + _LEAD + "\n\n" + _BODY)
    assert [block.kind for block in article.blocks[:2]] == [BlockKind.HEADLINE, BlockKind.LEAD]
    assert article.title == "Streik"


@pytest.mark.parametrize(
    "above",
    [
        "Hopp til innhold\n\nNyheter\n\n",  # a section name under the page's chrome
        "Dagsavisen\n\nINNENRIKS\n\n",  # the site's name and the section
    ],
)
def test_single_words_over_a_lead_without_headline_are_the_pages(above: str) -> None:
    article = parse_text(above + _LEAD + "\n\n" + _BODY)
    kinds = [block.kind for block in article.blocks]
    assert kinds[:-2] == [BlockKind.BOILERPLATE] * (len(kinds) - 2)
    assert kinds[-2:] == [BlockKind.LEAD, BlockKind.PARAGRAPH]
    assert article.title.startswith("Sikkerhetspersonalet la ned arbeidet")


@pytest.mark.parametrize(
    "line", ["The Guardian - Back to homepage", "Nettavisen – tilbake til forsiden"]
)
def test_a_link_back_to_the_front_page_is_boilerplate(line: str) -> None:
    assert _kind_of(line, before="Nyheter\n\n") is BlockKind.BOILERPLATE


def test_a_newsletter_box_pasted_whole_is_boilerplate() -> None:
    box = (
        "Sign up to Curtain Call Free weekly newsletter The best new theatre, dance and comedy, "
        "reviewed by our critics Enter your email address Sign up Privacy Notice: Newsletters "
        "may contain information about charities, online ads, and content funded by outside "
        "parties. If you do not have an account, we will create a guest account for you on "
        "our site to send you this newsletter."
    )
    assert len(box.split()) > 60
    assert _kind_of(box) is BlockKind.BOILERPLATE


def test_writers_joined_by_and_under_the_headline_are_a_byline() -> None:
    article = parse_text(
        "Copper hits record high as strike enters third week\n\n"
        "Tomás Vergara and Helen Ashby\n\n"
        "Copper prices rose to a record on Thursday as a strike at a Chilean mine dragged on "
        "into its third week.\n\n" + _BODY
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Tomás Vergara and Helen Ashby"] is BlockKind.BYLINE


def test_links_one_per_line_between_chrome_lines_are_boilerplate() -> None:
    links = ["Sky Group", "Advertise With Us", "Terms & Conditions", "Accessibility"]
    article = parse_text(
        _TOP + _BODY + "\n\nAbout Us\n\n" + "\n\n".join(links) + "\n\n© 2025 Sky UK\n"
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert all(kinds[link] is BlockKind.BOILERPLATE for link in links)
    assert kinds[_BODY] is BlockKind.PARAGRAPH


def test_teasers_under_a_read_more_from_heading_end_where_a_section_begins() -> None:
    article = parse_text(
        _TOP
        + "Read more from Sky News:\n\n"
        + "Man jailed for selling fake MOT certificates\n\n"
        + "Police appeal after teenager seriously injured in Bradford\n\n"
        + "Care home failed to carry out checks\n\n"
        + _BODY
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Man jailed for selling fake MOT certificates"] is BlockKind.BOILERPLATE
    assert kinds["Police appeal after teenager seriously injured in Bradford"] is (
        BlockKind.BOILERPLATE
    )
    assert kinds["Care home failed to carry out checks"] is BlockKind.SUBHEADING


def test_footer_links_with_the_owners_notice_are_boilerplate() -> None:
    line = (
        "Le Parisien Nous contacter Mentions légales CGU Politique de confidentialité "
        "Gérer mes cookies © Le Parisien 2025"
    )
    assert len(line.split()) > 14
    assert _kind_of(line, after="") is BlockKind.BOILERPLATE


def test_the_agencys_sign_off_closing_a_paragraph_is_no_credit() -> None:
    last = (
        "Også strømprisene i Sør-Norge kan bli påvirket. Døgnprisen for torsdag ble satt "
        "til 94 øre per kilowattime i Stavanger-området. (©NTB)"
    )
    assert _kind_of(last, after="") is BlockKind.PARAGRAPH
    caption = "Statsministeren på vei inn til møtet. (Foto: Ole Berg-Rusten, NTB)"
    assert _kind_of(caption) is BlockKind.CAPTION


@pytest.mark.parametrize(
    "banner",
    [
        # its buttons run into it: no full stop at the end
        "SVT använder kakor för att förbättra din upplevelse, för statistik och för att "
        "anpassa innehåll. Godkänn alla Endast nödvändiga Inställningar",
        # the data and the partners, without the word for cookies
        "Avec vos données, nous et nos partenaires mesurons l'audience et personnalisons "
        "les contenus. Accepter & Fermer",
    ],
)
def test_a_consent_banner_above_the_article_is_never_its_lead(banner: str) -> None:
    article = parse_text("Till innehåll\n\n" + banner + "\n\n" + _TOP + _BODY)
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[banner] is BlockKind.BOILERPLATE
    assert kinds["Till innehåll"] is BlockKind.BOILERPLATE
    assert kinds["Streiken stengte flyplassen i hele går"] is BlockKind.HEADLINE


def test_a_quotation_under_a_longer_kicker_is_the_headline() -> None:
    article = parse_text(
        "Deutschland › Brandenburg\n\n"
        "Streit um Rechenzentrum in Brandenburg\n\n"
        "»Die wollen unser Wasser«\n\n"
        "In Storkow soll eines der größten Rechenzentren Ostdeutschlands entstehen. Viele "
        "Anwohner fürchten um ihr Grundwasser.\n\n"
        "Die Gemeinde hofft auf Steuereinnahmen in Millionenhöhe, sagt der Bürgermeister.\n"
    )
    assert article.title == "»Die wollen unser Wasser«"
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Streit um Rechenzentrum in Brandenburg"] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Les òg: Ambulansen brukte 90 minutt – no krev bygda eigen base",
        "Join the M.E.N.'s WhatsApp community HERE",
    ],
)
def test_nynorsk_read_also_and_calls_to_join_a_group_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "https://www.faz.net/aktuell/rhein-main/grossbrand-im-industriepark-hoechst.html",
        "Läs artikeln på gp.se: https://www.gp.se/nyheter/goteborg/bromsfel-upptackt",
        "Læs originalen på berlingske.dk",
    ],
)
def test_the_articles_address_and_links_to_read_it_on_the_site_are_boilerplate(
    line: str,
) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_writers_workplace_named_by_its_address_stays_a_byline() -> None:
    assert _kind_of("Av Jorunn Tveit, journalist i forskning.no") is BlockKind.BYLINE


def test_an_address_on_its_own_line_is_not_joined_to_the_next() -> None:
    lines = [
        "Ferje gikk på grunn utenfor Moskenes",
        "Delt fra Dagbladet-appen",
        "https://www.dagbladet.no/nyheter/ferje-gikk-pa-grunn-utenfor-moskenes/",
        "Ferja MF «Lofotodden» gikk på grunn like utenfor fergeleiet i Moskenes natt til tirsdag.",
    ]
    article = parse_text("\n".join(lines) + "\n")
    assert [block.text for block in article.blocks] == lines


@pytest.mark.parametrize(
    "greeting",
    [
        "God morgon! Här är dagens utvalda artikel från redaktionen. Trevlig läsning!",
        "Godmorgen I dag sender vi dig hele historien om et vandværk i Vestjylland.",
    ],
)
def test_a_newsletters_greeting_above_the_story_is_neither_lead_nor_under_the_headline(
    greeting: str,
) -> None:
    article = parse_text("GP Morgon – tisdag 18 november\n\n" + greeting + "\n\n" + _TOP + _BODY)
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[greeting] is BlockKind.BOILERPLATE
    assert article.title == "Streiken stengte flyplassen i hele går"


@pytest.mark.parametrize(
    "line",
    [
        "Öppna i DN-appen",
        "Åbn i app",
        "Télécharger l'application 20 Minutes",
        "Lire dans l’application",
        "Read in app",
    ],
)
def test_a_mobile_pages_app_banner_is_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_sentence_about_an_app_is_not_its_banner() -> None:
    line = "Les utilisateurs de l'application ont signalé la panne dès lundi matin."
    assert _kind_of(line) is not BlockKind.BOILERPLATE


def test_an_app_banner_above_the_headline_does_not_become_it() -> None:
    headline = "Nattbussar i Norrort dras in – ”Hur ska jag ta mig hem från jobbet?”"
    lead = (
        "Från i höst försvinner sex nattbusslinjer i norra Stockholm. Region Stockholm vill "
        "spara 38 miljoner kronor om året."
    )
    article = parse_text("\n\n".join(("Öppna i DN-appen", "Sverige", headline, lead, _BODY)))
    assert article.title == headline
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds[headline], kinds[lead]) == (BlockKind.HEADLINE, BlockKind.LEAD)


@pytest.mark.parametrize("line", ["I dag 07:42", "I går 22:10", "Idag 08.15"])
def test_today_and_yesterday_with_a_time_are_a_date_line(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


def test_a_sentence_with_a_number_and_gar_is_no_date_line() -> None:
    assert _kind_of("Det går 10 busser i timen.") is not BlockKind.META


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Le Point.fr (avec AFP)", BlockKind.BYLINE), ("Le maire (avec AFP)", None)],
)
def test_an_outlet_with_its_agency_in_parentheses_is_a_byline(
    line: str, kind: BlockKind | None
) -> None:
    found = _kind_of(line)
    assert found is kind if kind else found is not BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "LÄS ÄVEN: Bil körde in i busskur i Sandviken – två till sjukhus",
        "Passer la publicité",
        "Ajouter à mes favoris",
    ],
)
def test_teasers_and_page_buttons_of_mobile_pages_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Ämnen Stockholm Kollektivtrafik Region Stockholm",
        "Sujets Santé Diabète Inserm",
        "More about Ferries Portsmouth France Travel News",
        "Emner Haderslev Forbrug Energi",
    ],
)
def test_a_topic_heading_run_into_its_tags_is_boilerplate(line: str) -> None:
    assert _kind_of(line, before=_BODY + "\n\n", after="") is BlockKind.BOILERPLATE


def test_a_sentence_opening_with_a_topic_word_is_no_tag_row() -> None:
    line = "Themen wie Klima und Energie bestimmen den Wahlkampf."
    assert _kind_of(line) is not BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        (
            "Elfmeter in der 86. Minute",
            "Weserbergland dreht Spiel und übernimmt die Tabellenspitze",
        ),
        ("Roman von Marlene Quast", "Das Haff vergisst nichts"),
    ],
)
def test_a_title_line_over_the_headline_and_lead_is_its_kicker(kicker: str, headline: str) -> None:
    lead = (
        "Der Verein liegt lange zurück, spielt fast eine halbe Stunde in Unterzahl und "
        "gewinnt am Ende doch."
    )
    article = parse_text("\n\n".join(("Sport", kicker, headline, lead, _BODY)))
    kinds = {block.text: block.kind for block in article.blocks}
    assert (kinds[kicker], kinds[headline], kinds[lead]) == (
        BlockKind.BOILERPLATE,
        BlockKind.HEADLINE,
        BlockKind.LEAD,
    )
    assert article.title == headline


def test_a_headline_over_its_unpunctuated_standfirst_stays_the_headline() -> None:
    headline = "Storm closes the bridge for the week"
    standfirst = "Drivers face a detour of forty minutes while engineers inspect the cables"
    article = parse_text("\n\n".join((headline, standfirst, "The bridge closed at noon.", _BODY)))
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Eine Rezension von Konstantin Wehrle",
        "A review by Jane Doe",
        "En anmeldelse av Kari Nordmann",
        "Une critique de Jean Dupont",
    ],
)
def test_a_reviews_writer_is_a_byline(line: str) -> None:
    assert _kind_of(line) is BlockKind.BYLINE


def test_a_paragraph_opening_with_a_pronoun_over_a_lone_credit_stays_a_paragraph() -> None:
    story = (
        "Hun opfordrer landmænd, der kommer i økonomiske vanskeligheder, til at tage kontakt "
        "til deres bank i god tid."
    )
    article = parse_text(
        "Kartofler druknet i Sønderjylland\n\n"
        "Regnen har ødelagt høsten på flere gårde. Landmændene mangler millioner.\n\n"
        f"{story}\n\n(Foto: © Mette Skov, Ritzau Scanpix)\n"
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds[story] is BlockKind.PARAGRAPH
    assert kinds["(Foto: © Mette Skov, Ritzau Scanpix)"] is BlockKind.CAPTION


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Tore: 0:1 Okonkwo (34.), 1:1 Brandauer (63.), 2:1 Brandauer (86.)", BlockKind.PARAGRAPH),
        (
            "Gelb-Rote Karte: Yilmaz (66.) – Zuschauer: 11.240 – Schiedsrichter: Tobias Kemmerling",
            BlockKind.PARAGRAPH,
        ),
        ("Lüften, verschatten, begrünen", BlockKind.SUBHEADING),
    ],
)
def test_a_line_of_match_facts_is_no_subheading(line: str, kind: BlockKind) -> None:
    assert _kind_of(line, before=_LEAD_NO + "\n\n") is kind


def test_topic_tags_under_the_closing_chrome_are_boilerplate() -> None:
    tags = ["Tourisme", "Randonnée", "Provence-Alpes-Côte d'Azur"]
    article = parse_text(
        "\n".join(
            [
                "Les gorges du Verdon sur réservation",
                "Il faut désormais réserver pour randonner dans les gorges cet été.",
                "Les réservations se font sur le site du syndicat, quinze jours à l’avance.",
                "Partagez l’article sur les réseaux sociaux",
                *tags,
            ]
        )
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert [kinds[tag] for tag in tags] == [BlockKind.BOILERPLATE] * 3


def test_a_closing_line_right_under_the_text_is_no_tag() -> None:
    article = parse_text(
        "Macbeth review – a storm of a production\n\n"
        "The Lyceum’s new Macbeth is loud, fast and often thrilling.\n\n"
        "It runs for three hours and never drags.\n\n"
        "At the Lyceum, Edinburgh, until 5 April\n"
    )
    assert article.blocks[-1].kind is BlockKind.PARAGRAPH


def test_links_one_to_a_line_under_the_article_are_one_block_of_chrome() -> None:
    article = parse_text(
        "Rechenzentrum braucht mehr Wasser\n\n"
        "Das Rechenzentrum in Storkow soll doppelt so viel Wasser bekommen wie geplant.\n\n"
        "Das Gelände am Storkower See im Februar.\nFoto: Patrick Pleul / dpa\n\n"
        "Die Gemeinde will im Herbst entscheiden.\n\n"
        "Feedback\nArtikel teilen\nFacebook\nX.com\nE-Mail\n"
    )
    last = article.blocks[-1]
    assert (last.kind, last.text) == (
        BlockKind.BOILERPLATE,
        "Feedback Artikel teilen Facebook X.com E-Mail",
    )


def test_writers_and_their_roles_one_to_a_line_are_one_byline() -> None:
    article = parse_text(
        "Ferja står med motorstans\n\n"
        "Ferja mellom Hollingsholmen og Aukra er ute av drift etter en motorskade.\n\n"
        "Siri Hovland Myklebust\nJournalist\nTormod Eide Rønning\nJournalist\n\n"
        "Ferja ble tatt ut av trafikk torsdag morgen.\n"
    )
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["Siri Hovland Myklebust Journalist Tormod Eide Rønning Journalist"] is (
        BlockKind.BYLINE
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("„Föhn“ erzählt von einer Familie in einem Dorf bei Bad Tölz.", BlockKind.PARAGRAPH),
        ("«Nei» sier han, og går.", BlockKind.QUOTE),
    ],
)
def test_a_title_before_a_verb_of_telling_opens_a_paragraph(text: str, kind: BlockKind) -> None:
    assert _kind_of(text, before=_BODY + "\n\n") is kind


@pytest.mark.parametrize(
    "line",
    [
        "Feedback Artikel teilen",
        "Share this article",
        "Faits divers · Essonne",
        "dn.se · Lästid 6 min",
        "zeit.de · 5–7 Minuten",
        "Har du vært utsatt for svindel? Tips VG",
        "L'essentiel de l'actu Recevez chaque matin les informations clés de votre "
        "département S'inscrire",
        "You may also be interested in: Lost wedding ring found in Windermere after 30 years "
        "Town's last post office to close in April",
        "BBC Terms of Use · About the BBC · Privacy Policy · Cookies · Contact the BBC "
        "Copyright 2026 BBC. All rights reserved.",
    ],
)
def test_buttons_crumbs_site_lines_tips_promos_and_footers_are_boilerplate(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize("line", ["Oslo · 12 min", "Sport · 3 mål på 12 minutter"])
def test_a_dot_between_a_place_or_section_and_a_number_is_no_breadcrumb(line: str) -> None:
    assert _kind_of(line) is not BlockKind.BOILERPLATE


def _kinds(text: str) -> dict[str, BlockKind]:
    return {block.text: block.kind for block in parse_text(text).blocks}


def test_the_titles_and_times_of_a_most_read_list_are_chrome() -> None:
    """One paragraph per line: each teaser's time under its title, the list's heading
    above and "Se flere" below."""
    text = (
        "Svindlere tømte kontoen til pensjonist\n"
        "En 81 år gammel kvinne i Drammen mistet sparepengene etter en telefon fra «banken».\n"
        "Hun trodde hun snakket med banken da hun oppga kodene sine til en ukjent mann.\n"
        "– Han var så hyggelig, sier hun.\n"
        "Mest lest\n"
        "Sterk vind stenger E39 over Bjørnafjorden\n"
        "for 1 time siden\n"
        "Mann pågrepet etter knivstikking i Sandvika\n"
        "for 3 timer siden\n"
        "Se flere\n"
    )
    kinds = _kinds(text)
    for line in ("Sterk vind stenger E39 over Bjørnafjorden", "for 1 time siden",
                 "Mann pågrepet etter knivstikking i Sandvika", "for 3 timer siden"):  # fmt: skip
        assert kinds[line] is BlockKind.BOILERPLATE, line


def test_a_relative_time_alone_on_its_line_starts_a_paragraph_of_its_own() -> None:
    text = (
        "Strømsvigt tvang købmand til at give frostvarer væk\n"
        "Da fryserne stod uden strøm hele natten, valgte købmanden at give varerne væk.\n"
        "Mads Kjærbo Linde\n"
        "Journalist\n"
        "for 4 timer siden\n"
        "Allerede klokken syv stod de første kunder i kø foran butikken i Bredballe.\n"
    )
    assert _kinds(text)["for 4 timer siden"] is BlockKind.META


def test_every_link_under_a_teaser_heading_in_one_block_is_chrome() -> None:
    text = (
        _TOP + "Mehr zum Thema\n"
        "Bädersterben in Deutschland: Warum immer mehr Kommunen ihre Schwimmbäder schließen\n"
        "Rettungsschwimmer gesucht: Freibäder verkürzen Öffnungszeiten\n\n"
        "Die Rettungsschwimmer kommen aus dem Dorf\n\n" + _BODY
    )
    kinds = [block.kind for block in parse_text(text).blocks]
    texts = [block.text for block in parse_text(text).blocks]
    teaser = next(i for i, t in enumerate(texts) if "Rettungsschwimmer gesucht" in t)
    assert kinds[teaser] is BlockKind.BOILERPLATE
    assert kinds[texts.index("Die Rettungsschwimmer kommen aus dem Dorf")] is BlockKind.SUBHEADING


def test_a_linked_storys_time_in_the_teaser_block_is_chrome() -> None:
    text = (
        _TOP + _BODY + "\n\nMore on this story\n"
        "Overdue book returned to Penrith library after 40 years\n1 day ago\n\n"
        "Top stories\n"
    )
    blocks = parse_text(text).blocks
    assert all(b.kind is BlockKind.BOILERPLATE for b in blocks if b.text != _BODY and b.kind
               not in (BlockKind.HEADLINE, BlockKind.LEAD))  # fmt: skip
    assert not any(b.kind is BlockKind.META for b in blocks)


def test_a_newsletters_date_under_its_masthead_stays_a_date() -> None:
    text = (
        "Mediapart – La lettre du soir\n\nMardi 18 mars 2025\n\nBonjour,\n\n"
        "Au procès des faux devis, l’ancien adjoint s’explique\n\n"
        "Devant le tribunal correctionnel de Nîmes, l’ex-adjoint a reconnu avoir signé.\n\n"
        "Le procès reprend mercredi matin avec l’audition des experts.\n"
    )
    assert _kinds(text)["Mardi 18 mars 2025"] is BlockKind.META


def test_a_long_question_over_a_standfirst_without_its_stop_is_the_headline() -> None:
    text = (
        "Analysis\n"
        "Mayors are betting on buses to win back the north. Can they make the numbers work?\n"
        "More city regions are preparing to take control of their bus networks and the "
        "politics is popular but the finances are far less certain\n"
        "Nadia Farrow\n"
        "Policy editor\n"
        "When the first franchised buses rolled out in Manchester, the mayor was there.\n"
    )
    article = parse_text(text)
    assert article.title.startswith("Mayors are betting on buses")
    assert _kinds(text)["Analysis"] is BlockKind.BOILERPLATE


def test_a_lower_case_line_of_the_page_under_a_finished_sentence_stands_apart() -> None:
    text = (
        "Pharmacies to offer free blood pressure checks\n"
        "Millions of adults will be able to walk in without an appointment from April.\n"
        "Pharmacists will refer people with high readings to their GP practice.\n"
        "skip past newsletter promotion\n"
        "Sign up to First Edition\n"
        "Privacy Notice: Newsletters may contain information about charities and online ads.\n"
        "after newsletter promotion\n"
        "The National Pharmacy Association welcomed the announcement on Tuesday.\n"
    )
    kinds = _kinds(text)
    assert kinds["skip past newsletter promotion"] is BlockKind.BOILERPLATE
    assert kinds["after newsletter promotion"] is BlockKind.BOILERPLATE
    assert (
        kinds["Pharmacists will refer people with high readings to their GP practice."]
        is BlockKind.PARAGRAPH
    )


def test_a_byline_and_a_date_line_in_lower_case_stand_apart() -> None:
    text = (
        "A Vierzon, les urgences fermeront la nuit faute de médecins\n"
        "A partir du 16 mars, le service d’urgences ne recevra plus de patients la nuit.\n"
        "par Hélène Marty, correspondante à Bourges\n"
        "publié le 3 mars 2026 à 17h42\n"
        "Devant l’entrée des urgences, une cinquantaine de soignants se sont rassemblés.\n"
    )
    kinds = _kinds(text)
    assert kinds["par Hélène Marty, correspondante à Bourges"] is BlockKind.BYLINE
    assert kinds["publié le 3 mars 2026 à 17h42"] is BlockKind.META


def test_a_date_line_opened_by_a_dash_is_a_date() -> None:
    assert _kind_of("-Aktualisiert am 03.03.2026-17:42") is BlockKind.META


def test_a_programmes_promotion_asking_for_stories_is_chrome() -> None:
    line = (
        "Listen to highlights from West Yorkshire on BBC Sounds, catch up with the latest "
        "episode of Look North or tell us about a story you think we should be covering here."
    )
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "tags",
    [
        "Faits-divers\nVol\nSNCF\nTransports\nNantes\nPays de la Loire",
        "Konkurs\nBygg og anlegg\nBoligmarkedet\nInnlandet",
    ],
)
def test_tags_one_to_a_line_closing_the_text_are_chrome(tags: str) -> None:
    text = _TOP + _BODY + "\n\n" + tags + "\n"
    blocks = parse_text(text).blocks
    assert blocks[-1].kind is BlockKind.BOILERPLATE
    assert blocks[-1].text == tags.replace("\n", " ")
    assert blocks[-2].text == _BODY


def test_tags_closing_a_hard_wrapped_text_are_chrome() -> None:
    body = (
        "De ansatte ble orientert om konkursen på et allmøte i Hamar tirsdag\n"
        "morgen, og Nav holder informasjonsmøte for dem torsdag ettermiddag.\n\n"
        "Bostyrer vil ikke si noe om hvor store verdier som er igjen i boet\n"
        "før han har fått gått gjennom regnskapene for de siste to årene.\n\n"
    )
    text = body + "Konkurs\nBygg og anlegg\nBoligmarkedet\nInnlandet\n"
    blocks = parse_text(text).blocks
    assert blocks[-1].kind is BlockKind.BOILERPLATE


def test_a_writers_name_and_role_closing_the_text_are_no_tags() -> None:
    text = _TOP + _BODY + "\n\nKari Nordmann\nOla Hansen\nPer Olsen\n"
    assert all(b.kind is not BlockKind.BOILERPLATE for b in parse_text(text).blocks)


def test_a_kicker_over_the_headline_with_a_caption_before_the_lead() -> None:
    text = (
        "Sturmtief über dem Harz\n"
        "Orkanböen knicken Bäume wie Streichhölzer – Brocken gesperrt\n"
        "03.03.2026, 14:12 Uhr\n"
        "Feuerwehrleute zersägen eine umgestürzte Fichte. (Foto: picture alliance / dpa)\n"
        "Mit Spitzenböen von fast 150 Kilometern pro Stunde fegt das Sturmtief über den Harz. "
        "Zahlreiche Straßen sind blockiert.\n"
        "Das Sturmtief hat in der Nacht zum Dienstag erhebliche Schäden angerichtet.\n"
    )
    article = parse_text(text)
    assert article.title == "Orkanböen knicken Bäume wie Streichhölzer – Brocken gesperrt"
    assert _kinds(text)["Sturmtief über dem Harz"] is BlockKind.BOILERPLATE


@pytest.mark.parametrize("line", ["Sponsor Message", "toggle caption", "Story Saved"])
def test_sponsor_lines_and_picture_buttons_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_contributors_under_the_text_are_a_byline() -> None:
    line = "Contributing: Wes Halvorsen, Salem Statesman Journal"
    text = _TOP + _BODY + "\n\n" + line + "\n"
    assert _kinds(text)[line] is BlockKind.BYLINE


def test_a_table_of_contents_repeating_the_subheadings_is_chrome() -> None:
    """The page's list of links to its sections, and the line heading it, are chrome; the
    subheadings they repeat further down stay subheadings."""
    sections = ["Warum das Geschäft eingebrochen ist", "Was die Gewerkschaft fordert"]
    body = "Die Produktion läuft vorerst weiter, teilte das Unternehmen am Dienstag mit."
    text = (
        "Fahrradhersteller aus Niedersachsen ist pleite\n\n"
        "Der E-Bike-Boom ist vorbei, nun trifft es einen Traditionsbetrieb.\n\n"
        "Das Wichtigste im Überblick\n\n" + "\n\n".join(sections) + "\n\n" + body + "\n\n"
        + f"{sections[0]}\n\n{body}\n\n{sections[1]}\n\n{body}\n"
    )  # fmt: skip
    blocks = parse_text(text).blocks
    kinds = [(block.text, block.kind) for block in blocks]
    assert ("Das Wichtigste im Überblick", BlockKind.BOILERPLATE) in kinds
    assert [kind for line, kind in kinds if line == sections[0]] == [
        BlockKind.BOILERPLATE,
        BlockKind.SUBHEADING,
    ]
    assert [kind for line, kind in kinds if line == sections[1]] == [
        BlockKind.BOILERPLATE,
        BlockKind.SUBHEADING,
    ]


def test_a_subheading_named_once_is_no_table_of_contents() -> None:
    body = "Die Produktion läuft vorerst weiter, teilte das Unternehmen am Dienstag mit."
    text = _TOP + f"Was die Gewerkschaft fordert\n\n{body}\n\nWas jetzt kommt\n\n{body}\n"
    assert _kinds(text)["Was die Gewerkschaft fordert"] is BlockKind.SUBHEADING


@pytest.mark.parametrize(
    "line",
    [
        "Um diese Karte anzuzeigen, ist Ihre Zustimmung zur Datenübertragung an Dritte "
        "erforderlich.",
        "Für diesen Beitrag benötigen wir Ihre Einwilligung, Inhalte von LinkedIn zu laden. "
        "Mit einem Klick können Sie die Inhalte anzeigen lassen und die Einwilligung "
        "jederzeit in den Datenschutzeinstellungen widerrufen, wie es in unserer "
        "Datenschutzerklärung beschrieben ist.",
        "We need your consent to load this YouTube video.",
        "Einverstanden",
        "Zustimmen und anzeigen",
    ],
)
def test_an_embedded_posts_request_for_consent_is_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Die Eltern hatten ihre Zustimmung gegeben, teilte die Schule mit.",
        "Die Eltern hatten ihre Zustimmung gegeben, das Video im Unterricht anzuzeigen.",
    ],
)
def test_consent_in_a_news_sentence_is_text(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


def test_a_quote_that_mentions_a_link_is_a_quote() -> None:
    line = "– Jeg trykket på «klikk her», og så var pengene borte, sier hun."
    assert _kind_of(line) is BlockKind.QUOTE


def test_the_sources_a_story_names_under_it_are_chrome() -> None:
    text = (
        _TOP.replace("\n\n", "\n") + _BODY + "\nVerwendete Quellen\nNachrichtenagentur dpa\n"
        "Mitteilung der Velonord GmbH vom 3. März 2026\nGespräch mit Sabine Kötter\n"
    )  # one paragraph to a line
    sources = [
        kind
        for line, kind in _kinds(text).items()
        if "Quellen" in line or "dpa" in line or "Kötter" in line
    ]
    assert sources and all(kind is BlockKind.BOILERPLATE for kind in sources)


@pytest.mark.parametrize(
    "line",
    [
        "Video-Player wird geladen...",
        "Die Wiedergabe wurde unterbrochen.",
        "Loading…",
        "Audiobeitrag 1:48 Min.",
        "Mehr News aus dem Landkreis Ebersberg lesen Sie hier.",
        "Dieser Artikel wurde mithilfe von KI erstellt und vor der Veröffentlichung von einem "
        "Redakteur geprüft.",
        "This article was created with the help of AI and checked by an editor.",
        "Dieser Text wurde mit Hilfe künstlicher Intelligenz übersetzt.",
        "Denne artikkelen er oversatt ved hjelp av kunstig intelligens.",
    ],
)
def test_players_links_and_notes_on_machine_help_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Die Stadt will die Ergebnisse der Befragung hier in Ebersberg vorstellen.",
        "Forscher haben mithilfe von KI die Proteine von 300 Bakterien bestimmt.",
        "Students using AI have written essays that their teachers could not tell apart.",
        "Un article de loi encadre l'usage de l'intelligence artificielle à l'école.",
    ],
)
def test_sentences_near_those_forms_stay_text(line: str) -> None:
    assert _kind_of(line) is BlockKind.PARAGRAPH


def test_who_interviewed_whom_closing_an_interview_is_a_byline() -> None:
    line = "Mit Jörg Brandes sprach Clara Wegner"
    assert _kinds(_TOP + _BODY + "\n\n" + line + "\n")[line] is BlockKind.BYLINE


def test_a_tabloid_headline_ending_in_an_exclamation_mark_under_a_kicker() -> None:
    text = (
        "News\n\nNach Unwetter-Chaos\n\n"
        "Sturm-Fichte kracht auf Schulbus – 23 Kinder an Bord!\n\n"
        "Schreck-Sekunde am Mittwochmorgen im Harz: Orkanböen rissen bei Elbingerode eine "
        "riesige Fichte um. Der Baum stürzte auf einen voll besetzten Schulbus.\n\n"
        "Es war 7.14 Uhr, als es auf der B 244 ohrenbetäubend krachte.\n"
    )
    article = parse_text(text)
    assert article.title == "Sturm-Fichte kracht auf Schulbus – 23 Kinder an Bord!"
    kinds = _kinds(text)
    assert kinds["Nach Unwetter-Chaos"] is BlockKind.BOILERPLATE
    assert kinds[article.blocks[3].text] is BlockKind.LEAD


def test_a_long_exclamation_at_the_top_is_the_lead() -> None:
    text = (
        "Endlich ist es so weit, die Brücke über die Elbe ist nach drei Jahren Bauzeit "
        "wieder für alle Autos und Busse frei!\n\n"
        "Am Montag wurde die Brücke in Aken feierlich eröffnet.\n"
    )
    assert parse_text(text).blocks[0].kind is not BlockKind.HEADLINE


def test_the_writers_are_searched_for_a_name_as_one_text() -> None:
    """A name is found in one of the bylines, never across two of them."""
    from reader.model.text_parser import _Writers

    writers = _Writers()
    assert not writers
    assert not writers.name("")
    writers.append("Kari Nordmann")
    assert writers.name("Kari Nordmann") and writers.name("")
    assert not writers.name("Jane Doe")
    writers.append("Jane Doe, Berlin")
    assert writers.name("Jane Doe") and writers.name("Kari")
    assert not writers.name("Nordmann Jane")
    assert not writers.name("Nordmann\nJane")  # not across the line break that joins them
    writers.append("Ola\nNordmann")
    assert writers.name("Ola\nNordmann")


def test_the_writers_joined_text_grows_with_each_byline() -> None:
    """Bylines that come after a search are found by the next one, also after an empty one."""
    from reader.model.text_parser import _Writers

    writers = _Writers()
    writers.append("")
    assert writers.name("") and not writers.name("Kari")
    for byline in ("Kari Nordmann", "Jane Doe", "Ola Hansen"):
        writers.append(byline)
        assert writers.name(byline)
    assert not writers.name("Nordmann\nJane") and not writers.name("Doe Ola")


def test_a_share_menu_with_its_more_options_button_is_chrome() -> None:
    line = "X.com\nFacebook\nE-Mail\nLink kopieren\nWeitere Optionen zum Teilen"
    kinds = _kinds(_TOP + line + "\n\n" + _BODY + "\n")
    assert kinds[line.replace("\n", " ")] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Skip links Skip to Content",
        "Social Sharing",
        "Do you have a story for The Sun news desk?",
        "Get in touch with our news team by emailing us at webnews@metro.co.uk.",
        "For more stories like this, check our news page.",
        "We welcome your comments, but please keep them on topic, constructive and respectful "
        "of other readers, and read our community guidelines before you post.",
    ],
)
def test_skip_links_news_desk_calls_and_comment_rules_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_teaser_heading_over_its_titles_in_one_block_is_chrome() -> None:
    """The heading alone on its line and the linked titles under it, in a text of blank
    lines: one block whose first words are the heading, no sentence among them."""
    block = (
        "More stories\nJunior doctors to be balloted over latest pay offer\n"
        "Why your GP surgery may soon be shut on Friday afternoons"
    )
    kinds = _kinds(_TOP + _BODY + "\n\n" + block + "\n")
    assert kinds[block.replace("\n", " ")] is BlockKind.BOILERPLATE


def test_a_headline_opening_with_a_one_word_teaser_heading_is_the_headline() -> None:
    text = "Link Mobility kjøper konkurrent i Sverige\n\n" + _TOP.split("\n\n")[1] + "\n"
    assert parse_text(text).title == "Link Mobility kjøper konkurrent i Sverige"


def test_a_sentence_opening_with_a_teasers_words_is_text() -> None:
    line = "More stories of the flood emerged on Monday as the water receded from the valley."
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "© News Group Newspapers Limited in England",
        "© Ekstra Bladet A/S",
        "Email us at tips@the-sun.co.uk or call 020 7946 0321. You can WhatsApp us on "
        "07700 900412. We pay for videos too. Click here to upload yours.",
        "Send us your pictures at bilder@example.no, or upload them in the app.",
    ],
)
def test_a_companys_notice_and_a_request_to_write_in_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_photographers_copyright_under_a_picture_stays_a_credit() -> None:
    line = "Brannmannskaper i arbeid ved Ringveien natt til tirsdag. © Ola Nordmann"
    assert _kind_of(line) is BlockKind.CAPTION


def test_a_copyright_line_naming_a_company_is_the_sites_notice() -> None:
    """Read alone: a company's legal form after "©" names the page's owner, not a
    photographer (the caption check would take it for a credit)."""
    line = "© News Group Newspapers Limited in England"
    assert short_form(line, len(line.split())) is BlockKind.BOILERPLATE


def test_a_title_case_headline_over_summary_points_is_no_menu() -> None:
    text = (
        "Markets\n\n"
        "Crumbwell Plunges Most Since Listing as UK Baker Warns Wage Bill Will Halt Profit "
        "Growth\n\n"
        "• Stock falls as much as 23% after full-year forecast is cut\n"
        "• Chain to close 40 shops and slow openings to protect margins\n\n"
        "By Fenella Marsh and Tobias Lindgren\n\n"
        "Crumbwell Group Plc shares fell the most since the UK bakery chain went public "
        "after it cut its full-year forecast.\n\nThe company said wages rose.\n"
    )
    assert parse_text(text).title.startswith("Crumbwell Plunges Most Since Listing")


def test_a_menu_over_the_headline_stays_chrome() -> None:
    text = (
        "News Sport Business Culture Travel Weather\n\n"
        "Storm closes the harbour for a third day\n\n"
        "Ferries stayed in port on Tuesday as the wind rose again over the coast.\n"
    )
    kinds = _kinds(text)
    assert kinds["News Sport Business Culture Travel Weather"] is BlockKind.BOILERPLATE
    assert kinds["Storm closes the harbour for a third day"] is BlockKind.HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "Save Share Normal text size Larger text size Very large text size 3 min read",
        "Go deeper: Airlines brace for a summer capacity crunch",
        "More From Bloomberg Sandwich Chain Owner Weighs Sale as Lunch Costs Climb",
    ],
)
def test_button_rows_with_a_reading_time_and_run_in_teasers_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Les mer fra Aftenposten Brannvesenet rykket ut til Grünerløkka Ny bro åpner i mai",
        "Read more from Sky News Flights grounded at Gatwick Ferry strike called off",
    ],
)
def test_a_teaser_heading_of_three_words_runs_into_its_titles(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_teaser_headings_words_must_be_whole_words() -> None:
    line = "Mer omfattende Tiltak Etter Flommen i Gudbrandsdalen"
    assert _kind_of(line) is not BlockKind.BOILERPLATE


def test_a_french_subheading_opening_like_a_teaser_heading_is_no_teaser() -> None:
    line = "Plus de 300 personnes évacuées dans la nuit"
    assert _kind_of(line) is not BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    ["(Updates with analyst comment in sixth paragraph.)", "(Adds details in paragraphs 4-6)"],
)
def test_a_wire_storys_note_on_what_changed_is_meta(line: str) -> None:
    assert _kind_of(line) is BlockKind.META


def test_a_parenthesis_of_the_text_is_no_update_note() -> None:
    line = "(Adding to the confusion, the ferry left early on Tuesday.)"
    assert _kind_of(line) is not BlockKind.META


@pytest.mark.parametrize(
    "line",
    [
        "We acknowledge Aboriginal and Torres Strait Islander peoples as the Traditional "
        "Custodians of the land on which we live and work.",
        "This service may include material from AAP, Reuters and AFP, which is protected by "
        "copyright and cannot be reproduced.",
    ],
)
def test_an_australian_sites_footer_notices_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Live Click here to search Search",
        "Save Click here to share on social media share2 Share",
        "Klikk her for å se hele videoen",
    ],
)
def test_a_short_line_with_a_links_words_is_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Click to share on Facebook (Opens in new window)",
        "This article tagged under: Kennedy Expressway Chicago Traffic IDOT",
        "Reply",
        "We want our comment section to be a place for respectful, on-topic discussion, so "
        "please read our guidelines before you post.",
    ],
)
def test_share_links_tags_and_comment_buttons_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_breadcrumb_with_a_dash_between_the_site_name_and_the_headline() -> None:
    text = (
        "La Voix du Nord\nMenu\nRechercher\nMon compte\nJe m'abonne\nArras\n"
        "Faits divers - Justice\n"
        "Un couvreur condamné pour avoir escroqué onze retraités\n"
        "Entre 2023 et 2025, un artisan a facturé des travaux de toiture inutiles. Il a été "
        "condamné mardi à deux ans de prison.\n"
        "Par Mathilde Verhaeghe\n"
        "Il proposait de jeter un œil gratuitement aux gouttières.\n"
    )
    assert parse_text(text).title == "Un couvreur condamné pour avoir escroqué onze retraités"


def test_a_headline_ending_in_an_abbreviation_under_a_menu_and_share_links() -> None:
    text = (
        "Breaking News\nChicago News\nSuburbs\nSports\nOpinion\ne-Edition\n\n"
        "News\nEducation\n\n"
        "Naperville District 203 board votes to push high school start times to 8:30 a.m.\n\n"
        "By Megan Sorensen | Chicago Tribune\n\n"
        "Share this:\nClick to share on Facebook (Opens in new window)\n"
        "Click to share on X (Opens in new window)\n"
        "Click to email a link to a friend (Opens in new window)\n\n"
        "High school students in Naperville will be able to sleep in a little longer next "
        "fall after the school board voted Monday night to push back start times.\n\n"
        "The change will cost the district about $1.2 million a year in buses.\n"
    )
    article = parse_text(text)
    assert article.title.startswith("Naperville District 203 board votes")
    lead = next(block for block in article.blocks if block.kind is BlockKind.LEAD)
    assert lead.text.startswith("High school students in Naperville")


def test_a_short_sentence_ending_in_an_abbreviation_under_a_headline_is_the_lead() -> None:
    text = (
        "Fire destroys bakery in Dorchester\n\n"
        "The fire broke out shortly before 3 a.m.\n\n"
        "Firefighters were called to the bakery on Adams Street and found it in flames.\n"
    )
    blocks = parse_text(text).blocks
    assert blocks[0].kind is BlockKind.HEADLINE
    assert blocks[1].kind is BlockKind.LEAD


@pytest.mark.parametrize("line", ["Favoris", "Favoriten"])
def test_a_bookmark_button_is_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Jetzt weiterlesen mit RP+ Alle Artikel auf RP ONLINE und in der App lesen, jederzeit "
        "kündbar, die ersten vier Wochen für 0,99 Euro, danach 9,99 Euro im Monat",
        "La rédaction vous conseille Dans les Alpes, les canons à neige divisent les communes "
        "Ski : la saison sauvée par les chutes de mars",
    ],
)
def test_a_paywall_offer_and_a_teaser_heading_run_into_titles_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_an_article_mailed_to_oneself_opens_with_the_mails_headers() -> None:
    text = (
        "Fwd: Dagbladet: Kjøpesenter evakuert etter røykutvikling\n"
        "Fra: Trine Åsheim <trine.aasheim@online.no>\n"
        "Dato: 11. april 2026 kl. 13:52:19 CEST\n"
        "Til: Trine Åsheim <trine.aasheim@online.no>\n"
        "Sendt fra min iPhone\n"
        "Start på videresendt melding:\n"
        "Kjøpesenter evakuert: – Røyken veltet ut av ventilene\n"
        "Rundt 1500 mennesker måtte forlate et kjøpesenter i Drammen lørdag formiddag etter "
        "kraftig røykutvikling fra et teknisk rom.\n"
        "Brannvesenet var raskt på stedet.\n"
    )
    article = parse_text(text)
    assert article.title == "Kjøpesenter evakuert: – Røyken veltet ut av ventilene"
    kinds = _kinds(text)
    for line in text.splitlines()[:6]:
        assert kinds[line] is BlockKind.BOILERPLATE, line


def test_a_fact_line_with_a_colon_at_the_top_is_no_mail_header() -> None:
    text = (
        "Til: alle foreldre i Drammen\n\n"
        "Skolen stenger fredag klokka tolv på grunn av strømbrudd i hele bydelen.\n\n"
        "Rektor ber foreldre hente barna.\n"
    )
    assert _kinds(text)["Til: alle foreldre i Drammen"] is not BlockKind.BOILERPLATE


@pytest.mark.parametrize("line", ["Informasjonskapsler", "Cookies"])
def test_a_cookie_banners_title_alone_is_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_correspondents_line_reporting_from_a_place_is_a_byline() -> None:
    line = "Gareth Pryce-Jenkins BBC Wales News Reporting from Cardiff Crown Court"
    assert _kind_of(line) is BlockKind.BYLINE


def test_a_title_given_twice_by_a_read_later_export_and_the_page() -> None:
    title = "4.000 husstande i Roskilde skal koge vandet: »Vi ved endnu ikke, hvor de kommer fra«"
    text = (
        f"{title}\nberlingske.dk\nhttps://www.berlingske.dk/samfund/koge-vandet\n"
        "Gemt 8. april 2026 · 5 min. læsning\n\n"
        f"{title}\n\n"
        "Efter fund af colibakterier i drikkevandet skal borgere i den vestlige del af "
        "Roskilde koge alt vand. Påbuddet gælder foreløbig til fredag.\n\n"
        "Af Camilla Vestergaard\n\n"
        "Det var en rutinemæssig prøve tirsdag, der viste spor af colibakterier.\n"
    )
    blocks = parse_text(text).blocks
    assert blocks[0].kind is BlockKind.BOILERPLATE
    assert blocks[1].kind is BlockKind.HEADLINE and blocks[1].text == title
    assert blocks[2].kind is BlockKind.LEAD


def test_a_short_teaser_block_under_a_known_heading_is_chrome() -> None:
    block = (
        "More on this story\nCare home boss charged with defrauding residents\n"
        "Families' anger as care home fraud trial begins"
    )
    kinds = _kinds(_TOP + _BODY + "\n\n" + block + "\n")
    assert kinds[block.replace("\n", " ")] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    ["Lecture 4 min. Ajouter à vos sélections Partager", "Lesezeit 3 Min. Teilen Drucken"],
)
def test_a_reading_time_opening_a_row_of_buttons_is_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize("line", ["Tags Uvær Tromsø kommune Skole", "Ämnen Helsingborg Råå Storm"])
def test_a_tag_row_may_hold_a_public_bodys_kind_in_lower_case(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize("line", ["Tags som skaper debatt i Tromsø", "Emner Oslo kommune"])
def test_words_in_lower_case_make_no_tag_row(line: str) -> None:
    assert _kind_of(line) is not BlockKind.BOILERPLATE


def test_the_photographer_credited_beside_the_writer_is_a_byline() -> None:
    text = (
        "Högvattnet dränkte Råå\n"
        "Stormen pressade in havet över kajerna i Råå under natten till söndagen.\n"
        "Text: Oskar Bengtsson\n"
        "Foto: Malin Åkesson\n"
        "Publicerad 18 januari 2026 kl. 11.32\n"
        "Vattnet stod en halvmeter över kajkanten i Råå hamn på söndagsmorgonen.\n"
        "Räddningstjänsten fick ett fyrtiotal larm under natten, de flesta från Råå.\n"
    )
    kinds = _kinds(text)
    assert kinds["Text: Oskar Bengtsson"] is BlockKind.BYLINE
    assert kinds["Foto: Malin Åkesson"] is BlockKind.BYLINE


@pytest.mark.parametrize("line", ["Kontakta SVT", "Contact BBC News", "Om DR", "About BBC"])
def test_a_footers_contact_link_is_chrome(line: str) -> None:
    assert _kind_of(line, after=_BODY + "\n\nCookies\n") is BlockKind.BOILERPLATE


def test_a_sentence_asking_readers_to_contact_someone_is_text() -> None:
    line = "Kontakta polisen om du har sett något i området under natten."
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Aktien just nu Holmsten Kemi B -17,2 % 104,30 SEK",
        "Kessler Chemie AG 24,18 EUR -4,92 EUR -16,91%",
    ],
)
def test_a_share_price_widget_is_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_headline_with_a_share_price_is_no_widget() -> None:
    headline = "Aksjen stuper -17 % til 104 kr etter resultatet"
    assert parse_text(headline + "\n\n" + _LEAD_NO + "\n\n" + _BODY).title == headline


def test_an_ad_feedback_form_above_the_headline_is_chrome() -> None:
    form = (
        "CNN values your feedback\n1. How relevant is this ad to you?\n"
        "2. Did you encounter any technical issues?\nVideo player was slow to load content\n"
        "Video content never loaded\nAd froze or did not finish loading\n"
        "Video content did not start after ad\nAudio on ad was too loud\nOther issues\n"
        "Ad never loaded\nAd prevented/slowed the page from loading\n"
        "Content moved around while ad loaded\nAd was repetitive to ads I've seen previously\n"
        "Other issues\nCancel\nSubmit\nThank You!\n"
        "Your effort and contribution in providing this feedback is much appreciated.\nClose"
    )
    headline = "Helicopters pluck 14 sailors from sea after cargo ship sinks off France"
    article = parse_text("\n\n".join((form, headline, _LEAD_NO, _BODY)))
    assert article.blocks[0].kind is BlockKind.BOILERPLATE
    assert article.title == headline


def test_a_paragraph_about_feedback_is_text() -> None:
    line = (
        "The council said it would close the consultation on Friday and submit the feedback "
        "to the transport committee, which could cancel the scheme in April."
    )
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "links",
    [
        "Company About The Post Newsroom Policies & Standards Diversity & Inclusion Careers "
        "Media & Community Relations WP Creative Group Accessibility Statement Sitemap",
        "Contact Us Contact the Newsroom Contact Customer Care Advertise Licensing & "
        "Syndication Request a Correction Send a News Tip",
    ],
)
def test_a_column_of_footer_links_joined_under_the_text_is_chrome(links: str) -> None:
    teaser = "Most Read Local 1 Metro to cut late-night service on two lines starting in April"
    article = parse_text(_TOP + _BODY + "\n\n" + teaser + "\n\n" + links + "\n")
    assert next(block.kind for block in article.blocks if block.text == links) is (
        BlockKind.BOILERPLATE
    )


def test_a_sentence_in_title_case_under_the_text_is_no_row_of_links() -> None:
    line = "Residents Who Were Moved Out Of Their Homes Can Return On Friday, Police Say."
    article = parse_text(_TOP + _BODY + "\n\n" + line + "\n")
    assert next(block.kind for block in article.blocks if block.text == line) is not (
        BlockKind.BOILERPLATE
    )


@pytest.mark.parametrize(
    "line",
    [
        "AP Logo",
        "close panel",
        "About sharing",
        "Contact form",
        "Please use Chrome browser for a more accessible video player",
        "Sauvegarder",
        "Spara artikel",
    ],
)
def test_a_logos_text_and_a_share_panels_buttons_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_line_on_a_logo_is_text() -> None:
    line = "The new logo was unveiled on Tuesday."
    assert _kind_of(line) is BlockKind.PARAGRAPH


def test_a_sentence_opening_with_reporting_from_is_text() -> None:
    line = "Reporting from the scene of the fire, Jane Doe said the crews had worked all night."
    assert _kind_of(line) is BlockKind.PARAGRAPH


def test_a_share_row_opening_with_a_bookmark_button_of_several_words_is_chrome() -> None:
    line = (
        "Zur Merkliste hinzufügen X.com Facebook E-Mail Messenger WhatsApp Link kopieren "
        "Weitere Optionen zum Teilen"
    )
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_first_publication_line_is_meta() -> None:
    assert _kind_of("Erstpublikation: 12.03.2026, 14:05 Uhr.") is BlockKind.META


@pytest.mark.parametrize(
    "line",
    [
        "Alle Inhalte, insbesondere die Texte und Bilder von Agenturen, sind urheberrechtlich "
        "geschützt und dürfen nur im Rahmen der gewöhnlichen Nutzung vervielfältigt werden.",
        "All content on this site is protected by copyright and may not be reproduced without "
        "the written permission of the publisher.",
    ],
)
def test_a_notice_that_the_content_is_protected_is_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_sentence_on_a_copyright_case_is_text() -> None:
    line = (
        "Das Gericht entschied am Dienstag, dass die Fotos des Künstlers urheberrechtlich "
        "geschützt sind und nicht ohne seine Erlaubnis verkauft werden durften."
    )
    assert _kind_of(line) is BlockKind.PARAGRAPH


def test_a_question_then_the_link_to_the_outlets_newsletter_is_chrome() -> None:
    line = (
        "Sie wollen keine Nachrichten aus NRW verpassen? Hier geht es zu unserem kostenlosen "
        "Newsletter."
    )
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "e-mail 214 shares",
        "MORE TOP STORIES",
        "Comments 37 Share what you think The comments below have not been moderated. Newest "
        "Oldest Best rated Worst rated",
    ],
)
def test_share_counts_the_comment_section_and_more_stories_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_subheading_on_shares_with_a_price_is_no_share_count() -> None:
    assert _kind_of("Shares from £50") is not BlockKind.BOILERPLATE


def test_a_linked_title_read_as_text_between_others_in_a_most_read_list_is_chrome() -> None:
    titles = [
        "Grève à la SNCF : les prévisions de trafic pour vendredi",
        "Tempête en Bretagne : des rafales à plus de 120 km/h attendues ce week-end",
        "Réforme des retraites : ce qui change au 1er avril",
    ]
    chrome = ["Mentions légales", "Conditions générales d'utilisation", "Plan du site"]
    text = _TOP + _BODY + "\n\nLes plus lus\n\n" + "\n\n".join([*titles, *chrome]) + "\n"
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert [kinds[title] for title in titles] == [BlockKind.BOILERPLATE] * 3


@pytest.mark.parametrize(
    "line",
    [
        # a newswire closing a line is the source a sentence names, not a credit
        "Ministern överväger att avgå efter skandalen uppger källor för TT",
        # a police appeal after a question, no newsletter's offer
        "Haben Sie etwas beobachtet? Melden Sie sich bei der Polizei unter der Nummer 110.",
        # a sentence on a copyright case forbids nothing
        "The publishers argue that their articles are protected by copyright and that the "
        "company never asked for their permission.",
        # French "comment" is "how"
        "Comment 3 ingénieurs de Rennes ont bâti une usine de batteries en deux ans.",
        # subheadings in title case
        "Contact With Survivors",
        "The New Logo",
    ],
)
def test_ordinary_lines_near_the_new_chrome_rules_stay_text(line: str) -> None:
    assert _kind_of(line) not in (BlockKind.BOILERPLATE, BlockKind.CAPTION)


def test_a_list_announced_under_a_teaser_is_the_articles_own() -> None:
    lines = [
        "Die wichtigsten Maßnahmen im Überblick:",
        "Mehr Geld für den Ausbau der Bahn",
        "Eine höhere Abgabe auf Inlandsflüge",
    ]
    teaser = "Mehr zum Thema\n\nKlimapaket: Was die Regierung plant"
    text = _TOP + _BODY + "\n\n" + teaser + "\n\n" + "\n\n".join(lines) + "\n\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert [kinds[line] for line in lines] != [BlockKind.BOILERPLATE] * 3
    assert kinds[lines[0]] is not BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    ("kicker", "headline", "below"),
    [
        (
            "Météo Neige et verglas",
            "VIDÉO - Neige dans le Cantal : 40.000 foyers privés d’électricité, des "
            "automobilistes bloqués toute la nuit sur l’A75",
            "Jusqu’à 60 centimètres de neige lourde sont tombés entre samedi et dimanche sur "
            "le Cantal et le Puy-de-Dôme, et des milliers de foyers restent sans courant.",
        ),
        (
            "Großrazzia in fünf Bundesländern",
            "Schleuserbande soll Hunderte Menschen nach Deutschland gebracht haben – 14 Festnahmen",
            "Von t-online, dpa, mak",
        ),
    ],
)
def test_a_kicker_over_a_headline_set_off_by_a_colon_or_dash(
    kicker: str, headline: str, below: str
) -> None:
    article = parse_text(
        "\n\n".join(("Aller au contenu principal", kicker, headline, below, _BODY))
    )
    assert article.title == headline


def test_a_standfirst_of_two_sentences_with_a_dash_stays_under_its_headline() -> None:
    headline = "Tonsättaren Elsa Wedin: ”Jag skriver för den som sitter längst bak”"
    standfirst = (
        "Hon har skrivit musik för kyrkor och en nedlagd cementfabrik. Nu har hennes första "
        "opera premiär – och hon tänker inte gå dit"
    )
    text = "\n".join(("DN Lördag", headline, standfirst, "Text: Johan Fält", _BODY))
    article = parse_text(text)
    assert article.title == headline


def test_agency_sources_in_a_byline_are_a_byline() -> None:
    assert _kind_of("Von t-online, dpa, mak", before="") is BlockKind.BYLINE


def test_a_section_menu_with_initials_is_chrome() -> None:
    menu = "N. Ireland N. Ireland Politics Foyle & West Newry, Mourne & Armagh"
    headline = "Woman, 71, told to expect five-year wait for hip operation"
    article = parse_text("\n\n".join((menu, headline, _LEAD_NO, _BODY)))
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Comment now",
        "Share this article via facebook Share this article via x Share this article via "
        "email Share this article via flipboard Share this article via whatsapp",
        "We use your sign-up to send you the newsletters you asked for and to understand what "
        "you like to read. This may include adverts from us and third parties.",
        "À voir également sur Le HuffPost : Ces passagers d’un vol Paris-Nice ont attendu six heures",
    ],
)
def test_uk_regional_and_french_page_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_byline_running_into_its_date_and_reading_time() -> None:
    line = "Par Thomas Weissenbach - 06 mars 2026 à 13:05 - Temps de lecture : 3 min"
    assert _kind_of(line, before="") is BlockKind.BYLINE


def test_an_introduction_naming_journalists_is_no_byline() -> None:
    line = "Schulleiterin Andrea Böhm sagte am Mittag vor Journalisten:"
    assert _kind_of(line) is not BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
        "Registrieren Sie sich, um mitzudiskutieren.",
        "Über dieses Thema berichten wir am 10.03.2026 auch im WDR Fernsehen: Lokalzeit aus Köln.",
        "Noch mehr aktuelle Nachrichten aus dem Landkreis finden Sie auf Merkur.de/Garmisch.",
    ],
)
def test_german_comment_and_programme_notes_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "links",
    [
        "Terms of Use About the BBC Privacy Policy Cookies Accessibility Help Parental Guidance "
        "Contact the BBC Make an editorial complaint BBC emails for you",
        "Published by Associated Newspapers Ltd Part of the Daily Mail, The Mail on Sunday & "
        "Metro Media Group",
    ],
)
def test_links_and_titles_joined_under_the_text_are_chrome(links: str) -> None:
    article = parse_text(_TOP + _BODY + "\n\n" + links + "\n")
    assert next(block.kind for block in article.blocks if block.text == links) is (
        BlockKind.BOILERPLATE
    )


def test_a_last_sentence_without_its_stop_is_no_run_of_titles() -> None:
    line = "The council will meet again on Thursday to decide whether the bridge can reopen"
    article = parse_text(_TOP + _BODY + "\n\n" + line + "\n")
    assert next(block.kind for block in article.blocks if block.text == line) is not (
        BlockKind.BOILERPLATE
    )


def test_a_summary_heading_keeps_the_headline_above_it() -> None:
    headline = "Cyberattack halts Rotterdam container terminal as ships queue offshore"
    points = (
        "Nordhaven Terminals says systems encrypted, cargo handling stopped\n"
        "About 40 vessels waiting to berth, port authority says\n"
        "Dutch police investigating, no group has claimed responsibility"
    )
    text = "\n\n".join((headline, "Summary", points, "By Anouk Verhagen", _BODY))
    assert parse_text(text).title == headline


def test_the_writers_outlet_and_desk_under_the_name_is_a_byline() -> None:
    text = (
        "Storm Hollis: Tens of thousands without power as gusts hit North\n"
        "2 hours ago\nMegan Armstrong\nBBC News, North East and Cumbria\n"
        "Tens of thousands of homes are without power after Storm Hollis brought gusts of up "
        "to 85mph overnight.\n"
        "The Met Office said the strongest winds had passed but warned of more disruption.\n"
    )
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["BBC News, North East and Cumbria"] is BlockKind.BYLINE


def test_a_heading_in_capitals_with_a_comma_is_no_outlet_line() -> None:
    text = _TOP + "Jane Roe\n\nQUIET, PLEASE\n\n" + _BODY
    kinds = {block.text: block.kind for block in parse_text(text).blocks}
    assert kinds["QUIET, PLEASE"] is not BlockKind.BYLINE


def test_a_line_opening_with_a_comma_under_a_byline_is_read_without_error() -> None:
    text = (
        "Samtalene varte i fem timer, opplyser kilder til NTB.\n"
        "Russiske og ukrainske forhandlere møttes mandag\n,\n"
        "Russiske og ukrainske forhandlere møttes mandag"
    )
    words = " ".join(block.text for block in parse_text(text).blocks).split()
    assert words == text.split()


@pytest.mark.parametrize(
    "line",
    [
        "IE 11 is not supported. For an optimal experience visit our site on another browser.",
        "Listen to this article 5 min 0:00 1x This is read by an automated voice.",
        "Add CBS News on Google",
        "Direkt aus dem dpa-Newskanal",
    ],
)
def test_browser_notices_and_speech_players_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_browser_notice_above_the_headline_leaves_the_title() -> None:
    headline = "Wind-driven wildfire destroys dozens of homes in western Oklahoma"
    notice = "IE 11 is not supported. For an optimal experience visit our site on another browser."
    assert parse_text("\n\n".join((notice, "U.S. News", headline, _LEAD_NO, _BODY))).title == (
        headline
    )


def test_a_short_line_over_a_lone_credit_under_the_headline_is_a_caption() -> None:
    caption = "Police tape surrounds the parking lot outside the high school on Tuesday night."
    lead = (
        "Jackson, Mississippi CNN — Two people were killed and five others were wounded "
        "Tuesday night when gunfire broke out outside a high school playoff game, police said."
    )
    text = "\n".join(
        (
            "5 wounded in shooting outside playoff game",
            "By Dana Whitcomb, CNN",
            caption,
            "Hannah Pruitt/AP",
            lead,
            _BODY,
        )
    )
    blocks = {block.text: block for block in parse_text(text).blocks}
    assert blocks[caption].kind is BlockKind.CAPTION
    assert (blocks["Hannah Pruitt/AP"].kind, blocks["Hannah Pruitt/AP"].credit) == (
        BlockKind.CAPTION,
        "Hannah Pruitt/AP",
    )
    assert blocks[lead].kind is BlockKind.LEAD


@pytest.mark.parametrize(
    "line",
    [
        "Partager l'article sur les réseaux sociaux Ajouter à mes favoris",
        "Appeared in the March 4, 2026, print edition as 'Parts Strike Idles Car Plants'.",
        "toggle caption",
    ],
)
def test_french_share_buttons_and_print_edition_notes_are_chrome(line: str) -> None:
    assert _kind_of(line) is BlockKind.BOILERPLATE


def test_a_court_report_opening_with_appeared_in_is_text() -> None:
    line = "Appeared in the dock on Monday, the man denied all three charges against him."
    assert _kind_of(line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize("line", ["Om Sverige", "About Time"])
def test_a_subheading_about_something_is_no_footer_link(line: str) -> None:
    assert _kind_of(line) is not BlockKind.BOILERPLATE


@pytest.mark.parametrize("agency", ["TT-AFP", "NPK-NTB"])
def test_two_agencies_joined_under_the_lead_are_a_byline(agency: str) -> None:
    top = _TOP.split("\n\n")
    article = parse_text("\n\n".join((top[0], top[1], agency, "Publisert 21.03.2024 11:35", _BODY)))
    assert next(b.kind for b in article.blocks if b.text == agency) is BlockKind.BYLINE


def test_a_long_reporting_line_under_the_text_is_no_run_of_titles() -> None:
    line = (
        "Reporting by Ayse Demir in Ankara and Jonathan Pryor in Istanbul; Additional "
        "reporting by Mark Hollis; Editing by Alison Reed"
    )
    article = parse_text(_TOP + _BODY + "\n\n" + line + "\n")
    assert next(block.kind for block in article.blocks if block.text == line) is not (
        BlockKind.BOILERPLATE
    )


def test_a_correspondents_information_line_is_a_byline() -> None:
    line = "Mit Informationen von Sandra Vogt, ARD-Studio Buenos Aires"
    assert _kind_of(line, before="") is BlockKind.BYLINE


def test_an_issued_and_modified_line_glued_together_is_meta() -> None:
    assert _kind_of("Issued on: 16/02/2026 - 09:14Modified: 16/02/2026 - 16:52") is BlockKind.META
