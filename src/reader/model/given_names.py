"""Common given names of the languages reader reads: where a person's name begins.

A speech verb is often followed by a role, an organisation and a name run together with
nothing to mark the cuts: "sier ordfører i Voss Lars Inge Haugsnes", "siger direktør i
Grundfos Poul Due Jensen", "sagte Strandvogt Jörn Petersen".  Capitals do not tell
"Voss" from "Lars"; a given name does.  The list holds first names that are not also
common words, places or organisations' names, so a name that opens with one is a
person's; names missing from it fall back to counting words.  Hyphenated names are
looked up by their first half ("Anna-Lena", "Jean-Marc").
"""

from __future__ import annotations

# fmt: off

_NORDIC = """
Aksel Alexander Alf Alfred Ali Amalie Anders Andreas Anette Anita Ann Anna Anne
Anne-Lise Anneli Annika Ari Arild Arne Arnfinn Asbjørn Asgeir Aslak Astrid Atle Audun
Bente Bengt Benny Berit Birger Birgitta Birgit Bjarne Bjørg Bjørn Bo Bodil Borghild
Britt Brita Bård Camilla Carina Carl Caroline Cathrine Cecilie Charlotte Christer
Christian Christina Christine Claus Dag Dagfinn Dagny Dagrun Dorte Dorthe Ebba Egil
Einar Eirik Eivind Elin Elisabeth Ellen Else Emil Emilie Emma Erik Erlend Erling
Espen Eva Finn Frank Frida Frode Geir Gerd Gisle Gitte Grete Gro Gudrun
Gunhild Gunn Gunnar Gustav Guttorm Gøran Göran Hallvard Halvor Hanne Hans Harald
Hege Heidi Helene Helga Helge Helle Henning Henrik Henriette Hilde Hjalmar Håkan
Håkon Hanna Idun Inga Inge Inger Ingrid Ingvild Ingvar Ivar Jakob Jan Janne Jens
Jesper Jette Joakim Johan Johanne Johannes John Jon Jonas Jonatan Jørgen Jørn Jorunn
Josefine Julie Kaja Kari Karin Karen Karl Karsten Kasper Katrine Kenneth Kim
Kirsten Kjell Kjersti Kjetil Knut Kristian Kristin Kristine Kåre Lars Lasse Leif Lene
Lena Lill Lilly Linda Linn Lisbeth Lise Liv Lone Lotte Louise Ludvig Magnhild
Magne Magnus Maja Malene Malin Mads Margit Margrethe Mari Maria Marianne Marie Marit
Mark Marte Martin Mathias Mats Mattias Merete Mette Mikael Mikkel Mona Morten Nils
Nina Njål Oddvar Ola Olav Ole Oline Oskar Otto Per Peder Pernille Petter Pia
Poul Preben Ragnar Ragnhild Randi Rasmus Reidar Rolf Rune Rut Sanna Sara Signe Sigrid
Sigurd Simen Simon Siri Sissel Siv Sofie Solveig Steinar Stian Stig Sune Susanne
Svein Sven Sverre Synne Synnøve Søren Terje Thea Thomas Thor Tina Tobias Tom Tone
Tonje Tor Tora Tore Torben Torbjørn Torgeir Torill Tormod Torstein Trine Trond Trude
Truls Turid Tuva Ulf Ulla Ulrik Unni Vegard Vibeke Vidar Viggo Wenche Åse Åsa Øystein
Øyvind Ørjan Niels Knud Torunn Eli Ane Arnt Kine Aud Sanne Line Odd Stein
Even Gard Annette Anne-Marie Lisa Karoline Elise Ida Nora Ingeborg Marthe Vilde
Hedda Herman Sindre Sondre Eskil Joachim Kristoffer Fredrik Filip Jostein Roar Jarle
Lennart Gustaf Anton Axel Elsa Ingela Margareta Kerstin Ulrika Helena Cecilia
Jonna Tove Stina Agneta Åke Göte Lennart Rikard Niklas Patrik Fredrika Ylva Anneke
"""

_GERMAN = """
Achim Andrea Angelika Anja Anke Annegret Annette Antje Armin Barbara Bärbel Bastian
Benedikt Bernd Bernhard Bettina Birgit Björn Boris Brigitte Burkhard Carsten
Christa Christiane Christoph Claudia Cornelia Daniela Detlef Dieter Dietmar Dirk
Doris Dorothea Elke Erich Erika Ernst Esther Felix Florian Franz Franziska Friedrich
Fritz Gabriele Georg Gerd Gerhard Gisela Gregor Gudrun Günter Günther Hannelore
Hans-Peter Harald Hartmut Hedwig Heike Heiko Heinrich Heinz Helmut Herbert Horst
Hubert Ilse Ingo Irmgard Jan Jana Jens Joachim Jochen Johanna Jörg Jürgen Jutta
Kai Karl-Heinz Katharina Kathrin Katja Klaus Konrad Kurt Lothar Lukas Lutz Manfred
Manuela Marcus Markus Marlene Matthias Maximilian Melanie Michaela Monika Nadine
Norbert Oliver Olaf Paul Petra Rainer Ralf Regina Reinhard Renate Rita Robert Roland
Rolf Rüdiger Sabine Sandra Sebastian Siegfried Silke Simone Stefan Stefanie Steffen
Susanne Sven Sylvia Thorsten Tobias Torsten Udo Ulrich Ulrike Ursula Uta Ute Uwe
Volker Walburga Walter Werner Wilhelm Wolfgang Dagmar Gunnar Helga Hildegard Ingrid
Jörn Kerstin Lena Lea Leonie Luisa Marie Mia Moritz Niklas Jonas Tim Timo
Annika Anneliese Elisabeth Gertrud Heidi Hermann Ingeborg Josef Sepp Alois Veronika
Theresa Magdalena Franziska Vroni Wiebke Frauke Meike Hauke Jannik Finn Malte Ole
Rosemarie Hannelore Gisela Waltraud Erna Liselotte Helmut Manfred Reinhold Gottfried
"""

_FRENCH = """
Adrien Agnès Alain Albert Alexandre Alexis Alice Aline Amélie Anaïs André Anne
Annie Antoine Arnaud Aurélie Baptiste Benoît Bernard Brigitte Bruno Camille
Caroline Catherine Cécile Céline Chantal Charles Christelle Christian Christine
Christophe Claire Claude Clément Colette Corinne Cyril Damien Daniel David Denis
Didier Dominique Édouard Éliane Élise Élodie Émilie Emmanuel Éric Étienne Fabien
Fabrice Fanny Florence Florian Francis Françoise François Frédéric Gaël Gérard
Gilles Guillaume Guy Hélène Henri Hervé Hugo Isabelle Jacqueline Jacques Jean
Jean-Claude Jean-François Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul
Jean-Pierre Jeanne Jérôme Joël Josiane Julie Julien Karine Laetitia Laure Laurence
Laurent Léa Léon Loïc Louis Luc Lucie Lucien Magali Manon Marc Marcel Margaux
Marianne Marie Marie-Christine Marie-Claire Marine Martine Mathieu Maurice
Michel Michèle Mireille Monique Muriel Nadia Nathalie Nicolas Nicole Noémie Océane
Olivier Pascal Pascale Patrice Patricia Patrick Paul Philippe Pierre Pierre-Henri
Quentin Raphaël Raymond Régis Rémi Renaud René Romain Sandrine Sébastien Serge
Simone Solène Sophie Stéphane Stéphanie Suzanne Sylvain Sylvie Thibault Thierry
Thomas Valérie Véronique Vincent Virginie Xavier Yann Yannick Yves Yvette Yvonne
Gaëlle Maëlle Ludovic Gwenaël Erwan Ronan Tanguy Mathilde Clémence Héloïse Inès
Leïla Yasmine Karim Mehdi Sofiane
"""

_ENGLISH = """
Aaron Adam Adrian Alan Alastair Alexandra Alison Amanda Amy Andrew Angela Anthony
Barry Ben Benjamin Beth Brian Bridget Caitlin Carol Catherine Charlie Chris
Christopher Claire Colin Craig Daniel Darren Dave David Deborah Denise Derek Diane
Donald Donna Douglas Duncan Edward Eileen Eleanor Elizabeth Emily Emma Eric Fiona
Gareth Gary Gavin Geoffrey George Gerald Gillian Graham Greg Gregory Hannah Harriet
Heather Helen Ian Jack James Jane Janet Jason Jennifer Jeremy Jessica Joanna Joe
John Jonathan Joseph Julia Karen Kate Katherine Keith Kelly Kenneth Kevin Laura
Lauren Linda Lisa Louise Lucy Malcolm Margaret Martha Matthew Megan Melissa
Michael Michelle Nancy Natalie Neil Nicholas Nicola Nigel Owen Pamela Patricia
Patrick Paul Paula Peter Philip Rachel Rebecca Richard Robert Ruth Ryan Samantha
Samuel Sarah Sean Sharon Simon Sophie Stephen Steven Stuart Susan Thomas Timothy
Tracey Trevor Victoria Wendy William Marcus Siobhan Ciarán Aoife Niamh Sinéad Eamon
Seamus Moira Mairi Hamish Callum Rhys Dylan Gwen Bethan Jennifer Jessica Tyler
Brandon Kayla Ashley Heather Tiffany Marisol Carlos Maria José Juan Luis Miguel
Ahmed Mohammed Muhammad Fatima Aisha Omar Hassan Priya Sunita Raj Anil Mei Wei
"""

GIVEN_NAMES: frozenset[str] = frozenset(
    (_NORDIC + _GERMAN + _FRENCH + _ENGLISH).split()
)
"""Given names as written, with their capital."""


def is_given_name(token: str) -> bool:
    """True for a token that opens a person's name: "Lars", "Anna-Lena", "Jean-Marc"."""
    return token in GIVEN_NAMES or token.partition("-")[0] in GIVEN_NAMES
