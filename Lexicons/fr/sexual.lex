@format decorum-lexicon 1
@language fr
# Sexual: sexual body terms used vulgarly, sexual acts, explicit requests.
# term                           | category   | severity | flags

# --- male anatomy --------------------------------------------------------
bite                             | sexual     | 3        | bound, infl=s    # en "bite", "bites"
teub                             | sexual     | 3        | infl=s           # verlan
zob                              | sexual     | 3        | infl=s
pine                             | sexual     | 3        | bound, infl=s    # en "pine" (tree)
chibre                           | sexual     | 3        | infl=s
braquemart                       | sexual     | 3        | infl=s
zizi                             | sexual     | 1        | infl=s           # childish
burnes                           | sexual     | 2        |
roubignoles                      | sexual     | 2        |
queutard                         | sexual     | 3        | infl=s
je bande                         | sexual     | 3        |
ça me fait bander                | sexual     | 3        |                  # "bander" alone is also to bandage; "bande" is a band

# --- female anatomy ------------------------------------------------------
chatte                           | sexual     | 3        | bound, infl=s    # also a female cat: review; de "(ich) chatte"
teuch                            | sexual     | 3        | infl=s           # verlan
foufoune                         | sexual     | 2        | infl=s
foune                            | sexual     | 3        | infl=s
fion                             | sexual     | 3        | infl=s           # also "coup de fion" (finishing touch): review
trou de balle                    | sexual     | 3        |
nichon                           | sexual     | 2        | infl=s
nibard                           | sexual     | 2        | infl=s
gros nichons                     | sexual     | 3        |

# --- acts: verbs with their forms ----------------------------------------
enculer                          | sexual     | 3        | infl=er-np       # participle: enculé in insult.lex
niquer                           | sexual     | 3        | infl=er-np       # participle: niqué in profanity.lex
baise                            | sexual     | 3        | infl=e-verb      # not the infinitive: "baiser" is also a kiss
se faire baiser                  | sexual     | 2        |                  # often "to get ripped off"
je vais te baiser                | sexual     | 3        |
je veux te baiser                | sexual     | 3        |
baise-moi                        | sexual     | 3        |
branler                          | sexual     | 3        | infl=er-ne       # not "branle" (mettre en branle) nor branlant (wobbly)
se branle                        | sexual     | 3        |
branlette                        | sexual     | 3        | infl=s
sodomiser                        | sexual     | 3        | infl=er
sodomie                          | sexual     | 2        | infl=s
partouze                         | sexual     | 3        | infl=s
partouzer                        | sexual     | 3        | infl=er
tailler une pipe                 | sexual     | 3        |
taille-moi une pipe              | sexual     | 3        |
faire une pipe                   | sexual     | 3        |
suce ma bite                     | sexual     | 4        |
suce-moi                         | sexual     | 3        |
suceuse                          | sexual     | 3        | infl=s           # not "suceur" (vacuum-cleaner nozzle)
suce-bite                        | sexual     | 3        | infl=s
lèche-moi                        | sexual     | 3        |
éjaculer                         | sexual     | 2        | infl=er
plan cul                         | sexual     | 2        |
chaudasse                        | sexual     | 3        | infl=s
petite cochonne                  | sexual     | 3        |
gode                             | sexual     | 2        | infl=s
godemiché                        | sexual     | 2        | infl=s
porno                            | sexual     | 2        | infl=s

# --- explicit requests ---------------------------------------------------
montre-moi tes seins             | sexual     | 3        |
montre-moi tes fesses            | sexual     | 3        |
envoie-moi des nudes             | sexual     | 3        |
envoie des nudes                 | sexual     | 3        |
envoie-moi une photo de toi nue  | sexual     | 3        |
t'es bonne à baiser              | sexual     | 3        |
viens dans mon lit               | sexual     | 2        |

# === round 2 ==============================================================

# --- male anatomy ----------------------------------------------------------
zgeg                                | sexual     | 3        | infl=s
zboub                               | sexual     | 3        | infl=s
quéquette                           | sexual     | 2        | infl=s
bistouquette                        | sexual     | 1        | infl=s
zigounette                          | sexual     | 1        | infl=s
roustons                            | sexual     | 2        |
valseuses                           | sexual     | 2        |
suce ma queue                       | sexual     | 4        |
suce mes couilles                   | sexual     | 4        |
lèche mes couilles                  | sexual     | 4        |
gobe-moi                            | sexual     | 3        |
avoir la trique                     | sexual     | 3        |
j'ai la trique                      | sexual     | 3        |
avoir la gaule                      | sexual     | 3        |
j'ai la gaule                       | sexual     | 3        |
tu me fais bander                   | sexual     | 3        |
vous me faites bander               | sexual     | 3        |
bandant                             | sexual     | 2        | infl=ant         # → bandante

# --- female anatomy --------------------------------------------------------
schneck                             | sexual     | 3        | infl=s
cramouille                          | sexual     | 3        | infl=s
craquette                           | sexual     | 3        | infl=s
plotte                              | sexual     | 3        | bound, infl=s    # Québec
noune                               | sexual     | 3        | infl=s           # Québec
clito                               | sexual     | 2        | infl=s
néné                                | sexual     | 2        | bound, infl=s
nénés                               | sexual     | 2        |
lolos                               | sexual     | 2        |
derche                              | sexual     | 2        | infl=s
ton petit cul                       | sexual     | 3        |
gros seins                          | sexual     | 2        |
tes seins                           | sexual     | 2        |
tes nichons                         | sexual     | 3        |
tes fesses                          | sexual     | 2        |
ta culotte                          | sexual     | 3        |
ton string                          | sexual     | 3        |
ton soutif                          | sexual     | 2        |

# --- acts: verbs and nouns ------------------------------------------------
troncher                            | sexual     | 3        | infl=er-np       # not "tronche" (face)
tringler                            | sexual     | 3        | infl=er-np       # not "tringle" (rod), "tringlé" folds to it
palucher                            | sexual     | 3        | infl=er-np       # not "paluche" (hand)
empapaouter                         | sexual     | 2        | infl=er
masturber                           | sexual     | 2        | infl=er
masturbation                        | sexual     | 2        | infl=s
se tripoter                         | sexual     | 2        |
fellation                           | sexual     | 2        | infl=s
cunnilingus                         | sexual     | 2        |
levrette                            | sexual     | 2        | infl=s           # also a female greyhound
en levrette                         | sexual     | 3        |
baiseur                             | sexual     | 3        | infl=eur
baisable                            | sexual     | 3        | infl=s
baisodrome                          | sexual     | 2        | infl=s
te baiser                           | sexual     | 3        |                  # "baiser" alone is also a kiss: phrases only
vous baiser                         | sexual     | 3        |
la baiser                           | sexual     | 3        |
envie de baiser                     | sexual     | 3        |
on va baiser                        | sexual     | 3        |
baiser ta mère                      | sexual     | 4        |
niquer ta mère                      | sexual     | 4        |
tu baises bien                      | sexual     | 3        |
je vais te niquer                   | sexual     | 3        |
je vais te lécher                   | sexual     | 3        |
lèche ma chatte                     | sexual     | 4        |
lèche-moi le cul                    | sexual     | 3        |
bouffer la chatte                   | sexual     | 4        |
sucer des bites                     | sexual     | 4        |
sucer des queues                    | sexual     | 4        |
suceur de bites                     | sexual     | 4        |
suceuse de bites                    | sexual     | 4        |
suceur de queues                    | sexual     | 4        |
fais-moi une pipe                   | sexual     | 3        |
faire des pipes                     | sexual     | 3        |
turlute                             | sexual     | 3        | infl=s           # fellatio (France); Québec "turlutte" is a song, spelled with tt
tu me fais mouiller                 | sexual     | 3        |
ça me fait mouiller                 | sexual     | 3        |
éjac                                | sexual     | 2        | infl=s
éjaculation faciale                 | sexual     | 3        |
éjac faciale                        | sexual     | 3        |
cyprine                             | sexual     | 2        | infl=s
branleuse                           | sexual     | 3        | infl=s
branlette espagnole                 | sexual     | 3        |
doigter                             | sexual     | 3        | infl=er-np       # not "doigté" (fingering, music)
plan à trois                        | sexual     | 3        |
plans cul                           | sexual     | 2        |
tapiner                             | sexual     | 2        | infl=er
faire le tapin                      | sexual     | 2        |
tapin                               | sexual     | 2        | bound, infl=s

# --- porn and sex-trade vocabulary -----------------------------------------
film de cul                         | sexual     | 3        |
films de cul                        | sexual     | 3        |
photo de cul                        | sexual     | 3        |
vidéo de cul                        | sexual     | 3        |
site de cul                         | sexual     | 3        |
sites de cul                        | sexual     | 3        |
sexcam                              | sexual     | 3        | infl=s
camgirl                             | sexual     | 2        | infl=s
cam coquine                         | sexual     | 2        |
tchat coquin                        | sexual     | 2        |
webcam sexe                         | sexual     | 3        |
gang-bang                           | sexual     | 3        | infl=s
bukkake                             | sexual     | 3        | common, infl=s
pluie dorée                         | sexual     | 3        |
sexe anal                           | sexual     | 3        |
sexe oral                           | sexual     | 2        |
plug anal                           | sexual     | 3        |
sodo                                | sexual     | 3        | infl=s
double pénétration                  | sexual     | 3        |
partouzeur                          | sexual     | 3        | infl=eur
échangisme                          | sexual     | 2        |
échangiste                          | sexual     | 2        | infl=s
sado-maso                           | sexual     | 2        |
sextoy                              | sexual     | 2        | infl=s
vibromasseur                        | sexual     | 2        | infl=s
scato                               | sexual     | 2        | infl=s
zoophilie                           | sexual     | 3        |
nympho                              | sexual     | 2        | infl=s
nymphomane                          | sexual     | 2        | infl=s
michetonneuse                       | sexual     | 3        | infl=s
escort girl                         | sexual     | 2        |

# --- explicit requests and remarks ---------------------------------------
montre-moi ta chatte                | sexual     | 4        |
montre-moi ton cul                  | sexual     | 3        |
montre ton cul                      | sexual     | 3        |
montre tes seins                    | sexual     | 3        |
montre-moi ta bite                  | sexual     | 3        |
envoie-moi une photo de tes seins   | sexual     | 3        |
envoie-moi tes nudes                | sexual     | 3        |
envoie tes nudes                    | sexual     | 3        |
tes nudes                           | sexual     | 3        |
photo de tes seins                  | sexual     | 3        |
photo de toi nue                    | sexual     | 3        |
photos de toi nue                   | sexual     | 3        |
je veux te voir nue                 | sexual     | 3        |
je veux te voir à poil              | sexual     | 3        |
mets-toi à poil                     | sexual     | 3        |
déshabille-toi                      | sexual     | 3        |
enlève ta culotte                   | sexual     | 3        |
enlève ton soutif                   | sexual     | 3        |
tu portes quoi comme culotte        | sexual     | 3        |
tu veux coucher avec moi            | sexual     | 3        |
couche avec moi                     | sexual     | 3        |
coucher avec toi                    | sexual     | 3        |
je veux coucher avec toi            | sexual     | 3        |
viens t'asseoir sur mes genoux      | sexual     | 2        |
assieds-toi sur ma bite             | sexual     | 4        |
t'es bandante                       | sexual     | 3        |
t'as un beau cul                    | sexual     | 3        |
t'as de beaux seins                 | sexual     | 3        |
t'as des gros seins                 | sexual     | 3        |
vous avez de beaux seins            | sexual     | 3        |
tu dois être bonne au lit           | sexual     | 3        |
je me branle                        | sexual     | 3        |
je me touche en pensant à toi       | sexual     | 3        |

# === round 3 ==============================================================

# --- male anatomy, erection ------------------------------------------------
bitte                               | sexual     | 3        | bound, infl=s    # de "bitte" (please); also a mooring bollard
braquemard                          | sexual     | 3        | infl=s           # spelling of braquemart
brackmard                           | sexual     | 3        | infl=s
grosse queue                        | sexual     | 3        |
ma grosse queue                     | sexual     | 3        |
bander                              | sexual     | 3        | addressed        # "bander une plaie, les yeux" pass; aimed or alone only
je bande pour toi                   | sexual     | 3        |
me fait bander                      | sexual     | 3        |
me font bander                      | sexual     | 3        |
bander comme un âne                 | sexual     | 3        |
bander comme un taureau             | sexual     | 3        |
bandaison                           | sexual     | 2        | infl=s

# --- female anatomy --------------------------------------------------------
bloblos                             | sexual     | 2        |
tes tétons                          | sexual     | 3        |
ta moule                            | sexual     | 3        |

# --- acts: verbs and nouns ------------------------------------------------
branlage                            | sexual     | 3        | infl=s
cunni                               | sexual     | 2        | infl=s
brouter le cresson                  | sexual     | 3        |
brouter le minou                    | sexual     | 3        |
suce                                | sexual     | 3        | addressed        # imperative aimed at someone; "suce un glaçon" passes
suceur                              | sexual     | 3        | addressed, infl=s # also a vacuum nozzle
avaleuse                            | sexual     | 3        | infl=s
pipeuse                             | sexual     | 3        | infl=s
avale ma bite                       | sexual     | 4        |
avale mon sperme                    | sexual     | 4        |
calcer                              | sexual     | 3        | bound, infl=er   # slang, to fuck; es "calce" (calzar)
bouillaver                          | sexual     | 3        | infl=er-np       # slang, to fuck
bouillave                           | sexual     | 3        |
niker                               | sexual     | 3        | infl=er-np       # spelling of niquer; -e form left out ("Nike")
faire jouir                         | sexual     | 3        |
te faire jouir                      | sexual     | 3        |
s'envoyer en l'air                  | sexual     | 2        |

# --- porn and sex trade ----------------------------------------------------
tapineuse                           | sexual     | 3        | infl=s
sextape                             | sexual     | 2        | infl=s
milf                                | sexual     | 3        | infl=s
hentai                              | sexual     | 2        | infl=s
pornhub                             | sexual     | 2        |
youporn                             | sexual     | 2        |
xvideos                             | sexual     | 2        |
xhamster                            | sexual     | 2        |

# --- more slang (verlan, Arabic origin) ---------------------------------------
zebi                                | sexual     | 3        |                  # "dick", also a swear
zeub                                | sexual     | 3        | infl=s
chagatte                            | sexual     | 3        | infl=s           # verlan of chatte
roploplos                           | sexual     | 2        |
grosses mamelles                    | sexual     | 3        |
film de boules                      | sexual     | 3        |
films de boules                     | sexual     | 3        |
gangbang                            | sexual     | 3        | infl=s

# --- harassment of staff with a sexual content ------------------------------
je vais te sucer                    | sexual     | 3        |
je veux te sucer                    | sexual     | 3        |
je veux te lécher                   | sexual     | 3        |
je vais te prendre par derrière     | sexual     | 4        |
écarte les cuisses                  | sexual     | 3        |
grosse cochonne                     | sexual     | 3        |
tu m'excites                        | sexual     | 2        |
vous m'excitez                      | sexual     | 2        |
t'es excitante                      | sexual     | 2        |
