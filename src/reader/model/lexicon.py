"""Function words of the languages reader reads: the grammar the parser leans on.

These are closed word classes (speech verbs, pronouns, prepositions, role nouns, the
labels websites put on their chrome), never sentences from articles.  Adding a language
means adding its words here; the recognition rules stay the same.
"""

from __future__ import annotations

# fmt: off

SPEECH_VERBS: tuple[str, ...] = (
    # Norwegian
    "sier", "sa", "uttalte", "uttaler", "forteller", "fortalte", "skriver", "skrev",
    "mener", "mente", "legger til", "la til", "understreker", "understreket", "spør",
    "spurte", "svarer", "svarte", "forklarer", "forklarte", "påpeker", "påpekte",
    "konstaterer", "konstaterte", "fastslår", "fastslo", "advarer", "advarte", "innrømmer",
    "innrømmet", "opplyser", "opplyste", "bekrefter", "bekreftet", "utdyper", "presiserer",
    "poengterer", "kommenterer", "roper", "ropte", "sukker", "tilføyer", "hevder", "hevdet",
    "erkjenner", "fortsetter", "avslutter",
    # Norwegian nynorsk
    "seier", "fortel", "fortalde", "meiner", "meinte", "svarar", "svara", "spurde", "skriv",
    "skreiv",
    "forklarar", "legg til", "understrekar", "understreka", "påpeikar", "påpeika",
    "åtvarar", "åtvara", "stadfestar", "stadfesta", "vedgår", "konstaterer", "held fram",
    # Swedish
    "säger", "sade", "berättar", "berättade", "menar", "tillägger", "understryker",
    "frågar", "frågade", "svarar", "svarade", "förklarar", "förklarade", "konstaterar",
    "betonar", "uppger", "uppgav", "tycker", "skriver", "fortsätter", "säger till",
    # Danish
    "siger", "sagde", "fortæller", "tilføjer", "understreger", "spørger", "spurgte",
    "svarede", "påpeger", "oplyser", "oplyste", "bekræfter", "vurderer", "uddyber",
    # English
    "said", "says", "told", "tells", "added", "adds", "asked", "asks", "explained",
    "explains", "noted", "wrote", "writes", "insisted", "warned", "stressed", "replied",
    "answered", "argued", "acknowledged", "admitted", "recalled", "continued", "declared",
    "claimed", "announced", "according to", "observed", "conceded", "remarked",
    # German
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "so", "meinte",
    "meint", "ergänzte", "fragte", "fragt", "antwortete", "antwortet", "berichtete",
    "warnte", "schreibt", "kritisierte", "forderte", "sagt", "erläuterte", "räumte ein",
    "fügte hinzu", "unterstrich", "schrieb", "schrieben",
    # "…“, teilte das Polizeirevier Harz mit", "…“, hieß es von der Wasserrettung Kärnten"
    "teilte", "teilt", "teilten", "hieß es von", "heißt es von", "hieß es vom", "heißt es vom",
    "hieß es bei", "heißt es bei", "hiess es von", "heisst es von",
    # The same split verbs with other particles: "…“, räumte Rohlfing ein", "fügte sie
    # hinzu", "stellte die Polizei klar", "führte Weber aus"
    "räumte", "räumt", "fügte", "fügt", "merkte", "führte",
    "stellte", "wies",
    # French
    "a déclaré", "a dit", "dit", "explique", "a expliqué", "affirme", "a affirmé", "ajoute",
    "a ajouté", "estime", "a estimé", "souligne", "a souligné", "assure", "a assuré",
    "indique", "a indiqué", "raconte", "a raconté", "précise", "a précisé", "confie",
    "a confié", "déclare", "selon", "poursuit", "insiste", "lance", "a lancé", "martèle",
    "résume", "a résumé", "rappelle", "a rappelé", "note", "a noté", "observe", "prévient",
    "a prévenu", "dénonce", "a dénoncé", "regrette", "a regretté", "s'inquiète",
    "s'agace", "s'exclame", "s'insurge", "s'emporte", "s'étonne", "s'amuse", "s'indigne",
    "s'interroge", "se désole", "se réjouit", "se félicite", "se souvient", "sourit",
    "tweeted", "posted", "conceded", "recalled", "erzählt", "erzählte", "warnt", "fordert",
    "kritisiert", "räumt ein", "lover", "lovet", "påstår", "konkluderer", "ler", "smiler",
    "skrattar", "skrattade", "griner", "grinede", "laughs", "laughed", "lacht", "lachte",
    "fortæller", "lyder det fra", "lød det fra", "heter det fra", "lyder det", "medger",
    "förklarar", "berättar", "understryker",
    "a martelé", "déplore", "a déploré", "répond", "a répondu", "reconnaît", "a reconnu",
    "promet", "a promis", "répète", "a répété", "rassure", "défend", "se défend",
    "justifie", "avance", "interroge", "questionne", "calcule", "résume-t-elle",
    "legger", "lægger", "lägger",
    # More verbs of comment and analysis, present tense (French passé composé: `_FRENCH_PAST`)
    "analyse", "commente", "nuance", "tempère", "ironise", "conclut", "relève", "soupire",
    "avertit", "admet", "confirme", "détaille", "glisse", "témoigne", "tranche", "plaide",
    "souffle", "complète", "renchérit", "abonde", "constate", "remarque", "rapporte",
    "lâche", "avoue", "juge", "quipped",
    # Complaining: "« … », peste Marc", "« … », s'agace la maire"
    "plaisante", "argumente", "a argumenté", "peste", "s'agace", "s’agace", "s'insurge",
    "s’insurge", "s'indigne", "s’indigne",
    "fulmine", "s'emporte", "s’emporte", "grommelle", "râle",
    # Calling out: "« Plus bas ! » crie Nadia Ferhat", "„Halt!“, ruft der Trainer"
    "crie", "a crié", "s'écrie", "hurle", "a hurlé", "ruft", "rief", "shouted", "shouts",
    "yelled", "ropar", "ropade", "råber", "råbte",
    # Advising: "„…“, rät Verbraucherschützer Jonas Weidinger"
    "rät", "riet", "conseille", "advises", "advised",
    "ergänzt", "berichtet", "schildert", "analysiert", "bilanziert", "mahnt", "bestätigt",
    "bestätigte", "erinnert", "erinnerte", "resümiert", "urteilt", "gibt zu", "gab zu",
    "notes", "points out", "pointed out", "recalls", "reflects", "reflected", "insists",
    "warns", "argues", "admits", "suggests", "suggested", "confirmed", "confirms", "stated",
    "commented", "concluded", "concludes", "agreed", "agrees",
    "analyserer", "oppsummerer", "presiserte", "poengterte", "medgir", "beskriver",
    "analyserar", "påpekar", "betonade", "konstaterade", "sammanfattar", "framhåller",
    "poängterar", "menade", "tillade",
    "forklarede", "konstaterer", "fastslår", "tilføjede", "påpegede", "uddybede",
    "fortsætter", "understregede", "erkender", "vurderede", "konstaterede",
    # Perfect participles, after an auxiliary ("«, har Nanna Krogh fortalt til …")
    "fortalt", "uttalt", "udtalt", "berättat", "gesagt",
    "avslutar", "avslutade", "afslutter", "afsluttede", "avslutta",
    # French imperfect and "écrit" ("…», écrit M. Dufresne", "rappelait récemment X")
    "écrit", "a écrit", "expliquait", "disait", "affirmait", "rappelait", "écrivait",
    "déclarait", "estimait", "soulignait", "ajoutait", "confiait", "racontait", "résumait",
)
"""Verbs (and the odd preposition) that attribute direct speech."""

PRONOUNS: frozenset[str] = frozenset(
    "han hun hon ho hen de dei vi me jeg eg du den det man dom "
    "he she they we i it you "
    "er sie es wir ich ihr man "
    "il elle ils elles on je nous vous "
    "t-il t-elle t-ils t-elles".split()
)

PREPOSITIONS: frozenset[str] = frozenset(
    "til i på for med fra om av ved etter under hos mot frå åt utan mellom "
    "till på för med från om av vid efter hos mot "
    "til på for med fra om af ved efter hos mod "
    "to in on at for with from about by after of against "
    "zu im in auf bei mit von vom nach gegenüber am beim zum zur ins ans vor seit aus über "
    "für gegen ohne um durch unter zwischen neben hinter während wegen bis "
    "à au aux dans sur pour avec de du des lors devant".split()
)
"""Words after which a capitalised word is an object ("til NRK"), not the speaker."""

RECIPIENT_MARKERS: frozenset[str] = frozenset(
    "til till to à au aux dem gegenüber".split()
)
"""Words that put the one spoken to after a speech verb ("sa til NRK", "sagte dem BR",
"a dit à Reuters"): the name after them is skipped, and the speaker may follow."""

INDEFINITE_ARTICLES: frozenset[str] = frozenset(
    "en ei et ett a an ein eine einer einem un une".split()
)
"""An indefinite article after a speech verb ("sagte ein Schweißer", "säger en
undersköterska", "said a nurse"): the speaker is unnamed."""

SUMMARY_HEADINGS: frozenset[str] = frozenset((
    "summary", "in short", "key points", "the big picture", "kort fortalt", "kortversjon",
    "kort sagt", "kortversion", "sammanfattning", "i korthet", "kort om sagen",
    "das wichtigste in kürze", "in kürze", "auf einen blick", "en bref", "l'essentiel",
    "l’essentiel", "ce qu'il faut retenir", "ce qu’il faut retenir",
))
"""Headings over the summary of the story, set between its headline and its text."""

POSSESSIVES: frozenset[str] = frozenset(
    "hans hennes hendes deres dess hennar sin sitt sine sina his their "
    "sein seine seinem seinen ihre ihrem ihren son sa ses leur leurs".split()
)
"""Possessives that may stand before a speaker's role ("säger hennes försvarare, advokat
Maria Sjöström"); English "her" is left out, as it is also the one spoken to."""
ORGANISATION_HEADS: frozenset[str] = frozenset(
    "kommune kommun kommunen fylkeskommune region regionen council county department "
    "ministry ministerium ministeriet departement departementet direktoratet styrelsen "
    "tilsynet verket politi politiet polisen police politidistrikt gemeinde stadt landkreis "
    "mairie préfecture ministère conseil université universitet university hospital "
    "tingsrätt tingrett tingretten hovrätt lagmannsrett byret landsret "
    "rådhus rådhuset rathaus "
    "sykehus sjukhus sygehus sykehuset sjukhuset sygehuset klinikum universitetshospital "
    "universitetssykehus universitetssjukhus museum museet "
    # companies and associations by the words their names end in
    "group gruppen group's holding minerals mining platinum resources metals health energy "
    "energi wind "
    "airlines airways lines "
    "reiser "
    "rejser resor travel shipping rederi foods pharma motors systems partners institute "
    "institut instituttet fonden foundation association forening foreningen forbund forbundet "
    "förbundet union unionen agency services ltd plc inc gmbh ag asa ab aps a/s "
    "polis polizei bank banken sparebank sparebanken forsikring försäkring versicherung "
    "gestion immobilier logistique "
    # the Red Cross in each language ("Perus Røde Kors", "Deutsches Rotes Kreuz")
    "kors korset cross kreuz croix-rouge "
    # sports clubs by their letters ("Lillebælt IF", "Molde FK", "Frostvik HC")
    "if fk ik hc bk fc sk il ff aif bif "
    "insurance assurance assurances".split()
)
"""The head nouns of institutions' names ("Randers Kommune", "Aberdeenshire Council"):
a name ending in one speaks for an institution, not a person."""

FOOTER_LINK_WORDS: frozenset[str] = frozenset(
    "om about kontakt contact kontakta kundeservice kundservice privacy us "
    "personuppgiftspolicy personvernerklæring policy "
    "personvern privatlivspolitik integritet integritetspolicy cookies cookie annonser "
    "annonsere annonsera advertise werbung impressum datenschutz einstellungen kontaktformular "
    "jobb jobs "
    "karriere careers presse press rss nyhetsbrev newsletter vilkår terms "
    "accessibility sitemap agb barrierefreiheit mediadaten tilgjengelighet tilgængelighed "
    "tillgänglighet contacter mentions légales cgu cgv confidentialité accessibilité".split()
)
"""The words of a site's footer links ("Kontakt DR Privatlivspolitik Cookies")."""

OUR_WORDS: frozenset[str] = frozenset(
    "vår vårt våre våra vores our unser unsere unserer unserem unseren notre nos".split()
)
"""Possessives of the outlet itself ("schildert unserer Redaktion"): the noun after one
is the newsroom or the paper, never a speaker."""

INDEFINITE_SUBJECTS: frozenset[str] = frozenset(
    "one en ei ett einer eine un une l'un l'une l’un l’une".split()
)
PARTY_GENITIVES: frozenset[str] = frozenset((
    # Norwegian
    "Høyres", "Venstres", "Rødts", "Frps", "Krfs",
    # Swedish
    "Moderaternas", "Socialdemokraternas", "Liberalernas", "Kristdemokraternas",
    "Sverigedemokraternas",
    # Danish
    "Socialdemokratiets", "Enhedslistens", "Moderaternes", "Danmarksdemokraternes",
    "Konservatives", "Alternativets",
))
"""Nordic parties in the genitive whose names are neither "…partiet" nor letters, as they
stand before a member's name: "sier Venstres Ingrid Moe Lunde" (the member speaks)."""
PARTITIVES: frozenset[str] = frozenset(
    "of av af von unter blant bland de des parmi der".split()
)
""""one of them", "en av dem", "einer von ihnen", "l'un d'eux" (with the elided "d'"):
an indefinite followed by a partitive is a subject that names nobody."""

STOPWORDS: frozenset[str] = PREPOSITIONS | frozenset(
    "og eller som da når at och eller som när att "
    "and or who when that und oder ou qui".split()
)

ARTICLES: frozenset[str] = frozenset(
    "en ei et ett den det de the a an der die das dem den des ein eine einer einem eines "
    "le la les l' un une".split()
)
"""Articles may stand before a role ("sagte der Vorsitzende, ...", "a estimé le ministre")."""

ROLE_STEMS: tuple[str, ...] = (
    "minister", "president", "präsident", "président", "kanzler", "chancellor", "secretary",
    "sekretær", "sekreterare", "senator", "governor", "gouverneur", "mayor", "bürgermeister",
    "borgmester", "borgmästare", "ordfører", "professor", "general", "chief", "director",
    "direktor", "direktør", "sprecher", "spokes", "leader", "leiter", "leder", "chef",
    "commissioner", "kommissar", "ambassador", "botschafter", "judge", "richter", "coach",
    "trainer", "captain", "king", "queen", "könig", "prince", "prinz", "pope", "bishop",
    "official", "officer", "inspector", "sergeant", "detective", "superintendent", "constable",
    "ceo", "chair", "speaker", "executive", "vorsitzende", "sekretär", "kurator", "rentner",
    "bürger", "sprecher", "dezernent", "councillor", "councilman", "councilwoman",
    "alderman", "advokat", "trener", "trenar", "træner", "tränare", "stadtrat", "stadträt",
    "gemeinderat", "landrat", "landrät", "regierungsrat", "regierungsrät", "senatorin",
    "abgeordneter", "bishop", "reverend",
    "führer", "pendler", "presschef", "pressechef", "pressesprecher", "talsperson",
    "talsmann", "talskvinne",
    "representative", "rep.", "sen.", "gov.",
    "ministerin", "abgeordnete", "vorsitzende", "politiker", "experte", "expertin",
    "sheriff", "attorney", "prosecutor", "lawyer", "analyst", "analytiker", "economist",
    "founder", "seismolog",
    # German compounds end in the role: Verkehrsreferent, Bäckermeister, Klinikleiterin
    "referent", "meister", "sprecherin", "beauftragte", "forscher", "händler", "wirt",
    "arzt", "ärztin", "anwalt", "anwältin", "inhaber", "besitzer", "lehrer", "berater",
    "vertreter", "manager", "ingenieur", "polizist", "chefin", "leiterin", "direktorin",
    "bevollmächtigt", "vorstand", "vorständin", "baurat", "ratsherr", "kommunpolis",
    # Scandinavian compounds end in the role too: Ældrerådmand, Kommunalrådet, Kommunalsjef
    "rådmand", "rådman", "kommunalråd", "oppositionsråd", "byråd", "regionråd", "statsråd",
    "sjef", "formann", "formand", "ordförande", "biskop", "biskup", "provst", "sogneprest",
    "sokneprest",
    "præst", "präst", "pastor", "pfarrer", "mesner", "sakristan", "kirchenpfleger", "vicar",
    "kirkeverge", "kyrkoherde", "inspektør",
    "inspektör", "inspekteur",
    "kommissær", "kommissarie", "politimester", "polismästare", "lensmann", "rektor",
    "overlege", "overlæge", "överläkare", "kommandant", "ledare", "konsulent", "konsult",
    "samordnare", "handläggare", "meteorolog", "medlem", "member", "mitglied", "membre",
    "talesperson", "talsperson",
    # French titles, capitalised when they open a sentence or follow a dash
    "ministre", "préfet", "préfète", "maire", "procureur", "procureure", "directeur",
    "directrice", "député", "rapporteur", "rapporteure", "sénateur", "sénatrice", "commissaire",
    "échevin", "échevine", "bourgmestre",
    "porte-parole",
    # Trades and callings named before a name ("Regisseurin Lena Hofbauer", "Muralist X")
    "regisseur", "darsteller", "schauspieler", "sänger", "musiker", "künstler", "winzer",
    "kapitän", "representant", "repräsentant", "fogd", "gårdbruker", "gårdbrukar", "student",
    "premier", "muralist", "artist", "activist", "scientist", "novelist", "columnist",
    "historian", "researcher", "målmand", "målvakt", "keeper", "goalkeeper",
    # Sciences ("Biologin Lena Brodbeck") and district offices ("Kreisbrandrat Martin Zellner")
    "biolog", "ökolog", "geolog", "virolog", "epidemiolog", "psycholog", "soziolog",
    "klimatolog", "ökonom", "physiker", "chemiker", "historiker", "brandrat", "kreisrat",
    "bezirksrat", "bezirksrät", "stadträtin",
    # Trades and sciences often capitalised at a sentence's start ("Gruveingeniør Felipe
    # Araya", "Kemisten Lars Öberg", "Klimatforskaren Giulia Marchetti", "Embedslæge …")
    "ingeniør", "ingenjör", "engineer", "læge", "kemist", "forsker", "forskare", "forskar",
    "ekonom", "økonom", "stratege", "strategin", "strategist", "fährmann", "feuerwehrmann",
    "bergführer", "obmann", "obfrau",
    "imker",
    "ordførar", "rådgiver", "rådgivare", "sygeplejerske", "sykepleier", "sjukepleiar",
    "sjuksköterska", "rådgjevar", "leiar",
    # Military ranks and team captains ("Major Kasper Winther", "Lagkaptein Sunniva Eide")
    "major", "capitaine", "commandant", "lieutenant", "colonel", "adjudant", "hauptmann",
    "kaptein", "kaptajn", "kapten", "oberst", "løytnant", "løjtnant", "löjtnant",
    "commander",
    # Union representatives ("Tillitsvalgt Rune Sandaker")
    "tillitsvalgt", "tillidsrepræsentant", "tillidsmand", "förtroendevald", "fackombud",
    "betriebsrat", "betriebsrät",
    # Ombudsmen and prosecutors of each country ("Forbrugerombudsmand Eva Holm")
    "ombud", "statsadvokat", "åklagare", "anklager", "staatsanwalt",
    "staatsanwältin", "avocat", "avocate",
)
"""Capitalised titles put before a name (mainly English and German capitalise them)."""

BYLINE_PREFIXES: tuple[str, ...] = (
    "av", "by", "von", "af", "par", "text", "tekst", "texte", "skrevet av", "skrevet af",
    "skriven av", "written by", "staff and agencies", "mit informationen von",
    "reporting by", "reporting from", "reportage", "journalist", "från", "fra", "reporter",
    "autor", "auteur",
    "propos recueillis par", "recueilli par", "recueillis par", "with files from",
    "additional reporting by", "with reporting by", "with reporting from", "mit material von",
    "interview:", "intervju:", "reportage de", "additional sources",
    "berichterstattung", "redigiert von", "editing by", "writing by",
    "article rédigé par", "rédigé par", "écrit par", "article écrit par",
    "ein interview von", "interview von", "ein gastbeitrag von", "ein kommentar von",
    "eine analyse von", "eine reportage von", "ein bericht von", "an interview by",
    "a column by", "analysis by", "commentary by", "et intervju av", "en kommentar av",
    "ett reportage av", "en analyse af", "with assistance from", "mit material der",
    "avec les informations de", "avec des informations de", "this newsletter was edited by",
    "edited by", "words by", "words and photographs by", "text and photographs by",
    "contributing:", "contributors:",
    # a broadcaster's piece and who adapted it for the web ("Sujet TJ: … Adaptation web: …")
    "sujet tj:", "sujet radio:", "sujet tv:", "adaptation web:",
    # a review's writer: "Eine Rezension von Konstantin Wehrle", "Anmeldt av Kari Nordmann"
    "eine rezension von", "rezension von", "eine kritik von", "a review by", "review by",
    "reviewed by", "en anmeldelse av", "anmeldt av", "en anmeldelse af", "anmeldt af",
    "en recension av", "recenserad av", "une critique de",
    # who asked the questions of an interview ("Das Gespräch führte Clara Wegner")
    "das gespräch führte", "das interview führte", "die fragen stellte", "interviewed by",
    "intervjuet av", "intervjuad av", "interviewet af",
)

COMMON_CHROME_WORDS = frozenset(
    (
        *("search", "suche", "søk", "sök", "rechercher", "menu", "meny", "menü"),
        *("annonce", "anzeige", "werbung", "reklame", "sponsored", "sponset", "newsletter"),
        *("comments", "kommentarer", "kommentare", "commentaires", "teilen", "partager"),
        "vergrößern",
        *("related", "copyright", "subscribe", "abonner", "abonnera", "abonnieren", "abonnez"),
        # "Plus de 300 personnes …", "Mer fra Oslo kommune kom det ingen svar."
        *("plus", "mer", "mere", "meir"),
        # "Del ut mat til alle …", "Dela med dig …": "share", and also "hand out", "part"
        *("del", "dela"),
    )
)
"""Chrome openings that are also everyday words a sentence or heading may open with
("Suche nach Vermissten geht weiter"): chrome only when little else stands with them."""

CHROME_FOLLOWERS = frozenset(
    (
        *("to", "now", "today", "here", "til", "till", "nu", "nå", "zu", "jetzt", "pour"),
        *("-vous", "vous", "hier", "her", "här"),
        *("article", "articles", "story", "stories", "content", "links", "topics", "video"),
        *("artikkelen", "artikkel", "artikeln", "artikel", "artiklen", "saken", "saka"),
        *("videos", "reading", "coverage"),
    )
)
"""Words after a chrome word that keep it chrome: "Subscribe to …", "Abonner nå",
"Related article …"."""

META_PREFIXES: tuple[str, ...] = (
    "publisert", "publ.", "oppdatert", "sist oppdatert", "publicerad", "uppdaterad",
    "publiceret", "udgivet", "opdateret", "sidst opdateret", "published", "updated",
    "last updated", "posted", "first published", "stand", "veröffentlicht", "aktualisiert",
    "zuletzt aktualisiert", "erstellt", "publiziert", "aktualisiert am", "publié",
    "mis à jour", "modifié", "actualisé", "erstpublikation", "erstveröffentlichung",
    "issued on",
    "dato", "datum", "date",
)

BOILERPLATE_PREFIXES: tuple[str, ...] = (
    "hopp til", "gå til innhold", "gå til hovedinnhold", "skip to", "jump to",
    "zum inhalt", "direkt zum inhalt", "aller au contenu", "aller directement", "hoppa till",
    "gå till innehåll", "spring til", "gå til indhold", "gå til hovedindhold",
    "till innehåll", "till huvudinnehåll", "passer au contenu", "zum hauptinhalt",
    "diskutieren sie mit", "connectez-vous",
    "del artikkel", "del denne", "del på", "dela artikel", "dela på", "del artikel",
    "share this", "share on", "share article", "teilen", "artikel teilen", "partager",
    "partagez", "kopier lenke", "copy link", "kopiera länk",
    "annonse", "annons", "annonce", "anzeige", "advertisement", "publicité", "reklame",
    "sponsor message", "sponsored content",
    "skip advertisement", "werbung", "video loading", "video unavailable", "loading video",
    "this video is unavailable", "ajouter à mes articles", "ajouter à ma liste",
    "add to my articles", "artiklen fortsætter", "artikkelen fortsetter",
    "artikeln fortsätter", "article continues", "story continues", "the article continues",
    "der artikel geht weiter", "weiter nach der anzeige", "l'article continue",
    "l’article continue",
    # Buttons on a picture
    "view image in fullscreen", "enlarge this image", "expand image", "open image",
    "bildbeschreibung einblenden", "bildbeschreibung ausblenden", "bild vergrößern",
    "vergrößern", "vis bildetekst", "vis bildet", "skjul bildetekst", "förstora bilden",
    "visa bildtext", "forstør billede", "vis billedtekst", "agrandir l'image",
    "agrandir l’image", "voir l'image",
    "sponset", "sponsored", "sponsoreret",
    "sign up", "subscribe", "abonner", "abonnera", "abonnieren", "abonnez", "newsletter",
    "nyhetsbrev", "nyhedsbrev", "få de viktigste", "få nyhetene", "get the latest",
    "tips oss", "har du tips", "tip os", "tipsa oss", "got a news tip", "got a tip",
    "do you have a tip", "vous avez une information",
    # a mail program's lines around an article sent to oneself
    "sent from my", "sendt fra min", "skickat från min", "sendt fra min iphone",
    "von meinem iphone gesendet", "envoyé de mon", "begin forwarded message",
    "start på videresendt melding", "vidarebefordrat meddelande", "videresendt melding",
    "anfang der weitergeleiteten nachricht", "weitergeleitete nachricht",
    "début du message réexpédié", "message transféré", "forwarded message",
    # a news desk asking for stories ("Do you have a story for The Sun news desk?")
    "do you have a story", "we pay for your stories", "got a story",
    "get in touch with our news team", "for more stories like this",
    # the skip links and buttons at a page's top ("Skip links Skip to Content", "Social Sharing")
    "skip links", "skip to", "click here to", "click to", "social sharing",
    # the tags under the text ("This article tagged under: Kennedy Expressway · Chicago")
    "this article tagged under", "tagged under",
    "join the conversation", "comments are closed",
    "kopiering", "copyright", "all rights reserved", "alle rettigheter", "alle rettigheder",
    "alla rättigheter", "tous droits", "alle rechte vorbehalten",
    "kommentarer", "kommentere", "comments", "kommentare", "commentaires",
    "del artikkelen", "del artiklen", "dela artikeln", "del saken", "dela sidan",
    "follow us", "følg oss", "følg os", "följ oss", "folgen sie", "suivez-nous",
    "mest læste",
    "most viewed", "most popular", "mest sett", "mest sette", "mest lästa", "mest sete",
    "meistgesehen", "les plus consultés", "les plus vus",
    "logg inn", "log in", "logga in", "log ind", "sign in", "anmelden", "se connecter",
    "meny", "menu", "menü", "søk", "sök", "search", "suche", "rechercher",
    "last ned appen", "ladda ner appen", "download the app", "hent appen",
    "kun for abonnenter", "for abonnenter", "endast för prenumeranter",
    "only available for subscribers", "subscribe to continue", "réservé aux abonnés",
    "article réservé", "dieser artikel ist", "plus-artikkel",
    "listen to this article", "hør artikkelen", "lyt til artiklen", "lyssna på artikeln",
    "artikel vorlesen", "écouter cet article",
    "cookie",
    "related", "relatert", "relaterte saker", "relaterade", "relaterede",
    "les også", "les òg", "les mer", "læs også", "læs mere", "läs också", "läs även", "läs mer",
    "read more",
    "read also", "see also", "more on this", "mehr zum thema", "lesen sie auch", "lesen sie",
    "you may also be interested in", "you might also be interested in", "you may also like",
    "you might also like",
    "mehr dazu", "lire aussi", "à lire aussi", "lire également", "à voir aussi",
    "se også", "se även", "se også:", "se hele", "se video", "se videoen", "se klippet",
    "watch:", "watch the", "watch video", "video:", "hør hele", "listen:", "video –",
    "vidéo –", "video —", "vidéo —", "video |", "vidéo |", "video -", "vidéo -",
    "trykk her", "klikk her", "click here", "klicka här", "klik her", "cliquez ici",
    "zur startseite", "til forsiden", "till startsidan", "back to top", "retour à l'accueil",
    "share", "del", "dela", "ad feedback", "our standards", "temps de lecture",
    "lesezeit", "lesetid", "läsetid", "reading time", "réutiliser ce contenu",
    "cet article est réservé", "il vous reste", "dieses thema im programm",
    "follow", "follow bbc", "suivez", "folge uns", "følg nrk", "related article",
    "more from", "mer fra", "meir frå", "mer från", "mere fra", "plus de", "weitere artikel",
    "mehr aus", "mehr zu",
    "gallery", "galleri", "bildergalerie", "photos:", "bilder:", "vis flere", "show more",
    "weiterlesen", "jetzt weiterlesen", "continue reading", "fortsett å lese", "läs vidare",
    "læs videre", "lire la suite", "a version of this article", "this article was amended",
    "this story has been", "redan prenumerant", "allerede abonnent", "already a subscriber",
    "déjà abonné", "schon abonnent", "se alle", "se mer", "se flere", "watch live",
    "explore more", "more on this story", "passend zum artikel", "kopiér link", "kopier link",
    "vous recommande", "recommended", "anbefalt", "anbefalet", "rekommenderat", "empfohlen",
    # Comment prompts
    "join the discussion", "show comments",
    "view comments", "read comments", "vis kommentarer", "se kommentarer", "visa kommentarer",
    "skriv en kommentar", "kommentare anzeigen", "voir les commentaires",
    "afficher les commentaires",
    # Share, trust and alert widgets
    "gift article", "gift this article", "share full article", "why you can trust",
    "få nyhetsvarsler", "få pushvarsler", "få varsler", "få notiser", "få pushnotiser",
    "få nyhedsnotifikationer", "få notifikationer", "get alerts", "get breaking news alerts",
    "turn on notifications", "push-nachrichten", "push-mitteilungen",
    "activez les notifications", "recevez les alertes",
    "send us your", "schicken sie uns", "envoyez-nous",
    "lästid", "læsetid", "lesedauer", "läsningstid", "lecture en", "lecture :", "bookmark",
    "more to read", "save share", "save gift", "text size", "außerdem lesenswert",
    "auch lesenswert", "ebenfalls lesenswert",
    # Players, embeds and consent walls
    "artikel anhören", "artikel hören", "artikel zum hören", "audio anhören", "écouter l'article",
    "écouter cet article", "lytt til artikkelen", "lytt til saken", "hör dir den artikel",
    "externer inhalt", "external content", "eksternt innhold", "eksternt indhold",

    "externt innehåll", "contenu externe", "cookies zulassen", "cookies akzeptieren",
    "allow cookies", "accept cookies", "accepter les cookies", "tillat informasjonskapsler",
    "paramétrer les cookies", "gérer les cookies", "personnaliser les cookies",
    "manage cookies", "cookie settings", "cookie preferences", "cookie-einstellungen",
    "accepter et fermer", "continuer sans accepter", "tout accepter", "tout refuser",
    "administrer informasjonskapsler", "cookieinnstillinger", "cookieindstillinger",
    "inhalt laden", "load content", "loading...", "loading…", "laster inn", "wird geladen",
    "chargement...", "chargement…",
    # A newsletter's link to its web version
    "view in browser", "view in your browser", "view this email", "view online",
    "view as web page", "view as a web page", "im browser ansehen", "im browser öffnen",
    "online ansehen", "voir la version en ligne", "version en ligne", "voir dans le navigateur",
    "afficher dans le navigateur", "vis i nettleser", "se i nettleser", "åpne i nettleser",
    "vis i browser", "se i browser", "visa i webbläsare", "öppna i webbläsaren",
    # Its footer
    "unsubscribe", "newsletter abbestellen", "se désabonner", "se désinscrire",
    "meld deg av nyhetsbrevet", "avsluta prenumerationen", "afmeld nyhedsbrev",
    # Corrections and feedback
    "fehler gefunden", "found an error", "found a mistake", "spotted an error",
    "signaler une erreur", "vous avez repéré une erreur", "meld fra om feil",
    "har du funnet en feil", "vous avez trouvé une erreur", "vous avez repéré une faute",
    "haben sie einen fehler gefunden", "hast du einen fehler gefunden",
    "rapportera fel", "hittat ett fel", "fandt du en fejl",
    # Headings over links to other stories (TEASER_HEADINGS) that no prefix above covers
    "weitere informationen", "mehr informationen", "more information", "further reading",
    "en savoir plus", "pour en savoir plus", "mer informasjon", "mere information",
    "mer information",
    # Play, gift, save-for-later and copy-link buttons
    "afspil video", "spill av video", "spela upp video", "spela video", "play video",
    "video abspielen", "lire la vidéo",
    "giv artikel", "giv artiklen", "gi bort artikkel", "gi bort artikkelen", "gi bort saken",
    "ge bort artikel", "ge bort artikeln", "artikel verschenken", "offrir l'article",
    "offrir l’article", "offrir cet article",
    "lagre artikkel", "lagre artikkelen", "les senere", "spara artikel", "spara artikeln",
    "läs senare", "gem artikel", "gem artiklen", "læs senere", "save article",
    "save for later", "read later", "zur merkliste", "auf die merkliste", "artikel merken",
    "später lesen", "lire plus tard", "enregistrer l'article", "enregistrer l’article",
    "link kopieren", "copier le lien", "lien copié", "link copied", "lenke kopiert",
    "länk kopierad", "link kopieret",
    # Licensing and reuse links
    "reuse this content", "purchase licensing rights", "nutzungsrechte erwerben",
    "artikelrechte erwerben",
    # Headings over other stories of the site
    "flere nyheter fra", "flere saker fra", "fler nyheter från", "flere nyheder fra",
    "more news from", "mehr nachrichten aus", "plus d'actualités", "plus d’actualités",
    "la rédaction vous conseille", "la rédaction vous recommande", "redaksjonen anbefaler",
    "redaktionen rekommenderar", "redaktionen anbefaler", "die redaktion empfiehlt",
    "editors' picks", "editor's picks",
    # Topic tags introduced without a colon
    "ämnen i artikeln", "emner i artikkelen", "emner i artiklen", "topics in this article",
    "themen in diesem artikel", "sujets de l'article", "sujets de l’article",
    # A story still being written
    "artiklen bliver opdateret", "artiklen opdateres", "artikkelen oppdateres",
    "artikkelen blir oppdatert", "saken oppdateres", "saken blir oppdatert",
    "artikeln uppdateras", "artikeln kommer att uppdateras", "this story will be updated",
    "this article will be updated", "this is a developing story", "this story is developing",
    "der artikel wird aktualisiert", "dieser artikel wird aktualisiert",
    "der artikel wird laufend aktualisiert", "dieser artikel wird laufend aktualisiert",
    "cet article sera mis à jour",
    "cet article va être mis à jour", "sidan uppdateras", "siden oppdateres",
    "siden opdateres", "die seite wird aktualisiert", "la page est mise à jour",
    "this page will be updated", "this page is being updated", "à voir en vidéo",
    "lisez aussi", "lisez également", "à lire également", "report an error",
    "journalistic standards", "editorial standards", "about the", "link:", "links:",
    "sendung:", "sendung am", "sendung vom", "réagir", "contribuer", "voir les sujets liés",
    "unsere quellen", "ressort:",
    "this segment aired", "this story aired", "this interview aired", "support the news",
    "aus dem zeitmagazin", "aus der zeit nr",
    "sujets liés", "linktipp:", "linktipp",
    "lyssna:", "lytt:", "hør:", "hör:", "écouter :", "écouter:",
    "mer om", "mere om", "reagieren", "kommenter", "kommentera",
    "kommentér",
    "kontakt os", "kontakt oss", "kontakta oss", "contact us", "cookiepolitik",
    "cookiepolicy", "cookie policy", "cookie-richtlinie", "privacy policy", "privatlivspolitik",
    "please use chrome browser", "share or comment on this article", "more top stories",
    "add cbs news on google", "direkt aus dem dpa-newskanal",
    "we use your sign-up to",
    "personvernerklæring", "integritetspolicy", "datenschutzerklärung", "impressum",
    "mentions légales", "politique de confidentialité", "gestion des cookies",
    "terms of use", "terms and conditions", "vilkår for bruk", "brugsbetingelser",
    # An old article's notice ("Denne artikkelen er over ett år gammel.")
    "denne artikkelen er over", "denne artikkelen er mer enn", "denne saken er over",
    "denne saken er mer enn", "den här artikeln är mer än", "artikeln är mer än",
    "denne artikel er mere end", "denne artikel er over", "dieser artikel ist älter als",
    "dieser artikel ist mehr als", "this article is more than", "this article is over",
    "this story is more than", "cet article a plus de", "cet article date de plus de",
)
"""How site chrome, promos and links to other stories start, in each language."""

BOILERPLATE_LONG_PREFIXES: tuple[str, ...] = (
    # a paywall's offer after the text was cut ("Jetzt weiterlesen mit RP+ Alle Artikel …")
    "jetzt weiterlesen mit", "weiterlesen mit",
    # a row of share links run into one block ("Share this: Click to share on Facebook …")
    "share this:", "click to share on", "share this article via",
    # a newsletter box's notice on what the sign-up is used for
    "we use your sign-up to",
    # a browser notice and a text-to-speech player's line
    "ie 11 is not supported", "your browser is not supported", "listen to this article",
    # the owner's notices in an Australian site's footer
    "we acknowledge aboriginal and torres strait islander",
    "this service may include material from",
    # a comment section's rules ("We welcome your comments, but please keep them on topic")
    "we welcome your comments", "we welcome comments", "we want our comment section",
    "les plus lus", "cet article vous a été utile", "var denne artikkelen nyttig",
    "was this article helpful", "war dieser artikel hilfreich",
    "über dieses thema berichtet", "über dieses thema berichtete",
    "über dieses thema berichten wir", "die kommentarfunktion ist",
    "registrieren sie sich, um mitzudiskutieren", "noch mehr aktuelle nachrichten aus",
    "local democracy reporting is",
    "mest läst", "mest lest", "mest læst", "most read", "meistgelesen", "mest lese",
    "mest sett", "mest lästa", "mest læste", "most viewed", "most popular", "trending",
    "auch interessant", "das könnte sie auch interessieren", "sur le même sujet",
    "cet article est en accès libre", "cet article vous est offert",
    # Where a long piece first appeared, and the section's own promotion
    "dieser text stammt aus", "dieser artikel stammt aus", "dieser artikel erschien",
    "denne artikkelen sto på trykk", "cet article est paru", "cet article fait partie de la série",
    "follow the long read", "follow us on",
    "ce texte fait partie de notre section", "this article is part of our",
    "les også", "les òg", "les mer", "læs også", "læs mere", "läs också", "läs även", "läs mer",
    "read more",
    "read also", "see also", "mehr zum thema", "lesen sie auch", "lire aussi",
    "à lire aussi", "lire également", "voir aussi", "se også", "se även", "related",
    "à voir également sur", "à voir aussi sur",
    "sign up", "subscribe", "abonner", "abonnera", "abonnieren", "abonnez",
    "har du tips", "tips oss", "tip os", "tipsa oss", "got a news tip", "got a tip",
    "do you have a tip", "copyright", "dieses thema im programm", "a version of this article",
    "cet article est réservé", "dieser inhalt wurde", "this content is provided",
    "this content was", "ce contenu est", "denne teksten er hentet", "mehr:", "more:", "read:",
    # Comment prompts, with the blurb under them
    "join our commenting", "join the conversation",
    # A reader-funded paper's appeal under the article, and its newsletter box
    "before you go:", "before you move on, we", "we have a small favour to ask",
    "skip past newsletter promotion",
    # Audio versions, follow calls and funders' notes that run long
    "the audio version of this article", "this article is read by", "follow bbc",
    "the associated press health and science department", "the associated press receives",
    "the associated press climate and environmental coverage", "the ap is solely responsible",
    "print subscriptions", "key events",
    # A story still being written, with what is to come
    "this breaking news story", "this is a breaking news story", "this story is being updated",
    "this article is being updated", "cet article est en cours d'actualisation",
    "cet article est en cours d’actualisation", "saken er under oppdatering",
    "denne saken oppdateres", "artikeln uppdateras löpande", "artiklen opdateres løbende",
    "dieser artikel wird fortlaufend aktualisiert",
    # Promotions that open with a question
    "want more", "vil du lese mer", "vill du läsa mer", "vil du læse mere", "möchten sie mehr",
    "vous voulez en savoir plus",
    # Newsletter blurbs and their privacy notes
    "privacy notice", "pour ne rien rater", "ne ratez rien", "never miss a story",
    "verpassen sie nichts", "gå ikke glipp av", "gå ikke glip af", "missa inget",
    "il vous reste", "la suite est réservée", "this article is for subscribers",
    "denne artikkelen er for abonnenter", "artikeln är låst", "artiklen er for abonnenter",
    "läs vidare", "læs videre", "les videre", "lesen sie weiter", "weiterlesen",
    "explore more", "passend zum artikel", "kan du lide at læse", "a lire aussi",
    # Topic tags under an article: "More about: Nursing, NHS Wales, Strikes"
    "more about:", "topics:", "tags:", "emner:", "emneord:", "stikkord:", "ämnen:",
    "ämnesord:", "taggar:", "themen:", "schlagworte:", "schlagwörter:", "sujets :",
    "sujets:", "thèmes :", "thèmes:", "mots-clés :", "mots-clés:",
    # Where the article first appeared
    "this article is republished", "this article was originally published",
    "this article originally appeared", "this article first appeared",
    "this story was originally published", "this story originally appeared",
    "this story first appeared", "this article appeared in", "this article appears in",
    "this story appeared in", "denne artikkelen ble først publisert",
    "artikkelen ble først publisert", "saken ble først publisert",
    "denne artikel blev først bragt", "artiklen blev først bragt",
    "artiklen er oprindeligt bragt", "artikeln publicerades först",
    "texten publicerades först", "dieser artikel erschien zuerst",
    "dieser beitrag erschien zuerst", "der artikel erschien zuerst",
    "dieser text erschien zuerst", "cet article a été initialement publié",
    "cet article a initialement été publié", "cet article a d'abord été publié",
    "cet article est republié", "cet article a été publié initialement",
    # A series the article belongs to
    "denne artikkelen er en del av", "denne artikkelen er del av", "saken er en del av",
    "denna artikel är en del av", "artikeln är en del av", "texten är en del av",
    "denne artikel er en del af", "artiklen er en del af", "this article is part of",
    "this story is part of", "this piece is part of", "dieser artikel ist teil",
    "dieser beitrag ist teil", "der artikel ist teil", "cet article fait partie",
    "cet article s'inscrit", "cet article s’inscrit",
    # Privacy notes under a newsletter sign-up
    "privacy notice:", "datenschutzhinweis:", "personvern:", "integritetspolicy:",
    "persondatapolitik:",
)
"""Prefixes whose lines may run long (the linked headline follows them)."""

OPINION_NOTES: tuple[str, ...] = tuple(
    f"{subject} {genre}"
    for subjects, genres in (
        (
            ("dette er en", "dette er et", "denne teksten er en", "denne teksten er et",
             "dette er ein", "dette er eit", "denne teksten er ein", "denne teksten er eit"),
            ("kommentar", "kronikk", "leder", "debattinnlegg", "leserinnlegg", "klumme",
             "kronik", "debatindlæg", "læserbrev", "anmeldelse", "meningsytring"),
        ),
        (
            ("detta är en", "detta är ett", "det här är en", "det här är ett",
             "texten är en", "texten är ett"),
            ("kommentar", "krönika", "ledare", "debattartikel", "insändare", "kolumn",
             "opinionstext", "recension", "signerad ledare"),
        ),
        (
            ("this is an", "this is a", "this article is an", "this article is a",
             "this piece is an", "this piece is a"),
            ("opinion", "opinion piece", "opinion column", "editorial", "op-ed",
             "guest essay", "commentary", "column"),
        ),
        (
            ("dies ist ein", "dies ist eine", "dieser text ist ein", "dieser text ist eine",
             "dieser beitrag ist ein", "dieser beitrag ist eine"),
            ("kommentar", "meinungsbeitrag", "gastbeitrag", "glosse", "kolumne",
             "leitartikel", "gastkommentar"),
        ),
        (
            ("ceci est une", "ceci est un", "cet article est une", "cet article est un",
             "ce texte est une", "ce texte est un"),
            ("opinion", "tribune", "chronique", "éditorial", "carte blanche", "billet",
             "commentaire"),
        ),
    )
    for subject in subjects
    for genre in genres
)
"""How the label on an opinion piece opens ("Dette er en kommentar. Kommentaren gir
uttrykk for skribentens analyser og holdninger."); the genre ends its first sentence."""

CONSENT_NOTICES: tuple[str, ...] = (
    # Norwegian
    "vi bruker informasjonskapsler", "vi bruker cookies", "vi og våre partnere",
    "denne nettsiden bruker", "dette nettstedet bruker", "vi trenger ditt samtykke",
    # Swedish
    "vi använder cookies", "vi använder kakor", "vi och våra partner",
    "den här webbplatsen använder", "webbplatsen använder", "vi behöver ditt samtycke",
    # Danish
    "vi bruger cookies", "vi og vores partnere", "denne hjemmeside bruger",
    "dette website bruger", "websitet bruger cookies", "vi har brug for dit samtykke",
    # English
    "we use cookies", "we and our partners", "this site uses cookies",
    "this website uses cookies", "we need your consent", "by continuing to use this site",
    "we value your privacy", "we care about your privacy", "your privacy choices",
    # German
    "wir verwenden cookies", "wir nutzen cookies", "wir und unsere partner",
    "diese website verwendet", "diese webseite verwendet", "wir benötigen ihre zustimmung",
    "wir brauchen ihre zustimmung",
    # French
    "nous utilisons des cookies", "nous et nos partenaires", "ce site utilise des cookies",
    "ce site utilise des traceurs", "nous avons besoin de votre consentement",
    "en poursuivant votre navigation", "avec nos partenaires, nous", "vos choix de confidentialité",
    "le respect de votre vie privée", "nous respectons votre vie privée",
    "wir respektieren ihre privatsphäre", "ihre privatsphäre ist uns wichtig",
    "vi värnar om din integritet", "vi tar personvernet ditt på alvor",
    "vi passer på dine data", "vi passar på dina data",
    # Embedded content waiting for consent
    "um externe inhalte anzuzeigen", "to view this content", "to see this content",
    "pour afficher ce contenu", "for å se dette innholdet", "for at se dette indhold",
    "för att se det här innehållet", "för att se detta innehåll",
)
"""How a cookie-consent banner pasted above an article opens; it may run long."""

CONSENT_BUTTONS: frozenset[str] = frozenset((
    # Norwegian
    "godta", "godta alle", "godta alle cookies", "aksepter", "aksepter alle", "avvis",
    "innstillinger", "indstillinger", "inställningar", "einstellungen", "paramètres",
    "settings", "cookie settings", "cookie-innstillinger",
    "avvis alle", "bare nødvendige", "kun nødvendige", "kun nødvendige cookies",
    "administrer valg", "administrer innstillinger", "jeg godtar", "innstillinger for cookies",
    # Swedish
    "acceptera", "acceptera alla", "acceptera alla cookies", "godkänn", "godkänn alla",
    "neka", "neka alla", "avvisa alla", "endast nödvändiga", "bara nödvändiga",
    "hantera val", "hantera inställningar", "cookie-inställningar", "jag godkänner",
    # Danish
    "accepter", "accepter alle", "afvis", "afvis alle", "kun nødvendige",
    "tillad alle", "tillad udvalgte", "tilpas valg", "administrer samtykke",
    "jeg accepterer", "cookie-indstillinger",
    # English
    "accept", "accept all", "accept all cookies", "reject all", "reject",
    "necessary only", "only necessary", "only necessary cookies", "manage preferences",
    "manage options", "manage cookies", "manage settings", "cookie settings", "allow all",
    "allow selection", "i accept", "save preferences", "more options", "i agree", "agree",
    "yes, i agree", "no, take me to settings", "take me to settings",
    "agree and close", "accept and close", "reject and close",
    # German
    "akzeptieren", "alle akzeptieren", "ablehnen", "alle ablehnen", "nur notwendige",
    "nur notwendige cookies", "nur essenzielle cookies", "einstellungen verwalten",
    "cookie-einstellungen", "alle zulassen", "auswahl erlauben", "zustimmen",
    "zustimmen und weiter", "ich stimme zu", "einverstanden", "zustimmen und anzeigen",
    "informasjonskapsler", "kakor", "cookies",
    "inhalt anzeigen", "inhalte anzeigen", "externe inhalte anzeigen", "inhalt laden",
    "show content", "load content", "afficher le contenu", "vis innhold", "visa innehåll",
    "vis indhold",
    # French
    "tout accepter", "accepter", "accepter et fermer", "tout refuser", "refuser",
    "continuer sans accepter", "personnaliser", "gérer mes choix", "gérer les préférences",
    "paramétrer les cookies", "paramètres des cookies", "j'accepte", "j’accepte",
    "plus d'options", "plus d’options", "en savoir plus et paramétrer", "mehr optionen",
    "weitere optionen", "flere valg", "fler alternativ", "flere muligheder", "flere valgmuligheder",
))
"""Button labels of a cookie-consent banner, each alone on its line when pasted."""

CONSENT_REQUESTS: tuple[str, ...] = (
    "ihre zustimmung", "ihre einwilligung", "your consent", "votre consentement",
    "votre accord", "ditt samtykke", "dit samtykke", "ditt samtycke", "ditt medgivande",
)
"""The site asking the reader's consent, in each language."""

CONTENT_LOADING_WORDS: tuple[str, ...] = (
    "anzuzeigen", "anzeigen", "zu laden", "nachzuladen", "load", "display", "to show",
    "to view", "afficher", "charger", "å vise", "å laste", "at vise", "at indlæse", "att visa",
    "att ladda",
)
"""Showing or loading something embedded: what a consent request for a map, a video or a
post from another site asks leave for."""

PAGE_BUTTONS: frozenset[str] = frozenset((
    # Play buttons
    "afspil", "spill av", "spela upp", "play", "abspielen", "lire",
    # Feedback
    "feedback", "send feedback", "give feedback", "gi tilbakemelding", "ge feedback",
    "giv feedback", "feedback geben", "donnez votre avis",
    # Share buttons that are a site's address
    "x.com", "twitter.com", "facebook.com", "linkedin.com", "bsky.app",
    # Bookmarks
    "favoris", "favoriten", "favorites", "favourites", "ajouter à vos sélections",
    "zur merkliste hinzufügen", "save for later", "sauvegarder", "speichern", "lagre",
    "spara", "gem artikel", "lagre artikkel", "spara artikel",
    # A comment's reply button
    "reply", "antworten", "répondre",
    # The button that opens the rest of a share menu
    "weitere optionen zum teilen", "weitere optionen", "more sharing options",
    "more share options", "autres options de partage", "flere delingsvalg",
    # A share panel's own buttons and a contact form's link
    "share this article via", "comment now", "share via", "close extra sharing options",
    "partager l'article sur les réseaux sociaux", "partager l’article sur les réseaux sociaux",
    "ajouter à mes favoris", "toggle caption", "hide caption",
    "close panel", "about sharing", "contact form", "kontaktformular", "formulaire de contact",
    "kontaktskjema", "kontaktformulär",
    # Listen, bookmark and print buttons, and a media label over a player
    "hören", "anhören", "lytt", "lyssna", "lyt", "listen", "écouter", "merken", "drucken",
    "print", "skriv ut", "udskriv", "imprimer", "video", "audio", "vidéo", "læs op",
    "lytt", "lyt til artiklen", "vorlesen",
    # A page still loading, and a read-later app's link back to the page
    "loading", "loading…", "laden", "lädt", "chargement", "view original",
    # Headings over more of the site's stories, as the whole line
    "flere nyheder", "flere nyheter", "fleire nyheiter", "fler nyheter", "more news",
    "seneste nyt", "senaste nytt", "siste nytt", "latest news", "neueste nachrichten",
    "weitere nachrichten", "plus d'actualités", "plus d’actualités", "auch interessant",
    # Listen buttons
    "écouter l’article", "écouter l'article", "listen to this article", "artikel anhören",
    "lytt til saken", "lytt til artikkelen", "lyssna på artikeln", "lyt til artiklen",
    # A picture's and a bookmark's buttons
    "toggle caption", "hide caption", "enlarge this image", "story saved",
    # Share buttons named for the article
    "artikel teilen", "share article", "share this article", "share this story",
    "partager l’article", "partager l'article", "del artikkelen", "del artikkel",
    "del artiklen", "del artikel", "dela artikeln", "dela artikel",
    # A live page's badge
    "live", "direkte", "direkt", "en direct", "liveblogg", "liveblog", "live-ticker", "ticker",
    "view original article", "open original",
    # Ad controls, and buttons to subscribe or log in
    "hide ad", "skip ad", "skip advert", "passer la publicité", "werbung überspringen",
    "ad choices", "adchoices",
    # A gallery's buttons
    "zur bildergalerie", "zur galerie", "bildergalerie öffnen", "alle bilder anzeigen",
    "visa alla bilder", "visa bildspel", "sjå alle bileta", "sjå alle bilete",
    "se alle bilder", "se alle billeder", "se alle billederne", "vis alle bilder",
    "voir le diaporama", "voir les photos", "voir toutes les photos", "voir la galerie",
    "view gallery", "open gallery", "view all photos", "view all images", "see all photos",
    "åpne galleriet", "öppna galleriet", "åbn galleriet",
    # Print buttons
    "print this page", "print this article", "print article", "artikel drucken",
    "imprimer l'article", "imprimer l’article", "skriv ut artikkelen", "skriv ut artikeln",
    "udskriv artikel",
    # More share buttons, and the cookie settings link
    "weitere optionen zum teilen", "more sharing options", "plus d'options de partage",
    "cookieinställningar", "cookie-inställningar", "cookie settings",
    # Bookmark buttons
    "ajouter à mes favoris", "add to favourites", "add to favorites", "zu favoriten hinzufügen",
    "je m'abonne", "je m’abonne", "s'abonner", "s’abonner", "s'inscrire", "s’inscrire",
    "je m'inscris", "je m’inscris", "inscrivez-vous", "registrieren", "jetzt registrieren",
    "tilmeld", "tilmeld dig", "meld deg på", "meld meg på", "anmäl dig", "registrera dig",
    "abonnez-vous", "subscribe", "log in", "sign in", "logg inn", "logga in", "log ind",
    "anmelden", "se connecter", "abonner", "abonnieren",
))
"""Labels of page buttons that are the whole line (as a line's first words they may
start a heading: "Play resumes after the rain")."""

NEW_TAB_NOTES: tuple[str, ...] = (
    "opens new tab", "opens in new tab", "opens in a new tab", "opens new window",
    "opens in new window", "opens in a new window", "åpnes i ny fane", "åpner i ny fane",
    "öppnas i ny flik", "öppnas i en ny flik", "åbner i ny fane", "åbnes i ny fane",
    "öffnet in neuem tab", "öffnet in einem neuen tab", "öffnet in neuem fenster",
    "ouvre un nouvel onglet", "s'ouvre dans un nouvel onglet", "s’ouvre dans un nouvel onglet",
)
"""What a screen reader's text adds to a link that opens a new tab ("Purchase Licensing
Rights, opens new tab"): a line ending so is a link of the page."""

OFFER_OPENINGS: tuple[str, ...] = (
    "sign up for", "sign up to", "subscribe to our", "subscribe for", "meld deg på",
    "abonner på", "tilmeld dig", "registrera dig", "prenumerera på", "anmäl dig",
    "jetzt bestellen", "jetzt anmelden", "jetzt abonnieren", "melden sie sich an",
    "melden sie sich jetzt", "melden sie sich hier", "melden sie sich für",
    "abonnieren sie", "inscrivez-vous", "abonnez-vous",
)
"""How the last sentence of a promotion starts: the call to sign up or order."""

OWN_PAGE_LINKS: tuple[str, ...] = (
    "hier geht es zu unserem", "hier geht's zu unserem", "hier geht’s zu unserem",
    "hier geht es zum", "click here for our", "klikk her for vårt",
)
"""The link to the outlet's own newsletter or page that ends a promotion, after its
question too ("Sie wollen nichts verpassen? Hier geht es zu unserem Newsletter.")."""

SIGN_UP_CALLS: tuple[str, ...] = (
    "sign up here.", "sign up now.", "subscribe here.", "meld deg på her.",
    "registrer deg her.", "abonner her.", "tilmeld dig her.", "registrera dig här.",
    "prenumerera här.", "anmäl dig här.", "hier anmelden.", "jetzt anmelden.",
    "hier abonnieren.", "jetzt abonnieren.", "inscrivez-vous ici.", "abonnez-vous ici.",
    "je m'inscris.", "je m’inscris.", "je m'inscris", "je m’inscris", "sign up", "subscribe",
    "meld deg på", "tilmeld", "anmelden", "abonnieren", "s'inscrire", "s’inscrire",
)
"""How a newsletter's blurb ends: a call to sign up ("… the Morning Bid newsletter.
Sign up here.")."""

NEWSLETTER_FOOTERS: tuple[str, ...] = (
    "you received this email", "you are receiving this email", "you're receiving this email",
    "you are receiving this newsletter", "you're receiving this newsletter",
    "du mottar denne e-posten", "du får denne e-posten", "du får detta mejl",
    "du får det här mejlet", "du modtager denne mail", "du modtager dette nyhedsbrev",
    "sie erhalten diese e-mail", "sie erhalten diesen newsletter",
    "vous recevez cet e-mail", "vous recevez cette newsletter", "vous recevez ce courriel",
)
"""Why a newsletter reached its reader, in its footer beside the publisher's address."""

STORY_REQUESTS: tuple[str, ...] = (
    "tip", "idea", "idé", "ideer", "ideen", "idées", "hinweis", "story", "stories",
    "historie", "histoire", "témoign", "kronikk", "kronik", "lesarbrev", "leserbrev",
    "læserbrev", "innlegg", "indlæg", "insändare", "debattinlägg", "leserbrief", "letter",
)
"""Words of a request for stories beside an e-mail address ("Send your story ideas to
…@bbc.co.uk", "Har du tips? …")."""

RATING_WORDS: tuple[str, ...] = (
    "terningkast", "terning", "karakter", "betyg", "stjerner", "stjärnor", "rating",
    "wertung", "bewertung", "sterne", "note", "étoiles", "verdict", "vurdering",
)
"""The word before a review's score on a line of its own ("Terningkast 5", "Betyg: 4/5")."""

VERDICTS: frozenset[str] = frozenset((
    "falsk", "usant", "sant", "delvis sant", "delvis usant", "villedende", "misvisende",
    "falskt", "osant", "delvis falskt", "delvis sant", "vilseledande", "forkert",
    "delvis forkert", "false", "true", "mostly false", "mostly true", "half true",
    "partly false", "misleading", "missing context", "unproven", "falsch", "richtig",
    "irreführend", "teilweise falsch", "größtenteils falsch", "unbelegt", "faux", "vrai",
    "plutôt faux", "plutôt vrai", "en partie faux", "trompeur", "infondé", "manipulé",
))
"""A fact check's verdict, alone on its line under the headline ("FAUX", "Misleading")."""

TEASER_HEADINGS: frozenset[str] = frozenset((
    "les også", "les òg", "les mer", "relatert", "relaterte saker", "les flere saker", "se også",
    "læs også", "læs mere", "relaterede artikler", "se også", "läs också", "läs mer",
    "relaterat", "relaterade artiklar", "läs även", "read more", "read also", "related",
    "related articles", "related stories", "more on this", "more on this topic",
    "more on this story", "see also", "mehr zum thema", "lesen sie auch", "mehr dazu",
    "das könnte sie auch interessieren", "lire aussi", "à lire aussi", "a lire aussi",
    "lire également", "sur le même sujet", "voir aussi", "weitere informationen",
    "mehr informationen", "more information", "further reading", "en savoir plus",
    "pour en savoir plus", "mer informasjon", "mere information", "mer information",
    "la rédaction vous conseille", "la rédaction vous recommande", "redaksjonen anbefaler",
    "redaktionen rekommenderar", "redaktionen anbefaler", "die redaktion empfiehlt",
    "editors' picks", "editor's picks", "more to read", "more stories", "related reading",
    "passend zum artikel", "passend zum thema", "außerdem lesenswert", "auch lesenswert",
    "ebenfalls lesenswert", "link", "links", "lenke", "lenker", "länk", "länkar", "liens",
    "auch interessant", "go deeper", "dive deeper", "lesen sie dazu auch", "lesen sie dazu",
    "more in this section", "more in this category", "mehr aus diesem ressort",
    "you may also be interested in", "you might also be interested in", "you may also like",
    "you might also like",
    "popular stories", "top stories", "top news", "toppsaker", "toppnyheter", "topnyheder",
    "top-themen",
    "à la une",
    "flere nyheder", "flere nyheter", "fleire nyheiter", "fler nyheter", "more news",
    "weitere nachrichten", "plus d'actualités", "plus d’actualités",
    # a press release's contacts
    "yderligere oplysninger", "for yderligere oplysninger", "for mer informasjon",
    "för mer information", "for more information", "pour plus d'informations",
    "pour plus d’informations", "pressekontakt", "press contact", "media contact",
    "contact presse", "kontaktperson", "kontaktpersoner",
    "mest lest", "mest läst", "mest læst", "most read", "meistgelesen", "les plus lus",
    "mest lese", "mest sett", "mest lästa", "mest læste", "most viewed", "most popular",
    "les plus consultés", "meistgelesene artikel", "trending", "trending now", "popular now",
    "flere saker", "fleire saker", "fler artiklar", "flere artikler",
    "verwandte artikel", "ähnliche artikel", "articles liés", "articles similaires",
    "recommended", "anbefalt", "anbefalet", "rekommenderat", "empfohlen", "recommandé",
))
"""A heading alone on its line over a link to another story: the line under it is the
linked headline (a teaser), not a subheading of the article."""

TEASER_HEADING_OPENINGS: tuple[str, ...] = (
    "more from", "mer fra", "meir frå", "mer från", "mere fra", "mehr von", "mehr aus",
    "plus de", "weitere artikel", "flere saker fra", "fleire saker frå", "fler artiklar från",
    "mer om", "mere om", "read more from", "read more on", "les mer fra", "les mer om",
    "læs mere fra", "læs mere om", "läs mer från", "läs mer om", "lesen sie mehr",
    "weiterlesen", "à lire sur",
)
"""How a heading over links to the site's other stories opens ("Meir frå NRK Vestland",
"Read more from Sky News:")."""

PAYWALL_BADGES: tuple[str, ...] = ("plus", "pluss", "premium", "+", "abo", "exklusiv", "pro")
"""The last word of a paywall badge beside the outlet's name ("SZ Plus", "Berlingske+")."""

FACT_BOX_HEADINGS: tuple[str, ...] = (
    "fakta", "faktaboks", "faktaruta", "faktarute", "facts", "fact box", "factbox",
    "key facts", "fakten", "faktenbox", "les faits", "repères",
    # Boxes of a match's or a person's data
    "matchfakta", "kampfakta", "match facts", "spielfakten", "zur person", "steckbrief",
    "fiche technique",
)
"""Headings of a fact box: the short lines under one are its points, not subheadings."""

TOPIC_HEADINGS: frozenset[str] = frozenset((
    "related topics", "topics", "more on this topic", "emner", "emne", "emneord", "stikkord",
    "relaterte emner", "ämnen", "ämnesord", "relaterade ämnen", "emner i artiklen",
    "themen", "mehr zu diesen themen", "schlagworte", "sujets", "sujets associés",
    "thèmes", "mots-clés", "tags", "explore more on these topics", "more on these topics",
    "suggested topics", "ämnen i artikeln", "emner i artikkelen", "emner i artiklen",
    "topics in this article", "themen in diesem artikel", "sujets de l'article",
    "sujets de l’article", "companies", "see more on", "voir plus sur", "mehr über",
    "more about", "mer om", "mere om", "plus sur", "följ ämnen", "følg emner", "følg emne",
    "follow topics", "themen folgen", "suivre les sujets", "mehr lesen über",
    "read more about", "les mer om", "läs mer om", "læs mere om", "verwandte themen",
    # the sources a story names at its end, one to a line
    "verwendete quellen", "quellen", "quellenangaben", "sources", "sources used", "kilder",
    "källor",
))
"""A heading alone on its line over the article's topic tags, one short line each."""

RELATIVE_TIME_WORDS: tuple[str, ...] = (
    "siden", "sedan", "ago", "il y a", "vor", "timer", "timmar", "hours", "minutes",
    "minutter", "minuter", "stunden", "minuten", "heures",
)

MONTHS: tuple[str, ...] = (
    "jan", "feb", "mar", "apr", "mai", "may", "jun", "jul", "aug", "sep", "okt", "oct",
    "nov", "des", "dec", "dez", "januar", "februar", "mars", "märz", "april", "juni",
    "juli", "august", "september", "oktober", "november", "desember", "december",
    "dezember", "january", "february", "march", "june", "july", "october", "janvier",
    "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "januari", "februari", "augusti", "maj",
)

WEEKDAYS: tuple[str, ...] = (
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag",
    "tisdag", "lördag", "söndag", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "montag",
    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "i dag", "i går", "today",
    "yesterday", "heute", "gestern", "aujourd'hui", "hier",
)

PROMO_WORDS: tuple[str, ...] = (
    "newsletter", "nyhetsbrev", "nyhedsbrev", "nyhetsbrev", "infolettre", "prenumerant",
    "subscriber", "abonnent", "abonné", "logga in", "logg inn", "log ind", "fuld adgang",
    "full tilgang", "full access", "full åtkomst", "für 1 euro", "for 1 kr", "för 1 kr",
    "prova dn", "prøv gratis", "gratis prøve", "essai gratuit", "testen sie",
    "vous recommande", "recommended for you", "anbefalt for deg", "anbefalet til dig",
    "lettre d'information", "abonnement", "prenumerera", "abonnér", "podcast", "podkast",
    "last ned appen", "hent appen", "download our app",
    # Sign-ups by e-mail ("Få DNs sjømatbrev på e-post hver fredag")
    "på e-post", "på e-mail", "på mejl", "per e-mail", "via e-mail", "i innboksen",
    "i din innboks", "i din indbakke", "i din inkorg", "in your inbox", "to your inbox",
    "in ihr postfach", "in ihrem postfach", "dans votre boîte",
    # Donation appeals
    "unabhängigen journalismus", "independent journalism", "journalisme indépendant",
    "uavhengig journalistikk", "oberoende journalistik", "uafhængig journalistik",
    "support our journalism", "soutenez notre", "støtt journalistikken",
    "readers like you", "support the journal", "support us", "lesere som deg", "läsare som du",
    "læsere som dig", "leser wie sie",
    # Subscription offers
    "abonnez-vous", "abonnieren sie", "subscribe to", "subscribe now", "einloggen",
)
"""Words that mark a short paragraph as a promotion wherever they stand in it."""

JOURNALIST_ROLES: tuple[str, ...] = (
    "correspondent", "reporter", "editor", "journalist", "korrespondent", "redaktør",
    "redaktör", "kommentator", "commentator", "columnist", "journaliste", "rédacteur",
    "redakteur", "redakteurin", "korrespondentin", "envoyé spécial", "envoyée spéciale",
    "chefredaktør", "nyhetsreporter", "staff writer", "photographer", "fotograf",
    "correspondant", "correspondante", "envoyé", "envoyée", "reporterin", "reportrice",
    "journalistin", "skribent", "fotografin", "commentatrice",
    # critics: "Filmanmelder", "Musikkritiker", "Krönikör", "critique de cinéma"
    "anmelder", "anmelderin", "kritiker", "kritikerin", "film critic", "krönikör", "kronikør",
    "kolumnist", "kolumnistin", "chroniqueur", "chroniqueuse",
)
"""Words that make "Helen Carver, North of England correspondent" a byline."""

AFFILIATIONS: tuple[str, ...] = (
    # Academic ranks
    "professor", "lecturer", "reader in", "researcher", "research fellow", "fellow",
    "phd", "ph.d", "postdoc", "postdoctoral", "scientist", "forsker", "førsteamanuensis",
    "stipendiat", "postdoktor", "dosent", "universitetslektor", "forskare", "docent",
    "doktorand", "lektor", "adjunkt", "seniorforsker", "wissenschaftler", "dozent",
    "chercheur", "chercheuse", "maître de conférences", "maîtresse de conférences",
    "doctorant", "doctorante", "enseignant-chercheur",
    "enseignante-chercheuse",
    # Institutions
    "university", "universitet", "universität", "université", "college", "institute",
    "institut", "hochschule", "högskola", "høgskole", "høyskole", "school of",
)
"""Words that make "Helen Okonjo, Senior Lecturer in Aerobiology, University of Eastmoor"
an author's line: the name, then a rank or an institution."""

WIRE_AGENCIES: tuple[str, ...] = (
    "ntb", "tt", "ritzau", "dpa", "dpa-afx", "afx", "afp", "ap", "apa", "ats", "sda",
    "keystone-sda", "reuters", "anp", "belga", "efe", "ansa", "epd", "kna", "ddp", "pa",
    "pa media", "upi", "la presse canadienne", "the canadian press", "presse canadienne",
    "agence france-presse", "associated press", "the associated press", "deutsche presse-agentur",
    "stt", "fnb", "nrk", "tt nyhetsbyrån",
)
"""News agencies whose copy a site reprints and credits on a line of its own ("Ritzau",
"Mit Material von dpa", "Avec ATS et AFP")."""

WIRE_CREDIT_OPENINGS: tuple[str, ...] = (
    "mit material von", "mit material der", "mit material aus", "material von", "avec",
    "avec les informations de", "avec les informations d'", "avec les informations d’",
    "avec des informations de", "avec l'", "avec l’", "with files from", "with reporting from",
    "med material fra", "med material från",
)
"""What may stand before the agencies in such a credit line ("Quelle: dpa" may also
credit a picture, so its place decides: `text_parser`)."""

TRIAL_OFFER_VERBS: frozenset[str] = frozenset(
    "prøv prøve try testen teste essayez köp kjøp køb få get prova testa abonner abonnez "
    "abonnieren abonnera subscribe lesen lisez read les läs læs unlock découvrez entdecken".split()
)
"""How a subscription offer may open ("Prøv Dag og Tid: 8 veker for 149 kroner")."""

SALUTATIONS: tuple[str, ...] = (
    "good morning", "good afternoon", "good evening", "hello", "hi", "hey", "dear",
    "welcome back", "guten morgen", "guten tag", "guten abend", "hallo", "liebe", "lieber",
    "grüß gott", "servus", "grüezi", "moin", "bonjour", "bonsoir", "chers", "chères", "cher",
    "chère", "salut", "god morgon", "god morgen", "god dag", "god kveld", "god kväll",
    "god aften", "hei", "hej", "hejsan", "kjære", "kære", "kära", "godmorgen", "godmorgon",
)
"""How a newsletter greets its readers on a line of its own ("Good morning, Chicago.",
"Bonjour,", "Guten Morgen, liebe Leserinnen und Leser!")."""

NAVIGATION_SEPARATORS: str = "|·•›>"
"""Characters that string site sections together in a pasted menu line (`is_navigation`
in text_parser spells them out)."""

SHARE_WORDS: frozenset[str] = frozenset(
    "facebook twitter x linkedin whatsapp email e-mail e-post mail flipboard reddit messenger "
    "pinterest telegram instagram threads bluesky sms print skriv ut drucken imprimer share save "
    "lagre gem spara speichern merken enregistrer "
    "del dela teilen partager copy link kopier lenke kopiera länk kopieren copier lien "
    "kommentieren kommentér kommenter kommentera commenter comment "
    "kopiér".split()
)
"""Share-button labels: a paragraph of nothing else is a row of buttons."""

MEDIA_IMPERATIVES: tuple[str, ...] = (
    "se", "watch", "hør", "hör", "lyt", "lyssna", "listen",
    "regardez", "écoutez", "sehen sie", "følg", "følj", "hören sie", "lesen sie", "schauen sie",
)
"""How a promo for a video, podcast or other story starts ("Se alle kampene på TV 2 Play")."""

TIP_WORDS: tuple[str, ...] = ("tip", "tips", "tipsa", "tipp", "hinweis", "témoin")
READING_TIME_WORDS: tuple[str, ...] = (
    "read", "reading", "lesetid", "lesing", "läsning", "lästid", "læsning", "læsetid",
    "lecture", "de lecture", "lesezeit", "lesedauer",
)
"""What follows the minutes in a reading-time line ("4 min read", "5 minutes de lecture")."""
APP_VERBS: tuple[str, ...] = (
    "download", "get", "install", "last ned", "hent", "ladda ner", "ladda ned", "hämta",
    "laden sie", "holen sie sich", "installieren sie", "téléchargez", "installez",
    # a mobile page's banner: "Öppna i DN-appen", "Télécharger l'application 20 Minutes"
    "open", "åpne", "öppna", "åbn", "ouvrir", "télécharger",
    # a saved copy's link back: "Lire dans l'application", "Read in app", "Läs i appen"
    "read in", "les i", "läs i", "læs i", "lire dans", "lesen sie",
)
"""How an app promo starts ("Download the Sky News app", "Last ned appen")."""
TIP_REQUESTS: tuple[str, ...] = (
    "tips oss", "tipsa oss", "tip os", "tips os", "send us", "send oss", "skicka", "schicken sie",
    "tell us", "fortell oss", "berätta för oss", "fortæl os", "erzählen sie uns", "dites-nous",
    "envoyez-nous", "contact us", "kontakt oss", "kontakta oss", "kontakt os",
    # Writing in, by mail or a form ("Envoyez-la-nous via notre formulaire", "Mejla …")
    "send inn", "send os", "skriv til oss", "skriv till oss", "skriv til os", "mejla", "maila",
    "write to us", "email us", "e-mail us", "get in touch", "schreiben sie uns",
    "kontaktieren sie uns", "envoyez-la-nous", "envoyez-le-nous", "envoyez-les-nous",
    "écrivez-nous", "contactez-nous", "signalez-nous", "signalez-la-nous", "signalez-le-nous",
    # Sending what was asked for ("Har du billeder? Send dem til DR Trekanten på …")
    "send dem", "send den", "send det", "send them", "send it", "skicka dem", "skicka in",
    "schicken sie sie", "envoyez-les", "envoyez-nous-les",
    # Getting in touch ("Har du bilder …? Hör av dig till GP:s nyhetsdesk.")
    "hör av dig", "hör av er", "hør av deg", "ta kontakt", "tag kontakt",
)
"""The request after a question in a tip line ("Har du bilder? Tips oss på …")."""
CALLS_TO_ACTION: tuple[str, ...] = (
    "send", "skriv", "write", "email", "e-post", "e-mail", "mail", "kontakt", "contact",
    "ring", "call", "schreiben", "écrivez", "contactez", "her", "here", "hier", "ici", "här",
)
COMMENT_WORDS: tuple[str, ...] = (
    "postings", "posting", "comments", "comment", "kommentarer", "kommentar", "kommentare",
    "commentaires", "svar", "replies", "reactions", "reaksjoner", "réactions",
)

PICTURE_REFERENCES: tuple[str, ...] = (
    "bildet", "billedet", "bilden", "fotoet", "fotografiet", "fotot", "the photo",
    "the picture", "the image", "this photo", "this picture", "das foto", "das bild",
    "dieses foto", "dieses bild", "la photo", "cette photo", "l'image", "cette image",
)
"""How a paragraph starts when it speaks of the picture above it ("Billedet er taget af")."""

GRAPHIC_REFERENCES: tuple[str, ...] = (
    *PICTURE_REFERENCES, "kartet", "kartan", "kortet", "grafikken", "grafiken",
    "the map", "this map", "the chart", "this chart", "the graphic", "die karte", "die grafik",
    "la carte", "le graphique", "l'infographie", "l’infographie", "cette carte",
)
"""Pictures, maps and charts as a caption names what it stands under ("Kartan visar …")."""

GENERIC_TURN_LABELS: frozenset[str] = frozenset(
    "q a spm svar spørsmål spørgsmål fråga frage antwort question answer réponse r".split()
)
"""Labels of interview turns that name no one ("Q:", "Svar:")."""

TIME_WORDS: frozenset[str] = frozenset(
    (*WEEKDAYS, "morgen", "morges", "kveld", "kvelden", "ettermiddag", "formiddag", "natt",
     "natten", "laut", "ifølge", "enligt", "ifølge", "yesterday", "today", "tonight",
     "earlier", "later", "onsdagen", "idag", "igår", "heute", "gestern", "selon", "hier",
     "senere", "senare", "später", "danach", "anschließend", "dann", "dort", "ensuite",
     "aujourd'hui", "aujourd’hui", "afterwards", "then", "there", "där", "här")
)
"""Words that may follow a speaker's name without making it a qualifier ("sa Støre mandag")."""


READER_WORDS = frozenset(
    (
        *("you", "your", "you're", "yours", "du", "deg", "dig", "din", "ditt", "dine", "dina"),
        *("dere", "ihr", "dich", "dir", "dein", "deine", "euch", "vous", "votre", "vos"),
        *("ert", "jeres", "jer"),
    )
)
"""Words for the reader, "you" and "your", with which a promotion speaks to them."""

CALL_VERBS = frozenset(
    (
        *("get", "sign", "subscribe", "try", "download", "join", "listen", "follow", "read"),
        *("discover", "register", "support", "donate", "save", "receive", "start", "enjoy"),
        *("unlock", "access", "gain"),
        *("få", "prøv", "last", "hent", "meld", "abonner", "les", "lytt", "hør", "støtt"),
        *("prova", "testa", "ladda", "hämta", "lyssna", "prenumerera", "läs", "anmäl", "stöd"),
        *("læs", "lyt", "tilmeld", "hent", "støt", "registrer", "bestil"),
        *("holen", "testen", "laden", "abonnieren", "hören", "lesen", "jetzt", "melden"),
        *("unterstützen", "entdecken", "registrieren", "bestellen"),
        *("inscrivez", "abonnez", "essayez", "téléchargez", "écoutez", "découvrez", "recevez"),
        *("soutenez", "rejoignez", "suivez", "lisez", "profitez"),
    )
)
"""Verbs a promotion opens with, telling the reader what to do ("Subscribe …", "Prøv …")."""

LOADING_ENDS: tuple[str, ...] = (
    "wird geladen", "loading", "laster inn", "lastes inn", "laddas", "indlæses", "chargement",
    "en cours de chargement", "wiedergabe wurde unterbrochen", "playback was interrupted",
    "lecture interrompue",
)
"""How a player or an embed still loading, or stopped, ends its line ("Video-Player wird
geladen...", "Die Wiedergabe wurde unterbrochen.")."""

HERE_LINKS: tuple[str, ...] = (
    "lesen sie hier", "finden sie hier", "sehen sie hier", "hören sie hier", "gibt es hier",
    "read more here", "read it here", "find out more here", "les mer her", "les saken her",
    "läs mer här", "läs hela artikeln här", "læs mere her", "læs hele artiklen her",
    "lisez-le ici", "à lire ici", "à retrouver ici",
)
"""How a sentence whose point is a link ends ("Mehr News aus dem Landkreis lesen Sie hier.")."""

LINK_CALLS: tuple[str, ...] = ("click here", "klikk her", "klik her", "klicka här", "cliquez ici")
"""A link's own words, which no story's sentence holds."""

MACHINE_HELP: tuple[str, ...] = (
    "mithilfe von ki", "mit hilfe von ki", "mithilfe künstlicher intelligenz",
    "mit hilfe künstlicher intelligenz", "unterstützung von ki",
    "unterstützung künstlicher intelligenz",
    "with the help of ai", "with the help of artificial intelligence", "using ai",
    "ved hjelp av ki", "ved hjelp av kunstig intelligens", "med hjälp av ai",
    "med hjälp av ki", "ved hjælp af ai", "ved hjælp af kunstig intelligens",
    "à l'aide de l'ia", "à l’aide de l’ia", "avec l'aide de l'intelligence artificielle",
    "avec l’aide de l’intelligence artificielle",
)
"""Made with the help of AI, in each language."""

THIS_ARTICLE: tuple[str, ...] = (
    "dieser artikel", "dieser text", "dieser beitrag", "this article", "this story",
    "this text", "denne artikkelen", "denne saken", "denna artikel", "den här artikeln",
    "denne artikel", "cet article", "ce texte", "ce contenu",
)
"""The article speaking of itself: an outlet's note on how it was made."""

EMAIL_HEADERS: frozenset[str] = frozenset((
    "from", "to", "cc", "subject", "date", "sent", "fra", "til", "kopi", "emne", "dato",
    "sendt", "från", "till", "ämne", "datum", "skickat", "von", "an", "betreff", "gesendet",
    "de", "à", "objet", "envoyé", "fwd", "fw", "vs", "wg", "tr", "re", "aw", "sv",
))
"""The labels of an e-mail's header lines ("From:", "Emne:", "Betreff:"), and the marks of
a forwarded subject ("Fwd:", "VS:", "WG:")."""
