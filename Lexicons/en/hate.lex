@format decorum-lexicon 1
@language en
# English hate: slurs and fixed phrases against protected groups (ethnicity, national
# origin, religion, sexual orientation, gender identity, disability).
# Listed so that they can be detected; severity 4 unless noted.
# term                  | category | severity | flags

# --- anti-Black slurs ---
nigger                  | hate     | 4        | common, infl=s
nigga                   | hate     | 4        | common, infl=s
niggaz                  | hate     | 4        |
negro                   | hate     | 3        | bound, infl=es     # Spanish/Portuguese "negro" = black (colour)
coon                    | hate     | 4        | infl=s             # review: also short for raccoon
jigaboo                 | hate     | 4        | infl=s
porch monkey            | hate     | 4        | infl=s
jungle bunny            | hate     | 4        | infl=y
darkie                  | hate     | 4        | infl=s
darky                   | hate     | 4        |
sambo                   | hate     | 4        | infl=s             # review: also a Russian martial art
golliwog                | hate     | 4        | infl=s
pickaninny              | hate     | 4        |
sand nigger             | hate     | 4        | infl=s

# --- anti-Asian slurs ---
chink                   | hate     | 4        | infl=s             # review: "a chink in the armour" is innocent
gook                    | hate     | 4        | infl=s
zipperhead              | hate     | 4        | infl=s
slant eye               | hate     | 4        | infl=s
slanteye                | hate     | 4        | infl=s
ching chong             | hate     | 4        |
chinaman                | hate     | 3        |
chinamen                | hate     | 3        |
jap                     | hate     | 3        | infl=s
paki                    | hate     | 4        | infl=s

# --- anti-Latino, anti-Arab, other ethnic and national slurs ---
spic                    | hate     | 4        | infl=s
wetback                 | hate     | 4        | infl=s
beaner                  | hate     | 4        | infl=s
raghead                 | hate     | 4        | infl=s
towelhead               | hate     | 4        | infl=s
camel jockey            | hate     | 4        | infl=s
dago                    | hate     | 4        | infl=s
wop                     | hate     | 4        | infl=s
polack                  | hate     | 3        | infl=s
kraut                   | hate     | 3        | bound, infl=s      # German "Kraut" = herb, cabbage
gyppo                   | hate     | 4        | infl=s
pikey                   | hate     | 4        | infl=s
redskin                 | hate     | 4        | infl=s
injun                   | hate     | 4        | infl=s
squaw                   | hate     | 4        | infl=s
abo                     | hate     | 4        | bound, infl=s      # German "Abo" = subscription
kaffir                  | hate     | 4        | infl=s
honky                   | hate     | 3        | infl=y
whitey                  | hate     | 3        |
wigger                  | hate     | 4        | infl=s
half breed              | hate     | 4        | infl=s             # "half-breed": the tokenizer splits the hyphen
halfbreed               | hate     | 4        | infl=s

# --- religion ---
kike                    | hate     | 4        | infl=s
yid                     | hate     | 4        | infl=s
hymie                   | hate     | 4        | infl=s
heeb                    | hate     | 4        | infl=s
christ killer           | hate     | 4        | infl=s
muzzie                  | hate     | 4        | infl=s
muzzrat                 | hate     | 4        | infl=s
goatfucker              | hate     | 4        | infl=s
gas the jews            | hate     | 4        |
heil hitler             | hate     | 4        | common
sieg heil               | hate     | 4        | common
white power             | hate     | 3        |

# --- sexual orientation and gender identity ---
faggot                  | hate     | 4        | common, infl=s     # review: also a British meatball dish
fag                     | hate     | 4        | infl=s             # review: British slang for cigarette
faggy                   | hate     | 4        |
dyke                    | hate     | 4        | infl=s             # review: also "dike", embankment
lezzie                  | hate     | 3        | infl=s
lesbo                   | hate     | 3        | infl=s
homo                    | hate     | 3        | bound, infl=s      # "homo sapiens", German/Spanish neutral uses
poofter                 | hate     | 4        | infl=s
batty boy               | hate     | 4        | infl=s
shirtlifter             | hate     | 4        | infl=s
fudge packer            | hate     | 4        | infl=s
pillow biter            | hate     | 4        | infl=s
tranny                  | hate     | 4        | infl=y             # review: also slang for a car transmission
shemale                 | hate     | 4        | infl=s
ladyboy                 | hate     | 3        | infl=s
troon                   | hate     | 4        | infl=s

# --- disability ---
retard                  | hate     | 3        | bound, infl=s      # French "retard" = delay
retarded                | hate     | 3        |                    # review: also "flame-retarded", ignition timing
libtard                 | hate     | 3        | infl=s
fucktard                | hate     | 3        | infl=s
spaz                    | hate     | 3        |
spazz                   | hate     | 3        |
spastic                 | hate     | 3        | infl=s             # review: also a medical term (spastic paralysis)
mongoloid               | hate     | 4        | infl=s
window licker           | hate     | 4        | infl=s

# --- phrases telling people to leave or attacking a group ---
go back to your country | hate     | 3        |
go back where you came from | hate | 3      |
go back to where you came from | hate | 3   |
go back to africa       | hate     | 4        |
go back to mexico       | hate     | 3        |
go back to china        | hate     | 3        |
speak english or leave  | hate     | 3        |

# ============================================================================
# Round 2: wider coverage (severity 4 unless noted).
# ============================================================================

# --- anti-Black ---
niglet                  | hate     | 4        | infl=s
nig                     | hate     | 4        | infl=s
nignog                  | hate     | 4        | infl=s
nig nog                 | hate     | 4        | infl=s
jiggaboo                | hate     | 4        | infl=s
groid                   | hate     | 4        | infl=s
spearchucker            | hate     | 4        | infl=s
spear chucker           | hate     | 4        | infl=s
moon cricket            | hate     | 4        | infl=s
pavement ape            | hate     | 4        | infl=s
sheboon                 | hate     | 4        | infl=s
dindu                   | hate     | 4        | infl=s
spook                   | hate     | 3        | addressed, infl=s  # also a ghost, a spy
uncle tom               | hate     | 3        | infl=s
tar baby                | hate     | 3        | infl=y
mulatto                 | hate     | 2        | infl=s            # review: dated, offensive in English
go back to the jungle   | hate     | 4        |
prairie nigger          | hate     | 4        | infl=s
sandnigger              | hate     | 4        | infl=s

# --- anti-Asian, South Asian ---
chinky                  | hate     | 4        |
yellow peril            | hate     | 3        |
kung flu                | hate     | 3        |
curry muncher           | hate     | 4        | infl=s
dothead                 | hate     | 4        | infl=s
dot head                | hate     | 4        | infl=s
coolie                  | hate     | 3        | addressed, infl=s
slant eyes              | hate     | 4        |
slanty eyes             | hate     | 4        |
rice eater              | hate     | 3        | infl=s
go back to india        | hate     | 3        |
go back to pakistan     | hate     | 3        |
go back to asia         | hate     | 3        |

# --- anti-Latino ---
greaser                 | hate     | 3        | addressed, infl=s  # also a 1950s subculture, a mechanic
border hopper           | hate     | 3        | infl=s
border jumper           | hate     | 3        | infl=s
taco bender             | hate     | 3        | infl=s
go back across the border | hate   | 3        |

# --- anti-Arab, anti-Muslim ---
towel head              | hate     | 4        | infl=s
rag head                | hate     | 4        | infl=s
muzrat                  | hate     | 4        | infl=s
mudslime                | hate     | 4        | infl=s
camel fucker            | hate     | 4        | infl=s
goat fucker             | hate     | 4        | infl=s
sand monkey             | hate     | 4        | infl=s
all muslims are terrorists | hate  | 4        |
muslims are terrorists  | hate     | 4        |

# --- antisemitic ---
sheeny                  | hate     | 4        |
jewboy                  | hate     | 4        | infl=s
jew boy                 | hate     | 4        | infl=s
jewed                   | hate     | 3        |
jew down                | hate     | 3        |
jew you down            | hate     | 3        |
oven dodger             | hate     | 4        | infl=s
holohoax                | hate     | 4        |
gas the kikes           | hate     | 4        |
the holocaust never happened | hate | 3       |
hitler was right        | hate     | 4        |
hitler did nothing wrong | hate    | 4        |
shylock                 | hate     | 3        | addressed, infl=s  # also Shakespeare's character
jews control the media  | hate     | 3        |
jews run the banks      | hate     | 3        |

# --- other ethnic and national ---
greaseball              | hate     | 3        | infl=s
bohunk                  | hate     | 3        | infl=s
limey                   | hate     | 2        | infl=s
cracker                 | hate     | 3        | bound, addressed, infl=s # also a biscuit, a safe-cracker
gypped                  | hate     | 2        |                    # from "Gypsy"; "ripped off"
boong                   | hate     | 4        | infl=s            # Australian
race traitor            | hate     | 3        | infl=s
white genocide          | hate     | 3        |
white pride             | hate     | 3        |
mud people              | hate     | 4        |
subhuman                | hate     | 4        | infl=s
sub human               | hate     | 4        | infl=s
untermensch             | hate     | 4        |

# --- sexual orientation and gender identity ---
faggotry                | hate     | 4        |
poof                    | hate     | 4        | addressed, infl=s  # also "and poof, it's gone"
pooftah                 | hate     | 4        | infl=s
poofy                   | hate     | 3        | addressed
fairy                   | hate     | 3        | addressed, infl=y  # tooth fairy, fairy lights
queer                   | hate     | 3        | addressed, infl=s  # review: reclaimed and academic senses pass unless aimed
nancy boy               | hate     | 3        | infl=s
fudgepacker             | hate     | 4        | infl=s
butt pirate             | hate     | 4        | infl=s
bum boy                 | hate     | 4        | infl=s
bumboy                  | hate     | 4        | infl=s
arse bandit             | hate     | 4        | infl=s
ass bandit              | hate     | 4        | infl=s
rump ranger             | hate     | 4        | infl=s
carpet muncher          | hate     | 4        | infl=s
rug muncher             | hate     | 4        | infl=s
muff diver              | hate     | 3        | infl=s
lezbo                   | hate     | 3        | infl=s
lezzer                  | hate     | 3        | infl=s
lezza                   | hate     | 3        | infl=s
bulldyke                | hate     | 4        | infl=s
bull dyke               | hate     | 4        | infl=s
batty man               | hate     | 4        |
batty men               | hate     | 4        |
chi chi man             | hate     | 4        |
sodomite                | hate     | 3        | infl=s
gaylord                 | hate     | 3        | addressed, infl=s  # also a surname
that's so gay           | hate     | 2        |
trannie                 | hate     | 4        | infl=s
heshe                   | hate     | 4        | infl=s
groomer                 | hate     | 3        | addressed, infl=s  # anti-LGBT slur; also a pet groomer

# --- disability ---
tard                    | hate     | 3        | bound, infl=s      # French "tard" = late
mong                    | hate     | 3        | infl=s            # British
spacker                 | hate     | 4        | infl=s
spakka                  | hate     | 4        | infl=s
spazzy                  | hate     | 3        |
spazzed                 | hate     | 3        |
downie                  | hate     | 4        | infl=s
mongol                  | hate     | 4        | bound, addressed, infl=s # review: also the people and the empire
cripple                 | hate     | 3        | addressed, infl=s  # "crippled the server" passes
gimp                    | hate     | 3        | addressed, infl=s  # also the GIMP image editor
midget                  | hate     | 3        | addressed, infl=s  # also the MG Midget car, midget racing
schizo                  | hate     | 3        | infl=s
short bus               | hate     | 3        |

# --- misogynist ---
women belong in the kitchen | hate | 3        |
women are property      | hate     | 3        |

# ============================================================================
# Round 3: wider coverage (severity 4 unless noted).
# ============================================================================

# --- anti-Black ---
niggah                  | hate     | 4        | infl=s
nigguh                  | hate     | 4        | infl=s
darkey                  | hate     | 4        | infl=s
jiggerboo               | hate     | 4        | infl=s
coonass                 | hate     | 3        | infl=es
shitskin                | hate     | 4        | infl=s
mud shark               | hate     | 4        | infl=s
mudshark                | hate     | 4        | infl=s
coal burner             | hate     | 4        | infl=s
timber nigger           | hate     | 4        | infl=s
dune coon               | hate     | 4        | infl=s
wog                     | hate     | 4        | bound, infl=s     # British
# --- anti-Asian, South Asian ---
nip                     | hate     | 4        | addressed, infl=s  # "a nip in the air" passes
slant                   | hate     | 4        | addressed, infl=s  # "slant" (angle, bias) passes
slope                   | hate     | 4        | addressed, infl=s  # "a steep slope" passes
currymuncher            | hate     | 4        | infl=s
pajeet                  | hate     | 4        | infl=s
poo in loo              | hate     | 4        |
street shitter          | hate     | 4        | infl=s
# --- anti-Latino, anti-Arab, anti-Muslim ---
spick                   | hate     | 4        | bound, infl=s     
beaney                  | hate     | 4        | infl=s
muzzy                   | hate     | 4        |
moslem                  | hate     | 2        | bound, addressed, infl=s
sand nigga              | hate     | 4        | infl=s
# --- European and other national ---
honkey                  | hate     | 3        | infl=s
honkie                  | hate     | 3        | infl=s
cracka                  | hate     | 3        | infl=s
peckerhead              | hate     | 3        | infl=s
frog                    | hate     | 2        | addressed, infl=s  # anti-French; also the animal
froggy                  | hate     | 2        | addressed
pommy                   | hate     | 2        | addressed
pommie                  | hate     | 2        | infl=s
taig                    | hate     | 4        | infl=s            # anti-Irish Catholic
eyetie                  | hate     | 3        | infl=s
# --- antisemitic ---
hebe                    | hate     | 4        | bound, infl=s     
kyke                    | hate     | 4        | infl=s
hooknose                | hate     | 4        | infl=s
hook nose               | hate     | 4        | addressed, infl=s
six million wasn't enough | hate   | 4        |
6 million wasn't enough | hate     | 4        |
# --- religion ---
bible thumper           | hate     | 2        | infl=s
bible basher            | hate     | 2        | infl=s
jesus freak             | hate     | 2        | infl=s
papist                  | hate     | 2        | addressed, infl=s
mackerel snatcher       | hate     | 3        | infl=s
# --- sexual orientation and gender identity ---
faggit                  | hate     | 4        | infl=s
fagtard                 | hate     | 4        | infl=s
gaywad                  | hate     | 3        | infl=s
gaybo                   | hate     | 3        | infl=s
poove                   | hate     | 4        | infl=s            # British
bender                  | hate     | 3        | addressed, infl=s  # British slur; also a binge, a pipe bender
flamer                  | hate     | 3        | addressed, infl=s
lez                     | hate     | 3        | bound, addressed  
lezzo                   | hate     | 3        | infl=s
twink                   | hate     | 3        | addressed, infl=s
pole smoker             | hate     | 4        | infl=s
turd burglar            | hate     | 4        | infl=s
ass pirate              | hate     | 4        | infl=s
# --- disability ---
reetard                 | hate     | 3        | infl=s
spazzes                 | hate     | 3        |
spazzing                | hate     | 3        |
autist                  | hate     | 3        | bound, addressed, infl=s

# --- more slurs ---
rapefugee                               | hate     | 4        | infl=s
jihadi                                  | hate     | 3        | addressed, infl=s  # news about militants passes
deport them all                         | hate     | 3        |
deportthemall                           | hate     | 3        |
stoptheinvasion                         | hate     | 3        |

# --- hate slogans and hashtags (written without the "#") ---
jews will not replace us                | hate     | 3        |
you will not replace us                 | hate     | 3        |
blood and soil                          | hate     | 3        |
rahowa                                  | hate     | 3        |
racial holy war                         | hate     | 3        |
race war now                            | hate     | 3        |
refugees not welcome                    | hate     | 3        |
refugeesnotwelcome                      | hate     | 3        |
stopislam                               | hate     | 3        |
banislam                                | hate     | 3        |
sendthemhome                            | hate     | 3        |
# --- internet respellings of slurs (q for g, b for g) ---
niqqa                   | hate     | 4        | infl=s
niqqer                  | hate     | 4        | infl=s
nibba                   | hate     | 3        | infl=s
nigra                   | hate     | 4        | infl=s
fagget                  | hate     | 4        | infl=s
fagit                   | hate     | 4        | infl=s
queerbait               | hate     | 3        | infl=s
gaytard                 | hate     | 4        | infl=s
