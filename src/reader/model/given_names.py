"""Common given names of the languages reader reads: where a person's name begins.

A speech verb is often followed by a role, an organisation and a name run together with
nothing to mark the cuts: "sier ordfører i Voss Lars Inge Haugsnes", "siger direktør i
Grundfos Poul Due Jensen", "sagte Strandvogt Jörn Petersen".  Capitals do not tell
"Voss" from "Lars"; a given name does.  The list leaves out names that are also common
words, places or brands in these languages ("Mark", "Victoria", "Frank"); a few common
Nordic names that are English words stay ("Stein", "Odd", "Line"), and the reader looks
for the last given names that stand together, so one inside an organisation's name does
not take the person's place.  Names missing from the list fall back to counting words.
Hyphenated names are looked up by their first half ("Anna-Lena", "Jean-Marc").
"""

from __future__ import annotations

# fmt: off

_NORDIC = """
Aksel Alexander Alf Alfred Ali Amalie Anders Andreas Anette Anita Ann Anna Anne
Anne-Lise Anneli Annika Ari Arild Arne Arnfinn Asbjørn Asgeir Aslak Astrid Atle Audun
Bente Bengt Benny Berit Birger Birgitta Birgit Bjarne Bjørg Bjørn Bo Bodil Borghild
Britt Brita Bård Camilla Carina Carl Caroline Cathrine Cecilie Charlotte Christer
Christian Christina Christine Claus Dag Dagfinn Dagny Dagrun Dorte Dorthe Ebba Egil
Einar Eirik Eivind Elin Elisabeth Ellen Emil Emilie Emma Erik Erlend Erling Espen Eva
Finn Frida Frode Geir Gerd Gisle Gitte Grete Gro Gudrun Gunhild Gunn Gunnar Gustav
Guttorm Gøran Göran Hallvard Halvor Hanne Hans Harald Hege Heidi Helene Helga Helge
Helle Henning Henrik Henriette Hilde Hjalmar Håkan Håkon Hanna Idun Inga Inge Inger
Ingrid Ingvild Ingvar Ivar Jakob Jan Janne Jens Jesper Jette Joakim Johan Johanne
Johannes John Jon Jonas Jonatan Jørgen Jørn Jorunn Josefine Julie Kaja Kari Karin
Karen Karl Karsten Kasper Katrine Kenneth Kim Kirsten Kjell Kjersti Kjetil Knut
Kristian Kristin Kristine Kåre Lars Lasse Leif Lene Lena Lill Lilly Linda Linn Lisbeth
Lise Liv Lone Lotte Louise Ludvig Magnhild Magne Magnus Maja Malene Malin Mads Margit
Margrethe Mari Maria Marianne Marie Marit Marte Martin Mathias Mats Mattias Merete
Mette Mikael Mikkel Mona Morten Nils Nina Njål Oddvar Ola Olav Ole Oline Oskar Per
Peder Pernille Petter Pia Poul Preben Ragnar Ragnhild Randi Rasmus Reidar Rolf Rune
Rut Sanna Sara Signe Sigrid Sigurd Simen Simon Siri Sissel Siv Sofie Solveig Steinar
Stian Stig Sune Susanne Svein Sven Sverre Synne Synnøve Søren Terje Thea Thomas Thor
Tina Tobias Tom Tone Tonje Tor Tora Tore Torben Torbjørn Torgeir Torill Tormod
Torstein Trine Trond Trude Truls Turid Tuva Ulf Ulla Ulrik Unni Vegard Vibeke Vidar
Viggo Wenche Åse Åsa Øystein Øyvind Ørjan Niels Knud Torunn Eli Ane Arnt Kine Aud
Sanne Line Odd Stein Even Gard Annette Anne-Marie Lisa Karoline Elise Ida Nora
Ingeborg Marthe Vilde Hedda Herman Sindre Sondre Eskil Joachim Kristoffer Fredrik
Filip Jostein Roar Jarle Lennart Gustaf Anton Axel Elsa Ingela Margareta Kerstin
Ulrika Helena Cecilia Jonna Tove Stina Agneta Åke Göte Rikard Niklas Patrik Fredrika
Ylva Anneke
"""

_GERMAN = """
Achim Andrea Angelika Anja Anke Annegret Antje Armin Barbara Bärbel Bastian Benedikt
Bernd Bernhard Bettina Björn Boris Brigitte Burkhard Carsten Christa Christiane
Christoph Claudia Cornelia Daniela Detlef Dieter Dietmar Dirk Doris Dorothea Elke
Erich Erika Esther Felix Florian Franz Franziska Friedrich Fritz Gabriele Georg
Gerhard Gisela Gregor Günter Günther Hannelore Hans-Peter Hartmut Hedwig Heike Heiko
Heinrich Heinz Helmut Herbert Horst Hubert Ilse Ingo Irmgard Jana Jochen Johanna Jörg
Jürgen Jutta Karl-Heinz Katharina Kathrin Katja Klaus Konrad Kurt Lothar Lukas Lutz
Manfred Manuela Marcus Markus Marlene Matthias Maximilian Melanie Michaela Monika
Nadine Norbert Oliver Olaf Paul Petra Rainer Ralf Regina Reinhard Renate Rita Robert
Roland Rüdiger Sabine Sandra Sebastian Siegfried Silke Simone Stefan Stefanie Steffen
Sylvia Thorsten Torsten Udo Ulrich Ulrike Ursula Uta Ute Uwe Volker Walburga Walter
Werner Wilhelm Wolfgang Dagmar Hildegard Jörn Lea Leonie Luisa Mia Moritz Tim Timo
Anneliese Gertrud Hermann Josef Sepp Alois Veronika Theresa Magdalena Vroni Wiebke
Frauke Meike Hauke Jannik Malte Rosemarie Waltraud Erna Liselotte Reinhold Gottfried
"""

_FRENCH = """
Adrien Agnès Alain Albert Alexandre Alexis Alice Aline Amélie Anaïs André Annie
Antoine Arnaud Aurélie Baptiste Benoît Bernard Bruno Camille Catherine Cécile Céline
Chantal Charles Christelle Christophe Claire Claude Clément Colette Corinne Cyril
Damien Daniel David Denis Didier Dominique Édouard Éliane Élise Élodie Émilie Emmanuel
Éric Étienne Fabien Fabrice Fanny Francis Françoise François Frédéric Gaël Gérard
Gilles Guillaume Hélène Henri Hervé Hugo Isabelle Jacqueline Jacques Jean Jean-Claude
Jean-François Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul Jean-Pierre Jeanne
Jérôme Joël Josiane Julien Karine Laetitia Laure Laurence Laurent Léa Léon Loïc Louis
Luc Lucie Lucien Magali Manon Marc Marcel Margaux Marie-Christine Marie-Claire Martine
Mathieu Maurice Michel Michèle Mireille Monique Muriel Nadia Nathalie Nicolas Nicole
Noémie Océane Olivier Pascal Pascale Patrice Patricia Patrick Philippe Pierre
Pierre-Henri Quentin Raphaël Raymond Régis Rémi Renaud René Romain Sandrine Sébastien
Serge Solène Sophie Stéphane Stéphanie Suzanne Sylvain Sylvie Thibault Thierry Valérie
Véronique Vincent Virginie Xavier Yann Yannick Yves Yvette Yvonne Gaëlle Maëlle
Ludovic Gwenaël Erwan Ronan Tanguy Mathilde Clémence Héloïse Inès Leïla Yasmine Karim
Mehdi Sofiane
"""

_ENGLISH = """
Aaron Adam Adrian Alan Alastair Alexandra Alison Amanda Amy Andrew Angela Anthony
Barry Ben Benjamin Beth Brian Bridget Caitlin Carol Charlie Chris Christopher Colin
Craig Darren Dave Deborah Denise Derek Diane Donald Donna Douglas Duncan Edward Eileen
Eleanor Elizabeth Emily Eric Fiona Gareth Gary Gavin Geoffrey George Gerald Gillian
Graham Greg Gregory Hannah Harriet Helen Ian Jack James Jane Janet Jason Jennifer
Jeremy Jessica Joanna Joe Jonathan Joseph Julia Kate Katherine Keith Kelly Kevin Laura
Lauren Lucy Malcolm Margaret Martha Matthew Megan Melissa Michael Michelle Nancy
Natalie Neil Nicholas Nicola Nigel Owen Pamela Paula Peter Philip Rachel Rebecca
Richard Ruth Ryan Samantha Samuel Sarah Sean Sharon Stephen Steven Stuart Susan
Timothy Tracey Trevor Wendy William Siobhan Ciarán Aoife Niamh Sinéad Eamon Seamus
Moira Mairi Hamish Callum Rhys Dylan Gwen Bethan Tyler Brandon Kayla Ashley Tiffany
Marisol Carlos José Juan Luis Miguel Ahmed Mohammed Muhammad Fatima Aisha Omar Hassan
Priya Sunita Raj Anil Mei Wei
"""

GIVEN_NAMES: frozenset[str] = frozenset(
    (_NORDIC + _GERMAN + _FRENCH + _ENGLISH).split()
)
"""Given names as written, with their capital."""


def is_given_name(token: str) -> bool:
    """True for a token that opens a person's name: "Lars", "Anna-Lena", "Jean-Marc"."""
    return token in GIVEN_NAMES or token.partition("-")[0] in GIVEN_NAMES
