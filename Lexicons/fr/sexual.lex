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
