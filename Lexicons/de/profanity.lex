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
Kruzifünferl            | profanity | 1        |                 # Austrian

# --- Swabia ---
Heilandsack             | profanity | 1        |
Heilandzack             | profanity | 1        |

# --- Switzerland ---
Gopfertammi             | profanity | 1        |
Gopferdammi             | profanity | 1        |
Gopfertelli             | profanity | 1        |
Verdammi                | profanity | 1        |
Huere                   | profanity | 1        |                 # vulgar intensifier, "huere schlecht"
