@format decorum-lexicon 1
@language en
# English insults: words and fixed phrases aimed at a person.
# Slurs against protected groups are in hate.lex.
# term                  | category  | severity | flags

# --- stupidity (mild to moderate) ---
idiot                   | insult    | 2        | infl=s
idiotic                 | insult    | 1        |
moron                   | insult    | 2        | infl=s
moronic                 | insult    | 1        |
imbecile                | insult    | 2        | infl=s
cretin                  | insult    | 2        | infl=s
halfwit                 | insult    | 2        | infl=s
nitwit                  | insult    | 1        | infl=s
dimwit                  | insult    | 1        | infl=s
numpty                  | insult    | 1        |
numbskull               | insult    | 1        | infl=s
dunce                   | insult    | 1        | infl=s
bonehead                | insult    | 1        | infl=s
airhead                 | insult    | 1        | infl=s
pillock                 | insult    | 2        | infl=s
plonker                 | insult    | 2        | infl=s
wazzock                 | insult    | 1        | infl=s
brain dead              | insult    | 2        |
braindead               | insult    | 2        |
stupid cow              | insult    | 2        |
you jerk                | insult    | 2        |
what a jerk             | insult    | 2        |
loser                   | insult    | 1        | infl=s
twit                    | insult    | 1        | infl=s

# --- vulgar insults with ass/arse ---
asshole                 | insult    | 3        | common, infl=s
arsehole                | insult    | 3        | infl=s
dumbass                 | insult    | 2        | infl=es
jackass                 | insult    | 2        | infl=es
smartass                | insult    | 2        | infl=es
fatass                  | insult    | 3        | infl=es
lardass                 | insult    | 3        | infl=es
asshat                  | insult    | 2        | infl=s
asswipe                 | insult    | 3        | infl=s
assclown                | insult    | 2        | infl=s
arselicker              | insult    | 3        | infl=s

# --- dick, cock, prick, knob ---
dickhead                | insult    | 3        | infl=s
dickwad                 | insult    | 3        | infl=s
dickface                | insult    | 3        | infl=s
prick                   | insult    | 3        | bound, infl=s     # review: also a pin prick
cocksucker              | insult    | 4        | common, infl=s
cockwomble              | insult    | 3        | infl=s
knobhead                | insult    | 3        | infl=s
knobend                 | insult    | 3        | infl=s
bellend                 | insult    | 3        | bound, infl=s      # German "bellend" = barking

# --- fuck-, shit- and -fucker compounds ---
motherfucker            | insult    | 4        | common, infl=s
fucker                  | insult    | 3        | common, suffix, infl=s   # motherfucker, clusterfucker
fuckwit                 | insult    | 3        | infl=s
fuckface                | insult    | 3        | infl=s
fuckhead                | insult    | 3        | infl=s
dumbfuck                | insult    | 3        | infl=s
shithead                | insult    | 3        | infl=s
shitbag                 | insult    | 3        | infl=s
dipshit                 | insult    | 3        | infl=s
shitstain               | insult    | 3        | infl=s
piece of shit           | insult    | 3        | common
pieces of shit          | insult    | 3        | common
sack of shit            | insult    | 3        |

# --- cunt, twat, wanker (British strength noted) ---
cunt                    | insult    | 4        | common, prefix, infl=s   # cunty, cuntish
twat                    | insult    | 3        | prefix, infl=s           # twatwaffle
wanker                  | insult    | 3        | infl=s
tosser                  | insult    | 2        | bound, infl=s      # Quebec French "tosser" = push aside
tosspot                 | insult    | 2        | infl=s
bastard                 | insult    | 3        | common, infl=s
son of a bitch          | insult    | 3        | common
sons of bitches         | insult    | 3        | common
sonofabitch             | insult    | 3        |

# --- bitch and gendered insults ---
bitch                   | insult    | 3        | common, infl=es   # review: also "female dog" in breeders' texts
bitchy                  | insult    | 2        |
bitching                | insult    | 2        |     # "bitching about": complaining (README: bitch as a verb = 2)
bitchass                | insult    | 3        |
slut                    | insult    | 3        | infl=ty
whore                   | insult    | 3        | infl=s
manwhore                | insult    | 3        | infl=s
skank                   | insult    | 3        | infl=s
skanky                  | insult    | 3        |
slag                    | insult    | 3        | infl=s            # British; review: also metallurgy waste
hag                     | insult    | 2        | infl=s
old hag                 | insult    | 2        |
fat cow                 | insult    | 3        |
feminazi                | insult    | 2        | infl=s

# --- contempt ---
scumbag                 | insult    | 2        | infl=s
scum                    | insult    | 2        |     # review: also pond scum, but rarely in support text
lowlife                 | insult    | 2        | infl=s
dirtbag                 | insult    | 2        | infl=s
sleazebag               | insult    | 2        | infl=s
slimeball               | insult    | 2        | infl=s
douchebag               | insult    | 2        | infl=s
douche                  | insult    | 2        | bound, infl=s     # French "douche" = shower
douchecanoe             | insult    | 2        |
waste of space          | insult    | 2        |
waste of oxygen         | insult    | 2        |
waste of skin           | insult    | 2        |
fatso                   | insult    | 2        |
fat pig                 | insult    | 3        |
ugly pig                | insult    | 3        |
minger                  | insult    | 2        | infl=s
bottom feeder           | insult    | 2        | infl=s
pedo                    | insult    | 4        | bound, infl=s     # accusation; Spanish "pedo" = fart, drunk
paedo                   | insult    | 4        | infl=s
