@format decorum-lexicon 1
@language fr
# Profanity: swear words and exclamations, not aimed at a person.
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
foutre                          | profanity  | 2        |
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
bon dieu                        | profanity  | 1        |
sacré nom de dieu               | profanity  | 2        |
nondedju                        | profanity  | 2        |                  # Belgium, Wallonia
godverdomme                     | profanity  | 3        |                  # Belgium, from Flemish
potferdekke                     | profanity  | 2        |                  # Brussels
zut                             | profanity  | 1        |

# --- Québec sacres -------------------------------------------------------
tabarnak                        | profanity  | 3        |
tabarnac                        | profanity  | 3        |
tabarnaque                      | profanity  | 3        |
tabarnouche                     | profanity  | 1        |                  # softened
tabarouette                     | profanity  | 1        |                  # softened
câlisse                         | profanity  | 3        |
câlice                          | profanity  | 3        | accents          # Québec; "calice" (chalice, calyx) is innocent
câliss                          | profanity  | 3        |
câlique                         | profanity  | 1        |                  # softened
ostie                           | profanity  | 3        |
osti                            | profanity  | 3        |
estie                           | profanity  | 3        |
esti                            | profanity  | 3        |
astie                           | profanity  | 2        |
crisse                          | profanity  | 3        |                  # also "le pneu crisse" (screeches): review
ciboire                         | profanity  | 2        |                  # also a liturgical vessel
sacrament                       | profanity  | 2        | bound            # sacre spelling; en "sacrament"
viarge                          | profanity  | 2        |
mautadit                        | profanity  | 1        |
torrieux                        | profanity  | 1        |
simonaque                       | profanity  | 1        |
batince                         | profanity  | 1        |
marde                           | profanity  | 2        |
décâlisser                      | profanity  | 2        | infl=er
en tabarnak                     | profanity  | 3        |
