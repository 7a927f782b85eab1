@format decorum-lexicon 1
@language de
# German insults: words and fixed phrases aimed at a person.
# Feminine and plural forms through infl= groups (inflections.txt).
# term                  | category  | severity | flags

# --- Arsch- insults (the bare prefix is in profanity.lex) ---
Arschloch               | insult    | 3        | infl=loch, suffix   # Riesenarschloch
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
du Lappen               | insult    | 2        |
du Sack                 | insult    | 2        |

# --- worthless, contemptible ---
Penner                  | insult    | 2        | infl=er
Versager                | insult    | 2        | infl=er
Nichtsnutz              | insult    | 2        | infl=e-en
Lusche                  | insult    | 2        | infl=n
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
Sau                     | insult    | 2        | infl=sau, suffix              # Drecksau, Fettsau; Sau alone = sow
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
Schlampe                | insult    | 3        | infl=n              # no suffix: Tischlampe; no prefix: Schlamperei
Dreckschlampe           | insult    | 3        | infl=n
Hure                    | insult    | 3        | infl=n, bound       # fr "hure" (boar's head)
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
