@format decorum-lexicon 1
@language de
# German profanity: swear words and exclamations, mild to strong.
# Germany, Austria, Switzerland. Compound-forming words carry prefix/suffix.
# term                  | category  | severity | flags

# --- Scheiße and its compounds (Scheißladen, Scheißfirma, scheißegal) ---
Scheiße                 | profanity | 2        | common
Scheiß                  | profanity | 2        | prefix          # Scheißladen, Scheißding, scheißen
Scheißer                | profanity | 2        | suffix          # Klugscheißer, Hosenscheißer
geschissen              | profanity | 2        | infl=adj
Beschiss                | profanity | 2        | prefix          # beschissen, beschissene
verdammte Scheiße       | profanity | 3        |
Scheiße nochmal         | profanity | 2        |

# --- Arsch, Kacke, Pisse, Kotze ---
Arsch                   | profanity | 2        | prefix          # Arschtritt, arschkalt, Arsches (insults: insult.lex)
im Arsch                | profanity | 2        |                 # "the thing is broken"
am Arsch                | profanity | 2        |
Kack                    | profanity | 2        | prefix          # Kacke, kacken, Kackladen, kackegal
Piss                    | profanity | 2        | prefix          # Pisse, pissen, Pisser, pissig
angepisst               | profanity | 2        | infl=adj
verarschen              | profanity | 2        | infl=verb-noge   # verarscht, Verarsche: "Wollen Sie mich verarschen?"
Kotze                   | profanity | 1        |
zum Kotzen              | profanity | 1        |
Fresse                  | profanity | 2        |                 # Hackfresse: insult.lex; no suffix (zerfresse)

# --- Drecks- compounds (Drecksladen, Drecksding) ---
Drecks                  | profanity | 2        | prefix

# --- verdammt, verflucht and other exclamations ---
verdammt                | profanity | 1        | infl=adj
gottverdammt            | profanity | 2        | infl=adj
verdammt nochmal        | profanity | 1        |
verflucht               | profanity | 1        | infl=adj
verflucht nochmal       | profanity | 1        |
was zum Teufel          | profanity | 1        |
Mist                    | profanity | 1        | bound           # en "mist"
so ein Mist             | profanity | 1        |
Bockmist                | profanity | 1        |
abgefuckt               | profanity | 3        | infl=adj
verfickt                | profanity | 3        | prefix          # verfickte Scheiße

# --- Austria ---
Oasch                   | profanity | 2        | prefix          # Oaschloch, Oaschgsicht
Schas                   | profanity | 1        |                 # fart, crap
Schas mit Quastl        | profanity | 1        |

# --- Bavaria ---
Zefix                   | profanity | 1        |
Kruzitürken             | profanity | 1        |
Herrgottsakrament       | profanity | 1        |
Kruzifix nochmal        | profanity | 1        |
Kreizkruzifix           | profanity | 1        |
Himmelherrgott          | profanity | 1        |

# --- Swabia ---
Heilandsack             | profanity | 1        |
Heilandzack             | profanity | 1        |

# --- Switzerland ---
Gopfertammi             | profanity | 1        |
Gopferdammi             | profanity | 1        |
Gopfertelli             | profanity | 1        |
Verdammi                | profanity | 1        |
Huere                   | profanity | 1        |                 # vulgar intensifier, "huere schlecht"

# =====================================================================
# Round 2
# =====================================================================

# --- Scheiße: spellings, verbs, fixed expressions ---
scheißen                | profanity | 2        | infl=verb            # scheiß, scheißt, (geschissen above)
Scheißdreck             | profanity | 2        |
Scheißegal              | profanity | 2        |
scheiß drauf            | profanity | 2        |
Scheiße bauen           | profanity | 2        |
so eine Scheiße         | profanity | 2        |
so ne Scheiße           | profanity | 2        |
was für eine Scheiße    | profanity | 2        |
verfluchte Scheiße      | profanity | 3        |
Kackscheiße             | profanity | 2        |
Bullshit                | profanity | 2        |
beschissen              | profanity | 2        | infl=adj
bescheißen              | profanity | 2        | infl=verb-noge       # to cheat (vulgar)
Schiet                  | profanity | 1        |                      # Low German
Schietkram              | profanity | 1        |
Schiete                 | profanity | 1        |
Schiss                  | profanity | 1        |                      # "Schiss haben": to be scared
Schiiss                 | profanity | 2        |                      # Swiss
Schiisse                | profanity | 2        |                      # Swiss
Schissdräck             | profanity | 2        |                      # Swiss
Gschissn                | profanity | 2        |                      # Austrian
Dreckszeug              | profanity | 2        |
Drecksache              | profanity | 1        | infl=n
der letzte Dreck        | profanity | 2        |
der letzte Scheiß       | profanity | 2        |

# --- Mist compounds (no prefix: Mistel) ---
Mistding                | profanity | 1        | infl=s-er
Mistladen               | profanity | 1        |
Mistteil                | profanity | 1        | infl=e-en
Mistkiste               | profanity | 1        | infl=n
Mistkarre               | profanity | 1        | infl=n
verdammter Mist         | profanity | 1        |
Mist verdammter         | profanity | 1        |

# --- Arsch, Kacke, Pisse, Furz, Kotze ---
am Arsch vorbei         | profanity | 2        |
Arsch offen             | profanity | 2        |                      # Austrian: "den Arsch offen haben"
Orsch                   | profanity | 2        |                      # Austrian spelling
leck Oasch              | profanity | 2        |
Oaschkalt               | profanity | 1        |
kacken                  | profanity | 2        | infl=verb
pissen                  | profanity | 2        | infl=verb
verpissen               | profanity | 2        | infl=verb-noge
brunzen                 | profanity | 1        | infl=verb            # Bavarian, Austrian: to piss
Furz                    | profanity | 1        |      # no plural form (en "furze"); no prefix: Furzkissen
furzen                  | profanity | 1        | infl=verb
Furzknoten              | profanity | 1        | infl=s
kotzen                  | profanity | 1        | infl=verb
ankotzen                | profanity | 1        | infl=verb-noge       # "das kotzt mich an"
kotzt mich an           | profanity | 1        |

# --- verdammt, verflucht, Teufel, Hölle ---
verdammich              | profanity | 1        |
verdammt und zugenäht   | profanity | 1        |
verdammte Kacke         | profanity | 2        |
gottverdammte Scheiße   | profanity | 3        |
gottverflucht           | profanity | 2        | infl=adj
verfickte Scheiße       | profanity | 3        |
verfickt nochmal        | profanity | 3        |
Teufel nochmal          | profanity | 1        |
zum Teufel nochmal      | profanity | 1        |
wie zum Teufel          | profanity | 1        |
wer zum Teufel          | profanity | 1        |
wo zum Teufel           | profanity | 1        |
warum zum Teufel        | profanity | 1        |
was zur Hölle           | profanity | 1        |
wie zur Hölle           | profanity | 1        |
warum zur Hölle         | profanity | 1        |
wo zur Hölle            | profanity | 1        |
Himmel Arsch und Zwirn  | profanity | 2        |
Himmel Arsch und Wolkenbruch | profanity | 2   |
Herrgott nochmal        | profanity | 1        |
Herrgottnochmal         | profanity | 1        |
Himmel Herrgott         | profanity | 1        |
Himmel Herrgott Sakrament | profanity | 1      |
Herrgottsakra           | profanity | 1        |
Sakra                   | profanity | 1        |
Kruzifix Halleluja      | profanity | 1        |
Zefix nochmal           | profanity | 1        |
Himmelherrgottzefix     | profanity | 1        |
Kreuzsakrament          | profanity | 1        |
Heiland Sack            | profanity | 1        |
Huere Seich             | profanity | 2        |                      # Swiss
Seich                   | profanity | 1        |                      # Swiss: piss, rubbish
Chaibe                  | profanity | 1        |                      # Swiss intensifier

# --- fuck borrowed into German ---
abfucken                | profanity | 3        | infl=verb-noge
gefuckt                 | profanity | 3        | infl=adj
fucking                 | profanity | 3        |                      # "fucking Scheiße"
Fickerei                | profanity | 3        |
Ficksau                 | profanity | 3        |

# =====================================================================
# Round 3
# =====================================================================

# --- Scheiße, Arsch: more spellings and fixed expressions ---
verschissen             | profanity | 2        | infl=adj             # "bei mir verschissen", "die verschissene Firma"
Verarschung             | profanity | 2        | infl=en              # "das ist doch Verarschung"
Scheis                  | profanity | 2        | prefix               # misspelling: Scheisladen, Scheisdreck
Schaiße                 | profanity | 2        |                      # internet spelling
Schice                  | profanity | 2        |                      # internet spelling ("Shice")
Scheissdreck            | profanity | 2        |
Kackscheiß              | profanity | 2        |
Arschkacke              | profanity | 2        |
Fott                    | profanity | 2        | addressed            # Cologne: arse
versifft                | profanity | 1        | infl=adj             # filthy (vulgar)
Pissbude                | profanity | 2        | infl=n
Affenscheiße            | profanity | 2        |
Scheißkacke             | profanity | 2        |
Gottverdammich          | profanity | 1        |
Kruzitürkn              | profanity | 1        |                      # Bavarian spelling
Sakrament nochmal       | profanity | 1        |
Hergottsakrament        | profanity | 1        |
Kreuzkruzifix           | profanity | 1        |
Himmisakra              | profanity | 1        |                      # Bavarian
Herrgottzack            | profanity | 1        |                      # Swabian
Sacklzement             | profanity | 1        |                      # Bavarian

# --- fuck borrowed into German, internet spellings ---
fucken                  | profanity | 3        | infl=verb            # "das fuckt mich ab"
vollfressen             | profanity | 1        |
vollgefressen           | profanity | 1        | infl=adj
Driss                   | profanity | 1        |                      # Cologne: shit
