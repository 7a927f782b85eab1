@format decorum-lexicon 1
@language de
# German insults: words and fixed phrases aimed at a person.
# Feminine and plural forms through infl= groups (inflections.txt).
# term                  | category  | severity | flags

# --- Arsch- insults (the bare prefix is in profanity.lex) ---
Arschloch               | insult    | 3        | infl=loch, suffix, common   # Riesenarschloch
Arschgesicht            | insult    | 3        | infl=s-er
Arschgeige              | insult    | 3        | infl=n
Arschkriecher           | insult    | 2        | infl=er
Arschkeks               | insult    | 2        | infl=e-en
Arsch mit Ohren         | insult    | 2        |
Oaschloch               | insult    | 3        | infl=loch           # Austrian

# --- stupidity ---
Idiot                   | insult    | 2        | infl=m-en, suffix   # Vollidiot, Fachidiot (no prefix: idiotensicher)
Trottel                 | insult    | 2        | infl=s-n, suffix    # Volltrottel
Depp                    | insult    | 2        | infl=m-en, suffix, bound  # Volldepp; en surname Depp
deppert                 | insult    | 2        | infl=adj            # Austrian, Bavarian
Dummkopf                | insult    | 2        | infl=kopf
Schwachkopf             | insult    | 2        | infl=kopf
Hohlkopf                | insult    | 2        | infl=kopf
Blödmann                | insult    | 2        | infl=mann
Dödel                   | insult    | 2        | infl=s-n
Dussel                  | insult    | 1        | infl=s-n
Vollpfosten             | insult    | 2        | infl=s
Flachpfeife             | insult    | 2        | infl=n
Hohlbirne               | insult    | 2        | infl=n
Dumpfbacke              | insult    | 2        | infl=n
Hirni                   | insult    | 2        | infl=s
Honk                    | insult    | 2        | infl=s, bound       # en "honk"
Vollhonk                | insult    | 2        | infl=s
Spacko                  | insult    | 2        | infl=s
Schwachmat              | insult    | 2        | infl=m-en
Dummschwätzer           | insult    | 2        | infl=er
Knalltüte               | insult    | 1        | infl=n
Nulpe                   | insult    | 1        | infl=n
Weichei                 | insult    | 1        | infl=s-er
Warmduscher             | insult    | 1        | infl=er
Schlappschwanz          | insult    | 2        |
Schabracke              | insult    | 2        | infl=n
bekloppt                | insult    | 1        | infl=adj
behämmert               | insult    | 1        | infl=adj
dämlich                 | insult    | 1        | infl=adj
bescheuert              | insult    | 1        | infl=adj
beknackt                | insult    | 1        | infl=adj
hirnverbrannt           | insult    | 2        | infl=adj
hirnamputiert           | insult    | 2        | infl=adj
strunzdumm              | insult    | 2        | infl=adj
dumm wie Brot           | insult    | 2        |
dumme Kuh               | insult    | 2        |
blöde Kuh               | insult    | 2        |
du Lappen               | insult    | 2        |                     # also Lappen (addressed) below
du Sack                 | insult    | 2        |

# --- worthless, contemptible ---
Penner                  | insult    | 2        | infl=er, suffix     
Versager                | insult    | 2        | infl=er
Nichtsnutz              | insult    | 2        | infl=e-en
Lusche                  | insult    | 2        | infl=n, prefix       # Luschenverein
Mistkerl                | insult    | 2        | infl=e-en
Miststück               | insult    | 3        | infl=stück
Mistvieh                | insult    | 2        |
Scheißkerl              | insult    | 3        | infl=e-en
Saftsack                | insult    | 2        |
Sackgesicht             | insult    | 3        | infl=s-er
Pissnelke               | insult    | 2        | infl=n
Kackbratze              | insult    | 3        | infl=n
Kotzbrocken             | insult    | 2        | infl=s
Hackfresse              | insult    | 3        | infl=n
Kanalratte              | insult    | 3        | infl=n
Schweinehund            | insult    | 3        | infl=e-en
Sau                     | insult    | 2        | infl=sau, addressed           # sow; compounds (Drecksau, Fettsau) listed below
Sauhund                 | insult    | 2        | infl=e-en
Fettsack                | insult    | 3        |
Missgeburt              | insult    | 4        | infl=en
Bastard                 | insult    | 3        | infl=e-en
Stück Scheiße           | insult    | 3        |
du Stück Dreck          | insult    | 3        |                 # not "Stück Dreck" alone: "ein Stück Dreck im Filter"

# --- sexualised insults ---
Wichser                 | insult    | 3        | infl=er, suffix     # Dreckswichser
Wixer                   | insult    | 3        | infl=er, suffix     # common spelling of Wichser
Ficker                  | insult    | 3        | infl=er, suffix, bound  # Mutterficker; en "trafficker"
Mutterficker            | insult    | 4        | infl=er
Kinderficker            | insult    | 4        | infl=er
Schwanzlutscher         | insult    | 4        | infl=er
Schlampe                | insult    | 3        | infl=n, suffix          # Ökoschlampe, Nazischlampe (Tischlampe: allow.lex)
Dreckschlampe           | insult    | 3        | infl=n
Hure                    | insult    | 3        | infl=n, bound               # fr "hure" (boar's head)
Nutte                   | insult    | 3        | infl=n, suffix
Fotze                   | insult    | 4        | infl=n, prefix, suffix
Votze                   | insult    | 4        | infl=n, prefix, suffix
Hurensohn               | insult    | 4        | infl=sohn, suffix
Sohn einer Hure         | insult    | 4        |
Hurenbock               | insult    | 3        | infl=e-en
Tussi                   | insult    | 1        | infl=s
Zicke                   | insult    | 1        | infl=n

# --- Austria ---
Gschissener             | insult    | 3        |
Wappler                 | insult    | 2        | infl=er
Vollkoffer              | insult    | 2        | infl=s-n
Gfrast                  | insult    | 2        | infl=s-er
Funsn                   | insult    | 2        |
Fut                     | insult    | 4        | bound               # fr "fut" (was)

# --- Switzerland ---
Seckel                  | insult    | 2        | infl=s-n, suffix    # Schafseckel, Souseckel
Tubel                   | insult    | 2        | infl=s-n
Hueresohn               | insult    | 4        |
Glünggi                 | insult    | 1        |
Löli                    | insult    | 1        |

# =====================================================================
# Round 2
# =====================================================================

# --- Arsch-, Scheiß-, Dreck- compounds with their own severity ---
Arschmade               | insult    | 3        | infl=n
Arschgranate            | insult    | 3        | infl=n
Arschkrampe             | insult    | 3        | infl=n
Arschnase               | insult    | 3        | infl=n
Arschlecker             | insult    | 3        | infl=er
Lahmarsch               | insult    | 2        | infl=arsch
Fettarsch               | insult    | 3        | infl=arsch
Vollarsch               | insult    | 3        | infl=arsch
Riesenarsch             | insult    | 3        | infl=arsch
du Arsch                | insult    | 3        |
Sie Arsch               | insult    | 3        |
Orschloch               | insult    | 3        | infl=loch           # Austrian spelling
Oaschgsicht             | insult    | 3        | infl=s-er             # Austrian
Scheißtyp               | insult    | 3        | infl=en
Dreckskerl              | insult    | 3        | infl=e-en
Drecksack               | insult    | 3        | infl=sack
Dreckschwein            | insult    | 3        | infl=schwein
Drecksschwein           | insult    | 3        | infl=schwein
Dreckstück              | insult    | 3        | infl=stück
Drecksstück             | insult    | 3        | infl=stück
Drecksau                | insult    | 3        | infl=sau
Dreckssau               | insult    | 3        | infl=sau
Drecksvieh              | insult    | 3        |
Drecksratte             | insult    | 3        | infl=n
Dreckspack              | insult    | 3        |
Drecksbande             | insult    | 2        | infl=n
Dreckshure              | insult    | 4        | infl=n
Drecksweib              | insult    | 3        | infl=s-er
du Dreck                | insult    | 2        |
Mistsau                 | insult    | 3        | infl=sau
Fettsau                 | insult    | 3        | infl=sau
Riesensau               | insult    | 3        | infl=sau
Wildsau                 | insult    | 2        | infl=sau, addressed   # wild boar
Saukerl                 | insult    | 2        | infl=e-en
Saubär                  | insult    | 2        | infl=m-en
Sauhaufen               | insult    | 2        |
Sauschwein              | insult    | 3        | infl=schwein
Mistschwein             | insult    | 3        | infl=schwein
Mistbock                | insult    | 2        | infl=e-en
Mistfink                | insult    | 1        | infl=m-en
Mistkröte               | insult    | 2        | infl=n
Mistbiene               | insult    | 2        | infl=n
Schweinepriester        | insult    | 2        | infl=s-n
Schweinebacke           | insult    | 2        | infl=n, addressed    # pork cheek
Schwein                 | insult    | 2        | infl=e-en, addressed
Ferkel                  | insult    | 2        | infl=s-n, addressed  # piglet
Bullenschwein           | insult    | 3        | infl=schwein
Nazischwein             | insult    | 3        | infl=schwein
Kapitalistenschwein     | insult    | 2        | infl=schwein
Klugscheißer            | insult    | 2        | infl=er
Hosenscheißer           | insult    | 2        | infl=er
Korinthenkacker         | insult    | 2        | infl=er
Schleimscheißer         | insult    | 2        | infl=er
Dünnschisser            | insult    | 2        | infl=er
Schisser                | insult    | 2        | infl=er, suffix     
Pisser                  | insult    | 2        | infl=er, suffix     
Pissbirne               | insult    | 2        | infl=n
Kackvogel               | insult    | 2        | infl=vogel
Kackstelze              | insult    | 2        | infl=n
Kackfresse              | insult    | 3        | infl=n
Fickfresse              | insult    | 3        | infl=n
Fickschnitte            | insult    | 3        | infl=n
Fickstück               | insult    | 3        | infl=stück
Fickloch                | insult    | 4        | infl=loch
Wichsgesicht            | insult    | 3        | infl=s-er
Wichsbirne              | insult    | 3        | infl=n
Wichskopf               | insult    | 3        | infl=kopf
Spermaschleuder         | insult    | 3        | infl=n
Pimmelgesicht           | insult    | 3        | infl=s-er
Schwanzgesicht          | insult    | 3        | infl=s-er
Pimmelkopf              | insult    | 3        | infl=kopf
Sackratte               | insult    | 3        | infl=n
Eierlutscher            | insult    | 3        | infl=er
Stiefellecker           | insult    | 2        | infl=er
Speichellecker          | insult    | 1        | infl=er
Schleimer               | insult    | 1        | infl=er
Schleimbeutel           | insult    | 1        | infl=s-n, addressed  # bursa (anatomy)
Kriecher                | insult    | 1        | infl=er
Hundsfott               | insult    | 2        | infl=e-en            # old-fashioned, vulgar origin
Hurenbalg               | insult    | 3        |
Nuttensohn              | insult    | 4        | infl=sohn
Bastardsohn             | insult    | 4        | infl=sohn
deine Mudda             | insult    | 2        |
deine Mutter ist eine Hure | insult | 4        |
Stück Dreck             | insult    | 3        | addressed            # "du Stück Dreck"; not "ein Stück Dreck im Filter"
Stück Mist              | insult    | 2        | addressed
Stück Elend             | insult    | 1        | addressed
Stück Kacke             | insult    | 3        |
Abschaum                | insult    | 3        |
Abschaum der Menschheit | insult    | 4        |
Gesindel                | insult    | 2        | suffix               # Lumpengesindel, Asylantengesindel
Gesocks                 | insult    | 2        |
Gschwerl                | insult    | 2        |                      # Bavarian
Pack                    | insult    | 2        | addressed, bound     # en "pack"; "ihr Pack"
Lumpenpack              | insult    | 3        |
Diebespack              | insult    | 2        |
Verbrecherpack          | insult    | 2        |
Brut                    | insult    | 2        | addressed, bound     # fr "brut"
Bagage                  | insult    | 1        | addressed, bound     # fr "bagage" (luggage)
Pöbel                   | insult    | 1        | addressed
Plebs                   | insult    | 1        |
Widerling               | insult    | 2        | infl=e-en
Scheusal                | insult    | 2        | infl=e
Unmensch                | insult    | 2        | infl=m-en
Ekel                    | insult    | 2        | addressed            # disgust
Ekelpaket               | insult    | 2        | infl=e
Kotzgesicht             | insult    | 2        | infl=s-er
Pickelgesicht           | insult    | 2        | infl=s-er
Pizzagesicht            | insult    | 2        | infl=s-er
Arschgeweih             | insult    | 1        |

# --- stupidity: fools, dolts, numbskulls ---
Armleuchter             | insult    | 2        | infl=s-n
Einfaltspinsel          | insult    | 2        | infl=s-n
Knallkopf               | insult    | 2        | infl=kopf
Knallkopp               | insult    | 2        | infl=s
Taugenichts             | insult    | 2        | infl=e-en
Tunichtgut              | insult    | 1        | infl=e-en
Tölpel                  | insult    | 2        | infl=s-n
Schafskopf              | insult    | 2        | infl=kopf            # not "Schafkopf" (card game)
Mondkalb                | insult    | 2        | infl=kalb
Kretin                  | insult    | 2        | infl=s
Prolet                  | insult    | 2        | infl=m-en
Proll                   | insult    | 2        | infl=s
Prolo                   | insult    | 2        | infl=s
Hornochse               | insult    | 2        | infl=n
Hornochs                | insult    | 2        |
Dummbatz                | insult    | 2        | infl=e-en
Dummian                 | insult    | 1        | infl=e-en
Dummerjan               | insult    | 1        | infl=e-en
Dummrian                | insult    | 1        | infl=e-en
Dummbeutel              | insult    | 2        | infl=s-n
Dummschwätzerin         | insult    | 2        | infl=nen
Doofi                   | insult    | 1        | infl=s
Doofmann                | insult    | 2        | infl=mann
Doofkopp                | insult    | 2        | infl=s
Blödian                 | insult    | 2        | infl=e-en
Dösbaddel               | insult    | 1        | infl=s-n             # northern
Döskopp                 | insult    | 1        | infl=s               # northern
Dämlack                 | insult    | 2        | infl=s-er
Dämel                   | insult    | 1        | infl=s-n
Holzkopf                | insult    | 2        | infl=kopf
Strohkopf               | insult    | 2        | infl=kopf
Quatschkopf             | insult    | 1        | infl=kopf
Dickkopf                | insult    | 1        | infl=kopf, addressed   # also "stubbornness"
Kindskopf               | insult    | 1        | infl=kopf
Hohlbratze              | insult    | 2        | infl=n
Hohlfrucht              | insult    | 2        | infl=e-en
Matschbirne             | insult    | 2        | infl=n
Flachzange              | insult    | 2        | infl=n
Pappnase                | insult    | 1        | infl=n
Trantüte                | insult    | 1        | infl=n
Schnarchnase            | insult    | 1        | infl=n
Schlafmütze             | insult    | 1        | infl=n, addressed    # also a nightcap
Transuse                | insult    | 1        | infl=n
Flitzpiepe              | insult    | 1        | infl=n
Nullnummer              | insult    | 1        | infl=n
Lachnummer              | insult    | 1        | infl=n
Witzfigur               | insult    | 1        | infl=en
Hampelmann              | insult    | 1        | infl=mann
Hanswurst               | insult    | 1        | infl=e
Kasper                  | insult    | 1        | infl=s-n, addressed  # Punch (puppet)
Kasperl                 | insult    | 1        | infl=s-n, addressed  # Austrian
Kasperkopf              | insult    | 1        | infl=kopf
Clown                   | insult    | 1        | infl=s, addressed, bound  # en, fr "clown"
Affe                    | insult    | 2        | infl=n, addressed
Lackaffe                | insult    | 1        | infl=n
Esel                    | insult    | 2        | infl=s-n, addressed
Ochse                   | insult    | 2        | infl=n, addressed
Ochs                    | insult    | 2        | addressed
Rindvieh                | insult    | 2        | addressed
Rindviech               | insult    | 2        | addressed            # Bavarian
Hammel                  | insult    | 2        | infl=s-n, addressed
Schaf                   | insult    | 1        | infl=e-en, addressed
Kamel                   | insult    | 2        | infl=e-en, addressed
Trampeltier             | insult    | 2        | infl=e-en, addressed  # Bactrian camel
Gans                    | insult    | 2        | addressed
dumme Gans              | insult    | 2        |
blöde Gans              | insult    | 2        |
Huhn                    | insult    | 1        | addressed
dummes Huhn             | insult    | 2        |
blödes Huhn             | insult    | 2        |
Kuh                     | insult    | 2        | infl=Kuh, addressed
alte Kuh                | insult    | 2        | infl=Kuh
Ziege                   | insult    | 2        | infl=n, addressed
alte Ziege              | insult    | 2        | infl=n
Pute                    | insult    | 2        | infl=n, addressed
Gimpel                  | insult    | 1        | infl=s-n, addressed  # bullfinch
Dackel                  | insult    | 1        | infl=s-n, addressed  # Swabian; a dog breed
Halbdackel              | insult    | 1        | infl=s-n             # Swabian
Grasdackel              | insult    | 1        | infl=s-n             # Swabian
Simpel                  | insult    | 1        | infl=s-n, addressed
Tropf                   | insult    | 1        | addressed            # also a drip (medical)
armer Tropf             | insult    | 1        |
Narr                    | insult    | 1        | infl=m-en, addressed
Pfeife                  | insult    | 2        | infl=n, addressed    # pipe, whistle
Vollpfeife              | insult    | 2        | infl=n
Flasche                 | insult    | 2        | infl=n, addressed    # bottle
Niete                   | insult    | 2        | infl=n, addressed    # rivet, blank lot
Null                    | insult    | 2        | addressed, bound     # en "null"
totale Null             | insult    | 2        |
absolute Null           | insult    | 2        |
Pfosten                 | insult    | 2        | infl=s, addressed    # post
Spaten                  | insult    | 2        | infl=s, addressed    # spade
Vollspaten              | insult    | 2        | infl=s
Lappen                  | insult    | 2        | infl=s, addressed    # cloth
Waschlappen             | insult    | 1        | infl=s, addressed    # washcloth
Jammerlappen            | insult    | 1        | infl=s
Sack                    | insult    | 2        | addressed, bound     # en "sack"
Labersack               | insult    | 2        | infl=sack
Laberbacke              | insult    | 1        | infl=n
Labertasche             | insult    | 1        | infl=n
Plappermaul             | insult    | 1        | infl=maul
Großmaul                | insult    | 1        | infl=maul
Schandmaul              | insult    | 1        | infl=maul
Schlappmaul             | insult    | 1        | infl=maul
Maulheld                | insult    | 1        | infl=m-en
Schwätzer               | insult    | 1        | infl=er, addressed   # also a surname (Schwaetzer)
Dampfplauderer          | insult    | 1        | infl=er
Wichtigtuer             | insult    | 1        | infl=er
Besserwisser            | insult    | 1        | infl=er
Erbsenzähler            | insult    | 1        | infl=er
Paragrafenreiter        | insult    | 1        | infl=er
Sesselfurzer            | insult    | 2        | infl=er
Lügner                  | insult    | 1        | infl=er
Heuchler                | insult    | 1        | infl=er
Stümper                 | insult    | 1        | infl=er
Pfuscher                | insult    | 1        | infl=er
Dilettant               | insult    | 1        | infl=m-en
Vollopfer               | insult    | 2        | infl=n
Loser                   | insult    | 2        | infl=s
Noob                    | insult    | 1        | infl=s
Lauch                   | insult    | 1        | infl=e-en, addressed # leek; youth slang
Spack                   | insult    | 2        | infl=e-en
Spacken                 | insult    | 2        |
Vollspacko              | insult    | 2        | infl=s
Vollhorst               | insult    | 2        | infl=e-en
Horst                   | insult    | 1        | addressed, bound   # "so ein Horst"; a first name; fr "horst" (geology)
Heini                   | insult    | 1        | infl=s, addressed    # also a first name
Hansel                  | insult    | 1        | infl=s-n, addressed  # Bavarian; Hänsel
Kevin                   | insult    | 1        | addressed, bound   # "so ein Kevin"; a first name
Hinterwäldler           | insult    | 1        | infl=er
Bauerntrampel           | insult    | 2        | infl=s-n
Landei                  | insult    | 1        | infl=s-er, addressed
Provinzler              | insult    | 1        | infl=er
Trampel                 | insult    | 2        | infl=s-n
Tollpatsch              | insult    | 1        | infl=e-en
Tolpatsch               | insult    | 1        | infl=e-en
Stoffel                 | insult    | 1        | infl=s-n, addressed  # also a nickname
Rüpel                   | insult    | 2        | infl=s-n
Flegel                  | insult    | 2        | infl=s-n, addressed  # flail
Lümmel                  | insult    | 2        | infl=s-n
Grobian                 | insult    | 2        | infl=e-en
Rabauke                 | insult    | 2        | infl=e-in
Raufbold                | insult    | 1        | infl=e-en
Rotzlöffel              | insult    | 1        | infl=s-n
Rotznase                | insult    | 1        | infl=n
Rotzbengel              | insult    | 1        | infl=s-n
Bengel                  | insult    | 1        | infl=s-n, addressed
Grünschnabel            | insult    | 1        | infl=s
Gelbschnabel            | insult    | 1        | infl=s
Göre                    | insult    | 1        | infl=n, accents   # not en "gore"
Gör                     | insult    | 1        |
Balg                    | insult    | 1        | addressed
Schnösel                | insult    | 1        | infl=s-n
Fatzke                  | insult    | 1        | infl=n
Gockel                  | insult    | 1        | infl=s-n, addressed  # rooster
Angeber                 | insult    | 1        | infl=er
Aufschneider            | insult    | 1        | infl=er
Spießer                 | insult    | 1        | infl=er
Spießbürger             | insult    | 1        | infl=er
Banause                 | insult    | 1        | infl=e-in
Kleingeist              | insult    | 1        | infl=s-er
Wendehals               | insult    | 1        | infl=e
Nervensäge              | insult    | 1        | infl=n
Nervtöter               | insult    | 1        | infl=er
Stinkstiefel            | insult    | 1        | infl=s-n
Miesepeter              | insult    | 1        | infl=s
Giftzwerg               | insult    | 2        | infl=e-en
Giftspritze             | insult    | 1        | infl=n
Giftnudel               | insult    | 1        | infl=n
Zwerg                   | insult    | 1        | infl=e-en, addressed
Wurm                    | insult    | 1        | addressed
Made                    | insult    | 2        | infl=n, addressed, bound  # en "made"
Zecke                   | insult    | 2        | infl=n, addressed    # tick
Ratte                   | insult    | 2        | infl=n, addressed
Kröte                   | insult    | 2        | infl=n, addressed
Natter                  | insult    | 2        | infl=n, addressed, bound   # en "natter"
falsche Schlange        | insult    | 2        | infl=n
hinterhältige Schlange  | insult    | 2        | infl=n
du Schlange             | insult    | 2        |
Giftschlange            | insult    | 2        | infl=n, addressed
Hyäne                   | insult    | 2        | infl=n, addressed
Aasgeier                | insult    | 2        | infl=s-n, addressed
Blutsauger              | insult    | 2        | infl=er, addressed
Schmarotzer             | insult    | 2        | infl=er, addressed   # biology: parasite
Sozialschmarotzer       | insult    | 3        | infl=er
Parasit                 | insult    | 2        | infl=m-en, addressed
Kakerlake               | insult    | 2        | infl=n, addressed
Hund                    | insult    | 2        | infl=e-en, addressed
Köter                   | insult    | 2        | infl=s-n, addressed
Mistköter               | insult    | 2        | infl=s-n
Hundesohn               | insult    | 3        | infl=sohn
Sohn eines Hundes       | insult    | 3        |
Hexe                    | insult    | 2        | infl=n, addressed
Drache                  | insult    | 1        | infl=n, addressed
Hausdrache              | insult    | 1        | infl=n
Hausdrachen             | insult    | 1        |
Schreckschraube         | insult    | 2        | infl=n
Schrulle                | insult    | 1        | infl=n
alte Schachtel          | insult    | 2        | infl=n
Vettel                  | insult    | 2        | infl=n
Xanthippe               | insult    | 1        | infl=n
Furie                   | insult    | 1        | infl=n, addressed, bound  # fr "furie"
Beißzange               | insult    | 1        | infl=n
Kratzbürste             | insult    | 1        | infl=n
Zimtzicke               | insult    | 2        | infl=n
Heulsuse                | insult    | 1        | infl=n
Memme                   | insult    | 1        | infl=n
Feigling                | insult    | 1        | infl=e-en
Angsthase               | insult    | 1        | infl=n
Hasenfuß                | insult    | 1        |
Sitzpinkler             | insult    | 1        | infl=er
Schattenparker          | insult    | 1        | infl=er
Muttersöhnchen          | insult    | 1        | infl=s
Pantoffelheld           | insult    | 1        | infl=m-en
Pussy                   | insult    | 2        | infl=s
Fettwanst               | insult    | 3        | infl=wanst
Fettkloß                | insult    | 3        |
Fettbacke               | insult    | 2        | infl=n
Fettklops               | insult    | 3        | infl=e
Fettmops                | insult    | 3        | infl=e
Moppel                  | insult    | 1        | infl=s, addressed
Tonne                   | insult    | 2        | infl=n, addressed, bound  # fr "tonne"
Walross                 | insult    | 2        | addressed
Nilpferd                | insult    | 2        | infl=e-en, addressed
Presswurst              | insult    | 2        | addressed
Qualle                  | insult    | 2        | infl=n, addressed
Blunzn                  | insult    | 2        | addressed            # Austrian: blood sausage
Bohnenstange            | insult    | 1        | infl=n, addressed
Hungerhaken             | insult    | 1        | infl=s
Spargeltarzan           | insult    | 1        | infl=e-en
Vogelscheuche           | insult    | 2        | infl=n, addressed
hässliche Kröte         | insult    | 2        | infl=n
Missgestalt             | insult    | 3        | infl=en
Faulpelz                | insult    | 1        | infl=e-en
Faulenzer               | insult    | 1        | infl=er
Tagedieb                | insult    | 1        | infl=e-en
Schnorrer               | insult    | 1        | infl=er
Pennbruder              | insult    | 2        |
Schmutzfink             | insult    | 1        | infl=m-en
Schmierfink             | insult    | 1        | infl=m-en
Schmierlappen           | insult    | 2        | infl=s
Asi                     | insult    | 2        | infl=s, bound        # es "así"
Assi                    | insult    | 2        | infl=s, bound   # fr "assis"
Asozialer               | insult    | 2        |
asozial                 | insult    | 2        | infl=adj
Vollassi                | insult    | 2        | infl=s
Gutmensch               | insult    | 1        | infl=en, addressed   # political label in ordinary discourse
Volksverräter           | insult    | 3        | infl=er
Nazi                    | insult    | 2        | infl=s, addressed, bound  # historical term
Pädo                    | insult    | 3        | infl=s
Kinderschänder          | insult    | 3        | infl=er
Psycho                  | insult    | 2        | infl=s, addressed
Psychopath              | insult    | 2        | infl=m-en, addressed
Irrer                   | insult    | 2        | addressed
Geisteskranker          | insult    | 2        | addressed
schwachsinnig           | insult    | 1        | infl=adj
idiotisch               | insult    | 1        | infl=adj
hirnlos                 | insult    | 1        | infl=adj
saudumm                 | insult    | 2        | infl=adj
saublöd                 | insult    | 2        | infl=adj
stockdumm               | insult    | 2        | infl=adj
strohdumm               | insult    | 2        | infl=adj
grenzdebil              | insult    | 2        | infl=adj
debil                   | insult    | 2        | infl=adj, bound   # es "débil" (weak)
verblödet               | insult    | 2        | infl=adj
geistig minderbemittelt | insult    | 2        | infl=adj
unterbelichtet          | insult    | 1        | infl=adj, addressed  # photography
vertrottelt             | insult    | 1        | infl=adj
dumm wie Bohnenstroh    | insult    | 2        |
dümmer als die Polizei erlaubt | insult | 2    |
zu blöd zum Scheißen    | insult    | 3        |
zu dumm zum Scheißen    | insult    | 3        |
zu blöd zum Kacken      | insult    | 3        |
zu dumm zum Kacken      | insult    | 3        |
hohl in der Birne       | insult    | 2        |
einen an der Waffel     | insult    | 1        |
nicht alle Tassen im Schrank | insult | 1      |
nicht alle Latten am Zaun | insult  | 1        |
hast du sie noch alle   | insult    | 1        |
haben Sie sie noch alle | insult    | 1        |
hast du sie nicht mehr alle | insult | 1       |
du hast sie doch nicht alle | insult | 1       |
Dorftrottel             | insult    | 2        | infl=s-n
Fachidiot               | insult    | 1        | infl=m-en
Halbidiot               | insult    | 2        | infl=m-en
Volltrottel             | insult    | 2        | infl=s-n
Volldepp                | insult    | 2        | infl=m-en
Dorfdepp                | insult    | 2        | infl=m-en
Depperl                 | insult    | 1        | infl=n               # Austrian
Trottl                  | insult    | 2        | infl=n               # Austrian spelling
Voitrottel              | insult    | 2        | infl=s-n             # Bavarian, Austrian
Lump                    | insult    | 2        | bound                # en "lump"; no plural (Lumpen = rags)
Lumpenhund              | insult    | 2        | infl=e-en
Haderlump               | insult    | 2        | infl=m-en            # Bavarian, Austrian
Schuft                  | insult    | 2        | infl=e               # not "schuften" (to toil)
Schurke                 | insult    | 2        | infl=e-in
Halunke                 | insult    | 2        | infl=e-in
Strolch                 | insult    | 1        | infl=e-en
Gauner                  | insult    | 1        | infl=er
Galgenvogel             | insult    | 1        | infl=vogel
Galgenstrick            | insult    | 1        | infl=e-en
Strauchdieb             | insult    | 1        | infl=e-en
Hallodri                | insult    | 1        | infl=s
Schlawiner              | insult    | 1        | infl=er
Wüstling                | insult    | 2        | infl=e-en
Lüstling                | insult    | 2        | infl=e-en
Lustmolch               | insult    | 2        | infl=e-en
Lustgreis               | insult    | 2        | infl=e-en
Schwerenöter            | insult    | 1        | infl=er

# --- women (sexist insults; slurs in hate.lex) ---
Flittchen               | insult    | 3        | infl=s
Luder                   | insult    | 2        | infl=s-n
Schnalle                | insult    | 2        | infl=n, addressed    # buckle
Schnepfe                | insult    | 2        | infl=n, addressed    # snipe (bird)
Tusse                   | insult    | 1        | infl=n, bound
Weibsstück              | insult    | 2        | infl=stück2
Weibsbild               | insult    | 1        | infl=s-er
Bordsteinschwalbe       | insult    | 2        | infl=n
Dorfmatratze            | insult    | 3        | infl=n
Straßennutte            | insult    | 3        | infl=n
Billignutte             | insult    | 3        | infl=n
Schlampenfresse         | insult    | 3        | infl=n
Hurenfresse             | insult    | 3        | infl=n
Nuttenfresse            | insult    | 3        | infl=n

# --- regional: Austria ---
Koffer                  | insult    | 2        | infl=n, addressed    # "du Koffer"; suitcase
Dolm                    | insult    | 2        | infl=e   # Austrian; not "Dolmen"
Dodl                    | insult    | 2        | infl=n
Gscherter               | insult    | 2        |
Gscherte                | insult    | 2        | infl=n
Sandler                 | insult    | 2        | infl=s-n, addressed, bound   # Austrian: tramp; a surname
Trutschn                | insult    | 2        |
Trutschen               | insult    | 2        |
Tschapperl              | insult    | 1        | infl=n
Bissgurn                | insult    | 1        |
Bissgurke               | insult    | 1        | infl=n
Schastrommel            | insult    | 2        | infl=n
Zwiderwurzn             | insult    | 1        |
Heisl                   | insult    | 2        | addressed
Hiasl                   | insult    | 1        | infl=n
Lackel                  | insult    | 1        | infl=n
Fetznschädl             | insult    | 2        |
Gsindl                  | insult    | 2        |
Oaschkrampn             | insult    | 3        |
Gschissana              | insult    | 3        |
Ungustl                 | insult    | 2        | infl=n

# --- regional: Bavaria, Franconia, Swabia, Palatinate, Hesse, Rhineland ---
Grattler                | insult    | 2        | infl=s-n
Krattler                | insult    | 2        | infl=s-n
Bazi                    | insult    | 1        | infl=s
Hundling                | insult    | 1        | infl=e-en
Gschaftlhuber           | insult    | 1        | infl=s-n
Gscheidhaferl           | insult    | 1        | infl=n
Gscheithaferl           | insult    | 1        | infl=n
Ratschkathl             | insult    | 1        | infl=n
Bettbrunzer             | insult    | 1        | infl=er
Hosenbrunzer            | insult    | 1        | infl=er
Saubeidl                | insult    | 3        | infl=n
Zipfelklatscher         | insult    | 2        | infl=er
Hirnbeidl               | insult    | 2        | infl=n
Bachel                  | insult    | 1        | infl=s-n             # Swabian
Dubbel                  | insult    | 1        | infl=s-n             # Palatinate
Dabbes                  | insult    | 1        |                      # Hessian, Palatinate
Babbsack                | insult    | 1        | infl=sack            # Hessian
Dummbabbler             | insult    | 1        | infl=er
Tuppes                  | insult    | 1        |                      # Cologne
Schofseckel             | insult    | 2        | infl=s-n
Saftarsch               | insult    | 2        | infl=arsch
Flachwichser            | insult    | 3        | infl=er

# --- regional: Switzerland ---
Dubel                   | insult    | 2        | infl=s-n, accents   # Swiss; not "Dübel" (wall plug)
Tschumpel               | insult    | 1        | infl=s-n
Totsch                  | insult    | 1        |
Galööri                 | insult    | 1        |
Gagu                    | insult    | 1        |
Lappi                   | insult    | 1        | addressed            # also Lapland
Chaib                   | insult    | 2        | infl=e-en
Cheib                   | insult    | 2        | infl=e-en
Siech                   | insult    | 2        | addressed            # also "sickly" (dated)
Hueresiech              | insult    | 3        |
Huere Siech             | insult    | 3        |
Souhund                 | insult    | 2        | infl=e-en
Sauseckel               | insult    | 2        | infl=s-n
Schafseckel             | insult    | 2        | infl=s-n
Souseckel               | insult    | 2        | infl=s-n
Bünzli                  | insult    | 1        | addressed            # also a surname
Sürmel                  | insult    | 1        |
Schnuderbueb            | insult    | 1        |
Hurensiech              | insult    | 3        |
Pflaume                 | insult    | 1        | infl=n, addressed    # plum

# =====================================================================
# Round 3
# =====================================================================

# --- stupidity: more heads, brains and fools ---
Doofkopf                | insult    | 2        | infl=kopf
Spatzenhirn             | insult    | 2        | infl=e
Spatzengehirn           | insult    | 2        | infl=e
Erbsenhirn              | insult    | 2        | infl=e
Hühnerhirn              | insult    | 2        | infl=e
Vogelhirn               | insult    | 2        | infl=e
Hirnzwerg               | insult    | 2        | infl=e-en
gehirnamputiert         | insult    | 2        | infl=adj
Dummbratze              | insult    | 2        | infl=n
Bratze                  | insult    | 2        | infl=n               # ugly or stupid woman
Dummerchen              | insult    | 1        | infl=s
Dummchen                | insult    | 1        | infl=s
Schussel                | insult    | 1        | infl=s-n
Doofus                  | insult    | 1        |
Blödel                  | insult    | 1        | infl=s-n
Bauerntölpel            | insult    | 2        | infl=s-n
Bauernlümmel            | insult    | 2        | infl=s-n
Stiesel                 | insult    | 1        | infl=s-n
Nullchecker             | insult    | 2        | infl=er
Schnarchzapfen          | insult    | 1        | infl=s
Tranfunzel              | insult    | 1        | infl=n
Pausenclown             | insult    | 1        | infl=s
Vollpenner              | insult    | 2        | infl=er
Vollversager            | insult    | 2        | infl=er
Vollasi                 | insult    | 2        | infl=s
Vollspacken             | insult    | 2        |
Vollidiotin             | insult    | 2        | infl=nen
Volltrottelin           | insult    | 2        | infl=nen
Vollnarr                | insult    | 2        | infl=m-en
Totalversager           | insult    | 2        | infl=er
Nichtskönner            | insult    | 2        | infl=er
dumme Nuss              | insult    | 1        |
blöde Nuss              | insult    | 1        |
taube Nuss              | insult    | 1        |
dummes Stück            | insult    | 2        |
blödes Stück            | insult    | 2        |
dumme Sau               | insult    | 3        |
blöde Sau               | insult    | 3        |
fette Sau               | insult    | 3        |
alte Sau                | insult    | 3        |
dreckige Sau            | insult    | 3        |
faule Sau               | insult    | 2        |
dummes Weib             | insult    | 2        |
blödes Weib             | insult    | 2        |
blöde Weiber            | insult    | 2        |
dumme Weiber            | insult    | 2        |
dumme Fotze             | insult    | 4        |
du Opfer                | insult    | 2        |                      # youth slang; not "Opfer" alone (victim)
so ein Opfer            | insult    | 2        |
du Behinderter          | insult    | 3        |
Denk Behinderter        | insult    | 3        |

# --- cowards, weaklings, whiners ---
Weichling               | insult    | 1        | infl=e
Schwächling             | insult    | 1        | infl=e
Angstmeier              | insult    | 1        | infl=s-n
Bangbüx                 | insult    | 1        |                      # northern
Bangbüxe                | insult    | 1        | infl=n
Hasenherz               | insult    | 1        | infl=en
Duckmäuser              | insult    | 1        | infl=er
Drückeberger            | insult    | 1        | infl=s-n
Mimose                  | insult    | 1        | infl=n, addressed    # also the plant
Quengler                | insult    | 1        | infl=er
Nörgler                 | insult    | 1        | infl=er
Meckerfritze            | insult    | 1        | infl=n
Meckerziege             | insult    | 1        | infl=n
Schluffi                | insult    | 1        | infl=s
Zniachtl                | insult    | 1        |                      # Austrian: weakling

# --- character: liars, misers, crooks, creeps ---
Lügenmaul               | insult    | 2        | infl=maul
Klatschmaul             | insult    | 1        | infl=maul
Lügenbaron              | insult    | 1        | infl=e
Petze                   | insult    | 1        | infl=n, addressed    # also "I tell on" (petzen)
Geizhals                | insult    | 1        |
Geizhälse               | insult    | 1        |
Geizkragen              | insult    | 1        |
Geizknochen             | insult    | 1        |
Pfennigfuchser          | insult    | 1        | infl=er
Halsabschneider         | insult    | 2        | infl=er
Bösewicht               | insult    | 1        | infl=e, addressed
Wicht                   | insult    | 1        | infl=e, addressed
Fiesling                | insult    | 1        | infl=e
Falott                  | insult    | 1        | infl=m-en            # Austrian: crook
Perversling             | insult    | 2        | infl=e
du Perverser            | insult    | 2        |
alter Perversling       | insult    | 2        |
Grapscher               | insult    | 2        | infl=er
Grabscher               | insult    | 2        | infl=er
Sittenstrolch           | insult    | 2        | infl=e
Spanner                 | insult    | 2        | infl=s-n, addressed  # also a clamp
Schmock                 | insult    | 2        | infl=s
Schlemihl               | insult    | 1        | infl=e
Landstreicher           | insult    | 1        | infl=er, addressed
Herumtreiber            | insult    | 1        | infl=er, addressed
Satansbraten            | insult    | 1        |
Wechselbalg             | insult    | 2        | addressed
Wechselbälger           | insult    | 2        | addressed
Bankert                 | insult    | 2        | infl=e
Pfaffe                  | insult    | 2        | infl=n               # contemptuous for a priest

# --- appearance ---
Fratze                  | insult    | 2        | infl=n, addressed    # grimace
Pickelfresse            | insult    | 3        | infl=n
Schweinefresse          | insult    | 3        | infl=n
Dreckfresse             | insult    | 3        | infl=n
Affenarsch              | insult    | 3        | infl=arsch
Affengesicht            | insult    | 2        | infl=s-er
Mondgesicht             | insult    | 1        | infl=s-er, addressed
Fettschwein             | insult    | 3        | infl=schwein
Speckschwarte           | insult    | 2        | infl=n, addressed    # bacon rind
Brillenschlange         | insult    | 1        | infl=n
Trulla                  | insult    | 1        | infl=s
Hasenscharte            | insult    | 2        | infl=n, addressed    # cleft lip (ableist)
Schiachperchtn          | insult    | 2        |                      # Austrian: ugly hag

# --- animals and vermin aimed at someone ---
Vieh                    | insult    | 2        | addressed
Viech                   | insult    | 1        | addressed
Biest                   | insult    | 2        | infl=s-er, addressed
Bestie                  | insult    | 2        | infl=n, addressed
Laus                    | insult    | 1        | addressed
Filzlaus                | insult    | 2        | addressed
Wanze                   | insult    | 1        | infl=n, addressed
Schmeißfliege           | insult    | 2        | infl=n, addressed
Hirsch                  | insult    | 1        | addressed            # "du Hirsch"
Lemming                 | insult    | 1        | infl=e, addressed

# --- sexualised insults, sex work ---
Dirne                   | insult    | 3        | infl=n
Straßendirne            | insult    | 3        | infl=n
Straßenhure             | insult    | 3        | infl=n
Straßenmädchen          | insult    | 2        |
Strichmädchen           | insult    | 3        |
Freudenmädchen          | insult    | 2        |
Flitschbirne            | insult    | 3        | infl=n
Flitscherl              | insult    | 3        | infl=n               # Austrian
Flietscherl             | insult    | 3        | infl=n
Schickse                | insult    | 3        | infl=n
Ische                   | insult    | 1        | infl=n, addressed    # slang: girl(friend)
Mieze                   | insult    | 1        | infl=n, addressed    # also kitty
Schlampn                | insult    | 3        |                      # Bavarian, Austrian
Ökoschlampe             | insult    | 3        | infl=n
Crackhure               | insult    | 4        | infl=n
Hurentochter            | insult    | 4        |
Hurrensohn              | insult    | 4        | infl=sohn            # common misspelling
Hurnsohn                | insult    | 4        | infl=sohn
Huansohn                | insult    | 4        | infl=sohn            # Austrian pronunciation
Hurensohnn              | insult    | 4        |
Fotzenlecker            | insult    | 4        | infl=er
Wichsa                  | insult    | 3        |                      # pronunciation spelling
Wixxer                  | insult    | 3        | infl=er
Biatch                  | insult    | 3        |
Bitches                 | insult    | 3        |
Schlitzpisser           | insult    | 3        | infl=er
Wichsgriffel            | insult    | 3        | infl=s-n
Nazipack                | insult    | 2        |
Politikerpack           | insult    | 2        |
Saupack                 | insult    | 3        |
Dreckpack               | insult    | 3        |
Saubande                | insult    | 2        | infl=n
Sauweib                 | insult    | 2        | infl=s-er
Mistweib                | insult    | 2        | infl=s-er
Mistratte               | insult    | 2        | infl=n
Mistbalg                | insult    | 2        |
Dreckvieh               | insult    | 3        |
Lumpengesindel          | insult    | 3        |

# --- regional ---
Pfeifndeckel            | insult    | 1        | infl=s-n             # Austrian
Nudlaug                 | insult    | 1        |                      # Austrian
Hundsbua                | insult    | 1        |                      # Bavarian, Austrian
Sumpfhuhn               | insult    | 1        | addressed
Fetzn                   | insult    | 2        | addressed            # Austrian: slut, drunk; rag
Plagöri                 | insult    | 1        |                      # Swiss: braggart
Gumsle                  | insult    | 1        | infl=n               # Swiss
Grüsel                  | insult    | 1        | addressed            # Swiss: creep
Tüddelbüx               | insult    | 1        |                      # northern
Klookschieter           | insult    | 1        | infl=s               # Low German: Klugscheißer
Dummtüch                | insult    | 1        |                      # northern
Simbel                  | insult    | 1        | infl=s               # Hessian: Simpel
Bachl                   | insult    | 1        |                      # Swabian
Seggl                   | insult    | 2        | infl=s               # Swabian: Seckel
Sauseggl                | insult    | 2        | infl=s
Halbdackl               | insult    | 1        |                      # Swabian
räudig                  | insult    | 2        | infl=adj, addressed  # mangy (animals)
reudig                  | insult    | 2        | infl=adj             # misspelling, only the insult
Schiesser               | insult    | 2        | infl=er, addressed   # spelling of Scheißer; also a brand
Scheisser               | insult    | 2        | infl=er, addressed

# --- round 3b: political and media pejoratives ---
Lügenpack               | insult    | 3        |
Vaterlandsverräter      | insult    | 2        | infl=er
Landesverräter          | insult    | 2        | infl=er, addressed
Fascho                  | insult    | 2        | infl=s
Kommunistenpack         | insult    | 3        |
Sozenpack               | insult    | 2        |
Antifapack              | insult    | 3        |
Politikerschwein        | insult    | 3        | infl=schwein
Bonzenpack              | insult    | 2        |

# --- round 3b: aimed at support staff, bureaucrats ---
Callcenteraffe          | insult    | 2        | infl=n
Callcenter Affe         | insult    | 2        |
Callcentertussi         | insult    | 2        | infl=s
Sesselpupser            | insult    | 1        | infl=er
Bürohengst              | insult    | 1        | infl=e, addressed
Korintenkacker          | insult    | 2        | infl=er
Paragraphenreiter       | insult    | 1        | infl=er
Amtsschimmel            | insult    | 1        | addressed
Bürokratenarsch         | insult    | 3        | infl=arsch
Beamtenarsch            | insult    | 3        | infl=arsch
Blasmaul                | insult    | 4        | infl=maul
Blasehase               | insult    | 3        | infl=n
nuttig                  | insult    | 2        | infl=adj
geistesgestört          | insult    | 2        | infl=adj
vollbehindert           | insult    | 3        | infl=adj
Bahnhofshure            | insult    | 3        | infl=n
Billighure              | insult    | 3        | infl=n
Drogenhure              | insult    | 4        | infl=n
Kriegshure              | insult    | 3        | infl=n
Nazihure                | insult    | 3        | infl=n
Judenhure               | hate      | 4        | infl=n, id=de.hate.judenhure
Kanakenhure             | hate      | 4        | infl=n, id=de.hate.kanakenhure

# --- round 3b: accusations that insult only when aimed at someone ---
Betrüger                | insult    | 1        | infl=er, addressed   # "Sie Betrüger!"; not "Betrüger am Telefon"
Schwindler              | insult    | 1        | infl=er, addressed
Verräter                | insult    | 1        | infl=er, addressed
Plebejer                | insult    | 1        | infl=er, addressed
Prahler                 | insult    | 1        | infl=er, addressed
Zwergin                 | insult    | 1        | infl=nen, addressed
das ganze Pack          | insult    | 2        |
dem ganzen Pack         | insult    | 2        |
weg mit dem Pack        | insult    | 2        |
raus mit dem Pack       | insult    | 2        |
Vollfosten              | insult    | 2        | infl=s               # frequent misspelling of Vollpfosten

# --- round 3b: English loanwords in German slang ---
Slut                    | insult    | 3        | infl=s
Hoe                     | insult    | 3        | infl=s, bound        # en "hoe" (garden tool)
Fuckboy                 | insult    | 2        | infl=s
Fuckface                | insult    | 3        | infl=s

# --- round 3c: "Sie" + noun (no bare "Sie" cue: she, they) ---
Sie Schwein             | insult    | 2        |
Sie Sau                 | insult    | 3        |
Sie Ratte               | insult    | 2        |
Sie Affe                | insult    | 2        |
Sie Esel                | insult    | 2        |
Sie Ziege               | insult    | 2        |
Sie Depp                | insult    | 2        |
Sie Penner              | insult    | 2        |
Sie Witzfigur           | insult    | 1        |
Sie Clown               | insult    | 1        |
Sie Hampelmann          | insult    | 1        |
fette Kuh               | insult    | 2        | infl=Kuh
fettes Schwein          | insult    | 3        |
Analphabet              | insult    | 1        | infl=m-en, addressed
Onanierer               | insult    | 2        | infl=er
machtgeil               | insult    | 1        | infl=adj
geldgeil                | insult    | 1        | infl=adj
profitgeil              | insult    | 1        | infl=adj
versoffen               | insult    | 1        | infl=adj
Jammergestalt           | insult    | 1        | infl=en
Verbrecherbande         | insult    | 2        | infl=n
Abzockerbande           | insult    | 2        | infl=n
Abzockerpack            | insult    | 2        |
Mistgeburt              | insult    | 3        | infl=en
Mistkind                | insult    | 2        | infl=er
Hurnbua                 | insult    | 3        |                      # Bavarian, Austrian
Huerebueb               | insult    | 3        |                      # Swiss
Huerechaib              | insult    | 3        |                      # Swiss
Figger                  | insult    | 3        | infl=er, bound       # Swiss: Ficker
Heiopei                 | insult    | 1        | infl=s               # Rhineland: fool
Ehrenloser              | insult    | 1        |
ehrenlos                | insult    | 1        | infl=adj
Muschilecker            | insult    | 3        | infl=er
Pimmellutscher          | insult    | 4        | infl=er
