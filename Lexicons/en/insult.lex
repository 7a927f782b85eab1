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
loser                   | insult    | 1        | addressed, infl=s # auction/match loser; counts when aimed ("you loser")
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
scum                    | insult    | 2        | addressed         # soap scum, pond scum in cleaning-product tickets; "you scum" counts
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
coward                  | insult    | 2        | addressed, infl=s # character judgement; counts when aimed ("you coward")
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

# ============================================================================
# Round 3: wider coverage. Ordinary nouns of character and contempt (fool, liar,
# fraud, traitor) are `addressed`: "you fool", "Liar!", but "April fool",
# "a fraud alert", "the traitor in the novel" pass.
# ============================================================================

# --- stupidity ---
fool                    | insult    | 1        | addressed, infl=s
stupid                  | insult    | 1        | bound, addressed  # "you stupid", "Stupid!"; "stupid app" passes
stoopid                 | insult    | 1        |
dumb                    | insult    | 1        | addressed          # "you dumb"; "dumb terminal" passes
dumbhead                | insult    | 1        | infl=s
dumbbell                | insult    | 1        | addressed, infl=s  # gym equipment
dum dum                 | insult    | 1        | infl=s
dullard                 | insult    | 1        | infl=s
dipwad                  | insult    | 2        | infl=s
dingus                  | insult    | 1        | infl=es
dingleberry             | insult    | 2        | infl=y
brainlet                | insult    | 1        | infl=s
smooth brain            | insult    | 1        | infl=s
noob                    | insult    | 1        | addressed, infl=s
retardo                 | insult    | 3        | bound, infl=s     
imbecil                 | insult    | 2        | bound, infl=s     # misspelling; Spanish "imbécil" is an entry there
# --- dishonesty, character ---
liar                    | insult    | 2        | bound, addressed, infl=s
cheat                   | insult    | 2        | addressed, infl=s  # "cheat sheet" passes
cheater                 | insult    | 2        | addressed, infl=s
fraud                   | insult    | 2        | addressed, infl=s  # "fraud department" passes
fraudster               | insult    | 2        | addressed, infl=s
thief                   | insult    | 2        | addressed
thieves                 | insult    | 2        | addressed
crook                   | insult    | 2        | addressed, infl=s
con artist              | insult    | 2        | addressed, infl=s
conman                  | insult    | 2        | addressed
conmen                  | insult    | 2        | addressed
shyster                 | insult    | 2        | infl=s
charlatan               | insult    | 1        | addressed, infl=s
swindler                | insult    | 2        | addressed, infl=s
traitor                 | insult    | 2        | addressed, infl=s
hypocrite               | insult    | 2        | addressed, infl=s
sociopath               | insult    | 2        | addressed, infl=s
psychopath              | insult    | 2        | addressed, infl=s
narcissist              | insult    | 1        | addressed, infl=s
bigot                   | insult    | 2        | bound, addressed, infl=s
racist                  | insult    | 2        | addressed, infl=s  # "you racist"; reports of racism pass
fascist                 | insult    | 2        | addressed, infl=s
nazi                    | insult    | 3        | addressed, infl=s
neonazi                 | insult    | 3        | addressed, infl=s
neo nazi                | insult    | 3        | addressed, infl=s
commie                  | insult    | 2        | addressed, infl=s
troll                   | insult    | 1        | addressed, infl=s
bully                   | insult    | 1        | addressed, infl=y
sellout                 | insult    | 1        | addressed, infl=s
phony                   | insult    | 1        | addressed, infl=y
phoney                  | insult    | 1        | addressed, infl=s
bootlicker              | insult    | 2        | infl=s
boot licker             | insult    | 2        | infl=s
brownnoser              | insult    | 2        | infl=s
brown noser             | insult    | 2        | infl=s
kiss ass                | insult    | 2        | infl=es
kissass                 | insult    | 2        | infl=es
toady                   | insult    | 1        | addressed, infl=y
lackey                  | insult    | 1        | addressed, infl=s
stooge                  | insult    | 1        | addressed, infl=s
hack                    | insult    | 1        | addressed, infl=s  # "could you hack the ..." has an object and passes
quack                   | insult    | 1        | addressed, infl=s
sob                     | insult    | 3        | addressed, infl=s  # "you SOB" (son of a bitch); "sob story" passes
ahole                   | insult    | 3        | infl=s
# --- madness as a put-down ---
nut job                 | insult    | 2        | infl=s
nut case                | insult    | 2        | infl=s
whackjob                | insult    | 2        | infl=s
whack job               | insult    | 2        | infl=s
wack job                | insult    | 2        | infl=s
basket case             | insult    | 2        | infl=s
head case               | insult    | 2        | infl=s
mental case             | insult    | 2        | infl=s
loon                    | insult    | 1        | addressed, infl=s  # also the bird
fruitcake               | insult    | 1        | addressed, infl=s
# --- contempt and worthlessness ---
human garbage           | insult    | 3        |
human trash             | insult    | 3        |
human scum              | insult    | 3        |
scum of the earth       | insult    | 3        |
scum bag                | insult    | 2        | infl=s
dirt bag                | insult    | 2        | infl=s
slime ball              | insult    | 2        | infl=s
sleaze ball             | insult    | 2        | infl=s
dregs of society        | insult    | 2        | addressed          # political quote about a group; counts when aimed
waste of air            | insult    | 2        |
waste of life           | insult    | 2        |
oxygen thief            | insult    | 2        | infl=s
oxygen thieves          | insult    | 2        |
poophead                | insult    | 1        | infl=s
poopface                | insult    | 1        | infl=s
fartface                | insult    | 1        | infl=s
fart face               | insult    | 1        | infl=s
butthurt                | insult    | 1        |
buttwipe                | insult    | 2        | infl=s
butt wipe               | insult    | 2        | infl=s
ass wipe                | insult    | 3        | infl=s
arse wipe               | insult    | 3        | infl=s
jack ass                | insult    | 2        | infl=es
smart ass               | insult    | 2        | infl=es
wiseass                 | insult    | 2        | infl=es
wise ass                | insult    | 2        | infl=es
smartarse               | insult    | 2        | infl=s
smart arse              | insult    | 2        | infl=s
tightass                | insult    | 2        | infl=es
dick splash             | insult    | 3        | infl=es
dicksplash              | insult    | 3        | infl=es
dickbrain               | insult    | 3        | infl=s
cockmuncher             | insult    | 3        | infl=s
cumdump                 | insult    | 4        | infl=s
cum dump                | insult    | 4        | infl=s
shitehawk               | insult    | 3        | infl=s
punk                    | insult    | 1        | bound, addressed, infl=s  # punk music; German/French "Punk"
# --- appearance ---
fatty                   | insult    | 2        | addressed          # "fatty acids", "fatty liver" pass
fatties                 | insult    | 2        | addressed
lardo                   | insult    | 2        | bound, infl=s     
lard ass                | insult    | 3        | infl=es
lard arse               | insult    | 3        | infl=s
tub of lard             | insult    | 2        |
land whale              | insult    | 3        | infl=s
beached whale           | insult    | 2        | infl=s
hippo                   | insult    | 2        | addressed, infl=s
porker                  | insult    | 2        | infl=s
porky                   | insult    | 1        | addressed
fugly                   | insult    | 2        |
uggo                    | insult    | 2        | infl=s
crater face             | insult    | 2        | infl=s
four eyes               | insult    | 1        | addressed
manlet                  | insult    | 1        | infl=s
baldy                   | insult    | 1        | addressed
slaphead                | insult    | 1        | infl=s            # British
ranga                   | insult    | 2        | infl=s            # Australian: red-haired
# --- gendered and sexualised insults ---
hoebag                  | insult    | 3        | infl=s
skanky ho               | insult    | 3        | infl=es
old bag                 | insult    | 2        | addressed, infl=s  # "my old bag broke" passes
old cow                 | insult    | 2        | addressed, infl=s
battle axe              | insult    | 2        | addressed, infl=s
old biddy               | insult    | 2        | infl=y
biddy                   | insult    | 1        | addressed, infl=y
bint                    | insult    | 2        | infl=s            # British
scrubber                | insult    | 2        | bound, addressed, infl=s # British; also a cleaning pad, an exhaust scrubber
ballbuster              | insult    | 2        | infl=s
ball buster             | insult    | 2        | infl=s
ballbreaker             | insult    | 2        | infl=s
mangina                 | insult    | 3        | infl=s
man whore               | insult    | 3        | infl=s
manslut                 | insult    | 3        | infl=s
pussywhipped            | insult    | 2        |
gigolo                  | insult    | 1        | addressed, infl=s
soyboy                  | insult    | 2        | infl=s
soy boy                 | insult    | 2        | infl=s
beta male               | insult    | 1        | infl=s
# --- regional: UK, Ireland, Scotland, Australia ---
dobber                  | insult    | 2        | infl=s            # Scottish
fud                     | insult    | 3        | addressed, infl=s  # Scottish; FUD (fear, uncertainty, doubt) passes
ballbag                 | insult    | 2        | infl=s
bawheid                 | insult    | 2        | infl=s
skanger                 | insult    | 2        | infl=s            # Irish
gombeen                 | insult    | 1        | infl=s            # Irish
bludger                 | insult    | 1        | infl=s            # Australian
dole bludger            | insult    | 2        | infl=s
feral                   | insult    | 1        | bound, addressed, infl=s # Australian: lout
# --- political name-calling ---
demonrat                | insult    | 2        | infl=s
demoncrat               | insult    | 2        | infl=s
democrap                | insult    | 2        | infl=s
rethuglican             | insult    | 2        | infl=s
repugnican              | insult    | 2        | infl=s
republitard             | insult    | 3        | infl=s
conservatard            | insult    | 3        | infl=s
leftard                 | insult    | 3        | infl=s
trumptard               | insult    | 3        | infl=s
libturd                 | insult    | 2        | infl=s
moonbat                 | insult    | 1        | infl=s
wingnut                 | insult    | 1        | addressed, infl=s  # also a wing nut (hardware)
# --- character and behaviour: more everyday put-downs ---
slob                    | insult    | 2        | infl=s
fat slob                | insult    | 3        | infl=s
brute                   | insult    | 1        | addressed, infl=s
klutz                   | insult    | 1        | infl=es
pest                    | insult    | 1        | bound, addressed, infl=s  # pest control; German "Pest", French "peste" (plague)
runt                    | insult    | 1        | addressed, infl=s
snob                    | insult    | 1        | addressed, infl=s
sucker                  | insult    | 1        | addressed, infl=s  # "suction sucker" passes
weakling                | insult    | 1        | addressed, infl=s
loudmouth               | insult    | 1        | infl=s
blabbermouth            | insult    | 1        | infl=s
bigmouth                | insult    | 1        | addressed, infl=s
windbag                 | insult    | 1        | infl=s
gasbag                  | insult    | 1        | infl=s
blowhard                | insult    | 1        | infl=s
jerkass                 | insult    | 2        | infl=es
backstabber             | insult    | 2        | infl=s
turncoat                | insult    | 1        | addressed, infl=s
snitch                  | insult    | 1        | addressed, infl=es
slacker                 | insult    | 1        | addressed, infl=s
moocher                 | insult    | 1        | infl=s
scrounger               | insult    | 1        | infl=s
cheapskate              | insult    | 1        | infl=s
tightwad                | insult    | 1        | infl=s
lech                    | insult    | 2        | bound, infl=es    
lecher                  | insult    | 2        | bound, infl=s     
letch                   | insult    | 2        | infl=es
groper                  | insult    | 3        | addressed, infl=s  # reports of misconduct ("one of your staff is a groper") pass
stalker                 | insult    | 2        | addressed, infl=s
predator                | insult    | 2        | addressed, infl=s  # "predator species" passes
thug                    | insult    | 2        | addressed, infl=s
hooligan                | insult    | 1        | addressed, infl=s
yob                     | insult    | 2        | infl=s            # British
yobbo                   | insult    | 2        | infl=s
ruffian                 | insult    | 1        | bound, infl=s     
hoodlum                 | insult    | 1        | addressed, infl=s
criminal                | insult    | 2        | bound, addressed, infl=s
jailbird                | insult    | 1        | addressed, infl=s
murderer                | insult    | 3        | addressed, infl=s
terrorist               | insult    | 3        | addressed, infl=s
savage                  | insult    | 2        | addressed, infl=s
barbarian               | insult    | 2        | addressed, infl=s
caveman                 | insult    | 1        | addressed
cavemen                 | insult    | 1        | addressed
neanderthal             | insult    | 2        | addressed, infl=s
troglodyte              | insult    | 2        | addressed, infl=s
monster                 | insult    | 2        | addressed, infl=s
mutant                  | insult    | 1        | addressed, infl=s
# --- animals aimed at someone ---
cockroach               | insult    | 2        | addressed, infl=es
slug                    | insult    | 2        | addressed, infl=s  # URL slug passes unless aimed
skunk                   | insult    | 2        | addressed, infl=s
hyena                   | insult    | 2        | addressed, infl=s
jackal                  | insult    | 2        | addressed, infl=s
mutt                    | insult    | 2        | addressed, infl=s
rodent                  | insult    | 2        | bound, addressed, infl=s
chicken                 | insult    | 1        | addressed, infl=s  # coward; the food passes
# --- sexual and homophobic name-calling ---
pederast                | insult    | 4        | infl=s
catamite                | insult    | 3        | infl=s
# --- weakness and cowardice: more forms ---
weenie                  | insult    | 1        | addressed, infl=s
wiener                  | insult    | 2        | bound, addressed, infl=s # also a sausage
pipsqueak               | insult    | 1        | infl=s
milksop                 | insult    | 1        | infl=s
mama's boy              | insult    | 1        | infl=s
mommy's boy             | insult    | 1        | infl=s
mummy's boy             | insult    | 1        | infl=s
scaredy cat             | insult    | 1        | infl=s
fraidy cat              | insult    | 1        | infl=s
yellowbelly             | insult    | 1        | infl=y
yellow belly            | insult    | 1        | addressed, infl=y
cabbage                 | insult    | 2        | addressed, infl=s  # ableist; the vegetable passes
vegetable               | insult    | 2        | bound, addressed, infl=s

# --- "N like you": a noun aimed at the reader by the phrase itself ---
vermin like you         | insult    | 3        |
trash like you          | insult    | 3        |
scum like you           | insult    | 3        |
filth like you          | insult    | 3        |
garbage like you        | insult    | 3        |
animals like you        | insult    | 3        |
rats like you           | insult    | 3        |
pigs like you           | insult    | 3        |
cockroaches like you    | insult    | 3        |
parasites like you      | insult    | 3        |
monkeys like you        | insult    | 3        |
apes like you           | insult    | 3        |
dogs like you           | insult    | 3        |
losers like you         | insult    | 3        |
freaks like you         | insult    | 3        |
perverts like you       | insult    | 3        |
lowlifes like you       | insult    | 3        |
degenerates like you    | insult    | 3        |
subhumans like you      | insult    | 3        |
savages like you        | insult    | 3        |
leeches like you        | insult    | 3        |
maggots like you        | insult    | 3        |
swine like you          | insult    | 3        |
# --- internet respellings (the normalizer undoes digits and symbols, not these) ---
azzhole                 | insult    | 3        | infl=s
biyatch                 | insult    | 3        | infl=es
biznatch                | insult    | 2        | infl=es
kunt                    | insult    | 4        | bound, infl=s     # Dutch "kunt" = (you) can
wanka                   | insult    | 3        | infl=s
dikhead                 | insult    | 3        | infl=s
# --- vulgar compounds that whole-word entries do not reach ("ass" and "cock" cannot be
# prefixes: assessment, cocktail) ---
asshead                 | insult    | 3        | infl=s
assgoblin               | insult    | 3        | infl=s
asshopper               | insult    | 3        | infl=s
assjacker               | insult    | 3        | infl=s
asslick                 | insult    | 3        | infl=s
assmonkey               | insult    | 3        | infl=s
asswad                  | insult    | 3        | infl=s
cockbite                | insult    | 3        | infl=s
cocksmoker              | insult    | 4        | infl=s
cockmonkey              | insult    | 3        | infl=s
cocknose                | insult    | 3        | infl=s
cockwaffle              | insult    | 3        | infl=s
cockjockey              | insult    | 3        | infl=s
cockmongler             | insult    | 3        | infl=s
cocknugget              | insult    | 3        | infl=s
cumguzzler              | insult    | 4        | infl=s
cumjockey               | insult    | 4        | infl=s
cumbubble               | insult    | 3        | infl=s
cumtart                 | insult    | 3        | infl=s
dickwod                 | insult    | 3        | infl=s
dickslap                | insult    | 3        | infl=s
douchewaffle            | insult    | 2        | infl=s
thundercunt             | insult    | 4        | infl=s
whoreface               | insult    | 3        | infl=s
pussylicker             | insult    | 3        | infl=s
bitchtits               | insult    | 3        |
