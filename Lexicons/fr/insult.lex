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
attardé                         | insult     | 3        | accents, infl=é  # ableist; accents: "il s'attarde" is innocent
taré                            | insult     | 2        | accents, infl=é  # accents: "tare" (tare weight, defect) is innocent
bouffon                         | insult     | 2        | infl=on          # also "jester"
guignol                         | insult     | 1        | infl=s
blaireau                        | insult     | 2        | infl=x           # also the animal (badger)
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
