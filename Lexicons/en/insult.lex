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

# ============================================================================
# Round 2: wider coverage. Entries flagged `addressed` are ordinary words in their
# main sense (animals, objects, food, software): they count only when aimed at
# someone (after a cue of address.txt, or alone as a vocative).
# ============================================================================

# --- stupidity: everyday, childish and old-fashioned ---
nincompoop              | insult    | 1        | infl=s
bozo                    | insult    | 1        | bound, infl=s     # Spanish "bozo" = down on the upper lip
twerp                   | insult    | 1        | infl=s
dingbat                 | insult    | 1        | addressed, infl=s
dork                    | insult    | 1        | infl=s
dorky                   | insult    | 1        |
dweeb                   | insult    | 1        | infl=s
doofus                  | insult    | 1        | infl=es
dumbo                   | insult    | 1        | addressed        # also the Disney elephant
dummy                   | insult    | 1        | bound, addressed, infl=y # crash-test dummy, dummy variable
dumb ass                | insult    | 2        | infl=es
dumbshit                | insult    | 3        | infl=s
dimbulb                 | insult    | 1        | infl=s
blockhead               | insult    | 1        | infl=s
chucklehead             | insult    | 1        | infl=s
knucklehead             | insult    | 1        | infl=s
lamebrain               | insult    | 1        | infl=s
birdbrain               | insult    | 1        | infl=s
peabrain                | insult    | 1        | infl=s
pea brain               | insult    | 1        | infl=s
pinhead                 | insult    | 1        | addressed, infl=s
meathead                | insult    | 1        | infl=s
muttonhead              | insult    | 1        | infl=s
fathead                 | insult    | 1        | addressed, infl=s
lunkhead                | insult    | 1        | infl=s
dunderhead              | insult    | 1        | infl=s
thickhead               | insult    | 1        | infl=s
dolt                    | insult    | 1        | infl=s
oaf                     | insult    | 1        | infl=s
lummox                  | insult    | 1        | infl=es
buffoon                 | insult    | 1        | infl=s
simpleton               | insult    | 1        | infl=s
ignoramus               | insult    | 1        | infl=es
numskull                | insult    | 1        | infl=s
ninny                   | insult    | 1        | infl=y
nimrod                  | insult    | 1        | addressed, infl=s  # also the biblical hunter, a first name
goober                  | insult    | 1        | addressed, infl=s  # also a peanut
dope                    | insult    | 1        | bound, addressed, infl=s  # drugs, "that's dope"; French "dope" (verb)
dipstick                | insult    | 1        | addressed, infl=s  # oil dipstick
clod                    | insult    | 1        | addressed, infl=s  # a clod of earth
clodhopper              | insult    | 1        | addressed, infl=s
clown                   | insult    | 1        | bound, addressed, infl=s   # French/German "clown" = clown
muppet                  | insult    | 1        | addressed, infl=s  # British: idiot; also the puppets
donkey                  | insult    | 1        | addressed, infl=s
goon                    | insult    | 1        | addressed, infl=s
goof                    | insult    | 1        | addressed, infl=s  # also a blunder
goofball                | insult    | 1        | infl=s
screwball               | insult    | 1        | addressed, infl=s  # also a baseball pitch
tool                    | insult    | 1        | bound, addressed, infl=s # review: "what a tool"; the noun is everywhere in tech text
mouth breather          | insult    | 2        | infl=s
mouthbreather           | insult    | 2        | infl=s
idjit                   | insult    | 2        | infl=s
eejit                   | insult    | 1        | infl=s            # Irish, Scottish
cretinous               | insult    | 2        |
imbecilic               | insult    | 2        |
feebleminded            | insult    | 2        |
feeble minded           | insult    | 2        |     # "feeble-minded": the tokenizer splits the hyphen
dumb blonde             | insult    | 2        | infl=s
dumb as a rock          | insult    | 1        |
dumb as rocks           | insult    | 1        |
dumb as a box of rocks  | insult    | 1        |
thick as two short planks | insult  | 1        |
thick as pig shit       | insult    | 2        |
not the sharpest tool in the shed | insult | 1 |
shit for brains         | insult    | 3        |
numbnuts                | insult    | 2        |
twonk                   | insult    | 2        | infl=s
spanner                 | insult    | 1        | bound, addressed, infl=s # British: idiot; also the tool
wally                   | insult    | 1        | addressed, infl=y  # British: idiot; also a first name
clot                    | insult    | 1        | bound, addressed, infl=s # British: idiot; also a blood clot
berk                    | insult    | 2        | addressed, infl=s  # British; also a surname
prat                    | insult    | 2        | bound, addressed, infl=s   # British; Catalan place names (El Prat)
git                     | insult    | 2        | bound, addressed, infl=s # British; review: git, the version control tool
sod                     | insult    | 2        | addressed, infl=s  # British; also turf
knob                    | insult    | 2        | addressed, infl=s  # British; also a door knob
nobhead                 | insult    | 3        | infl=s
nobend                  | insult    | 3        | infl=s
knob end                | insult    | 3        | infl=s
tit                     | insult    | 2        | addressed          # British; also a bird (blue tit); "tits" is in sexual.lex
gobshite                | insult    | 3        | infl=s            # Irish
bawbag                  | insult    | 2        | infl=s            # Scottish
bampot                  | insult    | 2        | infl=s            # Scottish
drongo                  | insult    | 1        | infl=s            # Australian
galah                   | insult    | 1        | addressed, infl=s  # Australian; also a cockatoo
dropkick                | insult    | 1        | addressed, infl=s  # Australian; also a kick
bogan                   | insult    | 1        | infl=s            # Australian
ratbag                  | insult    | 2        | infl=s
hoser                   | insult    | 1        | infl=s            # Canadian

# --- Yiddish-origin (American) ---
schmuck                 | insult    | 2        | bound, infl=s
shmuck                  | insult    | 2        | infl=s
putz                    | insult    | 2        | bound, infl=es    # German "Putz" = plaster
schlemiel               | insult    | 1        | infl=s
schmo                   | insult    | 1        | infl=s
yutz                    | insult    | 1        | infl=es
nebbish                 | insult    | 1        |

# --- madness as a put-down ---
nutjob                  | insult    | 2        | infl=s
nutcase                 | insult    | 2        | infl=s
nutter                  | insult    | 2        | infl=s
headcase                | insult    | 2        | infl=s
psycho                  | insult    | 2        | addressed, infl=s  # also the film
lunatic                 | insult    | 2        | addressed, infl=s
maniac                  | insult    | 2        | addressed, infl=s
loony                   | insult    | 2        | addressed, infl=y
crackpot                | insult    | 1        | infl=s
weirdo                  | insult    | 1        | infl=s
freak                   | insult    | 2        | bound, addressed, infl=s # "control freak", "freak accident"
creep                   | insult    | 2        | addressed, infl=s  # "scope creep", "feature creep"
creepo                  | insult    | 2        | infl=s
sicko                   | insult    | 2        | infl=s
degenerate              | insult    | 2        | addressed, infl=s
pervert                 | insult    | 3        | addressed, infl=s  # also the verb ("pervert the course of justice")
perv                    | insult    | 3        | infl=s
pedophile               | insult    | 4        | addressed, infl=s  # accusation; also used in news and reports
paedophile              | insult    | 4        | addressed, infl=s
kiddie fiddler          | insult    | 4        | infl=s
nonce                   | insult    | 3        | bound, addressed, infl=s   # British: child molester; cryptographic nonce; French "nonce" = nuncio

# --- weakness, cowardice ---
wuss                    | insult    | 1        | infl=es
wussy                   | insult    | 1        | infl=y
wimp                    | insult    | 1        | infl=s
coward                  | insult    | 2        | infl=s
sissy                   | insult    | 2        | infl=y
pansy                   | insult    | 2        | addressed, infl=y  # also a flower
pantywaist              | insult    | 2        | infl=s
crybaby                 | insult    | 1        | infl=y
snowflake               | insult    | 1        | addressed, infl=s
manchild                | insult    | 1        |
manchildren             | insult    | 1        |
neckbeard               | insult    | 1        | infl=s
incel                   | insult    | 2        | infl=s
simp                    | insult    | 1        | infl=s
cuck                    | insult    | 3        | infl=s
cuckold                 | insult    | 2        | infl=s

# --- animals aimed at someone ---
pig                     | insult    | 2        | addressed, infl=s
swine                   | insult    | 2        | addressed
hog                     | insult    | 1        | addressed, infl=s
sow                     | insult    | 2        | addressed, infl=s  # also "sow seeds"
cow                     | insult    | 2        | addressed, infl=s
heifer                  | insult    | 2        | addressed, infl=s
dog                     | insult    | 2        | bound, addressed, infl=s
cur                     | insult    | 2        | addressed, infl=s
mongrel                 | insult    | 2        | addressed, infl=s
rat                     | insult    | 2        | bound, addressed, infl=s   # German "Rat" = advice; French "rat"
dirty rat               | insult    | 2        | infl=s
snake                   | insult    | 2        | addressed, infl=s
viper                   | insult    | 2        | bound, addressed, infl=s
weasel                  | insult    | 2        | addressed, infl=s
toad                    | insult    | 2        | addressed, infl=s
worm                    | insult    | 2        | bound, addressed, infl=s
maggot                  | insult    | 2        | addressed, infl=s
louse                   | insult    | 2        | addressed
leech                   | insult    | 2        | addressed, infl=es
bloodsucker             | insult    | 2        | addressed, infl=s
vulture                 | insult    | 2        | addressed, infl=s
ape                     | insult    | 2        | addressed, infl=s
monkey                  | insult    | 2        | addressed, infl=s  # "code monkey"; racist when aimed at Black people
baboon                  | insult    | 2        | addressed, infl=s
gorilla                 | insult    | 2        | bound, addressed, infl=s
sheep                   | insult    | 1        | addressed
sheeple                 | insult    | 1        |
whale                   | insult    | 2        | addressed, infl=s  # body-shaming
animal                  | insult    | 2        | bound, addressed, infl=s   # French/Spanish "animal"
vermin                  | insult    | 3        | bound, addressed
parasite                | insult    | 2        | bound, addressed, infl=s   # French "parasite"

# --- trash, filth, contempt ---
trash                   | insult    | 2        | addressed
garbage                 | insult    | 2        | addressed
rubbish                 | insult    | 1        | addressed
filth                   | insult    | 2        | addressed
scumbucket              | insult    | 2        | infl=s
low life                | insult    | 2        | infl=s
riffraff                | insult    | 2        |
sleazeball              | insult    | 2        | infl=s
sleaze                  | insult    | 2        | addressed
slimebag                | insult    | 2        | infl=s
creepazoid              | insult    | 2        | infl=s
deadbeat                | insult    | 2        | infl=s
freeloader              | insult    | 1        | infl=s
good for nothing        | insult    | 2        | addressed
wastrel                 | insult    | 1        | infl=s
layabout                | insult    | 1        | infl=s
bum                     | insult    | 1        | bound, addressed, infl=s   # also the backside; German "bum" (bang)
lazy bum                | insult    | 1        | infl=s
white trash             | insult    | 3        |
trailer trash           | insult    | 3        |
redneck                 | insult    | 2        | infl=s
hillbilly               | insult    | 1        | addressed, infl=y  # also a music genre
hick                    | insult    | 1        | bound, infl=s     # German "hick" (hiccup)
yokel                   | insult    | 1        | infl=s
bumpkin                 | insult    | 1        | infl=s
peasant                 | insult    | 1        | addressed, infl=s
pleb                    | insult    | 1        | infl=s
chav                    | insult    | 2        | infl=s            # British
guttersnipe             | insult    | 2        | infl=s
wretch                  | insult    | 2        | infl=es
failure                 | insult    | 1        | addressed, infl=s  # "you failure"; "power failure" passes

# --- old-fashioned and literary ---
scoundrel               | insult    | 2        | infl=s
knave                   | insult    | 1        | addressed, infl=s  # also the jack in card games
cad                     | insult    | 1        | bound, addressed, infl=s # also CAD software
bounder                 | insult    | 1        | infl=s
blackguard              | insult    | 2        | infl=s
varlet                  | insult    | 1        | bound, infl=s
miscreant               | insult    | 1        | infl=s
reprobate               | insult    | 1        | infl=s
rapscallion             | insult    | 1        | infl=s
scallywag               | insult    | 1        | infl=s
churl                   | insult    | 1        | infl=s
boor                    | insult    | 1        | infl=s
lout                    | insult    | 1        | infl=s
oik                     | insult    | 1        | infl=s
blighter                | insult    | 1        | infl=s
rotter                  | insult    | 1        | infl=s
poltroon                | insult    | 1        | infl=s
dastard                 | insult    | 1        | infl=s
whoreson                | insult    | 3        | infl=s
son of a whore          | insult    | 4        |
sons of whores          | insult    | 4        |
harridan                | insult    | 2        | infl=s
shrew                   | insult    | 2        | addressed, infl=s
harpy                   | insult    | 2        | addressed, infl=y
crone                   | insult    | 2        | addressed, infl=s
witch                   | insult    | 2        | addressed, infl=es
battleaxe               | insult    | 2        | addressed, infl=s
old fart                | insult    | 2        | infl=s
dirty old man           | insult    | 2        |
dirty old men           | insult    | 2        |

# --- gendered and sexualised insults ---
bimbo                   | insult    | 2        | bound, infl=s     # Spanish bread brand "Bimbo"
floozy                  | insult    | 2        | infl=y
floozie                 | insult    | 2        | infl=s
tart                    | insult    | 2        | addressed, infl=s  # also a pastry
trollop                 | insult    | 2        | infl=s
strumpet                | insult    | 2        | infl=s
harlot                  | insult    | 2        | infl=s
hussy                   | insult    | 2        | infl=y
wench                   | insult    | 2        | infl=es
jezebel                 | insult    | 2        | addressed, infl=s
slapper                 | insult    | 3        | infl=s            # British
ho                      | insult    | 3        | bound, addressed  # "ho ho ho", "Ho Chi Minh"; plural "hoes" comes from hoe
hoe                     | insult    | 3        | addressed, infl=s  # also a garden tool
thot                    | insult    | 3        | infl=s
sket                    | insult    | 3        | infl=s            # British
tramp                   | insult    | 2        | bound, addressed, infl=s
gold digger             | insult    | 2        | addressed, infl=s
slutbag                 | insult    | 3        | infl=s
whorebag                | insult    | 3        | infl=s
basic bitch             | insult    | 3        | infl=es
little bitch            | insult    | 3        | infl=es
bitchface               | insult    | 3        | infl=s
bitch ass               | insult    | 3        |
sugar tits              | insult    | 3        |
cocktease               | insult    | 3        | infl=s
cockteaser              | insult    | 3        | infl=s
cock tease              | insult    | 3        | infl=s
prick tease             | insult    | 3        | infl=s
femoid                  | insult    | 3        | infl=s
foid                    | insult    | 3        | infl=s
roastie                 | insult    | 3        | addressed, infl=s
butterface              | insult    | 2        | infl=s
pizza face              | insult    | 2        | infl=s
pizzaface               | insult    | 2        | infl=s

# --- vulgar compounds (ass, butt, dick, cock, turd, cum) ---
assface                 | insult    | 3        | infl=s
assmunch                | insult    | 3        | infl=es
asskisser               | insult    | 2        | infl=s
ass kisser              | insult    | 2        | infl=s
asslicker               | insult    | 3        | infl=s
assbag                  | insult    | 3        | infl=s
ass clown               | insult    | 2        | infl=s
ass hat                 | insult    | 2        | infl=s
arsewipe                | insult    | 3        | infl=s
arse licker             | insult    | 3        | infl=s
butthead                | insult    | 2        | infl=s
buttface                | insult    | 2        | infl=s
buttmunch               | insult    | 2        | infl=es
butt munch              | insult    | 2        | infl=es
dickbag                 | insult    | 3        | infl=s
dickweed                | insult    | 3        | infl=s
dickhole                | insult    | 3        | infl=s
dickish                 | insult    | 2        |
dickless                | insult    | 2        |
cockhead                | insult    | 3        | infl=s
cockface                | insult    | 3        | infl=s
cocksucking             | insult    | 4        | common
cumdumpster             | insult    | 4        | infl=s
cum dumpster            | insult    | 4        | infl=s
cumbucket               | insult    | 4        | infl=s
cumstain                | insult    | 3        | infl=s
jerk                    | insult    | 2        | bound, addressed, infl=s # also "a jerk of the handle"; "jerk off" is in sexual.lex
jerkwad                 | insult    | 2        | infl=s
jerkface                | insult    | 2        | infl=s
jerkoff                 | insult    | 3        | infl=s
douchey                 | insult    | 2        |
douchenozzle            | insult    | 2        | infl=s
douchebaggery           | insult    | 2        |
mothafucka              | insult    | 4        | infl=s
muthafucka              | insult    | 4        | infl=s
motherfucka             | insult    | 4        | infl=s
mofucka                 | insult    | 4        | infl=s
mfer                    | insult    | 3        | infl=s
fucka                   | insult    | 3        | infl=s
cuntface                | insult    | 4        | infl=s
twatwaffle              | insult    | 3        | infl=s
shitbird                | insult    | 3        | infl=s
shitheel                | insult    | 3        | infl=s
shitweasel              | insult    | 3        | infl=s
sack of crap            | insult    | 2        |
piece of crap           | insult    | 2        |
pieces of crap          | insult    | 2        |
waste of sperm          | insult    | 3        |

# --- more regional forms ---
jagoff                  | insult    | 2        | infl=s            # Pittsburgh, Chicago
jabroni                 | insult    | 1        | infl=s
mook                    | insult    | 1        | infl=s
peckerwood              | insult    | 3        | infl=s            # Southern US
deadshit                | insult    | 3        | infl=s            # Australian
munter                  | insult    | 2        | bound, infl=s     # British; German "munter" = cheerful
scrote                  | insult    | 2        | infl=s            # British
toerag                  | insult    | 2        | infl=s            # British
knobjockey              | insult    | 3        | infl=s            # British
walloper                | insult    | 2        | infl=s            # Scottish
gowl                    | insult    | 3        | infl=s            # Irish
bollix                  | insult    | 2        |                   # Irish
biatch                  | insult    | 3        | infl=es
beyotch                 | insult    | 3        | infl=es
biotch                  | insult    | 3        | infl=es
sumbitch                | insult    | 3        |
# Hinglish (Hindi-Urdu swearing common in English chats from South Asia)
chutiya                 | insult    | 3        | infl=s
chutiye                 | insult    | 3        |
gandu                   | insult    | 3        | infl=s
bhenchod                | insult    | 4        |
behenchod               | insult    | 4        |
madarchod               | insult    | 4        |
bhosdike                | insult    | 4        |
bsdk                    | insult    | 4        |
# Jamaican patois
bumbaclot               | insult    | 3        |
bomboclaat              | insult    | 3        |
bloodclaat              | insult    | 3        |
raasclaat               | insult    | 3        |
pussyclaat              | insult    | 3        |
# Tagalog (Filipino English chats)
putangina               | insult    | 3        |
putang ina              | insult    | 3        |
