@format decorum-lexicon 1
@language fr
# Insults: words and fixed phrases aimed at a person.
# term                          | category   | severity | flags

# --- con and its family --------------------------------------------------
con                             | insult     | 2        | bound, infl=on   # es "con" (with), en "con"; → cons, conne, connes
connard                         | insult     | 3        | infl=ard         # → connards, connasse, connasses
conard                          | insult     | 3        | infl=s           # common misspelling
conasse                         | insult     | 3        | infl=s           # common misspelling
pauvre con                      | insult     | 3        |
pauvre conne                    | insult     | 3        |
gros con                        | insult     | 3        |
grosse conne                    | insult     | 3        |
vieux con                       | insult     | 3        |
vieille conne                   | insult     | 3        |
sale con                        | insult     | 3        |
tête de con                     | insult     | 3        |
t'es con                        | insult     | 3        |
t'es conne                      | insult     | 3        |
bande de cons                   | insult     | 3        |

# --- salaud, salope, pute ------------------------------------------------
salaud                          | insult     | 3        | infl=s
salopard                        | insult     | 3        | infl=s
salope                          | insult     | 4        | infl=s
pute                            | insult     | 4        | bound, infl=s    # de "Pute" (turkey hen)
sale pute                       | insult     | 4        |
fils de pute                    | insult     | 4        |
fille de pute                   | insult     | 4        |
enfant de pute                  | insult     | 4        |
fils de chienne                 | insult     | 4        |                  # Québec
fdp                             | insult     | 4        | bound            # de FDP (political party)
tepu                            | insult     | 4        | bound, infl=s    # verlan of pute; es "tepú"
pétasse                         | insult     | 3        | infl=s
pouffiasse                      | insult     | 3        | infl=s
grognasse                       | insult     | 3        | infl=s
garce                           | insult     | 2        | infl=s
catin                           | insult     | 2        | bound, infl=s    # es "catín"
sale chienne                    | insult     | 3        |
sale traînée                    | insult     | 3        |
mal baisé                       | insult     | 3        | infl=é           # → mal baisée, mal baisés, mal baisées

# --- enculé, enfoiré, bâtard ---------------------------------------------
enculé                          | insult     | 4        | infl=é
enfoiré                         | insult     | 3        | infl=é
bâtard                          | insult     | 3        | infl=ard-e
trou du cul                     | insult     | 3        |
trouduc                         | insult     | 3        | infl=s
tête de nœud                    | insult     | 3        |
face de pet                     | insult     | 2        |
sac à merde                     | insult     | 3        |
petite merde                    | insult     | 3        |
grosse merde                    | insult     | 3        |
sous-merde                      | insult     | 3        | infl=s
mange-merde                     | insult     | 3        |
merdeux                         | insult     | 2        | infl=eux
raclure                         | insult     | 3        | infl=s
sale ordure                     | insult     | 3        |
lèche-cul                       | insult     | 2        | infl=s
lèche-bottes                    | insult     | 1        |
larbin                          | insult     | 2        | infl=s
branleur                        | insult     | 3        | infl=eur
glandeur                        | insult     | 2        | infl=eur
emmerdeur                       | insult     | 2        | infl=eur
casse-couilles                  | insult     | 2        |
peine-à-jouir                   | insult     | 2        |
pisse-froid                     | insult     | 1        |
couillon                        | insult     | 2        | infl=on
feignasse                       | insult     | 2        | infl=s
baltringue                      | insult     | 2        | infl=s
bolosse                         | insult     | 2        | infl=s
boloss                          | insult     | 2        |
cassos                          | insult     | 2        |                  # "cas social"
tocard                          | insult     | 2        | infl=ard-e
gros porc                       | insult     | 3        |
sale porc                       | insult     | 3        |
gros lard                       | insult     | 3        |
grosse vache                    | insult     | 3        |
grosse truie                    | insult     | 3        |
sale race                       | insult     | 4        |

# --- stupidity -----------------------------------------------------------
idiot                           | insult     | 2        | infl=ot
imbécile                        | insult     | 2        | infl=s
crétin                          | insult     | 2        | infl=in
abruti                          | insult     | 2        | infl=i
débile                          | insult     | 2        | infl=s
débile mental                   | insult     | 3        |
demeuré                         | insult     | 2        | accents, infl=é  # accents: "demeure" (mise en demeure) is innocent
attardé                         | insult     | 3        | accents, infl=é   # ableist; accents: "il s'attarde" is innocent; the participle "je me suis attardé" is a known false alarm
taré                            | insult     | 2        | accents, infl=é  # accents: "tare" (tare weight, defect) is innocent
bouffon                         | insult     | 2        | addressed, infl=on   # also "jester"
guignol                         | insult     | 1        | addressed, infl=s
blaireau                        | insult     | 2        | addressed, infl=x    # also the animal (badger)
teubé                           | insult     | 2        | infl=s           # verlan of bête
naze                            | insult     | 1        | infl=s           # not "nase" (de Nase)
neuneu                          | insult     | 1        | infl=s
plouc                           | insult     | 1        | infl=s
beauf                           | insult     | 1        | infl=s
cervelle de moineau             | insult     | 1        |
gros débile                     | insult     | 3        |

# --- Belgium, Switzerland, Québec ----------------------------------------
baraki                          | insult     | 2        | infl=s           # Belgium
klette                          | insult     | 2        | bound, infl=s    # Belgium; de "Klette" (burdock)
dikkenek                        | insult     | 1        | infl=s           # Brussels, loudmouth
smeerlap                        | insult     | 3        | infl=s           # Brussels, from Flemish
taborniau                       | insult     | 1        | infl=x           # Switzerland
bobet                           | insult     | 1        | infl=s           # Switzerland (Vaud), fool
niaiseux                        | insult     | 1        | infl=eux         # Québec
gros cave                       | insult     | 2        |                  # Québec; not "cave" alone
mangeux de marde                | insult     | 3        |                  # Québec
crisse de cave                  | insult     | 3        |                  # Québec

# === round 2 ==============================================================

# --- con, connard: more forms and fixed phrases ----------------------------
ducon                               | insult     | 2        | infl=s
duconnard                           | insult     | 3        | infl=s
connaud                             | insult     | 2        | infl=s
conneau                             | insult     | 2        | infl=x
petit con                           | insult     | 3        |
petite conne                        | insult     | 3        |
p'tit con                           | insult     | 3        |
espèce de con                       | insult     | 3        |
con comme un balai                  | insult     | 3        |
con comme une valise                | insult     | 3        |
con comme ses pieds                 | insult     | 3        |
roi des cons                        | insult     | 3        |
salaude                             | insult     | 3        | infl=s
saligaud                            | insult     | 3        | infl=aud
salopiaud                           | insult     | 3        | infl=aud
salopiot                            | insult     | 3        | infl=s
enculé de ta race                   | insult     | 4        |
enculé de ta mère                   | insult     | 4        |
fils de salope                      | insult     | 4        |
fils de catin                       | insult     | 3        |
fils de garce                       | insult     | 3        |
fils de chien                       | insult     | 3        |
enfant de salaud                    | insult     | 3        |
enfant de salope                    | insult     | 4        |
enfant de chienne                   | insult     | 4        |                  # Québec
tête de bite                        | insult     | 3        |
tête de cul                         | insult     | 3        |
tête de gland                       | insult     | 2        |
face de cul                         | insult     | 3        |
face de rat                         | insult     | 2        |
tronche de cake                     | insult     | 2        |
sale gueule                         | insult     | 2        |
trou de cul                         | insult     | 3        |
trou d'cul                          | insult     | 3        |                  # Québec
troudbal                            | insult     | 3        | infl=s           # "trou de balle"
petite bite                         | insult     | 3        |
sac à foutre                        | insult     | 4        |
garage à bites                      | insult     | 4        |
vide-couilles                       | insult     | 4        |
merde ambulante                     | insult     | 3        |
pauvre merde                        | insult     | 3        |
sale merde                          | insult     | 3        |
merdaillon                          | insult     | 2        | infl=s
chieur                              | insult     | 2        | infl=eur
fouille-merde                       | insult     | 2        |
peigne-cul                          | insult     | 2        | infl=s
casse-burnes                        | insult     | 2        |
casse-bonbons                       | insult     | 1        |
casse-pieds                         | insult     | 1        |
lèche-botte                         | insult     | 1        |
cireur de pompes                    | insult     | 1        |
fayot                               | insult     | 1        | infl=s
glandu                              | insult     | 2        | infl=s
feignant                            | insult     | 2        | infl=ant
fainéant                            | insult     | 1        | infl=ant
tire-au-flanc                       | insult     | 1        |
gros tas                            | insult     | 2        |
gros plein de soupe                 | insult     | 2        |
grosse baleine                      | insult     | 3        |
grosse dondon                       | insult     | 2        |
mocheté                             | insult     | 2        | bound, infl=s
laideron                            | insult     | 2        | infl=s
sale type                           | insult     | 2        |
sale bête                           | insult     | 2        |
sale gosse                          | insult     | 1        |
sale vieux                          | insult     | 2        |
sale vieille                        | insult     | 2        |
sale chien                          | insult     | 3        |
sale rat                            | insult     | 2        |
sale bourge                         | insult     | 2        |
pauvre type                         | insult     | 2        |
pauvre mec                          | insult     | 2        |
pauvre fille                        | insult     | 2        |
pauvre tache                        | insult     | 2        |                  # folded: also "pauvre tâche"
t'es une tache                      | insult     | 2        |

# --- stupidity: plain and old-fashioned ------------------------------------
nigaud                              | insult     | 1        | infl=aud
benêt                               | insult     | 1        | bound, infl=s
niais                               | insult     | 1        | infl=s-e
nunuche                             | insult     | 1        | infl=s
godiche                             | insult     | 1        | infl=s
dadais                              | insult     | 1        |
gros bêta                           | insult     | 1        |                  # not "bêta" alone (version bêta)
balourd                             | insult     | 1        | infl=e
lourdaud                            | insult     | 1        | infl=aud
empoté                              | insult     | 1        | addressed, infl=é
ahuri                               | insult     | 1        | infl=i
ignare                              | insult     | 1        | infl=s
cancre                              | insult     | 1        | infl=s
nullard                             | insult     | 2        | infl=ard-e
nullos                              | insult     | 1        |
simplet                             | insult     | 1        | infl=et
bon à rien                          | insult     | 2        |
bonne à rien                        | insult     | 2        |
bons à rien                         | insult     | 2        |
bonnes à rien                       | insult     | 2        |
propre à rien                       | insult     | 2        |
moins que rien                      | insult     | 2        |
tête de linotte                     | insult     | 1        |
tête à claques                      | insult     | 2        |
tête de mule                        | insult     | 1        |
tête de pioche                      | insult     | 1        |
cervelle d'oiseau                   | insult     | 1        |
cerveau de moineau                  | insult     | 1        |
qi d'huître                         | insult     | 1        |
bas de plafond                      | insult     | 1        |
débile profond                      | insult     | 3        |
crétin des alpes                    | insult     | 2        |
triple idiot                        | insult     | 2        |
triple andouille                    | insult     | 2        |
branquignol                         | insult     | 1        | infl=s
olibrius                            | insult     | 1        |
zigoto                              | insult     | 1        | infl=s
ganache                             | insult     | 1        | addressed, infl=s # also chocolate ganache
cornichon                           | insult     | 1        | bound, addressed, infl=s
andouille                           | insult     | 2        | addressed, infl=s # also a sausage
gourde                              | insult     | 2        | addressed, infl=s # also a water bottle
cruche                              | insult     | 2        | addressed, infl=s # also a jug
patate                              | insult     | 1        | addressed, infl=s
buse                                | insult     | 1        | bound, addressed, infl=s # also a buzzard, a duct
bourrique                           | insult     | 1        | addressed, infl=s
âne                                 | insult     | 2        | addressed, infl=s
âne bâté                            | insult     | 2        |
baudet                              | insult     | 1        | addressed, infl=s
bourricot                           | insult     | 1        | addressed, infl=s
dinde                               | insult     | 2        | addressed, infl=s
bécasse                             | insult     | 1        | addressed, infl=s
bécassine                           | insult     | 1        | addressed, infl=s
truffe                              | insult     | 1        | addressed, infl=s
courge                              | insult     | 1        | addressed, infl=s
banane                              | insult     | 1        | addressed, bound, infl=s # de "Banane"
nouille                             | insult     | 1        | addressed, infl=s
tanche                              | insult     | 1        | addressed, infl=s
quiche                              | insult     | 1        | addressed, bound, infl=s # en "quiche"
tarte                               | insult     | 1        | addressed, infl=s
cloche                              | insult     | 1        | bound, addressed, infl=s
manche                              | insult     | 1        | bound, addressed, infl=s # "quel manche"; also a sleeve, the Channel
ballot                              | insult     | 1        | addressed, bound, infl=s # en "ballot"
boulet                              | insult     | 1        | addressed, infl=s
gland                               | insult     | 2        | bound, addressed, infl=s # also an acorn; Gland (Vaud)
cave                                | insult     | 1        | addressed, bound, infl=s # Québec; en, es "cave"
épais                               | insult     | 1        | addressed        # Québec "t'es ben épais"
sot                                 | insult     | 1        | addressed, infl=s # → sots; "sotte" below
sotte                               | insult     | 1        | addressed, infl=s
zouave                              | insult     | 1        | addressed, infl=s
charlot                             | insult     | 1        | addressed, infl=s
pitre                               | insult     | 1        | addressed, infl=s
clown                               | insult     | 1        | addressed, bound, infl=s # en, de "clown"
t'es une victime                    | insult     | 1        |                  # slang; "victime" alone is a common support word
bolos                               | insult     | 2        | bound            # es "bolos" (skittles)
relou                               | insult     | 1        | infl=s           # verlan of lourd
tarba                               | insult     | 3        | infl=s           # verlan of bâtard
kéké                                | insult     | 1        | infl=s
racaille                            | insult     | 2        | infl=s
caillera                            | insult     | 2        | infl=s           # verlan of racaille
minable                             | insult     | 2        | addressed, infl=s # "votre offre est minable" passes
raté                                | insult     | 2        | addressed, bound, infl=é # en "rate"; also a misfire
looser                              | insult     | 1        | bound, infl=s    # French spelling of "loser"; en "looser"
loser                               | insult     | 1        | bound, infl=s

# --- boors, rascals, villains (old-fashioned and literary) -----------------
pignouf                             | insult     | 2        | infl=s
goujat                              | insult     | 2        | infl=s
malotru                             | insult     | 2        | infl=e
rustre                              | insult     | 1        | infl=s
butor                               | insult     | 1        | addressed, infl=s
mufle                               | insult     | 2        | addressed, infl=s
paltoquet                           | insult     | 1        | infl=s
faquin                              | insult     | 1        | bound, infl=s
maraud                              | insult     | 1        | bound, infl=s
gredin                              | insult     | 1        | infl=in
vaurien                             | insult     | 1        | infl=ien
voyou                               | insult     | 2        | infl=s
crapule                             | insult     | 2        | infl=s
fripouille                          | insult     | 2        | infl=s
canaille                            | insult     | 1        | infl=s
scélérat                            | insult     | 1        | infl=e
sagouin                             | insult     | 2        | infl=in
gougnafier                          | insult     | 2        | infl=s
jean-foutre                         | insult     | 2        |
foutriquet                          | insult     | 1        | infl=s
bélître                             | insult     | 1        | bound, infl=s
maroufle                            | insult     | 1        | infl=s
pendard                             | insult     | 1        | infl=ard-e
cuistre                             | insult     | 1        | infl=s
gueux                               | insult     | 1        |
gueuse                              | insult     | 1        | infl=s
va-nu-pieds                         | insult     | 1        |
rapiat                              | insult     | 1        | infl=e
pingre                              | insult     | 1        | infl=s
grippe-sou                          | insult     | 1        | infl=s
crevard                             | insult     | 2        | infl=ard-e
pleutre                             | insult     | 1        | infl=s
couard                              | insult     | 1        | infl=ard-e
trouillard                          | insult     | 1        | infl=ard-e
froussard                           | insult     | 1        | infl=ard-e
mauviette                           | insult     | 1        | infl=s
poule mouillée                      | insult     | 1        |
chiffe molle                        | insult     | 1        |
lavette                             | insult     | 1        | addressed, infl=s # also a dish brush
carpette                            | insult     | 1        | addressed, infl=s
dégonflé                            | insult     | 1        | addressed, infl=é # "pneu dégonflé" passes
lâche                               | insult     | 1        | bound, addressed, infl=s # also "loose"
péquenaud                           | insult     | 1        | infl=aud
péquenot                            | insult     | 1        | infl=s
bouseux                             | insult     | 2        | infl=eux
cul-terreux                         | insult     | 2        |
pedzouille                          | insult     | 1        | infl=s
facho                               | insult     | 2        | infl=s
collabo                             | insult     | 2        | infl=s
sale facho                          | insult     | 3        |
vicelard                            | insult     | 2        | infl=ard-e
fumier                              | insult     | 3        | addressed, infl=s # also manure
ordure                              | insult     | 3        | bound, addressed, infl=s # also garbage
pourriture                          | insult     | 3        | addressed, infl=s
charogne                            | insult     | 3        | addressed, infl=s
déchet                              | insult     | 2        | addressed, infl=s
vermine                             | insult     | 3        | bound, addressed, infl=s
larve                               | insult     | 2        | addressed, bound, infl=s # de "Larve"
parasite                            | insult     | 2        | addressed, bound, infl=s # en "parasite"
sangsue                             | insult     | 2        | addressed, infl=s
cloporte                            | insult     | 2        | addressed, infl=s
limace                              | insult     | 1        | addressed, infl=s
cafard                              | insult     | 1        | addressed, infl=s # also a cockroach; "avoir le cafard"
enflure                             | insult     | 3        | addressed, infl=s # also a swelling
enflé                               | insult     | 2        | addressed, infl=é # Québec; also swollen
fiente                              | insult     | 2        | addressed, infl=s
étron                               | insult     | 2        | addressed, infl=s
crotte                              | insult     | 1        | addressed, infl=s
chiure                              | insult     | 2        | infl=s
bouse                               | insult     | 2        | addressed, infl=s
pisseuse                            | insult     | 2        | infl=s
escroc                              | insult     | 1        | addressed, infl=s # "un escroc a pris ma carte" passes
voleur                              | insult     | 1        | addressed, infl=eur
arnaqueur                           | insult     | 1        | addressed, infl=eur
menteur                             | insult     | 1        | addressed, infl=eur
charlatan                           | insult     | 1        | addressed, bound, infl=s # en, de, es "charlatan"
clochard                            | insult     | 2        | addressed, infl=ard-e
clodo                               | insult     | 2        | infl=s
pervers                             | insult     | 2        | addressed        # "effet pervers" passes
vicieux                             | insult     | 2        | addressed, infl=eux # "cercle vicieux" passes
gros dégueulasse                    | insult     | 3        |
gros pervers                        | insult     | 2        |
vieux pervers                       | insult     | 2        |
vieux cochon                        | insult     | 2        |
obsédé sexuel                       | insult     | 2        |
hystérique                          | insult     | 1        | addressed, infl=s
gâteux                              | insult     | 2        | infl=eux
vieux schnock                       | insult     | 1        |
schnock                             | insult     | 1        | infl=s
schnoque                            | insult     | 1        | infl=s
croûton                             | insult     | 1        | bound, addressed, infl=s
vieux débris                        | insult     | 2        |
vieille peau                        | insult     | 2        |
vieille carne                       | insult     | 2        |
vieille toupie                      | insult     | 1        |
vieille bique                       | insult     | 2        |
sorcière                            | insult     | 2        | addressed, infl=s
mégère                              | insult     | 2        | infl=s
harpie                              | insult     | 2        | bound, infl=s
chipie                              | insult     | 1        | infl=s
pimbêche                            | insult     | 1        | infl=s
peste                               | insult     | 1        | addressed, bound, infl=s # es "peste"
teigne                              | insult     | 1        | addressed, infl=s
rombière                            | insult     | 1        | infl=s
greluche                            | insult     | 2        | infl=s
pouffe                              | insult     | 2        | infl=s
poufiasse                           | insult     | 3        | infl=s
radasse                             | insult     | 3        | infl=s
roulure                             | insult     | 3        | infl=s
traînée                             | insult     | 3        | bound, addressed, infl=s # also a trail, a streak
gourgandine                         | insult     | 2        | infl=s
marie-couche-toi-là                 | insult     | 2        |
michto                              | insult     | 2        | infl=s
michtonneuse                        | insult     | 3        | infl=s
tchoin                              | insult     | 3        | infl=s
cagole                              | insult     | 2        | infl=s           # Marseille
grue                                | insult     | 2        | bound, addressed, infl=s # also a crane
morue                               | insult     | 3        | addressed, infl=s # also cod
thon                                | insult     | 2        | addressed, infl=s # also tuna
cageot                              | insult     | 2        | addressed, infl=s # also a crate
boudin                              | insult     | 2        | addressed, infl=s # also a sausage
baleine                             | insult     | 2        | addressed, infl=s
vache                               | insult     | 2        | addressed, infl=s
truie                               | insult     | 3        | addressed, infl=s
cochon                              | insult     | 2        | addressed, infl=on
porc                                | insult     | 3        | addressed, infl=s
goret                               | insult     | 2        | addressed, infl=s
pourceau                            | insult     | 2        | addressed, infl=x
veau                                | insult     | 1        | addressed, infl=x
chameau                             | insult     | 2        | addressed, infl=x
bique                               | insult     | 2        | addressed, infl=s
chèvre                              | insult     | 1        | addressed, infl=s
rat                                 | insult     | 2        | addressed, bound, infl=s # de "Rat" (council); en "rat"
serpent                             | insult     | 2        | addressed, bound, infl=s # en "serpent"
vipère                              | insult     | 2        | addressed, infl=s
chacal                              | insult     | 2        | addressed, bound, infl=s # es "chacal"
hyène                               | insult     | 2        | addressed, infl=s
vautour                             | insult     | 2        | addressed, infl=s
chienne                             | insult     | 3        | addressed, infl=s    # "chien" alone is left out: "mon pauvre chien est malade"
chien galeux                        | insult     | 2        |
cabot                               | insult     | 1        | bound, addressed, infl=s
roquet                              | insult     | 1        | addressed, infl=s
pintade                             | insult     | 1        | addressed, infl=s
guenon                              | insult     | 3        | addressed, infl=s
singe                               | insult     | 2        | addressed, bound, infl=s # en "singe"
sac à puces                         | insult     | 1        |
sac à vin                           | insult     | 1        |
pot de colle                        | insult     | 1        | addressed
bras cassé                          | insult     | 1        | addressed, infl=s # "j'ai le bras cassé" passes

# --- Belgium, Switzerland, Québec ----------------------------------------
biesse                              | insult     | 1        | infl=s           # Belgium (Walloon "bête")
snul                                | insult     | 1        | infl=s           # Belgium, from Flemish
klet                                | insult     | 2        | infl=s           # Belgium, variant of klette
zot                                 | insult     | 1        | infl=s           # Belgium, fool
sale baraki                         | insult     | 3        |
nono                                | insult     | 1        | bound, infl=s    # Québec; es "nono" (ninth)
tata                                | insult     | 1        | addressed, bound, infl=s # Québec; also auntie; es "tata"
twit                                | insult     | 1        | infl=s           # Québec
moron                               | insult     | 2        | infl=s           # Québec
gnochon                             | insult     | 1        | infl=s           # Québec
sans-dessein                        | insult     | 1        | infl=s           # Québec
téteux                              | insult     | 1        | infl=eux         # Québec, suck-up
tarla                               | insult     | 1        | infl=s           # Québec
insignifiant                        | insult     | 1        | addressed, infl=ant # Québec sense: idiot
pissou                              | insult     | 1        | infl=s           # Québec, coward
crosseur                            | insult     | 3        | infl=eur         # Québec, cheat / wanker
guidoune                            | insult     | 3        | infl=s           # Québec, slut
grosse plotte                       | insult     | 4        |                  # Québec
mange-marde                         | insult     | 3        |                  # Québec
colon                               | insult     | 1        | addressed, bound, infl=s # Québec, boor; en "colon"
gros colon                          | insult     | 2        |                  # Québec
ostie de cave                       | insult     | 3        |                  # Québec
esti de cave                        | insult     | 3        |                  # Québec
ostie de con                        | insult     | 3        |                  # Québec
ostie de chien sale                 | insult     | 3        |                  # Québec
câlisse de cave                     | insult     | 3        |                  # Québec
tabarnak de cave                    | insult     | 3        |                  # Québec
enfant d'chienne                    | insult     | 4        |                  # Québec
emmanché                            | insult     | 2        | addressed, infl=é # "espèce d'emmanché"; also "fitted with a handle"

# --- accusations usually aimed at a person -------------------------------
pédophile                           | insult     | 3        | addressed, infl=s # "un pédophile sur votre appli" (report) passes
pédo                                | insult     | 4        | bound, infl=s
violeur                             | insult     | 3        | addressed, infl=s
zoophile                            | insult     | 3        | addressed, infl=s


# --- more, added with the hate list ---------------------------------------
sauvage                             | insult     | 2        | addressed, infl=s # "espèce de sauvage"; "camping sauvage" passes

# === round 3 ==============================================================

# --- stupidity, mental "deficiency" used as an insult ---------------------
décérébré                           | insult     | 2        | infl=é
dégénéré                            | insult     | 2        | addressed, infl=é # "cas dégénéré" (maths) passes
arriéré                             | insult     | 2        | accents, addressed, infl=é # "arriéré de paiement" passes
attardé mental                      | insult     | 3        |
attardée mentale                    | insult     | 3        |
attardés mentaux                    | insult     | 3        |
attardées mentales                  | insult     | 3        |

# --- attardé as a noun, also typed without accents ("un attarde", "les attardes")
un attardé                          | insult     | 3        |
une attardée                        | insult     | 3        |
des attardés                        | insult     | 3        |
des attardées                       | insult     | 3        |
les attardés                        | insult     | 3        |
l'attardé                           | insult     | 3        |
l'attardée                          | insult     | 3        |
d'attardé                           | insult     | 3        |
d'attardés                          | insult     | 3        |
cet attardé                         | insult     | 3        |
cette attardée                      | insult     | 3        |
ces attardés                        | insult     | 3        |
gros attardé                        | insult     | 3        |
grosse attardée                     | insult     | 3        |
quel attardé                        | insult     | 3        |
quelle attardée                     | insult     | 3        |
complètement attardé                | insult     | 3        |
complètement attardée               | insult     | 3        |
débile mentale                      | insult     | 3        |
débiles mentaux                     | insult     | 3        |
débilos                             | insult     | 2        |
sous-doué                           | insult     | 2        | infl=s
minus                               | insult     | 2        | addressed, bound # en, es "minus"
corniaud                            | insult     | 2        | addressed, infl=s # also a mongrel dog
brêle                               | insult     | 2        | infl=s
zozo                                | insult     | 1        | infl=s
jocrisse                            | insult     | 1        | infl=s
clampin                             | insult     | 1        | infl=s
lourdingue                          | insult     | 1        | addressed, infl=s # "une blague lourdingue" passes
fumiste                             | insult     | 1        | addressed, infl=s
baudruche                           | insult     | 1        | addressed, infl=s # also a balloon skin
gaga                                | insult     | 1        | addressed, bound, infl=s # en "gaga"
cinglé                              | insult     | 1        | addressed, infl=é # also "lashed"
espèce de malade                    | insult     | 2        |
malade mental                       | insult     | 2        | addressed
psychopathe                         | insult     | 2        | addressed, infl=s

# --- character: scum, snitches, liars, cowards ------------------------------
crevure                             | insult     | 3        | infl=s
chiennasse                          | insult     | 3        | infl=s
grogniasse                          | insult     | 3        | infl=s           # spelling of grognasse
empaffé                             | insult     | 3        | infl=é
empafé                              | insult     | 3        | infl=é
enculeur                            | insult     | 4        | infl=eur
poucave                             | insult     | 2        | infl=s           # snitch
mytho                               | insult     | 1        | addressed, infl=s # liar; also short for "mythologie"
mythomane                           | insult     | 1        | addressed, infl=s
truand                              | insult     | 1        | addressed, infl=e
margoulin                           | insult     | 1        | infl=s
malappris                           | insult     | 1        | infl=e
rustaud                             | insult     | 1        | infl=aud
souillon                            | insult     | 2        | infl=s
pouilleux                           | insult     | 2        | addressed, infl=eux
poltron                             | insult     | 1        | infl=on
pleurnichard                        | insult     | 1        | infl=ard-e
chochotte                           | insult     | 1        | infl=s
shlag                               | insult     | 2        | infl=s           # junkie, scum
chlag                               | insult     | 2        | infl=s
schlag                              | insult     | 2        | bound, infl=s    # de "Schlag"
morveux                             | insult     | 2        | addressed, infl=eux # "nez morveux" passes
petit morveux                       | insult     | 2        |
petite morveuse                     | insult     | 2        |
nazi                                | insult     | 2        | addressed, infl=s # history passes
sale nazi                           | insult     | 3        |
toquard                             | insult     | 2        | infl=ard-e       # spelling of tocard

# --- appearance, body ------------------------------------------------------
nabot                               | insult     | 2        | infl=s
avorton                             | insult     | 2        | addressed, infl=s
tête de fion                        | insult     | 3        |
gueule de raie                      | insult     | 2        |
gueule de con                       | insult     | 3        |
tronche de con                      | insult     | 3        |
têtes de con                        | insult     | 3        |
têtes de cons                       | insult     | 3        |

# --- internet spellings ------------------------------------------------------
connar                              | insult     | 3        | infl=s
conar                               | insult     | 3        | infl=s
batar                               | insult     | 3        | infl=s
salop                               | insult     | 3        | infl=s
enkulé                              | insult     | 4        | infl=é
fils de putain                      | insult     | 4        |
fils de putes                       | insult     | 4        |
enfant de putain                    | insult     | 4        |

# --- Switzerland, Québec -------------------------------------------------------
bedoume                             | insult     | 1        | infl=s           # Switzerland, fool
sans-génie                          | insult     | 1        | infl=s           # Québec
deux de pique                       | insult     | 1        | addressed        # Québec; also a playing card
grosse torche                       | insult     | 2        |                  # Québec
licheux                             | insult     | 1        | infl=eux         # Québec, suck-up
chienne à marde                     | insult     | 3        |                  # Québec
grosse chienne                      | insult     | 3        |
sale geule                          | insult     | 2        |                  # common misspelling of "sale gueule"

# --- ordinary nouns used as insults when aimed at someone --------------------
mollusque                           | insult     | 1        | addressed, infl=s
crapaud                             | insult     | 1        | addressed, infl=s
hippopotame                         | insult     | 2        | addressed, infl=s
barbare                             | insult     | 1        | addressed, infl=s
brute                               | insult     | 1        | addressed, bound, infl=s # en "brute (force)"
monstre                             | insult     | 1        | addressed, infl=s
traître                             | insult     | 1        | addressed, infl=s
hypocrite                           | insult     | 1        | addressed, bound, infl=s # en "hypocrite"
imposteur                           | insult     | 1        | addressed, infl=s
bandit                              | insult     | 1        | addressed, bound, infl=s # en, de "Bandit"
malfrat                             | insult     | 1        | addressed, infl=s
filou                               | insult     | 1        | addressed, infl=s
laquais                             | insult     | 1        | addressed
pourri                              | insult     | 1        | addressed, infl=i # "fruit pourri" passes
chien sale                          | insult     | 2        | addressed        # Québec; "un chien sale" (dirty dog) passes
bande d'incapables                  | insult     | 1        |
bande d'incompétents                | insult     | 1        |
bande de nuls                       | insult     | 1        |

# --- regional (Marseille, Québec) ------------------------------------------
estrasse                            | insult     | 2        | infl=s           # Marseille, worthless person
cacou                               | insult     | 1        | infl=s           # Marseille, loudmouth
gorlot                              | insult     | 1        | infl=s           # Québec, fool

# --- "crazy" ----------------------------------------------------------------
maboul                              | insult     | 1        | infl=e
barjo                               | insult     | 1        | infl=s
frappadingue                        | insult     | 1        | infl=s
zinzin                              | insult     | 1        | addressed, infl=s
toqué                               | insult     | 1        | addressed, infl=é
timbré                              | insult     | 1        | addressed, infl=é # also "stamped"
siphonné                            | insult     | 1        | addressed, infl=é
détraqué                            | insult     | 1        | addressed, infl=é # "un appareil détraqué" passes

# --- body, looks --------------------------------------------------------------
bossu                               | insult     | 1        | addressed, infl=e
gringalet                           | insult     | 1        | addressed, infl=s
boutonneux                          | insult     | 1        | addressed
sac d'os                            | insult     | 1        |
face de pizza                       | insult     | 1        |
gorille                             | insult     | 2        | addressed, infl=s
orang-outan                         | insult     | 2        | addressed, infl=s

# --- animals, plants, objects aimed at someone -----------------------------------
mouton                              | insult     | 1        | addressed, infl=s
mulet                               | insult     | 1        | addressed, infl=s
oie                                 | insult     | 1        | addressed, infl=s
fouine                              | insult     | 1        | addressed, infl=s
charognard                          | insult     | 2        | addressed, infl=s
morpion                             | insult     | 1        | addressed, infl=s # also tic-tac-toe, a crab louse
requin                              | insult     | 1        | addressed, infl=s
clébard                             | insult     | 1        | addressed, infl=s

# --- crime, vice, moral defects aimed at someone -------------------------------
criminel                            | insult     | 1        | addressed, infl=s
délinquant                          | insult     | 1        | addressed, infl=ant
mafieux                             | insult     | 1        | addressed, infl=eux
brigand                             | insult     | 1        | addressed, infl=s
goinfre                             | insult     | 1        | addressed, infl=s
glouton                             | insult     | 1        | addressed, infl=on
morfal                              | insult     | 1        | infl=e
flemmard                            | insult     | 1        | infl=ard-e
radin                               | insult     | 1        | addressed, infl=e
fourbe                              | insult     | 1        | addressed, infl=s
tricheur                            | insult     | 1        | addressed, infl=eur
faux-jeton                          | insult     | 2        | infl=s
langue de vipère                    | insult     | 1        |
mouchard                            | insult     | 1        | addressed, infl=ard-e # also a logging device
cafteur                             | insult     | 1        | infl=eur
mollasson                           | insult     | 1        | infl=on
nullité                             | insult     | 1        | addressed, infl=s
zonard                              | insult     | 1        | infl=ard-e
allumeuse                           | insult     | 2        | infl=s
aguicheuse                          | insult     | 1        | addressed, infl=s
racoleuse                           | insult     | 2        | addressed, infl=s
maquerelle                          | insult     | 2        | addressed, infl=s
lubrique                            | insult     | 1        | addressed, infl=s
libidineux                          | insult     | 1        | addressed, infl=eux

# --- Arabic-origin slang current in France and Belgium -------------------------
kahba                               | insult     | 4        | infl=s           # whore
qahba                               | insult     | 4        | infl=s
charmouta                           | insult     | 4        | infl=s           # whore
sharmouta                           | insult     | 4        | infl=s
ta mère la kahba                    | insult     | 4        |
sale raciste                        | insult     | 2        |
sales racistes                      | insult     | 2        |
sale gauchiste                      | insult     | 2        |
sale droitard                       | insult     | 2        |

# --- sex-related put-downs ----------------------------------------------------
couille molle                       | insult     | 2        |
couilles molles                     | insult     | 2        |
puceau                              | insult     | 1        | addressed, infl=x
pucelle                             | insult     | 1        | addressed, infl=s # "la Pucelle d'Orléans" passes
cocu                                | insult     | 1        | addressed, infl=e
ménopausée                          | insult     | 2        | addressed, infl=s
bimbo                               | insult     | 1        | addressed, bound, infl=s # en "bimbo"

# --- old-fashioned insults (literary register) ---------------------------------
jobard                              | insult     | 1        | infl=ard-e
ribaude                             | insult     | 1        | infl=s
drôlesse                            | insult     | 1        | infl=s
carne                               | insult     | 1        | addressed, infl=s # also tough meat
vieux bouc                          | insult     | 2        |
mécréant                            | insult     | 1        | addressed, infl=e
vandale                             | insult     | 1        | addressed, infl=s
misérable                           | insult     | 1        | addressed, infl=s

# --- accent-free twins of the `accents` entries above, aimed at someone only:
# "espèce de t4ré", "t'es ATTARDE", "écoute-moi bien, tàré" (the exact-accent
# entries cannot see through leet or added accents); "la tare", "mise en
# demeure", "il s'attarde" stay clean because they are not aimed at anyone.
taré                                | insult     | 2        | addressed, infl=é, id=fr.insult.taré_addressed
demeuré                             | insult     | 2        | addressed, infl=é, id=fr.insult.demeuré_addressed
attardé                             | insult     | 3        | addressed, infl=é, id=fr.insult.attardé_addressed
