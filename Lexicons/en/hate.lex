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

# ============================================================================
# Round 3: dehumanising statements about a protected group.
# ============================================================================

# --- group, plural ---
women are subhuman                      | hate     | 4        |
trans people are subhuman               | hate     | 4        |
transgender people are subhuman         | hate     | 4        |
gay people are subhuman                 | hate     | 4        |
gays are subhuman                       | hate     | 4        |
lesbians are subhuman                   | hate     | 4        |
homosexuals are subhuman                | hate     | 4        |
black people are subhuman               | hate     | 4        |
blacks are subhuman                     | hate     | 4        |
disabled people are subhuman            | hate     | 4        |
the disabled are subhuman               | hate     | 4        |
muslims are subhuman                    | hate     | 4        |
jews are subhuman                       | hate     | 4        |
immigrants are subhuman                 | hate     | 4        |
refugees are subhuman                   | hate     | 4        |
migrants are subhuman                   | hate     | 4        |
arabs are subhuman                      | hate     | 4        |
mexicans are subhuman                   | hate     | 4        |
asians are subhuman                     | hate     | 4        |
gypsies are subhuman                    | hate     | 4        |
foreigners are subhuman                 | hate     | 4        |
women are vermin                        | hate     | 4        |
trans people are vermin                 | hate     | 4        |
transgender people are vermin           | hate     | 4        |
gay people are vermin                   | hate     | 4        |
gays are vermin                         | hate     | 4        |
lesbians are vermin                     | hate     | 4        |
homosexuals are vermin                  | hate     | 4        |
black people are vermin                 | hate     | 4        |
blacks are vermin                       | hate     | 4        |
disabled people are vermin              | hate     | 4        |
the disabled are vermin                 | hate     | 4        |
muslims are vermin                      | hate     | 4        |
jews are vermin                         | hate     | 4        |
immigrants are vermin                   | hate     | 4        |
refugees are vermin                     | hate     | 4        |
migrants are vermin                     | hate     | 4        |
arabs are vermin                        | hate     | 4        |
mexicans are vermin                     | hate     | 4        |
asians are vermin                       | hate     | 4        |
gypsies are vermin                      | hate     | 4        |
foreigners are vermin                   | hate     | 4        |
women are nothing but vermin            | hate     | 4        |
trans people are nothing but vermin     | hate     | 4        |
transgender people are nothing but vermin| hate     | 4        |
gay people are nothing but vermin       | hate     | 4        |
gays are nothing but vermin             | hate     | 4        |
lesbians are nothing but vermin         | hate     | 4        |
homosexuals are nothing but vermin      | hate     | 4        |
black people are nothing but vermin     | hate     | 4        |
blacks are nothing but vermin           | hate     | 4        |
disabled people are nothing but vermin  | hate     | 4        |
the disabled are nothing but vermin     | hate     | 4        |
muslims are nothing but vermin          | hate     | 4        |
jews are nothing but vermin             | hate     | 4        |
immigrants are nothing but vermin       | hate     | 4        |
refugees are nothing but vermin         | hate     | 4        |
migrants are nothing but vermin         | hate     | 4        |
arabs are nothing but vermin            | hate     | 4        |
mexicans are nothing but vermin         | hate     | 4        |
asians are nothing but vermin           | hate     | 4        |
gypsies are nothing but vermin          | hate     | 4        |
foreigners are nothing but vermin       | hate     | 4        |
women are animals                       | hate     | 4        |
trans people are animals                | hate     | 4        |
transgender people are animals          | hate     | 4        |
gay people are animals                  | hate     | 4        |
gays are animals                        | hate     | 4        |
lesbians are animals                    | hate     | 4        |
homosexuals are animals                 | hate     | 4        |
black people are animals                | hate     | 4        |
blacks are animals                      | hate     | 4        |
disabled people are animals             | hate     | 4        |
the disabled are animals                | hate     | 4        |
muslims are animals                     | hate     | 4        |
jews are animals                        | hate     | 4        |
immigrants are animals                  | hate     | 4        |
refugees are animals                    | hate     | 4        |
migrants are animals                    | hate     | 4        |
arabs are animals                       | hate     | 4        |
mexicans are animals                    | hate     | 4        |
asians are animals                      | hate     | 4        |
gypsies are animals                     | hate     | 4        |
foreigners are animals                  | hate     | 4        |
women are no better than animals        | hate     | 4        |
trans people are no better than animals | hate     | 4        |
transgender people are no better than animals| hate     | 4        |
gay people are no better than animals   | hate     | 4        |
gays are no better than animals         | hate     | 4        |
lesbians are no better than animals     | hate     | 4        |
homosexuals are no better than animals  | hate     | 4        |
black people are no better than animals | hate     | 4        |
blacks are no better than animals       | hate     | 4        |
disabled people are no better than animals| hate     | 4        |
the disabled are no better than animals | hate     | 4        |
muslims are no better than animals      | hate     | 4        |
jews are no better than animals         | hate     | 4        |
immigrants are no better than animals   | hate     | 4        |
refugees are no better than animals     | hate     | 4        |
migrants are no better than animals     | hate     | 4        |
arabs are no better than animals        | hate     | 4        |
mexicans are no better than animals     | hate     | 4        |
asians are no better than animals       | hate     | 4        |
gypsies are no better than animals      | hate     | 4        |
foreigners are no better than animals   | hate     | 4        |
women are cockroaches                   | hate     | 4        |
trans people are cockroaches            | hate     | 4        |
transgender people are cockroaches      | hate     | 4        |
gay people are cockroaches              | hate     | 4        |
gays are cockroaches                    | hate     | 4        |
lesbians are cockroaches                | hate     | 4        |
homosexuals are cockroaches             | hate     | 4        |
black people are cockroaches            | hate     | 4        |
blacks are cockroaches                  | hate     | 4        |
disabled people are cockroaches         | hate     | 4        |
the disabled are cockroaches            | hate     | 4        |
muslims are cockroaches                 | hate     | 4        |
jews are cockroaches                    | hate     | 4        |
immigrants are cockroaches              | hate     | 4        |
refugees are cockroaches                | hate     | 4        |
migrants are cockroaches                | hate     | 4        |
arabs are cockroaches                   | hate     | 4        |
mexicans are cockroaches                | hate     | 4        |
asians are cockroaches                  | hate     | 4        |
gypsies are cockroaches                 | hate     | 4        |
foreigners are cockroaches              | hate     | 4        |
women are parasites                     | hate     | 4        |
trans people are parasites              | hate     | 4        |
transgender people are parasites        | hate     | 4        |
gay people are parasites                | hate     | 4        |
gays are parasites                      | hate     | 4        |
lesbians are parasites                  | hate     | 4        |
homosexuals are parasites               | hate     | 4        |
black people are parasites              | hate     | 4        |
blacks are parasites                    | hate     | 4        |
disabled people are parasites           | hate     | 4        |
the disabled are parasites              | hate     | 4        |
muslims are parasites                   | hate     | 4        |
jews are parasites                      | hate     | 4        |
immigrants are parasites                | hate     | 4        |
refugees are parasites                  | hate     | 4        |
migrants are parasites                  | hate     | 4        |
arabs are parasites                     | hate     | 4        |
mexicans are parasites                  | hate     | 4        |
asians are parasites                    | hate     | 4        |
gypsies are parasites                   | hate     | 4        |
foreigners are parasites                | hate     | 4        |
women are rats                          | hate     | 4        |
trans people are rats                   | hate     | 4        |
transgender people are rats             | hate     | 4        |
gay people are rats                     | hate     | 4        |
gays are rats                           | hate     | 4        |
lesbians are rats                       | hate     | 4        |
homosexuals are rats                    | hate     | 4        |
black people are rats                   | hate     | 4        |
blacks are rats                         | hate     | 4        |
disabled people are rats                | hate     | 4        |
the disabled are rats                   | hate     | 4        |
muslims are rats                        | hate     | 4        |
jews are rats                           | hate     | 4        |
immigrants are rats                     | hate     | 4        |
refugees are rats                       | hate     | 4        |
migrants are rats                       | hate     | 4        |
arabs are rats                          | hate     | 4        |
mexicans are rats                       | hate     | 4        |
asians are rats                         | hate     | 4        |
gypsies are rats                        | hate     | 4        |
foreigners are rats                     | hate     | 4        |
women are filth                         | hate     | 4        |
trans people are filth                  | hate     | 4        |
transgender people are filth            | hate     | 4        |
gay people are filth                    | hate     | 4        |
gays are filth                          | hate     | 4        |
lesbians are filth                      | hate     | 4        |
homosexuals are filth                   | hate     | 4        |
black people are filth                  | hate     | 4        |
blacks are filth                        | hate     | 4        |
disabled people are filth               | hate     | 4        |
the disabled are filth                  | hate     | 4        |
muslims are filth                       | hate     | 4        |
jews are filth                          | hate     | 4        |
immigrants are filth                    | hate     | 4        |
refugees are filth                      | hate     | 4        |
migrants are filth                      | hate     | 4        |
arabs are filth                         | hate     | 4        |
mexicans are filth                      | hate     | 4        |
asians are filth                        | hate     | 4        |
gypsies are filth                       | hate     | 4        |
foreigners are filth                    | hate     | 4        |
women are scum                          | hate     | 4        |
trans people are scum                   | hate     | 4        |
transgender people are scum             | hate     | 4        |
gay people are scum                     | hate     | 4        |
gays are scum                           | hate     | 4        |
lesbians are scum                       | hate     | 4        |
homosexuals are scum                    | hate     | 4        |
black people are scum                   | hate     | 4        |
blacks are scum                         | hate     | 4        |
disabled people are scum                | hate     | 4        |
the disabled are scum                   | hate     | 4        |
muslims are scum                        | hate     | 4        |
jews are scum                           | hate     | 4        |
immigrants are scum                     | hate     | 4        |
refugees are scum                       | hate     | 4        |
migrants are scum                       | hate     | 4        |
arabs are scum                          | hate     | 4        |
mexicans are scum                       | hate     | 4        |
asians are scum                         | hate     | 4        |
gypsies are scum                        | hate     | 4        |
foreigners are scum                     | hate     | 4        |
women are trash                         | hate     | 3        |
trans people are trash                  | hate     | 3        |
transgender people are trash            | hate     | 3        |
gay people are trash                    | hate     | 3        |
gays are trash                          | hate     | 3        |
lesbians are trash                      | hate     | 3        |
homosexuals are trash                   | hate     | 3        |
black people are trash                  | hate     | 3        |
blacks are trash                        | hate     | 3        |
disabled people are trash               | hate     | 3        |
the disabled are trash                  | hate     | 3        |
muslims are trash                       | hate     | 3        |
jews are trash                          | hate     | 3        |
immigrants are trash                    | hate     | 3        |
refugees are trash                      | hate     | 3        |
migrants are trash                      | hate     | 3        |
arabs are trash                         | hate     | 3        |
mexicans are trash                      | hate     | 3        |
asians are trash                        | hate     | 3        |
gypsies are trash                       | hate     | 3        |
foreigners are trash                    | hate     | 3        |
women are garbage                       | hate     | 3        |
trans people are garbage                | hate     | 3        |
transgender people are garbage          | hate     | 3        |
gay people are garbage                  | hate     | 3        |
gays are garbage                        | hate     | 3        |
lesbians are garbage                    | hate     | 3        |
homosexuals are garbage                 | hate     | 3        |
black people are garbage                | hate     | 3        |
blacks are garbage                      | hate     | 3        |
disabled people are garbage             | hate     | 3        |
the disabled are garbage                | hate     | 3        |
muslims are garbage                     | hate     | 3        |
jews are garbage                        | hate     | 3        |
immigrants are garbage                  | hate     | 3        |
refugees are garbage                    | hate     | 3        |
migrants are garbage                    | hate     | 3        |
arabs are garbage                       | hate     | 3        |
mexicans are garbage                    | hate     | 3        |
asians are garbage                      | hate     | 3        |
gypsies are garbage                     | hate     | 3        |
foreigners are garbage                  | hate     | 3        |
women are a cancer                      | hate     | 4        |
trans people are a cancer               | hate     | 4        |
transgender people are a cancer         | hate     | 4        |
gay people are a cancer                 | hate     | 4        |
gays are a cancer                       | hate     | 4        |
lesbians are a cancer                   | hate     | 4        |
homosexuals are a cancer                | hate     | 4        |
black people are a cancer               | hate     | 4        |
blacks are a cancer                     | hate     | 4        |
disabled people are a cancer            | hate     | 4        |
the disabled are a cancer               | hate     | 4        |
muslims are a cancer                    | hate     | 4        |
jews are a cancer                       | hate     | 4        |
immigrants are a cancer                 | hate     | 4        |
refugees are a cancer                   | hate     | 4        |
migrants are a cancer                   | hate     | 4        |
arabs are a cancer                      | hate     | 4        |
mexicans are a cancer                   | hate     | 4        |
asians are a cancer                     | hate     | 4        |
gypsies are a cancer                    | hate     | 4        |
foreigners are a cancer                 | hate     | 4        |
women are a disease                     | hate     | 4        |
trans people are a disease              | hate     | 4        |
transgender people are a disease        | hate     | 4        |
gay people are a disease                | hate     | 4        |
gays are a disease                      | hate     | 4        |
lesbians are a disease                  | hate     | 4        |
homosexuals are a disease               | hate     | 4        |
black people are a disease              | hate     | 4        |
blacks are a disease                    | hate     | 4        |
disabled people are a disease           | hate     | 4        |
the disabled are a disease              | hate     | 4        |
muslims are a disease                   | hate     | 4        |
jews are a disease                      | hate     | 4        |
immigrants are a disease                | hate     | 4        |
refugees are a disease                  | hate     | 4        |
migrants are a disease                  | hate     | 4        |
arabs are a disease                     | hate     | 4        |
mexicans are a disease                  | hate     | 4        |
asians are a disease                    | hate     | 4        |
gypsies are a disease                   | hate     | 4        |
foreigners are a disease                | hate     | 4        |
women are a plague                      | hate     | 4        |
trans people are a plague               | hate     | 4        |
transgender people are a plague         | hate     | 4        |
gay people are a plague                 | hate     | 4        |
gays are a plague                       | hate     | 4        |
lesbians are a plague                   | hate     | 4        |
homosexuals are a plague                | hate     | 4        |
black people are a plague               | hate     | 4        |
blacks are a plague                     | hate     | 4        |
disabled people are a plague            | hate     | 4        |
the disabled are a plague               | hate     | 4        |
muslims are a plague                    | hate     | 4        |
jews are a plague                       | hate     | 4        |
immigrants are a plague                 | hate     | 4        |
refugees are a plague                   | hate     | 4        |
migrants are a plague                   | hate     | 4        |
arabs are a plague                      | hate     | 4        |
mexicans are a plague                   | hate     | 4        |
asians are a plague                     | hate     | 4        |
gypsies are a plague                    | hate     | 4        |
foreigners are a plague                 | hate     | 4        |
women are lesser beings                 | hate     | 4        |
trans people are lesser beings          | hate     | 4        |
transgender people are lesser beings    | hate     | 4        |
gay people are lesser beings            | hate     | 4        |
gays are lesser beings                  | hate     | 4        |
lesbians are lesser beings              | hate     | 4        |
homosexuals are lesser beings           | hate     | 4        |
black people are lesser beings          | hate     | 4        |
blacks are lesser beings                | hate     | 4        |
disabled people are lesser beings       | hate     | 4        |
the disabled are lesser beings          | hate     | 4        |
muslims are lesser beings               | hate     | 4        |
jews are lesser beings                  | hate     | 4        |
immigrants are lesser beings            | hate     | 4        |
refugees are lesser beings              | hate     | 4        |
migrants are lesser beings              | hate     | 4        |
arabs are lesser beings                 | hate     | 4        |
mexicans are lesser beings              | hate     | 4        |
asians are lesser beings                | hate     | 4        |
gypsies are lesser beings               | hate     | 4        |
foreigners are lesser beings            | hate     | 4        |
women are inferior                      | hate     | 3        |
trans people are inferior               | hate     | 3        |
transgender people are inferior         | hate     | 3        |
gay people are inferior                 | hate     | 3        |
gays are inferior                       | hate     | 3        |
lesbians are inferior                   | hate     | 3        |
homosexuals are inferior                | hate     | 3        |
black people are inferior               | hate     | 3        |
blacks are inferior                     | hate     | 3        |
disabled people are inferior            | hate     | 3        |
the disabled are inferior               | hate     | 3        |
muslims are inferior                    | hate     | 3        |
jews are inferior                       | hate     | 3        |
immigrants are inferior                 | hate     | 3        |
refugees are inferior                   | hate     | 3        |
migrants are inferior                   | hate     | 3        |
arabs are inferior                      | hate     | 3        |
mexicans are inferior                   | hate     | 3        |
asians are inferior                     | hate     | 3        |
gypsies are inferior                    | hate     | 3        |
foreigners are inferior                 | hate     | 3        |
women are disgusting                    | hate     | 3        |
trans people are disgusting             | hate     | 3        |
transgender people are disgusting       | hate     | 3        |
gay people are disgusting               | hate     | 3        |
gays are disgusting                     | hate     | 3        |
lesbians are disgusting                 | hate     | 3        |
homosexuals are disgusting              | hate     | 3        |
black people are disgusting             | hate     | 3        |
blacks are disgusting                   | hate     | 3        |
disabled people are disgusting          | hate     | 3        |
the disabled are disgusting             | hate     | 3        |
muslims are disgusting                  | hate     | 3        |
jews are disgusting                     | hate     | 3        |
immigrants are disgusting               | hate     | 3        |
refugees are disgusting                 | hate     | 3        |
migrants are disgusting                 | hate     | 3        |
arabs are disgusting                    | hate     | 3        |
mexicans are disgusting                 | hate     | 3        |
asians are disgusting                   | hate     | 3        |
gypsies are disgusting                  | hate     | 3        |
foreigners are disgusting               | hate     | 3        |
women are repulsive                     | hate     | 3        |
trans people are repulsive              | hate     | 3        |
transgender people are repulsive        | hate     | 3        |
gay people are repulsive                | hate     | 3        |
gays are repulsive                      | hate     | 3        |
lesbians are repulsive                  | hate     | 3        |
homosexuals are repulsive               | hate     | 3        |
black people are repulsive              | hate     | 3        |
blacks are repulsive                    | hate     | 3        |
disabled people are repulsive           | hate     | 3        |
the disabled are repulsive              | hate     | 3        |
muslims are repulsive                   | hate     | 3        |
jews are repulsive                      | hate     | 3        |
immigrants are repulsive                | hate     | 3        |
refugees are repulsive                  | hate     | 3        |
migrants are repulsive                  | hate     | 3        |
arabs are repulsive                     | hate     | 3        |
mexicans are repulsive                  | hate     | 3        |
asians are repulsive                    | hate     | 3        |
gypsies are repulsive                   | hate     | 3        |
foreigners are repulsive                | hate     | 3        |
women belong in a zoo                   | hate     | 4        |
trans people belong in a zoo            | hate     | 4        |
transgender people belong in a zoo      | hate     | 4        |
gay people belong in a zoo              | hate     | 4        |
gays belong in a zoo                    | hate     | 4        |
lesbians belong in a zoo                | hate     | 4        |
homosexuals belong in a zoo             | hate     | 4        |
black people belong in a zoo            | hate     | 4        |
blacks belong in a zoo                  | hate     | 4        |
disabled people belong in a zoo         | hate     | 4        |
the disabled belong in a zoo            | hate     | 4        |
muslims belong in a zoo                 | hate     | 4        |
jews belong in a zoo                    | hate     | 4        |
immigrants belong in a zoo              | hate     | 4        |
refugees belong in a zoo                | hate     | 4        |
migrants belong in a zoo                | hate     | 4        |
arabs belong in a zoo                   | hate     | 4        |
mexicans belong in a zoo                | hate     | 4        |
asians belong in a zoo                  | hate     | 4        |
gypsies belong in a zoo                 | hate     | 4        |
foreigners belong in a zoo              | hate     | 4        |
women belong in cages                   | hate     | 4        |
trans people belong in cages            | hate     | 4        |
transgender people belong in cages      | hate     | 4        |
gay people belong in cages              | hate     | 4        |
gays belong in cages                    | hate     | 4        |
lesbians belong in cages                | hate     | 4        |
homosexuals belong in cages             | hate     | 4        |
black people belong in cages            | hate     | 4        |
blacks belong in cages                  | hate     | 4        |
disabled people belong in cages         | hate     | 4        |
the disabled belong in cages            | hate     | 4        |
muslims belong in cages                 | hate     | 4        |
jews belong in cages                    | hate     | 4        |
immigrants belong in cages              | hate     | 4        |
refugees belong in cages                | hate     | 4        |
migrants belong in cages                | hate     | 4        |
arabs belong in cages                   | hate     | 4        |
mexicans belong in cages                | hate     | 4        |
asians belong in cages                  | hate     | 4        |
gypsies belong in cages                 | hate     | 4        |
foreigners belong in cages              | hate     | 4        |
i hate women                            | hate     | 3        |
i hate trans people                     | hate     | 3        |
i hate transgender people               | hate     | 3        |
i hate gay people                       | hate     | 3        |
i hate gays                             | hate     | 3        |
i hate lesbians                         | hate     | 3        |
i hate homosexuals                      | hate     | 3        |
i hate black people                     | hate     | 3        |
i hate blacks                           | hate     | 3        |
i hate disabled people                  | hate     | 3        |
i hate the disabled                     | hate     | 3        |
i hate muslims                          | hate     | 3        |
i hate jews                             | hate     | 3        |
i hate immigrants                       | hate     | 3        |
i hate refugees                         | hate     | 3        |
i hate migrants                         | hate     | 3        |
i hate arabs                            | hate     | 3        |
i hate mexicans                         | hate     | 3        |
i hate asians                           | hate     | 3        |
i hate gypsies                          | hate     | 3        |
i hate foreigners                       | hate     | 3        |
i despise women                         | hate     | 3        |
i despise trans people                  | hate     | 3        |
i despise transgender people            | hate     | 3        |
i despise gay people                    | hate     | 3        |
i despise gays                          | hate     | 3        |
i despise lesbians                      | hate     | 3        |
i despise homosexuals                   | hate     | 3        |
i despise black people                  | hate     | 3        |
i despise blacks                        | hate     | 3        |
i despise disabled people               | hate     | 3        |
i despise the disabled                  | hate     | 3        |
i despise muslims                       | hate     | 3        |
i despise jews                          | hate     | 3        |
i despise immigrants                    | hate     | 3        |
i despise refugees                      | hate     | 3        |
i despise migrants                      | hate     | 3        |
i despise arabs                         | hate     | 3        |
i despise mexicans                      | hate     | 3        |
i despise asians                        | hate     | 3        |
i despise gypsies                       | hate     | 3        |
i despise foreigners                    | hate     | 3        |
filthy women                            | hate     | 4        |
filthy trans people                     | hate     | 4        |
filthy transgender people               | hate     | 4        |
filthy gay people                       | hate     | 4        |
filthy gays                             | hate     | 4        |
filthy lesbians                         | hate     | 4        |
filthy homosexuals                      | hate     | 4        |
filthy black people                     | hate     | 4        |
filthy blacks                           | hate     | 4        |
filthy disabled people                  | hate     | 4        |
filthy muslims                          | hate     | 4        |
filthy jews                             | hate     | 4        |
filthy immigrants                       | hate     | 4        |
filthy refugees                         | hate     | 4        |
filthy migrants                         | hate     | 4        |
filthy arabs                            | hate     | 4        |
filthy mexicans                         | hate     | 4        |
filthy asians                           | hate     | 4        |
filthy gypsies                          | hate     | 4        |
filthy foreigners                       | hate     | 4        |
dirty women                             | hate     | 3        |
dirty trans people                      | hate     | 3        |
dirty transgender people                | hate     | 3        |
dirty gay people                        | hate     | 3        |
dirty gays                              | hate     | 3        |
dirty lesbians                          | hate     | 3        |
dirty homosexuals                       | hate     | 3        |
dirty black people                      | hate     | 3        |
dirty blacks                            | hate     | 3        |
dirty disabled people                   | hate     | 3        |
dirty muslims                           | hate     | 3        |
dirty jews                              | hate     | 3        |
dirty immigrants                        | hate     | 3        |
dirty refugees                          | hate     | 3        |
dirty migrants                          | hate     | 3        |
dirty arabs                             | hate     | 3        |
dirty mexicans                          | hate     | 3        |
dirty asians                            | hate     | 3        |
dirty gypsies                           | hate     | 3        |
dirty foreigners                        | hate     | 3        |

# --- group, singular ---
filthy woman                            | hate     | 4        |
filthy trans person                     | hate     | 4        |
filthy muslim                           | hate     | 4        |
filthy jew                              | hate     | 4        |
filthy immigrant                        | hate     | 4        |
filthy refugee                          | hate     | 4        |
filthy migrant                          | hate     | 4        |
filthy arab                             | hate     | 4        |
filthy mexican                          | hate     | 4        |
filthy gypsy                            | hate     | 4        |
filthy foreigner                        | hate     | 4        |
dirty woman                             | hate     | 3        |
dirty trans person                      | hate     | 3        |
dirty muslim                            | hate     | 3        |
dirty jew                               | hate     | 3        |
dirty immigrant                         | hate     | 3        |
dirty refugee                           | hate     | 3        |
dirty migrant                           | hate     | 3        |
dirty arab                              | hate     | 3        |
dirty mexican                           | hate     | 3        |
dirty gypsy                             | hate     | 3        |
dirty foreigner                         | hate     | 3        |
woman vermin                            | hate     | 4        |
trans person vermin                     | hate     | 4        |
muslim vermin                           | hate     | 4        |
jew vermin                              | hate     | 4        |
immigrant vermin                        | hate     | 4        |
refugee vermin                          | hate     | 4        |
migrant vermin                          | hate     | 4        |
arab vermin                             | hate     | 4        |
mexican vermin                          | hate     | 4        |
gypsy vermin                            | hate     | 4        |
foreigner vermin                        | hate     | 4        |
woman trash                             | hate     | 4        |
trans person trash                      | hate     | 4        |
muslim trash                            | hate     | 4        |
jew trash                               | hate     | 4        |
immigrant trash                         | hate     | 4        |
refugee trash                           | hate     | 4        |
migrant trash                           | hate     | 4        |
arab trash                              | hate     | 4        |
mexican trash                           | hate     | 4        |
gypsy trash                             | hate     | 4        |
foreigner trash                         | hate     | 4        |
woman scum                              | hate     | 4        |
trans person scum                       | hate     | 4        |
muslim scum                             | hate     | 4        |
jew scum                                | hate     | 4        |
immigrant scum                          | hate     | 4        |
refugee scum                            | hate     | 4        |
migrant scum                            | hate     | 4        |
arab scum                               | hate     | 4        |
mexican scum                            | hate     | 4        |
gypsy scum                              | hate     | 4        |
foreigner scum                          | hate     | 4        |

# --- group, plural: contempt and segregation ---
disgusted by all the women              | hate     | 3        |
disgusted by women                      | hate     | 3        |
women disgust me                        | hate     | 3        |
women make me sick                      | hate     | 3        |
i can't stand women                     | hate     | 3        |
women should all be locked up           | hate     | 3        |
women should be locked up in cages      | hate     | 3        |
women should be caged                   | hate     | 3        |
disgusted by all the trans people       | hate     | 3        |
disgusted by trans people               | hate     | 3        |
trans people disgust me                 | hate     | 3        |
trans people make me sick               | hate     | 3        |
i can't stand trans people              | hate     | 3        |
trans people should all be locked up    | hate     | 3        |
trans people should be locked up in cages| hate     | 3        |
trans people should be caged            | hate     | 3        |
disgusted by all the transgender people | hate     | 3        |
disgusted by transgender people         | hate     | 3        |
transgender people disgust me           | hate     | 3        |
transgender people make me sick         | hate     | 3        |
i can't stand transgender people        | hate     | 3        |
transgender people should all be locked up| hate     | 3        |
transgender people should be locked up in cages| hate     | 3        |
transgender people should be caged      | hate     | 3        |
disgusted by all the gay people         | hate     | 3        |
disgusted by gay people                 | hate     | 3        |
gay people disgust me                   | hate     | 3        |
gay people make me sick                 | hate     | 3        |
i can't stand gay people                | hate     | 3        |
gay people should all be locked up      | hate     | 3        |
gay people should be locked up in cages | hate     | 3        |
gay people should be caged              | hate     | 3        |
disgusted by all the gays               | hate     | 3        |
disgusted by gays                       | hate     | 3        |
gays disgust me                         | hate     | 3        |
gays make me sick                       | hate     | 3        |
i can't stand gays                      | hate     | 3        |
gays should all be locked up            | hate     | 3        |
gays should be locked up in cages       | hate     | 3        |
gays should be caged                    | hate     | 3        |
disgusted by all the lesbians           | hate     | 3        |
disgusted by lesbians                   | hate     | 3        |
lesbians disgust me                     | hate     | 3        |
lesbians make me sick                   | hate     | 3        |
i can't stand lesbians                  | hate     | 3        |
lesbians should all be locked up        | hate     | 3        |
lesbians should be locked up in cages   | hate     | 3        |
lesbians should be caged                | hate     | 3        |
disgusted by all the homosexuals        | hate     | 3        |
disgusted by homosexuals                | hate     | 3        |
homosexuals disgust me                  | hate     | 3        |
homosexuals make me sick                | hate     | 3        |
i can't stand homosexuals               | hate     | 3        |
homosexuals should all be locked up     | hate     | 3        |
homosexuals should be locked up in cages| hate     | 3        |
homosexuals should be caged             | hate     | 3        |
disgusted by all the black people       | hate     | 3        |
disgusted by black people               | hate     | 3        |
black people disgust me                 | hate     | 3        |
black people make me sick               | hate     | 3        |
i can't stand black people              | hate     | 3        |
black people should all be locked up    | hate     | 3        |
black people should be locked up in cages| hate     | 3        |
black people should be caged            | hate     | 3        |
disgusted by all the blacks             | hate     | 3        |
disgusted by blacks                     | hate     | 3        |
blacks disgust me                       | hate     | 3        |
blacks make me sick                     | hate     | 3        |
i can't stand blacks                    | hate     | 3        |
blacks should all be locked up          | hate     | 3        |
blacks should be locked up in cages     | hate     | 3        |
blacks should be caged                  | hate     | 3        |
disgusted by all the disabled people    | hate     | 3        |
disgusted by disabled people            | hate     | 3        |
disabled people disgust me              | hate     | 3        |
disabled people make me sick            | hate     | 3        |
i can't stand disabled people           | hate     | 3        |
disabled people should all be locked up | hate     | 3        |
disabled people should be locked up in cages| hate     | 3        |
disabled people should be caged         | hate     | 3        |
disgusted by the disabled               | hate     | 3        |
the disabled disgust me                 | hate     | 3        |
the disabled make me sick               | hate     | 3        |
i can't stand the disabled              | hate     | 3        |
the disabled should all be locked up    | hate     | 3        |
the disabled should be locked up in cages| hate     | 3        |
the disabled should be caged            | hate     | 3        |
disgusted by all the muslims            | hate     | 3        |
disgusted by muslims                    | hate     | 3        |
muslims disgust me                      | hate     | 3        |
muslims make me sick                    | hate     | 3        |
i can't stand muslims                   | hate     | 3        |
muslims should all be locked up         | hate     | 3        |
muslims should be locked up in cages    | hate     | 3        |
muslims should be caged                 | hate     | 3        |
disgusted by all the jews               | hate     | 3        |
disgusted by jews                       | hate     | 3        |
jews disgust me                         | hate     | 3        |
jews make me sick                       | hate     | 3        |
i can't stand jews                      | hate     | 3        |
jews should all be locked up            | hate     | 3        |
jews should be locked up in cages       | hate     | 3        |
jews should be caged                    | hate     | 3        |
disgusted by all the immigrants         | hate     | 3        |
disgusted by immigrants                 | hate     | 3        |
immigrants disgust me                   | hate     | 3        |
immigrants make me sick                 | hate     | 3        |
i can't stand immigrants                | hate     | 3        |
immigrants should all be locked up      | hate     | 3        |
immigrants should be locked up in cages | hate     | 3        |
immigrants should be caged              | hate     | 3        |
disgusted by all the refugees           | hate     | 3        |
disgusted by refugees                   | hate     | 3        |
refugees disgust me                     | hate     | 3        |
refugees make me sick                   | hate     | 3        |
i can't stand refugees                  | hate     | 3        |
refugees should all be locked up        | hate     | 3        |
refugees should be locked up in cages   | hate     | 3        |
refugees should be caged                | hate     | 3        |
disgusted by all the migrants           | hate     | 3        |
disgusted by migrants                   | hate     | 3        |
migrants disgust me                     | hate     | 3        |
migrants make me sick                   | hate     | 3        |
i can't stand migrants                  | hate     | 3        |
migrants should all be locked up        | hate     | 3        |
migrants should be locked up in cages   | hate     | 3        |
migrants should be caged                | hate     | 3        |
disgusted by all the arabs              | hate     | 3        |
disgusted by arabs                      | hate     | 3        |
arabs disgust me                        | hate     | 3        |
arabs make me sick                      | hate     | 3        |
i can't stand arabs                     | hate     | 3        |
arabs should all be locked up           | hate     | 3        |
arabs should be locked up in cages      | hate     | 3        |
arabs should be caged                   | hate     | 3        |
disgusted by all the mexicans           | hate     | 3        |
disgusted by mexicans                   | hate     | 3        |
mexicans disgust me                     | hate     | 3        |
mexicans make me sick                   | hate     | 3        |
i can't stand mexicans                  | hate     | 3        |
mexicans should all be locked up        | hate     | 3        |
mexicans should be locked up in cages   | hate     | 3        |
mexicans should be caged                | hate     | 3        |
disgusted by all the asians             | hate     | 3        |
disgusted by asians                     | hate     | 3        |
asians disgust me                       | hate     | 3        |
asians make me sick                     | hate     | 3        |
i can't stand asians                    | hate     | 3        |
asians should all be locked up          | hate     | 3        |
asians should be locked up in cages     | hate     | 3        |
asians should be caged                  | hate     | 3        |
disgusted by all the gypsies            | hate     | 3        |
disgusted by gypsies                    | hate     | 3        |
gypsies disgust me                      | hate     | 3        |
gypsies make me sick                    | hate     | 3        |
i can't stand gypsies                   | hate     | 3        |
gypsies should all be locked up         | hate     | 3        |
gypsies should be locked up in cages    | hate     | 3        |
gypsies should be caged                 | hate     | 3        |
disgusted by all the foreigners         | hate     | 3        |
disgusted by foreigners                 | hate     | 3        |
foreigners disgust me                   | hate     | 3        |
foreigners make me sick                 | hate     | 3        |
i can't stand foreigners                | hate     | 3        |
foreigners should all be locked up      | hate     | 3        |
foreigners should be locked up in cages | hate     | 3        |
foreigners should be caged              | hate     | 3        |

# --- a group's lives declared worthless ---
female lives are worth nothing          | hate     | 4        |
female lives are worth absolutely nothing| hate     | 4        |
female lives are worthless              | hate     | 4        |
female lives don't matter               | hate     | 4        |
female lives do not matter              | hate     | 4        |
women's lives are worth nothing         | hate     | 4        |
women's lives are worth absolutely nothing| hate     | 4        |
women's lives are worthless             | hate     | 4        |
women's lives don't matter              | hate     | 4        |
women's lives do not matter             | hate     | 4        |
trans lives are worth nothing           | hate     | 4        |
trans lives are worth absolutely nothing| hate     | 4        |
trans lives are worthless               | hate     | 4        |
trans lives don't matter                | hate     | 4        |
trans lives do not matter               | hate     | 4        |
gay lives are worth nothing             | hate     | 4        |
gay lives are worth absolutely nothing  | hate     | 4        |
gay lives are worthless                 | hate     | 4        |
gay lives don't matter                  | hate     | 4        |
gay lives do not matter                 | hate     | 4        |
black lives are worth nothing           | hate     | 4        |
black lives are worth absolutely nothing| hate     | 4        |
black lives are worthless               | hate     | 4        |
black lives don't matter                | hate     | 4        |
black lives do not matter               | hate     | 4        |
disabled lives are worth nothing        | hate     | 4        |
disabled lives are worth absolutely nothing| hate     | 4        |
disabled lives are worthless            | hate     | 4        |
disabled lives don't matter             | hate     | 4        |
disabled lives do not matter            | hate     | 4        |
muslim lives are worth nothing          | hate     | 4        |
muslim lives are worth absolutely nothing| hate     | 4        |
muslim lives are worthless              | hate     | 4        |
muslim lives don't matter               | hate     | 4        |
muslim lives do not matter              | hate     | 4        |
jewish lives are worth nothing          | hate     | 4        |
jewish lives are worth absolutely nothing| hate     | 4        |
jewish lives are worthless              | hate     | 4        |
jewish lives don't matter               | hate     | 4        |
jewish lives do not matter              | hate     | 4        |
immigrant lives are worth nothing       | hate     | 4        |
immigrant lives are worth absolutely nothing| hate     | 4        |
immigrant lives are worthless           | hate     | 4        |
immigrant lives don't matter            | hate     | 4        |
immigrant lives do not matter           | hate     | 4        |
refugee lives are worth nothing         | hate     | 4        |
refugee lives are worth absolutely nothing| hate     | 4        |
refugee lives are worthless             | hate     | 4        |
refugee lives don't matter              | hate     | 4        |
refugee lives do not matter             | hate     | 4        |
arab lives are worth nothing            | hate     | 4        |
arab lives are worth absolutely nothing | hate     | 4        |
arab lives are worthless                | hate     | 4        |
arab lives don't matter                 | hate     | 4        |
arab lives do not matter                | hate     | 4        |
mexican lives are worth nothing         | hate     | 4        |
mexican lives are worth absolutely nothing| hate     | 4        |
mexican lives are worthless             | hate     | 4        |
mexican lives don't matter              | hate     | 4        |
mexican lives do not matter             | hate     | 4        |
asian lives are worth nothing           | hate     | 4        |
asian lives are worth absolutely nothing| hate     | 4        |
asian lives are worthless               | hate     | 4        |
asian lives don't matter                | hate     | 4        |
asian lives do not matter               | hate     | 4        |
indian lives are worth nothing          | hate     | 4        |
indian lives are worth absolutely nothing| hate     | 4        |
indian lives are worthless              | hate     | 4        |
indian lives don't matter               | hate     | 4        |
indian lives do not matter              | hate     | 4        |
chinese lives are worth nothing         | hate     | 4        |
chinese lives are worth absolutely nothing| hate     | 4        |
chinese lives are worthless             | hate     | 4        |
chinese lives don't matter              | hate     | 4        |
chinese lives do not matter             | hate     | 4        |

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
deport all muslims                      | hate     | 3        |
deport the muslims                      | hate     | 3        |
deport all jews                         | hate     | 3        |
deport the jews                         | hate     | 3        |
deport all immigrants                   | hate     | 3        |
deport the immigrants                   | hate     | 3        |
deport all refugees                     | hate     | 3        |
deport the refugees                     | hate     | 3        |
deport all migrants                     | hate     | 3        |
deport the migrants                     | hate     | 3        |
deport all arabs                        | hate     | 3        |
deport the arabs                        | hate     | 3        |
deport all mexicans                     | hate     | 3        |
deport the mexicans                     | hate     | 3        |
deport all blacks                       | hate     | 3        |
deport the blacks                       | hate     | 3        |
deport all black people                 | hate     | 3        |
deport the black people                 | hate     | 3        |
deport all asians                       | hate     | 3        |
deport the asians                       | hate     | 3        |
deport all gypsies                      | hate     | 3        |
deport the gypsies                      | hate     | 3        |
deport all foreigners                   | hate     | 3        |
deport the foreigners                   | hate     | 3        |
# --- internet respellings of slurs (q for g, b for g) ---
niqqa                   | hate     | 4        | infl=s
niqqer                  | hate     | 4        | infl=s
nibba                   | hate     | 3        | infl=s
nigra                   | hate     | 4        | infl=s
fagget                  | hate     | 4        | infl=s
fagit                   | hate     | 4        | infl=s
queerbait               | hate     | 3        | infl=s
gaytard                 | hate     | 4        | infl=s
