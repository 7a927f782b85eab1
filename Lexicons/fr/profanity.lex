@format decorum-lexicon 1
@language fr
# Profanity: swear words and exclamations, not aimed at a person.
# Mild interjections and minced oaths that are not obscene in ordinary use (zut,
# bon dieu, Québec tabarouette, mautadit, cibole, torrieux…) are deliberately not entries.
# term                          | category   | severity | flags

# --- putain and its family (France) -------------------------------------
putain                          | profanity  | 3        | common
ptn                             | profanity  | 3        |
putaing                         | profanity  | 3        |                  # southern pronunciation
putain de merde                 | profanity  | 3        |
putain de bordel                | profanity  | 3        |
bordel de merde                 | profanity  | 3        |
bordel                          | profanity  | 2        |                  # "c'est le bordel": also brothel
merde                           | profanity  | 2        | common
mrd                             | profanity  | 2        | bound            # "merde"; de "Mrd." (billion)
merdique                        | profanity  | 2        | infl=s
merdier                         | profanity  | 2        | infl=s
merdouille                      | profanity  | 1        | infl=s
bon dieu de merde               | profanity  | 3        |
nom de dieu de merde            | profanity  | 3        |

# --- chier / foutre -----------------------------------------------------
chier                           | profanity  | 2        | infl=er
chiant                          | profanity  | 2        | infl=ant
fait chier                      | profanity  | 2        |
ça me fait chier                | profanity  | 2        |
chiotte                         | profanity  | 1        | infl=s
chiasse                         | profanity  | 2        | infl=s
pisser                          | profanity  | 2        | infl=er
entuber                         | profanity  | 1        | infl=er          # "se faire entuber" (to get ripped off)
foutre                          | profanity  | 2        | infl=foutre      # fout, foutait, foutra…; not "fous" (crazy)
foutu                           | profanity  | 1        | infl=s
foutue                          | profanity  | 1        | infl=s
je m'en fous                    | profanity  | 1        |
on s'en fout                    | profanity  | 1        |
je m'en bats les couilles       | profanity  | 3        |
je m'en bats les steaks         | profanity  | 1        |
rien à foutre                   | profanity  | 2        |
rien à branler                  | profanity  | 3        |
rien à cirer                    | profanity  | 1        |
rien à battre                   | profanity  | 1        |
osef                            | profanity  | 1        |                  # "on s'en fout"
balek                           | profanity  | 1        |                  # "bats les couilles"
se foutre de la gueule          | profanity  | 2        |
vous vous foutez de ma gueule   | profanity  | 2        |
tu te fous de ma gueule         | profanity  | 2        |
foutage de gueule               | profanity  | 2        |

# --- emmerder, connerie, déconner ----------------------------------------
emmerder                        | profanity  | 2        | infl=er
emmerdant                       | profanity  | 2        | infl=ant
emmerdement                     | profanity  | 2        | infl=s
connerie                        | profanity  | 2        | infl=s
déconner                        | profanity  | 1        | infl=er
à la con                        | profanity  | 2        |
bordélique                      | profanity  | 1        | infl=s
cul                             | profanity  | 2        | bound            # en "cul-de-sac"
mon cul                         | profanity  | 2        |
couille                         | profanity  | 2        | infl=s           # "il y a une couille" (a glitch)
niqué                           | profanity  | 2        | infl=é           # "l'écran est niqué" (broken); niquer is in sexual.lex

# --- religious oaths (France, Belgium, Switzerland) ----------------------
nom de dieu                     | profanity  | 1        |
sacré nom de dieu               | profanity  | 2        |
nondedju                        | profanity  | 2        |                  # Belgium, Wallonia
godverdomme                     | profanity  | 3        |                  # Belgium, from Flemish
potferdekke                     | profanity  | 2        |                  # Brussels

# --- Québec sacres -------------------------------------------------------
tabarnak                        | profanity  | 3        |
tabarnac                        | profanity  | 3        |
tabarnaque                      | profanity  | 3        |
câlisse                         | profanity  | 3        |
câlice                          | profanity  | 3        | accents          # Québec; "calice" (chalice, calyx) is innocent
câliss                          | profanity  | 3        |
ostie                           | profanity  | 3        |
osti                            | profanity  | 3        |
estie                           | profanity  | 3        |
esti                            | profanity  | 3        |
astie                           | profanity  | 2        |
crisse                          | profanity  | 3        |                  # also "le pneu crisse" (screeches): review
ciboire                         | profanity  | 2        |                  # also a liturgical vessel
sacrament                       | profanity  | 2        | bound            # sacre spelling; en "sacrament"
viarge                          | profanity  | 2        |
marde                           | profanity  | 2        |
décâlisser                      | profanity  | 2        | infl=er
en tabarnak                     | profanity  | 3        |

# === round 2 ==============================================================

# --- putain, merde, bordel: spellings and phrases --------------------------
ptain                               | profanity  | 3        |
ptin                                | profanity  | 3        |
putain de bordel de merde           | profanity  | 3        |
putain de sa mère                   | profanity  | 3        |
putain de sa race                   | profanity  | 3        |
bordel de dieu                      | profanity  | 2        |
bordel de nom de dieu               | profanity  | 3        |
bordel à cul                        | profanity  | 3        |
vie de merde                        | profanity  | 2        |
vdm                                 | profanity  | 2        | bound            # "vie de merde"; also a company abbreviation
merdasse                            | profanity  | 2        | infl=s
merdouiller                         | profanity  | 1        | infl=er
merdoyer                            | profanity  | 1        |
saloperie                           | profanity  | 2        | infl=s
saloper                             | profanity  | 2        | infl=er-np       # "salope" is its own entry
putasserie                          | profanity  | 2        | infl=s
dégueulasse                         | profanity  | 2        | infl=s
dégueu                              | profanity  | 1        | infl=s
dégueuler                           | profanity  | 2        | infl=er
gerber                              | profanity  | 1        | bound, infl=er-np # not gerbe (sheaf); en/de "Gerber" (brand, surname)
gueuler                             | profanity  | 1        | infl=er-np       # not "gueule" alone
chier dans la colle                 | profanity  | 2        |
démerder                            | profanity  | 1        | infl=er
démerdez-vous                       | profanity  | 2        |
démerde-toi                         | profanity  | 2        |
emmerdeuse                          | profanity  | 2        | infl=s
conchier                            | profanity  | 2        | infl=er
couillonnade                        | profanity  | 2        | infl=s
couillonner                         | profanity  | 2        | infl=er
couillu                             | profanity  | 1        | infl=e
enculage                            | profanity  | 3        | infl=s
enculage de mouches                 | profanity  | 3        |
enculeur de mouches                 | profanity  | 3        |
foutoir                             | profanity  | 1        | infl=s
foutaise                            | profanity  | 1        | infl=s
foutrement                          | profanity  | 2        |
je m'en contrefous                  | profanity  | 2        |
je m'en branle                      | profanity  | 3        |
on s'en branle                      | profanity  | 3        |
on s'en bat les couilles            | profanity  | 3        |
je m'en bats les burnes             | profanity  | 3        |
je m'en bats les reins              | profanity  | 2        |
je m'en tape                        | profanity  | 1        |
on s'en tape                        | profanity  | 1        |
je m'en cogne                       | profanity  | 1        |
j'en ai rien à foutre               | profanity  | 2        |
j'en ai rien à branler              | profanity  | 3        |
rien à péter                        | profanity  | 2        |
rien à carrer                       | profanity  | 2        |
j'en ai plein le cul                | profanity  | 2        |
ras le cul                          | profanity  | 2        |
raf                                 | profanity  | 2        | bound            # "rien à foutre"; en "RAF"
blc                                 | profanity  | 1        |                  # "balek"
ça me casse les couilles            | profanity  | 3        |
ça me casse les burnes              | profanity  | 3        |
ça me les brise                     | profanity  | 2        |
bordel de chiottes                  | profanity  | 3        |

# --- Belgium ---------------------------------------------------------------
godverdoeme                         | profanity  | 3        |                  # Belgium, spelling
godferdom                           | profanity  | 3        |                  # Belgium, spelling
verdomme                            | profanity  | 2        |                  # Belgium, from Flemish
miljaar                             | profanity  | 1        |                  # Belgium
miljardedju                         | profanity  | 2        |                  # Belgium
nom di dju                          | profanity  | 2        |                  # Wallonia
non di dju                          | profanity  | 2        |                  # Wallonia
sacrédieu                           | profanity  | 1        |                  # Switzerland, Savoy

# --- Québec sacres ---------------------------------------------------------
tabarnack                           | profanity  | 3        |
câlisser                            | profanity  | 2        | infl=er
décrisser                           | profanity  | 2        | infl=er
chrisse                             | profanity  | 3        |
krisse                              | profanity  | 3        |
criss                               | profanity  | 3        |
ostifie                             | profanity  | 2        |
ostique                             | profanity  | 1        |
stie                                | profanity  | 2        |
sti                                 | profanity  | 2        | bound            # en "STI"
bout d'viarge                       | profanity  | 2        |
en crisse                           | profanity  | 3        |
en câlisse                          | profanity  | 3        |
en ostie                            | profanity  | 3        |
en esti                             | profanity  | 3        |
en estie                            | profanity  | 3        |
ostie de câlisse                    | profanity  | 3        |
câlisse de tabarnak                 | profanity  | 3        |
tabarnak de câlisse                 | profanity  | 3        |
esti de marde                       | profanity  | 3        |
ostie de marde                      | profanity  | 3        |

# === round 3 ==============================================================
putassier                           | profanity  | 2        | infl=s
putassière                          | profanity  | 2        | infl=s
enculerie                           | profanity  | 3        | infl=s
iech                                | profanity  | 2        |                  # verlan of chier: "ça fait iech"
fermer sa gueule                    | profanity  | 2        |
fermer leur gueule                  | profanity  | 2        |
fermer leurs gueules                | profanity  | 2        |
ferme sa gueule                     | profanity  | 2        |
ferment leur gueule                 | profanity  | 2        |
en calvaire                         | profanity  | 2        |                  # Québec; "calvaire" alone is also an ordeal
saint-ciboire                       | profanity  | 2        |                  # Québec
potverdomme                         | profanity  | 2        |                  # Brussels, variant of potferdekke
câlice                              | profanity  | 3        | addressed, id=fr.profanity.câlice_addressed # twin of the `accents` entry: "Câlice !", "c@lice" alone; "le calice" passes
